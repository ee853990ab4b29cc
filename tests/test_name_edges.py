"""Names of people cut to the name: an occupation capitalised before it ("Filmmaker Jane Doe") is no part of it,
and a sentence's opening word the model read as a person ("Nationally, ...") is no person (issue 13 items 1, 5)."""

from __future__ import annotations

import pytest

from accord.article import Article
from accord.stages.base import ArticleState
from accord.stages.entities import run
from accord.stages.entities.builder import EntityDraft
from accord.stages.entities.not_names import named_parties


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


def _draft(text: str, word: str, **fields) -> EntityDraft:
    start = text.index(word)
    draft = EntityDraft(key="person:" + word.lower(), name=word, kind="person", **fields)
    draft.add(start, start + len(word), start, start + len(word), "name")
    return draft


@pytest.mark.parametrize(("text", "word"), [
    ("Nationally, about a third of voters stay home, the survey found.", "Nationally"),
    ("Meanwhile, the council said the vote would wait.", "Meanwhile"),
    ("Bare-knuckle fights were common then, the historian wrote.", "Bare"),
])
def test_sentence_opener_is_no_person(nlp, text: str, word: str) -> None:
    doc = nlp(text)
    assert named_parties(doc, text, [_draft(text, word)]) == []


@pytest.mark.parametrize(("text", "word", "fields"), [
    ("The rally ended early. Cruz said he would return in May.", "Cruz", {}),
    ("Nationally, the race is close. Meanwhile, the party said it would wait.", "Meanwhile", {"code": "USA"}),
    ("Meanwhile, the council said the vote would wait.", "Meanwhile", {"title": "mayor"}),
])
def test_surnames_and_known_people_opening_a_sentence_stay(nlp, text: str, word: str, fields: dict) -> None:
    doc = nlp(text)
    assert len(named_parties(doc, text, [_draft(text, word, **fields)])) == 1


@pytest.mark.parametrize(("text", "word"), [
    ("Politicos call this a turning point for the party.", "Politicos"),
    ("Later, Politicos were told the vote would wait until June.", "Politicos"),
])
def test_plural_noun_subject_is_a_group(nlp, text: str, word: str) -> None:
    # The verb agrees with many ("call", "were"): the capitalised word is a plural noun, many people, not one.
    doc = nlp(text)
    assert [d.kind for d in named_parties(doc, text, [_draft(text, word)])] == ["group"]


@pytest.mark.parametrize(("text", "word", "fields"), [
    ("On Monday, Jenkins calls this a turning point for the party.", "Jenkins", {}),
    ("On Monday, Jenkins and Reyes call this a turning point for the party.", "Jenkins", {}),
    ("Politicos call this a turning point for the party.", "Politicos", {"title": "senator"}),
])
def test_singular_or_coordinated_name_subject_stays(nlp, text: str, word: str, fields: dict) -> None:
    # "calls" agrees with one person; with "and Reyes" the plural verb is the pair's, not the name's.
    doc = nlp(text)
    assert [d.kind for d in named_parties(doc, text, [_draft(text, word, **fields)])] == ["person"]


def test_mojibake_given_name_keeps_the_person_whole(nlp) -> None:
    # "TomÃ¡s" is "Tomás" read back as Windows-1252: one person, named in full and spelt right, with the
    # mention's offsets still those of the text as written.
    text = ("If the party had picked a moderate, TomÃ¡s Ibarra would have campaigned for him. "
            "Instead, Mr. Ibarra says he will stay home.")
    state = ArticleState(article=Article(text=text, source="test"), doc=nlp(text))
    run(state)
    persons = [e for e in state.entities if e.kind == "person"]
    assert [p.name for p in persons] == ["Tomás Ibarra"]
    assert [m.text for m in persons[0].mentions] == ["TomÃ¡s Ibarra", "Ibarra"]
    assert all(text[m.start:m.end] == m.text for m in persons[0].mentions)
    assert not [e for e in state.entities if "Ibarra" in e.name and e.kind != "person"]


def test_mojibake_surname_read_as_a_number_stays_in_the_name(nlp) -> None:
    # "Ibáñez" encoded twice and decomposed: the tagger calls it a number, yet it is the labelled given name's
    # surname, and the person is named by it spelt right.
    written = "IbA\u0303\u0083A\u0302\u00a1A\u0303\u0083A\u0302\u00b1ez"
    text = f"Marco {written}, the party's treasurer, said the accounts were sound."
    assert _persons(nlp, text)["Marco Ibáñez"] == [f"Marco {written}"]


def test_mojibake_split_by_the_tokenizer_is_one_name(nlp) -> None:
    # A compatibility normalisation left "è" as "Ã ̈" (a space and a combining mark): still one given name.
    text = "The Belgian trade minister, HÃ©lÃ \u0308ne Dufour, said the deal would hold."
    assert _persons(nlp, text)["Hélène Dufour"] == ["HÃ©lÃ \u0308ne Dufour"]


def test_a_name_the_tagger_cut_short_joins_its_later_full_surname(nlp) -> None:
    # The tagger ended the first mention before the second surname ("Rodrigo CastaÃ±eda| Vera"); the later
    # "CastaÃ±eda Vera" is the same president, not a second person who would take another country.
    text = ("The talks with President Rodrigo CastaÃ±eda Vera were short. "
            "CastaÃ±eda Vera said trade was good.")
    persons = _persons(nlp, text)
    assert persons == {"Rodrigo Castañeda Vera": ["President Rodrigo CastaÃ±eda", "CastaÃ±eda Vera"]}
