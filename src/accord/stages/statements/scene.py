"""The place a sentence opens on ("In Khartoum, protesters said ..."): where its speaker speaks from.

The opening phrase may hold its place among other words ("In Kabul's old city,", "In Kabul on Monday,", "At a
market in Kabul,", "In the Afghan capital,"): a place its locative preposition governs, or that owns or qualifies
the place noun it governs (data/places/scene_places.json, modified_nouns.tsv), never one named otherwise ("In
response to Russia's moves,"). A civilian or unnamed speaker whose sentence opens on no place takes the city
opening one of the sentences before it in its paragraph ("In Kabul, the price of flour has doubled. Shopkeepers
say ...": issue 13, a known miss on unseen VOA text); a town name is read in the countries the story names ("In
Bor," of a story on South Sudan).

A speaker the text gives no country of, in a sentence that opens with "In ‹Place›,", is placed in that
place's country, before the story's country: "In Sudan, opposition leader Ahmed Musa said" in a story
mostly about Chad is Sudanese (issue 13 item 2: "In ‹Country›, X").

A speaker whose own sentence opens on no place takes the place that opens the sentence introducing its
entity: "In London, Ann Lowe, a columnist, left the studio. Ms. Lowe argued ..." is British, not of the
story's country (PolNeAR train, seed 150162: a London columnist in a roundup of reactions to a US attack
was coded USA).

An international body named barely in a sentence opening on its seat ("In Brussels, the Commission said")
is that body, not the host country's (data/places/seated_bodies.tsv): it takes the body's code. A place
name two countries share (Georgia: data/actors/shared_place_names.tsv) reads as the country the article's
entities name more often, else as none (PolNeAR train, seed 150244: results from a US state's districts
were coded as the Caucasus country's). The opening phrase makes its name a place, so a town the gazetteer knows
of PLACED_TOWN_MIN_POPULATION people will do ("In Kherson, residents said"), where an untagged name elsewhere must
be a major city.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from accord.knowledge.actors import lexicon
from accord.knowledge.loader import read_json, read_rows
from accord.records import Entity, Speaker
# STATE_SECTORS: officials speaking in a paragraph set abroad are often the visitors, so only an unnamed or civilian
# speaker takes the paragraph's place. COUNTRY_ROLES: lexicon entries that name a country as such ("China"), not a
# city standing for it ("Kabul").
from accord.stages.entities.context import COUNTRY_ROLES, STATE_SECTORS
from accord.stages.entities.homonyms import US, shared_names, us_states
from accord.stages.gazetteer import PLACED_TOWN_MIN_POPULATION, find_major_city, named_place_country, territory_nouns, \
    town_countries
from accord.stages.grammar import GEO_LABELS, document_text, entity_span, span_text
from accord.stages.token_filters import document_sentences

# Longest place name between "In" and the comma ("In the Democratic Republic of Congo,").
MAX_PLACE_TOKENS = 6
# How far back a speaker's sentence start is looked for: "In ‹Place›," must open the speaker's own clause.
MAX_SENTENCE_TOKENS = 60
SEATED_BODIES_FILE = "places/seated_bodies.tsv"
SCENE_WORDS_FILE = "places/scene_places.json"
# Longest opening phrase read for its place before the comma ("At a crowded market in central Kabul on Monday,").
MAX_OPENING_TOKENS = 12
# How many sentences back in a speaker's paragraph an opening "In ‹Place›," still sets the speaker's scene: a
# news paragraph runs two to four sentences; the walk back stays short and linear.
MAX_SCENE_SENTENCES_BACK = 4
# The same for a text with no line break (its paragraphs run together): the sentence just before only.
UNBROKEN_SCENE_SENTENCES_BACK = 1
# Entity labels of a proper noun an opening "In ...," names that is no place ("In January,", "At noon,").
NO_PLACE_LABELS = frozenset({"DATE", "TIME", "EVENT"})


@functools.lru_cache(maxsize=1)
def seated_bodies() -> dict[tuple[str, str], str]:
    """(seat city, the body's bare name as written) -> the body's code (data/places/seated_bodies.tsv)."""
    return {(row["place"], row["body"]): row["code"]
            for row in read_rows(SEATED_BODIES_FILE, ("place", "body", "code"))}


def opening_place(doc: Doc, offset: int, sentence_starts: Sequence[int], body: str | None = None,
                  counts: Mapping[str, int] | None = None, towns_only: bool = False) -> str | None:
    """The country of the "In ‹Place›," that opens the sentence holding character ``offset``, or None
    (``sentence_starts``: the token index of each sentence's first word, in order); the code of the body a
    speaker named ``body`` is when that place is the body's seat ("In Brussels, the Commission"). A name two
    countries share takes the one the article's entities name more often (``counts``: code -> entities), else none.
    With ``towns_only``, a country named as such ("In the U.S.,", "In China,": often a contrast, not a scene) gives
    none."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    first = sentence_starts[bisect_right(sentence_starts, span[0].i) - 1]
    if span[0].i - first > MAX_SENTENCE_TOKENS or span[0].i - first < 3:
        return None
    if doc[first].lower_ != "in":
        return _phrase_place(doc, first, span[0].i, counts or {}, towns_only)
    tokens = list(doc[first + 1:min(len(doc), first + MAX_PLACE_TOKENS + 2)])
    comma = next((i for i, token in enumerate(tokens) if token.text == ","), None)
    words = [t for t in tokens[:comma] if t.lower_ != "the"] if comma else []
    if not words or not all(t.text[:1].isupper() or t.lower_ in ("of", "and") for t in words):
        # "In Kabul's old city,", "In Kabul on Monday,", "At a market in Kabul,", "In the Afghan capital,": the
        # opening phrase names its place among other words; "In an interview,", "In 2018,": no place
        return _phrase_place(doc, first, span[0].i, counts or {}, towns_only)
    if offset < tokens[comma].idx:
        return None  # the speaker is inside the place phrase
    after = tokens[comma].i + 1  # the word after the comma, and the one after it in the document
    state = doc[after].text if after < len(doc) else ""
    closed = after + 1 < len(doc) and doc[after + 1].text == ","
    if state in us_states() and state not in shared_names() and closed:
        # "In San Jose, Calif., ...", "In Athens, Ga., ...": the US city, whatever its homonyms; a state's
        # name that opens the clause ("In Beijing, Washington's envoy said") is no state after a city
        return US
    place = " ".join(t.text for t in words)
    if towns_only and (entry := lexicon().entry(place)) is not None and entry.kind == "country" \
            and entry.role in COUNTRY_ROLES:
        return None
    seated = seated_bodies().get((place, body)) if body else None
    if seated is None and place in shared_names():
        return _shared_reading(shared_names()[place], counts or {})
    code = seated or named_place_country(place) or _story_town(place, counts or {})
    if code is None and (town := find_major_city(place, PLACED_TOWN_MIN_POPULATION)) is not None:
        code = town.country  # "In Kherson, ...": the opening phrase makes the name a place, a town will do
    return code


def _phrase_place(doc: Doc, first: int, speaker: int, counts: Mapping[str, int], towns_only: bool) -> str | None:
    """The one country of the places a sentence's opening locative phrase names before its comma (token ``first``
    opens the sentence, ``speaker`` is the speaker's first token, after the comma): a place the phrase's "in",
    "at", "near" ... governs ("At a market in Kabul,", "In Kabul on Monday,"), or that owns or qualifies the place
    noun it governs ("In Kabul's old city,", "In the Afghan capital,": data/places/scene_places.json); never a
    place the phrase names otherwise ("In response to Russia's invasion,", "In a call with Kyiv,")."""
    if doc[first].lower_ not in _scene_words()["prepositions"]:
        return None
    end = next((t.i for t in doc[first:min(speaker, first + MAX_OPENING_TOKENS + 1)] if t.text == ","), None)
    if end is None or end >= speaker:
        return None
    if _us_state_after(doc, end):
        return US  # "In the city of Paris, Texas,": the US city, whatever its homonyms
    codes = set()
    for token in doc[first + 1:end]:
        if not token.text[:1].isupper() or token.ent_type_ not in GEO_LABELS | {"NORP"} and not _place_noun_name(token):
            continue
        if not _locative(token, doc[first]):
            continue
        ent = entity_span(token)
        if ent.root.i != token.i:
            continue  # one reading per place name, at its head word
        name = ent.text.removeprefix("the ").removeprefix("The ")
        entry = lexicon().entry(name)
        if token.ent_type_ == "NORP":
            code = entry.code if entry is not None and entry.kind == "country" and entry.role == "demonym" else None
        elif towns_only and entry is not None and entry.kind == "country" and entry.role in COUNTRY_ROLES:
            return None  # a country's own name may open a contrast, not a scene
        elif name in shared_names():
            code = _shared_reading(shared_names()[name], counts)  # "In the state of Georgia,": the story's reading
        else:
            code = named_place_country(name) or _story_town(name, counts)
            if code is None and (town := find_major_city(name, PLACED_TOWN_MIN_POPULATION)) is not None:
                code = town.country
        if code is None and _named_by_nationality(token):
            continue  # "in the Ugandan town of Gulu": a town the gazetteer lacks, placed by the nationality before it
        if code is None:
            return None  # a place the gazetteer does not know may be anywhere: no scene
        codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def _us_state_after(doc: Doc, comma: int) -> bool:
    """Whether a US state's name, closed by a comma, follows the comma ending an opening phrase ("In the city of
    Paris, Texas,"): the phrase's place is that state's city. A name a country shares ("Georgia") says nothing."""
    state = doc[comma + 1].text if comma + 1 < len(doc) else ""
    return state in us_states() and state not in shared_names() and comma + 2 < len(doc) and doc[comma + 2].text == ","


def _named_place_noun(token: Token) -> Token | None:
    """The place noun a word is the name "of" ("city" for Kherson in "the southern city of Kherson"), else None."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    noun = token.head.head
    return noun if noun.lemma_.lower() in _scene_words()["place_nouns"] else None


def _place_noun_name(token: Token) -> bool:
    """Whether a proper noun is the name "of" a place noun ("the eastern city of Kharkiv"), whatever label the
    tagger gave it (it often takes such a town for an organisation); never a person's name."""
    return token.pos_ == "PROPN" and token.ent_type_ not in ("PERSON", *NO_PLACE_LABELS) \
        and _named_place_noun(token) is not None


def _named_by_nationality(token: Token) -> bool:
    """Whether a place name is the name "of" a place noun a nationality qualifies ("the Ugandan town of Gulu")."""
    noun = _named_place_noun(token)
    return noun is not None and any(child.dep_ == "amod" and child.ent_type_ == "NORP" for child in noun.children)


def _locative(token: Token, opener: Token) -> bool:
    """Whether a place word sits where the opening preposition ``opener`` puts it: its object ("In Kabul"), the
    object of a locative preposition on that object ("At a market in Kabul"), or the owner or qualifier of a place
    noun that is either ("Kabul's old city", "the Afghan capital", "the southern city of Kherson"); not a place deeper
    in the phrase ("In the trials of the sailors jailed in Russia,": where the sailors were jailed, not where the
    speaker is)."""
    if token.dep_ in ("poss", "compound", "amod") and token.head.lemma_.lower() in _scene_words()["place_nouns"]:
        token = token.head
    elif (noun := _named_place_noun(token)) is not None:
        token = noun  # "In the southern city of Kherson,": the city the name is the name of
    elif token.dep_ == "compound" and token.head.ent_type_ == token.ent_type_:
        token = token.head  # the head of a place's name of several words
    if token.dep_ != "pobj" or token.head.lower_ not in _scene_words()["prepositions"]:
        return False
    preposition = token.head
    return preposition.i == opener.i or (preposition.head.dep_ == "pobj" and preposition.head.head.i == opener.i)


@functools.lru_cache(maxsize=1)
def _scene_words() -> dict[str, frozenset[str]]:
    """The locative prepositions of data/places/scene_places.json, and its place nouns: its venues ("market") with
    the land and settlement nouns of data/places/modified_nouns.tsv ("capital"), each list kept in one file."""
    words = {key: frozenset(words) for key, words in read_json(SCENE_WORDS_FILE).items() if not key.startswith("_")}
    words["place_nouns"] = words["place_nouns"] | territory_nouns()
    return words


def _story_town(place: str, counts: Mapping[str, int]) -> str | None:
    """The country of a town of that name in one of the countries the article's entities name (``counts``), the
    most named first: "In Bor," of a story on South Sudan is its town, not the larger Bor in Russia. Read only for a
    name that is no country, region or major city ("In Paris," stays French in a story set in the United States)."""
    named = [code for code in town_countries(place) if counts.get(code, 0) > 0]
    return max(named, key=lambda code: counts[code], default=None)


def _shared_reading(codes: tuple[str, str], counts: Mapping[str, int]) -> str | None:
    """The one of a shared name's two countries the article's entities name more often, else None: "In
    Georgia," of a US primaries story is the state, of a story about Tbilisi and Moscow the country."""
    first, second = (counts.get(code, 0) for code in codes)
    return codes[0] if first > second else codes[1] if second > first else None


def scene_codes(doc: Doc, speakers: Sequence[Speaker], entities: Mapping[str, Entity]) -> list[str | None]:
    """Per speaker, the country the opening "In ‹Place›," of its sentence names, else the one opening the
    sentence of its entity's first mention (where the text introduces it), else for a speaker of no state body
    the one opening an earlier sentence of its paragraph ("In Kabul, the price of flour has doubled. Shopkeepers
    say ..."), else None."""
    sentences = document_sentences(doc)
    starts = [sentence.start for sentence in sentences]  # once, not a walk back to the start per speaker
    counts = Counter(entity.code for entity in entities.values() if entity.code)
    introduced: dict[str, str | None] = {}
    codes: list[str | None] = []
    # a text on one line shows no paragraphs: only the sentence just before the speaker's may set its scene
    back = MAX_SCENE_SENTENCES_BACK if "\n" in document_text(doc).strip() else UNBROKEN_SCENE_SENTENCES_BACK
    for speaker in speakers:
        code = opening_place(doc, speaker.start, starts, speaker.name, counts)
        entity = entities.get(speaker.entity or "")
        if code is None and entity is not None and entity.mentions:
            if entity.id not in introduced:
                introduced[entity.id] = opening_place(doc, min(m.start for m in entity.mentions), starts, None, counts)
            code = introduced[entity.id]
        if code is None and speaker.sector not in STATE_SECTORS:
            code = _paragraph_scene(doc, sentences, starts, speaker, counts, back)
        codes.append(code)
    return codes


def _paragraph_scene(doc: Doc, sentences: Sequence[Span], starts: Sequence[int], speaker: Speaker,
                     counts: Mapping[str, int], back: int) -> str | None:
    """The country of the "In ‹City›," opening the nearest of the ``back`` sentences before the speaker's in its
    paragraph (no line break between): the paragraph is set there. A country's own name opening a sentence ("In
    the U.S., each company must fend for itself") is more often a contrast than a scene (VOA dev: a one-line
    story's "In the U.S.," placed the Chinese company speaking two sentences later); it, or any nearer opening
    place that gives no country, ends the walk (issue 13 review: the city before it is no longer the scene)."""
    span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    index = bisect_right(starts, span[0].i) - 1
    comma = _opening_comma(sentences[index])
    if comma is not None and comma.i < span[0].i and _opens_on_place(sentences[index], comma):
        return None  # the speaker's own sentence opens on a place, known or not: no earlier scene is theirs
    for earlier in range(index - 1, max(index - back, 0) - 1, -1):
        sentence = sentences[earlier]
        written_end = sentence.start_char + len(span_text(sentence).rstrip())  # a sentence may carry the line break after it
        if "\n" in document_text(doc)[written_end:sentences[index].start_char]:
            return None  # the paragraph starts after that sentence
        comma = _opening_comma(sentence)
        if comma is None or comma.i + 1 >= sentence.end:
            continue
        code = opening_place(doc, doc[comma.i + 1].idx, starts, speaker.name, counts, towns_only=True)
        if code is not None:
            return code
        if _opens_on_place(sentence, comma):
            # "In the U.S., prices are stable.", "In Bekrovo, ...": a nearer opening place, a contrast or one the
            # gazetteer does not know, ends the walk; the scene before it is no longer the speaker's
            return None
    return None


def _opening_comma(sentence: Span) -> Token | None:
    """The comma closing a sentence's opening phrase: the first within MAX_OPENING_TOKENS tokens of its start (the
    reach _phrase_place reads)."""
    return next((t for t in sentence[1:MAX_OPENING_TOKENS + 1] if t.text == ","), None)


def _opens_on_place(sentence: Span, comma: Token) -> bool:
    """Whether a sentence opens on a locative phrase naming a place before ``comma``, whether the gazetteer knows it
    or not ("In Bekrovo,", "In the U.S.,", "At a crowded market in Kabul,"); not on a time, a manner or a source
    ("In January,", "In an interview,", "In response to ...")."""
    opener = sentence[0]
    if opener.lower_ not in _scene_words()["prepositions"]:
        return False
    for token in opener.doc[opener.i + 1:comma.i]:
        proper = token.pos_ == "PROPN" and token.ent_type_ not in NO_PLACE_LABELS
        if (proper or token.lemma_.lower() in _scene_words()["place_nouns"]) and _locative(token, opener):
            return True
    return False
