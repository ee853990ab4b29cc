"""Grouping of store results for the pages: timeline days, parties and speakers, page links."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from accord.web.views import NO_PARTY, UNDATED, group_by_day, group_by_party, page_links, party_label


def event(eid: str, date: str | None, published: str | None) -> dict:
    return {"id": eid, "event": "AGREE", "date": {"value": date, "granularity": "day"} if date else None,
            "article_published": published, "article_id": 1, "trigger": {"text": "agreed", "start": 0, "end": 6}}


def test_days_are_chronological_with_undated_last() -> None:
    groups = group_by_day([event("e1", "2025-05-16", "2025-05-17"), event("e2", None, "2025-05-17"),
                           event("e3", None, None), event("e4", "2025-03", "2025-05-17")])
    # An event without its own date is undated, never filed under the day its article was published.
    assert [group.label for group in groups] == ["2025-03", "2025-05-16", UNDATED]
    assert [item["event"]["id"] for item in groups[2].items] == ["e2", "e3"]


def statement(sid: str, name: str | None, text: str, party: str | None, entity: int | None = None) -> dict:
    speaker = {"text": text, "start": 0, "end": len(text), "name": name, "affiliation": party}
    return {"id": sid, "kind": "direct", "content": {"text": "x", "start": 0, "end": 1}, "speaker": speaker,
            "speaker_entity_id": entity, "article_id": 1}


def test_statements_group_by_party_then_speaker() -> None:
    groups = group_by_party([
        statement("s1", "Vladimir Medinsky", "Medinsky", "RUS", 7),
        statement("s2", "Vladimir Medinsky", "he", "RUS", 7),
        statement("s3", "Rustem Umerov", "Umerov", "UKR", 8),
        statement("s4", None, "experts", None),
        statement("s5", "Dmitry Peskov", "Peskov", "RUS", 9),
    ])
    assert [group.code for group in groups] == ["RUS", "UKR", None]
    assert groups[-1].label == NO_PARTY
    russia = groups[0]
    assert russia.count == 3
    assert [speaker.label for speaker in russia.speakers] == ["Vladimir Medinsky", "Dmitry Peskov"]
    assert [item["statement"]["id"] for item in russia.speakers[0].items] == ["s1", "s2"]


def test_party_labels() -> None:
    assert party_label("UKR") == "Ukraine (UKR)"
    assert party_label("XYZ") == "XYZ"  # a code no data names stays as it is
    assert party_label(None) == NO_PARTY


def test_non_state_parties_are_named_like_countries() -> None:
    # The Positions and Negotiation pages showed a bare "EUR" while the People pages said "European Union".
    assert party_label("EUR") == "European Union (EUR)"
    assert party_label("UNO") == "United Nations (UNO)"


def test_page_links_keep_filters_and_move_the_offset() -> None:
    links = page_links("/", {"actor": "Russia", "type": "", "offset": "100"}, total=250, limit=100, offset=100, shown=100)
    assert (links.first, links.last) == (101, 200)
    assert parse_qs(urlsplit(links.next).query) == {"actor": ["Russia"], "offset": ["200"]}
    assert parse_qs(urlsplit(links.previous).query) == {"actor": ["Russia"]}
    last = page_links("/", {}, total=250, limit=100, offset=200, shown=50)
    assert last.next is None and last.last == 250
    empty = page_links("/", {}, total=0, limit=100, offset=0, shown=0)
    assert (empty.first, empty.previous, empty.next) == (0, None, None)


def test_party_labels_use_the_short_country_name() -> None:
    assert party_label("RUS") == "Russia (RUS)"
    assert party_label("IRN") == "Iran (IRN)"


def test_article_labels_and_headings() -> None:
    from accord.web.views import article_heading, article_label

    assert article_label({"article_title": "Talks", "article_id": 3}) == "Talks"
    assert article_label({"article_title": None, "article_url": "https://x.org/news/talks-resume/", "article_id": 3}) == "talks-resume"
    assert article_label({"article_id": 3}) == "Untitled article 3"
    assert article_label({"id": 4, "title": None, "source": "examples/a.txt"}, "") == "a.txt"
    assert article_heading({"id": 4, "title": None, "text": "Short headline\nBody."}) == "Short headline"
    long_line = "word " * 60
    assert len(article_heading({"id": 4, "text": long_line})) <= 112
    assert article_heading({"id": 4, "title": None, "text": "", "source": None, "url": None}) == "Untitled article 4"


def test_timeline_sentence_marks_the_trigger() -> None:
    from accord.web.views import sentence_html

    item = {"id": "e1", "sentence": {"text": "Russia agreed <now>.", "start": 100, "end": 120},
            "trigger": {"text": "agreed", "start": 107, "end": 113}}
    html = str(sentence_html(item))
    assert 'data-roles="e1-trigger">agreed</span>' in html and "&lt;now&gt;" in html
