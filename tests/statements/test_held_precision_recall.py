"""Session 13 recall constructions (issue 13 items 6 and 8), invented sentences: a second `that`
complement after `but`, a that-clause the parse hung on a noun nested in the cue's phrases, a negated
comment verb with an object of its own, a quoted sentence after a cue the parse made interrupt the
sentence before it, and a speaker whose age stands between it and its cue."""

from __future__ import annotations


def _reports(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


def test_a_second_that_clause_after_but_stays_in_the_content(extract_text):
    record = extract_text("He said the country needs to guard the coast and create a new visa scheme, but that he would never back mass layoffs.")
    assert ("He", "said", "the country needs to guard the coast and create a new visa scheme, but that he would never back mass layoffs") in _reports(record)


def test_a_that_clause_hung_on_a_nested_noun_is_the_cue_content(extract_text):
    record = extract_text("Maria Lopez, a former mayor of the town, said in one of a long series of posts that the dam was leaking.")
    assert ("Maria Lopez", "said", "the dam was leaking") in _reports(record)


def test_a_relative_clause_on_a_nested_noun_is_not_the_content(extract_text):
    record = extract_text("The minister spoke at the opening of a school that the charity had built.")
    assert not any(r[2] == "the charity had built" for r in _reports(record))


def test_a_negated_comment_verb_with_an_object_is_still_a_statement(extract_text):
    record = extract_text("Her brother Tom Weber says he cannot name one occasion when the company paid on schedule.")
    assert any(r[1] == "says" and r[2].startswith("he cannot name one occasion") for r in _reports(record))


def test_a_bare_negated_comment_still_reports_nothing(extract_text):
    assert _reports(extract_text("The spokesman said he could not comment on the report.")) == []


def test_a_quoted_sentence_after_the_cue_is_what_was_said(extract_text):
    record = extract_text(
        "He said he had not read the memo, and when asked if he was worried about his advisers' mood, he said, \"I doubt it.\"")
    reports = _reports(record)
    assert ("he", "said", "I doubt it.") in reports
    assert not any(r[2].startswith("He said he had not read") for r in reports)


def test_a_speaker_with_an_age_before_the_cue_is_found(extract_text):
    record = extract_text("As a part of her plea, Petra Novak, 52, said that she had defrauded nearly 100 clients from her home.")
    assert ("Petra Novak", "said", "she had defrauded nearly 100 clients from her home") in _reports(record)


def test_a_quotation_holding_a_nested_report_still_carries_on_the_speaker(extract_text):
    record = extract_text(
        "\u201cThe roads will be fixed by spring,\u201d Mayor Ada Kline said. \u201cMy engineers say the council will approve the new budget next week.\u201d")
    assert ("Mayor Ada Kline", "said", "My engineers say the council will approve the new budget next week.") in _reports(record)


def test_a_quotation_carries_on_the_quoted_speaker_not_a_later_cue_in_the_sentence(extract_text):
    record = extract_text(
        "\u201cThe deal is final,\u201d said Vera Holm, a lawyer who supports the union. \u201cNobody can reopen it now.\u201d")
    assert ("Vera Holm", "said", "Nobody can reopen it now.") in _reports(record)
