"""Dates carried by counts, joined sides and scenes (issue 14): a count of months or years goes on from a date
the story gives only to the month or year ("In January, ... Two months later"); every side of a joined subject
that a day is told for ("Russia and Ukraine held talks on Tuesday") lends it to its officials' words told next;
and an occasion named again as going on ("As the debate wore on, ...", "In the debate's second hour, ...")
tells the occasion's day for the act of that very sentence. An act a speaker describes ("described the meeting")
keeps no day of the telling, and minutes counted from a dated act ("Minutes later") are its day. Invented
sentences, the false counterpart beside each."""

from __future__ import annotations

PUBLISHED = "2025-04-21"  # a Monday: "Tuesday" is 2025-04-15, "Thursday" 2025-04-17


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


TALKS = "In January, the two governments opened talks on water rights. "


def test_a_month_count_goes_on_from_a_month(extract_text):
    assert _dates(extract_text, TALKS + "Two months later, they signed a treaty on the river.", "signed") == ["2025-03"]


def test_a_week_count_from_a_month_names_no_day(extract_text):
    assert _dates(extract_text, TALKS + "Two weeks later, they signed a treaty on the river.", "signed") == [None]


def test_a_month_count_past_publication_dates_no_done_act(extract_text):
    text = "In March, the two governments opened talks on water rights. Two months later, they signed a treaty on the river."
    assert _dates(extract_text, text, "signed") == [None]


def test_a_year_count_goes_on_from_a_year(extract_text):
    text = "In 2019 the rebels captured the port. Two years later, the army recaptured the port."
    assert _dates(extract_text, text, "recaptured") == ["2021"]


def test_a_backdrop_year_keeps_its_year_and_a_month_count_from_it_names_no_month(extract_text):
    text = "In 2014, Russian troops seized Crimea. Two months later, the two governments signed a ceasefire."
    assert _dates(extract_text, text, "seized") == ["2014"]
    assert _dates(extract_text, text, "signed") == [None]


SIDES = "Russia and Ukraine held talks in Istanbul on Tuesday. "


def test_an_official_of_the_second_side_speaks_on_the_day(extract_text):
    text = SIDES + "Ukrainian Foreign Minister Olena Marchuk said Russia must withdraw its troops."
    assert _dates(extract_text, text, "must withdraw") == ["2025-04-15"]


def test_an_official_of_a_country_not_at_the_talks_keeps_no_day(extract_text):
    text = SIDES + "Polish Foreign Minister Jan Nowak said Russia must withdraw its troops."
    assert _dates(extract_text, text, "must withdraw") == [None]


def test_an_official_of_a_side_not_named_as_a_doer_keeps_no_day(extract_text):
    text = "Russia held talks in Istanbul on Tuesday. Ukrainian Foreign Minister Olena Marchuk said Russia must withdraw its troops."
    assert _dates(extract_text, text, "must withdraw") == [None]


DEBATE = "Governor Ann Price and Senator Tom Reyes clashed over taxes at a televised debate on Thursday night. "
FILLER = "Prices rose last year. Farmers worry about water. "


def test_an_act_as_the_occasion_goes_on_takes_its_day(extract_text):
    text = DEBATE + FILLER + "As the debate wore on, Price refused to apologize for her remarks about unions."
    assert _dates(extract_text, text, "refused") == ["2025-04-17"]


def test_an_act_in_a_part_of_the_occasion_takes_its_day(extract_text):
    text = DEBATE + FILLER + "In the debate's second hour, Reyes denounced the trade deal."
    assert _dates(extract_text, text, "denounced") == ["2025-04-17"]


def test_an_act_after_the_occasion_ended_keeps_no_day(extract_text):
    text = DEBATE + FILLER + "After the debate ended, Price refused to apologize for her remarks about unions."
    assert _dates(extract_text, text, "refused") == [None]


def test_an_act_told_without_the_occasion_keeps_no_day(extract_text):
    text = DEBATE + FILLER + "On taxes, Price refused to apologize for her remarks about unions."
    assert _dates(extract_text, text, "refused") == [None]


def test_the_occasion_may_be_the_kind_of_stage_taken(extract_text):
    text = ("Price and Reyes mounted the debate stage on Thursday night in Denver. " + FILLER
            + "As the debate wore on, Price refused to apologize for her remarks about unions.")
    assert _dates(extract_text, text, "refused") == ["2025-04-17"]


def test_the_occasion_may_be_what_the_doers_gathered_for(extract_text):
    text = ("European leaders gathered in Brussels on Thursday for a summit on migration. " + FILLER
            + "As the summit went on, the Hungarian prime minister rejected the quota plan.")
    assert _dates(extract_text, text, "rejected") == ["2025-04-17"]


def test_a_future_act_as_the_occasion_goes_on_keeps_no_day(extract_text):
    text = DEBATE + FILLER + "As the debate wore on, Price promised that she will reject the trade deal."
    assert _dates(extract_text, text, "reject") == [None]


INTERVIEW = "Residents fled the town after the rebels attacked it. In an interview last week, the mayor "


def test_an_act_a_speaker_describes_keeps_no_day_of_the_telling(extract_text):
    assert _dates(extract_text, INTERVIEW + "described the meeting with the rebel leaders.", "meeting") == [None]


def test_an_act_a_speaker_describes_keeps_its_own_year(extract_text):
    text = "In an interview last week, the mayor described the 2019 siege of the town."
    assert _dates(extract_text, text, "siege") == ["2019"]


def test_the_telling_act_itself_keeps_the_interview_date(extract_text):
    text = "In an interview last week, the mayor criticized the blockade of the port."
    assert _dates(extract_text, text, "criticized") == ["2025-04"]


GARRISON = "Rebels attacked the garrison on Saturday. "


def test_minutes_counted_from_a_dated_act_are_its_day(extract_text):
    for count in ("Minutes later", "30 minutes later", "A few minutes later"):
        text = GARRISON + count + ", the army shelled the village."
        assert _dates(extract_text, text, "shelled") == ["2025-04-19"], count


def test_minutes_counted_from_a_year_name_no_day(extract_text):
    text = "In 2019 the rebels attacked the garrison. Minutes later, the army shelled the village."
    assert _dates(extract_text, text, "shelled") == [None]


def test_minutes_counted_past_the_day_name_no_day(extract_text):
    text = GARRISON + "500 minutes later, the army shelled the village."
    assert _dates(extract_text, text, "shelled") == [None]
