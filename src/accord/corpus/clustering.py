"""One event, many reports: which real-world event each article's report of an event belongs to.

A report is an event as one article tells it: its PLOVER type, negation, assertion (held, future,
hypothetical, historical...), mode, the facet the words beside its trigger give it (the experts'
talks vs the negotiators' round), its actor codes, date, place, issues and quantities. Two reports
are one event when all of those agree: same type, negation, assertion, mode and facet; actor codes
of one pair (one set within the other, a mediator at most beside the pair); dates within a day; no
conflicting city; for events defined by their object (an agreement, a demand), no disjoint issues or
quantities. An article is read as a whole: an undated report joins the dated report of the same
event in its own article (its anchor, the article's main event and date; for a demand or refusal,
only one told before it: an undated demand leading its article is its news, not a re-mention of a
dated one it recalls), a visit and a meeting of the very same parties it tells on one day are one
meeting, and two reports the article dates on different days are two events. A report of two
parties dated only by the month it is published in ("next week") is matched as an undated one,
within that month; so is an agreement or position held but dated after its article's publication (the
date is its object's: "agreed to hold more talks next Friday"). An arrival (a visit naming no host:
"the delegation arrived in Muscat on Saturday") is matched as its party's part in a meeting, a visit
received by a host as a visit.

Each report joins the one best-matching cluster: the nearest date, then the exact pair (for a report
of one party, a pair it belongs to); it never links two clusters (no transitive merges: a report of
the 17th and one of the 19th stay apart even when one of the 18th resembles both). An undated report
without anchor joins the one cluster dated in the days before its article's publication, or of
several of its very parties the latest, or none when that is not one. A report of two parties never
joins one party's event on weak evidence (no date), nor a pair's event dated in its window by one
side only, nor does a month with one party make an event. A report of one party joins an event of
that party alone only with a shared issue, quantity or city, or on the very same day naming the same
actors (or none on either side): on general news every politician of a country has its code; an
undated one joins a pair's event only if the actors it names take part in it. A position one party
states, undated, joins the same undated position of a person both name, or of the party named as the
state itself, on a shared issue. Pure functions: the store persists the
groups at ingest (``accord.store.clusters``, one indexed look-up per report) and ``group_reports``
runs the same rule in memory.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from accord.knowledge.actors import ActorCode, lookup_actor, names_someone_inside, title_entry
from accord.knowledge.loader import read_rows
from accord.knowledge.name_variants import person_key
from accord.knowledge.regions import province_countries
from accord.records import Event

# Kinds of actor a word before a title may code to and leave the phrase a role ("Russian" a country, "Kremlin" a
# body): "Russian President" names no one, while "King Charles" (a title, then a name) does.
ROLE_MODIFIER_KINDS = frozenset({"country", "organisation"})
# Reports of one event date it within a day of each other (time zones, "overnight", late filing).
DAY_WINDOW = 1
# An undated report ("the two sides agreed to a swap") is about a recent event: one that happened at
# most this many days before its article was published. Short, so a later agreement is not confused
# with an earlier one; an undated report joins a dated cluster only when exactly one cluster fits.
UNDATED_LAG_DAYS = 3
# Words on either side of the trigger searched for a facet word ("expert-level talks", "talks at
# expert level"): the trigger's own phrase, not the rest of the sentence.
FACET_WORDS_BEFORE = 3
FACET_WORDS_AFTER = 4
# Beside a pair of parties, a report may name this many more (a mediator, a host) and still be a
# report of the pair's event ("talks between Iran and the US in Oman" coded IRN, USA, OMN).
EXTRA_PARTIES = 1
# Issues every negotiation event is about: they tell no two events apart.
GENERIC_ISSUES = frozenset({"negotiation_process"})
# Types whose event is defined by its object (what was agreed, demanded, refused): two of one day
# and pair are different events when their issues or quantities differ.
OBJECT_TYPES = frozenset({"AGREE", "REQUEST", "REJECT", "CONCEDE", "RETREAT", "SANCTION", "THREATEN"})
# Positions stated (demands, refusals, threats): speakers restate and shift them day by day, so an
# undated one leading its article is its news, not a re-mention of a dated one the article recalls
# after it (an agreement, done once, is re-mentioned in either order).
STATED_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN"})
ASSERTED = "asserted"
# Modes that say how talks were held, not which talks: "talks mediated by Oman" (third-party) and
# "talks between Iran and the US" are one round, so these modes key as no mode at all; a phone call
# or a visit stays another kind of meeting.
UNKEYED_MODES = frozenset({"third-party"})
# Modes one article may give a single meeting it tells twice on one day, between the very same
# parties: "Putin received the minister in the Kremlin" (a visit) is "the meeting between Putin and
# the minister" (no mode). Across articles they stay keyed apart: a visit received by a host is another
# meeting than the talks its guest came for (Araghchi received by Oman's minister before the round); a
# phone call is never a visit. An arrival, a visit naming no host, keys as no mode (``keyed_mode``).
SAME_MEETING_MODES = frozenset({"", "visit"})
VISIT = "visit"
# The key granularity of a report with no date of its own, keyed by its article's publication day: a
# dated report of the same event ingested later can still find it.
PUBLISHED = "undated"
_WORD = re.compile(r"[\w'-]+")


@functools.lru_cache(maxsize=1)
def facet_words() -> dict[str, str]:
    """Lower-cased phrase -> facet, from ``clusters/facets.tsv``."""
    return {row["phrase"]: row["facet"] for row in read_rows("clusters/facets.tsv", ("phrase", "facet"))}


def trigger_facet(event: Event) -> str:
    """The facet the words right beside the trigger give the event ('expert'), or '' for none."""
    sentence = event.sentence
    if sentence is None or not (sentence.start <= event.trigger.start <= event.trigger.end <= sentence.end):
        return ""
    text = sentence.text.lower()
    before = _WORD.findall(text[: event.trigger.start - sentence.start])[-FACET_WORDS_BEFORE:]
    after = _WORD.findall(text[event.trigger.end - sentence.start:])[:FACET_WORDS_AFTER]
    words = [*before, *_WORD.findall(event.trigger.text.lower()), *after]
    table = facet_words()
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            facet = table.get(" ".join(words[i : i + size]))
            if facet:
                return facet
    return ""


def _pointed(event: Event) -> bool:
    """Whether the event has a place finer than a province: one the gazetteer gave no point and that names a
    province or state ("Ohio") is too wide to tie two reports or tell them apart ("Quebec" with a point is the city)."""
    location = event.location
    return location is not None and (location.lat is not None or location.name not in province_countries())


def city(name: str | None) -> str | None:
    """The lower-cased place of a report when it is a city or a finer place ("Muscat"), else None: "talks in
    Oman" and "talks in Muscat" do not conflict."""
    if not name:
        return None
    actor = lookup_actor(name)
    if actor is not None and actor.kind == "country" and actor.sector is None:
        return None
    return name.lower()


