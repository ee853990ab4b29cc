"""Character-range helpers: token ranges to trimmed character ranges."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.stages.grammar import SUBJECT_DEPS, span_text
from accord.stages.token_filters import sentence_of

# Characters never part of a content span's edges (punctuation, dashes, spaces; not quote marks,
# which the quote logic decides about).
EDGE_PUNCT = " \t\n\r,;:-–—…()[]"
# Leading words that introduce a clause but are not what was said.
LEADING_MARKERS = frozenset({"that", "whether", "if"})
# Tags of a coordinating conjunction: a content span never ends on one (`said X is honest, and`: the
# parse hung the conjunction on the reported clause and its second conjunct elsewhere).
CONJUNCTION_TAGS = frozenset({"CC"})
# A dangling conjunction right after the content's last word (no comma or dash before it) carries the
# content on over the constituent after it when that is no clause of its own, or a `wh`/subordinator
# one (`talk about the border and how many can cross`, `was taken over and looted`); else it is cut.
EXTEND_OVER_DANGLING_CONJUNCT = True
CONJUNCT_OPENER_TAGS = frozenset({"WRB", "WP", "WDT", "IN"})
FUNCTION_POS = frozenset({"DET", "ADP", "PART", "CCONJ", "SCONJ", "AUX"})


def token_range(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Characters from the start of token ``first`` to the end of token ``last`` (inclusive)."""
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def subtree_range(token: Token) -> tuple[int, int]:
    """The character range of a token's whole subtree (spaCy subtrees are contiguous)."""
    return token_range(token.doc, token.left_edge.i, token.right_edge.i)


def trim(text: str, start: int, end: int, strip_final_period: bool = True) -> tuple[int, int]:
    """Shrink ``[start, end)`` past edge punctuation and whitespace; never grows, never inverts."""
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and (text[end - 1] in EDGE_PUNCT or (strip_final_period and text[end - 1] in ".!?")):
        end -= 1
    return start, end


def _strip_end(doc: Doc, first: int, last: int, conjunctions: bool = True) -> int:
    """``last`` moved back past closing punctuation (not quote marks), spaces and conjunctions."""
    while last >= first and (doc[last].is_punct and doc[last].text not in "\"”’'»“" or doc[last].is_space
                             or (conjunctions and doc[last].tag_ in CONJUNCTION_TAGS)):
        last -= 1
    return last


def _dangling_conjunct_end(doc: Doc, cc: int) -> int:
    """Where content ending on the conjunction ``cc`` ends: past the constituent after it when no
    comma or dash lies inside it (see ``EXTEND_OVER_DANGLING_CONJUNCT``), else before the conjunction."""
    if not EXTEND_OVER_DANGLING_CONJUNCT or cc + 1 >= len(doc) or doc[cc - 1].text in ASIDE_SEPARATORS:
        return cc - 1
    opener = doc[cc + 1]
    head = _trailing_constituent(doc, cc + 1, cc + 1)
    if head is None or sentence_of(head) != sentence_of(doc[cc]) or opener.is_punct:
        return cc - 1
    if head.head.i > cc and head.head.left_edge.i == cc:
        head = head.head  # `X and a sniper ...`: the parse made the conjunction a child of the conjunct
    if any(c.dep_ in SUBJECT_DEPS for c in head.children) and opener.tag_ not in CONJUNCT_OPENER_TAGS:
        return cc - 1
    if head.right_edge.i == head.left_edge.i and head.pos_ in FUNCTION_POS:
        return cc - 1  # a lone determiner the parse tore from its noun (`and a sniper ...`)
    end = _strip_end(doc, cc + 1, head.right_edge.i, conjunctions=False)
    if any(t.text in ASIDE_SEPARATORS for t in doc[cc + 1 : end + 1]):
        return cc - 1  # `but said, "..."`: a constituent the parse ran on past a comma is no sure conjunct
    return end


