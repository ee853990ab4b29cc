"""The article's context country: the country an unaffiliated speaker most likely belongs to.

News names a local official, lawyer or resident without saying their country when the story is set
there ("Finance Minister Muhammad Aurangzeb", in a story about Pakistan). The annotation standard
(and an analyst) gives such a speaker the story's country; this module finds it as the country the
article's actors belong to most often: every mention of a country, or of a person, group or
institution coded with one, counts once. (Counting country names only, or weighting the lead more,
was tried and chose worse on VOA dev.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from accord.records import Entity

# Codes that are not a country: a speaker never inherits one from the context.
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"})
# Sectors of news outlets: "told VOA", "Reuters reported" say who reports the story, not where it is set.
OUTLET_SECTORS = frozenset({"JRN"})
_ISO3 = re.compile(r"[A-Z]{3}")


def country_counts(entities: Sequence[Entity]) -> Counter[str]:
    """Mentions of each country code over the article's coded entities (countries and their actors)."""
    counts: Counter[str] = Counter()
    for entity in entities:
        if entity.code and entity.code not in NON_STATE_CODES and _ISO3.fullmatch(entity.code) \
                and entity.sector not in OUTLET_SECTORS:
            counts[entity.code] += len(entity.mentions)
    return counts


def context_country(entities: Sequence[Entity]) -> str | None:
    """The most mentioned country of the article, or None when it names none or two tie."""
    counts = country_counts(entities)
    if not counts:
        return None
    (best, score), *rest = counts.most_common(2)
    if rest and rest[0][1] == score:
        return None  # the article is about two countries equally: the context cannot choose
    return best
