"""One vocabulary: a filter has the same name and the same meaning on ``accord query``, ``accord export``,
the JSON API and the pages, so what a user learns on one surface selects the same records on another."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accord.cli import app


def _cli(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


def _ids(items: list[dict]) -> list[int]:
    return [item["id"] for item in items]


@pytest.mark.parametrize("params", [{"kind": "person"}, {"code": "RUS"}, {"kind": "country", "code": "ukr"},
                                    {"q": "Russia", "kind": "country"}])
def test_query_entities_takes_the_api_and_page_filter_names(records_db, client, params) -> None:
    """``/api/entities`` and the People page filter by ``kind`` and ``code``; ``accord query entities`` only took
    ``--type`` and ``--actor`` for them, so ``--kind person`` (as the page's address reads) was refused."""
    args = [arg for name, value in params.items() for arg in (f"--{name}", value)]
    cli = _cli("query", "entities", "--db", records_db.url, *args, "--format", "json")
    assert cli.exit_code == 0, cli.output
    api = client.get("/api/entities", params=params).json()
    assert api["total"] > 0 and json.loads(cli.stdout) == api
    assert client.get("/entities", params=params).status_code == 200


def test_the_old_entity_option_names_still_work(records_db) -> None:
    """Scripts written with ``--type``/``--actor`` for entities keep working: the same answer as ``--kind``/``--code``."""
    old = _cli("query", "entities", "--db", records_db.url, "--type", "person", "--actor", "RUS", "--format", "json")
    new = _cli("query", "entities", "--db", records_db.url, "--kind", "person", "--code", "RUS", "--format", "json")
    assert old.exit_code == new.exit_code == 0 and json.loads(old.stdout) == json.loads(new.stdout)
    assert json.loads(new.stdout)["total"] == 1


def test_an_entity_option_given_under_both_names_is_refused(records_db) -> None:
    cli = _cli("query", "entities", "--db", records_db.url, "--type", "person", "--kind", "country")
    assert cli.exit_code == 2 and "--type" in cli.stderr and "--kind" in cli.stderr and "Traceback" not in cli.stderr


def test_query_entities_refusals_name_the_current_options(records_db) -> None:
    cli = _cli("query", "entities", "--db", records_db.url, "--speaker", "x")
    assert cli.exit_code == 2 and "(it takes --q, --kind, --code)" in cli.stderr, cli.stderr
    cli = _cli("query", "entities", "--db", records_db.url, "--kind", "persn")
    assert cli.exit_code == 2 and "kind: unknown entity kind" in cli.stderr, cli.stderr
