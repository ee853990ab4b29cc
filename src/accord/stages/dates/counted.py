"""Acts counted from another act of their sentence (issue 14 item 5): "His comments come two days after Erdogan
denounced Israel", "The strike came a day after rebels attacked the base on Friday", "He resigned three days after
the minister accused him".

A count of days or weeks on an "after" or "before" clause places one act relative to the other: the clause's act is
that many days before (after "after") or after (after "before") the act it hangs on, and the other way round. A
date is given only when the other act's day is known: its own day-precise date in the sentence, the date already
given to an act told by it, or, for a host clause that tells no time of its own, the last day the story told just
before (``dates.context.last_day_told``: "Altun, Monday tweeted ... His comments come two days after ..."), when the
sentence tells no other time ("plan to meet in Vienna on Friday, a week after they held talks" names a day ahead,
on another verb). A clause counted from another act takes no other date of its sentence: its host's "on Saturday"
is not its day. A count on "after"/"before" with a named occasion ("Two days after the talks, Iran accused ...")
moves the occasion's day the same way (``counted_preposition``, used by the dates stage's referenced date), also when
the parser hangs the preposition on the count ("A day after Friday's vote, ...": ``counted_phrase_objects``). A bare
weekday on an act told as coming after the one before ("the ministers talk again afterwards, on Saturday") is the first such
weekday after that act's day (``sequenced_weekday``).

Hand audit on PolNeAR train (seed 86061: the 147 of its 840 articles with a day, week, month or year count before
"after"/"before", every one that can fire): the clause rules gave 2 dates, both right (an assault the day before a
dated tweet, which had taken the tweet's day; a shooting four days before a visit), 1 wrong date withheld (an act
two days before a clause dated by a weekday on another verb, which had taken that weekday), none lost; the occasion
count fired on none (it only replaces the occasion's own day, which a count of days says is not the act's, by that
day moved or by none). VOA dev: one date won ("His comments come two days after Erdogan denounced Israel");
multi-outlet: one wrong date found and fixed before merge (a host told ahead).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import EventDate
from accord.stages.base import ArticleState
from accord.stages.dates.calendar import LEADING_LIMITERS, WEEK_DAYS, date_words, within_the_day
from accord.stages.dates.attachment import own_dates, to_event_date
from accord.stages.dates.context import last_day_told
from accord.stages.grammar import MODAL_TAG
from accord.stages.token_filters import sentence_of

# A count of days or weeks ("two days", "a week", "10 days"): a month or a year counted from a day names no
# day, and "days" with no count names no one.
COUNT = re.compile(r"^(?:just\s+|only\s+)?(?P<count>a|an|one|\d+|[a-z]+)\s+(?P<unit>day|week)s?$")
# Markers that place a clause before or after the act it hangs on, and which way the count goes from the
# clause's day to its host's: "A two days after B" is B's day plus two.
WAYS = {"after": 1, "before": -1}
# The last word of a time counted on a clause ("two days", "several weeks", "months"): a date such as "Dec. 2"
# on an "after" clause is the clause's own day, not a count.
COUNTED_UNITS = frozenset({"minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"})
# Counts told bare, with no number ("Days before the vote", "hours after the talks"): counted, by no number of days
# but hours (the act's own day, ``calendar.within_the_day``).
BARE_UNITS = frozenset({"minutes", "hours", "days", "weeks", "months", "years"})
# How a counted clause hangs on its host: an adverbial clause ("came a day after rebels attacked").
COUNTED_CLAUSE_DEP = "advcl"
# How a count hangs on the clause's verb or on its preposition ("two days after", "a week before the vote").
COUNT_DEPS = frozenset({"npadvmod"})


def _days(count: SpacySpan) -> int | None:
    """The days a count of days or weeks names ("two days" → 2, "a week" → 7), or None."""
    text = count.text.lower().strip()
    within = within_the_day(LEADING_LIMITERS.sub("", text))
    if within is not None:  # "hours after the vote": its day; "36 hours after": maybe the next
        return 0 if within else None
    match = COUNT.match(text)
    if match is None:
        return None
    word = match.group("count")
    count = 1 if word in ("a", "an") else (int(word) if word.isdigit() else date_words()["numbers"].get(word))
    if count is None or word in ("few", "several"):
        return None
    return count * (WEEK_DAYS if match.group("unit") == "week" else 1)


def _marker(verb: Token) -> str | None:
    """The "after"/"before" opening a clause, lowercased, or None."""
    return next((c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in WAYS), None)


def _count_on(word: Token, dates: dict[int, SpacySpan], way: int) -> tuple[int | None, SpacySpan] | None:
    """The signed days a time counted on ``word`` names ("two days" → 2 * way), or None for a count that names
    no number ("several days"), with the count's span; None when ``word`` carries no count."""
    for child in word.children:
        if _is_count(child, dates):
            # the count's own words: the tagger may join it to a date before ("on Saturday, two days after")
            count = word.doc[child.left_edge.i:child.i + 1]
            days = _days(count)
            return (way * days if days is not None else None), count
    return None


