"""Dates: each event's date, resolved against the article's publication date (or its dateline's).

Order of evidence, first found wins: for a clause counted from its host ("two days after Erdogan denounced
Israel"), its host's day moved by the count, and nothing else (``dates.counted``); a date counted from the act or
day told before ("a day later", "later that day", "in the morning"), or none when a clause told at another time
came between ("in 1990 ... the next day"); a date
expression on the event itself (its own modifiers, its occasion "during a news conference Thursday", a
gerund told at its time "In responding Friday, ...", a relative clause telling its noun took place "the summit,
which was held Sunday", its clause's verb; a year the parser hung on its subject before it, "The ministry in 2019 had asked"; the occasion of a
participle sharing its occasion, "has hailed the vote, telling reporters during a visit on Friday"); the date of
the event it is inherited from or refers to ("After the talks, ..."); the day of
a clause counted from it, moved by the count ("came a day after rebels attacked the base on Friday"); the
one date its sentence gives, when told in the act's own clause or one governing it, not in a clause below or
beside it ("asked her to describe her route to winning the nomination in July": ``dates.clauses``), or on the
verb's object naming the very act ("filed a 2010 lawsuit"); the time a "when" clause ties the act to ("in December,
when he criticized", "banned it when she took power in March 2011": ``dates.clauses.when_clause_date``); the day of
the clause whose place or occasion a "where" clause describes ("arrived in Doha on Tuesday, where he met":
``dates.clauses.where_clause_date``); the time the parser hung on a present participle describing what the act is
done to ("rammed into a crowd celebrating the festival on Thursday night": ``ongoing_participle_date``); the date of
the statement reporting it (its cue's clause's, with a speech participle the parser hung on the clause reported,
"confirmed Monday that the vote had been delayed, saying ...", read as the report's; else the day written on an
occasion the words were said after, "told reporters after Saturday's talks": ``dates.context.after_occasion_date``),
or of the participial frame set before its cue or verb ("Speaking at a council meeting
this week, the envoy said ...": ``dates.context.frame_date``); a week counted from now, the sentence's one date, that the parser hung on a clause
below the act but for a reported, relative or placed one ("filed 30 cases arguing against his ouster in the
last two weeks": ``dates.clauses.week_told_below``). A done act is never dated after its report: one arranging a day ahead ("agreed to
hold a third session next Friday", "agreed to reconvene in Nairobi next week", a week the resolver gives at a month's grain) takes
the last story day told before it (``dates.context.arranged_on``, passing over days ahead) or none, as does one told in the
perfect, or as a participle whose infinitive holds the day ahead ("with the envoys agreeing to reconvene in Nairobi next week"). A day something is arranged
for ("talks scheduled for Saturday"), read back from publication, dates no done act. A report's date is never that of a past
act it recounts ("said Tuesday that police arrested him", "Canada requested ..., the body said Thursday":
``recounts_past``), only of its own speech act and of what it says as holding then; nor of a future or demanded act
it tells ("said on Monday they would attack the base": ``_report_day``), which keeps a day ahead of its own or none. Then, for asserted acts, the
sentences around it (``dates.context``): the speaker's statement on the same occasion, a dated act its
clause is coordinated with or told alongside ("..., with the envoys setting out a timetable"), a dated occasion or act
it names again (or a meeting it is set at a phase of: "at the close of the talks", ``dates.context``), the same actor's act just before in
the simple past (its own day, not carried again, and not into a clause placed relative to another time); a
done act dated after the report (a future act the events stage told as done) lends its day to none of them.
After the walk, an undated act kept as the one record of acts told again takes the day its re-mentions agree on
(``dates.mentions``: "held talks ... the envoy met her on Tuesday"), a present-perfect lead takes the date of the sentence that details it (as does an act told as
under way, "X is criticizing ...", by the next sentence telling its doer's act that day: ``dates.underway``), a later dated
mention of an act dates it or makes its month exact, and the lead's day-dated act dates the later clauses
that name it again (``dates.occasion``) and the acts the lead tells as direct answers to it
(``dates.response``), and an undated act told in the simple past after a sentence naming the story's day, by a
party that sentence names or to its doer, takes that day (``dates.followup``), as does a statement's speech act
(its cue, or a present demand or accusation it makes) when the sentence names its speaker (``dates.speech``),
and an act the lead tells as going on ("activists are calling for"), or its first sentence sums up in the present
perfect ("a court has lifted"), takes the publication day when the lead names that very day (``dates.present``);
last, a stance a statement's content takes (a demand, an accusation, support, a refusal, agreement) gets the
statement's day when the same speaker's statement just before gives it ("He added that 'Ukraine was ready for a
ceasefire'"), unless the cue names an occasion of its own or the stance was taken before (past or present perfect);
a sentence naming again the occasion the story's day was told at ("Throughout the debate, ...") tells that day
again for both rules (``dates.scene``). A date modifying a thing the sentence names ("through the May 10
contests", "the 2012 nominee"), written on an occasion the act is placed before or after ("marched before
Sunday's election", "after the senator's remarks on Saturday", but for a meeting: words said on coming out of "the
talks on Saturday" are of its day; an occasion so placed and not yet held takes the coming weekday), or starting a stretch ("since
May") is no act's day; a day written on an occasion the parser hung on the verb's thing ("agreed on a ceasefire at
Friday's talks") is the act's, and a past perfect act ("had
sought") never takes the day of the statement telling it. An undated act of the title line takes the day its
lead tells for one of its doers (``dates.headline``); a dateline under a headline dates a lead told in the present;
a year naming the war or contest an act is told within dates it ("in the 1967 war"); a date inside a statement's
quote is not the day it was said; an act's noun that another act answers ("in response to the proposal") or whose
reception a verb tells ("the shooting resonated widely on Monday") or that a verb tells of ("described the
meeting in an interview last week": dates.json ``recounting_verbs``) takes no date of that other act; a bare month
just ahead of publication is last year's only for an act told in the simple past. Else no date:
the publication date is never an event's date.
Events dated well before publication are historical.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import Event, EventDate, Statement
from accord.stages.anchors import ANCHORS_KEY, EventAnchors, event_anchors
from accord.stages.base import ArticleState, Stage
from accord.stages.dates.calendar import counted_from_another, date_words, parse_published, resolve
from accord.stages.dates.attachment import (
    perfect_participle,
    attachment,
    date_entities,
    date_up_the_clauses,
    follows_placed_clause,
    gerund_dates,
    in_direct_quote,
    is_bound,
    main_clause,
    occasion_dates,
    ordinal_times,
    own_dates,
    placed_in_time,
    quoted_deictic_days,
    recounted_below,
    recounts_past,
    shifted_in_time,
    simple_past,
    subject_dates,
    time_word,
    to_event_date,
    told_in_present,
)
from accord.stages.dates.clauses import (
    STRETCH_PREPS,
    after_the_report,
    another_time_between,
    arranged_time,
    arranges_ahead,
    occasion_participles,
    tells_act_time,
    told_ahead,
    told_in_complement,
    week_told_below,
    when_clause_date,
    where_clause_date,
)
from accord.stages.dates.context import (
    after_occasion_date,
    arranged_on,
    StatementDates,
    coordinated_act_date,
    counted_from_previous_act,
    counted_only,
    counted_past_another_time,
    date_by_later_mentions,
    date_summary_leads,
    frame_date,
    last_day_told,
    named_earlier,
    names_a_meeting,
    occasion_date,
    present_perfect,
    occasion_index,
    re_mentioned_event_date,
    re_mentioned_occasion_date,
    speaker_act_date,
)
from accord.stages.dates.counted import (
    counted_clause_date,
    counted_host_date,
    counted_offset,
    counted_phrase_objects,
    counted_preposition,
    sequenced_weekday,
    shifted,
    uncounted_occasion,
)
from accord.stages.dates.followup import date_follow_ups, story_days
from accord.stages.dates.headline import date_headlines
from accord.stages.dates.mentions import date_from_mentions
from accord.stages.dates.occasion import date_occasion_mentions
from accord.stages.dates.present import date_present_leads
from accord.stages.dates.scene import with_scenes
from accord.stages.dates.response import date_responses
from accord.stages.dates.retold import date_retold_acts
from accord.stages.dates.underway import date_underway_summaries
from accord.stages.dates.speech import date_speech_acts
from accord.stages.dates.statement_index import STATEMENTS_KEY, statement_index
from accord.stages.dates.dateline import dateline_date, dateline_spans
from accord.stages.entities import RESOLVE_READS
from accord.stages.events.references import event_noun_type, event_noun_types, has_definite_determiner
from accord.stages.grammar import SUBJECT_DEPS, TIME_LABELS, VERB_POS, entities_in, preposition_objects
from accord.stages.token_filters import sentence_of, token_sentences

# An event dated more than this many days before publication is historical (PLOVER auxiliary mode).
HISTORICAL_DAYS = 365
# How the verb's object hangs on it ("filed a 2010 lawsuit").
OBJECT_DEP = "dobj"
# A noun in apposition describes someone named beside it ("Romney, the 2012 nominee").
APPOSITION_DEP = "appos"
# Prepositions placing what they govern before the act told ("after the talks"), and those linking a response
# noun to what it answers ("in response to the proposal", "in retaliation for the strike").
BEFORE_PREPS = frozenset({"after", "following"})
ANSWER_PREPS = frozenset({"to", "for"})
# Prepositions placing an act relative to an occasion rather than at it ("marched before Sunday's election",
# "protested after Friday's talks", "ahead of Thursday's summit", "prior to Monday's vote"): the occasion's day is
# not the act's (but words said after it are of its day: ``dates.context.after_occasion_date``). "ahead" and
# "prior" take their occasion through "of" and "to".
RELATIVE_PREPS = frozenset({"after", "following", "before"})
RELATIVE_PREP_HEADS = {"ahead": "of", "prior": "to"}
# Of those, the ones placing an act before its occasion: an occasion told so and not as done ("ahead of Thursday's
# summit", coded hypothetical) is still to come, so its weekday is the next one, not the last.
AHEAD_PREPS = frozenset({"before"})
# The tag of "had" making a past perfect.
PAST_TAG = "VBD"
# How a date modifies the noun after it ("the May 10 contests", "the 2012 nominee"): that thing's time.
PREMODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "nummod"})
# Clauses that modify a noun ("the leader, who was defeated in 2013, ..."): their dates are their own.
MODIFIER_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Modalities whose date may come from the sentences around the event: a done act, told again or elaborated.
CONTEXT_MODALITIES = frozenset({"asserted", "historical"})
# The tag of a personal pronoun: a doer named so ("He also urged") takes its code's antecedent.
PRONOUN_TAG = "PRP"
# Date precisions an act carries to the next act of its actor: a day; a month or a year is as often a
# background time as the story's (hand audit on PolNeAR train: month carries right 5 of 10).
CARRIED_GRANULARITIES = frozenset({"day"})
# The types of a stance a statement's content takes ("Ukraine was ready for a ceasefire", "the U.S. backs the
# plan", "must address"): taken by being said, so of the statement's day; its other types are deeds the speaker
# tells of ("wants a wider bombing drive"), with times of their own (PolNeAR train seed 110221: an air
# campaign had taken the speaker's day).
STANCE_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# First-person subjects: a speaker telling their own past ("I asked", "we did").
FIRST_PERSON = frozenset({"i", "we"})
# A speaker's word for the day they speak: with no day told for the statement, the dateline's day (the story's
# filing day; "tonight" is an evening's, often filed after midnight: left undated).
SPEECH_DAY_WORDS = frozenset({"today"})
# How many characters back a dated act of the same actor may carry its date to an undated one.
CARRY_REACH = 400


def left_occasions(anchor: Token) -> list[Token]:
    """The occasions an act leaves ("walked out of Tuesday's session", "stormed out of the talks"): the
    parser hangs "of" on "out"; leaving an occasion is done during it."""
    return [obj for out in anchor.children if out.dep_ == "prep" and out.lower_ == "out"
            for of in out.children if of.dep_ == "prep" and of.lower_ == "of"
            for obj in of.children if obj.dep_ == "pobj"]


def _referenced_date(
    state: ArticleState, anchor: Token, dates: dict[int, SpacySpan], dated: dict[str, EventDate], event: Event,
    only: Token | None = None,
) -> EventDate | None:
    """The date of the occasion named in a same-day temporal phrase: its own ("during a press conference
    Thursday"), else that of the earlier event it names ("After the talks, ..."); a phrase counting days from
    it ("two days after the talks") moves that date by the count (``dates.counted``). With ``only``, the
    date of that object alone, uncounted."""
    same_day = set(date_words()["same_day_preps"])
    occasion_preps = set(date_words()["occasion_preps"])
    for pobj in left_occasions(anchor) if only is None else []:
        for ent in occasion_dates(pobj, dates):
            found = to_event_date(state, ent, event.modality == "future")
            if found:
                return found  # "walked out of Tuesday's session": done at the session, on its day
    # "met for the first time at the summit in June 2018": the parser hangs the occasion on "time"
    named = preposition_objects(anchor, same_day) + [o for time in ordinal_times(anchor)
                                                     for o in preposition_objects(time, same_day & occasion_preps)] \
        + counted_phrase_objects(anchor, dates)  # "A day after Friday's vote, ...": "after" hung on the count
    for pobj in named if only is None else [only]:
        counted = counted_preposition(pobj.head, dates) if only is None else None
        if counted is not None:  # "two days after the talks": not the talks' day, but counted from it
            if counted[0] is None:
                return None  # "weeks after the talks"
            own = [d for ent in occasion_dates(pobj, dates) if (d := to_event_date(state, ent, False))]
            found = own[0] if own else _referenced_date(state, anchor, dates, dated, event, pobj)
            return shifted(found, counted[0], counted[1]) if found is not None else None
        if pobj.head.lower_ in occasion_preps:  # not "after the 2022 invasion": a date before the act
            for ent in occasion_dates(pobj, dates):
                found = to_event_date(state, ent, event.modality == "future")
                if found:
                    return found  # "rejected the allegations during a press conference Thursday"
        if event_noun_type(pobj):
            earlier = [e for e in state.events if e.trigger.start < pobj.idx and e.id in dated and e.id != event.id]
            lemma = pobj.lemma_.lower()
            anchors = event_anchors(state)
            noun_type = event_noun_type(pobj)
            match = [e for e in earlier if e.event == noun_type and e.id in anchors
                     and (state.doc[anchors[e.id].own].lemma_.lower() == lemma or lemma in e.trigger.text.lower())]
            if match:
                return dated[match[-1].id]
    for pobj in _object_occasions(anchor, event) if only is None else []:
        for ent in _day_on_noun(pobj, dates):
            found = to_event_date(state, ent, event.modality == "future")
            if found:
                return found  # "agreed on a ceasefire at Friday's talks": the parser hung the occasion on the object
    return None


def _day_on_noun(noun: Token, dates: dict[int, SpacySpan]) -> list[SpacySpan]:
    """The dates written on a noun before it ("Friday's talks", "the Tuesday summit"): the occasion's own day, not
    one a clause describing it gives ("talks due to be held on Wednesday", a day arranged ahead)."""
    return [ent for ent in own_dates(noun, dates) if ent.root.head.i == noun.i and ent.root.i < noun.i]


# Prepositions through which a verb takes the thing it acts on ("agreed on a ceasefire", "agreed to a truce", "met
# with the envoy"): that thing is the act's own matter, whatever act it names; not "over" or "for", which take a
# cause ("criticized Russia over the attack at Sunday's rally"), an act of its own time.
THING_PREPS = frozenset({"on", "to", "with"})


def _object_occasions(anchor: Token, event: Event) -> list[Token]:
    """The occasions ("at Friday's talks", "during Tuesday's summit") the parser hung on the thing a verb acts on
    rather than on the verb ("agreed on a ceasefire at Friday's talks", "signed a deal during the summit"), when
    that thing names no act of another type (not "condemned the attack at Sunday's rally", an act of its own time)."""
    if anchor.pos_ not in VERB_POS:
        return []
    preps = set(date_words()["same_day_preps"]) & set(date_words()["occasion_preps"])
    objects = [c for c in anchor.children if c.dep_ == OBJECT_DEP
               and (not event_noun_types(c) or event.event in event_noun_types(c))]
    things = objects + preposition_objects(anchor, THING_PREPS)
    return [occasion for thing in things if thing.pos_ == "NOUN" for occasion in preposition_objects(thing, preps)]


# The tag of a present participle: one describing a noun ("a crowd celebrating the holiday") tells what that thing
# was doing while the act was done to it.
PRESENT_PARTICIPLE_TAG = "VBG"
# How a participle describing a noun hangs on it.
NOUN_CLAUSE_DEP = "acl"
# Prepositions through which a verb takes what it is done to ("rammed into a crowd", "fired on marchers", "struck
# at a convoy", "moved against protesters"); not "after" or "since", which take another time.
TARGET_PREPS = frozenset({"on", "to", "with", "into", "at", "against", "upon"})


def ongoing_participle_date(state: ArticleState, verb: Token, dates: dict[int, SpacySpan], future: bool) -> EventDate | None:
    """The date the parser hung on a present participle describing what the act is done to ("rammed into a crowd
    celebrating the holiday on Thursday night", "shelled a convoy carrying aid on Tuesday"): the thing was doing it
    while the act was done, so that time is the act's. Not a past participle ("a man wanted for a robbery in May",
    another time), nor a stretch's start ("a crowd protesting since Monday")."""
    if verb.pos_ not in VERB_POS:
        return None
    things = [c for c in verb.children if c.dep_ == OBJECT_DEP] + preposition_objects(verb, TARGET_PREPS)
    for thing in things:
        for clause in thing.children:
            if clause.dep_ != NOUN_CLAUSE_DEP or clause.tag_ != PRESENT_PARTICIPLE_TAG \
                    or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
                continue
            for ent in own_dates(clause, dates):
                if ent.root.head.lower_ in STRETCH_PREPS:
                    continue
                found = to_event_date(state, ent, future)
                if found is not None:
                    return found
    return None


def _names_its_own_act(trigger: Token, event: Event) -> bool:
    """Whether the event's own word tells the event itself (a verb, or a noun one of whose senses is the event's
    type: "the attack on the compound in 1996" coded ASSAULT, "attack" listed first as COERCE), so that its dates
    are the event's; not a noun naming another act only."""
    senses = event_noun_types(trigger)
    return not senses or event.event in senses


def _date_for(state: ArticleState, event: Event, dates: dict[int, SpacySpan], dated: dict[str, EventDate]) -> EventDate | None:
    all_anchors = event_anchors(state)
    anchors = all_anchors.get(event.id)
    if anchors is None:
        return None
    doc = state.doc
    trigger, anchor = doc[anchors.own], doc[anchors.anchor]
    future = event.modality == "future"
    awaited = event.modality not in CONTEXT_MODALITIES and trigger.pos_ == "NOUN" and placed_relative(trigger, ahead_only=True)
    own_words = (trigger, anchor) if _names_its_own_act(trigger, event) else (anchor,)
    for token in own_words:
        if token is anchor and anchor is trigger and len(own_words) == 1:
            continue
        # a noun's participle gives its time too: "a lawsuit filed in February", "the attack carried out in 2014"
        for ent in occasion_dates(token, dates) if token.pos_ == "NOUN" else own_dates(token, dates):
            # "ahead of Thursday's summit", told as not yet held: the day written on it is the coming one
            written_on = token is trigger and ent.root.head.i == token.i and ent.root.i < token.i
            found = to_event_date(state, ent, future or (awaited and written_on))
            if found:
                return found
    for ent in gerund_dates(anchor, dates):
        found = to_event_date(state, ent, future)
        if found:
            return found  # "In responding Friday, the campaign accused ...": a gerund told at the act's own time
    for ent in subject_dates(anchor, dates):
        if event_noun_type(attachment(ent)) or ent.root.head.lower_ in STRETCH_PREPS:
            continue  # "The attacks in 2013 had ...", "Officials since May have ...": a thing's time, a stretch's start
        found = to_event_date(state, ent, future)
        if found:
            return found  # "The government in 2016 had called for ...": the parse hung the act's year on its doer
    inherit = anchors.inherit_from
    if inherit is not None and not follows_placed_clause(anchor):
        source = next((e for e in state.events if e.id in all_anchors and all_anchors[e.id].own == inherit), None)
        if source is not None and source.id in dated:
            return dated[source.id]
        own = own_dates(doc[inherit], dates)
        if own:
            return to_event_date(state, own[0], future)
    referenced = _referenced_date(state, anchor, dates, dated, event) or occasion_date(state, anchor, dates, future) \
        or next((d for p in occasion_participles(anchor) if (d := occasion_date(state, p, dates, future))), None)
    if referenced is not None:
        return referenced
    return date_up_the_clauses(state, anchor, dates, future, verbs_only=True) or frame_date(state, anchor, dates)


def _sentence_date(state: ArticleState, event: Event, dates: dict[int, SpacySpan],
                   dateline: tuple[int, int]) -> EventDate | None:
    """The one date the event's sentence gives, when it gives exactly one ("Malawi's High Court on Jan. 14
    ordered ...", where the parse hangs the date on the subject); the lead's sentence, starting where the
    story starts after a dateline (``dateline``: its start and the story's), includes the dateline."""
    story = dateline[1]
    if event.sentence is None:
        return None
    anchors = event_anchors(state).get(event.id)
    if anchors is not None and _answered_or_before(state.doc[anchors.own]):
        return None  # "In response to Trump's proposal, the aide rallied supporters Tuesday": the proposal came before
    found: dict[str, EventDate] = {}
    seen: set[int] = set()
    anchor = state.doc[anchors.anchor] if anchors is not None else None
    start = event.sentence.start
    if start and start == story and (not dateline[0] or (anchor is not None and told_in_present(anchor))):
        # the lead: its dateline's date is its own ("ISTANBUL, June 2 (Reuters) - ... held talks"); under a
        # headline, only a lead told in the present ("Iran rejects ...") is of the dateline's day: a past act
        # there was as often of the evening before (PolNeAR train, the 19 dated datelines under a title)
        start = dateline[0]
    span = state.doc.char_span(start, event.sentence.end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        ent = dates.get(token.i)
        if ent is None or ent.start in seen:
            continue
        seen.add(ent.start)
        if is_bound(ent):
            continue  # "delayed the tariffs for four weeks until April 2": a deadline, not the act's day
        owner = attachment(ent)
        if owner.pos_ in ("NOUN", "PROPN") and event_noun_type(owner) is not None \
                and not event.trigger.start <= owner.idx < event.trigger.end \
                and not (anchor is not None and _object_naming_the_act(owner, anchor, event)):
            continue  # "Friday's talks": the date of another event named in the sentence (not "held talks over the weekend")
        if any(t.dep_ == "prep" and t.lower_ in STRETCH_PREPS for t in ent.root.ancestors):
            continue  # "Since her op-ed in May, she has tacked left, criticizing ...": a stretch's start, no act's day
        if anchor is not None and owner.i != anchor.i and past_perfect(anchor):
            continue  # "had pledged to back him, but sounded unsure this week": the week is the later clause's
        if _thing_modifier(ent, owner, event):
            continue  # "won the vote through the May 10 contests", "X, the 2012 nominee, ...": a thing's date, not the act's
        if owner.pos_ == "NOUN" and ent.root.head.i == owner.i and ent.root.i < owner.i and placed_relative(owner) \
                and not event.trigger.start <= owner.idx < event.trigger.end:
            continue  # "marched before Sunday's election": the election's day, which the march is placed against
        if owner.pos_ == "NOUN" and ent.root.head.dep_ == "prep" and ent.root.head.head.i == owner.i \
                and placed_relative(owner) and not names_a_meeting(owner) \
                and not event.trigger.start <= owner.idx < event.trigger.end:
            continue  # "after the senator's remarks on Saturday": the remarks' day, answered maybe days later (not a
            # meeting's: words said on coming out of "the talks on Saturday" are of its day)
        if time_word(ent).dep_ == "poss" and (anchor is None or not _near(time_word(ent).head, anchor, anchors.own)):
            continue  # "rejected the allegation that Tuesday's hostage-taking ...": another clause's noun's date
        if anchor is not None and _modifier_clause(owner) != _modifier_clause(anchor):
            continue  # "..., who was defeated in 2013, rejected ...": another clause's date, either way
        if anchor is not None and ent.start_char >= story and not _reports(state, owner) and not tells_act_time(ent, anchor):
            continue  # "asked her to describe her route to winning the nomination in July": the lower clause's date
        if anchor is not None and owner.i != anchor.i and _reports(state, owner) and _recounted_in(state, anchor, owner):
            return None  # "said Tuesday that police arrested him", "met ..., as the Times reported Tuesday": the report's date, none the act's
        resolved = to_event_date(state, ent, event.modality == "future")
        if resolved is not None:
            found.setdefault(resolved.value, resolved)
    return next(iter(found.values())) if len(found) == 1 else None


def placed_relative(noun: Token, ahead_only: bool = False) -> bool:
    """Whether a noun is the object of a preposition placing something before or after it ("before Sunday's
    election", "ahead of Thursday's summit", "prior to the vote"), not at it; with ``ahead_only``, before it."""
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    if preposition.lower_ in (AHEAD_PREPS if ahead_only else RELATIVE_PREPS):
        return True
    return RELATIVE_PREP_HEADS.get(preposition.head.lower_) == preposition.lower_

def _object_naming_the_act(noun: Token, verb: Token, event: Event) -> bool:
    """Whether a noun is the verb's object naming the very act the verb tells ("filed a 2010 lawsuit", "held
    Friday's talks"): one of its senses is the event's type, so its date is the act's (not "condemned Tuesday's
    attack", an act of another type)."""
    return noun.dep_ == OBJECT_DEP and noun.head.i == verb.i and event.event in event_noun_types(noun)


def _told_by_its_reception(state: ArticleState, anchors: EventAnchors) -> bool:
    """Whether an act's noun is the subject of a verb telling how it was received ("the shooting resonated
    widely on Monday", "the bombing shocked the country"): dates.json ``reception_verbs``."""
    own = state.doc[anchors.own]
    return own.pos_ == "NOUN" and own.dep_ in SUBJECT_DEPS and own.head.i == anchors.anchor \
        and own.head.lemma_.lower() in date_words()["reception_verbs"]


def _recounted_by_its_verb(state: ArticleState, anchors: EventAnchors) -> bool:
    """Whether an act's noun is the object of a verb telling of it ("described the meeting", "recalled the
    siege"): an earlier act, whose day is not the telling's (dates.json ``recounting_verbs``)."""
    own = state.doc[anchors.own]
    return own.pos_ == "NOUN" and own.dep_ == "dobj" and own.head.i != own.i \
        and own.head.lemma_.lower() in date_words()["recounting_verbs"]


def _answered_or_before(own: Token) -> bool:
    """Whether an act's noun names what another act of its sentence answers or follows ("in response to the
    proposal", "in retaliation for the strike", "after the talks"): an earlier act, whose day the sentence's
    date is not."""
    if own.pos_ != "NOUN" or own.dep_ != "pobj":
        return False
    preposition = own.head
    if preposition.lower_ in BEFORE_PREPS:
        return True
    return preposition.lower_ in ANSWER_PREPS and preposition.head.lemma_.lower() in date_words()["response"]["nouns"]


def past_perfect(verb: Token) -> bool:
    """A verb in the past perfect ("had sought") or a perfect participle ("for having sought"): an act done
    before the time the story, or its host clause, tells."""
    return perfect_participle(verb) \
        or any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == PAST_TAG for c in verb.children)


def _thing_modifier(ent: SpacySpan, owner: Token, event: Event) -> bool:
    """Whether a date is a modifier before a noun describing someone ("Romney, the 2012 nominee, ...") or
    bounding a stretch ("won the vote through the May 10 contests"), not the event's word: that thing's time,
    not the act's ("records from the 2008 election cycle show he backed ...", "won the 2012 election" keep it)."""
    if owner.pos_ != "NOUN" or ent.root.dep_ not in PREMODIFIER_DEPS or ent.root.head.i != owner.i or ent.root.i > owner.i:
        return False
    if event.trigger.start <= owner.idx < event.trigger.end:
        return False
    return owner.dep_ == APPOSITION_DEP or (owner.dep_ == "pobj" and owner.head.lower_ in date_words()["bound_preps"])


def _near(noun: Token, anchor: Token, own: int) -> bool:
    """Whether ``noun`` is the event's own word or an argument of its verb, directly or through a
    preposition ("encouraged by today's outcome", "condemned Tuesday's attack")."""
    if noun.i in (anchor.i, own) or noun.head.i == anchor.i:
        return True
    return noun.head.dep_ in ("prep", "agent") and noun.head.head.i == anchor.i


def _modifier_clause(token: Token) -> int | None:
    """The head of the innermost clause modifying a noun ("the leader, who was defeated ...") that holds
    ``token``, or None in a main clause."""
    current = token
    while current.head.i != current.i:
        if current.dep_ in MODIFIER_CLAUSE_DEPS:
            return current.i
        current = current.head
    return None


def _statement_date(state: ArticleState, event: Event, dates: dict[int, SpacySpan]) -> EventDate | None:
    """The date of the statement that reports the event ("'We urge ...,' he tweeted on Friday")."""
    statement = statement_index(state).by_id.get(event.statement) if event.statement else None
    if statement is None or statement.cue is None:
        return None
    cue = state.doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    if cue is None:
        return None
    anchors = event_anchors(state).get(event.id)
    if anchors is not None and past_perfect(state.doc[anchors.anchor]):
        return None  # "proposed ... less than Congress had sought": done before the statement, not on its day
    if anchors is not None and _recounted_in(state, state.doc[anchors.anchor], cue.root):
        return None  # "'The thugs that attacked ...,' he tweeted on June 4": a past act the statement recounts
    if named_earlier(state, cue.root):
        return None  # "approved a resolution condemning Trump's call for a ban": the resolution's day, not the call's
    found = date_up_the_clauses(state, cue.root, dates, False, verbs_only=False) or frame_date(state, cue.root, dates) \
        or after_occasion_date(state, cue.root, dates)
    if found is not None and found.start is not None and statement.content.start <= found.start < statement.content.end:
        return None  # "'I've urged him since he was elected [in 2012],' he explains": the quote's time, not its telling's
    return found


def quoted_day_date(state: ArticleState, event: Event, anchors: EventAnchors, quoted: dict[int, SpacySpan],
                    said_on: StatementDates) -> EventDate | None:
    """The day a speaker's own "today" or "yesterday" names for an act of their quote ("'We met them yesterday,'
    she said Tuesday": Monday), counted from the day the statement was said; a "today" of a statement said on
    no day the text gives is of the dateline's day ("WASHINGTON, April 15 -"), the day the story was filed,
    never the publication's (a quote of Sunday is printed on Monday morning: PolNeAR train seed 170154)."""
    doc = state.doc
    ents = own_dates(doc[anchors.anchor], quoted) or own_dates(doc[anchors.own], quoted) \
        or _coordinated_quoted_days(doc[anchors.anchor], quoted)
    if not ents:
        return None
    ent = ents[0]
    statement = statement_index(state).by_id.get(event.statement) if event.statement else None
    said = said_on.date(statement) if statement is not None else None
    if said is not None and said.granularity == "day":
        speech = dt.date.fromisoformat(said.value)
    elif ent.text.lower().strip() in SPEECH_DAY_WORDS:
        speech = dateline_date(state.text, parse_published(state.article.published))
    else:
        return None
    found = resolve(ent.text, speech) if speech is not None else None
    if found is None:
        return None
    return EventDate(value=found.value, granularity=found.granularity, text=ent.text, resolved=True,
                     start=ent.start_char, end=ent.end_char)


def _coordinated_quoted_days(verb: Token, quoted: dict[int, SpacySpan]) -> list[SpacySpan]:
    """The speaker's day of the verb a past act is coordinated with ("'We called them today, and we thanked
    them'"): told in one breath, in the simple past, the second act is of the first's day (a future or perfect
    one keeps its own time, and so has no day here)."""
    if not simple_past(verb):
        return []
    current = verb
    while current.dep_ == "conj":
        current = current.head
        if not simple_past(current):
            return []
        found = own_dates(current, quoted)
        if found:
            return found
    return []


def _reported_content_date(state: ArticleState, event: Event, anchors: EventAnchors,
                           said_on: StatementDates) -> EventDate | None:
    """The day of the statement whose content tells the act, when its cue's date comes from the story around it
    (the same speaker's statement just before: "Zelenskyy said Wednesday ... He added that 'Ukraine was
    ready ...'"), with the guards of ``_statement_date``: not a past perfect, not a past act the content recounts."""
    if event.event not in STANCE_TYPES:
        return None
    index = statement_index(state)
    statement = index.by_id.get(event.statement) if event.statement else None
    # the statement reporting it, else the quote holding it ("'We stand with every family while the city
    # rebuilds,' the statement said": the quote's speaker, when a clause inside it was taken for a statement of its own)
    for candidate in (statement, *index.quoting(event.trigger.start, event.trigger.end)):
        found = _content_stance_date(state, event, anchors, said_on, candidate)
        if found is not None:
            return found
    return None


def _content_stance_date(state: ArticleState, event: Event, anchors: EventAnchors, said_on: StatementDates,
                         statement: Statement | None) -> EventDate | None:
    """The day of ``statement`` for a stance its content takes (``_reported_content_date``), or None."""
    if statement is None or statement.cue is None \
            or not statement.content.start <= event.trigger.start < statement.content.end:
        return None
    cue = state.doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    anchor = state.doc[anchors.anchor]
    if cue is None or past_perfect(anchor) or present_perfect(anchor) or shifted_in_time(anchor) \
            or _recounted_in(state, anchor, cue.root) \
            or _names_an_occasion(cue.root) or _tells_a_time(sentence_of(anchor)) or _own_past_told(anchor, cue.root):
        return None
    found = said_on.date(statement)
    return found if found is not None and found.granularity in CARRIED_GRANULARITIES else None


def _date_content_stances(state: ArticleState, said_on: StatementDates) -> None:
    """After the walk, so that no other act takes a date from them: the stances a statement's content takes get
    the statement's day (``_reported_content_date``)."""
    anchors = event_anchors(state)
    for event in state.events:
        if event.date is None and event.modality == "asserted" and event.assertion in (None, "asserted") \
                and event.id in anchors:
            event.date = _reported_content_date(state, event, anchors[event.id], said_on)


def _own_past_told(anchor: Token, cue: Token) -> bool:
    """Whether the act hangs on a clause where the speaker tells their own past in the first person ("'I begged
    the nation to pray and seek mercy,' he said"): a deed of its own time, not the statement's
    (PolNeAR train seed 110223)."""
    for verb in (anchor, *anchor.ancestors):
        if verb.i == cue.i:
            return False
        if verb.tag_ == PAST_TAG and any(c.dep_ in SUBJECT_DEPS and c.lower_ in FIRST_PERSON for c in verb.children):
            return True
    return False


def _tells_a_time(sentence: SpacySpan) -> bool:
    """Whether a sentence tells a time, even one no act takes ("'On my way home last night I begged the
    country to pray,' he said": a day of the speaker's own telling): its acts are of it. Not a time in a clause
    describing a thing named ("moving the session set for a later Saturday"): that thing's time."""
    return any(ent.label_ in TIME_LABELS and _modifier_clause(ent.root) is None for ent in entities_in(sentence))


def _names_an_occasion(cue: Token) -> bool:
    """Whether a statement's cue names the occasion it was said at ("told the summit's first sitting that ...",
    "told reporters during a briefing"): that occasion's day, not the speaker's day told before (PolNeAR train
    seed 110221: a remark at a Monday session had taken the Sunday of the speaker's forum)."""
    nouns = set(date_words()["occasion_nouns"])
    return any((noun.lemma_.lower() in nouns or event_noun_type(noun)) and not _words_vehicle(noun)
               for noun in preposition_objects(cue, set(date_words()["occasion_preps"])))


def _words_vehicle(noun: Token) -> bool:
    """Whether an occasion noun is only the written vehicle of the words ("said in a statement on X", "saying in
    a post"): indefinite, so no other occasion named before; the words themselves, said on the speaker's day
    told just before (dates.json ``medium_nouns``)."""
    return noun.lemma_.lower() in date_words()["medium_nouns"] and not has_definite_determiner(noun)


def _reports(state: ArticleState, verb: Token) -> bool:
    """Whether a word is a statement's cue ("said", "reported")."""
    return bool(statement_index(state).with_cue_over([(verb.idx, verb.idx + len(verb.text))]))


def _recounted_in(state: ArticleState, anchor: Token, cue: Token) -> bool:
    """Whether the act is a past one that the statement reporting it recounts: in a clause its cue reports
    (``recounted_below``), or, when the cue does not govern the act's clause ("Canada requested ..., the trade
    body said Thursday", "met with Trump that day, as The Times reported on Tuesday"), told in the past itself."""
    if anchor.i == cue.i or anchor in cue.ancestors:
        return False  # the statement's own speech act, or a report hanging on the act ("rejected X, telling journalists Wednesday ...")
    if cue in anchor.ancestors:
        return recounted_below(state, anchor, cue)
    return any(recounts_past(t) for t in (anchor, *anchor.ancestors) if t not in cue.ancestors)


def _report_day(state: ArticleState, anchors: EventAnchors, found: EventDate, dates: dict[int, SpacySpan]) -> bool:
    """Whether a date found for an act is the day of a statement cue other than the act's own word ("said
    Tuesday that he will visit Kyiv") or of its participial frame (``dates.context.frame_date``), or one set
    between that cue and the act's subject that the parser hung on the act ("said on Monday they would attack"):
    the day the act was told of, not one it is done on."""
    ent = next((e for e in dates.values() if e.start_char == found.start), None)
    if ent is None:
        return False
    owner = attachment(ent)
    verb = state.doc[anchors.anchor]
    if owner.i not in (anchors.anchor, anchors.own):
        # or the participial frame of a cue above the act: "Speaking at a news conference on Tuesday, ..., said ..."
        return _reports(state, owner) or any((framed := frame_date(state, cue, dates)) is not None
                                             and framed.start == found.start
                                             for cue in verb.ancestors if _reports(state, cue))
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and verb.head.i < ent.start and ent.end <= subjects[0] and _reports(state, verb.head)


def _shifted_in_time(state: ArticleState, event: Event) -> bool:
    """The event's clause, or a clause above it, is set apart in time ("had previously said", "earlier")."""
    anchors = event_anchors(state).get(event.id)
    return anchors is None or shifted_in_time(state.doc[anchors.anchor])


def _counted_day_unknown(state: ArticleState, event: Event, anchor: EventAnchors, dates: dict[int, SpacySpan],
                         earlier: list[tuple[Event, EventDate]]) -> bool:
    """Whether the act's only own time is counted from another act ("Days later", "Two days later" past the
    report's day, "the same weekend" after a weekday) and gives no day: then its day is unknown. A sentence that
    tells any other time ("The summit follows a month later, on June 4") is left to the rules reading that time."""
    sentence = token_sentences(state.doc)[anchor.anchor]
    if not counted_only(state, anchor, dates) \
            or any(not counted_from_another(dates[i].text) for i in range(sentence.start, sentence.end) if i in dates):
        return False
    counted = counted_from_previous_act(state, anchor, dates, earlier, event.modality)
    return counted is None or (event.modality in CONTEXT_MODALITIES and after_the_report(state, counted))


def _carried_date(
    state: ArticleState, event: Event, dates: dict[int, SpacySpan], earlier: list[tuple[Event, EventDate]],
    carried: set[str],
) -> EventDate | None:
    """The date of the same actor's dated act just before, close by ("Moise tweeted on Friday
    ... He also urged ..."): a story tells one actor's acts of one day together, in the simple past. An act
    told in the present or present perfect ("has filed lawsuits", "India backs"), or named by a noun, is
    not one of that day's."""
    if event.modality != "asserted" or event.sentence is None or _shifted_in_time(state, event):
        return None
    anchors = event_anchors(state).get(event.id)
    if anchors is None or not simple_past(state.doc[anchors.anchor]):
        return None  # "has met privately", "is assuring voters", "many analysts blame": not one of that day's acts
    if _named_by_noun(state, anchors):
        return None  # "That agreement ended a war": a noun naming an act, not a verb telling one ("expressed commitment")
    if _states_own_time(state, anchors, dates) or any(t.i in dates for t in token_sentences(state.doc)[anchors.anchor]):
        return None  # "talks failed last week after the government placed blame": the sentence tells its own time
    if placed_in_time(state.doc[anchors.anchor]):
        return None  # "During the primaries, Ryan voiced ...", "in an interview before the vote": its own time
    if not main_clause(state.doc[anchors.anchor]) or in_direct_quote(state, event):
        return None  # "..., while Hendricks donated $5 million", "'Cruz has fought for us'": not the story's told act
    for previous, date in reversed(earlier):
        if previous.sentence is None or event.sentence.start - previous.sentence.end > CARRY_REACH:
            break
        if date.granularity not in CARRIED_GRANULARITIES:
            continue  # "in 2024": a background year, not the day of the acts told around it
        if previous.id in carried:
            continue  # a carried date is a guess: carried again, a wrong one spreads
        if another_time_between(state, dates, previous.sentence.end, event.sentence.start, date.value):
            break  # "In 1992, in a speech, he ...": the story moved to another time since that act
        if previous.modality == "asserted" and (_same_actor(state, event, previous)
                                                 or (event.statement and event.statement == previous.statement)):
            return date
    return None


def _named_by_noun(state: ArticleState, anchors: EventAnchors) -> bool:
    """Whether an act is named by a noun (its clause's head or subject: "That agreement ended a war") rather
    than told by a verb."""
    own = state.doc[anchors.own]
    return own.pos_ == "NOUN" and (own.i == anchors.anchor or own.dep_ in SUBJECT_DEPS)


def _states_own_time(state: ArticleState, anchors: EventAnchors, dates: dict[int, SpacySpan]) -> bool:
    """Whether the act has a date expression of its own, even one not resolved ("was endorsed the day
    before", "gathers in Cleveland this summer"): no date from the sentences around it then."""
    return bool(own_dates(state.doc[anchors.anchor], dates) or own_dates(state.doc[anchors.own], dates))


def _same_actor(state: ArticleState, event: Event, other: Event) -> bool:
    """Whether two acts have the same doer: the same resolved entity when both have one; else their actor
    codes, when neither has an entity or the later act's doer is a pronoun ("He also urged ..."). A code is
    shared by a country's every official, and a wrongly coded act would lend its date to another's acts."""
    entities = {a.entity for a in event.actors if a.entity}
    other_entities = {a.entity for a in other.actors if a.entity}
    if entities and other_entities:
        return bool(entities & other_entities)
    if entities or (other_entities and not _pronoun_actors(state, event)):
        return False
    return bool({a.code for a in event.actors if a.code} & {a.code for a in other.actors if a.code})


def _pronoun_actors(state: ArticleState, event: Event) -> bool:
    """Whether the event's doers are all named by a personal pronoun ("He", "They")."""
    spans = [state.doc.char_span(a.start, a.end, alignment_mode="expand") for a in event.actors]
    return bool(spans) and all(s is not None and s.root.tag_ == PRONOUN_TAG for s in spans)


def in_former_period(verb: Token) -> bool:
    """Whether the clause of ``verb`` is placed in the period of someone former ("during former President
    Joe Biden's term", "under the late king"): dates.json ``former_period``."""
    period = date_words()["former_period"]
    preps, words = set(period["prepositions"]), set(period["words"])
    return any(child.dep_ == "prep" and child.lower_ in preps and any(t.lower_ in words for t in child.subtree)
               for child in verb.children)


def told_long_ago(verb: Token) -> bool:
    """Whether ``verb`` is placed an unnumbered count of years back ("Years ago, X met Y", "decades ago"):
    dates.json ``long_ago``; a numbered count ("two years ago") resolves to a date instead."""
    table = date_words()["long_ago"]
    units = set(table["units"])
    return any(child.dep_ == "advmod" and child.lower_ == table["marker"]
               and any(c.lemma_.lower() in units and not any(n.dep_ == "nummod" for n in c.children) for c in child.children)
               for child in verb.children)


def _mark_historical(state: ArticleState, event: Event) -> None:
    if event.modality != "asserted":
        return
    anchor = event_anchors(state).get(event.id)
    if anchor is not None and (in_former_period(state.doc[anchor.anchor]) or told_long_ago(state.doc[anchor.anchor])):
        event.modality = "historical"
        if event.assertion in (None, "asserted"):
            event.assertion = "historical"
        return
    published = parse_published(state.article.published)
    if published is None or event.date is None or not event.date.resolved:
        return
    parts = [int(p) for p in event.date.value.split("-")]
    when = dt.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 1)
    if (published - when).days > HISTORICAL_DAYS:
        event.modality = "historical"
        if event.assertion in (None, "asserted"):
            event.assertion = "historical"


