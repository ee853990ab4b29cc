"""The country of the place a person's description says they live in or come from ("a resident of Kharkiv",
"a shopkeeper in Gaza", "a farmer from Punjab").

The annotation standard gives a resident the country they live in; without this the story's most
mentioned country was handed to a person the text places elsewhere (a Kharkiv resident in a story whose
actors are mostly Russian was RUS). A description whose head is a post (an ambassador, a correspondent, a
commander, an aid worker: data/actors/posted_titles.tsv) places the post, not the person, and gives nothing.
A town the gazetteer does not know is placed by the region or country written after it ("a farmer in Bucha,
Ukraine", "a fisherman in Lunenburg, Nova Scotia"): a country, a US state, or a province or state whose
name only one country has (pycountry's subdivisions: Punjab is both India's and Pakistan's, so neither).

The tagger often labels a foreign town after "a resident of" a person or an organisation ("a resident of Goma",
"a resident of Mariupol"), and the gazetteer reads an untagged name as a city only above 250,000
people; the object of a residence preposition is a place, so a town the gazetteer knows of PLACED_TOWN_MIN_POPULATION
people places the person there, whatever its label (for "of", only after a residence noun: "the son of Kabila"
names a person; data/actors/residence_nouns.tsv).

Hand audit on unseen PolNeAR train text (session 8, seeded draws 8807 and 8808, 100 articles each): fired 14,
right 14 ("a retiree from Las Vegas", "Republican of Iowa", "an ABC affiliate in Madison, Wisconsin").
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from accord.knowledge.actors import entity_words, lookup_actor
from accord.knowledge.loader import read_rows
from accord.knowledge.subdivisions import subdivision_owners
from accord.stages.entities.descriptions import has_object
from accord.stages.entities.non_affiliations import left_countries, topic_place_words
from accord.stages.gazetteer import PLACED_TOWN_MIN_POPULATION, find_major_city, named_place_country, territory_nouns
from accord.stages.grammar import GEO_LABELS

POSTED_TITLES_FILE = "actors/posted_titles.tsv"
RESIDENCE_NOUNS_FILE = "actors/residence_nouns.tsv"
# Prepositions whose person-labelled object is still read as a place on any description head ("a trader in
# Goma", "a farmer from Gulu"); "of" only after a residence noun.
PLACE_ONLY_PREPOSITIONS = frozenset({"in", "from"})
# Prepositions whose place object says where the described person lives or comes from.
RESIDENCE_PREPOSITIONS = frozenset({"of", "in", "from"})


@functools.lru_cache(maxsize=1)
def residence_nouns() -> frozenset[str]:
    """Nouns whose "of" phrase names where the person lives ("resident", "native": data/actors/residence_nouns.tsv)."""
    return frozenset(row["word"] for row in read_rows(RESIDENCE_NOUNS_FILE, ("word",)))


@functools.lru_cache(maxsize=1)
def posted_titles() -> frozenset[str]:
    """Head nouns of descriptions that place a post, not a person (data/actors/posted_titles.tsv)."""
    return frozenset(row["word"] for row in read_rows(POSTED_TITLES_FILE, ("word",)))


def residence_country(description: Span, prepositions: frozenset[str] = RESIDENCE_PREPOSITIONS) -> str | None:
    """The country of the one place an of/in/from phrase (``prepositions``) on the description's head (or its "who
    lives in" clause) names, or of a description that is itself the person's place ("from Mariupol", "who fled
    Mariupol"); None when no such place, a posted head, or places of two countries."""
    head = description.root
    if _named_home(head) and description.end == head.i + 1:
        # "X, from Mariupol", "who fled Mariupol", "who lives in Goma": the description is the place; after "of" only
        # a major one ("Professor X of Georgetown" names a university, and a town of that name is abroad)
        named_by_of = head.dep_ == "pobj" and head.head.lower_ == "of"
        return _place_country(description.text, residence=not named_by_of)
    if head.lower_ in posted_titles() or head.lemma_.lower() in posted_titles():
        return None
    if head.lemma_.lower() in topic_place_words():
        return None  # "who served two tours in Afghanistan", "a war in Iraq": a theatre or topic, not a home
    countries: set[str] = set()
    # "a 45-year-old teacher who lives in Goma": the head's own residence clause places the person too
    homes = [c for rel in head.children if rel.dep_ == "relcl" and rel.lemma_.lower() in entity_words().residence_verbs
             for c in rel.children if c.dep_ == "prep" and c.lower_ == "in"]
    left = left_countries(description)  # "an immigrant from Honduras who directs a Houston centre": not a home
    for prep in [*head.children, *homes]:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions or prep.i in left:
            continue
        residence = prep.lower_ in PLACE_ONLY_PREPOSITIONS or head.lemma_.lower() in residence_nouns()
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.lemma_.lower() in territory_nouns():
                # "a shopkeeper in the Kenyan port of Mombasa", "residents of the southern city of Kherson"; a land or
                # settlement noun only (data/places/modified_nouns.tsv): "a trader in the Bordurian market" trades there
                if code := _qualified_place_country(obj, residence):
                    countries.add(code)
                continue
            if obj.dep_ != "pobj" or not (_place_like(obj) or residence and _named_town(obj)):
                continue
            # the place, the region or country written after it ("Bucha, Ukraine"), and a place joined to it ("in Syria
            # and Iraq": two countries, so none)
            for place in [obj, *(c for c in obj.children if c.dep_ in ("appos", "conj") and _place_like(c))]:
                code = _place_country(description.doc[place.left_edge.i : place.i + 1].text, residence)
                if code:
                    countries.add(code)
    return countries.pop() if len(countries) == 1 else None


