"""The article's context country: the country an unaffiliated speaker most likely belongs to.

News names a local official, lawyer or resident without saying their country when the story is set
there ("Finance Minister Muhammad Aurangzeb", in a story about Pakistan). The annotation standard
(and an analyst) gives such a speaker the story's country; this module finds it as the country the
article's actors belong to most often: every mention of a country, or of a person, group or
institution coded with one, counts once. (Counting country names only, or weighting the lead more,
was tried and chose worse on VOA dev.) When countries tie, the places the article names (``place_context``:
its cities and states) choose among them: a US campaign story naming the United States, Syria and Iraq once
each gave its US candidate no country (PolNeAR train, seed 100601).

An article that names no country nor any coded actor (a local story: "the Bronx", "Brooklyn", "the New
York Police Department") falls back on the places it names (``place_context``): the country of its US
states and of the cities the gazetteer knows by exactly that name, when one country leads. Found on PolNeAR
train (seed 8805: a New York story's 32 statements had no affiliation); on unseen draws (seeds 8807, 8808)
it fired twice, right twice.

The story's unplaced institutions ("the government", "security forces", "the ruling party": a state or party
sector, ``statements.identity.INSTITUTION_SECTORS``) take the country of ``institution_country``: the same
count in which a private person (one holding no state office) counts once, not once per mention. A profile
of an exile who taught at a US college names him dozens of times; his ties coded him USA and, counted per
mention, made his homeland's government American (PolNeAR train). Whose state a government is comes from
countries, states' actors and places, not from how often one person is named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from accord.knowledge.actors import platform_names
from accord.knowledge.regions import region_countries
from accord.records import Entity
from accord.stages.gazetteer import find_city, find_country
from accord.stages.grammar import GEO_LABELS, document_entities

# Codes that are not a country: a speaker never inherits one from the context.
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"})
# Sectors of news outlets: "told VOA", "Reuters reported" say who reports the story, not where it is set.
OUTLET_SECTORS = frozenset({"JRN"})
_ISO3 = re.compile(r"[A-Z]{3}")
# Place mentions one country needs (ahead of any other) to stand as the context of an article naming no
# country: one stray city name ("Paris" of a perfume) must not place a whole story.
MIN_PLACE_MENTIONS = 2
# Roles of lexicon aliases that name a country as such ("China", "the U.S."), not a metonym or a city standing for
# it ("the Kremlin", "Kabul").
COUNTRY_ROLES = frozenset({"name", "alias"})
# Sectors of a state's own offices and bodies (the one home: identity, scene and institution_place read it): a
# person holding such an office speaks for a country's institutions.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# How far the most mentioned country must lead the next (a factor) for the article to have one story country. Below
# it the counts say several countries share the story (a crash list of French, Egyptian and Chadian victims: 16
# against 14 mentions), and one more coded name would swing every unplaced speaker: the speaker's own paragraph
# decides instead (``paragraph_leaders``).
CONTESTED_LEAD = 1.25
# Mentions by which a paragraph's leading country must outnumber its next for the paragraph to place a speaker the
# text does not: one mention ahead ("a colleague in Lyon" among French names) is a lead, a tie is none.
MIN_PARAGRAPH_LEAD = 1
# Mentions a paragraph's leading country needs: one stray name ("the rest of Georgia", the US state read as the
# country) must not place the paragraph's speakers.
MIN_PARAGRAPH_MENTIONS = 2


def _counted(entity: Entity) -> bool:
    """Whether an entity's mentions count for its country: a country or one of its actors, not an outlet or a social
    platform ("shared on Facebook": the medium, not the story's place)."""
    return bool(entity.code and entity.code not in NON_STATE_CODES and _ISO3.fullmatch(entity.code)
                and entity.sector not in OUTLET_SECTORS and entity.name.casefold() not in platform_names())


def country_counts(entities: Sequence[Entity]) -> Counter[str]:
    """Mentions of each country code over the article's coded entities (countries and their actors, ``_counted``)."""
    counts: Counter[str] = Counter()
    for entity in entities:
        if _counted(entity):
            counts[entity.code or ""] += len(entity.mentions)
    return counts


def contested(entities: Sequence[Entity]) -> bool:
    """Whether no one country dominates the article's mentions: the runner-up within CONTESTED_LEAD of the leader."""
    ranked = country_counts(entities).most_common(2)
    return len(ranked) == 2 and ranked[0][1] < CONTESTED_LEAD * ranked[1][1]


def paragraph_leaders(text: str, spans: Sequence[tuple[int, int]], entities: Sequence[Entity],
                      quoted: Sequence[tuple[int, int]] = ()) -> list[str | None]:
    """For each (start, end) span, the country its paragraph's coded mentions name most (``_counted``), when it
    leads the next by MIN_PARAGRAPH_LEAD with MIN_PARAGRAPH_MENTIONS; else None. Mentions inside ``quoted`` ranges
    (quotations and reported contents) do not count: a country a speaker talks about is the topic, not where the
    speaker is. One sorted table of mentions serves every span."""
    ranges: list[tuple[int, int]] = []
    for start, end in sorted(quoted):  # merged, so a content nested in a quotation cannot hide the quotation
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], end))
        else:
            ranges.append((start, end))
    quote_starts = [start for start, _ in ranges]

    def inside_quote(offset: int) -> bool:
        at = bisect_right(quote_starts, offset) - 1
        return at >= 0 and offset < ranges[at][1]

    mentions = sorted((mention.start, entity.code or "") for entity in entities if _counted(entity)
                      for mention in entity.mentions if not inside_quote(mention.start))
    starts = [start for start, _ in mentions]
    leaders: list[str | None] = []
    for start, end in spans:
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", end)
        last = len(text) if last < 0 else last
        counts = Counter(code for _, code in mentions[bisect_left(starts, first):bisect_left(starts, last)])
        ranked = counts.most_common(2)
        lead = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0) if ranked else 0
        leaders.append(ranked[0][0] if lead >= MIN_PARAGRAPH_LEAD and ranked[0][1] >= MIN_PARAGRAPH_MENTIONS else None)
    return leaders


