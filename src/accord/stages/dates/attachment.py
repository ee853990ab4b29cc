"""Where a sentence's date expressions attach, and their resolution: shared by the dates stage's
in-sentence rules (``dates``) and its cross-sentence ones (``dates.context``)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from accord.records import Event, EventDate, Statement
from accord.stages.base import ArticleState
from accord.stages.dates.calendar import (
    HOURS_COUNTED,
    LAST_NIGHT,
    LEADING_LIMITERS,
    PAST_DEICTICS,
    SAME_DAY,
    THIS_DAYPART,
    date_words,
    parse_published,
    resolve,
)
from accord.stages.dates.statement_index import DIRECT_KIND, statement_index
from accord.stages.dates.dateline import dateline_date
from accord.stages.grammar import (
    PRESENT_TAGS, RELATIVE_PRONOUNS, SUBJECT_DEPS, VERB_POS, document_entities, preposition_objects,
)
from accord.stages.token_filters import indices_with
# Prepositions through which a clause names the occasion it was done at ("at a debate", "during the rally",
# "throughout the hearing"); not "before"/"after", which name another time.
SCENE_PREPS = frozenset({"at", "during", "throughout", "in"})

DATE_LABELS = frozenset({"DATE"})
# The label of a named event ("the 1967 war"), whose year the tagger does not tag a date.
EVENT_LABEL = "EVENT"
# The tagger's times: dated only by a word naming their day ("Friday morning", "Tuesday night").
TIME_LABELS = frozenset({"TIME"})
# How many heads up from a word a free temporal adjunct may attach.
CLAUSE_HOPS = 4
# Clauses whose time is their own, never their host clause's: relative clauses ("the leader, who resigned").
OWN_TIME_CLAUSE_DEPS = frozenset({"relcl"})
# How a bare time noun hangs on its verb ("met Tuesday evening"), and how its day hangs on it.
TIME_ADJUNCT_DEPS = frozenset({"npadvmod", "tmod"})
# How a verb's object hangs on it: a bare day the parser hangs on the object is the verb's.
OBJECT_DEP = "dobj"
DAY_OF_TIME_DEPS = frozenset({"compound", "nmod", "poss"})
# The tags of a verb in the simple past ("urged") and of a participle ("was approved").
SIMPLE_PAST_TAG = "VBD"
# How the parser hangs a finite verb on a noun when it misreads the subject's extent ("talks over the dam ended
# on Sunday": "ended" under "dam"); a past-tense verb there with no subject is the subject noun's own verb.
STRAY_VERB_DEP = "acl"
# Children that give a coordinated verb a clause of its own (its own subject or auxiliary).
OWN_CLAUSE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass"})
# The tag of a proper noun: "May" so tagged under a preposition is the month, not the modal.
PROPER_NOUN_TAG = "NNP"
PARTICIPLE_TAG = "VBN"
# The auxiliary of a perfect participle or gerund ("for having shot down a bomber"); the parser's lemma is the
# form itself, so the word is matched.
PERFECT_PARTICIPLE_AUX = "having"
# "for the first time", "for the second time", "for the last time": the parser hangs the phrases after it ("met
# for the first time at the summit in June 2018") on "time", but they tell the act's own time and occasion.
ORDINAL_TIME = ("for", "time", frozenset({"first", "second", "third", "fourth", "fifth", "last", "final"}))
# The prepositions under such a "time" that tell the act's own time or occasion: "for the first time in August",
# "at the summit"; not "since 2019" or "after the war", which tell how long it had not happened.
ORDINAL_TIME_PREPS = frozenset({"in", "on", "at", "during"})
# The tag of a bare verb, in the simple past after "did" ("did not rule out").
BARE_TAG = "VB"
# How a reported clause hangs on the verb reporting it ("said Tuesday that police arrested him").
REPORTED_DEP = "ccomp"
# Links inside a reported clause to a noun with a time of its own: a prepositional object ("files seized
# in the inquiry"), a verb's object ("breached a supply contract"). (A relative clause counts
# when its verb is past: "the thugs that attacked", not "Americans who are disappointed".)
RECOUNTED_LINK_DEPS = frozenset({"pobj", "dobj"})
# Participles describing an occasion noun ("a statement released Tuesday", "an interview airing Sunday").
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
# How a noun's complement hangs on it ("talks between Iran and Oman"): a clause after it may be the noun's.
COMPLEMENT_DEPS = frozenset({"prep", "pobj", "conj"})
# Markers placing a clause at another time than its host's ("came after the king wrote ...").
OTHER_TIME_MARKS = frozenset({"after", "before", "since", "until"})
# The tag of a gerund ("In responding Friday").
GERUND_TAG = "VBG"


def date_entities(state: ArticleState) -> dict[int, SpacySpan]:
    """Date entities by each of their token indices: the tagger's dates, and the day part of its times
    ("Friday morning" tagged a time is dated by "Friday morning"; "3 p.m." names no day)."""
    index: dict[int, SpacySpan] = {}
    for ent in document_entities(state.doc):
        if ent.label_ not in DATE_LABELS | TIME_LABELS:
            continue
        if ent.label_ in TIME_LABELS:
            ent = _day_of_time(ent)
        if ent is not None and not _quoted_deictic_day(state, ent) and not _quoted_title(ent):
            ent = _with_day_order(ent)
            for i in range(ent.start, ent.end):
                index[i] = ent
    for ent in (*_untagged_counted_days(state.doc, index), *_untagged_weekdays(state.doc, index),
                *_years_in_event_names(state.doc, index)):
        for i in range(ent.start, ent.end):
            index[i] = ent
    return index


# The words before a tagged "the day" that make it the day told before ("Later in the day, she ..."): the tagger
# leaves them out, and "the day" alone names no day.
DAY_ORDER_WORDS = frozenset({"earlier", "later"})
DAY_ORDER_PREPS = frozenset({"in"})


def _with_day_order(ent: SpacySpan) -> SpacySpan:
    """A tagged "the day" with the "later in" or "earlier in" the tagger left out before it, as one expression
    ("Later in the day"), which ``calendar.resolve_from`` reads as the day told before; else the expression."""
    doc = ent.doc
    if ent.start < 2 or not SAME_DAY.match(ent.text.lower()):
        return ent
    prep, order = doc[ent.start - 1], doc[ent.start - 2]
    if prep.lower_ in DAY_ORDER_PREPS and order.lower_ in DAY_ORDER_WORDS and prep.head.i in (order.i, order.head.i):
        return doc[order.i:ent.end]
    return ent


# A bare month this many months or fewer after the reference month is last year's only for an act told in the
# simple past ("In May, they signed"): news style gives the year of a month of the past year, and elsewhere such a
# month is this year's, ahead ("at its final meeting in December" in a November story; PolNeAR train seeds
# 100301 and 100302: a December meeting and a July convention had been dated a year back).
AHEAD_MONTHS = 2
# How a year modifies the noun after it in an event's name ("the 1967 war"), and what a year looks like.
YEAR_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod"})
YEAR_WORD = re.compile(r"1[89]\d\d|20\d\d")


def _years_in_event_names(doc: Doc, index: dict[int, SpacySpan]) -> list[SpacySpan]:
    """A year before a noun that the tagger read as part of an event's name ("the 1967 war", "the 2011
    uprising"), where it tags "the 2020 election" a date: the year is a date all the same."""
    return [doc[t.i:t.i + 1] for ent in document_entities(doc) if ent.label_ == EVENT_LABEL for t in ent
            if t.i not in index and YEAR_WORD.fullmatch(t.text) and t.dep_ in YEAR_MODIFIER_DEPS and t.head.i > t.i]


