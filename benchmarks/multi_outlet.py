"""Benchmark: clusters, divergence and entities over real multi-outlet coverage (issue 15).

Ingests ``../shared/dev-sets/multi-outlet/articles.jsonl`` (40 reports of the 2025 US–Iran talks)
into a fresh SQLite store through accord's own ingest (what ``accord ingest`` calls), reads back the
persisted event clusters, the divergence view and the corpus entities, and scores them against
``gold.json`` (format ``accord-gold-clusters/1``, described in that folder's README). A text whose
SHA-256 differs from the gold's is refused: the gold describes those exact texts. Nothing of the
texts is kept in the project; ids and gold structure are read at run time.

    .venv/bin/python benchmarks/multi_outlet.py [--shared ../shared] [--db URL] [--json] [--details]

**Unit.** A gold *report* is a pair (article, gold event) listed in the event's ``articles``; levels:
``main``, ``main+background``, ``all`` (with ``weak``).

**Tying accord's events to gold reports** (the dev set README's reference rule). An accord event of
article A is a candidate for gold event G when: A lists G (any level); its type is G's type with G's
negation, or one of G's ``alternatives`` (either negation: a postponement coded as a negated CONSULT);
it shares a code of its actors/recipients with G's ``actors`` + ``recipients``; its date fits G's date:
a resolved day within ``DATE_WINDOW_DAYS`` of it, a resolved month equal to its month, or no resolved
date at all (a year, or a day/month elsewhere, does not fit); when G has ``cues``, one of them (case-
insensitive substring) stands in the trigger's sentence within ``CUE_WINDOW_CHARS`` of the trigger.
Each accord event is tied to its best candidate, ranked by: exact type, date fit (same day >
adjacent day or month > undated), number of shared codes, level (main > background > weak), a cue in
the trigger's phrase (within ``CUE_PHRASE_CHARS``: a gold event whose cue stands there outranks one without
cues, which has no such evidence; a cue further off ranks below it; between cued events the nearest
wins), then the gold event nearest in time to the article's publication (an undated "talks" in a later
article is more likely the latest round). A gold report is *found* when some event of A is tied to G; its predicted cluster is the store
cluster holding most of those events (ties: the cluster of the best-ranked tied event). A report not found is a singleton.

**Comparing clusterings.** Over the reports of a level, pairwise precision/recall/F1 count pairs of
reports predicted together (same store cluster) against pairs gold together (same gold event); B-cubed
averages per report |C∩G|/|C| and |C∩G|/|G|. Both are given over all reports and over found reports
only (clustering apart from extraction misses), fine (gold events) and coarse (``coarse_groups``
merged). With no pair on a side, that side's pairwise figure is 1.0 (nothing claimed, nothing missed).
An event is *one cluster* when at least two of its reports (main+background) are found and all fall in
one store cluster; *pure* when that cluster holds no found report of another gold event (at any level).
A must-not-merge pair is *checkable* when both its reports are found, *broken* when they share a cluster.

**Assessments and divergences.** A divergence entry is tied to a round of talks by its anchor event
(a dated anchor tied to the round's gold event, or a CONSULT dated within a day of it); a party's assessment of a
round *as the view shows it* is the polarity of its sides' statements in the event topics of the store's
topic assessments (``store_assessments``: every topic, divergent or not — the divergence view lists the
divergent ones; reading assessments from those alone would make "every party right" and "no false
divergence" exclusive wherever the parties agree), each statement
counted for the topic's round, or when the topic has none (an undated anchor), for the round its
article reports as main (positive and negative = mixed); a round with no topic shows none. The same
figure is also given *from statements*: the party's own statements (speaker's party, not a third
party) with a polarity, on the talks (issue ``negotiation_process`` or none), in the round's articles
(those the gold lists for that round). An entry *mixes rounds* when its statements come from articles
whose main reports are of two different rounds. Expected divergences: one about a round is shown when
an event entry (not an issue topic: the gold's required enrichment divergence itself lists a round-2
article) is tied to that round or holds statements of articles reporting it as main; one about an issue
when each of its gold parties has a side with a statement from the gold's articles and the sides differ.

**People.** A gold person's mentions are the entity mentions (or entity names) equal to one of its
variants (case-insensitive) in its ``mentioned_in`` articles; it is *one entity* when they all resolve
to one corpus entity; that entity must hold no other gold person. Speakers: ``quoted_in`` articles with a
statement whose speaker resolves to the person's main entity.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
SET_DIR = Path("dev-sets") / "multi-outlet"

# ---------------------------------------------------------------------------------------------------
# Adapter: every accord import lives here (issue 12 moves modules; fix the paths in this section only).
# ---------------------------------------------------------------------------------------------------

# Items asked of the store per page (its cap, store.filters.MAX_LIMIT).
PAGE = 500


def ingest_jsonl(db_url: str, path: Path) -> dict[str, int]:
    """Ingest a JSONL file into the store at ``db_url`` as ``accord ingest`` does; counts by outcome."""
    from accord.ingest import ingest_paths

    failures: list[str] = []
    summary = ingest_paths([str(path)], db_url, on_failure=lambda source, reason: failures.append(f"{source}: {reason}"))
    for line in failures:
        print(f"multi_outlet: ingest failed: {line}", file=sys.stderr)
    return summary.as_dict()


def stored_articles(db_url: str) -> list[dict[str, Any]]:
    """Every stored article with text, events, statements and entities (each with its corpus ``entity_id``)."""
    from accord.store import get_article, list_articles, open_store

    articles: list[dict[str, Any]] = []
    with open_store(db_url) as store:
        offset = 0
        while True:
            page = list_articles(store, limit=PAGE, offset=offset)
            articles.extend(article for item in page.items if (article := get_article(store, item["id"])))
            offset += len(page.items)
            if not page.items or offset >= page.total:
                return articles


def clusters(db_url: str) -> dict[tuple[int, str], str]:
    """(store article id, event id) -> the id of the persisted cluster holding that event."""
    from accord.web.corpus_views import store_event_clusters
    from accord.store import open_store

    cluster_of: dict[tuple[int, str], str] = {}
    with open_store(db_url) as store:
        offset = 0
        while True:
            page = store_event_clusters(store, limit=PAGE, offset=offset)
            for number, cluster in enumerate(page.items, start=offset):
                for report in cluster["reports"]:
                    cluster_of[(report["article_id"], report["event"])] = f"{cluster['id']}#{number}"
            offset += len(page.items)
            if not page.items or offset >= page.total:
                return cluster_of


def divergence(db_url: str) -> list[dict[str, Any]]:
    """The divergence view over the whole store: ``{topic, event, sides: [{party, polarity, statements}]}``,
    ids qualified as ``"<store article id>:<record id>"``."""
    from accord.store.records import store_divergences
    from accord.store import open_store

    with open_store(db_url) as store:
        return [entry.to_json_dict() for entry in store_divergences(store)]


def topic_assessments(db_url: str) -> list[dict[str, Any]]:
    """Every topic of the store with each party's assessment, divergent or not (same shape as ``divergence``)."""
    from accord.store.records import store_assessments
    from accord.store import open_store

    with open_store(db_url) as store:
        return [entry.to_json_dict() | {"divergent": entry.divergent} for entry in store_assessments(store)]


