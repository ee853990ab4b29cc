"""Positions: which negotiation issues a statement or event is about, and the statement's assessment.

The assessment is a transparent lexicon-plus-negation score that keeps its evidence words, so a user
can see why a statement is positive or negative. Knowledge lives in ``data/positions/``.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan
from spacy.vocab import Vocab

from accord.knowledge.loader import read_json, read_rows
from accord.knowledge.polarity import STANCE, polarity_rows
from accord.records import Entity, Event, Span, Statement
from accord.stages.base import ArticleState, Stage
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.mediators import mediator_codes, mediator_words

# How many country codes count as the article's principal parties (the two sides of a negotiation).
PRINCIPAL_PARTIES = 2
# Codes that name organisations, never a principal side of a bilateral conflict.
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "ISM", "IMG", "MNC"})
# How far up the dependency tree a negator may sit above an assessment word ("lack of progress":
# progress -> of -> lack is two steps).
NEGATION_HEAD_DEPTH = 2
# Dependencies by which a negator word modifies what it negates ("no progress", "never productive").
NEGATING_DEPS = frozenset({"det", "advmod", "amod"})
# How many clause heads up from an assessment word a conditional mark or modal is looked for ("if the
# talks do not yield positive results": results -> yield, whose clause is marked "if").
CONDITIONAL_CLAUSE_DEPTH = 2
# How many heads up from an assessment word a wish word is looked for ("progress" -> "ceasefire" -> "for"
# -> "hoped" in "hoped for an immediate ceasefire and progress").
WISH_DEPTH = 4
# The lexicon kind of words that assess only when said of something, not as a modifier in a name for it.
PREDICATIVE = "predicative"
# Dependencies of the argument a stance word takes a position on: its object, or the subject it is
# said of ("enrichment is non-negotiable", "the programme must be dismantled").
STANCE_ARGUMENTS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "attr"})
# Dependencies of a noun said of something ("it was a bad deal", "called the agreement a bad deal"):
# an adjective modifying it assesses, as one said of the thing itself would.
PREDICATED_DEPS = frozenset({"attr", "oprd", "acomp", "xcomp"})
# What a predicated assessment is said of: its clause's subject, or the object of "called ... a bad deal".
ASSESSED_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
# The lexicon kind of positive results ("progress", "agreement"): inside the phrase of another
# assessment word ("satisfied with the result", "optimism about an agreement"), or what it is said of
# ("the agreement is unacceptable"), they are what that word assesses, not a second assessment.
OUTCOME = "outcome"
# Event modes whose actors are the talks' mediators: a mediator's view of the talks it hosts is its
# own, not a third party's account.
MEDIATOR_MODES = frozenset({"third-party"})
# Event types whose place makes its country a host of the talks: a host's view of the talks it hosts
# ("the talks in Muscat", said Oman's foreign minister) is its own, not a third party's account.
HOSTED_TYPES = frozenset({"CONSULT"})


@dataclass(frozen=True)
class PolarMatch:
    """One assessment word or phrase found in the text, with its signed weight after negation."""

    start: int
    end: int
    weight: int
    negator: Token | None


@functools.lru_cache(maxsize=1)
def issue_taxonomy() -> dict[str, dict]:
    """Issue id -> its entry (label, phrases), from ``issues.json``."""
    return {issue["id"]: issue for issue in read_json("positions/issues.json")["issues"]}


@functools.lru_cache(maxsize=1)
def wish_cues() -> frozenset[str]:
    """Lemmas of words that voice a wish, not an assessment (``wishes.tsv``)."""
    return frozenset(row["lemma"] for row in read_rows("positions/wishes.tsv", ("lemma", "note")))


@functools.lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of the curated speech cues (``cues/verbs.tsv``): their content is said, not wished."""
    rows = read_rows("cues/verbs.tsv", ("lemma", "frames", "class"))
    return frozenset(row["lemma"] for row in rows if row["class"] == "speech")


