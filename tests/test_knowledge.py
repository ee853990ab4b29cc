"""The one data-file loader: comments, blank lines, named columns, and every shipped file readable."""

from __future__ import annotations

from importlib import resources

import pytest

from accord.knowledge.loader import parse_rows, read_json, read_rows

DATA_ROOT = resources.files("accord").joinpath("data")


def _data_files(suffix: str) -> list[str]:
    """Paths of the shipped data files with ``suffix``, relative to ``accord/data``."""
    found = []
    for concern in DATA_ROOT.iterdir():
        if concern.is_dir():
            found += [f"{concern.name}/{f.name}" for f in concern.iterdir() if f.name.endswith(suffix)]
    return sorted(found)


def test_rows_skip_comments_and_blanks_and_name_their_cells():
    text = "# phrase\tcode\n\nRussia\tRUS\t-\n  \n# another comment\nKoreas \t PRK,KOR\n"
    assert parse_rows(text, ("phrase", "code")) == [
        {"phrase": "Russia", "code": "RUS"},  # a cell beyond the named columns is ignored
        {"phrase": "Koreas", "code": "PRK,KOR"},  # cells are stripped
    ]


def test_a_short_row_gets_empty_cells():
    assert parse_rows("say\tc\n", ("lemma", "frames", "class")) == [{"lemma": "say", "frames": "c", "class": ""}]


def test_empty_middle_cells_are_kept_in_place():
    assert parse_rows("ACCUSE\t\t090\n", ("type", "mode", "code")) == [{"type": "ACCUSE", "mode": "", "code": "090"}]


def test_every_data_directory_is_one_concern():
    assert {c.name for c in DATA_ROOT.iterdir() if c.is_dir() and not c.name.startswith("__")} == {
        "actors", "boilerplate", "clusters", "cues", "dates", "events", "places", "positions", "quantities"
    }


@pytest.mark.parametrize("path", _data_files(".tsv"))
def test_every_table_reads_with_a_first_column(path):
    rows = read_rows(path, ("first",))
    assert rows and all(row["first"] for row in rows)


@pytest.mark.parametrize("path", _data_files(".json"))
def test_every_json_file_reads_fresh(path):
    first = read_json(path)
    assert first and read_json(path) == first and read_json(path) is not first


def test_one_institution_key_for_its_names_and_spellings():
    from accord.knowledge.institutions import institution_key

    assert institution_key("Ministry of Foreign Affairs") == institution_key("the Foreign Ministry")
    assert institution_key("Ministry of Defence") == institution_key("Defense Ministry")
    assert institution_key("Department of Homeland Security") == institution_key("Homeland Security Department")
    assert institution_key("Interior Ministry") != institution_key("Foreign Ministry")
