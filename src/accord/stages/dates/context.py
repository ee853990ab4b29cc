"""Dates from the article around an event's sentence (issue 14 items 4 and 5).

A story tells a date once and then names the same act or occasion again without it:
- a speaker's later statements on the same occasion ("On Thursday, Swonger said ... He urged ..."), and a
  statement the speaker's dated words "added" in the next sentence continue ("... '...,' she added on Wednesday");
- a definite re-mention of a dated occasion ("issued a statement Tuesday ... The statement threatened",
  "at a Wednesday event ... Speaking at the Cato Institute event, ...");
- a lead in the present perfect, dated by the sentence that tells it in detail ("Kenya has refused to
  attend ... In a letter last week, the Kenyan government cited ...");
- a month made precise by a later mention of the same act ("deported 40 last month ... the Feb. 27
  deportations").
Each rule only carries a date the text states; an event none of them reaches stays undated.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left
from collections.abc import Iterable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event, EventDate, Statement
from accord.stages.anchors import EventAnchors, event_anchors
from accord.stages.base import ArticleState
from accord.stages.dates.calendar import (
    STORY_DAYS,
    counted_from_another,
    date_words,
    parse_published,
    resolve_from,
    resolve_months_from,
)
from accord.stages.dates.attachment import (
    CLAUSE_HOPS,
    OBJECT_DEP,
    OWN_TIME_CLAUSE_DEPS,
    PARTICIPLE_TAG,
    attachment,
    date_up_the_clauses,
    follows_placed_clause,
    is_bound,
    occasion_dates,
    occurrence_verb,
    own_dates,
    shares_perfect,
    shifted_in_time,
    to_event_date,
    tells_occurrence,
    told_in_present,
    told_on,
)
from accord.stages.dates.clauses import after_the_report, another_time_between
from accord.stages.dates.officials import is_country, official_of
from accord.stages.dates.statement_index import statement_index
from accord.stages.entities import resolve_mention
from accord.stages.events.references import event_noun_type, has_definite_determiner, referenced_event
from accord.stages.grammar import MODAL_TAG, PRESENT_TAGS, SUBJECT_DEPS, VERB_POS, preposition_objects
from accord.stages.token_filters import document_sentences, sentence_of, token_sentences

# Clauses that describe a noun ("a bill the senator sponsored in 2007"): their times are background.
MODIFIER_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Any day, a Saturday: whether an expression counts from another day ("a day later", "in the morning", "the same
# weekend") does not depend on which, but for a weekend, which a weekday begins none of.
PROBE_DAY = dt.date(2000, 1, 1)
# How many characters back a day named in the story dates a following "earlier in the day" or "in the morning":
# about a paragraph, the span in which a story tells one day's acts.
DAY_TOLD_REACH = 600
# How many characters back a speaker's dated statement may carry its date to the speaker's next one:
# about a paragraph, the span in which a story reports one occasion's words.
STATEMENT_REACH = 400
# How many characters back the day a done act arranging something ahead was done on may be told ("envoys met in
# Doha on Thursday ... [two paragraphs of readout] ... The envoys agreed to gather again next week"): such an act
# closes the meeting the story leads with, told after that meeting's readouts (multi-outlet: 4 of 5 such acts
# had their day 700 to 1,000 characters back, past ``DAY_TOLD_REACH``).
ARRANGED_REACH = 1200
# The tag of a verb's bare form (an infinitive, or after a modal): what it tells is to come, or arranged.
BARE_VERB_TAG = "VB"
# How a speaker names themself or their party in their own words.
FIRST_PERSON = frozenset({"i", "we"})
# Granularities of a statement's date that name its occasion, shared by the speaker's acts told with it.
OCCASION_GRANULARITIES = frozenset({"day"})
# Resolved-date granularities a later day-precise mention may make precise.
COARSE_GRANULARITIES = frozenset({"month"})
# Perfect-tense auxiliary tags of a lead that summarises an act told in detail after it ("has refused").
PRESENT_PERFECT_TAGS = frozenset({"VBZ", "VBP"})
# The tag of a present participle and the lemma of the auxiliary making a progressive.
PROGRESSIVE_TAG = "VBG"
PROGRESSIVE_AUX = "be"
# How a possessor hangs on a noun ("Trump's call", "his comment").
POSSESSIVE_DEP = "poss"
# How many first letters of an act's word a later noun must share to name it again ("met"/"meeting",
# "deported"/"deportations").
STEM_LENGTH = 4
# The dependency of a passive clause's subject ("The suit was filed").
PASSIVE_SUBJECT_DEP = "nsubjpass"
# Modifiers of a noun that add a detail of its own (place, party, kind) besides a date.
DETAIL_DEPS = frozenset({"prep", "compound", "amod", "nmod", "poss"})
# Clause links through which an act shares the time of the act it hangs on: a coordinated verb or an
# adverbial clause ("Europe retaliated ..., while Canada imposed ...").
LINKED_CLAUSE_DEPS = frozenset({"conj", "advcl"})
# Subordinators that set a clause before or after its host's time ("after", "before", "since", "until").
SEQUENCE_MARKERS = frozenset({"after", "before", "since", "until", "once", "when", "because"})
# A participial frame before a cue ("Speaking to reporters Tuesday, he said"): an adverbial clause headed by a
# gerund; a subordinator under it ("after speaking", "before leaving") places it otherwise.
FRAME_DEP = "advcl"
GERUND_TAG = "VBG"
FRAME_ORDER_DEPS = frozenset({"mark"})
# A clause telling what went on alongside its host ("..., with the two envoys vowing to return"): "with" and a
# participle, hung on "with" itself ("with the envoys vowing": pcomp) or on the participle's subject there
# ("with the envoys pledging": acl of the object of "with").
ABSOLUTE_WORD = "with"
ABSOLUTE_PARTICIPLE_DEP = "pcomp"
ABSOLUTE_SUBJECT_DEP = "acl"
# Prepositions telling that words were said once an occasion ended ("told reporters after the talks on Saturday",
# "said following Friday's summit"): news tells words said on coming out of a meeting, on its day. Only for a
# speech act: a deed so placed ("marched after Sunday's rally") may come days later, and keeps no day.
AFTER_OCCASION_PREPS = frozenset({"after", "following"})
# How an occasion's kind hangs on a noun naming a part or phase of it ("after the last sitting of the summit"): "of".
PART_OF_PREP = "of"
# The entity label of a time of day ("afternoon", "night") a day is written on ("on Saturday afternoon").
TIME_OF_DAY_LABEL = "TIME"
# The type of a meeting named by a noun ("the talks", "the summit"): an occasion one comes out of to speak.
MEETING_TYPE = "CONSULT"
# How a count of time hangs on a verb or its preposition ("said two days after the talks"): the words then came
# later than the occasion's day, by a count ``dates.counted`` reads for acts; a speech cue so counted keeps none.
COUNT_DEP = "npadvmod"


# Joins a lemma and a phase in an occasion index key: a meeting dated by a start or an end verb ("the talks began on
# Monday") dates that phase of it only ("the opening of the talks"), not its other phase nor the whole meeting.
PHASE_KEY_SEP = "|"


@functools.lru_cache(maxsize=1)
def _occurrence_phases() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Each phase of a meeting with the occurrence verbs telling it and the nouns naming it: dates.json
    ``occurrence_phases``."""
    return {phase: (frozenset(table["verbs"]), frozenset(table["nouns"]))
            for phase, table in date_words()["occurrence_phases"].items()}


