"""Speakers: the mention as written (full noun phrase without appositions and relative clauses) and
its resolved identity — surname to full name, pronoun to the right earlier person, title and PLOVER
affiliation from the actor lexicon.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from accord.knowledge.actors import ActorCode, lookup_actor, title_entry
from accord.knowledge.loader import read_json
from accord.stages.base import ArticleState
from accord.stages.entities import persons, resolve_mention
from accord.stages.entities.finder import title_fits, title_words
from accord.stages.entities.envoys import envoy_to_body
from accord.stages.entities.topics import described_country
from accord.stages.entities.variants import name_words
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.coordination import joined_code, joined_name, name_conjuncts, named_before_others

# Children of a speaker's head that are not part of the speaker as written.
DROPPED_SPEAKER_DEPS = frozenset({"relcl", "appos", "acl", "punct", "advcl", "parataxis", "cc", "conj", "prep", "case"})
# Prepositions whose phrase stays in a speaker (`members of Congress`, `a spokesman for the campaign`).
KEPT_SPEAKER_PREPS = frozenset({"of", "for", "from", "at", "with"})
# A pronoun is resolved to a person mentioned at most this many sentences earlier; beyond that the
# reader has lost the thread too and the name would be a guess.
MAX_PRONOUN_SENTENCE_DISTANCE = 6
# Relations inside a name-with-title chain (`Ukrainian Defense Minister Rustem Umerov`).
NAME_CHAIN_DEPS = frozenset({"compound", "amod", "det", "nmod", "punct", "prep", "pobj"})
PERSON_LABELS = frozenset({"PERSON"})
# A person's first, full-name mention counts as a sentence subject for pronoun resolution: news introduces
# the next speaker by name ("Like Lutnick, Kevin Hassett, director of ..., emphasized ... He said").
INTRODUCTION_IS_SALIENT = True
# A person named first in a sentence is its topic for pronoun resolution, whatever the parse ("Trump, in an
# interview with Fox News' show, said ..." parsed with "show" as the subject) -- unless the name only modifies
# another word ("Trump administration officials", "Biden's remark").
NAME_MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
# Links climbed from the noun a "who" hangs on to the person its apposition describes ("a strategist and
# Clinton supporter who", "the leader of the opposition in X, who"): conjuncts, prepositional objects, appositions.
DESCRIPTION_DEPS = frozenset({"conj", "pobj", "prep", "appos", "compound"})
MAX_DESCRIPTION_STEPS = 6
# A speaker as written never starts with a preposition or conjunction (`after half said so`).
LEADING_NON_SPEAKER_POS = frozenset({"ADP", "SCONJ", "CCONJ"})
# A definite role ("the Vermont senator") names the person who spoke just before when it has at most this many
# words (a hyphenated word is one: "the former three-term governor" has four) and that person spoke at most
# this many sentences earlier (the same or the previous sentence).
ROLE_REFERENCE_MAX_WORDS = 5
ROLE_REFERENCE_SENTENCES = 1
# An author line closes an opinion piece in one or two sentences ("X is a professor at Y. He writes on Z.").
AUTHOR_LINE_SENTENCES = 2
# Marks that may open a quoted sentence (straight, curly and doubled single quotes).
OPENING_MARKS = frozenset("\"'“‘«")
# Dashes that end a dateline or a kicker; a speaker as written never reaches back across one.
DATELINE_DASHES = frozenset({"—", "–", "--", "―"})


@functools.lru_cache(maxsize=1)
def speaker_words() -> dict[str, Any]:
    """Titles, honorifics, gendered nouns and pronoun classes (data/cues/speakers.json)."""
    data = read_json("cues/speakers.json")
    for key in ("titles", "document_time_nouns", "issuing_verbs", "issued_nouns", "principal_bodies"):
        data[key] = frozenset(data[key])
    return data


_GENDER_CODES = {"m": "male", "f": "female", "male": "male", "female": "female"}


@functools.lru_cache(maxsize=1)
def person_heads() -> dict[str, str | None]:
    """Nouns that head a described person ("spokesman", "chief", "woman", "son"), with the gender they say."""
    words = speaker_words()
    heads: dict[str, str | None] = dict.fromkeys(words["titles"])
    heads.update(words["gendered_nouns"])
    return heads


@dataclass
class ResolvedSpeaker:
    """A speaker span with the identity it resolved to."""

    start: int
    end: int
    name: str | None = None
    title: str | None = None
    affiliation: str | None = None
    sector: str | None = None
    entity: str | None = None
    person: bool = True
    gender: str | None = None
    sentence: int = 0
    subject: bool = False  # the mention is a clause subject (salient for pronouns)


def speaker_range(head: Token) -> tuple[int, int]:
    """The speaker as written: head plus its modifiers, without appositions or relative clauses."""
    if head.pos_ == "PRON" and head.lower_ not in QUANTIFIER_HEADS:
        return head.idx, head.idx + len(head.text)  # "Some of those activists" keeps the group it counts
    first = last = head.i
    for child in head.children:
        if child.dep_ in DROPPED_SPEAKER_DEPS and not (child.dep_ == "prep" and child.lower_ in KEPT_SPEAKER_PREPS and child.i > head.i):
            continue
        if child.dep_ == "prep" and "," in child.doc[head.i : child.i].text:
            continue
        first = min(first, child.left_edge.i)
        last = max(last, child.right_edge.i)
    doc = head.doc
    # A dateline before the name (`CONCORD, N.H. (AP) — Trump said`) is not part of the speaker.
    for i in range(head.i - 1, first - 1, -1):
        if doc[i].text in DATELINE_DASHES or (doc[i].text == "-" and doc[i].whitespace_ and doc[i - 1].whitespace_):
            first = i + 1
            break
    while first < last and (doc[first].is_punct or doc[first].is_space or doc[first].pos_ in LEADING_NON_SPEAKER_POS):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _code(phrase: str) -> tuple[str | None, str | None, str | None]:
    """(code, sector, kind) of a phrase in the actor lexicon, or Nones."""
    actor: ActorCode | None = lookup_actor(phrase) if phrase.strip() else None
    if actor is None:
        return None, None, None
    if envoy_to_body(phrase, actor.code):
        return None, actor.sector, actor.kind  # "former U.N. Ambassador": a state's envoy, not the UN's
    applies, topic_code = described_country(phrase)  # "a China analyst": the topic, not the country
    return (topic_code if applies else actor.code), actor.sector, actor.kind


# Documents a statement may be attributed to ("the report said"); with a named author ("by the State
# Department", "Matiangi's Twitter account") the author is the speaker's identity (issue 13 item 4).
DOCUMENT_NOUNS = frozenset({"statement", "report", "survey", "poll", "study", "editorial", "account", "post",
                            "website", "page", "letter", "communique", "communiqué", "release", "assessment",
                            "analysis", "tweet", "memo", "paper"})
AUTHOR_PREPOSITIONS = frozenset({"by", "from"})
# Adjectives that tell who makes a document available ("data available from the FBI").
AVAILABLE_WORDS = frozenset({"available", "obtained", "released"})
# What a document holds, speaking for it: "the results of the latest Quinnipiac University poll" are the poll's,
# so its author's.
CONTENT_OF_DOCUMENT_NOUNS = frozenset({"result", "finding", "figure", "data", "number"})
# Legal filings that speak for whoever filed them ("One suit seeks to ..."), the verbs that file them, and how
# many sentences back the filing is looked for.
FILED_NOUNS = frozenset({"suit", "lawsuit", "complaint", "petition"})
FILING_VERBS = frozenset({"file", "bring", "lodge", "launch"})
FILER_SENTENCES = 3
def _document_of_content(head: Token) -> Token | None:
    """The document a speaker's head names: the head itself ("the report", "the data"), or the document whose
    results or findings it is ("the results of the latest Quinnipiac University poll")."""
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        return head
    if head.lemma_.lower() not in CONTENT_OF_DOCUMENT_NOUNS and head.lower_ not in CONTENT_OF_DOCUMENT_NOUNS:
        return None  # "data" lemmatised "datum"
    # "the results of the poll": the poll; "the data available from the FBI": the data are the document.
    return next((obj for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in DOCUMENT_NOUNS), head)


# Entity types of possessors that date a document rather than write it ("Tuesday's statement"; the nouns
# that do, "this year's report", are speakers.json's document_time_nouns).
TIME_ENTITY_TYPES = frozenset({"DATE", "TIME"})
# A place named before a poll is where it polled ("a Florida poll"), no writer.
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC"})
# A definite document ("the report", "this statement") with no writer of its own is the same-named document
# with a named writer in this sentence or the WRITER_SENTENCES before.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
WRITER_SENTENCES = 3
# Demonstratives that point a plural noun back at a fuller mention ("Those leaders"), and how many sentences back.
DEMONSTRATIVES = frozenset({"those", "these"})
DEMONSTRATIVE_SENTENCES = 2
# Quantifiers that head a speaker without naming it ("Many of the inhabitants", "Some of the lawmakers").
QUANTIFIER_HEADS = frozenset({"many", "some", "most", "several", "few", "all", "none", "both"})
# Place prepositions that end a described speaker's name ("parties across the continent").
NAME_ENDING_PREPOSITIONS = frozenset({"across", "around", "throughout", "in", "inside", "outside", "near"})
# Group pronouns resolved to a subject named since the last group speaker ("they", "it", "its", "their").
SUBJECT_PRONOUNS = frozenset({"they", "their", "it", "its"})
# Plural nouns that count a group ("tens of thousands of Sudanese"): the group is the noun after "of".
QUANTITY_NOUNS = frozenset({"tens", "hundreds", "thousands", "millions", "dozens", "scores", "lots", "numbers"})
# Leading words of a described speaker that are not its name ("a receptionist", "Another poll", "her
# supplier", "Two U.S. defense officials" -> "receptionist", "poll", "supplier", "U.S. defense officials").
NAME_SKIP_POS = frozenset({"DET", "NUM"})
# Words that end a described speaker's head noun ("person close to ...", "adviser to ...").
HEAD_ENDING_WORDS = frozenset({"of", "for", "to", "from", "at", "with", "in", "on", "close", "who", "that"})
# Nouns of a share that its number names ("40 percent said"): the number stays in the name.
SHARE_NOUNS = frozenset({"percent", "%"})
NAME_SKIP_TAGS = frozenset({"PRP$", "DT", "CD"})
# Words that only point back, naming nothing ("Some of those same activists" -> "activists").
NAME_SKIP_WORDS = frozenset({"same"})


# Marks that glue two names into one writer without spaces ("CNN/ORC", "NBC-Marist").
NAME_GLUES = frozenset({"/", "-", "&"})


def _glued_start(token: Token) -> int:
    """The first token of a name glued to ``token`` by NAME_GLUES without spaces ("CNN/ORC" from "ORC")."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text in NAME_GLUES and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return i