def wished(tokens: list[Token]) -> bool:
    """Whether a phrase is what someone wishes for ("had hoped for an immediate ceasefire and progress",
    "hopes the talks will bring progress"): a wish word governs it within WISH_DEPTH heads, not across a
    coordinated clause ("hoped for X, but the talks brought no progress")."""
    token = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].root
    for _ in range(WISH_DEPTH):
        if token.head.i == token.i or token.dep_ == "parataxis" or (token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX")):
            return False
        token = token.head
        if token.lemma_.lower() in speech_verbs():
            return False  # "I want to remind you of the good ...": what is said, not what is wished
        if token.lemma_.lower() in wish_cues() or token.lower_ in wish_cues():
            return True
    return False


@functools.lru_cache(maxsize=1)
def polarity_lexicon() -> dict[str, int]:
    """Lower-cased phrase -> +1 or -1."""
    return {phrase: weight for phrase, weight, _kind in polarity_rows()}


@functools.lru_cache(maxsize=1)
def negators() -> frozenset[str]:
    return frozenset(row["phrase"] for row in read_rows("positions/negators.tsv", ("phrase",)))


@functools.lru_cache(maxsize=1)
def conditionals() -> dict[str, str]:
    """Lower-cased word -> "mark" (introduces a conditional clause) or "modal" (hypothetical auxiliary)."""
    return {row["phrase"]: row["role"] for row in read_rows("positions/conditionals.tsv", ("phrase", "role"))}


def conditional(tokens: list[Token]) -> bool:
    """Whether an assessment phrase lies in conditional or hypothetical content: a clause introduced
    by "if"/"unless", or a verb with a hypothetical modal ("could", "would"), within
    ``CONDITIONAL_CLAUSE_DEPTH`` clause heads above it. Such content is no assessment."""
    words = conditionals()
    current = tokens[-1]
    clauses = 0
    while clauses < CONDITIONAL_CLAUSE_DEPTH:
        is_root = current.head.i == current.i
        if current.pos_ in {"VERB", "AUX"} or is_root:
            clauses += 1
            for child in current.children:
                role = words.get(child.lower_)
                if (role == "mark" and child.dep_ == "mark") or (role == "modal" and child.dep_ == "aux"):
                    return True
        if is_root:
            return False
        current = current.head
    return False


@functools.lru_cache(maxsize=4)
def _matchers(vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Issue and polarity phrase matchers, built once per vocabulary."""
    from spacy.lang.en import English

    tokenizer = English(vocab=vocab).tokenizer
    issues = PhraseMatcher(vocab, attr="LOWER")
    for issue_id, issue in issue_taxonomy().items():
        issues.add(issue_id, [tokenizer(phrase) for phrase in issue["phrases"]])
    polar = PhraseMatcher(vocab, attr="LOWER")
    for phrase, weight, kind in polarity_rows():
        label = ("POS" if weight > 0 else "NEG") + {STANCE: "_STANCE", PREDICATIVE: "_PREDICATIVE",
                                                    OUTCOME: "_OUTCOME"}.get(kind, "")
        polar.add(label, [tokenizer(phrase)])
    return issues, polar


def _negating_child(token: Token, words: frozenset[str]) -> Token | None:
    """A child that negates ``token``: "not", or a negating determiner or modifier ("no progress")."""
    return next((child for child in token.children
                 if child.dep_ == "neg" or (child.dep_ in NEGATING_DEPS and child.lower_ in words)), None)


def _negative_subject(verb: Token, words: frozenset[str]) -> Token | None:
    """The clause's subject when it is a negative pronoun or a noun under a negating determiner:
    "Nobody was satisfied", "Neither side was satisfied"."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "expl"}:
            if child.lower_ in words:
                return child
            if (negator := _negating_child(child, words)) is not None and negator.dep_ != "neg":
                return negator
    return None


def _negator_of(tokens: list[Token]) -> Token | None:
    """The word that negates this phrase, if any: a ``neg``/``no`` child, or a negating head (its
    syntactic head within ``NEGATION_HEAD_DEPTH``: "lack of progress", "no reason for optimism", "not
    an important day for peace"), or a negative subject of its clause ("Nobody was satisfied")."""
    words = negators()
    for token in tokens:
        if (negator := _negating_child(token, words)) is not None:
            return negator
    inside = {token.i for token in tokens}
    head = next((token for token in tokens if token.head.i not in inside or token.head.i == token.i), tokens[-1])
    current = head
    for _ in range(NEGATION_HEAD_DEPTH):
        if current.head.i == current.i:
            break
        current = current.head
        if current.lower_ in words and current.i < head.i:
            return current
        if current.pos_ in {"VERB", "AUX"}:
            negation = next((c for c in current.children if c.dep_ == "neg"), None)
            return negation if negation is not None else _negative_subject(current, words)
        if current.pos_ in {"NOUN", "PROPN", "PRON"} and (negator := _negating_child(current, words)) is not None:
            return negator
    return None


def _noun_phrase(token: Token) -> list[Token]:
    """A noun's phrase without its clauses: its left modifiers, itself, and an "of" complement."""
    words = [*token.lefts, token]
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            words.extend(child.subtree)
    return words


def stance_on_issue(tokens: list[Token], issue_tokens: set[int]) -> bool:
    """Whether a stance word's argument (object, or the subject it is said of) names an issue."""
    head = tokens[-1]
    verb = head if head.pos_ in {"VERB", "AUX"} else head.head
    candidates = [head.head] if head.dep_ == "amod" else []
    for anchor in {head, verb}:
        candidates.extend(child for child in anchor.children if child.dep_ in STANCE_ARGUMENTS)
    return any(word.i in issue_tokens for argument in candidates for word in _noun_phrase(argument))


def attributive(token: Token) -> bool:
    """Whether an adjective modifies a noun inside its phrase ("illegal entry"), itself or as the
    conjunct of such a modifier, rather than being said of it; a noun that is itself predicated
    ("called the deal a bad deal", "it was a bad deal") carries the assessment."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"amod", "compound", "nmod"} and token.head.dep_ not in PREDICATED_DEPS


def _assessed_tokens(word: Token) -> list[Token]:
    """The words an assessment word assesses: its own phrase, and when it is said of something ("the
    agreement is unacceptable", "called the agreement a bad deal") that thing, its clause's subject or
    object."""
    tokens = list(word.subtree)
    predicate = word.head if word.dep_ == "amod" else word
    if predicate.dep_ in PREDICATED_DEPS and predicate.head.i != predicate.i:
        tokens.extend(token for child in predicate.head.children if child.dep_ in ASSESSED_ARGUMENTS
                      for token in child.subtree)
    return tokens


def find_polarity_matches(doc: Doc) -> list[PolarMatch]:
    """Every assessment phrase in the document with its weight, negation applied, sorted by start.

    A stance word counts only when what it governs names an issue (``stance_on_issue``); a phrase in
    conditional or hypothetical content, or in what someone wishes for, counts not at all (``conditional``, ``wished``); an outcome word in the
    phrase of another assessment word is what that word assesses (``OUTCOME``).
    """
    issues, polar = _matchers(doc.vocab)
    issue_tokens = {i for _id, start, end in issues(doc) for i in range(start, end)}
    found: list[PolarMatch] = []
    kinds: list[tuple[bool, TokenSpan]] = []  # per match: an outcome word?, its tokens
    taken: set[int] = set()
    # Longest phrases first so "lack of trust" wins over any word inside it.
    for match_id, start, end in sorted(polar(doc), key=lambda m: (m[1] - m[2], m[1])):
        if taken.intersection(range(start, end)):
            continue
        taken.update(range(start, end))
        label = doc.vocab.strings[match_id]
        if conditional(list(doc[start:end])):
            continue
        if wished(list(doc[start:end])) and not label.endswith("_STANCE"):
            continue  # what a party wants voiced as a stance ("wants the programme eliminated") stays its position
        if label.endswith("_STANCE") and not stance_on_issue(list(doc[start:end]), issue_tokens):
            continue
        if label.endswith("_PREDICATIVE") and attributive(doc[end - 1]):
            continue
        weight = 1 if label.startswith("POS") else -1
        negator = _negator_of(list(doc[start:end]))
        if negator is not None:
            weight = -weight
        found.append(PolarMatch(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), weight, negator))
        kinds.append((label.endswith("_OUTCOME"), doc[start:end]))
    assessed = {token.i for outcome, span in kinds if not outcome for token in _assessed_tokens(span.root)}
    found = [match for match, (outcome, span) in zip(found, kinds, strict=True)
             if not (outcome and span.root.i in assessed)]
    found.sort(key=lambda m: m.start)
    return found


def find_issue_matches(doc: Doc) -> list[tuple[int, int, str]]:
    """(start char, end char, issue id) for every issue phrase in the document, sorted by start."""
    issues, _polar = _matchers(doc.vocab)
    matches = []
    for match_id, start, end in issues(doc):
        span = doc[start:end]
        matches.append((span.start_char, span.end_char, doc.vocab.strings[match_id]))
    matches.sort()
    return matches


def _within(sorted_items: list, starts: list[int], start: int, end: int) -> list:
    """Items (sorted by start, each with .start/.end or [0]/[1]) lying inside [start, end)."""
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    out = []
    for item in sorted_items[lo:hi]:
        item_end = item.end if isinstance(item, PolarMatch) else item[1]
        if item_end <= end:
            out.append(item)
    return out


def assess(matches: list[PolarMatch], text: str) -> tuple[str, list[Span]]:
    """Polarity of a stretch of text from its assessment matches, with the evidence spans."""
    score = sum(m.weight for m in matches)
    evidence: list[Span] = []
    for match in matches:
        evidence.append(Span.of(text, match.start, match.end))
        if match.negator is not None:
            start = match.negator.idx
            evidence.append(Span.of(text, start, start + len(match.negator)))
    evidence.sort(key=lambda s: s.start)
    polarity = "positive" if score > 0 else "negative" if score < 0 else "neutral"
    return polarity, evidence


def principal_parties(
    entities: list[Entity], events: list[Event] | None = None, said_mediators: frozenset[str] = frozenset(),
) -> list[str]:
    """The article's main sides: the country codes with the most mentions, and the mediators of its
    talks (actors of its events of a ``MEDIATOR_MODES`` mode, and ``said_mediators``: the parties the
    text says mediate, "Omani-mediated talks") and their hosts (the country where its held talks took
    place), whose views are their own."""
    counts: Counter[str] = Counter()
    for entity in entities:
        if entity.code and entity.code not in NON_STATE_CODES:
            counts[entity.code] += len(entity.mentions)
    principals = [code for code, _n in counts.most_common(PRINCIPAL_PARTIES)]
    held = [event for event in events or [] if event.modality == "asserted" and not event.negated]
    mediators = {actor.code for event in held if event.mode in MEDIATOR_MODES
                 for actor in event.actors if actor.code and actor.code not in NON_STATE_CODES}
    mediators |= said_mediators
    hosts = {event.location.country for event in held if event.event in HOSTED_TYPES
             and event.location is not None and event.location.country}
    return principals + sorted((mediators | hosts) - set(principals) - NON_STATE_CODES)


def _coded_mentions(entities: list[Entity]) -> list[tuple[int, int, str]]:
    spans = [(m.start, m.end, e.code) for e in entities if e.code for m in e.mentions]
    spans.sort()
    return spans


def tag_statement(
    statement: Statement,
    text: str,
    polar: tuple[list[PolarMatch], list[int]],
    issues: tuple[list[tuple[int, int, str]], list[int]],
    coded: tuple[list[tuple[int, int, str]], list[int]],
    principals: list[str],
) -> None:
    """Write issues, polarity, evidence, party and the parties talked about onto one statement."""
    start, end = statement.content.start, statement.content.end
    statement.issues = sorted({m[2] for m in _within(issues[0], issues[1], start, end)})
    statement.polarity, statement.evidence = assess(_within(polar[0], polar[1], start, end), text)
    statement.about = sorted({m[2] for m in _within(coded[0], coded[1], start, end)})
    affiliation = statement.speaker.affiliation if statement.speaker else None
    statement.party = affiliation
    statement.third_party = bool(affiliation and principals and affiliation not in principals)


# A trigger that is a predicate adjective or noun ("non-negotiable", "a red line") says something of its
# copula's subject: the subject's issue is the event's ("enrichment is non-negotiable").
PREDICATE_DEPS = frozenset({"acomp", "attr"})
# ... and a trigger that is the subject of "be" is about what the copula says it is ("the condition is a ceasefire").
COPULA_COMPLEMENT_DEPS = frozenset({"attr", "ccomp", "acomp"})


# Children of an event's trigger that tell the act's circumstances, not what it is about.
CIRCUMSTANCE_DEPS = frozenset({"advcl"})
# Prepositions of time whose phrase is when the act happened ("After the talks, they agreed ...").
CIRCUMSTANCE_PREPOSITIONS = frozenset({"after", "before", "during", "following", "since", "until", "amid"})


def _event_phrase(head: Token) -> list[Token]:
    """The trigger head's phrase without coordinated acts ("agreed to X, and to resume talks": the second
    act is its own event) or circumstances ("After the talks, ...", "... after each side had set out ...")."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in CIRCUMSTANCE_DEPS or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            continue
        if child.dep_ == "prep" and child.lower_ in CIRCUMSTANCE_PREPOSITIONS:
            continue
        tokens.extend(child.subtree)  # deeper clauses (who ... but are undergoing ...) describe the act's parties
    return tokens


def tag_event(event: Event, doc: Doc, issues: tuple[list[tuple[int, int, str]], list[int]]) -> None:
    """Issues of an event: issue phrases in its trigger's own phrase (``_event_phrase``)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return
    head = span.root
    scope = list(span) + _event_phrase(head)
    if head.dep_ in PREDICATE_DEPS:  # "enrichment is non-negotiable": the copula's subject is what it is about
        for subject in (child for child in head.head.children if child.dep_ in SUBJECT_DEPS):
            scope += list(subject.subtree)
    if head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() == "be":  # "Washington's red line is no enrichment"
        for complement in (child for child in head.head.children if child.dep_ in COPULA_COMPLEMENT_DEPS):
            scope += list(complement.subtree)
    starts = {token.idx for token in scope}
    start = min(token.idx for token in scope)
    end = max(token.idx + len(token) for token in scope)
    event.issues = sorted({m[2] for m in _within(issues[0], issues[1], start, end) if m[0] in starts})


def run(state: ArticleState) -> None:
    """Tag the article's statements and events with issues, and statements with assessments."""
    if not state.statements and not state.events:
        return
    doc = state.doc
    polar = find_polarity_matches(doc)
    issue_matches = find_issue_matches(doc)
    coded = _coded_mentions(state.entities)
    polar_index = (polar, [m.start for m in polar])
    issue_index = (issue_matches, [m[0] for m in issue_matches])
    coded_index = (coded, [m[0] for m in coded])
    said_mediators = frozenset(mediator_codes(doc, state.entities, mediator_words()))
    principals = principal_parties(state.entities, state.events, said_mediators)
    for statement in state.statements:
        tag_statement(statement, state.text, polar_index, issue_index, coded_index, principals)
    for event in state.events:
        tag_event(event, doc, issue_index)


STAGE = Stage(
    "positions",
    run,
    reads=("doc", "entities", "statements", "events"),
    writes=(
        "statements.issues", "statements.polarity", "statements.evidence", "statements.about", "statements.party",
        "statements.third_party", "events.issues",
    ),
)
