"""Pure scoring of predicted statements and events against gold, per ``shared/gold/FORMAT.md``.

Everything here works on small plain records (character ranges, codes, names), so the rules can be
tested on hand-built examples without spaCy. Figures are micro-averaged by summing counts.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Self

# A possibly discontinuous stretch of text: sorted, non-overlapping (start, end) character ranges.
Ranges = tuple[tuple[int, int], ...]

# A gold statement is found when a prediction covers at least this share of its characters, and a
# prediction is correct when at least this share of it lies inside one gold content (FORMAT.md).
MIN_COVERED_SHARE = 0.5


def as_ranges(pairs: Iterable[Sequence[int]]) -> Ranges:
    """Sorted, merged, non-empty ranges from any iterable of (start, end) pairs."""
    merged: list[list[int]] = []
    for start, end in sorted((int(p[0]), int(p[1])) for p in pairs):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def length(ranges: Ranges) -> int:
    """Number of characters in ``ranges``."""
    return sum(end - start for start, end in ranges)


def overlap(a: Ranges, b: Ranges) -> int:
    """Number of characters shared by ``a`` and ``b`` (both sorted and merged): a linear sweep."""
    shared, i, j = 0, 0, 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if end > start:
            shared += end - start
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    return shared


def contains(outer: Ranges, inner: Ranges) -> bool:
    """True when every character of ``inner`` lies in ``outer`` (an empty ``inner`` is not contained)."""
    return bool(inner) and overlap(outer, inner) == length(inner)


def ratio(part: int, whole: int) -> float:
    """``part / whole``, 0.0 when there is nothing to divide by (a conservative figure for gates)."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall, 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}\u2018\u2019\u201c\u201d\u2013\u2014]")
_LEADING_THE = re.compile(r"^the\s+")


def normalise_name(name: str | None) -> str:
    """A speaker name for comparison: case, punctuation, spacing and a leading "the" ignored."""
    if not name:
        return ""
    lowered = _PUNCTUATION.sub(" ", name.casefold())
    return _LEADING_THE.sub("", " ".join(lowered.split()))


# --- statements -------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldStatement:
    """A gold statement or attribution: content ranges and, where annotated, its speaker."""

    content: Ranges
    source: Ranges = ()
    name: str | None = None
    affiliation: str | None = None
    # False when the gold set does not annotate names/affiliations (PolNeAR): not scored.
    has_identity: bool = True


@dataclass(frozen=True)
class PredictedStatement:
    """A predicted statement reduced to what is scored."""

    content: Ranges
    speaker: Ranges = ()
    name: str | None = None
    affiliation: str | None = None
    cue: Ranges = ()


class _Counts:
    """Integer counters (dataclass fields) that add up: an article's into its set's."""

    def add(self, other: Self) -> None:
        """Sum ``other``'s counts into these."""
        for counter in fields(self):  # type: ignore[arg-type]  # subclasses are dataclasses
            setattr(self, counter.name, getattr(self, counter.name) + getattr(other, counter.name))


@dataclass
class StatementCounts(_Counts):
    """Summed statement counts over articles; the figures are properties."""

    gold: int = 0
    predicted: int = 0
    found: int = 0
    # Of ``found``: gold attributions found only by the parts of a quote split around one cue, joined.
    found_by_joined_parts: int = 0
    correct: int = 0
    names_scored: int = 0
    names_right: int = 0
    affiliations_scored: int = 0
    affiliations_right: int = 0
    speaker_spans_scored: int = 0
    speaker_spans_right: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.correct, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def name_accuracy(self) -> float:
        return ratio(self.names_right, self.names_scored)

    @property
    def affiliation_accuracy(self) -> float:
        return ratio(self.affiliations_right, self.affiliations_scored)

    @property
    def speaker_span_accuracy(self) -> float:
        return ratio(self.speaker_spans_right, self.speaker_spans_scored)


@dataclass(frozen=True)
class SpeakerVerdict:
    """Whether a found statement's speaker is right; None where the gold does not annotate it."""

    name: bool | None
    affiliation: bool | None
    span: bool

    @property
    def all_right(self) -> bool:
        return self.name is not False and self.affiliation is not False and self.span


@dataclass
class StatementMatch:
    """The result of matching one article's statements: pairs and per-side outcomes."""

    pairs: list[tuple[int, int]] = field(default_factory=list)  # (gold index, predicted index)
    correct: set[int] = field(default_factory=set)  # predicted indices inside some gold content
    # Gold index -> every predicted part of a split quote that found it together (its pair holds the first).
    joined: dict[int, tuple[int, ...]] = field(default_factory=dict)
    counts: StatementCounts = field(default_factory=StatementCounts)
    verdicts: list[SpeakerVerdict] = field(default_factory=list)  # aligned with ``pairs``

    @property
    def found(self) -> set[int]:
        return {gold for gold, _ in self.pairs}

    @property
    def matched_predictions(self) -> set[int]:
        """Every predicted index that found a gold statement, alone or as a joined part."""
        return {p for _, p in self.pairs} | {p for parts in self.joined.values() for p in parts}


