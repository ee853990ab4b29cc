"""The PLOVER trigger lexicon and the manual's recoding rules, loaded once from ``accord/data/events``.

Knowledge lives in data files (``triggers.tsv``, ``frames.json``, ``cues.json``, and ``condemnation.tsv`` for the
condemning words the calling frames name); this module only parses them into lookup tables keyed by lemma
so trigger finding is one dict lookup per token.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from accord.knowledge.loader import Row, read_json, read_rows
from accord.stages.events.accusations import condemnation_words

NOT_A_TRIGGER = "-"
# A two-word noun entry ending in one of these is head + preposition ("call for"), not modifier + head.
PREPOSITIONS = frozenset({"for", "on", "to", "of", "with", "against", "from", "at"})


@dataclass(frozen=True)
class TriggerEntry:
    """One lexicon line: a word (with an optional particle or modifier) naming a PLOVER type and mode."""

    pos: str
    lemma: str
    type: str
    mode: str | None
    second: str | None = None  # particle/preposition (verbs) or modifier (nouns), if any
    objects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """Trigger entries by (pos, head lemma), plus the frames and cue tables."""

    entries: dict[tuple[str, str], tuple[TriggerEntry, ...]]
    frames: dict[str, Any]
    cues: dict[str, Any]
    frame_of: dict[tuple[str, str], str] = field(default_factory=dict)

    def candidates(self, pos: str, lemma: str) -> tuple[TriggerEntry, ...]:
        return self.entries.get((pos, lemma), ())


HYPHEN = "-"
TRIGGER_COLUMNS = ("pos", "phrase", "type", "mode", "objects")
# An objects item "condemnation:KIND|KIND" stands for every word of those kinds in condemnation.tsv, so the
# call/describe/label frames and statement accusations share one list of condemning words.
CONDEMNATION_REFERENCE = "condemnation:"


def _objects(cell: str) -> frozenset[str]:
    """The object words of a lexicon line, with each condemnation.tsv reference expanded to its words."""
    words: set[str] = set()
    for item in (o.strip() for o in cell.split(",")):
        if item.startswith(CONDEMNATION_REFERENCE):
            wanted = set(item[len(CONDEMNATION_REFERENCE):].split("|"))
            words.update(lemma for lemma, kinds in condemnation_words().items() if kinds & wanted)
        elif item:
            words.add(item)
    return frozenset(words)


def _parse_triggers(rows: list[Row]) -> dict[tuple[str, str], tuple[TriggerEntry, ...]]:
    table: dict[tuple[str, str], list[TriggerEntry]] = {}
    for row in rows:
        pos, phrase, type_ = row["pos"], row["phrase"].lower(), row["type"]
        mode = row["mode"] or None
        objects = _objects(row["objects"])
        words = phrase.split()
        if pos == "noun" and len(words) > 1 and words[-1] not in PREPOSITIONS:
            head, second = words[-1], " ".join(words[:-1])
        else:
            head, second = words[0], (" ".join(words[1:]) or None)
        entry = TriggerEntry(pos, head, type_, mode, second, objects)
        table.setdefault((pos, head), []).append(entry)
        if len(words) == 1 and HYPHEN in phrase.strip(HYPHEN):
            # the tokenizer splits "cease-fire" into cease - fire: the last part heads, the first modifies it
            first, last = phrase.rsplit(HYPHEN, 1)
            table.setdefault((pos, last), []).append(TriggerEntry(pos, last, type_, mode, first.replace(HYPHEN, " "), objects))
    # Most specific first: entries with a second word, then with objects, then defaults.
    return {
        key: tuple(sorted(items, key=lambda e: (e.second is None, not e.objects)))
        for key, items in table.items()
    }


def _frame_index(frames: dict[str, Any]) -> dict[tuple[str, str], str]:
    index: dict[tuple[str, str], str] = {}
    for frame in ("intent", "request", "reject", "threaten"):
        spec = frames[frame]
        for pos_key, pos in (("verbs", "verb"), ("adjs", "adj"), ("nouns", "noun")):
            for phrase in spec.get(pos_key, []):
                index.setdefault((pos, phrase), frame)
    return index


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon, parsed once per process."""
    frames = read_json("events/frames.json")
    cues = read_json("events/cues.json")
    return Lexicon(_parse_triggers(read_rows("events/triggers.tsv", TRIGGER_COLUMNS)), frames, cues, _frame_index(frames))
