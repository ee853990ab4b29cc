"""The reported clause of a cue verb: which complement it is, and where it starts and ends."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.stages.grammar import PRESENT_TAGS, SUBJECT_DEPS
from accord.stages.statements.lexicon import CueLexicon
from accord.stages.statements.object_content import COORDINATING_WORDS, coordination_after
from accord.stages.statements.spans import aside_cut, trim_clause
from accord.stages.token_filters import sentence_of


# A noun-phrase object of a speech verb at least this long is a clause the parser misread (`says the
# movement appeals to voters`); shorter ones are things said (`said a prayer`, `said goodbye`).
MIN_MISPARSED_CLAUSE_TOKENS = 4
# A cue with one of these children reports that child, not the clause around it.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj"})
# Cue clauses longer than this many tokens after the speaker are not an interruption (`X, he said`)
# but a sentence of their own.
MAX_INTERRUPTION_TOKENS = 12
# `To win the county, the senator argued, a candidate must ...`: the parse hangs the reported sentence's
# opening clause on the interrupting cue; the cue clause then starts at its subject after the comma.
FRONTED_PART_IS_REPORTED = True
# `As Smith noted about the plan, ...`: a cue with a topic of its own reports that topic, not the host clause.
TOPIC_PREPOSITIONS = frozenset({"about", "of", "on", "over"})
# Whether reported content ends before a trailing aside (`..., throwing a wrench in ...`, `..., which
# raised concerns`) or a second report of the same speaker (`..., and urged ...`).
TRIM_ASIDES = True
# A reported clause the parse cut at a coordination (`said the budget was balanced, and the city would
# hire teachers`: the second clause hung on the cue verb) is carried on over the second clause when
# that clause cannot be the reporter's narration: its verb is backshifted to a modal or the present
# under a past cue, or it holds a quotation. Measured on PolNeAR train, annotators keep it in the content.
CARRY_COORDINATED_CLAUSES = True
# Subjects of a second clause that may be the speaker going on to do something (`and she left`).
NARRATOR_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# Subjects that point back at what was said (`..., and that is simply wrong`): a comment on it.
ANAPHORIC_SUBJECTS = frozenset({"that", "this", "which"})
PAST_CUE_TAGS = frozenset({"VBD"})
# `said the plan was sound, but that it would be late`: a conjunct opened by the complementizer `that`
# is a second complement of the cue whoever its subject is (even the speaker's own pronoun); counts in
# the commit message (PolNeAR train sample, seed 130181).
THAT_CONJUNCT_IS_REPORTED = True
# `A, he said, because B`: a reported sentence that resumes after the cue clause, by the words that can
# open its second part; PolNeAR annotates both parts as one discontinuous content, so the longer side
# is the one that finds it.
RESUMED_SENTENCE_LONGER_SIDE = True
RESUMING_DEPS = frozenset({"advcl", "ccomp", "prep", "dep", "conj"})
RESUMING_OPENERS = frozenset({"because", "that", "since", "so", "if", "unless", "including", "but", "and"})
# The tag of a possessive ending (`supporters'`), which is no quotation mark.
POSSESSIVE_TAG = "POS"
# A quotation opened inside the second clause (the closing mark of an enclosing quotation may hang on it).
OPENING_QUOTE_TAG = "``"
# What a linking or auxiliary verb needs to be a clause of its own rather than an ellipsis.
AUXILIARY_LEMMAS = frozenset({"be", "have", "do"})
CLAUSE_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "prep", "xcomp", "ccomp", "dobj", "advmod"})
# `It is unlikely; his team says she will ...`: of two complement clauses the parse hung on a cue, the
# one after it is what was said when the one before it is not a quotation (PolNeAR dev misses; hand
# precision on PolNeAR train reported in the session 8 notes).
PREFER_CLAUSE_AFTER_CUE = True
# ... also when the clause after the cue is a quoted sentence opened right after it (`..., he said,
# "I doubt it."`) and the one before is unquoted; counts in the commit message.
QUOTED_SENTENCE_AFTER_CUE = True
# `Reyes said after the vote she would not ...`: a subject-bearing clause after a speech verb
# that the parser made adverbial (no subordinator, not set off by punctuation) is its complement.
MISREAD_ADVERBIAL_COMPLEMENT = True
# Subordinators that open an indirect question a verb of asking takes (`asked him if ...`, `wondered whether ...`).
QUESTION_MARKS = frozenset({"if", "whether"})
# What a verb of asking asks for other than a question (`asked them to wait`, `asked for a delay`,
# `asked about the delay`): with one of these the `if` clause is a condition.
REQUEST_DEPS = frozenset({"xcomp", "ccomp"})
REQUEST_PREPOSITIONS = frozenset({"for", "about"})
PASSIVE_PARTICIPLE_TAG = "VBN"
# How many prepositional phrases deep (past the cue's own) a that-clause the parser hung on a noun is
# still the cue's complement (`wrote in the last of several posts that ...`); no comma may stand between.
NESTED_THAT_CLAUSE_DEPTH = 3


def interrupted_range(verb: Token, speaker: Token | None = None, tells: bool = False) -> tuple[int, int] | None:
    """Content of `X, he said.` / `X, said Cui.`: the sentence before a cue clause that closes it.
    ``tells``: the verb's object is its audience (`X, he told me, Y`), not content of its own."""
    doc = verb.doc
    sent = sentence_of(verb)
    first_cue, last_cue = verb.left_edge.i, verb.right_edge.i
    if speaker is not None and speaker.i < verb.i and speaker.head.i == verb.i and (
            verb.i - first_cue > MAX_INTERRUPTION_TOKENS
            or (FRONTED_PART_IS_REPORTED and first_cue < speaker.left_edge.i - 1 and doc[speaker.left_edge.i - 1].text == ",")):
        # The parse hung words of the reported clause on the cue (`..., if bogus, ideas ..., she
        # said`, `If the vote fails, she says, ...`): the cue clause starts at its subject.
        first_cue = speaker.left_edge.i
    while first_cue < verb.i and doc[first_cue].is_punct:
        first_cue += 1
    while last_cue > verb.i and doc[last_cue].is_punct:
        last_cue -= 1
    if verb.i - first_cue > MAX_INTERRUPTION_TOKENS or first_cue <= sent.start:
        return None
    # `X, he told me, Y`: the audience is no content, when the cue clause has its own subject (a verb
    # sharing another's subject, `made X, told him about Y`, interrupts nothing).
    own_subject = speaker is not None and speaker.head.i == verb.i
    if any(child.dep_ in CONTENT_DEPS and not (tells and own_subject and child.dep_ == "dobj") for child in verb.children):
        return None  # the cue has its own content; it does not report the host clause
    before = doc[first_cue - 1]
    if not (before.is_punct or before.is_quote):
        return None  # `X, he said` needs the comma (or closing quote) before the cue clause
    after = doc[last_cue + 1 : sent.end]
    if all(t.is_punct or t.is_space for t in after):
        return trim_clause(doc, sent.start, first_cue - 1)
    if not (after[0].is_punct or after[0].is_quote):
        return None  # `X, he said Y` without a comma: not an interruption
    # `Climate change, he said, is the greatest threat`: the longer side carries the content. One
    # span over both sides would hold the cue and the speaker, which the contract's content never
    # does (contract README: content is "what was said, without the cue or the speaker").
    head_part = trim_clause(doc, sent.start, first_cue - 1)
    tail_part = trim_clause(doc, last_cue + 1, sent.end - 1)
    return _longer(head_part, tail_part)


