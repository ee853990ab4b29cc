"""Test helper: find every span object anywhere in a record, whatever stage produced it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def iter_spans(node: Any, path: str = "$") -> Iterator[tuple[str, dict]]:
    """``(json path, object)`` for every object with an int ``start``/``end`` and a str ``text``."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int) and isinstance(node.get("text"), str):
            yield path, node
        for key, value in node.items():
            yield from iter_spans(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_spans(value, f"{path}[{index}]")


def offset_mismatches(record: dict, text: str) -> list[str]:
    """Descriptions of every span whose ``text`` is not ``text[start:end]`` (empty when all agree)."""
    problems = []
    for path, span in iter_spans(record):
        if path == "$":
            continue
        start, end = span["start"], span["end"]
        if not (0 <= start <= end <= len(text)) or text[start:end] != span["text"]:
            problems.append(f"{path}: [{start}:{end}] is {text[start:end]!r}, span says {span['text']!r}")
    return problems
