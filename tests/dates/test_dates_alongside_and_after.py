"""Days told beside the act rather than on it (issue 14 item 5):

- words said "after" a meeting whose day is written on it ("told reporters after Saturday's talks") are of
  that day, and so are the stances they take; a count of time ("two days after"), a month or an occasion that is
  no meeting ("after Saturday's leak") keeps them undated;
- a speech participle the parser hung on the reported clause ("confirmed on Monday that the vote had been
  delayed, saying ...") is of the report's day;
- a "with" clause telling what went on alongside a dated act ("..., yet with the envoys setting out a timetable")
  shares its day.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-05-12"  # a Monday: "Saturday" is 2025-05-10, "Sunday" 2025-05-11


def _dates(extract_text, text, trigger):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=PUBLISHED).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        ("Peru rejects the offer, the Peruvian minister told reporters after Saturday's talks.", "rejects",
         "2025-05-10"),
        ("The Peruvian minister said after the talks on Saturday that Peru rejects the offer.", "rejects",
         "2025-05-10"),
        # other meetings: a summit, a briefing, a hearing
        ("Peru rejects the offer, the Peruvian minister told reporters after Saturday's summit.", "rejects",
         "2025-05-10"),
        ("Peru rejects the offer, the Peruvian minister said after the hearing on Saturday.", "rejects",
         "2025-05-10"),
        # the meeting named through a part of it; the sentence tells another day too
        ("Peru's delegates have agreed to hold expert meetings in Quito on Wednesday, the Peruvian minister said "
         "after the opening sitting of the Lima talks on Saturday.", "agreed", "2025-05-10"),
    ],
)
def test_words_said_after_a_dated_occasion_are_of_its_day(extract_text, text, trigger, date):
    assert _dates(extract_text, text, trigger) == [date]


@pytest.mark.parametrize(
    "text",
    [
        # a count of time: not the occasion's day
        "Peru rejects the offer, the Peruvian minister told reporters two days after Saturday's talks.",
        # a month is no occasion's day
        "Peru rejects the offer, the Peruvian minister told reporters after the talks in March.",
        # another's act, not a meeting: the words may come days later
        "Peru rejects the offer, the Peruvian minister told reporters after Saturday's leak of the memo.",
        # occasions that are no meeting the speaker came out of: a rally, another's report or video
        "Peru rejects the offer, the Peruvian minister said after the rally on Saturday.",
        "Peru rejects the offer, the Peruvian minister told reporters after Saturday's report by the watchdog.",
        "Peru rejects the offer, the Peruvian minister told reporters after Saturday's video from the strikers.",
    ],
)
def test_words_said_after_an_occasion_keep_no_count_or_month(extract_text, text):
    assert _dates(extract_text, text, "rejects") == [None]


def test_a_speech_participle_hung_on_the_reported_clause_is_of_the_reports_day(extract_text):
    text = ('On Monday, the Chilean minister confirmed that the vote had been delayed, saying in a post that '
            '"we are postponing the session."')
    assert _dates(extract_text, text, "postponing") == ["2025-05-12"]


def test_a_participle_trailing_a_reported_deed_is_no_speech(extract_text):
    text = "The Chilean minister said on Monday that the army had shelled the town, killing 20 people."
    assert _dates(extract_text, text, "shelled") == [None]


def test_a_with_clause_shares_its_hosts_day(extract_text):
    text = "Chile and Peru closed fisheries talks in Lisbon on Sunday with no deal, but with both sides promising to meet again."
    assert _dates(extract_text, text, "promising") == ["2025-05-11"]


def test_a_participle_the_reported_clause_s_subject_can_say_keeps_that_clause_s_day(extract_text):
    # the strikers may be the ones saying it: their words are of Friday, not of the officials' Monday
    text = ("Chilean officials confirmed on Monday that the strikers had walked out of the talks on Friday, saying "
            "they reject the offer.")
    assert _dates(extract_text, text, "reject") == ["2025-05-09"]
