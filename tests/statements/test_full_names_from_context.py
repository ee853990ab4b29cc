"""The speaker's fullest name where the tagger or the lexicon hid it (issue 13 item 1): a given name and surname
the tagger read as an organisation, then "Dr."/"Mr." with the surname; a lexicon person first seen by given
name only; a capitals initialism title ("the PM") naming the person who holds that title; an article's middle
initials; and a person named after a title's "of" field ("President of Kenya Jane Doe"), not the country.

Invented sentences; each case names the construction it checks (found on unseen PolNeAR train articles; the
"of" field on the issue's list of known misses).
"""

from __future__ import annotations


def _names(record) -> list[tuple[str, str | None]]:
    return [(s.speaker.text, s.speaker.name) for s in record.statements if s.speaker is not None]


def test_an_honorific_surname_takes_the_full_name_the_tagger_read_as_a_body(extract_text):
    # The tagger labels "Parker Ashdown" an organisation; "Dr. Ashdown" later is that person.
    text = ("Factories closed.\n\nParker Ashdown watched the move away from the center firsthand. He lost his seat "
            "in 2010.\n\n\"People want someone to blame,\" said Dr. Ashdown.")
    assert ("Dr. Ashdown", "Parker Ashdown") in _names(extract_text(text))


def test_a_name_after_a_school_and_a_comma_is_the_person(extract_text):
    # "her classmate at Harwick, Daniel Morrow": the tagger runs the school into the name.
    text = ("\"She never cared for the shop,\" said her classmate at Harwick, Daniel Morrow, who kept in touch. "
            "\"She wanted to sail,\" Mr. Morrow said.")
    names = _names(extract_text(text))
    assert ("Mr. Morrow", "Daniel Morrow") in names
    assert all(name != "roommate" for _, name in names)


def test_a_given_name_seen_first_takes_the_lexicons_full_name(extract_text):
    # "Bill" of a foundation named for three relatives, then the lexicon's "Bill Clinton".
    text = ("The Bill and Chelsea Clinton Trust gave grants abroad for a decade. On Friday, former President "
            "Bill Clinton told the staff that the trust would refuse foreign money.")
    assert ("former President Bill Clinton", "Bill Clinton") in _names(extract_text(text))


def test_an_initialism_title_names_the_person_holding_that_title(extract_text):
    # Her spokesman, named by her title, is last seen before "The PM": he holds no premiership.
    text = ("Nadia Ferrante, the Maltese prime minister, spoke in Valletta on Monday.\n"
            "Ferrante will meet whoever wins, the prime minister's spokesman said.\n"
            "\"The PM has made her views plain,\" the spokesman said.\n"
            "The PM later said the talks would resume in June.")
    assert ("The PM", "Nadia Ferrante") in _names(extract_text(text))


def test_the_articles_middle_initial_beats_the_lexicons_shorter_name(extract_text):
    # The lexicon lists "Vladimir Putin"; an article writing "Vladimir V. Putin" names him so throughout.
    text = ("In Moscow, Vladimir V. Putin took questions for three hours on Thursday. "
            "Mr. Putin said the economy would grow next year. \"We will manage,\" he said.")
    names = _names(extract_text(text))
    assert ("Mr. Putin", "Vladimir V. Putin") in names and ("he", "Vladimir V. Putin") in names
    record = extract_text(text)
    [putin] = [e for e in record.entities if e.kind == "person"]
    assert putin.code == "RUS"


def test_the_person_after_a_titles_of_field_holds_the_office(extract_text):
    # The tagger runs the country into the name ("Kenya Jane Wanjiru"); the country is the office's field.
    names = _names(extract_text("President of Kenya Jane Wanjiru said on Monday that the talks would resume."))
    assert names == [("President of Kenya Jane Wanjiru", "Jane Wanjiru")]
    names = _names(extract_text("Secretary General of NATO Mark Rutte said allies must spend more on defense."))
    assert names == [("Secretary General of NATO Mark Rutte", "Mark Rutte")]


def test_an_office_with_no_named_holder_keeps_its_field(extract_text):
    names = _names(extract_text("The President of Ghana said the election was fair."))
    assert [mention for mention, _ in names] == ["The President of Ghana"]
