"""A role written as belonging to a body by a noun that refers back ("the group's director", "the bloc's
spokesman") is the nearest named body's, not the story's country (issue 13). Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations


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