def _qualified_place_country(noun: Token, residence: bool) -> str | None:
    """The one country of a common place noun's own qualifiers: the place its "of" names ("the city of Kherson",
    "the capital of Nepal"), a nationality or place before it ("the Kenyan port", "Kenya's capital"); None when
    they name none or two countries."""
    codes: set[str] = set()
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            places = [obj for obj in child.children if obj.dep_ == "pobj" and (_place_like(obj) or _named_town(obj))]
        elif child.dep_ in ("amod", "compound", "poss") and child.ent_type_ in GEO_LABELS | {"NORP"}:
            places = [child]
        else:
            continue
        for place in places:
            text = noun.doc[place.left_edge.i : place.i + 1].text
            actor = lookup_actor(text) if place.ent_type_ == "NORP" else None
            code = actor.code if actor is not None and actor.kind == "country" else _place_country(text, residence)
            if code:
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _place_like(token: Token) -> bool:
    """A place, or a proper noun the tagger mislabelled ("of Kharkiv" tagged ORG); never a person."""
    return token.ent_type_ in GEO_LABELS or token.pos_ == "PROPN" and token.ent_type_ != "PERSON"


def _named_home(token: Token) -> bool:
    """A proper noun named as where the person is from or lives: the object of "of", "in" or "from" hanging on
    the name or on a residence verb, or of a flight verb ("who fled Mariupol"); never of "at" or "with" ("Paal
    of Carnegie" is an employer the lexicons code before this step, "X at Columbia" is a university)."""
    if token.pos_ != "PROPN" or not (_place_like(token) or _named_town(token)):
        return False
    head = token.head
    if token.dep_ == "pobj":
        # "flying home to Lima": the place a verb with no object goes home to is the person's home ("sent the
        # delegates home to Cairo" sends others there)
        return head.lower_ in RESIDENCE_PREPOSITIONS or head.lower_ == "to" and any(
            c.dep_ == "advmod" and c.lower_ == "home" for c in head.head.children) and not has_object(head.head)
    return token.dep_ == "dobj" and head.lemma_.lower() in entity_words().origin_verbs


def _named_town(token: Token) -> bool:
    """A proper noun the tagger took for a person that the gazetteer knows as a town ("a resident of Goma")."""
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON" \
        and find_major_city(token.doc[token.left_edge.i : token.i + 1].text, PLACED_TOWN_MIN_POPULATION) is not None


def _place_country(text: str, residence: bool = False) -> str | None:
    """The country of a place name: a country, a US state, a major city, or a province only one country has;
    in a ``residence`` phrase also a town of PLACED_TOWN_MIN_POPULATION people."""
    bare = text.removeprefix("the ").removeprefix("The ")
    code = named_place_country(bare) or subdivision_countries().get(bare)
    if code is None and residence and (town := find_major_city(bare, PLACED_TOWN_MIN_POPULATION)) is not None:
        code = town.country
    return code


@functools.lru_cache(maxsize=1)
def subdivision_countries() -> dict[str, str]:
    """Province and state names -> the alpha-3 code of the one country that has a subdivision of that name
    (``knowledge.subdivisions``); names several countries share ("Punjab", "Central") are left out."""
    return {name: next(iter(codes)) for name, codes in subdivision_owners().items() if len(codes) == 1}
