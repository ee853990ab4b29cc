"""Cue candidates over the dependency parse: a cue, its speaker token and its content range.

One pass over the doc's tokens finds cue verbs by lemma (so every inflection matches), the source
prepositions (`according to X`) and content nouns (`his claim that ...`); the dependency relations
around each give the speaker (subject, `by`-agent, prepositional object) and the content (clausal
complement, infinitive, object, or the clause the cue interrupts).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.tokens import Doc, Token

from accord.knowledge.actors import lookup_actor, title_entry
from accord.stages.grammar import PLACE_LABELS, SUBJECT_DEPS
from accord.stages.statements.lexicon import INTENTION_CLASS, PROPOSITIONAL_CODES, CueLexicon
from accord.stages.statements.source_phrases import closing_phrase_start, object_fallback, opening_phrase_clause
from accord.stages.statements.spans import aside_cut, starts_aside, subtree_range, token_range, trim_clause
from accord.stages.token_filters import indices_with

# Parts of speech of cue verbs, cue adjectives (`critical of`) and content nouns (the array pre-filter).
CUE_POS = ("VERB", "AUX", "ADJ", "NOUN")
# A noun-phrase object of a speech verb at least this long is a clause the parser misread (`says the
# movement appeals to voters`); shorter ones are things said (`said a prayer`, `said goodbye`).
MIN_MISPARSED_CLAUSE_TOKENS = 4
# Relations of an infinitive clause opened by a preposition the parser made its mark (`call for X to ...`).
FOR_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
# Relations by which a cue verb hangs off the clause it reports (`X, he said` / `X, he added`).
INTERRUPTING_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj"})
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
# Relative pronouns whose animacy is that of the noun they stand for (`a group that intends to ...`).
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# Relations by which the small parser hangs a poll share (`4 in 10 say`) on the verb instead of
# making it the subject.
POLL_SHARE_DEPS = frozenset({"nummod", "npadvmod", "advmod"})
# ... or, when it is not tagged a number, labelled as one (`half said so`: an adverb, but CARDINAL).
POLL_SHARE_LABELS = frozenset({"CARDINAL", "PERCENT"})
# Relations of a pro-form answer to its speech verb (`said so` is advmod, `said yes`/`said the same` dobj/intj).
ANSWER_DEPS = frozenset({"dobj", "advmod", "intj", "ccomp", "npadvmod"})
# Cue classes that can interrupt or close a sentence they report (`X, he said`); mined frames cannot.
INTERRUPTING_CLASSES = frozenset({"speech", "stance"})
# Relations that pass a subject down to a subject-less cue verb (`He smiled and said ...`, `..., adding that`).
SUBJECT_SHARING_DEPS = frozenset({"conj", "advcl", "xcomp", "acomp", "prep"})
# Who is quoted in `A quoted B as saying` (the object) and `B was quoted by A as saying` (the passive subject).
QUOTED_PERSON_DEPS = frozenset({"dobj", "nsubjpass"})
# Prepositions whose gerund shares the subject of the clause (`responded by saying`, `after saying`).
MANNER_PREPOSITIONS = frozenset({"by", "after", "before", "while", "in", "without"})
# A cue with one of these children reports that child, not the clause around it.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
# Verb children after a content object that complete it (`X a liar`, `X as Y`, `X of Y`).
# Relations by which the parser hangs a content noun's clause on the light verb taking the noun
# (`expressed concern that ...` with the clause a ccomp of `expressed`).
LIGHT_VERB_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl"})
# Relations the parser gives a speech verb's subject when it hangs it on the phrase before it
# (`At a rally for X, former president Y said ...`: Y an apposition of X).
MISATTACHED_SUBJECT_DEPS = frozenset({"appos", "conj", "pobj"})
# Words such a subject may have back to its comma (`former White House chief of staff ...` is longer
# but has a preposition and is not taken).
MAX_MISATTACHED_SUBJECT_TOKENS = 8
OBJECT_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "prep", "advmod", "acomp"})
# Prepositions that complete a content object (`accused X of`, `blamed X for`, `compared X to`).
PREDICATE_PREPOSITIONS = frozenset({"of", "as", "for", "to", "with", "from", "about", "over", "against", "into"})
# Whether any prepositional phrase right after a content object, with no comma between, completes
# it (`praised X in the aftermath of Y`, `put him on its list`): PolNeAR annotators keep it.
ADJACENT_PHRASES_JOIN = True
# ... except one that dates, places or carries the report (`on Friday`, `in Ohio`, `in a statement`).
TIME_PREPOSITIONS = frozenset({"during", "after", "before", "since", "until"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# Modifiers of a content object that, after a comma, add the reporter's aside rather than what was
# endorsed or criticised (`backed Trump, who won Ohio`); restrictive ones (no comma) stay.
NONRESTRICTIVE_DEPS = frozenset({"relcl", "acl"})
# Objects that are addressees, not content (`told reporters`).
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj"})
# Cue clauses longer than this many tokens after the speaker are not an interruption (`X, he said`)
# but a sentence of their own.
MAX_INTERRUPTION_TOKENS = 12
# A subject that is a time, date or number is a misparse (`At 2:40 p.m. the campaign said ...` parsed
# with the time as subject), never who spoke.
# Not CARDINAL, PERCENT or ORDINAL: poll shares (`55 percent said`, `a third said`, `Two of them said`)
# are true speakers.
NON_SPEAKER_LABELS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY"})
# ... except an age standing for a person (`said the 46-year-old`).
AGE_UNITS = frozenset({"year", "years", "month", "months"})
# `"...," Ramos, 58, told AFP`: at most this many tokens between the closing quotation and its cue.
MAX_SPEAKER_AFTER_QUOTE_TOKENS = 10
# Punctuation that ends a quotation attributed after it (`"...,"`, `"...?"`, `"...!"`).
QUOTE_CLOSING_PUNCT = frozenset({",", "?", "!", "-", "—"})
# Punctuation that ends the speaker's name after a quotation (`Ramos, 58, told`, `Ramos (AFP) said`).
SPEAKER_END_PUNCT = frozenset({",", "(", "-", "—", "–"})
# Whether reported content ends before a trailing aside (`..., throwing a wrench in ...`, `..., which
# raised concerns`) or a second report of the same speaker (`..., and urged ...`).
TRIM_ASIDES = True
# Content shorter than this many characters is a fragment (a pronoun, `so`), not a statement.
MIN_CONTENT_CHARS = 3
# Whether an infinitive content starts at the one who is to act (`urged Congress to act` -> `Congress
# to act`): PolNeAR annotators keep that object in the content.
INFINITIVE_KEEPS_ITS_SUBJECT = True
# Relations and prepositions of that object between the cue and the infinitive (`urged X to`, `called on X to`).
INFINITIVE_SUBJECT_DEPS = frozenset({"dobj", "nsubj"})
INFINITIVE_SUBJECT_PREPOSITIONS = frozenset({"on", "upon"})
# Whether a speech participle modifying a noun (`a statement saying ...`, `50 percent saying ...`)
# takes that noun, or the statement's issuer, as its speaker.
SPEECH_PARTICIPLES_NAME_THEIR_SOURCE = True
# Frame of a statement whose cue is a passive without a `by`-agent (`he was asked whether ...`): no speaker.
UNATTRIBUTED_FRAME = "unattributed"
# Relations of that passive's complement: `is believed to be weighing a run`, `was asked whether ...`, `is deemed unfit`.
UNATTRIBUTED_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "oprd"})


# A reported clause the parse cut at a coordination (`said the budget was balanced, and the city would
# hire teachers`: the second clause hung on the cue verb) is carried on over the second clause when
# that clause cannot be the reporter's narration: its verb is backshifted to a modal or the present
# under a past cue, or it holds a quotation. Measured on PolNeAR train, annotators keep it in the content.
CARRY_COORDINATED_CLAUSES = True
COORDINATING_WORDS = frozenset({"and", "but"})
# Subjects of a second clause that may be the speaker going on to do something (`and she left`).
NARRATOR_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# Subjects that point back at what was said (`..., and that is not my recollection`): a comment on it.
ANAPHORIC_SUBJECTS = frozenset({"that", "this", "which"})
# Present tenses that cannot continue a past-tense narration in the reporter's own voice.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
PAST_CUE_TAGS = frozenset({"VBD"})
# `A, he said, because B`: a reported sentence that resumes after the cue clause, by the words that can
# open its second part; PolNeAR annotates both parts as one discontinuous content, so the longer side
# is the one that finds it.
RESUMED_SENTENCE_LONGER_SIDE = True
RESUMING_DEPS = frozenset({"advcl", "ccomp", "prep", "dep", "conj"})
RESUMING_OPENERS = frozenset({"because", "that", "since", "so", "if", "unless", "including", "but", "and"})
# A quotation opened inside the second clause (the closing mark of an enclosing quotation may hang on it).
OPENING_QUOTE_TAG = "``"
# What a linking or auxiliary verb needs to be a clause of its own rather than an ellipsis.
AUXILIARY_LEMMAS = frozenset({"be", "have", "do"})
CLAUSE_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "prep", "xcomp", "ccomp", "dobj", "advmod"})
# `A, and B, according to X.` / `A when B, according to X.`: a source phrase closing its sentence after a
# comma attributes the whole sentence before it, like `A, he said.` (the parse hangs it on the last
# clause only). Measured on PolNeAR train, annotators take the whole sentence.
SOURCE_CLOSING_TAKES_SENTENCE = True
# `It is unlikely; his team says she will ...`: of two complement clauses the parse hung on a cue, the
# one after it is what was said when the one before it is not a quotation (PolNeAR dev misses; hand
# precision on PolNeAR train reported in the session 8 notes).
PREFER_CLAUSE_AFTER_CUE = True
# `Clinton has been a supporter of NATO`, `Smith, a critic of the plan,`: a frame's role noun in the
# predicate of a copula or in an apposition holds the view of the name it describes, not of itself.
ROLE_NOUNS_NAME_THEIR_HOLDER = True
# Verbs whose subject holds the view or feeling a stance noun object names (`have contempt for X`,
# `shared his disdain for X`), besides the light verbs of phrases.json (`expressed outrage over X`).
HOLDING_VERBS = frozenset({"have", "hold", "harbor", "harbour", "feel", "show", "share", "continue", "display"})
# `Trump said after the convention he would not ...`: a subject-bearing clause after a speech verb
# that the parser made adverbial (no subordinator, not set off by punctuation) is its complement.
MISREAD_ADVERBIAL_COMPLEMENT = True
# A dash right after a source phrase opens the reporter's aside, not what the source said.
ASIDE_DASHES = frozenset({"-", "--", "—", "–"})
# `"...," wrote a reader from Ohio`: the words of an inverted speaker's noun phrase before its head,
# and how far after the cue that head may be.
INVERTED_SPEAKER_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod"})
MAX_INVERTED_SPEAKER_TOKENS = 5
# An object the parse cut at a coordination (`discussed her memoir and the election`: the second noun
# hung on the cue verb) is carried on over the coordinated noun: a noun cannot be a second clause.
CARRY_COORDINATED_OBJECTS = True
COORDINATED_NOUN_POS = frozenset({"NOUN", "PROPN"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass
class Candidate:
    """A cue with its speaker token and content range, before quotes and names are resolved."""

    cue: tuple[int, int]
    speaker: Token | None
    content: tuple[int, int]
    frame: str  # clause | interrupted | infinitive | object | bare | source | noun | transcript | answer | unattributed
    addressee: tuple[int, int] | None = None
    relative: Token | None = None  # the noun a relative-pronoun speaker (`who`) stands for
    speaker_span: tuple[int, int] | None = None  # exact speaker range when not derived from the parse


# Entity types of a dateline's place, which the parser may make a second subject of the story's first verb.
DATELINE_PLACE_TYPES = frozenset({"GPE", "LOC"})


def subject_of(verb: Token, stance_participles: frozenset[str] = frozenset(),
               report_verbs: frozenset[str] = frozenset()) -> Token | None:
    """The verb's subject, or the agent of a passive, a poll share hung on the verb, the noun a
    participle modifies, or a subject shared through conjunction. A report verb conjoined to the
    clause another report verb reports (`X said A, and urged B`) shares that verb's subject."""
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if subjects:
        # Several subjects mean a misparsed quotation (`"If it ...," said Acton`): the nearest wins.
        return min(subjects, key=lambda child: abs(child.i - verb.i))
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    for child in verb.lefts:
        if child.dep_ in POLL_SHARE_DEPS and (child.pos_ == "NUM" or child.ent_type_ in POLL_SHARE_LABELS):
            return child  # `About 4 in 10 say ...`: the parser hangs the share on the verb as a number
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() in stance_participles:
        # `a super PAC backing Bush`: the noun the participle modifies holds the view. Only stance
        # verbs: with every participle, dev speaker spans fell (0.914 -> 0.910).
        return verb.head
    quoting = _quoting_verb(verb)
    if quoting is not None:
        # `IRNA quoted Araghchi as saying ...`: the one quoted speaks (the agency only reports it); passive
        # `Araghchi was quoted by IRNA as saying ...`: the passive subject.
        quoted = next((c for c in quoting.children if c.dep_ in QUOTED_PERSON_DEPS), None)
        if quoted is not None:
            return quoted
    head = verb
    for _ in range(3):  # a short climb: `X smiled and said`, `X said ..., adding that`
        if head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.lower_ in MANNER_PREPOSITIONS:
            head = head.head  # `X began by saying ...`: the gerund's subject is the clause's
        if head.dep_ not in SUBJECT_SHARING_DEPS or head.head is head:
            break
        if (head.dep_ == "conj" and head.head.dep_ == "ccomp" and verb.lemma_.lower() in report_verbs
                and head.head.head.lemma_.lower() in report_verbs):
            head = head.head  # the parser hung `urged` on the reported clause, not on `said`
        head = head.head
        shared = [child for child in head.children
                  if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and head.lemma_ == "quote")]  # `was quoted as saying`
        if shared:
            # Several subjects: not a place the parser made one ("MYRTLE BEACH, S.C. - Sen. Ted Cruz continued ...,
            # questioning": the dateline's place is no subject of the verbs).
            return next((c for c in shared if c.ent_type_ not in DATELINE_PLACE_TYPES), shared[0])
    return None


