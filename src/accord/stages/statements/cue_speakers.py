"""Who speaks for a cue verb: its subject, else the speaker a misparse put elsewhere (after a quotation, a comma)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.animacy import animate
from accord.stages.statements.lexicon import CueLexicon
from accord.stages.token_filters import sentence_of


# Relations by which the small parser hangs a poll share (`4 in 10 say`) on the verb instead of
# making it the subject.
POLL_SHARE_DEPS = frozenset({"nummod", "npadvmod", "advmod"})
# ... or, when it is not tagged a number, labelled as one (`half said so`: an adverb, but CARDINAL).
POLL_SHARE_LABELS = frozenset({"CARDINAL", "PERCENT"})
# Relations that pass a subject down to a subject-less cue verb (`He smiled and said ...`, `..., adding that`).
SUBJECT_SHARING_DEPS = frozenset({"conj", "advcl", "xcomp", "acomp", "prep"})
# Who is quoted in `A quoted B as saying` (the object) and `B was quoted by A as saying` (the passive subject).
QUOTED_PERSON_DEPS = frozenset({"dobj", "nsubjpass"})
# Prepositions whose gerund shares the subject of the clause (`responded by saying`, `after saying`,
# `focused on criticizing`).
MANNER_PREPOSITIONS = frozenset({"by", "after", "before", "while", "in", "without", "on"})
# Parts of speech of the noun a stance participle modifies that holds its view (`a super PAC backing
# Bush`, `those supporting Clinton`: a demonstrative pronoun stands for the people).
PARTICIPLE_HOLDER_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Relations the parser gives a speech verb's subject when it hangs it on the phrase before it
# (`At a rally for X, former president Y said ...`: Y an apposition of X).
MISATTACHED_SUBJECT_DEPS = frozenset({"appos", "conj", "pobj"})
# Words such a subject may have back to its comma (`former White House chief of staff ...` is longer
# but has a preposition and is not taken).
MAX_MISATTACHED_SUBJECT_TOKENS = 8
# `Under the deal, Ana Ruiz, 61, said ...`: such a subject may carry an age set off by commas.
SKIP_AGE_BEFORE_CUE = True
# A subject that is a time, date or number is a misparse (`At 2:40 p.m. the campaign said ...` parsed
# with the time as subject), never who spoke.
# Not CARDINAL, PERCENT or ORDINAL: poll shares (`55 percent said`, `a third said`, `Two of them said`)
# are true speakers.
NON_SPEAKER_LABELS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY"})
# ... except an age standing for a person (`said the 46-year-old`).
AGE_UNITS = frozenset({"year", "years", "month", "months"})
# `"...," Ramos, 58, told AFP`: at most this many tokens between the closing quotation and its cue.
MAX_SPEAKER_AFTER_QUOTE_TOKENS = 10
# ... or this many when the name is followed by a comma-delimited aside (`"...," Hart, wearing a red
# hat and campaign pins, said`): an apposition can run long, but it is closed by a comma before the cue.
MAX_SPEAKER_AFTER_ASIDE_TOKENS = 40
# Punctuation that ends a quotation attributed after it (`"...,"`, `"...?"`, `"...!"`).
QUOTE_CLOSING_PUNCT = frozenset({",", "?", "!", "-", "—"})
# Punctuation that ends the speaker's name after a quotation (`Ramos, 58, told`, `Ramos (AFP) said`).
SPEAKER_END_PUNCT = frozenset({",", "(", "-", "—", "–"})
# `"...," wrote a reader from Ohio`: the words of an inverted speaker's noun phrase before its head,
# and how far after the cue that head may be.
INVERTED_SPEAKER_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod"})
MAX_INVERTED_SPEAKER_TOKENS = 5
# `X, said Ruiz, Y`: a speech tag inside a sentence is a finite verb (`, telling few people about it,` is
# a participle phrase of the sentence's subject), and the name after it is never the cue's object.
COMMA_TAG_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
COMMA_TAG_OBJECT_DEPS = frozenset({"dobj", "dative"})
# Asides of a subject a comma closes right before its cue (`Aides, who served in Congress, said ...`).
SUBJECT_ASIDE_DEPS = frozenset({"relcl", "appos", "acl"})
# ... and a phrase opening with these possessives after the cue is the start of what was said (the parse
# is unstable on such sentences); `said his spokesman` is a tag, so `his`/`her` are not listed.
COMMA_TAG_NON_SPEAKER_POSSESSIVES = frozenset({"their", "its", "our", "my", "your"})
# Entity types of a dateline's place, which the parser may make a second subject of the story's first verb.
DATELINE_PLACE_TYPES = frozenset({"GPE", "LOC"})


def subject_of(verb: Token, stance_participles: frozenset[str] = frozenset(),
               report_verbs: frozenset[str] = frozenset()) -> Token | None:
    """The verb's subject, or the agent of a passive, a poll share hung on the verb, the noun a
    participle modifies, or a subject shared through conjunction. A report verb conjoined to the
    clause another report verb reports (`X said A, and urged B`) shares that verb's subject."""
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if subjects:
        # Several subjects mean a misparsed quotation (`"If it ...," said Acton`): the nearest wins.
        return min(subjects, key=lambda child: abs(child.i - verb.i))
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    for child in verb.lefts:
        if child.dep_ in POLL_SHARE_DEPS and (child.pos_ == "NUM" or child.ent_type_ in POLL_SHARE_LABELS):
            return child  # `About 4 in 10 say ...`: the parser hangs the share on the verb as a number
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in PARTICIPLE_HOLDER_POS and verb.lemma_.lower() in stance_participles:
        # `a super PAC backing Bush`: the noun the participle modifies holds the view. Only stance
        # verbs: with every participle, dev speaker spans fell (0.914 -> 0.910).
        return verb.head
    quoting = _quoting_verb(verb)
    if quoting is not None:
        # `IRNA quoted Araghchi as saying ...`: the one quoted speaks (the agency only reports it); passive
        # `Araghchi was quoted by IRNA as saying ...`: the passive subject.
        quoted = next((c for c in quoting.children if c.dep_ in QUOTED_PERSON_DEPS), None)
        if quoted is not None:
            return quoted
    head = verb
    for _ in range(3):  # a short climb: `X smiled and said`, `X said ..., adding that`
        if head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.lower_ in MANNER_PREPOSITIONS:
            head = head.head  # `X began by saying ...`: the gerund's subject is the clause's
        if head.dep_ not in SUBJECT_SHARING_DEPS or head.head.i == head.i:
            break
        if (head.dep_ == "conj" and head.head.dep_ == "ccomp" and verb.lemma_.lower() in report_verbs
                and head.head.head.lemma_.lower() in report_verbs):
            head = head.head  # the parser hung `urged` on the reported clause, not on `said`
        head = head.head
        shared = [child for child in head.children
                  if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and head.lemma_ == "quote")]  # `was quoted as saying`
        if shared:
            # Several subjects: not a place the parser made one ("DES MOINES, Iowa - Sen. Ellen Park continued ...,
            # questioning": the dateline's place is no subject of the verbs).
            return next((c for c in shared if c.ent_type_ not in DATELINE_PLACE_TYPES), shared[0])
    return None


