"""`according to X` where the parse misplaces the source or its clause (issue 13 item 8).

The parser often hangs a sentence's clause inside an opening `According to X, ...` (the phrase made
the root, the clause an apposition of X), reads a one-word source as a verb (`according to show
insiders`: `show` a verb, `insiders` its object), or hangs a closing `, according to X, ...` on an
inner clause. These helpers find the source and the host clause from the words around the phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.token_filters import sentence_of

# Nouns that can stand for the source when the parse left `to` without an object.
SOURCE_NOUN_POS = frozenset({"NOUN", "PROPN"})
# The clause after an opening phrase must have at least this many words to be a report (not a
# fragment such as `According to MSNBC, basically.`).
MIN_OPENING_CLAUSE_TOKENS = 3


def object_fallback(second: Token) -> Token | None:
    """`according to show insiders`: no `pobj`; the last noun of the phrase is the source."""
    nouns = [t for t in second.subtree if t.i > second.i and t.pos_ in SOURCE_NOUN_POS]
    return nouns[-1] if nouns else None


def _verbal(tokens: list[Token]) -> bool:
    return any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in tokens)


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if not (t.is_punct or t.is_space)]


def opening_phrase_clause(prep: Token, source: Token) -> tuple[int, int] | None:
    """`According to X, CLAUSE.` with the clause parsed inside the phrase: the first and last token
    of CLAUSE, after the comma that closes X (past an apposition `X, a spokesman for Y,`), or None
    when the parse already keeps the clause outside the phrase or no comma closes the source."""
    sent = sentence_of(prep)
    if prep.i != sent.start or (prep.dep_ != "ROOT" and prep.right_edge.i < sent.end - 2):
        return None
    commas = [t.i for t in sent if t.i > source.i and t.text == ","]
    if not commas:
        return None
    doc = prep.doc
    cut = commas[0]
    if len(commas) > 1 and not _verbal(list(doc[cut + 1 : commas[1]])) and _verbal(list(doc[commas[1] + 1 : sent.end])):
        cut = commas[1]  # `According to X, a spokesman for Y, CLAUSE`
    clause = _words(list(doc[cut + 1 : sent.end]))
    if len(clause) < MIN_OPENING_CLAUSE_TOKENS:
        return None
    return clause[0].i, clause[-1].i


def closing_phrase_start(prep: Token, host: Token, report_verbs: frozenset[str]) -> int | None:
    """`A would see B go up, according to X, more than ...`: the phrase, set off by a comma, hung on
    an inner clause of a sentence whose main verb is no speech verb: the content starts at the
    sentence start (the main clause is what X reports), or None when that does not hold."""
    doc = prep.doc
    sent = sentence_of(prep)
    root = sent.root
    left = prep.left_edge.i
    if host.i == root.i or left <= sent.start or doc[left - 1].text != ",":
        return None
    if root.i >= left or root.lemma_.lower() in report_verbs or host.left_edge.i <= sent.start:
        return None
    if host not in root.subtree or any(t.dep_ in ("relcl", "acl") for t in _path(host, root)):
        return None
    return sent.start


def _path(token: Token, top: Token) -> list[Token]:
    """The tokens from ``token`` up to (not including) ``top``."""
    path: list[Token] = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path
