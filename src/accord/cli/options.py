"""Option callbacks shared by the commands: a bad value is Typer's one-line usage error."""

from __future__ import annotations

from collections.abc import Callable, Collection

import typer

# The help of the options every command that takes them shares, so ``--db`` and ``--model`` read alike everywhere.
DB_HELP = "Database: sqlite:///FILE or a plain FILE path (default sqlite:///accord.db), or postgresql://..."
MODEL_HELP = "spaCy model name or path (default: en_core_web_sm)."


def published_option(value: str | None) -> str | None:
    """``--published``: an ISO date, normalised; anything else is a usage error naming the value."""
    if value is None:
        return None
    from accord.readers.published import parse_published_option  # the readers load only when the option is given

    try:
        return parse_published_option(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def choice(allowed: Collection[str]) -> Callable[[str], str]:
    """A callback accepting only the names in ``allowed`` (Typer's own choices need an Enum); an option
    not given (None) passes."""

    def check(value: str) -> str:
        if value is not None and value not in allowed:
            raise typer.BadParameter(f"{value!r} is not one of: {', '.join(allowed)}")
        return value

    return check


def assertion_option(assertion: str | None, all_assertions: bool) -> str | None:
    """``--assertion`` (the API's ``assertion``: asserted or all, checked by the one validator) with the old flag
    ``--all-assertions`` read as ``--assertion all``; both given is a ValueError naming them."""
    from accord.store.filters import check_assertion

    if all_assertions:
        if assertion is not None:
            raise ValueError("--all-assertions is the old name of --assertion all; give one of them")
        return "all"
    return None if assertion is None else check_assertion("assertion", assertion)