# How an untagged weekday hangs on its clause when it names the act's day: bare ("Earlier Sunday, the senator
# declined"), or after "on" ("on Sunday"); not a compound or a name ("Super Tuesday", "the Sunday Times").
def _quoted_deictic_day(state: ArticleState, ent: SpacySpan) -> bool:
    """A day counted from the speaker's now inside a direct quote ("'Tonight, he painted a dark picture,' the
    chairman said"): the day the words were said, which a story published the next morning does not share."""
    offsets = date_words()["day_offsets"]
    text = ent.text.lower().strip()
    deictic = any(t.lower_ in offsets for t in ent) or LAST_NIGHT.match(text) or THIS_DAYPART.match(text)
    return bool(deictic) and statement_index(state).in_direct_quote(ent.start_char)


def quoted_deictic_days(state: ArticleState) -> dict[int, SpacySpan]:
    """The days counted from a speaker's now inside a direct quote ("'We met them today,' she said"), by each of
    their token indices: left out of ``date_entities`` (no day the story tells), they date only the acts of their
    own quote, from the day it was said (``dates.stage.quoted_day_date``)."""
    index: dict[int, SpacySpan] = {}
    for ent in document_entities(state.doc):
        if ent.label_ in TIME_LABELS:
            ent = _day_of_time(ent)  # "tonight" tagged a time
        elif ent.label_ not in DATE_LABELS:
            continue
        if ent is not None and _quoted_deictic_day(state, ent):
            for i in range(ent.start, ent.end):
                index[i] = ent
    return index


# Quote marks opening and closing a title: a date word quoted alone is a show's or work's name (a talk show
# "This Week" named in a Sunday story: PolNeAR train, the name had hidden the interview's Sunday once weeks got a
# year).
OPENING_QUOTE_TAG = "``"
CLOSING_QUOTE_TAG = "''"