def entities(db_url: str) -> dict[int, dict[str, Any]]:
    """Corpus entities by id: name, code, kind."""
    from accord.store import open_store, query_entities

    found: dict[int, dict[str, Any]] = {}
    with open_store(db_url) as store:
        offset = 0
        while True:
            page = query_entities(store, limit=PAGE, offset=offset)
            found.update({item["id"]: item for item in page.items})
            offset += len(page.items)
            if not page.items or offset >= page.total:
                return found


# Issue (positions stage) that marks a statement about the negotiation itself.
PROCESS_ISSUE = "negotiation_process"

# ---------------------------------------------------------------------------------------------------
# Scoring: pure functions over plain data (tests/test_multi_outlet_benchmark.py).
# ---------------------------------------------------------------------------------------------------

# Reports of one event date it within a day of the gold day (time zones, late filing): the README's rule.
DATE_WINDOW_DAYS = 1
# A cue must stand this close to the trigger (and in its sentence): the README's reference scorer.
CUE_WINDOW_CHARS = 150
# A cue this close to the trigger (about three words: "expert-level indirect talks") stands in its phrase.
CUE_PHRASE_CHARS = 24
LEVELS = {"main": ("main",), "main+background": ("main", "background"), "all": ("main", "background", "weak")}
LEVEL_RANK = {"main": 2, "background": 1, "weak": 0}
POLAR = ("positive", "negative")


