"""The speaker as written: its character range and the words of its noun phrase (head, determiners, titles)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from accord.knowledge.actors import ActorCode, lexicon, lookup_actor, title_entry
from accord.stages.entities.envoys import envoy_to_body, envoy_to_host
from accord.stages.entities.homonyms import US, state_office_code
from accord.stages.entities.topics import described_country
from accord.stages.grammar import span_text
from accord.stages.statements.speaker_words import person_heads


# Children of a speaker's head that are not part of the speaker as written.
DROPPED_SPEAKER_DEPS = frozenset({"relcl", "appos", "acl", "punct", "advcl", "parataxis", "cc", "conj", "prep", "case"})
# Clauses hung after a word inside a speaker's kept phrase: not part of the speaker (an apposition there
# is: "The author of the book, Dana Lee" names the author).
TRAILING_CLAUSE_DEPS = frozenset({"relcl", "parataxis", "advcl"})
# Prepositions whose phrase stays in a speaker (`members of Congress`, `a spokesman for the campaign`).
KEPT_SPEAKER_PREPS = frozenset({"of", "for", "from", "at", "with"})
# A speaker as written never starts with a preposition or conjunction (`after half said so`).
LEADING_NON_SPEAKER_POS = frozenset({"ADP", "SCONJ", "CCONJ"})
# Dashes that end a dateline or a kicker; a speaker as written never reaches back across one.
DATELINE_DASHES = frozenset({"—", "–", "--", "―"})
# Quantifiers that head a speaker without naming it ("Many of the inhabitants", "Some of the lawmakers").
QUANTIFIER_HEADS = frozenset({"many", "some", "most", "several", "few", "all", "none", "both"})
# Place prepositions that end a described speaker's name ("parties across the continent").
NAME_ENDING_PREPOSITIONS = frozenset({"across", "around", "throughout", "in", "inside", "outside", "near"})
# Leading words of a described speaker that are not its name ("a receptionist", "Another poll", "her
# supplier", "Two U.S. defense officials" -> "receptionist", "poll", "supplier", "U.S. defense officials").
NAME_SKIP_POS = frozenset({"DET", "NUM"})
# Words that end a described speaker's head noun ("person close to ...", "adviser to ...").
HEAD_ENDING_WORDS = frozenset({"of", "for", "to", "from", "at", "with", "in", "on", "close", "who", "that"})
# Nouns of a share that its number names ("40 percent said"): the number stays in the name.
SHARE_NOUNS = frozenset({"percent", "%"})
# Determiners that deny a role any holder ("no other governor used ..."): such a phrase names no one, so
# it is no pronoun's antecedent.
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
NAME_SKIP_TAGS = frozenset({"PRP$", "DT", "CD"})
# Words that only point back, naming nothing ("Some of those same protesters" -> "protesters"), and leading
# focus adverbs and quantifying adjectives that count or set off a group without naming it ("Even some
# allies", "Other aid workers", "Several Labour organisers" -> "allies", "aid workers", "Labour organisers":
# VOA ANNOTATION.md names an unnamed group by its head words, "Other experts" -> "experts").
NAME_SKIP_WORDS = frozenset({"same", "even", "also", "other", "several"})
# Of those, words dropped only before a plural head: "the other side" is a side's name, "other experts" are experts.
PLURAL_ONLY_SKIP_WORDS = frozenset({"other"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Marks that glue two names into one writer without spaces ("CNN/ORC", "NBC-Marist").
NAME_GLUES = frozenset({"/", "-", "&"})
# Hyphens that join a number to the next word into one compound word ("12-nation", "three-quarters").
COMPOUND_HYPHENS = frozenset({"-", "‑"})
POSSESSIVE_START = re.compile(r"^(?:'s|’s|'|’)")


def speaker_range(head: Token) -> tuple[int, int]:
    """The speaker as written: head plus its modifiers, without appositions or relative clauses."""
    if head.pos_ == "PRON" and head.lower_ not in QUANTIFIER_HEADS:
        return head.idx, head.idx + len(head.text)  # "Some of those activists" keeps the group it counts
    first = last = head.i
    name_end = 0
    for child in head.children:
        if _name_after_title(head, child):
            name_end = speaker_range(child)[1]  # the name as written, without its own appositions
            continue
        if child.dep_ in DROPPED_SPEAKER_DEPS and not (child.dep_ == "prep" and child.lower_ in KEPT_SPEAKER_PREPS and child.i > head.i) \
                and not _one_coordinated_name(head, child):
            continue
        if child.dep_ == "prep" and "," in span_text(child.doc[head.i : child.i]):
            continue
        first = min(first, child.left_edge.i)
        last = max(last, _phrase_end(child) if child.dep_ == "prep" else child.right_edge.i)
    doc = head.doc
    # A dateline before the name (`CONCORD, N.H. (AP) — Trump said`) is not part of the speaker.
    for i in range(head.i - 1, first - 1, -1):
        if doc[i].text in DATELINE_DASHES or (doc[i].text == "-" and doc[i].whitespace_ and doc[i - 1].whitespace_):
            first = i + 1
            break
    while first < last and (_wordless(doc[first]) or doc[first].pos_ in LEADING_NON_SPEAKER_POS):
        first += 1
    while last > first and _wordless(doc[last]):
        last -= 1
    return doc[first].idx, max(doc[last].idx + len(doc[last].text), name_end)


def _phrase_end(token: Token) -> int:
    """The last word of ``token``'s phrase without the clauses hung after its words ("of Human Rights Watch,
    who observed the vote": the speaker ends at "Watch")."""
    end = token.i
    for child in token.children:
        if child.i > token.i and child.dep_ not in TRAILING_CLAUSE_DEPS:
            end = max(end, _phrase_end(child))
    return end


