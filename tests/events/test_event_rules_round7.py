"""Sentence -> expected PLOVER event: the manual's rules behind the holdout7 error categories.

Each case names the type (and, where it matters, the mode and actor codes) that must be among the
sentence's events; ``absent`` lists types that must not be. The sentences are not the holdout's.
"""

from __future__ import annotations

import pytest

from accord.knowledge.actors import compound_actor_codes
from accord.stages.gazetteer import find_city

CASES = [
    # an event noun inside a measure phrase is anchored on the phrase's verb: its subject is the actor
    ("Russian and Ukrainian delegations concluded three days of talks in Istanbul on Friday.", "CONSULT", None, ("RUS", "UKR"), ()),
    ("French and Indian warships began a week of joint drills in the Arabian Sea.", "COOPERATE", None, ("FRA", "IND"), ()),
    # ... and the measure noun is never a party ("days ... in Istanbul" is not Turkey)
    ("Russian and Ukrainian delegations concluded three days of talks in Istanbul on Friday.", "CONSULT", None, (), ()),
    # expressions of regret or remorse are CONCEDE (manual 3.4)
    ("The German president expressed deep regret for the colonial-era killings in Namibia.", "CONCEDE", None, ("DEU",), ()),
    # declaring a ceasefire is a verbal concession (3.4); observing one is RETREAT (3.7)
    ("Sudan's army declared a three-day ceasefire for the Eid holiday.", "CONCEDE", None, ("SDN",), ("RETREAT",)),
    ("Eritrea and Ethiopia signed a joint declaration ending two decades of hostility.", "CONCEDE", None, ("ERI",), ("RETREAT",)),
    ("Israel and Hamas observed a ceasefire on Sunday.", "RETREAT", "ceasefire", ("ISR",), ()),
    # withdrawing from an organisation or treaty is SANCTION withdraw (3.13), from territory RETREAT (3.7)
    ("Burundi announced its withdrawal from the International Criminal Court.", "SANCTION", "withdraw", ("BDI",), ("CONCEDE", "RETREAT")),
    ("Russian troops completed their withdrawal from the town of Kherson.", "RETREAT", "withdraw", ("RUS",), ("SANCTION",)),
    # resuming trade is material cooperation (3.5)
    ("India resumed rice exports to Bangladesh after a two-month ban.", "COOPERATE", None, ("IND",), ()),
    # deported from a country: that country deports (COERCE deport, table 3.10)
    ("Some 300 Guatemalan migrants deported from Mexico arrived in Guatemala City on Tuesday.", "COERCE", "deport", ("MEX",), ()),
    ("Hundreds of Afghans were deported from Iran on Monday.", "COERCE", "deport", ("IRN",), ()),
    # a passive participle's by-agent is the actor ("a journalist accused by Moscow of spying")
    ("A journalist accused by Moscow of spying was sentenced to 16 years.", "ACCUSE", None, ("RUS",), ()),
    # one plural name for two states: both are the actors
    ("The two Koreas exchanged gunfire across their heavily fortified border.", "ASSAULT", None, ("PRK", "KOR"), ()),
    ("Both Sudans agreed to reopen their shared border to trade.", "AGREE", None, ("SDN", "SSD"), ()),
    # the condition of an offer is no event: only the offer is coded
    ("Tehran is ready to resume nuclear talks if Washington eases sanctions on its oil exports, Iran's foreign minister said.",
     "AGREE", None, ("IRN",), ("CONCEDE",)),
    # a title with no country of its own, reported by a coded speaker, is the speaker's official
    ("The Blue House said the president would visit Hanoi next month.", "AGREE", None, ("KOR",), ()),
    ("Downing Street said the prime minister had spoken by phone with the Canadian prime minister.", "CONSULT", None, ("GBR", "CAN"), ()),
    # warning shots are a threat of violence, not an assault (3.11)
    ("Philippine coast guard vessels fired warning shots at Chinese fishing boats.", "THREATEN", None, ("PHL",), ("ASSAULT",)),
    # a gerund after "before"/"after"/"by" shares its governor's subject
    ("Venezuelan soldiers crossed into Guyana before withdrawing hours later.", "RETREAT", "withdraw", ("VEN",), ()),
    # parliaments known by their own names
    ("Poland's Sejm voted to impeach the central bank governor.", "SANCTION", None, ("POL",), ()),
    # the leader of a coalition acts for it; a backer does not
    ("The Saudi-led coalition bombed a fuel depot in Yemen's Hodeidah port.", "ASSAULT", None, ("SAU",), ()),
    # an arrest warrant threatens arrest (THREATEN arrest, manual 3.15); a search warrant is no event
    ("The International Criminal Court issued an arrest warrant for the Russian president.", "THREATEN", "arrest", ("IGO",), ("COERCE",)),
    # whom a participant speaks or fights for codes it
    ("A spokeswoman for the Thai government rejected the Cambodian proposal for talks in Beijing.", "REJECT", None, ("THA",), ()),
    ("Fighters loyal to the government in Tripoli clashed with a rival militia.", "ASSAULT", None, ("LBY",), ()),
    # taking to the streets is a demonstration (3.12)
    ("Thousands of Kenyans took to the streets of Mombasa to denounce a new finance bill.", "PROTEST", "demo", ("KEN",), ()),
    # violence by a crowd that is itself named as protesting is the riot, not a separate ASSAULT (3.12)
    ("Rioters torched police cars in the Chilean capital Santiago overnight.", "PROTEST", "riot", ("CHL",), ("ASSAULT",)),
]


def _events(extract_text, text):
    return extract_text(text, published="2025-05-17").events


@pytest.mark.parametrize(("text", "type_", "mode", "actors", "absent"), CASES)
def test_event_rules_round7(extract_text, text, type_, mode, actors, absent):
    events = _events(extract_text, text)
    of_type = [e for e in events if e.event == type_]
    assert of_type, f"no {type_} in {[(e.event, e.mode) for e in events]}"
    if mode is not None:
        assert any(e.mode == mode for e in of_type), [(e.event, e.mode) for e in of_type]
    for code in actors:
        assert any(code in {a.code for a in e.actors} for e in of_type), [[a.code for a in e.actors] for e in of_type]
    for other in absent:
        assert other not in {e.event for e in events}, [(e.event, e.mode) for e in events]


def test_measure_noun_is_not_a_party(extract_text):
    events = _events(extract_text, "Russian and Ukrainian delegations concluded three days of talks in Istanbul on Friday.")
    consult = [e for e in events if e.event == "CONSULT"]
    assert consult and all("TUR" not in {a.code for a in e.actors + e.recipients} for e in consult)


def test_airport_codes_are_not_city_names():
    # IATA/ICAO codes among geonames' alternate names collide with words ("THE" Teresina, "SEA" Seattle)
    assert find_city("the") is None
    assert find_city("Sea") is None
    assert find_city("Geneva") is not None and find_city("Geneva").country == "CHE"


def test_compound_actor_codes():
    assert compound_actor_codes("Koreas") == ("PRK", "KOR")
    assert compound_actor_codes("Korea") == ()


def test_backer_is_not_the_actor(extract_text):
    events = _events(extract_text, "Russian-backed separatists shelled the town of Avdiivka in eastern Ukraine.")
    assert all("RUS" not in {a.code for a in e.actors} for e in events), [[a.code for a in e.actors] for e in events]


def test_search_warrant_is_no_threat(extract_text):
    events = _events(extract_text, "Police executed a search warrant at the home of the senator.")
    assert "THREATEN" not in {e.event for e in events}
