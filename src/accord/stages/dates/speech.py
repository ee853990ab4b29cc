"""Speech acts told through a statement (issue 14 item 5): an act that is a statement's own speech act takes
the story's day told just before, when the statement itself names no date.

A story names its day once ("Sullivan spoke by phone Sunday with ...") and then reports what was said on that
occasion without naming it again ("A statement said Sullivan expressed the administration's commitment",
"Balkhi said Islamabad must address internal issues"). Such a statement's speech acts are dated only when
every sign says the statement belongs to that day: its cue is in the simple past, its clause is not set apart
or placed in time, its sentence tells no time of its own, and a sentence at most ``FOLLOW_UP_SENTENCES``
before it, in the story's voice with no other date told since (even one of a thing named), tells the story's day and names the speaker
(or, for a government official, names the speaker's country as a doer: ``dates.officials``).
The speech acts of a statement are its cue ("expressed commitment", "rejected the claim") and a demand,
accusation, refusal or threat its content makes in the present or with a modal ("must address", "We urge");
a past act the speaker recounts ("said troops had attacked", "said police fired") keeps its own time.
Hand audit on PolNeAR train (all 840 articles, drawn in the order of seed 4417): fired 15 times, right 14,
wrong 1 (a statement misattributed to the president dated by his day).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event, Statement
from accord.stages.anchors import undated_told_events
from accord.stages.base import ArticleState
from accord.stages.dates.attachment import (
    DIRECT_KIND,
    cue_overlaps,
    main_clause,
    placed_in_time,
    shifted_in_time,
    simple_past,
)
from accord.stages.dates.context import present_perfect
from accord.stages.dates.statement_index import statement_index
from accord.stages.events.habitual import tells_habit
from accord.stages.dates.officials import officials_of_any
from accord.stages.dates.followup import FOLLOW_UP_SENTENCES, StoryDays, day_before, tells_time
from accord.stages.token_filters import sentence_of

# PLOVER types a statement's content makes by being said ("must address" is a demand, "is a terrorist state"
# an accusation): the content's other types are acts the speaker tells of, with times of their own.
SPEECH_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Verb tags of a clause said as holding now ("calls for", "urge", "must address"): a speech act of the
# statement's day, not a recounted act.
PRESENT_TAGS = frozenset({"VBZ", "VBP", "VB"})
# How a reported clause hangs on the verb reporting it ("said Sullivan expressed ...").
REPORTED_DEPS = frozenset({"ccomp"})
# Tags of a past auxiliary or verb, which make a content clause a recounted act ("did attack", "were planned").
PAST_TAGS = frozenset({"VBD", "VBN"})


def _cue_root(state: ArticleState, statement: Statement) -> Token | None:
    """The head word of a statement's cue, if it has one on token boundaries."""
    cue = state.doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand") if statement.cue else None
    return cue.root if cue is not None else None


def _said_now(verb: Token) -> bool:
    """A content clause said as holding now: a present or bare verb with no past auxiliary ("urge", "calls
    for", "must address"), not a participle nor the past ("attacked", "had planned", "was directed")."""
    return verb.tag_ in PRESENT_TAGS and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS for c in verb.children)


def _speech_statement(state: ArticleState, event: Event, anchor: Token) -> Statement | None:
    """The statement whose speech act the event is: one whose cue is the event's trigger or the verb it hangs
    on ("expressed commitment"), or the one reporting it when it is a present or modal demand, accusation,
    refusal or threat in that statement's content."""
    spans = ((event.trigger.start, event.trigger.end), (anchor.idx, anchor.idx + len(anchor.text)))
    index = statement_index(state)
    reporting = index.by_id.get(event.statement) if event.statement else None
    if reporting is not None and cue_overlaps(reporting, spans):
        return reporting
    if reporting is not None and event.event in SPEECH_ACT_TYPES and _said_now(anchor) \
            and reporting.content.start <= event.trigger.start and event.trigger.end <= reporting.content.end:
        return reporting
    return next(iter(index.with_cue_over(spans)), None)


def _in_a_quote(state: ArticleState, statement: Statement) -> bool:
    """Whether a statement's cue lies inside a direct quote ("'Merkel welcomed them all,' a user posted")."""
    own = (statement.content.start, statement.content.end) if statement.kind == DIRECT_KIND else None
    return any(q != own for q in statement_index(state).quotes_holding(statement.cue.start, statement.cue.end))


def told_clause(verb: Token) -> bool:
    """Whether a verb's clause is a main clause or one reported by a main clause ("A statement said Sullivan
    expressed ..."): a subordinate or relative clause keeps a time of its own ("..., while Rubio praised")."""
    current = verb
    while not main_clause(current):
        while current.dep_ == "conj":
            current = current.head
        if current.dep_ not in REPORTED_DEPS:
            return False
        current = current.head
    return True


def _of_its_day(cue: Token, dates: dict[int, SpacySpan]) -> bool:
    """The statement is told as made on the story's day: its cue in the simple past, not set apart or placed
    in time, no habit nor many occasions ("repeatedly thanked"), and its sentence telling no time (which the walk would have used, or which marks another day)."""
    return (simple_past(cue) and told_clause(cue) and not shifted_in_time(cue) and not placed_in_time(cue) and not present_perfect(cue)
            and not tells_habit(cue)
            and not any(i in dates and tells_time(cue.doc[i], None) for i in range(sentence_of(cue).start, sentence_of(cue).end)))


def date_speech_acts(state: ArticleState, dates: dict[int, SpacySpan], days: StoryDays) -> list[Event]:
    """Give the story's day to the undated speech acts of statements made on it; returns the events dated."""
    starts, told, other, told_at = days.starts, days.told, days.other, days.told_at
    changed: list[Event] = []
    for event, anchors in undated_told_events(state):
        statement = _speech_statement(state, event, state.doc[anchors.anchor])
        speaker = statement.speaker.entity if statement is not None and statement.speaker is not None else None
        cue = _cue_root(state, statement) if speaker is not None else None
        if cue is None or _in_a_quote(state, statement) or not _of_its_day(cue, dates):
            continue  # a statement inside another's quote is told in that speaker's voice, not the story's
        sentence = bisect_right(starts, cue.i) - 1
        day = day_before(told, told_at, sentence)
        if day is None:
            continue
        # a date naming the told day again ("her wins Tuesday") keeps the story on it
        if sentence - day.sentence > FOLLOW_UP_SENTENCES or any(day.sentence <= o <= sentence for o in other) \
                or days.another_time_since(day, sentence):
            continue  # too far, or a time told since (even of a thing: "at another event on Thursday"): the story may have moved on
        if speaker in day.entities or officials_of_any(state, {speaker}, day.doers):  # "Iran on Friday ... Its foreign minister said"
            event.date = day.date
            changed.append(event)
    return changed
