"""Who does not belong to what a phrase names: users and watchers of an institution, outlets that only received
a document, and news outlets named by their masthead (issue 13 item 2). Invented sentences."""

from __future__ import annotations

import pytest

from accord.knowledge.actors import lookup_actor


@pytest.mark.parametrize(("phrase", "code"), [
    ("World Bank watchers", None),   # they watch the bank from outside
    ("Kremlin watchers", None),
    ("Twitter users", None),         # they use the service, they do not work for it
    ("a Twitter user", None),
    ("Chinese users", "CHN"),        # a nationality adjective stays a nationality
    ("a Russian Twitter user", "RUS"),
    ("World Bank economists", "IGO"),  # staff keep their employer
])
def test_users_and_watchers_do_not_take_what_they_use_or_watch(phrase: str, code: str | None) -> None:
    actor = lookup_actor(phrase)
    assert (actor.code if actor is not None else None) == code


def _speakers(extract_text, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {s.speaker.text: (s.speaker.name, s.speaker.affiliation) for s in extract_text(text).statements if s.speaker}


def test_a_service_user_does_not_take_the_services_country(extract_text):
    text = ('BERLIN — German police said on Tuesday that the rally in Berlin had been peaceful. "The streets were '
            'calm," a Twitter user wrote.')
    assert _speakers(extract_text, text)["a Twitter user"][1] != "USA"  # Twitter's country


def test_an_outlet_that_saw_a_document_is_not_its_author(extract_text):
    speakers = _speakers(extract_text, "The memo, seen by Reuters, said the convoy had been delayed for a week.")
    name, affiliation = speakers["The memo"]
    assert name != "Reuters" and affiliation != "GBR"
    speakers = _speakers(extract_text, "A draft obtained by The Washington Post said the plan would cost more.")
    assert all(name != "The Washington Post" for name, _ in speakers.values())


def test_a_documents_writer_is_still_its_author(extract_text):
    speakers = _speakers(extract_text, "A memo written by the Pentagon said the convoy had been delayed for a week.")
    assert speakers["A memo"] == ("Pentagon", "USA")


@pytest.mark.parametrize(("text", "speaker", "code"), [
    ("Time magazine reported that the governor would step down in May.", "Time magazine", "USA"),
    ("The New York Post reported the deal was off. The Post said the bank had walked away.", "The Post", "USA"),
    ("The South China Morning Post reported that the ferry service would resume.", "The South China Morning Post",
     "HKG"),
])
def test_a_news_outlet_named_by_its_masthead_takes_its_country(extract_text, text: str, speaker: str, code: str):
    assert _speakers(extract_text, text)[speaker][1] == code


def test_a_user_is_placed_by_the_story_but_a_watcher_is_not(extract_text):
    text = ('BEIJING — Chinese officials and Chinese state media mocked the election abroad on Friday. "It is a '
            'farce," one user wrote. Some Kremlin watchers said Moscow would stay silent.')
    speakers = _speakers(extract_text, text)
    assert speakers["one user"][1] == "CHN"          # a user of a service is placed like anyone
    assert speakers["Some Kremlin watchers"][1] is None  # watchers study it from outside


def test_a_misparsed_second_clause_does_not_describe_a_name(nlp):
    # "... Afghan evacuees (actually, X has agreed ...)": the parser makes "evacuees" a second subject of
    # "agreed"; it is no fronted description of X ("A media analyst at Y, X noted" is)
    from accord.stages.entities.descriptions import descriptions

    doc = nlp("Critics alleged that Governor Lamont intends to admit some 40,000 Afghan evacuees (actually, Lamont "
              "has agreed to resettle 500 Afghans).")
    names = [ent for ent in doc.ents if ent.text == "Lamont"]
    assert names and all("evacuees" not in phrase.text for name in names for phrase in descriptions(name))
