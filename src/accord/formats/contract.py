"""The one serializer of the contract's JSON: ``accord extract``, ``accord batch`` shards and the
store's kept records all write a record with this function, so the same record is the same bytes.

Compact separators, UTF-8 unescaped, fields in the contract's order; ``text`` only when set (and
wanted), ``error`` only when the article failed (as ``ArticleRecord.to_json_dict``).
"""

from __future__ import annotations

import json
from typing import Any

from accord.records import ArticleRecord

# json.dumps settings that give pydantic's ``model_dump_json`` bytes for a contract object.
_SEPARATORS = (",", ":")


def contract_json(record: ArticleRecord, with_text: bool = True) -> str:
    """One record as one line of the contract's JSON (``with_text=False``: without ``text``, as the store keeps it).

    Serialised by pydantic in one call: a third of the time of ``json.dumps(record.to_json_dict())``.
    """
    exclude = set()
    if record.error is None:
        exclude.add("error")
    if record.text is None or not with_text:
        exclude.add("text")
    return record.model_dump_json(exclude=exclude or None)


def contract_object_json(data: dict[str, Any]) -> str:
    """A contract object already read back as JSON data (the store's export), in the same bytes."""
    return json.dumps(data, ensure_ascii=False, separators=_SEPARATORS)