def _quoted_title(ent: SpacySpan) -> bool:
    """A date expression in title case standing alone between quote marks (a show named "This Week"): a title,
    not a date (a quoted "next week" is the speaker's words)."""
    doc = ent.doc
    return ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].tag_ == OPENING_QUOTE_TAG \
        and doc[ent.end].tag_ == CLOSING_QUOTE_TAG and all(t.text[:1].isupper() for t in ent if t.is_alpha)


WEEKDAY_DEPS = frozenset({"npadvmod", "tmod"})
WEEKDAY_PREPS = frozenset({"on"})


def _untagged_weekdays(doc: Doc, tagged: dict[int, SpacySpan]) -> list[SpacySpan]:
    """Capitalised weekdays the tagger leaves untagged in a long article ("Earlier Sunday, the senator declined
    ..."), hung on a clause as a bare time or after "on": dates like any tagged weekday. PolNeAR train: fired
    once in 70 fresh articles (seeds 90502, 90503), right."""
    weekdays = date_words()["weekdays"]
    found: list[SpacySpan] = []
    for i in indices_with(doc, "LOWER", weekdays):  # the weekday words only, found over the Doc's arrays
        token = doc[i]
        if token.i in tagged or not token.text[:1].isupper():
            continue
        if token.dep_ in WEEKDAY_DEPS or (token.dep_ == "pobj" and token.head.lower_ in WEEKDAY_PREPS):
            found.append(SpacySpan(doc, token.i, token.i + 1, label="DATE"))
    return found


# The nouns a counted day is told with ("a day before", "two days later", "hours later", "minutes later").
DAY_WORDS = ("day", "days", "hour", "hours", "minute", "minutes")
# Counted nouns told bare, with no number ("Days later, ...", "Hours earlier, ...", "Minutes later, ..."): counted
# from another time too.
BARE_COUNT_WORDS = frozenset({"days", "hours", "minutes"})
# Links of the words that make a count ("a", "two", "few"); an adverb before them ("only a day before", "nearly two
# hours later") is no part of the time told.
COUNT_DEPS = frozenset({"det", "nummod", "amod"})


def _untagged_counted_days(doc: Doc, tagged: dict[int, SpacySpan]) -> list[SpacySpan]:
    """Days counted from another time that the tagger leaves untagged ("had spoken only a day before at the summit",
    "the day before"): a determiner or number, "day(s)" and a word counting back or on, parsed as that
    word's measure; as dates they are resolved from the act or day told before (``calendar.resolve_from``)."""
    counting = set(date_words()["counted_day_words"])
    found: list[SpacySpan] = []
    for i in indices_with(doc, "LOWER", DAY_WORDS):  # "day(s)", "hour(s)" only, found over the Doc's arrays
        token = doc[i]
        if token.i + 1 >= len(doc):
            continue
        after = doc[token.i + 1]
        if after.lower_ not in counting or after.i in tagged or not (after.head.i == token.i or token.head.i == after.i) \
                or any(c.dep_ == "pobj" for c in after.children):
            continue  # "a day before": "before" measured by the day, or hanging on it; not "days before the vote"
        if token.i in tagged:  # "The day" tagged, "before" left out: the whole phrase
            if tagged[token.i].end == token.i + 1:
                found.append(SpacySpan(doc, tagged[token.i].start, after.i + 1, label="DATE"))
            continue
        start = token.i  # "a day", "two hours", "a few hours": the count's own words, not "only" or "nearly"
        while start > token.left_edge.i and doc[start - 1].dep_ in COUNT_DEPS:
            start -= 1
        if start < token.i and not any(j in tagged for j in range(start, token.i)):
            found.append(SpacySpan(doc, start, after.i + 1, label="DATE"))
        elif start == token.i and token.lower_ in BARE_COUNT_WORDS:  # "Hours later, the army shelled ..."
            found.append(SpacySpan(doc, token.i, after.i + 1, label="DATE"))
    return found


def _day_of_time(ent: SpacySpan) -> SpacySpan | None:
    """A time expression from its first word naming a day ("Friday morning", "Kyiv Tuesday" → "Tuesday"),
    or None when no word names one ("3 p.m.", "hours")."""
    text = ent.text.lower().strip()
    if SAME_DAY.match(text) or LAST_NIGHT.match(text) or (THIS_DAYPART.match(text) and ent[-1].is_lower) \
            or HOURS_COUNTED.match(LEADING_LIMITERS.sub("", text)):
        return ent  # "earlier in the day": the day of the act told before; "last night": the one before publication;
        # "earlier this morning": the publication day (not a show's title, "CBS's This Morning"); "minutes later":
        # the day of the act told before, counted by ``calendar.resolve_from``
    words = date_words()
    day_words = set(words["weekdays"]) | set(words["months"]) | set(words["day_offsets"])
    first = next((t.i for t in ent if t.lower_ in day_words and t.lower_ != "may"), None)
    return None if first is None else ent.doc[first:ent.end]