@dataclass(frozen=True)
class EventReport:
    """One article's report of an event, with the fields that identify the real-world event."""

    article: str
    event: str
    type: str
    negated: bool
    codes: frozenset[str]
    day: dt.date | None
    month: str | None
    place: str | None
    published: dt.date | None = None
    assertion: str = ASSERTED
    mode: str = ""
    # Objects (agreements, demands) are told apart by their issues and quantities, not by facet words:
    # "agreed to hold expert-level talks" is the round's agreement, however another outlet words it.
    facet_word: str = ""
    issues: frozenset[str] = frozenset()
    quantities: frozenset[float] = frozenset()
    # (actor code, spelling-insensitive name) of each named person taking part ("RUS", "vladimir putin").
    persons: frozenset[tuple[str, str]] = frozenset()
    # Lower-cased names of the actors the text names, known or not ("bernie sanders", "white house",
    # "country:OMN"): whether two one-party reports can be of one actor's act.
    names: frozenset[str] = frozenset()
    # Whether the report's own date was dropped as its object's (``object_date``): "proposed a debate on
    # April 15" re-mentions no proposal its article dates, however alike.
    object_dated: bool = False

    @property
    def key(self) -> str:
        return f"{self.article}:{self.event}"

    @property
    def facet(self) -> str:
        """What a report must share with a cluster's reports besides type and negation (a key column):
        held or not, mode, trigger facet."""
        return f"{self.assertion}|{self.mode}|{self.facet_word}"

    @property
    def dated(self) -> bool:
        """Whether the report has a date of its own: a day, or a month other than its publication's."""
        return self.day is not None or (self.month is not None and not self.vague_month)

    @property
    def vague_month(self) -> bool:
        """Whether the report of two parties or more is dated only by the month it is published in
        ("next week", "recently", "this month" resolve no further): that tells no more than its
        publication day, so it is matched as an undated report whose event falls in that month. With
        one party it stays a month report, which meets nothing: a month and one party name no event
        (one-party remarks of domestic news, "supported her a week ago", would join any of the party's
        recent clusters)."""
        return (self.day is None and self.month is not None and self.published is not None
                and len(self.codes) >= 2 and self.month == self.published.isoformat()[:7])


