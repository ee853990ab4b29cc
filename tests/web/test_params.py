"""Validation of the web layer's query parameters: dates, event types, ranges."""

from __future__ import annotations

import pytest

from accord.store.filters import MAX_TEXT_PARAM, ParameterError
from accord.store.filters import check_date as parse_date
from accord.store.filters import check_entity_kind
from accord.store.filters import check_event_type as parse_event_type
from accord.store.filters import check_text as parse_text
from accord.web.params import EventFilter, StatementFilter


@pytest.mark.parametrize(
    ("value", "end_of_period", "expected"),
    [
        ("2025-05-16", False, "2025-05-16"),
        (" 2025-05-16 ", False, "2025-05-16"),
        ("2025-05", False, "2025-05-01"),
        ("2025-05", True, "2025-05-31"),
        ("2024-02", True, "2024-02-29"),
        ("2025", False, "2025-01-01"),
        ("2025", True, "2025-12-31"),
        ("", False, None),
        (None, False, None),
    ],
)
def test_dates_are_normalised(value, end_of_period, expected) -> None:
    assert parse_date("since", value, end_of_period=end_of_period) == expected


@pytest.mark.parametrize("value", ["yesterday", "2025-13-01", "2025-02-30", "16/05/2025", "2025-5-1", "20250516", "1' OR 1=1"])
def test_bad_dates_name_the_parameter(value) -> None:
    with pytest.raises(ParameterError) as caught:
        parse_date("until", value)
    assert caught.value.name == "until"
    assert caught.value.detail()["loc"] == ["query", "until"]
    assert "until" in str(caught.value)


@pytest.mark.parametrize(("value", "expected"), [("ASSAULT", "ASSAULT"), ("agree", "AGREE"), (" Consult ", "CONSULT"), ("", None)])
def test_event_types_are_case_insensitive(value, expected) -> None:
    assert parse_event_type("type", value) == expected


@pytest.mark.parametrize("value", ["BOMB", "AGREEMENT", "ASSAULT;"])
def test_unknown_event_types_are_refused(value) -> None:
    with pytest.raises(ParameterError, match="unknown event type"):
        parse_event_type("type", value)


@pytest.mark.parametrize(("value", "expected"), [("person", "person"), (" Country ", "country"), ("GROUP", "group"), ("", None)])
def test_entity_kinds_are_case_insensitive(value, expected) -> None:
    assert check_entity_kind("kind", value) == expected


@pytest.mark.parametrize("value", ["persn", "people", "organisation;"])
def test_unknown_entity_kinds_are_refused(value) -> None:
    """A misspelt kind listed no entity at all, where a misspelt event type is refused."""
    with pytest.raises(ParameterError, match="unknown entity kind; expected one of person, organisation, country, group"):
        check_entity_kind("kind", value)


@pytest.mark.parametrize(("value", "code"), [("russia", "RUS"), ("iran", "IRN"), ("united states", "USA"),
                                           ("the kremlin", "RUS"), ("Russia", "RUS"), ("rus", "RUS")])
def test_actor_and_party_names_are_case_insensitive(value, code) -> None:
    """`--party russia` matched fewer statements than `--party Russia` (only by speaker name, not by code)."""
    from accord.store.filters import actor_codes

    assert code in actor_codes(value)


def test_text_is_trimmed_and_bounded() -> None:
    assert parse_text("q", "  cease fire ") == "cease fire"
    assert parse_text("q", "   ") is None
    with pytest.raises(ParameterError):
        parse_text("q", "x" * (MAX_TEXT_PARAM + 1))


def test_filters_refuse_an_inverted_range() -> None:
    with pytest.raises(ParameterError, match="before"):
        EventFilter.parse(since="2025-06-01", until="2025-05-01")
    with pytest.raises(ParameterError, match="before"):
        StatementFilter.parse(since="2025-06", until="2025-05")


def test_filters_keep_what_was_given() -> None:
    events = EventFilter.parse(type="reject", actor="Russia", recipient="", since="2025-05", until="2025-05")
    assert events == EventFilter(type="REJECT", actor="Russia", recipient=None, since="2025-05-01", until="2025-05-31")
    statements = StatementFilter.parse(speaker="Medinsky", party="RUS", q="ceasefire")
    assert statements == StatementFilter(speaker="Medinsky", party="RUS", q="ceasefire")