def shared_report_subject(verb: Token, lex: CueLexicon) -> Token | None:
    """`X said the plan was reckless, and accused Y of Z`: a subject-less cue verb the parser conjoined to the
    clause a speech verb before it reports shares that speech verb's subject when the clause's own subject
    cannot speak (`the plan`); with a speaking one (`X said he spoke to Y and asked Z`) the conjunct may be
    part of what is reported, so the usual climb decides."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    report = clause.head
    if not report.i < clause.i < verb.i or report.lemma_.lower() not in lex.speech_verbs:
        return None  # `"..., and dismissed it," you said`: a quotation parsed before its cue is no such clause
    if verb.tag_ != report.tag_:
        return None  # `X thinks the fee will harm and ruin us`: a form the speech verb's subject cannot take
    if any(t.is_quote for t in verb.doc[report.i : verb.i]):
        return None  # `X said: "the right wing has mocked and sought ..."`: the conjunct is the quotation's own
    clause_subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if clause_subject is None or _person_like(clause_subject, lex):
        return None
    return next((c for c in report.children if c.dep_ == "nsubj"), None)


def _person_like(token: Token, lex: CueLexicon) -> bool:
    """Whether ``token`` is animate other than as a source noun (`the plan`, `the report` voice views only
    as the subject of a cue of their own, not as the subject of a clause someone reports)."""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or token.pos_ == "PRON":
        return animate(token, lex)
    return animate(token, lex) and token.lemma_.lower() not in lex.source_nouns


def _quoting_verb(verb: Token) -> Token | None:
    """The `quote` of `quoted X as saying`: ``verb`` is the gerund after its `as`."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "as" or prep.head.lemma_.lower() != "quote":
        return None
    return prep.head


def quotes_as_saying(verb: Token) -> bool:
    """Whether a `quote` verb reports its object through `as saying ...` (that gerund is the statement's cue)."""
    return verb.lemma_.lower() == "quote" and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children)


