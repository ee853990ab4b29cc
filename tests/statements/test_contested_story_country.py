"""The story's country in a story several countries share (issue 13): when no country clearly leads the article's
mentions (``context.contested``), an unplaced speaker takes the country leading its own paragraph
(``context.paragraph_leaders``) rather than whichever country one more mention put ahead.

Invented sentences; each case names the construction it checks.
"""

from __future__ import annotations

from accord.records import Entity, Span
from accord.stages.entities.context import contested, paragraph_leaders


def _speakers(record) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text, s.speaker.name, s.speaker.affiliation) for s in record.statements]


def _entity(text: str, name: str, code: str, *words: str) -> Entity:
    """An entity of ``code`` mentioned at each of ``words`` in ``text``."""
    mentions = [Span(text=word, start=text.index(word), end=text.index(word) + len(word)) for word in words]
    return Entity(id=f"e-{name}", name=name, kind="country", code=code, mentions=mentions)


def test_a_victim_list_of_two_countries_places_each_paragraphs_witness_by_its_paragraph(extract_text):
    # Greece and Turkey share the story; the neighbour speaks in the paragraph about the Turkish victim.
    text = ("Ferry sinks with passengers from two countries\n\n"
            "A ferry carrying passengers from Greece and Turkey sank near Lesbos on Sunday. Greek and Turkish coast "
            "guards searched the sea.\n\n"
            "Nikos Pappas, a teacher, was among the dead, Greece's education ministry said. The Greek teachers' union "
            "mourned him. \"He loved his pupils,\" a colleague said.\n\n"
            "Emre Kaya, a Turkish engineer, also died. Turkey's transport ministry confirmed his death. \"He was "
            "always kind,\" his neighbour said.\n")
    speakers = _speakers(extract_text(text))
    assert ("a colleague", "colleague", "GRC") in speakers
    assert ("his neighbour", "neighbour", "TUR") in speakers


def test_a_story_one_country_dominates_keeps_its_country_in_a_foreign_paragraph(extract_text):
    # Zimbabwe leads the story clearly; one paragraph names South Africa twice, its speaker is still the story's.
    text = ("Zimbabwe's High Court delayed the reporter's bail hearing on Monday. Police in Zimbabwe arrested him "
            "last week. Zimbabwe has jailed critics before, and Zimbabwe's ministers defended the arrest.\n\n"
            "He had worked in South Africa for years before South Africa's broadcasters hired him. Chris Tendai, "
            "who represents him, said the case was political.\n")
    assert ("Chris Tendai", "Chris Tendai", "ZWE") in _speakers(extract_text(text))


def test_counts_within_the_lead_factor_are_contested_and_a_clear_lead_is_not():
    text = "Peru and Chile met. Peru spoke. Chile spoke. Peru left."
    close = [_entity(text, "Peru", "PER", "Peru and", "Peru spoke", "Peru left"),
             _entity(text, "Chile", "CHL", "Chile met", "Chile spoke")]
    assert not contested(close)  # 3 against 2: Peru leads by half again
    even = [_entity(text, "Peru", "PER", "Peru and", "Peru spoke"), _entity(text, "Chile", "CHL", "Chile met")]
    assert not contested(even)
    tied = [_entity(text, "Peru", "PER", "Peru and"), _entity(text, "Chile", "CHL", "Chile met")]
    assert contested(tied)


def test_a_paragraph_leads_with_two_mentions_one_ahead_of_the_next():
    text = "Peru and Peru again.\nChile once.\nBolivia and Bolivia, and Chile too.\nPeru, Chile, Peru, Chile.\n"
    entities = [_entity(text, "Peru", "PER", "Peru and", "Peru again", "Peru, Chile, Peru", "Peru, Chile.\n"),
                _entity(text, "Chile", "CHL", "Chile once", "Chile too", "Chile, Peru", "Chile.\n"),
                _entity(text, "Bolivia", "BOL", "Bolivia and", "Bolivia, and")]
    spans = [(text.index(line), text.index(line) + 4) for line in ("Peru and", "Chile once", "Bolivia and", "Peru, Chile")]
    # a lone mention is no lead; two against one is; two against two is a tie
    assert paragraph_leaders(text, spans, entities) == ["PER", None, "BOL", None]


def test_countries_named_inside_quotations_do_not_lead_a_paragraph():
    text = 'Peru met Chile. "Bolivia and Bolivia must pay," an adviser said.\n'
    entities = [_entity(text, "Peru", "PER", "Peru"), _entity(text, "Chile", "CHL", "Chile"),
                _entity(text, "Bolivia", "BOL", "Bolivia and", "Bolivia must")]
    quote = (text.index("Bolivia and"), text.index(',"'))
    span = (text.index("an adviser"), text.index("an adviser") + 10)
    assert paragraph_leaders(text, [span], entities) == ["BOL"]
    assert paragraph_leaders(text, [span], entities, [quote]) == [None]
