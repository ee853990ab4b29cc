"""Whose time a date in an act's sentence tells: the act's own clause, or another clause's (issue 14 item 5).

A sentence's one date is the act's only when it is told in the act's clause or in a clause governing it
("Malawi's High Court on Jan. 14 ordered ...", "said Tuesday that ..."). A date told below the act, in what
the act asks, urges or is for ("asked the mayor to describe her route to winning the nomination in July",
"criticized the senator for backing the 1996 farm bill"), in a
clause placed against it ("backed him until he dropped out on March 15", "as she showed at the summit
yesterday") or on an adjective's thing ("the payments due on Tuesday are guaranteed") is that clause's or
thing's time. A participle hanging on the act with no subject or marker of its own shares its occasion
("rejected the claims, telling reporters on Tuesday ..."), as does a clause under "after" ("resigned after
being defeated in 2013"). A clause opened by "when" tells the same time as what it hangs on: an act in it takes
its host's time ("caused an uproar in December, when he criticized ...") and an act it hangs on takes its date
("banned it when she took power in March 2011"), both told in the simple past. And a date carried from one act to a later one
(the same speaker's, the same actor's) is not carried past a sentence telling another time ("On Wednesday
he spoke ... In 1992, in a speech, he ... He memorably promised ...").
A weekday told after the first verb of two coordinated clauses with different doers is the occasion of the clause
that tells it ("stood by his remark Monday, and Rubio tried to rebuke him"); told before both, it dates either.
Hand audit (session 16, round 3): PolNeAR train, 540 articles (seeds 160331-160339), 1 sentence, 2 wrong
withheld; a pronoun doer ("and he vowed") was the same speech (1 right date kept by the pronoun exception).
A done act is never dated after its report: "The sides agreed to hold a third session next Friday" was agreed
before the article was written, so next Friday is the session's day; the arrangement was made on the day
the story last told (``dates.context.arranged_on``), when that day is the story's (a week at most before publication).
A date told with a word counting forward ("next week") is ahead though the resolver gives the month holding it;
a day under "for" ("talks scheduled for Saturday") is the arranged act's. Hand audit (session 16, round 2): the
multi-outlet reports, 7 dates changed, all right (6 wrong withheld, 1 wrong made the story's day); PolNeAR train,
193 articles (seeds 160281-160286, random and foreign-affairs draws), 1 changed, right; VOA dev, none.
Hand audit on PolNeAR train, against main before these rules: 20 articles (seed 90501, read to find them): 8
wrong dates withheld, no right one lost; 60 fresh articles (seed 90503): 5 dates changed, 3 wrong withheld,
1 right date added (a sentence's other date, of a clause below, no longer hid the act's own), 1 month lost that
was right only by chance (a funding statement dated by its content's 'last week'); 10 fresh articles (seed
90502): 1 wrong withheld.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import EventDate
from accord.stages.base import ArticleState
from accord.stages.dates.calendar import PAST_DEICTICS, date_words, parse_published, resolve
from accord.stages.dates.attachment import (
    attachment,
    told_in_present,
    is_bound,
    occasion_dates,
    own_dates,
    reference_date,
    shifted_in_time,
    simple_past,
    to_event_date,
)
from accord.stages.dates.statement_index import statement_index
from accord.stages.grammar import CLAUSE_SUBJECT_DEPS, PRESENT_TAGS, VERB_POS
from accord.stages.token_filters import sentence_of

# Dependencies that start a clause of its own: a date below one tells that clause's time.
# An infinitive complement ("asked for funds to fight the virus in February") is not among them: the parse hangs
# a sentence-final date on it as often as on its host (hand audit, PolNeAR train seed 90503: both such dates
# were the host's).
CLAUSE_START_DEPS = frozenset({"ccomp", "advcl", "pcomp", "relcl", "acl", "csubj", "csubjpass", "parataxis"})
# A participle sharing its host's occasion: "rejected the claims, telling reporters on Tuesday".
SHARED_OCCASION_DEP = "advcl"
SHARED_OCCASION_TAG = "VBG"
# How a verb hangs on the verb it is coordinated with ("stood by it Monday, and Rubio tried ...").
COORDINATED_DEP = "conj"
# A personal pronoun's tag: a subject so named is as often the first conjunct's doer again ("and he vowed").
PRONOUN_TAG = "PRP"
# How an infinitive hangs on the act that arranges it ("agreed to meet next week").
COMPLEMENT_DEP = "xcomp"
# The preposition naming the time an act was arranged for ("scheduled for Saturday").
ARRANGED_TIME_PREPS = frozenset({"for"})
# Day words naming a day to come, beside dates.json future_words ("next", "coming").
AHEAD_DAY_WORDS = frozenset({"tomorrow"})
# An adjective's date is its thing's: "the payments due on Tuesday", "a law effective in March".
ADJECTIVE_POS = "ADJ"
# A week or weeks counted back from now ("last week", "in the past two weeks", "this week"): a stretch up to the
# story's day, which places the act of a sentence whatever clause the parser hangs it on.
WEEK_WORDS = frozenset({"week", "weeks"})
NOW_WEEK_WORDS = PAST_DEICTICS | {"this"}
# "When" and the links of a clause it opens: an adverbial clause ("banned it when she took power") or one
# modifying a time or occasion ("in December, when he criticized ...").
WHEN = "when"
WHEN_CLAUSE_DEPS = frozenset({"advcl", "relcl"})
# "Where" and the link of a clause it opens on a place or occasion ("arrived in Nairobi on Tuesday, where he met
# ..."), and the date grains its host's clause lends it: a day; a month or a year is as often a background time
# (a move "to Paris in 2010, where he founded a party" years later).
WHERE = "where"
WHERE_CLAUSE_DEP = "relcl"
WHERE_GRANULARITIES = frozenset({"day"})
# Prepositions starting a stretch of time ("since May"): a date under one is no act's day.
STRETCH_PREPS = frozenset({"since"})
# Clauses a week told below the act does not cross: what a statement reports or a relative clause tells keeps
# its own time ("said it was funded last week", "the deal that was signed last week"), nor one placed against the
# act ("protested after officials announced it last week": the protest came later).
# A clause coordinated below the act is a later one ("had pledged to back him, but sounded unsure this week").
OWN_TIME_DEPS = frozenset({"ccomp", "relcl", "parataxis", "csubj", "advcl", "conj"})
# Characters of an ISO date value ("2025-05-17") that name its day, month and year: a date is after another
# at its own granularity ("2025-05" is not after "2025-05-17").
ISO_PREFIX_CHARS = {"day": 10, "month": 7, "year": 4}


def _shares_occasion(head: Token) -> bool:
    """A participle hung on its host with no subject or marker of its own ("..., telling reporters on Tuesday"),
    or a clause under a same-day preposition ("after being defeated in 2013", "After meeting the king on
    Tuesday, ...": the project's convention for "After the talks, ..."), or a gerund under one telling the same
    time ("In responding Friday, ...": dates.json ``gerund_same_time_preps``)."""
    if head.dep_ == "pcomp":  # "In responding Friday, ...": a gerund told at its host's own time
        return head.head.lower_ in _same_day_preps() or (  # not "a role in drafting the platform in July"
            head.tag_ == SHARED_OCCASION_TAG and head.head.lower_ in date_words()["gerund_same_time_preps"]
            and head.head.head.pos_ in VERB_POS)
    same_time = date_words()["gerund_same_time_preps"]  # "While visiting Kyiv on Monday, ...": marked the same time
    return head.dep_ == SHARED_OCCASION_DEP and head.tag_ == SHARED_OCCASION_TAG \
        and not any(c.dep_ in CLAUSE_SUBJECT_DEPS or (c.dep_ == "mark" and c.lower_ not in same_time) for c in head.children)


def occasion_participles(verb: Token) -> list[Token]:
    """The participles hung after an act that share its occasion ("has hailed the vote, telling reporters during a
    visit on Friday"): where the participle was told, the act was."""
    return [c for c in verb.children if c.i > verb.i and c.dep_ == SHARED_OCCASION_DEP and _shares_occasion(c)]


@functools.lru_cache(maxsize=1)
def _same_day_preps() -> frozenset[str]:
    """Prepositions whose clause shares its host's day ("after", data/dates/dates.json same_day_preps)."""
    return frozenset(date_words()["same_day_preps"])


def clause_head(token: Token) -> Token:
    """The head word of the clause holding ``token``: the nearest word up the tree that starts a clause (a
    participle sharing its host's occasion counts as its host's), or the sentence's root."""
    current = token
    while current.head.i != current.i:
        if current.dep_ in CLAUSE_START_DEPS and not _shares_occasion(current):
            return current
        current = current.head
    return current


def tells_act_time(ent: SpacySpan, anchor: Token) -> bool:
    """Whether a date in the act's sentence may tell the act's time: not an adjective's, and told in the act's
    own clause or one governing it, not in a clause below or beside it."""
    owner = attachment(ent)
    if owner.pos_ == ADJECTIVE_POS and owner.i != anchor.i:
        return False  # "the loan payments due on Tuesday were guaranteed": the payments' day
    if _coordinated_apart(ent, owner, anchor):
        return False  # "Trump stood by his remark Monday, and Rubio tried to rebuke him": the other clause's day
    head = clause_head(owner)
    if head.i == clause_head(anchor).i or head.i == anchor.i:
        return True
    # "is today a friend of whoever sends arms": a state told now above the act, not the act's day
    return head in anchor.ancestors and head.tag_ not in PRESENT_TAGS


def _own_conjunct(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` coordinated with a verb told in the past and having its own subject
    ("..., and Rubio tried to rebuke him"): a clause of its own, whose act need not share its first conjunct's
    occasion; None when there is none."""
    for verb in (token, *token.ancestors):
        if verb.dep_ == COORDINATED_DEP and verb.pos_ in VERB_POS and verb.head.pos_ in VERB_POS \
                and not told_in_present(verb.head) and _another_doer(verb):
            return verb
    return None


def _another_doer(verb: Token) -> bool:
    """Whether a coordinated verb has a subject of its own naming another doer than its first conjunct's: not a
    pronoun ("told supporters Tuesday that ..., and he vowed to ...": the same speech) nor the same word."""
    subjects = [c for c in verb.children if c.dep_ in CLAUSE_SUBJECT_DEPS]
    first = {c.lower_ for c in verb.head.children if c.dep_ in CLAUSE_SUBJECT_DEPS}
    return bool(subjects) and all(s.tag_ != PRONOUN_TAG and s.lower_ not in first for s in subjects)


def _coordinated_apart(ent: SpacySpan, owner: Token, anchor: Token) -> bool:
    """Whether a weekday told after the first verb of two coordinated clauses with their own subjects is in the
    one clause and the act in the other ("stood by his remark Monday, and Rubio tried to rebuke him", "shelled
    the town, and rebels fired back on Monday"): that clause's occasion. A weekday told before both ("On Monday,
    rebels attacked and the army fired back") and a month or year, a stretch over both, still date either."""
    if not any(t.lower_ in date_words()["weekdays"] for t in ent):
        return False
    for inner, outer in ((anchor, owner), (owner, anchor)):
        conjunct = _own_conjunct(inner)
        if conjunct is not None and not conjunct.left_edge.i <= outer.i <= conjunct.right_edge.i \
                and ent.start > conjunct.head.i:
            return True
    return False


def when_clause_date(state: ArticleState, verb: Token, dates: dict[int, SpacySpan], future: bool) -> EventDate | None:
    """The time a "when" clause ties a past act to: the time its clause hangs on, for an act told in the clause
    ("caused an uproar in December, when he criticized the judge", "the handover in 2008, when the
    president ordered ..."), or the clause's own date, for an act it hangs on ("banned the practice when she took
    power in March 2011", "When she ran in 2010, the incumbent attacked her"). "When" tells the same time."""
    if not simple_past(verb):
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "when he lamented ... and criticized ...": the second act shares the clause
    if clause.dep_ in WHEN_CLAUSE_DEPS and _opened_by_when(clause):
        return _first_resolved(state, _dates_of_host(clause.head, dates), future)
    below = [d for c in verb.children if c.dep_ == "advcl" and _opened_by_when(c) and simple_past(c)
             for d in own_dates(c, dates)]
    return _first_resolved(state, below, future)


def where_clause_date(state: ArticleState, verb: Token, dates: dict[int, SpacySpan]) -> EventDate | None:
    """The day a "where" clause's act was done: that of the occasion it describes ("Saturday's debate, where the
    senator attacked ...") or of the clause naming the place it describes ("the talks moved on Sunday to Doha,
    where the envoy met ..."), for an act told in the simple past; the act was done there, then."""
    if not simple_past(verb):
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in VERB_POS:
        clause = clause.head  # "where he met ... and signed ...": the second act shares the clause
    if clause.dep_ != WHERE_CLAUSE_DEP or not any(c.dep_ == "advmod" and c.lower_ == WHERE for c in clause.children):
        return None
    host = clause.head
    found = [dates[c.i] for c in host.children if c.i in dates and c.i < host.i] + occasion_dates(host, dates)
    if not found:
        governor = host.head.head if host.dep_ == "pobj" else host.head
        found = own_dates(governor, dates) if governor.pos_ in VERB_POS and governor.i != host.i else []
    day = _first_resolved(state, found, False)
    return day if day is not None and day.granularity in WHERE_GRANULARITIES else None


def _opened_by_when(clause: Token) -> bool:
    """Whether a clause is opened by "when" (its adverb or marker)."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ == WHEN and c.i < clause.i for c in clause.children)


def _dates_of_host(host: Token, dates: dict[int, SpacySpan]) -> list[SpacySpan]:
    """The dates a "when" clause's host tells: itself ("in December, when"), a noun's own or premodifying date
    ("the 1996 race, when", "the handover in 2008, when"), or a verb's own ("was stressed Wednesday when")."""
    if host.i in dates:
        return [dates[host.i]]
    if host.pos_ in ("NOUN", "PROPN"):
        return [dates[c.i] for c in host.children if c.i in dates and c.i < host.i] + occasion_dates(host, dates)
    return own_dates(host, dates)


def _first_resolved(state: ArticleState, found: list[SpacySpan], future: bool) -> EventDate | None:
    """The first of the date expressions that resolves, but for a deadline ("until May")."""
    return next((d for ent in found if not is_bound(ent) and (d := to_event_date(state, ent, future))), None)


def another_time_between(state: ArticleState, dates: dict[int, SpacySpan], start: int, end: int, value: str) -> bool:
    """Whether the text between two characters tells, in the story's voice, a date resolving to another value
    than ``value``: the story has moved to that time, and an act after it is not of the earlier day. A stretch
    ("in one week") and a speaker's time in a direct quote move nothing."""
    quotes = statement_index(state)
    seen: set[int] = set()
    for ent in dates.values():
        if ent.start in seen or not start <= ent.start_char < end:
            continue
        seen.add(ent.start)
        if is_bound(ent) or quotes.in_direct_quote(ent.start_char):
            continue  # "until Friday", "'we learned a lot in one week,' he said": no time the story moves to
        resolved = to_event_date(state, ent, False)
        if resolved is not None and resolved.value != value and not _holds_unwritten(resolved, value):
            return True
    return False


def _holds_unwritten(resolved: EventDate, value: str) -> bool:
    """Whether a date is a year the text did not write that holds ``value``: a week or stretch across two
    months ("this week" told on a Sunday) is written as its year, and moves the story to no other
    time (PolNeAR train: a Sunday show's name had stopped three acts taking their Sunday)."""
    return resolved.granularity == "year" and value.startswith(resolved.value) \
        and (resolved.text is None or resolved.value not in resolved.text)


def after_the_report(state: ArticleState, date: EventDate) -> bool:
    """Whether a resolved date begins after the article's publication (or dateline) day: no done act's day."""
    published = parse_published(state.article.published)
    reference = max(d for d in (published, reference_date(state)) if d is not None) if published else reference_date(state)
    if reference is None or not date.resolved:
        return False
    length = ISO_PREFIX_CHARS.get(date.granularity)
    return length is not None and date.value[:length] > reference.isoformat()[:length]


def told_ahead(state: ArticleState, date: EventDate) -> bool:
    """Whether a resolved date is ahead of the story: beginning after publication (``after_the_report``), or told
    with a word counting forward from now ("next week", "the coming month", "tomorrow"), which the resolver gives
    at a month's grain and so may fall in the publication month ("agreed to reconvene in Nairobi next week" in a mid-month
    story); not a day counted from another time ("the next day", which the resolver leaves to the story)."""
    if after_the_report(state, date):
        return True
    if not date.resolved or not date.text:
        return False
    words = {w.strip(".,").lower() for w in date.text.split()}
    ahead_words = set(date_words()["future_words"]) | AHEAD_DAY_WORDS
    return bool(words & ahead_words) and resolve(date.text, reference_date(state)) is not None


def _date_root(state: ArticleState, date: EventDate) -> Token | None:
    """The head word of the date expression an event date was read from, or None when it has no span."""
    if date.start is None or date.end is None:
        return None
    span = state.doc.char_span(date.start, date.end, alignment_mode="expand")
    return span.root if span is not None else None


def told_in_complement(state: ArticleState, date: EventDate, verb: Token) -> bool:
    """Whether a date hangs in an infinitive below the act, the act it arranges ("with the envoys agreeing to reconvene
    in Nairobi next week", "decided to hold talks next week"): that act's time, not the arranging's."""
    root = _date_root(state, date)
    if root is None or verb not in root.ancestors:
        return False
    current = attachment(state.doc[root.i:root.i + 1]) if root.dep_ == "pobj" else root.head
    while current.i != verb.i:
        if current.dep_ == COMPLEMENT_DEP:
            return True
        current = current.head
    return False


def arranged_time(state: ArticleState, date: EventDate) -> bool:
    """Whether a date names the time something was arranged for ("talks scheduled for Saturday", "set talks for
    Monday"): the arranged act's day, which the resolver reads back from publication as often as it lies ahead
    (multi-outlet: talks scheduled for the coming Saturday were dated the Saturday before), never a done act's."""
    root = _date_root(state, date)
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in ARRANGED_TIME_PREPS


def arranges_ahead(state: ArticleState, verb: Token, dates: dict[int, SpacySpan]) -> bool:
    """Whether a clause tells a time ahead of the story for what it arranges ("agreed to meet again next
    Saturday", "agreed to reconvene next week"): a date in its own words naming a day to come (a future word,
    or resolving after publication)."""
    ahead_words = set(date_words()["future_words"]) | AHEAD_DAY_WORDS
    for token in verb.subtree:
        ent = dates.get(token.i)
        if ent is None or token.i != ent.start:
            continue
        if any(t.lower_ in ahead_words for t in ent):
            return True
        resolved = to_event_date(state, ent, False)
        if resolved is not None and after_the_report(state, resolved):
            return True
    return False


def _week_from_now(ent: SpacySpan) -> bool:
    """A week or weeks counted back from now ("last week", "the past two weeks", "earlier this week")."""
    words = {t.lower_ for t in ent}
    return bool(words & WEEK_WORDS) and bool(words & NOW_WEEK_WORDS)


def week_told_below(state: ArticleState, anchor: Token, dates: dict[int, SpacySpan], future: bool) -> EventDate | None:
    """The week counted from now that the parser hung on a clause below the act ("filed 30 cases arguing against
    his ouster in the last two weeks"): the sentence's only date, it places the act too (a month at most, as the
    resolver gives a week); not across a reported, relative, placed or coordinated clause, nor a deadline, a stretch's
    start or a thing's week ("last week's debate"), nor for an act set apart in time ("had pledged")."""
    sentence = sentence_of(anchor)
    found = {id(e): e for i in range(sentence.start, sentence.end) if (e := dates.get(i)) is not None}
    if len(found) != 1:
        return None
    ent = next(iter(found.values()))
    if not _week_from_now(ent) or is_bound(ent) or anchor not in ent.root.ancestors:
        return None
    if ent.root.dep_ == "poss" or shifted_in_time(anchor):
        return None  # "decided to skip last week's debate": the thing's week, as in ``dates._sentence_date``
    current = ent.root
    while current.i != anchor.i:
        if current.dep_ in OWN_TIME_DEPS or (current.dep_ == "prep" and current.lower_ in STRETCH_PREPS):
            return None
        current = current.head
    return to_event_date(state, ent, future)
