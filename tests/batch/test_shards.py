"""Input discovery and cutting inputs into parts and chunks (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_support import write_jsonl

from accord.article import Article, InputError
from accord.batch.shards import END, PendingInput, discover_inputs, input_file, iter_chunks


def _chunks(path: Path, shard_size: int, chunk_size: int, finished: set[int] = frozenset()):
    return list(iter_chunks(PendingInput(input_file(path, str(path)), frozenset(finished)), shard_size, chunk_size))


@pytest.mark.parametrize(
    ("articles", "shard_size", "chunk_size", "finished"),
    [
        (10, 4, 3, set()),  # parts 4+4+2, chunks 3+1
        (12, 4, 2, set()),  # the input ends exactly at a part boundary
        (12, 4, 4, {1}),  # a finished part in the middle is skipped
        (7, 100, 3, set()),  # one part, last chunk partial
        (9, 3, 5, {0, 2}),  # chunks larger than parts
        (5, 5, 5, {0}),  # everything already finished
    ],
)
def test_every_unfinished_article_is_in_exactly_one_chunk_in_order(tmp_path, articles, shard_size, chunk_size, finished):
    path = write_jsonl(tmp_path / "in.jsonl", [f"x{i}" for i in range(articles)])
    chunks = _chunks(path, shard_size, chunk_size, finished)
    marker = chunks[-1]
    assert marker.part == END and marker.total_parts == -(-articles // shard_size)
    data = chunks[:-1]
    expected = [f"x{i}" for i in range(articles) if i // shard_size not in finished]
    assert [item.id for chunk in data for item in chunk.items] == expected
    for chunk in data:
        assert all(int(item.id[1:]) // shard_size == chunk.part for item in chunk.items)
        assert 0 < len(chunk.items) <= chunk_size or chunk.last_in_part
    parts = sorted({chunk.part for chunk in data})
    assert parts == sorted({int(i[1:]) // shard_size for i in expected})
    for part in parts:
        own = [chunk for chunk in data if chunk.part == part]
        assert [chunk.index for chunk in own] == list(range(len(own)))
        assert [chunk.last_in_part for chunk in own] == [False] * (len(own) - 1) + [True]


def test_bad_lines_are_items_in_their_place(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", ["a", "b", "c"], bad_lines={1: "{broken"})
    items = [item for chunk in _chunks(path, 10, 10) for item in chunk.items]
    assert [type(item) for item in items] == [Article, InputError, Article, Article]
    assert "line 2" in items[1].source


def test_discovery_walks_folders_skips_the_output_and_names_bad_paths(tmp_path):
    folder = tmp_path / "data"
    (folder / "sub").mkdir(parents=True)
    write_jsonl(folder / "b.jsonl", ["1"])
    write_jsonl(folder / "sub" / "a.jsonl.gz", ["2"])
    (folder / "notes.txt").write_text("not a batch input")
    output = folder / "out"
    output.mkdir()
    write_jsonl(output / "shard.jsonl", ["3"])
    found = list(discover_inputs([str(folder), str(tmp_path / "missing.jsonl"), str(folder / "notes.txt"), str(folder / "b.jsonl")], exclude=output))
    files = [item for item in found if not isinstance(item, InputError)]
    errors = [item for item in found if isinstance(item, InputError)]
    assert [Path(item.key).name for item in files] == ["b.jsonl", "a.jsonl.gz"]  # sorted walk, duplicates once
    assert [error.source for error in errors] == [str(tmp_path / "missing.jsonl"), str(folder / "notes.txt")]


def test_same_file_names_in_different_folders_get_different_shard_names(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    first = input_file(write_jsonl(tmp_path / "x" / "a.jsonl", ["1"]), "x/a.jsonl")
    second = input_file(write_jsonl(tmp_path / "y" / "a.jsonl", ["1"]), "y/a.jsonl")
    assert first.shard_name(0) != second.shard_name(0)
    assert first.shard_name(3).startswith("a.jsonl.") and first.shard_name(3).endswith(".00003")
