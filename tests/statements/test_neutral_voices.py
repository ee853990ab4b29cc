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
