"""Article-wide dedupe of event candidates: one event per act told, in a sentence and across the article.

Two mentions of one type, parties and complement in a sentence are one event (the named, more specific one
is kept); an unnamed doer's event is kept only when reported as an act; a demanded or future mention never
stands for a later asserted one; and a later re-mention ("the talks", "Yesterday's meeting", "Modi's visit",
"the stabbings in Eastbrook", a headline restating its lead, a person's act told again with its verb:
``retold``) becomes a mention of the act it names again rather than a new event.

A definite noun naming the act's states in its own phrase ("the talks between Chile and Peru"), one counted in
an ordinal round the earlier act was told as ("the third session of talks"), one naming again an act its own sentence
told, and a host or mediator of talks the sentence tells ("talks mediated by Norway") are mentions too; so are a noun
describing a told occasion through "as" ("Billed as a summit, the meeting ..."), a passive verb telling an act again on
the thing it was done to ("Lima called off the summit" ... "aides said the summit had been called off") and the one
round a story counts told with its ordinal ("the envoys began the sixth session of negotiations"). Session 21 (multi-outlet reports): these fired 4, right 4 (190 events to
186); on PolNeAR train seeds 210191 (intl 25), 210193 (intl 25), 210194 (40) and 210195 (intl 40) they fired on none.

A possessive noun names its doer however the parse hangs the possessor (a common noun, "the navy's apology"; a name tagged
as a noun or left as a modifier before a bare apostrophe): a mention when that word is among the earlier act's doers, its
code (if any) theirs, no other day told, and no person in its "of"/"on" phrase that the earlier sentence does not name.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import ActorRef
from accord.stages.base import ArticleState
from accord.stages.dates.attachment import to_event_date
from accord.stages.events.actor_backoff import mentioned_countries
from accord.stages.events.candidate import Candidate
from accord.stages.events.modality import sequel_of
from accord.stages.events.named_doers import performed_by_named_party, setting_of_subjects_act
from accord.stages.events.occurrence import LOCATIVE_PREPS, acts_on_one_new_party, own_particulars, told_as_placed
from accord.stages.events.predication import done_gerund_governor, is_finite, is_question, is_told_participle
from accord.stages.events.references import event_noun_types, has_definite_determiner, told_as_known
from accord.stages.events.retold import (DETAIL_LABELS, FIRST_PERSON, OTHER_WORDS_SENTENCES, PARTICIPANTS_RETOLD_SENTENCES,
                                         QUOTE_RESTATEMENT_SENTENCES, REPEAT_ADVERBS, People,
                                         acts_on_doer, clauses_differ, same_people,
                                         done_by_another, fold_headlines, performs_in_quote, quotes_told_act,
                                         re_mention_subject, retells, retells_by_its_participants, retells_in_other_words,
                                         retells_on_its_day,
                                         TOLL_SENTENCES, TOLL_TYPES, setting_occasion, swaps_roles, told_again, told_of_re_mention,
                                         tolls_told_attack, venues)
from accord.stages.gazetteer import find_country
from accord.stages.grammar import PLACE_LABELS, STATE_ENTITY_LABELS, SUBJECT_DEPS, TIME_LABELS, VERB_POS, entities_in, entity_at
from accord.stages.statements import statement_covering

# Entity types that make a mention more specific than a duplicate of it in the same sentence.
SPECIFIC_ENTITY_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "ORG"})
# Clause links of a verb that modifies a noun: the form of a re-mention ("the leader, who was killed ...").
RE_MENTION_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Assertions of events that a timeline or count shows: a mention of one is never shadowed by a demanded,
# hypothetical or future mention of the same act (the article-wide dedupe keeps them apart).
REPORTED_ASSERTIONS = frozenset({"asserted", "historical"})
# The link of a sentence's main verb: the one mention of an act whose modality outranks an aim beside it.
MAIN_CLAUSE_DEP = "ROOT"
# Statement kinds whose content is the speaker's own words.
QUOTED_KINDS = frozenset({"direct", "mixed"})
# Modes that make an act another kind than the rest of its type: "the investigation" is no mention of a rebuke
# ("blasted", both ACCUSE). ACCUSE's other modes are not kept apart: "Cruz's charges" (allege) tells again that
# Cruz "blasted" (disapprove) his rival (PolNeAR train seed 91604).
DISTINCT_MODES = frozenset({"investigate"})
# Entity kinds whose mentions keep two acts of one type and code in a sentence apart when each names one the
# other lacks: "Senator Ames faulted the rules, which a Justice Department review had called lax" tells two
# accusations, not one, though both code USA (session 15, PolNeAR train seed 150141).
SLOT_ENTITY_KINDS = frozenset({"person", "organisation"})
# Of those, the kinds found by the entity mention a participant is, not only by the entity it carries: a
# person found so would join the done act "donated" to the wish "wanted to make a donation" told of the same
# man, and the wish would be kept in its place (PolNeAR train seed 150143); persons count as they always did.
MENTION_SLOT_KINDS = frozenset({"organisation"})
# Verbs, their links to the noun and their subjects that say what a just-told act was: "This was the third session of
# discussions", "It marks a first round" (an ordinal round named so needs no ordinal in the earlier sentence).
IDENTIFYING_VERBS = frozenset({"be", "mark"})
IDENTIFIED_DEPS = frozenset({"attr", "dobj"})
IDENTIFYING_SUBJECTS = frozenset({"this", "that", "it"})
# The tag of a plural common noun ("rounds": several sessions, no one meeting).
PLURAL_TAG = "NNS"
# The tag of a number word used as an ordinal ("the second round": JJ; a cardinal is CD).
ORDINAL_TAG = "JJ"
# Links of the event noun a hosting or mediating verb takes: "The talks were mediated by ...", "Norway hosted the talks".
CONVENED_DEPS = frozenset({"nsubjpass", "dobj"})
# Links of a participle with no subject of its own that tells how the act of the clause it hangs on was held ("The
# opening session ended in Lima, mediated by Norway"): no occasion of its own.
MANNER_PARTICIPLE_DEPS = frozenset({"advcl", "acl"})
# Parties a bare (indefinite) convened noun must name to stand for talks already told ("who mediated talks between Chile
# and Peru"): both sides; one party alone ("hosted talks with Iran") may be any other round.
TOLD_TALKS_PARTIES = 2
# The tag of the hyphen inside a compound word ("four-hour").
HYPHEN_TAG = "HYPH"
# Tags of a verb told in the past ("held"), and of a participle that "have" makes a past ("have held").
PAST_TAG = "VBD"
PARTICIPLE_TAG = "VBN"
# Prepositions of direction: a place they govern is where a party went or came from, not a venue.
DIRECTIONAL_PREPS = frozenset({"to", "into", "toward", "towards", "from"})
# Prepositions of a span of time an act is ranked over ("the first talks in years", "since 2018"); "since" always
# opens a span, "in" only with a plural or indefinite period ("in decades", "in a decade"; not "in March").
SPAN_PREPS = frozenset({"in", "since"})
SINCE_PREP = "since"
# Characters of a date value that name its month ("2025-02" of "2025-02-27").
MONTH_CHARS = 7
# Types of a meeting, which a story tells again in other words with its parties ("X met Y on Saturday" ... "X held talks
# with Y", "Y received X", "the negotiations with X were held"): ``_retells_meeting``.
MEETING_TYPES = frozenset({"CONSULT"})
# Coded parties a later meeting must name, all among the earlier one's, to be that meeting told again: both sides. One
# party alone ("Witkoff also met his aides") may be any other meeting of his (multi-outlet reports, session 19).
MEETING_RETOLD_PARTIES = 2
# The mode of a trip (CONSULT "visit": "traveled to", "arrived in"): the talks held on it are another act.
VISIT_MODE = "visit"
# Determiners that introduce an occasion not told yet ("held a technical meeting", "a meeting of experts").
INDEFINITE_DETERMINERS = frozenset({"a", "an"})
# The preposition by which a participle describes a noun as an occasion ("Billed as a summit, the meeting ...").
DESCRIBING_PREP = "as"
# Parts of speech of a possessor naming a party: a name, or a noun (the parse tags "Ames' apology" so, and "the
# army's raid" names its doer too); ``_did_earlier`` wants its word among the earlier act's doers.
POSSESSOR_POS = frozenset({"PROPN", "NOUN"})
# The apostrophe alone after a name ending in "s", which the parse sometimes leaves as punctuation beside the name
# ("Ames’ rebuke": the name an nmod of the noun, not its poss).
BARE_POSSESSIVE_MARKS = frozenset({"'", "’"})
# Prepositions by which an event noun names whom its act was done to ("her praise of Ames", "his attack on Brandt").
TARGET_PREPS = frozenset({"of", "on", "for", "against", "to", "with"})
# The entity label of a person's name, and the part of speech of a name the model leaves untagged ("Ames line").
PERSON_LABEL = "PERSON"
NAME_POS = "PROPN"
# Links of a place name set before an event noun as its venue ("the Tampere attack", "the Tampere killings"): such a
# noun is placed as "the attack in Tampere" is (``_own_places``).
PLACE_MODIFIER_DEPS = frozenset({"compound", "nmod"})
# Object pronouns of a verb that stand for the object of the verb it is coordinated with ("denied the report and
# rejected it"): one act told twice in a sentence, not an act on a thing of its own (issue 14; seen on PolNeAR train
# seed 230111, invented tests only since).
PARTNER_OBJECT_PRONOUNS = frozenset({"it", "this", "that"})


def _ordinal(token: Token) -> bool:
    """Whether a word counts occasions in order ("second", "3rd"): the model's ORDINAL, or a number word tagged as an
    adjective (the model leaves "the second round" untagged at times; "two" is a cardinal, CD)."""
    return token.ent_type_ == "ORDINAL" or (token.like_num and token.tag_ == ORDINAL_TAG)


def _duration(modifier: Token) -> bool:
    """Whether a noun's modifier tells how long its act lasted, a time written as one hyphenated word with a number ("the
    four-hour meeting", "a two-day visit", "the 90-minute call"): a length, not a day or a count of occasions."""
    words = list(modifier.subtree)
    return modifier.ent_type_ in TIME_LABELS and any(t.tag_ == HYPHEN_TAG for t in words) and any(t.like_num for t in words)


