"""Kin speakers ("her husband", "Lund's eldest daughter", "Lund's son, Piet") resolved to the family member the
article names by the owner's surname."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.entities import resolve_mention
from accord.stages.statements.resolved_speaker import ResolvedSpeaker, is_named


class KinSpeakers:
    """Kinship resolution of SpeakerResolver: the family member a possessed kin role names."""

    def _kin_named(self, head: Token, sentence: int) -> ResolvedSpeaker | None:
        """"Her husband", "Ann Lund's son": the one other person of the owner's surname whom the article names
        and whose known gender is the role's (if it has one); "Lund's son, Piet": the given name in apposition with that
        surname. None for a plural role, an owner who is no named person, or two such family members."""
        kin = self.words["kin_nouns"]  # type: ignore[attr-defined]
        noun = head.lemma_.lower()
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if head.tag_ != "NN" or noun not in kin or owner is None:
            return None
        found = self._kin_owner(owner, sentence)
        if found is None:
            return None
        surname, owner_entity = found
        gender = kin[noun]
        given = self._apposed_given_name(head)
        if given is not None:
            full = f"{given} {surname}"
            known = next((p for p in self.people if p.name == full), None)  # type: ignore[attr-defined]
            if known is not None:
                return known
            return ResolvedSpeaker(head.idx, head.idx + len(head.text), full, gender=gender, sentence=sentence)
        family: dict[str, ResolvedSpeaker] = {}
        for person in self.people:  # type: ignore[attr-defined]
            words = (person.name or "").split()
            if (not person.entity or person.entity == owner_entity or not is_named(person) or len(words) < 2
                    or words[-1] != surname):
                continue
            if gender and self._gender_of(person) not in (None, gender):
                continue  # "her husband" is not the daughter who shares the name
            fullest = family.get(person.entity)
            if fullest is None or len(words) > len((fullest.name or "").split()):
                family[person.entity] = person
        if len(family) != 1:
            return None  # two relatives of that name: the role names neither
        relative = next(iter(family.values()))
        # A gendered role names only a relative whose gender the article or the given name tells.
        return relative if not gender or self._gender_of(relative) == gender else None

    def _gender_of(self, person: ResolvedSpeaker) -> str | None:
        """A remembered person's known gender: the mention's own, else the entities stage's guess."""
        return person.gender or self._genders.get(person.entity or "")  # type: ignore[attr-defined]

    def _kin_owner(self, owner: Token, sentence: int) -> tuple[str, str | None] | None:
        """The surname and entity of the named person a kin role's possessor stands for: "her" resolved as a
        pronoun, "Lund's" as a name; None when it is no named person of two or more words."""
        gender = self.words["pronouns"].get(owner.lower_)  # type: ignore[attr-defined]
        if gender in ("male", "female"):
            person = self._resolve_personal(owner.idx, owner.idx + len(owner.text), gender, sentence)  # type: ignore[attr-defined]
            name, entity = person.name, person.entity
            if not person.person:
                return None
        elif owner.pos_ == "PROPN":
            mention = resolve_mention(self.state, owner.idx, owner.idx + len(owner.text))  # type: ignore[attr-defined]
            if mention is None or mention.kind != "person":
                return None
            name, entity = mention.name, mention.entity
        else:
            return None
        words = (name or "").split()
        if len(words) < 2 or not words[-1][:1].isupper():
            return None
        return words[-1], entity

    @staticmethod
    def _apposed_given_name(head: Token) -> str | None:
        """A one-word name in apposition with a kin role ("his son, Piet"): the given name of the family member."""
        for child in head.children:
            if (child.dep_ == "appos" and child.i > head.i and child.pos_ == "PROPN" and child.text[:1].isupper()
                    and child.left_edge.i == child.i == child.right_edge.i):
                return child.text
        return None
