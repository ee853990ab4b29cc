"""Issue 8's targets end to end: the real pipeline over the seed article and the clustering benchmark's
articles, stored, then read back through ``accord.store.records`` as the CLI and the web app read them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.store.records import divergence_statements, store_divergences
from accord.web.corpus_views import store_event_clusters
from accord.article import Article
from accord.pipeline import extract_articles
from accord.records import ArticleRecord
from accord.ingest import ingest_paths
from accord.store import ingest_records, list_articles, open_store

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "cgtn-istanbul-talks-2025-05-17.txt"
BENCHMARK = ROOT / "benchmarks" / "data" / "event_reports.jsonl"

pytestmark = pytest.mark.slow


def _benchmark_records(nlp) -> list[ArticleRecord]:
    articles = []
    for line in BENCHMARK.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        articles.append(Article(text=row["text"], source=row["id"], id=row["id"], title=row["title"],
                                published=row["published"]))
    texts = {article.id: article.text for article in articles}
    records = [r for r in extract_articles(articles, nlp) if isinstance(r, ArticleRecord)]
    for record in records:
        record.text = texts[record.id]
    return records


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, nlp):
    with open_store(f"sqlite:///{tmp_path_factory.mktemp('positions-e2e') / 'corpus.db'}") as store:
        assert ingest_paths([str(SEED)], db=store).failed == 0
        assert ingest_records(_benchmark_records(nlp), db=store).failed == 0
        seed_id = next(item["id"] for item in list_articles(store, limit=100).items
                       if item["source"] and item["source"].endswith(SEED.name))
        yield store, seed_id


def _seed_statement(store, seed_id: int, words: str) -> dict:
    from accord.store import get_article

    article = get_article(store, seed_id)
    found = [s for s in article["statements"] if words in s["content"]["text"]]
    assert found, f"no statement of the seed article contains {words!r}"
    return min(found, key=lambda s: len(s["content"]["text"]))  # the statement itself, not one enclosing it


def _rus_related(statement: dict) -> bool:
    return "RUS" in statement.get("about", []) or statement.get("party") == "RUS"


def test_medinsky_satisfaction_is_positive_and_russian(corpus):
    store, seed_id = corpus
    statement = _seed_statement(store, seed_id, "satisfaction")
    assert "Medinsky" in (statement["speaker"]["name"] or "")
    assert statement["polarity"] == "positive" and _rus_related(statement)
    assert "satisfaction" in {e["text"] for e in statement["evidence"]}


def test_sun_on_russia_positive_stance_is_positive_and_russian(corpus):
    store, seed_id = corpus
    statement = _seed_statement(store, seed_id, "Russia has taken a more positive stance")
    assert "Sun" in (statement["speaker"]["name"] or "")
    assert statement["polarity"] == "positive" and "RUS" in statement["about"]


def test_zheleznyak_no_results_is_negative(corpus):
    store, seed_id = corpus
    statement = _seed_statement(store, seed_id, "yielded no results")
    assert "Zheleznyak" in (statement["speaker"]["name"] or "")
    assert statement["polarity"] == "negative"


def test_divergence_of_the_may_16_talks_is_russia_positive_against_ukraine_negative(corpus):
    store, seed_id = corpus
    found = store_divergences(store)
    [talks] = [d for d in found if d.event and d.topic.startswith("CONSULT 2025-05-16")]
    sides = {(side.party, side.polarity): side.statements for side in talks.sides}
    assert ("RUS", "positive") in sides and ("UKR", "negative") in sides
    assert ("RUS", "negative") not in sides and ("UKR", "positive") not in sides
    details = divergence_statements(store, [talks])
    russian = [details[i]["content"]["text"] for i in sides[("RUS", "positive")]]
    ukrainian = [details[i]["content"]["text"] for i in sides[("UKR", "negative")]]
    assert any("satisfaction" in text for text in russian)
    assert any("yielded no results" in text for text in ukrainian)
    # Other outlets' reports of the same talks join the same topic.
    assert {i.split(":")[0] for i in sides[("RUS", "positive")] + sides[("UKR", "negative")]} - {str(seed_id)}


def test_the_may_16_talks_are_one_event_with_several_reports(corpus):
    store, seed_id = corpus
    page = store_event_clusters(store, type="CONSULT", since="2025-05-16", until="2025-05-16", min_reports=2)
    assert page.total >= 1
    top = page.items[0]
    assert top["report_count"] >= 3 and {"RUS", "UKR"} <= set(top["codes"])
    assert seed_id in {r["article_id"] for r in top["reports"]}