def speaker_after_quote(verb: Token) -> Token | None:
    """`"...," Ramos, 58, told AFP`: the name between a closing quotation and its cue when the parse
    gave the cue no subject of its own (it made the name a conjunct of the quoted clause), or gave it
    a subject inside the quotation (`"Good work, good team," Smith said`: `work` parsed as subject).
    The name may be followed by a comma-delimited aside (`Hart, wearing a red hat, said`)."""
    doc = verb.doc
    start = sentence_of(verb).start
    j = _closing_quote_before(verb, start)
    if j is None:
        return None
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    if subjects and not all(_inside_quotation(s, j) for s in subjects):
        return None
    last = j + 1
    while last + 1 < verb.i and doc[last + 1].text not in SPEAKER_END_PUNCT:
        last += 1
    if verb.i - j > MAX_SPEAKER_AFTER_QUOTE_TOKENS and not _aside_before(doc, last + 1, verb.i):
        return None
    if j <= start:
        return None
    chunk = doc[j + 1 : last + 1]
    root = chunk.root
    if root.pos_ not in ("PROPN", "NOUN", "PRON") and _name_phrase(chunk):
        root = chunk[-1]  # `"...," Tulsa police Chief Ann Lee said`: the tagger made the first word a verb
    if root.pos_ not in ("PROPN", "NOUN", "PRON") or root.ent_type_ in NON_SPEAKER_LABELS:
        return None
    return root


def _closing_quote_before(verb: Token, start: int) -> int | None:
    """The closing quotation mark (after `,` `?` `!` or a dash) nearest before ``verb`` in its
    sentence (which opens at token ``start``: ``Token.sent`` walks the parse, so the caller's is passed), at
    most ``MAX_SPEAKER_AFTER_ASIDE_TOKENS`` back, with words between them."""
    doc = verb.doc
    j = verb.i - 1
    while j > start and verb.i - j <= MAX_SPEAKER_AFTER_ASIDE_TOKENS and not doc[j].is_quote:
        j -= 1
    if j <= start or not doc[j].is_quote or doc[j - 1].text not in QUOTE_CLOSING_PUNCT or j + 1 >= verb.i:
        return None
    return j


def _inside_quotation(token: Token, closing: int) -> bool:
    """Whether ``token`` lies between an opening quotation mark of its sentence and ``closing``; the mark may
    be the token right before the sentence (the parser can split an opening "''" off as a sentence of its own)."""
    doc = token.doc
    if token.i >= closing:
        return False
    return any(doc[k].is_quote for k in range(max(sentence_of(token).start - 1, 0), token.i))


def _aside_before(doc: Doc, comma: int, verb_i: int) -> bool:
    """`Hart, wearing a red hat and pins, said`: from ``comma`` the words up to the verb are one
    comma-delimited aside (a comma opens it, a comma closes it right before the verb)."""
    return (comma < verb_i - 1 and doc[comma].text == "," and doc[verb_i - 1].text == ","
            and not any(t.is_quote for t in doc[comma:verb_i]))


def _name_phrase(chunk: Span) -> bool:
    """Words that can only be a title and a name (`Tulsa police Chief Ann Lee`): each capitalised or a
    common noun, ending in a proper noun; the tagger may have read a capitalised word as a verb."""
    return chunk[-1].pos_ == "PROPN" and len(chunk) > 1 and all(
        t.is_title or (t.pos_ == "NOUN" and t.is_lower) for t in chunk)


def speaker_after_inverted_cue(verb: Token, lex: CueLexicon) -> Token | None:
    """`"...," tweeted a supporter from Ohio` / `"..." wrote a reader calling himself X`: the animate noun
    phrase right after a cue that follows a closing quotation mark, when the parse gave the cue no
    subject (it made the speaker the cue's object or the subject of a clause after it)."""
    doc = verb.doc
    if verb.i == 0 or not doc[verb.i - 1].is_quote or doc[verb.i - 1].tag_ != "''":
        return None
    return _noun_phrase_after(verb, lex)


def comma_tag_speaker(verb: Token, lex: CueLexicon) -> tuple[Token, int] | None:
    """`The real problem, said Ana Ruiz, the agency's director, is ...`: the person named in a speech tag
    set off by commas inside an unquoted sentence, and the index of the tag's last word. The parse makes
    the fronted phrase the cue's subject or hangs the name on the host clause; the name after the cue is
    who spoke."""
    doc = verb.doc
    sent = sentence_of(verb)
    if (verb.tag_ not in COMMA_TAG_VERB_TAGS or verb.i - 1 <= sent.start or doc[verb.i - 1].text != ","
            or any(t.is_quote for t in sent)):
        return None
    speaker = _noun_phrase_after(verb, lex)
    if speaker is None or (speaker.head.i == verb.i and speaker.dep_ in COMMA_TAG_OBJECT_DEPS):
        return None  # `, telling few people about ...`: a participle's or verb's object is its audience
    if doc[verb.i + 1].lower_ in COMMA_TAG_NON_SPEAKER_POSSESSIVES:
        return None  # `said their plans, long in the works, would ...`: what is reported, not who reports it
    if _closes_subject_aside(doc[verb.i - 2], verb):
        return None  # `Aides, who served in Congress, said the plans, long in the works, would ...`: an ordinary cue
    last = speaker.right_edge.i
    while last > speaker.i and doc[last].is_punct:
        last -= 1
    after = last + 1
    if after >= sent.end - 1 or doc[after].text != "," or all(t.is_punct for t in doc[after + 1 : sent.end]):
        return None  # the tag closes the sentence (`X, said Ruiz.`): the usual interrupted frame reports it
    return speaker, last


