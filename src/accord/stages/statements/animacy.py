"""Whether a speaker can hold and voice a view, and whether a cue's class admits it as this cue's speaker."""

from __future__ import annotations

from spacy.tokens import Token

from accord.knowledge.actors import lookup_actor, title_entry
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.lexicon import INTENTION_CLASS, PROPOSITIONAL_CODES, SPEECH_CLASS, CueLexicon


# Prepositional frames (`focused on X`, `talked about X`) report a view only from someone who can hold
# one: `the meeting focused on three issues` is not an attribution.
PREP_FRAMES_NEED_ANIMATE = True
# Entity labels and pronouns of speakers that can hold and voice a view. Countries and cities act as
# speakers in political news (`China criticized ...`); `it` mostly stands for an organisation there
# (on PolNeAR train, 83% of the mined-frame statements it opened were annotated).
ANIMATE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# ... but an intention, decision or request is a statement only from a named person, organisation or
# group: `Kenya wants to close the camps`, `it is planning to ...` report what a state does or will do
# (VOA dev annotations), not a view.
METONYMIC_LABELS = frozenset({"GPE"})
METONYMIC_PRONOUNS = frozenset({"it"})
ANIMATE_ACTOR_KINDS = frozenset({"person", "group", "organisation", "organization"})
ANIMATE_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "who", "his", "her", "their", "our", "my", "your"})
# Entity labels of things, never speakers of a mined frame (`the Olympics drew ...`).
THING_LABELS = frozenset({"FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
# Indefinite pronouns and quantifiers that stand for people when they are a subject (`nobody wants
# to ...`, `some say ...`, `others argued ...`).
ANIMATE_INDEFINITES = frozenset({
    "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "none", "some", "many",
    "most", "others", "few", "several", "both", "all", "those", "each", "either", "neither"})
# Determiners that make `one` a person (`no one`, `every one of them`).
INDEFINITE_DETERMINERS = frozenset({"no", "every", "each"})
# Relative pronouns whose animacy is that of the noun they stand for (`a group that intends to ...`).
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# Relative pronouns that may stand for a thing (`that`, `which`); `who` always stands for someone.
THING_RELATIVE_TAGS = frozenset({"WDT"})


def animate(token: Token, lex: CueLexicon) -> bool:
    """A person, organisation or group (by entity label, the actor lexicon or a source noun like
    `poll`), or a pronoun, an indefinite subject or a relative pronoun for one."""
    if token.ent_type_ in ANIMATE_LABELS or token.lower_ in ANIMATE_PRONOUNS or token.lemma_.lower() in lex.source_nouns:
        return True
    if token.lower_ in ANIMATE_INDEFINITES and token.dep_ in SUBJECT_DEPS:
        return True
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in lex.holder_nouns:
        return True  # `the family`, `proponents`, `his running mate`
    if token.lower_ == "one" and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in token.children):
        return True  # `no one expected ...`
    if lemma in lex.collective_nouns:
        members = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if members:
            return any(animate(m, lex) for m in members)  # `a number of experts`: the experts
    verb = token.head
    if token.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl" and verb.head.i != token.i:
        return animate(verb.head, lex)  # `the PAC that intends to ...`: the PAC
    if token.pos_ == "PROPN" and not token.ent_type_:
        return True  # a name the model left unlabelled (`Scott`, `Melania`): places and dates carry labels
    actor = lookup_actor(token.text)
    if actor is not None and actor.kind in ANIMATE_ACTOR_KINDS:
        return True
    title = title_entry(token.lemma_.lower())  # a role noun: `the nominee`, `an expert`
    return title is not None and title.kind in ANIMATE_ACTOR_KINDS


def class_admits(lemma: str, code: str, speaker: Token, lex: CueLexicon) -> bool:
    """Whether the cue's class lets it report this content from this speaker (issue 13): a mined frame
    never has a thing for its speaker (`the trains pumped cool air` is no attribution); a prepositional
    frame, an intention, a decision or a request needs a speaker known to hold views, and the latter
    three a clause or an infinitive (`plans to leave`, not `requested a meeting`)."""
    mined = lex.mined_class.get((lemma, code))
    cue_class = mined or lex.verb_class.get(lemma)
    if cue_class == INTENTION_CLASS and code not in PROPOSITIONAL_CODES:
        return False
    if cue_class == INTENTION_CLASS and (speaker.ent_type_ in METONYMIC_LABELS or speaker.lower_ in METONYMIC_PRONOUNS):
        return False
    if cue_class == INTENTION_CLASS or (code.startswith("p:") and PREP_FRAMES_NEED_ANIMATE):
        return animate(speaker, lex)
    if mined:
        return not _inanimate(speaker, lex)
    return True


def thing_holds_view(lemma: str, code: str, speaker: Token, verb: Token, lex: CueLexicon) -> bool:
    """Whether the cue ``verb`` would make a relative `that` or `which` standing for a thing the holder of a view,
    an intention or anything but a speech act (`issues that have challenged pollsters`, `an insurgency that has
    seen ...`): a thing is no speaker there (issue 13 item 5). A document still states, shows or recounts (`a
    page that outlines ties states that ...`), and a group or a source noun holds views (`the party, which
    believes ...`); a cue the parser hung elsewhere than on the relative clause's own verb (`the oil that funds
    X and proposed Y`) may have another subject."""
    if speaker.tag_ not in THING_RELATIVE_TAGS or speaker.head.i != verb.i or verb.dep_ != "relcl":
        return False
    cue_class = lex.mined_class.get((lemma, code)) or lex.verb_class.get(lemma)
    antecedent = verb.head
    if antecedent.dep_ == "appos" and animate(antecedent.head, lex):
        return False  # `Acme Corp, a small outfit that backs the plan`: the noun describes a named group
    return cue_class != SPEECH_CLASS and _inanimate(antecedent, lex)


def _inanimate(token: Token, lex: CueLexicon) -> bool:
    """A speaker that is a thing: a common noun no lexicon knows as a person, group or source (`the
    trains pumped cool air`), or an entity of a thing's label. Pronouns and names are not (their
    referent decides; the speaker resolver follows them)."""
    if token.ent_type_ in THING_LABELS:
        return True
    return token.pos_ == "NOUN" and not animate(token, lex)
