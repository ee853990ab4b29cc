"""A line break ends a sentence (issue 13 item 7): a subhead or headline on its own line is never a speaker.

Invented texts.
"""

from __future__ import annotations

from accord.nlp import break_at_lines, load_model


def test_subhead_on_its_own_line_is_not_the_speaker(extract_text):
    text = ("Ten inmates died in the prison break on Sunday.\nInternational reaction\n"
            "A State Department spokesperson said the government must restore order.")
    record = extract_text(text)
    speakers = [s.speaker.text for s in record.statements if s.speaker]
    assert "A State Department spokesperson" in speakers
    assert not any("reaction" in s for s in speakers)


def test_subhead_naming_a_person_does_not_merge_into_the_next_sentence(extract_text):
    text = ("Ten inmates died in the prison break on Sunday.\nReaction from President Moise\n"
            "Shortly before the press conference, Moise said the escape was a disgrace.")
    record = extract_text(text)
    names = [s.speaker.name for s in record.statements if s.speaker]
    assert "Moise" in names
    assert not any("Shortly" in (n or "") for n in names)


def test_every_line_break_starts_a_sentence():
    nlp = load_model()
    doc = nlp("Talks resume\nThe minister said the talks would resume.")
    assert [s.text.strip() for s in doc.sents] == ["Talks resume", "The minister said the talks would resume."]


def test_hard_wrapped_text_breaks_only_at_blank_lines():
    nlp = load_model()
    text = "The minister said the talks\nwould resume soon and that the\nceasefire held.\n\nTalks resume"
    doc = break_at_lines(nlp.make_doc(text))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["The", "Talks"]


def test_a_dateline_ends_where_the_story_starts(extract_text):
    """"KYIV, Ukraine (AP) — Russian drones struck ...": the filing place is neither a doer nor in the content."""
    text = ("KYIV, Ukraine (AP) — Russian drones struck an apartment building in Kharkiv overnight, "
            "killing three people, officials said Thursday.")
    record = extract_text(text, published="2025-05-16")
    assert [s.content.text[:14] for s in record.statements] == ["Russian drones"]
    strikes = [e for e in record.events if e.event == "ASSAULT"]
    assert strikes and all("KYIV" not in a.text for e in strikes for a in e.actors)


def test_dateline_forms_and_what_is_no_dateline():
    from accord.stages.dates.dateline import dateline_end

    cases = {
        "KYIV, Ukraine (AP) — Drones struck": "KYIV, Ukraine (AP) — ",
        "ISTANBUL, June 2 (Reuters) - Russia and": "ISTANBUL, June 2 (Reuters) - ",
        "MOSCOW, April 18. /TASS/. Russia": "MOSCOW, April 18. /TASS/. ",
        "WASHINGTON — President": "WASHINGTON — ",
        "Kyiv (Reuters) - The": "Kyiv (Reuters) - ",
        "PORT-AU-PRINCE — Gangs": "PORT-AU-PRINCE — ",  # a hyphen inside the place's name ends nothing
        "WINSTON-SALEM, N.C. — The": "WINSTON-SALEM, N.C. — ",
        "Port-au-Prince — Gangs": "Port-au-Prince — ",  # a title-case town with no credit
        "Kyiv — Drones struck": "Kyiv — ",
        "UNITED NATIONS (AP) — The": "UNITED NATIONS (AP) — ",  # the UN headquarters, no city
        "Kyiv — a city of three million — is": "",  # an aside on the town, not a dateline
        "US - China talks resumed": "",  # an acronym, not a filing place
        "NATO — the alliance said": "",
        "Trump (R) - the senator": "",  # a party marker, not an agency, and no place
        "Biden — who said so": "",
    }
    for text, dateline in cases.items():
        assert text[:dateline_end(text)] == dateline, text


def test_a_hyphenated_dateline_place_is_neither_content_nor_an_organisation(extract_text):
    """"PORT-AU-PRINCE —": the dateline ended at "PORT-", the rest opened the content and "AU" became the
    African Union, coding the speaker as an intergovernmental body (issue 13 item 7)."""
    for dateline in ("PORT-AU-PRINCE, Haiti (AP) — ", "Port-au-Prince — "):
        text = (dateline + "Gang violence has kept thousands of children out of school, said Marisol Quent, "
                "the charity's regional director.")
        record = extract_text(text)
        assert [s.content.text[:4] for s in record.statements] == ["Gang"], dateline
        assert [s.speaker.affiliation for s in record.statements] != ["IGO"], dateline
        assert "African Union" not in [e.name for e in record.entities], dateline
