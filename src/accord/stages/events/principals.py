"""The two principal parties of an article: who "both sides" and "the two parties" stand for.

The parties the article names most often (every coded person, organisation and country mention counts
for its code), leaving out its mediators, whose own acts are never "both sides" ("Oman, which mediated
the talks", "Omani-mediated talks", "Halloran, who acted as chief mediator"), and organisations. Two
parties only when they are clear: the second named at least ``PRINCIPAL_SHARE`` as often as the first
(an article about one country's politics has no two sides) and a third not as often as the second.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from accord.records import Entity
from accord.stages.positions import NON_STATE_CODES

# The second principal party is named at least this share as often as the first: two sides of one
# negotiation are both talked about (18 and 8 mentions in a report of a US–Iran round), while a domestic
# story's one foreign mention (40 and 2) makes no second side.
PRINCIPAL_SHARE = 0.3
def principal_parties(doc: Doc, entities: list[Entity], mediators: frozenset[str]) -> tuple[tuple[str, str | None], ...]:
    """(code, name) of the article's two principal parties, or none when they are not clear; ``mediators``:
    the codes of the parties it says mediate (``mediator_codes``)."""
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    for entity in entities:
        if entity.code and entity.code not in NON_STATE_CODES and entity.code not in mediators:
            counts[entity.code] += max(len(entity.mentions), 1)
            if entity.kind == "country":
                names.setdefault(entity.code, entity.name)
    ranked = counts.most_common()
    if len(ranked) < 2 or ranked[1][1] < PRINCIPAL_SHARE * ranked[0][1]:
        return ()
    if len(ranked) > 2 and ranked[2][1] >= ranked[1][1]:
        return ()
    return tuple((code, names.get(code)) for code, _ in ranked[:2])
