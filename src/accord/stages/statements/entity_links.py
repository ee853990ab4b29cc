"""Adapters to the entities engineer's API (actor lexicon, mention resolution, person list).

Each returns the function, or None when that part is not installed, so the statement stage degrades
to its own name resolution instead of failing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any


@functools.lru_cache(maxsize=1)
def actor_lookup() -> Callable[[str], Any] | None:
    """``accord.actors.lookup_actor`` (phrase -> ActorCode | None), or None."""
    try:
        from accord.actors import lookup_actor
    except ImportError:
        return None
    return lookup_actor


@functools.lru_cache(maxsize=1)
def mention_resolver() -> Callable[..., Any] | None:
    """``accord.stages.entities.resolve_mention(state, start, end)``, or None."""
    try:
        from accord.stages.entities import resolve_mention  # type: ignore[attr-defined]
    except ImportError:
        return None
    return resolve_mention


@functools.lru_cache(maxsize=1)
def persons_of() -> Callable[..., Any] | None:
    """``accord.stages.entities.persons(state)`` (person entities with gender guesses), or None."""
    try:
        from accord.stages.entities import persons  # type: ignore[attr-defined]
    except ImportError:
        return None
    return persons
