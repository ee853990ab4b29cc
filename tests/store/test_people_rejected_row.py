"""A stored person whose identity a new person shares but whom ``one_person`` rejects (another trade, another
country) is someone else: the new person gets a row of its own, keyed apart, in either order (review1 item 3)."""

from __future__ import annotations

import sqlalchemy as sa
from store_support import entity_of
from test_people_across_articles import article

from accord.store import ingest_records


def test_a_family_name_alone_in_two_trades_is_two_people_in_either_order(store):
    ingest_records([article("a", "Quillon", "Quillon", None, "BUS"),  # a baker of that family name
                    article("b", "Quillon", "Minister Quillon", None, "GOV"),
                    article("c", "Pellarin", "Minister Pellarin", None, "GOV"),
                    article("d", "Pellarin", "Pellarin", None, "BUS")], db=store)
    found = entity_of(store)
    assert found["a"] != found["b"]
    assert found["c"] != found["d"]
    ingest_records([article("e", "Quillon", "Minister Quillon", None, "GOV"),
                    article("f", "Quillon", "the baker Quillon", None, "BUS"),
                    article("g", "Pellarin", "the baker Pellarin", None, "BUS"),
                    article("h", "Pellarin", "Minister Pellarin", None, "GOV")], db=store)
    found = entity_of(store)
    assert found["e"] == found["b"] and found["f"] == found["a"]
    assert found["g"] == found["d"] and found["h"] == found["c"]


def test_one_full_name_coded_by_two_countries_stays_one_person(store):
    # An envoy's code follows the context of each article (the country he negotiates in): his full name keeps him one.
    ingest_records([article("a", "Aldo Ferrant", "Aldo Ferrant", "ITA", "GOV"),
                    article("b", "Aldo Ferrant", "Aldo Ferrant", "CHL", "GOV"),
                    article("c", "Aldo Ferrant", "Aldo Ferrant", "CHL", "GOV")], db=store)
    found = entity_of(store)
    assert found["a"] == found["b"] == found["c"]


def test_a_row_keyed_by_an_older_version_joins_no_one_of_another_trade(store):
    # Older versions keyed a nickname under the formal given name: a senator "Tim Wexley" as "timothy veksley".
    with store.engine.begin() as connection:
        connection.execute(sa.text(
            "INSERT INTO entities (identity, name, norm_name, code, kind, sector, family) "
            "VALUES ('person:timothy veksley', 'Tim Wexley', 'tim wexley', 'USA', 'person', 'LEG', 'veksley')"))
        senator = connection.execute(sa.text("SELECT id FROM entities")).scalar_one()
    ingest_records([article("a", "Timothy Wexley", "the farmer Timothy Wexley", None, "AGR"),
                    article("b", "Tim Wexley", "Senator Tim Wexley", "USA", "LEG")], db=store)
    found = entity_of(store)
    assert found["a"] != senator
