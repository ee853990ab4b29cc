"""Event figures on whole real articles (issue 14): found, type, actor and date, scored separately.

``score_events`` (FORMAT.md) finds a gold event only with its type *and* a shared actor code, so it
cannot say whether a miss is a missed event, a wrong type or a missing actor. Here an event is found
by type and place in the text alone; type, actor code and date are then figures of their own:

- found: a reported prediction whose trigger overlaps the gold trigger, or whose sentence holds it,
  with the gold type (or an alternative) and the same negation; one-to-one with the required events;
- precision: found / (found + reported predictions that match no gold event, optional included);
  a repeated output of one event is a false positive;
- type accuracy: of the gold events with a prediction at their place, the share with one of the
  right type;
- actor accuracy: of the found events whose gold has actor codes, the share sharing a code;
- dated: of the found asserted events whose gold has a date, the share with that date;
- placed: of the found events whose gold has a place, the share with that place (``same_place``).
Only reported predictions count: asserted and historical events, not negated, what timelines and counts
show (``Event.reported``); a negated gold event ("did not attack") is not required for the same reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from accord.evaluate.scoring import (
    DetectionFigures,
    GoldEvent,
    PredictedEvent,
    _Counts,
    _maximum_matching,
    contains,
    overlap,
    ratio,
)
from accord.stages.gazetteer import whole_country

# Modalities of predicted events that a timeline or count shows; the others are not scored as output.
REPORTED_MODALITIES = frozenset({"asserted", "historical"})
# Gold modalities whose date is scored (a historical event's date is background, not the news).
DATED_GOLD_MODALITIES = frozenset({None, "asserted"})


@dataclass
class EventFigureCounts(_Counts, DetectionFigures):
    """Summed counts over articles; the figures are properties."""

    required: int = 0
    found: int = 0
    false_positives: int = 0
    located: int = 0
    typed: int = 0
    actors_scored: int = 0
    actors_right: int = 0
    dates_scored: int = 0
    dates_right: int = 0
    places_scored: int = 0
    places_right: int = 0

    @property
    def type_accuracy(self) -> float:
        return ratio(self.typed, self.located)

    @property
    def actor_accuracy(self) -> float:
        return ratio(self.actors_right, self.actors_scored)

    @property
    def date_accuracy(self) -> float:
        return ratio(self.dates_right, self.dates_scored)

    @property
    def place_accuracy(self) -> float:
        return ratio(self.places_right, self.places_scored)


def at_place(gold: GoldEvent, predicted: PredictedEvent) -> bool:
    """The prediction's trigger overlaps the gold trigger, or its sentence holds it."""
    return bool(overlap(gold.trigger, predicted.trigger)) or contains(predicted.sentence, gold.trigger)


def same_event(gold: GoldEvent, predicted: PredictedEvent) -> bool:
    """At the gold event's place, with its type (or an alternative) and its negation."""
    return predicted.type in gold.types and predicted.negated == gold.negated and at_place(gold, predicted)


def _names_country(name: str, country: str | None) -> bool:
    """Whether a place name names the whole of that country ("Türkiye", "Turkey"), not a city or a region of it."""
    place = whole_country(name)
    return country is not None and place is not None and place.country == country


def same_place(gold: tuple[str, str | None], predicted: tuple[str, str | None, str] | None) -> bool:
    """The predicted place (name, country, the text it was read from) is the gold's: the same country and the
    same name as found or as written, case aside ("Seville" written, "Sevilla" in the gazetteer); two names of
    one country ("Turkey", "Türkiye") are one place. A country given for a city or a region is not that place."""
    if predicted is None or gold[1] != predicted[1]:
        return False
    if gold[0].casefold() in (predicted[0].casefold(), predicted[2].casefold()):
        return True
    return _names_country(gold[0], gold[1]) and _names_country(predicted[0], predicted[1])


def score_event_figures(gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent]) -> EventFigureCounts:
    """One article's counts: see the module docstring for each figure."""
    reported = [p for p in predicted if p.modality in REPORTED_MODALITIES and not p.negated]
    required = [g for g in gold if not g.optional and not g.negated]
    edges = {
        i: sorted(
            (j for j, p in enumerate(reported) if same_event(g, p)),
            key=lambda j: (not overlap(g.trigger, reported[j].trigger), j),
        )
        for i, g in enumerate(required)
    }
    pairs = sorted(_maximum_matching(edges).items())
    matched = {j for _, j in pairs}
    optional = [g for g in gold if g.optional or g.negated]
    counts = EventFigureCounts(required=len(required), found=len(pairs))
    counts.false_positives = sum(
        1 for j, p in enumerate(reported) if j not in matched and not any(same_event(g, p) for g in optional)
    )
    for g in required:
        placed = [p for p in reported if at_place(g, p)]
        if placed:
            counts.located += 1
            counts.typed += any(p.type in g.types for p in placed)
    for i, j in pairs:
        g, p = required[i], reported[j]
        if g.actors:
            counts.actors_scored += 1
            counts.actors_right += bool(g.actors & p.actors)
        if g.date and g.modality in DATED_GOLD_MODALITIES:
            counts.dates_scored += 1
            counts.dates_right += p.date == g.date
        if g.location is not None:
            counts.places_scored += 1
            counts.places_right += same_place(g.location, p.location)
    return counts
