"""A role with a country names the one person the article gives that country and office (issue 13 item 1):
"the top Freedonian diplomat" is Freedonia's foreign minister wherever the article names him, "the US
president" the sitting president, not a former one; an indefinite role, a surrogate's role, or two holders
of the office name no one.

Invented sentences and people; each case names the construction it checks.
"""

from __future__ import annotations


def _names(record) -> dict[str, str | None]:
    return {s.speaker.text: s.speaker.name for s in record.statements if s.speaker is not None}


def test_a_countrys_top_diplomat_is_its_named_foreign_minister(extract_text):
    # Another person spoke in between: the role names the Peruvian, not the latest speaker.
    text = ("Peruvian Foreign Minister Jorge Salinas met his Chilean counterpart in Lima on Monday. "
            "\"We made progress on fishing rights,\" Chilean Foreign Minister Ines Rojas said. "
            "Both sides had feared a breakdown. "
            "The talks were useful and will continue in May, the top Peruvian diplomat said after the meeting.")
    assert _names(extract_text(text))["the top Peruvian diplomat"] == "Jorge Salinas"


def test_a_possessive_country_role_names_the_holder(extract_text):
    text = ("Kenyan President Daniel Mwangi flew to Addis Ababa on Sunday for the summit. "
            "Delegates spent the morning on trade. "
            "Kenya's president said the region needed a common market.")
    assert _names(extract_text(text))["Kenya's president"] == "Daniel Mwangi"


def test_the_sitting_holder_not_a_former_one(extract_text):
    # The former president was named last: a role without "former" still names the sitting one.
    text = ("Brazilian President Ana Coelho defended the plan in a radio address. "
            "Former Brazilian President Paulo Serra criticised it last week. "
            "Lawmakers will vote on Friday. "
            "The Brazilian president told reporters the vote would pass.")
    assert _names(extract_text(text))["The Brazilian president"] == "Ana Coelho"


def test_an_indefinite_role_is_an_unnamed_source(extract_text):
    text = ("Peruvian Foreign Minister Jorge Salinas met his Chilean counterpart in Lima on Monday. "
            "The two men discussed fishing rights. "
            "A top Peruvian diplomat said the talks had stalled.")
    assert _names(extract_text(text))["A top Peruvian diplomat"] != "Jorge Salinas"


def test_a_surrogate_role_is_not_the_principal(extract_text):
    text = ("Peruvian Foreign Minister Jorge Salinas met his Chilean counterpart in Lima on Monday. "
            "The two men discussed fishing rights. "
            "The Peruvian spokesman said the talks had stalled.")
    assert _names(extract_text(text))["The Peruvian spokesman"] != "Jorge Salinas"


def test_two_holders_of_the_office_name_neither(extract_text):
    text = ("Peruvian Foreign Minister Jorge Salinas and Peruvian Ambassador Rosa Quispe met Chilean officials on "
            "Monday. The delegations discussed fishing rights. "
            "The top Peruvian diplomat said the talks had stalled.")
    assert _names(extract_text(text))["The top Peruvian diplomat"] not in ("Jorge Salinas", "Rosa Quispe")


def test_another_countrys_holder_is_not_named(extract_text):
    text = ("Chilean Foreign Minister Ines Rojas met Peruvian officials in Lima on Monday. "
            "The two sides discussed fishing rights. "
            "The top Peruvian diplomat said the talks had stalled.")
    assert _names(extract_text(text))["The top Peruvian diplomat"] != "Ines Rojas"