def _name_after_title(head: Token, child: Token) -> bool:
    """A name the parser hung on a title as an apposition with no comma between ("Marine economist Sara
    Lindqvist said"): the title and the name are one noun phrase as written."""
    return child.dep_ == "appos" and child.left_edge.i == head.i + 1 and child.pos_ == "PROPN" \
        and child.ent_type_ == "PERSON" and head.pos_ == "NOUN"


def _one_coordinated_name(head: Token, child: Token) -> bool:
    """A coordinator and name after the head that belong to one name as written: right after an "&"
    ("Procter & Gamble"; "Colombia & Norway", two parties, is then split by the joint-speaker rule) or
    making a name the actor lexicon knows whole ("Bosnia and Herzegovina")."""
    if child.dep_ not in ("cc", "conj") or child.i < head.i:
        return False
    doc = head.doc
    amp = head.i + 1
    if amp + 1 < len(doc) and doc[amp].text == "&" and child.i in (amp, amp + 1):
        return True
    conj = next((c for c in head.children if c.dep_ == "conj" and c.i > head.i), None)
    return conj is not None and child.i <= conj.i and lexicon().entry(span_text(doc[head.i : conj.i + 1])) is not None


def _wordless(token: Token) -> bool:
    """Punctuation, space or a symbol with no letter or digit (an emoji, "©"): never a speaker's edge."""
    return token.is_punct or token.is_space or not any(char.isalnum() for char in token.text)


def phrase_code(phrase: str) -> tuple[str | None, str | None, str | None]:
    """(code, sector, kind) of a phrase in the actor lexicon, or Nones."""
    actor: ActorCode | None = lookup_actor(phrase) if phrase.strip() else None
    if actor is None:
        return None, None, None
    if state_office_code(actor.code, phrase) != actor.code:
        # "a Georgia Republican", "the Georgia secretary of state": the US state's, not the country's
        return US, actor.sector, None if actor.kind == "country" else actor.kind
    if envoy_to_body(phrase, actor.code) or envoy_to_host(phrase, actor.code):
        return None, actor.sector, actor.kind  # "former U.N. Ambassador", "the ambassador to Russia": a state's envoy
    applies, topic_code = described_country(phrase)  # "a China analyst": the topic, not the country
    return (topic_code if applies else actor.code), actor.sector, actor.kind


def glued_start(token: Token) -> int:
    """The first token of a name glued to ``token`` by NAME_GLUES without spaces ("CNN/ORC" from "ORC")."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text in NAME_GLUES and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return i


def without_determiners(tokens: list[Token], text: str, start: int) -> str:
    """A described speaker's text without leading articles, possessive pronouns, quantifiers and numbers."""
    for position, token in enumerate(tokens):
        skipped_word = token.lower_ in NAME_SKIP_WORDS and token.pos_ in ("ADJ", "ADV", "DET") and (
            token.lower_ not in PLURAL_ONLY_SKIP_WORDS or tokens[-1].tag_ in PLURAL_TAGS)
        if token.pos_ in NAME_SKIP_POS or token.tag_ in NAME_SKIP_TAGS or skipped_word:
            if position + 1 < len(tokens) and tokens[position + 1].pos_ == "ADP":
                return text  # "One of the report's authors": the number is the head
            if _glued_to_next(token, tokens, position):
                return text[token.idx - start :] if token.idx >= start else text  # "the 12-nation survey": one word
            if token.pos_ == "NUM" and position + 1 < len(tokens) and tokens[position + 1].lower_ in SHARE_NOUNS:
                return text[token.idx - start :]  # "40 percent": a share is named by its number
            continue
        rest = text[token.idx - start :] if token.idx >= start else text
        return rest or text
    return text


