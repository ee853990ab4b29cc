"""Link kickers say nothing (issue 13 item 5): the headlines listed under an outlet's kicker ("Related stories",
"More from Example News:", "WATCH:") are other stories' titles, and a kicker label is no transcript speaker.

The kickers are one list shared with the readers (``data/boilerplate/outlet.json``): a kicker the readers cut
from the end of a text also marks the links under it anywhere in the text. Invented sentences.
"""

from __future__ import annotations

import pytest

from accord.knowledge.boilerplate import kicker_pattern
from accord.readers.trailers import without_trailers
from accord.stages.statements.link_lists import link_list_ranges

BEFORE = "Senator Ann Lowe said on Monday that the wage bill would pass.\n\n"
LINKS = "Governor Tom Reed Says Deal Is Near\n\nMayor Responds To Question About Wages\n\n"
AFTER = "Lowe added that the vote would come within weeks."


def _speakers(record) -> list[str]:
    return [s.speaker.name or s.speaker.text for s in record.statements if s.speaker is not None]


@pytest.mark.parametrize(
    "kicker",
    ["Related stories", "RELATED COVERAGE |", "More from Example News:", "You may also like", "Recommended for you",
     "“Read more:”", "Further reading"],
)
def test_headlines_under_any_reader_kicker_are_no_statements(extract_text, kicker):
    record = extract_text(BEFORE + kicker + "\n\n" + LINKS + AFTER)
    assert not any("Reed" in name or "Mayor" in name for name in _speakers(record)), _speakers(record)
    assert any("within weeks" in s.content.text for s in record.statements)


def test_a_link_on_the_kickers_own_line_is_listed():
    text = BEFORE + "Watch: Governor Tom Reed Says Deal Is Near\n\n" + AFTER
    start = text.index("Governor")
    assert link_list_ranges(text) == [(start, text.index("\n", start))]


def test_a_headline_in_sentence_case_is_listed_and_prose_ends_the_list():
    # Many outlets write headlines in sentence case; a line closed like a sentence is the article again.
    headline = "Governor Reed says a deal on wages is near"
    text = BEFORE + "Read more:\n" + headline + "\nLowe added that the vote would come within weeks.\n"
    start = text.index(headline)
    assert link_list_ranges(text) == [(start, start + len(headline))]


def test_a_kicker_before_prose_marks_nothing():
    # "Watch:" before a sentence in lower case introduces no list of headlines: the sentence is the article's own.
    text = BEFORE + "Watch: the governor says a deal is near and the vote could come soon.\n\n" + AFTER
    assert link_list_ranges(text) == []


def test_the_readers_and_the_statements_stage_share_one_kicker_list():
    # Every kicker that ends a list cut by the readers also opens a link list in the middle of a text.
    for kicker in ["Related stories", "See also:", "More from Example News:", "Listen:"]:
        assert kicker_pattern().fullmatch(kicker)
        assert without_trailers(BEFORE + kicker + "\n" + LINKS) == BEFORE.rstrip()
        assert link_list_ranges(BEFORE + kicker + "\n" + LINKS + AFTER)


def test_a_kicker_label_is_no_transcript_speaker(extract_text):
    text = (BEFORE + "RELATED COVERAGE: Governor Tom Reed Says Deal Is Near\n\n"
            "LOWE: We will pass it.\n\nLOWE: The vote comes within weeks.")
    names = _speakers(extract_text(text))
    assert not any("RELATED" in name.upper() for name in names), names
