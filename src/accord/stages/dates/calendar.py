"""A small resolver of news date expressions against a publication date.

Written instead of dateparser for the edges news needs: a bare weekday is the most recent such day
on or before publication (in future-tense clauses the next one from it, publication day included); a bare month is the most recent
one not after publication; "three years ago", "in March 2022", "May 16" and ISO dates. A week ("last
week", "next week", "two weeks ago") is its month when the whole week lies in one month, else its year when
it lies in one year (the coarsest date the contract writes: it has no ranges), else no date; a weekend is its
Saturday; "a week", "the year", "the last year" are stretches of time, not dates.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from accord.knowledge.loader import read_json
from accord.records import EventDate, Granularity

# Words joining the ends of a span ("from January through July", "March to May"): a span across months is
# no one date ("November and January" names two, the first of which dates the act).
SPAN_WORDS = frozenset({"through", "to", "until", "till", "thru"})
# Days in a week, for "last week" / "next week" (the value is the same weekday a week away).
WEEK_DAYS = 7
# How many days before publication a day may be and still be the story's day (a follow-up's, an arrangement's):
# a weekday named in the story ("on Friday") resolves to at most six days back.
STORY_DAYS = 7
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
DAY_NUMBER = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
# A day and month without a year this close after publication is the coming one: news style gives the
# year of a date in the past year, so a bare "April 2" in a March story is not eleven months ago.
UPCOMING_DAYS = 62
# A date counted from the act told just before ("a day later", "two days earlier", "the next day", "a month later").
STORY_RELATIVE = re.compile(
    r"^(?:the\s+)?(?:(?P<count>\S+)\s+(?P<unit>day|week|month|year)s?\s+(?P<way>later|after|earlier|before)"
    r"|(?P<side>next|following|previous)\s+day)$"
)
# The day of the act or day told just before ("earlier in the day", "later that day", "the same day"), or a
# time of that day ("in the morning", "later that night").
SAME_DAY = re.compile(r"^(?:(?:earlier|later)\s+)?(?:in\s+|on\s+)?(?:the\s+same|that|the)\s+day$|^(?:the\s+)?same\s+day$"
                      r"|^(?:(?:earlier|later)\s+)?(?:in\s+|on\s+)?(?:that|the)\s+(?:morning|afternoon|evening|night)$")
# Hours or minutes counted from the act told just before ("hours later", "a few hours earlier", "two hours after",
# "minutes later", "30 minutes after"): that act's day. A count of more than ``SAME_DAY_HOURS`` may pass midnight,
# so it names no day.
HOURS_COUNT = re.compile(r"^(?:(?:a\s+few|a\s+couple\s+of|several)\s+|(?P<count>\S+)\s+)?(?P<unit>hour|minute)s?$")
HOURS_COUNTED = re.compile(r"^(?P<hours>.*\b(?:hour|minute)s?)\s+(?:later|earlier|after|before)$")
# Minutes in an hour: a count of minutes stays within the day up to ``SAME_DAY_HOURS`` of them.
HOUR_MINUTES = 60
# The most hours a count may name and still be read as the same day: news tells "two hours later" of one evening,
# "18 hours later" of the next day as often as of the same one.
SAME_DAY_HOURS = 6
# The weekend of the act told just before ("the same weekend", "that weekend"): the Saturday that weekend begins
# on, as "over the weekend" read from publication (``_weekend_saturday``); a weekday before it names no weekend.
SAME_WEEKEND = re.compile(r"^(?:on\s+|over\s+|during\s+)?(?:the\s+same|that)\s+weekend$")
# Words limiting a counted day that do not change it ("just a day before", "only two days later").
LEADING_LIMITERS = re.compile(r"^(?:just|only|barely)\s+")
# A time counted from another time the story told, never from publication ("a month later", "the week
# before", "the same weekend"); "earlier this month" still counts from publication.
COUNTED_FROM_ANOTHER = re.compile(r"\b(?:minute|hour|day|week|weekend|month|year)s?\s+(?:later|earlier|before|after)\b|\bsame\b"
                                  r"|^(?:on\s+|over\s+|during\s+)?that\s+weekend$")
# Words that place a week, month or year relative to publication ("this week", "last month", "next year");
# without one, "a week", "the year" or "his first year" name a stretch of time, not a date.
PAST_DEICTICS = frozenset({"last", "past", "previous"})
FUTURE_DEICTICS = frozenset({"next", "coming"})
# Words that move a weekday named on that same weekday a week ahead ("next Thursday" told on a Thursday). A bare
# weekday in a future clause is the publication day itself: news style names the day for "today" (VOA dev: "expected
# to have a ... meeting ... on Thursday" in a Thursday story; multi-outlet: "due to arrive early on Saturday" told on
# a Saturday), as is "later Thursday".
WEEK_AHEAD_WORDS = FUTURE_DEICTICS | {"upcoming"}
DEICTICS = PAST_DEICTICS | FUTURE_DEICTICS | {"this", "current"}
# "the last year", "the past week", "over the next month": a stretch of time up to or from publication.
DURATION = re.compile(
    r"\bthe\s+(?P<way>last|past|next|coming|previous)\s+(?:(?P<count>\S+)\s+)?(?P<unit>day|week|month|year)s?\b")
# Python's weekday number of Saturday, the day a weekend stands for (a day is what the contract dates with).
SATURDAY = 5
# Months in a year: a count of years counted from a day moves it by twelve months each.
MONTHS = 12
# Python's weekday number of Sunday: a story told on a Sunday means by "last week" the week that ended the day
# before (news weeks run to the weekend; VOA dev: "phone conversations last week" in a Sunday story of March 9
# were of March 3 to 7, not of the week before).
SUNDAY = 6
# Counts that name no number ("a few weeks ago", "several years ago"): counted back, they give no date.
VAGUE_COUNTS = frozenset({"few", "several"})
# The night before publication ("last night", "late last night"): news is told the morning after it.
LAST_NIGHT = re.compile(r"^(?:(?:late|early)\s+)?last\s+night$")
# A part of the publication day ("this morning", "earlier this afternoon", "late this evening"): the tagger reads it
# as a time and names no day, but it is the day the story is told, as "today" is (not "this week").
THIS_DAYPART = re.compile(r"^(?:(?:earlier|later|late|early)\s+)?this\s+(?:morning|afternoon|evening)$")
AGO = re.compile(r"\b(\S+(?:\s+few)?)\s+(day|week|month|year)s?\s+ago\b")


@dataclass(frozen=True)
class ResolvedDate:
    value: str
    granularity: Granularity


@functools.lru_cache(maxsize=1)
def date_words() -> dict:
    """The month/weekday/number tables, loaded once."""
    return read_json("dates/dates.json")


def story_day(date: EventDate, published: dt.date | None) -> bool:
    """Whether a resolved day is the story's: on or up to ``STORY_DAYS`` before publication (a day long past
    is background, whose follow-ups may be years apart)."""
    if published is None or date.granularity != "day" or not date.resolved:
        return False
    return 0 <= (published - dt.date.fromisoformat(date.value)).days <= STORY_DAYS


def parse_published(published: str | None) -> dt.date | None:
    """The publication date from an ISO date or datetime string, or None."""
    if not published:
        return None
    match = ISO_DATE.search(published)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _number(word: str) -> int | None:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return date_words()["numbers"].get(word)


def _day(d: dt.date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), "day")


def _month(year: int, month: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}-{month:02d}", "month")


def _upcoming(published: dt.date, month: int, day: int) -> bool:
    """Whether this year's ``month``/``day`` falls within ``UPCOMING_DAYS`` after publication."""
    try:
        return 0 < (dt.date(published.year, month, day) - published).days <= UPCOMING_DAYS
    except ValueError:
        return False