def _directed(token: Token) -> bool:
    """Whether a word's nearest preposition is one of direction ("to Lima", "from Quito"): a destination or an
    origin, not where an act took place."""
    prep = next((a for a in token.ancestors if a.dep_ == "prep"), None)
    return prep is not None and prep.lower_ in DIRECTIONAL_PREPS


def _span_of_time(prep: Token) -> bool:
    """Whether a preposition phrase tells a span of time an act is ranked over ("in years", "in a decade", "since
    2018"), not the time of an occasion ("in March", "in 2019")."""
    if prep.dep_ != "prep" or prep.lower_ not in SPAN_PREPS:
        return False
    objects = [g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
    if prep.lower_ == SINCE_PREP:
        return bool(objects)
    return any(g.tag_ == PLURAL_TAG or any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in g.children)
               for g in objects)


def _first_in_span(noun: Token) -> set[int]:
    """The words ranking an event noun over a span of time: an ordinal beside it and the span ("the first such talks
    in years"), or an ordinal in apposition with its span ("the talks, the first in years"). They say how rare the
    act is, not that it is another occasion; empty when there is no span."""
    ranked: set[int] = set()
    spans = [c for c in noun.children if _span_of_time(c)]
    ordinals = [c for c in noun.children if c.dep_ == "amod" and _ordinal(c)]
    if spans and ordinals:
        ranked |= {t.i for c in spans + ordinals for t in c.subtree}
    # the apposition may hang on a word inside the noun's clause ("the talks, which were held on Saturday, the first
    # in decades", parsed onto the day)
    for appos in (t for t in noun.subtree if t.dep_ == "appos" and t.i != noun.i):
        if (_ordinal(appos) or any(c.dep_ == "amod" and _ordinal(c) for c in appos.children)) \
                and any(_span_of_time(c) for c in appos.children):
            ranked |= {t.i for t in appos.subtree}
    return ranked


def _identified(noun: Token) -> bool:
    """Whether a noun is what a demonstrative or pronoun subject is said to be ("This was the third session",
    "It marks a first round"): the act just told, named."""
    verb = noun.head
    return noun.dep_ in IDENTIFIED_DEPS and verb.lemma_.lower() in IDENTIFYING_VERBS and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in IDENTIFYING_SUBJECTS for c in verb.children)


def _direct_object(verb: Token) -> Token | None:
    """A verb's own direct object, if it has one."""
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _tells_partner_object(verb: Token) -> bool:
    """Whether a verb's pronoun object stands for its coordinated partner's object ("dismissed the demand and refused
    it"): not when the verb has a doer of its own ("Ruritania condemned the raid and Freedonia condemned it"), nor
    when the partner's object is coordinated with a noun, often that doer misread ("the raid and Freedonia")."""
    own = _direct_object(verb)
    if own is None or own.lower_ not in PARTNER_OBJECT_PRONOUNS or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    partners = [_direct_object(t) for t in verb.conjuncts]
    return not any(o is not None and any(c.dep_ == "conj" for c in o.children) for o in partners)


def _share_partner_complements(candidates: list[Candidate]) -> None:
    """Give a verb whose object is a pronoun for its coordinated partner's object ("dismissed the demand and refused
    it") the complement the partner's act of its type was told with: the same act on the same thing, so the
    sentence's dedupe keeps one."""
    told = {(c.trigger.token.i, c.type): c.complement_key for c in candidates if c.complement_key}
    for cand in candidates:
        token = cand.trigger.token
        if cand.trigger.pos != "verb" or cand.complement_key or not _tells_partner_object(token):
            continue
        key = next((told[(t.i, cand.type)] for t in token.conjuncts if (t.i, cand.type) in told), None)
        if key is not None:
            cand.complement_key = key