def _without_determiners(tokens: list[Token], text: str, start: int) -> str:
    """A described speaker's text without leading articles, possessive pronouns, quantifiers and numbers."""
    for position, token in enumerate(tokens):
        if token.pos_ in NAME_SKIP_POS or token.tag_ in NAME_SKIP_TAGS or token.lower_ in NAME_SKIP_WORDS:
            if position + 1 < len(tokens) and tokens[position + 1].pos_ == "ADP":
                return text  # "One of the report's authors": the number is the head
            if token.pos_ == "NUM" and position + 1 < len(tokens) and tokens[position + 1].lower_ in SHARE_NOUNS:
                return text[token.idx - start :]  # "40 percent": a share is named by its number
            continue
        rest = text[token.idx - start :] if token.idx >= start else text
        return rest or text
    return text


_POSSESSIVE_START = re.compile(r"^(?:'s|’s|'|’)")


def _counted_group(head: Token) -> Token | None:
    """The group a quantifier speaker counts ("Many of the original inhabitants" -> "inhabitants"; "One in four
    voters" -> "voters")."""
    if head.pos_ == "NUM":
        return next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" and o.tag_ == "NNS"
                     and any(c.dep_ == "nummod" for c in o.children)), None)
    if head.lower_ not in QUANTIFIER_HEADS:
        return None
    return next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)


def _relative_clause_start(tokens: list[Token], head: Token) -> int | None:
    """Where a relative clause nested in a speaker after its head begins, if one does."""
    return next((t.left_edge.idx for t in tokens if t.i > head.i and t.dep_ == "relcl"), None)


def _place_phrase_start(tokens: list[Token], head: Token) -> int | None:
    """Where a place phrase nested in a described speaker begins: its name ends there ("Members of opposition
    parties across the continent" -> "Members of opposition parties")."""
    return next((t.idx for t in tokens if t.i > head.i and t.dep_ == "prep" and t.lower_ in NAME_ENDING_PREPOSITIONS),
                None)


def _apposed_name(token: Token) -> bool:
    """A proper name in apposition, also where the parser made it a conjunct without "and"
    ("the spokesperson for the ministry, Ambassador Shafqat Ali Khan, repeated")."""
    if token.pos_ != "PROPN":
        return False
    if token.dep_ == "appos":
        return True
    return token.dep_ == "conj" and not any(c.dep_ == "cc" for c in token.head.children)


def _kind_of(mention: Any) -> str | None:
    """The kind of a resolved mention (person, organisation, country, group), if it has one."""
    return getattr(mention, "kind", None)


def _part_of_name(text: str, name: str) -> bool:
    """Whether a speaker as written is only words of the person's own name ("Cuban" of "Mark Cuban"): then
    what the words mean in the lexicon (Cuba) is no affiliation of the person."""
    written = text.split()
    return bool(written) and set(written) <= set(name.split())


def _possessor_of(head: Token, possessor_end: int) -> bool:
    """Whether a mention ending at ``possessor_end`` is a possessive on ``head`` ("China's leadership")."""
    return any(child.dep_ == "poss" and child.idx + len(child.text) <= possessor_end + 2 and child.right_edge.idx < possessor_end + 3
               for child in head.children)


def _head_word(words: list[str]) -> str:
    """The head noun of a described speaker's name: its last word before a preposition or a phrase after the
    head ("person" of "person close to the process", "campaign" of "Ted Cruz's campaign")."""
    kept: list[str] = []
    for word in words:
        if word.lower() in HEAD_ENDING_WORDS:
            break
        kept.append(word)
    return kept[-1] if kept else ""


def _modifying_person(mention: Any, head: Token) -> bool:
    """Whether a person found in a speaker's phrase only modifies its common-noun head: a noun modifier ("a
    Clinton veteran", "the Obama campaign", "a Trump spokeswoman") or a phrase after it ("a person close to
    the Clintons"). A title before a name ("spokesman Rick Tyler") is no head: there the name is the head."""
    return _kind_of(mention) == "person" and head.pos_ == "NOUN" and not mention.start <= head.idx < mention.end


def _titled_conjunct(head: Token) -> Token | None:
    """The name a capitalised title shares with a second title ("Foreign Minister and Deputy Prime Minister
    Ishaq Dar", "GOP presidential contender and former neurosurgeon Ben Carson"): the conjunct, when it is a
    person's name with a title of its own and no comma comes between. A lower-case title takes no determiner
    ("the minister and his deputy X" are two people)."""
    if not _titled(head) or not (head.text[:1].isupper() or not any(c.dep_ in ("det", "poss") for c in head.children)):
        return None
    for conj in head.children:
        if conj.dep_ != "conj" or conj.ent_type_ != "PERSON" or conj.i <= head.i:
            continue
        between = head.doc[head.i + 1 : conj.left_edge.i]
        chain = head.doc[conj.left_edge.i : conj.i]
        if [t.lower_ for t in between] == ["and"] and any(
                _titled(t) or (t.pos_ == "NOUN" and t.dep_ == "compound") for t in chain):
            return conj
    return None


def _named(person: ResolvedSpeaker) -> bool:
    """Whether a remembered person has a name, not only a role the finder kept ("U.N. chief")."""
    return bool(person.name) and person.name.split()[-1][:1].isupper()


