"""Event figures on whole articles: found by place and type; type, actor and date scored apart."""

from accord.evaluate.event_figures import score_event_figures
from accord.evaluate.scoring import GoldEvent, PredictedEvent


def gold(types: set[str], trigger: tuple[int, int], actors: set[str] = frozenset(), **kw) -> GoldEvent:
    return GoldEvent(types=frozenset(types), actors=frozenset(actors), trigger=(trigger,), **kw)


def predicted(kind: str, trigger: tuple[int, int], sentence: tuple[int, int] | None = None, actors: set[str] = frozenset(), **kw) -> PredictedEvent:
    return PredictedEvent(type=kind, actors=frozenset(actors), trigger=(trigger,), sentence=(sentence,) if sentence else (), **kw)


def test_found_without_actor_code_but_actor_figure_counts_it_wrong() -> None:
    counts = score_event_figures([gold({"AGREE"}, (10, 16), {"RUS"})], [predicted("AGREE", (10, 16))])
    assert (counts.found, counts.false_positives) == (1, 0)
    assert counts.actor_accuracy == 0.0 and counts.f1 == 1.0


def test_wrong_type_at_the_place_is_located_not_found() -> None:
    counts = score_event_figures([gold({"REQUEST"}, (10, 16))], [predicted("THREATEN", (10, 16))])
    assert (counts.found, counts.located, counts.typed, counts.false_positives) == (0, 1, 0, 1)


def test_repeated_output_of_one_event_is_a_false_positive() -> None:
    counts = score_event_figures(
        [gold({"SANCTION"}, (10, 16))],
        [predicted("SANCTION", (10, 16)), predicted("SANCTION", (40, 45), sentence=(0, 60))],
    )
    assert (counts.found, counts.false_positives) == (1, 1)


def test_non_asserted_predictions_are_not_output_and_optional_gold_is_neutral() -> None:
    counts = score_event_figures(
        [gold({"CONSULT"}, (10, 16), optional=True, modality="future")],
        [predicted("CONSULT", (10, 16)), predicted("ASSAULT", (30, 36), modality="hypothetical")],
    )
    assert (counts.required, counts.found, counts.false_positives) == (0, 0, 0)


def test_dates_scored_on_found_asserted_events_with_a_gold_date() -> None:
    events = [gold({"CONSULT"}, (0, 5), date="2025-05-16"), gold({"CONSULT"}, (20, 25), date="2022-03", modality="historical")]
    counts = score_event_figures(events, [predicted("CONSULT", (0, 5), date="2025-05-16"), predicted("CONSULT", (20, 25))])
    assert (counts.found, counts.dates_scored, counts.dates_right) == (2, 1, 1)


def test_negated_events_are_no_output_and_no_requirement() -> None:
    """A negated prediction is no output (timelines leave it out); a negated gold event is not required."""
    counts = score_event_figures(
        [gold({"ACCUSE"}, (10, 16), negated=True), gold({"ASSAULT"}, (40, 46))],
        [predicted("ACCUSE", (10, 16), negated=True), predicted("CONSULT", (60, 66), negated=True),
         predicted("ASSAULT", (40, 46))],
    )
    assert (counts.required, counts.found, counts.false_positives) == (1, 1, 0)


def test_places_scored_on_found_events_with_a_gold_place() -> None:
    """The place figure: a found event's place is right with the gold's country and its name as found or as
    written ("Sevilla" geocoded from "Seville"); a country given for a city is wrong, and a missing one too."""
    events = [gold({"COERCE"}, (0, 5), location=("Seville", "ESP")), gold({"CONSULT"}, (20, 25), location=("Kharkiv", "UKR")),
              gold({"ASSAULT"}, (40, 45), location=("Turkey", "TUR")), gold({"ASSAULT"}, (60, 65), location=("Sumy", "UKR")),
              gold({"ASSAULT"}, (80, 85))]
    counts = score_event_figures(events, [
        predicted("COERCE", (0, 5), location=("Sevilla", "ESP", "Seville")),
        predicted("CONSULT", (20, 25), location=("Ukraine", "UKR", "Ukraine")),
        predicted("ASSAULT", (40, 45), location=("Türkiye", "TUR", "Türkiye")),
        predicted("ASSAULT", (60, 65)),
        predicted("ASSAULT", (80, 85), location=("Sumy", "UKR", "Sumy")),
    ])
    assert (counts.found, counts.places_scored, counts.places_right) == (5, 4, 2)
