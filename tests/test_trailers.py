"""Outlet trailers ("Read more:", "Follow us on …", credits) are cut from the end of every kind of input,
leaving a prefix of the text read, so offsets into the Article text are offsets into the input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from accord.article import Article
from accord.readers import read_path
from accord.readers.stdin import read_stream
from accord.readers.trailers import without_trailers

BODY = (
    "Talks in Rome\n"
    "Negotiators met in Rome on Saturday for four hours and agreed to meet again next week, officials said.\n"
    "\"We made progress,\" the foreign minister told reporters after the meeting.\n"
)
TRAILER = (
    "\n"
    "Read more:\n"
    "Iran talks stall in Muscat\n"
    "What a deal would mean for sanctions\n"
    "Follow us on Telegram\n"
    "(Reporting by Jane Doe; Editing by John Roe)\n"
)


def only(path: Path) -> Article:
    items = list(read_path(str(path)))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


@pytest.mark.parametrize(
    "trailer",
    [
        "Read more: Iran talks stall in Muscat\n",
        "ALSO READ:\nIran talks stall in Muscat\n",
        "Related:\nIran talks stall in Muscat\nWhat a deal would mean\n",
        "Related articles | Iran talks stall\n",
        "Follow us on Telegram\nSubscribe to our newsletter\n",
        "Sign up for our daily briefing\n\n© 2025 Example News. All rights reserved.\n",
        "(Reporting by Jane Doe; Editing by John Roe)\r\n",
    ],
)
def test_trailing_boilerplate_is_cut_to_a_prefix(trailer: str) -> None:
    cleaned = without_trailers(BODY + trailer)
    assert cleaned == BODY.rstrip()
    assert (BODY + trailer).startswith(cleaned)  # offsets into the cleaned text are offsets into the input


@pytest.mark.parametrize(
    "text",
    [
        BODY,  # nothing to cut: unchanged, trailing newline and all
        BODY + "The envoy said he would read more reports before the next round.\n",  # prose, not a kicker
        BODY + "Araghchi condemned the",  # a cut-off last line is no link title without a kicker above it
        BODY + "Follow us on Telegram\nIran talks stall in Muscat\n",  # a headline after a one-line trailer: not a list
        "Read more: Iran talks stall in Muscat\n",  # nothing but boilerplate: kept rather than emptied
    ],
)
def test_prose_and_unlisted_lines_are_kept(text: str) -> None:
    assert without_trailers(text) == text


def test_kicker_in_the_middle_is_not_trailing(tmp_path: Path) -> None:
    """Only the end is cut: a kicker followed by more prose stays (removing it would shift offsets)."""
    text = BODY + "Read more: Iran talks stall\nThe next round is due in Oman on May 3, the ministry said.\n"
    assert without_trailers(text) == text


def test_txt_file_loses_its_trailer(tmp_path: Path) -> None:
    path = tmp_path / "rome.txt"
    path.write_text(BODY + TRAILER, encoding="utf-8")
    article = only(path)
    assert article.text == BODY.rstrip()
    assert path.read_text(encoding="utf-8").startswith(article.text)
    assert article.title == "Talks in Rome"


def test_html_page_loses_its_trailer(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{line}</p>\n" for line in BODY.splitlines()[1:])
    page = (
        "<!doctype html><html><head><title>Talks in Rome</title></head><body><nav>Home Sport World</nav>"
        f"<article><h1>Talks in Rome</h1>\n{paragraphs}"
        "<p>Read more: <a href='/muscat'>Iran talks stall in Muscat</a></p>\n<p>Follow us on Telegram</p>"
        "</article><footer>All rights reserved</footer></body></html>"
    )
    path = tmp_path / "rome.html"
    path.write_text(page, encoding="utf-8")
    article = only(path)
    assert "made progress" in article.text
    assert "Read more" not in article.text and "Follow us" not in article.text
    assert article.text.endswith("after the meeting.")


def test_jsonl_lines_lose_their_trailers(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    rows = [{"id": "a", "text": BODY + TRAILER}, {"id": "b", "text": BODY}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    first, second = list(read_path(str(path)))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == BODY.rstrip() and rows[0]["text"].startswith(first.text)
    assert second.text == BODY  # untouched


def test_stdin_text_loses_its_trailer() -> None:
    (article,) = list(read_stream(io.BytesIO((BODY + TRAILER).encode())))
    assert isinstance(article, Article) and article.text == BODY.rstrip()


def test_the_bundled_cgtn_example_loses_its_read_more_block() -> None:
    """The example issue 17 names: CGTN's "Read more:", its link title and "阅读原文:<url>" end the file."""
    path = Path(__file__).resolve().parents[1] / "examples" / "cgtn-istanbul-talks-2025-05-17.txt"
    article = only(path)
    assert "Read more" not in article.text and "阅读原文" not in article.text and "news.cgtn.com" not in article.text
    assert article.text.endswith("secures lasting peace, he said.")
    assert path.read_text(encoding="utf-8").startswith(article.text)
