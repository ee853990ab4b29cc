"""Turn hand-written VOA annotation drafts (exact text snippets) into ``accord-gold/1`` files with offsets.

VOA stories (voanews.com, Voice of America: public domain) are annotated by people as drafts that quote
the text instead of counting characters; this script finds every snippet in the story and writes the
gold file with ``{text, start, end}`` spans, refusing a snippet it cannot place unambiguously.

    python scripts/voa_gold.py DRAFT.json... [--stories ../shared/dev-sets/voa/stories.jsonl]
                               [--out tests/fixtures/voa]

A draft: ``{"id", "split": "dev"|"holdout", "statements": [...], "events": [...]}``. A statement has
``kind``, ``content``, ``cue``, ``speaker`` (snippets; cue/speaker may be null), ``name``, ``title``,
``affiliation``, ``sector`` and optionally ``after`` (a snippet the content follows, to pick one of
several occurrences) and ``cue_in`` (a longer snippet holding the cue, to pick the right "said"). An event has the gold fields of ``shared/gold/FORMAT.md`` with ``trigger`` a
snippet and ``sentence`` a snippet holding the trigger (placing it), plus ``modality``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# How far (characters) a cue or speaker may lie from its content: a sentence or two of attribution.
ATTRIBUTION_WINDOW = 400


class DraftError(ValueError):
    """A snippet that is not in the story, or is there more than once with nothing to choose."""


def occurrences(text: str, snippet: str) -> list[int]:
    """Every start offset of ``snippet`` in ``text`` as a whole word ("he" not inside "the"), else anywhere."""
    starts, at = [], text.find(snippet)
    while at >= 0:
        starts.append(at)
        at = text.find(snippet, at + 1)
    whole = [s for s in starts if _word_bounded(text, s, s + len(snippet))]
    return whole or starts


def _word_bounded(text: str, start: int, end: int) -> bool:
    """No letter or digit glued to either end of ``text[start:end]`` where that end is a word character."""
    before = start > 0 and text[start].isalnum() and text[start - 1].isalnum()
    after = end < len(text) and text[end - 1].isalnum() and text[end].isalnum()
    return not before and not after


def place(text: str, snippet: str, after: int = 0, near: tuple[int, int] | None = None, where: str = "") -> dict:
    """The span of ``snippet``: its only occurrence at or after ``after``, or the one nearest ``near``."""
    starts = [s for s in occurrences(text, snippet) if s >= after]
    if near is not None:
        lo, hi = near
        starts = [s for s in occurrences(text, snippet) if lo - ATTRIBUTION_WINDOW <= s <= hi + ATTRIBUTION_WINDOW]
        starts.sort(key=lambda s: 0 if lo <= s < hi else min(abs(s - lo), abs(s - hi)))
    if not starts:
        raise DraftError(f"{where}: {snippet!r} not found")
    if near is None and len(starts) > 1 and after == 0:
        raise DraftError(f"{where}: {snippet!r} occurs {len(starts)} times; add 'after' or a longer snippet")
    start = starts[0]
    return {"text": snippet, "start": start, "end": start + len(snippet)}


def place_within(text: str, snippet: str, context: str | None, near: tuple[int, int], where: str) -> dict:
    """``snippet`` placed nearest ``near``, or, when the draft gives a longer ``context`` holding it (a cue's
    "cue_in": "He said that when"), inside that context placed nearest ``near``: a bare "said" after or
    inside a quote can otherwise win over the right one."""
    if not context:
        return place(text, snippet, near=near, where=where)
    if snippet not in context:
        raise DraftError(f"{where}: {snippet!r} is not inside its context {context!r}")
    around = place(text, context, near=near, where=where)
    start = around["start"] + context.index(snippet)
    return {"text": snippet, "start": start, "end": start + len(snippet)}


def build_statement(raw: dict, text: str, index: int) -> dict:
    """One gold statement from its draft."""
    where = f"statements[{index}]"
    after = place(text, raw["after"], where=f"{where}.after")["start"] if raw.get("after") else 0
    content = place(text, raw["content"], after=after, where=f"{where}.content")
    bounds = (content["start"], content["end"])
    cue = place_within(text, raw["cue"], raw.get("cue_in"), bounds, f"{where}.cue") if raw.get("cue") else None
    speaker = None
    if raw.get("speaker"):
        speaker = place(text, raw["speaker"], near=(cue["start"], cue["end"]) if cue else bounds, where=f"{where}.speaker")
        speaker.update({k: raw.get(k) for k in ("name", "title", "affiliation", "sector")})
    return {"id": f"s{index + 1}", "kind": raw["kind"], "speaker": speaker, "cue": cue, "content": content}


def build_event(raw: dict, text: str, index: int) -> dict:
    """One gold event from its draft: the trigger is placed inside its sentence snippet."""
    where = f"events[{index}]"
    after = place(text, raw["after"], where=f"{where}.after")["start"] if raw.get("after") else 0
    sentence = place(text, raw["sentence"], after=after, where=f"{where}.sentence")
    trigger = place(text, raw["trigger"], near=(sentence["start"], sentence["end"]), where=f"{where}.trigger")
    if not sentence["start"] <= trigger["start"] < sentence["end"]:
        raise DraftError(f"{where}: trigger {raw['trigger']!r} is not inside its sentence")
    event = {"id": f"e{index + 1}"}
    for key in ("event", "alternatives", "mode", "actor", "recipient", "negated", "modality", "date", "location", "quantity"):
        event[key] = raw.get(key, [] if key in ("alternatives", "actor", "recipient") else None)
    event["negated"] = bool(event["negated"])
    event["trigger"] = trigger
    event["sentence"] = sentence
    event["optional"] = bool(raw.get("optional", False))
    if raw.get("note"):
        event["note"] = raw["note"]
    return event


def build_gold(draft: dict, story: dict) -> dict:
    """The ``accord-gold/1`` object of one annotated story."""
    text = story["text"]
    return {
        "format": "accord-gold/1",
        "id": f"voa-{story['id']}",
        "text_file": f"corpus/voa-{story['id']}.txt",
        "published": story["published"][:10],
        "language": "en",
        "source_url": story["url"],
        "credit": "Voice of America (voanews.com), public domain",
        "title": story["title"],
        "statements": [build_statement(s, text, i) for i, s in enumerate(draft.get("statements") or [])],
        "events": [build_event(e, text, i) for i, e in enumerate(draft.get("events") or [])],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drafts", nargs="+", type=Path)
    parser.add_argument("--stories", type=Path, default=Path("../shared/dev-sets/voa/stories.jsonl"))
    parser.add_argument("--out", type=Path, default=Path("tests/fixtures/voa"))
    args = parser.parse_args(argv)
    stories = {s["id"]: s for s in map(json.loads, args.stories.read_text(encoding="utf-8").splitlines())}
    failed = 0
    for path in args.drafts:
        try:
            draft = json.loads(path.read_text(encoding="utf-8"))
            story = stories[str(draft["id"])]
            gold = build_gold(draft, story)
        except (DraftError, KeyError, json.JSONDecodeError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        split = draft.get("split", "dev")
        (args.out / "corpus").mkdir(parents=True, exist_ok=True)
        (args.out / split).mkdir(parents=True, exist_ok=True)
        (args.out / "corpus" / f"voa-{story['id']}.txt").write_text(story["text"], encoding="utf-8")
        (args.out / split / f"voa-{story['id']}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{path}: {len(gold['statements'])} statements, {len(gold['events'])} events → {split}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