def _quoting_verb(verb: Token) -> Token | None:
    """The `quote` of `quoted X as saying`: ``verb`` is the gerund after its `as`."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
        return None
    return prep.head


def _quotes_as_saying(verb: Token) -> bool:
    """Whether a `quote` verb reports its object through `as saying ...` (that gerund is the statement's cue)."""
    return verb.lemma_.lower() == "quote" and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children)


def _addressee(verb: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """The audience of `told reporters that ...` (the verb's object or dative)."""
    if verb.lemma_ not in lex.addressee_verbs:
        return None
    for child in verb.children:
        if child.dep_ in ADDRESSEE_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return subtree_range(child)
    return None


def _interrupted_range(verb: Token, speaker: Token | None = None) -> tuple[int, int] | None:
    """Content of `X, he said.` / `X, said Cui.`: the sentence before a cue clause that closes it."""
    doc = verb.doc
    sent = verb.sent
    first_cue, last_cue = verb.left_edge.i, verb.right_edge.i
    if verb.i - first_cue > MAX_INTERRUPTION_TOKENS and speaker is not None and speaker.i < verb.i and speaker.head.i == verb.i:
        # The parse hung words of the reported clause on the cue (`..., if bogus, ideas ..., she
        # said`): the cue clause starts at its subject.
        first_cue = speaker.left_edge.i
    while first_cue < verb.i and doc[first_cue].is_punct:
        first_cue += 1
    while last_cue > verb.i and doc[last_cue].is_punct:
        last_cue -= 1
    if verb.i - first_cue > MAX_INTERRUPTION_TOKENS or first_cue <= sent.start:
        return None
    if any(child.dep_ in CONTENT_DEPS for child in verb.children):
        return None  # the cue has its own content; it does not report the host clause
    before = doc[first_cue - 1]
    if not (before.is_punct or before.is_quote):
        return None  # `X, he said` needs the comma (or closing quote) before the cue clause
    after = doc[last_cue + 1 : sent.end]
    if all(t.is_punct or t.is_space for t in after):
        return trim_clause(doc, sent.start, first_cue - 1)
    if not (after[0].is_punct or after[0].is_quote):
        return None  # `X, he said Y` without a comma: not an interruption
    # `Climate change, he said, is the greatest threat`: the longer side carries the content. One
    # span over both sides would hold the cue and the speaker, which the contract's content never
    # does (contract README: content is "what was said, without the cue or the speaker").
    head_part = trim_clause(doc, sent.start, first_cue - 1)
    tail_part = trim_clause(doc, last_cue + 1, sent.end - 1)
    return head_part if head_part[1] - head_part[0] >= tail_part[1] - tail_part[0] else tail_part


def _clause_after_statement_noun(verb: Token, lex: CueLexicon) -> Token | None:
    """`said in a statement that ...`: the parser hangs the that-clause on `statement`."""
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for pobj in child.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in lex.statement_nouns:
                for clause in pobj.children:
                    if clause.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                        return clause
    return None


def _that_clause_on_object(verb: Token) -> Token | None:
    """`is telling customers at a diner that "..."`: the parser hangs the that-clause on a noun
    after the cue as if it were a relative clause; a complementizer `that` (a mark, not a relative
    pronoun) shows it is the cue's complement."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ in ("relcl", "acl") and clause.i > noun.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return clause
    return None


def animate(token: Token, lex: CueLexicon) -> bool:
    """A person, organisation or group (by entity label, the actor lexicon or a source noun like
    `poll`), or a pronoun, an indefinite subject or a relative pronoun for one."""
    if token.ent_type_ in ANIMATE_LABELS or token.lower_ in ANIMATE_PRONOUNS or token.lemma_.lower() in lex.source_nouns:
        return True
    if token.lower_ in ANIMATE_INDEFINITES and token.dep_ in SUBJECT_DEPS:
        return True
    verb = token.head
    if token.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl" and verb.head is not token:
        return animate(verb.head, lex)  # `the PAC that intends to ...`: the PAC
    if token.pos_ == "PROPN" and not token.ent_type_:
        return True  # a name the model left unlabelled (`Scott`, `Melania`): places and dates carry labels
    actor = lookup_actor(token.text)
    if actor is not None and actor.kind in ANIMATE_ACTOR_KINDS:
        return True
    title = title_entry(token.lemma_.lower())  # a role noun: `the nominee`, `an expert`
    return title is not None and title.kind in ANIMATE_ACTOR_KINDS


def _circumstance(prep: Token, lex: CueLexicon) -> bool:
    """A prepositional phrase that says when, where or through what the report was made (`on
    Friday`, `during the debate`, `in Ohio`, `in a statement`), not what was reported."""
    if prep.lower_ in TIME_PREPOSITIONS:
        return True
    words = prep.doc[prep.i + 1 : prep.right_edge.i + 1]
    if any(t.ent_type_ in TIME_LABELS or t.ent_type_ in PLACE_LABELS for t in words):
        return True
    head = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if head is not None and head.lemma_.lower() in lex.setting_nouns:
        return True
    lemmas = [t.lemma_.lower() for t in words]
    return any(" ".join(lemmas[i:i + 2]) in lex.statement_nouns or lemmas[i] in lex.statement_nouns for i in range(len(lemmas)))


def _adjacent_phrases_end(verb: Token, last: int, lex: CueLexicon) -> int:
    """The end of a content ``..last`` with the verb's prepositional phrases that follow it directly
    and complete it (`spoke about X in the wake of Y`), not those of time, place or medium."""
    for other in verb.children:
        if other.dep_ == "prep" and _completes(other, last, lex):
            last = other.right_edge.i
    return last


def _completes(prep: Token, last: int, lex: CueLexicon) -> bool:
    """Whether a prepositional phrase follows a content ending at ``last`` directly (no punctuation
    between) and says more of what was reported rather than when, where or through what."""
    return prep.left_edge.i == last + 1 and not prep.doc[last + 1].is_punct and not _circumstance(prep, lex)


def _object_end(obj: Token) -> int:
    """Last token of an object content: its subtree up to a comma that opens a non-restrictive
    clause (`endorsed Trump, who won Ohio last week` -> `Trump`). Appositions stay: measured on
    PolNeAR, annotators keep them in the content."""
    end = obj.right_edge.i
    for child in obj.children:
        if child.i > obj.i and child.dep_ in NONRESTRICTIVE_DEPS and child.left_edge.i > obj.i:
            before = obj.doc[child.left_edge.i - 1]
            if before.text == "," and before.i > obj.i:
                end = min(end, before.i - 1)
    return end


def _coordination_after(verb: Token, last: int, words: frozenset[str]) -> Token | None:
    """The conjunct hung on ``verb`` right after a content ending at ``last``: only a comma and one
    coordinating word from ``words`` between them (`..., and the city would ...`)."""
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i <= last:
            continue
        between = doc[last + 1 : conj.left_edge.i]
        words_between = [t for t in between if not t.is_punct]
        if (len(words_between) == 1 and words_between[0].dep_ == "cc" and words_between[0].lower_ in words
                and all(t.text == "," for t in between if t.is_punct)):
            return conj
        return None
    return None


def _reported_conjunct(verb: Token, conj: Token, speaker: Token | None, lex: CueLexicon) -> bool:
    """Whether a clause coordinated with a cue verb continues what was said rather than the story:
    it has its own subject (not a pronoun that may be the speaker, not the speaker), is no cue of its
    own, and is backshifted (a modal or the present under a past cue) or holds a quotation."""
    if conj.pos_ not in ("VERB", "AUX") or conj.lemma_.lower() in lex.verbs:
        return False
    if (conj.pos_ == "AUX" or conj.lemma_.lower() in AUXILIARY_LEMMAS) and not any(c.dep_ in CLAUSE_PREDICATE_DEPS for c in conj.children):
        return False  # `..., and it hasn't`: an elliptical clause is the reporter's comment
    subjects = [c for c in conj.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return False  # none, or two (`it hasn't because voters care`: an ellipsis the parse fused)
    subject = subjects[0]
    if subject.lower_ in NARRATOR_PRONOUNS or subject.lower_ in ANAPHORIC_SUBJECTS or subject.tag_ in ("WP", "WDT"):
        return False
    if speaker is not None and subject.lower_ == speaker.lower_:
        return False
    auxiliaries = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return True
    if verb.tag_ in PAST_CUE_TAGS and any(t.tag_ in PRESENT_TAGS for t in [conj, *auxiliaries]):
        return True
    return any(t.tag_ == OPENING_QUOTE_TAG for t in conj.doc[conj.left_edge.i : conj.right_edge.i + 1])


def _coordinated_clause_end(verb: Token, last: int, speaker: Token | None, lex: CueLexicon) -> int:
    """The end of a reported clause ``..last`` carried on over a second reported clause (see
    ``CARRY_COORDINATED_CLAUSES``)."""
    if not CARRY_COORDINATED_CLAUSES:
        return last
    conj = _coordination_after(verb, last, COORDINATING_WORDS)
    if conj is None or not _reported_conjunct(verb, conj, speaker, lex):
        return last
    return conj.right_edge.i


def _longer_side(verb: Token, first: int, last: int) -> tuple[int, int]:
    """`A, he said, because B`: when the reported sentence resumes after a cue clause that interrupts
    it, the longer of its two sides (one span over both would hold the cue and the speaker, which the
    contract's content never does); else the clause ``first..last`` before the cue."""
    doc = verb.doc
    for child in verb.children:
        if child.i <= verb.i or child.dep_ not in RESUMING_DEPS:
            continue
        start = child.left_edge.i
        if start <= verb.i or doc[start - 1].text != "," or not (doc[start].lower_ in RESUMING_OPENERS or doc[start].tag_ == OPENING_QUOTE_TAG):
            continue
        end = child.right_edge.i
        while end > start and (doc[end].is_punct and not doc[end].is_quote):
            end -= 1
        if doc[end].idx + len(doc[end].text) - doc[start].idx > doc[last].idx + len(doc[last].text) - doc[first].idx:
            return start, end
        return first, last
    return first, last


def _coordinated_object_end(verb: Token, last: int) -> int:
    """The end of an object content ``..last`` carried on over a noun coordinated with it that the
    parse hung on the cue verb (`blamed the police or the council`)."""
    if not CARRY_COORDINATED_OBJECTS:
        return last
    conj = _coordination_after(verb, last, COORDINATING_WORDS | {"or"})
    if conj is None or conj.pos_ not in COORDINATED_NOUN_POS:
        return last
    end = _object_end(conj)
    if any(t.tag_ in FINITE_TAGS for t in verb.doc[last + 1 : end + 1]):
        return last  # a finite verb in it: the parse took a clause of the story for the noun's
    return end


def _speaker_after_quote(verb: Token) -> Token | None:
    """`"...," Ramos, 58, told AFP`: the name between a closing quotation and its cue when the parse
    gave the cue no subject of its own (it made the name a conjunct of the quoted clause)."""
    if any(child.dep_ in SUBJECT_DEPS for child in verb.children):
        return None
    doc = verb.doc
    start = verb.sent.start
    j = verb.i - 1
    while j > start and verb.i - j <= MAX_SPEAKER_AFTER_QUOTE_TOKENS and not doc[j].is_quote:
        j -= 1
    if j <= start or not doc[j].is_quote or doc[j - 1].text not in QUOTE_CLOSING_PUNCT or j + 1 >= verb.i:
        return None
    last = j + 1
    while last + 1 < verb.i and doc[last + 1].text not in SPEAKER_END_PUNCT:
        last += 1
    chunk = doc[j + 1 : last + 1]
    if chunk.root.pos_ not in ("PROPN", "NOUN", "PRON") or chunk.root.ent_type_ in NON_SPEAKER_LABELS:
        return None
    return chunk.root


def _speaker_after_inverted_cue(verb: Token, lex: CueLexicon) -> Token | None:
    """`"...," tweeted a supporter from Ohio` / `"..." wrote a reader calling himself X`: the animate noun
    phrase right after a cue that follows a closing quotation mark, when the parse gave the cue no
    subject (it made the speaker the cue's object or the subject of a clause after it)."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_quote or doc[verb.i - 1].tag_ != "''":
        return None
    last = min(len(doc), verb.i + 1 + MAX_INVERTED_SPEAKER_TOKENS)
    for j in range(verb.i + 1, last):
        token = doc[j]
        if token.pos_ in ("NOUN", "PROPN"):
            while (token.dep_ in INVERTED_SPEAKER_MODIFIER_DEPS and token.i < token.head.i < last
                   and token.head.pos_ in ("NOUN", "PROPN")):
                token = token.head
            if token.ent_type_ in NON_SPEAKER_LABELS or not animate(token, lex):
                return None
            return token
        if token.dep_ not in INVERTED_SPEAKER_MODIFIER_DEPS and token.pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return None


def _reported(doc: Doc, first: int, last: int, lex: CueLexicon, cue: int) -> tuple[int, int]:
    """A reported clause's character range, without a trailing aside of the reporter's when the
    clause follows its cue (before the cue, `..., Sun said`, the whole clause is the speaker's)."""
    if first < cue < last and doc[first].tag_ == "WDT" and first + 1 < cue:
        first = cue + 1  # `a strike that executives said could ...`: not the relative pronoun and the cue
    if TRIM_ASIDES and first > cue:
        last = aside_cut(doc, first, last, lex.speech_verbs)
    return trim_clause(doc, first, last)


def _verb_candidate(verb: Token, lex: CueLexicon) -> Candidate | None:
    """The statement a cue verb reports: its speaker, and its content by the first frame that fits
    (clause, infinitive, object, passive agent, answer pro-form, interrupted sentence, else bare)."""
    lemma = verb.lemma_.lower()
    doc = verb.doc
    if _quotes_as_saying(verb):
        return None  # `IRNA quoted Araghchi as saying X`: the statement is Araghchi's, cued by `saying`
    speaker = subject_of(verb, lex.stance_participles, lex.speech_verbs)
    if speaker is None and SPEECH_PARTICIPLES_NAME_THEIR_SOURCE and lex.verb_class.get(lemma) == "speech":
        speaker = _participle_source(verb, lex)
    if speaker is None and lemma in lex.speech_verbs:
        speaker = _subject_misattached_before(verb)
    speaker_span: tuple[int, int] | None = None
    if speaker is None and lex.verb_class.get(lemma) == "speech":
        speaker = _speaker_after_inverted_cue(verb, lex)
        if speaker is not None:  # the parse may hang the cue on the name: the span is the phrase after it
            speaker_span = (doc[verb.i + 1].idx, speaker.idx + len(speaker.text))
    if lemma in lex.clause_verbs and lex.verb_class.get(lemma) in INTERRUPTING_CLASSES:
        after_quote = _speaker_after_quote(verb)
        if after_quote is not None and (speaker is None or speaker.i < after_quote.i):
            speaker = after_quote
    cue = token_range(doc, verb.i, verb.i)
    # A particle belongs to the cue (`pointed out`).
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            cue = token_range(doc, verb.i, child.i)
    addressee = _addressee(verb, lex)
    content: tuple[int, int] | None = None
    frame = code = ""
    if lemma in lex.clause_verbs:
        clauses = _clause_children(verb, lemma in lex.speech_verbs)
        if clauses:
            child = clauses[0]
            first, last = child.left_edge.i, child.right_edge.i
            if child.i > verb.i:
                last = _coordinated_clause_end(verb, last, speaker, lex)
            elif RESUMED_SENTENCE_LONGER_SIDE:
                first, last = _longer_side(verb, first, last)
            content, frame, code = _reported(doc, first, last, lex, verb.i), "clause", "c"
    if content is None and lemma in lex.clause_verbs:
        clause = _clause_after_statement_noun(verb, lex)
        if clause is None and lemma in lex.speech_verbs:
            clause = _that_clause_on_object(verb)
        if clause is not None:
            content, frame, code = _reported(doc, clause.left_edge.i, clause.right_edge.i, lex, verb.i), "clause", "c"
    if content is None and lemma in lex.infinitive_verbs:
        for child in verb.children:
            if child.dep_ == "xcomp":
                first = _infinitive_subject_start(verb, child) if INFINITIVE_KEEPS_ITS_SUBJECT else child.left_edge.i
                content, frame, code = _reported(doc, first, child.right_edge.i, lex, verb.i), "infinitive", "x"
                break
    if content is None and lemma in lex.object_verbs:
        for child in verb.children:
            # An object that is a place makes the verb an action (`attacked Kharkiv`), not an attribution.
            if child.dep_ == "dobj" and child.pos_ in ("PROPN", "NOUN", "PRON") and child.tag_ not in ("WP", "WDT") and child.ent_type_ not in PLACE_LABELS:
                if speaker_span is not None and child.left_edge.i <= speaker.i <= child.right_edge.i:  # type: ignore[union-attr]
                    break  # `"...?" asked Mr. Smith`: the parse made the inverted speaker the object
                if child.lemma_.lower() in lex.content_nouns and _clause_on_light_verb(child, lex) is not None:
                    break  # `expressed hope on Monday that ...`: the noun reports the clause, not the verb the noun
                last = _object_end(child)
                # `called X a liar`, `described X as Y`, `accused X of Y`, `showed X ahead by 3`: what
                # follows the object as its predicate belongs to the content.
                for other in verb.children:
                    if other.i <= last or other.left_edge.i > last + 2 or other.dep_ not in OBJECT_PREDICATE_DEPS:
                        continue
                    if other.dep_ == "prep" and other.lower_ not in PREDICATE_PREPOSITIONS and not (
                            ADJACENT_PHRASES_JOIN and _completes(other, last, lex)):
                        continue  # `on Friday`, `in Ohio`: when and where, not what
                    if other.dep_ == "advmod" and not any(True for _ in other.children):
                        continue  # a bare adverb (`again`, `also`)
                    last = other.right_edge.i
                if child.i > verb.i:
                    last = _coordinated_object_end(verb, last)
                content, frame, code = _reported(doc, child.left_edge.i, last, lex, verb.i), "object", "o"
                break
    if content is None and lemma in lex.object_verbs and any(c.dep_ == "agent" for c in verb.children):
        # Passive: `the plan was criticized by Democrats` -> Democrats criticized the plan.
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if patient is not None and patient.tag_ not in ("WP", "WDT"):
            content, frame, code = trim_clause(doc, patient.left_edge.i, patient.right_edge.i), "object", "o"
    if content is None and lemma in lex.prep_frames:
        allowed = lex.prep_frames[lemma]
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in allowed:
                pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    last = _adjacent_phrases_end(verb, pobj.right_edge.i, lex) if ADJACENT_PHRASES_JOIN else pobj.right_edge.i
                    content, frame, code = trim_clause(doc, pobj.left_edge.i, last), "object", "p:" + child.lower_
                    break
            mark = next((g for g in child.children if g.dep_ == "mark" and g.lower_ in allowed and g.i < child.i), None)
            if child.dep_ in FOR_CLAUSE_DEPS and mark is not None and mark.i == child.left_edge.i:
                # `calling for the United States to step up ...`: the parser makes `for` the mark of
                # an infinitive clause; the clause after it is what was called for.
                content, frame, code = trim_clause(doc, mark.i + 1, child.right_edge.i), "object", "p:" + mark.lower_
                break
    if content is None and lemma in lex.clause_verbs:
        answer = next((c for c in verb.children if (c.dep_ in ANSWER_DEPS or (c.dep_ == "nsubj" and c.i > verb.i and (speaker is None or c.i != speaker.i)))
                       and c.lemma_.lower() in lex.answer_objects), None)  # `said the same of X`: parsed as a second subject
        if answer is not None:  # `half said so`, `72 percent said yes`, `a third said the same of Cruz`
            content, frame, code = subtree_range(answer), "answer", "a"
    if content is None and lemma in lex.clause_only_verbs:
        clause = _object_as_clause(verb)
        if clause is not None:
            content, frame, code = _reported(doc, clause[0], clause[1], lex, verb.i), "clause", "c"
    if content is None and lex.verb_class.get(lemma) in INTERRUPTING_CLASSES and verb.dep_ in INTERRUPTING_DEPS:
        content, frame = _interrupted_range(verb, speaker), "interrupted"
    if content is None and verb.pos_ == "ADJ" and lemma not in lex.verbs and not _before_colon(verb):
        return None  # `Clevelanders were nervous. "...," Link said`: a bare adjective takes no one's quotation
    if content is None:
        content, frame = (verb.idx, verb.idx), "bare"  # may still take a neighbouring quotation
    if speaker is None or _no_comment(doc, content, frame, lemma, lex) or _refused_comment(verb, lemma, lex):
        return None
    if not _class_admits(lemma, code, speaker, lex):
        return None
    relative = None
    clause = verb
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # "Sanders, who endorsed Canova and said ...": the relative clause's first verb
    if speaker.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
        relative = clause.head
    return Candidate(cue, speaker, content, frame, addressee, relative, speaker_span)


def _complement_clause(child: Token) -> bool:
    """A clause the verb takes as its complement (`said that X`, `wants him to go`, with a subject)."""
    return child.dep_ == "ccomp" or (child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX")
                                     and any(c.dep_ in SUBJECT_DEPS for c in child.children))


def _quoted(doc: Doc, first: int, last: int) -> bool:
    return any(t.is_quote for t in doc[first : last + 1])


def _clause_children(verb: Token, speech: bool) -> list[Token]:
    """The verb's complement clauses, the one it reports first. A clause after the verb comes before
    an unquoted one the parse hung on it from before its subject (`It is unlikely; his team says she
    will ...`, `While most agreed X, Barabak noted that Y`); a speech verb's subject-bearing adverbial
    clause after it with no subordinator is a complement the parser misread (`said after the
    convention he would not ...`)."""
    clauses = [c for c in verb.children if _complement_clause(c)]
    after = [c for c in clauses if c.i > verb.i]
    before = [c for c in clauses if c.i < verb.i]
    if (PREFER_CLAUSE_AFTER_CUE and after and before and not _quoted(verb.doc, before[0].left_edge.i, verb.i)
            and not _quoted(verb.doc, verb.i, after[0].left_edge.i)
            and not any(t.text == ":" for t in verb.doc[verb.i : after[0].left_edge.i])):
        return after + before  # not `X, she said: "..."`: the colon's quotation is told on its own
    if not clauses and speech and MISREAD_ADVERBIAL_COMPLEMENT:
        return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _opens_with_subject(c)][:1]
    return clauses


def _opens_with_subject(clause: Token) -> bool:
    """A finite clause whose subject comes first, past at most a time or place phrase, with no
    subordinator (`after the convention he would not ...`; not `when he announced ...`) and not set
    off by punctuation from the verb before it."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)
    if subject is None or clause.pos_ not in ("VERB", "AUX") or clause.doc[clause.left_edge.i - 1].is_punct:
        return False
    return all(c.dep_ in ("prep", "npadvmod") for c in clause.children if c.i < subject.i)


def _subject_misattached_before(verb: Token) -> Token | None:
    """`At a rally for Hillary Clinton, former president Bill Clinton said ...`: the parser made the name
    before a subject-less speech verb an apposition inside the opening phrase. The name directly before
    the verb, after a comma, whose phrase the parser hung elsewhere, is the verb's subject."""
    doc = verb.doc
    if verb.i == 0 or verb.i - 1 < verb.sent.start:
        return None
    name = doc[verb.i - 1]
    if name.pos_ not in ("PROPN", "NOUN") or name.dep_ not in MISATTACHED_SUBJECT_DEPS or name.head.i > name.i:
        return None
    first = name.i  # the words back to the comma must make one noun phrase (`her husband Karl Weber`)
    while first - 1 >= verb.sent.start and name.i - first < MAX_MISATTACHED_SUBJECT_TOKENS and (
            doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[first - 1].dep_ == "poss"):
        first -= 1
    if first - 1 < verb.sent.start or doc[first - 1].text != ",":
        return None
    return name


def _before_colon(token: Token) -> bool:
    """Whether a colon follows the word (`The governor was furious: "..."` announces what follows)."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == ":"


def _unattributed_candidate(verb: Token, lex: CueLexicon) -> Candidate | None:
    """`He was asked whether ...`, `the town is considered a likely site`: a curated cue verb in the
    passive without a `by`-agent reports what someone left unnamed says or thinks. Its complement
    after it is the content; the statement has no speaker (PolNeAR annotates these as attributions
    without a source)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in lex.unattributed_passives:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "nsubjpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return None
    doc = verb.doc
    as_only = verb.lemma_.lower() in lex.unattributed_as_only
    for child in children:
        if child.i < verb.i or (as_only and child.lower_ != "as"):
            continue
        if child.dep_ in UNATTRIBUTED_COMPLEMENT_DEPS:
            first, last = child.left_edge.i, child.right_edge.i
        elif child.dep_ == "prep" and child.lower_ in lex.unattributed_prepositions and child.right_edge.i > child.i:
            # What follows the preposition (`as a rubber stamp`; also `as close to X`, which the
            # parser gives no object).
            first, last = child.i + 1, child.right_edge.i
        else:
            continue
        content = _reported(doc, first, last, lex, verb.i)
        if _no_comment(doc, content, "infinitive" if child.dep_ == "xcomp" else "clause", verb.lemma_.lower(), lex):
            return None  # `was asked to comment`: a request for comment reports nothing
        return Candidate(token_range(doc, verb.i, verb.i), None, content, UNATTRIBUTED_FRAME)
    return None


def _participle_source(verb: Token, lex: CueLexicon) -> Token | None:
    """`released a statement saying ...`, `a letter stating ...`, `with 50 percent saying ...`: a speech
    participle modifying a noun reports what that noun's author says. A statement noun speaks for
    whoever issued it (the subject of an issuing verb it is the object of, else the noun itself); a person,
    a group, a share of a poll or a source noun speaks for itself (issue 13 item 4); on a gathering the parser
    hung it on (`entered the talks saying ...`), the doer of the verb governing the gathering speaks."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    noun = verb.head
    if noun.lemma_.lower() in lex.statement_nouns:
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.issuing_verbs:
            issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if issuer is not None:
                return issuer
        return noun
    if noun.ent_type_ in POLL_SHARE_LABELS or animate(noun, lex):
        return noun
    if (noun.lower_ in lex.occasion_nouns or noun.lemma_.lower() in lex.occasion_nouns) and noun.dep_ == "dobj":
        # `Iran entered the talks saying that ...`: the participle hung on a gathering is the doer's adjunct
        doer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if doer is not None and animate(doer, lex):
            return doer
    return None


def _infinitive_subject_start(verb: Token, clause: Token) -> int:
    """First token of an infinitive content with the one who is to act (`urged Congress to act`,
    `called on the administration to block the deal`): the object between the cue and the
    infinitive belongs to what was asked."""
    first = clause.left_edge.i
    for child in verb.children:
        if not verb.i < child.i < clause.i:
            continue
        if child.dep_ in INFINITIVE_SUBJECT_DEPS:
            first = min(first, child.left_edge.i)
        elif child.dep_ == "prep" and child.lower_ in INFINITIVE_SUBJECT_PREPOSITIONS:
            first = min(first, child.left_edge.i + 1) if child.right_edge.i > child.i else first
    return first


def _class_admits(lemma: str, code: str, speaker: Token, lex: CueLexicon) -> bool:
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


def _inanimate(token: Token, lex: CueLexicon) -> bool:
    """A speaker that is a thing: a common noun no lexicon knows as a person, group or source (`the
    trains pumped cool air`), or an entity of a thing's label. Pronouns and names are not (their
    referent decides; the speaker resolver follows them)."""
    if token.ent_type_ in THING_LABELS:
        return True
    return token.pos_ == "NOUN" and not animate(token, lex)


def _object_as_clause(verb: Token) -> tuple[int, int] | None:
    """`says the movement appeals to ...` parsed with `appeals` as the object of `says`: a clause-only
    verb with a long object after it reports the clause that object starts (first and last token); a
    short object (`said a prayer`) or a pronoun (`said nothing about X`) is not taken."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ == "PRON" or obj.right_edge.i - obj.left_edge.i + 1 < MIN_MISPARSED_CLAUSE_TOKENS:
        return None
    last = max([obj.right_edge.i, *(c.right_edge.i for c in verb.children if c.i > obj.i and c.dep_ != "punct")])
    return obj.left_edge.i, last


def _refused_comment(verb: Token, lemma: str, lex: CueLexicon) -> bool:
    """`declined to comment on the report`, `did not comment on it`: a comment verb refused or negated."""
    if lemma not in lex.no_comment_verbs:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.no_comment_refusals:
        return True
    return any(child.dep_ == "neg" and _negates(child, verb) for child in verb.children) and not any(
        child.dep_ == "ccomp" for child in verb.children)


def _negates(neg: Token, verb: Token) -> bool:
    """A negation of the verb's own clause (`did not respond`), not one the parse hung on it from a
    quotation before it (`"Absolutely not," Clinton responded`): no punctuation between them."""
    lo, hi = sorted((neg.i, verb.i))
    return not any(t.is_punct for t in verb.doc[lo + 1 : hi])


def _no_comment(doc: Doc, content: tuple[int, int], frame: str, lemma: str, lex: CueLexicon) -> bool:
    """Content that refuses or requests comment (`declined to comment`, `did not respond to requests for
    comment`, `said she could not comment`): a cue with it reports no statement."""
    if frame not in ("infinitive", "object", "clause"):
        return False
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    head = root.lemma_.lower()
    if frame == "clause":
        # `said she could not comment`: the speaker's own refusal; `said Trump has not replied to his
        # requests` reports someone else's silence, a statement of the speaker's.
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        return (head in lex.no_comment_verbs and any(c.dep_ == "neg" for c in root.children)
                and (subject is None or subject.pos_ == "PRON"))
    if frame == "infinitive":
        return head in lex.no_comment_verbs and not any(c.dep_ == "dobj" for c in root.children)
    if head == "comment":
        return lemma in lex.no_comment_refusals  # `declined comment`; `cited his comments` reports
    if head not in lex.no_comment_requests:
        return False
    return lemma in lex.no_comment_verbs or any(token.lemma_.lower() == "comment" for token in span)


def _source_candidate(prep: Token, second: Token, report_verbs: frozenset[str] = frozenset()) -> Candidate | None:
    """`according to X, ...` / `..., according to X`: X is the speaker, the host clause the content."""
    pobj = next((c for c in second.children if c.dep_ == "pobj"), None)
    if pobj is None and second.i != prep.i:
        pobj = object_fallback(second)  # `according to show insiders`: `show` parsed as a verb
    if pobj is None:
        return None
    host = prep.head
    doc = prep.doc
    opening = opening_phrase_clause(prep, pobj) if second.i != prep.i else None
    if opening is not None:  # `According to X, CLAUSE.` with CLAUSE parsed inside the phrase
        return Candidate(token_range(doc, prep.i, second.i), pobj, trim_clause(doc, *opening), "source")
    lo, hi = host.left_edge.i, host.right_edge.i
    plo, phi = prep.left_edge.i, prep.right_edge.i
    if phi < hi - 1 and plo > lo:
        # In the middle: take the longer side.
        before, after = (lo, plo - 1), (phi + 1, hi)
        first, last = before if (before[1] - before[0]) >= (after[1] - after[0]) else after
        if TRIM_ASIDES and (first, last) == after and (starts_aside(doc, phi + 1, hi) or (
                doc[phi + 1].text in ASIDE_DASHES and doc[plo - 1].text == ",")):
            # `X, according to Y, taking a step toward Z` / `X, according to Y - despite Z`: Z is the reporter's
            first, last = before
        if (first, last) == before and (start := closing_phrase_start(prep, host, report_verbs)) is not None:
            first = start  # `A would see B go up, according to X, more than ...`: hung on the inner clause
    elif plo <= lo:
        first, last = phi + 1, hi
    else:
        first, last = lo, plo - 1
        if SOURCE_CLOSING_TAKES_SENTENCE and _closes_sentence_after_comma(prep):
            first = prep.sent.start  # `A, and B, according to X.`: the parse hung `according to` on B
    if last < first:
        return None
    content = trim_clause(doc, first, last)
    cue = token_range(doc, prep.i, second.i)
    return Candidate(cue, pobj, content, "source")


def _closes_sentence_after_comma(prep: Token) -> bool:
    """`..., according to X.`: the source phrase follows a comma and only punctuation follows it."""
    doc = prep.doc
    first, last = prep.left_edge.i, prep.right_edge.i
    if first <= prep.sent.start or doc[first - 1].text != ",":
        return False
    return all(t.is_punct or t.is_space for t in doc[last + 1 : prep.sent.end])


def _noun_candidate(noun: Token, lex: CueLexicon) -> Candidate | None:
    """`his claim that ...`, `her decision to ...`, `Washington's call for X`: a content noun with a
    `that`-clause, an infinitive or (for ``for_nouns``) a `for` object; the speaker is its possessor."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _introduced(c)), None)
    if clause is None:
        clause = _clause_on_light_verb(noun, lex)
    if clause is None and noun.lemma_.lower() in lex.for_nouns:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > noun.i), None)
        clause = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if clause is None:
        return None
    owner = _noun_holder(noun, lex)
    if owner is None or clause.lemma_.lower() in lex.no_comment_verbs:
        return None  # `ignored requests for comment` reports nothing
    doc = noun.doc
    return Candidate(token_range(doc, noun.i, noun.i), owner, trim_clause(doc, clause.left_edge.i, clause.right_edge.i), "noun")


def _introduced(clause: Token) -> bool:
    """Whether a clause opens with `that` or is a `to`-infinitive (`the claim that ...`, `a plan to ...`)."""
    return any((m.dep_ == "mark" and m.lower_ == "that") or (m.dep_ == "aux" and m.lower_ == "to" and m.i < clause.i)
               for m in clause.children)


def _clause_on_light_verb(noun: Token, lex: CueLexicon) -> Token | None:
    """`expressed concern that ...`, `made the case to ...`: the parser hung the content noun's clause on
    the light verb whose object the noun is; the clause after the noun is the noun's content."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.light_verbs:
        return None
    return next((c for c in verb.children if c.i > noun.i and c.dep_ in LIGHT_VERB_CLAUSE_DEPS and _introduced(c)), None)


def _noun_holder(noun: Token, lex: CueLexicon) -> Token | None:
    """Who holds the view a content noun names: its possessor (`his criticism of X`), else the
    animate subject of the verb it is the object of (`X voiced concerns about Y`, `X renewed calls
    for Y`)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX"):
        subject = subject_of(noun.head)
        if subject is not None and animate(subject, lex):
            return subject
    return None


def _noun_frame_candidate(noun: Token, lex: CueLexicon) -> Candidate | None:
    """A mined noun frame (`criticism of X`, `opposition to X`, `supporters of X`): the prepositional
    object is the content; the holder is the noun's possessor or the subject of the verb taking it,
    or, for an animate noun (`supporters`, `critics`), the noun itself. Only animate holders count."""
    allowed = lex.prep_frames[noun.lemma_.lower()]
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in allowed and c.i > noun.i), None)
    pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if pobj is None:
        return None
    holder = _noun_holder(noun, lex) or _role_noun_holder(noun, lex) or (noun if animate(noun, lex) else None)
    if (holder is not None and noun.lemma_.lower() in lex.stance_nouns and holder.i != noun.i and noun.dep_ == "dobj"
            and not any(c.dep_ == "poss" for c in noun.children) and noun.head.lemma_.lower() not in lex.light_verbs | HOLDING_VERBS):
        return None  # `condemn the hatred of X`: the condemner holds no hatred; `voiced outrage over X` does
    if holder is None or not _class_admits(noun.lemma_.lower(), "p:" + prep.lower_, holder, lex):
        return None  # `requests for comment`: a request's object is no propositional content
    doc = noun.doc
    last = pobj.right_edge.i
    for other in [*prep.conjuncts, *noun.children]:  # `a supporter of NATO and of its allies`: both objects
        if (other.i > last and other.dep_ in ("prep", "conj") and other.lower_ == prep.lower_
                and any(t.dep_ == "cc" for t in doc[last + 1 : other.i])):
            last = other.right_edge.i
    return Candidate(token_range(doc, noun.i, noun.i), holder, trim_clause(doc, pobj.left_edge.i, last), "noun")


def _role_noun_holder(noun: Token, lex: CueLexicon) -> Token | None:
    """Who a role noun of a frame describes (issue 13 item 8): the subject of the copula it is the
    predicate of (`Clinton has been a supporter of NATO`, `Kaine is an opponent of X`) or the name it
    is an apposition of (`Smith, a critic of the plan,`), when that is animate."""
    if not ROLE_NOUNS_NAME_THEIR_HOLDER:
        return None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holder = subject_of(noun.head)
    elif noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN", "PRON"):
        holder = noun.head
    else:
        return None
    return holder if holder is not None and holder.tag_ not in RELATIVE_TAGS and animate(holder, lex) else None


def _poll_candidate(poll: Token) -> Candidate | None:
    """`In a new poll released Monday, Smith leads Jones 48 to 41`: a poll named by an `in` phrase that
    opens its clause, set off by a comma, is the source of the clause (inside a clause, `a lead in the
    polls` reports no finding)."""
    prep = poll.head
    if poll.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    doc = poll.doc
    after = prep.right_edge.i + 1
    if prep.i != prep.head.left_edge.i or after >= len(doc) or doc[after].text != ",":
        return None
    return _source_candidate(prep, prep)


def _age_noun(token: Token) -> bool:
    """`said the 46-year-old`: an age standing for a person (the model labels it a DATE)."""
    doc = token.doc
    return token.lower_ == "old" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in AGE_UNITS


def _plausible_indices(doc: Doc, lex: CueLexicon, first_words: dict[str, str]) -> list[int]:
    """Indices, in text order, of the tokens ``find_candidates`` can take: verbs, adjectives and nouns
    whose lower-cased lemma is a cue or content noun, and first words of source prepositions; found
    over the Doc's arrays so Python skips every other token."""
    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    values = doc.to_array(["LEMMA", "LOWER"])
    tagged = indices_with(doc, "POS", CUE_POS)
    lemma_ids = values[tagged, 0]
    verbs, frames, nouns, polls = lex.verbs, lex.prep_frames, lex.content_nouns, lex.poll_nouns
    passives = lex.unattributed_passives
    cue_lemmas = {int(h) for h in np.unique(lemma_ids) if (lemma := strings[int(h)].lower()) in verbs or lemma in frames
                  or lemma in nouns or lemma in polls or lemma in passives}
    mask = np.zeros(len(doc), dtype=bool)
    mask[[i for i, h in zip(tagged, lemma_ids.tolist()) if h in cue_lemmas]] = True
    mask |= np.isin(values[:, 1], np.array([strings[word] for word in first_words], dtype=np.uint64))
    return np.flatnonzero(mask).tolist()


def find_candidates(doc: Doc, lex: CueLexicon) -> list[Candidate]:
    """Every cue candidate of the doc, in token order (one pass over the plausible tokens)."""
    verbs = lex.verbs
    first_words = {first: second for first, second in lex.source_prepositions}
    found: list[Candidate] = []
    for i in _plausible_indices(doc, lex, first_words):
        token = doc[i]
        candidate: Candidate | None = None
        if token.pos_ in ("VERB", "AUX", "ADJ") and token.lemma_.lower() in verbs or token.lemma_.lower() in lex.prep_frames and token.pos_ in ("VERB", "ADJ"):
            candidate = _verb_candidate(token, lex)
        elif token.lower_ in first_words and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == first_words[token.lower_]:
            candidate = _source_candidate(token, doc[token.i + 1], lex.speech_verbs)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in lex.content_nouns:
            candidate = _noun_candidate(token, lex)
        if candidate is None and token.pos_ == "NOUN" and token.lemma_.lower() in lex.prep_frames:
            candidate = _noun_frame_candidate(token, lex)
        if candidate is None and token.pos_ == "NOUN" and token.lower_ in lex.poll_nouns:
            candidate = _poll_candidate(token)
        if candidate is None and token.pos_ in ("VERB", "AUX"):
            candidate = _unattributed_candidate(token, lex)
        if candidate is None:
            continue
        if candidate.speaker is None:
            if candidate.frame == UNATTRIBUTED_FRAME:
                found.append(candidate)
        elif candidate.speaker.ent_type_ not in NON_SPEAKER_LABELS or _age_noun(candidate.speaker):
            found.append(candidate)
    return found
