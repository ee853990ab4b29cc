"""A foreign figure the text names without title or country takes the country of the office reference that tells
who they are ("... with Anna Kovacs because the Hungarian prime minister ..."), and their spokesman takes it too,
instead of the story's country (issue 13: the entity's own evidence before the story default). Invented sentences."""

from __future__ import annotations

from accord.article import Article
from accord.stages.base import ArticleState
from accord.stages.entities import run

STORY = ("Senator Mark Dolan said on Monday he would not meet Anna Kovacs because the Hungarian prime minister "
         "had called his trade plan reckless. Dolan, a Republican from Ohio, said the United States must stay firm. "
         "Kovacs's spokesman said on Tuesday that the prime minister had meant every word. Dolan told reporters in Ohio that the plan would pass.")


def _entities(nlp, text: str) -> dict[str, object]:
    state = ArticleState(article=Article(text=text, source="test"), doc=nlp(text))
    run(state)
    return {e.name: e for e in state.entities}


def test_an_untitled_person_takes_the_country_of_the_office_that_follows(nlp) -> None:
    entities = _entities(nlp, STORY)
    assert entities["Anna Kovacs"].code == "HUN"
    assert "the Hungarian prime minister" in [m.text for m in entities["Anna Kovacs"].mentions]
    assert "prime minister" not in entities  # "the prime minister" later is her too


def test_the_spokesman_of_a_named_person_takes_their_country(nlp) -> None:
    assert _entities(nlp, STORY)["Kovacs's spokesman"].code == "HUN"


def test_an_office_of_a_country_already_named_is_not_moved_to_the_untold_person(nlp) -> None:
    """A German already in the story may be the one meant: the reference is not chained to the untold person."""
    text = ("Chancellor Jonas Weber of Germany met Anna Kovacs in Vienna. The two spoke for an hour. "
            "The German chancellor said the talks went well.")
    entities = _entities(nlp, text)
    assert entities["Anna Kovacs"].code != "DEU"


def test_an_office_named_outside_a_subject_is_another_person(nlp) -> None:
    """"X said ... at the request of the Omani foreign minister": the minister is someone else, not X."""
    text = "Reza Karimi said late on Thursday the meeting set for Rome was delayed at the request of the Omani foreign minister."
    assert _entities(nlp, text)["Reza Karimi"].code != "OMN"
