"""Reports the parser misreads (issue 13 item 8): `according to X` whose clause or source the parse
misplaces, a cue with a clause hung on it from before its subject, and a speech verb whose clause
the parse made adverbial; invented sentences."""

from __future__ import annotations


def _reports(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


def test_an_opening_according_to_whose_clause_the_parser_swallowed(extract_text):
    # The parser makes `According` the root and `the decision reeks` an apposition of the name.
    record = extract_text("According to longtime radio host Maria Lopez, the decision reeks of panic.")
    assert _reports(record) == [("longtime radio host Maria Lopez", "According to", "the decision reeks of panic")]


def test_an_opening_according_to_with_an_apposition(extract_text):
    record = extract_text("According to John Smith, a spokesman for the group, the talks will resume on Monday.")
    assert _reports(record) == [("John Smith", "According to", "the talks will resume on Monday")]


def test_a_fragment_after_according_to_is_no_report(extract_text):
    record = extract_text("The debate went well. According to one network, basically.")
    assert [s for s in record.statements if s.cue.text == "According to"] == []


def test_a_closing_according_to_reports_the_whole_main_clause(extract_text):
    record = extract_text("Farmers would see their incomes fall by as much as 20 percent, according to the "
                          "agriculture ministry, twice what it forecast.")
    assert ("the agriculture ministry", "according to",
            "Farmers would see their incomes fall by as much as 20 percent") in _reports(record)


def test_according_to_a_source_the_parser_read_as_a_verb(extract_text):
    # `show` is parsed as a verb and `insiders` as its object: `to` has no object of its own.
    record = extract_text("The director repeatedly ignored safety warnings, according to show insiders.")
    by_source = [r for r in _reports(record) if r[1] == "according to"]
    assert by_source == [("insiders", "according to", "The director repeatedly ignored safety warnings")]


def test_a_clause_after_the_cue_beats_one_hung_on_it_from_before(extract_text):
    # The parser makes `It is an unlikely outcome` a complement of `says`, before its subject.
    record = extract_text("It is an unlikely outcome; the mayor's office says the market will reopen next week.")
    assert _reports(record) == [("the mayor's office", "says", "the market will reopen next week")]


def test_a_quotation_before_the_cue_stays_its_content(extract_text):
    record = extract_text('"We will win," he said, "and they know it."')
    assert [r[2] for r in _reports(record)] == ["We will win,", "and they know it."]


def test_a_speech_verb_whose_clause_the_parser_made_adverbial(extract_text):
    record = extract_text("The senator said after the hearing she would not support the bill.")
    said = [r for r in _reports(record) if r[1] == "said"]
    assert said == [("The senator", "said", "after the hearing she would not support the bill")]


def test_a_when_clause_after_a_cue_is_no_content(extract_text):
    record = extract_text("Economists will see how markets respond when the government raises wages.")
    assert [r for r in _reports(record) if r[1] == "respond"] == []


def test_a_role_noun_in_a_predicate_holds_the_view_of_the_subject(extract_text):
    record = extract_text("Anna Berg, a longtime member of the budget committee, has been an outspoken supporter "
                          "of the treaty and of closer ties with its members.")
    assert _reports(record) == [("Anna Berg", "supporter", "the treaty and of closer ties with its members")]


def test_a_role_noun_in_an_apposition_holds_the_view_of_the_name(extract_text):
    record = extract_text('"We will vote no," said Karl Weber, a leading advocate for the farmers of the region.')
    assert ("Karl Weber", "advocate", "the farmers of the region") in _reports(record)


def test_a_clause_before_a_cue_that_announces_a_quotation_stays_its_content(extract_text):
    record = extract_text('Companies are part of communities with many stakeholders, she said: '
                          '"Part of the contract is that you give back."')
    assert _reports(record) == [("she", "said", "Companies are part of communities with many stakeholders"),
                                ("she", "said", "Part of the contract is that you give back.")]


def test_an_indirect_question_the_parser_made_a_condition(extract_text):
    # `if the bridge would open` hangs on `asked` as an adverbial clause; `the mayor` is who was asked.
    record = extract_text("The governor asked the mayor on Tuesday if the bridge would open on time.")
    assert _reports(record) == [("The governor", "asked", "the bridge would open on time")]


def test_a_whether_question_after_wondered(extract_text):
    record = extract_text("Critics wondered aloud whether the deal would survive the winter.")
    assert _reports(record) == [("Critics", "wondered", "the deal would survive the winter")]


def test_a_condition_on_a_request_is_no_question(extract_text):
    # `asked for a delay`: what was asked for; the if-clause says when.
    record = extract_text("He asked for a delay if the weather turned bad.")
    assert [s.content.text for s in record.statements] == ["a delay"]

