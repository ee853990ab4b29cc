"""Dependency, entity and word label sets that several stages read: one copy of each.

Labels are spaCy's English ones (ClearNLP dependencies, OntoNotes entity types).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from accord.stages.token_filters import token_array

# Pronouns that open a relative clause ("the envoy, who said ..."): they stand for the noun before them.
RELATIVE_PRONOUNS = frozenset({"that", "who", "which", "whom", "whose"})
# Entity labels of a time told: a date or a time of day ("on Tuesday", "last night").
TIME_LABELS = frozenset({"DATE", "TIME"})
# Nominal subjects, active or passive ("Russia said", "talks were held").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Subjects of an active clause, nominal or clausal ("Russia attacked", "what happened shows"): the agent;
# a passive subject is the patient and is read apart.
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# Links to another clause: a phrase's own words stop where one of these begins. A reduced participle
# ("12 people killed") is no other clause: "acl" stays with its noun.
CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "conj", "xcomp", "parataxis"})
# Clauses that modify a word (relative, participial, adverbial): cut out of an apposition's title ("..., who ...").
MODIFIER_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl"})
# Parts of speech of a word telling an act or state: a verb or an auxiliary ("is", "has").
VERB_POS = frozenset({"VERB", "AUX"})
# The Penn tag of a modal verb ("will", "would", "could"): an act told ahead or as possible.
MODAL_TAG = "MD"
# Penn tags of a present-tense verb ("says", "say"): what holds now, not a past act told.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Entity types that name places: countries and cities, other locations, buildings and venues.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels of a state or a people named as a party ("Iran", "Iranian"): accused, it is accused by others, not by
# itself (events.extraction); named in an event noun's phrase, a party of the act, no detail (events.dedupe).
STATE_ENTITY_LABELS = frozenset({"GPE", "NORP"})
# Entity types of places on a map (countries, cities, regions), without buildings and venues.
GEO_LABELS = frozenset({"GPE", "LOC"})


# The key of a document's entity index in ``Doc.user_data`` (the parse's entities never change after it).
_ENTITY_INDEX = "accord.entity_index"


def _entity_index(doc: Doc) -> tuple[list[int], tuple[Span, ...]]:
    index = doc.user_data.get(_ENTITY_INDEX)
    if index is None:
        ents = doc.ents  # builds a new tuple of every entity on each access
        index = doc.user_data[_ENTITY_INDEX] = ([ent.start for ent in ents], ents)
    return index


# The key of a document's joined text in ``Doc.user_data``.
_TEXT = "accord.text"


def document_text(doc: Doc) -> str:
    """The document's text, joined once per document: ``Doc.text`` re-joins every token on each access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, sliced from the document's joined text: ``Span.text`` re-joins every token of the span on
    each access, which a per-sentence test over the whole article repeats for every sentence."""
    if span.start == span.end:
        return ""
    return document_text(span.doc)[span.start_char : span.end_char]


# The key of a document's set of token texts in ``Doc.user_data``.
_TOKEN_TEXTS = "accord.token_texts"


def token_texts(doc: Doc) -> frozenset[str]:
    """Every token text of the document, built once per document: asking whether a word is written somewhere
    in the text by walking the document per candidate made that question quadratic in the article's length."""
    texts = doc.user_data.get(_TOKEN_TEXTS)
    if texts is None:
        # Each distinct word's string once, from the ORTH column (no Token object per word).
        strings = doc.vocab.strings
        texts = doc.user_data[_TOKEN_TEXTS] = frozenset(strings[h] for h in set(token_array(doc, "ORTH").tolist()))
    return texts


def document_entities(doc: Doc) -> tuple[Span, ...]:
    """The document's entities (``doc.ents``), built once per document: ``Doc.ents`` builds a new tuple of every
    entity on each access."""
    return _entity_index(doc)[1]


