"""Entities: headings are no names, and description words naming another person's or a camp's country code nothing."""

from __future__ import annotations

from accord.article import Article
from accord.stages.base import ArticleState
from accord.stages.entities import run


def _entities(nlp, text: str) -> dict[str, object]:
    state = ArticleState(article=Article(text=text, source="test"), doc=nlp(text))
    run(state)
    return {e.name: e for e in state.entities}


def test_a_one_word_heading_is_no_organisation(nlp) -> None:
    """A section heading "Ceasefire" on its own line was an organisation named "Ceasefire\\n"."""
    text = "Israel and Hamas met in Cairo.\nCeasefire\nMediators said a truce was near."
    entities = _entities(nlp, text)
    assert not any("\n" in m.text for e in entities.values() for m in e.mentions)
    assert "Ceasefire" not in entities and "Israel" in entities and "Hamas" in entities


def test_a_heading_word_the_lexicon_knows_is_kept(nlp) -> None:
    entities = _entities(nlp, "Israel and Hamas met in Cairo.\nHamas\nThe group said a truce was near.")
    assert [m.text for m in entities["Hamas"].mentions][:2] == ["Hamas", "Hamas"]


def test_a_nationality_word_with_a_possessive_is_a_name(nlp) -> None:
    """"German's brother" (a given name German) made the person DEU."""
    text = "\"It is satire of the elite,\" said Marco Ruiz, German's cousin and fellow actor, who also appears on the program."
    assert _entities(nlp, text)["Marco Ruiz"].code is None
    assert _entities(nlp, "Marco Ruiz, a German comedian, said the show was satire.")["Marco Ruiz"].code == "DEU"


def test_a_friend_of_a_country_s_leader_is_not_of_that_country(nlp) -> None:
    """"A close friend of Israel's prime minister" as a title made the person ISR."""
    text = "Harold Finch, a close friend of Israel's prime minister, said the embassy should move."
    assert _entities(nlp, text)["Harold Finch"].code is None
    text = "Harold Finch, a longtime confidant of the Saudi crown prince, said the deal was close."
    assert _entities(nlp, text)["Harold Finch"].code is None


def test_kin_of_a_country_s_leader_share_its_country(nlp) -> None:
    text = "Maria Lopez, the daughter of former Mexican President Carlos Lopez, said the vote was fair."
    assert _entities(nlp, text)["Maria Lopez"].code == "MEX"


def test_an_adviser_to_a_country_s_leader_serves_that_country(nlp) -> None:
    text = "Harold Finch, an adviser to Israel's prime minister, said the embassy should move."
    assert _entities(nlp, text)["Harold Finch"].code == "ISR"


def test_a_camp_s_host_country_is_not_its_resident_s(nlp) -> None:
    """A refugee living in a camp in Kenya was coded KEN by her description."""
    text = "Amina Warsame, an 80-year-old woman living in Ifo, part of the Dadaab refugee complex in northeastern Kenya, said she would stay."
    assert _entities(nlp, text)["Amina Warsame"].code is None
    text = "Amina Warsame, a refugee from Somalia who lives in a camp in Kenya, said she wanted to go home."
    assert _entities(nlp, text)["Amina Warsame"].code == "SOM"


def test_a_resident_of_a_town_keeps_its_country(nlp) -> None:
    text = "Amina Warsame, a shopkeeper living in Garissa in northeastern Kenya, said prices had doubled."
    assert _entities(nlp, text)["Amina Warsame"].code == "KEN"


def test_a_friend_s_own_post_still_codes_them(nlp) -> None:
    text = "Ann Wexler, an old friend of Mrs. Dalton's who later served as her White House press secretary, said she was tough."
    assert _entities(nlp, text)["Ann Wexler"].code == "USA"


def test_a_coordinated_friendship_names_no_affiliation(nlp) -> None:
    """"A staunch backer of the country and old friend of Israeli Prime Minister X" made the person ISR."""
    text = ("Israel matters most to Harold Finch, a staunch backer of the country and a longtime friend of "
            "the Israeli prime minister, Yair Golan. Finch also runs a radio station.")
    assert _entities(nlp, text)["Harold Finch"].code is None


def test_the_country_of_a_person_s_forebears_is_not_theirs(nlp) -> None:
    """A daughter of Indian immigrants" made a US governor IND (and then the story IND)."""
    text = "Governor Dana Patel spoke in Columbia. Patel, a Republican, was born to a family of Indian immigrants and is a daughter of Indian settlers."
    assert _entities(nlp, text)["Dana Patel"].code != "IND"
    text = "Luis Ortega, a lawyer of Cuban descent, said the law was unfair."
    assert _entities(nlp, text)["Luis Ortega"].code is None
    text = "Pedro Diaz, whose late mother was Japanese, is a grandson of Japanese farmers and said he would run."
    assert _entities(nlp, text)["Pedro Diaz"].code != "JPN"


def test_kin_of_a_named_diplomat_share_the_diplomat_s_country(nlp) -> None:
    text = "Pedro Diaz, the son of a Mexican diplomat, said he would run."
    assert _entities(nlp, text)["Pedro Diaz"].code == "MEX"


def test_where_a_person_travelled_is_not_their_country(nlp) -> None:
    """A US congressman described as having flown to Germany with freed men was DEU."""
    text = "Representative Lena Marsh, an Ohio Democrat who had flown to Germany to meet the freed men, said they were well."
    assert _entities(nlp, text)["Lena Marsh"].code != "DEU"
    text = "Tom Reyes, a lawyer who visited Iran twice last year, said the talks would fail."
    assert _entities(nlp, text)["Tom Reyes"].code != "IRN"
    text = "Tom Reyes, a lawyer from Iran who travelled widely, said the talks would fail."
    assert _entities(nlp, text)["Tom Reyes"].code == "IRN"


def test_a_war_s_theatre_or_a_policy_s_topic_is_not_the_person_s_country(nlp) -> None:
    """A US Marine described by the war he fought was IRQ; a nurse by where she served was AFG."""
    text = "Mark Delaney, a Marine veteran of the war in Iraq, said the cuts would hurt troops."
    assert _entities(nlp, text)["Mark Delaney"].code != "IRQ"
    text = "Mark Delaney, a veteran of the Iraq war, said the cuts would hurt troops."
    assert _entities(nlp, text)["Mark Delaney"].code != "IRQ"
    text = "Jo Pike, a nurse who served two tours in Afghanistan, said the clinics were short of staff."
    assert _entities(nlp, text)["Jo Pike"].code != "AFG"
    text = "Jo Pike, a nurse from Afghanistan, said the clinics were short of staff."
    assert _entities(nlp, text)["Jo Pike"].code == "AFG"


def test_where_a_person_was_born_or_raised_is_not_their_country(nlp) -> None:
    """A Miami voter described as raised in Chile was CHL."""
    text = "Rosa Vidal, 58, a Miami voter raised in Peru, said the candidate had lost her."
    assert _entities(nlp, text)["Rosa Vidal"].code != "PER"
    text = "Rosa Vidal, a nurse who was born in Peru, said the clinics were short of staff."
    assert _entities(nlp, text)["Rosa Vidal"].code != "PER"
    text = "Rosa Vidal, a nurse from Peru, said the clinics were short of staff."
    assert _entities(nlp, text)["Rosa Vidal"].code == "PER"


def test_a_war_s_place_in_a_title_is_no_employer_s_seat() -> None:
    from accord.stages.entities.institution_place import title_place
    assert title_place("a veteran of the war in Iraq") is None
    assert title_place("a historian at Ferris University in Yokohama") == "JPN"
