"""Contents the parse cut at a coordination (`said X, and Y would Z`, `questioned A and B`): the second
clause or noun is carried on when it cannot be the reporter's narration; invented sentences."""

from __future__ import annotations

import pytest


def _shape(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "content"), [
    # a modal in the second clause: still what the mayor said
    ("The mayor said the budget was balanced, and the city would hire more teachers next year.",
     "the budget was balanced, and the city would hire more teachers next year"),
    ("Jones said it is possible to win the primary, but it will be difficult.",
     "it is possible to win the primary, but it will be difficult"),
    # the present under a past cue: backshifted speech, not the story's past tense
    ("Jones said the plan was sound, and the state has a surplus.", "the plan was sound, and the state has a surplus"),
    # a quotation in the second clause
    ("Officials said the bridge had reopened, but “the repairs are far from finished.”",
     "the bridge had reopened, but “the repairs are far from finished.”"),
])
def test_a_second_reported_clause_stays_in_the_content(extract_text, text, content):
    statements = _shape(extract_text(text))
    assert statements[0][2] == content


@pytest.mark.parametrize(("text", "content"), [
    ("The mayor said the budget was balanced, and the crowd cheered.", "the budget was balanced"),  # narration
    ("The mayor said the budget was balanced, and she left the hall.", "the budget was balanced"),  # the speaker acts
    ("Many analysts predicted the issue would fade after the primary, and it hasn't.",
     "the issue would fade after the primary"),  # an ellipsis: the reporter's comment
])
def test_the_reporters_own_clause_stays_out(extract_text, text, content):
    assert _shape(extract_text(text))[0][2] == content


def test_a_second_cue_is_a_statement_of_its_own(extract_text):
    record = extract_text("The mayor said the budget was balanced, and the council said it was not.")
    assert _shape(record) == [("The mayor", "said", "the budget was balanced"), ("the council", "said", "it was not")]


@pytest.mark.parametrize(("text", "content"), [
    ("The coach questioned his judgment in the final game and his decision to rest the starters.",
     "his judgment in the final game and his decision to rest the starters"),
    ("Protesters blamed the police, and the council.", "the police, and the council"),
])
def test_a_coordinated_object_stays_in_the_content(extract_text, text, content):
    assert _shape(extract_text(text))[0][2] == content


def test_a_closing_source_phrase_takes_both_coordinated_clauses(extract_text):
    record = extract_text("The governor's influence in the region was large, and his advice widely sought, according to former aides.")
    assert _shape(record) == [
        ("former aides", "according to", "The governor's influence in the region was large, and his advice widely sought")]


def test_an_opening_source_phrase_still_takes_what_follows(extract_text):
    record = extract_text("According to the police, the storm killed three people and flooded a bridge.")
    assert _shape(record) == [("the police", "According to", "the storm killed three people and flooded a bridge")]


def test_a_dash_after_a_source_phrase_opens_the_reporters_aside(extract_text):
    record = extract_text("The mayor is trailing her rival by more than nine points, according to the latest county poll"
                          " - despite winning the district last year by a wide margin of votes.")
    assert _shape(record) == [
        ("the latest county poll", "according to", "The mayor is trailing her rival by more than nine points")]


def test_a_source_phrase_between_dashes_keeps_the_clause_around_it(extract_text):
    record = extract_text("The mayor blamed the flooding on the storm while — according to emails released on Friday — "
                          "knowing the drains had failed.")
    contents = [s.content.text for s in record.statements if s.cue.text == "according to"]
    assert contents and contents[0] != "while"


def test_a_quoted_report_keeps_its_ellipsis_out(extract_text):
    record = extract_text("“Many analysts predicted that the issue would fade after the primary, and it hasn't because "
                          "voters care about it,” added Murphy.")
    predicted = [s.content.text for s in record.statements if s.cue.text == "predicted"]
    assert predicted == ["the issue would fade after the primary"]


def test_a_sentence_resumed_after_its_cue_gives_its_longer_side(extract_text):
    record = extract_text("It matters a great deal, she said later in an interview, that the mayor and her staff "
                          "never skip the outer districts of the city.")
    assert _shape(record) == [("she", "said", "the mayor and her staff never skip the outer districts of the city")]


def test_a_cue_clause_closing_with_circumstances_keeps_the_clause_before_it(extract_text):
    record = extract_text("The plan is sound, he said on Monday in a long speech to supporters at the county fairground.")
    assert _shape(record) == [("he", "said", "The plan is sound")]


def test_a_second_clause_about_what_was_said_stays_out(extract_text):
    record = extract_text("The mayor said the budget was balanced, and that is not what the auditors found in March.")
    assert _shape(record)[0][2] == "the budget was balanced"


def test_a_quotation_closing_the_first_clause_does_not_part_it_from_the_second(extract_text):
    # The closing mark hangs on the cue between `team,` and `and`: the second clause is still reported.
    record = extract_text('He said Ortiz has been "a vital part of my team," and the party would need to rely on him.')
    assert _shape(record)[0][2] == 'Ortiz has been "a vital part of my team," and the party would need to rely on him'


def test_a_quotation_closing_the_first_clause_keeps_the_narration_out(extract_text):
    record = extract_text('The mayor said the budget was "balanced," and the crowd cheered.')
    assert _shape(record)[0][2] == 'the budget was "balanced,"'
