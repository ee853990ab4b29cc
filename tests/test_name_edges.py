"""Names of people cut to the name: an occupation capitalised before it ("Filmmaker Jane Doe") is no part of it,
and a sentence's opening word the model read as a person ("Nationally, ...") is no person (issue 13 items 1, 5)."""

from __future__ import annotations

import pytest

from accord.article import Article
from accord.stages.base import ArticleState
from accord.stages.entities import run


def _persons(nlp, text: str) -> dict[str, list[str]]:
    state = ArticleState(article=Article(text=text, source="test"), doc=nlp(text))
    run(state)
    return {e.name: [m.text for m in e.mentions] for e in state.entities if e.kind == "person"}


@pytest.mark.parametrize(("text", "name"), [
    ("Filmmaker Jane Doe said the film was finished.", "Jane Doe"),
    ("Novelist Ann Pell told the crowd the book was done.", "Ann Pell"),
    ("Singer Dara Moss said she would sing at the rally.", "Dara Moss"),
])
def test_occupation_before_name_is_stripped(nlp, text: str, name: str) -> None:
    persons = _persons(nlp, text)
    assert name in persons, persons
    assert not any(p.split()[0] in ("Filmmaker", "Novelist", "Singer") for p in persons)


@pytest.mark.parametrize(("text", "name"), [
    ("Imran Ahmed Khan said the vote was fair.", "Imran Ahmed Khan"),
    ("Paul Singer gave money to the campaign, said Ann Lo.", "Paul Singer"),
])
def test_given_names_and_surnames_stay_whole(nlp, text: str, name: str) -> None:
    assert name in _persons(nlp, text)
