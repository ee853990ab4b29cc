"""A country word before a noun of expertise names the topic, not the person's country ("a China analyst").

"a Korea expert at the Wilson Center" studies Korea; "a North Korean expert at the Middlebury Institute
in California" is an expert on North Korea working in the US. The country a description gives is then
the one the rest of it names (the institution or the place), else none; a demonym ("a Chinese analyst",
often a nationality) gives way only to such a rest.
"""

from __future__ import annotations

import functools
import re

from accord.knowledge.actors import lexicon, lookup_actor
from accord.knowledge.loader import read_rows
from accord.knowledge.regions import region_country
from accord.stages.entities.homonyms import US, names_us_city
from accord.stages.gazetteer import named_place_country

TOPIC_HEADS_FILE = "actors/topic_heads.tsv"
# Longest country name or demonym before the noun ("Democratic Republic of Congo").
MAX_COUNTRY_WORDS = 5
# Prepositions opening the topic of the expertise ("an American expert on Iran"): their country is the topic too.
TOPIC_PREPOSITIONS = frozenset({"on", "about"})
# Prepositions after a topic phrase that place the expert ("an expert on Iran at the Wilson Center").
PLACING_PREPOSITIONS = frozenset({"at", "with", "for", "from"})
# "... at Kyiv University in Kharkiv": the place seating the institution of the rest of a description.
_SEAT = re.compile(r"\bin\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")
_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "former", "veteran", "longtime", "leading", "top"})


@functools.lru_cache(maxsize=1)
def topic_heads() -> frozenset[str]:
    """Nouns of expertise (data/actors/topic_heads.tsv)."""
    return frozenset(row["word"] for row in read_rows(TOPIC_HEADS_FILE, ("word",)))


def topic_country(text: str) -> tuple[str, str, str] | None:
    """(role, country code, the rest of the text) when ``text`` opens with a country word right before a noun of
    expertise ("a China analyst at X" -> ("name", "CHN", "at X")), role "name" for a country's name or alias and
    "demonym" for an adjective; None otherwise."""
    words = text.split()
    start = 0
    while start < len(words) and words[start].lower() in _DETERMINERS:
        start += 1
    for size in range(min(MAX_COUNTRY_WORDS, len(words) - start - 1), 0, -1):
        head = words[start + size].lower().strip(",;.")
        if head not in topic_heads():
            continue
        entry = lexicon().entry(" ".join(words[start:start + size]))
        if entry is not None and entry.kind == "country" and entry.role in ("name", "alias", "demonym"):
            return ("demonym" if entry.role == "demonym" else "name"), entry.code, " ".join(words[start + size + 1:])
    return None


def described_country(text: str) -> tuple[bool, str | None]:
    """(whether the topic rule applies, the code it gives) for a description: the code of the rest of the
    text (its institution or region) after a topic country; None for a country name with no rest; for a
    demonym with no placed rest, the rule does not apply (the demonym may be a nationality)."""
    found = topic_country(text)
    if found is None:
        return _topic_after_head(text)
    role, _, rest = found
    rest = _without_topic_phrase(rest)
    coded = lookup_actor(rest) if rest else None
    code = coded.code if coded is not None and coded.code else (_rest_place(rest) if rest else None)
    if code is None and role == "demonym":
        return False, None
    return True, code


def _rest_place(rest: str) -> str | None:
    """The country the rest of a description places the person in: a region it names ("at a Texas college"),
    a city written with its US state ("at Lakeview University in Tampa, Fla."), or a
    country, state or major city after "in"; else None."""
    code = region_country(rest)
    if code is None and names_us_city(rest):
        code = US
    if code is None and (seat := _SEAT.search(rest)) is not None:
        code = named_place_country(seat.group(1).rstrip(",."))
    return code


def _without_topic_phrase(rest: str) -> str:
    """The rest of a description without a topic phrase opening it: "on Iran" names the topic like "a China
    analyst" does; "on Iran at the Wilson Center" keeps "at the Wilson Center", which places the expert."""
    words = rest.split()
    if not words or words[0].lower() not in TOPIC_PREPOSITIONS:
        return rest
    placing = next((i for i, word in enumerate(words) if word.lower() in PLACING_PREPOSITIONS), None)
    return " ".join(words[placing:]) if placing is not None else ""


def _topic_after_head(text: str) -> tuple[bool, str | None]:
    """(whether the rule applies, the code) for a noun of expertise whose topic follows it ("an expert on
    Iran", "a specialist on Russia at Carnegie"): the topic's country is no one's affiliation; what places the
    expert after it is. The rule applies only when the topic phrase names a country."""
    words = text.split()
    for i, word in enumerate(words[:-2]):
        if word.lower().strip(",;") in topic_heads() and words[i + 1].lower() in TOPIC_PREPOSITIONS:
            rest = " ".join(words[i + 1:])
            topic = rest[: len(rest) - len(placed)] if (placed := _without_topic_phrase(rest)) else rest
            coded_topic = lookup_actor(" ".join(topic.split()[1:]))
            if coded_topic is None or coded_topic.kind != "country":
                return False, None
            coded = lookup_actor(placed) if placed else None
            return True, (coded.code if coded is not None and coded.code else None)
    return False, None
