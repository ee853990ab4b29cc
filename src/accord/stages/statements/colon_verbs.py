"""Colon attributions cued by any verb (`The governor fired back: "..."`, `Jones shrugged: "..."`):
an animate subject, a verb with no object of its own, a colon, then a quotation (issue 13 item 8); and
the phrasing idiom before a colon (`As the envoy put it: "..."`, `She put it this way: "..."`).

Verbs of the cue lexicon take their quotation in ``assemble``; this finds the rest, whose only sign of
speech is the colon that announces the quotation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.animacy import animate
from accord.stages.statements.candidate import Candidate
from accord.stages.statements.idiom_cues import PHRASING_OBJECT
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


def speaking_subject(subject: Token | None, lex: CueLexicon) -> bool:
    """Whether a verb's subject may be who speaks a quotation: a noun, a name or a pronoun that names an
    animate speaker ("the mayor", "she"), not "it", "this" or a thing."""
    return subject is not None and subject.pos_ in SPEAKER_POS and subject.lower_ not in NON_SPEAKER_PRONOUNS \
        and animate(subject, lex)


def _speaker_before(verb: Token, lex: CueLexicon) -> Token | None:
    """The verb's subject written before it, when it may be who speaks (``speaking_subject``); else None."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
    return subject if speaking_subject(subject, lex) else None


def _verb_before_colon(doc: Doc, colon: int) -> Token | None:
    """The verb closing a clause at the colon token ``colon``, past a particle or an adverb."""
    j = colon - 1
    while j >= 0 and doc[j].dep_ in BETWEEN_DEPS and doc[j].head.i < j:
        j -= 1
    if j < 0 or doc[j].pos_ != "VERB":
        return None
    return doc[j]


# Words that may follow the phrasing idiom's `it` before its colon (`put it this way:`, `put it bluntly:`).
PHRASING_TAIL_DEPS = frozenset({"npadvmod", "det", "advmod"})
# How far before its colon the phrasing verb may stand (`put it this way:` is three words).
MAX_PHRASING_GAP = 4


def _phrasing_verb(doc: Doc, colon: int, lex: CueLexicon) -> Token | None:
    """`As the envoy put it:`, `The envoy put it this way:`: the phrasing idiom's verb (phrases.json
    speech_idioms) before the colon, its object `it` right after it, or None."""
    for j in range(colon - 2, max(-1, colon - 2 - MAX_PHRASING_GAP), -1):
        verb = doc[j]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.phrasing_verbs:
            continue
        obj = doc[j + 1]
        if obj.dep_ != "dobj" or obj.head.i != j or obj.lower_ != PHRASING_OBJECT:
            return None
        if all(t.dep_ in PHRASING_TAIL_DEPS and t.head.i in (j, t.i + 1) for t in doc[j + 2 : colon]):
            return verb
        return None
    return None