def counted_preposition(prep: Token, dates: dict[int, SpacySpan]) -> tuple[int | None, SpacySpan] | None:
    """For "after" or "before" with a time counted on it ("two days after the talks"), the signed days from
    its object's day to the day of the act it hangs on (None for a count naming no number), and the count."""
    if prep.lower_ not in WAYS:
        return None
    return _count_on(prep, dates, WAYS[prep.lower_]) or _count_over(prep, dates)


def _count_over(prep: Token, dates: dict[int, SpacySpan]) -> tuple[int | None, SpacySpan] | None:
    """For "after" or "before" that the parser hung on the count itself ("A day after Friday's vote, the senator
    met ...": "after" under "day"), the signed days and the count's span, as ``_count_on`` gives them; else None."""
    count = prep.head
    if prep.dep_ != "prep" or not _is_count(count, dates):
        return None
    span = count.doc[count.left_edge.i:count.i + 1]
    days = _days(span)
    return (WAYS[prep.lower_] * days if days is not None else None), span


def _is_count(word: Token, dates: dict[int, SpacySpan]) -> bool:
    """Whether a word the verb carries is a count of time ("two days", "weeks"): tagged a date, or a numbered count
    of days the tagger left untagged ("A day after the talks, ...")."""
    if word.dep_ not in COUNT_DEPS or word.lower_ not in COUNTED_UNITS:
        return False
    return word.i in dates or _days(word.doc[word.left_edge.i:word.i + 1]) is not None \
        or (word.left_edge.i == word.i and word.lower_ in BARE_UNITS)  # "Days before the vote, ..."


def counted_phrase_objects(verb: Token, dates: dict[int, SpacySpan]) -> list[Token]:
    """The objects of an "after" or "before" hung on a count of days the verb carries ("A week after the talks,
    Iran accused ...": the parser hangs "after" on "week", the count on the verb), for ``counted_preposition``."""
    return [obj for count in verb.children if _is_count(count, dates)
            for prep in count.children if prep.dep_ == "prep" and prep.lower_ in WAYS
            for obj in prep.children if obj.dep_ == "pobj"]


def uncounted_occasion(verb: Token, dates: dict[int, SpacySpan]) -> bool:
    """Whether the act is counted from an occasion by no number of days ("Days before the vote, ...", "weeks after the
    talks"): before or after the occasion's day, on no day the text gives."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in WAYS]
    preps += [obj.head for obj in counted_phrase_objects(verb, dates)]
    return any((counted := counted_preposition(prep, dates)) is not None and counted[0] is None for prep in preps)


def shifted(day: EventDate, days: int, ent: SpacySpan) -> EventDate | None:
    """A day-precise date moved by ``days``, with the count as its text; None for a month or a year."""
    return _shifted(day, days, ent) if day.granularity == "day" else None


def counted_offset(verb: Token, dates: dict[int, SpacySpan]) -> tuple[int | None, SpacySpan] | None:
    """For a clause opened by "after" or "before" with a time counted on it ("two days after Erdogan
    denounced", "months after"), the signed days from the clause's act to its host's (None when the count
    names no number of days: "several days", "a month") and the count's span; None for any other clause."""
    if verb.dep_ != COUNTED_CLAUSE_DEP:
        return None
    marker = _marker(verb)
    if marker is None:
        return None
    return _count_on(verb, dates, WAYS[marker])


