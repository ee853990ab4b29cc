"""In a report of talks between two parties, voices that are both sides, neither side or the go-between take no
country from the story (issue 13): "the two sides", "sources familiar with the talks", a journalist who covers
them, a mediator named by surname (a person, not a body). Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations

# Two principal parties, Chile named more than Peru: the back-off's country would be Chile's.
_TALKS = ("Chile and Peru held a third round of talks on their sea border in Panama City on Friday. Chile's envoy "
          "Pablo Soto said the Chilean team had brought new maps. Chilean officials said Chile wanted a quick end. "
          "Peru's foreign minister Ana Ruiz said Peru would not give up its claim. ")


def test_the_two_sides_speaking_together_are_neither_side(extract_text):
    text = _TALKS + "The two sides said after the meeting that a fourth round would follow in May."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["The two sides"] is None
    assert affiliations["Chilean officials"] == "CHL"  # a side's own officials keep their country


def test_both_parties_of_a_domestic_fight_keep_the_story_country(extract_text):
    # guard: no two principal parties, so "both parties" are the story's own factions
    text = ("The city council of Denver voted on the transit budget on Tuesday. The mayor said the vote was fair. "
            "Both parties said after the vote that the budget would pass in the United States Senate too. "
            "Colorado residents said they wanted more buses.")
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Both parties"] == "USA"


def test_sources_familiar_with_the_talks_are_unplaced(extract_text):
    text = _TALKS + "Sources familiar with the talks said a draft map was nearly agreed."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Sources familiar with the talks"] is None


def test_a_sides_own_sources_keep_their_country(extract_text):
    # guard: the speaker's own words place it
    text = _TALKS + "Peruvian sources familiar with the talks said a draft map was nearly agreed."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Peruvian sources familiar with the talks"] == "PER"


def test_a_journalist_following_the_talks_is_no_sides(extract_text):
    text = _TALKS + "Marta Klein, who follows the negotiations closely, wrote on X that the next round was set."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Marta Klein"] is None
    assert affiliations["Pablo Soto" if "Pablo Soto" in affiliations else "Chile's envoy Pablo Soto"] == "CHL"


def test_a_mediator_named_by_surname_is_a_person_of_no_side(extract_text):
    text = ("Chilean and Peruvian delegations met in Panama City on the sea border. The head of the Chilean team was "
            "Pablo Soto, and the Peruvian team was led by Ana Ruiz. Chile wants a quick deal and Peru does not.\n\n"
            "Each round so far has been mediated by al-Nasiri.\n\n"
            "\"Both teams came ready to bargain this time,\" al-Nasiri said.")
    record = extract_text(text)
    kinds = {entity.name: entity.kind for entity in record.entities}
    assert kinds["al-Nasiri"] == "person"
    speakers = [s.speaker for s in record.statements if s.speaker and "Nasiri" in s.speaker.text]
    assert speakers and all(speaker.affiliation is None for speaker in speakers)


def test_people_familiar_with_one_persons_thinking_keep_the_story_country(extract_text):
    # guard: the insider phrase is about one person, not the talks
    text = _TALKS + "People familiar with his thinking say Soto now doubts a deal is near."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["People familiar with his thinking"] == "CHL"


def test_a_sides_negotiator_watching_the_talks_keeps_the_story_country(extract_text):
    # a party's own official with an observer verb: still that side's, not an observer
    text = _TALKS + "Negotiator Luis Vera, who is watching the talks closely, said a deal could come by June."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Luis Vera" if "Luis Vera" in affiliations else "Negotiator Luis Vera"] == "CHL"


def test_a_former_reporter_advising_a_minister_keeps_the_story_country(extract_text):
    # "former reporter": the person's past job; the adviser's office is their present one
    text = _TALKS + "Luis Vera, a former reporter who now advises the foreign minister, said Chile had the better maps and Chile would win."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Luis Vera"] == "CHL"


def test_a_correspondent_is_still_an_observer(extract_text):
    # guard: a journalist's title as the apposition's head noun
    text = _TALKS + "Marta Klein, a radio correspondent, said the Panama round had gone slowly."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Marta Klein"] is None


def test_lawmakers_from_both_parties_keep_the_story_country(extract_text):
    # "both parties" under a legislator head: the story country's political parties, not the two sides of the talks
    text = _TALKS + "Lawmakers from both parties said the proposed map was too generous."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Lawmakers from both parties"] == "CHL"


def test_officials_from_both_sides_are_neither_side(extract_text):
    # guard: a neutral head followed by "from both sides" is both sides speaking
    text = _TALKS + "Officials from both sides said the fourth round would be held in May."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Officials from both sides"] is None


def test_a_neutral_observer_still_takes_the_dateline_country(extract_text):
    # the neutral mark drops only the story's country: a story filed from abroad still places its people there
    text = "PANAMA CITY (Reuters) - " + _TALKS + \
        "Marta Klein, who follows the negotiations closely, said the next round was set."
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Marta Klein"] == "PAN"


def test_talks_mediated_by_a_body_make_no_talks_entity(extract_text):
    text = ("Chile and Peru talks\n\nTalks between the Chilean navy and the Peruvian navy, mediated by Interpeace, "
            "ended in Panama City on Friday. Chile's envoy Pablo Soto said the navies had agreed on a hotline.")
    record = extract_text(text)
    kinds = {entity.name: entity.kind for entity in record.entities}
    assert "Talks" not in kinds
    assert kinds.get("Interpeace") == "organisation"


def test_a_one_word_body_mediating_stays_an_organisation_and_a_bare_surname_a_person(extract_text):
    # guard both ways: the body's one-word name is no surname; a surname the tagger reads as a person's stays one
    text = ("Chilean and Peruvian delegations met in Panama City on the sea border. The head of the Chilean team was "
            "Pablo Soto, and the Peruvian team was led by Ana Ruiz.\n\nEach round so far has been mediated by "
            "Interpeace.\n\n\"Both teams came ready to bargain this time,\" Interpeace said in a statement. Each round "
            "has been mediated by Halvorsen. \"We are close,\" Halvorsen said.")
    kinds = [(entity.name, entity.kind) for entity in extract_text(text).entities]
    assert [kind for name, kind in kinds if name == "Interpeace"] == ["organisation"]
    assert [kind for name, kind in kinds if name == "Halvorsen"] == ["person"]