def comma_tag_range(verb: Token, tag_last: int) -> tuple[int, int] | None:
    """Content of `X, said Ruiz, Y` (``tag_last``: the tag's last word): the side holding the claim's verb
    (the sentence's main verb, or the cue's own clause when the parse made the cue the root), else the
    longer side. One span cannot hold both sides without the cue and speaker (contract README)."""
    doc = verb.doc
    sent = sentence_of(verb)
    head_part = trim_clause(doc, sent.start, verb.i - 2)
    tail_part = trim_clause(doc, tag_last + 2, sent.end - 1)
    return _claim_side(verb, head_part, tail_part, verb.i - 1, tag_last + 1)


def _claim_side(verb: Token, head_part: tuple[int, int], tail_part: tuple[int, int], first_cue: int,
                last_cue: int) -> tuple[int, int]:
    """Of the two sides of a name-after-cue tag (`X, said Ruiz, Y`), the one holding the claim's verb (the
    sentence's main verb, or the cue's own clause when the parse made the cue the root), else the longer.
    (The `X, she said, Y` frame keeps the longer side: the claim-verb choice there lowered PolNeAR dev
    recall, .677 -> .675.)"""
    claim = sentence_of(verb).root
    if claim.i == verb.i:
        claim = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    if claim.i > last_cue:
        return tail_part
    if claim.i < first_cue:
        return head_part
    return _longer(head_part, tail_part)


