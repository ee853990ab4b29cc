"""Head nouns of unnamed speakers and actors whose place says little of whom they belong to: heads a story's setting
does not place ("experts", "critics") and heads that an "in" phrase does not place ("migrants in Libya", "negotiators in
Doha"). Pure loaders over ``data/actors``; read by the entities and statements stages alike (issue 13 item 2)."""

from __future__ import annotations

import functools

from accord.knowledge.loader import read_rows

UNPLACED_FILE = "actors/unplaced_speakers.tsv"
ORIGIN_ONLY_FILE = "actors/origin_only_heads.tsv"


@functools.lru_cache(maxsize=1)
def unplaced_heads() -> frozenset[str]:
    """Speaker head nouns the story's setting does not place in a country (analysts, critics ...)."""
    return frozenset(row["word"] for row in read_rows(UNPLACED_FILE, ("word",)))


@functools.lru_cache(maxsize=1)
def origin_only_heads() -> frozenset[str]:
    """Head nouns placed by where they come from ("refugees from Syria"), never by where they are ("migrants in Libya")."""
    return frozenset(row["word"] for row in read_rows(ORIGIN_ONLY_FILE, ("word",)))
