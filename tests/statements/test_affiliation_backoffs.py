"""Affiliation back-offs that must not mislead (issue 13 item 2): the story's country when countries tie, joint
speakers of several countries, party members among unplaced heads, parties a person is aligned with.

Invented sentences; each case names the construction it checks.
"""

from __future__ import annotations


def _speakers(record) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text, s.speaker.name, s.speaker.affiliation) for s in record.statements]


def test_places_the_story_names_break_a_tie_between_countries(extract_text):
    # The United States, Syria and Iraq are named once each; the campaign stop is in Cincinnati.
    text = ("Marla Quent spoke in Cincinnati on Tuesday. The candidate said the United States should declare "
            "war on the group in Syria and Iraq. \"We must act,\" Quent said.")
    record = extract_text(text)
    assert {affiliation for _, name, affiliation in _speakers(record) if name == "Marla Quent"} == {"USA"}


def test_a_tie_no_named_place_breaks_leaves_the_speaker_unplaced(extract_text):
    text = ("Kenya and Somalia signed a border deal. "
            "Abdi Warsame, a local trader, said the deal would help business.")
    assert _speakers(extract_text(text)) == [("Abdi Warsame", "Abdi Warsame", None)]


def test_a_joint_speaker_of_two_codes_takes_no_country_from_the_story(extract_text):
    # Norway is the story's country, but the EU is not Norway's.
    text = ("Norway hosted the meeting in Oslo. Norwegian officials welcomed the delegates. "
            "The EU and Norway said the sanctions would stay in place until the elections.")
    speakers = _speakers(extract_text(text))
    assert ("The EU and Norway", "European Union and Norway", None) in speakers


def test_two_leaders_of_two_countries_share_no_code(extract_text):
    text = ("Trump hosted Netanyahu in Washington on Tuesday. "
            "Trump and Netanyahu told reporters the missile program must end.")
    speakers = _speakers(extract_text(text))
    assert ("Trump and Netanyahu", "Donald Trump and Benjamin Netanyahu", None) in speakers


def test_a_pronoun_for_a_joint_speaker_of_two_countries_has_no_code(extract_text):
    text = ("U.S. officials said on Sunday that the talks in Muscat had gone well. Tehran and Washington said the "
            "talks were useful. They also said experts would meet next week.")
    record = extract_text(text)
    joint = [(text, affiliation) for text, name, affiliation in _speakers(record) if name == "Tehran and Washington"]
    assert ("They", None) in joint and {affiliation for _, affiliation in joint} == {None}


def test_a_joint_speaker_of_one_country_keeps_it(extract_text):
    text = ("Pakistani Interior Minister Asif Dar and Pakistani Finance Minister Omar Baig met on Monday. "
            "Dar and Baig said the budget would be passed.")
    speakers = _speakers(extract_text(text))
    assert ("Dar and Baig", "Asif Dar and Omar Baig", "PAK") in speakers


def test_party_members_are_placed_although_their_head_is_not(extract_text):
    # "critics" alone may be anyone's; "Republican critics" are members of the story's party.
    text = ("The Senate in Washington passed the spending bill on Friday. The White House welcomed the vote. "
            "Republican critics said the bill spent too much. Critics said the vote was rushed.")
    speakers = {text: affiliation for text, _, affiliation in _speakers(extract_text(text))}
    assert speakers.get("Republican critics") == "USA"
    assert speakers.get("Critics") is None


def test_the_party_a_person_is_aligned_with_is_not_their_country(extract_text):
    # A US story: the donor's description names a foreign leader only as the one he is aligned with.
    text = ("Republican donors met Donald Trump in Las Vegas, and the Republican National Committee praised the "
            "forum. All eyes were on Harold Fenwick, a shipping magnate long aligned with the Israeli leader "
            "Benjamin Netanyahu. Fenwick said he found Trump charming.")
    record = extract_text(text)
    assert {affiliation for _, name, affiliation in _speakers(record) if name == "Harold Fenwick"} == {"USA"}


