"""People across articles (issue 15): spellings of one person are one entity, on both backends;
two people of one family name stay apart; a one-word "organisation" that is a stored person's
family name is that person."""

from __future__ import annotations

import sqlalchemy as sa
from store_support import build_record, entity_of, names

from accord.store import ingest_records


def person_article(record_id: str, name: str, mention: str, code: str | None = None, kind: str = "person"):
    """An article naming one entity ``name`` (of ``kind``), mentioned as ``mention``."""
    text = f"{mention} spoke to reporters after the meeting, wire {record_id} reported."
    return build_record(text, record_id=record_id, url=f"https://news.example/{record_id}",
                        people={name: (kind, code, [mention])})


def test_transliterations_particles_and_a_surname_are_one_person(store):
    ingest_records([person_article("a", "Karim Al-Haddadi", "Karim Al-Haddadi", "OMN"),
                    person_article("b", "Karim Alhaddadi", "Karim Alhaddadi"),
                    person_article("c", "Haddadi", "Haddadi"),
                    person_article("d", "Karim bin Salim al-Haddadi", "Karim bin Salim al-Haddadi", "OMN")], db=store)
    found = entity_of(store)
    assert len(set(found.values())) == 1
    assert names(store)[found["a"]] == "Karim bin Salim al-Haddadi"  # the fullest name shown


def test_two_people_of_one_family_name_stay_apart(store):
    ingest_records([person_article("a", "Joseph Marlow", "Joseph Marlow", "USA"),
                    person_article("b", "Hunter Marlow", "Hunter Marlow", "USA"),
                    person_article("c", "Marlow", "Marlow")], db=store)
    found = entity_of(store)
    assert len({found["a"], found["b"], found["c"]}) == 3  # a bare surname of two people is neither


def test_another_actor_code_is_another_person(store):
    ingest_records([person_article("a", "Ali Rezaei", "Ali Rezaei", "IRN"),
                    person_article("b", "Ali Rezaie", "Ali Rezaie", "IRQ")], db=store)
    found = entity_of(store)
    assert found["a"] != found["b"]


def test_a_patronymic_chain_meets_its_longer_form(store):
    ingest_records([person_article("a", "Faisal bin Nasser", "Faisal bin Nasser"),
                    person_article("b", "Faisal bin Nasser Al Thaqib", "Faisal bin Nasser Al Thaqib")], db=store)
    found = entity_of(store)
    assert found["a"] == found["b"]


def test_one_word_organisation_that_is_a_stored_persons_family_name_is_that_person(store):
    ingest_records([person_article("a", "Karim Al-Haddadi", "Karim Al-Haddadi", "OMN"),
                    person_article("b", "al-Haddadi", "al-Haddadi", kind="organisation"),
                    person_article("c", "Veridian", "Veridian", kind="organisation")], db=store)
    found = entity_of(store)
    assert found["a"] == found["b"] != found["c"]
    with store.engine.connect() as connection:
        kind = connection.execute(sa.text("SELECT kind FROM entities WHERE id = :id"), {"id": found["c"]}).scalar_one()
    assert kind == "organisation"


def test_two_spellings_in_one_new_article_are_one_person(store):
    text = "Karim Alhaddadi met reporters; Karim bin Salim al-Haddadi said the talks were useful, wire x reported."
    record = build_record(text, record_id="x", url="https://news.example/x",
                          people={"Karim Alhaddadi": ("person", None, ["Karim Alhaddadi"]),
                                  "Karim bin Salim al-Haddadi": ("person", "OMN", ["Karim bin Salim al-Haddadi"])})
    ingest_records([record], db=store)
    with store.engine.connect() as connection:
        ids = connection.execute(sa.text("SELECT DISTINCT entity_id FROM mentions")).scalars().all()
    assert len(ids) == 1
