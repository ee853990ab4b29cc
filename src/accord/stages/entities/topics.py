"""A country word before a noun of expertise names the topic, not the person's country ("a China analyst").

"a Korea expert at the Wilson Center" studies Korea; "a North Korean expert at the Middlebury Institute
in California" is an expert on North Korea working in the US. The country a description gives is then
the one the rest of it names (the institution or the place), else none; a demonym ("a Chinese analyst",
often a nationality) gives way only to such a rest.
"""

from __future__ import annotations

import functools

from accord.knowledge.actors import lexicon, lookup_actor
from accord.knowledge.loader import read_rows
from accord.knowledge.regions import region_country

TOPIC_HEADS_FILE = "actors/topic_heads.tsv"
# Longest country name or demonym before the noun ("Democratic Republic of Congo").
MAX_COUNTRY_WORDS = 5
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
        return False, None
    role, _, rest = found
    coded = lookup_actor(rest) if rest else None
    code = coded.code if coded is not None and coded.code else (region_country(rest) if rest else None)
    if code is None and role == "demonym":
        return False, None
    return True, code