def match_contents(gold: Sequence[Ranges], predicted: Sequence[Ranges]) -> list[tuple[int, int]]:
    """One-to-one (gold, predicted) pairs where the prediction covers >= half the gold, best overlap first."""
    candidates: list[tuple[int, float, int, int]] = []
    for g, gold_ranges in enumerate(gold):
        gold_length = length(gold_ranges)
        if not gold_length:
            continue
        for p, predicted_ranges in enumerate(predicted):
            covered = overlap(gold_ranges, predicted_ranges)
            if covered and covered >= MIN_COVERED_SHARE * gold_length:
                candidates.append((covered, covered / gold_length, g, p))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2], c[3]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, g, p in candidates:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def join_split_parts(
    gold: Sequence[Ranges], predicted: Sequence[PredictedStatement], pairs: Sequence[tuple[int, int]]
) -> dict[int, tuple[int, ...]]:
    """Gold contents left unfound that the parts of one split quote cover together: gold -> parts.

    PolNeAR makes "“A,” she said, “B.”" one attribution with two content ranges; accord makes two
    statements sharing the cue and the speaker, as the accord gold does. Read back into PolNeAR's
    terms, the statements sharing one cue and speaker are one attribution whose content is their
    union. Only parts that each lie at least half inside this gold content join (a wrong statement
    never helps), only unmatched ones (a part counts once), and the union must cover half the gold
    like any prediction; statements with no cue or different cues or speakers never join.
    """
    used = {p for _, p in pairs}
    found = {g for g, _ in pairs}
    joined: dict[int, tuple[int, ...]] = {}
    for g, gold_ranges in enumerate(gold):
        gold_length = length(gold_ranges)
        if g in found or not gold_length:
            continue
        groups: dict[tuple[Ranges, Ranges], list[int]] = {}
        for p, prediction in enumerate(predicted):
            if p in used or not prediction.cue or not length(prediction.content):
                continue
            if overlap(prediction.content, gold_ranges) >= MIN_COVERED_SHARE * length(prediction.content):
                groups.setdefault((prediction.cue, prediction.speaker), []).append(p)
        best: tuple[int, tuple[int, ...]] | None = None
        for parts in groups.values():
            if len(parts) < 2:
                continue
            covered = overlap(gold_ranges, as_ranges(r for p in parts for r in predicted[p].content))
            if covered >= MIN_COVERED_SHARE * gold_length and (best is None or covered > best[0]):
                best = (covered, tuple(parts))
        if best is not None:
            joined[g] = best[1]
            used.update(best[1])
    return joined


def inside_some_gold(predicted: Ranges, gold: Sequence[Ranges]) -> bool:
    """True when at least half of ``predicted`` lies inside one gold content."""
    predicted_length = length(predicted)
    if not predicted_length:
        return False
    return any(overlap(predicted, g) >= MIN_COVERED_SHARE * predicted_length for g in gold)


def judge_speaker(gold: GoldStatement, prediction: PredictedStatement) -> SpeakerVerdict:
    """Name (normalised), affiliation code and speaker-span overlap of a matched pair."""
    name = affiliation = None
    if gold.has_identity:
        if gold.name:
            name = normalise_name(prediction.name) == normalise_name(gold.name)
        affiliation = (prediction.affiliation or None) == (gold.affiliation or None)
    # Literal reading of the dev-set rule: right only when the spans overlap, so a found attribution
    # without an annotated source always counts as wrong (a conservative figure).
    span = bool(overlap(gold.source, prediction.speaker))
    return SpeakerVerdict(name=name, affiliation=affiliation, span=span)


def score_statements(
    gold: Sequence[GoldStatement], predicted: Sequence[PredictedStatement], join_split_quotes: bool = False
) -> StatementMatch:
    """Match and count one article's statements (FORMAT.md and dev-sets/README.md rules).

    ``join_split_quotes`` is for gold that makes a quote split around its cue one attribution
    (PolNeAR): see ``join_split_parts``. Precision stays per predicted statement either way.
    """
    gold_contents = [g.content for g in gold]
    pairs = match_contents(gold_contents, [p.content for p in predicted])
    joined = join_split_parts(gold_contents, predicted, pairs) if join_split_quotes else {}
    pairs = sorted([*pairs, *((g, parts[0]) for g, parts in joined.items())])
    correct = {i for i, p in enumerate(predicted) if inside_some_gold(p.content, gold_contents)}
    counts = StatementCounts(
        gold=len(gold), predicted=len(predicted), found=len(pairs), found_by_joined_parts=len(joined),
        correct=len(correct),
    )
    verdicts = [judge_speaker(gold[g], predicted[p]) for g, p in pairs]
    for verdict in verdicts:
        counts.names_scored += verdict.name is not None
        counts.names_right += verdict.name is True
        counts.affiliations_scored += verdict.affiliation is not None
        counts.affiliations_right += verdict.affiliation is True
        counts.speaker_spans_scored += 1
        counts.speaker_spans_right += verdict.span
    return StatementMatch(pairs=pairs, correct=correct, counts=counts, verdicts=verdicts, joined=joined)