def _verb_phase(verb: Token) -> str | None:
    """The phase of a meeting an occurrence verb tells ("began" -> start, "closed" -> end), or None ("was held")."""
    lemma = verb.lemma_.lower()
    return next((phase for phase, (verbs, _) in _occurrence_phases().items() if lemma in verbs), None)


def _noun_phase(noun: Token) -> str | None:
    """The phase of a meeting a noun is named at ("the talks" of "the close of the talks" -> end), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != PART_OF_PREP:
        return None
    part = noun.head.head.lemma_.lower()
    return next((phase for phase, (_, nouns) in _occurrence_phases().items() if part in nouns), None)


def _occasion_nouns() -> frozenset[str]:
    return frozenset(date_words()["occasion_nouns"])


@functools.lru_cache(maxsize=1)
def _period_nouns() -> frozenset[str]:
    """Nouns naming a period or contest an act is told within ("in the 1967 war"): dates.json ``period_nouns``."""
    return frozenset(date_words()["period_nouns"])


def occasion_date(state: ArticleState, verb: Token, dates: dict[int, SpacySpan], future: bool = False) -> EventDate | None:
    """The date of a clause's occasion: "in a letter last week", "in a statement Thursday", the period it is
    told within ("in the 1967 war", "during the 2020 election"), or its subject
    when a vehicle of words whose participle is dated ("A statement issued Friday condemned ...", "An ad
    released Thursday accuses ..."): the act is told by the vehicle, on the day it came out."""
    nouns = _occasion_nouns()
    vehicles = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in nouns
                and any(a.dep_ == "acl" and a.tag_ == PARTICIPLE_TAG for a in c.children)]
    for noun in preposition_objects(verb, set(date_words()["occasion_preps"])) + vehicles + _phased_meetings(verb):
        if noun.lemma_.lower() in nouns or event_noun_type(noun) or noun.lower_ in _period_nouns():
            for ent in occasion_dates(noun, dates):
                found = to_event_date(state, ent, future)
                if found:
                    return found
    return None


@functools.lru_cache(maxsize=1)
def _phase_words() -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions and nouns setting a clause at a part or phase of a meeting or on its sidelines: dates.json
    ``occasion_preps``, ``occasion_part_nouns``, ``phase_nouns`` and ``sidelines``."""
    sidelines = date_words()["sidelines"]
    return (frozenset(date_words()["occasion_preps"]) | frozenset(sidelines["prepositions"]),
            _occasion_parts() | frozenset(sidelines["nouns"]))


def _phased_meetings(verb: Token) -> list[Token]:
    """The meetings a clause is set at a phase or part of, or on the sidelines of ("at the close of the summit",
    "at the end of the Monday meeting", "on the margins of the forum"): done while it is held, so on
    its day. Only a meeting (dates.json ``meeting_nouns``) after "of": "at the end of the war" names a stretch."""
    preps, parts = _phase_words()
    return [meeting for part in preposition_objects(verb, set(preps)) if part.lemma_.lower() in parts or part.lower_ in parts
            for meeting in preposition_objects(part, {PART_OF_PREP}) if _is_meeting(meeting)]


def _is_meeting(noun: Token) -> bool:
    """Whether a noun names a meeting: dates.json ``meeting_nouns``, or a noun of a meeting's type ("the talks")."""
    return noun.lemma_.lower() in _meeting_nouns() or noun.lower_ in _meeting_nouns() \
        or event_noun_type(noun) == MEETING_TYPE


def names_a_meeting(noun: Token) -> bool:
    """Whether a noun names a meeting or a part or phase of one ("the second sitting of the forum", "the close of
    the summit"): an occasion whose words said on coming out of it are of its day."""
    kinds = [noun, *(preposition_objects(noun, {PART_OF_PREP}) if noun.lemma_.lower() in _occasion_parts() else [])]
    return any(_is_meeting(kind) for kind in kinds)


@functools.lru_cache(maxsize=1)
def _frame_verbs() -> frozenset[str]:
    """Participles setting the occasion of the act told after them: dates.json ``frame_verbs``."""
    return frozenset(date_words()["frame_verbs"])


@functools.lru_cache(maxsize=1)
def _meeting_nouns() -> frozenset[str]:
    """Meetings a speaker comes out of to talk ("after Saturday's summit"): dates.json ``meeting_nouns``."""
    return frozenset(date_words()["meeting_nouns"])


@functools.lru_cache(maxsize=1)
def _occasion_parts() -> frozenset[str]:
    """Nouns naming a part or a phase of a meeting ("the second round of talks", "the close of the summit"):
    dates.json ``occasion_part_nouns`` and ``phase_nouns``."""
    return frozenset(date_words()["occasion_part_nouns"]) | frozenset(date_words()["phase_nouns"])