def resolve(text: str, published: dt.date | None, future: bool = False) -> ResolvedDate | None:
    """The date a news expression names, relative to ``published``; None when it cannot be resolved."""
    words = date_words()
    lower = text.lower().strip()
    tokens = re.findall(r"[a-z]+|\d+", lower)
    iso = ISO_DATE.search(lower)
    if iso:
        try:
            return _day(dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))))
        except ValueError:
            return None
    months = [words["months"][t] for t in tokens if t in words["months"] and not (t == "may" and len(tokens) == 1)]
    if len(set(months)) > 1 and set(tokens) & SPAN_WORDS:
        return None  # "from January through July": a span across months names no one date
    month = months[0] if months else None
    year_match = YEAR.search(lower)
    year = int(year_match.group(1)) if year_match else None
    if month is not None:
        rest = ISO_DATE.sub("", YEAR.sub("", lower))
        day_match = DAY_NUMBER.search(rest)
        day = int(day_match.group(1)) if day_match else None
        if year is None:
            if published is None:
                return None
            year = published.year
            month_start = dt.date(year, month, 1)
            later = month_start > published if not future else False
            if later and day is not None and _upcoming(published, month, day):
                later = False  # "take effect April 2" in a March story: this year's, not last year's
            if future and (month, day or 1) < (published.month, published.day if day else 1):
                year += 1
            elif later:
                year -= 1
        if day is not None:
            try:
                return _day(dt.date(year, month, day))
            except ValueError:
                return _month(year, month)
        return _month(year, month)
    if year is not None and not any(t in words["weekdays"] for t in tokens):
        return ResolvedDate(f"{year:04d}", "year")
    if published is None:
        return None
    if LAST_NIGHT.match(lower):
        return _day(published - dt.timedelta(days=1))
    if THIS_DAYPART.match(lower):
        return _day(published)
    for token in tokens:
        if token in words["day_offsets"]:
            return _day(published + dt.timedelta(days=words["day_offsets"][token]))
    weekday = next((words["weekdays"][t] for t in tokens if t in words["weekdays"]), None)
    if weekday is not None:
        forward = future or any(t in words["future_words"] for t in tokens)
        if any(t in ("last", "past", "previous") for t in tokens):
            forward = False
        if forward:
            delta = (weekday - published.weekday()) % WEEK_DAYS
            if delta == 0 and any(t in WEEK_AHEAD_WORDS for t in tokens):
                delta = WEEK_DAYS  # "next Thursday" told on a Thursday: a week ahead
            return _day(published + dt.timedelta(days=delta))
        # A past-tense weekday naming the publication day is that day: wire copy dated Friday reports
        # "talks on Friday" the same day. "last Friday" on a Friday is a week before.
        delta = (published.weekday() - weekday) % WEEK_DAYS
        if delta == 0 and any(t in ("last", "past", "previous") for t in tokens):
            delta = WEEK_DAYS
        return _day(published - dt.timedelta(days=delta))
    ago = AGO.search(lower)
    if ago:
        word = ago.group(1).split()[-1]
        count = None if word in VAGUE_COUNTS else _number(word)
        unit = ago.group(2)
        if count is None:
            return None  # "a few weeks ago", "several years ago": no one date
        if unit == "day":
            return _day(published - dt.timedelta(days=count))
        if unit == "week":
            return _week_month(published - dt.timedelta(days=WEEK_DAYS * count))  # a week, not a day
        if unit == "month":
            shifted = _shift_months(published, -count)
            return _month(shifted.year, shifted.month)
        return ResolvedDate(f"{published.year - count:04d}", "year")
    if STORY_RELATIVE.match(lower) or COUNTED_FROM_ANOTHER.search(lower):
        return None  # "a week later", "the same weekend", "the week before": counted from another time, not publication
    seasons = words["season_last_months"]
    season = next((seasons[t] for t in tokens if t in seasons), None)
    if season is not None:
        return _season_year(published, season, tokens)
    step = -1 if any(t in PAST_DEICTICS for t in tokens) else (1 if any(t in FUTURE_DEICTICS for t in tokens) else 0)
    if "weekend" in tokens:
        return _day(_weekend_saturday(published, step, future))
    duration = DURATION.search(lower)
    if duration:
        return _stretch_month(duration, published)
    if not any(t in DEICTICS for t in tokens):
        return None  # "a week of traffic jams", "in his first year": a stretch of time, no date
    if "week" in tokens:
        if step < 0 and published.weekday() == SUNDAY:
            return _week_month(published - dt.timedelta(days=1))  # told on a Sunday: the week just ended
        return _week_month(published + dt.timedelta(days=WEEK_DAYS * step), ahead=step > 0 or (future and step == 0))
    if "month" in tokens:
        shifted = _shift_months(published, step)
        return _month(shifted.year, shifted.month)
    if "year" in tokens:
        return ResolvedDate(f"{published.year + step:04d}", "year")
    return None


