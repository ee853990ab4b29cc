"""A paragraph announced by `Speaker verb:` closing the paragraph before it: a block quotation whose
quotation marks the page dropped (issue 13 item 8); invented sentences."""

from __future__ import annotations

ARTICLE = """Budget talks resume.

The senator spoke at length on Friday. The governor added:

It is typical of the opposition. They know nothing about the budget, and they never stop talking.

Then he listed his demands:

Lower taxes, fewer rules and more roads for the rural districts.

One resident tweeted:

<tweet author="x">This is a disgrace and everyone knows it</tweet>
"""


def test_the_announced_paragraph_is_the_speakers_statement(extract_text):
    record = extract_text(ARTICLE)
    added = [s for s in record.statements if s.cue is not None and s.cue.text == "added"]
    assert [(s.speaker.text, s.content.text) for s in added] == [
        ("The governor", "It is typical of the opposition. They know nothing about the budget, and they never stop talking.")]


def test_a_verb_with_its_own_object_or_markup_after_the_colon_announces_no_statement(extract_text):
    record = extract_text(ARTICLE)
    contents = [s.content.text for s in record.statements]
    assert not any(c.startswith("Lower taxes") for c in contents)
    assert not any("disgrace" in c for c in contents)
