"""Headline cues the parse misses (`Union Chief Praises Governor's Budget`, `Teachers blast board`):
a headline's capitals or its clipped grammar make the parser read the cue verb as a name or a noun.

The headline is the text's first line when it is short. A word there that inflects a speech or stance
cue verb (curated, or a mined frame of those classes), read by the parser as no verb (or as a verb
the cue pass took nothing from), after a name or
a noun, splits the line: the words before it are the speaker, the words after it the content (issue
13 item 7: a headline "X says ..." is a statement).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.stages.statements.candidate import Candidate
from accord.stages.statements.lexicon import SPEECH_CLASSES, CueLexicon
from accord.stages.statements.spans import token_range, trim_clause

# A first line longer than this many words is a paragraph, not a headline.
MAX_HEADLINE_WORDS = 20
# Parts of speech of the word before the cue (the speaker's head) and of a speaker phrase's words.
SPEAKER_HEAD_POS = frozenset({"PROPN", "NOUN", "PRON"})
# Parts of speech no headline speaker phrase holds: a verb (the cue would be later) or a subordinator.
NON_SPEAKER_POS = frozenset({"VERB", "SCONJ", "NUM", "SYM"})
# Punctuation inside names (`AFL-CIO`, `Right-wing parties`, `Sen.`, `Procter & Gamble`).
NAME_PUNCT = frozenset({"-", ".", "&"})
# A label before a colon heads the headline (`The Latest: Mourners say X`): the speaker starts after it.
LABEL_END = ":"
# Whether a cue the parser did read as a verb splits the headline too, when the cue pass made no
# candidate with content of it (`Mayor Claims City Safest Town Ever`: the parse hangs the claim on the
# verb as an apposition, no object or clause the cue pass takes) and the headline has no quotation for a
# bare cue to take; any other candidate in the headline still stops it.
SPLIT_AT_FOUND_VERBS = True
# Relations of an argument the parse found after such a verb (an object, a clause, a phrase).
VERB_ARGUMENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "prep", "attr", "oprd", "dative", "acomp", "advcl"})
# The frame of a cue candidate with no content of its own (it may only take a neighbouring quotation).
BARE_FRAME = "bare"
# Dashes and semicolons after which a headline goes on with words of its own, not the claim.
CLAIM_END_PUNCT = frozenset({"–", "—", "--", ";"})
# Relations of a word the parser read as an argument of a verb it did find (`Clinton sharpens focus
# on X`, `Nomination questions are likely`): a noun there, not a missed cue verb.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def headline_end(doc: Doc, text: str) -> int:
    """The index of the first token past the headline, or 0 when the text has no short first line."""
    newline = text.find("\n")
    if newline <= 0:
        return 0
    words = 0
    for token in doc:
        if token.idx >= newline:
            return token.i if words <= MAX_HEADLINE_WORDS else 0
        words += not (token.is_punct or token.is_space)
    return 0


def headline_cue_lemmas(lex: CueLexicon) -> frozenset[str]:
    """Lemmas of speech and stance cue verbs: curated ones and mined frames of those classes."""
    curated = {lemma for lemma, cls in lex.verb_class.items() if cls in SPEECH_CLASSES and lemma in lex.verbs}
    mined = {lemma for (lemma, code), cls in lex.mined_class.items() if cls in SPEECH_CLASSES and not code.startswith("p:")}
    return frozenset(curated | mined)


def _cue_lemma(token: Token, lemmas: frozenset[str]) -> str | None:
    """The cue lemma a headline word inflects (`Praises` -> praise, `blasts` -> blast, `blast`), by the
    regular English endings of the present, or None."""
    word = token.lower_
    # A capitalised bare form is as likely a name's word (`Washington Post`, `Trump Rally`) as a verb
    # after a plural; only an inflected one (`Praises`, `Slams`) counts as a verb in capitals.
    forms = [] if token.text[:1].isupper() else [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return next((f for f in forms if f in lemmas), None)


def _speaker_phrase(words: Span) -> bool:
    """Words that can name a speaker: a noun, a name or a pronoun last, no punctuation, verb,
    subordinator, number or `to` among them (`As Trump demands X, Y`, `"...", Dean Tells Z`, `Smith
    Rampages to +32 Point Lead` are other shapes)."""
    if not len(words) or words[-1].pos_ not in SPEAKER_HEAD_POS:
        return False
    return not any((t.is_punct and t.text not in NAME_PUNCT) or t.pos_ in NON_SPEAKER_POS or t.dep_ == "mark"
                   or t.like_num or t.lower_ == "to" for t in words)


def _argument_of_verb(token: Token) -> bool:
    """A word the parse made the subject or object of a verb it found: a noun, not a missed cue."""
    return token.dep_ in ARGUMENT_DEPS and token.head.pos_ in ("VERB", "AUX")


def _argumentless_cue(token: Token, bare: set[int]) -> bool:
    """A verb the cue pass made only a bare candidate of and the parse gave no argument after it
    (`Mayor Claims City Safest Town Ever`, the claim an apposition), see ``SPLIT_AT_FOUND_VERBS``;
    `Families find a home` has its object: the verb is no cue of a claim."""
    return SPLIT_AT_FOUND_VERBS and token.idx in bare and not any(
        c.dep_ in VERB_ARGUMENT_DEPS and c.i > token.i for c in token.children)


def _content_last(doc: Doc, first: int, end: int) -> int:
    """The last token of a headline claim starting at ``first``: before a clause of the headline's own
    that a subordinator or a dash opens (`Mayor Says No To Tax As Rivals Gain`, `X Says Y – Watch`)."""
    for token in doc[first + 1 : end]:
        if token.text in CLAIM_END_PUNCT or token.pos_ == "SCONJ" or token.dep_ == "mark":
            return token.i - 1
    return end - 1


def find_headline_claims(doc: Doc, text: str, lex: CueLexicon, taken: list[Candidate]) -> list[Candidate]:
    """One candidate for a headline whose cue verb the parse missed, unless a candidate already has
    its cue in the headline."""
    end = headline_end(doc, text)
    if end == 0:
        return []
    limit = doc[end - 1].idx + len(doc[end - 1].text)
    quoted = any(t.is_quote for t in doc[:end])
    # A bare cue (no content of its own) in an unquoted headline has nothing to take: it stops nothing.
    bare = {c.cue[0] for c in taken if c.frame == BARE_FRAME and c.cue[0] < limit and not quoted}
    if any(c.cue[0] < limit and c.cue[0] not in bare for c in taken):
        return []
    lemmas = headline_cue_lemmas(lex)
    start = 0
    for token in doc[:end]:
        if token.text == LABEL_END:
            start = token.i + 1
            continue
        if token.i <= start or (token.pos_ == "VERB" and not _argumentless_cue(token, bare)) or _cue_lemma(token, lemmas) is None:
            continue
        if not _speaker_phrase(doc[start : token.i]) or _argument_of_verb(token) or token.i + 1 >= end:
            continue
        if doc[token.i + 1].lower_ == "of" or doc[token.i + 1].is_punct:
            continue  # `The campaign contrasts of X`, `Culture Report: X`: a noun with its phrase, a label
        content = trim_clause(doc, token.i + 1, _content_last(doc, token.i + 1, end))
        if content[1] <= content[0]:
            continue
        speaker_span = token_range(doc, start, token.i - 1)
        return [Candidate(token_range(doc, token.i, token.i), doc[token.i - 1], content, "headline", speaker_span=speaker_span)]
    return []