def report_from(article: str, published: str | None, event: Event) -> EventReport:
    """The identifying features of ``event`` reported by article ``article`` published on ``published``.

    The assertion is the events stage's finer ``assertion`` when the record has one, else its modality.
    An agreement or position held and dated after its article was published is matched as undated
    (``object_date``), and re-mentions none of its article's.
    """
    codes = frozenset(a.code for a in [*event.actors, *event.recipients] if a.code)
    day = month = None
    if event.date is not None and event.date.resolved:
        if event.date.granularity == "day":
            day = dt.date.fromisoformat(event.date.value)
        elif event.date.granularity == "month":
            month = event.date.value[:7]
    try:
        published_day = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        published_day = None
    assertion = getattr(event, "assertion", None) or event.modality
    object_dated = False
    if assertion == ASSERTED and event.event in OBJECT_TYPES and (day or month):
        day, month = object_date(day, month, published_day)
        object_dated = not (day or month)
    return EventReport(
        article, event.id, event.event, event.negated, codes, day, month,
        city(event.location.name if _pointed(event) else None), published_day,
        assertion=assertion, mode=keyed_mode(event, codes),
        facet_word="" if event.event in OBJECT_TYPES else trigger_facet(event),
        issues=frozenset(event.issues) - GENERIC_ISSUES,
        quantities=frozenset(q.value for q in event.quantities), persons=named_persons(event),
        names=actor_names(event), object_dated=object_dated,
    )


def keyed_mode(event: Event, codes: frozenset[str]) -> str:
    """The mode a report is keyed and matched by: none for a mode that says how talks were held
    (``UNKEYED_MODES``), and none for an arrival, a visit naming only its traveller and no host ("the
    Iranian delegation arrived in Muscat on Saturday"): a trip to a city is no meeting of its own, so it
    is matched as its party's part in the meeting of its day and place, one side of the talks as "Iran
    held talks on Saturday" is (the one-party rules decide which: ``one_party_fits``, ``best_cluster``).
    A visit naming its host ("received by Oman's foreign minister") stays a visit: another meeting."""
    if event.mode in UNKEYED_MODES:
        return ""
    if event.mode == VISIT and len(codes) == 1 and not event.recipients:
        return ""
    return event.mode or ""