def after_occasion_date(state: ArticleState, cue: Token, dates: dict[int, SpacySpan]) -> EventDate | None:
    """The day written on the meeting a speech cue is told after ("the minister told reporters after the talks
    on Saturday", "said following Friday's summit", "after the last sitting of the summit on Friday"): words said on
    coming out of it, on its day. Not for a count of time on the preposition or the cue ("two days after the
    talks"), nor for an occasion that is no meeting (dates.json ``meeting_nouns``: "after Tuesday's leak of the
    memo", "after Saturday's rally", "after the senator's post": another's act, answered maybe days later), nor
    for a month or a year ("after the talks in March")."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in AFTER_OCCASION_PREPS \
                or any(c.dep_ == COUNT_DEP for c in (*prep.children, *cue.children)):
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            parts = noun.lemma_.lower() in _occasion_parts()  # "the last sitting of the summit": the summit
            kinds = [noun] + (preposition_objects(noun, {PART_OF_PREP}) if parts else [])
            if not any(k.lemma_.lower() in _meeting_nouns() or k.lower_ in _meeting_nouns()
                       or event_noun_type(k) == MEETING_TYPE for k in kinds):
                continue  # "after Tuesday's leak", "after Sunday's rally": another's act, answered maybe days later
            for ent in [d for k in kinds for d in occasion_dates(k, dates)]:
                found = to_event_date(state, ent, False)
                if found is not None and found.granularity in OCCASION_GRANULARITIES:
                    return found
    return None


def frame_date(state: ArticleState, cue: Token, dates: dict[int, SpacySpan]) -> EventDate | None:
    """The date of a participial frame set before a statement's cue or an act's verb ("Speaking at a council
    meeting this week, the envoy said ...", "..., the envoy accused ..."): the frame tells the occasion of the
    saying, so its time is the saying's (dates.json ``frame_verbs``). A frame with
    a subordinator ("after speaking ...") or a perfect ("Having met him last week, ...") tells an earlier time."""
    for frame in cue.children:
        if frame.dep_ != FRAME_DEP or frame.tag_ != GERUND_TAG or frame.i > cue.i \
                or frame.lemma_.lower() not in _frame_verbs() \
                or any(c.dep_ in FRAME_ORDER_DEPS or c.lemma_ == "have" for c in frame.children):
            continue
        for ent in own_dates(frame, dates):
            found = to_event_date(state, ent, False)
            if found:
                return found
        found = occasion_date(state, frame, dates)
        if found:
            return found
    return None


@functools.lru_cache(maxsize=1)
def _continuation_cues() -> frozenset[str]:
    """Cues telling words added on the occasion of the speaker's words just before: dates.json
    ``continuation_cues``."""
    return frozenset(date_words()["continuation_cues"])


def _speaker_key(statement: Statement) -> str | None:
    speaker = statement.speaker
    return (speaker.entity or speaker.name) if speaker is not None else None


def named_earlier(state: ArticleState, cue: Token) -> bool:
    """Whether a statement's cue is a possessed noun another clause names ("a resolution condemning Trump's call
    for a ban", "stood by his comment"): words said before that clause's act, whose date is that act's, not
    theirs; only a date of its own dates it ("his remarks on Monday"). Not when that clause's verb is itself a
    statement's cue ("voiced her fears that ..."): the words are said in that very act."""
    if cue.pos_ != "NOUN" or cue.head.i == cue.i or not any(c.dep_ == POSSESSIVE_DEP for c in cue.children):
        return False
    verb = next((t for t in cue.ancestors if t.pos_ in VERB_POS), None)
    return verb is None or not statement_index(state).with_cue_over([(verb.idx, verb.idx + len(verb.text))])


class StatementDates:
    """Each statement's date, worked out when first asked for (most statements never are): that of its cue's
    clause or of a dated occasion it names again ("the statement said": ``_named_again``), else that of the
    same speaker's statement just before (within ``STATEMENT_REACH``; for a government official with none, the
    statement of the official's country just before: ``dates.officials``) when its cue's clause is not set
    apart in time, else that of the words the speaker "added" in the next sentence (``_added_date``)."""

    def __init__(self, state: ArticleState, dates: dict[int, SpacySpan]) -> None:
        self.state, self.dates = state, dates
        self.by_cue: dict[int, Statement] = {}  # by the token index of the cue's head word
        self._roots: dict[str, Token] = {}
        self._previous: dict[str, Statement] = {}  # the same speaker's statement just before
        self._next: dict[str, Statement] = {}  # the same speaker's statement just after
        self._memo: dict[str, EventDate | None] = {}
        self._occasions: dict[str, list[tuple[int, EventDate]]] | None = None  # ``occasion_index``, when first needed
        last: dict[str, Statement] = {}
        last_country: Statement | None = None  # the last statement a country is told to make ("Iran said Friday")
        for statement in sorted((s for s in state.statements if s.cue is not None), key=lambda s: s.cue.start):
            cue = state.doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
            if cue is None:
                continue
            self._roots[statement.id] = cue.root
            self.by_cue.setdefault(cue.root.i, statement)
            key = _speaker_key(statement)
            if key is not None:
                if key in last:
                    self._previous[statement.id] = last[key]
                    self._next.setdefault(last[key].id, statement)
                elif last_country is not None and last_country.speaker is not None and statement.speaker is not None \
                        and official_of(state, statement.speaker.entity, last_country.speaker.entity):
                    # "Iran said on Wednesday it is open to ... '...,' its foreign minister told reporters": the
                    # country's words of that day, told again by its official
                    self._previous[statement.id] = last_country
                last[key] = statement
            if statement.speaker is not None and is_country(state, statement.speaker.entity):
                last_country = statement

    def date(self, statement: Statement) -> EventDate | None:
        """The statement's date, or None."""
        if statement.id in self._memo:
            return self._memo[statement.id]
        root = self._roots.get(statement.id)
        found = None
        if root is not None:
            if named_earlier(self.state, root):  # "condemning Trump's call for a ban": its own date, not its clause's
                found = next((d for ent in occasion_dates(root, self.dates)
                              if (d := to_event_date(self.state, ent, False)) is not None), None)
            else:
                found = date_up_the_clauses(self.state, root, self.dates, False, verbs_only=False) \
                    or occasion_date(self.state, root, self.dates) or frame_date(self.state, root, self.dates) \
                    or self._named_again(root) or after_occasion_date(self.state, root, self.dates)
            previous = self._previous.get(statement.id)
            if found is None and previous is not None and statement.cue.start - previous.cue.end <= STATEMENT_REACH \
                    and not shifted_in_time(root) and not present_perfect(root) and not shares_perfect(root) \
                    and self._of_the_story_time(previous):  # "has praised ... and offered": no day's act
                found = self.date(previous)
                previous_root = self._roots.get(previous.id)
                since = sentence_of(previous_root).end_char if previous_root is not None else previous.cue.end
                if found is not None and another_time_between(self.state, self.dates, since,
                                                              statement.cue.start, found.value):
                    found = None  # "In 1992, in a speech, he ... He promised ...": not the earlier statement's day
            if found is None:
                found = self._added_date(statement, root)
        self._memo[statement.id] = found
        return found

    def use_occasions(self, occasions: dict[str, list[tuple[int, EventDate]]]) -> None:
        """Reuse the article's ``occasion_index`` already built, rather than build it again."""
        self._occasions = occasions

    def _named_again(self, root: Token) -> EventDate | None:
        """The day of a dated occasion an earlier sentence told that the cue's clause names again ("The mayor put
        out a statement on Monday after the floods. '...,' the statement said"): the words are that
        occasion's (``re_mentioned_occasion_date``)."""
        if self._occasions is None:
            self._occasions = occasion_index(self.state, self.dates)
        return occasion_named_again(root, root.i, self._occasions)

    def _added_date(self, statement: Statement, root: Token) -> EventDate | None:
        """The day of the same speaker's statement in the very next sentence when its cue says it was added on
        the same occasion and dates that occasion itself ("X reaffirmed that ... . '...,' the spokesperson added
        in a statement emailed on Wednesday"): "added" continues the words before it (dates.json
        ``continuation_cues``). Not for a statement set apart in time ("had said"), told in the perfect, or
        in a sentence telling a time of its own."""
        following = self._next.get(statement.id)
        next_root = self._roots.get(following.id) if following is not None else None
        if next_root is None or next_root.lemma_.lower() not in _continuation_cues() \
                or sentence_of(next_root).start != sentence_of(root).end or shifted_in_time(root) or present_perfect(root) \
                or shares_perfect(root) or shifted_in_time(next_root) or any(t.i in self.dates for t in sentence_of(root)):
            return None  # its own sentence tells a time ("said last year that ..."): not the added words' day
        found = date_up_the_clauses(self.state, next_root, self.dates, False, verbs_only=False) \
            or occasion_date(self.state, next_root, self.dates)
        return found if found is not None and found.granularity in OCCASION_GRANULARITIES else None


    def _of_the_story_time(self, statement: Statement) -> bool:
        """Whether a statement is told in the time of the story, so the speaker's next one may share its date:
        not set apart in time ("Ms. Duarte, who had spoken to the assembly on Thursday, said ..."): that
        date is its own. (A relative clause in the story's time may name the occasion: "the unions that wrote
        to him on Thursday say ...".)"""
        root = self._roots.get(statement.id)
        return root is not None and not shifted_in_time(root)


def speaker_act_date(state: ArticleState, event: Event, anchors: EventAnchors, said_on: StatementDates) -> EventDate | None:
    """The date of the statement whose cue is the event or governs it, when the event is the speaker's own
    act: the cue itself ("He urged ..."), an act of the speaker's party, or a verb coordinated with the
    cue's clause ("He added that ... and welcomed ...")."""
    current = state.doc[anchors.anchor]
    if shifted_in_time(current) or present_perfect(current):
        return None  # "Rubio has railed against Christie": a stance held, not an act of the occasion
    coordinated = False
    for _ in range(CLAUSE_HOPS):
        statement = said_on.by_cue.get(current.i)
        if statement is not None:
            own = event.trigger.start < statement.cue.end and statement.cue.start < event.trigger.end
            date = said_on.date(statement) if own or coordinated or _speakers_own_act(state, event, statement) else None
            # an occasion is a day: "A week later, Rubio said", "since 2013" name no occasion to share
            return date if date is not None and date.granularity in OCCASION_GRANULARITIES else None
        coordinated = coordinated or current.dep_ == "conj"
        if current.head.i == current.i:
            break
        current = current.head
    return None


def present_perfect(verb: Token) -> bool:
    """A verb in the present perfect ("has railed", "have pledged")."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in PRESENT_PERFECT_TAGS for c in verb.children)


def present_progressive(verb: Token) -> bool:
    """A present progressive ("are calling for", "is criticizing"): the act under way as told."""
    return verb.tag_ == PROGRESSIVE_TAG and any(
        c.dep_ == "aux" and c.lemma_ == PROGRESSIVE_AUX and c.tag_ in PRESENT_TAGS for c in verb.children)


def _speakers_own_act(state: ArticleState, event: Event, statement: Statement) -> bool:
    """Whether the act told in a statement is the speaker's own: its doer is the speaker's entity or the
    speaker in the first person ("I appeal to them", "We urge ..."); not another of the speaker's country
    ("She talks to the press", Kaine said: a shared code is not the same doer)."""
    speaker = statement.speaker
    if speaker is not None and speaker.entity and any(a.entity == speaker.entity for a in event.actors):
        return True
    spans = [state.doc.char_span(a.start, a.end, alignment_mode="expand") for a in event.actors]
    return bool(spans) and all(s is not None and s.text.lower() in FIRST_PERSON for s in spans)


def occasion_index(state: ArticleState, dates: dict[int, SpacySpan]) -> dict[str, list[tuple[int, EventDate]]]:
    """Dated occasions by lemma, in text order: a noun with its own date ("a Wednesday event") or the object
    of a dated verb ("issued a statement Tuesday")."""
    nouns = _occasion_nouns()
    index: dict[str, list[tuple[int, EventDate]]] = {}
    seen: set[int] = set()
    for ent in set(dates.values()):
        owner = attachment(ent)
        if owner.ent_type_ == TIME_OF_DAY_LABEL and owner.dep_ == "pobj" and owner.head.dep_ == "prep":
            owner = owner.head.head  # "the summit closed on Friday evening": the day of the verb, not of "evening"
        candidates: Iterable[Token] = ()
        occurring: list[Token] = []
        if owner.pos_ in ("NOUN", "PROPN"):
            candidates = (owner,)
        elif owner.pos_ in VERB_POS:
            candidates = [c for c in owner.children if c.dep_ == "dobj"]
            if tells_occurrence(owner):  # "A third session of the summit closed on Friday": that session took place then
                occurring = [c for c in owner.children if c.dep_ in SUBJECT_DEPS]
                candidates += occurring
        # "the last sitting of the forum on Friday": the part's day is its meeting's
        parts = [(c, m) for c in candidates if c.lemma_.lower() in _occasion_parts()
                 for m in preposition_objects(c, {PART_OF_PREP})]
        candidates = [*candidates, *(m for _, m in parts)]
        # "the talks began on Monday": the day of the talks' opening only (PHASE_KEY_SEP)
        phase = _verb_phase(owner) if occurring else None
        phased = {t.i for t in occurring} | {m.i for c, m in parts if c in occurring} if phase else set()
        for noun in candidates:
            lemma = noun.lemma_.lower()
            if noun.i in seen or not (lemma in nouns or event_noun_type(noun)):
                continue
            date = to_event_date(state, ent, False)
            if date is not None:
                seen.add(noun.i)
                key = f"{lemma}{PHASE_KEY_SEP}{phase}" if noun.i in phased else lemma
                index.setdefault(key, []).append((noun.i, date))
    for entries in index.values():
        entries.sort(key=lambda entry: entry[0])
    return index


def _named_occasions(anchor: Token, own: int) -> list[Token]:
    """The definite nouns that may name the event's occasion: its subject when a vehicle of words ("The
    statement threatened"; not "The deal collapsed", a new act) or the act's own word ("The deal allowed
    ..."), and the objects of "at" and "during" on its
    clause, a clause above it (not across a relative clause) or an adverbial clause of one ("Speaking at
    the event, X suggested that ... should ..."); not "after the invasion", which names an earlier time."""
    same_day = set(date_words()["same_day_preps"]) & set(date_words()["occasion_preps"])
    found = [c for c in anchor.children if c.dep_ in SUBJECT_DEPS and (c.i == own or c.lemma_.lower() in _occasion_nouns())]
    if own != anchor.i:
        found += _sideline_occasions(anchor.doc[own])  # "held a side session on the sidelines of a summit": hung on its noun
    current = anchor
    for _ in range(CLAUSE_HOPS):
        found += preposition_objects(current, same_day) + _sideline_occasions(current) + _phased_meetings(current)
        for clause in (c for c in current.children if c.dep_ == "advcl"):
            # "Speaking to reporters at the close of the talks, X said ...": the frame's phase of the meeting
            found += preposition_objects(clause, same_day) + _phased_meetings(clause)
        if current.head.i == current.i or current.dep_ in OWN_TIME_CLAUSE_DEPS:
            break
        current = current.head
    return [n for n in found if n.pos_ == "NOUN" and has_definite_determiner(n)]


def _sideline_occasions(verb: Token) -> list[Token]:
    """The occasions a clause or an act's noun is told on the sidelines of ("held a side session on the sidelines of a
    summit", "on the margins of the forum"): the noun after "of" (dates.json ``sidelines``)."""
    table = date_words()["sidelines"]
    nouns = set(table["nouns"])
    return [occasion for side in preposition_objects(verb, set(table["prepositions"])) if side.lower_ in nouns
            for occasion in preposition_objects(side, {"of"})]


def re_mentioned_occasion_date(
    state: ArticleState, anchors: EventAnchors, index: dict[str, list[tuple[int, EventDate]]]
) -> EventDate | None:
    """The date of a dated occasion an earlier sentence told, named again by a definite noun on the event."""
    return occasion_named_again(state.doc[anchors.anchor], anchors.own, index)


def occasion_named_again(anchor: Token, own: int, index: dict[str, list[tuple[int, EventDate]]]) -> EventDate | None:
    """The date of a dated occasion an earlier sentence told, named again by a definite noun on the clause of
    ``anchor`` (``_named_occasions``)."""
    for noun in _named_occasions(anchor, own):
        lemma, phase = noun.lemma_.lower(), _noun_phase(noun)
        entries = index.get(lemma, [])
        if phase is not None and f"{lemma}{PHASE_KEY_SEP}{phase}" in index:
            entries = sorted(entries + index[f"{lemma}{PHASE_KEY_SEP}{phase}"], key=lambda entry: entry[0])
        if not entries:
            continue
        sentence_start = sentence_of(noun).start
        position = bisect_left(entries, sentence_start, key=lambda entry: entry[0])
        if position:
            return entries[position - 1][1]
    return None


def _subject_codes(state: ArticleState, verb: Token) -> set[str]:
    codes: set[str] = set()
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        resolved = resolve_mention(state, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text))
        if resolved is not None and resolved.code:
            codes.add(resolved.code)
    return codes


def _is_summary_lead(state: ArticleState, event: Event, anchors: EventAnchors) -> bool:
    """An asserted act of the article's first sentence told in the present perfect ("Kenya has refused", "the
    round of talks has concluded")."""
    anchor = state.doc[anchors.anchor]
    if anchors.own == anchors.anchor:
        anchor = occurrence_verb(anchor) or anchor  # "The fourth round of talks has concluded": the talks' own verb
    first = next(iter(document_sentences(state.doc)), None)
    return (event.modality == "asserted" and first is not None and sentence_of(anchor).start == first.start
            and present_perfect(anchor))


def _subject_names_act(verb: Token, event_type: str) -> bool:
    """Whether the verb's subject names an act of the type ("The newest round of talks opened ..."), or its
    object a phase of one ("the spokesman declared the close of the negotiations")."""
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if subject.pos_ == "NOUN" and (event_noun_type(subject) == event_type
                                       or any(event_noun_type(n) == event_type for n in preposition_objects(subject, {"of"}))):
            return True
    phases = _phase_nouns()
    return any(c.dep_ == OBJECT_DEP and c.lemma_.lower() in phases
               and any(event_noun_type(n) == event_type for n in preposition_objects(c, {"of"})) for c in verb.children)


@functools.cache
def _phase_nouns() -> frozenset[str]:
    """Nouns naming a phase of an act ("the close of the negotiations"): dates.json ``phase_nouns``."""
    return frozenset(date_words()["phase_nouns"])


def date_summary_leads(state: ArticleState, dates: dict[int, SpacySpan]) -> list[Event]:
    """Date an undated present-perfect lead by the next sentence, when that sentence dates a clause of the
    same actor ("Kenya has refused ... In a letter last week, the Kenyan government cited ...") or of the
    act itself ("... have restarted negotiations. The newest round of talks opened on Saturday"); returns the
    events dated."""
    anchors_by_id = event_anchors(state)
    changed: list[Event] = []
    for event in state.events:
        anchors = anchors_by_id.get(event.id)
        codes = {a.code for a in event.actors if a.code}
        if event.date is not None or anchors is None or not _is_summary_lead(state, event, anchors):
            continue
        sentence = token_sentences(state.doc)[anchors.anchor]
        if sentence.end >= len(state.doc):
            continue
        following = token_sentences(state.doc)[sentence.end]
        for verb in (t for t in following if t.pos_ in VERB_POS):
            if shifted_in_time(verb) or not (codes & _subject_codes(state, verb) or _subject_names_act(verb, event.event)):
                continue
            ents = own_dates(verb, dates)
            date = next((d for d in (to_event_date(state, e, False) for e in ents) if d), None) \
                or occasion_date(state, verb, dates)
            if date is not None:
                event.date = date
                changed.append(event)
                break
    return changed


def _same_act(token: Token, date: EventDate, event: Event, own_lemma: str) -> bool:
    """Whether ``token`` names the event's act again: a definite noun of its word or type with no detail but
    the date ("the Feb. 27 deportations", "the visit on Feb. 27"). A verb tells a new act ("attacked the
    city again on April 3")."""
    if token.pos_ != "NOUN" or not has_definite_determiner(token):
        return False
    if token.lemma_.lower() != own_lemma and event_noun_type(token) != event.event:
        return False
    # "the attack on Kyiv on April 3": a detail besides the date tells another act of the same type
    return not any(c.dep_ in DETAIL_DEPS and not _holds(c, date) for c in token.children)


def _holds(token: Token, date: EventDate) -> bool:
    """Whether the phrase ``token`` heads contains the date expression."""
    right = token.right_edge
    return token.left_edge.idx <= date.start < right.idx + len(right.text)


def _needs_later_date(event: Event) -> bool:
    """An asserted act with no date, or one only month-precise."""
    return event.modality == "asserted" and (event.date is None or event.date.granularity in COARSE_GRANULARITIES)


def _later_fits(event: Event, own: Token, token: Token, date: EventDate) -> bool:
    """Whether a later dated mention may give ``event`` its date: a day of the month it has, or, for an
    undated act, a mention of its own word ("met ... The meeting took place on Thursday")."""
    if event.date is not None:
        return date.granularity == "day" and date.value.startswith(event.date.value + "-")
    return token.lemma_.lower().startswith(own.lemma_.lower()[:STEM_LENGTH])


def _told_again_passive(own: Token, token: Token) -> bool:
    """Whether ``token`` is the definite subject of the act's own verb told again in the passive, naming the
    act's object ("have filed a lawsuit ... The suit was filed on Monday", "signed a treaty ... The treaty was
    signed in May"): the same act, now dated."""
    verb = token.head
    if token.dep_ != PASSIVE_SUBJECT_DEP or verb.lemma_.lower() != own.lemma_.lower() or not has_definite_determiner(token):
        return False
    lemma = token.lemma_.lower()
    return any(o.dep_ == "dobj" and o.lemma_.lower().endswith(lemma) for o in own.children)


def date_by_later_mentions(state: ArticleState, dates: dict[int, SpacySpan]) -> None:
    """Date an act from a later sentence that names it again with a date: an undated one ("Zelenskyy met
    Witkoff in Kyiv. The meeting took place on Thursday"), or a month-precise one on a day of that month
    ("deported 40 others last month" ... "the Feb. 27 deportations", "during the visit on Feb. 27")."""
    if not any(_needs_later_date(e) for e in state.events):
        return
    anchors_by_id = event_anchors(state)
    same_day = set(date_words()["same_day_preps"])
    mentions: list[tuple[Token, EventDate]] = []
    for ent in set(dates.values()):
        date = None if is_bound(ent) else to_event_date(state, ent, False)
        if date is None or date.granularity == "year":
            continue
        owner = attachment(ent)
        mentions.append((owner, date))
        if owner.pos_ in VERB_POS:  # "during the visit on Feb. 27", "The meeting took place on Thursday"
            mentions.extend((noun, date) for noun in preposition_objects(owner, same_day))
            if not told_in_present(owner):  # "The arrest is related to his interviews in November": their date
                mentions.extend((noun, date) for noun in owner.children if noun.dep_ in SUBJECT_DEPS)
    mentions.sort(key=lambda mention: mention[0].i)
    for event in state.events:
        anchors = anchors_by_id.get(event.id)
        if anchors is None or not _needs_later_date(event):
            continue
        own = state.doc[anchors.own]
        for token, date in mentions:
            if sentence_of(token).start > sentence_of(own).start and ((_later_fits(event, own, token, date)
                                                       and _same_act(token, date, event, own.lemma_.lower()))
                                                      or (event.date is None and _told_again_passive(own, token))):
                event.date = date
                break


def coordinated_act_date(
    state: ArticleState, event: Event, anchor: Token, dated_anchors: dict[int, EventDate]
) -> EventDate | None:
    """The date of a dated act whose clause this event's clause is coordinated with or subordinate to in
    the same sentence ("Europe retaliated ..., while Canada imposed new tariffs"), unless set apart in
    time ("..., after Kenya had rejected ...")."""
    if event.modality != "asserted" or shifted_in_time(anchor) or follows_placed_clause(anchor):
        return None  # "..., after the king wrote to him, requesting talks": the placed clause's act
    current = anchor
    for _ in range(CLAUSE_HOPS):
        host = absolute_host(current)
        if host is None and (current.dep_ not in LINKED_CLAUSE_DEPS
                             or any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKERS for c in current.children)):
            return None
        current = host if host is not None else current.head
        if current.i in dated_anchors:
            return dated_anchors[current.i]
    return None


