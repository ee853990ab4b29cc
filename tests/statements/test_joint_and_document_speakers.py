"""Speakers joined by "and", and documents that speak for their writer (issue 13 item 4).

Invented sentences. ANNOTATION.md (VOA gold): a joint speaker is one statement named by every speaker's
fullest name ("Sarfraz Bugti and Ahmed Sharif Chaudhry"), with a code only when they share one; a document
with a writer named in its own phrase ("the ministry's statement", "One Ipsos survey") is its writer's.
"""

from __future__ import annotations


def _speakers(record) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text, s.speaker.name, s.speaker.affiliation) for s in record.statements if s.speaker]


def test_two_named_people_speak_jointly_by_their_full_names(extract_text):
    text = ("Pakistani Interior Minister Ahmed Sharif Chaudhry met Balochistan Chief Minister Sarfraz Bugti on "
            "Monday. Bugti and Chaudhry said the attack was planned abroad.")
    record = extract_text(text)
    assert ("Bugti and Chaudhry", "Sarfraz Bugti and Ahmed Sharif Chaudhry", "PAK") in _speakers(record)


def test_two_capitals_of_different_countries_have_no_one_code(extract_text):
    text = ("Japanese Prime Minister Shigeru Ishiba met President Joe Biden at the White House. "
            "Tokyo and Washington said they would deepen military ties.")
    record = extract_text(text)
    assert ("Tokyo and Washington", "Tokyo and Washington", None) in _speakers(record)


def test_a_country_first_in_a_joint_speaker_is_not_stripped_as_its_affiliation(extract_text):
    record = extract_text("The United States and Iran said in a joint statement that the talks would continue.")
    assert [name for _, name, _ in _speakers(record)] == ["United States and Iran"]


def test_a_name_with_unnamed_others_is_the_named_one(extract_text):
    # The rest of the group has no name: the statement is the named one's ("and other officials", "and his
    # colleagues").
    text = ("President Donald Trump spoke on Sunday. Trump and other U.S. officials said the strikes had worked. "
            "Economist Nora Velde published a study. Velde and her colleagues found that rents rose.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names == ["Donald Trump", "Nora Velde"]


def test_or_does_not_join_speakers(extract_text):
    record = extract_text("Senator John Smith or Senator Mary Jones said the bill was dead.")
    assert all(" and " not in (name or "") for _, name, _ in _speakers(record))


def test_a_possessor_writes_the_document(extract_text):
    # The writer speaks, not the statement ("ministry" or its fullest name); a possessive pronoun is resolved.
    text = ("The Interior Ministry met on Monday. The ministry's statement said the border was closed. "
            "Hillary Clinton spoke to reporters later. Her statement said she had never sent classified material.")
    names = [name or "" for _, name, _ in _speakers(extract_text(text))]
    assert len(names) == 2 and names[0].casefold().endswith("ministry")
    assert names[1] == "Hillary Clinton"


def test_a_pollster_named_in_the_phrase_is_the_speaker(extract_text):
    record = extract_text("One Ipsos survey found that most voters backed the plan.")
    assert _speakers(record)[0][1] == "Ipsos"


def test_a_date_before_a_document_is_no_writer(extract_text):
    record = extract_text("Tuesday's statement said the border was closed. This year's report found that poverty rose.")
    names = [name or "" for _, name, _ in _speakers(record)]
    assert not {"Tuesday", "year", "This year"} & set(names)


def test_the_report_is_the_earlier_report_s_writer(extract_text):
    text = ("Amnesty International published a report on Monday about the prison. "
            "The report said the detainees were tortured.")
    record = extract_text(text)
    assert ("The report", "Amnesty International", "NGO") in _speakers(record)


def test_the_website_is_the_ministry_whose_website_it_is(extract_text):
    # The ministry, not the country that owns it, wrote the website; the country is its affiliation.
    text = ("Trade between the two countries rose, according to China's Foreign Ministry website. "
            "The two have a strategic partnership, according to the website.")
    record = extract_text(text)
    assert [(name, code) for _, name, code in _speakers(record)] == [("Foreign Ministry", "CHN")] * 2


def test_a_report_nobody_is_said_to_have_written_stays_the_report(extract_text):
    record = extract_text("A report was published on Monday. The report said the detainees were tortured.")
    assert _speakers(record) == [("The report", "report", None)]


def test_a_joint_issuer_writes_the_statement(extract_text):
    text = ("Senator John Smith and Senator Mary Jones issued a statement on Thursday. "
            "The statement by the two said both want unity.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names == ["John Smith and Mary Jones"]


def test_a_place_before_a_poll_is_not_its_writer(extract_text):
    record = extract_text("IOWA SURVEYS NOT FLAWED, ONLY PREMATURE - Lena Ortiz: \"While the polls failed to "
                          "predict the winner, they came close.\" A Florida poll found that voters were split.")
    names = {name for _, name, _ in _speakers(record)}
    assert not names & {"IOWA", "Iowa", "Florida"}


def test_a_group_pronoun_writer_needs_a_subject_just_before(extract_text):
    # "Their" is the FBI's, which the text never quotes: the report is not the last group that spoke.
    text = ("Republican legislators said the inquiry was incomplete. Clinton said: \"The FBI looked into all of it. "
            "Their report found that nothing was hidden.\" The Interior Ministry met on Monday. "
            "Its statement said the border was closed.")
    speakers = {text_: name for text_, name, _ in _speakers(extract_text(text))}
    assert speakers.get("Their report") != "Republican legislators"
    assert speakers["Its statement"] == "Interior Ministry"


def test_an_unnamed_coalition_does_not_lend_a_member_s_name_to_its_letter(extract_text):
    text = ("An alliance of some 30 charities, including the American Academy of Nursing and Harbor Aid, sent a "
            "letter this week. The letter said Congress must act.")
    speakers = {text_: name for text_, name, _ in _speakers(extract_text(text))}
    assert "Academy" not in (speakers.get("The letter") or "")


def test_a_name_with_other_members_of_a_named_group_is_the_named_one(extract_text):
    text = ("Republicans attacked the plan. Hillary Clinton and other Democrats said the policies would hold.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names[-1] == "Hillary Clinton"


def test_pollsters_glued_by_a_slash_write_the_poll_together(extract_text):
    text = "A CNN/ORC poll was released on Monday. The poll showed the senator ahead. A CNN/ORC poll found voters split."
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names == ["CNN/ORC", "CNN/ORC"]
