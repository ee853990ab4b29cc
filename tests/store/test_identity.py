"""Cross-article identity: name normalisation and the identity key of an article's entity."""

from __future__ import annotations

import pytest

from accord.knowledge.actors import lookup_actor
from accord.records import Entity
from accord.store.identity import entity_identity, normalise_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Vladimir Medinsky", "vladimir medinsky"),
        ("  Vladimir   MEDINSKY ", "vladimir medinsky"),
        ("The Kremlin", "kremlin"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("Zelensky\u2019s office", "zelensky's office"),
        ("U.N. Security Council", "u n security council"),
        ("Bosnia-Herzegovina", "bosnia-herzegovina"),
    ],
)
def test_normalise_name(name, expected):
    assert normalise_name(name) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("John Smithfield", "person", None), ("JOHN  SMITHFIELD", "person", None)),
        (("Ruritania", "country", "RUR"), ("Republic of Ruritania", "country", "RUR")),  # same code
        (("Acme Shipping Union", "organisation", None), ("the Acme Shipping Union", "organisation", None)),
    ],
)
def test_same_identity(first, second):
    one = entity_identity(Entity(id="n1", name=first[0], kind=first[1], code=first[2]))
    two = entity_identity(Entity(id="n9", name=second[0], kind=second[1], code=second[2]))
    assert one.identity == two.identity


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Georgia", "country", "GEO"), ("Georgia", "person", None)),  # a country is not a person
        (("John Smithfield", "person", None), ("Jane Smithfield", "person", None)),
    ],
)
def test_different_identity(first, second):
    one = entity_identity(Entity(id="n1", name=first[0], kind=first[1], code=first[2]))
    two = entity_identity(Entity(id="n2", name=second[0], kind=second[1], code=second[2]))
    assert one.identity != two.identity


@pytest.mark.parametrize(
    ("alias", "full", "kind"),
    [("EU", "European Union", "organisation"), ("Medinsky", "Vladimir Medinsky", "person"),
     # An honorific and the given name, as the White House names Oman's foreign minister.
     ("Said Badr", "Badr bin Hamad Al Busaidi", "person"), ("Sayyid Badr", "Badr Albusaidi", "person")],
)
def test_lexicon_aliases_meet(alias, full, kind):
    assert lookup_actor(alias) is not None, f"the lexicon does not know {alias!r}"
    one = entity_identity(Entity(id="n1", name=alias, kind=kind))
    two = entity_identity(Entity(id="n2", name=full, kind=kind))
    assert one.identity == two.identity
