"""ResolvedSpeaker: a speaker span with the identity it resolved to, shared by every resolution step."""

from __future__ import annotations

from dataclasses import dataclass


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
    joint: bool = False  # several people speaking together ("Bugti and Chaudhry"): no "he" or "she"
    # A joint speaker whose parties have different codes ("The EU and Norway", "Trump and Netanyahu"): it has
    # no code (VOA ANNOTATION.md), and no back-off (the story's country, a place) may give it one.
    mixed: bool = False


def mixed_codes(parts: list[ResolvedSpeaker]) -> bool:
    """Whether the people of a joint speaker carry different codes (then the pair has none)."""
    return len({p.affiliation for p in parts if p.affiliation}) > 1


def is_named(person: ResolvedSpeaker) -> bool:
    """Whether a remembered person has a name, not only a role the finder kept ("U.N. chief")."""
    return bool(person.name) and person.name.split()[-1][:1].isupper()