def trim_clause(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """A clause's character range without a leading `that`/`whether` and edge punctuation."""
    while first <= last and (doc[first].is_punct and doc[first].text not in "\"“‘'«„" or doc[first].is_space):
        first += 1
    if first <= last and doc[first].lower_ in LEADING_MARKERS and doc[first].dep_ == "mark":
        first += 1
    last = _strip_end(doc, first, last, conjunctions=False)
    if last > first and doc[last].tag_ in CONJUNCTION_TAGS:
        last = _strip_end(doc, first, _dangling_conjunct_end(doc, last))
    last = _strip_end(doc, first, last)
    if first > last:
        return doc[first - 1].idx if first > 0 else 0, doc[first - 1].idx if first > 0 else 0
    start, end = token_range(doc, first, last)
    local = span_text(doc[first : last + 1])  # not doc.text: that rebuilds the whole article string
    lo, hi = trim(local, 0, len(local), strip_final_period=False)
    return start + lo, start + hi


# Separators after which a trailing aside may start (`..., throwing a wrench in ...`).
ASIDE_SEPARATORS = frozenset({",", "—", "–", "--", ";"})
# Subordinators of an adverbial clause that, after a comma, is the reporter's contrast or comment
# rather than part of what was said (`..., while critics say it is too late`).
ASIDE_MARKS = frozenset({"while", "whereas", "although", "though"})
# Relative pronouns of a non-restrictive clause (`..., which raised concerns`): the reporter's aside.
ASIDE_RELATIVES = frozenset({"which", "who", "whom", "whose"})
# Conjunctions joining a second report of the same speaker (`said X, and urged Y`).
REPORT_CONJUNCTIONS = frozenset({"and", "but"})
# A second report is a plain finite verb (`and calls her ...`, `and accused ...`): a bare infinitive or
# a modal, auxiliary or negated one (`and will see`, `but hasn't decided`, `and never called`) goes on
# with what was said (PolNeAR train, first 120 articles).
SECOND_REPORT_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SECOND_REPORT_BLOCKERS = frozenset({"aux", "auxpass", "neg"})


def _trailing_constituent(doc: Doc, start: int, last: int) -> Token | None:
    """The highest token whose subtree starts at ``start`` and runs to ``last`` or beyond."""
    token = doc[start]
    best: Token | None = None
    while True:
        if token.left_edge.i == start and token.right_edge.i >= last:
            best = token
        if token.head.i == token.i or token.head.left_edge.i < start:
            return best
        token = token.head


def _is_aside(head: Token) -> bool:
    """A participial clause without its own subject or subordinator, a `while`-clause with a finite
    verb, or a non-restrictive relative clause. (`while stressing ...`, a participle with a
    subordinator, stays: on PolNeAR train cutting it lost more found statements than it fixed.)"""
    if head.dep_ in ("advcl", "acl") and head.tag_ in ("VBG", "VBN"):
        return not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in head.children)
    if head.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKS for c in head.children)
    if head.dep_ == "relcl":
        return head.left_edge.lower_ in ASIDE_RELATIVES
    return False


def starts_aside(doc: Doc, start: int, last: int) -> bool:
    """Whether the words from ``start`` (after any punctuation) to ``last`` are a trailing aside."""
    while start < last and doc[start].is_punct:
        start += 1
    while last > start and doc[last].is_punct:
        last -= 1
    head = _trailing_constituent(doc, start, last)
    return head is not None and _is_aside(head)


def _range_head(doc: Doc, first: int, last: int) -> Token:
    """The token of ``[first, last]`` whose head lies outside it (the clause's own head)."""
    for token in doc[first : last + 1]:
        if token.head.i == token.i or not first <= token.head.i <= last:
            return token
    return doc[first]


def _second_report(conj: Token, head: Token, act_lemmas: frozenset[str]) -> bool:
    """`says he respects X and calls her Y`: a plain finite speech-act or stance verb coordinated with
    the reported clause's head, with no subject, auxiliary or negation of its own, is the speaker's
    second report, not more of the first (PolNeAR makes it an attribution of its own)."""
    return (conj.head.i == head.i and conj.tag_ in SECOND_REPORT_TAGS and conj.lemma_.lower() in act_lemmas
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in SECOND_REPORT_BLOCKERS for c in conj.children))


def aside_cut(doc: Doc, first: int, last: int, report_lemmas: frozenset[str] = frozenset(),
              act_lemmas: frozenset[str] = frozenset()) -> int:
    """The last token of a reported clause ``[first, last]`` before a trailing aside: a participial,
    `while`- or non-restrictive relative clause after a comma or dash, or a second report by the
    same speaker (`, and urged ...`, a subject-less conjoined verb from ``report_lemmas``, or a
    plain finite one from ``act_lemmas`` coordinated with the clause's head: see ``_second_report``).
    PolNeAR annotators leave these out of the content."""
    head = _range_head(doc, first, last)
    for i in range(first + 1, last):
        token = doc[i]
        if token.text in ASIDE_SEPARATORS:
            aside = _trailing_constituent(doc, i + 1, last)
            if aside is not None and first <= aside.head.i < i and _is_aside(aside):
                return i - 1
        if token.lower_ in REPORT_CONJUNCTIONS and token.dep_ == "cc" and (report_lemmas or act_lemmas):
            verb = token.head
            for sibling in verb.children:
                if sibling.dep_ != "conj" or sibling.i <= i:
                    continue
                if ((sibling.pos_ == "VERB" and sibling.lemma_.lower() in report_lemmas
                        and not any(c.dep_ in SUBJECT_DEPS for c in sibling.children))
                        or _second_report(sibling, head, act_lemmas)):
                    cut = i - 1
                    while cut > first and doc[cut].text in ASIDE_SEPARATORS:
                        cut -= 1
                    return cut
    return last
