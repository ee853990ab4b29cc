"""Speakers that are markup, not names: plain text may hold HTML (`Minister <script>...`, `<b>Officials</b>`),
and the parser can take a tag or its `>` as the speaker. A speaker's name is words: markup is cut from it
and from the ends of its span, and a speaker with no words left is no speaker (the statement stays, with
its source unnamed). What counts as markup: ``accord.stages.markup``."""

from __future__ import annotations

from accord.records import Speaker, Statement
from accord.stages.markup import clean_name, has_markup, has_word, leading_markup, trailing_markup


def without_markup(speaker: Speaker) -> Speaker | None:
    """``speaker`` with markup cut from its name and from the ends of its span; None when no word is left."""
    name = speaker.name or speaker.text
    if not has_markup(speaker.text) and not has_markup(name):
        return speaker
    fixed_name = clean_name(name)
    if not has_word(fixed_name):
        return None
    text = speaker.text
    start = leading_markup(text)
    kept = text[start:]
    while (end := trailing_markup(kept)) < len(kept):  # "the Foreign Minister <script" -> "the Foreign Minister"
        kept = kept[:end]
    stripped = kept.strip()
    offset = start + (len(kept) - len(kept.lstrip()))
    if not has_word(stripped):
        return None
    return speaker.model_copy(update={"name": fixed_name, "text": stripped, "start": speaker.start + offset,
                                      "end": speaker.start + offset + len(stripped)})


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
