"""Sentence -> expected PLOVER event: the manual's rules, one case per rule (written sentences, no dev or test text).

Each case names the type (and, where it matters, the mode and the actor codes) that must be among the
sentence's events; ``absent`` lists types that must not be.
"""

from __future__ import annotations

import pytest
from event_support import events_of as _events

from accord.stages.events import type_model

CASES = [
    # CONSULT phone (manual 3.2)
    ("The leaders of Kenya and Ethiopia spoke by phone on Sunday about the drought.", "CONSULT", "phone", ("KEN",), ()),
    # initiating diplomatic ties is SUPPORT (3.3)
    ("Portugal established diplomatic relations with Tuvalu last week.", "SUPPORT", None, ("PRT",), ()),
    # handing suspects to another state is judicial cooperation (3.5); prisoners handed back are a release (3.7)
    ("Thailand handed over two suspected traffickers to Malaysian police.", "COOPERATE", None, ("THA",), ("RETREAT",)),
    ("Rebels handed over twelve captured soldiers to the Red Cross in eastern Congo.", "RETREAT", "release", (), ("COOPERATE",)),
    # aid flown in is AID (3.6)
    ("Turkey flew food and medicine to flood-hit Libya on Tuesday.", "AID", None, ("TUR",), ()),
    # forces mobilized for disaster relief are AID, not MOBILIZE (3.14)
    ("The Nepalese army was deployed to rescue people trapped by landslides.", "AID", None, ("NPL",), ("MOBILIZE",)),
    ("The Moroccan government sent soldiers to help survivors of the earthquake.", "AID", None, ("MAR",), ("MOBILIZE",)),
    ("Greece deployed troops along its land border with Turkey.", "MOBILIZE", "troops", ("GRC",), ("AID",)),
    # strikes (3.12)
    ("Nurses in Dublin walked off the job on Monday over staffing levels.", "PROTEST", "strike", ("IRL",), ()),
    # a law criminalising an activity restricts it (COERCE restrict 3.15), done by whoever passed it
    ("Uganda's parliament passed a law criminalising same-sex relations.", "COERCE", "restrict", ("UGA",), ()),
    # removal from office and impeachment (PETRARCH REMOVE (FROM OFFICE) -> reduce relations)
    ("Lawmakers in Ecuador voted to impeach the interior minister.", "SANCTION", None, (), ()),
    ("Guatemala's Congress voted to remove the attorney general from office.", "SANCTION", None, ("GTM",), ()),
    # a country's own institution named with a metonym word ("Congress") is that country's
    ("Colombia's Congress approved a reform of the pension system.", None, None, (), ()),
    # an order without an addressee is the ordered act (the order carries it out)
    ("The Venezuelan president signed a decree ordering the release of 30 political prisoners.", "RETREAT", "release", ("VEN",), ("SUPPORT", "REQUEST")),
    # police storming a building is a raid (COERCE seize 3.15)
    ("Police stormed the offices of an opposition newspaper in Caracas.", "COERCE", "seize", ("VEN",), ("ASSAULT",)),
    # "stripped X of their citizenship" with the "of" phrase parsed on the object
    ("Bahrain stripped 30 activists of their citizenship.", "COERCE", "restrict", ("BHR",), ()),
    # extending a mission's mandate approves it (3.3)
    ("The Security Council voted to extend the mandate of the UN mission in Lebanon.", "SUPPORT", None, ("UNO",), ()),
    # "ended without an agreement" does not end an agreement
    ("Negotiations between Serbia and Kosovo in Brussels ended without an agreement.", "CONSULT", None, ("SRB",), ("SANCTION",)),
    # joint military activity is COOPERATE (3.14), so agreeing to it is AGREE, not a threat
    ("India and Bangladesh agreed to hold joint naval exercises next year.", "AGREE", None, ("IND",), ("THREATEN",)),
    # shutting off public services is COERCE withhold (table 3.10); moves and alerts are MOBILIZE (3.14)
    ("Iran suspended mobile internet services in several provinces.", "COERCE", "withhold", ("IRN",), ("SANCTION",)),
    ("Belarus moved tanks and artillery closer to its border with Lithuania.", "MOBILIZE", None, ("BLR",), ()),
    ("Serbia placed its army on high alert after clashes in northern Kosovo.", "MOBILIZE", "troops", ("SRB",), ()),
    # an unnamed attacker is coded by where the attack happened, through a reporting clause
    ("A drone strike on a wedding party in Myanmar's Sagaing region killed 15 people, residents said.", "ASSAULT", None, ("MMR",), ()),
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




@pytest.mark.parametrize(("text", "type_", "mode", "actors", "absent"), CASES)
def test_event_rules(extract_text, text, type_, mode, actors, absent):
    events = _events(extract_text, text)
    got = [(e.event, e.mode, [a.code for a in e.actors]) for e in events]
    if type_ is not None:
        matching = [e for e in events if e.event == type_]
        assert matching, got
        if mode is not None:
            assert any(e.mode == mode for e in matching), got
        for code in actors:
            assert any(code in {a.code for a in e.actors} for e in matching), got
    assert not any(e.event in absent for e in events), got


def test_institution_metonym_takes_its_possessor_country(extract_text):
    events = _events(extract_text, "Peru's Congress voted to impeach the president on Friday.")
    codes = {a.code for e in events for a in e.actors}
    assert "PER" in codes and "USA" not in codes


def test_reaction_is_not_done_by_the_event_it_reacts_to(extract_text):
    events = _events(extract_text, "The jailing of a blogger in Hanoi drew condemnation from Amnesty International.")
    accuse = [e for e in events if e.event == "ACCUSE"]
    assert accuse, [(e.event, [a.code for a in e.actors]) for e in events]
    assert all("VNM" not in {a.code for a in e.actors} for e in accuse)
    assert any("NGO" in {a.code for a in e.actors} for e in accuse)


def test_reaction_protests_are_coded_by_their_place(extract_text):
    events = _events(extract_text, "The arrest of the mayor of Istanbul sparked mass protests across Turkey.")
    protests = [e for e in events if e.event == "PROTEST"]
    assert protests and all(e.actors and {a.code for a in e.actors} == {"TUR"} for e in protests)


def test_measure_noun_is_not_a_party(extract_text):
    events = _events(extract_text, "Russian and Ukrainian delegations concluded three days of talks in Istanbul on Friday.")
    consult = [e for e in events if e.event == "CONSULT"]
    assert consult and all("TUR" not in {a.code for a in e.actors + e.recipients} for e in consult)


def test_backer_is_not_the_actor(extract_text):
    events = _events(extract_text, "Russian-backed separatists shelled the town of Avdiivka in eastern Ukraine.")
    assert all("RUS" not in {a.code for a in e.actors} for e in events), [[a.code for a in e.actors] for e in events]


def test_search_warrant_is_no_threat(extract_text):
    events = _events(extract_text, "Police executed a search warrant at the home of the senator.")
    assert "THREATEN" not in {e.event for e in events}


@pytest.mark.parametrize("text", [
    "Venezuela's foreign minister said on Monday that the country's oil reserves are non-negotiable.",
    "The Venezuelan government has said its oil reserves are nonnegotiable.",
])
def test_a_predicate_saying_something_is_not_negotiable_is_its_speakers_refusal(extract_text, text):
    # PLOVER 2.0 REJECT: refusing to negotiate or compromise; the refusal is the speaker's, not the oil's.
    events = _events(extract_text, text)
    rejects = [e for e in events if e.event == "REJECT"]
    assert rejects and all({a.code for a in e.actors} == {"VEN"} for e in rejects), [(e.event, e.trigger.text) for e in events]
    assert any("negotiable" in e.trigger.text for e in rejects)


@pytest.mark.parametrize("text", [
    "The union defended its non-negotiable right to strike.",  # a modifier names a stance, no act
    "The price of the land is negotiable, the seller said.",  # negotiable is no refusal
])
def test_negotiable_as_a_modifier_or_without_its_prefix_is_no_refusal(extract_text, text):
    events = _events(extract_text, text)
    assert not any("negotiable" in e.trigger.text for e in events), [(e.event, e.trigger.text) for e in events]


def test_what_arrangements_are_made_for_is_not_held_yet(extract_text):
    text = ("The foreign ministers of Kenya and Ethiopia met in Nairobi on Friday to review the arrangements "
            "for the fifth round of talks between Sudan's warring parties.")
    events = _events(extract_text, text)
    talks = [e for e in events if e.trigger.text == "talks"]
    met = [e for e in events if e.trigger.text == "met"]
    assert met and all(e.assertion == "asserted" for e in met), [(e.event, e.trigger.text, e.assertion) for e in events]
    assert talks and all(e.assertion != "asserted" and e.event == "CONSULT" for e in talks), [(e.event, e.assertion) for e in talks]
    prepared = [e for e in _events(extract_text, "Preparations for the summit between Kenya and Ethiopia were under way in Nairobi.")
                if e.trigger.text == "summit"]
    assert prepared and all(e.assertion != "asserted" for e in prepared)


def test_a_planned_round_of_talks_is_not_a_round_held(extract_text):
    # "planned" says of the round what it says of its talks: not held (recoded as future cooperation).
    events = _events(extract_text, "A planned fourth round of talks between Kenya and Ethiopia has been postponed.")
    held = [e for e in events if e.event == "CONSULT" and e.trigger.text == "talks"]
    assert not held, [(e.event, e.trigger.text, e.assertion) for e in events]
    plain = _events(extract_text, "The second round of talks between Kenya and Ethiopia ended in Nairobi.")
    assert any(e.event == "CONSULT" and e.assertion == "asserted" for e in plain)


def test_a_passive_act_is_done_by_whom_it_was_done_at_the_suggestion_of(extract_text):
    text = "The meeting between Kenya and Ethiopia in Nairobi was postponed at the suggestion of Uganda's foreign minister."
    events = _events(extract_text, text)
    rejects = [e for e in events if e.event == "REJECT"]
    assert rejects and {a.code for a in rejects[0].actors} == {"UGA"}, [(e.event, [a.code for a in e.actors]) for e in events]


def test_a_refusal_is_asserted_and_what_it_awaits_is_not(extract_text):
    """"Israel would not end the war until all hostages were freed": the refusal is told now (an asserted
    REJECT, the manual's negated future cooperation), but the release it waits for has not happened: an act
    in an "until" clause of a future or modal clause is awaited (hypothetical: nobody promised it), never
    asserted; a meeting placed "before" another on a date ahead is left to the rules for what is to come."""
    text = ("The prime minister said on Monday that Israel would not end the war until all hostages were freed. "
            "The envoys will meet in Cairo before the ministers meet again in Doha on June 26.")
    with type_model.using(None):  # the rules' modality, whether or not the model keeps the awaited release
        events = _events(extract_text, text)
    [refusal] = [e for e in events if e.trigger.text == "end"]
    assert (refusal.event, refusal.assertion, refusal.negated) == ("REJECT", "asserted", False)
    awaited = [e for e in events if e.trigger.text == "freed"]
    assert awaited and all(e.assertion == "hypothetical" and not e.reported for e in awaited), \
        [(e.event, e.trigger.text, e.assertion) for e in events]
    meetings = [e for e in events if e.trigger.text == "meet"]
    assert len(meetings) == 2 and all(e.assertion != "hypothetical" for e in meetings), [(e.trigger.text, e.assertion) for e in meetings]


def test_a_rejected_proposal_has_no_meeting_mode(extract_text):
    """A user saw "rejected the proposal" coded REJECT 'meet': the manual's meet is meetings and talks."""
    proposal = [e for e in extract_text("Norway rejected the proposal on Monday.", published="2026-03-12").events
                if e.event == "REJECT"]
    assert proposal and proposal[0].mode is None, [(e.event, e.mode) for e in proposal]
    talks = [e for e in extract_text("Norway refused to attend the talks.", published="2026-03-12").events
             if e.event == "REJECT"]
    assert talks and talks[0].mode == "meet", [(e.event, e.mode) for e in talks]