def absolute_host(verb: Token) -> Token | None:
    """The word a "with" clause telling what went on alongside hangs on ("closed the summit on Sunday, with the
    envoys pledging a second sitting", "..., yet with the envoys setting out a timetable"): the participle
    shares its host's time; None for any other clause. The parser hangs the participle on "with" or on its
    subject there."""
    if verb.tag_ != GERUND_TAG:
        return None
    link = verb.head if verb.dep_ == ABSOLUTE_PARTICIPLE_DEP else \
        verb.head.head if verb.dep_ == ABSOLUTE_SUBJECT_DEP and verb.head.dep_ == "pobj" else None
    if link is None or link.lower_ != ABSOLUTE_WORD or link.head.i == link.i:
        return None
    return link.head


def counted_own_dates(state: ArticleState, anchors: EventAnchors, dates: dict[int, SpacySpan]) -> list[SpacySpan]:
    """The act's own dates counted from another day ("a day later", "the next day", "later in the day"), also
    those of the clause a participle set after it hangs on ("Later in the day, the mayor stepped up ..., faulting
    him"): the participle shares its host's time."""
    return [ent for token in _own_date_tokens(state, anchors) for ent in own_dates(token, dates)
            if resolve_from(ent.text, PROBE_DAY) is not None]


def _own_date_tokens(state: ArticleState, anchors: EventAnchors) -> set[Token]:
    """The words an act's own dates hang on: its trigger, its anchor, and the clause a participle set after it hangs on."""
    tokens = {state.doc[anchors.own], state.doc[anchors.anchor]}
    return tokens | {t.head for t in tokens if t.dep_ == FRAME_DEP and t.tag_ == GERUND_TAG and t.i > t.head.i}


