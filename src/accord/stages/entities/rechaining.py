"""Passes over the chained entities that move a mention or a code to the entity it belongs to."""

from __future__ import annotations

from spacy.tokens import Doc

from accord.knowledge.actors import entity_words, first_name_genders
from accord.stages.entities.builder import EntityBuilder, EntityDraft
from accord.stages.entities.title_references import LEADING_VERBS
from accord.stages.entities.variants import name_words


def surnames_by_honorific(builder: EntityBuilder, doc: Doc) -> None:
    """A bare surname after an honorific belongs to the full-named person of that gender who bears it ("Mrs.
    Clinton" is Hillary Clinton, "Mr. Clinton" Bill Clinton): chained in text order, the surname may have
    gone to the relative named first, before the other was named in full."""
    genders = entity_words().honorifics
    full = [p for p in builder.persons if len(name_words(p.name)) > 1 and p.gender]
    for person in full:
        surname = name_words(person.name)[-1]
        for mention in list(person.mentions):
            token = doc.char_span(mention[0], mention[1], alignment_mode="expand")
            if token is None or token.text != surname or token.start == 0:
                continue
            gender = genders.get(doc[token.start - 1].lower_)
            if not gender or gender == person.gender:
                continue
            other = [p for p in full if p is not person and p.gender == gender and name_words(p.name)[-1] == surname]
            if other:
                # Two of that gender ("Hillary Clinton", later "Chelsea Clinton"): the one named first, the
                # principal news calls by the honorific, as a bare surname is (builder._principal_of_surname).
                person.mentions.remove(mention)
                min(other, key=_first_named).mentions.append(mention)


def _first_named(person: EntityDraft) -> int:
    """Where a person is first mentioned."""
    return min((m[0] for m in person.mentions), default=0)


def surnames_read_as_organisations(builder: EntityBuilder) -> None:
    """An uncoded "organisation" named by a person's multi-word surname ("De Blasio" in a headline, "Bill de
    Blasio" in the body) is that person: the model took the capitalised particle for a company name. One-word
    names stay apart ("Bloomberg" the company beside Michael R. Bloomberg)."""
    for draft in builder.drafts:
        words = draft.name.split()
        if draft.kind != "organisation" or draft.code or len(words) < 2 or words[0] in first_name_genders():
            continue
        for person in builder.persons:
            parts = name_words(person.name)
            if len(parts) > len(words) and [p.lower() for p in parts[-len(words):]] == [w.lower() for w in words]:
                for mention in draft.mentions:
                    person.mentions.append(mention[:4] + ("surname",))
                draft.mentions.clear()
                break


def leaders_take_their_organisation(builder: EntityBuilder, doc: Doc) -> None:
    """"The organization, led by Anders Fogh Rasmussen": a person without a code of their own takes the code
    of the organisation they lead, head, chair or founded (read once every mention is chained)."""
    heads: dict[int, EntityDraft] = {}
    for draft in builder.drafts:
        if draft.kind == "organisation" and draft.code:
            for _, _, head_start, _, _ in draft.mentions:
                heads[head_start] = draft
    if not heads:
        return
    for person in builder.persons:
        if person.code:
            continue
        for _, _, head_start, head_end, _ in person.mentions:
            name = doc.char_span(head_start, head_end, alignment_mode="expand")
            if name is None:
                continue
            by = name.root.head
            verb = by.head
            if name.root.dep_ != "pobj" or by.lower_ != "by" or verb.lemma_.lower() not in LEADING_VERBS:
                continue
            organisation = heads.get(verb.head.left_edge.idx) or heads.get(verb.head.idx)
            if verb.dep_ == "acl" and organisation is not None:
                person.code = organisation.code
                break