# --- events -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEvent:
    """A gold PLOVER event: accepted types (type + alternatives), actors, trigger, date."""

    types: frozenset[str]
    actors: frozenset[str]
    trigger: Ranges
    negated: bool = False
    date: str | None = None
    optional: bool = False
    # asserted, future, hypothetical, demanded, denied, historical; None where the gold does not say.
    modality: str | None = None
    # where it happened: (name, alpha-3 country), None where the gold gives no place.
    location: tuple[str, str | None] | None = None


@dataclass(frozen=True)
class PredictedEvent:
    """A predicted event reduced to what is scored; ``date`` is None when absent or unresolved."""

    type: str
    actors: frozenset[str]
    trigger: Ranges
    sentence: Ranges = ()
    negated: bool = False
    date: str | None = None
    modality: str = "asserted"
    # where it happened: (gazetteer name, alpha-3 country, the text it was read from), None where not found.
    location: tuple[str, str | None, str] | None = None


class DetectionFigures:
    """Precision, recall and F1 of counts with ``found``, ``false_positives`` and ``required`` fields."""

    found: int
    false_positives: int
    required: int

    @property
    def precision(self) -> float:
        return ratio(self.found, self.found + self.false_positives)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.required)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


@dataclass
class EventCounts(_Counts, DetectionFigures):
    """Summed event counts over articles; the figures are properties."""

    required: int = 0
    predicted: int = 0
    found: int = 0
    false_positives: int = 0
    # Predictions that match only an optional gold event: neither rewarded nor penalised.
    optional_matches: int = 0
    dates_right: int = 0

    @property
    def date_accuracy(self) -> float:
        return ratio(self.dates_right, self.found)


@dataclass
class EventMatch:
    """One article's event matching: required pairs, neutral predictions, false positives."""

    pairs: list[tuple[int, int]] = field(default_factory=list)  # (gold index, predicted index)
    neutral: set[int] = field(default_factory=set)
    false_positives: set[int] = field(default_factory=set)
    counts: EventCounts = field(default_factory=EventCounts)
    dates_right: list[bool] = field(default_factory=list)  # aligned with ``pairs``


def event_matches(gold: GoldEvent, predicted: PredictedEvent) -> bool:
    """FORMAT.md: same type or an alternative, same negation, a shared actor code, trigger covered."""
    return (
        predicted.type in gold.types
        and predicted.negated == gold.negated
        and bool(predicted.actors & gold.actors)
        and (contains(predicted.trigger, gold.trigger) or contains(predicted.sentence, gold.trigger))
    )


def _maximum_matching(edges: dict[int, list[int]]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths): gold index -> predicted index.

    Events per article are few, so the simple algorithm is ample; each gold's candidates are tried
    in the given order (trigger-level matches first).
    """
    owner: dict[int, int] = {}  # predicted -> gold

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges.get(g, ()):
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in sorted(edges):
        augment(g, set())
    return {g: p for p, g in owner.items()}


def score_events(gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent]) -> EventMatch:
    """Match one article's events one-to-one against the required gold events and count them.

    A prediction left over that matches an optional gold event is neutral; any other leftover
    (including a duplicate of an already matched required event) is a false positive.
    """
    edges: dict[int, list[int]] = {}
    for g, gold_event in enumerate(gold):
        if gold_event.optional:
            continue
        candidates = [p for p, event in enumerate(predicted) if event_matches(gold_event, event)]
        # Prefer predictions whose own trigger covers the gold trigger over sentence-level ones.
        candidates.sort(key=lambda p: (not contains(predicted[p].trigger, gold_event.trigger), p))
        edges[g] = candidates
    matching = _maximum_matching(edges)
    pairs = sorted(matching.items())
    matched_predictions = set(matching.values())
    optional_gold = [g for g in gold if g.optional]
    neutral: set[int] = set()
    false_positives: set[int] = set()
    for p, event in enumerate(predicted):
        if p in matched_predictions:
            continue
        if any(event_matches(g, event) for g in optional_gold):
            neutral.add(p)
        else:
            false_positives.add(p)
    dates_right = [(gold[g].date or None) == (predicted[p].date or None) for g, p in pairs]
    counts = EventCounts(
        required=sum(1 for g in gold if not g.optional),
        predicted=len(predicted),
        found=len(pairs),
        false_positives=len(false_positives),
        optional_matches=len(neutral),
        dates_right=sum(dates_right),
    )
    return EventMatch(
        pairs=pairs, neutral=neutral, false_positives=false_positives, counts=counts, dates_right=dates_right
    )