def attachment(ent: SpacySpan) -> Token:
    """The word a date expression modifies: the head of its preposition, or its syntactic head."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        return head.head
    return head


@functools.lru_cache(maxsize=1)
def _scene_nouns() -> frozenset[str]:
    return frozenset(date_words()["scene_nouns"])


def is_scene_noun(noun: Token) -> bool:
    """A noun naming an occasion at which many acts are told ("debate", "rally", "hearing": dates.json
    ``scene_nouns``)."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _scene_nouns()


def scene_verb(noun: Token) -> Token | None:
    """The verb whose occasion ``noun`` names through a scene preposition ("clashed at a debate"), else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in SCENE_PREPS or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return verb if verb.pos_ in VERB_POS else None


def time_attachment(ent: SpacySpan) -> Token:
    """The word a date expression modifies, through the time of day its day names ("at a debate on Thursday
    night": the debate, where the tagger dates only "Thursday" and hangs it on "night")."""
    word = time_word(ent)
    if word.i == ent.root.i:
        return attachment(ent)
    return word.head.head if word.dep_ == "pobj" and word.head.dep_ == "prep" else word.head


def told_on(ent: SpacySpan) -> Token:
    """The word whose time a date tells: what it modifies (``attachment``), or, for the day of the occasion a
    clause is set at ("At a Thursday rally, the senator ...", "At his news conference on Monday, ..."), that
    clause's verb."""
    owner = time_attachment(ent)
    verb = scene_verb(owner) if is_scene_noun(owner) else None
    return verb if verb is not None else owner


@functools.lru_cache(maxsize=1)
def _bound_preps() -> frozenset[str]:
    return frozenset(date_words()["bound_preps"])


def is_bound(ent: SpacySpan) -> bool:
    """Whether a date expression is a deadline or an end ("until April 2", "before Friday")."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in _bound_preps()


def ordinal_times(token: Token) -> list[Token]:
    """The "time" of a "for the first time" phrase on ``token``: what the parser hangs on it is the token's."""
    preposition, noun, ordinals = ORDINAL_TIME
    return [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == preposition
            for obj in prep.children if obj.dep_ == "pobj" and obj.lower_ == noun
            and any(c.lower_ in ordinals for c in obj.children)]


def own_dates(token: Token, dates: dict[int, SpacySpan]) -> list[SpacySpan]:
    """The date expressions attached to ``token`` directly or through one of its prepositions, but for a
    deadline or an end ("until April 2", "before Friday"), and those the parser hung on its "for the first
    time" ("accused them for the first time in August")."""
    found: list[SpacySpan] = []
    bounds = _bound_preps()
    for time in ordinal_times(token):  # "in August", not "since 2019": a stretch's start is no act's time
        found.extend(d for g in preposition_objects(time, ORDINAL_TIME_PREPS) for d in _dated_time(g, dates))
    for child in token.children:
        if child.i in dates:
            found.append(dates[child.i])
        elif child.dep_ == "prep" and child.lower_ not in bounds:
            found.extend(d for g in child.children if g.dep_ == "pobj" for d in _dated_time(g, dates))
        elif child.dep_ == OBJECT_DEP and token.pos_ in VERB_POS:
            # "hosted a drive for new voters Monday": the parser hangs the verb's bare day on its object
            found.extend(d for g in child.children if g.dep_ in TIME_ADJUNCT_DEPS for d in _dated_time(g, dates))
        else:
            found.extend(_dated_time(child, dates) if child.dep_ in TIME_ADJUNCT_DEPS else ())
    return found


def subject_dates(verb: Token, dates: dict[int, SpacySpan]) -> list[SpacySpan]:
    """The dates the parser hung on the verb's subject between it and the verb ("The government in 2016 had
    called for ..."): a time told before the verb is the verb's adjunct, not the subject's (the caller keeps
    out a subject naming an act: "the attacks in 2013 had ...")."""
    found: list[SpacySpan] = []
    bounds = _bound_preps()
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i):
        if subject.pos_ not in ("NOUN", "PROPN"):
            continue
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ not in bounds and c.i > subject.i):
            found.extend(dates[g.i] for g in prep.children if g.dep_ == "pobj" and g.i in dates and g.i < verb.i)
    return found


