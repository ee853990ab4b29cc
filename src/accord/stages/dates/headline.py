"""Headlines (issue 14 item 5): an act told in the title over a lead that tells the story's day is the lead's.

A news title sums up its lead: "Mayor Vows To Rebuild Bridge" over "Mayor Ana Ruiz on Tuesday promised to
rebuild ...". When the title's act is not folded into a lead event (the lead tells it as a statement, or in
other words of another type), it is left undated, though the lead says its day. An undated act of the title
line takes the day the lead tells in its own voice (``dates.followup.told_days``: a story day, not a stretch,
not ahead, not in a quote) when one of its doers is a doer of the lead's sentence, and the lead tells no other
time; not an act completing another verb ("Minister Demands Envoy Resign"), which is asked for, not done. The lead is the first body sentence with a verb; a title longer than a headline is prose, not a title.
Hand audit on PolNeAR train (session 10): found on seed 100301 (a candidate's title act, right); on the fresh
seed 100302 (20 articles) it did not fire; on 150 articles drawn by seed 100304 among those with a weekday in
the lead or a month, period or response phrase, it fired twice: right once, wrong once (an act the title asks
for, "demands X resign", now left out by the complement check).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan

from accord.records import Event
from accord.stages.anchors import event_anchors
from accord.stages.base import ArticleState
from accord.stages.dates.attachment import in_direct_quote
from accord.stages.dates.followup import StoryDays
from accord.stages.entities import resolve_mention
from accord.stages.entities.names import title_line_end
from accord.stages.grammar import VERB_POS
from accord.stages.token_filters import document_sentences

# Assertions of a title act that may take its lead's day: a done act, told in the title as news.
TOLD_ASSERTIONS = frozenset({None, "asserted"})
# Clauses completing another verb ("demands envoy resign", "vows to fight"): an act asked for or to come.
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp"})


def lead_sentence(sentences: Sequence[SpacySpan], title_end: int) -> int | None:
    """The index of the first sentence after the title line with a verb: the lead."""
    return next((i for i, s in enumerate(sentences) if s.start_char >= title_end
                 and any(t.pos_ in VERB_POS for t in s)), None)


def _doer_entities(state: ArticleState, event: Event) -> set[str]:
    """The entities of the event's doers: linked, or resolved from their words (a title's names are not linked)."""
    found = {a.entity for a in event.actors if a.entity}
    for actor in event.actors:
        resolved = resolve_mention(state, actor.start, actor.end) if actor.start is not None else None
        if resolved is not None and resolved.entity:
            found.add(resolved.entity)
    return found


def date_headlines(state: ArticleState, days: StoryDays) -> list[Event]:
    """Give the lead's story day to the undated acts of the title line that the lead's doer did; returns them."""
    title_end = title_line_end(state.text)
    if not title_end or not days.told:
        return []
    sentences = document_sentences(state.doc)
    lead = lead_sentence(sentences, title_end)
    first = days.told[0]
    if lead is None or first.sentence != lead or lead in days.other:
        return []  # the lead tells no day, or another time beside it: the title's act may be of either
    if any(t.sentence == lead and t.date.value != first.date.value for t in days.told):
        return []  # two days in the lead
    anchors_by_id = event_anchors(state)
    changed: list[Event] = []
    for event in state.events:
        anchors = anchors_by_id.get(event.id)
        if anchors is None or event.date is not None or event.trigger.start >= title_end:
            continue
        if event.modality != "asserted" or event.assertion not in TOLD_ASSERTIONS or event.negated \
                or in_direct_quote(state, event):
            continue
        if bisect_right(days.starts, anchors.anchor) - 1 == lead:
            continue  # a title run into the lead by the parser: the lead's own rules date it
        own = state.doc[anchors.own]
        if own.dep_ in COMPLEMENT_DEPS:
            continue  # "Minister demands envoy resign": an act asked for, not the one the lead dates
        if _doer_entities(state, event) & first.doers:
            event.date = first.date
            changed.append(event)
    return changed
