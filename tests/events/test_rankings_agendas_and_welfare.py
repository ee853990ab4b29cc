"""False events seen on fresh real news (PolNeAR train, session 20, judged by hand): a superlative ranked by
"ever" ("the kindest woman I have ever met") ranks experience, an agenda does not act for its holder, and a worry
for a relative's or a crew's welfare disapproves of no one, and backing up one's own claims or speeches ("made bold
claims and backed them up") supports no party; each beside the true event of the same words that stays. Sentences
are invented."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _types(extract_text, text):
    """The types of the events found, and a summary for failure messages."""
    events = _events(extract_text, text)
    return {e.event for e in events}, _summary(events)


@pytest.mark.parametrize("text, gone", [
    ("A colleague called Ruth Palmer the kindest judge he had ever met.", "CONSULT"),
    ("Her brother said she was the most generous donor the clinic had ever consulted.", "CONSULT"),
    ("The mayor's rivals say he follows a radical agenda that condemns the banks.", "ACCUSE"),
    ("Olga Brandt, a teacher from Lyon, was concerned about her son, a student at a German university.", "ACCUSE"),
    ("Italy's foreign minister was deeply concerned for the Greek sailors held in Libya.", "ACCUSE"),
    ("Italy's foreign minister was deeply concerned about the safety of the Greek sailors held in Libya.", "ACCUSE"),
])
def test_a_ranking_an_agenda_or_a_worry_for_someone_is_no_event(extract_text, text, gone):
    types, summary = _types(extract_text, text)
    assert gone not in types, summary


@pytest.mark.parametrize("text, kept", [
    ("On Monday the two presidents met in Geneva for the first time they had ever met.", "CONSULT"),
    ("The prime minister met the kindest judge in Rome on Tuesday.", "CONSULT"),
    ("The opposition condemned the banks on Monday.", "ACCUSE"),
    ("The State Department is deeply concerned about the arrests of journalists in Minsk.", "ACCUSE"),
    ("The Italian foreign minister is deeply concerned about the arrests of Greek sailors in Libya.", "ACCUSE"),
])
def test_the_same_words_for_a_real_act_stay(extract_text, text, kept):
    types, summary = _types(extract_text, text)
    assert kept in types, summary


@pytest.mark.parametrize("text", [
    "The mayor of Paris gives long speeches on housing and then backs them up on French television.",
    "The German chancellor made bold claims and backed them up with data.",
])
def test_backing_up_ones_own_words_supports_no_one(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "SUPPORT" not in types, summary


def test_backing_the_people_one_met_stays_support(extract_text):
    types, summary = _types(extract_text, "The German chancellor met French officials and backed them on Monday.")
    assert "SUPPORT" in types, summary


def test_a_video_players_notice_line_tells_no_event(extract_text):
    text = ("Police in Lyon arrested two men on Monday.\n\n"
            "We're sorry, this clip has been restricted by the owner for viewers abroad.\n\n"
            "The mayor praised the officers.")
    events = _events(extract_text, text)
    assert not any(e.trigger.text == "restricted" for e in events), _summary(events)
    assert any(e.trigger.text == "arrested" for e in events), _summary(events)
