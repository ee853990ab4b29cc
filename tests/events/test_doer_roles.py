"""Who did an act, not who is told of it: a city naming where a material act happened, an onlooker who recalls or
condemns it, a vehicle that did it through its driver, and "they" after parties joined as one subject (issue 14:
the wrong role read as the doer)."""

from __future__ import annotations

from tests.events.event_support import doers_of, events_of

HOME = (
    "Ministers weigh new rules for ports\n\n"
    "OSLO — Ministers in Oslo on Monday debated a bill to raise spending on port security. "
    "The ministers argued over the cost for hours.\n\n"
)


def test_a_city_naming_where_an_attack_happened_is_not_its_doer(extract_text):
    events = events_of(extract_text, HOME + "Ms. Berg described the Brussels bombings as cowardly.")
    assert doers_of(events, "bombings") == [("", "BEL")]


def test_a_city_before_an_attack_noun_codes_its_unnamed_doer_by_the_citys_country(extract_text):
    events = events_of(extract_text, HOME + "The Madrid attacks shocked the harbour towns.")
    assert doers_of(events, "attacks") == [("", "ESP")]


def test_a_country_before_an_attack_noun_still_names_its_doer(extract_text):
    events = events_of(extract_text, HOME + "The Russian attacks on the port shocked the ministers.")
    assert ("", "RUS") not in doers_of(events, "attacks")


def test_who_recalls_an_attack_did_not_carry_it_out(extract_text):
    events = events_of(extract_text, HOME + "The senator recalled the bombings in Madrid.")
    assert doers_of(events, "bombings") == [("", "ESP")]


def test_who_carried_out_an_attack_is_its_doer(extract_text):
    events = events_of(extract_text, HOME + "Rebels in Colombia carried out raids on three villages.")
    assert [text for text, _ in doers_of(events, "raids")] == ["Rebels"]


def test_a_vehicle_is_not_shown_as_who_drove_into_shoppers(extract_text):
    events = events_of(extract_text, HOME + "On Thursday a lorry rammed into shoppers at a market in Lyon.")
    assert doers_of(events, "rammed into") == [("", "FRA")]


def test_they_after_two_leaders_of_two_countries_are_both(extract_text):
    text = ("Leaders talk trade\n\nWASHINGTON — Chancellor Olaf Scholz of Germany and President Emmanuel Macron of "
            "France first met in 2017 in Berlin. They met again in May in Rome.")
    events = [e for e in events_of(extract_text, text) if e.trigger.text == "met"]
    assert [(a.text, a.code) for a in events[-1].actors] == [("They", "DEU"), ("They", "FRA")]


def test_they_after_two_people_of_one_country_is_left_to_the_back_off(extract_text):
    text = ("Leaders talk trade\n\nBERLIN — Chancellor Olaf Scholz of Germany and Finance Minister Anna Weber of "
            "Germany spoke in Berlin on Monday. They rejected the plan of the opposition.")
    assert [code for _, code in doers_of(events_of(extract_text, text), "rejected")] == ["DEU"]


def test_they_reported_by_another_subject_after_two_leaders_is_not_the_leaders(extract_text):
    text = ("Leaders meet on the coast\n\nSOCHI — President Vladimir Putin and President Recep Tayyip Erdogan met in "
            "Sochi on Monday. Rebels in Idlib said they attacked a government post on Tuesday.")
    codes = [code for _, code in doers_of(events_of(extract_text, text), "attacked")]
    assert "RUS" not in codes and "TUR" not in codes
