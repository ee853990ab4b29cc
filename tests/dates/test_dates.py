"""Date resolution against the publication date: the resolver's edges and the stage's attachment."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.stages.dates.calendar import parse_published, resolve


def _of_type(extract_text, text, event_type):
    """The events of ``event_type`` in ``text``, published 2025-05-17 (a Saturday)."""
    return [e for e in extract_text(text, published="2025-05-17").events if e.event == event_type]


SATURDAY = dt.date(2025, 5, 17)


@pytest.mark.parametrize(
    ("text", "future", "value", "granularity"),
    [
        ("Friday", False, "2025-05-16", "day"),
        ("on Sunday", False, "2025-05-11", "day"),
        ("Saturday", False, "2025-05-17", "day"),  # the publication day itself (same-day wire copy)
        ("last Saturday", False, "2025-05-10", "day"),
        # future tense: the next one from publication, which a bare weekday naming publication's own day is (news
        # style names the day for "today"); "next" moves it a week ahead
        ("Saturday", True, "2025-05-17", "day"),
        ("early on Saturday", True, "2025-05-17", "day"),
        ("later Saturday", True, "2025-05-17", "day"),
        ("Sunday", True, "2025-05-18", "day"),
        ("Friday", True, "2025-05-23", "day"),
        ("next Saturday", True, "2025-05-24", "day"),
        ("next Saturday", False, "2025-05-24", "day"),
        ("this coming Saturday", True, "2025-05-24", "day"),
        ("next Monday", False, "2025-05-19", "day"),
        ("last Friday", True, "2025-05-16", "day"),
        ("yesterday", False, "2025-05-16", "day"),
        ("today", False, "2025-05-17", "day"),
        ("last week", False, "2025-05", "month"),  # a week names no day
        ("this week", False, "2025-05", "month"),
        ("three years ago", False, "2022", "year"),
        ("two months ago", False, "2025-03", "month"),
        ("10 days ago", False, "2025-05-07", "day"),
        ("in March 2022", False, "2022-03", "month"),
        ("the March 2022", False, "2022-03", "month"),
        ("March", False, "2025-03", "month"),
        ("June", False, "2024-06", "month"),  # a bare month after publication is last year's
        ("June 2", False, "2025-06-02", "day"),  # a day soon after publication is the coming one (no year given)
        ("December 2", False, "2024-12-02", "day"),  # far after publication: last year's
        ("May 16", False, "2025-05-16", "day"),
        ("16 May 2024", False, "2024-05-16", "day"),
        ("February 30, 2024", False, "2024-02", "month"),  # impossible day: month precision
        ("2019", False, "2019", "year"),
        ("last month", False, "2025-04", "month"),
        ("last year", False, "2024", "year"),
        ("2025-05-01", False, "2025-05-01", "day"),
    ],
)
def test_resolver(text, future, value, granularity):
    found = resolve(text, SATURDAY, future=future)
    assert found is not None
    assert (found.value, found.granularity) == (value, granularity)


@pytest.mark.parametrize("text", ["the spring", "recently", "May", ""])
def test_unresolvable_expressions(text):
    assert resolve(text, SATURDAY) is None


def test_relative_expressions_need_a_publication_date():
    assert resolve("Friday", None) is None
    assert resolve("March 2022", None).value == "2022-03"


@pytest.mark.parametrize(("published", "expected"), [("2025-05-17", SATURDAY), ("2025-05-17T08:30:00Z", SATURDAY), (None, None), ("soon", None)])
def test_parse_published(published, expected):
    assert parse_published(published) == expected


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        # the event's own clause
        ("Iranian and Saudi diplomats met in Beijing on Friday.", "CONSULT", "2025-05-16"),
        ("Russian President Vladimir Putin on Sunday proposed direct talks with Ukraine.", "AGREE", "2025-05-11"),
        # a date on the event noun itself
        ("Talks between Israel and Hamas in Cairo on Thursday produced no agreement.", "CONSULT", "2025-05-15"),
        # historical, month precision
        ("The March 2022 negotiations between Russia and Ukraine collapsed.", "CONSULT", "2022-03"),
        # no date words: no date
        ("Armenia and Azerbaijan agreed to resume talks.", "AGREE", None),
    ],
)
def test_event_dates(extract_text, text, event_type, value):
    events = [e for e in extract_text(text, published="2025-05-17").events if e.event == event_type]
    assert events
    date = events[0].date
    assert (date.value if date else None) == value
    if date is not None:
        assert text[date.start:date.end] == date.text


def test_a_date_on_another_events_noun_is_not_taken(extract_text):
    text = "Zelenskyy said he was open to a meeting with Putin, but the Kremlin said Putin would not attend Friday's talks."
    agree = _of_type(extract_text, text, "AGREE")
    assert agree and agree[0].date is None


def test_same_day_reference_to_an_earlier_event(extract_text):
    text = ("Israeli and Hamas negotiators held talks in Doha on Friday.\n"
            "After the talks, Israel and Hamas agreed to a prisoner exchange.")
    events = extract_text(text, published="2025-05-17").events
    agree = [e for e in events if e.event == "AGREE"]
    assert agree and agree[0].date is not None and agree[0].date.value == "2025-05-16"


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        # a possessive date belongs to its noun ("Tuesday's attack"), not to the verb of the sentence
        ("The Afghan Taliban have rejected Pakistan's allegation that Tuesday's deadly hostage-taking of a train "
         "was planned in Afghanistan.", "REJECT", None),
        # a date inside a relative clause is that clause's; the date of the occasion ("during a news
        # conference on Thursday") is the act's
        ("Berisha, who was defeated in 2013, rejected the allegations during a news conference on Thursday.",
         "REJECT", "2025-05-15"),
        # and a relative clause's act does not take its host clause's date
        ("Albania's former leader Sali Berisha, who resigned as party leader after being defeated as prime "
         "minister in 2013, rejected the allegations during a press conference Thursday.", "RETREAT", "2013"),
        # the speaker's next act on the same occasion ("He urged ...") takes the date of the first
        ("On Thursday, Chris Swonger said in a statement that the tariffs were unfair. He urged the end of the "
         "tariff fight between Washington and Brussels.", "REQUEST", "2025-05-15"),
        # a verb coordinated with a statement's clause ("He added that ..., and welcomed ...")
        ("Ukrainian President Volodymyr Zelenskyy wrote Wednesday that Ukraine is committed to peace. He added "
         "that Ukraine was ready for a ceasefire, and welcomed the American proposal.", "SUPPORT", "2025-05-14"),
        # a definite re-mention of a dated occasion: "the statement" issued on Tuesday
        ("U.S. Secretary of State Antony Blinken issued a statement Tuesday criticizing the vote in Mogadishu. "
         "The statement threatened sanctions against Somali leaders.", "THREATEN", "2025-05-13"),
        # a definite re-mention of a dated occasion on a clause above the event ("Speaking at the event, X
        # suggested that Y should ...")
        ("Lai's son spoke at a Wednesday event at the Cato Institute in Washington. Speaking at the Cato Institute "
         "event, U.S. Secretary of State Marco Rubio suggested that Hong Kong authorities should free Lai.",
         "REQUEST", "2025-05-14"),
        # a present-perfect lead dated by the next sentence, told of the same actor
        ("Kenya has refused to attend a hearing of the International Court of Justice. In a letter last week, "
         "the Kenyan government cited the pandemic.", "REJECT", "2025-05"),
        # ... or by the next sentence telling the act itself with a date
        ("Serbia and Kosovo have restarted negotiations on a border deal. The newest round of talks opened "
         "on Thursday at the Norwegian embassy in Vienna.", "CONSULT", "2025-05-15"),
        # a month made exact by a later mention of the same act on a day of that month
        ("Thai authorities deported 40 Uyghurs to China last month. Rights groups criticized Bangkok. "
         "The April 27 deportations followed years of detention.", "COERCE", "2025-04-27"),
    ],
)
def test_dates_from_the_sentences_around(extract_text, text, event_type, value):
    events = [e for e in extract_text(text, published="2025-05-17").events if e.event == event_type]
    assert events
    date = events[0].date
    assert (date.value if date else None) == value
    if date is not None:
        assert text[date.start:date.end] == date.text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an undated act named again later with its date
        ("Ukraine's President Volodymyr Zelenskyy met U.S. envoy Steve Witkoff in Kyiv. The meeting took place "
         "on Thursday.", "2025-05-15"),
        # a later act of the same type under another word is not a mention of it
        ("Ukraine's President Volodymyr Zelenskyy met U.S. envoy Steve Witkoff in Kyiv. The talks took place "
         "on Thursday.", None),
    ],
)
def test_an_undated_act_named_again_with_a_date(extract_text, text, value):
    consult = _of_type(extract_text, text, "CONSULT")
    assert consult and (consult[0].date.value if consult[0].date else None) == value


def test_a_later_day_outside_the_month_changes_nothing(extract_text):
    text = ("Thai authorities deported 40 Uyghurs to China last month. "
            "The March 3 deportations of Rohingya followed years of detention.")
    coerce = _of_type(extract_text, text, "COERCE")
    assert coerce and coerce[0].date is not None and coerce[0].date.value == "2025-04"


def test_another_speakers_statement_carries_no_date(extract_text):
    text = ("On Thursday, Chinese Foreign Minister Wang Yi said the tariffs were unfair. "
            "Indian Prime Minister Narendra Modi urged Pakistan to end the border dispute.")
    request = _of_type(extract_text, text, "REQUEST")
    assert request and request[0].date is None


def test_a_clause_coordinated_with_a_dated_act_shares_its_date(extract_text):
    text = ("On Wednesday, the European Union imposed tariffs on U.S. steel. The European Union also retaliated "
            "against American whiskey, while Canada imposed new tariffs on U.S. exports.")
    events = extract_text(text, published="2025-05-17").events
    canada = [e for e in events if e.event == "SANCTION" and e.trigger.start > text.index("Canada")]
    assert canada and canada[0].date is not None and canada[0].date.value == "2025-05-14"


def test_a_clause_set_after_a_dated_act_does_not_share_its_date(extract_text):
    text = ("On Wednesday, the European Union imposed tariffs on U.S. steel. The European Union also retaliated "
            "against American whiskey, after Canada had imposed new tariffs on U.S. exports.")
    events = extract_text(text, published="2025-05-17").events
    canada = [e for e in events if e.event == "SANCTION" and e.trigger.start > text.index("Canada")]
    assert canada and canada[0].date is None


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        # the occasion's participle carries its date: "a statement emailed ... on Friday", "a video posted Sunday"
        ("In a statement emailed to reporters on Friday, Haitian Justice Minister Rockefeller Vincent condemned "
         "the jailbreak.", "ACCUSE", "2025-05-16"),
        ("Kenyan President William Ruto condemned the attack during a news conference held in Nairobi on Friday.",
         "ACCUSE", "2025-05-16"),
        ("In a video posted Sunday, Ukrainian President Volodymyr Zelenskyy accused Russia of stalling the talks.",
         "ACCUSE", "2025-05-11"),
    ],
)
def test_the_occasion_of_an_act_dates_it(extract_text, text, event_type, value):
    events = [e for e in extract_text(text, published="2025-05-17").events if e.event == event_type]
    assert events and events[0].date is not None and events[0].date.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked Kharkiv last month. The attack on Kyiv on April 3 killed 20 people.",
        "Russian forces attacked Kharkiv last month. Russian forces attacked the city again on April 3.",
    ],
)
def test_another_act_of_the_month_does_not_make_the_date_exact(extract_text, text):
    first = extract_text(text, published="2025-05-17").events[0]
    assert first.event == "ASSAULT" and first.date is not None and first.date.value == "2025-04"


def test_a_background_year_is_not_carried_to_the_next_act(extract_text):
    text = "Pakistan accused India of sponsoring militants in 2024. Pakistani officials rejected questions about security failures."
    reject = [e for e in extract_text(text, published="2025-03-14").events if e.event == "REJECT"]
    assert reject and reject[0].date is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a deadline is not the day of the act
        ("President Trump delayed the tariffs on Canadian goods for four weeks until June 2.", None),
        ("President Trump on Thursday delayed the tariffs on Canadian goods until June 2.", "2025-05-15"),
    ],
)
def test_a_deadline_does_not_date_the_act(extract_text, text, value):
    concede = _of_type(extract_text, text, "CONCEDE")
    assert concede and (concede[0].date.value if concede[0].date else None) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the actor's next act told in the simple past is of the same day
        ("Haitian President Jovenel Moise condemned the jailbreak on Friday. He also urged the population to "
         "remain calm.", "2025-05-16"),
        # an act in the present perfect is not told as one of that day's acts
        ("Pakistan accused Afghanistan of harboring militants on Thursday. Pakistan has asked the United Nations "
         "to investigate the attack.", None),
    ],
)
def test_the_actors_next_act_in_the_simple_past_takes_the_date(extract_text, text, value):
    request = _of_type(extract_text, text, "REQUEST")
    assert request and (request[0].date.value if request[0].date else None) == value


def test_a_noun_subject_naming_another_act_takes_no_carried_date(extract_text):
    text = ("Bosnian Serb leader Milorad Dodik rejected the court's ruling last month. That agreement ended a war "
            "in Bosnia that lasted more than three years.")
    events = extract_text(text, published="2025-05-17").events
    later = [e for e in events if e.trigger.start > text.index("That")]
    assert later and all(e.date is None for e in later)


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        ("Hamas released three hostages on Saturday. Israel freed 90 Palestinian prisoners a day later.", "RETREAT", "2025-05-18"),
        ("Russia attacked Kyiv on Monday. The next day, Ukraine struck a refinery in Ryazan.", "ASSAULT", "2025-05-20"),
        ("The foreign ministers met in Geneva on Friday. Two days later, Iran rejected the proposal.", "REJECT", "2025-05-18"),
    ],
)
def test_a_date_counted_from_the_act_before(extract_text, text, event_type, value):
    events = [e for e in extract_text(text, published="2025-05-20").events if e.event == event_type]
    assert events[-1].date is not None and events[-1].date.value == value


@pytest.mark.parametrize(("text", "value"), [("a day later", "2025-05-11"), ("the next day", "2025-05-11"),
                                             ("three days earlier", "2025-05-07"), ("a week later", "2025-05-17"),
                                             ("the day", None), ("later", None)])
def test_resolve_from_another_day(text, value):
    from accord.stages.dates.calendar import resolve_from

    found = resolve_from(text, dt.date(2025, 5, 10))
    assert (found.value if found else None) == value


def test_the_actors_next_act_in_the_passive_past_takes_the_date(extract_text):
    text = ("Kenya's parliament impeached Deputy President Rigathi Gachagua on Tuesday. Kithuri Kindiki was approved "
            "by Kenya's parliament as his replacement.")
    support = _of_type(extract_text, text, "SUPPORT")
    assert support and support[0].date is not None and support[0].date.value == "2025-05-13"


def test_a_possessive_date_on_the_acts_own_argument_dates_it(extract_text):
    # (being "encouraged by" a result is a feeling, no event: the welcome is the act)
    text = "We welcome today's result, a senior U.S. diplomat said."
    events = extract_text(text, published="2025-05-17").events
    assert events and events[0].date is not None and events[0].date.value == "2025-05-17"


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        # a definite noun of the act's own type names the earlier dated act again
        ("Iranian and U.S. negotiators held talks in Muscat on Saturday. The White House praised the outcome. "
         "Oman's Foreign Minister Badr Albusaidi hosted the meeting at his residence.", "CONSULT", "2025-05-17"),
        # a noun of another type is the act's content, not its occasion
        ("U.S. prosecutors charged Russian hacker Ivan Petrov with fraud on Tuesday. Moscow denied the charges.",
         "REJECT", None),
    ],
)
def test_an_act_on_a_re_mentioned_act(extract_text, text, event_type, value):
    events = [e for e in extract_text(text, published="2025-05-17").events if e.event == event_type]
    assert (events[-1].date.value if events[-1].date else None) == value


@pytest.mark.parametrize("text", ["After the 2022 invasion, the European Union imposed sanctions on Russia.",
                                  "Following the March 2022 invasion, the European Union imposed sanctions on Russia."])
def test_the_date_of_what_an_act_follows_is_not_its_own(extract_text, text):
    sanction = _of_type(extract_text, text, "SANCTION")
    assert sanction and sanction[0].date is None and sanction[0].modality == "asserted"


def test_an_act_named_again_as_a_subject_keeps_its_date(extract_text):
    text = ("Russia and Ukraine signed a grain deal in July 2022. The deal allowed Ukraine to export grain through "
            "the Black Sea.")
    agree = _of_type(extract_text, text, "AGREE")
    assert agree and agree[0].date is not None and agree[0].date.value == "2022-07"


@pytest.mark.parametrize(
    "second",
    [
        # another person of the same country: a shared actor code is not the same doer
        "Iran's Supreme Leader Ali Khamenei criticized the United States.",
        # the same person, but not an act told as one of that day's: present perfect, progressive, a noun
        "Araghchi has criticized the sanctions for years.",
        "Araghchi is urging Europe to lift the sanctions.",
        "Araghchi's criticism of the sanctions drew praise.",
    ],
)
def test_a_date_is_carried_only_to_the_same_doers_next_act_in_the_simple_past(extract_text, second):
    text = "Iranian Foreign Minister Abbas Araghchi met Omani officials in Muscat on Friday. " + second
    events = extract_text(text, published="2025-05-17").events
    later = [e for e in events if e.trigger.start > text.index(second)]
    assert later and all(e.date is None for e in later)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the speaker's act on the day of the statement
        ("On Friday, Iran's foreign minister Abbas Araghchi said the negotiations would go on. He urged both sides "
         "to show restraint.", "2025-05-16"),
        # a month names no occasion: the speaker's next act is not dated by it
        ("Last month, the Iranian foreign minister said the talks would continue. He urged both sides to show "
         "restraint.", None),
    ],
)
def test_a_statements_day_dates_the_speakers_act(extract_text, text, value):
    request = _of_type(extract_text, text, "REQUEST")
    assert request and (request[0].date.value if request[0].date else None) == value


def test_a_stance_in_the_present_perfect_takes_no_statement_date(extract_text):
    text = ("On Friday, Iran's foreign minister Abbas Araghchi said the negotiations would go on. He has criticized "
            "the sanctions for years.")
    accuse = _of_type(extract_text, text, "ACCUSE")
    assert accuse and accuse[0].date is None


def test_a_later_act_takes_no_date_from_the_act_before(extract_text):
    text = ("Haitian President Jovenel Moise condemned the jailbreak on Friday. He later urged the population to "
            "remain calm.")
    request = _of_type(extract_text, text, "REQUEST")
    assert request and request[0].date is None


def test_an_act_stating_its_own_time_takes_no_carried_date(extract_text):
    text = "Senator Ted Cruz criticized the court ruling on Monday. Cruz met Rubio in the days before the vote."
    consult = _of_type(extract_text, text, "CONSULT")
    assert consult and consult[0].date is None


@pytest.mark.parametrize(
    ("quote", "event_type", "value"),
    [
        # the speaker's own act in their words is of the statement's day
        ('"I urge both sides to show restraint," Araghchi said.', "REQUEST", "2025-05-15"),
        # another person's act the speaker tells of, though of the speaker's country, is not
        ('"Iran\'s president meets the press everywhere he goes," Araghchi said.', "CONSULT", None),
    ],
)
def test_only_the_speakers_own_act_takes_the_statements_day(extract_text, quote, event_type, value):
    text = "Iran is ready for talks, Iranian Foreign Minister Abbas Araghchi insisted Thursday. " + quote
    events = [e for e in extract_text(text, published="2025-05-17").events
              if e.event == event_type and e.trigger.start > text.index(quote)]
    assert events and (events[0].date.value if events[0].date else None) == value


def test_a_statement_issued_at_a_dated_meeting_dates_the_act_it_tells(extract_text):
    text = ("In a joint statement issued at their annual Defense Consultative Committee meeting in July, Japan and "
            "the United States shared concerns over North Korea's missile tests.")
    shared = [e for e in extract_text(text, published="2024-09-10").events if e.trigger.text == "shared"]
    assert shared and shared[0].date is not None and shared[0].date.value == "2024-07"


def test_an_event_nouns_participle_gives_its_date(extract_text):
    text = "A lawsuit filed in February by the families accused the government of blocking lawyers from the detainees."
    # one accusation, told by the suit's filing (the trigger is "filed" on "lawsuit" since evlegal)
    events = extract_text(text, published="2025-03-20").events
    assert len(events) == 1 and events[0].trigger.text in {"lawsuit", "filed"}
    assert events[0].date is not None and events[0].date.value == "2025-02"


def test_a_statement_in_a_relative_clause_lends_no_date_to_the_speakers_next(extract_text):
    text = ("Iranian Foreign Minister Abbas Araghchi, who had addressed the parliament on Thursday, told state "
            "television the talks were useful. \"I urge both sides to show restraint,\" Araghchi said.")
    request = _of_type(extract_text, text, "REQUEST")
    assert request and request[0].date is None


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # counted from another time the story told, not from publication: no date
        ("A week later", SATURDAY, None),
        ("a month later", SATURDAY, None),
        ("the week before", SATURDAY, None),
        ("the same weekend", SATURDAY, None),
        # still counted from publication
        ("earlier this month", SATURDAY, "2025-05"),
    ],
)
def test_a_time_counted_from_another_time_is_not_resolved_from_publication(text, published, value):
    found = resolve(text, published)
    assert (found.value if found else None) == value


@pytest.mark.parametrize(
    ("text", "published", "future", "value"),
    [
        # a week names no day: its month, when the whole Monday-to-Sunday week lies in one month, else its year
        ("next week", SATURDAY, True, "2025-05"),  # May 19-25
        ("next week", dt.date(2025, 5, 28), True, "2025-06"),  # June 2-8, told on May 28
        ("next week", dt.date(2025, 5, 21), True, None),  # May 26 - June 1: two months, no one month (ahead: no year)
        ("this week", dt.date(2025, 5, 30), False, "2025"),  # May 26 - June 1
        ("last week", dt.date(2025, 6, 4), False, "2025"),  # May 26 - June 1
        ("last week", dt.date(2025, 1, 8), False, None),  # December 30 - January 5: no one year either
        # a weekend is dated by its Saturday
        ("over the weekend", dt.date(2025, 5, 19), False, "2025-05-17"),  # told on a Monday
        ("the weekend", dt.date(2025, 5, 18), False, "2025-05-17"),  # told on the Sunday
        ("last weekend", dt.date(2025, 5, 18), False, "2025-05-10"),  # on a Sunday: the one before
        ("last weekend", dt.date(2025, 5, 21), False, "2025-05-17"),
        ("this weekend", dt.date(2025, 5, 21), True, "2025-05-24"),  # a future clause: the coming one
        ("next weekend", dt.date(2025, 5, 21), False, "2025-05-24"),
        # a stretch of time, not a date: no deictic word, or "the last/past/next ..."
        ("a week", SATURDAY, False, None),
        ("the year", SATURDAY, False, None),
        ("his first year", SATURDAY, False, None),
        ("the last year", SATURDAY, False, None),
        ("the past week", SATURDAY, False, "2025-05"),  # May 10-17: a stretch within one month is that month
        ("in the last two weeks", SATURDAY, False, "2025-05"),
        ("in the last three weeks", SATURDAY, False, "2025"),  # from April 26: two months, one year
        ("over the next ten days", SATURDAY, True, "2025-05"),
        ("over the next three weeks", SATURDAY, True, None),  # ahead: no year either
        ("the previous week", SATURDAY, False, None),  # counted from another time
        ("in the coming days", SATURDAY, True, None),  # no number: no one stretch
        ("over the past weeks", SATURDAY, False, None),
        ("the next two months", SATURDAY, True, None),
        ("this year", SATURDAY, False, "2025"),
        ("last year", SATURDAY, False, "2024"),
        # counted back in weeks: the week's month, never a day; a vague count gives no date
        ("two weeks ago", SATURDAY, False, "2025"),  # May 3: its week, April 28 - May 4, spans two months
        ("three weeks ago", SATURDAY, False, "2025-04"),  # April 26: the week of April 21-27
        ("a few weeks ago", SATURDAY, False, None),
        ("a few days ago", SATURDAY, False, None),
        ("several years ago", SATURDAY, False, None),
    ],
)
def test_weeks_weekends_and_stretches_of_time(text, published, future, value):
    found = resolve(text, published, future=future)
    assert (found.value if found else None) == value


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        # the tagger dates only the weekday of "Friday morning" and hangs it on the time noun
        ("In a statement emailed to reporters on Friday morning, the minister condemned the attack.", "ACCUSE",
         "2025-05-16"),
        ("The two ministers met in Geneva on Thursday evening.", "CONSULT", "2025-05-15"),
        # a date on the event's own object noun ("held talks over the weekend") is the event's
        ("Iran and the United States held talks in Oman over the weekend.", "CONSULT", "2025-05-17"),
        # the time of day alone names no date
        ("The two ministers met in Geneva in the evening.", "CONSULT", None),
    ],
)
def test_times_of_day_and_the_events_own_noun(extract_text, text, event_type, value):
    events = _of_type(extract_text, text, event_type)
    assert events
    assert (events[0].date.value if events[0].date else None) == value


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        # the day of the act told just before: "earlier in the day", "later that day", "the same day"
        ("Iranian and US delegations held talks in Muscat on Thursday. The Iranian foreign minister had "
         "flown in from Tehran earlier in the day.", "CONSULT", "2025-05-15"),
        ("Israel and Hamas agreed to a truce on Friday. Later that day, Israeli jets struck Gaza.", "ASSAULT",
         "2025-05-16"),
        ("Israel and Hamas agreed to a truce on Friday. Israeli jets struck Gaza the same day.", "ASSAULT",
         "2025-05-16"),
        # with no dated act before it, "that day" names nothing
        ("Later that day, Israeli jets struck Gaza.", "ASSAULT", None),
    ],
)
def test_the_same_day_as_the_act_before(extract_text, text, event_type, value):
    events = _of_type(extract_text, text, event_type)
    assert events
    assert (events[-1].date.value if events[-1].date else None) == value


@pytest.mark.parametrize(
    ("second", "event_type", "value"),
    [
        # a definite noun naming the lead's dated act again, in the simple past: the lead's day
        ("During the talks, the EU envoy conveyed Belgrade's commitment to diplomacy.", "AGREE", "2025-05-15"),
        # set apart from it: another occasion ("The talks were mediated by Norway" is the lead's talks told
        # again, a mention of that event since session 13: test_the_leads_talks_mediated_are_a_mention_of_them)
        ("The previous talks were mediated by Switzerland.", "CONSULT", None),
        # an act of another type takes the noun as its content, maybe days later
        ("Albania denounced the talks.", "ACCUSE", None),
    ],
)
def test_the_leads_occasion_named_again(extract_text, second, event_type, value):
    text = "Serbia and Kosovo held indirect talks in Brussels on Thursday. " + second
    events = [e for e in _of_type(extract_text, text, event_type) if e.trigger.start > text.index(second)]
    assert events
    assert (events[0].date.value if events[0].date else None) == value


def test_a_carried_date_never_enters_a_sentence_with_a_time_of_its_own(extract_text):
    # Voice of America (public domain), tests/fixtures/voa/corpus/voa-6204569.txt: "The September deal
    # established the electoral process. More recent talks ... failed last week after the government placed
    # blame on ...": the blame is not September's, the sentence tells its own time
    from pathlib import Path

    text = (Path(__file__).parents[1] / "fixtures" / "voa" / "corpus" / "voa-6204569.txt").read_text(encoding="utf-8")
    placed = [e for e in extract_text(text, published="2021-04-14").events if e.trigger.text == "placed"]
    assert placed and (placed[0].date is None or placed[0].date.value != "2020-09")


FILLER = ("The old harbour of the city is known for its markets and its white houses, which draw visitors from "
          "across the region in every season of the year. ")


@pytest.mark.parametrize(
    ("second", "value"),
    [
        ("Araghchi praised the hosts.", "2025-05-16"),
        # placed relative to another time: its own time, not the day told before
        ("During the election campaign, Araghchi praised the hosts.", None),
        ("Araghchi praised the hosts in an interview before the election.", None),
        ("At the time, Araghchi praised the hosts.", None),
        # a subordinate clause keeps a time of its own; a direct quote is the speaker's words
        ("Araghchi served as a diplomat in Oman, while Araghchi praised the hosts.", None),
        ("\"Araghchi praised the hosts,\" a diplomat said.", None),
    ],
)
def test_a_carried_date_stops_at_a_clause_placed_in_time(extract_text, second, value):
    text = "Iranian Foreign Minister Abbas Araghchi met Omani officials in Muscat on Friday. " + second
    later = [e for e in extract_text(text, published="2025-05-17").events if e.trigger.start > text.index(second)]
    assert later and (later[0].date.value if later[0].date else None) == value


def test_a_month_is_not_carried(extract_text):
    text = "Iranian Foreign Minister Abbas Araghchi met Omani officials in Muscat in March. Araghchi praised the hosts."
    praised = [e for e in extract_text(text, published="2025-05-17").events if e.trigger.text == "praised"]
    assert praised and praised[0].date is None


def test_a_carried_date_is_not_carried_again(extract_text):
    # the second act is near the dated first one and takes its day; the third is near only the second (short
    # sentences: within the carry's reach of the second, beyond a follow-up's reach of the day's sentence)
    short = "The markets are busy. "
    text = ("Iranian Foreign Minister Abbas Araghchi met Omani officials in Muscat on Friday. " + FILLER * 2
            + "Araghchi praised the hosts. " + short * 8 + "Araghchi criticized the sanctions.")
    events = extract_text(text, published="2025-05-17").events
    praised = [e for e in events if e.trigger.text == "praised"]
    criticized = [e for e in events if e.trigger.text == "criticized"]
    assert praised and praised[0].date is not None and praised[0].date.value == "2025-05-16"
    assert criticized and criticized[0].date is None


def test_the_leads_talks_mediated_are_a_mention_of_them(extract_text):
    # "The talks were mediated by Norway" tells the lead's dated talks again: one event, two mentions, one day.
    text = "Serbia and Kosovo held indirect talks in Brussels on Thursday. The talks were mediated by Norway."
    events = [e for e in extract_text(text, published="2025-05-17").events if e.event == "CONSULT"]
    assert len(events) == 1 and [m.text for m in events[0].mentions] == ["mediated"]
    assert events[0].date is not None and events[0].date.value == "2025-05-15"


def test_a_datelines_day_dates_the_lead_and_its_re_mentions(extract_text):
    text = ("ISTANBUL, June 2 (Reuters) - Russian and Ukrainian negotiators held talks in Istanbul. The talks were "
            "mediated by Turkey's foreign minister.")
    events = extract_text(text, published="2025-06-03").events
    talks = [e for e in events if e.event == "CONSULT"]
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["mediated"]
    assert talks[0].date is not None and talks[0].date.value == "2025-06-02"


def test_an_act_in_a_former_officials_period_is_background(extract_text):
    """"during former President X's term": historical however undated, so it joins no cluster of this week's."""
    text = "The two countries held secret talks during former President Ana Reyes's term but made little headway."
    talks = [e for e in extract_text(text, published="2025-04-16").events if e.event == "CONSULT"]
    assert talks and all(e.modality == "historical" and e.date is None for e in talks)
    current = "The two countries held secret talks during President Ana Reyes's visit to Lima."
    talks = [e for e in extract_text(current, published="2025-04-16").events if e.event == "CONSULT"]
    assert talks and all(e.modality == "asserted" for e in talks)



