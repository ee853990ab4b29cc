"""Quantities: numbers attached to events — people ("1,000 people from each side"), durations
("two-hour talks") and PLOVER sizes (dead, injured, arrested).

A number counts for an event when it sits in the event's own phrase (the trigger's subtree, not
crossing into other clauses) or, for size words ("killed", "injured"), in the event's sentence.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from accord.knowledge.loader import read_json
from accord.records import Quantity
from accord.stages.anchors import ANCHORS_KEY, anchored_events
from accord.stages.base import ArticleState, Stage
from accord.stages.grammar import CLAUSE_DEPS

# Dependencies by which a duration ("two-hour") modifies a noun as an adjective.
DURATION_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Right-hand dependents kept in a quantity's text ("from each side").
TRAILING_DEPS = frozenset({"prep"})


@functools.lru_cache(maxsize=1)
def _words() -> dict:
    return read_json("quantities/quantities.json")


def number_value(token: Token) -> float | None:
    """The value of a number token ("1,000", "two", "3.5 million" via its multiplier child/head)."""
    words = _words()
    text = token.lower_.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        value = words["number_words"].get(text)
        if value is None:
            return None
    for other in list(token.children) + ([token.head] if token.head.like_num else []):
        multiplier = words["multipliers"].get(other.lower_)
        if multiplier and other is not token:
            value *= multiplier
    return float(value)


def _phrase_tokens(root: Token) -> list[Token]:
    tokens: list[Token] = []
    stack = [root]
    while stack:
        current = stack.pop()
        tokens.append(current)
        stack.extend(c for c in current.children if c.dep_ not in CLAUSE_DEPS)
    return tokens


def _duration_adjective(counted: Token) -> bool:
    """A duration that modifies a noun ("two-hour talks", "a 48-hour truce"): the length of that noun's act."""
    return counted.dep_ in DURATION_MODIFIER_DEPS and counted.head.pos_ in ("NOUN", "PROPN") and counted.head.i != counted.i


def _names_the_event(noun: Token, own: int | None) -> bool:
    """Whether ``noun`` is the event's trigger or the object of its light verb ("held two-hour talks")."""
    return noun.i == own or (noun.dep_ == "dobj" and noun.head.i == own)


def _quantity(text: str, number: Token, own: int | None = None) -> Quantity | None:
    """The quantity a number gives the event whose trigger token is ``own``, or None."""
    value = number_value(number)
    words = _words()
    counted = number.head
    if number.pos_ == "NOUN":  # "dozens of protesters": the "of" object is what is counted
        counted = next((p for c in number.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), number)
        if counted is number:
            return None
    duration = counted.lemma_.lower() in words["duration_units"]
    if value is None or number.ent_type_ in ("DATE", "MONEY", "PERCENT", "ORDINAL") or (number.ent_type_ == "TIME" and not duration):
        return None
    if duration and _duration_adjective(counted) and not _names_the_event(counted.head, own):
        return None  # "After the two-hour talks, they agreed to ...": the talks' length, not the agreement's
    unit = counted.lemma_.lower() if counted is not number else None
    start, end = number.idx, number.idx + len(number)
    if unit in words["duration_units"]:
        end = counted.idx + len(counted)
        unit = unit + "s" if value != 1 else unit
    elif counted.pos_ in ("NOUN", "PROPN") and counted.i != number.i and counted.lemma_.lower() in words["counted_nouns"]:
        end = max(end, counted.idx + len(counted))
        for child in counted.rights:
            if child.dep_ in TRAILING_DEPS and child.lower_ in ("from", "of"):
                end = max(end, max(t.idx + len(t) for t in child.subtree))
        size = _size_of(counted) or (_size_of(number) if number.pos_ == "NOUN" else None)
        unit = size or counted.text.lower()
    else:
        size = _size_of(number)
        if size is None:
            return None
        unit = size
    return Quantity(value=value, unit=unit, text=text[start:end], start=start, end=end)


def _size_of(token: Token) -> str | None:
    """PLOVER size category of the words around a counted noun ("12 people were killed" -> dead)."""
    sizes = _words()["size_words"]
    for word in [token, token.head] + [c for c in token.children if c.dep_ in ("amod", "acl")]:
        found = sizes.get(word.lemma_.lower()) or sizes.get(word.lower_)
        if found:
            return found
    return None


def run(state: ArticleState) -> None:
    """Fill ``event.quantities`` for the events in ``state.events``."""
    doc = state.doc
    text = state.text if state.events else ""
    for event, found_at in anchored_events(state):
        seen: set[int] = set()
        quantities: list[Quantity] = []
        anchor = None if found_at.is_complement else found_at.anchor
        roots = {doc[i] for i in (found_at.own, anchor, found_at.complement) if i is not None}
        for root in sorted(roots, key=lambda t: t.i):
            for token in _phrase_tokens(root):
                if (token.like_num or token.lower_ in _words()["number_words"]) and token.i not in seen and not (token.head.like_num and token.head.i != token.i):
                    seen.add(token.i)
                    quantity = _quantity(text, token, found_at.own)
                    if quantity is not None:
                        quantities.append(quantity)
        event.quantities = sorted(quantities, key=lambda q: q.start or 0)


STAGE = Stage("quantities", run, reads=("doc", "events", f"scratch.{ANCHORS_KEY}"), writes=("events",))
