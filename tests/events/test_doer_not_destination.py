"""A doer's code is its own country, not the place its act is aimed at or another clause's country (issue 14):
a clause's motion phrases ("into", "toward") and a sending verb's places are the destination; a quantified
plural of states ("several nations") is nobody in particular; the one country a sentence names only in another
clause says nothing of the doer."""

from __future__ import annotations


def _actors(record, event_type):
    return [[(a.text, a.code) for a in e.actors] for e in record.events if e.event == event_type]


def test_a_clause_destination_does_not_code_the_sender(extract_text):
    # a Washington story: the ministry sends its soldiers abroad; where they go is not whose they are
    for text in ("WASHINGTON — The Pentagon reviewed its plans on Monday. "
                 "The administration is sending more troops into Somalia, an aide said.",
                 "WASHINGTON — The Pentagon reviewed its plans on Monday. "
                 "The administration is sending more troops in Somalia, an aide said."):
        record = extract_text(text, published="2025-05-17")
        mobilized = _actors(record, "MOBILIZE")
        assert mobilized and all(code != "SOM" for actors in mobilized for _, code in actors), mobilized


def test_a_doers_own_place_still_codes_it(extract_text):
    # where the doers are (their clause's "in" phrase, an attack done there) still codes a sub-state doer
    record = extract_text("Gunmen killed five villagers in northern Nigeria on Sunday, police said.", published="2025-05-17")
    assaults = _actors(record, "ASSAULT")
    assert assaults and all(code == "NGA" for actors in assaults for _, code in actors if code), assaults
    assert any(code == "NGA" for actors in assaults for _, code in actors), assaults


def test_a_quantified_plural_of_states_names_no_one_party(extract_text):
    text = ("KYIV — Ukraine asked its partners for help on Monday. "
            "Several nations pledged support for Ukraine on Thursday.")
    record = extract_text(text, published="2025-05-17")
    pledges = [actors for actors in _actors(record, "AGREE") + _actors(record, "SUPPORT")
               if any(word.endswith("nations") for word, _ in actors)]
    assert pledges and all(code is None for actors in pledges for _, code in actors), pledges


def test_a_reported_sending_does_not_code_the_sender_by_its_destination(extract_text):
    # a Nairobi story: the troops' destination is not the administration's country
    text = ("NAIROBI — Kenya's cabinet met on Monday. "
            "The administration is sending more troops in Somalia, officials said on Tuesday.")
    record = extract_text(text, published="2025-05-17")
    mobilized = _actors(record, "MOBILIZE")
    assert mobilized and all(code != "SOM" for actors in mobilized for _, code in actors), mobilized


def test_a_named_organisation_speaker_still_codes_its_official(extract_text):
    # a reporting institution's own code still codes the official it reports on
    record = extract_text("The Kremlin said the president met the visiting envoy on Friday.", published="2025-05-17")
    meetings = _actors(record, "CONSULT")
    assert meetings and any(code == "RUS" for actors in meetings for _, code in actors), meetings


def test_a_doers_own_from_phrase_still_codes_it(extract_text):
    # "from" on a clause may name the doer's own place: the offer of a Texas publisher is a Texan one
    text = "LONDON — The author had waited for years. On Monday he received an offer from a small Texas publisher."
    record = extract_text(text, published="2025-05-17")
    offers = [actors for actors in _actors(record, "AGREE") if any("publisher" in word for word, _ in actors)]
    assert offers and all(code == "USA" for actors in offers for _, code in actors), offers


def test_the_one_country_of_another_clause_does_not_code_an_unnamed_doer(extract_text):
    # Egypt is what the purpose clause's quarrel would be with: the aid's unnamed giver takes the story's host
    text = ("WASHINGTON — The debate went on for hours. Although rival candidates have blasted the president for "
            "his caution, the aid has been flowing quietly to avoid a quarrel with Egypt.")
    record = extract_text(text, published="2025-05-17")
    aid = _actors(record, "AID")
    assert aid and all(code != "EGY" for actors in aid for _, code in actors), aid
