"""Derive accord's PETRARCH2 verb table (``data/events/petrarch_verbs.tsv``) for the event type model.

    .venv/bin/python scripts/build_petrarch_verbs.py [--shared ../shared]

Reads the PETRARCH2 CAMEO verb dictionary (``<shared>/reference/petrarch-dictionaries/CAMEO.2.0.txt``,
MIT, Copyright (c) 2015 Open Event Data Alliance) and maps its CAMEO codes to PLOVER types through
``data/events/cameo_to_plover.tsv``. One row per verb: the verb's default PLOVER type (its own code or
its synonym block's) and, from the block's patterns, the PLOVER type a following object word gives
("* SANCTIONS [163]" -> sanction:SANCTION). The model uses them as weak-label features
(``type_model.petrarch_features``): whether the dictionary agrees with the rules' type for this verb
and object, which the model weighs against the hand-labelled data.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from accord.knowledge.loader import read_rows

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
SOURCE = "reference/petrarch-dictionaries/CAMEO.2.0.txt"
OUT = ROOT / "src" / "accord" / "data" / "events" / "petrarch_verbs.tsv"
SECTION = "####### VERB PATTERNS"
HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
VERB = re.compile(r"^\+?([A-Z][A-Z_]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?")
PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]+)\]")
WORD = re.compile(r"^[A-Z][A-Z_]*$")


def plover_of(code: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code (its first code when two are given), by the longest known prefix."""
    code = code.split(":")[0].strip()
    while code and code != "---":
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def parse(text: str, table: dict[str, str]) -> dict[str, tuple[str | None, dict[str, str]]]:
    """Verb lemma -> (default PLOVER type, {object word: PLOVER type}) from the dictionary's verb section."""
    verbs: dict[str, tuple[str | None, dict[str, str]]] = {}
    block_default: str | None = None
    block_verbs: list[str] = []
    in_section = False
    for raw in text.splitlines():
        line, _, comment = raw.partition("#")
        line = line.rstrip()
        if raw.startswith(SECTION):
            in_section = True
            continue
        if not in_section or not line.strip():
            continue
        header = HEADER.match(line)
        if header:
            block_default = plover_of(header.group(2), table)
            block_verbs = []
            continue
        pattern = PATTERN.match(line)
        if pattern:
            words = pattern.group(1).split()
            after = words[words.index("*") + 1:] if "*" in words else []
            target = plover_of(pattern.group(2), table)
            first = next((w for w in after if WORD.match(w)), None)
            named = comment.split()[0].lower() if comment.split() else ""
            # a pattern's comment names the verb it was written for; without one it serves the block
            for verb in ([named] if named in block_verbs else block_verbs) if first and target else []:
                if target != verbs[verb][0]:
                    verbs[verb][1].setdefault(first.lower(), target)
            continue
        verb = VERB.match(line.strip())
        if verb and "_" not in verb.group(1):
            lemma = verb.group(1).lower()
            own = plover_of(verb.group(2), table) if verb.group(2) else None
            verbs.setdefault(lemma, (own or block_default, {}))
            block_verbs.append(lemma)
    return verbs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args(argv)
    source = args.shared / SOURCE
    if not source.is_file():
        print(f"{source}: not found (pass --shared)", file=sys.stderr)
        return 2
    table = {r["code"]: r["type"] for r in read_rows("events/cameo_to_plover.tsv", ("code", "type", "mode", "description"))}
    verbs = parse(source.read_text(encoding="utf-8", errors="replace"), table)
    lines = [
        "# PETRARCH2 verbs mapped to PLOVER: weak labels for the event type model (scripts/build_petrarch_verbs.py).",
        "# Derived from the PETRARCH2 CAMEO verb dictionary, MIT License, Copyright (c) 2015 Open Event Data Alliance,",
        "# mapped through cameo_to_plover.tsv. columns: lemma  default_type  object:TYPE,...",
    ]
    for lemma, (default, objects) in sorted(verbs.items()):
        if default or objects:
            pairs = ",".join(f"{word}:{kind}" for word, kind in sorted(objects.items()))
            lines.append(f"{lemma}\t{default or ''}\t{pairs}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(lines) - 3} verbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
