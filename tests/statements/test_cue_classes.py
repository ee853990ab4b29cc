"""Cue classes (issue 13): refusals of and requests for comment report no statement; invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to comment on the report.",
        "A police spokesperson declined to be named.",
        "The embassy did not respond to requests for comment.",
        "The company did not reply to an email seeking comment.",
        "The two governments ignored requests for comment.",
        "The minister said she could not comment while the case was open.",
    ],
)
def test_no_comment_is_no_statement(extract_text, text):
    assert extract_text(text).statements == []


def test_a_refusal_with_content_is_still_a_statement(extract_text):
    record = extract_text("The minister refused to say whether the talks had failed, but said a deal was close.")
    assert [s.content.text for s in record.statements][-1] == "a deal was close"


def test_a_possessor_call_for_something_is_a_statement(extract_text):
    record = extract_text("The talks failed because Washington's call for full disarmament did not mesh with Pyongyang's demand for sanctions relief.")
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in record.statements] == [
        ("Washington", "call", "full disarmament"), ("Pyongyang", "demand", "sanctions relief")]


def test_a_for_phrase_of_an_ordinary_noun_is_no_statement(extract_text):
    assert extract_text("The company's plan for the factory was delayed.").statements == []


def _shape(record):
    return [(s.speaker.text, s.cue.text, s.content.text) for s in record.statements]


def test_every_cue_has_a_class():
    """verbs.tsv and frames_mined.tsv tag every cue speech, stance or intention (actions are not written)."""
    from accord.stages.statements.lexicon import load_lexicon

    lexicon = load_lexicon()
    assert set(lexicon.verb_class.values()) <= {"speech", "stance", "intention"}
    assert set(lexicon.mined_class.values()) <= {"speech", "stance", "intention"}
    assert lexicon.verb_class["say"] == "speech" and lexicon.verb_class["endorse"] == "stance"
    assert lexicon.verb_class["plan"] == "intention"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry requested a meeting with the envoy.",  # a request without propositional content
        "The rebels offered a ceasefire.",  # an offer of a thing
        "Russia and Ukraine agreed to a prisoner exchange on Friday.",  # an action frame
        "The committee voted against the resolution.",
        "Prosecutors ordered the arrest of the mayor and two aides.",  # an order of a thing is an act
    ],
)
def test_intentions_and_actions_without_propositional_content_are_no_statements(extract_text, text):
    assert extract_text(text).statements == []


def test_an_intention_with_an_infinitive_from_an_animate_speaker_is_a_statement(extract_text):
    assert _shape(extract_text("The company decided to close the plant.")) == [
        ("The company", "decided", "to close the plant")]


def test_an_inanimate_subject_of_a_mined_frame_is_no_speaker(extract_text):
    assert extract_text("The storm focused on the northern coast.").statements == []
    assert _shape(extract_text("The senator focused on the northern coast.")) == [
        ("The senator", "focused", "the northern coast")]


def test_a_country_and_a_pronoun_can_hold_a_mined_frame(extract_text):
    assert _shape(extract_text("Turkey focused on the border talks.")) == [("Turkey", "focused", "the border talks")]
    assert ("it", "focused", "the border talks") in _shape(extract_text("The agency said it focused on the border talks."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor has been critical of the plan since March.", ("The governor", "critical", "the plan")),
        ("Her critics renewed calls for an independent inquiry.", ("Her critics", "calls", "an independent inquiry")),
        ("Party leaders repeated their criticism of the budget.", ("their", "criticism", "the budget")),
    ],
)
def test_noun_and_adjective_frames_with_an_animate_holder(extract_text, text, expected):
    assert expected in _shape(extract_text(text))


def test_a_noun_frame_without_an_animate_holder_is_no_statement(extract_text):
    assert extract_text("The valley was the focus of the meeting.").statements == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('Dmitry Ortov, Kremlin spokesman: "There is no alternative to dialogue."', "Dmitry Ortov",
         "There is no alternative to dialogue."),
        ('The talks ended late.\nMaria Lopez, a nurse in the city: "We have not slept for three days."', "Maria Lopez",
         "We have not slept for three days."),
    ],
)
def test_a_colon_attribution_names_the_speaker(extract_text, text, speaker, content):
    assert _shape(extract_text(text)) == [(speaker, ":", content)]


def test_a_colon_after_a_phrase_that_is_no_name_is_no_attribution(extract_text):
    assert extract_text('The banner read: "No more war, no more hunger."').statements == [] or all(
        s.cue.text != ":" for s in extract_text('The banner read: "No more war, no more hunger."').statements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The farmers are worried about the new water rules.", ("The farmers", "worried", "the new water rules")),
        ("The mayor remains opposed to the stadium deal.", ("The mayor", "opposed", "the stadium deal")),
        ("The coach is confident that the team will recover.", ("The coach", "confident", "the team will recover")),
    ],
)
def test_curated_adjective_frames(extract_text, text, expected):
    assert _shape(extract_text(text)) == [expected]


def test_an_adjective_frame_of_a_thing_is_no_statement(extract_text):
    assert extract_text("The bridge is open to traffic again.").statements == []


def test_a_call_for_someone_to_act_reports_the_clause(extract_text):
    assert _shape(extract_text("The chancellor is calling for the European Union to speed up its reforms.")) == [
        ("The chancellor", "calling", "the European Union to speed up its reforms")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Mara Lopez says the populist movement appeals to the worst instincts of voters.",
         [("Senator Mara Lopez", "says", "the populist movement appeals to the worst instincts of voters")]),
        ("The priest said a short prayer.", []),
    ],
)
def test_a_speech_verb_with_a_misread_object_reports_the_clause(extract_text, text, expected):
    assert _shape(extract_text(text)) == expected


def test_an_intention_of_a_country_is_what_it_does_not_a_statement(extract_text):
    assert extract_text("Kenya refused to attend the hearing.").statements == []
    assert _shape(extract_text("The Kenyan foreign minister refused to attend the hearing.")) == [
        ("The Kenyan foreign minister", "refused", "to attend the hearing")]


def test_saying_nothing_about_something_is_no_statement(extract_text):
    assert extract_text("The two governments said nothing about the eight detained men.").statements == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The festival highlighted local bands from the valley.", []),  # a thing: no speaker of a mined frame
        ("The minister highlighted the risks of a longer war.",
         [("The minister", "highlighted", "the risks of a longer war")]),
    ],
)
def test_a_thing_is_never_the_speaker_of_a_mined_frame(extract_text, text, expected):
    assert _shape(extract_text(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a new poll released Monday, Smith leads Jones 48 percent to 41 percent.",
         [("a new poll", "In", "Smith leads Jones 48 percent to 41 percent")]),
        ("Smith has a lead in the polls.", []),
    ],
)
def test_a_poll_opening_its_clause_is_its_source(extract_text, text, expected):
    assert _shape(extract_text(text)) == expected


def test_a_quoted_transcript_turn_is_one_statement(extract_text):
    record = extract_text('WALLACE: "Let us start with the debate tonight."\nPENCE: "Well, I think it went well for us."')
    assert [(s.speaker.text, s.cue.text) for s in record.statements] == [("WALLACE", ":"), ("PENCE", ":")]


def test_a_cue_closing_its_paragraph_with_a_colon_takes_the_next_quotation(extract_text):
    record = extract_text('The senator called them on it:\n\n"The questions asked tonight show why nobody trusts the media."')
    assert (record.statements[0].speaker.text, record.statements[0].content.text) == (
        "The senator", "The questions asked tonight show why nobody trusts the media.")


def test_someone_elses_silence_is_reported_content(extract_text):
    # The speaker reports that another did not comment: a statement of the speaker's, not a refusal.
    record = extract_text("The lawyer said the ministry has not replied to his requests.")
    assert _shape(record) == [("The lawyer", "said", "the ministry has not replied to his requests")]


@pytest.mark.parametrize("text", [
    "Hamas would not attack the convoy, a spokesman said.",
    "Rebels attacked the convoy near the border.",
    "The convoy was attacked by rebels on Monday.",
    "The drones hit the depot overnight.",
])
def test_a_violent_verb_on_a_thing_is_no_statement_cue(extract_text, text):
    # a statement's cue is a speech or stance verb: "attack" of a convoy or a depot is violence
    assert not [s for s in extract_text(text).statements if s.cue.text.split()[0].lower() in ("attack", "attacked", "hit")]


@pytest.mark.parametrize("text, content", [
    ("Trump attacked Clinton over her emails.", "Clinton over her emails"),
    ("He attacked his rival's record on trade.", "his rival's record on trade"),
])
def test_a_person_or_a_stance_attacked_stays_a_statement(extract_text, text, content):
    assert content in [s.content.text for s in extract_text(text).statements]


def test_a_named_body_attacked_stays_a_statement(extract_text):
    record = extract_text("The president also attacked The Daily Ledger newspaper for refusing to back his plan.")
    assert [s.cue.text for s in record.statements] == ["attacked"]


def test_a_cue_word_inside_a_fixed_connective_is_no_cue(extract_text):
    """`as opposed to` contrasts two things: the clause's subject opposes nothing."""
    record = extract_text("The council spent the grant on new buses, as opposed to repairing the old bridge.")
    assert [s.cue.text for s in record.statements] == []


def test_opposed_outside_the_connective_is_still_a_cue(extract_text):
    record = extract_text("The mayor opposed the new parking fees.")
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in record.statements] == [
        ("The mayor", "opposed", "the new parking fees")]
