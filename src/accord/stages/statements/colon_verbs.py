"""Colon attributions cued by any verb (`The governor fired back: "..."`, `Jones shrugged: "..."`):
an animate subject, a verb with no object of its own, a colon, then a quotation (issue 13 item 8).

Verbs of the cue lexicon take their quotation in ``assemble``; this finds the rest, whose only sign of
speech is the colon that announces the quotation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.animacy import animate
from accord.stages.statements.candidate import Candidate
from accord.stages.statements.lexicon import CueLexicon
from accord.stages.statements.quotes import Quote

# Words that may stand between the verb and its colon (`fired back:`, `said simply:`).
BETWEEN_DEPS = frozenset({"prt", "advmod"})
# A verb with one of these has its own object or complement: the colon announces that (`He listed
# three demands: ...`), not a quotation of his words.
OBJECT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "xcomp", "pobj", "dative"})
# A speaker is named, described or a pronoun; a quantifier (`few keep: "..."`) counts no one in particular.
SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Subject pronouns that stand for no one (`It read: "..."`, `There was ...`).
NON_SPEAKER_PRONOUNS = frozenset({"it", "this", "that", "there", "which"})


def _verb_before_colon(doc: Doc, colon: int) -> Token | None:
    """The verb closing a clause at the colon token ``colon``, past a particle or an adverb."""
    j = colon - 1
    while j >= 0 and doc[j].dep_ in BETWEEN_DEPS and doc[j].head.i < j:
        j -= 1
    if j < 0 or doc[j].pos_ != "VERB":
        return None
    return doc[j]


def _main_verb(verb: Token) -> bool:
    """The sentence's own verb, or one coordinated with it: a verb in a relative clause (`a threat
    many make but few keep: "..."`) leaves the colon to announce its noun."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def find_verb_colon_quotes(doc: Doc, text: str, quotes: list[Quote], lex: CueLexicon) -> list[Candidate]:
    """One candidate per quotation announced by `Subject verb:` with a verb outside the cue lexicon."""
    found: list[Candidate] = []
    for quote in quotes:
        if " " not in text[quote.start : quote.end].strip():
            continue  # one word is a title or a term, not what was said
        end = quote.outer_start  # step back over blanks (slicing the text before each quote would copy it)
        while end > 0 and text[end - 1] in " \t\xa0":
            end -= 1
        if end == 0 or text[end - 1] != ":":
            continue
        colon_span = doc.char_span(end - 1, end, alignment_mode="expand")
        if colon_span is None or len(colon_span) != 1:
            continue
        verb = _verb_before_colon(doc, colon_span[0].i)
        if verb is None or verb.lemma_.lower() in lex.verbs or not _main_verb(verb):
            continue
        if any(c.dep_ in OBJECT_DEPS for c in verb.children if c.i < colon_span[0].i):
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
        if (subject is None or subject.pos_ not in SPEAKER_POS or subject.lower_ in NON_SPEAKER_PRONOUNS
                or not animate(subject, lex)):
            continue
        cue_end = colon_span[0].idx if verb.i + 1 < colon_span[0].i else verb.idx + len(verb.text)
        cue_text_end = len(text[verb.idx : cue_end].rstrip()) + verb.idx
        found.append(Candidate((verb.idx, cue_text_end), subject, (quote.start, quote.end), "transcript"))
    return found


# A paragraph announced by a colon must have at least this many words to be what was said (not a
# label or a link line).
MIN_ANNOUNCED_PARAGRAPH_WORDS = 4
# Characters that open a paragraph that is not a plain-text block quotation: a quotation mark (the
# quotation logic pairs those), markup (`<tweet ...>`), a bullet or a list dash.
NOT_BLOCK_QUOTE_OPENERS = frozenset("\"“”‘’'«<*•-–—[(")


def _announced_paragraph(text: str, colon_end: int) -> tuple[int, int] | None:
    """The paragraph after a colon that ends its own paragraph (`Limbaugh added:` then a blank line),
    as a character range, or None when the colon does not end its paragraph."""
    i = colon_end
    while i < len(text) and text[i] in " \t\xa0":
        i += 1
    if i >= len(text) or text[i] not in "\r\n":
        return None
    while i < len(text) and text[i] in " \t\xa0\r\n":
        i += 1
    if i >= len(text) or text[i] in NOT_BLOCK_QUOTE_OPENERS:
        return None
    end = text.find("\n", i)
    end = len(text) if end < 0 else end
    end = i + len(text[i:end].rstrip())
    if len(text[i:end].split()) < MIN_ANNOUNCED_PARAGRAPH_WORDS:
        return None
    return i, end


def find_colon_paragraphs(doc: Doc, text: str, lex: CueLexicon) -> list[Candidate]:
    """`The governor added:` closing a paragraph, then an unquoted paragraph: a block quotation whose
    marks the page dropped; a speech verb of the lexicon with an animate subject announces it."""
    found: list[Candidate] = []
    colon = text.find(":")
    while colon >= 0:  # the text's colons, not every token: most articles have a handful
        at, colon = colon, text.find(":", colon + 1)
        paragraph = _announced_paragraph(text, at + 1)
        span = doc.char_span(at, at + 1) if paragraph is not None else None
        if span is None or len(span) != 1 or span[0].i == 0:
            continue  # no paragraph announced, or a colon inside a token ("10:30")
        token = span[0]
        verb = _verb_before_colon(doc, token.i)
        if verb is None or verb.lemma_.lower() not in lex.speech_verbs or not _main_verb(verb):
            continue
        if any(c.dep_ in OBJECT_DEPS or c.dep_ == "ccomp" for c in verb.children if c.i < token.i):
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
        if (subject is None or subject.pos_ not in SPEAKER_POS or subject.lower_ in NON_SPEAKER_PRONOUNS
                or not animate(subject, lex)):
            continue
        found.append(Candidate((verb.idx, verb.idx + len(verb.text)), subject, paragraph, "transcript"))
    return found
