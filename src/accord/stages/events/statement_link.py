"""Which statement an event was reported in: the statements stage's helper, else content spans."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from accord.stages.base import ArticleState


@functools.lru_cache(maxsize=1)
def _helper() -> Callable[..., Any] | None:
    try:
        from accord.stages.statements import statement_covering
    except ImportError:
        return None
    return statement_covering


def statement_id_for(state: ArticleState, start: int, end: int) -> str | None:
    """Id of the statement whose content covers ``[start, end)``, if any."""
    helper = _helper()
    if helper is not None:
        try:
            found = helper(state, start, end)
        except Exception:
            found = None
        if found is not None:
            return found if isinstance(found, str) else getattr(found, "id", None)
        return None
    for statement in state.statements:
        if statement.content.start <= start and end <= statement.content.end:
            return statement.id
    return None
