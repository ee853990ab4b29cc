"""Acts of the lead told in the present (issue 14 item 5): an act the lead tells as going on now ("activists
are calling for ...", "Iran rejects ...") is of the day the article was published, when its lead names that
very day ("The girls were freed Tuesday" in a story of that Tuesday).

The day is the text's, not the metadata's: the lead must tell, in the story's voice, a day that resolves to the
publication date itself; the act must be told in the present (progressive, or a simple present demand,
accusation, refusal, threat or stance) by a verb, not a noun ("The accord includes a pledge" describes a thing),
in a main clause or one reported by it, not in a quote, with no habit ("often calls for") and no time of its
own in its sentence (a day ahead there is an act to come's: "..., with a further session planned next week"). An act named by its noun is told by the verb saying it took place ("the third session of
talks has drawn to a close": dates.json ``occurrence_verbs``), not by one telling a state ("are hitting a rough patch"). Present perfects ("has lifted") and modals are out:
they tell a result or what is to come, not the act of that day.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event
from accord.stages.anchors import undated_told_events
from accord.stages.base import ArticleState
from accord.stages.dates.attachment import in_direct_quote, occurrence_verb, shifted_in_time, to_event_date
from accord.stages.dates.clauses import told_ahead
from accord.stages.dates.calendar import parse_published
from accord.stages.dates.context import present_perfect, present_progressive
from accord.stages.dates.followup import StoryDays, tells_time
from accord.stages.dates.headline import lead_sentence
from accord.stages.dates.speech import SPEECH_ACT_TYPES, told_clause
from accord.stages.entities.names import title_line_end
from accord.stages.events.habitual import tells_habit
from accord.stages.events.references import event_noun_type
from accord.stages.grammar import PRESENT_TAGS, SUBJECT_DEPS
from accord.stages.token_filters import document_sentences, sentence_of

# How many sentences open the story as its lead (after any headline line): the sentences that tell its news
# as of its day; further on, a present tense tells background as often ("The group calls for ...").
LEAD_SENTENCES = 3
# Types a simple present makes by being said on the day ("Kenya rejects", "activists call for"); other simple
# presents tell a state or a habit ("India backs", "the court hears such cases"). A progressive ("are calling
# for") tells an act under way, of any type.
PRESENT_SPEECH_TYPES = SPEECH_ACT_TYPES | frozenset({"SUPPORT", "AGREE"})


def _told_now(verb: Token, event_type: str, in_first: bool) -> bool:
    """Whether the act is told as going on now: a progressive, or a simple present of a speech act or stance;
    in the lead's first sentence (``in_first``), also a present perfect summing up the day's news ("has lifted")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False  # "will call for": to come
    return present_progressive(verb) or (verb.tag_ in PRESENT_TAGS and event_type in PRESENT_SPEECH_TYPES) \
        or (in_first and present_perfect(verb))


def _ahead(state: ArticleState, ent: SpacySpan) -> bool:
    """Whether a date of the lead's sentence is ahead of the story ("..., with a further session planned next week"): the
    time of an act to come, not a time of the lead's act of its own."""
    found = to_event_date(state, ent, False)
    return found is not None and told_ahead(state, found)


def date_present_leads(state: ArticleState, dates: dict[int, SpacySpan], days: StoryDays) -> list[Event]:
    """Give the publication day to the undated acts the lead tells in the present, when the lead names that
    day (``days``: the story days told); returns the events dated."""
    published = parse_published(state.article.published)
    day = next((t for t in days.told if t.sentence < LEAD_SENTENCES and t.date.value == published.isoformat()),
               None) if published is not None else None
    if day is None:
        return []
    first = lead_sentence(document_sentences(state.doc), title_line_end(state.text))
    changed: list[Event] = []
    for event, anchors in undated_told_events(state):
        anchor, own = state.doc[anchors.anchor], state.doc[anchors.own]
        happened = occurrence_verb(own) if own.pos_ == "NOUN" and own.i == anchor.i else None
        if happened is not None:
            anchor = happened  # "The third session of talks has drawn to a close": the talks' own verb
        elif own.pos_ == "NOUN" and (own.i == anchor.i or own.dep_ in SUBJECT_DEPS) \
                or any(c.dep_ in SUBJECT_DEPS and event_noun_type(c) for c in anchor.children):
            continue  # "The agreement includes a pledge", "Negotiations are hitting a rough patch": a thing's state

        sentence = bisect_right(days.starts, anchor.i) - 1
        if sentence >= LEAD_SENTENCES or not _told_now(anchor, event.event, sentence == first) or not told_clause(anchor) \
                or in_direct_quote(state, event) or tells_habit(anchor) or shifted_in_time(anchor) \
                or any(i in dates and tells_time(state.doc[i], anchor) and not _ahead(state, dates[i])
                       for i in range(sentence_of(anchor).start, sentence_of(anchor).end)):
            continue
        event.date = day.date
        changed.append(event)
    return changed
