"""A forum named as the place of another act ("spoke at the party's conference", "touted his plan during an
agriculture summit", "will appear at the group's annual meeting"): an occasion, no meeting between parties
(PLOVER CONSULT needs two parties meeting, manual 3.7). The word lists live in frames.json ``forum_venues``."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from accord.records import ActorRef


def _named_as_venue(noun: Token, preps: list[str], addressing: list[str]) -> bool:
    """Whether the noun, or the first of the nouns it is coordinated with, is the object of a placing
    preposition ("at the conference", "during a summit and a dinner") or of a verb of speaking to an audience
    ("addressing the annual policy conference")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in addressing
    return noun.dep_ == "pobj" and noun.head.lower_ in preps


def _several_parties_named(noun: Token, rule: dict[str, Any]) -> bool:
    """Whether the noun's own words name a meeting of several parties: a plural or coordinated possessor
    ("their Security Consultative Committee meeting") or, for a summit, the place it is named after ("the
    Singapore summit": summits named after a city are meetings of states)."""
    for child in noun.children:
        if child.dep_ == "poss" and (child.lower_ in rule["plural_possessives"] or child.conjuncts):
            return True
        if child.dep_ == "compound" and child.ent_type_ == "GPE" and noun.lemma_.lower() in rule["place_named_nouns"]:
            return True
    return False


def one_party_forum(token: Token, event_type: str, participants: list[ActorRef], senses: dict[str, Any]) -> bool:
    """Whether an event noun names the forum where something else is done, among one party's people: a venue
    noun after "at" or "during", or addressed, whose coded parties are one state or none and no multilateral
    body ("at a U.N. Security Council meeting" keeps its CONSULT)."""
    rule = senses["forum_venues"]
    if event_type not in rule["types"]:
        return False
    venue = token
    if token.pos_ == "VERB" and token.dep_ == "acl":
        venue = token.head  # "addressing the policy conference hosted by the lobby": the venue's description
    if venue.pos_ != "NOUN" or venue.lemma_.lower() not in rule["nouns"]:
        return False
    if not _named_as_venue(venue, rule["prepositions"], rule["addressing_verbs"]):
        return False
    if _several_parties_named(venue, rule):
        return False
    codes = {p.code for p in participants if p.code}
    return len(codes) < 2 and not codes & set(rule["multilateral_codes"])
