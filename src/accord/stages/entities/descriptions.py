"""Phrases that describe a named person and may say whom they belong to.

"Francesco Sisci, an Italian Sinologist", "Janusz Bugajski of the Jamestown Foundation", "Chalida
Tajaroensuk, who heads Thailand's People's Empowerment Foundation", "the country's chief negotiator,
Rustem Umerov", "X is the director of Y": the apposition (either way round), the "of/at/from/with"
phrase, the object of an affiliation relative clause and a copula's predicate. The entities stage
codes them when the title chain does not.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from accord.knowledge.actors import entity_words, title_entry
from accord.stages.entities.non_affiliations import is_friendship, is_theatre
from accord.stages.grammar import PRESENT_TAGS, subject_of_next_verb

# Prepositions whose object after a name is the person's organisation ("Paal of Carnegie").
AFFILIATION_PREPOSITIONS = frozenset({"of", "at", "from", "with"})
# Prepositions that, after a name a verb takes as its object, tell where or with whom the verb's act happened
# ("the cardinal saw Marlow at the Vatican library", "hosted X at the palace"), not the person's
# organisation: the parser hangs the phrase on the name, but it belongs to the verb. "of" and "from" keep their
# reading ("quoted Jeffrey Lewis of the Middlebury Institute").
OBJECT_SCENE_PREPOSITIONS = frozenset({"at", "with"})
# Adverbs that make a relative clause a former affiliation ("who previously worked for the U.N.").
PAST_ADVERBS = frozenset({"previously", "formerly", "once", "earlier"})
# Adverbs set right before a description beside a name that date it to the past ("Mr. X, then at UBS,", "X,
# formerly of the bank,"): the employer is a former one, no affiliation now.
PAST_DESCRIPTION_ADVERBS = PAST_ADVERBS | {"then"}
# Flight verbs whose active subject is the one who left ("Haji fled Somalia"); the other origin verbs take
# the displaced person as passive subject ("was driven from Somalia"), their active subject being the cause.
ACTIVE_FLIGHT_VERBS = frozenset({"flee", "escape"})
# Labels the parser gives a description fronted before its name and a comma ("A media analyst at USC, Gatov
# noted": nsubj; "An Ethiopian exile, Dawit Bekele said": dep).
FRONTED_DESCRIPTION_DEPS = frozenset({"nsubj", "nsubjpass", "dep"})
# Longest description read, in tokens: longer subtrees are clauses, not descriptions.
MAX_DESCRIPTION_TOKENS = 30


def _subtree_span(token: Token, exclude: Span | None = None) -> Span | None:
    """The token's subtree as a span, cut before ``exclude`` (the name itself) when it lies inside."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    if exclude is not None and start <= exclude.start < end:
        if token.i < exclude.start:
            end = exclude.start
        else:
            start = exclude.end
    while start < end and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if end <= start or end - start > MAX_DESCRIPTION_TOKENS:
        return None
    return doc[start:end]


def _in_the_past(verb: Token) -> bool:
    """"who previously worked for the U.N.": a former affiliation, not the person's own now."""
    return any(child.dep_ == "advmod" and child.lower_ in PAST_ADVERBS for child in verb.children)


def _affiliation_objects(head: Token) -> Iterator[Span]:
    """The objects of ``head``'s affiliation prepositions ("vice chair of the World Uyghur Congress"); a friend's
    ("old friend of Latvian Prime Minister Anna Berzina") is another person, no affiliation."""
    if is_friendship(head):
        return
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPOSITIONS:
            for obj in child.children:
                if obj.dep_ == "pobj" and (span := _subtree_span(obj)) is not None:
                    yield span


# The key of a document's describing phrases per name in ``Doc.user_data``: (name start, end) -> phrases.
_DESCRIPTIONS = "accord.descriptions"


def descriptions(name: Span) -> tuple[Span, ...]:
    """Describing phrases of a person named by ``name``, nearest and most telling first; read once per name
    (the person coding asks for them in up to eight steps)."""
    known = name.doc.user_data.setdefault(_DESCRIPTIONS, {})
    key = (name.start, name.end)
    if key not in known:
        known[key] = tuple(_descriptions(name))
    return known[key]