def _glued_to_next(token: Token, tokens: list[Token], position: int) -> bool:
    """Whether a word is written joined to the next by a hyphen ("12-nation", "30-second"): part of one
    compound word, never a determiner or count to drop."""
    return not token.whitespace_ and position + 1 < len(tokens) and tokens[position + 1].text in COMPOUND_HYPHENS


def counted_group(head: Token) -> Token | None:
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


def relative_clause_start(tokens: list[Token], head: Token) -> int | None:
    """Where a relative clause nested in a speaker after its head begins, if one does."""
    return next((t.left_edge.idx for t in tokens if t.i > head.i and t.dep_ == "relcl"), None)


def place_phrase_start(tokens: list[Token], head: Token) -> int | None:
    """Where a place phrase nested in a described speaker begins: its name ends there ("Members of opposition
    parties across the continent" -> "Members of opposition parties")."""
    return next((t.idx for t in tokens if t.i > head.i and t.dep_ == "prep" and t.lower_ in NAME_ENDING_PREPOSITIONS),
                None)


def apposed_name(token: Token) -> bool:
    """A proper name in apposition, also where the parser made it a conjunct without "and"
    ("the spokesperson for the ministry, Ambassador Shafqat Ali Khan, repeated")."""
    if token.pos_ != "PROPN":
        return False
    if token.dep_ == "appos":
        return True
    return token.dep_ == "conj" and not any(c.dep_ == "cc" for c in token.head.children)


def possessor_of(head: Token, possessor_end: int) -> bool:
    """Whether a mention ending at ``possessor_end`` is a possessive on ``head`` ("China's leadership")."""
    return any(child.dep_ == "poss" and child.idx + len(child.text) <= possessor_end + 2 and child.right_edge.idx < possessor_end + 3
               for child in head.children)


def head_word(words: list[str]) -> str:
    """The head noun of a described speaker's name: its last word before a preposition or a phrase after the
    head ("person" of "person close to the process", "campaign" of "Ted Cruz's campaign")."""
    kept: list[str] = []
    for word in words:
        if word.lower() in HEAD_ENDING_WORDS:
            break
        kept.append(word)
    return kept[-1] if kept else ""


def titled_conjunct(head: Token) -> Token | None:
    """The name a capitalised title shares with a second title ("Foreign Minister and Deputy Prime Minister
    Ishaq Dar", "Green Party candidate and former pilot Ruth Vance"): the conjunct, when it is a
    person's name with a title of its own and no comma comes between. A lower-case title takes no determiner
    ("the minister and his deputy X" are two people)."""
    if not is_titled(head) or not (head.text[:1].isupper() or not any(c.dep_ in ("det", "poss") for c in head.children)):
        return None
    for conj in head.children:
        if conj.dep_ != "conj" or conj.ent_type_ != "PERSON" or conj.i <= head.i:
            continue
        between = head.doc[head.i + 1 : conj.left_edge.i]
        chain = head.doc[conj.left_edge.i : conj.i]
        if [t.lower_ for t in between] == ["and"] and any(
                is_titled(t) or (t.pos_ == "NOUN" and t.dep_ == "compound") for t in chain):
            return conj
    return None


def role_word(head: Token) -> str:
    """A role noun as one word, a hyphenated one whole ("front-runner": the parser splits it at the hyphen)."""
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].text == "-" and not doc[head.i - 1].whitespace_ and not doc[head.i - 2].whitespace_:
        return f"{doc[head.i - 2].lower_}-{head.lower_}"
    return head.lower_


def is_titled(token: Token) -> bool:
    """Whether a word is a person's title or role ("minister", "contender")."""
    if token.lower_ in person_heads():
        return True
    entry = title_entry(token.lower_)
    return entry is not None and entry.kind == "person"