def _institution_counts(entities: Sequence[Entity]) -> Counter[str]:
    """``country_counts`` with each private person (no state sector) counted once rather than per mention: a
    protagonist named throughout says little about whose state the story's institutions are."""
    public = [entity for entity in entities if entity.kind != "person" or entity.sector in STATE_SECTORS]
    counts = country_counts(public)
    for entity in entities:
        if entity.kind == "person" and entity.sector not in STATE_SECTORS and country_counts([entity]):
            counts[entity.code] += 1
    return counts


def institution_country(entities: Sequence[Entity], context: str | None) -> str | None:
    """The country an unplaced institution of the story belongs to: the most mentioned country, private people
    counted once each (``_institution_counts``), when one leads; else the article's ``context``."""
    ranked = _institution_counts(entities).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return context
    return ranked[0][0]


def context_country(entities: Sequence[Entity], doc: Doc | None = None) -> str | None:
    """The most mentioned country of the article; when several tie, the one of them its named places
    (``place_context`` over ``doc``) put first, else None."""
    counts = country_counts(entities)
    if not counts:
        return None
    (best, score), *rest = counts.most_common(2)
    if rest and rest[0][1] == score:
        # a candidate urging the United States to act against a group in Syria and Iraq, at a campaign stop in
        # Cincinnati: each country named once, the story's own places tell where it is set
        tied = {code for code, count in counts.items() if count == score}
        placed = place_context(doc) if doc is not None else None
        return placed if placed in tied else None
    return best


def _named_place_country(name: str) -> str | None:
    """The country of a place written exactly as the gazetteer names it: a country, a US state, or a city
    whose name is the text ("Brooklyn", "the Bronx", "New York" City), never a fuzzy match ("Florida" is
    no Floridablanca)."""
    bare = _LEADING_THE.sub("", name.strip())
    country = find_country(bare, use_lexicon=False)
    if country is not None:
        return country.country
    if bare in region_countries():
        return region_countries()[bare]
    city = find_city(bare)
    if city is None:
        return None
    written = _LEADING_THE.sub("", city.name).casefold()
    wanted = bare.casefold()
    return city.country if written == wanted or written == wanted + " city" else None


def place_context(doc: Doc) -> str | None:
    """The country the article's named places lie in, for an article that names no country or coded actor (or
    several equally): the leader with at least MIN_PLACE_MENTIONS mentions, else None."""
    counts: Counter[str] = Counter()
    for ent in document_entities(doc):
        if ent.label_ in GEO_LABELS:
            country = _named_place_country(ent.text)
            if country:
                counts[country] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_PLACE_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def article_context(entities: Sequence[Entity], doc: Doc) -> str | None:
    """The article's context country: from its coded entities, else (when they name no country at all)
    from its named places."""
    if country_counts(entities):
        return context_country(entities, doc)
    return place_context(doc)
