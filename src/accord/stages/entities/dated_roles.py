"""A named person the article's words leave uncoded takes their dated role on the publication day.

The people gazetteer (``knowledge.people_roles``) knows who held which office when; the statements
stage already used it for speakers, but a person named only as a doer or target of an act ("Hillary
Clinton met donors") kept no code, so the events stage had none to give.
"""

from __future__ import annotations

from collections.abc import Iterable

from accord.knowledge.people_roles import role_by_surname, role_of
from accord.stages.entities.builder import EntityDraft


def code_known_people(drafts: Iterable[EntityDraft], published: str | None) -> None:
    """Fill the code of each uncoded person draft whose full name or alias the gazetteer lists, with the role
    valid on ``published`` (``people_roles.pick_role``). Only the code, as the statements stage takes it: the
    sector stays what the article's words say (a dated role's sector is the office, not what the story is
    about). A bare surname is ambiguous: it is looked up only with a title ("President Obama"), as the one holder
    of that surname with a role on the day in a country the article names (``people_roles.role_by_surname``, as
    the statements stage does for speakers); else a titled surname took the country of the act's place."""
    drafts = list(drafts)
    countries = frozenset(d.code for d in drafts if d.kind == "country" and d.code)
    for draft in drafts:
        if draft.kind != "person" or draft.code:
            continue
        if len(draft.name.split()) > 1:
            role = role_of(draft.name, published)
        else:
            role = role_by_surname(draft.name, published, countries) if draft.title else None
        if role is not None:
            draft.code = role[0]