def _dated_time(noun: Token, dates: dict[int, SpacySpan]) -> list[SpacySpan]:
    """The date a time noun stands for: its own, or that of its day when it is a time of day ("on Friday
    morning", "Tuesday evening", where the tagger dates only the weekday and parses it as a compound)."""
    if noun.i in dates:
        return [dates[noun.i]]
    if noun.lemma_.lower() not in _times_of_day():
        return []
    return [dates[c.i] for c in noun.children if c.dep_ in DAY_OF_TIME_DEPS and c.i in dates][:1]


def time_word(ent: SpacySpan) -> Token:
    """The word standing for a date in the parse: the time of day its day names ("Thursday night's debate":
    "night", where the tagger dates only "Thursday"), else its root."""
    root = ent.root
    head = root.head
    if root.dep_ in DAY_OF_TIME_DEPS and head.i != root.i and head.lemma_.lower() in _times_of_day():
        return head
    return root


@functools.lru_cache(maxsize=1)
def _times_of_day() -> frozenset[str]:
    return frozenset(date_words()["times_of_day"])


def occasion_dates(noun: Token, dates: dict[int, SpacySpan]) -> list[SpacySpan]:
    """The dates of a noun naming an occasion: its own ("a news conference Thursday"), those of the
    participle describing it ("a statement emailed to VOA on Friday", "a video posted Sunday"), or of a relative
    clause telling it took place ("the summit, which took place on Sunday": ``took_place``)."""
    found = own_dates(noun, dates)
    found.extend(d for clause in _occurrence_clauses(noun) for d in own_dates(clause, dates))
    happened = _stray_occurrence(noun)
    if happened is not None:
        found.extend(own_dates(happened, dates))
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ in PARTICIPLE_TAGS:
            found.extend(own_dates(clause, dates))
            # "a joint statement issued at their meeting in July": the occasion it was issued at
            for occasion in preposition_objects(clause, _at_occasion_preps()):
                found.extend(own_dates(occasion, dates))
    return found


def took_place(clause: Token) -> bool:
    """Whether a relative clause tells that the noun it describes took place ("which took place on Sunday",
    "that was held Friday", "which ended Monday"): dates.json ``occurrence_verbs``, with the relative pronoun as
    its subject; not a later fate ("which expired in October") nor an act done to it ("which Trump quit in 2018")."""
    if clause.dep_ != "relcl" or not any(c.dep_ in SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
        return False
    return tells_occurrence(clause)


def tells_occurrence(verb: Token) -> bool:
    """Whether a verb tells that what its subject names took place ("began", "has concluded", "took place",
    "came to an end"): dates.json ``occurrence_verbs``."""
    table = date_words()["occurrence_verbs"]
    lemma = verb.lemma_.lower()
    if lemma in table["verbs"]:
        return True
    thing = table["with_object"].get(lemma)
    if thing is not None and any(c.dep_ == OBJECT_DEP and c.lemma_.lower() == thing for c in verb.children):
        return True
    linked = table["with_preposition"].get(lemma)
    return linked is not None and any(c.dep_ == "prep" and c.lower_ == linked[0]
                                      and any(o.lemma_.lower() == linked[1] for o in c.children) for c in verb.children)


def occurrence_verb(noun: Token) -> Token | None:
    """The verb telling that an act named by a noun took place, the noun (or the "round" or "session" of it)
    being its subject ("the third session of talks has drawn to a close", "the talks began"), or None: the act's
    own verb, whose tense and time are the act's (not "the talks are hitting a rough patch")."""
    subject = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.dep_ == "prep" else noun
    if subject.dep_ not in SUBJECT_DEPS or subject.head.pos_ not in VERB_POS:
        return None
    return subject.head if tells_occurrence(subject.head) else None


def _stray_occurrence(noun: Token) -> Token | None:
    """The verb telling that a subject noun's act took place, when the parser hung it, finite and with no subject
    of its own, on a noun inside the subject ("Fresh talks between the negotiators to settle disputes over the
    dam ended in Cairo on Sunday, officials said": "ended" under "dam"): the act's own verb, or None."""
    if noun.dep_ not in SUBJECT_DEPS:
        return None
    for token in noun.subtree:
        if token.i > noun.i and token.dep_ == STRAY_VERB_DEP and token.tag_ == SIMPLE_PAST_TAG \
                and not any(c.dep_ in SUBJECT_DEPS for c in token.children) and tells_occurrence(token):
            return token
    return None


def _occurrence_clauses(noun: Token) -> list[Token]:
    """The relative clauses telling that ``noun`` took place (``took_place``), on it or on a noun of its
    complement, where the parser hangs them ("the summit of the two leaders, which took place on Sunday":
    the leaders take no place)."""
    found: list[Token] = []
    stack = [noun]
    while stack:
        token = stack.pop()
        for child in token.children:
            if took_place(child):
                found.append(child)
            elif child.dep_ in COMPLEMENT_DEPS and child.i > token.i:
                stack.append(child)
    return found


def follows_placed_clause(participle: Token) -> bool:
    """Whether a word follows a clause its head places at another time ("the summit came after the king wrote to the
    leader, requesting talks"): the parser hangs the participle on the head, but it tells the placed clause's
    act, so it takes no date from the head's doer nor its clause."""
    return any(c.dep_ == "advcl" and c.i < participle.i and any(
        m.dep_ == "mark" and m.lower_ in OTHER_TIME_MARKS for m in c.children) for c in participle.head.children)


def gerund_dates(verb: Token, dates: dict[int, SpacySpan]) -> list[SpacySpan]:
    """The dates of a gerund a verb's preposition opens to tell the act's own time ("In responding Friday, the
    campaign accused ...", "On arriving Monday, she met ..."): dates.json ``gerund_same_time_preps``; not "after
    meeting Friday", told at another time."""
    preps = date_words()["gerund_same_time_preps"]
    return [d for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in preps
            for gerund in prep.children if gerund.dep_ == "pcomp" and gerund.tag_ == GERUND_TAG
            for d in own_dates(gerund, dates)]


@functools.lru_cache(maxsize=1)
def _at_occasion_preps() -> frozenset[str]:
    """The prepositions naming the occasion something happened at ("at", "during"), not an earlier time."""
    return frozenset(date_words()["same_day_preps"]) & frozenset(date_words()["occasion_preps"])


def reference_date(state: ArticleState) -> dt.date | None:
    """The day relative dates count from: the dateline's ("ISTANBUL, June 2 -"), else the publication's."""
    published = parse_published(state.article.published)
    return dateline_date(state.text, published) or published


@functools.lru_cache(maxsize=1)
def _deadline_preps() -> frozenset[str]:
    return frozenset(date_words()["deadline_preps"])


def is_deadline_ahead(ent: SpacySpan) -> bool:
    """Whether a date expression is a deadline looking forward ("reached by June", "until October"): governed by
    a deadline preposition in a clause that is not past perfect ("had doubled by June" looks back)."""
    root = ent.root
    prep = root.head
    if root.lower_ not in date_words()["months"]:
        return False  # "by phone Sunday": only a month is a deadline the rule moves ahead
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _deadline_preps():
        return False
    verb = prep.head
    return not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ == SIMPLE_PAST_TAG for c in verb.children)


