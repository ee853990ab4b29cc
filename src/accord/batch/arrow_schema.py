"""The Arrow schema of a pydantic contract model, for Parquet shards with real nested columns.

Derived from the model's field annotations, so a field added to ``accord.records`` appears in
Parquet output without a second list to keep in step.
"""

from __future__ import annotations

import types
import typing
from functools import lru_cache

import pyarrow as pa
from pydantic import BaseModel

SCALAR_TYPES: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def arrow_type(annotation: object) -> pa.DataType:
    """The Arrow type of one annotation: Optional/Literal/list/nested model/scalar."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        present = [arg for arg in args if arg is not type(None)]
        if len(present) != 1:
            raise TypeError(f"no Arrow type for a union of {present}")
        return arrow_type(present[0])
    if origin is typing.Literal:
        return SCALAR_TYPES[type(args[0])]
    if origin is list:
        return pa.list_(arrow_type(args[0]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(list(model_schema(annotation)))
    if annotation in SCALAR_TYPES:
        return SCALAR_TYPES[annotation]  # type: ignore[index]
    raise TypeError(f"no Arrow type for {annotation!r}")


@lru_cache(maxsize=None)
def model_schema(model: type[BaseModel]) -> pa.Schema:
    """One Arrow field per model field, in declaration order, all nullable."""
    return pa.schema([pa.field(name, arrow_type(info.annotation)) for name, info in model.model_fields.items()])
