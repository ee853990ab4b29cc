"""Web pages and API routes on a large store: p50/p95 answer times per route (target: p95 under 300 ms).

Builds a SQLite store of N synthetic articles (default 10,000) written directly through the store's own
write path (``accord.store.ingest_records``: clustering, entities and search index as at ingest), without
parsing any text, then asks every page and API route through the app in-process (no network) and prints
p50/p95 per route. The articles are generated from templates over a fixed cast (parties, speakers, places)
with a seeded random generator, so every run builds the same store.

    .venv/bin/python benchmarks/web_pages.py [--articles 10000] [--requests 20] [--db PATH] [--json]

``--db PATH`` keeps the store (reused when it exists, so a second run only measures). Routes are measured
once the app's background thread has computed the store's divergences (the seconds it took are printed):
the steady state of a running server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from accord.records import ActorRef, ArticleRecord, Entity, Event, EventDate, Location, Quantity, Span, Speaker, Statement

# Target from issue 17: every page answers in under this at p95 on a store of 10,000 articles.
TARGET_P95_MS = 300
SEED = 17
FIRST_DAY = dt.date(2024, 1, 1)
DAYS = 700
# A round of talks every this many days, reported by many of the articles around it.
ROUND_EVERY_DAYS = 14

PARTIES = {"RUS": "Russia", "UKR": "Ukraine", "USA": "the United States", "TUR": "Turkey", "CHN": "China", "EUR": "the European Union"}
SPEAKERS = [(f"{first} {last}", code, title)
            for code, names in {"RUS": ("Sergei", "Medinsky Lavrov Peskov Zakharova Ushakov".split()),
                                "UKR": ("Andrii", "Umerov Sybiha Yermak Zelenskyy Kuleba".split()),
                                "USA": ("John", "Rubio Witkoff Kellogg Vance Bruce".split()),
                                "TUR": ("Hakan", "Fidan Erdogan Kalin Bayraktar Yilmaz".split()),
                                "CHN": ("Wang", "Yi Lin Mao Guo Zhang".split()),
                                "EUR": ("Kaja", "Kallas Costa Leyen Borrell Michel".split())}.items()
            for first, lasts in [names] for last in lasts for title in ["minister"]]
PLACES = [("Istanbul", "TUR", 41.01, 28.98), ("Geneva", "CHE", 46.2, 6.15), ("Riyadh", "SAU", 24.71, 46.68),
          ("Moscow", "RUS", 55.76, 37.62), ("Kyiv", "UKR", 50.45, 30.52), ("Washington", "USA", 38.9, -77.04),
          ("Brussels", "BEL", 50.85, 4.35), ("Beijing", "CHN", 39.9, 116.4), ("Doha", "QAT", 25.29, 51.53),
          ("Minsk", "BLR", 53.9, 27.57)]
ISSUES = ["ceasefire", "prisoner_exchange", "territory", "sanctions", "leaders_summit", "negotiation_process"]
POSITIVE = ["constructive", "progress", "useful", "success"]
NEGATIVE = ["failure", "deadlock", "unacceptable", "stalling"]
OUTCOMES = [("AGREE", "agreed to exchange {n} prisoners"), ("REJECT", "rejected the proposal"),
            ("REQUEST", "called for a ceasefire"), ("THREATEN", "threatened new sanctions")]


def _span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span.of(text, start, start + len(needle))


def synthetic_article(number: int, rng: random.Random) -> ArticleRecord:
    """One article: a round of talks (or another event), an outcome, two or three assessed statements."""
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    round_day = day - dt.timedelta(days=(day - FIRST_DAY).days % ROUND_EVERY_DAYS)
    place, country, lat, lon = PLACES[(round_day - FIRST_DAY).days // ROUND_EVERY_DAYS % len(PLACES)]
    first, second = rng.sample(sorted(PARTIES), 2)
    outcome, wording = rng.choice(OUTCOMES)
    prisoners = rng.choice([84, 150, 390, 1000])
    quoted = rng.sample(SPEAKERS, 3)
    sentences = [f"Delegations of {PARTIES[first]} and {PARTIES[second]} held talks in {place} on {round_day:%B %d}.",
                 f"{PARTIES[first].capitalize()} {wording.format(n=prisoners)}."]
    statements, entities, people = [], [], []
    for name, code, title in quoted:
        polarity = rng.choice(["positive", "negative", "neutral"])
        word = rng.choice(POSITIVE if polarity == "positive" else NEGATIVE if polarity == "negative" else ["ongoing"])
        sentences.append(f"{name} said the talks were {word}.")
        people.append((name, code, title, polarity, word, rng.choice(ISSUES)))
    text = " ".join(sentences)
    cursor = len(sentences[0]) + len(sentences[1]) + 2
    for index, (name, code, title, polarity, word, issue) in enumerate(people, start=1):
        who = _span(text, name, cursor)
        content = _span(text, f"the talks were {word}", who.end)
        statements.append(Statement(
            id=f"s{index}", kind="indirect" if index % 2 else "direct", content=content, cue=_span(text, "said", who.end),
            speaker=Speaker(**who.model_dump(), name=name, title=title, affiliation=code, entity=f"n{index}"),
            issues=[issue], polarity=polarity, party=code,
            evidence=[_span(text, word, content.start)] if polarity != "neutral" else []))
        entities.append(Entity(id=f"n{index}", name=name, code=code, kind="person", title=title, mentions=[who]))
        cursor = content.end
    first_span, second_span = _span(text, PARTIES[first]), _span(text, PARTIES[second])
    entities += [Entity(id="n10", name=PARTIES[first], code=first, kind="country", mentions=[first_span]),
                 Entity(id="n11", name=PARTIES[second], code=second, kind="country", mentions=[second_span])]
    where = Location(name=place, country=country, lat=lat, lon=lon)
    talks_sentence = _span(text, sentences[0])
    outcome_sentence = _span(text, sentences[1])
    events = [
        Event(id="e1", event="CONSULT", trigger=_span(text, "talks"),
              actors=[ActorRef(**first_span.model_dump(), name=PARTIES[first], code=first, entity="n10"),
                      ActorRef(**second_span.model_dump(), name=PARTIES[second], code=second, entity="n11")],
              date=EventDate(value=round_day.isoformat(), granularity="day"), location=where, sentence=talks_sentence),
        Event(id="e2", event=outcome, trigger=_span(text, wording.split()[0], outcome_sentence.start),
              actors=[ActorRef(**_span(text, PARTIES[first].capitalize(), outcome_sentence.start).model_dump(),
                               name=PARTIES[first], code=first, entity="n10")],
              date=EventDate(value=round_day.isoformat(), granularity="day") if number % 5 else None,
              quantities=[Quantity(value=prisoners, unit="prisoners", text=f"{prisoners} prisoners")] if outcome == "AGREE" else [],
              sentence=outcome_sentence),
    ]
    return ArticleRecord(id=f"synthetic-{number}", source=f"synthetic/{number}.txt", title=f"Round of talks in {place}, report {number}",
                         url=f"https://outlet{number % 7}.example/{day:%Y/%m/%d}/{number}", published=day.isoformat(),
                         language="en", text=text, statements=statements, events=events, entities=entities)


def build_store(url: str, articles: int) -> float:
    """Write ``articles`` synthetic records into the store at ``url``; returns the seconds it took."""
    from accord.store import ingest_records

    rng = random.Random(SEED)
    started = time.perf_counter()
    summary = ingest_records((synthetic_article(number, rng) for number in range(articles)), db=url)
    if summary.failed:
        raise SystemExit(f"web_pages: {summary.failed} synthetic articles failed to store")
    return time.perf_counter() - started


def routes(client) -> list[str]:
    """Every page and API route, with the filters a reader uses, and the pages of one entity, one article and
    one event (the most reported)."""
    entity = client.get("/api/entities", params={"kind": "person", "limit": 1}).json()["items"][0]["id"]
    article = client.get("/api/articles", params={"limit": 1}).json()["items"][0]["id"]
    # The most reported event (a round of talks with hundreds of reports): its own page lists the first 200.
    cluster = client.get("/api/event-clusters", params={"limit": 1, "reports": 1}).json()["items"][0]["cluster_id"]
    return [
        "/", "/negotiation", "/negotiation?since=2025-01-01&until=2025-03-31", "/timeline", "/timeline?type=AGREE&actor=RUS",
        "/timeline?place=Istanbul", "/who-said-what", "/who-said-what?party=UKR", "/search?q=progress",
        "/positions", "/positions?party=RUS&issue=ceasefire", "/map", "/map?type=CONSULT&since=2025-01",
        "/entities", f"/entities/{entity}", "/articles", f"/articles/{article}", "/clusters", f"/clusters/{cluster}",
        "/timeline?assertion=all", "/divergence?since=2025-05-01&until=2025-05-31",
        "/divergence",
        "/api/articles", "/api/statements?speaker=Medinsky", "/api/statements?q=constructive", "/api/events?type=REJECT",
        "/api/entities", "/api/event-clusters", "/api/divergence?since=2025-05-01&until=2025-05-31",
        "/api/export/events?since=2025-05-01&until=2025-05-07&format=csv",
        "/api/export/statements?speaker=Umerov&since=2025-05&until=2025-05&format=json",
    ]


def measure(client, path: str, requests: int) -> dict:
    """p50/p95 (ms) of ``requests`` GETs of ``path`` after one warm-up request."""
    response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"web_pages: {path} answered {response.status_code}: {response.text[:200]}")
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"route": path, "p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1), "bytes": len(response.content)}


def wait_for_warm_divergences(app, most_seconds: float = 300) -> float:
    """Seconds until the app's background thread has computed the store's divergences (``accord.web.cached``):
    routes are measured as a running server answers them, not while it is still warming up."""
    started = time.perf_counter()
    while time.perf_counter() - started < most_seconds:
        cache = getattr(app.state, "divergence_cache", None)
        if cache is not None and cache._answers:
            break
        time.sleep(0.05)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--db", help="SQLite file to build (kept; reused when it exists)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from fastapi.testclient import TestClient

    from accord.web import create_app
    from accord.web.server import settle_heap

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(args.db) if args.db else Path(scratch) / "web-pages.db"
        url = f"sqlite:///{path}"
        built = None if path.exists() else build_store(url, args.articles)
        with TestClient(create_app(url), base_url="http://127.0.0.1") as client:  # the app checks the Host header
            warmed = wait_for_warm_divergences(client.app)
            settle_heap()  # as ``accord serve`` does once started
            total = client.get("/api/articles", params={"limit": 1}).json()["total"]
            results = [measure(client, route, args.requests) for route in routes(client)]
    slow = [r for r in results if r["p95_ms"] > TARGET_P95_MS]
    if args.json:
        print(json.dumps({"articles": total, "build_s": built, "divergences_warmed_s": round(warmed, 1), "routes": results, "over_target": [r["route"] for r in slow]}, indent=1))
    else:
        print(f"store: {total} articles" + (f" (built in {built:.0f} s)" if built else " (reused)")
              + f"; divergences computed in the background {warmed:.1f} s after start")
        print(f"{'route':<72} {'p50 ms':>8} {'p95 ms':>8}")
        for r in results:
            flag = "  over target" if r["p95_ms"] > TARGET_P95_MS else ""
            print(f"{r['route']:<72} {r['p50_ms']:>8} {r['p95_ms']:>8}{flag}")
        print(f"{len(results) - len(slow)} of {len(results)} routes under {TARGET_P95_MS} ms at p95")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
