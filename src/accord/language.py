"""Offline language identification for articles."""

from __future__ import annotations

import functools
from types import ModuleType

# The language the stages and lexicons are written for; other languages get empty records.
EXTRACTED_LANGUAGE = "en"
# Fewer letters than this and identification is a guess: assume the pipeline's language.
MIN_LETTERS_TO_IDENTIFY = 20
# Only the start of a long article is needed to tell its language; classification is O(length).
SAMPLE_CHARS = 4000


@functools.lru_cache(maxsize=1)
def _identifier() -> ModuleType:
    """py3langid, imported on first use (loading its model takes a moment)."""
    import py3langid

    return py3langid


def detect_language(text: str, default: str = EXTRACTED_LANGUAGE) -> str:
    """ISO 639-1 code of the text's language (``default`` when the text is too short to tell)."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS_TO_IDENTIFY:
        return default
    code, _prob = _identifier().classify(sample)
    return code


def language_name(code: str) -> str:
    """The English name of an ISO 639-1 code ("de" -> "German"); the code itself when pycountry lacks it."""
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    return found.name if found is not None else code


def not_extracted_notice(code: str | None) -> str | None:
    """Why an article has no records when its language is not the one accord extracts; None otherwise."""
    if not code or code == EXTRACTED_LANGUAGE:
        return None
    return f"This article is in {language_name(code)} ({code}); accord extracts English text only, so it has no statements or events."
