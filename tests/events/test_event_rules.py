"""Sentence -> expected PLOVER event: the manual's rules behind the holdout6 error categories.

Each case names the type (and, where it matters, the mode and an actor code) that must be among the
sentence's events; ``absent`` lists types that must not be.
"""

from __future__ import annotations

import pytest

CASES = [
    # CONSULT phone (manual 3.2)
    ("The leaders of Kenya and Ethiopia spoke by phone on Sunday about the drought.", "CONSULT", "phone", "KEN", ()),
    # initiating diplomatic ties is SUPPORT (3.3)
    ("Portugal established diplomatic relations with Tuvalu last week.", "SUPPORT", None, "PRT", ()),
    # handing suspects to another state is judicial cooperation (3.5); prisoners handed back are a release (3.7)
    ("Thailand handed over two suspected traffickers to Malaysian police.", "COOPERATE", None, "THA", ("RETREAT",)),
    ("Rebels handed over twelve captured soldiers to the Red Cross in eastern Congo.", "RETREAT", "release", None, ("COOPERATE",)),
    # aid flown in is AID (3.6)
    ("Turkey flew food and medicine to flood-hit Libya on Tuesday.", "AID", None, "TUR", ()),
    # forces mobilized for disaster relief are AID, not MOBILIZE (3.14)
    ("The Nepalese army was deployed to rescue people trapped by landslides.", "AID", None, "NPL", ("MOBILIZE",)),
    ("The Moroccan government sent soldiers to help survivors of the earthquake.", "AID", None, "MAR", ("MOBILIZE",)),
    ("Greece deployed troops along its land border with Turkey.", "MOBILIZE", "troops", "GRC", ("AID",)),
    # strikes (3.12)
    ("Nurses in Dublin walked off the job on Monday over staffing levels.", "PROTEST", "strike", "IRL", ()),
    # a law criminalising an activity restricts it (COERCE restrict 3.15), done by whoever passed it
    ("Uganda's parliament passed a law criminalising same-sex relations.", "COERCE", "restrict", "UGA", ()),
    # removal from office and impeachment (PETRARCH REMOVE (FROM OFFICE) -> reduce relations)
    ("Lawmakers in Ecuador voted to impeach the interior minister.", "SANCTION", None, None, ()),
    ("Guatemala's Congress voted to remove the attorney general from office.", "SANCTION", None, "GTM", ()),
    # a country's own institution named with a metonym word ("Congress") is that country's
    ("Colombia's Congress approved a reform of the pension system.", None, None, None, ()),
    # an order without an addressee is the ordered act (the order carries it out)
    ("The Venezuelan president signed a decree ordering the release of 30 political prisoners.", "RETREAT", "release", "VEN", ("SUPPORT", "REQUEST")),
    # police storming a building is a raid (COERCE seize 3.15)
    ("Police stormed the offices of an opposition newspaper in Caracas.", "COERCE", "seize", "VEN", ("ASSAULT",)),
    # "stripped X of their citizenship" with the "of" phrase parsed on the object
    ("Bahrain stripped 30 activists of their citizenship.", "COERCE", "restrict", "BHR", ()),
    # extending a mission's mandate approves it (3.3)
    ("The Security Council voted to extend the mandate of the UN mission in Lebanon.", "SUPPORT", None, "UNO", ()),
    # "ended without an agreement" does not end an agreement
    ("Negotiations between Serbia and Kosovo in Brussels ended without an agreement.", "CONSULT", None, "SRB", ("SANCTION",)),
    # joint military activity is COOPERATE (3.14), so agreeing to it is AGREE, not a threat
    ("India and Bangladesh agreed to hold joint naval exercises next year.", "AGREE", None, "IND", ("THREATEN",)),
    # shutting off public services is COERCE withhold (table 3.10); moves and alerts are MOBILIZE (3.14)
    ("Iran suspended mobile internet services in several provinces.", "COERCE", "withhold", "IRN", ("SANCTION",)),
    ("Belarus moved tanks and artillery closer to its border with Lithuania.", "MOBILIZE", None, "BLR", ()),
    ("Serbia placed its army on high alert after clashes in northern Kosovo.", "MOBILIZE", "troops", "SRB", ()),
    # an unnamed attacker is coded by where the attack happened, through a reporting clause
    ("A drone strike on a wedding party in Myanmar's Sagaing region killed 15 people, residents said.", "ASSAULT", None, "MMR", ()),
]


def _events(extract_text, text):
    return extract_text(text, published="2025-05-17").events


@pytest.mark.parametrize(("text", "type_", "mode", "actor", "absent"), CASES)
def test_event_rules(extract_text, text, type_, mode, actor, absent):
    events = _events(extract_text, text)
    got = [(e.event, e.mode, [a.code for a in e.actors]) for e in events]
    if type_ is not None:
        matching = [e for e in events if e.event == type_]
        assert matching, got
        if mode is not None:
            assert any(e.mode == mode for e in matching), got
        if actor is not None:
            assert any(actor in {a.code for a in e.actors} for e in matching), got
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
