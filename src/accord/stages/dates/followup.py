"""Follow-ups of the story's day (issue 14 item 5): an act told after a sentence naming the story's day, by
a party that sentence names or to its doer, with no date word of its own, takes that day.

A story names its day once and then tells what the parties did that day without naming it again:
"Pence endorsed Cruz on Friday. ... Cruz thanked the governor", "Ryan said on Tuesday that ... Ryan urged
Trump to apologize". Such an act is dated only when every sign says it belongs to that day: it is told in
the story's own voice (not a quote, nor a quote's tag), in the simple past, in a main clause, by a verb, in
a sentence with no date, not set apart in time ("had earlier met"), not placed relative to another time
("before the vote"), no habit ("often") and no response ("retaliated": ``dates.response`` dates those only
right after the answered act, as an answer may come days later). Its doer must be named in a sentence
telling the story's day (at most ``STORY_DAYS`` before publication, in the story's voice, not a stretch
such as "this weekend" or "since Thursday", not a day ahead such as "will take effect Wednesday"), or its
target must be that sentence's doer, at most ``FOLLOW_UP_SENTENCES`` before it with no other time told
since. A party named there only in passing (the story's main figure, named everywhere) links nothing.
A date given here is not carried on to other acts. Hand audit on PolNeAR train (820 articles, seed
20261206): fired 23 times, right 20, wrong 3.
A country's government official stands for the country the day's sentence tells as a doer ("Iran on Friday
rejected ... Iran's foreign minister accused ...": ``dates.officials``), or names as a side or the home of its
subject ("Talks between Iran and Oman began on Monday", "Envoys from Qatar met on Monday": ``PARTY_PREPS``). A
doer named by a pronoun is also the subject told just before it, whatever its mention was resolved to, and a
"he" or "she" whose every main-clause subject since the day's sentence, that one's included, is the same pronoun
(``_pronoun_run``) is the person that sentence told of.
Without such a link, an act still takes the day while the scene goes on (``_scene_goes_on``): its sentence
names a party of the day's sentence other than as its target, or a thing of it again by a definite noun as
its subject or scene ("A threatening letter reached the office on Tuesday. ... The letter accused ..."), no
date other than that day and no clause placed against another time ("after", "earlier") is told since, and
it is not told in a speaker's first or second person. Hand audit, PolNeAR train seeds 110134 and 110135
(250 articles each, overlapping): fired once, right; VOA dev and multi-outlet: never. Looser forms were
judged and rejected (see the commit message).
Every side of a joined subject is a doer of the day's sentence ("Russia and Ukraine held talks on Tuesday"), so an
official of the second side links as one of the first does.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from accord.records import Event, EventDate
from accord.stages.anchors import EventAnchors, event_anchors
from accord.stages.base import ArticleState
from accord.stages.dates.calendar import date_words, parse_published, story_day
from accord.stages.dates.attachment import (
    OWN_TIME_CLAUSE_DEPS,
    attachment,
    in_direct_quote,
    is_bound,
    main_clause,
    own_dates,
    placed_in_time,
    shifted_in_time,
    simple_past,
    tags_a_quote,
    to_event_date,
    told_on,
)
from accord.stages.dates.officials import officials_of_any
from accord.stages.dates.response import tells_response
from accord.stages.dates.statement_index import statement_index
from accord.stages.entities import MENTIONS_KEY, STARTS_KEY, resolve_mention
from accord.stages.events.habitual import tells_habit
from accord.stages.events.references import has_definite_determiner
from accord.stages.grammar import MODAL_TAG, SUBJECT_DEPS, VERB_POS
from accord.stages.token_filters import document_sentences, sentence_of

# How many sentences after the one naming the story's day a follow-up of that day may be told: a story
# tells one day's doings over a few paragraphs (a quote, its speaker's reaction); further on it as often
# moves to another time without saying so.
FOLLOW_UP_SENTENCES = 8
# The clause objects whose named parties are an act's targets.
OBJECT_DEPS = frozenset({"dobj", "dative"})
# Words that may name a party: a name, a title noun ("the president"), a pronoun.
NAMING_POS = frozenset({"PROPN", "NOUN", "PRON"})
# The tag of a personal pronoun, and the pronouns that name one party or several ("she", "they").
PRONOUN_TAG = "PRP"
PERSONAL_PRONOUNS = frozenset({"he", "she", "they"})
# The value a date told ahead ("scheduled for Saturday") has among the dates told: another time than any day
# told, even when read as a past day.
AHEAD_VALUE = "ahead"
# Pronouns of a speaker or the one addressed: a clause told with one is someone's words, not the story's.
SPEAKER_PRONOUNS = frozenset({"i", "we", "you"})
# How a noun naming a thing of the day's sentence again sets the act in its scene: as its subject ("The letter
# accused") or in a phrase ("in a side session of the summit"), not as its object ("denounced the talks").
SCENE_DEPS = frozenset({"nsubj", "nsubjpass", "pobj"})
# How a word placing a clause against another time hangs on it ("after he spoke", "before the vote", "earlier").
TIME_MOVING_DEPS = frozenset({"mark", "prep", "advmod"})
# Prepositions by which a subject names the sides of a meeting or where its doers come from ("talks between Iran
# and Oman", "talks with Qatar", "envoys from Egypt").
PARTY_PREPS = frozenset({"between", "with", "from"})
# How many sentences back a pronoun's antecedent is looked for: the subject told just before.
ANTECEDENT_SENTENCES = 2
# Pronouns that name one person: a run of main clauses each told of the same one follows that person
# ("She toured the port on Monday. ... She praised the workers"); "they" may switch between groups unmarked.
ONE_PERSON_PRONOUNS = frozenset({"he", "she"})


def resolved_entity(state: ArticleState, token: Token) -> str | None:
    """The entity a word names, if resolved."""
    resolved = resolve_mention(state, token.idx, token.idx + len(token.text))
    return resolved.entity if resolved is not None and resolved.entity else None


def _doers(state: ArticleState, event: Event, anchors: EventAnchors) -> set[str]:
    """The resolved entities of the event's doers and of its clause's subject head ("Pence praised Cruz")."""
    found = {p.entity for p in event.actors if p.entity}
    verbs = {state.doc[anchors.anchor], state.doc[anchors.own]}
    verbs |= {v.head for v in verbs if v.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in v.children)}
    for verb in verbs:  # a coordinated verb's subject is its first verb's ("Clinton suggested ... and charged ...")
        found |= {e for c in verb.children if c.dep_ in SUBJECT_DEPS and (e := resolved_entity(state, c))}
    # a pronoun's doer is also the subject told just before it, whatever entity its mention was resolved to ("Albares
    # met her on Monday ... He also met Lopez", the "He" taken for the last person named): the party the story follows
    found |= set().union(*(_pronoun_antecedent(state, verb) for verb in verbs))
    return found


def _pronoun_antecedent(state: ArticleState, verb: Token) -> set[str]:
    """For a clause whose subject is a personal pronoun ("she commended him"), the resolved subject told
    nearest before it, in its sentence or the ``ANTECEDENT_SENTENCES`` before ("Clinton found ways ... On
    health care, she said ..."): the party the story is following. Used only to tie the act to the parties
    of a story-day sentence, so a pronoun of either of two such parties links rightly either way."""
    if not any(c.dep_ in SUBJECT_DEPS and c.tag_ == PRONOUN_TAG and c.lower_ in PERSONAL_PRONOUNS for c in verb.children):
        return set()
    sentences = document_sentences(verb.doc)
    index = next(i for i, s in enumerate(sentences) if s.start <= verb.i < s.end)
    first = sentences[max(0, index - ANTECEDENT_SENTENCES)].start
    for token in reversed(verb.doc[first:verb.i]):
        if token.dep_ in SUBJECT_DEPS and token.tag_ != PRONOUN_TAG and (e := resolved_entity(state, token)):
            return {e}
    return set()


def _pronoun_run(doc: Doc, first: int, anchor: Token) -> bool:
    """Whether the act's subject is "he" or "she" and every main-clause subject from the day's sentence
    (starting at token ``first``) up to the act is that same pronoun ("He toured the port on Monday. At one
    stop he met dockers. He praised ..."): the story follows one unnamed-again person, whose day the first
    clause told, even when the pronoun was not resolved. Any other subject between (a name, a noun, another
    pronoun) may be someone else, and breaks the run."""
    pronoun = next((c.lower_ for c in anchor.children if c.dep_ in SUBJECT_DEPS and c.tag_ == PRONOUN_TAG), None)
    if pronoun not in ONE_PERSON_PRONOUNS:
        return False
    subjects = [t for t in doc[first:anchor.i] if t.dep_ in SUBJECT_DEPS and main_clause(t.head)]
    return bool(subjects) and all(t.lower_ == pronoun for t in subjects)


def _targets(state: ArticleState, event: Event, anchors: EventAnchors) -> set[str]:
    """The resolved entities of the event's targets and of the parties its clause's object names
    ("thanked the governor", "fired back at Trump's comments")."""
    found = {p.entity for p in event.recipients if p.entity}
    for verb in {state.doc[anchors.anchor], state.doc[anchors.own]}:
        objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        found |= {e for o in objects for t in o.subtree if t.pos_ in NAMING_POS and (e := resolved_entity(state, t))}
    return found


def _may_follow(state: ArticleState, event: Event, anchors: EventAnchors, dates: dict[int, SpacySpan]) -> bool:
    """An undated act done and told in the story's voice: simple past, main clause, a verb (not a noun naming
    an act), no date in its sentence, not set apart nor placed in time."""
    anchor = state.doc[anchors.anchor]
    own = state.doc[anchors.own]
    return (event.date is None and event.modality == "asserted" and event.assertion in (None, "asserted")
            and not (own.pos_ == "NOUN" and (own.i == anchor.i or own.dep_ in SUBJECT_DEPS))
            and simple_past(anchor) and main_clause(anchor) and not shifted_in_time(anchor)
            and not placed_in_time(anchor) and not in_direct_quote(state, event) and not tags_a_quote(state, event)
            and not tells_habit(anchor) and not tells_response(anchor)
            and not own_dates(anchor, dates)
            and not any(tells_time(state.doc[i], anchor) for i in range(sentence_of(anchor).start, sentence_of(anchor).end) if i in dates))


def tells_time(token: Token, anchor: Token | None) -> bool:
    """Whether a date word tells a time of the anchor's sentence (of the story, without an anchor): not one
    inside a relative clause on a noun that the anchor is outside of ("Pence, who is running for reelection
    this year, praised Cruz")."""
    current = token
    while current.head.i != current.i:
        if current.dep_ in OWN_TIME_CLAUSE_DEPS and (anchor is None or not current.left_edge.i <= anchor.i <= current.right_edge.i):
            return False
        current = current.head
    return True


def sentence_entities(state: ArticleState, sentence: SpacySpan) -> set[str]:
    """The entities the sentence mentions."""
    mentions = state.scratch.get(MENTIONS_KEY, [])
    starts = state.scratch.get(STARTS_KEY) or [m.start for m in mentions]
    first = bisect_left(starts, sentence.start_char)
    last = bisect_left(starts, sentence.end_char)
    return {m.entity for m in mentions[first:last] if m.entity}


def _parties_of(state: ArticleState, subject: Token) -> set[str]:
    """The parties a subject names as its sides or senders ("Talks between Iran and Oman began on Monday",
    "Envoys from Qatar met on Monday"): doers of the day's act as much as a subject naming them, so their officials'
    acts told next follow it. Not a party named any other way in the subject ("the wife of the president")."""
    return {e for prep in subject.children if prep.dep_ == "prep" and prep.lower_ in PARTY_PREPS
            for obj in prep.children if obj.dep_ == "pobj"
            for t in obj.subtree if t.pos_ == "PROPN" and (e := resolved_entity(state, t))}


@dataclass(frozen=True)
class ToldDay:
    """A story-day date told in the story's voice: its sentence's index, the day, the entities named there
    and those named as a clause's subject (the day's doers)."""

    sentence: int
    date: EventDate
    entities: frozenset[str]
    doers: frozenset[str]
    # told on an occasion its clause is set at ("At his news conference on Monday, ..."), not on a verb: only the
    # acts of a party named there follow it (PolNeAR train seed 140246: another speaker's remark had taken it)
    occasion: bool = False
    # a sentence naming again the occasion a day was told at ("As the debate went on, ...": ``dates.scene``): it
    # tells that day for its own main clause too, which names no date of its own
    scene: bool = False


def _ahead(verb: Token) -> bool:
    """Whether a clause tells what is to come by a modal ("will take effect Wednesday"): its day is not one
    the story's acts were done on, nor is that of what a verb arranges ("the next round is scheduled for
    Saturday"). (An infinitive may be past: "started to become toxic on Tuesday".)"""
    return any(c.tag_ == MODAL_TAG for c in verb.children) or verb.lemma_.lower() in date_words()["arranging_verbs"]


@functools.lru_cache(maxsize=1)
def _stretch_words() -> frozenset[str]:
    return frozenset(date_words()["stretch_words"])


def told_days(state: ArticleState, dates: dict[int, SpacySpan], published: dt.date,
               sentences: Sequence[SpacySpan], starts: list[int]) -> tuple[list[ToldDay], list[int]]:
    """The story-day dates the story tells in its own voice ("Pence endorsed Cruz on Friday", "Ryan said on
    Tuesday"), and the sentences telling any other time (a date not of the story's day, or in a quote)."""
    quotes = statement_index(state)
    told: list[ToldDay] = []
    other: list[int] = []
    for ent in sorted(set(dates.values()), key=lambda e: e.start):
        sentence = bisect_right(starts, ent.start) - 1
        if is_bound(ent) or quotes.in_direct_quote(ent.start_char):
            continue  # "until Friday", "'Today we ...'": no day the story tells its acts on
        date = to_event_date(state, ent, False)
        owner = told_on(ent)  # "At his news conference on Monday, Obama ...": the day of the clause set there
        if owner.pos_ not in VERB_POS or not tells_time(ent.root, None):
            continue  # "ahead of Tuesday's primary", "Pence, who runs this year, ...": a time of a thing named
        if date is None or _ahead(owner) or not story_day(date, published):
            other.append(sentence)  # another time, or a day ahead ("will take effect Wednesday")
            continue
        if any(t.lower_ in _stretch_words() for t in (*ent, ent.root.head)):
            other.append(sentence)  # "this weekend", "since Thursday": a stretch of days, what follows may be of another
            continue
        if told and told[-1].sentence == sentence and told[-1].date.value == date.value:
            continue
        named = sentences[sentence]
        # every side of a joined subject acts ("Russia and Ukraine held talks on Tuesday"): the parser makes the
        # first the subject and the others its conjuncts
        doers = {e for t in named if t.dep_ in SUBJECT_DEPS for s in (t, *t.conjuncts) if (e := resolved_entity(state, s))}
        doers |= {e for t in named if t.dep_ in SUBJECT_DEPS for e in _parties_of(state, t)}
        told.append(ToldDay(sentence, date, frozenset(sentence_entities(state, named)), frozenset(doers),
                            occasion=owner.i != attachment(ent).i))
    return told, other


@dataclass(frozen=True)
class StoryDays:
    """The story-day dates an article tells (``told_days``) with its sentences' starts: computed once per
    article for both the follow-up and the speech-act rules."""

    starts: list[int]
    told: list[ToldDay]
    other: list[int]
    # every date the article tells, by sentence, with its value (None when unresolved), even one of a thing
    # named ("Tuesday's attack marked ...")
    values: list[tuple[int, str | None]]

    @property
    def told_at(self) -> list[int]:
        return [t.sentence for t in self.told]

    def another_time_since(self, day: ToldDay, sentence: int) -> bool:
        """Whether a sentence after the day's, up to ``sentence``, tells a date other than that day, even
        one of a thing named ("Tuesday's attack marked ..."): the story may have moved to it."""
        return any(day.sentence < d <= sentence and value != day.date.value for d, value in self.values)


def story_days(state: ArticleState, dates: dict[int, SpacySpan]) -> StoryDays | None:
    """The story days the article tells, or None when it has no publication date or tells none."""
    published = parse_published(state.article.published)
    if published is None:
        return None
    sentences = document_sentences(state.doc)
    starts = [s.start for s in sentences]
    told, other = told_days(state, dates, published, sentences, starts)
    if not told:
        return None
    values = [(bisect_right(starts, ent.start) - 1,
               AHEAD_VALUE if _ahead(attachment(ent)) else (d := to_event_date(state, ent, False)) and d.value)
              for ent in set(dates.values())]
    return StoryDays(starts, told, other, values)


@functools.lru_cache(maxsize=1)
def _time_moving_words() -> frozenset[str]:
    words = date_words()
    return frozenset(words["time_relation_words"]) | frozenset(words["time_shift_words"])


def _placed_elsewhere(doc: Doc, first: int, end: int) -> bool:
    """Whether a clause of the tokens ``first``..``end`` is placed against another time ("hit back after the
    governor spoke in Ohio", "had earlier met"): the story left the day's scene there."""
    return any(t.dep_ in TIME_MOVING_DEPS and t.lower_ in _time_moving_words() for t in doc[first:end])


def _shares_the_scene(state: ArticleState, event: Event, anchors: EventAnchors, day: ToldDay, sentence: int) -> bool:
    """Whether the act's sentence names something the day's sentence named: one of its parties, not as the
    act's target ("the merger of Acme drew criticism"; "Kirk urged Trump" may answer Trump any day), or a
    thing of it again by a definite noun as the act's subject or scene ("a threatening letter ... The letter
    accused", not "the previous talks", nor "denounced the talks", an answer maybe days later); an act
    sharing nothing with it may be another story's ("Modi urged ...")."""
    sentences = document_sentences(state.doc)
    told, act = sentences[day.sentence], sentences[sentence]
    if (sentence_entities(state, act) - _targets(state, event, anchors)) & day.entities:
        return True
    nouns = {t.lemma_.lower() for t in told if t.pos_ == "NOUN"}
    others = frozenset(date_words()["other_occasion_words"])
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns and t.dep_ in SCENE_DEPS
               and has_definite_determiner(t)
               and not any(c.lower_ in others for c in t.children) for t in act)  # not "the previous talks"


def _scene_goes_on(state: ArticleState, event: Event, anchors: EventAnchors, days: StoryDays, day: ToldDay,
                   sentence: int, anchor: Token) -> bool:
    """Whether an act with no party of the day's sentence still belongs to the scene it set: no other time
    told since, no sentence between placed against another time, and the act told by the story, not in the
    first or second person of a speaker whose quote was not marked ("I met with the agencies")."""
    return _shares_the_scene(state, event, anchors, day, sentence) and not days.another_time_since(day, sentence) \
        and not _placed_elsewhere(state.doc, days.starts[day.sentence + 1], days.starts[sentence]) \
        and not any(c.dep_ in SUBJECT_DEPS and c.lower_ in SPEAKER_PRONOUNS for c in anchor.children)


def day_before(told: list[ToldDay], told_at: list[int], sentence: int) -> ToldDay | None:
    """The told day an act of sentence ``sentence`` may follow: the last one told before it, or its own sentence's
    when that names a dated occasion again as its scene (``ToldDay.scene``)."""
    position = bisect_left(told_at, sentence)
    if position < len(told) and told[position].sentence == sentence and told[position].scene:
        return told[position]
    return told[position - 1] if position else None


def date_follow_ups(state: ArticleState, dates: dict[int, SpacySpan], days: StoryDays) -> list[Event]:
    """Give the story's day to the undated acts told right after a sentence telling it, by or to one of the
    parties that sentence names; returns the events dated. A date given here is not carried on."""
    anchors_by_id = event_anchors(state)
    starts, told, other, told_at = days.starts, days.told, days.other, days.told_at
    changed: list[Event] = []
    for event in state.events:
        anchors = anchors_by_id.get(event.id)
        if anchors is None or not _may_follow(state, event, anchors, dates):
            continue
        anchor = state.doc[anchors.anchor]
        sentence = bisect_right(starts, anchor.i) - 1
        day = day_before(told, told_at, sentence)
        if day is None:
            continue
        if sentence - day.sentence > FOLLOW_UP_SENTENCES or any(day.sentence <= o < sentence for o in other):
            continue  # too far, or another time told since (or beside) the day: the story may have moved on
        # the link: its doer is named where the day is told, or it acts on that sentence's doer ("Pence
        # endorsed Cruz on Friday ... Cruz thanked the governor"); a target named only in passing there (the
        # story's main figure, named everywhere) links nothing (hand audit: those were right 8 of 13).
        # Without a link, the scene told goes on ("The talks opened on Friday. ... The delegates agreed ...")
        # while no sentence since tells another time, even one of a thing named ("Tuesday's attack marked ...")
        doers = _doers(state, event, anchors)
        # "Iran on Friday rejected the offer. Its foreign minister accused ...": a country's official acts for it
        linked = bool(doers & day.entities) or officials_of_any(state, doers, day.doers) \
            or _pronoun_run(state.doc, starts[day.sentence], anchor)
        if not linked and not day.occasion:  # a day told on an occasion: only its parties' own acts follow it
            linked = bool(_targets(state, event, anchors) & day.doers) \
                or _scene_goes_on(state, event, anchors, days, day, sentence, anchor)
        if linked:
            event.date = day.date
            changed.append(event)
    return changed