def _longer(head_part: tuple[int, int], tail_part: tuple[int, int]) -> tuple[int, int]:
    """The longer of two character ranges (the first on a tie)."""
    return head_part if head_part[1] - head_part[0] >= tail_part[1] - tail_part[0] else tail_part


def as_clause_range(verb: Token, tells: bool = False) -> tuple[int, int] | None:
    """Content of `As Smith noted, X` / `X, as Smith noted.` / `X, as Smith noted, Y`: the clause the
    as-clause comments on (its longer side when the as-clause interrupts it). The as-clause must be set
    off by a comma and the cue must have no content of its own (`as he said goodbye`), so a temporal
    `as` (`as he spoke about X, ...`) is left alone."""
    doc = verb.doc
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return None
    if any((c.dep_ in CONTENT_DEPS and not (tells and c.dep_ == "dobj")) or (c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS)
           for c in verb.children):
        return None
    sent, host = sentence_of(verb), verb.head
    if host.pos_ not in ("VERB", "AUX"):
        return None  # `as bad as she said`: a comparison, not a comment on a clause
    first, last = verb.left_edge.i, verb.right_edge.i
    while last > verb.i and doc[last].is_punct:
        last -= 1  # the parse may hang the comma that closes the as-clause on its verb
    comma_after = last + 1 < sent.end and doc[last + 1].text == ","
    comma_before = first - 1 >= sent.start and doc[first - 1].text == ","
    if not (comma_after or comma_before):
        return None
    sides = []
    for lo, hi in ((host.left_edge.i, first - 1), (last + 1, host.right_edge.i)):
        while lo <= hi and (doc[lo].dep_ == "cc" or doc[lo].is_punct):
            lo += 1  # `But as X said, ...`: the connective is the reporter's
        if lo <= hi:
            sides.append(trim_clause(doc, lo, hi))
    sides = [side for side in sides if side[1] > side[0]]
    return max(sides, key=lambda side: side[1] - side[0]) if sides else None


def clause_after_statement_noun(verb: Token, lex: CueLexicon) -> Token | None:
    """`said in a statement that ...`: the parser hangs the that-clause on `statement`."""
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for pobj in child.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in lex.statement_nouns:
                for clause in pobj.children:
                    if clause.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                        return clause
    return None


def that_clause_on_object(verb: Token) -> Token | None:
    """`is telling customers at a diner that "..."`: the parser hangs the that-clause on a noun
    after the cue as if it were a relative clause; a complementizer `that` (a mark, not a relative
    pronoun) shows it is the cue's complement."""
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for noun in nouns:
        for clause in noun.children:
            if clause.dep_ in ("relcl", "acl") and clause.i > noun.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return clause
    if NESTED_THAT_CLAUSE_DEPTH:
        return _that_clause_in_phrases(verb, [g for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                                               for g in c.children if g.dep_ == "pobj"], NESTED_THAT_CLAUSE_DEPTH)
    return None


def _that_clause_in_phrases(verb: Token, nouns: list[Token], depth: int) -> Token | None:
    """`wrote in the last of several posts that X`, `said on Monday in a talk with a radio host that X`:
    a that-clause with its own subject hung on a noun nested in the cue's prepositional phrases."""
    doc = verb.doc
    for _ in range(depth):
        nested = [g for noun in nouns for c in noun.children if c.dep_ == "prep" and c.i > noun.i
                  for g in c.children if g.dep_ == "pobj"]
        for noun in nested:
            for clause in noun.children:
                if (clause.dep_ in ("relcl", "acl") and clause.i > noun.i and _opens_with_that(clause)
                        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
                        and not any(t.text in ",;:" for t in doc[verb.i + 1 : clause.left_edge.i])):
                    return clause
        nouns = nested
    return None


