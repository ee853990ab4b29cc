"""Speed benchmark: bare spaCy parse time vs the time of each rule stage, over real news texts.

Texts are the seed article and the PolNeAR dev articles, read from ../shared at run time (never
copied). The brief's budget: all stages together add at most 25% to the parse time (statements and
events at most 10% each; the event type model inside the events stage at most 2%). Run: ``.venv/bin/python benchmarks/speed.py [--limit N] [--shared DIR]``.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
SEED_ARTICLE = "corpus/cgtn-istanbul-talks-2025-05-17.txt"
POLNEAR_TEXTS = "dev-sets/polnear/dev/text"
# Budgets from the brief and issues, as a share of bare parse time.
TOTAL_BUDGET = 0.25
STAGE_BUDGETS = {"statements": 0.10, "events": 0.10}
# The learned event type decision (issue 14 item 6), part of the events stage's time.
TYPE_MODEL_BUDGET = 0.02
# With --limit N, the next texts of the set, run once through every stage before timing and not timed: enough for
# the lazily loaded tables of rules that fire only on some constructions (a regional role, a known person's dated
# roles) to be loaded, as they are once in a long run.
WARM_TEXTS = 5


def read_texts(shared: Path, limit: int | None = None) -> list[str]:
    """The seed article then the PolNeAR dev texts in name order (the first ``limit`` in all)."""
    paths = [shared / SEED_ARTICLE, *sorted((shared / POLNEAR_TEXTS).glob("*.txt"))]
    paths = [p for p in paths if p.is_file()][:limit]
    return [p.read_text(encoding="utf-8") for p in paths]


@dataclass
class Timing:
    """CPU seconds (the basis of the shares: robust to other processes on a shared machine) and wall seconds."""

    cpu: float = 0.0
    wall: float = 0.0

    def add(self, cpu: float, wall: float) -> None:
        self.cpu += cpu
        self.wall += wall


class _Clock:
    """Times a block in CPU and wall seconds into a ``Timing``."""

    def __init__(self, timing: Timing) -> None:
        self.timing = timing

    def __enter__(self) -> None:
        self.cpu, self.wall = time.process_time(), time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        self.timing.add(time.process_time() - self.cpu, time.perf_counter() - self.wall)


def time_stages(texts: list[str], warm_texts: list[str] | None = None) -> tuple[Timing, dict[str, Timing], Timing]:
    """Time bare parsing (nlp.pipe over all texts), each stage over the parsed docs, and the event type
    model's decision within the events stage (its features and scoring)."""
    from accord.article import Article
    from accord.nlp import BATCH_SIZE, load_model
    from accord.pipeline import STAGES
    from accord.stages.base import ArticleState
    from accord.stages.events import extraction

    model = Timing()
    choose_types = extraction.choose_types

    def timed_choose_types(*args, **kwargs):
        with _Clock(model):
            return choose_types(*args, **kwargs)

    nlp = load_model()
    # The first call of the model and of each stage pays one-off set-up (lexicons, matchers, gazetteers)
    # that a long run pays once: warm everything on a small text and on ``warm_texts``, other articles than the
    # timed ones (rules load their tables only when their construction first occurs), so the timings below are
    # per-article cost.
    warm_up = ("The minister said on Friday that talks with Russia in Istanbul would resume. In Ontario, the province's "
               "environment minister said the plan would fail.")
    for warm_text in [warm_up, *(warm_texts or [])]:
        warm = ArticleState(article=Article(text=warm_text, source="warm-up"), doc=nlp(warm_text))
        for stage in STAGES:
            stage.run(warm)
    extraction.choose_types = timed_choose_types
    model.cpu = model.wall = 0.0
    parse = Timing()
    with _Clock(parse):
        docs = list(nlp.pipe(texts, batch_size=BATCH_SIZE))
    stages = {stage.name: Timing() for stage in STAGES}
    for text, doc in zip(texts, docs):
        state = ArticleState(article=Article(text=text, source="benchmark"), doc=doc)
        for stage in STAGES:
            with _Clock(stages[stage.name]):
                stage.run(state)
    extraction.choose_types = choose_types
    return parse, stages, model


def report(parse: Timing, stages: dict[str, Timing], n_texts: int, n_chars: int, model: Timing | None = None) -> list[str]:
    """Printable lines: parse time, each stage's time and share of parse CPU time, the total; flags overruns."""
    lines = [
        f"texts: {n_texts}  characters: {n_chars:,}  (shares are of CPU time; wall time beside)",
        f"{'bare spaCy parse':24} {parse.cpu:8.3f} s cpu  100.0%   {parse.wall:8.3f} s wall",
    ]
    for name, timing in stages.items():
        share = timing.cpu / parse.cpu
        budget = STAGE_BUDGETS.get(name)
        flag = f"  OVER {budget:.0%} budget" if budget is not None and share > budget else ""
        lines.append(f"{'stage ' + name:24} {timing.cpu:8.3f} s cpu  {share:6.1%}   {timing.wall:8.3f} s wall{flag}")
        if name == "events" and model is not None:
            share = model.cpu / parse.cpu
            flag = f"  OVER {TYPE_MODEL_BUDGET:.0%} budget" if share > TYPE_MODEL_BUDGET else ""
            lines.append(f"{'  of which type model':24} {model.cpu:8.3f} s cpu  {share:6.1%}   {model.wall:8.3f} s wall{flag}")
    total = Timing(sum(t.cpu for t in stages.values()), sum(t.wall for t in stages.values()))
    flag = f"  OVER {TOTAL_BUDGET:.0%} budget" if total.cpu / parse.cpu > TOTAL_BUDGET else ""
    lines.append(f"{'all stages':24} {total.cpu:8.3f} s cpu  {total.cpu / parse.cpu:6.1%}   {total.wall:8.3f} s wall{flag}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N texts")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (default ../shared)")
    args = parser.parse_args(argv)
    texts = read_texts(args.shared, None if args.limit is None else args.limit + WARM_TEXTS)
    texts, warm_texts = (texts, []) if args.limit is None else (texts[: args.limit], texts[args.limit :])
    if not texts:
        print(f"{args.shared}: no benchmark texts found", file=sys.stderr)
        return 2
    parse, stages, model = time_stages(texts, warm_texts)
    print("\n".join(report(parse, stages, len(texts), sum(map(len, texts)), model)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
