"""An undated act kept as the one record of its re-mentions takes the day its mentions give (``dates.mentions``):
the walk reads only the kept words, so a caption or lead telling the act with no day left it undated although
a later sentence told it again on its day."""

from __future__ import annotations

PUBLISHED = "2025-05-17"  # a Saturday: "Thursday" is 2025-05-15

CAPTION = "Chilean envoys walk out of the Lima ministry following a private meeting with their Peruvian hosts"
LEAD = "Chilean and Peruvian envoys met in Lima for a third round of talks."
DETAIL = "Chile's envoy Pablo Soto held frank discussions on Thursday with Peru's trade minister in Lima, an aide said."


def _meetings(extract_text, text):
    """The CONSULT events of ``text``, with their date values and mention words."""
    events = extract_text(text, published=PUBLISHED).events
    return [(e.date.value if e.date else None, [m.text for m in e.mentions]) for e in events if e.event == "CONSULT"]


def test_the_kept_act_takes_the_day_its_mention_gives(extract_text):
    text = f"{CAPTION}\n\n{LEAD}\n\n{DETAIL}"
    meetings = _meetings(extract_text, text)
    assert len(meetings) == 1 and "discussions" in meetings[0][1], meetings
    assert meetings[0][0] == "2025-05-15", meetings


def test_a_mention_told_at_an_earlier_time_lends_no_day(extract_text):
    # "had earlier held": a time apart from the story's, whose day is not the kept act's
    text = f"{CAPTION}\n\n{LEAD}\n\n" + DETAIL.replace("held frank", "had earlier held frank")
    meetings = _meetings(extract_text, text)
    assert len(meetings) == 1 and "discussions" in meetings[0][1], meetings
    assert meetings[0][0] is None, meetings


def test_mention_day_reads_a_noun_held_on_its_day(extract_text, nlp):
    # the unit: a noun mention held as the object of a verb telling it took place ("held discussions on Thursday")
    from accord.article import Article
    from accord.records import Span
    from accord.stages.base import ArticleState
    from accord.stages.dates.attachment import date_entities
    from accord.stages.dates.mentions import mention_day

    text = "The envoys met in Lima. The envoy held discussions on Thursday with the minister."
    doc = nlp(text)
    state = ArticleState(article=Article(text=text, source="test", published=PUBLISHED), doc=doc)
    start = text.index("discussions")
    day = mention_day(state, [Span(text="discussions", start=start, end=start + len("discussions"))], date_entities(state))
    assert day is not None and day.value == "2025-05-15"
    ahead = text.replace("held discussions", "will hold discussions")
    doc = nlp(ahead)
    state = ArticleState(article=Article(text=ahead, source="test", published=PUBLISHED), doc=doc)
    start = ahead.index("discussions")
    mentions = [Span(text="discussions", start=start, end=start + len("discussions"))]
    assert mention_day(state, mentions, date_entities(state)) is None  # a day ahead is no done act's