def test_a_militia_allied_with_a_neighbour_is_not_the_neighbours(extract_text):
    text = ("Rockets hit the base near Baghdad on Monday, Iraqi officials said. Iraq's army searched the area. "
            "Kadhim Jaber, a commander of a militia allied with Iran, said the attack was a warning.")
    record = extract_text(text)
    assert {affiliation for _, name, affiliation in _speakers(record) if name == "Kadhim Jaber"} == {"IRQ"}


def test_an_institution_based_in_a_city_belongs_to_its_country(extract_text):
    # Shanghai is no capital standing for a government: the gazetteer places it; "The" opens the phrase.
    text = ("Fighting continued in Idlib on Monday. The Shanghai-based Fenwick Report said the region's "
            "investors had lost money.")
    speakers = {s.speaker.text: s.speaker.affiliation for s in extract_text(text).statements}
    assert speakers["The Shanghai-based Fenwick Report"] == "CHN"


def test_a_posted_head_based_in_a_city_is_not_placed_by_it(extract_text):
    # A correspondent is posted where the bureau is; the story is set in Syria.
    text = ("Fighting continued in Idlib on Monday, Syrian officials said, and Syria's army shelled two towns. "
            "A Shanghai-based correspondent said the roads were closed.")
    speakers = {s.speaker.text: s.speaker.affiliation for s in extract_text(text).statements}
    assert speakers.get("A Shanghai-based correspondent") != "CHN"


def test_the_story_s_institutions_take_no_country_from_one_person_s_college(extract_text):
    # A chemist named again and again, with the US college she teaches at: her ties are not the government's.
    text = ("Grace Okello, a chemistry professor at Yale University, flew home to Uganda in May. "
            "Uganda votes for a new parliament next year. The Ugandan opposition condemned her arrest. "
            "Okello said she would not leave again. "
            "Okello said she was arrested at the airport. Okello said her lawyers were never called. "
            "The government said the arrest was lawful. Security forces said they had followed the law.")
    speakers = _speakers(extract_text(text))
    bodies = {name: affiliation for _, name, affiliation in speakers if name in ("government", "Security forces")}
    assert bodies == {"government": "UGA", "Security forces": "UGA"}


def test_a_state_office_holder_still_places_the_story_s_institutions(extract_text):
    # A minister's every mention counts for the country whose institutions speak: only a private person counts once.
    text = ("French Interior Minister Paul Maret visited Dakar on Monday. Maret said the two countries would "
            "work together. Maret said more police would be trained. The ministry said the visit went well.")
    speakers = _speakers(extract_text(text))
    assert {affiliation for _, name, affiliation in speakers if name and name.lower() == "ministry"} == {"FRA"}


def test_gulf_sources_are_of_no_one_country(extract_text):
    # The Persian Gulf's several states: the story's country (Syria, named most) is not theirs.
    text = ("Syria's army retook the town on Sunday. Syria said the road to the border was open again. "
            "Gulf officials said the offensive would not end the war.")
    speakers = _speakers(extract_text(text))
    assert ("Gulf officials", "Gulf officials", None) in speakers


def test_the_gulf_coast_stays_a_place_of_the_story(extract_text):
    text = ("Florida braced for the storm on Monday. The United States sent aid. "
            "Gulf Coast residents said they would stay in their homes.")
    speakers = _speakers(extract_text(text))
    assert [affiliation for _, name, affiliation in speakers if name and "Gulf" in name] == ["USA"]


def test_both_powers_and_some_governments_are_of_no_one_country(extract_text):
    text = ("China hosted the summit in Beijing. China said the talks had gone well. "
            "Both powers said they would keep talking. Some governments said the deal came too late.")
    affiliations = {text: affiliation for text, _, affiliation in _speakers(extract_text(text))}
    assert affiliations.get("Both powers", "missing") is None
    assert affiliations.get("Some governments", "missing") is None