def run(state: ArticleState) -> None:
    """Fill ``event.date`` for the events in ``state.events``."""
    if not state.events:
        return
    dates = date_entities(state)
    if not dates:
        for event in state.events:
            _mark_historical(state, event)  # a former period needs no date
        return  # every rule carries a date the text states: none here
    dated: dict[str, EventDate] = {}
    earlier: list[tuple[Event, EventDate]] = []
    said_on = StatementDates(state, dates)
    quoted = quoted_deictic_days(state)  # "'We met them today,' she said": dates only its own quote's acts
    story = next(iter(dateline_spans(state.text)), (0, 0))  # the dateline's start and the story's, under any headline
    occasions = occasion_index(state, dates)
    said_on.use_occasions(occasions)  # one index for both
    anchors = event_anchors(state)
    dated_anchors: dict[int, EventDate] = {}
    carried: set[str] = set()
    unknown: set[str] = set()  # acts counted from another by no day the text gives: no later rule dates them
    for event in state.events:
        anchor = anchors.get(event.id)
        verb = state.doc[anchor.anchor] if anchor is not None else None
        # "In 1990 ... the next day, he made demands": counted from a time with no day given, so of no day known
        unknown_day = anchor is not None and counted_past_another_time(state, anchor, dates, earlier)
        if unknown_day:
            found = None
        elif anchor is not None and _told_by_its_reception(state, anchor):
            # "the shooting resonated widely on Monday": the day it was received, not the day it was done
            found = next((d for ent in occasion_dates(state.doc[anchor.own], dates)
                          if (d := to_event_date(state, ent, False)) is not None), None)
        elif anchor is not None and _recounted_by_its_verb(state, anchor):
            # "In an interview last week, the mayor described the meeting": the telling's week, not the meeting's
            found = next((d for ent in own_dates(state.doc[anchor.own], dates)
                          if (d := to_event_date(state, ent, False)) is not None), None)
            unknown_day = found is None
        elif verb is not None and counted_offset(verb, dates) is not None:
            # "two days after Erdogan denounced Israel": counted from its host's day, and no other of its sentence
            found = counted_clause_date(state, verb, dates, dated_anchors, last_day_told(state, sentence_of(verb).start, dates))
        elif anchor is not None and _counted_day_unknown(state, event, anchor, dates, earlier):
            # "Delegates met on Friday. Days later, rebels attacked ...": counted from the act before by no number,
            # or to a day after the report; never that act's day, the story's or publication's
            unknown_day, found = True, None
        else:
            found = (counted_from_previous_act(state, anchor, dates, earlier, event.modality) if anchor is not None else None) \
                or (quoted_day_date(state, event, anchor, quoted, said_on) if anchor is not None and quoted else None) \
                or _date_for(state, event, dates, dated) \
                or (counted_host_date(state, verb, dates) if verb is not None else None) \
                or _sentence_date(state, event, dates, story) \
                or (ongoing_participle_date(state, verb, dates, event.modality == "future") if verb is not None else None) \
                or (when_clause_date(state, verb, dates, event.modality == "future") if verb is not None else None) \
                or (where_clause_date(state, verb, dates) if verb is not None else None) \
                or _statement_date(state, event, dates) \
                or (week_told_below(state, verb, dates, event.modality == "future") if verb is not None else None)
        if found is None and verb is not None and uncounted_occasion(verb, dates):
            unknown_day = True  # "Days before the vote, protesters blocked ...": not the vote's day, nor another
        if unknown_day:
            unknown.add(event.id)
        if found is not None and verb is not None:
            # "Experts start work on Wednesday ... the ministers talk again afterwards, on Saturday": the Saturday after it
            found = sequenced_weekday(state, verb, found, dates) or found
        if event.modality in CONTEXT_MODALITIES and verb is not None and simple_past(verb) and not unknown_day \
                and (told_ahead(state, found) if found is not None else arranges_ahead(state, verb, dates)):
            # "The sides agreed to hold a third session next Friday": a done act's day is not ahead; it arranged what
            # is ahead on the day the story tells
            found = arranged_on(state, verb, dates)
        elif found is not None and event.modality in CONTEXT_MODALITIES and verb is not None and told_ahead(state, found) \
                and (present_perfect(verb) or told_in_complement(state, found, verb)):
            # "The sides have agreed to reconvene in Nairobi next week", "with the envoys agreeing to reconvene in Nairobi next week": done
            # already; the day ahead is the meeting's, the arranging's the story's day told before it, if any
            found = arranged_on(state, verb, dates)
        if found is not None and event.modality not in CONTEXT_MODALITIES and anchor is not None \
                and _report_day(state, anchor, found, dates):
            # "Rebels said on Monday they would attack the base": Monday is the report's day, one the attack is not
            # done on (read forward, a week off); a future or demanded act takes its own day ahead, or none
            found = None
        if found is not None and event.modality in CONTEXT_MODALITIES and arranged_time(state, found) \
                and not told_ahead(state, found):
            # "the next round of talks scheduled for Saturday": the day arranged, read back from publication; told
            # ahead ("a meeting scheduled for next week"), it is the arranged meeting's own
            found = None
        if found is None and anchor is not None and event.modality in CONTEXT_MODALITIES and not unknown_day \
                and not _states_own_time(state, anchor, dates):
            found = speaker_act_date(state, event, anchor, said_on) \
                or coordinated_act_date(state, event, state.doc[anchor.anchor], dated_anchors) \
                or re_mentioned_occasion_date(state, anchor, occasions) \
                or re_mentioned_event_date(state, event, anchor, dated)
        if found is None and not unknown_day:
            found = _carried_date(state, event, dates, earlier, carried)
            if found is not None:
                carried.add(event.id)
        if found is not None:
            event.date = found
            if event.modality in CONTEXT_MODALITIES and after_the_report(state, found):
                continue  # a meeting to come on March 17 told as done: a day ahead, lent to no act naming it again
            earlier.append((event, found))
            dated[event.id] = found
            _mark_historical(state, event)  # before the next event: a historical act carries no date on
            if anchor is not None and event.modality == "asserted":
                dated_anchors.setdefault(anchor.anchor, found)
    date_from_mentions(state, dates)  # "The envoys held talks ... the envoy met her on Tuesday": one act, its mention's day
    date_summary_leads(state, dates)
    date_underway_summaries(state, dates)  # "X is criticizing ... X on Tuesday dismissed ..."
    date_by_later_mentions(state, dates)
    date_occasion_mentions(state, dates)
    date_responses(state, dates, said_on)  # also answers to a remark the story dates
    date_retold_acts(state, dates)  # "A van rammed a crowd on Friday. The van struck dozens, police said."
    days = story_days(state, dates)  # once for both: neither rule changes the days the story tells
    if days is not None:
        days = with_scenes(state, dates, days)  # a story-day occasion named again tells its day again
        date_follow_ups(state, dates, days)
        date_headlines(state, days)  # a title's act over a lead telling the story's day
        date_speech_acts(state, dates, days)
        date_present_leads(state, dates, days)  # a lead's act told as going on, on the day the lead names
    _date_content_stances(state, said_on)
    for event in state.events:
        if event.id in unknown:
            event.date = None  # the later rules read days told around it; its count says it was on none of them
        _mark_historical(state, event)  # the leads and mentions dated after the walk


STAGE = Stage(
    "dates", run, reads=("article", "doc", "events", "statements", f"scratch.{ANCHORS_KEY}", *RESOLVE_READS), writes=("events", f"scratch.{STATEMENTS_KEY}")
)
