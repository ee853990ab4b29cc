"""Who a he/she speaker stands for when the text around it says (issue 13 item 3, session 16): the quotation's
own speaker named after it, the person a question is put to, a topic fronted with "As for", the owner of the
subject.

Invented sentences; each case names the construction it checks and fails without its rule.
"""

from __future__ import annotations


def _name_of(record, content_words: str) -> str | None:
    """The speaker name of the statement whose content is ``content_words``."""
    found = [s for s in record.statements if s.content.text == content_words]
    assert len(found) == 1, [s.content.text for s in record.statements]
    return found[0].speaker.name if found[0].speaker else None


def test_a_pronoun_in_a_quotation_attributed_after_it_is_not_the_quoted_speaker(extract_text):
    # The "He" inside Harlan's words is someone else (the senator), though Harlan is the thread: the quotation's
    # own speaker, written after it, is resolved first and ruled out.
    text = ("Admiral Peter Harlan met Senator Jim Cole last week. \"The navy needs more ships,\" Harlan said. "
            "He talks often about readiness. \"He told me the ships could wait,\" Harlan said of the senator.")
    record = extract_text(text)
    assert _name_of(record, "the ships could wait") == "Jim Cole"


def test_a_question_put_to_a_person_is_about_that_person(extract_text):
    # "asking Ruiz why he ...": the "he" who chose is the one asked, not the moderator asking.
    text = ("The debate opened with questions for Tom Ruiz and Dan Ortiz. Moderator Paul Becker started by "
            "asking Ruiz why he chose to attack the governor.")
    record = extract_text(text)
    asked = {s.speaker.name for s in record.statements if s.speaker is not None and s.speaker.text == "he"}
    assert asked == {"Tom Ruiz"}


def test_a_topic_fronted_with_as_for_is_the_pronoun_it_introduces(extract_text):
    # The last speaker is Cruz; "As for Trump, he told" turns to Trump.
    text = ("Donald Trump and Ted Cruz shared the stage on Thursday. \"An open convention would hurt the "
            "party,\" Cruz said. As for Trump, he told reporters the delegate count looked fine.")
    record = extract_text(text)
    assert _name_of(record, "the delegate count looked fine") == "Donald Trump"


def test_the_owner_of_a_sentence_subject_is_its_topic(extract_text):
    # "Walsh's visit comes ...": the sentence is about Walsh, so the next "He" is Walsh, not the governor who spoke.
    text = ("Governor Dan Ortiz said the state would welcome Mark Walsh on Friday. Walsh's visit comes at a hard "
            "time for the campaign. He told donors that the race was close.")
    record = extract_text(text)
    assert _name_of(record, "the race was close") == "Mark Walsh"


def test_a_role_already_resolved_to_a_man_is_no_antecedent_of_she(extract_text):
    # "the Ohio senator said" was resolved to Mark Dunlop: the role is he, so a later "She" passes over it to the
    # woman named before, instead of keeping the role (of no known gender) as her name.
    text = ("Governor Ann Ruiz spoke first on Monday. Senator Mark Dunlop answered her. \"The plan fails our "
            "farmers,\" the Ohio senator said. She said the plan would pass in the spring.")
    record = extract_text(text)
    assert _name_of(record, "the plan would pass in the spring") == "Ann Ruiz"


def test_a_role_owning_another_noun_is_not_the_owner_s_speaker(extract_text):
    # "the senator's wife, Lena Dunlop" is Lena, not the senator: the senator stays a man, so "She" is Lena.
    text = ("Senator Mark Dunlop stayed home on Monday. \"We are tired,\" the senator's wife, Lena Dunlop, said. "
            "She said the family would travel in the spring.")
    record = extract_text(text)
    assert _name_of(record, "the family would travel in the spring") == "Lena Dunlop"


def test_a_name_opening_a_sentence_after_and_or_but_is_its_topic(extract_text):
    # "And Hale, his aides insist ...": Hale is no subject of the parse, only the topic set at the sentence's
    # start (after "And"/"But"); the next "he" stands for him, not for Moreno, who spoke last.
    for opener in ("And", "But"):
        text = ("President Tom Hale signed the climate deal in Paris. \"Nothing here moves the needle,\" said Carl "
                "Moreno, a city engineer. \"We need a plan,\" he added. " + opener + " Hale, his aides insist the "
                "deal suits him fine. \"We can wait a year,\" he said.")
        record = extract_text(text)
        assert _name_of(record, "We can wait a year,") == "Tom Hale", opener


def test_a_person_first_named_after_a_named_subjects_verb_does_not_take_the_thread(extract_text):
    # "Walsh had close ties to Governor Kern. But he endorsed ...": the sentence is about its subject, Walsh;
    # the governor, named for the first time after the verb, is no new topic for the next "he".
    text = ("Tom Walsh, a former union leader, had close ties to Governor Paul Kern. But on Sunday he finally "
            "endorsed Ruth Abel. \"We need her,\" he told the crowd.")
    record = extract_text(text)
    assert _name_of(record, "We need her,") == "Tom Walsh"


def test_a_person_first_named_as_the_subject_still_takes_the_thread(extract_text):
    # The guard is about names after a person subject's verb: a thing as subject leaves the introduction salient.
    text = ("Tom Walsh spoke in Boston on Friday. The economy grew slowly under Governor Paul Kern, who was "
            "elected last year. He said the recovery would take time.")
    record = extract_text(text)
    assert _name_of(record, "the recovery would take time") == "Paul Kern"
