"""Mine cue frames from PolNeAR train annotations into ``src/accord/data/cues/frames_mined.tsv``.

For every annotated attribution the script finds the word the content hangs from in the dependency
parse (the cue) and the relation (``ccomp``, ``dobj``, ``xcomp``, ``prep:about``, ...); it also counts
how often that lemma governs that relation anywhere in train. The TSV keeps only these counts
(facts, no text). Run offline: ``python scripts/mine_cue_frames.py ../shared/dev-sets/polnear/train``.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from spacy.tokens import Doc, DocBin, Token

from accord.nlp import load_model

OUTPUT = Path(__file__).resolve().parents[1] / "src/accord/data/cues/frames_mined.tsv"
# Relations a cue can govern its content by (verb -> content head).
CHILD_RELATIONS = ("ccomp", "xcomp", "dobj")
# Rows seen fewer times than this are noise and are not written.
MIN_ANNOTATED = 2


def _top(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _annotated_frame(doc: Doc, content: list[list[int]]) -> tuple[str, str] | None:
    start, end = content[0]
    last = max(e for _, e in content)
    top = _top(doc, start, end)
    if top is None or top.head is top:
        return None
    head = top.head
    if start <= head.idx < last:
        return None
    if top.dep_ in CHILD_RELATIONS:
        return head.lemma_.lower(), top.dep_
    if top.dep_ == "pobj" and head.dep_ == "prep" and head.head is not head:
        return head.head.lemma_.lower(), "prep:" + head.lower_
    return None


def _all_frames(doc: Doc) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    for token in doc:
        for child in token.children:
            if child.dep_ in CHILD_RELATIONS:
                counts[(token.lemma_.lower(), child.dep_)] += 1
            elif child.dep_ == "prep" and any(g.dep_ == "pobj" for g in child.children):
                counts[(token.lemma_.lower(), "prep:" + child.lower_)] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path, help="a PolNeAR folder with gold.json and text/")
    parser.add_argument("--cache", type=Path, help="DocBin of the split's texts in sorted name order")
    args = parser.parse_args()
    gold = json.loads((args.split / "gold.json").read_text(encoding="utf-8"))
    names = sorted(gold)
    nlp = load_model()
    if args.cache and args.cache.exists():
        docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    else:
        texts = [(args.split / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
        docs = list(nlp.pipe(texts, batch_size=16))
    annotated: collections.Counter = collections.Counter()
    total: collections.Counter = collections.Counter()
    for doc, name in zip(docs, names):
        for attribution in gold[name]:
            if attribution["content"]:
                frame = _annotated_frame(doc, attribution["content"])
                if frame:
                    annotated[frame] += 1
        total.update(_all_frames(doc))
    rows = sorted(((k, v, max(total[k], v)) for k, v in annotated.items() if v >= MIN_ANNOTATED), key=lambda r: (-r[1], r[0]))
    lines = ["# lemma\trelation\tannotated\ttotal  (PolNeAR train: times the relation carried annotated content / times seen)"]
    lines += [f"{lemma}\t{rel}\t{n}\t{t}" for (lemma, rel), n, t in rows]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} frames to {OUTPUT}")


if __name__ == "__main__":
    main()