def _closes_subject_aside(token: Token, verb: Token) -> bool:
    """``token`` ends a relative clause or apposition inside the cue's own subject (`Aides to X, who ...,
    said`): the comma before the cue closes that aside, not a fronted part of the claim."""
    in_aside = False
    for node in (token, *token.ancestors):
        in_aside = in_aside or node.dep_ in SUBJECT_ASIDE_DEPS
        if node.dep_ in SUBJECT_DEPS and node.head.i == verb.i:
            return in_aside
    return False


def _noun_phrase_after(verb: Token, lex: CueLexicon) -> Token | None:
    """The head of the animate noun phrase that starts right after ``verb`` (`said the city's mayor`)."""
    doc = verb.doc
    last = min(len(doc), verb.i + 1 + MAX_INVERTED_SPEAKER_TOKENS)
    for j in range(verb.i + 1, last):
        token = doc[j]
        if token.pos_ in ("NOUN", "PROPN"):
            while (token.dep_ in INVERTED_SPEAKER_MODIFIER_DEPS and token.i < token.head.i < last
                   and token.head.pos_ in ("NOUN", "PROPN")):
                token = token.head
            if token.ent_type_ in NON_SPEAKER_LABELS or not animate(token, lex):
                return None
            return token
        if token.dep_ not in INVERTED_SPEAKER_MODIFIER_DEPS and token.pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return None


def _before_age(doc: Doc, i: int) -> Token | None:
    """`..., Marcel Lazar, 44, said`: the name before an age set off by commas right before token ``i``."""
    if not SKIP_AGE_BEFORE_CUE or i < 4 or doc[i - 1].text != "," or doc[i - 3].text != ",":
        return None
    age = doc[i - 2]
    return doc[i - 4] if age.like_num and age.head.i == i - 4 else None


def subject_misattached_before(verb: Token) -> Token | None:
    """`At a rally for Dana Whitfield, former governor Tom Whitfield said ...`: the parser made the name
    before a subject-less speech verb an apposition inside the opening phrase. The name directly before
    the verb, after a comma, whose phrase the parser hung elsewhere, is the verb's subject."""
    doc = verb.doc
    if verb.i == 0 or verb.i - 1 < sentence_of(verb).start:
        return None
    name = _before_age(doc, verb.i) or doc[verb.i - 1]
    if name.pos_ not in ("PROPN", "NOUN") or name.dep_ not in MISATTACHED_SUBJECT_DEPS or name.head.i > name.i:
        return None
    first = name.i  # the words back to the comma must make one noun phrase (`her husband Karl Weber`)
    while first - 1 >= sentence_of(verb).start and name.i - first < MAX_MISATTACHED_SUBJECT_TOKENS and (
            doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET") or doc[first - 1].dep_ == "poss"):
        first -= 1
    if first - 1 < sentence_of(verb).start or doc[first - 1].text != ",":
        return None
    return name


def participle_source(verb: Token, lex: CueLexicon) -> Token | None:
    """`released a statement saying ...`, `a letter stating ...`, `with 50 percent saying ...`: a speech
    participle modifying a noun reports what that noun's author says. A statement noun speaks for
    whoever issued it (the subject of an issuing verb it is the object of, else the noun itself); a person,
    a group, a share of a poll or a source noun speaks for itself (issue 13 item 4); on a gathering the parser
    hung it on (`entered the talks saying ...`), the doer of the verb governing the gathering speaks."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    noun = verb.head
    if noun.lemma_.lower() in lex.statement_nouns:
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.issuing_verbs:
            issuer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
            if issuer is not None:
                return issuer
        return noun
    if noun.ent_type_ in POLL_SHARE_LABELS or animate(noun, lex):
        return noun
    if (noun.lower_ in lex.occasion_nouns or noun.lemma_.lower() in lex.occasion_nouns) and noun.dep_ == "dobj":
        # `Tehran entered the session saying that ...`: the participle hung on a gathering is the doer's adjunct
        doer = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if doer is not None and animate(doer, lex):
            return doer
    return None


def age_noun(token: Token) -> bool:
    """`said the 46-year-old`: an age standing for a person (the model labels it a DATE)."""
    doc = token.doc
    return token.lower_ == "old" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in AGE_UNITS