def _month_just_ahead(ent: SpacySpan, value: str, reference: dt.date | None) -> bool:
    """Whether a bare month (no day, no year, no "last") was resolved to last year's though this year's is at
    most ``AHEAD_MONTHS`` ahead of the reference day: read so only when an act told in the past was done then."""
    parts = value.split("-")
    if reference is None or len(parts) != 2 or YEAR_WORD.search(ent.text) or any(t.lower_ in PAST_DEICTICS for t in ent):
        return False
    return int(parts[0]) == reference.year - 1 and 0 < int(parts[1]) - reference.month <= AHEAD_MONTHS


def _month_may(ent: SpacySpan) -> bool:
    """A lone "May" that is the month: a proper noun under a preposition ("In May, ...", "since May")."""
    root = ent.root
    return len(ent) == 1 and root.lower_ == "may" and root.tag_ == PROPER_NOUN_TAG and root.dep_ == "pobj"


def to_event_date(state: ArticleState, ent: SpacySpan, future: bool) -> EventDate | None:
    """The resolved date of a date expression, with its span, or None when it names no resolvable date. A
    deadline ahead ("by June") is resolved forward, as a date in a future clause is."""
    text = ent.text
    if _month_may(ent):
        text = f"{ent.root.head.text} {text}"  # "In May": the month; the resolver leaves a lone "May" (the modal) alone
    reference = reference_date(state)
    resolved = resolve(text, reference, future=future or is_deadline_ahead(ent))
    if resolved is None:
        return None
    if not future and _month_just_ahead(ent, resolved.value, reference) and not simple_past(attachment(ent)):
        return None  # "its final meeting in December" in a November story: this December's, an act not done yet
    return EventDate(value=resolved.value, granularity=resolved.granularity, text=ent.text,
                     resolved=True, start=ent.start_char, end=ent.end_char)