def _reported_conjunct(verb: Token, conj: Token, speaker: Token | None, lex: CueLexicon) -> bool:
    """Whether a clause coordinated with a cue verb continues what was said rather than the story:
    it has its own subject (not a pronoun that may be the speaker, not the speaker), is no cue of its
    own, and is backshifted (a modal or the present under a past cue) or holds a quotation."""
    if conj.pos_ not in ("VERB", "AUX"):
        return False
    if THAT_CONJUNCT_IS_REPORTED and _opens_with_that(conj):
        return True  # `said X, but that he would not Y`: a second complement of the cue
    if conj.lemma_.lower() in lex.verbs:
        return False
    if (conj.pos_ == "AUX" or conj.lemma_.lower() in AUXILIARY_LEMMAS) and not any(c.dep_ in CLAUSE_PREDICATE_DEPS for c in conj.children):
        return False  # `..., and it hasn't`: an elliptical clause is the reporter's comment
    subjects = [c for c in conj.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return False  # none, or two (`it hasn't because voters care`: an ellipsis the parse fused)
    subject = subjects[0]
    if subject.lower_ in NARRATOR_PRONOUNS or subject.lower_ in ANAPHORIC_SUBJECTS or subject.tag_ in ("WP", "WDT"):
        return False
    if speaker is not None and subject.lower_ == speaker.lower_:
        return False
    auxiliaries = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return True
    if verb.tag_ in PAST_CUE_TAGS and any(t.tag_ in PRESENT_TAGS for t in [conj, *auxiliaries]):
        return True
    return any(t.tag_ == OPENING_QUOTE_TAG for t in conj.doc[conj.left_edge.i : conj.right_edge.i + 1])


def _opens_with_that(clause: Token) -> bool:
    """Whether the clause opens with a complementizer `that` (its mark at its left edge)."""
    first = clause.left_edge
    return first.dep_ == "mark" and first.lower_ == "that" and first.head.i == clause.i


def coordinated_clause_end(verb: Token, last: int, speaker: Token | None, lex: CueLexicon) -> int:
    """The end of a reported clause ``..last`` carried on over a second reported clause (see
    ``CARRY_COORDINATED_CLAUSES``)."""
    if not CARRY_COORDINATED_CLAUSES:
        return last
    conj = coordination_after(verb, last, COORDINATING_WORDS)
    if conj is None or not _reported_conjunct(verb, conj, speaker, lex):
        return last
    return conj.right_edge.i


def longer_side(verb: Token, first: int, last: int) -> tuple[int, int]:
    """`A, he said, because B`: when the reported sentence resumes after a cue clause that interrupts
    it, the longer of its two sides (one span over both would hold the cue and the speaker, which the
    contract's content never does); else the clause ``first..last`` before the cue."""
    doc = verb.doc
    for child in verb.children:
        if child.i <= verb.i or child.dep_ not in RESUMING_DEPS:
            continue
        start = child.left_edge.i
        if start <= verb.i or doc[start - 1].text != "," or not (doc[start].lower_ in RESUMING_OPENERS or doc[start].tag_ == OPENING_QUOTE_TAG):
            continue
        end = child.right_edge.i
        while end > start and (doc[end].is_punct and not doc[end].is_quote):
            end -= 1
        if doc[end].idx + len(doc[end].text) - doc[start].idx > doc[last].idx + len(doc[last].text) - doc[first].idx:
            return start, end
        return first, last
    return first, last


def reported_range(doc: Doc, first: int, last: int, lex: CueLexicon, cue: int) -> tuple[int, int]:
    """A reported clause's character range, without a trailing aside of the reporter's when the
    clause follows its cue (before the cue, `..., Sun said`, the whole clause is the speaker's)."""
    if first < cue < last and doc[first].tag_ == "WDT" and first + 1 < cue:
        first = cue + 1  # `a strike that executives said could ...`: not the relative pronoun and the cue
    if TRIM_ASIDES and first > cue:
        last = aside_cut(doc, first, last, lex.speech_verbs, lex.act_verbs)
    return trim_clause(doc, first, last)


def _complement_clause(child: Token) -> bool:
    """A clause the verb takes as its complement (`said that X`, `wants him to go`, with a subject)."""
    return child.dep_ == "ccomp" or (child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX")
                                     and any(c.dep_ in SUBJECT_DEPS for c in child.children))


def _quoted(doc: Doc, first: int, last: int) -> bool:
    """Whether a quotation mark stands in ``first..last`` (a possessive apostrophe, `supporters'`, is none)."""
    return any(t.is_quote and t.tag_ != POSSESSIVE_TAG for t in doc[first : last + 1])


def _opens_quoted_sentence(verb: Token, clause: Token) -> bool:
    """`when pressed on X, he said, "I doubt it."`: only a comma or colon and an opening quotation
    mark stand between the cue and the clause, whose first word is capitalized: a quoted sentence of
    its own, which the cue reports rather than the unquoted clause before it."""
    if not QUOTED_SENTENCE_AFTER_CUE:
        return False
    doc = verb.doc
    first = clause.left_edge.i
    while first < clause.i and doc[first].is_quote:
        first += 1
    between = doc[verb.i + 1 : first]
    return (any(t.is_quote for t in between) and all(t.is_quote or t.text in (",", ":") for t in between)
            and doc[first].text[:1].isupper())


def clause_children(verb: Token, speech: bool) -> list[Token]:
    """The verb's complement clauses, the one it reports first. A clause after the verb comes before
    an unquoted one the parse hung on it from before its subject (`It is unlikely; his team says she
    will ...`, `While most agreed X, Barabak noted that Y`); a speech verb's subject-bearing adverbial
    clause after it with no subordinator is a complement the parser misread (`said after the
    vote she would not ...`)."""
    clauses = [c for c in verb.children if _complement_clause(c)]
    after = [c for c in clauses if c.i > verb.i]
    before = [c for c in clauses if c.i < verb.i]
    if (PREFER_CLAUSE_AFTER_CUE and after and before and not _quoted(verb.doc, before[0].left_edge.i, verb.i)
            and (not _quoted(verb.doc, verb.i, after[0].left_edge.i) or _opens_quoted_sentence(verb, after[0]))
            and not any(t.text == ":" for t in verb.doc[verb.i : after[0].left_edge.i])):
        return after + before  # not `X, she said: "..."`: the colon's quotation is told on its own
    if not clauses and speech and MISREAD_ADVERBIAL_COMPLEMENT:
        return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and _opens_with_subject(c)][:1]
    return clauses