def _role_word(head: Token) -> str:
    """A role noun as one word, a hyphenated one whole ("front-runner": the parser splits it at the hyphen)."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_ and not doc[head.i - 2].whitespace_:
        return f"{doc[head.i - 2].lower_}-{head.lower_}"
    return head.lower_


def _titled(token: Token) -> bool:
    """Whether a word is a person's title or role ("minister", "contender")."""
    if token.lower_ in person_heads():
        return True
    entry = title_entry(token.lower_)
    return entry is not None and entry.kind == "person"


def _past_opening_marks(text: str, offset: int) -> int:
    """The offset of the first character at or after ``offset`` that is no quotation mark or space."""
    while offset < len(text) and (text[offset] in OPENING_MARKS or text[offset].isspace()):
        offset += 1
    return offset


def _innermost_range(ranges: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The shortest of the sorted ``ranges`` that contains ``offset``, or None."""
    innermost: tuple[int, int] | None = None
    for range_ in ranges:
        if range_[0] > offset:
            break
        if offset < range_[1] and (innermost is None or range_[1] - range_[0] < innermost[1] - innermost[0]):
            innermost = range_
    return innermost


@dataclass
class SpeakerResolver:
    """Resolves speaker spans in text order; remembers people so later `Sun` or `he` find them."""

    state: ArticleState
    text: str
    people: list[ResolvedSpeaker] = field(default_factory=list)  # full-name mentions, text order
    history: list[ResolvedSpeaker] = field(default_factory=list)  # statement speakers, text order
    # Reported ranges (quotation and statement contents), sorted by start: a person named inside one is
    # no antecedent of a pronoun outside it ("'Putin never said so,' he said": he is the speaker, not Putin).
    reported: list[tuple[int, int]] = field(default_factory=list)
    # Quotations and contents that follow their speaker ("He dismissed [concerns about Trump's threat]"),
    # sorted: a statement speaker inside one is nested reported speech, no antecedent outside it. A content
    # before its cue is left out: a parenthetical "a sign, she believes" may be read as the whole sentence.
    nesting: list[tuple[int, int]] = field(default_factory=list)
    # Quotations alone, sorted: a person named in a paraphrase (not quoted) is an antecedent of last resort.
    quotations: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.words = speaker_words()
        self.doc: Doc = self.state.doc
        self.sentence_starts = [s.start_char for s in self.doc.sents]
        self._name_index: dict[str, list[ResolvedSpeaker]] = {}
        self._innermost: dict[int, tuple[int, int] | None | bool] = {}  # mention start -> innermost reported range
        self._genders: dict[str, str] = {}  # person entity id -> gender, from the entities stage's guess
        self._author_cache: ResolvedSpeaker | None | bool = False  # the opinion piece's author, once looked for
        if self._load_entity_persons():
            return
        for ent in self.doc.ents:
            if ent.label_ in PERSON_LABELS:
                tokens = self._name_tokens(list(ent))
                if tokens:
                    self._remember(tokens, ent.start_char)

    def _load_entity_persons(self) -> bool:
        """Person mentions from the entities stage (with its gender guess), if it ran."""
        if not self.state.entities:
            return False
        infos = persons(self.state)
        by_id = {e.id: e for e in self.state.entities}
        for info in infos:
            entity = by_id.get(info.entity)
            first = min(info.mention_starts, default=-1)
            if _GENDER_CODES.get(info.gender or ""):
                self._genders[info.entity] = _GENDER_CODES[info.gender or ""]
            for start in info.mention_starts:
                # A person introduced here (first mention, full name) becomes the topic, whatever the parse.
                # ... unless only named as a modifier ("agreed with President Joe Biden's remark", "Trump administration"): no topic.
                # A role the finder kept as an unnamed person ("Ban's term as U.N. chief expires") is no
                # introduction, and no subject through a preposition.
                named = info.name.split()[-1][:1].isupper()
                salient = self._is_subject(start, across_prepositions=named) or self._opens_sentence(start) or (
                    named and start == first and INTRODUCTION_IS_SALIENT and len(info.name.split()) > 1
                    and not self._is_modifier(start))
                person = ResolvedSpeaker(
                    start, start, info.name, entity.title if entity else None, entity.code if entity else None,
                    entity.sector if entity else None, info.entity, True, _GENDER_CODES.get(info.gender or ""),
                    self._sentence_index(start), salient,
                )
                self.people.append(person)
                if start == first and len(info.name.split()) > 1:
                    # A later surname the entities stage missed ("Creemers" tagged as nothing) still finds them.
                    for word in {name_words(info.name)[0], name_words(info.name)[-1]}:
                        self._name_index.setdefault(word.lower(), []).append(person)
        self.people.sort(key=lambda p: p.start)
        return True

    def _hidden(self, offset: int, pronoun: int) -> bool:
        """Whether a mention at ``offset`` lies inside reported content that does not also hold the pronoun."""
        innermost = self._innermost.get(offset, False)
        if innermost is False:
            innermost = _innermost_range(self.reported, offset)
            self._innermost[offset] = innermost
        return innermost is not None and not innermost[0] <= pronoun < innermost[1]

    def _nested(self, offset: int, pronoun: int) -> bool:
        """Whether a statement speaker at ``offset`` is nested in reported content that does not hold the pronoun."""
        innermost = _innermost_range(self.nesting, offset)
        return innermost is not None and not innermost[0] <= pronoun < innermost[1]

    def _phrase_head(self, start: int, across_prepositions: bool = True) -> Token | None:
        """The head of the title-and-name chain starting at ``start`` (``across_prepositions``: climbing
        "Secretary of State X"; a role's "as U.N. chief" is no part of the noun it follows)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        token = span[0]
        for _ in range(6):  # climb a title-and-name chain to its head
            if token.dep_ not in NAME_CHAIN_DEPS or token.head is token:
                break
            if not across_prepositions and token.dep_ in ("prep", "pobj"):
                break
            if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.lower_ not in person_heads():
                break  # "Trump administration officials": the name modifies a common noun, not a title of it
            token = token.head
        return token

    def _is_subject(self, start: int, across_prepositions: bool = True) -> bool:
        """Whether the noun phrase starting at ``start`` is a clause subject."""
        token = self._phrase_head(start, across_prepositions)
        return token is not None and token.dep_ in SUBJECT_DEPS

    def _opens_sentence(self, start: int) -> bool:
        """Whether the name starting at ``start`` is the first word of its sentence and no modifier of another."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        token = span[0]
        first = next((t for t in token.sent if not t.is_punct), None)
        if first is None or first.i != token.i:
            return False
        return not self._is_modifier(start)

    def _noun_modifier(self, start: int) -> bool:
        """Whether the name starting at ``start`` modifies a common noun ("the Obama administration"), not as
        its possessor ("Ms. Merkel's popularity" still names her)."""
        token = self._phrase_head(start)
        return token is not None and token.dep_ == "compound" and token.head.pos_ == "NOUN"

    def _is_modifier(self, start: int) -> bool:
        """Whether the name starting at ``start`` only modifies another word: a possessor ("President Joe Biden's
        recent remark") or a noun modifier ("Trump administration officials")."""
        token = self._phrase_head(start)
        return token is not None and token.dep_ in NAME_MODIFIER_DEPS

    # -- names ------------------------------------------------------------------------------
    def _sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def _name_tokens(self, tokens: list[Token]) -> list[Token]:
        """The trailing proper-name run of a mention, without titles and possessive endings."""
        titles = person_heads()  # titles and gendered nouns: "Son" in a title-case headline is no name
        run: list[Token] = []
        for tok in reversed(tokens):
            if tok.tag_ == "POS" or tok.is_punct and tok.text != ".":
                if run:
                    break
                continue
            capitalised = tok.text[:1].isupper()
            # A capitalised word opening a sentence is a name when it is a known person's name ("Manning thinks").
            name_like = tok.pos_ == "PROPN" or (tok.pos_ in ("NOUN", "ADJ") and capitalised and (
                tok.i != tok.sent.start or tok.lower_ in self._name_index))
            if name_like and tok.lower_ not in titles and capitalised:
                run.insert(0, tok)
            elif run:
                break
        return run

    def _remember(self, name_tokens: list[Token], offset: int, title: str | None = None,
                  code: tuple[str | None, str | None] = (None, None)) -> ResolvedSpeaker:
        name = " ".join(t.text for t in name_tokens)
        existing = self._lookup_name(name_tokens[-1].text, name_tokens[0].text, offset, len(name_tokens))
        if existing is not None and len(existing.name.split()) >= len(name_tokens):  # type: ignore[union-attr]
            if title and not existing.title:
                existing.title = title
            if code[0] and not existing.affiliation:
                existing.affiliation, existing.sector = code
            return existing
        person = ResolvedSpeaker(name_tokens[0].idx, name_tokens[-1].idx + len(name_tokens[-1].text), name, title,
                                 code[0], code[1], sentence=self._sentence_index(offset))
        person.gender = self._gender_near(name_tokens[0])
        self.people.append(person)
        for tok in (name_tokens[0], name_tokens[-1]):
            self._name_index.setdefault(tok.text.lower(), []).append(person)
        return person

    def _lookup_name(self, last: str, first: str, offset: int, length: int) -> ResolvedSpeaker | None:
        """A remembered person: the same full name, or for a lone name a full name containing it as
        surname (or as family name written first)."""
        if length > 1:
            for person in self._name_index.get(last.lower(), []):
                parts = (person.name or "").split()
                if parts and parts[-1] == last and (parts[0] == first or (len(parts) > length and parts[-length] == first)):
                    return person  # the same name, or its multi-word surname ("La Lime")
            return None
        for key in (last.lower(),):
            candidates = self._name_index.get(key, [])
            for person in candidates:
                if len((person.name or "").split()) > 1:
                    return person
            if candidates:
                return candidates[0]
        return None

    def _gender_near(self, first_name_token: Token) -> str | None:
        doc = self.doc
        prev = doc[first_name_token.i - 1] if first_name_token.i > 0 else None
        if prev is not None:
            gender = self.words["honorifics"].get(prev.lower_) or self.words["gendered_nouns"].get(prev.lower_)
            if gender:
                return gender
        return None

    # -- resolution -------------------------------------------------------------------------
    def resolve(self, head: Token, relative: Token | None = None, span: tuple[int, int] | None = None) -> ResolvedSpeaker:
        """Resolve the speaker whose head token is ``head`` (``relative``: the noun a `who` stands for;
        ``span``: the speaker's exact range when a label, not the parse, gives it)."""
        start, end = span or speaker_range(head)
        joined = _titled_conjunct(head) if span is None else None
        if joined is not None:
            # "Fox News Vice President and Washington Managing Editor Bill Sammon": one person with two titles.
            head, end = joined, joined.idx + len(joined.text)
        sentence = self._sentence_index(start)
        lower = head.lower_
        pronoun = self.words["pronouns"].get(lower) if head.pos_ == "PRON" or head.tag_ in ("WP", "WDT") else None
        if lower == "who" and relative is None and head.head.dep_ == "relcl" \
                and head.head.head.pos_ in ("NOUN", "PROPN"):
            relative = head.head.head  # "X, who sent a letter criticizing ...": a cue the relative clause holds
        if pronoun == "relative" and relative is not None:
            if lower == "who":
                relative = self._described_person(relative) or relative
            target = self.resolve(relative)
            resolved = ResolvedSpeaker(start, end, target.name, target.title, target.affiliation, target.sector,
                                       target.entity, target.person, target.gender, sentence)
        elif pronoun in ("male", "female"):
            resolved = self._resolve_personal(start, end, pronoun, sentence)
        elif pronoun in ("plural", "neuter"):
            resolved = self._resolve_group(start, end, sentence, head if lower in SUBJECT_PRONOUNS else None)
        elif pronoun == "first" and _innermost_range(self.reported, start) is None and self._author() is not None:
            author = self._author()
            assert author is not None
            resolved = ResolvedSpeaker(start, end, author.name, author.title, author.affiliation, author.sector,
                                       author.entity, True, author.gender, sentence)
        elif pronoun is not None:
            resolved = ResolvedSpeaker(start, end, None, sentence=sentence)
        else:
            resolved = self._resolve_noun_phrase(head, start, end, sentence)
            conjuncts = name_conjuncts(head) if span is None and joined is None else []
            if conjuncts:
                resolved, end = self._joined(resolved, conjuncts, sentence, end)
            else:
                resolved = self._named_before_others(resolved, start, end, sentence)
            resolved.start, resolved.end = start, end  # as written, possessor included ("China's leadership")
        resolved.subject = head.dep_ in SUBJECT_DEPS
        self.history.append(resolved)
        return resolved

    def _joined(self, first: ResolvedSpeaker, conjuncts: list[Token], sentence: int,
                end: int) -> tuple[ResolvedSpeaker, int]:
        """"Bugti and Chaudhry said": the pair speaks, named by each one's fullest name, with the code they share
        (none when they differ); returned with the speaker's end moved past the last name. Unchanged when a
        conjunct resolves to no name."""
        parts = [first]
        for conjunct in conjuncts:
            conj_start, conj_end = speaker_range(conjunct)
            found = self._resolve_noun_phrase(conjunct, conj_start, conj_end, sentence)
            if not found.name or not first.name:
                return first, end
            parts.append(found)
            end = max(end, conj_end)
        name = joined_name([p.name or "" for p in parts])
        return ResolvedSpeaker(first.start, end, name, None, joined_code([p.affiliation for p in parts]),
                               joined_code([p.sector for p in parts]), None, all(p.person for p in parts), None,
                               sentence), end

    def _named_before_others(self, resolved: ResolvedSpeaker, start: int, end: int, sentence: int) -> ResolvedSpeaker:
        """"Trump and other U.S. officials said": the named one, whom the text names; the rest it leaves unnamed."""
        leading = named_before_others(self.text[start:end])
        if leading is None:
            return resolved
        found = resolve_mention(self.state, start, start + len(leading))
        if found is None or not found.name:
            return resolved
        return ResolvedSpeaker(start, end, found.name, found.title, found.code, found.sector, found.entity,
                               found.kind == "person", self._genders.get(found.entity), sentence)

    def _author(self) -> ResolvedSpeaker | None:
        """The signed author of an opinion piece: the one person of the text's closing author line ("Rick Scott
        is the Republican governor of Florida."), who is the "I" of the text outside quotations."""
        if self._author_cache is not False:
            return self._author_cache  # type: ignore[return-value]
        self._author_cache = None
        closing = self.text.rstrip()
        paragraph_start = closing.rfind("\n") + 1
        sentences = [s for s in self.doc.sents if s.start_char >= paragraph_start and s.text.strip()]
        bios = [s for s in sentences if s.root.lemma_ == "be" and any(
            c.dep_ in SUBJECT_DEPS and c.ent_type_ == "PERSON" for c in s.root.children)]
        if len(bios) != 1 or len(sentences) > AUTHOR_LINE_SENTENCES:
            return None
        subject = next(c for c in bios[0].root.children if c.dep_ in SUBJECT_DEPS)
        found = resolve_mention(self.state, subject.idx, subject.idx + len(subject.text))
        if found is None or found.kind != "person" or len(found.name.split()) < 2:
            return None
        self._author_cache = ResolvedSpeaker(found.start, found.end, found.name, found.title, found.code, found.sector,
                                             found.entity, True, self._genders.get(found.entity), bios[0].start)
        return self._author_cache

    def _resolve_personal(self, start: int, end: int, gender: str, sentence: int) -> ResolvedSpeaker:
        """`he`/`she`: the latest fitting statement speaker, unless a person has since been the
        subject of a sentence (the thread moved on); else the latest fitting person mentioned."""
        def fits(candidate: ResolvedSpeaker) -> bool:
            return (candidate.gender in (None, gender) and candidate.name is not None
                    and 0 <= sentence - candidate.sentence <= MAX_PRONOUN_SENTENCE_DISTANCE)

        # A speaker inside reported content ("concerns about Trump's threat") is no antecedent outside it either.
        speaker = next((h for h in reversed(self.history)
                        if h.person and h.start < start and fits(h) and not self._nested(h.start, start)), None)
        fitting = [p for p in self.people if p.start < start and fits(p)]
        earlier = [p for p in fitting if not self._hidden(p.start, start)]
        subject = next((p for p in reversed(earlier) if p.subject), None)
        chosen: ResolvedSpeaker | None = speaker
        if subject is not None and (speaker is None or subject.start > speaker.start):
            chosen = subject
        if chosen is None and earlier:
            chosen = earlier[-1]
            if not _named(chosen):
                # "Ban's term as U.N. chief expires. He said": the name beside the role in its sentence, not the role.
                chosen = next((p for p in reversed(earlier) if p.sentence == chosen.sentence and _named(p)), chosen)
        if speaker is None:
            # No speaker of the thread fits: a person named in a paraphrase since the chosen one is the better
            # antecedent ("they don't tell where Clinton would come down. She has called for ...").
            paraphrased = self._paraphrased_person(start, chosen, gender, fitting)
            chosen = paraphrased or chosen
        elif chosen is not None and chosen.gender is None:
            # The thread's speaker has no known gender; a person of the pronoun's known gender named in a later
            # sentence, outside reported content, is the likelier antecedent ("said Rem Korteweg. ... Ms. Merkel's
            # popularity has been dented by her decision"). Not one named in the speaker's own sentence ("Nenad
            # Stevandic, a close ally of Dodik, denounced ... he said") or in what the speaker said.
            # A name modifying a noun ("deported under the Obama administration") names no one who acts there.
            chosen = next((p for p in reversed(fitting) if p.gender == gender and p.sentence > chosen.sentence
                           and p.sentence >= sentence - 1 and not self._hidden(p.start, start)
                           and not self._noun_modifier(p.start)), chosen)
        if chosen is None:
            return ResolvedSpeaker(start, end, None, gender=gender, sentence=sentence)
        if chosen.gender is None:  # learn it: later pronouns of the other gender look elsewhere
            for person in self.people + self.history:
                if person.name == chosen.name:
                    person.gender = gender
            if chosen.entity:  # ... and so do later mentions of the person ("Ayotte said ... he called her")
                self._genders.setdefault(chosen.entity, gender)
        return ResolvedSpeaker(start, end, chosen.name, chosen.title, chosen.affiliation,
                               chosen.sector, chosen.entity, True, gender, sentence, subject=True)

    def _paraphrased_person(self, pronoun: int, chosen: ResolvedSpeaker | None, gender: str,
                            fitting: list[ResolvedSpeaker]) -> ResolvedSpeaker | None:
        """The latest person of the pronoun's known ``gender`` named inside unquoted reported content before
        ``pronoun``, when named in a later sentence than ``chosen`` (an unknown gender is too weak a cue here:
        "whether the Obama administration bears responsibility" holds no "she")."""
        for person in reversed(fitting):  # ``fitting``: the people before the pronoun it may stand for
            if person.gender != gender or (chosen is not None and person.sentence <= chosen.sentence) \
                    or self._noun_modifier(person.start):
                continue  # "asked Sanders about those deported under the Obama administration": no antecedent
            if self._hidden(person.start, pronoun) and _innermost_range(self.quotations, person.start) is None:
                return person
        return None

    def _resolve_group(self, start: int, end: int, sentence: int, they: Token | None = None) -> ResolvedSpeaker:
        """`they`/`it`: the latest group statement speaker; for `they`, a plural subject named since then
        outranks it ("DHS officials did not respond, but they have denied ..."). Inside a quotation, a speaker
        quoted before it is no antecedent ('"Not only are they supporting Clinton," Longabaugh said' after the
        campaign spoke); a plural subject of the sentence before still is ("the children would sidle up to
        him. 'They would come to me'")."""
        quoted = _innermost_range(self.quotations, start)
        latest = next((h for h in reversed(self.history)
                       if not h.person and h.name and sentence - h.sentence <= MAX_PRONOUN_SENTENCE_DISTANCE
                       and (they is None or they.lower_ not in ("they", "their") or not self._one_person(h.name))
                       and (quoted is None or quoted[0] <= h.start < quoted[1])), None)
        subject = self._subject_before(they) if they is not None else None
        if subject is not None and (latest is None or subject.idx > latest.start):
            sub_start, sub_end = speaker_range(subject)
            found = self._resolve_noun_phrase(subject, sub_start, sub_end, self._sentence_index(sub_start))
            if found.name:
                return ResolvedSpeaker(start, end, found.name, found.title, found.affiliation, found.sector,
                                       found.entity, False, None, sentence)
        if latest is not None:
            return ResolvedSpeaker(start, end, latest.name, latest.title, latest.affiliation, latest.sector,
                                   latest.entity, False, None, sentence)
        return ResolvedSpeaker(start, end, None, person=False, sentence=sentence)

    def _subject_before(self, pronoun: Token) -> Token | None:
        """The nearest subject before ``pronoun`` in its sentence or the one before, outside reported content,
        that the pronoun can stand for: for "they" a plural common noun ("three members of the U.S. Senate
        ... 'We are concerned,' they wrote"), for "it" an institution ("UNHCR shares that concern. It issued
        a statement")."""
        sentence = pronoun.sent
        first = sentence.start
        if first > 0:
            first = self.doc[first - 1].sent.start
        plural = pronoun.lower_ in ("they", "their")
        for i in range(pronoun.i - 1, first - 1, -1):
            token = self.doc[i]
            # A subject, or the possessor of one ("The Interior Ministry's announcement of its intention").
            subject_like = token.dep_ in SUBJECT_DEPS or (token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS)
            if not subject_like or self._hidden(token.idx, pronoun.idx):
                continue
            if not plural:
                found = resolve_mention(self.state, token.idx, token.idx + len(token.text))
                if found is not None and found.kind in ("organisation", "country") and token.tag_ in ("NN", "NNP"):
                    return token
                continue
            if token.tag_ == "NNS":
                # "Tens of thousands of Sudanese": the people counted, not the count.
                while token.lower_ in QUANTITY_NOUNS:
                    counted = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj"]
                    if not counted:
                        break
                    token = counted[0]
                return token
        return None

    def _resolve_noun_phrase(self, head: Token, start: int, end: int, sentence: int) -> ResolvedSpeaker:
        doc = self.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        tokens = list(span) if span is not None else [head]
        counted = _counted_group(head)
        if counted is not None and any(t.i == counted.i for t in tokens):
            # "Many of the original inhabitants of the islands": the group is the inhabitants, not "Many".
            head, start = counted, counted.left_edge.idx
            tokens = [t for t in tokens if t.idx >= start]
        clause_end = _relative_clause_start(tokens, head)
        if clause_end is not None and clause_end > start:
            # "... of the islands who were expelled to make way for the base on Diego Garcia": the speaker and
            # its mentions end where a relative clause inside it begins.
            tokens = [t for t in tokens if t.idx < clause_end]
            while len(tokens) > 1 and tokens[-1].is_punct:
                tokens.pop()
            end = tokens[-1].idx + len(tokens[-1].text)
        text = self.text[start:end]
        code, sector, kind = _code(text)
        entity = None
        antecedent = self._demonstrative_antecedent(tokens, head)
        if antecedent is not None:
            # Named as that fuller description, coded by it or by the institution or place it names.
            ante_start, ante_end = speaker_range(antecedent)
            ante_span = doc.char_span(ante_start, ante_end, alignment_mode="expand")
            ante_text = self.text[ante_start:ante_end]
            name = _without_determiners(list(ante_span) if ante_span is not None else [antecedent], ante_text, ante_start)
            inner = resolve_mention(self.state, antecedent.idx + len(antecedent.text), ante_end)
            ante_code = _code(ante_text)[0] or (inner.code if inner is not None else None)
            return ResolvedSpeaker(start, end, name, None, ante_code or code, sector, None, False, None, sentence)
        # The head's own mention first: in "Uganda's Bobi Wine" the speaker is the person, not the possessor;
        # a role named by an apposition is that person ("One of the report's authors, Vasily Gatov, told").
        mention = resolve_mention(self.state, head.idx, head.idx + len(head.text)) if start <= head.idx < end else None
        document = _document_of_content(head)
        if document is not None and (author := self._document_author(document)) is not None:
            # "A 2020 report by the U.S. State Department said": the document speaks for its author, whose
            # code is the author's own ("Matiangi's Twitter account" is not the platform's country).
            mention, code, sector = author, None, None
        elif document is not None and (writer := self._document_writer(document) or self._earlier_writer(document)):
            # "The ministry's statement", "her letter", "One Ipsos survey": a possessor or name no entity holds
            # still names who wrote the document, and speaks for it.
            return ResolvedSpeaker(start, end, writer.name, writer.title, writer.affiliation, writer.sector,
                                   writer.entity, writer.person, writer.gender, sentence)
        elif head.lemma_.lower() in FILED_NOUNS and (filer := self._filer_of(head)) is not None:
            # "Rights groups have filed lawsuits ... One suit seeks to ...": the suit speaks for who filed it.
            fil_start, fil_end = speaker_range(filer)
            found = self._resolve_noun_phrase(filer, fil_start, fil_end, self._sentence_index(fil_start))
            return ResolvedSpeaker(start, end, found.name, found.title, found.affiliation, found.sector,
                                   found.entity, found.person, None, sentence)
        elif head.lemma_.lower() in speaker_words()["issued_nouns"] and (issuer := self._recent_institution(head.idx)) is not None:
            # "..., according to the White House. A statement said ...": the institution just quoted issued it.
            return ResolvedSpeaker(start, end, issuer.name, issuer.title, issuer.affiliation, issuer.sector,
                                   issuer.entity, False, None, sentence)
        if (head.pos_ != "PROPN" and head.tag_ != "NNS") or head.ent_type_ in PLACE_ENTITY_TYPES:
            # A named person in apposition outranks the role noun's own mention, even a person one: the
            # finder keeps "the country's chief negotiator" as an unnamed person beside "Rustem Umerov". A
            # place with a person in apposition is a dateline the parser made the subject ("New York (AFP) –
            # Oscar-winning actress Susan Sarandon ... is not sure").
            apposed = self._appositive_person(head)
            if apposed is not None and head.ent_type_ in PLACE_ENTITY_TYPES:
                code, sector = None, None  # the dateline's place and credit are not the person's
            mention = apposed or mention
        if mention is None:
            mention = resolve_mention(self.state, start, end)
            if mention is not None and mention.end <= head.idx and _possessor_of(head, mention.end):
                # "China's leadership", "Ireland's WB Yeats": the possessor is the affiliation, not the speaker.
                possessed = _POSSESSIVE_START.sub("", self.text[mention.end : end]).strip()
                if _kind_of(mention) == "person" and head.lemma_.lower() in self.words["principal_bodies"] \
                        and possessed.split()[-1:] == [head.text]:
                    # "Mr. Sanders's campaign", "Cruz's campaign": the body is named after its person, in full.
                    marked = _POSSESSIVE_START.match(self.text[mention.end : end].lstrip())
                    mark = marked.group(0) if marked else "'s"
                    return ResolvedSpeaker(start, end, f"{mention.name}{mark} {possessed}", None, code or mention.code,
                                           sector, None, False, None, sentence)
                own_code, own_sector, kind = _code(possessed)
                code, sector = own_code or mention.code, own_sector
                text, start = possessed, end - len(possessed)
                span = doc.char_span(start, end, alignment_mode="expand")
                tokens = list(span) if span is not None else [head]
                mention = None
            elif mention is not None and head.tag_ == "NNS" and mention.start > head.idx:
                # "members of the U.S. Senate", "leaders of Puntland": the group is named by its description;
                # the institution after "of" gives only its affiliation.
                code = code or mention.code
                mention = None
            elif mention is not None and mention.kind == "person" and mention.start > head.idx and head.pos_ == "NOUN" \
                    and _code(head.text)[2] in ("organisation", "group"):
                # "The opposition party of jailed former Prime Minister Imran Khan": the party speaks, named
                # without its leader, whose country it shares.
                code = code or mention.code
                cut = next((c for c in head.children if c.dep_ == "prep" and c.idx < mention.start), None)
                if cut is not None:
                    tokens = [t for t in tokens if t.i < cut.i]
                    text = self.text[start : cut.idx].rstrip()
                mention = None
            elif mention is not None and _modifying_person(mention, head):
                # "a 2008 Clinton veteran", "a person close to the Clintons", "The Obama campaign": the person
                # only describes the speaker, who is named by the description, in the person's country.
                code = code or mention.code
                mention = None
        if mention is not None:
            entity = getattr(mention, "entity", None) or getattr(mention, "id", None)
            name = getattr(mention, "name", None)
            if name:
                own_code = None if _part_of_name(text, name) and _kind_of(mention) == "person" else code
                m_code = getattr(mention, "code", None) or own_code
                m_sector = getattr(mention, "sector", None) or sector
                m_kind = getattr(mention, "kind", None) or kind
                if m_kind == "person" and name.split()[-1].lower() in (head.lower_, _role_word(head)):
                    # An unnamed role the finder kept ("the Vermont senator"): the person who just spoke, if it fits.
                    latest = self._latest_speaker_by_role(tokens, head, sentence, m_code)
                    if latest is not None:
                        return ResolvedSpeaker(start, end, latest.name, latest.title, latest.affiliation, latest.sector,
                                               latest.entity, True, latest.gender, sentence)
                if m_kind == "person" and len(name.split()) == 1 and name[:1].isupper():
                    # "Nefzi said" after "Adel Nefzi said", a name the tagger did not mark (no entity holds it).
                    name = self._fuller_spoken(name, start) or name
                # The person's gender goes with the statement: a later "she" does not follow "Eric Trump said".
                return ResolvedSpeaker(start, end, name, getattr(mention, "title", None), m_code, m_sector,
                                       entity, m_kind in (None, "person"), self._genders.get(entity or ""), sentence)
        if len(tokens) == 1 and head.pos_ != "PROPN" and (known := self._known_surname(head)) is not None:
            # "From said" after "Al From": a surname the tagger reads as a word is still the person's.
            return ResolvedSpeaker(start, end, known.name, known.title, known.affiliation, known.sector,
                                   known.entity, True, known.gender, sentence)
        determined = any(c.dep_ == "det" for c in head.children)  # `the Kremlin`, `a source`
        name_tokens = [] if determined or head.pos_ == "PRON" else self._name_tokens(tokens)
        if name_tokens and name_tokens[-1].i == head.i and kind not in ("country", "organisation", "organization", "group"):
            title_tokens = [t for t in tokens if t.i < name_tokens[0].i and t.pos_ not in ("DET",) and t.tag_ != "POS"]
            title_code = (None, None)
            while title_tokens and (_code(title_tokens[0].text)[2] == "country" or title_tokens[0].ent_type_ in ("NORP", "GPE")):
                title_code = title_code if title_code[0] else _code(title_tokens[0].text)[:2]
                title_tokens = title_tokens[1:]
            title = " ".join(t.text for t in title_tokens) or self._appositive_title(head)
            if not code:
                code, sector = title_code if title_code[0] else _code(text.replace(" ".join(t.text for t in name_tokens), "").strip())[:2]
            if not code and title:
                code, sector, _ = _code(title)
            person = self._remember(name_tokens, start, title or None, (code, sector))
            return ResolvedSpeaker(start, end, person.name, person.title, person.affiliation, person.sector,
                                   entity or person.entity, True, person.gender, sentence)
        # Organisations, collectives and title-only references (`the Kremlin`, `experts`, `the minister`).
        place = _place_phrase_start(tokens, head)
        if place is not None and place > start:
            named = [t for t in tokens if t.idx < place]
            bare = _without_determiners(named, self.text[start:place].rstrip(), start)
        else:
            bare = _without_determiners(tokens, text, start)
        earlier = self._earlier_described(tokens, head, sentence)
        if earlier is not None:
            return ResolvedSpeaker(start, end, earlier.name, earlier.title, earlier.affiliation or code,
                                   earlier.sector or sector, earlier.entity, earlier.person, earlier.gender, sentence)
        titled = self._title_reference(tokens, sentence) or self._latest_speaker_by_role(tokens, head, sentence, code)
        if titled is not None:
            return ResolvedSpeaker(start, end, titled.name, titled.title, titled.affiliation, titled.sector,
                                   entity or titled.entity, True, titled.gender, sentence)
        is_person = kind == "person"
        return ResolvedSpeaker(start, end, bare, None, code, sector, entity, is_person, None, sentence)

    def _sentences_back(self, token: Token, count: int) -> int:
        """The first token index of the sentence ``count`` sentences before ``token``'s (or of the text)."""
        first = token.sent.start
        for _ in range(count):
            if first > 0:
                first = self.doc[first - 1].sent.start
        return first

    def _demonstrative_antecedent(self, tokens: list[Token], head: Token) -> Token | None:
        """"Those leaders" after "the leaders of Puntland and Jubaland": the nearest earlier fuller noun phrase
        with the same plural head, in this sentence or the two before."""
        if len(tokens) != 2 or tokens[0].lower_ not in DEMONSTRATIVES or head.tag_ != "NNS":
            return None
        first = self._sentences_back(head, DEMONSTRATIVE_SENTENCES)
        for i in range(head.i - 1, first - 1, -1):
            token = self.doc[i]
            if token.lemma_ == head.lemma_ and any(c.dep_ in ("prep", "amod", "compound") for c in token.children):
                return token
        return None

    def _filer_of(self, head: Token) -> Token | None:
        """Who filed the suit ``head`` names: the subject of an earlier "file/bring <suit>" in this sentence or
        the FILER_SENTENCES before, or the noun a "bringing the lawsuits" clause describes."""
        first = self._sentences_back(head, FILER_SENTENCES)
        for i in range(head.i - 1, first - 1, -1):
            verb = self.doc[i]
            if verb.lemma_.lower() not in FILING_VERBS or not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in FILED_NOUNS for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is not None:
                return subject
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
                return verb.head
        return None

    def _recent_institution(self, offset: int) -> ResolvedSpeaker | None:
        """The institution that spoke in this sentence or the one before (the latest statement speaker, when
        it is no person); the sentences of a quotation between count as none ("Fox told a different tale.
        '... We explained that was not possible.' the statement said")."""
        # A speaker inside a quotation is no issuer of a document outside it ('"Trump offered ...," the statement said').
        latest = next((h for h in reversed(self.history) if not self._nested(h.start, offset)), None)
        if latest is None or latest.person or not latest.name or self._narrative_sentences(latest.start, offset) > 1:
            return None
        return latest

    def _document_author(self, head: Token):  # -> ResolvedMention | None
        """The author of a document a statement is attributed to: "by X" (also on "issued by X"), "from X",
        a possessor ("Matiangi's Twitter account") or a proper-noun compound ("One Ipsos survey")."""
        authors: list[Token] = []
        outlets: list[Token] = []
        for child in head.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in AUTHOR_PREPOSITIONS:
                authors += [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ == "in":
                outlets += [o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            elif child.dep_ == "amod" and child.lower_ in AVAILABLE_WORDS:
                # "the most recent data available from the FBI": who makes it available wrote it.
                authors += [o for c in child.children if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPOSITIONS
                            for o in c.children if o.dep_ == "pobj"]
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                authors += [o for c in child.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                            for o in c.children if o.dep_ == "pobj"]
            elif child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"
                                          and child.ent_type_ not in PLACE_ENTITY_TYPES
                                          and _glued_start(child) == child.i):
                authors.append(child)  # "One Ipsos survey", not "IOWA POLLS" (the place polled)
        mentions = (resolve_mention(self.state, t.idx, t.idx + len(t.text)) for t in authors)
        found = [m for m in mentions if m is not None and m.name]
        # "a report in the Des Moines Register": the outlet it appeared in published it; an organisation only
        # ("a study in Iowa" names the place studied).
        found += [m for t in outlets if (m := resolve_mention(self.state, t.idx, t.idx + len(t.text))) is not None
                  and m.name and m.kind == "organisation"]
        # "China's Foreign Ministry website": the ministry wrote it; its country is the ministry's affiliation.
        institution = next((m for m in found if m.kind == "organisation"), None)
        if found and found[0].kind == "country" and institution is not None:
            return institution
        return found[0] if found else None

    def _document_writer(self, head: Token) -> ResolvedSpeaker | None:
        """Who wrote a document when no entity holds the author: its possessor ("the ministry's statement",
        "her letter") or a proper-noun compound ("One Ipsos survey"), resolved as a speaker would be; None for
        a time ("Tuesday's statement", "this year's report") or when nothing resolves to a name."""
        writer = next((c for c in head.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")),
                      None)
        if writer is None or writer.ent_type_ in TIME_ENTITY_TYPES or writer.lower_ in speaker_words()["document_time_nouns"]:
            return None
        if writer.dep_ == "compound" and (writer.ent_type_ in PLACE_ENTITY_TYPES or _code(writer.text)[2] == "country"):
            return None  # "IOWA POLLS", "a Florida poll": the place polled, not the pollster
        writer_start, writer_end = writer.left_edge.idx, writer.idx + len(writer.text)
        sentence = self._sentence_index(writer_start)
        glued = self.doc[_glued_start(writer)].idx
        if glued < writer.idx:
            # "A CNN/ORC poll": the pollsters together, named as written.
            code, sector, _ = _code(self.text[glued:writer_end])
            return ResolvedSpeaker(glued, writer_end, self.text[glued:writer_end], None, code, sector, None, False,
                                   None, sentence)
        pronoun = self.words["pronouns"].get(writer.lower_) if writer.pos_ == "PRON" else None
        if pronoun in ("male", "female"):
            found = self._resolve_personal(writer_start, writer_end, pronoun, sentence)
        elif pronoun in ("plural", "neuter"):
            # Only a subject just before ("The ministry met. Its statement said"): a group pronoun reaches too far
            # back through earlier speakers ("The FBI resolved it. Their report ..." is not the last group quoted).
            subject = self._subject_before(writer)
            if subject is None:
                return None
            sub_start, sub_end = speaker_range(subject)
            found = self._resolve_noun_phrase(subject, sub_start, sub_end, self._sentence_index(sub_start))
        elif writer.pos_ in ("NOUN", "PROPN"):
            found = self._resolve_noun_phrase(writer, writer_start, writer_end, sentence)
        else:
            return None
        return found if found.name else None

    def _earlier_writer(self, head: Token) -> ResolvedSpeaker | None:
        """"According to the website" after "China's Foreign Ministry website": a definite document with no writer
        of its own is the nearest earlier one of the same kind, in this sentence or the WRITER_SENTENCES before,
        whose writer the text names."""
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in head.children):
            return None
        first = self._sentences_back(head, WRITER_SENTENCES)
        for i in range(head.i - 1, first - 1, -1):
            earlier = self.doc[i]
            if (earlier.lemma_.lower() != head.lemma_.lower() or self._hidden(earlier.idx, head.idx)
                    or earlier.text.isupper()):
                continue  # a document in capitals is a kicker or headline ("IOWA POLLS NOT WRONG"), no writer's
            author = self._document_author(earlier)
            if author is not None:
                return ResolvedSpeaker(earlier.idx, earlier.idx + len(earlier.text), author.name, author.title,
                                       author.code, author.sector, author.entity, author.kind == "person",
                                       self._genders.get(author.entity), self._sentence_index(earlier.idx))
            writer = self._document_writer(earlier) or self._issuer_of(earlier)
            if writer is not None:
                return writer
        return None

    def _issuer_of(self, document: Token) -> ResolvedSpeaker | None:
        """Who issued a document, when it is the object of an issuing verb with a named subject ("Amnesty
        International published a report"); None for a pronoun subject or none."""
        verb = document.head
        if document.dep_ != "dobj" or verb.lemma_.lower() not in speaker_words()["issuing_verbs"]:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or (subject.pos_ != "PROPN"
                               and resolve_mention(self.state, subject.idx, subject.idx + len(subject.text)) is None):
            return None  # "A coalition of nearly 40 groups sent a letter": no one named issued it
        sub_start, sub_end = speaker_range(subject)
        sentence = self._sentence_index(sub_start)
        found = self._resolve_noun_phrase(subject, sub_start, sub_end, sentence)
        conjuncts = name_conjuncts(subject)
        if conjuncts:
            found, _ = self._joined(found, conjuncts, sentence, sub_end)  # "Trump and Ryan issued a statement"
        return found if found.name else None

    def _appositive_person(self, head: Token):  # -> ResolvedMention | None
        """The person a proper-name apposition of ``head`` names ("the report's author, Vasily Gatov").

        The parser may hang it on a proper-noun object of the head's preposition instead ("Pakistan's
        representative to the United Nations, Munir Akram"): a person cannot be an institution's apposition.
        """
        candidates = list(head.children)
        for prep in head.children:
            if prep.dep_ == "prep":
                candidates += [c for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ == "PROPN"
                               for c in obj.children]
        for child in candidates:
            if _apposed_name(child) and child.i > head.i:
                found = resolve_mention(self.state, child.idx, child.idx + len(child.text))
                if found is not None and found.kind == "person":
                    return found
        return None

    def _described_person(self, noun: Token) -> Token | None:
        """The named person an apposition describes, when "who" hangs on a noun inside it ("Bob Mulholland, a
        California superdelegate and Clinton supporter who ...", "Armin Laschet, the leader of the opposition,
        who ..."): the description is the person's, so is the clause."""
        token, through_apposition = noun, False
        for _ in range(MAX_DESCRIPTION_STEPS):
            if token.dep_ == "appos":
                through_apposition = True
            elif token.dep_ not in DESCRIPTION_DEPS:
                return None
            token = token.head
            if through_apposition and token.pos_ == "PROPN":
                found = resolve_mention(self.state, token.idx, token.idx + len(token.text))
                if found is not None and found.kind == "person":
                    return token
                if token.dep_ != "pobj":
                    return None
                # "Representative Raul Grijalva of Arizona, a co-chairman of the caucus, who ...": the parser hung
                # the apposition on the place after the name; the person is further up.
        return None

    def _appositive_title(self, head: Token) -> str:
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                first, last = child.left_edge.i, child.right_edge.i
                return self.doc[first : last + 1].text.strip(" ,")
        return ""

    def _latest_speaker_by_role(self, tokens: list[Token], head: Token, sentence: int,
                                code: str | None) -> ResolvedSpeaker | None:
        """"The Vermont senator", "the Pakistani envoy" right after a named person spoke: that person, named by a
        role (news varies how it names the person just quoted). Not when the role is a surrogate's ("the
        spokesman" after a minister), when an unnamed speaker of that role spoke before ("an official said ...
        the official added"), nor when the role's country or gender is not the person's."""
        words = self.doc[tokens[0].i : tokens[-1].i + 1].text.split() if tokens else []
        if not tokens or tokens[0].lower_ != "the" or len(words) > ROLE_REFERENCE_MAX_WORDS or head.tag_ != "NN":
            return None
        word = _role_word(head)
        entry = title_entry(word)
        if entry is None or entry.kind != "person" or word in self.words["surrogate_nouns"]:
            return None
        if any(h.name and h.name.split()[-1].lower() == word for h in self.history):
            return None
        latest = self.history[-1] if self.history else None
        if (latest is None or not latest.person or not latest.name or not latest.entity
                or len(latest.name.split()) < 2 or not latest.name[:1].isupper()
                or self._narrative_sentences(latest.start, head.idx) > ROLE_REFERENCE_SENTENCES):
            return None
        if code and latest.affiliation and code != latest.affiliation:
            return None
        gender = self.words["gendered_nouns"].get(word)
        if gender and latest.gender and gender != latest.gender:
            return None
        return latest

    def _narrative_sentences(self, start: int, end: int) -> int:
        """Sentences beginning in ``(start, end]`` outside quotations and reported content: a quotation of
        several sentences between a speaker and the role naming them again adds none."""
        first = bisect.bisect_right(self.sentence_starts, start)
        last = bisect.bisect_right(self.sentence_starts, end)
        # A sentence opening on a quotation mark is read from its first word: the mark lies outside the content.
        return sum(1 for offset in self.sentence_starts[first:last]
                   if _innermost_range(self.reported, _past_opening_marks(self.text, offset)) is None)

    def _earlier_described(self, tokens: list[Token], head: Token, sentence: int) -> ResolvedSpeaker | None:
        """"The campaign" after "Ted Cruz's campaign" spoke: the latest earlier statement speaker, within
        MAX_PRONOUN_SENTENCE_DISTANCE sentences, named by a fuller description with the same head noun."""
        if len(tokens) != 2 or tokens[0].lower_ != "the" or head.i != tokens[1].i or head.pos_ != "NOUN":
            return None
        for spoken in reversed(self.history):
            if sentence - spoken.sentence > MAX_PRONOUN_SENTENCE_DISTANCE:
                return None
            words = (spoken.name or "").split()
            if len(words) > 1 and _head_word(words) == head.text and spoken.start < head.idx:
                return spoken  # not "review of Hillary Clinton's emails" for "the emails"
        return None

    def _one_person(self, name: str) -> bool:
        """Whether a described speaker's name is one person's role ("person close to the process", "longtime
        adviser to Bill Clinton", "official"): no antecedent of "they". Its head is the last word before a
        preposition or an adjective phrase after it."""
        head = _head_word(name.lower().split())
        entry = title_entry(head)
        return head in ("person", "man", "woman") or head in self.words["gendered_nouns"] or (
            entry is not None and entry.kind == "person")

    def _fuller_spoken(self, surname: str, start: int) -> str | None:
        """The one fuller name ending in ``surname`` that an earlier statement speaker was given, or None."""
        fuller = {h.name for h in self.history if h.start < start and h.name and len(h.name.split()) > 1
                  and h.name.split()[-1] == surname and all(w[:1].isupper() for w in h.name.split())}
        return fuller.pop() if len(fuller) == 1 else None

    def _known_surname(self, head: Token) -> ResolvedSpeaker | None:
        """The one person named in full before whose surname is ``head`` as written, capitalised inside its
        sentence ("From" of "Al From"); None for a word opening its sentence or a surname two people share."""
        if not head.text[:1].isupper() or head.i == head.sent.start:
            return None
        found = {p.entity or p.name: p for p in self.people
                 if p.start < head.idx and p.name and len(p.name.split()) > 1 and p.name.split()[-1] == head.text}
        return next(iter(found.values())) if len(found) == 1 else None

    def _role_before(self, start: int) -> str | None:
        """The common noun written right before a name as its role ("actress" of "Oscar-winning actress Susan
        Sarandon"), lower case, or None."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span[0].i == 0:
            return None
        before = self.doc[span[0].i - 1]
        return before.lower_ if before.pos_ == "NOUN" and before.head.i >= span[0].i else None

    def _title_reference(self, tokens: list[Token], sentence: int) -> ResolvedSpeaker | None:
        """`the minister`, `the senator`: the latest person whose title has that word."""
        if len(tokens) > 3 or not tokens or tokens[0].lower_ not in ("the", "this"):
            return None
        word = tokens[-1].lower_
        if word in self.words["principal_bodies"]:
            return None  # "the campaign" is a body, though "campaign" opens a title ("campaign manager X")
        if word not in self.words["titles"]:
            # A role the article gave one named person before ("Oscar-winning actress Susan Sarandon ... The
            # actress said"): that person, when no other named person before holds it.
            if tokens[-1].tag_ != "NN":
                return None
            holders = [p for p in self.people if p.sentence <= sentence and _named(p)
                       and ((p.title and p.title.lower().split()[-1] == word) or self._role_before(p.start) == word)]
            if len({p.entity or p.name for p in holders}) != 1:
                return None
            return holders[-1]
        # Its other words must fit the title: "the military spokesperson" is not the foreign ministry's.
        modifiers = {t.lower_ for t in tokens[1:-1] if t.is_alpha and _code(t.text)[0] is None}
        for person in reversed(self.people):
            if (person.title and title_words(word) & title_words(person.title) and person.sentence <= sentence
                    and title_fits(modifiers, person.title)):
                return person
        return None