def _own_day(state: ArticleState, verb: Token, dates: dict[int, SpacySpan], skip: SpacySpan | None,
             any_granularity: bool = False) -> EventDate | None:
    """A clause's own day-precise date ("attacked the base on Friday"), not the count itself; with
    ``any_granularity`` a month or a year too ("after talks collapsed in March")."""
    for ent in own_dates(verb, dates):
        if skip is not None and ent.start <= skip.start < ent.end:
            continue
        found = to_event_date(state, ent, False)
        if found is not None and (any_granularity or found.granularity == "day"):
            return found
    return None


def _shifted(day: EventDate, days: int, ent: SpacySpan) -> EventDate:
    """A day moved by ``days``, with the count as its text and span."""
    value = (dt.date.fromisoformat(day.value) + dt.timedelta(days=days)).isoformat()
    return EventDate(value=value, granularity="day", text=ent.text, resolved=True,
                     start=ent.start_char, end=ent.end_char)


def counted_clause_date(
    state: ArticleState, anchor: Token, dates: dict[int, SpacySpan], dated_anchors: dict[int, EventDate],
    day_told_before: EventDate | None,
) -> EventDate | None:
    """The day of a clause's act counted from its host's ("(His comments come) two days after Erdogan denounced
    Israel"): the host's own day, the date of an act told by the host, or, when the host tells no time of
    its own, ``day_told_before`` (the day the story told just before); None when unknown."""
    counted = counted_offset(anchor, dates)
    if counted is None:
        return None
    offset, ent = counted
    own = _own_day(state, anchor, dates, ent, any_granularity=True)
    if own is not None:
        return own  # "a day after rebels attacked the base on Friday": its own date
    if offset is None:
        return None  # "several days after ...": before its host's day, by no number of days
    host = anchor.head
    if any(c.tag_ == MODAL_TAG for c in host.children):
        return None  # "will gather on Thursday, ten days after the envoys signed": a day ahead, resolved as past
    day = _own_day(state, host, dates, None) or dated_anchors.get(host.i)
    sentence = range(sentence_of(host).start, sentence_of(host).end)
    if day is None and not any(i in dates and not ent.start <= i < ent.end for i in sentence):
        day = day_told_before  # its sentence tells no other time (not "plan to meet on Friday, a week after")
    return _shifted(day, -offset, ent) if day is not None and day.granularity == "day" else None


def counted_host_date(state: ArticleState, anchor: Token, dates: dict[int, SpacySpan]) -> EventDate | None:
    """The day of an act from the own day of a clause counted from it ("The strike came a day after rebels
    attacked the base on Friday": Saturday), or None."""
    for clause in anchor.children:
        counted = counted_offset(clause, dates)
        if counted is not None and counted[0] is not None:
            offset, ent = counted
            day = _own_day(state, clause, dates, ent)
            return _shifted(day, offset, ent) if day is not None else None
    return None


def _bare_weekday(text: str) -> int | None:
    """The weekday a date expression names alone ("Saturday", "on Saturday"), or None."""
    words = [w for w in re.findall(r"[a-z]+|\d+", text.lower()) if w != "on"]
    return date_words()["weekdays"].get(words[0]) if len(words) == 1 else None


def sequenced_weekday(state: ArticleState, verb: Token, found: EventDate, dates: dict[int, SpacySpan]) -> EventDate | None:
    """The day of a bare weekday on an act told as coming after the one before ("the ministers talk again afterwards,
    on Saturday", dates.json ``sequence_words``), when read from publication it falls on or before the day told just
    before it: the first such weekday after that day; None when no change is due."""
    weekday = _bare_weekday(found.text or "")
    if weekday is None or found.granularity != "day" \
            or not any(c.dep_ == "advmod" and c.lower_ in date_words()["sequence_words"] for c in verb.children):
        return None
    previous = last_day_told(state, verb.i, dates, modal_ahead=True)
    if previous is None:
        return None
    before = dt.date.fromisoformat(previous.value)
    if dt.date.fromisoformat(found.value) > before:
        return None
    day = before + dt.timedelta(days=(weekday - before.weekday() - 1) % WEEK_DAYS + 1)
    return EventDate(value=day.isoformat(), granularity="day", text=found.text, resolved=True,
                     start=found.start, end=found.end)