def _main_verb(verb: Token) -> bool:
    """The sentence's own verb, or one coordinated with it: a verb in a relative clause (`a threat
    many make but few keep: "..."`) leaves the colon to announce its noun."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _colon_before(doc: Doc, text: str, quote: Quote) -> Token | None:
    """The colon token right before a quotation of more than one word (blanks between), or None."""
    if " " not in text[quote.start : quote.end].strip():
        return None  # one word is a title or a term, not what was said
    end = quote.outer_start  # step back over blanks (slicing the text before each quote would copy it)
    while end > 0 and text[end - 1] in " \t\xa0":
        end -= 1
    if end == 0 or text[end - 1] != ":":
        return None
    colon_span = doc.char_span(end - 1, end, alignment_mode="expand")
    if colon_span is None or len(colon_span) != 1:
        return None
    return colon_span[0]


def find_verb_colon_quotes(doc: Doc, text: str, quotes: list[Quote], lex: CueLexicon) -> list[Candidate]:
    """One candidate per quotation announced by `Subject verb:` with a verb outside the cue lexicon."""
    found: list[Candidate] = []
    for quote in quotes:
        colon = _colon_before(doc, text, quote)
        if colon is None:
            continue
        phrasing = _phrasing_verb(doc, colon.i, lex)
        verb = phrasing or _verb_before_colon(doc, colon.i)
        if phrasing is None:  # the idiom's as-clause hangs on the quotation's verb in the parse
            if verb is None or verb.lemma_.lower() in lex.verbs or not _main_verb(verb):
                continue
            if any(c.dep_ in OBJECT_DEPS for c in verb.children if c.i < colon.i):
                continue
        subject = _speaker_before(verb, lex)
        if subject is None:
            continue
        cue_end = colon.idx if verb.i + 1 < colon.i else verb.idx + len(verb.text)
        if phrasing is not None:
            cue_end = doc[verb.i + 1].idx + len(doc[verb.i + 1].text)  # `put it`, as the idiom's other reading
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
        subject = _speaker_before(verb, lex)
        if subject is None:
            continue
        found.append(Candidate((verb.idx, verb.idx + len(verb.text)), subject, paragraph, "transcript"))
    return found


# Relations of the words between a noun of speech and its colon that belong to the announcing clause
# (`issued a statement on Friday:`, `delivered a blunt message to the mayor:`), besides the noun's modifiers.
NOUN_TAIL_DEPS = frozenset({"prep", "dative", "pobj", "det", "amod", "compound", "poss", "case", "npadvmod", "advmod", "nummod", "punct"})


def _announcing_verb(doc: Doc, colon: int, lex: CueLexicon) -> tuple[Token, Token] | None:
    """`The ministry issued a statement on Friday:`: the issuing or light verb and its object, a noun
    of speech, when every word from the verb to the colon belongs to that clause; else None."""
    if colon == 0:
        return None
    verb = doc[colon - 1]
    # spaCy makes a new Token object on every access: compare indices (the root is its own head)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.head.i < colon:
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.issuing_verbs | lex.light_verbs:
        return None
    if not _main_verb(verb) and verb.head.i < colon:
        return None  # a relative or adverbial clause; the parse may hang the announcing clause on the quoted one
    noun = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < colon), None)
    if noun is None or noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    if lemma not in lex.statement_nouns and lemma not in lex.content_nouns and lemma not in lex.reply_nouns:
        return None
    for token in doc[verb.i + 1 : colon]:
        if token.pos_ in ("VERB", "AUX") or (token.i > noun.i and token.dep_ not in NOUN_TAIL_DEPS):
            return None  # a clause of its own (`a statement that was read aloud:`) or a clause the colon ends
    return verb, noun


def find_object_colon_quotes(doc: Doc, text: str, quotes: list[Quote], lex: CueLexicon) -> list[Candidate]:
    """`The ministry issued a statement: "..."`, `She delivered a sharp retort to him: "..."`: a noun
    of speech taken by an issuing or light verb, a colon, then a quotation: the verb's animate
    subject said it (issue 13)."""
    found: list[Candidate] = []
    for quote in quotes:
        colon = _colon_before(doc, text, quote)
        if colon is None:
            continue
        announcing = _announcing_verb(doc, colon.i, lex)
        if announcing is None:
            continue
        verb, noun = announcing
        subject = _speaker_before(verb, lex)
        if subject is None:
            continue
        found.append(Candidate((verb.idx, verb.idx + len(verb.text)), subject, (quote.start, quote.end), "transcript"))
    return found


# `From the report: "..."`, `More from Jones: "..."`: the label's preposition and the words that may open it.
LABEL_PREPOSITION = "from"
LABEL_OPENERS = frozenset({"more", "also"})
# At most this many words from the label's first word to its colon (`From the committee's final report:`).
MAX_LABEL_WORDS = 8
# Marks after which a label may open (`Turnout was low - From the report: "..."`, a dash before a kicker).
LABEL_BOUNDARIES = frozenset({"-", "--", "—", "–", ".", ":"})


def _label_source(doc: Doc, colon: int, lex: CueLexicon) -> tuple[Token, Token, Token] | None:
    """The first word and the preposition of a `From X:` label ending at ``colon``, and the source it names (X, or the
    owner of X when X is a statement noun: `From the senator's blog post:` names the senator)."""
    start = max(0, colon - MAX_LABEL_WORDS)
    prep = next((t for t in reversed(doc[start:colon]) if t.lower_ == LABEL_PREPOSITION), None)
    if prep is None:
        return None
    source = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if source is None or source.left_edge.i != prep.i + 1 or source.right_edge.i != colon - 1:
        return None  # the words before the colon are not the preposition's object alone
    first = prep.i
    while first > 0 and doc[first - 1].lower_ in LABEL_OPENERS:
        first -= 1
    sentence_start = doc[first].is_sent_start or first == 0
    if not sentence_start and doc[first - 1].text not in LABEL_BOUNDARIES and "\n" not in doc[first - 1].text_with_ws:
        return None
    if not doc[first].is_title:
        return None  # `quoted from the report:` is a sentence's tail, not a label
    owner = next((c for c in source.children if c.dep_ == "poss"), None)
    if owner is not None and source.lemma_.lower() in lex.statement_nouns and owner.pos_ in ("PROPN", "NOUN"):
        source = owner
    return doc[first], prep, source


def find_label_colon_quotes(doc: Doc, text: str, quotes: list[Quote], lex: CueLexicon) -> list[Candidate]:
    """`From the report: "..."` opening a sentence: a label naming the source of the quotation after
    it; the source (a document, a person, or the author of a statement noun) said it (issue 13)."""
    found: list[Candidate] = []
    for quote in quotes:
        colon = _colon_before(doc, text, quote)
        if colon is None:
            continue
        label = _label_source(doc, colon.i, lex)
        if label is None or label[2].pos_ not in SPEAKER_POS or not animate(label[2], lex):
            continue
        opener, prep, source = label
        found.append(Candidate((opener.idx, prep.idx + len(prep.text)), source, (quote.start, quote.end), "transcript"))
    return found