def _descriptions(name: Span) -> Iterator[Span]:
    """The describing phrases of ``descriptions``, found from the parse around the name."""
    root = name.root
    verbs = entity_words().affiliation_verbs
    for child in root.rights:
        if child.dep_ == "relcl":
            yield from _hometowns(child)  # "who went back to her home country of Peru": her own origin
        if child.dep_ == "appos" and _after_colon(child):
            continue  # "the book Zero Sum: The Arc of International Business in Russia": a subtitle, no description
        if child.dep_ == "appos" and subject_of_next_verb(child):
            continue  # "For Hillary Clinton, Britain's uprising is ...": the next verb's subject, no description
        if child.dep_ == "appos":
            # "an ethnic Uyghur living in Australia and the vice chair of the World Uyghur Congress": then each
            # coordinated description on its own, so that one naming a non-state institution can win.
            span = _subtree_span(child)
            if span is not None:
                yield span
            for conjunct in [c for c in child.children if c.dep_ == "conj"]:
                if (part := _subtree_span(conjunct)) is not None:
                    yield part
                yield from _affiliation_objects(conjunct)
        elif child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPOSITIONS:
            if child.i > 0 and child.doc[child.i - 1].lower_ in PAST_DESCRIPTION_ADVERBS:
                continue  # "Mr. Dorn, then at a Swiss bank,": a former employer
            if root.dep_ == "dobj" and child.lower_ in OBJECT_SCENE_PREPOSITIONS:
                continue  # "saw Marlow at the Vatican library": where they met, not his employer
            for obj in child.children:
                if obj.dep_ == "pobj" and (span := _subtree_span(obj)) is not None:
                    yield span
        elif child.dep_ == "relcl" and child.lemma_ == "be" and child.tag_ in PRESENT_TAGS:
            # "Mehdiyev, who is Azerbaijani, said": the predicate of a present-tense copula describes; "who is
            # originally from Peru": the "from" phrase is where the person comes from, as in "X, from Peru".
            for obj in child.children:
                if obj.dep_ in ("attr", "acomp") and (span := _subtree_span(obj)) is not None:
                    yield span
                elif obj.dep_ == "prep" and obj.lower_ == "from":
                    yield from (span for o in obj.children
                                if o.dep_ == "pobj" and (span := _subtree_span(o)) is not None)
        elif child.dep_ in ("relcl", "acl") and child.lemma_.lower() in entity_words().origin_verbs:
            yield from _origins(child)  # "who fled Somalia", "driven from Syria by the war": where the person is from
        elif child.dep_ in ("relcl", "acl") and child.lemma_.lower() in entity_words().origin_from_verbs:
            yield from _origins(child, objects=False)  # "who hails from Lima", never "who hailed Egypt"
        elif child.dep_ == "relcl" and child.lemma_.lower() in entity_words().residence_verbs:
            yield from _homes(child)  # "who lives in Kherson": where the person lives
        elif child.dep_ == "relcl" and child.lemma_.lower() in verbs and not _in_the_past(child):
            for obj in child.children:
                target = obj if obj.dep_ == "dobj" else None
                if obj.dep_ == "prep" and not is_theatre(obj):  # "served in Iraq": a theatre, not an employer
                    target = next((o for o in obj.children if o.dep_ == "pobj"), None)
                if target is not None and (span := _subtree_span(target)) is not None:
                    yield span
    if root.dep_ in ("nsubj", "nsubjpass"):
        # "A media analyst at USC's Annenberg School, Gatov noted ...": a fronted description, parsed as a
        # second subject of the same verb before the name, or as an unlabelled dependent of it ("A Somali
        # refugee, Hodan Ali said ..."); the comma stands before the whole name.
        for sibling in root.head.children:
            # The description runs up to the comma before the name: "refugees (in fact, Obama proposed" is a
            # misparse of two clauses, whose subject does not describe the name.
            if sibling.i < root.i and sibling.dep_ in FRONTED_DESCRIPTION_DEPS and sibling.pos_ == "NOUN" \
                    and name.start > 0 and root.doc[name.start - 1].text == "," \
                    and sibling.right_edge.i == name.start - 2 \
                    and (span := _subtree_span(sibling)) is not None:
                yield span
    if (root.dep_ == "dobj" or root.dep_ == "nsubjpass") and root.head.lemma_.lower() in entity_words().appointment_verbs:
        yield from _appointed_office(root.head)  # "nominated Ruiz for a term as head of the Pacific Fund"
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        # "Mahad Wasuge is the executive director of the Mogadishu-based group ...": the predicate describes.
        for child in root.head.children:
            if child.dep_ == "attr" and (span := _subtree_span(child)) is not None:
                yield span
    if root.dep_ in ("nsubj", "nsubjpass"):
        # "Haji fled Somalia", "Haji was among the first refugees to arrive, driven from Somalia by civil war",
        # "Yusuf is among thousands who fled Sudan": where the person's own clause says they come from.
        yield from _subject_origins(root.head, root.dep_ == "nsubjpass")
    if root.dep_ == "appos" and root.head.i < root.i:
        described = root.head
        if described.dep_ == "pobj" and described.pos_ == "PROPN" and described.head.dep_ == "prep":
            # "Pakistan's representative to the United Nations, Munir Akram": the parser hangs the name on
            # the institution, but a person describes the noun that governs it, not the institution.
            described = described.head.head
            if not _names_a_person(described):
                return  # "an interview with VOA's Bosnian Service, Anto Nobilo": a misparse, not a description
        span = _subtree_span(described, exclude=name)
        if span is not None:
            yield span