def test_a_month_deadline_is_the_next_such_month_ahead(extract_text):
    """A user saw "by June" in a March story dated June of the year before: a deadline looks forward."""
    def of_type(text, event_type):
        return [e for e in extract_text(text, published="2026-03-12").events if e.event == event_type]

    signing = of_type("Norway said it will sign the deal by June.", "AGREE")
    assert signing and signing[0].date is not None and signing[0].date.value == "2026-06", signing
    # a done act is not dated by the deadline it set, and never a year back
    agreed = of_type("Norway agreed to set a new quota by June.", "AGREE")
    assert agreed and (agreed[0].date is None or agreed[0].date.value == "2026-06"), agreed
    # a bare month with no deadline is still the most recent one
    met = of_type("Norway met Iceland in June.", "CONSULT")
    assert met and met[0].date is not None and met[0].date.value == "2025-06", met


def test_a_span_across_months_names_no_one_date(extract_text):
    """A user saw "from January through July" dated January: a span of months is no one date."""
    events = extract_text("Norway and Iceland held talks from January through July.", published="2026-08-12").events
    talks = [e for e in events if e.event == "CONSULT"]
    assert talks and talks[0].date is None, [(e.event, e.date) for e in talks]
    assert resolve("January through July", parse_published("2026-08-12")) is None


