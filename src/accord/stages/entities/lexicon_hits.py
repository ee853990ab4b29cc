"""Lexicon hits over one parsed Doc: titles per token and non-overlapping aliases (entities stage)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from accord.knowledge.actors import PEOPLE_ROLE, LexEntry, TitleEntry, inside_another_name
from accord.stages.entities.matchers import Matchers

# Tags of proper-noun tokens (runs of these are name candidates the model may have missed).
PROPER_TAGS = frozenset({"NNP", "NNPS"})
# Words before an alias looked at to tell whether it is part of another name ("New South Wales").
NAME_CONTEXT_TOKENS = 3


@dataclass
class DocLexicon:
    """Per-token lexicon hits of one Doc."""

    titles: dict[int, tuple[TitleEntry, int, int]]  # token index -> (entry, start, end) of its match
    entries: list[tuple[Span, LexEntry]]
    entry_at: dict[int, LexEntry]

    @functools.cached_property
    def coded_hit_ends(self) -> dict[int, int]:
        """Start -> end token of each alias hit that has a code, built once per Doc (read for every entity)."""
        return {hit.start: hit.end for hit, entry in self.entries if entry.code}


def _name_length(span: Span) -> int:
    """Tokens of a hit without its leading article: "the EU" names as much as "EU" does."""
    return len(span) - (1 if span[0].lower_ == "the" else 0)


def _longest_names(spans: list[Span]) -> list[Span]:
    """Non-overlapping hits, longest name first and earliest on ties (spaCy's ``filter_spans``, but an alias
    written with its article no longer beats a longer name it overlaps: "the EU Commission" is the Commission,
    not "the EU")."""
    kept: list[Span] = []
    taken: set[int] = set()
    for span in sorted(spans, key=lambda s: (-_name_length(s), -len(s), s.start)):
        if not taken.intersection(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda s: s.start)


def _joined_hyphen(doc: Doc, i: int, step: int) -> bool:
    """Whether token ``i`` is a hyphen written with no space between the words on both its sides."""
    if not 0 < i < len(doc) - 1 or doc[i].text != "-":
        return False
    return not doc[i - 1].whitespace_ and not doc[i].whitespace_ and doc[i + step].is_alpha


def _word_syllable(doc: Doc, span: Span, spans: list[Span]) -> bool:
    """Whether a hit is glued by hyphens to words on both sides that are no hits themselves: a piece of one
    hyphenated word ("PORT-AU-PRINCE"), unlike a hit in a compound of names ("Russia-Ukraine-Belarus talks")."""
    if not (_joined_hyphen(doc, span.start - 1, -1) and _joined_hyphen(doc, span.end, 1)):
        return False
    return not any(s.end == span.start - 1 or s.start == span.end + 1 for s in spans)


def scan_doc(doc: Doc, matchers: Matchers) -> DocLexicon:
    """Title hits (longest per token) and alias hits (longest, non-overlapping) of one Doc."""
    titles: dict[int, tuple[TitleEntry, int, int]] = {}
    strings = doc.vocab.strings
    for match_id, start, end in sorted(matchers.titles(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
        entry = matchers.title_by_key[strings[match_id]]
        for i in range(start, end):
            current = titles.get(i)
            if current is None or (current[2] - current[1]) < end - start:
                titles[i] = (entry, start, end)
    spans = [Span(doc, s, e, label=match_id) for match_id, s, e in matchers.entries(doc)]
    entries: list[tuple[Span, LexEntry]] = []
    entry_at: dict[int, LexEntry] = {}
    for span in _longest_names(spans):
        if _word_syllable(doc, span, spans):
            continue  # "AU" in "PORT-AU-PRINCE": a piece of a hyphenated place name, not the African Union
        entry = matchers.entry_by_key[strings[span.label]]
        first = max(0, span.start - NAME_CONTEXT_TOKENS)
        if entry.kind == "country" and first < span.start and inside_another_name(
                [t.text for t in doc[first : span.end]], span.start - first, len(span), entry):
            continue  # "Jersey" in "New Jersey Gov. Chris Christie": a word of another place's name
        if entry.kind == "group" and entry.role == PEOPLE_ROLE and inside_another_name(
                [t.text for t in doc[first : span.end + 1]], span.start - first, len(span), entry):
            continue  # "the Young Turks", "Scots pine", "Central Americans": a word of another name, not that state's
        entries.append((span, entry))
        for i in range(span.start, span.end):
            entry_at[i] = entry
    return DocLexicon(titles, entries, entry_at)


def lookup_entry(lex: DocLexicon, span: Span) -> LexEntry | None:
    """The lexicon alias covering exactly this span, if any."""
    entry = lex.entry_at.get(span.start)
    if entry is None:
        return None
    if all(lex.entry_at.get(i) is entry for i in range(span.start, span.end)):
        return entry
    return None
