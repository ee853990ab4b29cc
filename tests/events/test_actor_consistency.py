"""Actor codes that stay with their party across mentions (issue 14 item 1), on invented sentences: a
dotted acronym is its undotted name, a nationality written before a person's description codes that
person's later mentions, and "whose" owners give their people their code."""

from __future__ import annotations

from accord.knowledge.actors import lookup_actor


def _actor_codes(record, event_type):
    return [[(a.text, a.code) for a in e.actors] for e in record.events if e.event == event_type]


def test_a_dotted_acronym_is_its_undotted_name():
    for dotted, code in (("C.I.A.", "USA"), ("F.B.I.", "USA"), ("the F.B.I.", "USA"), ("I.M.F.", "IGO")):
        found = lookup_actor(dotted)
        assert found is not None and found.code == code, (dotted, found)
    assert lookup_actor("N.C.") is None  # a state's abbreviation names no actor


def test_a_dotted_acronym_in_the_text_codes_its_actor(extract_text):
    text = "The rebels were armed by the C.I.A. last year, officials in Washington said."
    record = extract_text(text, published="2016-09-06")
    organisations = {e.name: e.code for e in record.entities if e.kind == "organisation"}
    assert organisations.get("Central Intelligence Agency") == "USA", organisations


def test_a_nationality_before_a_persons_description_codes_the_person(extract_text):
    text = ("Consultants from Chicago set up a fund in Kiev and invited the Russian oligarch Pavel Derkach to invest. "
            "Mr. Derkach later sued the consultants in Ukraine.")
    record = extract_text(text, published="2016-08-02")
    people = {e.name: e.code for e in record.entities if e.kind == "person"}
    assert people.get("Pavel Derkach") == "RUS", people
    suits = _actor_codes(record, "ACCUSE")
    assert suits and all(code == "RUS" for actors in suits for _, code in actors), suits


def test_a_nationality_ending_another_phrase_does_not_code_the_name_after_it(extract_text):
    # "Peruvian miners" is whom the person hires, not a description of that person
    text = ("Nobody knows how many Peruvian miners Halvorsen will hire next year. "
            "Halvorsen defended the plan in a radio interview.")
    record = extract_text(text, published="2016-08-02")
    people = {e.name: e.code for e in record.entities if e.kind == "person"}
    assert "Halvorsen" in people and people["Halvorsen"] != "PER", people


def test_a_region_before_a_persons_description_gives_no_country(extract_text):
    text = "The Latin American novelist Pedro Almagro criticized the plan in Madrid on Monday."
    record = extract_text(text, published="2016-08-02")
    people = {e.name: e.code for e in record.entities if e.kind == "person"}
    assert people.get("Pedro Almagro") != "USA", people


def test_whose_people_are_their_owners(extract_text):
    text = ("JERUSALEM — The prime minister warned that the accord puts Israel at risk from Iran, whose rulers "
            "have repeatedly called for the end of the Jewish state.")
    record = extract_text(text, published="2015-12-10")
    requests = _actor_codes(record, "REQUEST")
    assert ("whose rulers", "IRN") in [a for actors in requests for a in actors], requests


def test_a_stand_in_doer_takes_the_host_not_the_country_its_sentence_names(extract_text):
    text = ("WASHINGTON — Senator Ann Corbell and Governor Tom Reyes spoke at a rally on Monday. "
            "At the debate, while most of his rivals called for more troops to fight the militants, Reyes noted "
            "that the Syrian government was weak. Corbell said the campaign would go on in Ohio.")
    record = extract_text(text, published="2016-03-01")
    requests = _actor_codes(record, "REQUEST")
    stand_ins = [a for actors in requests for a in actors if a[0] == "most"]
    assert stand_ins and all(code != "SYR" for _, code in stand_ins), requests


def test_whoever_is_nobody_in_particular():
    from accord.nlp import load_model
    from accord.stages.events.actor_backoff import nobody_in_particular

    doc = load_model()("The president will side with whoever offers him money.")
    whoever = next(t for t in doc if t.lower_ == "whoever")
    assert nobody_in_particular(whoever)
    assert not nobody_in_particular(next(t for t in doc if t.lower_ == "president"))