def _season_year(published: dt.date, last_month: int, tokens: list[str]) -> ResolvedDate | None:
    """The year of a season told against publication ("this fall", "last summer"); a bare or coming season
    ("in the summer", "next spring") names none."""
    if any(t in PAST_DEICTICS for t in tokens):
        year = published.year if published.month > last_month else published.year - 1
    elif "this" in tokens:
        year = published.year
    else:
        return None
    return ResolvedDate(f"{year:04d}", "year")


def _stretch_month(duration: re.Match, published: dt.date) -> ResolvedDate | None:
    """The month of a stretch of days, weeks or months up to or from publication ("in the last two weeks",
    "over the next ten days") when it lies in one month, else its year when it lies in one year ("over the
    past month" told on March 10); else None ("spent the last year", "the previous week", counted from
    another time)."""
    if duration.group("way") == "previous" or duration.group("unit") not in ("day", "week", "month"):
        return None
    word = duration.group("count")
    if word is None and duration.group(0).endswith("s"):
        return None  # "in the coming days", "over the past weeks": no number, no one stretch
    count = 1 if word is None else (None if word in VAGUE_COUNTS else _number(word))
    if count is None:
        return None
    way = -1 if duration.group("way") in ("last", "past") else 1
    if duration.group("unit") == "month":
        other = _shift_months(published, way * count).replace(day=min(published.day, 28))
    else:
        other = published + dt.timedelta(days=way * count * (WEEK_DAYS if duration.group("unit") == "week" else 1))
    return _within(other, published, ahead=way > 0)