def _appointed_office(verb: Token) -> Iterator[Span]:
    """The office an appointment verb's "as" phrase names, on the verb or under its "for a term" phrase
    ("appointed Ruiz as head of the fund", "nominated Ruiz for a second term as president of the bank")."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    for prep in list(preps):
        if prep.lower_ == "for":  # "for a second term as ...": the "as" phrase hangs on the term
            preps += [c for o in prep.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ == "as":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (span := _subtree_span(obj)) is not None:
                    yield span


def _origins(verb: Token, objects: bool = True) -> Iterator[Span]:
    """The country a flight verb says its person left: its object ("who fled Somalia"; only with ``objects``) or
    its "from" phrase ("driven from Syria", "who fled to Kenya from Somalia"), never where they went ("who fled
    to Kenya")."""
    for child in verb.children:
        if objects and child.dep_ == "dobj" and child.pos_ == "PROPN":
            target: Token | None = child
        elif child.dep_ == "prep" and child.lower_ == "from":
            target = next((o for o in child.children if o.dep_ == "pobj"), None)
        else:
            continue
        if target is not None and (span := _subtree_span(target)) is not None:
            yield span


def _homes(verb: Token) -> Iterator[Span]:
    """The places of a residence verb's "in" phrases ("Kherson" of "who lives in Kherson")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            if (span := _subtree_span(place)) is not None:
                yield span


def subject_origins(subject: Token) -> Iterator[Span]:
    """Where a clause says its subject comes from ("Having fled Sudan, the family said", "the couple fled
    Syria"): the origins ``_subject_origins`` reads on the subject's verb; none for a word no clause's subject."""
    if subject.dep_ in ("nsubj", "nsubjpass"):
        yield from _subject_origins(subject.head, subject.dep_ == "nsubjpass")


def _subject_origins(verb: Token, passive: bool) -> Iterator[Span]:
    """Origins told of a clause's subject: the clause's own flight verb (active "fled", passive "was driven"),
    a flight participle hanging on it or on its complement ("..., driven from Somalia"), or a flight clause on
    the group a copula places the subject among ("is among thousands who fled Sudan")."""
    origin_verbs = entity_words().origin_verbs
    lemma = verb.lemma_.lower()
    if lemma in origin_verbs and (passive or lemma in ACTIVE_FLIGHT_VERBS):
        yield from _origins(verb)
    clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for clause in clauses:
        for child in clause.children:
            if child.dep_ == "advcl" and child.tag_ == "VBN" and child.lemma_.lower() in origin_verbs:
                yield from _origins(child)
    for clause in clauses:
        yield from _hometowns(clause)
    if lemma == "be":
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "among"):
            for group in (o for o in prep.children if o.dep_ == "pobj"):
                for child in group.children:
                    if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in origin_verbs:
                        yield from _origins(child)
                    elif child.dep_ in ("relcl", "acl"):
                        yield from _hometowns(child)


def _hometowns(verb: Token) -> Iterator[Span]:
    """A place a clause names as the person's own origin: by a possessive apposition ("returned to Kismayo, her
    southeastern Somali hometown": the apposition and the place), the "of" phrase of a possessed origin noun
    ("went back to his home country of Peru"), or the place a verb with no object goes "home to" ("flying home to
    Lima"; "sent the delegates home to Cairo" sends others)."""
    home = any(c.dep_ == "advmod" and c.lower_ == "home" for c in verb.children) and not has_object(verb)
    # "went back to her home country of Peru": the "to" phrase may hang on the adverb
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod")]
    for prep in (c for head in heads for c in head.children if c.dep_ == "prep"):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            if home and prep.lower_ == "to" and place.pos_ == "PROPN" and (span := _subtree_span(place)) is not None:
                yield span
            if _owned_origin_noun(place):
                for of in (c for c in place.children if c.dep_ == "prep" and c.lower_ == "of"):
                    yield from (span for o in of.children
                                if o.dep_ == "pobj" and o.pos_ == "PROPN" and (span := _subtree_span(o)) is not None)
            for appos in (a for a in place.children if a.dep_ == "appos"):
                if _owned_origin_noun(appos) and (span := _subtree_span(appos)) is not None:
                    yield span


def has_object(verb: Token) -> bool:
    """Whether a verb takes a direct object ("sent the delegates home"): its "home to" phrase is then the object's."""
    return any(c.dep_ == "dobj" for c in verb.children)


def _owned_origin_noun(token: Token) -> bool:
    """Whether a noun is an origin noun ("hometown", "home country": with its compounds) a pronoun owns ("her")."""
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        return False
    words = [c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i]
    return " ".join([*words, token.lemma_.lower()]) in entity_words().origin_nouns


def _after_colon(token: Token) -> bool:
    """Whether a phrase directly follows a colon (a work's subtitle or a quotation, not a description)."""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].text == ":"


def _names_a_person(token: Token) -> bool:
    """Whether a noun is a person's title or role ("representative", "envoy"), by the titles lexicon."""
    entry = title_entry(token.lower_) or title_entry(token.lemma_.lower())
    return entry is not None and entry.kind == "person"
