"""Speaker vocabulary (titles, honorifics, gendered nouns, pronoun classes), read once from data/cues/speakers.json."""

from __future__ import annotations

import functools
from typing import Any

from accord.knowledge.loader import read_json


@functools.lru_cache(maxsize=1)
def speaker_words() -> dict[str, Any]:
    """Titles, honorifics, gendered nouns and pronoun classes (data/cues/speakers.json)."""
    data = read_json("cues/speakers.json")
    for key in ("titles", "document_time_nouns", "issuing_verbs", "issued_nouns", "receiving_verbs", "principal_bodies", "generic_bodies",
                "media_roles"):
        data[key] = frozenset(data[key])
    return data


@functools.lru_cache(maxsize=1)
def person_heads() -> dict[str, str | None]:
    """Nouns that head a described person ("spokesman", "chief", "woman", "son"), with the gender they say."""
    words = speaker_words()
    heads: dict[str, str | None] = dict.fromkeys(words["titles"])
    heads.update(words["gendered_nouns"])
    return heads