def _week_month(day: dt.date, ahead: bool = False) -> ResolvedDate | None:
    """The month of the Monday-to-Sunday week holding ``day``, when the whole week lies in that month: "last
    week" names no day; a week across two months names no one month, only its year (``_within``)."""
    monday = day - dt.timedelta(days=day.weekday())
    return _within(monday, monday + dt.timedelta(days=WEEK_DAYS - 1), ahead)


def _within(first: dt.date, last: dt.date, ahead: bool = False) -> ResolvedDate | None:
    """The finest date holding both ends of a stretch: their month, else their year (a week from March 30 to
    April 5 is "2025"), else None (a stretch across New Year names no one year). A stretch ahead ("next week")
    gets no year: the guards keeping a done act from a day after its report ("agreed to hold more talks next
    week") compare at the date's own granularity, and a year is never after it (multi-outlet: three arranging
    acts had taken the year of the week they arranged)."""
    if (first.year, first.month) == (last.year, last.month):
        return _month(first.year, first.month)
    if first.year == last.year and not ahead:
        return ResolvedDate(f"{first.year:04d}", "year")
    return None


def _weekend_saturday(published: dt.date, step: int, future: bool) -> dt.date:
    """The Saturday of the weekend meant: the latest one begun by publication ("over the weekend"), the
    one before it when publication falls on a weekend ("last weekend" told on a Sunday), or the coming
    one for a future clause or "next weekend"."""
    if step > 0 or (future and step == 0):
        return published + dt.timedelta(days=(SATURDAY - published.weekday()) % WEEK_DAYS)
    latest = published - dt.timedelta(days=(published.weekday() - SATURDAY) % WEEK_DAYS)
    if step < 0 and published.weekday() >= SATURDAY:
        latest -= dt.timedelta(days=WEEK_DAYS)  # "last weekend" on a Sunday: not the one under way
    return latest


