"""A role written as belonging to a body by a noun that refers back ("the group's director", "the bloc's
spokesman") is the nearest named body's, not the story's country (issue 13). Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations
from statement_support import speaker_triples as _speakers


def test_the_group_s_director_is_the_named_group_s(extract_text):
    text = ("Protests spread across Kenya on Tuesday. Kenyan police said 12 people had been arrested. Amnesty "
            "International said police used excessive force. The group's director said the killings must be "
            "investigated.")
    affiliations = _affiliations(extract_text(text))
    assert affiliations["The group's director"] == "NGO"
    assert affiliations["Kenyan police"] == "KEN"


def test_the_bloc_s_spokesman_is_the_union_of_states(extract_text):
    text = ("Iran's Foreign Ministry said the talks in Vienna had stalled. The European Union's foreign policy chief "
            "said the door remained open. Iranian officials said the West was to blame. The bloc's spokesman said "
            "talks would continue.")
    assert _affiliations(extract_text(text))["The bloc's spokesman"] == "EUR"


def test_a_bloc_noun_skips_a_body_that_is_no_union_of_states():
    from accord.records import Entity, Span, Speaker
    from accord.stages.entities.body_owners import body_owners

    text = "The European Union met. Amnesty International spoke. The bloc's spokesman said so."
    eu = Entity(id="n1", name="European Union", code="EUR", kind="organisation", mentions=[Span.of(text, 4, 22)])
    amnesty = Entity(id="n2", name="Amnesty International", code="NGO", kind="organisation",
                     mentions=[Span.of(text, 28, 49)])
    start = text.index("The bloc's")
    speaker = Speaker(text="The bloc's spokesman", start=start, end=start + 20)
    assert body_owners([speaker], {"n1": eu, "n2": amnesty}) == ["EUR"]


def test_a_bloc_speaking_as_itself_is_the_union_of_states(extract_text):
    text = ("Serbian officials said the talks had failed. Kosovo's prime minister said Belgrade was to blame. The "
            "European Union's top diplomat said both must compromise. Serbian police said the border was calm. The "
            "27-nation bloc said in a statement that it regretted the outcome.")
    assert _affiliations(extract_text(text))["The 27-nation bloc"] == "EUR"


def test_the_bank_s_staff_belong_to_the_named_bank_not_the_story_s_country(extract_text):
    text = ("Flooding hit Laos for a third week. The Asian Development Bank approved an emergency loan to Laos on "
            "Friday. The bank's vice president said the money would rebuild bridges. The bank's board said it would "
            "review the loan in March, and it added that farmers would be paid first.")
    affiliations = _affiliations(extract_text(text))
    assert affiliations["The bank's vice president"] == "IGO"
    assert affiliations["The bank's board"] == "IGO"
    assert affiliations["it"] == "IGO"  # the board again, by its pronoun


def test_a_named_body_noun_skips_a_nearer_body_of_another_kind():
    from accord.records import Entity, Span, Speaker
    from accord.stages.entities.body_owners import body_owners

    text = "The World Bank met. Amnesty International spoke. The bank's president said so."
    bank = Entity(id="n1", name="World Bank", code="IGO", kind="organisation", mentions=[Span.of(text, 4, 14)])
    amnesty = Entity(id="n2", name="Amnesty International", code="NGO", kind="organisation",
                     mentions=[Span.of(text, 20, 41)])
    start = text.index("The bank's")
    speaker = Speaker(text="The bank's president", start=start, end=start + 20)
    assert body_owners([speaker], {"n1": bank, "n2": amnesty}) == ["IGO"]
    group = Speaker(text="The group's president", start=start, end=start + 21)
    assert body_owners([group], {"n1": bank, "n2": amnesty}) == ["NGO"]  # any body: the nearest


def test_the_airline_is_the_carrier_named_before(extract_text):
    text = ("Nordic Airways cancelled 40 flights on Monday as pilots walked out. The airline said the strike would "
            "cost it millions.")
    record = extract_text(text)
    names = {s.speaker.text: s.speaker.name for s in record.statements if s.speaker}
    assert names["The airline"] == "Nordic Airways"


def test_the_airline_is_not_an_air_force_named_before(extract_text):
    text = ("The U.S. Air Force grounded its tanker fleet on Monday after a fuel leak. The airline said on Tuesday "
            "it would cancel dozens of flights.")
    record = extract_text(text)
    names = {s.speaker.text: s.speaker.name for s in record.statements if s.speaker}
    assert names["The airline"] != "Air Force", names


def test_the_company_is_the_business_last_named_and_where_it_is(extract_text):
    # Egypt leads the story; the engineer's employer, unknown to the lexicon, sits in Belgium.
    text = ("Egypt mourned the victims on Friday. Egyptian officials said the plane fell into the sea near "
            "Alexandria. Cairo opened an inquiry. Marc Dubois, an engineer, led a team at Norvel Shipping "
            "Services in Belgium. The company said the engineer had boarded the doomed jet. He ran its Antwerp "
            "office with care, the firm added.")
    speakers = _speakers(extract_text(text))
    assert ("The company", "Norvel Shipping Services", "BEL") in speakers
    assert ("the firm", "Norvel Shipping Services", "BEL") in speakers


def test_the_company_passes_over_a_place_but_not_over_another_body(extract_text):
    # A country named between the carmaker and "the company" is no other body; a ministry that spoke in between
    # may be what the paragraph turned to, so the noun stays unnamed there.
    text = ("Brazil raised tariffs on Monday. Volkswagen said its plant near Sao Paulo would shut because of "
            "Brazil's tariffs. The company said 900 workers would lose their jobs.")
    assert [name for text_, name, _ in _speakers(extract_text(text)) if text_ == "The company"] == ["Volkswagen"]
    text = ("Brazil raised tariffs on Monday. Volkswagen said its plant near Sao Paulo would shut. Brazil's Finance "
            "Ministry said the tariffs were needed. The company said 900 workers would lose their jobs.")
    assert [name for text_, name, _ in _speakers(extract_text(text)) if text_ == "The company"] == ["company"]
