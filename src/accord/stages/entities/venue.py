"""The country of the court an article's trial takes place in: the affiliation of its court speakers.

A story about an Iranian plot tried in New York quotes prosecutors, a judge and defence lawyers who
act for (or before) the U.S. court, not for Iran, the story's most-mentioned country. Issue 13 item 2:
the country an institution acts for, from the context of its sentence, before the story's country.
An article about an international court (the ICJ, the ICC) with no national court sitting in a place gives
its judges and prosecutors the court's code (UNO, IGO), not the country the case is about.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from accord.knowledge.loader import read_rows
from accord.records import Entity
from accord.stages.gazetteer import find_city, find_country, place_country
from accord.stages.grammar import GEO_LABELS
from accord.stages.token_filters import indices_with

COURT_SPEAKERS_FILE = "actors/court_speakers.tsv"
# Nouns naming a court sitting or proceeding; an "in <place>" on one, or a place compound before it
# ("a trial in New York", "a New York court"), says where the court sits.
VENUE_NOUNS = frozenset({"court", "courtroom", "trial", "tribunal", "jury"})
# Codes of bodies above states: a court coded with one is an international court.
INTERNATIONAL_CODES = frozenset({"UNO", "IGO", "EUR"})
# The sector of courts and judges in the actor lexicon.
COURT_SECTOR = "JUD"
VENUE_WORDS = VENUE_NOUNS | {noun + "s" for noun in VENUE_NOUNS} | {"juries"}


@functools.lru_cache(maxsize=1)
def court_speaker_words() -> frozenset[str]:
    """Head words of speakers who act in a court (data/actors/court_speakers.tsv)."""
    return frozenset(row["word"] for row in read_rows(COURT_SPEAKERS_FILE, ("word",)))


def _compound_place(token: Token) -> str | None:
    """The country of a place name compounded before a venue noun ("a New York court")."""
    run = [c for c in token.lefts if c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in GEO_LABELS]
    if not run:
        return None
    name = token.doc[run[0].left_edge.i : run[-1].i + 1].text  # "New York": "New" hangs on "York"
    place = find_country(name, use_lexicon=False) or find_city(name)
    return place.country if place is not None else None


def venue_country(doc: Doc) -> str | None:
    """The one country the article's courts and trials sit in, or None (no venue named, or several)."""
    countries: set[str] = set()
    for i in indices_with(doc, "LOWER", VENUE_WORDS):  # array filter first: most articles name no court
        token = doc[i]
        if token.pos_ != "NOUN":
            continue
        country = place_country(token) or _compound_place(token)
        if country:
            countries.add(country)
    return countries.pop() if len(countries) == 1 else None


def is_court_speaker(*phrases: str | None) -> bool:
    """Whether a speaker's name, text or title ends in a court word ("prosecutors", "Amirov's lawyer")."""
    words = court_speaker_words()
    for phrase in phrases:
        parts = (phrase or "").lower().replace("’s", " ").replace("'s", " ").split()
        if parts and parts[-1] in words:
            return True
    return False


def international_court(entities: list[Entity]) -> str | None:
    """The code of the one international court the article names ("the International Criminal Court" ->
    IGO), or None (none named, or courts of several codes)."""
    codes = {e.code for e in entities if e.kind == "organisation" and e.sector == COURT_SECTOR
             and e.code in INTERNATIONAL_CODES}
    return codes.pop() if len(codes) == 1 else None