def recounts_past(token: Token) -> bool:
    """Whether a word of a reported clause tells an act before the report's time: a past perfect or a past
    conditional ("said leaders had decided", "would have been cool had Clinton congratulated him"), a
    relative clause in the past ("'the thugs that attacked ...,' he tweeted"), or a noun with a time of its
    own (``RECOUNTED_LINK_DEPS``: "go along with the deal", "files seized in the inquiry"). Not a
    simple past, a past passive or a present perfect ("said on Saturday that negotiations were held",
    "confirmed Saturday that they have agreed"): news reports the day's acts so (hand audit: in the
    multi-outlet reports those were all of the report's day), nor what holds then ("said it was cutting ties").
    Hand audit (PolNeAR train, all 840 articles in the order of seed 8512, with VOA dev and the multi-outlet
    reports): the rule withheld 20 dates, 18 of them wrong, 2 right (a cable's "frequent clashes", an order a
    report of last month told)."""
    if token.dep_ in RECOUNTED_LINK_DEPS and token.pos_ in ("NOUN", "PROPN"):
        return True
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_ == "have" and (c.tag_ == SIMPLE_PAST_TAG or c.tag_ == BARE_TAG) for c in auxiliaries):
        return True  # "had decided", "would have been"
    if token.dep_ in OWN_TIME_CLAUSE_DEPS:
        return token.tag_ == SIMPLE_PAST_TAG or any(c.lemma_ == "have" for c in auxiliaries) \
            or any(c.dep_ == "auxpass" and c.tag_ == SIMPLE_PAST_TAG for c in auxiliaries)
    return False


def recounted_below(state: ArticleState, token: Token, reporter: Token) -> bool:
    """Whether ``token`` lies in a clause reported by ``reporter`` (an ancestor, a statement's cue) through a
    past act the report recounts (``recounts_past``): the report's date is not that act's ("said Tuesday that
    police arrested him": the arrest may be of any day before)."""
    current, recounted = token, False
    while current.i != reporter.i and current.head.i != current.i:
        recounted = recounted or recounts_past(current)
        if current.dep_ == REPORTED_DEP and current.head.i == reporter.i:
            return recounted and bool(statement_index(state).with_cue_over([(reporter.idx, reporter.idx + len(reporter.text))]))
        current = current.head
    return False


def date_up_the_clauses(
    state: ArticleState, start: Token, dates: dict[int, SpacySpan], future: bool, verbs_only: bool
) -> EventDate | None:
    """The first resolvable date of ``start``'s clause or of the clauses above it (``CLAUSE_HOPS`` at most);
    with ``verbs_only``, only dates attached to a verb count."""
    current = start
    for _ in range(CLAUSE_HOPS):
        if current is not start and current.tag_ in PRESENT_TAGS:
            break  # "is today a friend of whoever sends arms": a state now, not the day of an act below it
        for ent in own_dates(current, dates):
            if verbs_only and attachment(ent).pos_ not in ("VERB", "AUX"):
                continue
            found = to_event_date(state, ent, future)
            if found:
                return found
        if current.head.i == current.i or current.dep_ in OWN_TIME_CLAUSE_DEPS:
            break  # "Berisha, who resigned ..., rejected it Thursday": a relative clause keeps its own time
        if perfect_participle(current):
            break  # "faulted him Thursday for having fired the chief": done before its host's day
        if current.dep_ == REPORTED_DEP and recounted_below(state, start, current.head):
            break  # "said Tuesday that police arrested him": a past act recounted keeps its own time
        current = current.head.head if _misplaced_speech(current) else current.head
    return None


# How a participle trailing a clause hangs on it ("..., saying ...").
TRAILING_CLAUSE_DEP = "advcl"
# Subjects that cannot be a speaker's: a passive clause's ("the fair had been cancelled") and an expletive
# ("it was announced"); a clause with another subject ("the rebels had walked out") may be the one saying it.
UNSPEAKING_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass", "auxpass", "expl"})


def _misplaced_speech(verb: Token) -> bool:
    """Whether a speech participle reporting words ("saying that ...") trails a reported clause the parser hung it
    on ("the mayor confirmed on Monday that the fair had been cancelled, saying that ..."): with no subject of its
    own it shares the reporting verb's, so it is of the report's time, not of the clause it follows. Only when
    the reported clause has no subject who could be saying it (passive or expletive, ``UNSPEAKING_SUBJECT_DEPS``):
    "confirmed on Monday that the rebels had walked out on Friday, saying ..." may be the rebels' Friday words."""
    host = verb.head
    return verb.dep_ == TRAILING_CLAUSE_DEP and verb.tag_ == GERUND_TAG and host.dep_ == REPORTED_DEP \
        and host.i < verb.i and any(c.dep_ == REPORTED_DEP for c in verb.children) \
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
        and any(c.dep_ in UNSPEAKING_SUBJECT_DEPS for c in host.children)


# The key of a document's answers of ``shifted_in_time`` by token index in ``Doc.user_data``.
_SHIFTED = "accord.shifted_in_time"


def shifted_in_time(token: Token) -> bool:
    """The token's clause, or a clause above it, is set apart in time ("had previously said", "earlier");
    remembered per token of the document (the dates stage asks it of the same verbs for each date and statement)."""
    known: dict[int, bool] = token.doc.user_data.setdefault(_SHIFTED, {})
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = _shifted_in_time(token)
    return found