class CandidateDedupe:
    """Drops duplicate candidates and folds re-mentions into the act they name again; one per article."""

    def __init__(self, state: ArticleState, sentence_of: list[SpacySpan], part_verbs: frozenset[str],
                 participle_types: frozenset[str] = frozenset(), recurrence_words: frozenset[str] = frozenset(),
                 filed_nouns: frozenset[str] = frozenset(), occasion_words: frozenset[str] = frozenset(),
                 formalizing_verbs: frozenset[str] = frozenset(), claim_nouns: frozenset[str] = frozenset(),
                 gathering_types: frozenset[str] = frozenset(), convening_verbs: frozenset[str] = frozenset(),
                 own_object_types: frozenset[str] = frozenset(), sequel_phrases: tuple[str, ...] = (),
                 holding_verbs: frozenset[str] = frozenset(), round_nouns: frozenset[str] = frozenset(),
                 setting_preps: frozenset[str] = frozenset(), done_gerund_preps: frozenset[str] = frozenset(),
                 performative_adjectives: frozenset[str] = frozenset()) -> None:
        self.state = state
        self._performative_adjectives = performative_adjectives
        self._done_gerund_preps = done_gerund_preps
        self._setting_preps = setting_preps
        self._holding_verbs = holding_verbs
        self._round_nouns = round_nouns
        self._sequel_phrases = list(sequel_phrases)
        self._own_object_types = own_object_types
        self._convening_verbs = convening_verbs
        self._claim_nouns = claim_nouns
        self._gathering_types = gathering_types
        self._occasion_words = occasion_words
        self._formalizing_verbs = formalizing_verbs
        self._filed_nouns = filed_nouns
        self._recurrence_words = recurrence_words
        self._participle_types = participle_types
        self._sentence_of = sentence_of
        self._part_verbs = part_verbs
        self._person_entities: frozenset[str] | None = None
        self._party_entities: dict[int, str] | None = None
        self._sentence_numbers: dict[int, int] | None = None
        self._sole_ordinals: frozenset[int] | None = None

    def _is_re_mention_form(self, cand: Candidate) -> bool:
        """A definite event noun ("the talks", "its decision", "Modi's visit") or a verb in a modifier clause
        ("the leader, who was killed ..."): the forms in which a story names again an act it has told. A named
        possessor is the act's doer, not a detail of its own (``drop_re_mentions`` checks it did the earlier act);
        a word of recurrence ("the annual talks") names no occasion."""
        token = cand.trigger.token
        possessor = self._named_possessor(cand)
        skipped = {t.i for t in possessor.subtree} if possessor is not None else set()
        # a person taking part is no detail of the occasion ("his talks with Zelenskyy", the name tagged as a place):
        # ``drop_re_mentions`` checks that the person took part in the earlier act
        persons = self._persons()
        skipped |= {t.i for ref in cand.actors + cand.recipients if ref.entity in persons
                    for t in token.subtree if ref.start <= t.idx < ref.end}
        # a coded party in the noun's own phrase ("the talks between Chile and Peru") is a party of the act, not a
        # detail: ``drop_re_mentions`` then wants every such code among the earlier act's (``_phrase_parties``)
        skipped |= {t.i for ref in self._phrase_parties(cand) for t in token.subtree if ref.start <= t.idx < ref.end}
        # how long the act lasted is no other occasion ("praised the three-hour session")
        skipped |= {t.i for c in token.children if _duration(c) for t in c.subtree}
        # nor is a rank over a span of time ("the first such talks in years", "the talks, the first in a decade"), nor
        # the day or length a clause on the noun tells ("the talks, which lasted two hours"): the act's particulars
        skipped |= _first_in_span(token) | {t.i for c in token.children if c.dep_ == "relcl"
                                            for t in c.subtree if t.ent_type_ in TIME_LABELS}
        if self._specificity(cand, skipped, own_details=True) or any(
                (t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY")) and t.i not in skipped for t in token.subtree):
            return False  # a date, place, party or count of its own: a new act ("the killing of 33 militants")
        if cand.trigger.pos == "noun" and acts_on_one_new_party(token):
            return False  # a party introduced with "a": a new act ("the arrest of an opposition lawmaker")
        if cand.trigger.pos == "noun":
            counted = self._round_of(token)
            if counted is not None and any(
                    (c.lower_ in self._occasion_words or c.like_num or c.ent_type_ in ("CARDINAL", "QUANTITY"))
                    and not _ordinal(c) for c in counted.children):
                return False  # "the next round of talks", "the first two rounds": another session, or several
            return possessor is not None or told_as_known(token) or (counted is not None and told_as_known(counted))
        return token.dep_ in RE_MENTION_CLAUSE_DEPS

    def _names_within(self, cand: Candidate, earlier: Candidate) -> bool:
        """Whether a definite event noun names again an act told before it in its own sentence ("Chile and Peru ended
        their talks, with Lima calling the discussions useful"): a noun with a determiner whose own parties are all
        among the act's codes (the sentence dedupe keeps it apart when it codes fewer parties)."""
        if cand.trigger.pos != "noun" or not has_definite_determiner(cand.trigger.token):
            return False
        codes = {a.code for a in earlier.actors + earlier.recipients if a.code}
        return bool(codes) and {a.code for a in self._own_parties(cand) if a.code} <= codes

    def _round_of(self, noun: Token) -> Token | None:
        """The round an event noun is counted in ("the second round of talks", ``round_nouns``), else None."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in self._round_nouns:
            return noun.head.head
        return None

    def _phrase_parties(self, cand: Candidate) -> list[ActorRef]:
        """The coded parties other than persons an event noun's own phrase names ("the talks between Chile and
        Peru", "the third session of Chilean-Peruvian talks"): each must be a party of the act it names again."""
        if cand.trigger.pos != "noun" or cand.unnamed:
            return []
        persons = self._persons()
        token = cand.trigger.token
        # a name compounded on the noun may be its venue, not a party ("the Oman talks", "the Geneva accord")
        venues_at = {t.idx for c in token.children if c.dep_ == "compound" for t in c.subtree}
        # the named words that would make the noun a new act's (``_specificity``): those beside it or after its preposition
        near = [t for t in list(token.children) + [g for c in token.children if c.dep_ == "prep" for g in c.children]
                if t.ent_type_ in SPECIFIC_ENTITY_LABELS]
        named = [ref for ref in self._own_parties(cand) if ref.code and ref.entity not in persons and ref.start not in venues_at]
        standing = [t for t in near if any(ref.start <= t.idx < ref.end for ref in named)]
        # all of them, once a state stands there ("between Chile and Peru": Chile beside, its conjunct
        # further); an organisation's code is only its country ("the GOP proposals" are not Clinton's, both USA)
        return named if standing and all(t.ent_type_ in STATE_ENTITY_LABELS for t in standing) else []

    def _same_round(self, cand: Candidate, earlier: Candidate) -> bool:
        """Whether a mention counted in an ordinal round ("the second round of talks") names the round an earlier act
        was told as: its ordinal among the earlier sentence's ordinals, when it names any ("opened a third session ... the
        third session of talks went on"), or the mention is what a demonstrative subject is ("This was the third session
        of discussions"); when the earlier sentence names no round, the mention's sentence names no time it does not. "The
        first session had met in Lima in March" after the third, or after an arrival, stays apart."""
        counted = self._round_of(cand.trigger.token) if cand.trigger.pos == "noun" else None
        if counted is None:
            return True
        ordinals = {c.lower_ for c in counted.children if _ordinal(c)}
        told = {t.lower_ for t in self._sentence_of[earlier.trigger.token.i] if _ordinal(t)}
        if told:
            return ordinals <= told or _identified(counted)
        return _identified(counted) or self._no_other_time(earlier, cand)

    @staticmethod
    def _same_mode(cand: Candidate, earlier: Candidate) -> bool:
        """Whether a mention known only by its place or a day its sentence names is of the earlier act's kind: such a
        match is weak evidence, and "the crackdown in Lagos" (a restriction) is not a man "detained ... in Lagos" (an
        arrest); a mode missing on either side says nothing."""
        return not (cand.mode and earlier.mode and cand.mode != earlier.mode)

    @staticmethod
    def _other_kind(cand: Candidate, earlier: Candidate) -> bool:
        """Whether a mention and an earlier act of one type are of kinds kept apart (``DISTINCT_MODES``)."""
        return cand.mode != earlier.mode and bool({cand.mode, earlier.mode} & DISTINCT_MODES)

    def _quoted(self, cand: Candidate) -> bool:
        """Whether a candidate is in a direct quote: a speaker repeating a verb lists acts ("She has worked for our
        farmers. She has worked for our schools."), it does not tell one again."""
        token = cand.trigger.token
        found = statement_covering(self.state, token.idx, token.idx + len(token))
        return found is not None and found.kind in QUOTED_KINDS

    def _sentence_number(self, cand: Candidate) -> int:
        """The ordinal of a candidate's sentence in the article (computed once per article)."""
        if self._sentence_numbers is None:
            self._sentence_numbers = {start: n for n, start in enumerate(dict.fromkeys(s.start for s in self._sentence_of))}
        return self._sentence_numbers[self._sentence_of[cand.trigger.token.i].start]

    def _last_told_sentence(self, cand: Candidate) -> int:
        """The ordinal of the last sentence telling a kept act: its trigger's, or a later mention's."""
        numbered = self._sentence_number(cand)  # fills the table
        numbers = self._sentence_numbers or {}
        return max([numbered] + [numbers[self._sentence_of[m[0].i].start] for m in cand.re_mentions if m])

    def _told_words(self, cand: Candidate) -> set[str]:
        """The lower-cased words of the sentences telling a kept act and its mentions."""
        starts = {self._sentence_of[cand.trigger.token.i].start} | {self._sentence_of[m[0].i].start for m in cand.re_mentions if m}
        return {t.lower_ for start in starts for t in self._sentence_of[start]}

    def _persons(self) -> frozenset[str]:
        """The ids of the article's person entities."""
        if self._person_entities is None:
            self._person_entities = frozenset(e.id for e in self.state.entities if e.kind == "person")
        return self._person_entities

    def _names_another_person(self, cand: Candidate, earlier: Candidate, told_again: bool = False) -> bool:
        """Whether a mention names a person of its own who took no part in the earlier act: "the meeting with
        Sergei Lavrov" is another meeting than "Trump met Vladimir Putin", though both code RUS. A participant is known
        by its entity, its words or the name it resolves to ("he" told of Trump: "Trump's criticism" is his). With
        ``told_again`` (a noun told as known, "her attack on Ames"), a person the earlier act's sentence names is known
        too when that act names no person it was done to ("Lopez praised the Daily Ledger's reporter Ames" coded on
        the paper): the mention then only names its target, which the earlier act left uncoded."""
        persons = self._persons()
        known = earlier.actors + earlier.recipients
        entities = {a.entity for a in known if a.entity}
        words = {w.strip("'’").lower() for a in known for w in f"{a.text} {a.name or ''}".split()}
        if told_again and not any(r.entity in persons for r in earlier.recipients):
            words |= {t.lower_ for t in self._sentence_of[earlier.trigger.token.i] if t.ent_type_ == PERSON_LABEL or t.pos_ == NAME_POS}
        return any(a.entity in persons and a.entity not in entities
                   and a.text.split()[-1].strip("'’").lower() not in words for a in self._own_parties(cand))

    @staticmethod
    def _possessor_side(cand: Candidate, possessor: Token, earlier: Candidate) -> bool:
        """Whether the code a possessor was given is one of the earlier act's doers' ("the Peruvian navy's apology"
        is not "Chile's navy apologized", though both doers are a navy); a possessor with no code says nothing."""
        words = {t.idx for t in possessor.subtree}
        codes = {a.code for a in cand.actors if a.code and any(a.start <= i < a.end for i in words)}
        return not codes or bool(codes & {a.code for a in earlier.actors if a.code})

    def _same_day(self, cand: Candidate, earlier: Candidate) -> bool:
        """Whether a possessive mention's clause and the earlier act tell no two different days ("Lopez's apology was
        read out on Friday" after "Lopez apologized on Tuesday" may be a second one); either without a day agrees."""
        days, told = self._clause_days(cand), self._clause_days(earlier)
        return not days or not told or bool(days & told)

    def _targets_another_person(self, cand: Candidate, earlier: Candidate) -> bool:
        """Whether a possessive event noun names in its own phrase a person the earlier act's sentence does not
        ("Lopez endorsed Ames ..." then "Lopez's endorsement of Brandt"): a second act of that doer on another person,
        though the parse gave the noun no party for that person (``_names_another_person`` sees only parties)."""
        token = cand.trigger.token
        if cand.trigger.pos != "noun" or not any(c.dep_ == "poss" for c in token.children):
            return False
        told = {t.lower_ for t in self._sentence_of[earlier.trigger.token.i]}
        told |= {w.strip("'’").lower() for a in earlier.actors + earlier.recipients for w in (a.name or "").split()}
        return any(t.ent_type_ == PERSON_LABEL and t.lower_ not in told for c in token.children
                   if c.dep_ == "prep" and c.lower_ in TARGET_PREPS for t in c.subtree)

    @staticmethod
    def _named_possessor(cand: Candidate) -> Token | None:
        """The named party an event noun is told as done by ("Modi's visit", "Yue's proposal"), not a day
        ("Tuesday's attack", read by the dated form) nor a pronoun ("its decision", a definite form of its own).
        A noun possessor names its doer too ("the army's raid"; the parse also tags names so, "Ames' apology"), and so
        does a name the parse hangs as a modifier with the bare apostrophe after it ("Ames’ rebuke", nmod):
        ``_did_earlier`` then wants that word among the earlier act's doers.
        Hand audit (session 8): PolNeAR train seed 20261283 fired 2, right 1 ("Yue's proposal"), wrong 1 ("receiving
        Sanders' endorsement": other candidates than those he endorsed that day); VOA dev fired 2, right 2."""
        if cand.trigger.pos != "noun":
            return None
        token = cand.trigger.token
        for c in token.children:
            if c.ent_type_ in TIME_LABELS or c.i > token.i:
                continue
            if c.dep_ == "poss" and c.pos_ in POSSESSOR_POS:
                return c
            if c.dep_ == "nmod" and c.pos_ in POSSESSOR_POS and c.i + 1 < len(c.doc) and c.nbor(1).lower_ in BARE_POSSESSIVE_MARKS:
                return c
        return None

    @staticmethod
    def _same_content(cand: Candidate, earlier: Candidate) -> bool:
        """Whether a possessive mention says no other content than the earlier act: "Colombia's bottom line is an
        end to the smuggling" is a demand of its own after "Colombia says Venezuela must expel the rebels"."""
        if cand.complement_key and cand.complement_key != earlier.complement_key:
            return False
        token = cand.trigger.token
        return not (token.dep_ in SUBJECT_DEPS and token.head.lemma_ == "be" and any(c.dep_ == "attr" for c in token.head.children))

    @staticmethod
    def _did_earlier(possessor: Token, earlier: Candidate) -> bool:
        """Whether the party a possessive re-mention names is a doer of the earlier act: by its name's last word
        among the doer's words or the name a pronoun doer resolves to ("Modi's visit" after "Indian Prime Minister
        Narendra Modi arrived ...", "Trump's criticism" after "he criticized ..." said of Trump)."""
        name = possessor.text.lower()
        return any(name in {w.strip("'’").lower() for w in f"{actor.text} {actor.name or ''}".split()} for actor in earlier.actors)

    @staticmethod
    def _own_roles(cand: Candidate) -> tuple[list[ActorRef], list[ActorRef]]:
        """The doers and the parties acted on a mention names itself (``_own_parties``, kept in their roles)."""
        own = CandidateDedupe._own_parties(cand)
        return [a for a in cand.actors if a in own], [r for r in cand.recipients if r in own]

    @staticmethod
    def _own_parties(cand: Candidate) -> list[ActorRef]:
        """The parties a mention names itself: for an event noun those inside its phrase ("Russia's decision",
        "the talks between X and Y"), not ones borrowed from the clause around it."""
        parties = cand.actors + cand.recipients
        if cand.trigger.pos != "noun":
            return parties
        subtree = list(cand.trigger.token.subtree)
        start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
        return [a for a in parties if start <= a.start and a.end <= end]

    def _own_days(self, cand: Candidate) -> set[str]:
        """The days the dates on a nominal trigger name ("Yesterday's meeting", "the meeting on Thursday"), or on
        the verb it is the subject of ("The meeting ... on Thursday reflects ...")."""
        return self._own_dates(cand, "day")

    def _sole_day(self, cand: Candidate) -> set[str]:
        """The one day an act's sentence names when its parse hangs that day on no word of the act ("Talks between
        Chile and Peru ended in Lima on Sunday, officials said", the talks parsed as the subject of "said"); empty
        when the act has days of its own or the sentence names none or several."""
        if self._told_days(cand):
            return set()
        days = self._clause_days(cand)
        return days if len(days) == 1 else set()

    def _within_told_month(self, days: set[str], earlier: Candidate) -> bool:
        """Whether an act told with a month and no day of its own ("deported 40 others last month") holds the
        days a dated mention names ("the Feb. 27 deportations"): the mention makes its date exact, no conflict."""
        if not days or self._own_days(earlier):
            return False
        months = self._own_dates(earlier, "month")
        return bool(months) and all(day[:MONTH_CHARS] in months for day in days)

    def _told_days(self, cand: Candidate) -> set[str]:
        """The days an earlier act was told with: its own (``_own_days``), else those told on the verb holding,
        beginning or ending its event noun ("had talks with Iran on Saturday", "a second round of talks concluded
        on April 19": ``holding_verbs``), which a dated re-mention ("Saturday's meeting") names again."""
        days = self._own_days(cand)
        if days or cand.trigger.pos != "noun":
            return days
        holder = self._holding_verb(cand.trigger.token)
        return self._dates_on([holder], "day") if holder is not None else set()

    def _holding_verb(self, noun: Token) -> Token | None:
        """The verb an event noun, or the round it is counted in ("a second round of talks"), is the object or
        subject of, when that verb holds, begins or ends it (``holding_verbs``); else None."""
        noun = self._round_of(noun) or noun
        verb = noun.head
        if noun.dep_ in SUBJECT_DEPS | {"dobj"} and verb.i != noun.i and verb.lemma_.lower() in self._holding_verbs:
            return verb
        return None

    def _own_dates(self, cand: Candidate, granularity: str) -> set[str]:
        """The values of the dates of one granularity ("day", "month") told on a trigger (``_own_days``)."""
        token = cand.trigger.token
        return self._dates_on([token, token.head] if token.dep_ in SUBJECT_DEPS else [token], granularity)

    def _dates_on(self, holders: list[Token], granularity: str) -> set[str]:
        """The values of the dates of one granularity told on these tokens: their children and the objects of
        their prepositions ("on Thursday")."""
        near = {t.i for h in holders for t in list(h.children) + [g for c in h.children if c.dep_ == "prep" for g in c.children]
                if t.ent_type_ == "DATE"}
        days = set()
        holding = {(ent.start, ent.end): ent for i in near if (ent := entity_at(self.state.doc, i)) is not None}
        for ent in (e for _, e in sorted(holding.items()) if e.label_ == "DATE"):
            date = to_event_date(self.state, ent, False)
            if date is not None and date.granularity == granularity:
                days.add(date.value)
        return days

    def _own_places(self, cand: Candidate) -> set[str]:
        """The words of the places a definite event noun is told at when places are its only details ("the
        shooting in San Bernardino"): a re-mention when an act of its type was told at them; else empty."""
        token = cand.trigger.token
        if cand.trigger.pos != "noun" or not has_definite_determiner(token):
            return set()
        located = {g.i for c in token.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for g in c.children}
        # a place named before the noun is its venue too ("the Tampere attack" is "the attack in Tampere")
        located |= {c.i for c in token.children if c.dep_ in PLACE_MODIFIER_DEPS and c.ent_type_ in PLACE_LABELS}
        near = list(token.children) + [g for c in token.children if c.dep_ == "prep" for g in c.children]
        specific = [t for t in near if t.ent_type_ in SPECIFIC_ENTITY_LABELS]
        if not specific or any(t.ent_type_ not in PLACE_LABELS or t.i not in located for t in specific):
            return set()
        if any(t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY") or _ordinal(t) for t in token.subtree):
            return set()  # a count or a rank of its own: another act ("the second Tampere attack")
        return {w.lower_ for t in specific for w in t.subtree if w.ent_type_ in PLACE_LABELS and w.is_alpha}

    def _told_at(self, earlier: Candidate, places: set[str]) -> bool:
        """Whether the sentence telling an earlier act names every one of these place words where something happened:
        a place someone was sent to or came from ("the guards flew the prisoner to Lima") is no venue of that act."""
        return bool(places) and places <= {t.lower_ for t in self._sentence_of[earlier.trigger.token.i]
                                           if t.lower_ in places and not _directed(t)}

    def _occasion_held_in(self, cand: Candidate, others: list[Candidate]) -> list[Candidate]:
        """The told acts an act is a part of: the occasion it is told inside (``setting_occasion``) is an act of its
        type the story told (its trigger or one of its mentions; a definite noun after a preposition may name the
        latest act of that type told before it), the act's coded parties are among that act's, and its sentence
        tells no time the earlier one does not ("During the meeting they discussed ..." after "X met Y on
        Monday")."""
        noun = setting_occasion(cand, self._setting_preps, self._occasion_words)
        if noun is None:
            return []
        codes = set() if cand.unnamed else {a.code for a in cand.actors + cand.recipients if a.code}

        def holds(k: Candidate) -> bool:
            told = {k.trigger.token.i} | {t.i for m in k.re_mentions for t in m}
            named = noun.i in told or (noun.head.dep_ == "prep" and k.trigger.token.i < noun.i
                                       and k.type in event_noun_types(noun))
            return named and k.type == cand.type and k.assertion in REPORTED_ASSERTIONS and not k.negated \
                and codes <= {a.code for a in k.actors + k.recipients if a.code} and self._no_other_time(k, cand)

        return [k for k in others if holds(k)]

    def _no_other_time(self, earlier: Candidate, mention: Candidate) -> bool:
        """Whether a mention's sentence tells no time that the sentence telling an earlier act does not."""
        words = {t.lower_ for t in self._sentence_of[earlier.trigger.token.i]}
        return all(t.lower_ in words for t in self._sentence_of[mention.trigger.token.i]
                   if t.ent_type_ in TIME_LABELS and not t.is_punct)

    def _told_nowhere(self, earlier: Candidate, places: set[str], mention: Candidate) -> bool:
        """Whether the sentence telling an earlier act names no venue at all, and the mention's sentence no time
        the earlier one does not: a place a definite re-mention gives ("the meeting in Oman" after "had talks
        with Iran on Saturday") is then a detail of that act, no conflict ("the shooting in Aurora in July 2012"
        after an attack told on Friday stays another act)."""
        return bool(places) and not venues(self._sentence_of[earlier.trigger.token.i]) and self._no_other_time(earlier, mention)

    @staticmethod
    def _dated_places(cand: Candidate) -> set[str]:
        """The words of places a dated event noun is told at ("Friday's attack in Munich"): the earlier act's
        sentence must name them too."""
        token = cand.trigger.token
        return {w.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS
                for g in c.children if g.ent_type_ in PLACE_LABELS for w in g.subtree if w.ent_type_ in PLACE_LABELS and w.is_alpha}

    def _is_dated_re_mention_form(self, cand: Candidate) -> bool:
        """A definite event noun whose only detail is a date ("Yesterday's meeting", "the meeting on Thursday"):
        a re-mention when an act of its type was told with that day."""
        token = cand.trigger.token
        if cand.trigger.pos != "noun":
            return False
        near = list(token.children) + [g for c in token.children if c.dep_ == "prep" for g in c.children]
        placed = self._dated_places(cand)
        if not any(t.ent_type_ == "DATE" for t in near) or any(
                t.ent_type_ in SPECIFIC_ENTITY_LABELS - {"DATE"} and t.lower_ not in placed for t in near):
            return False
        if any((t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY")) and t.ent_type_ != "DATE" for t in token.subtree):
            return False
        return has_definite_determiner(token) or any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in token.children)

    def drop_re_mentions(self, candidates: list[Candidate], mention_only: frozenset[int] = frozenset()) -> list[Candidate]:
        """One event, many mentions (issue 14 item 4): a later re-mention of an act already told, of its type
        and sharing its parties (or naming none), is not a new event but a mention of the latest such act; so
        is one dated with the day that act was told with ("The meeting ... on Thursday ... Yesterday's meeting",
        told on Friday) or with a day of the month it was told with and no day ("deported 40 others last month"
        ... "the Feb. 27 deportations": ``_within_told_month``). Candidates whose ``id`` is in ``mention_only`` (the type model's drops) may only join
        an act as its mention: they are never kept as events."""
        kept: list[Candidate] = []
        persons = People(self.state.doc, self._persons())
        triggers = {(c.trigger.token.i, c.type) for c in candidates}
        convened: list[tuple[Candidate, int]] = []
        for cand in fold_headlines(candidates, self.state.article.text, self._sentence_of, persons, mention_only):
            noun = self._convened_noun(cand)
            if noun is not None and (noun.i, cand.type) in triggers:
                convened.append((cand, noun.i))  # "talks mediated by Norway": a mention of the talks' event, if kept
                continue
            held = self._convened_told(cand, noun, kept)
            if held is not None:  # "who mediated talks between X and Y", "..., mediated by Norway": those talks again
                held.re_mentions.append(cand.span_tokens)
                continue
            described = self._described_occasion(cand)
            holder = self._describing_holder(cand, described, kept) if described is not None else None
            if holder is not None:  # "Billed as a summit, the meeting ...": the meeting's act, named in other words
                holder.re_mentions.append(cand.span_tokens)
                continue
            plain = self._is_re_mention_form(cand)
            possessor = self._named_possessor(cand) if plain else None
            days = self._own_days(cand) if not plain and self._is_dated_re_mention_form(cand) else set()
            day_places = self._dated_places(cand) if days else set()
            places = self._own_places(cand) if not plain and not days else set()
            if (plain or days or places) and cand.assertion in ("asserted", "historical"):
                # parties named on the mention itself; a back-off code is a guess from the sentence ("the arrests
                # drew criticism from the EU" does not make the EU the arrester) and never tells two acts apart
                parties = set() if cand.unnamed else {a.code for a in self._own_parties(cand) if a.code}
                phrase = {a.code for a in self._phrase_parties(cand)} if plain else set()
                related = [k for k in kept if k.type == cand.type and k.trigger.token.i < cand.trigger.token.i
                           and (self._sentence_of[k.trigger.token.i].start != self._sentence_of[cand.trigger.token.i].start
                                or (plain and possessor is None and self._names_within(cand, k)))
                           and (cand.trigger.pos == "noun" or k.trigger.entry.lemma == cand.trigger.entry.lemma)
                           and (possessor is None or (self._did_earlier(possessor, k) and self._same_content(cand, k)
                                                      and self._possessor_side(cand, possessor, k) and self._same_day(cand, k)))
                           and not self._names_another_person(cand, k, plain and cand.trigger.pos == "noun")
                           and not self._targets_another_person(cand, k)
                           and not swaps_roles(*self._own_roles(cand), k, persons)
                           and not (cand.trigger.pos == "verb" and (acts_on_doer(cand.anchor, k) or done_by_another(cand.anchor, k)
                                                                    or clauses_differ(cand.anchor, k.anchor, False)))
                           and not self._other_kind(cand, k)
                           and phrase <= {a.code for a in k.actors + k.recipients if a.code} and self._same_round(cand, k)
                           and (not parties or parties & {a.code for a in k.actors + k.recipients if a.code})]
                earlier = [k for k in related
                           if plain or ((bool(days & self._told_days(k)) or self._within_told_month(days, k))
                                        and (not day_places or self._told_at(k, day_places)))
                           or (self._told_at(k, places) and self._same_mode(cand, k))]
                # an act whose parse gives it no day holds the one day its sentence names, unless an act told with
                # that day matched ("The summit on Thursday ..., the envoy said on starting talks": the talks are
                # not Thursday's); a day shared is weak evidence, so the kinds must agree ("criticized a lawsuit on
                # Monday" ... "the Monday lawsuit" is the suit criticized, not the criticism)
                earlier = earlier or [k for k in related if days & self._sole_day(k) and self._same_mode(cand, k)
                                      and (not day_places or self._told_at(k, day_places))]
                # an act told at no venue takes a placed re-mention only when no act was told at its places
                earlier = earlier or [k for k in related if self._told_nowhere(k, places, cand) and self._same_mode(cand, k)]
                if earlier:
                    earlier[-1].re_mentions.append(cand.span_tokens)
                    continue
            if cand.assertion in REPORTED_ASSERTIONS:
                sentence = self._sentence_of[cand.trigger.token.i].start
                others = [k for k in kept if self._sentence_of[k.trigger.token.i].start != sentence]
                again = [] if self._quoted(cand) else [
                    k for k in others if retells(cand, k, persons, self._own_days, self._sentence_of[k.trigger.token.i])]
                again = again or [k for k in others if retells_on_its_day(cand, k, persons, self._own_days,
                                                                          self._sentence_of[k.trigger.token.i])]
                again = again or [k for k in others if self._retells_meeting(cand, k, persons)]
                if not again and not self._quoted(cand):  # "X postponed the round ..." ... "the talks had been postponed"
                    again = [k for k in others if self._retells_on_its_object(cand, k)]
                if not again and not self._quoted(cand):  # "rejected the allegation ... called the assertions baseless"
                    near = self._sentence_number(cand) - OTHER_WORDS_SENTENCES
                    again = [k for k in others if self._sentence_number(k) >= near and retells_in_other_words(
                        cand, k, persons, self._own_days, self._sentence_of[k.trigger.token.i], self._claim_nouns,
                        self._occasion_words, self._gathering_types)]
                if not again and not self._quoted(cand):  # "A van rammed into a crowd ... The van struck the crowd"
                    near = self._sentence_number(cand) - PARTICIPANTS_RETOLD_SENTENCES
                    again = [k for k in others if self._sentence_number(k) >= near and retells_by_its_participants(
                        cand, k, self._own_days, self._occasion_words, self._sentence_of[k.trigger.token.i])]
                if not again and cand.type in TOLL_TYPES and not self._quoted(cand):  # "A bomb hit the depot. Nine were killed"
                    near = self._sentence_number(cand) - TOLL_SENTENCES
                    again = [k for k in others if self._last_told_sentence(k) >= near and tolls_told_attack(
                        cand, k, self._own_days, self._told_words(k))]
                if not again and self._quoted(cand) and performs_in_quote(cand, self._performative_adjectives):  # "We reject ...," she said
                    near = self._sentence_number(cand) - QUOTE_RESTATEMENT_SENTENCES
                    again = [k for k in others if self._sentence_number(k) >= near and not self._quoted(k)
                             and quotes_told_act(cand, k)]
                subject = re_mention_subject(cand, self._occasion_words, self._formalizing_verbs,
                                             self._convening_verbs)
                if not again and subject is not None:  # "The strike killed three fighters": the act told before
                    types = event_noun_types(subject)
                    again = [k for k in others if told_of_re_mention(cand, k, types, self._sentence_of[k.trigger.token.i],
                                                                     self._formalizing_verbs, self._convening_verbs)]
                if not again:  # "During the meeting, they discussed ...": a part of the meeting told
                    again = self._occasion_held_in(cand, others)
                if again:
                    again[-1].re_mentions.append(cand.span_tokens)
                    continue
            if id(cand) not in mention_only:
                kept.append(cand)
        return self._join_convened(kept, convened, mention_only)

    def _described_occasion(self, cand: Candidate) -> Token | None:
        """The event noun an event noun describes through "as" on a participle with no subject of its own ("Billed as a
        summit, the meeting ended", "the talks, planned as a one-day session, ..."): the participle's noun, or the
        subject of the clause it hangs on, read through the round it counts ("the third round of talks"); only a noun
        that can name the describing noun's type. The describing noun tells that occasion in other words, no act of its
        own; else None."""
        token = cand.trigger.token
        if cand.trigger.pos != "noun" or token.dep_ != "pobj" or token.head.lower_ != DESCRIBING_PREP:
            return None
        participle = token.head.head
        if token.head.dep_ != "prep" or participle.tag_ != PARTICIPLE_TAG or participle.dep_ not in MANNER_PARTICIPLE_DEPS \
                or any(c.dep_ in SUBJECT_DEPS for c in participle.children):
            return None
        if participle.dep_ == "acl":
            noun = participle.head
        else:
            noun = next((c for c in participle.head.children if c.dep_ in SUBJECT_DEPS), None)
        if noun is None or noun.pos_ != "NOUN":
            return None
        if noun.lemma_.lower() in self._round_nouns:
            noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"), noun)
        return noun if cand.type in event_noun_types(noun) else None

    def _describing_holder(self, cand: Candidate, noun: Token, kept: list[Candidate]) -> Candidate | None:
        """The kept act a describing noun (``_described_occasion``) names: the act its described noun is (or was folded
        into); else, when that noun is told as known and counted in no other occasion ("the third round of talks", not
        "the next round"), the latest reported act of its type told before it whose codes hold the noun's, in a round
        the earlier act was told as (``_same_round``); else None (the noun stays as it was)."""
        held = next((k for k in kept if k.trigger.token.i == noun.i
                     or any(t.i == noun.i for words in k.re_mentions for t in words)), None)
        if held is not None:
            return held
        counted = self._round_of(noun)
        known = counted if counted is not None else noun
        if not told_as_known(known) or any(c.lower_ in self._occasion_words and not _ordinal(c) for c in known.children):
            return None
        if cand.assertion not in REPORTED_ASSERTIONS or cand.negated:
            return None
        codes = set() if cand.unnamed else {a.code for a in cand.actors + cand.recipients if a.code}
        own = {t.i for t in cand.trigger.token.subtree}  # "a one-day negotiation": its length, no other time
        told = [k for k in kept if k.type == cand.type and k.trigger.token.i < cand.trigger.token.i
                and k.assertion in REPORTED_ASSERTIONS and not k.negated
                and codes <= {a.code for a in k.actors + k.recipients if a.code}
                and self._same_round_told(known, k, own)]
        return told[-1] if told else None

    def _same_round_told(self, counted: Token, earlier: Candidate, own: set[int]) -> bool:
        """Whether a counted round ("the third round") may be the one an earlier act told: its ordinals among those the
        earlier sentence tells when it tells any; else the later sentence tells no time the earlier one does not
        (words in ``own`` aside)."""
        ordinals = {c.lower_ for c in counted.children if _ordinal(c)}
        told_sentence = self._sentence_of[earlier.trigger.token.i]
        told = {t.lower_ for t in told_sentence if _ordinal(t)}
        if told:
            return ordinals <= told
        words = {t.lower_ for t in told_sentence}
        return all(t.lower_ in words for t in self._sentence_of[counted.i]
                   if t.ent_type_ in TIME_LABELS and not t.is_punct and t.i not in own)

    def _retells_on_its_object(self, cand: Candidate, earlier: Candidate) -> bool:
        """Whether a passive verb tells an earlier act again on the thing it was done to ("Quito delayed the sixth
        session of negotiations" ... "aides said the negotiations had been delayed"): the same verb, type and negation, no doer
        of its own but the earlier act's, its subject a noun told as known with no word of another occasion or count,
        whose word is the earlier act's object (or what that object counts a round of), and no day, place or count in
        its clause that the earlier sentence does not tell."""
        anchor = cand.anchor
        if cand.trigger.pos != "verb" or earlier.trigger.pos != "verb" or earlier.type != cand.type \
                or earlier.trigger.entry.lemma != cand.trigger.entry.lemma or cand.negated != earlier.negated \
                or earlier.assertion not in REPORTED_ASSERTIONS:
            return False
        if told_again(anchor):
            return False  # "the election was postponed again": a second postponement
        subject = next((c for c in anchor.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.pos_ != "NOUN" or not told_as_known(subject) or any(
                c.lower_ in self._occasion_words or _ordinal(c) or c.like_num or c.ent_type_ in ("CARDINAL", "QUANTITY")
                for c in subject.children):
            return False
        if not cand.unnamed and not {a.code for a in cand.actors if a.code} <= {a.code for a in earlier.actors if a.code}:
            return False
        patient = next((c for c in earlier.anchor.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN"), None)
        if patient is None:
            return False
        counted = next((g for c in patient.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                        if g.dep_ == "pobj"), None) if patient.lemma_.lower() in self._round_nouns else None
        if subject.lemma_.lower() not in {patient.lemma_.lower()} | ({counted.lemma_.lower()} if counted is not None else set()):
            return False
        told = {t.lower_ for t in self._sentence_of[earlier.trigger.token.i]}
        return all(t.lower_ in told for t in anchor.subtree if t.ent_type_ in DETAIL_LABELS and not t.is_punct)

    def _retells_meeting(self, cand: Candidate, earlier: Candidate, persons: People) -> bool:
        """Whether a later meeting is an earlier one told again in other words ("Varga met her Czech counterpart" ...
        "Varga held talks with Holub"; "Chile and Peru opened talks on Monday" ... "talks between their envoys Rojas and
        Quispe lasted three hours"): a meeting (``MEETING_TYPES``) whose coded parties, at least both sides, are all the earlier
        one's; a person it names is one the earlier act names or stands for a side the earlier act names no person of;
        no word of another occasion ("a technical meeting", "the first round", "also met"), no day other than the
        earlier act's, no time the earlier sentence does not tell that names no day ("last week", "in 2013"), and no
        venue other than the earlier sentence's. Hand audit (session 19): on the multi-outlet reports it fired 10, right 10 (8 events
        fewer, 2 words already mentions by other rules; with the "with" party hung on a venue, ``arguments._hung_on_venue``); its first form fired once on PolNeAR train
        intl seed 190132, wrong (talks after a 2012 trip), undone by the assertion, trip and both-sides time guards; then
        it fired on none of seeds 190132 (intl 25), 190133 (30), 190136 (intl 40), 190137 (40), 190138 (intl 25) and
        190139 (30)."""
        if cand.type not in MEETING_TYPES or earlier.type != cand.type or cand.negated or earlier.negated:
            return False
        if earlier.assertion not in REPORTED_ASSERTIONS or cand.assertion != earlier.assertion or cand.unnamed:
            return False  # a past act told as history ("traveled to Jerusalem in 2012") is no meeting of the news
        if earlier.mode == VISIT_MODE and cand.mode != VISIT_MODE:
            return False  # a trip is not the talks held on it ("the senator flew to Lima in 2019" ... "the two sides spoke")
        parties = cand.actors + cand.recipients
        known = earlier.actors + earlier.recipients
        codes = {a.code for a in parties if a.code}
        # a participant telling the meeting again in the first person ("We held consultations," the minister said)
        # names only its own side: the other is the "we" it met
        needed = 1 if self._retold_in_first_person(cand, earlier) else MEETING_RETOLD_PARTIES
        if len(codes) < needed or not codes <= {a.code for a in known if a.code}:
            return False
        for ref in parties:
            if ref in persons and not same_people([ref], known, persons) and any(
                    k in persons and k.code == ref.code and self._named_person(k) for k in known):
                return False  # another person of that side: another meeting ("met Lavrov" after "met Putin")
        if not self._one_told_occasion(cand, earlier):
            return False
        days, told = self._clause_days(cand), self._clause_days(earlier)
        if days and told and not days & told:
            return False
        sentence, told_sentence = self._sentence_of[cand.trigger.token.i], self._sentence_of[earlier.trigger.token.i]
        # a span the earlier sentence tells beside the day both name ("met on Monday, after days of talks") dates
        # no other occasion
        same_day = bool(days & told)
        if not self._times_agree(sentence, told_sentence) or (not same_day and not self._times_agree(told_sentence, sentence)):
            return False  # "the talks last week", "held talks in 2013": a time of another occasion maybe
        told_venues = {key for t in venues(told_sentence) for key in self._venue_keys(t)}
        return not told_venues or all(self._venue_keys(t) & told_venues for t in venues(cand.anchor.subtree))

    def _retold_in_first_person(self, cand: Candidate, earlier: Candidate) -> bool:
        """Whether a meeting is told again in a direct quote by one who took part, in the first person and the past
        ("We had consultations about it," the minister said, just after the narration told him meeting his
        host): the past-tense verb holding or doing the meeting has "we" or "I" for its subject, and the quote comes
        at most ``QUOTE_RESTATEMENT_SENTENCES`` after the earlier act's sentence."""
        if not self._quoted(cand) or self._quoted(earlier):
            return False
        token = cand.trigger.token
        verb = token if cand.trigger.pos == "verb" else (token.head if token.dep_ == "dobj" else None)
        if verb is None or not (verb.tag_ == PAST_TAG or (verb.tag_ == PARTICIPLE_TAG and any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))):
            return False
        if not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children):
            return False
        return 0 < self._sentence_number(cand) - self._sentence_number(earlier) <= QUOTE_RESTATEMENT_SENTENCES

    def _times_agree(self, sentence: SpacySpan, other: SpacySpan) -> bool:
        """Whether every time a sentence tells that names no day ("last week", "in 2012") is told in the other too."""
        words = {t.lower_ for t in other}
        return all(self._names_day(ent) or all(t.lower_ in words for t in ent) for ent in entities_in(sentence) if ent.label_ == "DATE")

    def _named_person(self, ref: ActorRef) -> bool:
        """Whether a participant is a person told by name (resolved to one, or a PERSON name in its words), not only
        by a title ("the US president", "his Omani counterpart"), which any named person of that side may be."""
        if ref.name and ref.name != ref.text:
            return True
        span = self.state.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        return span is not None and any(t.ent_type_ == "PERSON" for t in span)

    def _venue_keys(self, token: Token) -> set[str]:
        """A venue word and the country its place name is in ("Rome": rome, ITA): a city names its country's venue
        again ("held in Italy" ... "held the talks in Rome")."""
        ent = entity_at(self.state.doc, token.i)
        place = find_country(ent.text) if ent is not None else None
        return {token.lower_} | ({place.country} if place is not None and place.country else set())

    def _one_told_occasion(self, cand: Candidate, earlier: Candidate) -> bool:
        """Whether a meeting's words name no occasion of their own: no word of repetition on its verb ("also met"), no
        indefinite, counted or other-occasion noun ("held a technical meeting", "the previous talks", ``occasion_words``)
        and no ordinal the earlier act's sentence does not tell ("the first round" after the second)."""
        token, anchor = cand.trigger.token, cand.anchor
        if any(c.lower_ in REPEAT_ADVERBS for v in (token, anchor, anchor.head) for c in v.children
               if c.dep_ in ("advmod", "npadvmod")):
            return False
        nouns = [token] if cand.trigger.pos == "noun" else [c for c in anchor.children if c.dep_ == "dobj"]
        nouns += [counted for n in nouns if (counted := self._round_of(n)) is not None]
        told = {t.lower_ for t in self._sentence_of[earlier.trigger.token.i] if _ordinal(t)}
        # "a two-hour session on Friday between both premiers": an indefinite noun dated with the day the
        # meeting was told on names that meeting (both sides are checked by the caller)
        dated = bool(self._own_days(cand) & self._told_days(earlier))
        for noun in nouns:
            for c in noun.children:
                if c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS and not dated:
                    return False
                if _ordinal(c) and c.lower_ not in told and (told or not self._sole_ordinal_so_far(c)):
                    return False
                if not _ordinal(c) and (c.lower_ in self._occasion_words or c.ent_type_ in ("CARDINAL", "QUANTITY")):
                    return False
        return True

    def _sole_ordinal_so_far(self, ordinal: Token) -> bool:
        """Whether an ordinal is the only one the article has used up to it (a subtitle "Sixth session came before the
        summit" over "Negotiations closed in Quito on Friday" ... "the envoys began the sixth session of negotiations"):
        a story counting one round only tells that round, its news; a story naming a first round and a second tells two.
        The sole ones are found in one pass over the article, once."""
        if self._sole_ordinals is None:
            seen: set[str] = set()
            sole: set[int] = set()
            for token in ordinal.doc:
                if _ordinal(token):
                    if seen <= {token.lower_}:
                        sole.add(token.i)
                    seen.add(token.lower_)
            self._sole_ordinals = frozenset(sole)
        return ordinal.i in self._sole_ordinals

    def _clause_days(self, cand: Candidate) -> set[str]:
        """The days an act is told with: its own (``_told_days``), else every day its sentence names."""
        days = self._told_days(cand)
        if days:
            return days
        sentence = self._sentence_of[cand.trigger.token.i]
        return {date.value for ent in entities_in(sentence) if ent.label_ == "DATE"
                and (date := to_event_date(self.state, ent, False)) is not None and date.granularity == "day"}

    def _names_day(self, ent: SpacySpan) -> bool:
        """Whether a date expression resolves to a day ("on Saturday", "April 12")."""
        date = to_event_date(self.state, ent, False)
        return date is not None and date.granularity == "day"

    def _convened_noun(self, cand: Candidate) -> Token | None:
        """The event noun a hosting or mediating verb (``convening_verbs``) takes in its own clause: the noun it
        modifies ("talks mediated by Norway"), its passive subject ("The talks were mediated by the emir", also through
        a verb it is joined to: "met in Lima and were hosted by ..."), or its object ("Norway is hosting the talks")."""
        if cand.trigger.pos != "verb" or cand.trigger.entry.lemma not in self._convening_verbs:
            return None
        anchor = cand.anchor
        if anchor.dep_ == "acl":
            noun = anchor.head if anchor.head.pos_ == "NOUN" else None
        else:
            verbs = [anchor, anchor.head] if anchor.dep_ == "conj" else [anchor]
            noun = next((c for v in verbs for c in v.children if c.dep_ in CONVENED_DEPS and c.pos_ == "NOUN"), None)
        if noun is not None and noun.lemma_.lower() in self._round_nouns:  # "a further session of talks, mediated by Norway"
            noun = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                         if g.dep_ == "pobj"), None)
        return noun

    def _convened_told(self, cand: Candidate, noun: Token | None, kept: list[Candidate]) -> Candidate | None:
        """The told act a hosting or mediating verb whose meeting noun made no event of its own names again: the latest
        reported act of its type before it whose codes hold the states the noun names, when its sentence tells no other
        time. The noun must stand for one told meeting (``_one_told_meeting``); with no noun, the verb must be a
        participle with no subject of its own, telling how its clause's act was held ("the opening session ended in
        Lima, mediated by Norway"). The mediator is no side of the talks: no party of its own is checked. Else None."""
        if cand.trigger.pos != "verb" or cand.trigger.entry.lemma not in self._convening_verbs \
                or cand.assertion not in REPORTED_ASSERTIONS or cand.negated:
            return None
        anchor = cand.anchor
        if noun is None:
            if anchor.dep_ not in MANNER_PARTICIPLE_DEPS or anchor.tag_ != "VBN" \
                    or any(c.dep_ in SUBJECT_DEPS for c in anchor.children):
                return None
            codes: set[str] = set()
        else:
            venue = frozenset(t.i for c in noun.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for t in c.subtree)
            codes = set(mentioned_countries(noun.doc[noun.left_edge.i:noun.right_edge.i + 1], venue))  # "in Muscat": where
            if not self._one_told_meeting(noun, cand.type, len(codes)):
                return None
        told = [k for k in kept if k.type == cand.type and k.trigger.token.i < cand.trigger.token.i
                and k.assertion in REPORTED_ASSERTIONS and not k.negated
                and codes <= {a.code for a in k.actors + k.recipients if a.code} and self._no_other_time(k, cand)
                and self._told_ordinals(noun, k)]
        return told[-1] if told else None

    def _one_told_meeting(self, noun: Token, event_type: str, parties: int) -> bool:
        """Whether a convened noun stands for one meeting already told: a noun of the act's type, not counted ("the
        previous two rounds", "the recent rounds": several), told as known ("the talks") or naming both sides."""
        counted = self._round_of(noun)
        if counted is not None and counted.tag_ == PLURAL_TAG:
            return False
        if event_type not in event_noun_types(noun) or any(
                t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY", "DATE") for t in noun.subtree):
            return False
        if any(c.lower_ in self._occasion_words and not _ordinal(c) for c in (counted or noun).children):
            return False  # "the previous talks", "another round": an occasion set apart from the one told
        return told_as_known(counted or noun) or parties >= TOLD_TALKS_PARTIES

    def _told_ordinals(self, noun: Token | None, earlier: Candidate) -> bool:
        """Whether the ordinals of the round a convened noun is counted in ("mediated the second round of talks") are
        among those the earlier act's sentence tells: no ordinal, no constraint."""
        counted = self._round_of(noun) if noun is not None else None
        ordinals = {c.lower_ for c in counted.children if _ordinal(c)} if counted is not None else set()
        return ordinals <= {t.lower_ for t in self._sentence_of[earlier.trigger.token.i] if _ordinal(t)}

    @staticmethod
    def _join_convened(kept: list[Candidate], convened: list[tuple[Candidate, int]],
                       mention_only: frozenset[int]) -> list[Candidate]:
        """Hosting or mediating a meeting the sentence tells (``_convened_noun``) is that meeting told again, its host
        a party of it: a mention of the event its noun is (or was folded into); an event of its own only when that
        noun made none."""
        for cand, noun in convened:
            holder = next((k for k in kept if k.trigger.token.i == noun
                           or any(t.i == noun for words in k.re_mentions for t in words)), None)
            if holder is not None:
                holder.re_mentions.append(cand.span_tokens)
            elif id(cand) not in mention_only:
                kept.append(cand)
        return sorted(kept, key=lambda c: c.trigger.token.i) if convened else kept

    def _outranks(self, cand: Candidate, other: Candidate) -> bool:
        """Whether ``cand`` stands for one sentence's act rather than ``other``, a mention of it with the same key: the
        one whose doer is named; else the sentence's main verb told as done over an aim or a plan ("to win the
        captives' release, the envoy freed two spies"); else the more specific. Only the main verb outranks that
        way: a participle's modality is read less surely ("may impose sanctions, cutting aid" cuts no aid), and
        two mentions both told as done keep the old order."""
        if cand.unnamed != other.unnamed:
            return not cand.unnamed
        if self._told_main(cand) and other.assertion not in REPORTED_ASSERTIONS:
            return True
        if self._told_main(other) and cand.assertion not in REPORTED_ASSERTIONS:
            return False
        return self._specificity(cand) > self._specificity(other)

    @staticmethod
    def _told_main(cand: Candidate) -> bool:
        """The sentence's own main verb, told as done."""
        return cand.assertion in REPORTED_ASSERTIONS and cand.trigger.pos == "verb" and cand.anchor.dep_ == MAIN_CLAUSE_DEP

    def _specificity(self, cand: Candidate, skipped: set[int] | frozenset[int] = frozenset(), own_details: bool = False) -> int:
        """How much a mention says of its own (dates, places, named parties on it): the better duplicate. With
        ``own_details``, a word of recurrence ("annual") is no date of its own; ``skipped`` tokens are not counted."""
        token = cand.trigger.token
        near = list(token.children) + [g for c in token.children if c.dep_ == "prep" for g in c.children]
        return sum(1 for t in near if t.ent_type_ in SPECIFIC_ENTITY_LABELS and t.i not in skipped
                   and not (own_details and t.lower_ in self._recurrence_words))

    def _own_object(self, cand: Candidate) -> str | None:
        """The direct object of a verb coordinated with another verb that has a direct object of its own, for the
        types whose verb acts on a claim or party (``own_object_types``): "condemned the sale and criticized the
        visit" are two acts; "condemned and criticized the sale" (one object, shared) and "condemned the sale and
        criticized it" (a pronoun for the partner's object) stay one."""
        token = cand.trigger.token
        if cand.trigger.pos != "verb" or cand.type not in self._own_object_types:
            return None
        own = _direct_object(token)
        if own is None or _tells_partner_object(token):
            return None  # "dismissed the demand and refused it": the pronoun is the partner's object, told again
        partners = [_direct_object(t) for t in token.conjuncts if t.pos_ in VERB_POS]
        return own.lemma_.lower() if any(o is not None and not _tells_partner_object(o.head)
                                         and o.lemma_.lower() != own.lemma_.lower() for o in partners) else None

    def _parties(self) -> dict[int, str]:
        """The article's organisation entities by the start of each of their mentions (once per article)."""
        if self._party_entities is None:
            self._party_entities = {m.start: e.id for e in self.state.entities if e.kind in MENTION_SLOT_KINDS
                                    for m in e.mentions}
        return self._party_entities

    def _people_of(self, cand: Candidate) -> frozenset[str]:
        """The person and organisation entities among a candidate's participants (its actors and recipients): a
        person by the entity it carries, an organisation by the one whose mention it is ("an FBI investigation")."""
        parties = self._parties()
        return frozenset(entity for a in (*cand.actors, *cand.recipients)
                         if (entity := parties.get(a.start, a.entity if a.entity in self._persons() else None)) is not None)

    def _party_slots(self, candidates: list[Candidate]) -> dict[int, int]:
        """Per candidate, which gathering of its people it tells of: two mentions of one type and codes in a
        sentence are one event unless each names a person the other lacks ("the meeting between Arda and
        Solberg ..., Kessler said on opening talks with his Chilean counterpart": two meetings) or one is
        a part of the other (the object of a part verb: "talks, which include a meeting of experts")."""
        slots: dict[int, int] = {}
        seen: dict[tuple, list[tuple[int, frozenset[str]]]] = {}
        count = itertools.count()
        for cand in candidates:
            codes = frozenset(a.code for a in cand.actors if a.code)
            base = (self._sentence_of[cand.trigger.token.i].start, cand.type, codes, cand.negated, cand.complement_key,
                    self._own_object(cand))
            people = self._people_of(cand)
            token = cand.trigger.token
            if token.dep_ == "dobj" and token.head.lemma_.lower() in self._part_verbs:
                base = (*base, token.i)  # "discussions, which include a meeting of experts": a part, not a repeat
            if cand.trigger.pos == "noun" and acts_on_one_new_party(token):
                base = (*base, token.i)  # "were arrested during the arrest of a lawmaker": another act, on another party
            groups = seen.setdefault(base, [])
            place = next((i for i, (_, known) in enumerate(groups) if people <= known or known <= people), None)
            if place is None:
                groups.append((next(count), people))
                place = len(groups) - 1
            else:
                groups[place] = (groups[place][0], groups[place][1] | people)
            slots[id(cand)] = groups[place][0]
        return slots

    def _mode_slots(self, candidates: list[Candidate]) -> dict[int, int]:
        """Per candidate, which manner of act it tells of: two coordinated verbs of one type and codes in a
        sentence that each name a different mode are two acts ("seized the land and arrested the owners", "beat
        the marchers and shot two dead"); a noun, or a verb of no mode, is the act of its own mode named there,
        else the first one."""
        slots: dict[int, int] = {}
        modes: dict[tuple, dict[str, int]] = {}
        by_token: dict[int, int] = {}
        keys: dict[int, tuple] = {}
        for cand in candidates:
            codes = frozenset(a.code for a in cand.actors if a.code)
            key = (self._sentence_of[cand.trigger.token.i].start, cand.type, codes, cand.negated, cand.complement_key,
                   self._own_object(cand))
            keys[id(cand)] = key
            token = cand.trigger.token
            # only verbs coordinated as acts of their own: "gathered to protest" (a purpose) stays one act
            if cand.trigger.pos == "verb" and cand.mode is not None and token.i not in by_token and token.conjuncts:
                known = modes.setdefault(key, {})
                by_token[token.i] = known.setdefault(cand.mode, len(known))
        for cand in candidates:
            known = modes.get(keys[id(cand)], {})
            slots[id(cand)] = by_token.get(cand.trigger.token.i, known.get(cand.mode or "", 0))
        return slots

    def dedupe(self, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates left when each act keeps one mention per sentence and a reported one per article."""
        kept: list[Candidate] = []
        seen_sentence: set[tuple] = set()
        seen_article: set[tuple] = set()
        seen_reported: set[tuple] = set()
        best: dict[tuple, Candidate] = {}
        _share_partner_complements(candidates)
        slots = self._party_slots(candidates)
        manners = self._mode_slots(candidates)
        for cand in candidates:
            codes = frozenset(a.code for a in cand.actors if a.code)
            key = (self._sentence_of[cand.trigger.token.i].start, cand.type, codes, cand.negated, cand.complement_key,
                   self._own_object(cand), slots[id(cand)], manners[id(cand)])
            # of two mentions with one key, the one whose doer is named, then the main verb told as done over an
            # aim beside it, then the more specific (``_outranks``)
            if key not in best or self._outranks(cand, best[key]):
                best[key] = cand
        preferred = {id(c) for c in best.values()}
        candidates = [c for c in candidates if id(c) in preferred]
        coded = [c for c in candidates if not c.unnamed]
        coded_sentences = {self._sentence_of[c.trigger.token.i].start for c in coded}
        coded_types = {c.type for c in coded}
        types_at = {c.trigger.token.i: c.type for c in candidates}
        for cand in candidates:
            if is_question(self._sentence_of[cand.trigger.token.i]):
                continue
            if self._filing_of_told_act(cand, types_at):
                continue
            if cand.unnamed and not self._reported_act(cand) and not self._named_doer(cand) \
                    and (cand.type in coded_types or not self._main_event_of_bare_sentence(cand, coded_sentences)):
                continue
            codes = frozenset(a.code for a in cand.actors if a.code)
            sentence_key = (self._sentence_of[cand.trigger.token.i].start, cand.type, codes, cand.negated, cand.complement_key,
                            self._own_object(cand), slots[id(cand)], manners[id(cand)])
            article_key = (cand.type, codes, cand.negated, cand.complement_key)
            # a demanded, hypothetical or future mention never stands for a later asserted one ("to push for Lai's
            # release" ... "the United States calls for Lai's immediate release"); an asserted one stands for both
            reported = cand.assertion in REPORTED_ASSERTIONS
            shadowing = seen_reported if reported else seen_article
            if sentence_key in seen_sentence or (cand.complement_key and article_key in shadowing):
                continue
            seen_sentence.add(sentence_key)
            if cand.complement_key:
                seen_article.add(article_key)
                if reported:
                    seen_reported.add(article_key)
            kept.append(cand)
        return kept

    def _filing_of_told_act(self, cand: Candidate, types_at: dict[int, str]) -> bool:
        """A filing told in a participle on the subject of an act of its type ("a lawsuit filed in May alleged
        ..."): the suit's allegation is the act, and the filing no second event."""
        anchor, noun = cand.anchor, cand.anchor.head
        return anchor.dep_ == "acl" and noun.lemma_.lower() in self._filed_nouns and noun.dep_ in SUBJECT_DEPS \
            and types_at.get(noun.head.i) == cand.type

    @staticmethod
    def _named_doer(cand: Candidate) -> bool:
        """An event noun whose doer the sentence names though it has no code: the named subject of a tensed
        verb performing it ("Moise tweeted condemnation"), or the subject acting during the visit or call
        ("he said during a visit to Kyiv"): kept with whatever actor it has (issue 14 item 1)."""
        if cand.trigger.pos != "noun":
            return False
        token = cand.trigger.token
        return performed_by_named_party(token, cand.actor_tokens) or setting_of_subjects_act(token, cand.mode)

    def _reported_act(self, cand: Candidate) -> bool:
        """A verb trigger reported as an act in a tensed clause of its own, or an event noun told with a time,
        place or count of its own: kept though no participant is coded by name (issue 14 item 1)."""
        if cand.trigger.pos == "verb":
            # "a journalist arrested over his interviews": a detention told in a participle on its detainee; "a suit
            # filed last week": a filing told in a participle on the suit
            told_kind = cand.type in self._participle_types or cand.anchor.head.lemma_.lower() in self._filed_nouns
            sequel = sequel_of(cand.anchor, self._sequel_phrases)  # "went on to accuse": the next act told
            # "opened the session by scolding the envoys": an act done as the tensed verb's is (issue 14 item 1)
            done = done_gerund_governor(cand.anchor, self._done_gerund_preps) if cand.assertion in ("asserted", "historical") else None
            return is_finite(cand.anchor) or (told_kind and is_told_participle(cand.anchor)) \
                or (sequel is not None and is_finite(sequel)) \
                or (done is not None and is_finite(done))
        if cand.accused is not None or cand.investigated is not None:
            return True  # "faces charges", "a probe into X": one accusation against a party (accused.py)
        token = cand.trigger.token
        in_passing = token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN")  # "restrictions on protests in Bogota"
        return not in_passing and (own_particulars(token) or told_as_placed(token))

    def _main_event_of_bare_sentence(self, cand: Candidate, coded_sentences: set[int]) -> bool:
        """An event whose actor is not named ("were accused of ...", "gunmen killed ...") is kept only when
        it is its sentence's main predication and the sentence has no event with a coded actor (the caller
        also drops it when the article has a coded event of its type, which it most likely repeats)."""
        sentence = self._sentence_of[cand.trigger.token.i]
        if sentence.start in coded_sentences:
            return False
        root = sentence.root
        # a sentence parsed with a noun root and the verb as its modifier ("Hundreds of people massed ..."):
        # the verb is still the sentence's predication
        verbless = root.pos_ in ("NOUN", "PROPN") and cand.anchor.dep_ == "acl" and cand.anchor.head.i == root.i
        return cand.anchor.i == root.i or cand.trigger.token.i == root.i or verbless
