"""US figures quoted in a story set abroad keep their own country (issue 13 item 2): a candidate named by a
party's presidential role, a person whose meeting place the parser hangs on the name, an analyst of a US or
third-country institution; and one foreign minister's name spelled two ways is one person. Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations


def test_a_party_presidential_role_places_its_holder_in_the_us_abroad(extract_text):
    text = ("Candidate visits Lisbon shipyard.\n\nLISBON - Ted Marlow met shipyard workers in Lisbon on Sunday, a "
            "detour from the American election.\n\nThe Republican presidential candidate said the visit was "
            "private. Portuguese officials said the yard would stay open.")
    found = _affiliations(extract_text(text))
    assert found["The Republican presidential candidate"] == "USA"
    assert found["Portuguese officials"] == "PRT"


def test_a_meeting_place_after_an_object_name_is_not_the_person_s_employer(extract_text):
    # the parser hangs "at the Vatican library" on the name; the person is no Vatican official
    text = ("ROME - The pontiff saw Sanders at the Vatican library, where visitors stay. Sanders said the "
            "talk was personal.")
    record = extract_text(text)
    person = next(entity for entity in record.entities if entity.name == "Sanders" and entity.kind == "person")
    assert person.code != "VAT"


def test_a_meeting_place_is_no_description_but_an_of_phrase_still_is():
    from accord.nlp import load_model
    from accord.stages.entities.descriptions import descriptions

    doc = load_model(None)("The pontiff saw Sanders at the Vatican library, where visitors stay.")
    name = next(token for token in doc if token.text == "Sanders")
    name = doc[name.i:name.i + 1]
    assert not any("Vatican" in phrase.text for phrase in descriptions(name))
    doc = load_model(None)("Reporters interviewed Jane Rolfe of the Lowy Institute on Saturday.")
    name = next(ent for ent in doc.ents if ent.text == "Jane Rolfe")
    assert any("Lowy Institute" in phrase.text for phrase in descriptions(name))


def test_an_institution_s_analyst_takes_its_country_not_the_story_s(extract_text):
    text = ("Kazakhstan opens new highway.\n\nALMATY, Kazakhstan - Kazakh officials opened a highway on Monday "
            "near the Chinese border.\n\nJane Rolfe of the Anti-Defamation League said the deal was welcome. "
            "Piet Janssens of Bruegel said the road would help trade. Kazakh officials said traffic would grow.")
    found = _affiliations(extract_text(text))
    assert found["Jane Rolfe of the Anti-Defamation League"] == "USA"
    assert found["Piet Janssens of Bruegel"] == "BEL"
    assert found["Kazakh officials"] == "KAZ"


def test_a_surname_cut_off_in_another_spelling_completes_the_known_full_name(extract_text):
    # the model labels "Seyed Abbas" and leaves "Araqchi" out; with it the name spells Abbas Araghchi
    text = ("Talks end in Geneva.\n\nThe talks, hosted by Swiss officials, ended on Monday, Iran's Foreign "
            "Minister Seyed Abbas Araqchi told reporters after the meeting in Geneva.\n\nSwiss diplomats "
            "carried messages between the sides.\n\nSpeaking to state television, Araqchi said the sides had "
            "made progress.")
    speakers = {s.speaker.text: s.speaker for s in extract_text(text).statements if s.speaker}
    assert speakers["Araqchi"].name == "Abbas Araghchi"
    assert speakers["Araqchi"].affiliation == "IRN"