def _shifted_in_time(token: Token) -> bool:
    """``shifted_in_time``, walking up from the token."""
    shift = set(date_words()["time_shift_words"])
    current = token
    while True:
        for child in current.children:
            if child.dep_ == "advmod" and child.lower_ in shift:
                return True
            if child.dep_ == "aux" and child.lemma_ == "have" and child.tag_ == "VBD":
                return True  # past perfect: before the time the story tells
        if perfect_participle(current):
            return True  # "for having shot down a bomber": before the time its host tells
        if current.head.i == current.i:
            return False
        current = current.head


def perfect_participle(verb: Token) -> bool:
    """A verb told as a perfect participle or gerund ("for having shot down a bomber", "having met him"): an act
    done before the time of the clause it hangs on, so that clause's date is not its own."""
    return any(c.dep_ == "aux" and c.lower_ == PERFECT_PARTICIPLE_AUX for c in verb.children)


def shares_perfect(verb: Token) -> bool:
    """A verb coordinated with a perfect ("has praised ... and offered"), with no subject or auxiliary of its own."""
    if verb.dep_ != "conj" or any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.head.children)


def told_in_present(verb: Token) -> bool:
    """Whether a verb is told in the present ("rejects", "is calling", "is related to"), itself or through its
    auxiliary (not the present perfect): what holds now, not the time of an act it names."""
    return verb.tag_ in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS
                                            and c.lemma_ != "have" for c in verb.children)


def simple_past(verb: Token) -> bool:
    """A verb in the simple past, active ("urged"), passive ("was approved") or with "did" ("did express
    concern", "did not rule out"): the tense in which a story tells the acts of its day. A verb coordinated
    with a present perfect, with no subject or auxiliary of its own ("has promised ..., opposed ..."), shares it."""
    if shares_perfect(verb):
        return False
    if verb.tag_ == SIMPLE_PAST_TAG:
        return True
    if verb.tag_ == BARE_TAG and any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == SIMPLE_PAST_TAG
                                     for c in verb.children):
        return True
    return verb.tag_ == PARTICIPLE_TAG and any(c.dep_ == "auxpass" and c.tag_ == SIMPLE_PAST_TAG for c in verb.children)


def placed_in_time(verb: Token) -> bool:
    """Whether the clause of ``verb``, a clause above it, or its occasion is placed relative to another time
    ("During the primaries, Ryan voiced ...", "asked before the votes were cast", "in an interview before
    the vote", "at the time"): its time is not that of the act told before it."""
    relations = _time_relations()
    current = verb
    while True:
        for child in current.children:
            if child.dep_ == "prep" and (child.lower_ in relations or _at_the_time(child)):
                return True
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in relations for m in child.children):
                return True
            if child.dep_ == "prep":
                if any(c.dep_ == "prep" and c.lower_ in relations for g in child.children if g.dep_ == "pobj"
                       for c in g.children):
                    return True  # "in an interview before the vote"
        if current.head.i == current.i:
            return False
        current = current.head


def _at_the_time(prep: Token) -> bool:
    """"at the time", "at that time": back to a time the story named before."""
    return prep.lower_ == "at" and any(g.dep_ == "pobj" and g.lemma_.lower() == "time" for g in prep.children)


@functools.lru_cache(maxsize=1)
def _time_relations() -> frozenset[str]:
    return frozenset(date_words()["time_relation_words"])


def main_clause(verb: Token) -> bool:
    """Whether a verb heads its sentence or a clause coordinated with the head ("He pledged ... and vowed"):
    the clauses in which a story tells the acts of its day; a subordinate, reported or relative clause keeps
    a time of its own ("as they met", "..., while Hendricks donated", "reported that X was ousted")."""
    current = verb
    while current.dep_ == "conj":
        current = current.head
    return current.head.i == current.i


def cue_overlaps(statement: Statement, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether a statement's cue overlaps one of the character ranges (an event there is that speech act)."""
    return statement.cue is not None and any(statement.cue.start < end and start < statement.cue.end for start, end in spans)


def tags_a_quote(state: ArticleState, event: Event) -> bool:
    """Whether the event's trigger is the cue of a direct quote ("'Do I think ...?' Sanders asked"): the
    quote's time is its statement's, which may be an interview of days before."""
    span = ((event.trigger.start, event.trigger.end),)
    return any(s.kind == DIRECT_KIND for s in statement_index(state).with_cue_over(span))


def in_direct_quote(state: ArticleState, event: Event) -> bool:
    """Whether the event's trigger lies in a direct quote: the speaker's words, not the story's narration."""
    start = event.trigger.start
    return statement_index(state).in_direct_quote(event.trigger.start)
