"""Time and peak memory of one article at the documented size limit (README, "Extract limits").

Each case runs in a fresh process (peak RSS is per process): ``python benchmarks/limits.py`` prints one
line per case. Cases are built in code (no corpus text): prose made of a repeated wire-style
paragraph, one whitespace-free run of emoji, punctuation after a sentence, URL-like runs.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

from accord.nlp import MAX_CHARS

PARAGRAPH = (
    '"We will continue the talks," Foreign Minister Anna Kovacs told reporters in Geneva on Friday, '
    "adding that 1,000 prisoners would be exchanged. Russia accused Ukraine of attacking Kharkiv, "
    "according to the United Nations, and the European Union urged both sides to agree on a ceasefire.\n\n"
)


def case_text(name: str, chars: int) -> str:
    """The text of one case, exactly ``chars`` characters long."""
    if name == "prose":
        body = PARAGRAPH * (chars // len(PARAGRAPH) + 1)
    elif name == "emoji-run":
        body = "\U0001F600" * chars
    elif name == "punctuation-run":
        body = "Talks resumed. " + "!" * chars
    elif name == "url-runs":
        body = ("x/" * 150 + " ") * (chars // 301 + 1)
    else:
        raise SystemExit(f"unknown case {name}")
    return body[:chars]


def run_case(name: str, chars: int) -> dict:
    """Extract one article in this process; seconds and peak RSS (MB)."""
    from accord.article import Article
    from accord.nlp import load_model
    from accord.pipeline import extract_articles

    nlp = load_model()
    list(extract_articles([Article(text=PARAGRAPH, source="warm-up")], nlp))
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = case_text(name, chars)
    started = time.monotonic()
    result = list(extract_articles([Article(text=text, source=name)], nlp))[0]
    seconds = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    outcome = getattr(result, "reason", None) or f"{len(result.statements)} statements, {len(result.events)} events"
    return {"case": name, "chars": chars, "seconds": round(seconds, 1), "peak_rss_mb": round(peak), "model_rss_mb": round(base), "outcome": outcome[:80]}


def main(argv: list[str]) -> None:
    if len(argv) == 3:
        print(json.dumps(run_case(argv[1], int(argv[2]))), flush=True)
        return
    chars = int(argv[1]) if len(argv) == 2 else MAX_CHARS
    for name in ("prose", "emoji-run", "punctuation-run", "url-runs"):
        subprocess.run([sys.executable, __file__, name, str(chars)], check=False)


if __name__ == "__main__":
    main(sys.argv)
