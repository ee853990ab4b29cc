"""One person under a short and a formal name (issue 13 item 1): a headline's "Joe Okafor" and the body's "Joseph T.
Okafor Jr." are one speaker named in full; "Bob" then "Robert" gives the formal given name; "Donald Trump Jr." stays
apart from his father; a hyphenated union office ("Secretary-Treasurer") is a title, not part of the name; a role
naming an office in a named body ("the FBI director", "the secretary of State") is not the last speaker when the
article titled that speaker otherwise.

Invented sentences; the suffix and short-form names are on the issue's list of known misses, the title and office
constructions were found on PolNeAR train articles.
"""

from __future__ import annotations


def _names(record) -> list[tuple[str, str | None]]:
    return [(s.speaker.text, s.speaker.name) for s in record.statements if s.speaker is not None]


def test_a_headline_short_name_and_the_body_formal_name_are_one_speaker(extract_text):
    # (a formal suffixed name joins the plain one only for the people entity_words.json formal_suffixed_names
    # lists: else it may be the son of that name)
    text = ("John Roberts backs new rail plan\n\nBOSTON - Justice John G. Roberts Jr. told farmers on Monday "
            "that the tracks would be rebuilt. \"We will not wait,\" Roberts said.")
    record = extract_text(text)
    names = _names(record)
    assert ("Roberts", "John G. Roberts Jr.") in names
    assert ("Justice John G. Roberts Jr.", "John G. Roberts Jr.") in names
    assert len({s.speaker.entity for s in record.statements if s.speaker is not None}) == 1


def test_a_short_given_name_then_the_formal_one_names_the_speaker_formally(extract_text):
    text = ("Senator Bob Ferrante said the budget was too thin. Later, Robert Ferrante told reporters that he would "
            "vote against it.")
    names = _names(extract_text(text))
    assert ("Senator Bob Ferrante", "Robert Ferrante") in names
    assert all(name != "Bob Ferrante" for _, name in names)


def test_the_son_with_a_suffix_stays_apart_from_his_father(extract_text):
    text = ("Donald Trump Jr. said the hotel would open in May. Donald Trump said the family was proud of it.")
    names = _names(extract_text(text))
    assert ("Donald Trump Jr.", "Donald Trump Jr.") in names
    assert ("Donald Trump", "Donald Trump") in names


def test_a_hyphenated_union_office_is_no_part_of_the_name(extract_text):
    text = "\"We have work to do,\" said Steelworkers Secretary-Treasurer Dana Whitcombe on Tuesday."
    names = _names(extract_text(text))
    assert any(name == "Dana Whitcombe" for _, name in names), names


def test_an_office_in_a_named_body_is_not_the_differently_titled_last_speaker(extract_text):
    # "The FBI director" right after a senator spoke: the office belongs to someone else.
    text = ("Senator Ann Lowe spoke to farmers in Dayton on Monday. \"We need answers,\" she said. "
            "The FBI director said the inquiry would go on.")
    names = dict(_names(extract_text(text)))
    assert names["she"] == "Ann Lowe"
    assert names["The FBI director"] != "Ann Lowe"


def test_an_office_with_its_of_phrase_is_not_the_differently_titled_last_speaker(extract_text):
    text = ("Governor Tom Reyes toured the port on Friday. \"It is a disgrace,\" he said. The onetime secretary of "
            "State argued that the harbor needed more money.")
    names = dict(_names(extract_text(text)))
    assert names["The onetime secretary of State"] != "Tom Reyes"


def test_an_office_the_last_speaker_holds_still_names_him(extract_text):
    text = ("Secretary of State Ann Keel met the envoy in Oslo. \"We made progress,\" she said. The secretary of "
            "State said the talks would resume in June.")
    names = dict(_names(extract_text(text)))
    assert names["The secretary of State"] == "Ann Keel"
