"""Label-style attributions: transcript turns (`WALLACE: ...` opening a paragraph) and quotations
signed with a dash (`"..." ― Krystal Correa`).

A label counts when it is short and either repeats as a label in the article (an interview or a
debate transcript), is all capitals, or heads the article's first paragraph (a headline such as
`Graham: Trump's rhetoric is destroying the party`); the rest of the paragraph is what was said.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from accord.knowledge.boilerplate import kicker_pattern
from accord.stages.statements.animacy import animate
from accord.stages.statements.candidate import Candidate
from accord.stages.statements.lexicon import CueLexicon, load_lexicon
from accord.stages.statements.quotes import Quote

# `NAME:` at a paragraph start; at most four words, so a sentence with a colon is not a label.
_LABEL = re.compile(r"^[ \t]*[\"“]?((?:[A-Z][\w.'’-]*)(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]*:[ \t]+(?=\S)", re.MULTILINE)
# Labels that head sections, not speech.
# Link kickers ("Read more:", "Related:", "Watch:") are the outlet boilerplate's (``accord.knowledge.boilerplate``).
NOT_SPEAKERS = frozenset({"update", "updated", "photo", "video", "note", "editor's note",
                          "correction", "source", "sources", "q", "a", "question", "answer",
                          "the latest", "latest", "breaking", "exclusive", "analysis", "opinion", "live"})
# Headline labels starting with these words name a column or a topic (`The Latest: ...`), not a speaker.
HEADLINE_NON_SPEAKER_FIRST_WORDS = frozenset({"the", "a", "an", "this", "our", "why", "how", "what", "when", "where", "who"})
# A label used this many times is a transcript speaker even when not written in capitals.
MIN_LABEL_REPEATS = 2
# `Rival camp: claim`, `Army spokesman: claim` heading the article: a headline label whose later words are
# lower-case (newspaper style capitalises only the first); at most four words, like ``_LABEL``.
_LOWER_LABEL = re.compile(r"\A[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[\w.'’-]+){1,3})[ \t]*:[ \t]+(?=\S)")
# Entity labels of a name that a follower noun after it (`Clinton camp`) makes the speaker's side.
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def find_turns(doc: Doc, text: str) -> list[Candidate]:
    """One candidate per labelled paragraph of a transcript."""
    lex = load_lexicon()
    kickers = lex.label_non_speakers
    matches = [m for m in _LABEL.finditer(text) if not _kicker(m.group(1), kickers)]
    lower = _lower_case_headline_label(doc, text, lex)
    if lower is not None and not any(m.start() == lower.start() for m in matches):
        matches.insert(0, lower)
    if not matches:
        return []
    counts = Counter(m.group(1) for m in matches)
    found: list[Candidate] = []
    for match in matches:
        label = match.group(1)
        if (counts[label] < MIN_LABEL_REPEATS and not (label.isupper() and len(label) > 2) and not _headline_label(text, match)
                and match is not lower):
            continue
        end = text.find("\n", match.end())
        end = len(text) if end < 0 else end
        content_end = len(text[match.end() : end].rstrip()) + match.end()
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None or content_end - match.end() < 3:
            continue
        colon = text.index(":", match.end(1))
        found.append(Candidate((colon, colon + 1), span[-1], (match.end(), content_end), "transcript",
                               speaker_span=(match.start(1), match.end(1))))
    return found


def _kicker(label: str, kickers: frozenset[str]) -> bool:
    """A section or story kicker (`Update:`, `BYLINE:`, `Monday's Morning Email:`), not a speaker."""
    lowered = label.strip().lower()
    if kicker_pattern().fullmatch(lowered + ":"):
        return True  # a link kicker ("Related Coverage:", "Read More:") heads a list of links
    return lowered in NOT_SPEAKERS or lowered in kickers or any(lowered.endswith(" " + k) for k in kickers if " " in k)


def _lower_case_headline_label(doc: Doc, text: str, lex: CueLexicon) -> re.Match[str] | None:
    """The headline's label when it has lower-case words and names a speaker (`Rebel commander: ...`,
    `Moreno camp: ...`; issue 13 item 7): its last word is a person or a group (a title, a holder or
    source noun, a name), or one of ``label_follower_nouns`` after a name; else None. `Attacks in Paris:
    what we know` names a topic, not a speaker."""
    match = _LOWER_LABEL.match(text)
    if match is None or "\n" in match.group(0) or _kicker(match.group(1), lex.label_non_speakers):
        return None
    if not _headline_label(text, match):
        return None
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None or len(span) < 2 or any(t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "DET", "PRON") for t in span):
        return None
    if not _claims(doc, text, match.end()):
        return None  # `Teen refugee: from a camp to the pool` is a feature's subtitle, not a claim
    last, before = span[-1], span[-2]
    if last.lemma_.lower() in lex.label_follower_nouns:
        return match if before.ent_type_ in NAME_LABELS or before.pos_ == "PROPN" else None
    return match if last.pos_ == "NOUN" and animate(last, lex) else None


def _claims(doc: Doc, text: str, start: int) -> bool:
    """Whether the rest of the headline line from ``start`` is a clause (it has a finite verb), as a claim is."""
    end = text.find("\n", start)
    rest = doc.char_span(start, len(text) if end < 0 else end, alignment_mode="expand")
    return rest is not None and any("Fin" in t.morph.get("VerbForm") for t in rest)


def _headline_label(text: str, match: re.Match[str]) -> bool:
    """A label heading the first paragraph (the headline), unless it reads as a column or topic name."""
    if text[: match.start()].strip():
        return False
    label = match.group(1)
    return not label.isupper() and label.split()[0].lower() not in HEADLINE_NON_SPEAKER_FIRST_WORDS


# `"..." ― Krystal Correa`: a quotation signed with a dash and a name (vox pops, epigraphs).
_SIGNED = re.compile(r"[ \t\xa0]*([―—–]|--)[ \t\xa0]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})")


def find_signed_quotes(doc: Doc, text: str, quotes: list[Quote]) -> list[Candidate]:
    """One candidate per quotation followed directly by a dash and a capitalised name."""
    found: list[Candidate] = []
    for quote in quotes:
        match = _SIGNED.match(text, quote.outer_end)
        if match is None:
            continue
        span = doc.char_span(match.start(2), match.end(2), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        found.append(Candidate(match.span(1), span.root, (quote.start, quote.end), "transcript",
                               speaker_span=match.span(2)))
    return found


# `Dmitry Peskov, Kremlin spokesman: "..."`: a name, an optional apposition, a colon, then a quotation,
# all from the start of a paragraph or a sentence.
_COLON_NAME = re.compile(r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?:,[^:\n\"“”]{1,80})?[ \t]*:[ \t]*")
# Entity labels a colon-attribution name may carry (an unlabelled proper noun counts too).
COLON_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# How far back from the colon the name may start (a name and a short apposition).
MAX_COLON_PREFIX_CHARS = 120


def find_colon_quotes(doc: Doc, text: str, quotes: list[Quote]) -> list[Candidate]:
    """One candidate per quotation after `Name, title:` opening a paragraph or a sentence, when the
    name is a person or an organisation (no cue verb: `Name said: "..."` is the verb's)."""
    found: list[Candidate] = []
    for quote in quotes:
        if " " not in text[quote.start : quote.end].strip():
            continue  # one word is a title or a term, not what was said
        lo = max(0, quote.outer_start - MAX_COLON_PREFIX_CHARS)
        head = text[lo : quote.outer_start]
        start = max(head.rfind("\n"), head.rfind(". "), head.rfind("? "), head.rfind("! "))
        start = lo + (start + 1 if start >= 0 else 0)
        if start == lo and lo > 0 and text[lo - 1] not in "\n":
            continue  # the prefix runs further back than a name and an apposition
        segment = text[start : quote.outer_start]
        match = _COLON_NAME.fullmatch(text, start + len(segment) - len(segment.lstrip()), quote.outer_start)
        if match is None:
            continue
        span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if span is None or len(span) == 0 or any(t.pos_ in ("VERB", "AUX") for t in span):
            continue
        root = span.root
        if root.ent_type_ not in COLON_SPEAKER_LABELS and not (root.pos_ == "PROPN" and not root.ent_type_):
            continue
        colon = text.rindex(":", match.start(), quote.outer_start)
        found.append(Candidate((colon, colon + 1), root, (quote.start, quote.end), "transcript",
                               speaker_span=match.span(1)))
    return found