# Negation clitics the parser may leave outside both halves of one clause (`they don’t know`, with a
# curly apostrophe, parsed as `do` and `know`, two complements, and `n’t` as punctuation between them).
NEGATION_CLITICS = frozenset({"n't", "n’t", "not"})


def negation_split_end(verb: Token, clause: Token) -> int:
    """The last token of a reported clause the parser split at its negation (`say they don’t yet know
    X`: `do` and `know yet X` two complements of `say`, `n’t` hung on `say`): the second half's end
    when only a negation clitic stands between the halves, the clitic when it ends the clause
    (`say they can’t.`), else the clause's own end."""
    doc = verb.doc
    last = clause.right_edge.i
    for other in verb.children:
        if other.i <= last or not _complement_clause(other):
            continue
        between = doc[last + 1 : other.left_edge.i]
        if len(between) and all(t.lower_ in NEGATION_CLITICS and t.head.i == verb.i for t in between):
            return other.right_edge.i
        break
    if last + 1 < len(doc) and doc[last + 1].lower_ in ("n't", "n’t") and doc[last + 1].head.i == verb.i:
        return last + 1  # `they say they can’t.`: the clitic ends the clause
    return last


def question_clauses(verb: Token) -> list[Token]:
    """`asked the mayor on Tuesday if the bridge would open`: the parser makes an indirect question
    after a verb of asking an adverbial clause (a condition); opened by `if` or `whether`, it is the
    question asked (the object before it is the one asked, not what was asked). A verb that already
    asks for something (`asked for a delay if ...`, `asked them to wait if ...`) keeps the clause a condition."""
    if any(c.dep_ in REQUEST_DEPS or (c.dep_ == "prep" and c.lower_ in REQUEST_PREPOSITIONS) for c in verb.children):
        return []
    if verb.tag_ == PASSIVE_PARTICIPLE_TAG and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []  # `Asked if he would run, the senator smiled`: the senator was asked; the asker is not named
    return [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i and c.left_edge.lower_ in QUESTION_MARKS
            and c.left_edge.dep_ == "mark" and c.left_edge.head.i == c.i][:1]


def _opens_with_subject(clause: Token) -> bool:
    """A finite clause whose subject comes first, past at most a time or place phrase, with no
    subordinator (`after the vote she would not ...`; not `when he announced ...`) and not set
    off by punctuation from the verb before it."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)
    if subject is None or clause.pos_ not in ("VERB", "AUX") or clause.doc[clause.left_edge.i - 1].is_punct:
        return False
    return all(c.dep_ in ("prep", "npadvmod") for c in clause.children if c.i < subject.i)


def object_as_clause(verb: Token) -> tuple[int, int] | None:
    """`says the movement appeals to ...` parsed with `appeals` as the object of `says`: a clause-only
    verb with a long object after it reports the clause that object starts (first and last token); a
    short object (`said a prayer`) or a pronoun (`said nothing about X`) is not taken."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ == "PRON" or obj.right_edge.i - obj.left_edge.i + 1 < MIN_MISPARSED_CLAUSE_TOKENS:
        return None
    last = max([obj.right_edge.i, *(c.right_edge.i for c in verb.children if c.i > obj.i and c.dep_ != "punct")])
    return obj.left_edge.i, last
