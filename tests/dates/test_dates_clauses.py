"""A date told in a clause below or beside an act is that clause's time, not the act's: "asked the mayor to
describe her route to winning the nomination in July" was asked on no day the text gives. A date carried from
the same speaker's earlier act stops at a sentence telling another time. The true counterpart beside each."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-18"  # a Friday: "Tuesday" is 2025-04-15, "Wednesday" 2025-04-16


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # what the act asks for, in an infinitive below it
        ("At the rally, a radio host asked the mayor to describe her route to winning the nomination in July.",
         "asked"),
        # what the act is for: the bill's year
        ("The activist criticized the senator for backing the 1996 farm bill.", "criticized"),
        # a clause placed against the act: its end
        ("The committee backed the senator until he quit the race on March 15.", "backed"),
        # an adjective's thing: the payments' day
        ("The loan payments due on Tuesday were guaranteed by the government.", "guaranteed"),
        # a goal ahead, not a time of the act
        ("The army is marching toward November with a big lead.", "marching"),
    ],
)
def test_a_date_of_another_clause_does_not_date_the_act(extract_text, text, trigger):
    assert _dates(extract_text, text, trigger) == [None]


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        # a participle with no subject of its own shares its host's occasion
        ("The senator rejected the claims, telling reporters on Tuesday that the bill was dead.", "rejected",
         "2025-04-15"),
        # an infinitive complement's sentence-final date is as often its host's
        ("President Lutz originally asked for $2 billion to fight the virus in February.", "asked", "2025-02"),
        # the parse hangs the date on the subject: still the act's own clause
        ("The country's top court on Tuesday ordered a recount of the votes.", "ordered", "2025-04-15"),
        # the date in the clause that governs the act
        ("The minister said on Tuesday that Kenya rejected the proposal.", "rejected", "2025-04-15"),
    ],
)
def test_a_date_of_the_acts_own_clause_dates_it(extract_text, text, trigger, day):
    assert _dates(extract_text, text, trigger) == [day]


OPENING = ("Jane Holt still shows her old skill. On Wednesday night, she praised the mayor's budget plan in Reno. "
           '"It may be fun to watch," she said. ')
PROMISE = "She famously promised that she would fight for the mill workers until the end."


def test_a_speakers_day_is_not_carried_past_a_sentence_telling_another_time(extract_text):
    text = OPENING + "In 1992, at a union hall just before the primary, Holt moved the crowd to tears. " + PROMISE
    assert _dates(extract_text, text, "promised") == [None]


def test_a_speakers_day_is_carried_when_the_story_stays_on_it(extract_text):
    assert _dates(extract_text, OPENING + PROMISE, "promised") == ["2025-04-16"]


ROUND = "Rwandan and Congolese envoys held talks in Doha on Thursday, hosted by Qatar. "


def test_a_done_act_arranging_a_day_ahead_is_of_the_storys_day(extract_text):
    # the session is next Friday; the agreement to hold it was made on the day the story told
    assert _dates(extract_text, ROUND + "The sides agreed to hold a third session next Friday.", "agreed") == ["2025-04-17"]


def test_a_done_act_is_never_dated_ahead_of_its_report(extract_text):
    # no day told before it: undated, never next Friday
    assert _dates(extract_text, "The sides agreed to hold a third session next Friday.", "agreed") == [None]


DAY_TOLD = "Kenya's president met Ethiopia's prime minister on Tuesday. "


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # the tagger leaves "before" (or the whole phrase) out of its date: still a day counted from Tuesday
        ("The day before, Kenya's president criticized the Somali government.", "2025-04-14"),
        ("Just a day before, Kenya's president criticized the Somali government.", "2025-04-14"),
        ("The day after, Kenya's president criticized the Somali government.", "2025-04-16"),
    ],
)
def test_a_day_counted_from_the_day_told_before(extract_text, sentence, day):
    assert _dates(extract_text, DAY_TOLD + sentence, "criticized") == [day]


def test_days_before_a_thing_named_are_no_counted_day(extract_text):
    # "in the days before the vote": a stretch before another time, no day
    assert _dates(extract_text, DAY_TOLD + "Kenya's president criticized the Somali government in the days "
                  "before the vote.", "criticized") == [None]


def test_an_untagged_weekday_still_dates_its_act(extract_text):
    # wherever the tagger misses it, a bare weekday on the clause is its day
    text = ("Senator Jane Holt will not attend the convention this week, her office said. Her last visit there was "
            "in 2012. Earlier Sunday, Holt declined an interview request from the newspaper.")
    events = extract_text(text, published="2016-07-24").events  # a Sunday
    declined = [e for e in events if e.trigger.text == "declined"]
    assert declined and declined[0].date is not None and declined[0].date.value == "2016-07-24"


@pytest.mark.parametrize(
    "sentence",
    [
        # "next week" resolves to the month holding it, the story's own month: still ahead of the agreeing
        "The sides agreed to reconvene in Nairobi next week.",
        # a perfect with no day told before it: done already, on no day the text gives
        "The sides have agreed to reconvene in Nairobi next week.",
        # a participle agreeing to what is ahead: the week is the meeting's
        "The third round of talks between Kenya and Ethiopia ended in Geneva, with the two sides agreeing to hold "
        "another session next week.",
    ],
)
def test_a_week_ahead_arranged_does_not_date_the_arranging(extract_text, sentence):
    trigger = "agreeing" if "agreeing" in sentence else "agreed"
    assert _dates(extract_text, sentence, trigger) == [None]


def test_an_agreement_to_meet_next_week_is_of_the_storys_day(extract_text):
    assert _dates(extract_text, ROUND + "The sides agreed to reconvene in Nairobi next week.", "agreed") == ["2025-04-17"]


# The day the story told, two paragraphs of readout before the agreement closing the meeting, with a day ahead
# told between them.
READOUT = ("Rwandan and Congolese envoys held talks in Doha on Thursday, hosted by Qatar. The foreign ministry of "
           "Qatar said the envoys exchanged their positions on the mining region and on the return of refugees, and "
           "that both delegations spoke of a useful start. Officials of both governments described the atmosphere of "
           "the session as calm and businesslike, though neither side gave details of the proposals under "
           "discussion. Technical teams are set to begin work in Kigali by Monday, and the talks will continue on "
           "April 26. The mediators said the two delegations had raised the question of the armed groups in the "
           "east, the disarmament of fighters and the corridors for aid, and that a written summary of the "
           "positions would follow in the coming days. ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoys agreed to gather again next Saturday.",
        # a perfect arranging what is ahead: done on the day the story told, too
        "The envoys have agreed to gather again next Saturday.",
    ],
)
def test_an_agreement_closing_a_meeting_told_paragraphs_before_is_of_its_day(extract_text, sentence):
    # not Monday (a day to come, read back as past) nor April 26 (ahead): the Thursday told at the start
    assert _dates(extract_text, READOUT + sentence, "agreed") == ["2025-04-17"]


def test_a_day_talks_are_scheduled_for_is_no_done_acts_day(extract_text):
    # "scheduled for Sunday" in a Wednesday story is the coming Sunday: the talks are ahead and dated
    # to it (never to the Sunday before), and the phone call keeps its own Monday
    text = "Kenya's president phoned Qatar's emir on Monday regarding the coming round of Sudan talks scheduled for Sunday."
    events = extract_text(text, published="2025-04-16").events
    talks = [(e.modality, e.date.value if e.date else None) for e in events if e.trigger.text == "talks"]
    assert talks == [("future", "2025-04-20")]
    assert [e.date.value for e in events if e.trigger.text == "phoned"] == ["2025-04-14"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # another doer's clause coordinated after a weekday told in the first: that clause's day, not this act's
        ("Biden stood by his remark Tuesday, and Rubio tried to rebuke him.", "rebuke", [None]),
        # the same doer again, named by a pronoun: the same occasion
        ("Biden told supporters Tuesday that the race was over, and he vowed to unite the party.", "vowed",
         ["2025-04-15"]),
        # a weekday told before both clauses dates either
        ("On Tuesday, the rebels attacked the base and the army fired back.", "attacked", ["2025-04-15"]),
    ],
)
def test_a_weekday_of_a_coordinated_clause_with_another_doer(extract_text, text, trigger, expected):
    assert _dates(extract_text, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a perfect gerund tells an act done before its host's day: none of the text's days
        ("The minister lashed out on Thursday at the rebels for having attacked a convoy near the border.",
         "attacked", [None]),
        ("The senator criticized the governor on Wednesday for having vetoed the bill.", "vetoed", [None]),
        # the host keeps its own day
        ("The senator criticized the governor on Wednesday for having vetoed the bill.", "criticized",
         ["2025-04-16"]),
        # a date in the perfect participle's own clause is its own
        ("Having met the rebels in March, the envoy on Tuesday proposed a truce.", "met", ["2025-03"]),
    ],
)
def test_a_perfect_gerund_does_not_take_its_hosts_day(extract_text, text, trigger, expected):
    assert _dates(extract_text, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the place a dated clause names: the act was done there, that day
        ("Kenya's president arrived in Addis Ababa on Tuesday, where he met Ethiopia's prime minister.", "met",
         ["2025-04-15"]),
        ("The mediation moved on Wednesday to Nairobi, where the Sudanese envoy met the Kenyan foreign minister.",
         "met", ["2025-04-16"]),
        # a place of no dated clause: no day
        ("The Sudanese envoy flew to Nairobi, where he met the Kenyan foreign minister.", "met", [None]),
        # a year is a background time, not the act's
        ("The exiled leader moved to Paris in 2010, where he criticized the junta.", "criticized", [None]),
    ],
)
def test_a_where_clause_act_takes_its_hosts_day(extract_text, text, trigger, expected):
    assert _dates(extract_text, text, trigger) == expected



@pytest.mark.parametrize(
    "sentence",
    [
        # the parser hangs the phrase on the act's noun or on its verb: the occasion either way
        "Their legal experts also held a separate session on the sidelines of the forum.",
        "Chad's defence chief met Qatari officials on the margins of the forum.",
    ],
)
def test_the_sidelines_of_an_occasion_name_that_occasion(nlp, sentence):
    from accord.stages.dates.context import _named_occasions
    doc = nlp(sentence)
    verb = next(t for t in doc if t.lemma_ in ("hold", "meet") and t.pos_ == "VERB")
    own = next((t.i for t in doc if t.lower_ == "session"), verb.i)
    assert "forum" in [n.text for n in _named_occasions(verb, own)]
