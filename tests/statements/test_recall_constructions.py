"""Session 10 recall constructions (issue 13 items 7 and 8), invented sentences: verbal-attack idioms,
a frame noun in an `in` phrase under a cue verb, headlines whose cue verb the parse misses, a clause
split at a curly `n't`, and `according to` hung on the wrong verb."""

from __future__ import annotations


def _reports(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in record.statements]


def test_took_aim_at_reports_what_the_subject_attacks_in_words(extract_text):
    record = extract_text("On Monday, the senator took aim at the governor's budget.")
    assert ("the senator", "took aim", "the governor's budget") in _reports(record)


def test_a_jab_noun_under_another_light_verb_reports_too(extract_text):
    assert ("He", "landed a sharp dig", "his old friend") in _reports(extract_text("He landed a sharp dig at his old friend."))


def test_take_issue_with_reports_the_disputed_suggestion(extract_text):
    record = extract_text("Several farmers took issue with the ministry's claim that prices had fallen.")
    assert ("Several farmers", "took issue", "the ministry's claim that prices had fallen") in _reports(record)


def test_an_inanimate_subject_taking_aim_is_no_speaker(extract_text):
    assert [r for r in _reports(extract_text("The rifle took aim at the hill.")) if r[1] == "took aim"] == []


def test_a_look_taken_at_something_reports_nothing(extract_text):
    assert _reports(extract_text("She took a look at the report.")) == []


def test_in_favor_of_under_a_speech_verb_is_the_speakers_stance(extract_text):
    assert ("She", "favor", "staying in the union") in _reports(extract_text("She argued in favor of staying in the union."))


def test_a_vote_in_favor_of_a_plan_is_an_act_not_a_view(extract_text):
    assert _reports(extract_text("The council voted in favor of the plan.")) == []


def test_a_title_case_headline_with_a_cue_verb_is_a_statement(extract_text):
    record = extract_text("Union Chief Praises Governor's New Budget Plan.\n\nThe story begins here.")
    assert ("Union Chief", "Praises", "Governor's New Budget Plan") in _reports(record)


def test_a_lower_case_headline_verb_read_as_a_noun_is_a_cue(extract_text):
    record = extract_text("Local teachers blast school board.\n\nThe story begins here.")
    assert ("Local teachers", "blast", "school board") in _reports(record)


def test_a_headline_noun_that_a_found_verb_takes_is_no_cue(extract_text):
    record = extract_text("Budget questions seem set to dominate the session.\n\nThe story begins here.")
    assert [r for r in _reports(record) if r[1] == "questions"] == []


def test_a_headline_speaker_never_takes_a_leading_phrase_set_off_by_a_comma(extract_text):
    record = extract_text("In Two-Front War, Smith Slams Jones Over Housing.\n\nThe story begins here.")
    assert not any((r[0] or "").startswith("In") for r in _reports(record))


def test_a_headline_cue_the_parser_read_as_a_verb_with_nothing_to_take(extract_text):
    # The parse reads `Claims` as the verb but hangs the claim on it as an apposition: no content.
    record = extract_text("Mayor Claims City Safest Town Ever.\n\nThe story begins here.")
    assert ("Mayor", "Claims", "City Safest Town Ever") in _reports(record)


def test_a_headline_claim_ends_before_a_clause_of_the_headlines_own(extract_text):
    record = extract_text("Mayor Claims City Safest Town Ever As Rivals Cry Foul.\n\nThe story begins here.")
    assert ("Mayor", "Claims", "City Safest Town Ever") in _reports(record)


def test_a_headline_verb_with_an_object_of_its_own_splits_nothing(extract_text):
    # `find` reports a clause; `find a home` is no finding, and the parse gave the verb its object.
    record = extract_text("Families find a home in a small town.\n\nThe story begins here.")
    assert _reports(record) == []


def test_a_first_line_that_is_a_long_paragraph_is_no_headline(extract_text):
    line = "Union Chief Praises " + " ".join(["word"] * 30) + "."
    record = extract_text(line + "\n\nThe story begins here.")
    assert [r for r in _reports(record) if r[1] == "Praises"] == []


def test_a_clause_split_by_the_parser_at_a_curly_negation_is_reported_whole(extract_text):
    record = extract_text("Most tenants say they don’t really trust the landlord with the repairs.")
    assert ("Most tenants", "say", "they don’t really trust the landlord with the repairs") in _reports(record)


def test_according_to_after_a_relative_clause_reports_the_sentence_before_the_comma(extract_text):
    record = extract_text("The agency is now examining whether the mayor broke the law while in office, according to two "
                          "officials who spoke to a local paper but were not allowed to speak publicly.")
    assert ("two officials", "according to",
            "The agency is now examining whether the mayor broke the law while in office") in _reports(record)


def test_a_capitalised_bare_cue_word_inside_a_name_is_no_headline_cue(extract_text):
    record = extract_text("Capital City Post Poll Has Mayor Ahead.\n\nThe story begins here.")
    assert [r for r in _reports(record) if r[1] == "Post"] == []


def test_a_stance_participle_on_a_demonstrative_pronoun_names_its_holders(extract_text):
    record = extract_text("The rally sent shudders through those supporting the mayor.")
    assert ("those", "supporting", "the mayor") in _reports(record)


def test_a_gerund_after_on_shares_the_subject_of_its_clause(extract_text):
    record = extract_text("The candidates focused on criticizing the governor.")
    assert ("The candidates", "criticizing", "the governor") in _reports(record)


def test_an_idioms_content_leaves_out_the_reporters_relative_clause(extract_text):
    record = extract_text("She took a quiet swipe at her rival, who had mocked her for days.")
    assert ("She", "took a quiet swipe", "her rival") in _reports(record)
