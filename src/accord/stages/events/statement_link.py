"""Which statement an event was reported in: the innermost statement whose content covers it."""

from __future__ import annotations

from accord.stages.base import ArticleState
from accord.stages.statements import statement_covering


def statement_id_for(state: ArticleState, start: int, end: int) -> str | None:
    """Id of the statement whose content covers ``[start, end)``, if any."""
    found = statement_covering(state, start, end)
    return found.id if found is not None else None
