"""Headline attributions in title case: `Conservative Icon Morton Blackwell Endorses Ted Cruz`.

The parser reads a capitalised headline verb as a proper noun (`Endorses/PROPN`), so the cue pass never
sees it. In the article's first line, a capitalised word that is an inflection of a curated speech or
stance verb splits the line: the words before it are the speaker, the words after it what was said
(issue 13 item 7: a headline `X says ...` is a statement).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.cues import Candidate
from accord.stages.statements.lexicon import CueLexicon
from accord.stages.statements.spans import trim_clause

# A first line longer than this is a paragraph, not a headline.
MAX_HEADLINE_CHARS = 200
# Words a headline speaker may have (`Former Mexico Leader Felipe Calderon`); more is a clause.
MAX_SPEAKER_TOKENS = 6
# Classes whose verbs report what a headline subject said or thinks (not intentions: `Plans`, `Wants`
# are as often nouns).
HEADLINE_CLASSES = frozenset({"speech", "stance"})
# Frames that make the rest of the headline the content: a clause (`Says ...`) or an object (`Endorses X`).
HEADLINE_FRAMES = ("c", "o")
# Parts of speech a headline speaker is made of (`Rose Bowl Skywriters`, `Former Obama Aide`).
SPEAKER_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"})
# Verb endings of the title-case forms a headline uses (`Says`, `Blasts`, `Denies`, `Slammed`).
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""))


def _lemma_of(word: str, cues: dict[str, str]) -> str | None:
    """The curated cue lemma ``word`` (lower-cased) inflects, trying regular endings and a doubled
    consonant (`slammed`); None when it inflects none."""
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)] + replacement
            if stem in cues:
                return stem
            if ending == "ed" and not replacement and len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in cues:
                return stem[:-1]
    return None


def _headline_cues(lex: CueLexicon) -> dict[str, str]:
    """Curated speech and stance lemmas that take a clause or an object, with their frames."""
    frames = {}
    for lemma, cue_class in lex.verb_class.items():
        if cue_class not in HEADLINE_CLASSES:
            continue
        codes = "".join(code for code, verbs in (("c", lex.clause_verbs), ("o", lex.object_verbs)) if lemma in verbs)
        if codes:
            frames[lemma] = codes
    return frames


def _speaker_start(doc: Doc, first: int, cue: int) -> int | None:
    """The first token of the speaker before the cue: after a `Label:` kicker, if any; None when the words
    before the cue are not a short noun phrase."""
    start = first
    for i in range(first, cue):
        if doc[i].text == ":":
            start = i + 1
    words = [t for t in doc[start:cue] if not t.is_space]
    if not words or len(words) > MAX_SPEAKER_TOKENS or not words[0].text[:1].isupper():
        return None
    if any(t.pos_ not in SPEAKER_POS and t.text not in ("-", "’s", "'s", ".") for t in words):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN") for t in words):
        return None
    return words[0].i


def find_headline_cues(doc: Doc, text: str, lex: CueLexicon) -> list[Candidate]:
    """The title-case headline attribution of the article's first line, if any (at most one)."""
    end = text.find("\n")
    if end <= 0 or end > MAX_HEADLINE_CHARS:
        return []
    cues = _headline_cues(lex)
    tokens = [t for t in doc if t.idx < end]
    if len(tokens) < 3:
        return []
    for token in tokens[1:-1]:
        if not _title_cue(token, cues, lex):
            continue
        start = _speaker_start(doc, tokens[0].i, token.i)
        last = tokens[-1].i
        if start is None or last <= token.i:
            return []
        for i in range(token.i + 2, last):  # `Backs Trump And Denounces Clinton`: the second cue's content is its own
            if doc[i].lower_ in ("and", ",", ";") and _title_cue(doc[i + 1], cues, lex):
                last = i - 1
                break
        content = trim_clause(doc, token.i + 1, last)
        content = (content[0], content[1] - 1) if text[content[1] - 1 : content[1]] == "." else content
        if content[1] - content[0] < 2:
            return []
        speaker = doc[start : token.i]
        return [Candidate((token.idx, token.idx + len(token.text)), speaker.root, content, "object",
                          speaker_span=(speaker.start_char, speaker.end_char))]
    return []


def _title_cue(token: Token, cues: dict[str, str], lex: CueLexicon) -> bool:
    """A capitalised word the parser did not take as a cue verb, inflecting a headline cue lemma."""
    if not token.text[:1].isupper():
        return False
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lex.verbs:
        return False  # the cue pass has it
    for word in [token, *token.ancestors]:
        if word.dep_ in SUBJECT_DEPS and word.head.i > token.i and word.head.pos_ in ("VERB", "AUX"):
            return False  # `Power Plant Rules Face Key Test`: the noun is the subject of the verb after it
    return _lemma_of(token.lower_, cues) is not None
