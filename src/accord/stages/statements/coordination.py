"""Speakers joined by "and" ("Bugti and Chaudhry said", "Tokyo and Washington said"): one statement whose
speaker is the pair, named by each one's fullest name (issue 13 item 4; VOA ANNOTATION.md keeps a joint
speaker as written: "Sarfraz Bugti and Ahmed Sharif Chaudhry", "Tokyo and Washington").

Only proper names are joined: "Autor and his colleagues" and "Trump and other U.S. officials" are the named
one speaking with a group the text leaves unnamed, so the name is the named one's alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from accord.knowledge.actors import lexicon, lookup_actor
from accord.stages.grammar import span_text
from accord.stages.statements.resolved_speaker import ResolvedSpeaker, mixed_codes

# The coordinator of firm names ("Procter & Gamble"), also written between two parties ("Colombia & Norway").
AMPERSAND = "&"
# Words that make a conjunct an unnamed rest of a group ("and other officials", "and others").
OTHER_WORDS = frozenset({"other", "others"})
# A named speaker followed by an unnamed rest of a group, as the text writes it when the parser misreads it
# ("Trump and other U.S. officials": the parser makes "Trump" a modifier of "officials").
_NAMED_AND_OTHERS = re.compile(r"^((?:[Tt]he\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+and\s+others?\b")


def _own_actor(token: Token) -> bool:
    """Whether a name coordinated by "&" is a party the actor lexicon codes by itself ("Colombia", "the EU")."""
    found = lookup_actor(token.text)
    return found is not None and found.code is not None


# A word between a name and a later one the parser coordinated with it that makes the later one an
# accompaniment, not a co-speaker ("Hale, one of the negotiators, along with Ruiz and Ortiz").
ACCOMPANIMENT_WORDS = frozenset({"along"})
# Links the parser gives the second name of a comma list to the first ("A, B and C": an apposition, or an
# adverbial modifier when the list opens the sentence).
LIST_SECOND_DEPS = frozenset({"appos", "npadvmod"})
# Clauses hung on the first name that may close before a real second name ("Ruiz, who chairs the panel, and Hale").
NAME_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def _clause_between(head: Token, first: Token) -> bool:
    """Whether a verb outside the name's own relative clause, or "along with", stands between a speaker's name
    and the first name coordinated with it: "Trump endorsed Ryan, McCain and Ayotte" is no coordination of
    Trump with McCain, whatever the parse."""
    doc = head.doc
    own = {t.i for c in head.children if c.dep_ in NAME_CLAUSE_DEPS for t in c.subtree}
    return any((t.pos_ in ("VERB", "AUX") and t.i not in own) or t.lower_ in ACCOMPANIMENT_WORDS
               for t in doc[head.i + 1 : first.i])


def name_conjuncts(head: Token) -> list[Token]:
    """The proper names coordinated with ``head`` by "and" ("Bugti and Chaudhry" -> [Chaudhry]), or [] when
    ``head`` is no proper name, the coordination is not "and", or a conjunct is not a proper name."""
    if head.pos_ != "PROPN":
        return []
    conjuncts: list[Token] = []
    appositions = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN"
                   and c.ent_type_ == "PERSON"]
    # The second name of a list the parser hung on the first as an apposition, or as an adverbial modifier when
    # the list opens the sentence ("Whitby, Jarrell and Okafor said"), right after the comma.
    listed = [c for c in head.children if c.dep_ in LIST_SECOND_DEPS and c.i > head.i + 1 and c.pos_ == "PROPN"
              and c.ent_type_ == "PERSON" and c.doc[c.left_edge.i - 1].text == ","]
    frontier = [head]
    if not any(c.dep_ == "conj" for c in head.children) and listed \
            and any(c.dep_ == "conj" for c in listed[0].children):
        # "Rand Paul, Ben Carson, John Kasich and Marco Rubio said": the parser made the second name an
        # apposition of the first and the rest its conjuncts; a list ending in "and" is one coordination.
        conjuncts.append(listed[0])
        frontier = [listed[0]]
    while frontier:
        token = frontier.pop()
        for child in token.children:
            if child.dep_ == "conj" and child.i > token.i:
                conjuncts.append(child)
                frontier.append(child)
    if not conjuncts:
        return []
    # "Governor Whitfield and her chief of staff, Carl Benning, said": the role's name, which the parser
    # hung on the first name, stands for the role.
    named = [a for a in appositions if a not in conjuncts]
    conjuncts = [named.pop(0) if c.pos_ == "NOUN" and named and named[0].i > c.i else c for c in conjuncts]
    doc = head.doc
    if _clause_between(head, min(conjuncts, key=lambda t: t.i)):
        return []  # "Trump endorsed Ryan and McCain": the names after the verb are its objects, not speakers
    last = max(c.i for c in conjuncts)
    if lexicon().entry(span_text(doc[head.i : last + 1])) is not None:
        return []  # "Bosnia and Herzegovina", "Trinidad and Tobago": one name with "and" in it
    coordinators = {t.lower_ for t in doc[head.i : max(c.i for c in conjuncts)] if t.dep_ == "cc"}
    if AMPERSAND in coordinators and all(_own_actor(t) for t in [head, *conjuncts]):
        coordinators = (coordinators - {AMPERSAND}) | {"and"}  # "Colombia & Norway": two parties, as with "and"
    if coordinators != {"and"}:
        return []  # "Procter & Gamble" is one firm's name; "or" joins no joint speaker
    if any(c.pos_ != "PROPN" or c.lower_ in OTHER_WORDS or any(m.lower_ in OTHER_WORDS for m in c.children)
           for c in conjuncts):
        return []  # "Hillary Clinton and other Democrats": the named one with an unnamed rest
    return sorted(conjuncts, key=lambda t: t.i)


def misparsed_first_conjunct(head: Token, phrase_start: int) -> Token | None:
    """The first name of "X and Y said" when the parser left Y the subject and hung X elsewhere: as a second
    subject of the verb ("Pruitt and Governor Ali Hassan said", two subjects) or as a modifier inside Y's
    phrase ("Trump and Omani leader Haitham ..."). ``phrase_start`` is the token index where Y's phrase as
    written begins. None unless an "and" with X as its head stands right before Y's own words and X is a
    proper name with no conjunct of its own."""
    if head.pos_ != "PROPN" or not head.ent_type_:
        return None
    doc = head.doc
    own = next((t.i for t in doc[phrase_start : head.i + 1] if t.dep_ == "cc"), None)
    before = own if own is not None else phrase_start - 1
    if before <= 0 or doc[before].lower_ != "and" or doc[before].dep_ != "cc":
        return None
    first = doc[before].head
    if first.i >= before or first.pos_ != "PROPN" or any(c.dep_ == "conj" and c.i > first.i and c.i < head.i
                                                        and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                                                        for c in first.children):
        return None
    sibling = first.dep_ == head.dep_ and first.head.i == head.head.i
    inside = own is not None and head.i in [a.i for a in first.ancestors]
    return first if sibling or inside else None


def joined_name(names: Sequence[str]) -> str:
    """The pair's or list's name as a text writes it: "A and B", "A, B and C"."""
    if len(names) < 2:
        return names[0] if names else ""
    return f"{', '.join(names[:-1])} and {names[-1]}"


def joined_code(codes: Sequence[str | None]) -> str | None:
    """One code when every speaker has the same one; else None (a group of several countries has none)."""
    distinct = set(codes)
    return codes[0] if len(distinct) == 1 else None


def named_before_others(text: str) -> str | None:
    """The named speaker of "NAME and other(s) ...", when the phrase starts so; else None."""
    found = _NAMED_AND_OTHERS.match(text)
    return found.group(1) if found else None


def joint_speaker(parts: list[ResolvedSpeaker], start: int, end: int, sentence: int) -> ResolvedSpeaker:
    """People speaking together ("Bugti and Chaudhry said"): each one's fullest name joined, the code they share
    (none when they differ, and then ``mixed``), a person only when every one is."""
    return ResolvedSpeaker(start, end, joined_name([p.name or "" for p in parts]), None,
                           joined_code([p.affiliation for p in parts]), joined_code([p.sector for p in parts]), None,
                           all(p.person for p in parts), None, sentence, joint=True, mixed=mixed_codes(parts))