def prf(correct: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall, F1; a side with nothing on it scores 1.0."""
    precision = correct / predicted if predicted else 1.0
    recall = correct / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def pairwise(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """Pairwise P/R/F1 over the items of ``gold``: pairs in one predicted cluster vs pairs of one gold label."""
    items = sorted(gold, key=str)
    together_p = {pair for pair in itertools.combinations(items, 2) if predicted[pair[0]] == predicted[pair[1]]}
    together_g = {pair for pair in itertools.combinations(items, 2) if gold[pair[0]] == gold[pair[1]]}
    return prf(len(together_p & together_g), len(together_p), len(together_g))


def bcubed(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """B-cubed P/R/F1 over the items of ``gold`` (each item's predicted cluster vs its gold class)."""
    if not gold:
        return prf(0, 0, 0)
    by_cluster: dict[Hashable, set] = defaultdict(set)
    by_label: dict[Hashable, set] = defaultdict(set)
    for item, label in gold.items():
        by_cluster[predicted[item]].add(item)
        by_label[label].add(item)
    precision = recall = 0.0
    for item, label in gold.items():
        common = len(by_cluster[predicted[item]] & by_label[label])
        precision += common / len(by_cluster[predicted[item]])
        recall += common / len(by_label[label])
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def with_singletons(found: Mapping[Hashable, Hashable], items: Iterable[Hashable]) -> dict[Hashable, Hashable]:
    """Every item's predicted cluster: its found one, or a cluster of its own when it was not found."""
    return {item: found[item] if item in found else ("singleton", item) for item in items}


def one_cluster_events(found: Mapping[tuple[str, str], Hashable], reports_of: Mapping[str, list[tuple[str, str]]],
                       all_found: Mapping[tuple[str, str], Hashable]) -> dict[str, dict[str, Any]]:
    """Per gold event: whether its found reports (two or more) fall in one cluster, and whether that
    cluster holds no found report of another gold event (``all_found``: every level's found reports)."""
    result: dict[str, dict[str, Any]] = {}
    for event, reports in reports_of.items():
        placed = [found[r] for r in reports if r in found]
        clusters_of_event = set(placed)
        one = len(placed) >= 2 and len(clusters_of_event) == 1
        pure = one and all(other[1] == event for other, cluster in all_found.items() if cluster in clusters_of_event)
        result[event] = {"found": len(placed), "reports": len(reports), "clusters": len(clusters_of_event),
                         "one_cluster": one, "pure": pure}
    return result


def broken_pairs(found: Mapping[tuple[str, str], Hashable],
                 pairs: Iterable[tuple[tuple[str, str], tuple[str, str]]]) -> tuple[int, list[tuple]]:
    """Must-not-merge pairs: how many are checkable (both reports found) and those put in one cluster."""
    checkable = [(a, b) for a, b in pairs if a in found and b in found]
    return len(checkable), [(a, b) for a, b in checkable if found[a] == found[b]]


def polarity_of(polarities: Iterable[str]) -> str | None:
    """A party's assessment from its statements' polarities: positive, negative, mixed (both) or None."""
    seen = {p for p in polarities if p in POLAR}
    if len(seen) == 2:
        return "mixed"
    return seen.pop() if seen else None


def date_fit(gold_day: str, date: Mapping[str, Any] | None) -> int | None:
    """How an accord date fits a gold day: 3 same day, 2 adjacent day or same month, 1 undated, None: no fit."""
    if not date or not date.get("resolved", True):
        return 1
    value, granularity = date["value"], date["granularity"]
    if granularity == "day":
        from datetime import date as day

        gap = abs((day.fromisoformat(value) - day.fromisoformat(gold_day)).days)
        return 3 if gap == 0 else 2 if gap <= DATE_WINDOW_DAYS else None
    if granularity == "month":
        return 2 if value == gold_day[:7] else None
    return None


def cue_distance(text: str, event: Mapping[str, Any], cues: list[str]) -> int | None:
    """Characters from the trigger to the nearest cue in its sentence and window; None: no cue there."""
    trigger = event["trigger"]
    sentence = event.get("sentence") or {"start": 0, "end": len(text)}
    low = max(sentence["start"], trigger["start"] - CUE_WINDOW_CHARS)
    high = min(sentence["end"], trigger["end"] + CUE_WINDOW_CHARS)
    window = text[low:high].casefold()
    best = None
    for cue in cues:
        for match in re.finditer(re.escape(cue.casefold()), window):
            start, end = low + match.start(), low + match.end()
            gap = max(0, trigger["start"] - end, start - trigger["end"])
            best = gap if best is None else min(best, gap)
    return best


def event_codes(event: Mapping[str, Any]) -> set[str]:
    return {ref["code"] for ref in [*event.get("actors", []), *event.get("recipients", [])] if ref.get("code")}


@dataclass
class Tie:
    """Why an accord event is (or is not) a report of a gold event: the furthest check it passed."""

    event: str
    stage: str  # "type", "codes", "date", "cue", "tied"
    rank: tuple = ()


def check_event(event: Mapping[str, Any], text: str, gold: Mapping[str, Any], level: str,
                published: str | None = None) -> Tie:
    """How far ``event`` (an accord event of an article listing ``gold``) gets in the tying rule;
    ``published``: the article's day, for the last tie-break (the gold event nearest to it)."""
    exact = event["event"] == gold["type"] and bool(event.get("negated")) == bool(gold.get("negated"))
    if not exact and event["event"] not in gold.get("alternatives", []):
        return Tie(event["id"], "type")
    shared = event_codes(event) & {*gold["actors"], *gold["recipients"]}
    if not shared:
        return Tie(event["id"], "codes")
    fit = date_fit(gold["date"], event.get("date"))
    if fit is None:
        return Tie(event["id"], "date")
    cue = (0, 0)  # a gold event without cues: no evidence either way
    if gold.get("cues"):
        distance = cue_distance(text, event, gold["cues"])
        if distance is None:
            return Tie(event["id"], "cue")
        # A cue in the trigger's own phrase ("technical meeting", "expert-level indirect talks") says which
        # event it is, over one without cues; a cue further off in the sentence may be about something else.
        cue = (int(distance <= CUE_PHRASE_CHARS), -distance)
    return Tie(event["id"], "tied", (int(exact), fit, len(shared), LEVEL_RANK[level], cue,
                                     -_days_apart(gold["date"], published)))


def _days_apart(day: str, other: str | None) -> int:
    """Days between two ISO days (0 when one is missing)."""
    from datetime import date

    return abs((date.fromisoformat(day) - date.fromisoformat(other[:10])).days) if other else 0


STAGE_ORDER = ("none", "type", "codes", "date", "cue", "tied")
MISS_REASON = {"none": "no event in the article", "type": "no event of the gold type",
               "codes": "events of the type, no shared actor code", "date": "type and codes right, date does not fit",
               "cue": "type, codes and date right, no cue near the trigger", "tied": "tied to another gold event"}


@dataclass
class Gold:
    """The gold of the set, indexed for scoring."""

    raw: dict[str, Any]
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    level_of: dict[tuple[str, str], str] = field(default_factory=dict)  # (article, event) -> level
    coarse: dict[str, str] = field(default_factory=dict)
    round_events: dict[str, str] = field(default_factory=dict)  # round key -> event id

    @classmethod
    def of(cls, raw: dict[str, Any]) -> Gold:
        gold = cls(raw, {event["id"]: event for event in raw["events"]})
        for event in raw["events"]:
            for level in ("main", "background", "weak"):
                for article in event["articles"].get(level, []):
                    gold.level_of[(article, event["id"])] = level
        gold.coarse = {e: e for e in gold.events}
        for name, members in raw.get("coarse_groups", {}).items():
            gold.coarse.update({member: name for member in members})
        gold.round_events = {key: value["event"] for key, value in raw.get("assessments", {}).items()}
        return gold

    def reports(self, level: str) -> list[tuple[str, str]]:
        return sorted(report for report, lvl in self.level_of.items() if lvl in LEVELS[level])

    def main_round(self, article: str) -> str | None:
        """The round of talks an article reports as news (its main report of a round), if any."""
        rounds = [e for e in self.round_events.values() if self.level_of.get((article, e)) == "main"]
        return rounds[0] if len(rounds) == 1 else None


def tie_events(gold: Gold, articles: Mapping[str, dict[str, Any]]) -> tuple[dict, dict]:
    """(article, gold event) -> the accord event ids tied to it, best-ranked first; and per gold report the
    furthest stage reached."""
    ranked: dict[tuple[str, str], list[tuple[tuple, str]]] = defaultdict(list)
    stage: dict[tuple[str, str], str] = {}
    listed: dict[str, list[str]] = defaultdict(list)
    for (article, event_id) in gold.level_of:
        listed[article].append(event_id)
        stage[(article, event_id)] = "none"
    for article, event_ids in listed.items():
        record = articles.get(article)
        if record is None:
            continue
        for event in record["events"]:
            candidates = []
            for event_id in event_ids:
                check = check_event(event, record["text"], gold.events[event_id], gold.level_of[(article, event_id)],
                                    gold.raw.get("published", {}).get(article))
                key = (article, event_id)
                if STAGE_ORDER.index(check.stage) > STAGE_ORDER.index(stage[key]):
                    stage[key] = check.stage
                if check.stage == "tied":
                    candidates.append((check.rank, event_id))
            if candidates:
                rank, best = max(candidates)
                ranked[(article, best)].append((rank, event["id"]))
    tied = {key: [event for _, event in sorted(events, key=lambda pair: pair[0], reverse=True)]
            for key, events in ranked.items()}  # stable: equal ranks keep the article's order
    for key in tied:
        stage[key] = "found"
    return tied, stage


def predicted_clusters(tied: Mapping[tuple[str, str], list[str]], cluster_of: Mapping[tuple[str, str], str]) -> dict:
    """Each found report's store cluster: the one holding most of its tied events; between clusters holding
    as many, the one of the best-tied event (``tied`` lists them best-ranked first), not the one whose id
    happens to sort first."""
    found = {}
    for (article, event_id), events in tied.items():
        clusters_in_order = [cluster_of[(article, e)] for e in events if (article, e) in cluster_of]
        if clusters_in_order:
            counts = Counter(clusters_in_order)
            found[(article, event_id)] = min(counts, key=lambda c: (-counts[c], clusters_in_order.index(c)))
    return found


# ---------------------------------------------------------------------------------------------------
# The benchmark: load, ingest, score, print.
# ---------------------------------------------------------------------------------------------------


class Refused(Exception):
    """The shared set is missing or differs from what its gold describes."""


def load_set(shared: Path) -> tuple[Path, Gold]:
    """The articles path and the gold; refuses texts whose SHA-256 differs from the gold's."""
    folder = shared / SET_DIR
    path, gold_path = folder / "articles.jsonl", folder / "gold.json"
    if not path.is_file() or not gold_path.is_file():
        raise Refused(f"{folder}: articles.jsonl or gold.json not found")
    raw = json.loads(gold_path.read_text(encoding="utf-8"))
    expected = raw["text_sha256"]
    seen = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        item = json.loads(line)
        digest = hashlib.sha256(item["text"].encode("utf-8")).hexdigest()
        if expected.get(item["id"]) != digest:
            raise Refused(f"{path}:{number}: text of {item['id']!r} differs from the gold's (sha256 {digest[:12]}…)")
        seen.add(item["id"])
    if missing := sorted(set(expected) - seen):
        raise Refused(f"{path}: articles the gold describes are missing: {', '.join(missing)}")
    return path, Gold.of(raw)


def score_clusters(gold: Gold, found_all: dict, stage: dict) -> dict[str, Any]:
    """Detection, pairwise and B-cubed F1, one-cluster events, must-not-merge."""
    figures: dict[str, Any] = {}
    for level in LEVELS:
        reports = gold.reports(level)
        labels = {r: r[1] for r in reports}
        coarse = {r: gold.coarse[r[1]] for r in reports}
        predicted = with_singletons(found_all, reports)
        found = [r for r in reports if r in found_all]
        figures[level] = {
            "reports": len(reports), "found": len(found), "detection": round(len(found) / len(reports), 3),
            "pairwise": pairwise(predicted, labels), "bcubed": bcubed(predicted, labels),
            "pairwise_found": pairwise(predicted, {r: labels[r] for r in found}),
            "bcubed_found": bcubed(predicted, {r: labels[r] for r in found}),
            "bcubed_coarse": bcubed(predicted, coarse),
            "misses": dict(Counter(stage[r] for r in reports if r not in found_all)),
        }
    reports_of: dict[str, list] = defaultdict(list)
    for report in gold.reports("main+background"):
        reports_of[report[1]].append(report)
    for event_id in gold.events:
        reports_of.setdefault(event_id, [])
    events = one_cluster_events(found_all, dict(sorted(reports_of.items())), found_all)
    figures["events"] = events
    figures["one_cluster"] = sum(e["one_cluster"] for e in events.values())
    figures["one_cluster_pure"] = sum(e["pure"] for e in events.values())
    pairs = [((p["a"]["article"], p["a"]["event"]), (p["b"]["article"], p["b"]["event"])) for p in gold.raw["must_not_merge"]]
    checkable, broken = broken_pairs(found_all, pairs)
    figures["must_not_merge"] = {"pairs": len(pairs), "checkable": checkable, "broken": len(broken),
                                 "broken_pairs": [f"{a[0]}/{a[1]} + {b[0]}/{b[1]}" for a, b in broken],
                                 "unchecked_pairs": [f"{a[0]}/{a[1]} + {b[0]}/{b[1]}" for a, b in pairs
                                                     if a not in found_all or b not in found_all]}
    return figures


def entry_rounds(entry: dict, gold: Gold, article_of: Mapping[int, str], articles: Mapping[str, dict],
                 tied_round: Mapping[tuple[str, str], str]) -> tuple[str | None, set[str]]:
    """A divergence entry's round (from its anchor event) and the rounds its statements' articles report."""
    anchor_round = None
    if entry.get("event"):
        store_id, _, event_id = entry["event"].partition(":")
        article = article_of.get(int(store_id)) if store_id.isdigit() else None
        record = articles.get(article) if article else None
        event = next((e for e in (record or {}).get("events", []) if e["id"] == event_id), None)
        dated = event is not None and date_fit("0001-01-01", event.get("date")) != 1  # an undated anchor is a bucket
        anchor_round = tied_round.get((article, event_id)) if article and dated else None
        if anchor_round is None and dated and event["event"] == "CONSULT":
            anchor_round = next((r for r in gold.round_events.values()
                                 if (date_fit(gold.events[r]["date"], event.get("date")) or 0) >= 2), None)
    statement_rounds = {r for side in entry["sides"] for q in side["statements"] if (r := statement_round(q, gold, article_of))}
    return anchor_round, statement_rounds


def statement_round(qualified: str, gold: Gold, article_of: Mapping[int, str]) -> str | None:
    """The round a view statement (``"<store id>:<statement id>"``) is about: its article's main round."""
    store_id = qualified.partition(":")[0]
    article = article_of.get(int(store_id)) if store_id.isdigit() else None
    return gold.main_round(article) if article else None


def score_divergence(gold: Gold, entries: list[dict], articles: dict[str, dict], article_of: dict[int, str],
                     tied: Mapping[tuple[str, str], list[str]], assessed: list[dict] | None = None) -> dict:
    """Party assessments per round (as the view shows them, and from statements) and expected divergences.

    ``entries``: the divergent topics the view lists; ``assessed``: every topic with its parties'
    assessments, divergent or not (the assessments are read from it; from ``entries`` without it)."""
    rounds_ = set(gold.round_events.values())
    tied_round = {(article, e): event for (article, event), events in tied.items() if event in rounds_ for e in events}
    rounds = [entry_rounds(entry, gold, article_of, articles, tied_round) for entry in entries]
    assessed = entries if assessed is None else assessed
    assessed_rounds = [entry_rounds(entry, gold, article_of, articles, tied_round) for entry in assessed]
    view_polarities: dict[tuple[str, str], list[str]] = defaultdict(list)
    for entry, (anchor, _) in zip(assessed, assessed_rounds, strict=True):
        if not entry.get("event"):
            continue  # an issue topic: not an assessment of a round
        for side in entry["sides"]:
            for qualified in side["statements"]:
                if round_event := anchor or statement_round(qualified, gold, article_of):
                    view_polarities[(round_event, side["party"])].append(side["polarity"])
    assessments = []
    for key, round_gold in gold.raw.get("assessments", {}).items():
        round_articles = {a for party in round_gold["parties"].values() for a in party.get("articles", [])}
        for party, expected in round_gold["parties"].items():
            own = [s.get("polarity") for a in sorted(round_articles) if a in articles
                   for s in articles[a]["statements"]
                   if s.get("party") == party and not s.get("third_party")
                   and (not s.get("issues") or PROCESS_ISSUE in s["issues"])]
            shown = polarity_of(view_polarities.get((round_gold["event"], party), []))
            stated = polarity_of(own)
            assessments.append({"round": key, "party": party, "accept": expected["accept"], "view": shown,
                                "statements": stated, "polar_statements": sum(p in POLAR for p in own),
                                "view_right": shown in expected["accept"], "statements_right": stated in expected["accept"]})
    expected_results = []
    for expected in gold.raw.get("expected_divergence", []):
        ids = set(re.findall(r"\bE\d\d\b", expected["subject"]))
        round_ids = ids & set(gold.round_events.values())
        if round_ids:  # an issue topic is about its issue, even when a round's article speaks to it
            shown = any(anchor in round_ids or stated & round_ids
                        for entry, (anchor, stated) in zip(entries, rounds, strict=True) if entry.get("event"))
        else:
            shown = any(_issue_shown(entry, expected, article_of) for entry in entries)
        right = shown if expected["divergent"] and expected.get("required", True) else (
            not shown if not expected["divergent"] else True)
        expected_results.append({"subject": expected["subject"], "divergent": expected["divergent"],
                                 "required": expected.get("required", True), "shown": shown, "right": right})
    return {
        "entries": len(entries),
        "entries_mixing_rounds": sum(len(stated | ({anchor} if anchor else set())) > 1 for anchor, stated in rounds),
        "entries_without_round": sum(not anchor and not stated for anchor, stated in rounds),
        "assessments": assessments,
        "assessments_view_right": sum(a["view_right"] for a in assessments),
        "assessments_statements_right": sum(a["statements_right"] for a in assessments),
        "expected": expected_results,
        "required_shown": sum(e["shown"] for e in expected_results if e["divergent"] and e["required"]),
        "required": sum(1 for e in expected_results if e["divergent"] and e["required"]),
        "false_avoided": sum(not e["shown"] for e in expected_results if not e["divergent"]),
        "false_possible": sum(1 for e in expected_results if not e["divergent"]),
        "topics": [{"topic": e["topic"], "anchor_round": r[0], "statement_rounds": sorted(r[1]),
                    "sides": {s["party"] + ":" + s["polarity"]: len(s["statements"]) for s in e["sides"]}}
                   for e, r in zip(entries, rounds, strict=True)],
    }


def _issue_shown(entry: dict, expected: dict, article_of: Mapping[int, str]) -> bool:
    """Whether an entry shows an issue divergence: each gold party a side from the gold's articles, sides differ."""
    allowed = set(expected.get("articles", []))
    polarities: dict[str, set[str]] = defaultdict(set)
    for side in entry["sides"]:
        articles = {article_of.get(int(q.partition(":")[0])) for q in side["statements"] if q.partition(":")[0].isdigit()}
        if side["party"] in expected["sides"] and (not allowed or articles & allowed):
            polarities[side["party"]].add(side["polarity"])
    return set(polarities) == set(expected["sides"]) and len({frozenset(p) for p in polarities.values()}) > 1


def _variant_of(text: str, variants: set[str]) -> bool:
    return text.strip().casefold() in variants


def score_entities(gold: Gold, articles: dict[str, dict], kinds: dict[int, dict]) -> dict[str, Any]:
    """Per gold person: corpus entities its mentions resolve to, articles reaching the main one, speakers."""
    people = []
    holder: dict[int, set[str]] = defaultdict(set)
    for person in gold.raw.get("entities", []):
        variants = {v.casefold() for v in person["variants"]}
        per_article: dict[str, Counter] = {}
        for article in person["mentioned_in"]:
            record = articles.get(article)
            if record is None:
                continue
            ids = Counter()
            for entity in record["entities"]:
                names = [entity.get("name") or "", *(m["text"] for m in entity.get("mentions", []))]
                if entity.get("entity_id") is not None and any(_variant_of(n, variants) for n in names):
                    ids[entity["entity_id"]] += 1
            per_article[article] = ids
        total = Counter()
        for ids in per_article.values():
            total.update(ids.keys())
        for entity_id in total:
            holder[entity_id].add(person["name"])
        main = total.most_common(1)[0][0] if total else None
        quoted = [a for a in person.get("quoted_in", []) if a in articles]
        local_of = {a: {e["id"]: e.get("entity_id") for e in articles[a]["entities"]} for a in quoted}
        strict = sum(any((s.get("speaker") or {}).get("entity") and local_of[a].get(s["speaker"]["entity"]) == main
                         for s in articles[a]["statements"]) for a in quoted)
        lenient = sum(any(_variant_of((s.get("speaker") or {}).get("name") or (s.get("speaker") or {}).get("text") or "",
                                      variants) or ((s.get("speaker") or {}).get("entity")
                                                    and local_of[a].get(s["speaker"]["entity"]) == main)
                          for s in articles[a]["statements"]) for a in quoted)
        people.append({
            "name": person["name"], "entities": len(total),
            "kinds": sorted({str(kinds.get(e, {}).get("kind")) for e in total}),
            "names": sorted({str(kinds.get(e, {}).get("name")) for e in total}),
            "articles": len(person["mentioned_in"]),
            "reach_main": sum(1 for ids in per_article.values() if main in ids),
            "unresolved_articles": sorted(a for a, ids in per_article.items() if not ids),
            "quoted_in": len(quoted), "speaker_strict": strict, "speaker_lenient": lenient,
        })
    shared = {e: sorted(names) for e, names in holder.items() if len(names) > 1}
    for person in people:
        person["one_entity"] = person["entities"] == 1 and not any(person["name"] in n for n in shared.values())
    return {"people": people, "one_entity": sum(p["one_entity"] for p in people), "persons": len(people),
            "entities_holding_two_people": {str(e): names for e, names in shared.items()}}


def details(gold: Gold, articles: dict[str, dict], tied: dict, stage: dict, found: dict, cluster_of: dict) -> dict:
    """Per gold event: each report's accord events (type, date, codes, place, cluster) or why it was missed;
    per store cluster holding two or more gold events: what it mixes."""
    per_event: dict[str, list[dict]] = {}
    for event_id in gold.events:
        rows = []
        for report in sorted(r for r in gold.level_of if r[1] == event_id):
            record = articles.get(report[0], {"events": []})
            row: dict[str, Any] = {"article": report[0], "level": gold.level_of[report]}
            if report in tied:
                row["cluster"] = found.get(report)
                row["events"] = [_brief(e, cluster_of.get((report[0], e["id"]))) for e in record["events"]
                                 if e["id"] in tied[report]]
            else:
                row["missed"] = MISS_REASON[stage[report]] if stage[report] != "found" else "?"
                gold_event = gold.events[event_id]
                row["near"] = [_brief(e, cluster_of.get((report[0], e["id"]))) for e in record["events"]
                               if e["event"] in (gold_event["type"], *gold_event.get("alternatives", []))]
            rows.append(row)
        per_event[event_id] = rows
    members: dict[str, set[str]] = defaultdict(set)
    for report, cluster in found.items():
        members[cluster].add(report[1])
    mixed = {cluster: sorted(events) for cluster, events in members.items() if len(events) > 1}
    return {"events": per_event, "mixed_clusters": mixed}


def _brief(event: dict, cluster: str | None) -> str:
    date = event.get("date") or {}
    when = f"{date.get('value')}/{date.get('granularity')}{'' if date.get('resolved', True) else '?'}" if date else "undated"
    place = (event.get("location") or {}).get("name") or "-"
    codes = ",".join(sorted(event_codes(event))) or "-"
    negated = "NOT " if event.get("negated") else ""
    return (f"{event['id']} {negated}{event['event']} {event.get('modality', '')} {when} {place} {codes} "
            f"[{event['trigger']['text']}] -> {cluster}")


def run(shared: Path, db_url: str | None, want_details: bool) -> dict[str, Any]:
    """Ingest the set into a fresh store (or ``db_url``) and score it."""
    path, gold = load_set(shared)
    with tempfile.TemporaryDirectory(prefix="accord-multi-outlet-") as folder:
        url = db_url or f"sqlite:///{folder}/multi_outlet.db"
        ingested = ingest_jsonl(url, path)
        stored = stored_articles(url)
        cluster_of_store = clusters(url)
        entries = divergence(url)
        assessed = topic_assessments(url)
        kinds = entities(url)
    article_of = {item["id"]: item["record_id"] for item in stored}
    articles = {item["record_id"]: item for item in stored if not item.get("error")}
    cluster_of = {(article_of[store_id], event): cluster for (store_id, event), cluster in cluster_of_store.items()}
    tied, stage = tie_events(gold, articles)
    found = predicted_clusters(tied, cluster_of)
    figures: dict[str, Any] = {"ingested": ingested, "store_clusters": len(set(cluster_of.values())),
                               "store_events": len(cluster_of)}
    figures["clusters"] = score_clusters(gold, found, stage)
    figures["divergence"] = score_divergence(gold, entries, articles, article_of, tied, assessed)
    figures["entities"] = score_entities(gold, articles, kinds)
    if want_details:
        figures["details"] = details(gold, articles, tied, stage, found, cluster_of)
    return figures


def _f(block: dict[str, float]) -> str:
    return f"P {block['precision']:.3f} R {block['recall']:.3f} F1 {block['f1']:.3f}"


def print_figures(figures: dict[str, Any]) -> None:
    """The figures as a short text report."""
    clusters_, div, ent = figures["clusters"], figures["divergence"], figures["entities"]
    print(f"ingested {figures['ingested']}; {figures['store_events']} events in {figures['store_clusters']} store clusters")
    for level in LEVELS:
        block = clusters_[level]
        print(f"{level:16} detection {block['found']}/{block['reports']} ({block['detection']:.3f})  "
              f"pairwise {_f(block['pairwise'])}  B-cubed {_f(block['bcubed'])}")
        print(f"{'':16} found only: pairwise {_f(block['pairwise_found'])}  B-cubed {_f(block['bcubed_found'])};"
              f" coarse B-cubed {_f(block['bcubed_coarse'])}")
        print(f"{'':16} misses: {block['misses']}")
    events = clusters_["events"]
    print(f"events exactly one cluster: {clusters_['one_cluster']}/{len(events)} "
          f"(pure {clusters_['one_cluster_pure']}): "
          + " ".join(f"{e}:{v['found']}/{v['reports']}→{v['clusters']}{'*' if v['pure'] else ''}" for e, v in events.items()))
    mnm = clusters_["must_not_merge"]
    print(f"must-not-merge broken: {mnm['broken']}/{mnm['checkable']} checkable (of {mnm['pairs']})")
    for pair in mnm["broken_pairs"]:
        print(f"  broken: {pair}")
    print(f"divergence entries: {div['entries']} ({div['entries_mixing_rounds']} mix rounds, "
          f"{div['entries_without_round']} tied to no round)")
    print(f"party assessments right: {div['assessments_view_right']}/{len(div['assessments'])} as the view shows them, "
          f"{div['assessments_statements_right']}/{len(div['assessments'])} from statements")
    for a in div["assessments"]:
        print(f"  {a['round']} {a['party']}: accept {'/'.join(a['accept'])}; view {a['view']}; "
              f"statements {a['statements']} ({a['polar_statements']} polar)")
    print(f"expected divergences shown: {div['required_shown']}/{div['required']} required; "
          f"false ones avoided: {div['false_avoided']}/{div['false_possible']}")
    for e in div["expected"]:
        print(f"  {'ok ' if e['right'] else 'BAD'} shown={e['shown']} {e['subject'][:70]}")
    print(f"people one entity: {ent['one_entity']}/{ent['persons']}")
    for p in ent["people"]:
        print(f"  {p['name']}: {p['entities']} entities {p['kinds']}, {p['reach_main']}/{p['articles']} articles reach "
              f"the main one; speaker {p['speaker_strict']}/{p['quoted_in']} (lenient {p['speaker_lenient']})")
    if ent["entities_holding_two_people"]:
        print(f"  entities holding two people: {ent['entities_holding_two_people']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)")
    parser.add_argument("--db", help="store URL to ingest into (default: a fresh SQLite store in a temp dir)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="add per-report ties and misses (read, don't commit)")
    args = parser.parse_args(argv)
    try:
        figures = run(args.shared, args.db, args.details)
    except Refused as exc:
        print(f"multi_outlet: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1, default=str))
    else:
        print_figures(figures)
        if args.details:
            print(json.dumps(figures["details"], ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
