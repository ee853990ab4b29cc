"""The highlighted article text: every mark at its offsets, every piece escaped, overlaps kept valid."""

from __future__ import annotations

import re
from html import unescape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.web.highlight import EVENT, STATEMENT, Mark, highlight_html, marks_of

PIECE = re.compile(r'<span class="([^"]*)" data-recs="([^"]*)" data-roles="([^"]*)">(.*?)</span>', re.S)


def strip_tags(html: str) -> str:
    """The text a browser would show: tags removed, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", html))


def pieces_of(html: str, role: str) -> str:
    """The concatenated text of every piece carrying ``role`` (e.g. ``s1-content``)."""
    return "".join(unescape(body) for _cls, _recs, roles, body in PIECE.findall(html) if role in roles.split())


def test_no_marks_is_escaped_text() -> None:
    html = highlight_html("a <b> & c", [])
    assert str(html) == "a &lt;b&gt; &amp; c"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Putin said talks would resume.", 0, 5),
        ("Putin said talks would resume.", 11, 29),
        ("Putin said talks would resume.", 0, 30),
        ("He said: <script>alert(1)</script> & more", 9, 34),
    ],
)
def test_single_mark_covers_exactly_its_offsets(text: str, start: int, end: int) -> None:
    html = str(highlight_html(text, [Mark(start, end, "s1", STATEMENT, "content")]))
    assert strip_tags(html) == text
    assert pieces_of(html, "s1-content") == text[start:end]
    assert "<script>" not in html


def test_overlapping_and_nested_marks_are_flat_and_exact() -> None:
    text = "Russia agreed to a prisoner exchange, Medinsky said on Friday."
    content = (0, 36)  # "Russia agreed to a prisoner exchange"
    trigger = (7, 13)  # "agreed"
    speaker = (38, 46)  # "Medinsky"
    overlap = (29, 46)  # crosses the end of the content: a badly-formed but possible record
    marks = [
        Mark(*content, "s1", STATEMENT, "content"),
        Mark(*speaker, "s1", STATEMENT, "speaker"),
        Mark(*trigger, "e1", EVENT, "trigger"),
        Mark(*overlap, "s2", STATEMENT, "content"),
    ]
    html = str(highlight_html(text, marks))
    assert strip_tags(html) == text
    assert pieces_of(html, "s1-content") == text[slice(*content)]
    assert pieces_of(html, "e1-trigger") == "agreed"
    assert pieces_of(html, "s1-speaker") == "Medinsky"
    assert pieces_of(html, "s2-content") == text[slice(*overlap)]
    # flat: no highlight span inside another one
    assert re.search(r'<span class="hl[^>]*>[^<]*<span class="hl', html) is None
    agreed = [cls for cls, recs, _roles, body in PIECE.findall(html) if body == "agreed"]
    assert agreed and "hl-statement" in agreed[0] and "hl-event" in agreed[0]


def test_each_record_gets_one_anchor_at_its_first_character() -> None:
    text = "He said it. She said that."
    marks = [Mark(3, 7, "s1", STATEMENT, "cue"), Mark(0, 2, "s1", STATEMENT, "speaker"), Mark(16, 20, "s2", STATEMENT, "cue")]
    html = str(highlight_html(text, marks))
    assert html.count('id="at-s1"') == 1 and html.count('id="at-s2"') == 1
    assert html.index('id="at-s1"') < html.index("He")


@pytest.mark.parametrize("bad", [Mark(5, 3, "s1", STATEMENT, "content"), Mark(-1, 2, "s1", STATEMENT, "content"),
                                 Mark(2, 99, "s1", STATEMENT, "content"), Mark(2, 2, "s1", STATEMENT, "content")])
def test_marks_outside_the_text_are_ignored(bad: Mark) -> None:
    text = "short text"
    html = str(highlight_html(text, [bad]))
    assert html == text


def test_marks_of_reads_contract_records() -> None:
    statement = {"id": "s1", "kind": "direct", "content": {"text": "x", "start": 10, "end": 11},
                 "cue": {"text": "said", "start": 3, "end": 7}, "speaker": {"text": "He", "start": 0, "end": 2}}
    event = {"id": "e1", "event": "AGREE", "trigger": {"text": "agreed", "start": 20, "end": 26},
             "mentions": [{"text": "the deal", "start": 40, "end": 48}]}
    no_cue = {"id": "s2", "kind": "indirect", "content": {"text": "y", "start": 30, "end": 31}, "cue": None, "speaker": None}
    marks = marks_of([statement, no_cue], [event])
    assert {(m.record, m.role, m.start, m.end) for m in marks} == {
        ("s1", "content", 10, 11), ("s1", "cue", 3, 7), ("s1", "speaker", 0, 2),
        ("e1", "trigger", 20, 26), ("e1", "mention", 40, 48), ("s2", "content", 30, 31),
    }


@given(
    text=st.text(alphabet=st.sampled_from(list("ab <>&\"'\n")), max_size=60),
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8),
)
def test_any_marks_keep_the_text_and_each_span(text: str, spans: list[tuple[int, int]]) -> None:
    marks = [Mark(a, b, f"s{i}", STATEMENT, "content") for i, (a, b) in enumerate(spans)]
    html = str(highlight_html(text, marks))
    assert strip_tags(html) == text
    assert "<script" not in html and "<b" not in html.replace("<span", "")
    for i, (a, b) in enumerate(spans):
        if 0 <= a < b <= len(text):
            assert pieces_of(html, f"s{i}-content") == text[a:b]