def test_walking_out_of_a_dated_session_is_dated_by_it(extract_text):
    """A user saw "walked out of Tuesday's session" left undated: leaving an occasion is done during it."""
    events = extract_text("The Faroese delegation walked out of Tuesday's session.", published="2026-03-12").events
    walkouts = [e for e in events if e.event == "PROTEST"]
    assert walkouts and walkouts[0].date is not None and walkouts[0].date.value == "2026-03-10", walkouts
    events = extract_text("The delegates walked out of the session.", published="2026-03-12").events
    assert all(e.date is None for e in events)


@pytest.mark.parametrize("text", [
    "Years ago, the Kenyan president met the Ugandan leader in Nairobi.",
    "Decades ago, Kenya signed a border treaty with Uganda.",
    "The two ministers met in Kampala many years ago.",
])
def test_an_act_an_unnumbered_count_of_years_ago_is_background(extract_text, text):
    """"Years ago, X met Y": over a year back however vague, so historical though no date resolves."""
    events = extract_text(text, published="2025-04-16").events
    assert events and all(e.modality == "historical" for e in events), [(e.event, e.modality) for e in events]


def test_an_act_days_ago_stays_asserted(extract_text):
    """"days ago" may be this week: no historical marking without a date."""
    events = extract_text("The two ministers met in Kampala days ago.", published="2025-04-16").events
    assert events and all(e.modality == "asserted" for e in events), [(e.event, e.modality) for e in events]


@pytest.mark.parametrize(
    ("second", "event_type", "value"),
    [
        # the meeting named by the occasion phrase takes the lead's day, as does the verb told in it
        ("In his meeting with Serbian President Aleksandar Vucic, Lajcak expressed satisfaction with the ties.",
         "CONSULT", "2025-05-15"),
        # a verb coordinated with the first shares the phrase set before both
        ("In her meeting with Lajcak, Foreign Minister Marija Djuric voiced hope for a settlement and praised "
         "Belgium's role.", "SUPPORT", "2025-05-15"),
        # a meeting set apart from the lead's is another occasion
        ("In his previous meeting with Serbian President Aleksandar Vucic, Lajcak expressed satisfaction with the ties.",
         "CONSULT", None),
    ],
)
def test_the_leads_meeting_named_again_by_an_occasion_phrase(extract_text, second, event_type, value):
    text = "Lajcak met Serbian officials in Belgrade on Thursday. " + second
    events = [e for e in _of_type(extract_text, text, event_type) if e.trigger.start > text.index(second)]
    assert events
    assert (events[0].date.value if events[0].date else None) == value