def resolve_from(text: str, anchor: dt.date) -> ResolvedDate | None:
    """The day an expression counted from another act's day names ("a day later", "the next day", "later that
    day"), or None."""
    lower = LEADING_LIMITERS.sub("", text.lower().strip())
    if SAME_DAY.match(lower) and lower != "the day":
        return _day(anchor)
    hours = HOURS_COUNTED.match(lower)
    if hours is not None:  # "hours later": the act's day; "36 hours later": no day known
        return _day(anchor) if within_the_day(hours.group("hours")) else None
    if SAME_WEEKEND.match(lower):
        return _day(anchor - dt.timedelta(days=anchor.weekday() - SATURDAY)) if anchor.weekday() >= SATURDAY else None
    match = STORY_RELATIVE.match(lower)
    if match is None:
        return None
    if match.group("side"):
        return _day(anchor + dt.timedelta(days=-1 if match.group("side") == "previous" else 1))
    count = 1 if match.group("count") in ("a", "an", "the") else _number(match.group("count"))
    if count is None:
        return None  # "days later", "several weeks earlier": counted from the act, by no number
    way = 1 if match.group("way") in ("later", "after") else -1
    if match.group("unit") in ("month", "year"):  # "a month later": the same day of the month counted to
        return _day(_day_months_on(anchor, way * count * (MONTHS if match.group("unit") == "year" else 1)))
    days = count * (WEEK_DAYS if match.group("unit") == "week" else 1)
    return _day(anchor + dt.timedelta(days=way * days))


def resolve_months_from(text: str, anchor: ResolvedDate) -> ResolvedDate | None:
    """The month or year an expression counting months or years names from another act's month or year ("In
    March, ... Two months later": May; "In 2019 ... Two years later": 2021), or None: a count of days or weeks from
    a month names no day, nor one of months from a year a month."""
    match = STORY_RELATIVE.match(LEADING_LIMITERS.sub("", text.lower().strip()))
    if match is None or match.group("unit") not in ("month", "year") \
            or anchor.granularity not in ("month", "year") or (anchor.granularity, match.group("unit")) == ("year", "month"):
        return None
    count = 1 if match.group("count") in ("a", "an", "the") else _number(match.group("count"))
    if count is None:
        return None  # "months later": by no number
    way = 1 if match.group("way") in ("later", "after") else -1
    if anchor.granularity == "year":
        return ResolvedDate(f"{int(anchor.value) + way * count:04d}", "year")
    year, month = (int(part) for part in anchor.value.split("-"))
    first = _shift_months(dt.date(year, month, 1), way * count * (MONTHS if match.group("unit") == "year" else 1))
    return _month(first.year, first.month)


def within_the_day(count: str) -> bool | None:
    """For a count of hours or minutes ("hours", "a few hours", "two hours", "30 minutes"), whether it stays within
    the day it counts from (``SAME_DAY_HOURS``); None for any other words."""
    match = HOURS_COUNT.match(count.lower().strip())
    if match is None:
        return None
    number = match.group("count")
    limit = SAME_DAY_HOURS * (HOUR_MINUTES if match.group("unit") == "minute" else 1)
    return number is None or number in ("a", "an") or (_number(number) or limit + 1) <= limit


def counted_from_another(text: str) -> bool:
    """Whether a date expression counts from another time the story told ("two days later", "the same weekend",
    "hours earlier", "days before"), resolvable or not: never from publication."""
    lower = LEADING_LIMITERS.sub("", text.lower().strip())
    return bool(STORY_RELATIVE.match(lower) or HOURS_COUNTED.match(lower) or SAME_WEEKEND.match(lower)
                or COUNTED_FROM_ANOTHER.search(lower)) or (bool(SAME_DAY.match(lower)) and lower != "the day")


def _day_months_on(day: dt.date, months: int) -> dt.date:
    """The day ``months`` months from ``day``, on its day of the month or the last one that month has."""
    first = _shift_months(day, months)
    following = _shift_months(first, 1)
    return first.replace(day=min(day.day, (following - first).days))
