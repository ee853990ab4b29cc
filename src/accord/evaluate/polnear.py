"""Loading a PolNeAR-style folder (``gold.json`` + ``text/NAME.txt``) into scorable gold articles.

``gold.json`` maps each article name to attributions ``{"content": [[start, end], ...],
"source": [[start, end], ...]}``; a discontinuous span has several ranges, ``source`` may be empty.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from accord.article import InputError
from accord.evaluate.gold import GoldArticle, GoldSet, read_failure
from accord.evaluate.scoring import GoldStatement, as_ranges

GOLD_NAME = "gold.json"
TEXT_DIR = "text"


def is_polnear_folder(path: Path) -> bool:
    """True for a folder holding ``gold.json`` and a ``text/`` folder."""
    return path.is_dir() and (path / GOLD_NAME).is_file() and (path / TEXT_DIR).is_dir()


def parse_attribution(raw: dict[str, Any]) -> GoldStatement:
    """One attribution; PolNeAR annotates no names or affiliations, so those are not scored."""
    return GoldStatement(
        content=as_ranges(raw.get("content") or []),
        source=as_ranges(raw.get("source") or []),
        has_identity=False,
    )


def load_polnear_folder(path: Path, limit: int | None = None) -> GoldSet:
    """Load the folder's articles in name order (the first ``limit`` if given); bad ones become errors."""
    gold_set = GoldSet(name=str(path), kind="polnear")
    gold_path = path / GOLD_NAME
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not an object of article names")
    except (OSError, UnicodeDecodeError) as exc:
        gold_set.errors.append(InputError(str(gold_path), read_failure(exc)))
        return gold_set
    except ValueError as exc:  # includes json.JSONDecodeError
        gold_set.errors.append(InputError(str(gold_path), f"invalid gold: {exc}"))
        return gold_set
    names = sorted(data)
    if limit is not None:
        names = names[:limit]
    for name in names:
        text_path = path / TEXT_DIR / f"{name}.txt"
        try:
            text = text_path.read_text(encoding="utf-8")
            statements = [parse_attribution(a) for a in data[name]]
        except (OSError, UnicodeDecodeError) as exc:
            gold_set.errors.append(InputError(str(text_path), read_failure(exc)))
            continue
        except (TypeError, ValueError, AttributeError, IndexError) as exc:
            gold_set.errors.append(InputError(f"{gold_path}:{name}", f"malformed attribution: {exc}"))
            continue
        gold_set.articles.append(GoldArticle(name=name, text=text, source=str(text_path), statements=statements))
    return gold_set