def entities_in(span: Span) -> list[Span]:
    """The document's entities inside ``span``, as ``span.ents`` gives them, found by bisection over one
    index per document: ``Span.ents`` and ``Doc.ents`` walk every entity of the article on each call, which
    made a per-candidate lookup quadratic in the article's length."""
    starts, ents = _entity_index(span.doc)
    found = []
    for position in range(bisect_left(starts, span.start), len(ents)):
        ent = ents[position]
        if ent.start >= span.end:
            break
        if ent.end <= span.end:
            found.append(ent)
    return found


def entity_at(doc: Doc, i: int) -> Span | None:
    """The document's entity holding token ``i``, if any (by bisection over the same index)."""
    starts, ents = _entity_index(doc)
    position = bisect_right(starts, i) - 1
    return ents[position] if position >= 0 and ents[position].end > i else None


def entity_span(token: Token) -> Span:
    """The named entity a token is in, read from the IOB tags (no scan of ``doc.ents``); the token alone when in none."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


# Links by which a word before a noun belongs to its phrase ("the Ohio senator"): climbed to the phrase's noun.
PRENOMINAL_DEPS = frozenset({"det", "amod", "compound"})


def phrase_head_at(doc: Doc, start: int) -> Token | None:
    """The noun heading the phrase whose first character is at ``start`` ("the Ohio senator" -> "senator"): its
    first token, climbed through determiners, adjectives and compounds to the noun after them; None off a token."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    head = span[0]
    while head.dep_ in PRENOMINAL_DEPS and head.head.i > head.i:
        head = head.head
    return head


def preposition_objects(token: Token, prepositions: Collection[str] | None = None) -> list[Token]:
    """Objects of the token's prepositions ("talks [in] Geneva" -> Geneva), in order; any preposition when None."""
    return [
        obj for prep in token.children if prep.dep_ == "prep" and (prepositions is None or prep.lower_ in prepositions)
        for obj in prep.children if obj.dep_ == "pobj"
    ]


# Subject dependencies: a verb with one of these children has its subject already.
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def subject_of_next_verb(appos: Token) -> bool:
    """Whether a noun parsed as apposition runs straight into a finite verb that has no subject: it is that
    verb's subject ("For X, Britain's uprising is a victory"); a true apposition is closed by punctuation."""
    doc = appos.doc
    after = appos.right_edge.i + 1
    if after >= len(doc) or doc[after].pos_ not in ("VERB", "AUX") or doc[after].tag_ in ("VBG", "VBN"):
        return False
    verb = doc[after].head if doc[after].dep_ in ("aux", "auxpass") else doc[after]
    return not any(child.dep_ in CLAUSE_SUBJECT_DEPS for child in verb.children)


# Links of a noun the parser made the head of its clause when it found no verb for it ("Talks ... over the
# programme ended on Sunday, officials said": "talks" as the complement of "said").
CLAUSE_NOUN_DEPS = frozenset({"ROOT", "ccomp"})


def _second_subject(noun: Token) -> bool:
    """Whether a subject shares its verb with another subject (the parser gave "said" both "talks" and
    "officials" in "Talks ... ended on Sunday, officials said"): a clause of its own whose verb it missed."""
    return noun.dep_ in SUBJECT_DEPS and any(c.dep_ in SUBJECT_DEPS and c.i != noun.i for c in noun.head.children)


def misparsed_predicate(verb: Token) -> Token | None:
    """The noun whose clause a verb is the predicate of when the parser hung that verb on a noun of the
    subject's own phrase, else None: a subjectless past tense as a noun's modifier ("Talks ... over the
    programme ended on Sunday", "ended" under "programme"), below a noun heading its clause with no verb
    of its own (a clause's head, or a second subject of another's verb: ``_second_subject``); a participle ("people deported under the last government", even tagged as a past tense)
    hangs on a phrase whose clause has its verb."""
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for ancestor in verb.ancestors:
        if ancestor.pos_ in ("NOUN", "PROPN") and (ancestor.dep_ in CLAUSE_NOUN_DEPS or _second_subject(ancestor)):
            return ancestor
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ != "acl":
            return None
    return None
