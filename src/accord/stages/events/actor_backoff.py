"""Actor codes for events whose participants the lexicon cannot code (issue 14 item 1).

The back-off chain, after the gazetteer and titles of ``coding.code_token``: a reporter's speaker of
that name ("Berisha rejected ..." after "Berisha said ..." with an affiliation), the one country the
sentence names, then the article's host country (its dateline, else the country it names most): PLOVER
codes domestic and sub-state actors by the country they act in. An actor that none of these codes keeps
its text with no code; the event stays.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import ActorRef
from accord.stages.base import ArticleState
from accord.stages.dateline import dateline_country
from accord.stages.events.coding import lookup_phrase, phrase_tokens
from accord.stages.gazetteer import find_country

# Codes that are not a state: never an article's host country.
NON_STATE_CODES = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"})
# Entity labels whose mentions name a country, its people or a place in it.
COUNTRY_LABELS = frozenset({"GPE", "NORP"})
# The host country is the one named clearly most (this many times the runner-up); between two named
# about as often, the one the story names first (its lead's country).
HOST_MARGIN = 1.5


def _country_of_mention(text: str) -> str | None:
    coded = lookup_phrase(text)
    if coded is not None and coded.code and coded.code not in NON_STATE_CODES and coded.kind in (None, "country"):
        return coded.code
    place = find_country(text)
    return place.country if place is not None and place.country else None


def mentioned_countries(span: SpacySpan) -> list[str]:
    """The state codes of the country and nationality names in ``span``, in order."""
    codes = []
    for ent in span.ents:
        if ent.label_ in COUNTRY_LABELS:
            code = _country_of_mention(ent.text)
            if code is not None:
                codes.append(code)
    return codes


class ActorBackoff:
    """The back-off codes of one article."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state
        self._host: str | None | bool = False
        self._speakers: dict[str, ActorRef] | None = None

    def host_country(self) -> str | None:
        """The dateline's country, else the state the article names clearly most, else the first named of two."""
        if self._host is False:
            host = dateline_country(self.state.text)
            if host is None:
                mentions = mentioned_countries(self.state.doc[:])
                ranked = Counter(mentions).most_common(2)
                if ranked and (len(ranked) == 1 or ranked[0][1] >= HOST_MARGIN * ranked[1][1]):
                    host = ranked[0][0]
                elif ranked:  # two countries named about as often: the one the story opens with
                    host = min((c for c, _ in ranked), key=mentions.index)
            self._host = host
        return self._host  # type: ignore[return-value]

    def speaker_codes(self) -> dict[str, ActorRef]:
        """Affiliated speakers by each word of their name ("Berisha" of "Sali Berisha")."""
        if self._speakers is None:
            found: dict[str, ActorRef] = {}
            for statement in self.state.statements:
                speaker = statement.speaker
                if speaker is None or not speaker.affiliation or not speaker.name:
                    continue
                ref = ActorRef(text=speaker.text, start=speaker.start, end=speaker.end, name=speaker.name,
                               code=speaker.affiliation, sector=speaker.sector, entity=speaker.entity)
                for word in speaker.name.split():
                    if word[:1].isupper():
                        found.setdefault(word, ref)
            self._speakers = found
        return self._speakers

    def text_ref(self, token: Token) -> ActorRef:
        """The participant's phrase as written, with no code."""
        run = phrase_tokens(token)
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        return ActorRef(text=self.state.text[start:end], start=start, end=end)

    def code(self, tokens: list[Token], trigger: Token, sentence: SpacySpan, excluded: set[str]) -> list[ActorRef]:
        """Actors for the uncoded participants ``tokens`` of an event in ``sentence``, coded where the chain
        can; with no participant named, the doer coded by place, spanning the trigger ("was arrested")."""
        speakers = self.speaker_codes()
        sentence_codes = [c for c in dict.fromkeys(mentioned_countries(sentence)) if c not in excluded]
        fallback = sentence_codes[0] if len(sentence_codes) == 1 else self.host_country()
        if fallback in excluded and not tokens:
            fallback = None  # what is done to a country is not done by an unnamed doer of it
        if not tokens:
            if fallback is None:
                return []
            start, end = trigger.idx, trigger.idx + len(trigger)
            return [ActorRef(text=self.state.text[start:end], start=start, end=end, code=fallback)]
        coded: list[ActorRef] = []
        for token in tokens:
            ref = self.text_ref(token)
            speaker = speakers.get(token.text) if token.pos_ == "PROPN" else None
            if speaker is not None:
                coded.append(ref.model_copy(update={"code": speaker.code, "name": speaker.name, "sector": speaker.sector}))
            else:
                coded.append(ref.model_copy(update={"code": fallback}))
        return coded
