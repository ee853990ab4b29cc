"""The country of the place a person's description says they live in or come from ("a resident of Kharkiv",
"a shopkeeper in Gaza", "a farmer from Punjab").

The annotation standard gives a resident the country they live in; without this the story's most
mentioned country was handed to a person the text places elsewhere (a Kharkiv resident in a story whose
actors are mostly Russian was RUS). A description whose head is a post (an ambassador, a correspondent, a
commander, an aid worker: data/actors/posted_titles.tsv) places the post, not the person, and gives nothing.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span

from accord.knowledge.loader import read_rows
from accord.stages.gazetteer import named_place_country
from accord.stages.grammar import GEO_LABELS

POSTED_TITLES_FILE = "actors/posted_titles.tsv"
# Prepositions whose place object says where the described person lives or comes from.
RESIDENCE_PREPOSITIONS = frozenset({"of", "in", "from"})


@functools.lru_cache(maxsize=1)
def posted_titles() -> frozenset[str]:
    """Head nouns of descriptions that place a post, not a person (data/actors/posted_titles.tsv)."""
    return frozenset(row["word"] for row in read_rows(POSTED_TITLES_FILE, ("word",)))


def residence_country(description: Span) -> str | None:
    """The country of the one place an of/in/from phrase on the description's head names, or None (no such
    place, a posted head, or places of two countries)."""
    head = description.root
    if head.lower_ in posted_titles() or head.lemma_.lower() in posted_titles():
        return None
    countries: set[str] = set()
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in RESIDENCE_PREPOSITIONS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or not (obj.ent_type_ in GEO_LABELS or obj.pos_ == "PROPN" and obj.ent_type_ != "PERSON"):
                continue  # a place, or a proper noun the tagger mislabelled ("of Kharkiv" tagged ORG)
            place = description.doc[obj.left_edge.i : obj.i + 1]
            code = named_place_country(place.text.removeprefix("the ").removeprefix("The "))
            if code:
                countries.add(code)
    return countries.pop() if len(countries) == 1 else None
