"""Datelines: the place and date an article opens with ("ISTANBUL, June 2 (Reuters) -",
"MOSCOW, April 18. /TASS/.", "BLANTYRE —"), read once for actor back-off and date resolution."""

from __future__ import annotations

import datetime as dt
import functools
import re

from accord.stages.dates.calendar import date_words
from accord.stages.entities.homonyms import names_us_city
from accord.stages.gazetteer import PLACED_TOWN_MIN_POPULATION, filing_places, find_city, find_country, find_major_city

# A dash ending a dateline: a hyphen only when a space follows it, for a hyphen inside a word joins a place's
# name ("PORT-AU-PRINCE —", "WINSTON-SALEM, N.C. —" would otherwise end at "PORT-", "WINSTON-").
DATELINE_DASH = r"(?:—|–|--|-(?=\s))"
# A dateline's place: a place in capitals (or title case) at the very start, ended by a dash or by a comma
# and a date.
DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'-]{1,40}?)(?:,\s*[A-Z][A-Za-z. ]{0,20})?\s*(?:" + DATELINE_DASH + r"|,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}))")
# A dateline's date: "ISTANBUL, June 2 (Reuters) -", "MOSCOW, April 18. /TASS/.", "KYIV, Ukraine, May 3 -".
DATELINE_DATE = re.compile(r"^\s*[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?,\s*([A-Z][a-z]{2,9})\.?\s+(\d{1,2})\b")
# A whole dateline up to where the story starts: a place ("KYIV", "Kyiv"), an optional region or country
# and date, an optional agency credit ("(AP)", "(Reuters)", "/TASS/.") and the dash: "KYIV, Ukraine (AP) —
# ", "ISTANBUL, June 2 (Reuters) - ", "MOSCOW, April 18. /TASS/. ". ``dateline_end`` accepts it when its
# place is a known city or country, given with a credit or in capitals ("WASHINGTON —", not "NATO —").
DATELINE_END = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .'-]{1,40}?)"
    r"(?:,\s*[A-Z][A-Za-z. ]{1,30}?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\.?"
    r"\s*(?:(?P<credit>\([A-Za-z .&-]{1,30}\)|/[A-Za-z .-]{1,20}/\.?)\s*" + DATELINE_DASH + r"?|" + DATELINE_DASH + r")\s*"
)
# Quotation marks that may open the story after a dateline ("Kyiv — \"We will not leave,\" she said").
STORY_OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
# A capitals dateline place shorter than this is an acronym ("US", "UN", "EU"), not a filing place.
DATELINE_PLACE_MIN_CHARS = 4
# A dateline opens the story's first paragraph, under at most a headline and a subhead or kicker line.
DATELINE_LINES = 3
# A dateline date more than this many days after publication belongs to the previous year.
DATELINE_SLACK_DAYS = 2
# Texts whose datelines are remembered: the stages ask for the same article's datelines per sentence and per event
# (hundreds of times an article), and each asking runs the dateline pattern and the gazetteer again.
DATELINE_CACHE_SIZE = 256


@functools.lru_cache(maxsize=DATELINE_CACHE_SIZE)
def dateline_date(text: str, published: dt.date | None) -> dt.date | None:
    """The date of the article's dateline (opening the text, or under its headline), in the publication's year
    (or the year before, when the day would fall after publication: a December dateline published in January);
    remembered per text (``DATELINE_CACHE_SIZE``)."""
    match = DATELINE_DATE.match(text) or next(
        (m for start, _ in dateline_spans(text) if (m := DATELINE_DATE.match(text[start:]))), None)
    if match is None or published is None:
        return None
    month = date_words()["months"].get(match.group(1).lower())
    if month is None:
        return None
    try:
        day = dt.date(published.year, month, int(match.group(2)))
    except ValueError:
        return None
    if (day - published).days > DATELINE_SLACK_DAYS:
        day = day.replace(year=published.year - 1)
    return day


@functools.lru_cache(maxsize=DATELINE_CACHE_SIZE)
def dateline_end(text: str) -> int:
    """Where the story starts after the article's dateline ("KYIV, Ukraine (AP) — "), 0 without one: the
    dateline names where the story was filed, so it is never part of a sentence's subject or content."""
    match = DATELINE_END.match(text)
    if match is None:
        return 0
    place = match.group("place").strip()
    if not match.group("credit") and (len(place) < DATELINE_PLACE_MIN_CHARS or not place.isupper()):
        # A title-case place with no credit is a dateline when it is a town ("Port-au-Prince —", "Kyiv —") and
        # a sentence starts after the dash: "Ferguson — a community of 21,000 — ..." is an aside on the town.
        story = text[match.end():match.end() + 1]
        town = find_major_city(place, PLACED_TOWN_MIN_POPULATION) is not None
        return match.end() if town and (story.isupper() or story in STORY_OPENING_QUOTES) else 0
    known = find_country(place.title()) or find_city(place.title()) or find_city(place)
    return match.end() if known is not None or place.lower() in filing_places() else 0


def dateline_ends(text: str) -> list[int]:
    """Where the story starts after each dateline opening the text or one of its first
    ``DATELINE_LINES`` non-blank lines: a headline line often stands above the dateline ("Opposition wins.
    \n\nLANARK, Freedonia - The party's allies said"), which is no part of the next sentence either."""
    return [end for _, end in dateline_spans(text)]


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Where each dateline of ``dateline_ends`` starts and where the story starts after it."""
    return list(_dateline_spans(text))  # a fresh list: a caller may change it


@functools.lru_cache(maxsize=DATELINE_CACHE_SIZE)
def _dateline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """``dateline_spans``, remembered per text."""
    ends: list[tuple[int, int]] = []
    start, seen = 0, 0
    while start < len(text) and seen < DATELINE_LINES:
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        if text[start:line_end].strip():
            seen += 1
            end = dateline_end(text[start:line_end])
            if end:
                ends.append((start, start + end))
        start = line_end + 1
    return tuple(ends)


def dateline_country(text: str) -> str | None:
    """The country of the article's dateline place, if it opens with one."""
    match = DATELINE_END.match(text) if dateline_end(text) else DATELINE.match(text)
    if match is None:
        return None
    name = match.group(1).strip()
    place = find_country(name) or find_city(name.title()) or find_city(name)
    return place.country if place is not None and place.country else None


def story_dateline_country(text: str) -> str | None:
    """The country of the dateline opening the story, under its headline if one stands above it: a US state after
    the city places it in the United States ("MANCHESTER, N.H. (AP) —" is no English Manchester)."""
    for start, end in dateline_spans(text):
        line = text[start:end]
        return "USA" if names_us_city(line) else dateline_country(line)
    return None
