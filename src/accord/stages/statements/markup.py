"""Speakers that are markup, not names: plain text may hold HTML (`Minister <script>...`, `<b>Officials</b>`),
and the parser can take a tag or its `>` as the speaker. A speaker's name is words: markup is cut from it,
and a speaker with no words left is no speaker (the statement stays, with its source unnamed)."""

from __future__ import annotations

import re

from accord.records import Speaker, Statement

# A tag (`<b>`, `</script>`), a tag cut off at the span's end (`<script`), or a stray angle bracket.
MARKUP = re.compile(r"</?[A-Za-z][^<>]*>?|[<>]")


def _has_word(text: str) -> bool:
    return any(c.isalpha() for c in text)


def without_markup(speaker: Speaker) -> Speaker | None:
    """``speaker`` with markup cut from its name and from the end of its span; None when no word is left."""
    name = speaker.name or speaker.text
    if not MARKUP.search(speaker.text) and not MARKUP.search(name):
        return speaker
    clean_name = " ".join(MARKUP.sub(" ", name).split())
    if not _has_word(clean_name):
        return None
    kept = speaker.text
    while (tail := _trailing_markup(kept)) is not None:  # "the Foreign Minister <script" -> "the Foreign Minister"
        kept = kept[:tail].rstrip()
    if not _has_word(kept) or MARKUP.fullmatch(kept.strip()):
        return None
    return speaker.model_copy(update={"name": clean_name, "text": kept, "end": speaker.start + len(kept)})


def _trailing_markup(text: str) -> int | None:
    """Where markup that ends ``text`` starts, if it does."""
    last = None
    for match in MARKUP.finditer(text):
        last = match
    if last is not None and not text[last.end():].strip():
        return last.start()
    return None


def drop_markup_speakers(statements: list[Statement]) -> list[Statement]:
    """Every statement with its speaker's markup removed (``without_markup``)."""
    cleaned = []
    for statement in statements:
        speaker = statement.speaker
        if speaker is not None:
            fixed = without_markup(speaker)
            if fixed is not speaker:
                statement = statement.model_copy(update={"speaker": fixed})
        cleaned.append(statement)
    return cleaned
