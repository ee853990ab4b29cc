"""Present-tense cue verbs the tagger read as plural nouns (`Jones claims he is owed $5 million`,
`Ruiz predicts that the vote will slip`): a name opening its clause, the cue, then a reported clause
(issue 13). The parse makes `Jones claims` a noun phrase (`claims` its head or the name's object), so
no verb cue fires; the word's lemma and the clause after it still tell the statement.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.candidate import Candidate
from accord.stages.statements.clause_content import reported_range
from accord.stages.statements.lexicon import CueLexicon
from accord.stages.statements.spans import token_range
from accord.stages.token_filters import sentence_of

# The tag the tagger gives a third-person verb it reads as a noun (`claims`, `predicts`, `writes`).
MISREAD_VERB_TAG = "NNS"
# Cue classes whose present tense opens a reported clause (`X says ...`, `X believes ...`).
CLAUSE_CUE_CLASSES = frozenset({"speech", "stance"})
# Tags of a finite verb: the words after the cue must hold a clause of their own, not a noun phrase
# (`Smith claims victory`, a headline's `Smith claims nomination`: no statement).
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
# Words and marks after which a name opens a clause (`But Jones claims ...`, `..., and Jones says ...`);
# a determiner or a possessive before the name makes `Jones claims` a noun phrase (`the Jones claims`).
CLAUSE_OPENER_TAGS = frozenset({"CC", "IN", ",", ":", "``", "''", "-LRB-", "HYPH", "NFP"})


def _name_start(name: Token) -> int:
    """The first word of the name ending at ``name`` (`Paul Ryan`: the index of `Paul`)."""
    doc = name.doc
    first = name.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head.i in (first, name.i, name.head.i):
        first -= 1
    return first


def _opens_clause(doc_index: int, token: Token) -> bool:
    """Whether the word at ``doc_index`` starts its sentence or follows a clause opener."""
    if doc_index == sentence_of(token).start:
        return True
    return token.doc[doc_index - 1].tag_ in CLAUSE_OPENER_TAGS


def _has_clause(token: Token, first: int, last: int) -> bool:
    """Whether tokens ``first..last`` hold a finite verb with its own subject among them."""
    doc = token.doc
    for subject in doc[first : last + 1]:
        verb = subject.head
        if subject.dep_ in SUBJECT_DEPS and first <= verb.i <= last and (
                verb.tag_ in FINITE_TAGS or any(a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE_TAGS for a in verb.children)):
            return True
    return False


def misread_cue_candidate(token: Token, lex: CueLexicon) -> Candidate | None:
    """`Jones claims he is owed ...` with `claims` tagged a plural noun: Jones says the clause after it."""
    lemma = token.lemma_.lower()
    if (token.tag_ != MISREAD_VERB_TAG or not token.lower_.endswith("s") or lemma not in lex.clause_verbs
            or lex.verb_class.get(lemma) not in CLAUSE_CUE_CLASSES or token.i == 0):
        return None
    doc = token.doc
    name = doc[token.i - 1]
    if not (name.pos_ == "PROPN" or (name.pos_ == "NOUN" and name.is_title and (
            name.i == sentence_of(token).start or name.ent_type_))):
        return None  # a capitalized common noun counts only as the sentence's first word or an entity
    if name.head.i != token.i and token.head.i != name.i:
        return None  # the two words are not one phrase in the parse: no misread verb between them
    start = _name_start(name)
    if not _opens_clause(start, token):
        return None
    sentence = sentence_of(token)
    first, last = token.i + 1, sentence.end - 1
    if first <= last and doc[first].lower_ == "that":
        first += 1
    if first > last or not _has_clause(token, first, last):
        return None
    content = reported_range(doc, first, last, lex, token.i)
    # The name's subtree may run over the whole sentence (the parse can make it the root): the
    # speaker is the name's own words.
    return Candidate(token_range(doc, token.i, token.i), name, content, "clause", speaker_span=token_range(doc, start, name.i))
