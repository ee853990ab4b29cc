"""The descriptions an article writes beside a person's name ("Caoilfhionn Gallagher, the attorney leading
Lai's international legal team"), in full: a speaker's title keeps only the office ("attorney"), while what
the office belongs to may say the person acts beyond any one country.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from accord.records import Entity, Speaker

# Longest description read beside a name, in tokens (an apposition runs to a clause at most).
MAX_DESCRIPTION_TOKENS = 30


def person_descriptions(doc: Doc, speakers: Sequence[Speaker], entities: Mapping[str, Entity]) -> list[str]:
    """Per speaker, the appositions written beside any mention of its person entity, joined ("" when none)."""
    found: dict[str, str] = {}
    out: list[str] = []
    for speaker in speakers:
        entity = entities.get(speaker.entity or "")
        if entity is None or entity.kind != "person":
            out.append("")
            continue
        if entity.id not in found:
            found[entity.id] = " ".join(_appositions(doc, m.start, m.end) for m in entity.mentions).strip()
        out.append(found[entity.id])
    return out


def _appositions(doc: Doc, start: int, end: int) -> str:
    """The apposition on a name ("X, the attorney ...") or the one it stands in ("the attorney, X")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    root = span.root
    phrases = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "appos":
        phrases.append(root.head)
    texts = []
    for phrase in phrases:
        left, right = phrase.left_edge.i, phrase.right_edge.i + 1
        if phrase is root.head:
            right = min(right, span.start)  # the noun the name stands in apposition to, up to the name
        if 0 < right - left <= MAX_DESCRIPTION_TOKENS:
            texts.append(doc[left:right].text)
    return " ".join(texts)
