"""One entity per person across articles (issue 13), on both backends: a nickname or a family name alone joins
two articles' people only when what each article says of them agrees; a phrase naming a known person inside it
is not that person; a description with no name and no country is someone else in each article."""

from __future__ import annotations

import sqlalchemy as sa
from store_support import build_record, entity_of, names

from accord.store import ingest_records
from accord.store.identity import is_description


def article(record_id: str, name: str, mention: str, code: str | None = None, sector: str | None = None,
            kind: str = "person"):
    """An invented report naming one entity ``name`` (of ``kind``, ``code`` and ``sector``) as ``mention``."""
    text = f"{mention} spoke at the harbour festival on Sunday, bulletin {record_id} reported."
    record = build_record(text, record_id=record_id, url=f"https://bulletin.example/{record_id}",
                          people={name: (kind, code, [mention])})
    record.entities[0].sector = sector
    return record


def test_a_nickname_joins_no_two_trades_across_articles(store):
    # A lawmaker in one report, a fisherman of the formal given name in two others, in either order.
    ingest_records([article("a", "Tom Wexley", "Senator Tom Wexley", "USA", "LEG"),
                    article("b", "Thomas Wexley", "the fisherman Thomas Wexley", None, "AGR"),
                    article("c", "Thomas Wexley", "Thomas Wexley", None, "AGR")], db=store)
    found = entity_of(store)
    assert found["a"] != found["b"] == found["c"]
    ingest_records([article("d", "Tom Wexley", "Tom Wexley", "USA", "LEG")], db=store)
    assert entity_of(store)["d"] == found["a"]


def test_a_nickname_joins_when_the_descriptions_agree_or_one_is_missing(store):
    ingest_records([article("a", "Bob Hensley", "Bob Hensley", "USA", "LEG"),
                    article("b", "Robert Hensley", "Robert Hensley", "USA", "PTY"),  # the senator as a candidate
                    article("c", "Robert Hensley", "Robert Hensley")], db=store)
    found = entity_of(store)
    assert found["a"] == found["b"] == found["c"]


def test_a_family_name_alone_joins_no_person_described_otherwise(store):
    ingest_records([article("a", "Marta Quillon", "Marta Quillon", None, "GOV"),
                    article("b", "Quillon", "Quillon", None, "BUS"),  # a shopkeeper of that family name
                    article("c", "Quillon", "Minister Quillon", None, "GOV")], db=store)
    found = entity_of(store)
    assert found["a"] == found["c"] != found["b"]


def test_two_different_given_names_never_join(store):
    ingest_records([article("a", "Anton Brevik", "Anton Brevik", "NOR", "GOV"),
                    article("b", "Anders Brevik", "Anders Brevik", "NOR", "GOV")], db=store)
    found = entity_of(store)
    assert found["a"] != found["b"]


def test_a_phrase_naming_a_known_person_inside_is_not_that_person(store):
    ingest_records([article("a", "Donald Trump", "Donald Trump", "USA", "GOV"),
                    article("b", "Walter Trump", "Walter Trump"),  # another of the family name
                    article("c", "Trump’s harbour adviser", "Trump’s harbour adviser")], db=store)
    found = entity_of(store)
    assert len({found["a"], found["b"], found["c"]}) == 3
    assert names(store)[found["b"]] == "Walter Trump"


def test_an_uncoded_description_is_someone_else_in_each_article(store):
    ingest_records([article("a", "spokesman", "The spokesman"),
                    article("b", "spokesman", "A spokesman"),
                    article("c", "Norwegian fisheries minister", "the Norwegian fisheries minister", "NOR", "GOV"),
                    article("d", "Norwegian fisheries minister", "the Norwegian fisheries minister", "NOR", "GOV"),
                    article("e", "fisheries official", "a fisheries official")], db=store)
    found = entity_of(store)
    assert found["a"] != found["b"]
    assert found["c"] == found["d"]  # a country's office, held by one person at a time
    assert found["e"] not in (found["a"], found["b"])


def test_a_family_name_beside_two_people_it_may_be_joins_neither(store):
    text = "Scott Pellow met Tom Dunmore and Thomas Dunmore; Dunmore left early, bulletin x reported."
    record = build_record(text, record_id="x", url="https://bulletin.example/x",
                          people={"Tom Dunmore": ("person", None, ["Tom Dunmore"]),
                                  "Thomas Dunmore": ("person", None, ["Thomas Dunmore"]),
                                  "Dunmore": ("person", None, ["Dunmore left"])})
    ingest_records([record], db=store)
    with store.engine.connect() as connection:
        ids = connection.execute(sa.text("SELECT DISTINCT entity_id FROM mentions")).scalars().all()
    assert len(ids) == 3


def test_descriptions_have_no_capitalised_last_word():
    assert is_description("Iranian official") and is_description("the country's envoy")
    assert not is_description("Haitham bin Tariq al-Said") and not is_description("Brent Bozell III")


def test_different_middle_initials_are_two_people_of_one_family(store):
    ingest_records([article("a", "Harold K. Brant", "Harold K. Brant", "USA", "ELI"),
                    article("b", "Harold J. K. Brant", "Harold J. K. Brant", "USA", "ELI"),
                    article("c", "Harold K. Brant", "former governor Harold K. Brant", "USA", "ELI"),
                    article("d", "Harold Brant", "Harold Brant", "USA", "ELI")], db=store)
    found = entity_of(store)
    assert found["a"] == found["c"] != found["b"]
    assert found["d"] not in (found["a"], found["b"])  # no initials, beside two people it may be: neither


def test_transliterations_over_several_articles_are_one_person_in_any_order(store):
    spellings = ["Yurii Bondarenkovich", "Yuriy Bondarenkovych", "Bondarenkovych", "Yuri Bondarenkovych"]
    for turn in range(len(spellings)):
        order = spellings[turn:] + spellings[:turn]
        records = [article(f"t{turn}-{n}", name, name, "UKR" if n % 2 else None, "GOV")
                   for n, name in enumerate(order)]
        ingest_records(records, db=store)
    found = entity_of(store)
    assert len(set(found.values())) == 1
    assert len(names(store)[next(iter(found.values()))].split()) == 2  # the full name shown


def test_a_suffixed_son_is_not_his_father_across_articles(store):
    ingest_records([article("a", "Donald Trump", "Donald Trump", "USA", "GOV"),
                    article("b", "Donald Trump Jr.", "Donald Trump Jr.", "USA", "BUS"),
                    article("c", "Trump Jr.", "Trump Jr.", "USA", "BUS"),  # as a headline shortens him
                    article("d", "Joseph R. Biden Jr.", "Joseph R. Biden Jr.", "USA", "GOV"),
                    article("e", "Joe Biden", "Joe Biden", "USA", "GOV")], db=store)
    found = entity_of(store)
    assert found["a"] != found["b"] == found["c"]
    assert found["d"] == found["e"]  # the listed formal form of one president
