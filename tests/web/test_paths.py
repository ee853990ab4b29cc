"""Route paths from per-route templates: the same answers and errors as ``url_path_for``, without its search."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from starlette.routing import NoMatchFound

from accord.web.paths import RoutePaths


@pytest.fixture()
def app() -> FastAPI:
    app = FastAPI()

    @app.get("/articles/{article_id}", name="article")
    def article(article_id: str) -> None: ...

    @app.get("/items/{number:int}", name="item")
    def item(number: int) -> None: ...

    @app.get("/files/{rest:path}", name="file")
    def file(rest: str) -> None: ...

    @app.get("/pairs/{left}/{right}", name="pair")
    def pair(left: str, right: str) -> None: ...

    return app


@pytest.mark.parametrize(("name", "params"), [
    ("article", {"article_id": "12"}),
    ("article", {"article_id": "a b%"}),
    ("article", {"article_id": "QaccordparamQrightQ"}),  # a value looking like a placeholder stays as given
    ("item", {"number": "7"}),
    ("file", {"rest": "css/app.css"}),
    ("pair", {"left": "x", "right": "y"}),
])
def test_paths_equal_url_path_for(app: FastAPI, name: str, params: dict[str, str]) -> None:
    paths = RoutePaths(app)
    for _ in range(2):  # resolving, then from the kept template
        assert paths.path(name, **params) == str(app.url_path_for(name, **params))


@pytest.mark.parametrize(("name", "params"), [
    ("article", {"article_id": ""}),
    ("article", {"article_id": "a/b"}),
    ("article", {"wrong": "1"}),
    ("nowhere", {}),
])
def test_paths_refuse_what_url_path_for_refuses(app: FastAPI, name: str, params: dict[str, str]) -> None:
    paths = RoutePaths(app)
    paths.path("article", article_id="1")
    with pytest.raises((NoMatchFound, AssertionError)):
        paths.path(name, **params)
