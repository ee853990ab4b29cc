"""Paths of named routes, built from a per-route template instead of a search of the routing table.

``app.url_path_for`` tries every route (and every included router) on each call, about 0.2 ms: a page
linking 500 statements and articles spent a third of its time there. The path of a route whose
parameters are plain strings is its pattern with the values put in, so it is resolved once per
(route, parameter names) with placeholders, then filled in; any other case (a value Starlette's string
convertor refuses, a typed or path parameter, an unknown route) goes to ``url_path_for`` itself, so the
answers and errors are the same.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.routing import NoMatchFound

# Stands for a parameter's value while a route's template is resolved: letters only, so no convertor
# rewrites it and it cannot occur in a route's fixed text.
_PLACEHOLDER = "QaccordparamQ{}Q"
_PLACEHOLDERS = re.compile(r"QaccordparamQ(\w+)Q")


class RoutePaths:
    """``path(name, **params)`` equal to ``str(app.url_path_for(name, **params))``, with string params."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self._templates: dict[tuple[str, tuple[str, ...]], str | None] = {}

    def _template(self, name: str, keys: tuple[str, ...]) -> str | None:
        """The route's path with a placeholder per parameter, or None when it cannot be filled in as text."""
        found = self._templates.get((name, keys), "")
        if found != "":
            return found
        template: str | None
        try:
            template = str(self.app.url_path_for(name, **{key: _PLACEHOLDER.format(key) for key in keys}))
        except (NoMatchFound, ValueError, AssertionError, TypeError):
            template = None
        if template is not None and any(template.count(_PLACEHOLDER.format(key)) != 1 for key in keys):
            template = None  # the value is not put in as it was given (a convertor changed it)
        self._templates[(name, keys)] = template
        return template

    def path(self, name: str, **params: str) -> str:
        """The path of route ``name`` with these parameter values."""
        keys = tuple(sorted(params))
        template = self._template(name, keys)
        # Starlette's string convertor refuses empty values and values with "/": let it say so.
        if template is None or any(not value or "/" in value for value in params.values()):
            return str(self.app.url_path_for(name, **params))
        return _PLACEHOLDERS.sub(lambda found: params[found.group(1)], template)
