"""Senses of a trigger that report no PLOVER event (issue 14 item 7): a natural hazard as doer, a reporter's
inquiry, a description, a quote's attribution, a question asked, what a text provides, and the like.
The word lists live in frames.json; the sense tests shared with other rules live in senses.py."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.stages import grammar
from accord.stages.events import arguments
from accord.stages.events.candidate import Candidate
from accord.stages.events.habitual import governing_verb, is_habitual, perfect, ranks_experience
from accord.stages.events.lexicon import Lexicon
from accord.stages.events.modality import counted_by
from accord.stages.events.occurrence import told_as_placed
from accord.stages.events.senses import (
    PARTICIPLE_CLAUSE_DEPS,
    PARTICIPLE_TAG,
    agreed_view,
    attraction_appeal,
    broken_terms,
    electoral_win,
    figurative_fight,
    held_rally,
    named_body,
    no_event_sense,
    noun_kind,
    person_struggle,
    standing_behind_a_person,
    poll_standing,
    recorded_capture,
    retort,
    rival_contest,
    second_pass_sense,
    verbal_attack,
    verbal_clash,
    worry_not_disapproval,
)
from accord.stages.grammar import PRESENT_TAGS, SUBJECT_DEPS, document_text, span_text

# The Penn tag of a singular common noun ("talk", not "talks").
SINGULAR_NOUN_TAG = "NN"
# an object with no article of these tags reads as a headline's ("backs fishing pact", "backs Quito", "backs talks")
HEADLINE_NOUN_TAGS = frozenset({SINGULAR_NOUN_TAG, "NNS", "NNP"})
# the marks ending a full sentence (a headline or a dateline before the lead has none)
SENTENCE_STOPS = frozenset({".", "!", "?"})
# the entity labels naming a party an act can be aimed at
PARTY_ENTITY_TYPES = frozenset({"GPE", "ORG", "NORP"})
# Pronoun subjects with which "talking about X" names a topic ("we are talking about a crisis"), not talks.
TOPIC_PRONOUNS = frozenset({"we", "they", "you"})
# Relative pronouns standing for the noun a clause modifies ("a poll that supports ...").
RELATIVE_PRONOUNS = frozenset({"that", "which"})
# What ends a sentence of prose; a heading line ends without it.
HEADING_FREE_ENDS = frozenset({".", "!", "?", '"', "\u201d"})
# Links by which a request names whom it asks or what it asks for.
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp", "prep", "nsubjpass", "prt"})


def verbless_heading(cand: Candidate, sentence: SpacySpan) -> bool:
    """Whether the event is a noun on a line with no verb that names no party ("Ceasefire", "Prisoner
    exchange" as a heading): a topic announced, no act told (its actor would be the back-off's guess). Hand
    audit: this form fired 0 times on VOA dev and on 120 PolNeAR train articles (seed 20261206); a first form
    without the proper-noun clause fired there once, wrongly (a tweet title naming its doer by handle)."""
    trigger = cand.trigger.token
    own = {trigger.i, *(c.i for c in trigger.children if c.dep_ == "compound")}  # a capitalised heading is tagged PROPN
    if span_text(sentence).rstrip()[-1:] in HEADING_FREE_ENDS:
        return False  # a sentence of prose, though the parser may find no verb in it ("The new law repeals ...")
    return not cand.actor_tokens and not cand.actors and not cand.recipients \
        and not any(t.pos_ in ("VERB", "AUX") or (t.pos_ == "PROPN" and t.i not in own) for t in sentence)  # a name may be the doer


# A title block longer than this is prose, not a heading with its subtitle (news titles run about 60-150 characters).
TITLE_BLOCK_CHARS = 300


def untold_title(cand: Candidate, sentence: SpacySpan) -> bool:
    """Whether the event is a noun or gerund in the article's title block (the lines before its first blank line),
    in a line with no other verb, and names no party ("Marching at campaign rallies a risky choice", "The Battle of the
    Donor Lists."): a topic announced; a real act is told again in the body with its parties. A lede with a verb
    ("Envoys of both states gathered in Oslo ...", "A sixth session of negotiations was held ...") is left to the
    rules that find its parties. Hand audit: PolNeAR train seed 80801 (25 articles): fired 2, right 2; its first form
    (any title event with no party) also took 9 true ledes of the multi-outlet set, whose JSONL texts have no title."""
    if sentence.start_char >= TITLE_BLOCK_CHARS:
        return False  # past any title block (and no need to build the article's text per candidate)
    text = document_text(sentence.doc)
    block_end = text.find("\n\n")
    if block_end < 0 or block_end > TITLE_BLOCK_CHARS or sentence.start_char >= block_end:
        return False
    trigger = cand.trigger.token
    return not cand.actor_tokens and not cand.actors and not cand.recipients \
        and not any(t.pos_ in ("VERB", "AUX") and t.i != trigger.i for t in sentence)


def _agentless_passive(verb: Token) -> bool:
    """Whether a verb is a passive with no doer ("were recognized", "was discussed"), not a "by" phrase."""
    children = list(verb.children)
    passive = verb.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in children)
    return passive and not any(c.dep_ == "agent" for c in children)


# Links by which the parser hangs a second relative clause joined by "and" (on the first, or on the main verb).
MISHUNG_RELATIVE_DEPS = frozenset({"conj", "ccomp"})
# Penn tags of a wh-word ("who", "which"); "that" tagged DT is a demonstrative, no relative pronoun.
WH_TAGS = frozenset({"WP", "WDT"})


def _coordinated_relative(verb: Token) -> bool:
    """Whether a verb is a second relative clause the parser hung elsewhere ("Ortiz, whom the mayor named, and who
    is now backing Hale"): its subject is a relative wh-pronoun (an indirect question, "asked who backs Hale",
    tells no act either)."""
    return verb.dep_ in MISHUNG_RELATIVE_DEPS and any(
        c.dep_ in SUBJECT_DEPS and c.tag_ in WH_TAGS and c.lower_ in grammar.RELATIVE_PRONOUNS for c in verb.children)


# Tags of a verb whose tense an auxiliary carries: a participle ("is supporting", "is opposed") or a bare verb ("don't support").
AUXILIARY_TENSE_TAGS = frozenset({"VBG", "VBN", "VB"})
# Auxiliaries that carry a present stance's tense; "has endorsed" is a perfect, an act done (PolNeAR train seed
# 100205: "which has endorsed Sanders", an endorsement, had been dropped with "have" counted).
TENSE_AUXILIARIES = frozenset({"be", "do"})


def _described_stance(verb: Token, relative_only: bool = False) -> bool:
    """Whether a verb in the present describes whom a noun stands with ("Rendell, who supports Clinton",
    "clauses that support the rights of tenants", "Dorsey, who is supporting Whitfield", "Democrats supporting
    Whitfield"): a standing stance, no act told; a dated clause ("who on Monday backs ...") is left alone. With
    ``relative_only`` a participle on a noun does not count ("a decree ordering ..." is the decree's act)."""
    if verb.dep_ == "acl" and not relative_only:
        present = verb.tag_ == "VBG"  # "Democrats supporting Ms. Whitfield"
    elif verb.dep_ == "relcl" or _coordinated_relative(verb):
        # the verb's own tense, or the present auxiliary that carries it ("who is supporting", "a group that is
        # opposed to him", "a candidate they don't support")
        present = verb.tag_ in PRESENT_TAGS or (verb.tag_ in AUXILIARY_TENSE_TAGS and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS and c.lemma_ in TENSE_AUXILIARIES for c in verb.children))
    else:
        return False
    return present and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _duration_phrases(verb: Token, rule: dict[str, list[str]]) -> list[Token]:
    """The phrases on a verb that tell how long a state has lasted ("since the 1990s", "for a decade")."""
    return [c for c in verb.children if c.dep_ == "prep" and (c.lower_ in rule["since_preps"] or (
        c.lower_ in rule["span_preps"] and any(g.dep_ == "pobj" and g.lemma_.lower() in rule["span_nouns"] for g in c.children)))]


def _perfect_stance(verb: Token, stance_verbs: list[str], rule: dict[str, list[str]]) -> bool:
    """Whether a perfect relative clause tells whom a noun has stood with or against: a standing stance, no act."""
    # "Tate, who has openly opposed the levy", "leaders who have backed the union since 1990"; an act verb ("which
    # has endorsed Sanders") and a clause dated otherwise than by how long the stance lasted are left alone
    if verb.lemma_.lower() not in stance_verbs or not (verb.dep_ == "relcl" or _coordinated_relative(verb)):
        return False
    lasting = {t.i for p in _duration_phrases(verb, rule) for t in p.subtree}
    return perfect(verb) and not any(t.ent_type_ in ("DATE", "TIME") and t.i not in lasting for t in verb.subtree)


def lasting_stance(verb: Token, stance_verbs: list[str], rule: dict[str, list[str]]) -> bool:
    """Whether a verb of stance tells a position held over time rather than taken on a day: no act."""
    # in the perfect with how long it has lasted ("Oslo has backed the rebels since 2009"), or held once and no
    # more ("the treaty she once championed", "a plan he formerly favoured")
    if verb.lemma_.lower() not in stance_verbs:
        return False
    if perfect(verb) and _duration_phrases(verb, rule):
        return True
    return any(c.dep_ == "advmod" and c.lower_ in rule["former_adverbs"] and c.i < verb.i and not any(c.children)
               for c in verb.children)


def _a_party(noun: Token, is_person: Callable[[Token], bool]) -> bool:
    """Whether a noun or its owner names a party an act can be aimed at ("backs Kyiv", "supports Chile's claim")."""
    owners = [noun] + [c for c in noun.children if c.dep_ == "poss"]
    return any(o.ent_type_ in PARTY_ENTITY_TYPES or is_person(o) for o in owners if o.pos_ != "PRON")


def _leads_the_article(verb: Token) -> bool:
    """Whether a verb's sentence is the article's first full one: a lead's present tense tells the day's act."""
    # only a headline or a dateline, with no sentence-final stop, may stand before it
    return not any(t.text in SENTENCE_STOPS for t in verb.doc[:verb.sent.start])


def narrated_stance(verb: Token, stance_verbs: list[str], rule: dict[str, list[str]],
                    is_person: Callable[[Token], bool]) -> bool:
    """Whether a main verb of stance in the simple present, told by the writer, describes where one stands: no act."""
    # "Ortiz favours a bigger role for the navy": a standing position described. Left alone: one a speaker reports
    # ("she said Oslo supports the plan"), a negated one, one said by "I" or "we", a dated one, a headline's
    # ("Oslo backs fishing pact"), one aimed at a party ("Lima backs Quito") and one told in the article's lead
    if verb.lemma_.lower() not in stance_verbs or verb.tag_ not in rule["simple_present_tags"]:
        return False
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ROOT" or any(c.dep_ == "neg" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(s.lower_ in rule["speaker_pronouns"] for s in subjects):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.tag_ in HEADLINE_NOUN_TAGS and not any(g.dep_ in ("det", "poss") for g in c.children) for c in objects):
        return False  # "Oslo backs fishing pact", "Lima backs Quito": a headline's present, with no article, tells an act
    if any(_a_party(c, is_person) for c in objects):
        return False  # "Peru backs Chile's claim": backing a party is an act aimed at it
    if _leads_the_article(verb) and not any(is_person(s) for s in subjects):
        return False  # a state's or body's stance told in the lead is the day's news
    sentence = verb.sent
    if any(t.lower_ in rule["quote_marks"] for t in sentence):
        return False  # a quotation: a speaker's words, which may be the act of expressing the stance
    described = {t.i for s in subjects for t in s.subtree}  # "Ortiz, who led the push in 2007, ...": the doer's date
    return not any(t.ent_type_ in ("DATE", "TIME") and t.i not in described for t in verb.subtree)


def _trait_participle(verb: Token) -> bool:
    """Whether a present participle follows "being" or stands as a predicate adjective ("accused him of being
    welcoming to refugees", "is being supportive"): a trait told, no act (a progressive passive, "was being
    attacked", is a past participle; "is welcoming the envoys" is a progressive with its auxiliary)."""
    return verb.tag_ == PARTICIPLE_TAG and (any(c.dep_ == "aux" and c.lower_ == "being" for c in verb.children)
                                           or verb.dep_ == "acomp")  # "of being welcoming": the parser's adjective


def _clause_doer_verb(verb: Token) -> Token:
    """The verb whose subject does a participle clause with none of its own ("The agreement includes a pledge,
    calling on countries to ...": the agreement calls), else the verb itself."""
    if verb.tag_ == PARTICIPLE_TAG and verb.dep_ in PARTICIPLE_CLAUSE_DEPS and verb.head.i != verb.i \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.head
    return verb


def _manner_phrase(prep: Token, manner: list[str]) -> bool:
    """Whether a preposition's objects all name a feeling or a manner ("with admiration", "with candor"), not a party."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objects) and all(o.lemma_.lower() in manner and o.ent_type_ == "" for o in objects)


def discussed_topic(token: Token, topics: dict[str, list[str]]) -> bool:
    """Whether an event noun (through the nouns that count it) is what is talked about: the object of a
    verb of discussing ("discussed the negotiations", "the talks were discussed") or of its "about" phrase,
    or of a talk noun's ("talks on a ceasefire"): the subject of the talk, not an act told."""
    token = counted_by(token)[-1]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "to discuss the negotiations and the consultations"
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass"):
        return head.pos_ == "VERB" and head.lemma_.lower() in topics["verbs"]
    if token.dep_ != "pobj" or head.lower_ not in topics["preps"] or head.head.i == head.i:
        return False
    holder = head.head
    if holder.pos_ == "VERB":
        return holder.lemma_.lower() in topics["verbs"]
    return holder.pos_ == "NOUN" and holder.lemma_.lower() in topics["nouns"]


def ended_act(token: Token, ended: dict[str, list[str]]) -> bool:
    """Whether an event noun (or the first of a coordination) is what a noun of ending names ("the lifting of
    sanctions", "an end to the blockade"): the act is ended, not imposed anew."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "the lifting of the sanctions and the blockade"
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ended["preps"] or prep.head.i == prep.i:
        return False
    words = ended["words"]
    # the preposition's head, or the word right before it when the parser hung the phrase on a conjunct ("talks on
    # the programme and removal of the sanctions", with "of" on "programme")
    return any(t.lower_ in words or t.lemma_.lower() in words for t in (prep.head, prep.doc[prep.i - 1]))


def _discourse_noun(token: Token, rule: dict[str, list[str]]) -> bool:
    """Whether a meeting noun is singular speech ("talk of a wall", "tough talk"): neither held ("held a talk with")
    nor between parties ("talk with Seoul"); the plural "talks" are negotiations."""
    if token.lemma_.lower() not in rule["nouns"] or token.tag_ != SINGULAR_NOUN_TAG:
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() in rule["holding_verbs"]:
        return False
    return not any(c.dep_ == "prep" and c.lower_ in rule["party_preps"] for c in token.children)


def unexpressed_stance(token: Token, stance: dict[str, list[str]]) -> bool:
    """Whether a stance noun ("commitment") is named without being expressed or made: not the object (or a
    coordinated object) of a verb of expressing ("reaffirmed its commitment"), so a quality or a topic."""
    if token.lemma_.lower() not in stance["nouns"]:
        return False
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return not (token.dep_ == "dobj" and token.head.lemma_.lower() in stance["verbs"])


def _copula_naming_role(verb: Token, rule: dict[str, list[str]]) -> bool:
    """Whether an infinitive is "be" with a post or a role as its complement and no passive ("to be president",
    "to be the nominee"; not "to be interviewed", not "to be a mediator")."""
    if verb.lemma_ != "be" or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    roles = set(rule["roles"]) | set(rule["nouns"])
    return any(c.dep_ == "attr" and c.lemma_.lower() in roles for c in verb.children)


def _fit_for(adjective: Token, intent_adjectives: list[str], rule: dict[str, list[str]]) -> bool:
    """"not ready for the governorship", "prepared for the worst", "ready to be president": an intent adjective whose
    complement is a "for" phrase naming a post, a task or an institution, or "to be" a post or a role (frames.json
    ``fitness_objects``), states fitness, no willingness to act (manual 3.1); "ready for dialogue" keeps AGREE."""
    if adjective.lemma_.lower() not in intent_adjectives:
        return False
    if any(_copula_naming_role(c, rule) for c in adjective.children if c.dep_ == "xcomp"):
        return True  # "ready to be president": fitness for a post
    if any(c.dep_ in ("xcomp", "ccomp") for c in adjective.children):
        return False
    objects = [g for c in adjective.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in rule["entities"] or o.lemma_.lower() in rule["nouns"] for o in objects)


def _generic_relative(verb: Token, quantifiers: list[str]) -> bool:
    """Whether a verb tells what any or every one of a kind does ("any bank that refuses borrowers or
    charges them higher fees", "every country that attacks us"): a relative clause on a noun counted generically."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "relcl" and any(c.dep_ == "det" and c.lower_ in quantifiers for c in verb.head.children)


def _warned_of_another(verb: Token, rule: dict[str, list[str]]) -> bool:
    """Whether a warning's "that" clause tells what a named other party would do ("Trump warned that Clinton would
    appoint judges who ..."): a prediction about someone else, no coercive warning by the speaker. A pronoun or a
    common noun as the clause's doer ("it would respond", "Russian troops would") may be the warner's own side: kept."""
    warner = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if warner is None:
        return False
    own = {t.lower_ for t in warner.subtree}
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        doer = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if doer is not None and doer.ent_type_ in rule["other_party_entities"] and doer.lower_ not in own:
            return True
    return False


class NonEventFilter:
    """Tells candidates whose trigger, in its sense here, reports no event; one instance per article."""

    def __init__(self, lexicon: Lexicon, object_control: frozenset[str], documents: frozenset[str],
                 is_person: Callable[[Token], bool], sentence_of: list[SpacySpan]) -> None:
        self.lexicon = lexicon
        self.object_control = object_control
        self.documents = documents
        self.is_person = is_person
        self._sentence_of = sentence_of
        # the verbs dropped as a position held or described: their object nouns stay absorbed (no act released)
        self.held_stances: set[int] = set()

    def _done_by_nature(self, cand: Candidate) -> bool:
        """Whether the doer of a verb is a natural hazard or a disease ("Hurricane Milton slammed into
        Florida, killing 16"): the subject's words, inherited across clauses, name one."""
        if cand.trigger.pos != "verb":
            return False
        hazards = self.lexicon.frames["natural_hazard_subjects"]
        subjects, passive = arguments.subject_tokens(cand.anchor, self.object_control, self.documents)
        if passive and not subjects:
            subjects = [g for c in cand.anchor.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # the subject's head ("the earthquake") or the common noun naming a named one ("Hurricane Milton")
        words = {s.lemma_.lower() for s in subjects}
        words |= {c.lemma_.lower() for s in subjects if s.pos_ == "PROPN" for c in s.children if c.dep_ == "compound"}
        return bool(words & set(hazards))

    def _press_inquiry(self, token: Token, lemma: str) -> bool:
        """A reporter's inquiry or its refusal, verb or noun ("declined to comment", "requests for comment"):
        reporting, not a PLOVER request or rejection (frames.json ``press_inquiry``)."""
        inquiry = self.lexicon.frames["press_inquiry"]
        if lemma not in inquiry["verbs"]:
            return False
        children = list(token.children)
        complements = {c.lemma_.lower() for c in children if c.dep_ in ("xcomp", "ccomp", "acl")}
        objects = {c.lemma_.lower() for c in children if c.dep_ in ("dobj", "nsubjpass")}
        objects |= {g.lemma_.lower() for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
        return bool(complements & set(inquiry["complements"]) or objects & set(inquiry["objects"]))

    def not_an_event(self, cand: Candidate) -> bool:
        """Senses of a trigger that report no PLOVER event (issue 14 item 7)."""
        frames = self.lexicon.frames
        token, lemma = cand.trigger.token, cand.trigger.entry.lemma
        if self._done_by_nature(cand):
            return True  # "a cyclone slammed into the coast", "the virus killed 30 people"
        if any(is_habitual(t, self.lexicon.cues) for t in {token, cand.anchor} if t.pos_ in ("VERB", "AUX")):
            return True  # "police usually arrest protesters", "Russia has long supported Assad": a habit, no act
        if token.pos_ in ("VERB", "AUX") and ranks_experience(token, self.lexicon.cues):
            return True  # "the kindest woman I have ever met": a ranking of experience, no act
        if attraction_appeal(token, cand.type, frames["senses"]):
            return True  # "his appeal to blue-collar voters", "able to appeal to a group": attractive, nothing asked
        if rival_contest(token, frames["senses"], cand.type, self.is_person) \
                and not verbal_attack(token, frames["senses"], self.is_person):
            return True  # "the long battle between Ortiz and Hale": rivals in a race, no force used
        if cand.trigger.pos == "noun":
            verb = governing_verb(token)
            if verb is not None and is_habitual(verb, self.lexicon.cues):
                return True  # "Oslo has long played a role in the peace talks": named in a lasting stance, no one act
            if self.is_person(token):
                return True  # "Ban told the hosts" (Ban Ki-moon): a person's name spelt like an event noun
            if agreed_view(token, frames["senses"]):
                return True  # "there is broad agreement that clinics lack doctors": a view shared
            if named_body(token, frames["senses"]):
                return True  # "the Judicial Conference voted": a standing body's name, no meeting held
            if token.ent_type_ == "DATE" and not any(c.dep_ == "det" for c in token.children):
                return True  # "the groups began March with $20 million": a month's name ("the March for Peace" is one)
            if self._press_inquiry(token, lemma):
                return True  # "ignored repeated requests for comment"
            if poll_standing(token, frames["senses"]):
                return True  # "his support among social conservatives", "90 percent support for ..."
            if _discourse_noun(token, frames["discourse_nouns"]):
                return True  # "talk of a wall", "his anti-immigrant talk": speech, no talks held
            if figurative_fight(token, frames["senses"]) or verbal_clash(token, frames["senses"]):
                return True  # "a court battle", "the battle against inflation", "a clash over the budget" (senses.py)
            if noun_kind(token, frames["senses"], self.is_person):
                return True  # "a press release", "tough talk", "Trump's rallies" (senses.py)
            if held_rally(token, frames["senses"]):
                cand.by_construction = True  # "spoke at an opposition rally": the holder makes it a protest
            if cand.type in frames["discussion_topics"]["types"] and discussed_topic(token, frames["discussion_topics"]):
                return True  # "met to discuss the negotiations", "talks on a truce": the talk's subject, no act told
            if cand.type in frames["ended_acts"]["types"] and ended_act(token, frames["ended_acts"]):
                return True  # "the lifting of sanctions", "an end to the blockade": ended, not imposed
            if unexpressed_stance(token, frames["stance_nouns"]):
                return True  # "his deep commitment to principles makes him ...": a quality, no commitment made
            if broken_terms(token, cand.type, frames["senses"], verb):
                return True  # "violated a nondisclosure agreement": an agreement made before, broken now
            if cand.type in frames["reported_noun_types"] and (
                    cand.anchor.i == token.i or cand.anchor.lemma_.lower() not in frames["issuing_verbs"]):
                return True  # "the China threat", "facing a threat": a danger named, no threat made
            head = token.head
            # "Washington's support is crucial", "this is a demonstration of ...": a description, not a report
            return token.dep_ in ("nsubj", "attr") and head.lemma_ == "be" and head.pos_ == "AUX" and not told_as_placed(token) \
                and not any(c.dep_ == "acomp" and c.lemma_.lower() in ("underway", "over") for c in head.children)
        warnings = frames["bare_warnings"]
        if cand.trigger.pos == "verb" and lemma in warnings["verbs"] and cand.inner is None \
                and not any(t.lower_ in warnings["condition_words"] for t in self._sentence_of[token.i]):
            return True  # "he warned: 'it is not going to happen soon'": a comment, no coercive warning
        if cand.trigger.pos == "verb" and lemma in warnings["verbs"] and _warned_of_another(token, warnings) \
                and not any(t.lower_ in warnings["condition_words"] for t in self._sentence_of[token.i]):
            return True  # "Trump warned that Clinton would appoint judges": another's act foretold, no threat made
        if cand.trigger.pos == "verb" and token.dep_ == "amod" and lemma in frames["intent"]["verbs"]:
            return True  # "pledged delegates", "the proposed rule": a participle naming a kind, no promise made
        if cand.trigger.pos == "adj" and worry_not_disapproval(token, frames["senses"]):
            return True  # "concerned that the conflict will spread": a fear of what may happen, no disapproval
        if cand.trigger.pos == "adj" and cand.inner is None and _fit_for(token, frames["intent"]["adjs"], frames["fitness_objects"]):
            return True  # "is not ready for the governorship": fitness for a post or a task, no offer made
        if cand.trigger.pos != "verb":
            return False
        if _generic_relative(token, frames["generic_quantifiers"]):
            return True  # "any company that asks them to pay more": a rule, no act
        children = list(token.children)
        if cand.type in frames["described_stance_types"] and _described_stance(token):
            self.held_stances.add(token.i)
            return True  # "Rendell, who supports Mrs. Clinton": who someone is, not what they did
        if cand.type in frames["described_stance_types"] and _perfect_stance(
                token, frames["perfect_stance_verbs"], frames["lasting_stance"]):
            self.held_stances.add(token.i)
            return True  # "Tate, who has openly opposed the levy": who someone is, not what they did
        if cand.type in frames["described_stance_types"] and (
                lasting_stance(token, frames["perfect_stance_verbs"], frames["lasting_stance"])
                or narrated_stance(token, frames["perfect_stance_verbs"], frames["lasting_stance"], self.is_person)):
            self.held_stances.add(token.i)
            return True  # "has backed the rebels since 2009", "the treaty she once championed": a position held
        if cand.type in frames["described_aim_types"] and _described_stance(token, relative_only=True):
            return True  # "the wage rise he seeks": a standing aim ("a decree ordering ..." is the decree's act)
        if cand.type in frames["agentless_passive_types"] and lemma not in frames["agentless_passive_acts"] \
                and not cand.negated and _agentless_passive(token):
            # "several women were recognized", "the details were discussed": no one named does it ("was not
            # supported" is a refusal, coded REJECT by the negated-refusal rule, and kept)
            return True
        if no_event_sense(token, cand.type, frames):
            return True  # "experts agree that ...", "when asked about ...", "28 percent supported ..." (senses.py)
        if cand.complement is not None and cand.type == "ASSAULT" and figurative_fight(cand.complement, frames["senses"]):
            return True  # "preparing to battle the rival nominee": the frame word's complement is a struggle, no force
        if electoral_win(token, frames["senses"], self.is_person) or retort(token, frames["senses"]):
            return True  # "Cruz captured Texas", '"...," Trump shot back'
        if cand.type == "SUPPORT" and standing_behind_a_person(token, frames["senses"], self.is_person):
            return True  # "two aides stood behind the governor": a place, no backing (senses.py)
        if cand.type in frames["senses"]["person_struggles"]["types"] and person_struggle(token, frames["senses"], self.is_person):
            return True  # "Lopez fought for farmers' rights", "we must beat Hale": a campaign, no force
        if cand.complement is not None and cand.type in frames["senses"]["person_struggles"]["types"] \
                and person_struggle(cand.complement, frames["senses"], self.is_person):
            return True  # "she vowed to fight for working families": a campaign pledge, no threat of force
        if recorded_capture(token, frames["senses"]):
            return True  # "the scuffle was captured on video": recorded, no one taken
        if second_pass_sense(token, cand.type, frames["senses"]):
            return True  # "the region that surrounds the city", "I guarantee you ...", "cannot be denied"
        if lemma in frames["restating_verbs"] and any(c.dep_ == "ccomp" for c in children):
            return True  # "reaffirmed that X calls for Y": the complement is the event
        if lemma in frames["intent_verbs"] and any(c.dep_ == "xcomp" for c in children):
            return True  # "seeking to finalize a deal": an intention, no request
        if lemma in frames["intransitive_event_verbs"] and any(c.dep_ == "dobj" for c in children):
            return True  # "demonstrates a disregard"
        if lemma in frames["quote_inversion_verbs"] and any(c.dep_ == "ccomp" and c.i < token.i for c in children) \
                and any(c.dep_ == "nsubj" and c.i > token.i for c in children):
            return True  # '"...," agreed X': the verb attributes a quote
        if cand.type == "CONSULT" and lemma in frames["topic_talk_verbs"]:
            preps = set(frames["counterpart_preps"])
            if any(c.dep_ == "prep" and c.lower_ in preps for c in children) \
                    and all(_manner_phrase(c, frames["manner_nouns"]) for c in children if c.dep_ == "prep" and c.lower_ in preps):
                return True  # "still speak with admiration of him": how one talks, with no one
            subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
            plural = any(c.tag_ in ("NNS", "NNPS") or c.conjuncts or c.lower_ in ("we", "they") for c in subjects)
            if not any(c.dep_ == "prep" and c.lower_ in preps for c in children) and not plural:
                return True
            topic = any(c.dep_ == "prep" and c.lower_ == "about" for c in children)
            if topic and not any(c.dep_ == "prep" and c.lower_ in preps for c in children) \
                    and all(c.lower_ in TOPIC_PRONOUNS for c in subjects):
                return True  # "we are talking about a crisis": saying what something is, no talks held
        if lemma in frames["feeling_passives"] and any(c.dep_ == "nsubjpass" for c in children) \
                and not any(c.dep_ in ("xcomp", "ccomp") for c in children):
            return True  # "the mayor was encouraged by the offer": a feeling, no request
        if _trait_participle(token):
            return True  # "accused the senator of being welcoming to migrants": a trait, no act
        subjects = {c.lemma_.lower() for c in children if c.dep_ == "nsubj"}
        if subjects & set(frames["machine_subjects"]):
            return True  # "the database rejected passport numbers"
        if subjects & set(frames["creature_subjects"]):
            return True  # "the fish do not recognise our borders": no party acts
        if cand.type == "CONSULT" and subjects & set(frames["traveller_subjects"]):
            return True  # "tourists visited Vietnam": a private trip, no meeting of parties
        doer_verb = _clause_doer_verb(token)
        texts = {c.lemma_.lower() for c in doer_verb.children if c.dep_ == "nsubj"}
        if texts & set(frames["provision_subjects"]) and doer_verb.tag_ in PRESENT_TAGS:
            return True  # "the Constitution guarantees the right to ...": what a text provides
        agents = {g.lemma_.lower() for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"}
        if agents & set(frames["provision_subjects"]) and any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in children):
            return True  # "free speech is protected by law": what a text provides, told in the passive
        if texts & set(frames["plan_subjects"]) and doer_verb.tag_ in PRESENT_TAGS:
            return True  # "the agreement calls for a ceasefire", "the accord includes X, calling on ...": what a plan provides
        if token.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in children) \
                and token.head.lemma_.lower() in frames["work_subjects"]:
            return True  # "a study that supports the plan": the noun is the doer
        if (subjects | agents) & set(frames["work_subjects"]):
            return True  # "a study supports ...", "the forecast is backed by data": no party acts
        if lemma in frames["addressed_verbs"]:
            if not any(c.dep_ in ADDRESSEE_DEPS for c in children):
                return True  # "Bugajski asked.": a question attributed, nobody asked for anything
            if any(c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in frames["question_marks"] for m in c.children)
                   for c in children):
                return True  # "asked the elder Lai if he agreed": a question
        if self._press_inquiry(token, lemma):
            return True
        if lemma in frames["press_inquiry"]["verbs"]:
            if lemma == "ask" and token.tag_ == "VBN" and (token.dep_ in ("advcl", "ROOT") or any(c.dep_ == "auxpass" for c in children)) \
                    and any(c.dep_ == "agent" for c in children):
                return True  # "Asked by VOA whether ...": the reporter's question
        if lemma in frames["decrease_verbs"] and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in children):
            return True
        if cand.type == "ASSAULT" and lemma in frames["policy_target_verbs"]:
            policy = set(frames["policy_nouns"])
            doers = [c for c in children if c.dep_ in ("nsubj", "csubj")]
            if token.dep_ in ("acl", "relcl", "advcl"):
                doers.append(token.head)
            if token.dep_ == "advcl":
                doers.extend(c for c in token.head.children if c.dep_ in ("dobj", "nsubj"))
            words = {d.lemma_.lower() for d in doers} | {g.lemma_.lower() for d in doers for g in d.children if g.dep_ == "pobj" or g.dep_ == "prep"}
            words |= {p.lemma_.lower() for d in doers for c in d.children if c.dep_ == "prep" for p in c.children}
            if words & policy:
                return True
        return False
