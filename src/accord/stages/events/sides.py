"""Who "both sides", "the two parties", "the sides" and a numbered round's joint doing stand for: the article's two
principal parties (``principals.principal_parties``), coded on the phrase that names them."""

from __future__ import annotations

from spacy.tokens import Token

from accord.records import ActorRef
from accord.stages.base import ArticleState
from accord.stages.events.lexicon import Lexicon
from accord.stages.events.principals import principal_parties
from accord.stages.mediators import mediator_codes, mediator_names, mediator_words


class PrincipalSides:
    """Codes phrases that stand for the article's two principal parties; one instance per article."""

    def __init__(self, state: ArticleState, lexicon: Lexicon, text: str) -> None:
        self.state = state
        self.lexicon = lexicon
        self.text = text
        self._principals: tuple[tuple[str, str | None], ...] | None = None
        self._mediators: frozenset[str] | None = None
        self._mediator_names: frozenset[str] | None = None
        # what "both sides" could do (a hypothesis, advice) names no particular parties: the builder clears
        # this for each hypothetical candidate
        self.resolvable = True

    def principal_parties(self) -> tuple[tuple[str, str | None], ...]:
        """The article's two principal parties (code, name), or none (``principals.principal_parties``)."""
        if self._principals is None:
            self._principals = principal_parties(self.state.doc, self.state.entities, self.mediators())
        return self._principals

    def other_than(self, own: set[str]) -> tuple[tuple[str, str | None], ...]:
        """The other principal party (code, name) when ``own`` is exactly one of the two; none otherwise."""
        principals = self.principal_parties()
        if len(own) != 1 or not own < {code for code, _ in principals}:
            return ()
        return tuple((code, name) for code, name in principals if code not in own)

    def mediators(self) -> frozenset[str]:
        """Codes of the parties the article says mediate (``mediators.mediator_codes``)."""
        if self._mediators is None:
            self._mediators = frozenset(mediator_codes(self.state.doc, self.state.entities, mediator_words()))
        return self._mediators

    def mediating(self, token: Token) -> bool:
        """Whether a participant is a person or body the article names as a mediator ("the talks were mediated by
        Halvorsen", then "Halvorsen said"): by the same proper name (``mediators.mediator_names``)."""
        if token.pos_ != "PROPN":
            return False
        if self._mediator_names is None:
            self._mediator_names = mediator_names(self.state.doc, mediator_words())
        return token.lower_ in self._mediator_names

    def both_sides(self, token: Token) -> list[ActorRef]:
        """"Both sides", "the two parties", "the two nations' experts", "experts from both sides": the article's
        principal parties, coded on that phrase."""
        spec = self.lexicon.frames["both_sides"]
        if not self.resolvable:
            return []
        end = token.idx + len(token)
        if token.lemma_.lower() not in spec["nouns"] and token.lower_ not in spec["nouns"]:
            # their people: "the two nations' experts", "both sides' negotiators", "experts from both sides"
            possessor = next((c for c in token.children if c.dep_ == "poss" and c.i < token.i
                              and (c.lemma_.lower() in spec["possessor_nouns"] or c.lower_ in spec["possessor_nouns"])), None)
            if possessor is None:
                possessor = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in spec["origin_preps"]
                                  for g in c.children if g.dep_ == "pobj"
                                  and (g.lemma_.lower() in spec["possessor_nouns"] or g.lower_ in spec["possessor_nouns"])), None)
                if possessor is not None:
                    end = possessor.idx + len(possessor)
            token = possessor
            if token is None:
                return []
        quantifier = next((c for c in token.children if c.lower_ in spec["quantifiers"] and c.i < token.i), None)
        if quantifier is None and token.lower_ in spec["definite_plurals"]:
            # "The sides agreed to hold a third session": the definite plural alone stands for the two sides
            quantifier = next((c for c in token.children if c.dep_ == "det" and c.lower_ == "the" and c.i < token.i), None)
        if quantifier is None:
            return []
        start = min([quantifier.idx, *(c.idx for c in token.children if c.dep_ == "det" and c.i < token.i)])
        return [ActorRef(text=self.text[start:end], start=start, end=end, name=name, code=code)
                for code, name in self.principal_parties()]

    def principal_refs(self, phrase: Token) -> list[ActorRef]:
        """The article's two principal parties, coded on a phrase that stands for their joint doing."""
        if not self.resolvable:
            return []
        start = min(c.idx for c in phrase.children if c.i < phrase.i) if any(c.i < phrase.i for c in phrase.children) else phrase.idx
        end = phrase.idx + len(phrase)
        return [ActorRef(text=self.text[start:end], start=start, end=end, name=name, code=code)
                for code, name in self.principal_parties()]