def counted_only(state: ArticleState, anchors: EventAnchors, dates: dict[int, SpacySpan]) -> bool:
    """Whether every date of the act's own is counted from another time ("Two days later, ...", "Days before the
    vote, ..."): when the count cannot be resolved, the act's day is unknown, neither the day counted from nor another."""
    own = [ent for token in _own_date_tokens(state, anchors) for ent in own_dates(token, dates)]
    return bool(own) and all(counted_from_another(ent.text) for ent in own)


def _previous_day(state: ArticleState, anchors: EventAnchors, dates: dict[int, SpacySpan],
                  earlier: list[tuple[Event, EventDate]]) -> EventDate | None:
    """The day a counted date of the act counts from: the last earlier act dated to the day, or a day the story
    named after it."""
    previous = next((date for _, date in reversed(earlier) if date.granularity == "day"), None)
    told = last_day_told(state, token_sentences(state.doc)[anchors.own].start, dates)
    if told is not None and (previous is None or (previous.start is not None and told.start > previous.start)):
        previous = told
    return previous


# Modalities of an act yet to happen (or only supposed): a count of months from a past act does not date it.
UNDONE_MODALITIES = frozenset({"future", "hypothetical"})


def _previous_month(earlier: list[tuple[Event, EventDate]], previous: EventDate | None,
                    modality: str = "asserted") -> EventDate | None:
    """The month or year the act told just before is dated to, when it is dated to no day and told after the day
    a count would otherwise count from (``previous``): a count of months or years goes on from it. An act yet to
    come counts only from another act yet to come ("In May the sides met. Two months later they will sign"
    leaves the signing undated; "In May they will meet ... two months later they will sign" counts)."""
    last = earlier[-1][1] if earlier else None
    if last is None or last.granularity not in ("month", "year") or last.start is None:
        return None
    if modality in UNDONE_MODALITIES and earlier[-1][0].modality not in UNDONE_MODALITIES:
        return None
    return last if previous is None or previous.start is None or last.start > previous.start else None


