"""Scenes of the story's day: a story dates its occasion once ("at a debate Sunday") and tells the acts done
there over many paragraphs, going back to the occasion by name ("Throughout the debate, ...") without its
date; a pronoun doer ("she commended him") is the party the story follows. A month under a preposition
("In May") is the month, and an act told again in the passive with its object ("The suit was filed on
Monday") dates the act. Invented sentences, the false counterpart beside each."""

from __future__ import annotations

PUBLISHED = "2025-04-21"  # a Monday: "Sunday" is 2025-04-20


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


LEAD = ("Governor Ann Price sharply attacked Senator Tom Reyes on taxes and trade at a televised debate Sunday. "
        "Reyes answered her on trade. ")
FILLER = ("The state has lost many mill jobs. Prices rose last year. Wages stayed flat for a decade. "
          "Farmers worry about water. The river ran low in the summer. Schools are crowded. Roads need repair. "
          "Rents are high in the capital. ")
SCENE = "Throughout the debate, Price cast herself as the steady choice. On trade, she praised Reyes for his farm bill."


def test_an_act_after_the_occasion_is_named_again_takes_its_day(extract_text):
    assert _dates(extract_text, LEAD + FILLER + SCENE, "praised") == ["2025-04-20"]


def test_without_the_occasion_named_again_a_far_act_stays_undated(extract_text):
    text = LEAD + FILLER + "Price cast herself as the steady choice. On trade, she praised Reyes for his farm bill."
    assert _dates(extract_text, text, "praised") == [None]


def test_another_occasion_of_the_kind_breaks_the_scene(extract_text):
    text = LEAD + "A second debate is planned. " + FILLER + SCENE
    assert _dates(extract_text, text, "praised") == [None]


def test_a_time_counted_from_the_occasion_is_no_scene(extract_text):
    text = LEAD + FILLER + "Two hours before the debate, Price cast herself as the steady choice. " \
        "On trade, she praised Reyes for his farm bill."
    assert _dates(extract_text, text, "praised") == [None]


def test_a_month_named_may_under_a_preposition_is_the_month(extract_text):
    text = "In May, the two presidents signed a treaty on the border."
    assert _dates(extract_text, text, "signed") == ["2024-05"]


def test_may_the_modal_is_no_month(extract_text):
    text = "The two presidents may sign a treaty on the border."
    assert _dates(extract_text, text, "sign") in ([None], [])


BEFORE = "The city jail is old. The families of two guards have filed a lawsuit against the mayor. Prices rose. "


def test_an_act_told_again_in_the_passive_with_its_object_takes_that_date(extract_text):
    text = BEFORE + "The suit was filed in a state court on Friday."
    assert _dates(extract_text, text, "filed")[0] == "2025-04-18"


def test_another_object_told_in_the_passive_dates_nothing(extract_text):
    text = BEFORE + "A complaint was filed in a state court on Friday."
    assert _dates(extract_text, text, "filed")[0] is None


def test_a_date_of_a_thing_named_in_the_sentence_does_not_date_the_act(extract_text):
    text = ("The senator has praised the governor's budget for years, and won most of the farm vote "
            "through the April 8 primaries, surveys of voters show.")
    assert _dates(extract_text, text, "praised") == [None]


def test_a_date_of_the_occasion_still_dates_the_act(extract_text):
    assert _dates(extract_text, "The envoy met the rebels at a Wednesday event in Reno.", "met") == ["2025-04-16"]


def test_a_verb_coordinated_with_a_present_perfect_takes_no_earlier_day(extract_text):
    opening = "On Tuesday, the senator praised the record of the mayor. "
    perfect = opening + "She has lauded her brother's work and offered him a post running the new port authority."
    past = opening + "She lauded her brother's work and offered him a post running the new port authority."
    assert _dates(extract_text, perfect, "offered") == [None]
    assert _dates(extract_text, past, "offered") == ["2025-04-15"]


def test_a_date_starting_a_stretch_dates_no_act(extract_text):
    text = ("Since her essay on farm fuels in May, the senator has moved left on the environment, "
            "criticizing the pipeline and calling for a ban on drilling in the Arctic.")
    assert _dates(extract_text, text, "calling for") == [None]


def test_a_past_perfect_act_takes_no_date_of_the_statement_telling_it(extract_text):
    text = ("In May, the council proposed a plan for 300 new buses, far short of the 500 buses "
            "the union had sought in its contract.")
    assert _dates(extract_text, text, "sought") == [None]
    assert _dates(extract_text, text, "proposed") == ["2024-05"]


def test_a_day_counted_from_the_speakers_now_inside_a_quote_dates_nothing(extract_text):
    quoted = 'The chairman praised the speech. "Tonight, the nominee painted a dark picture," the chairman said.'
    told = "The chairman praised the speech tonight."
    assert _dates(extract_text, quoted, "praised") == [None]
    assert _dates(extract_text, told, "praised") == [PUBLISHED]


def test_a_past_perfect_act_takes_no_date_of_a_later_clause(extract_text):
    perfect = "The governor had pledged to back the nominee, but sounded unsure this week."
    past = "The governor pledged to back the nominee on Sunday, but sounded unsure."
    assert _dates(extract_text, perfect, "pledged") == [None]
    assert _dates(extract_text, past, "pledged") == ["2025-04-20"]