def object_date(day: dt.date | None, month: str | None,
                published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The day and month of a held (asserted) agreement, demand or refusal, or None for a date after
    its article's publication (beyond ``DAY_WINDOW``, time zones): what was agreed by the time it is
    reported is not agreed later; such a date is its object's ("the sides agreed to hold more talks next
    Friday" is an agreement of today, not of Friday), and the report is matched as undated."""
    if published is None:
        return day, month
    if day is not None and day > published + dt.timedelta(days=DAY_WINDOW):
        return None, None
    if month is not None and month > published.isoformat()[:7]:
        return None, None
    return day, month


def person_actor(name: str) -> ActorCode | None:
    """The actor lexicon's coding of a participant's name, or None for a person the name only contains
    ("Trump's envoy" is not Trump: ``names_someone_inside``, the store's guard for people)."""
    actor = lookup_actor(name)
    if actor is not None and names_someone_inside(name, actor.name, actor.kind):
        return None
    return actor


def actor_names(event: Event) -> frozenset[str]:
    """Lower-cased names of the event's actors and recipients ("bernie sanders", "white house"; a
    country as itself, "country:OMN"), not mentions without a name ("he", "the campaign")."""
    found = set()
    for ref in [*event.actors, *event.recipients]:
        if not ref.name:
            continue
        actor = person_actor(ref.name)
        if actor is not None and actor.kind == "country" and actor.sector is None:
            found.add(f"country:{ref.code}")  # "the U.S.", "America" and "Washington" are one name
            continue
        found.add(person_key(actor.name) if actor is not None and actor.kind == "person" and actor.name
                  else ref.name.lower())
    return frozenset(found)


def named_persons(event: Event) -> frozenset[tuple[str, str]]:
    """(code, person key) of participants named as people ("Vladimir Putin", "King Charles"), not as roles."""
    found = set()
    for ref in [*event.actors, *event.recipients]:
        if not ref.code or not ref.name or not all(word[:1].isupper() for word in ref.name.split()):
            continue
        actor = person_actor(ref.name)
        if (actor is not None and actor.kind == "person" and not names_a_role(ref.name)
                and (key := person_key(actor.name or ref.name))):
            found.add((ref.code, key))
    return frozenset(found)


def names_a_role(name: str) -> bool:
    """Whether a capitalised name is a role the lexicon composes, nationality or body words before a title
    ("Russian President", "Kremlin Chief Of Staff"): it names no one, so it tells no two meetings apart; a title
    with a name ("King Charles", "Crown Prince Mohammed") names a person."""
    words = name.split()
    start = 0
    while start < len(words) - 1 and (actor := lookup_actor(words[start])) is not None \
            and actor.kind in ROLE_MODIFIER_KINDS:
        start += 1
    return title_entry(" ".join(words[start:])) is not None


def persons_fit(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Whether two sets of named participants can be one meeting: no party represented by different
    people in each (Putin receiving the minister one day, Lavrov the next)."""
    for code in {c for c, _ in a} & {c for c, _ in b}:
        if not {name for c, name in a if c == code} & {name for c, name in b if c == code}:
            return False
    return True


def pair_fits(codes: frozenset[str], pair: frozenset[str]) -> bool:
    """Whether a report's codes can be a report of an event of ``pair``: one set within the other,
    with at most ``EXTRA_PARTIES`` more when both name two parties or more (a different pair — a
    phone call between two other parties — never fits)."""
    if not codes or not pair:
        return False
    small, large = sorted((codes, pair), key=len)
    if not small <= large:
        return False
    return len(small) < 2 or len(large) - len(small) <= EXTRA_PARTIES


def _overlap_or_empty(a: frozenset, b: frozenset) -> bool:
    return not a or not b or bool(a & b)


@dataclass(frozen=True)
class ClusterTraits:
    """What a cluster's reports agree on beyond its keys: the pair of parties (the most specific
    set of two or more codes its reports name), the issues and quantities of its object, its city,
    the people named taking part."""

    pair: frozenset[str] = frozenset()
    issues: frozenset[str] = frozenset()
    quantities: frozenset[float] = frozenset()
    place: str | None = None
    persons: frozenset[tuple[str, str]] = frozenset()
    names: frozenset[str] = frozenset()

    def fits(self, report: EventReport) -> bool:
        """Whether ``report`` can be a report of this cluster's event."""
        if not pair_fits(report.codes, self.pair):
            return False
        if report.place and self.place and report.place != self.place:
            return False
        if not persons_fit(report.persons, self.persons):
            return False
        if report.type not in OBJECT_TYPES:
            return True
        return _overlap_or_empty(report.issues, self.issues) and _overlap_or_empty(report.quantities, self.quantities)

    def with_report(self, report: EventReport) -> ClusterTraits:
        """The traits once ``report`` has joined: a narrower pair replaces a wider one (the mediator
        named by the first report is not one of the parties); issues and quantities are kept from
        the first report that names any."""
        pair = self.pair
        if not pair or (len(report.codes) >= 2 and (len(pair) < 2 or report.codes < pair)):
            pair = report.codes if report.codes else pair
        return ClusterTraits(pair, self.issues or report.issues, self.quantities or report.quantities,
                             self.place or report.place, self.persons | report.persons, self.names | report.names)

    def to_json(self) -> str:
        return json.dumps({"pair": sorted(self.pair), "issues": sorted(self.issues),
                           "quantities": sorted(self.quantities), "place": self.place,
                           "persons": sorted(self.persons), "names": sorted(self.names)})

    @classmethod
    def from_json(cls, text: str | None) -> ClusterTraits:
        data = json.loads(text) if text else {}
        return cls(frozenset(data.get("pair", ())), frozenset(data.get("issues", ())),
                   frozenset(data.get("quantities", ())), data.get("place"),
                   frozenset(tuple(person) for person in data.get("persons", ())), frozenset(data.get("names", ())))


@dataclass(frozen=True)
class Candidate:
    """A cluster one of whose keys a report matched: the key's date and the cluster's traits."""

    cluster: int
    date: str
    traits: ClusterTraits
    granularity: str = "day"
    # The actor code of the matched key ('' when not known: it then vouches for every code).
    code: str = ""


def candidate_window(report: EventReport) -> tuple[dt.date, dt.date] | str | None:
    """Where the reports it can join are dated: a day range, a month (``"2025-05"``), or None (nowhere).

    Dated reports join within ``DAY_WINDOW`` days; undated ones (and those dated only by the month
    they are published in, within it: ``EventReport.vague_month``) look at dated reports from
    ``UNDATED_LAG_DAYS`` before their publication to ``DAY_WINDOW`` after it.
    """
    if report.day:
        return report.day - dt.timedelta(days=DAY_WINDOW), report.day + dt.timedelta(days=DAY_WINDOW)
    if report.month and not report.vague_month:
        return report.month
    if report.published is None:
        return None
    low = report.published - dt.timedelta(days=UNDATED_LAG_DAYS)
    high = report.published + dt.timedelta(days=DAY_WINDOW)
    if report.vague_month:  # within its month: "next week" on 30 April is no event of 28 March
        first = report.published.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        low, high = max(low, first), min(high, following - dt.timedelta(days=1))
    return low, high


def _distance(report: EventReport, date: str) -> int:
    """Days between a dated report and a key's date (0 for a month key of the report's month)."""
    if report.day and len(date) == 10:
        return abs((report.day - dt.date.fromisoformat(date)).days)
    return 0


def same_speaker_position(report: EventReport, traits: ClusterTraits) -> bool:
    """Whether a stated position (a demand, a refusal, a threat) of one party is the position a
    cluster of undated reports holds, by a person both name: the same party, the same person stating
    it, and (``ClusterTraits.fits``) the same object, published within a day ("enrichment is
    non-negotiable", said the minister, undated in two papers of one day)."""
    return (report.type in STATED_TYPES and len(report.codes) == 1 and report.codes == traits.pair
            and (bool(report.persons & traits.persons) or state_position(report, traits)))


def state_position(report: EventReport, traits: ClusterTraits) -> bool:
    """Whether a one-party position is told as the state's own ("Iran entered the talks saying
    enrichment is non-negotiable": the country named as itself, no person) on the very object of the
    cluster's position (a shared issue, not the generic process): its minister stating it is the state
    stating it. A party named without its name, or another actor of it ("the campaign"), is not."""
    code = next(iter(report.codes))
    return (not report.persons and report.names == {f"country:{code}"}
            and bool(report.issues & traits.issues))


def shares_object(report: EventReport, traits: ClusterTraits) -> bool:
    """Whether a report and a cluster share what an event of one party is about or where it is: an
    issue (not the generic process), a quantity or a city."""
    return bool(report.issues & traits.issues or report.quantities & traits.quantities
                or (report.place and report.place == traits.place))


def one_party_fits(report: EventReport, candidate: Candidate) -> bool:
    """Whether a report of one party may join a cluster of one party or a pair. A party's code and a
    window of days name no event of it: every US politician is coded USA, and a few days of campaign
    news hold dozens of their promises and attacks, even of one named person. So with a cluster of
    that party alone it needs a shared object (``shares_object``), or the very same day and the same
    actors named (``names_fit``: "Carson responded on Sunday" is not "Sanders promised Sunday"); with
    a pair's event (one side of the talks), when undated, no actor named who is not in it."""
    if len(report.codes) != 1 or shares_object(report, candidate.traits):
        return True
    if candidate.traits.pair != report.codes:
        return report.dated or _overlap_or_empty(report.names, candidate.traits.names)
    same_day = report.day is not None and candidate.granularity == "day" and candidate.date == report.day.isoformat()
    return same_day and names_fit(report.names, candidate.traits.names)


def names_fit(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of actor names can be one actor's act: a name in common, or none on either side."""
    return bool(a & b) or not (a or b)


def _keyed_on_both_sides(candidates: Sequence[Candidate], cluster: Candidate) -> bool:
    """Whether ``cluster``'s pair has a key in the report's window for each of its codes: an undated
    report of two parties is about that pair's event only when both sides of it are dated there
    ("both sides agreeing" on Saturday is not the pair's agreement of Tuesday that one side's
    Wednesday remark joined). Keys of unknown code vouch for every code."""
    codes = {c.code for c in candidates if c.cluster == cluster.cluster}
    return "" in codes or cluster.traits.pair <= codes


def _preferred_pair(report: EventReport, traits: ClusterTraits) -> bool:
    """Whether a fitting cluster's pair is the one a dated report prefers among clusters of its day:
    its very codes when it names two parties or more; when it names one, a pair it belongs to: "the
    US held talks on Saturday" is one side of the talks, not of a one-party event another report's
    fragment founded."""
    if len(report.codes) >= 2:
        return traits.pair == report.codes
    return len(traits.pair) >= 2


def best_cluster(report: EventReport, candidates: Iterable[Candidate]) -> int | None:
    """The one cluster ``report`` joins among those whose keys it matched, or None.

    A dated report joins the fitting cluster dated nearest to it (a cluster of undated reports
    published on its very day competes, losing ties), then the one whose pair is exactly its codes
    (for a one-party report, a pair it belongs to: ``_preferred_pair``), then the oldest; a cluster
    known only from undated reports (its key the publication day) of both its parties when no dated
    one fits, and it is the only one. An undated report joins the one fitting dated cluster, or of
    several the one whose pair is exactly its codes, or of those the one dated latest up to its
    publication; with none, in the same way a cluster of undated reports of its parties published
    within a day of it.
    """
    # A cluster known only from undated reports is weak evidence: it needs both of its parties among
    # the report's (the report may name a mediator besides), or for a stated position its one party and
    # a person named stating it (or the state itself, on the same issue). One known only by a month
    # needs two parties at least: a month and one party ("an Iranian meeting in April") name no one
    # event; nor does a month name one agreement or
    # demand of two parties who agree or demand something every week of a negotiation.
    candidates = list(candidates)
    fitting = [c for c in candidates if c.traits.fits(report) and one_party_fits(report, c)
               and (c.granularity != PUBLISHED or (len(c.traits.pair) >= 2 and c.traits.pair <= report.codes)
                    or same_speaker_position(report, c.traits))
               and (c.granularity != "month" or (len(c.traits.pair) >= 2 and report.type not in OBJECT_TYPES))]
    if not report.dated:  # nor may an undated report of two parties join the meeting of three, nor one party's
        fitting = [c for c in fitting if len(report.codes) == 1
                   or (c.traits.pair <= report.codes and len(c.traits.pair) >= 2)]
        if len(report.codes) >= 2:  # ... nor one whose pair is keyed in its window by one side only
            fitting = [c for c in fitting if _keyed_on_both_sides(candidates, c)]
    dated = [c for c in fitting if c.granularity != PUBLISHED]
    if report.dated and len(report.codes) >= 2 and not any(c.traits.pair == report.codes for c in dated):
        # A dated report of two parties takes the undated news of its very pair (published in its window:
        # the next day's paper) over a dated fragment of one of its parties: both parties name the event.
        pair_news = [c for c in fitting if c.granularity == PUBLISHED and c.traits.pair == report.codes]
        if pair_news:
            dated = []
            fitting = pair_news
    if report.dated and dated:
        # The undated news of the report's own day competes with dated clusters of the days around
        # it (a demand of Tuesday, undated in Tuesday's paper, is not Monday's dated one); on a tie the
        # dated cluster wins.
        same_day = [c for c in fitting if c.granularity == PUBLISHED and report.day and c.date == report.day.isoformat()]
        return min([*dated, *same_day], key=lambda c: (_distance(report, c.date), c.granularity == PUBLISHED,
                                                        not _preferred_pair(report, c.traits), c.cluster)).cluster
    pool = dated or fitting
    if len({c.cluster for c in pool}) > 1:
        pool = [c for c in pool if c.traits.pair == report.codes]
    if len({c.cluster for c in pool}) > 1 and report.published and not report.dated:
        # Of several events of its very parties, an undated report is about its article's news: the
        # one dated latest up to its publication day, when only one is.
        news = [c for c in pool if c.granularity == "day" and c.date <= report.published.isoformat()]
        latest = max((c.date for c in news), default=None)
        pool = [c for c in news if c.date == latest]
    clusters = {c.cluster for c in pool}
    return clusters.pop() if len(clusters) == 1 else None


def _anchors_on(report: EventReport, anchor: EventReport) -> bool:
    """Whether dated ``anchor`` can be the event that ``report`` (undated, same article) re-mentions:
    same type, negation and facet, the article's news (dated in the days before publication), and the
    same parties: the report's own, one of them (a one-party re-mention), or the anchor's two plus a
    mediator."""
    if not (anchor.day and anchor.type == report.type and anchor.negated == report.negated
            and anchor.facet == report.facet and anchor.codes and report.codes):
        return False
    if report.published and not (report.published - dt.timedelta(days=UNDATED_LAG_DAYS) <= anchor.day
                                 <= report.published + dt.timedelta(days=DAY_WINDOW)):
        return False
    same_parties = (anchor.codes == report.codes or (len(report.codes) == 1 and report.codes <= anchor.codes)
                    or (len(anchor.codes) >= 2 and anchor.codes < report.codes))
    return same_parties and ClusterTraits(anchor.codes, anchor.issues, anchor.quantities, anchor.place,
                                          anchor.persons).fits(report)


def _one_meeting_facet(a: EventReport, b: EventReport) -> bool:
    """Whether two reports of one article have one facet, or differ only by modes that one meeting
    takes (``SAME_MEETING_MODES``: a visit received, a meeting held)."""
    return a.facet == b.facet or (a.assertion == b.assertion and a.facet_word == b.facet_word
                                  and {a.mode, b.mode} <= SAME_MEETING_MODES)


def _same_day_repeat(report: EventReport, earlier: EventReport) -> bool:
    """Whether dated ``report`` tells again an event its article told before it: the same day, type,
    negation and facet (or a visit and a meeting, ``_one_meeting_facet``), the very same parties,
    and (``ClusterTraits.fits``) the same object, place and people (a quote after its paraphrase:
    "said Friday the reactor is off the table ... 'the reactor, for us, is off the table,' she
    told the press")."""
    return (report.day is not None and earlier.day == report.day and earlier.type == report.type
            and earlier.negated == report.negated and _one_meeting_facet(earlier, report)
            and bool(report.codes) and earlier.codes == report.codes
            and ClusterTraits(earlier.codes, earlier.issues, earlier.quantities, earlier.place,
                              earlier.persons).fits(report))


def anchors(reports: Sequence[EventReport]) -> list[int | None]:
    """For each report of one article, the index of the report of the same article it is a re-mention
    of, or None: for an undated report a dated one (``_anchors_on``; the exact parties first, then the
    first in the text); for a dated one, the first earlier report of its very day and parties that is
    no re-mention itself (``_same_day_repeat``). A report whose date was its object's re-mentions none."""
    found: list[int | None] = []
    for index, report in enumerate(reports):
        anchor = None
        if not report.dated and not report.object_dated:
            fitting = [j for j, other in enumerate(reports) if _anchors_on(report, other)
                       and (j < index or report.type not in STATED_TYPES)]
            exact = [j for j in fitting if reports[j].codes == report.codes]
            anchor = (exact or fitting or [None])[0]
        elif report.day is not None:
            anchor = next((j for j in range(index) if found[j] is None and _same_day_repeat(report, reports[j])), None)
        found.append(anchor)
    return found


@dataclass
class Placement:
    """Where one report of an article goes: an existing cluster, its anchor's cluster, or a new one."""

    cluster: int | None = None
    anchor: int | None = None

    @property
    def founding(self) -> bool:
        """Whether the report starts a new cluster (neither joins one nor re-mentions its anchor)."""
        return self.cluster is None and self.anchor is None


def place_article(reports: Sequence[EventReport],
                  candidates_of: Callable[[EventReport], list[Candidate]]) -> list[Placement]:
    """Where each report of one article goes; ``candidates_of`` is the one look-up per report (the
    clusters of other articles whose keys it matches). Anchored reports need no look-up. A cluster
    joined by an earlier report of the article is judged with the traits that report gave it, so two
    reports of different pairs in one article do not both join it; nor do two reports the article
    dates on different days (an article that dates a demand Monday and another Tuesday tells two
    events apart, however alike their words)."""
    placements = [Placement(anchor=anchor) for anchor in anchors(reports)]
    looked_up: dict[int, list[Candidate]] = {}
    for index, report in enumerate(reports):
        if placements[index].anchor is None:
            looked_up[index] = candidates_of(report) if candidate_window(report) is not None and report.codes else []
    joined: dict[int, ClusterTraits] = {}
    days: dict[int, dt.date] = {}
    # The reports whose dates meet a cluster's exactly choose first: the article's Monday report takes
    # Monday's cluster before its Tuesday report could take it for the nearest.
    order = sorted(looked_up, key=lambda i: (min((_distance(reports[i], c.date) for c in looked_up[i]), default=0), i))
    for index in order:
        report = reports[index]
        found = [replace(c, traits=joined[c.cluster]) if c.cluster in joined else c for c in looked_up[index]
                 if not (report.day and days.get(c.cluster, report.day) != report.day)]
        cluster = best_cluster(report, found)
        if cluster is not None:
            traits = next(c.traits for c in found if c.cluster == cluster)
            joined[cluster] = traits.with_report(report)
            if report.day:
                days.setdefault(cluster, report.day)
        placements[index] = Placement(cluster=cluster)
    return placements


@dataclass
class _Cluster:
    traits: ClusterTraits
    reports: list[EventReport] = field(default_factory=list)
    keys: set[tuple] = field(default_factory=set)


def key_tuples(report: EventReport, founding: bool = True) -> list[tuple[str, bool, str, str, str, str, str]]:
    """The keys a report adds to its cluster: (type, negated, facet, granularity, code, date, place or
    ''), one per actor code; an undated report is keyed by its publication day (granularity
    ``PUBLISHED``), which only dated reports look at, when it is ``founding`` its cluster (not when it
    joined one); none without either."""
    if report.day:
        granularity, date = "day", report.day.isoformat()
    elif report.month and not report.vague_month:
        granularity, date = "month", report.month
    elif report.published and founding:
        granularity, date = PUBLISHED, report.published.isoformat()
    else:
        return []
    return [(report.type, report.negated, report.facet, granularity, code, date, report.place or "")
            for code in sorted(report.codes)]


def published_window(report: EventReport) -> tuple[dt.date, dt.date] | None:
    """The publication days of the undated reports whose clusters ``report`` may join: for a day-dated
    report, from its day to ``UNDATED_LAG_DAYS`` after (what ``candidate_window`` is for the undated
    report); for an undated one, or one dated only by the month it is published in (no day either),
    within ``DAY_WINDOW`` of its own publication (the same news)."""
    if report.day:
        return report.day - dt.timedelta(days=DAY_WINDOW), report.day + dt.timedelta(days=UNDATED_LAG_DAYS)
    if report.published is not None and report.month in (None, report.published.isoformat()[:7]):
        return report.published - dt.timedelta(days=DAY_WINDOW), report.published + dt.timedelta(days=DAY_WINDOW)
    return None


def key_matches(report: EventReport, key: tuple) -> bool:
    """Whether one key row matches a report: what the store's indexed look-up selects."""
    type_, negated, facet, granularity, code, date, place = key
    if (type_, negated, facet) != (report.type, report.negated, report.facet) or code not in report.codes:
        return False
    if report.place and place and place != report.place:
        return False
    window = candidate_window(report)
    if window is None:
        return False
    if granularity == PUBLISHED:
        published = published_window(report)
        return published is not None and published[0].isoformat() <= date <= published[1].isoformat()
    if isinstance(window, str):
        return granularity == "month" and date == window
    return granularity == "day" and window[0].isoformat() <= date <= window[1].isoformat()


def group_reports(reports: list[EventReport]) -> list[list[EventReport]]:
    """The clusters the store builds when the reports' articles are ingested in the order given."""
    clusters: dict[int, _Cluster] = {}
    by_article: dict[str, list[EventReport]] = {}
    for report in reports:
        by_article.setdefault(report.article, []).append(report)

    def candidates_of(report: EventReport) -> list[Candidate]:
        return [Candidate(number, key[5], cluster.traits, key[3], key[4]) for number, cluster in clusters.items()
                for key in sorted(cluster.keys) if key_matches(report, key)]

    for article_reports in by_article.values():
        placements = place_article(article_reports, candidates_of)
        numbers: list[int] = []
        for placement in placements:
            number = placement.cluster
            if number is None and placement.anchor is None:
                number = max(clusters, default=0) + 1
                clusters[number] = _Cluster(ClusterTraits())
            numbers.append(number if number is not None else -1)
        numbers = [numbers[p.anchor] if p.anchor is not None else n for p, n in zip(placements, numbers, strict=True)]
        for report, number in zip(article_reports, numbers, strict=True):
            cluster = clusters[number]
            cluster.traits = cluster.traits.with_report(report)
            cluster.reports.append(report)
        for report, number, placement in zip(article_reports, numbers, placements, strict=True):
            clusters[number].keys.update(key_tuples(report, founding=placement.founding))
    return [cluster.reports for cluster in clusters.values()]