def counted_past_another_time(state: ArticleState, anchors: EventAnchors, dates: dict[int, SpacySpan],
                              earlier: list[tuple[Event, EventDate]]) -> bool:
    """Whether the act's counted date ("the next day") follows a clause told at another time than the day it
    would count from ("sued on Tuesday. ... Rolfe recalled that in 1990 ... the next day"): its day is
    unknown, and no other date of its sentence or story is its own."""
    own = counted_own_dates(state, anchors, dates)
    previous = _previous_day(state, anchors, dates, earlier) if own else None
    return _moved_since(state, dates, own, previous)


def _moved_since(state: ArticleState, dates: dict[int, SpacySpan], own: list[SpacySpan],
                 previous: EventDate | None) -> bool:
    """Whether the story told another time between the ``previous`` day and the act's first counted date."""
    return previous is not None and previous.end is not None \
        and _story_moved(state, dates, previous.end, own[0].start_char, previous.value)


def counted_from_previous_act(
    state: ArticleState, anchors: EventAnchors, dates: dict[int, SpacySpan], earlier: list[tuple[Event, EventDate]],
    modality: str = "asserted",
) -> EventDate | None:
    """A date counted from the act or day told just before ("Hamas released three hostages on Saturday. Israel
    freed 90 prisoners a day later", "Obama spent Thursday discussing Asia. He held closed-door meetings earlier
    in the day"): from the last earlier act dated to the day, or a day the story named after it; none when the
    story told another time since (``counted_past_another_time``)."""
    own = counted_own_dates(state, anchors, dates)
    previous = _previous_day(state, anchors, dates, earlier) if own else None
    month = _previous_month(earlier, previous, modality) if own else None
    counted = resolve_months_from(own[0].text, month) if month is not None else None
    if counted is not None:  # "In March, the sides opened talks. Two months later, ...": May, a month as given, or a year
        return None if _moved_since(state, dates, own, month) else \
            EventDate(value=counted.value, granularity=counted.granularity, text=own[0].text, resolved=True,
                      start=own[0].start_char, end=own[0].end_char)
    if previous is None or _moved_since(state, dates, own, previous):
        return None
    ent = own[0]
    found = resolve_from(ent.text, dt.date.fromisoformat(previous.value))
    if found is None:
        return None  # "the same weekend" counted from a weekday: no weekend day known
    return EventDate(value=found.value, granularity=found.granularity, text=ent.text, resolved=True,
                     start=ent.start_char, end=ent.end_char)


def _story_moved(state: ArticleState, dates: dict[int, SpacySpan], start: int, end: int, value: str) -> bool:
    """Whether a clause between two characters tells an act at another time than ``value`` ("Rolfe
    learned that in 1990"): a counted day after it counts from that time, not from the earlier day. A time
    on a noun or in a clause describing one ("a bill the senator sponsored in 2007") moves nothing."""
    quotes = statement_index(state)
    for ent in {e for e in dates.values() if start <= e.start_char < end}:
        verb = attachment(ent)
        if verb.pos_ not in VERB_POS or any(t.dep_ in MODIFIER_CLAUSE_DEPS for t in (verb, *verb.ancestors)) \
                or is_bound(ent) or quotes.in_direct_quote(ent.start_char):
            continue
        found = to_event_date(state, ent, False)
        if found is not None and found.value != value and not value.startswith(found.value):
            return True
    return False


def last_day_told(state: ArticleState, before: int, dates: dict[int, SpacySpan],
                  modal_ahead: bool = False) -> EventDate | None:
    """The day of the last date expression before token ``before`` resolving to one, within ``DAY_TOLD_REACH``
    characters: the day a following "earlier in the day" or "in the morning" is of; with ``modal_ahead``, read
    ahead when its clause is told with a modal ("will begin on Wednesday")."""
    limit = state.doc[before].idx - DAY_TOLD_REACH if before < len(state.doc) else 0
    quotes = statement_index(state)
    for i in range(before - 1, -1, -1):
        if state.doc[i].idx < limit:
            return None
        ent = dates.get(i)
        if ent is None or is_bound(ent) or quotes.in_direct_quote(ent.start_char):
            continue  # "'Today, there are 11 million ...,' he said": a speaker's now, not a day the story told
        if told_on(ent).pos_ not in VERB_POS:
            continue  # "ahead of next Tuesday's primary": a day of a thing named, not of an act told ("At a Thursday rally, ...": of its clause's)
        clause = next((t for t in ent.root.ancestors if t.pos_ in VERB_POS), None) if modal_ahead else None
        found = to_event_date(state, ent, clause is not None and any(c.tag_ == MODAL_TAG for c in clause.children))
        if found is not None and found.granularity == "day":
            return found
    return None


def re_mentioned_event_date(
    state: ArticleState, event: Event, anchors: EventAnchors, dated: dict[str, EventDate]
) -> EventDate | None:
    """The date of an earlier act that a definite noun of the event's own type names again ("Oman hosted the
    meeting"): the most recent earlier act of its word or type, told in an earlier sentence, asserted and
    dated. A noun of another type is the act's content, not its occasion ("Gachagua denied the charges")."""
    anchor = state.doc[anchors.anchor]
    nouns = _named_occasions(anchor, anchors.own) + [c for c in anchor.children
                                                     if c.dep_ == "dobj" and c.pos_ == "NOUN" and has_definite_determiner(c)]
    for noun in nouns:
        if event_noun_type(noun) != event.event:
            continue
        earlier = referenced_event(state, noun, sentence_of(noun).start_char)
        if earlier is not None and earlier.modality == "asserted" and earlier.id in dated:
            return dated[earlier.id]
    return None


def arranged_on(state: ArticleState, verb: Token, dates: dict[int, SpacySpan]) -> EventDate | None:
    """The day a done act arranging something ahead was done on: the last day told before it within
    ``ARRANGED_REACH`` (in the story's voice, or in the quote holding the act: a statement's "today" is its own
    day), when it is the story's day (on or up to ``STORY_DAYS`` before publication), else None. A day ahead
    told before it ("talks will continue April 19") is another arrangement, passed over."""
    published = parse_published(state.article.published)
    if published is None:
        return None
    quotes = statement_index(state)
    own_quotes = set(quotes.quotes_holding(verb.idx, verb.idx + len(verb.text)))
    limit = verb.idx - ARRANGED_REACH
    for i in range(verb.i - 1, -1, -1):
        if state.doc[i].idx < limit:
            return None
        ent = dates.get(i)
        if ent is None or i != ent.start or is_bound(ent):
            continue
        if quotes.in_direct_quote(ent.start_char) and not own_quotes & set(quotes.quotes_holding(ent.start_char, ent.end_char)):
            continue  # another speaker's now, not a day the story told
        if attachment(ent).pos_ not in VERB_POS:
            continue  # "ahead of Tuesday's primary": a day of a thing named, not of an act told
        if attachment(ent).tag_ == BARE_VERB_TAG:
            continue  # "talks are set to begin by Wednesday": the day of an act to come, read back as past
        day = to_event_date(state, ent, False)
        if day is None or day.granularity != "day":
            continue
        if after_the_report(state, day):
            continue  # "which will continue April 19": a day arranged, not one the story told acts of
        if (published - dt.date.fromisoformat(day.value)).days > STORY_DAYS:
            return None  # a day long past: the story told another time last
        return day
    return None
