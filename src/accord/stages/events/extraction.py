"""Events from one parsed article: triggers -> frames -> participants -> negation/modality -> records.

Pure over the state's Doc (plus the entities/statements already in the state); returns contract
Event records with ids e1, e2, ... in text order.
"""

from __future__ import annotations

import itertools

from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.knowledge.actors import names_a_population
from accord.records import ActorRef, Assertion, Event, Modality, Span
from accord.stages.anchors import EventAnchors, set_event_anchors
from accord.stages.base import ArticleState
from accord.stages.date_attachment import to_event_date
from accord.stages.events import arguments
from accord.stages.events.accusations import doer_phrase, find_accusations
from accord.stages.events.actor_backoff import ActorBackoff
from accord.stages.events.coding import code_modifier, code_token, compound_refs, lookup_phrase
from accord.stages.events.compose import complements, compose, frame_of, recode_for_modality, threat_recode
from accord.stages.events.contexts import sentence_contexts
from accord.stages.events.lexicon import Lexicon, TriggerEntry, load_lexicon
from accord.stages.events.modality import CONTRACT_MODALITY, assertion_of, in_condition, modality_of
from accord.stages.events.named_doers import performed_by_named_party
from accord.stages.events.negation import is_negated
from accord.stages.events.references import DEFINITE_DETERMINERS
from accord.stages.events.senses import (
    approval_agreement,
    commercial_act,
    electoral_win,
    figurative_fight,
    media_interview,
    no_event_sense,
    person_tokens,
    poll_standing,
    retort,
    verbal_attack,
)
from accord.stages.events.predication import is_finite, is_question
from accord.stages.events.principals import principal_parties
from accord.stages.events.statement_link import statement_id_for
from accord.stages.events.triggers import Trigger, find_triggers
from accord.stages.events.type_model import choose_types
from accord.stages.gazetteer import find_country, locate, place_country
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.token_filters import indices_with

# Dependencies by which a nominal trigger hangs on the verb that reports it ("held talks").
NOUN_ANCHOR_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
# Nouns that, with a possessive pronoun, stand for the speaker's own state ("his country would not ...").
SELF_REFERENCES = frozenset({"country", "nation", "government", "state", "administration",
                             "force", "troop", "army", "military", "soldier", "navy", "ministry"})
# Verbs whose subject hosts and whose object visits (PLOVER codes the visitor as actor, manual 3.2.2).
HOSTING_VERBS = frozenset({"host", "receive", "welcome"})
# Entity types that make a mention more specific than a duplicate of it in the same sentence.
SPECIFIC_ENTITY_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "ORG"})
# A nominal trigger that is the subject of a verb takes that verb's tense, negation, date and place
# ("the talks will take place next week"), but not its subject.
SUBJECT_ANCHOR_DEPS = frozenset({"nsubj"})
# Prepositions through which a participation verb governs the event noun ("took part in talks").
PARTICIPATION_PREPS = frozenset({"in", "at"})
# Clause links of a verb that modifies a noun: the form of a re-mention ("the leader, who was killed ...").
RE_MENTION_CLAUSE_DEPS = frozenset({"relcl", "acl"})
# Subjects that make a modal the speaker's own commitment, not a demand on another ("we must act").
SPEAKER_SELF_WORDS = frozenset({"we", "i"})
# Prepositions whose object is the cause or setting of an act, an event of its own when it is one. Time
# prepositions are left out: "after the talks, they agreed" names again talks already told, and
# "kidnapped during a raid" tells one event twice.
CAUSE_PREPS = frozenset({"over", "amid", "despite"})
# Pronoun subjects with which "talking about X" names a topic ("we are talking about a crisis"), not talks.
TOPIC_PRONOUNS = frozenset({"we", "they", "you"})
# Penn tags of the simple present, the tense in which a legal text states what it provides.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Links by which a request names whom it asks or what it asks for.
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "xcomp", "ccomp", "prep", "nsubjpass", "prt"})
# Entity labels of a doer named in an accusation that stands for a party though it has no code ("Carson").
NAMED_PARTY_LABELS = frozenset({"PERSON", "ORG"})
# Assertions of events that a timeline or count shows: a mention of one is never shadowed by a demanded,
# hypothetical or future mention of the same act (the article-wide dedupe keeps them apart).
REPORTED_ASSERTIONS = frozenset({"asserted", "historical"})
# Pronouns are coded through the entities stage, the clause's speaker or the enclosing statement's speaker.
PRONOUN_POS = "PRON"


_VENUE_WORDS: dict[int, frozenset[str]] = {}


def venue_words(lexicon: Lexicon) -> frozenset[str]:
    """The trigger lemmas of the lexicon's venue act types ("talks", "meet"), computed once per lexicon."""
    if id(lexicon) not in _VENUE_WORDS:
        venue_types = set(lexicon.frames["venue_act_types"])
        _VENUE_WORDS[id(lexicon)] = frozenset(
            lemma for (_, lemma), entries in lexicon.entries.items() if any(e.type in venue_types for e in entries))
    return _VENUE_WORDS[id(lexicon)]


@dataclass
class Candidate:
    """An event under construction, before it becomes a contract record."""

    trigger: Trigger
    type: str
    mode: str | None
    anchor: Token
    span_tokens: list[Token]
    actors: list[ActorRef] = field(default_factory=list)
    recipients: list[ActorRef] = field(default_factory=list)
    negated: bool = False
    modality: Modality = "asserted"
    assertion: Assertion = "asserted"
    complement_key: frozenset[str] = frozenset()
    inherit_from: Token | None = None
    complement: Token | None = None
    inner: tuple[str, str | None] | None = None  # type and mode of what a frame word's complement names
    actor_tokens: list[Token] = field(default_factory=list)  # the participants named as doers, coded or not
    unnamed: bool = False  # no participant coded by name: its actor (if any) came from the back-off chain
    re_mentions: list[list[Token]] = field(default_factory=list)  # later mentions of this act, their words
    by_construction: bool = False  # its type comes from a construction rule (a predicative refusal), not the word
    from_statement: bool = False  # an ACCUSE built from what a speaker says (accusations.py): no trigger word to learn


def sentence_index(doc: Doc) -> list[SpacySpan]:
    """Each token's sentence, computed in one pass (``Token.sent`` rescans the Doc on every call)."""
    index: list[SpacySpan] = []
    for sentence in doc.sents:
        index.extend([sentence] * len(sentence))
    return index


def boilerplate_start(text: str, lexicon: Lexicon) -> int:
    """Where link-list boilerplate ("Read more:") begins; events are not read past it."""
    markers = tuple(lexicon.frames["boilerplate_markers"])
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip().lower().startswith(markers):
            return offset
        offset += len(line)
    return len(text)


def _anchor_of(trigger: Trigger, light: frozenset[str], participation: frozenset[str], responsibility: frozenset[str] = frozenset(),
               measures: frozenset[str] = frozenset()) -> Token:
    token = trigger.token
    if trigger.pos != "noun":
        return token
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in measures \
            and head.head.dep_ in NOUN_ANCHOR_DEPS and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head  # "wrapped up two days of talks": the verb of the measure phrase reports the event
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in responsibility \
            and head.head.dep_ in NOUN_ANCHOR_DEPS and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head  # "X claimed responsibility for an attack": X is the attack's actor
    if token.dep_ in NOUN_ANCHOR_DEPS | SUBJECT_ANCHOR_DEPS and head.pos_ in ("VERB", "AUX"):
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in PARTICIPATION_PREPS and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        if verb.lemma_.lower() in participation:
            return verb
    return token


def _dedupe_refs(refs: list[ActorRef]) -> list[ActorRef]:
    """One reference per code, in first-seen order; a reference with a sector replaces one without."""
    by_code: dict[str | None, int] = {}
    kept: list[ActorRef] = []
    for ref in refs:
        if ref.code in by_code:
            index = by_code[ref.code]
            if kept[index].sector is None and ref.sector is not None:
                kept[index] = ref
            continue
        by_code[ref.code] = len(kept)
        kept.append(ref)
    return kept


# Dependency links of a word that modifies its head ("an Israeli blockade") rather than naming a party.
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _self_addressed(speakers: list[ActorRef], addressees: list[ActorRef]) -> bool:
    """Whether a demand is addressed to the speaker's own side: a shared code and no two different sectors (a
    refugee group demanding that its country's government act asks another party, "the administration
    must stop the transfers")."""
    return any(s.code and s.code == a.code and (s.sector is None or a.sector is None or s.sector == a.sector)
               for s in speakers for a in addressees)


def _a_population(actor: ActorRef, doc: Doc) -> bool:
    """Whether an actor is a bare nationality used as a noun ("tens of thousands of Sudanese began
    protesting"): a country's people, not its state; a modifier ("an Israeli blockade") is the state."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].dep_ not in MODIFIER_DEPS and names_a_population(actor.text)


def _speculated(anchor: Token, belief_verbs: list[str]) -> bool:
    """Whether a clause is what someone thinks will happen, or a subject clause: speculation, no promise."""
    clause = anchor
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    return clause.dep_ in ("csubj", "csubjpass") or (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in belief_verbs)


# Entity labels of a time of its own on an event noun ("talks in October", "Tuesday's hijacking").
TIME_LABELS = frozenset({"DATE", "TIME"})
# Entity labels of a place, and the prepositions that put an event noun there ("talks in Stockholm").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPS = frozenset({"in", "at", "near"})
# Links of a count on an event noun's "of" object ("the killing of 33 militants"); a count on the noun
# itself counts acts of a kind ("faces two charges"), not one occurrence.
COUNT_DEPS = frozenset({"nummod", "quantmod"})
# Entity labels of a share or sum, not a count of victims or acts ("the support of 40 percent of voters").
SHARE_LABELS = frozenset({"PERCENT", "MONEY"})


def _told_as_placed(noun: Token) -> bool:
    """Whether an event noun is the subject of "be" placed or timed by a prepositional phrase: an occurrence
    told ("their second summit was in February 2019 in Hanoi"), not a description ("the talks were productive")."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_ != "be" or head.pos_ != "AUX":
        return False
    return any(pobj.ent_type_ in TIME_LABELS or (prep.lower_ in LOCATIVE_PREPS and pobj.ent_type_ in PLACE_LABELS)
               for prep in head.children if prep.dep_ == "prep" for pobj in prep.children if pobj.dep_ == "pobj")


def _own_particulars(noun: Token) -> bool:
    """Whether an event noun carries a time, a place or a count of its own: an occurrence told, not a
    kind of act named ("talks in Stockholm in October", "the killing of 33 militants" vs "aid", "tariffs")."""
    for child in noun.children:
        if child.ent_type_ in TIME_LABELS and child.dep_ not in ("relcl", "acl"):
            return True
        if child.dep_ != "prep":
            continue
        for pobj in (g for g in child.children if g.dep_ == "pobj"):
            if pobj.ent_type_ in TIME_LABELS or (child.lower_ in LOCATIVE_PREPS and pobj.ent_type_ in PLACE_LABELS):
                return True
            if child.lower_ == "of" and pobj.ent_type_ not in SHARE_LABELS and any(g.dep_ in COUNT_DEPS for g in pobj.children):
                return True
    return False


class EventBuilder:
    """Builds the article's events; one instance per article."""

    def __init__(self, state: ArticleState, lexicon: Lexicon) -> None:
        self.state = state
        self.lexicon = lexicon
        frames = lexicon.frames
        self.light = frozenset(frames["light_verbs"])
        self.doer_clauses = frozenset(frames["doer_clause_verbs"])
        self.participation = frozenset(frames["participation_verbs"])
        self.responsibility = frozenset(frames["responsibility_nouns"])
        self.measures = frozenset(frames["measure_nouns"])
        self.source_agents = frozenset(frames["source_agent_verbs"])
        self.preps: dict[str, list[str]] = {k: v for k, v in frames["recipient_preps"].items() if not k.startswith("_")}
        self.between = frozenset(frames["between_preps"])
        self.predicative = frozenset(frames["predicative_adjectives"])
        self.reciprocal = frozenset(frames["reciprocal_types"])
        self.object_control = frozenset(frames["object_control_verbs"])
        self.generic_people = frozenset(frames["generic_people"])
        self.documents = frozenset(frames["document_nouns"])
        self.group_nouns = frozenset(frames["anaphoric_group_nouns"]["nouns"])
        self.attribution = {verb: frozenset(preps) for verb, preps in frames["attribution_verbs"].items()}
        self.place_coded_types = frozenset(frames["unnamed_actor_place_types"])
        self.reporting = frozenset(frames["reporting_verbs"]["verbs"])
        self._coded: dict[int, ActorRef | None] = {}
        self._principals: tuple[tuple[str, str | None], ...] | None = None
        self._sides_resolvable = True
        self._trigger_index: dict[int, Trigger] = {}
        self._own_clause: dict[int, Token] = {}  # event nouns told with a light-verb clause of their own: that clause
        self._sentence_of = sentence_index(state.doc)
        self.text = state.text  # Doc.text is rebuilt on every access
        self.backoff = ActorBackoff(state, venue_words(lexicon))
        self._persons: frozenset[int] | None = None
        self._person_entities: frozenset[str] | None = None
        self._part_verbs = frozenset(lexicon.frames["part_verbs"])
        self.round_nouns = frozenset(lexicon.frames["round_nouns"])

    def is_person(self, token: Token) -> bool:
        """Whether a token names a person (spaCy's tag or a person mention of the entities stage)."""
        if self._persons is None:
            self._persons = person_tokens(self.state.doc, self.state.entities)
        return token.ent_type_ == "PERSON" or token.i in self._persons

    # --- participants -------------------------------------------------------------------------
    def code(self, token: Token) -> ActorRef | None:
        if token.i not in self._coded:
            ref = code_token(self.state, token, self.text)
            if ref is None and token.pos_ == PRONOUN_POS:
                ref = self._pronoun(token)
            if (ref is None or ref.code is None) and token.lemma_.lower() in SELF_REFERENCES:
                possessor = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == PRONOUN_POS), None)
                if possessor is not None:  # "his country", "their government", "its forces": the speaker's
                    owner = self._pronoun(possessor)
                    if owner is not None and owner.code:
                        start, end = possessor.idx, token.idx + len(token)
                        ref = ActorRef(text=self.text[start:end], start=start, end=end, name=owner.name, code=owner.code,
                                       sector=(ref.sector if ref is not None else None) or owner.sector, entity=owner.entity)
            if (ref is None or ref.code is None) and token.lemma_.lower() in self.group_nouns \
                    and any(c.lower_ == "the" for c in token.children):
                ref = self._earlier_organisation(token) or ref
            if ref is None or ref.code is None:
                ref = self._by_group_or_place(token, ref)
            if ref is not None and ref.code is None and ref.sector and any(c.lower_ == "the" for c in token.children):
                ref = self._speakers_official(token, ref)  # "The Elysee said the president would ...": France's
            self._coded[token.i] = ref
        return self._coded[token.i]

    def _earlier_organisation(self, token: Token) -> ActorRef | None:
        """The nearest organisation named earlier in the sentence, for "the group" / "the movement"."""
        sentence = self._sentence_of[token.i]
        for earlier in reversed(self.state.doc[sentence.start:token.i]):
            if earlier.pos_ != "PROPN":
                continue
            ref = code_modifier(self.state, earlier, self.text)
            coded = lookup_phrase(earlier.text)
            if ref is not None and ref.code and coded is not None and coded.kind == "organisation":
                start, end = token.idx, token.idx + len(token)
                det = next((c for c in token.children if c.lower_ == "the"), None)
                start = det.idx if det is not None else start
                return ActorRef(text=self.text[start:end], start=start, end=end, name=ref.name, code=ref.code,
                                sector=ref.sector, entity=ref.entity)
        return None

    def _by_group_or_place(self, token: Token, ref: ActorRef | None) -> ActorRef | None:
        """Code a generic participant from its "of" group ("thousands of Kenyans") or the place it is
        in ("protesters in Serbia", "gunmen ... in northern Nigeria"): PLOVER codes domestic actors by country."""
        group = self._of_group(token)
        if group is not None:
            inner = code_token(self.state, group, self.text)
            if inner is not None and inner.code:
                return inner
        if ref is None and token.pos_ != "NOUN":
            return ref
        generic = token.lemma_.lower() in self.generic_people and token.i not in self._trigger_index
        if ref is None and not generic and token.ent_type_ == "" and not any(c.dep_ == "prep" for c in token.children):
            return None
        in_clause = ref is not None or generic
        clause = token.head if token.dep_ in SUBJECT_DEPS and token.head.pos_ in ("VERB", "AUX") else self._sentence_of[token.i].root
        country = place_country(token) or (place_country(group) if group is not None else None) \
            or (place_country(clause, clause_only=True) if in_clause else None)
        if country is None:
            return ref
        text = self.text
        start, end = (ref.start, ref.end) if ref is not None else (token.idx, token.idx + len(token))
        return ActorRef(text=text[start:end], start=start, end=end, name=ref.name if ref else None, code=country,
                        sector=ref.sector if ref else None, entity=ref.entity if ref else None)

    def _place_of_unnamed_doer(self, noun: Token) -> list[ActorRef]:
        """A doerless event noun coded by the country where it happens ("the arrest of a leader in Dakar")."""
        group = self._of_group(noun)
        located = locate(noun) or (locate(group) if group is not None else None)
        if located is None:
            return []
        country, first, last = located
        start, end = first.idx, last.idx + len(last)
        return [ActorRef(text=self.text[start:end], start=start, end=end, code=country)]

    def _pronoun(self, token: Token) -> ActorRef | None:
        if token.lower_ not in arguments.PERSONAL_PRONOUNS:
            return None
        for speaker in arguments.governing_speaker(token.head):
            if speaker.pos_ != PRONOUN_POS:
                ref = code_token(self.state, speaker, self.text)
                if ref is not None:
                    return ref
        return self._statement_speaker(token)

    def _speakers_official(self, token: Token, ref: ActorRef) -> ActorRef:
        """A title with no country of its own ("the president") reported by a coded speaker is that speaker's."""
        speaker = next((r for r in (code_token(self.state, s, self.text) for s in arguments.governing_speaker(token.head)
                                    if s.i != token.i and s.pos_ != PRONOUN_POS) if r is not None and r.code), None) \
            or self._statement_speaker(token)
        if speaker is None or not speaker.code:
            return ref
        return ActorRef(text=ref.text, start=ref.start, end=ref.end, name=ref.name, code=speaker.code,
                        sector=ref.sector, entity=ref.entity)

    def _statement_speaker(self, token: Token, coded_only: bool = True) -> ActorRef | None:
        """The speaker of the statement holding ``token``; with ``coded_only``, only one with an affiliation."""
        statement_id = statement_id_for(self.state, token.idx, token.idx + len(token))
        statement = next((s for s in self.state.statements if s.id == statement_id), None)
        speaker = statement.speaker if statement else None
        if speaker is None or (coded_only and not speaker.affiliation):
            return None
        return ActorRef(text=speaker.text, start=speaker.start, end=speaker.end, name=speaker.name,
                        code=speaker.affiliation, sector=speaker.sector, entity=speaker.entity)

    def principal_parties(self) -> tuple[tuple[str, str | None], ...]:
        """The article's two principal parties (code, name), or none (``principals.principal_parties``)."""
        if self._principals is None:
            words = frozenset(self.lexicon.frames["both_sides"]["mediator_words"])
            self._principals = principal_parties(self.state.doc, self.state.entities, words)
        return self._principals

    def both_sides(self, token: Token) -> list[ActorRef]:
        """"Both sides", "the two parties", "the two nations' experts", "experts from both sides": the article's
        principal parties, coded on that phrase."""
        spec = self.lexicon.frames["both_sides"]
        if not self._sides_resolvable:
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
        if quantifier is None:
            return []
        start = min(quantifier.idx, *(c.idx for c in token.children if c.dep_ == "det" and c.i < token.i))
        return [ActorRef(text=self.text[start:end], start=start, end=end, name=name, code=code)
                for code, name in self.principal_parties()]

    def code_all(self, tokens: list[Token]) -> list[ActorRef]:
        refs: list[ActorRef] = []
        for token in tokens:
            sides = self.both_sides(token) or compound_refs(token, self.text)
            if sides:
                refs.extend(sides)
                continue
            ref = self.code(token)
            if ref is not None and ref.code:
                refs.append(ref)
                modifiers = [m for m in token.children if m.dep_ in ("amod", "compound", "nmod") and m.conjuncts]
                if modifiers:  # "Russian and Ukrainian delegations": one party per coordinated modifier
                    refs.extend(self.modifier_actors(token))
                group = self._of_group(token)
                if group is not None and group.i != token.i:
                    refs.extend(r for r in (self.code(c) for c in group.conjuncts if c.i > group.i) if r is not None and r.code)
        return _dedupe_refs(refs)

    @staticmethod
    def _of_group(token: Token) -> Token | None:
        """The "of" object naming a generic participant's group ("officials of Russia and Ukraine")."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ in ("PROPN", "NOUN"):
                        return pobj
        return None

    def between_actors(self, head: Token) -> list[ActorRef]:
        """Parties of ``between X and Y``, including coordinated modifiers ("between Russian and U.S. envoys")."""
        tokens = arguments.between_tokens(head, self.between)
        refs = self.code_all(tokens)
        if len(refs) < 2:
            for token in tokens:
                refs = _dedupe_refs(refs + [r for r in self.modifier_actors(token)])
        return refs

    def modifier_actors(self, noun: Token) -> list[ActorRef]:
        refs = [code_modifier(self.state, t, self.text) for t in arguments.noun_modifiers(noun)]
        return _dedupe_refs([r for r in refs if r is not None and r.code])

    # --- one candidate ------------------------------------------------------------------------
    def participants(self, cand: Candidate, extra_heads: list[Token]) -> None:
        token, anchor = cand.trigger.token, cand.anchor
        # what "both sides" could do (a hypothesis, advice) names no particular parties: left unresolved
        self._sides_resolvable = cand.modality != "hypothetical"
        actors: list[ActorRef] = []
        recipients: list[ActorRef] = []
        heads_for_recipients = [token] + extra_heads
        if cand.trigger.pos == "noun":
            between = self.between_actors(token)
            agent_tokens = arguments.noun_agent_tokens(token)
            _, clause_doers = arguments.clause_doer(token, self.doer_clauses)
            own = self.code_all(agent_tokens) or self.code_all(arguments.attributed_tokens(token, self.attribution)) \
                or self.code_all(clause_doers)
            cand.actor_tokens = agent_tokens or clause_doers
            modifiers = self.modifier_actors(token)
            actors = own or ([] if between and cand.type in self.reciprocal else modifiers)
            if between and cand.type in self.reciprocal:
                actors = actors + between
            elif between and not actors:
                actors = between[:1]
                recipients.extend(between[1:])
            elif between:
                recipients.extend(between)
            if not actors and token.lemma_.lower() in self.generic_people:
                # "protesters in Port Moresby": the people the noun names act, coded by where they are
                country = place_country(token) or (
                    place_country(token.head, clause_only=True) if token.dep_ == "nsubj" and token.head.pos_ == "VERB" else None)
                if country is not None:
                    actors = [ActorRef(text=token.text, start=token.idx, end=token.idx + len(token), code=country)]
            reaction = arguments.reaction_doers(token, anchor, self.lexicon.frames["reaction_verbs"]) if not actors else None
            if reaction is not None:  # "drew criticism from X", "sparked protests": not the first event's doer
                actors = self.code_all(reaction)
                cand.actor_tokens = list(reaction)
                if not actors and cand.type in self.place_coded_types:
                    # "sparked protests across Turkey": unnamed doers coded by the place, spanning the event noun
                    located = self._place_of_unnamed_doer(token) or self._place_of_unnamed_doer(anchor)
                    actors = [ActorRef(text=token.text, start=token.idx, end=token.idx + len(token), code=r.code)
                              for r in located]
            elif not actors and anchor is not token and token.dep_ not in SUBJECT_ANCHOR_DEPS:
                subjects, _ = arguments.subject_tokens(anchor, self.object_control, self.documents)
                event_subjects = [s for s in subjects if s.i in self._trigger_index]
                if event_subjects:
                    cand.inherit_from = event_subjects[0]
                else:
                    actors = self.code_all(subjects)
                    cand.actor_tokens = list(subjects)
                heads_for_recipients.append(anchor)
            root = arguments.main_predicate(self._sentence_of[token.i].root, self.reporting)
            if not actors and cand.inherit_from is None and cand.type in self.place_coded_types and root.i in (token.i, anchor.i):
                actors = self._place_of_unnamed_doer(token)  # only the sentence's own event, not one it mentions
        elif cand.trigger.pos == "adj" and cand.trigger.entry.lemma in self.predicative:
            # "enrichment is non-negotiable": the refusal is its speaker's, what is refused no party
            cand.by_construction = True
            cand.actor_tokens = arguments.governing_speaker(anchor)
            actors = self.code_all(cand.actor_tokens)
            if not actors and (speaker := self._statement_speaker(token)) is not None:
                actors = [speaker]
        else:
            subjects, passive = arguments.subject_tokens(anchor, self.object_control, self.documents)
            if passive:
                cand.actor_tokens = arguments.agent_tokens(anchor, self.source_agents)
                actors = self.code_all(cand.actor_tokens)
                patients = self.code_all(arguments.passive_patients(anchor))
                if cand.type in self.lexicon.frames["patient_is_actor_types"] and not actors:
                    actors = patients
                else:
                    recipients.extend(patients)
                if not actors:
                    cand.inherit_from = self._outcome_of(anchor)
            elif (outcome := self._outcome_of(anchor)) is not None:
                cand.inherit_from = outcome  # "talks ended with [further negotiations planned]": the talks' parties
            else:
                event_subjects = [s for s in subjects if s.i in self._trigger_index]
                if event_subjects and not self.code_all(subjects):
                    cand.inherit_from = event_subjects[0]
                actors = self.code_all(subjects)
                cand.actor_tokens = [s for s in subjects if s.i not in self._trigger_index]
            if not actors and cand.trigger.pos == "verb":
                between = self.code_all(arguments.between_tokens(token, self.between))
                actors = between
        for head in heads_for_recipients:
            for obj in arguments.object_tokens(head):
                if obj.lemma_.lower() in self.measures:
                    continue  # "two days (of talks)": a measure of the event, never a party to it
                coded = self.code_all([obj]) if obj.i not in self._trigger_index else []
                if not coded:  # "praised Morocco's plan", "rejected the Ukrainian peace plan"
                    coded = self.code_all(arguments.noun_agent_tokens(obj)) or self.modifier_actors(obj)
                recipients.extend(coded)
            recipients.extend(self.code_all(arguments.prep_objects(head, self.preps, cand.type)))
        if cand.trigger.entry.lemma in HOSTING_VERBS and cand.trigger.pos == "verb" and recipients:
            actors, recipients = recipients, actors  # the visitor is the actor, the host the recipient
        if not any(a.code for a in actors) and cand.type in self.reciprocal \
                and (numbered := self._numbered_round(token)) is not None and self._told_as_done(numbered.head):
            actors = self._principal_refs(numbered)  # "the first round of talks took place in ...": the parties' talks
        actor_codes = {a.code for a in actors}
        recipients = [r for r in _dedupe_refs(recipients) if r.code not in actor_codes]
        if cand.type in self.reciprocal and cand.type == "CONSULT" and cand.mode != "visit":
            actors = _dedupe_refs(actors + recipients)
            recipients = []
        cand.actors, cand.recipients = actors, recipients

    # --- the article ----------------------------------------------------------------------------
    def build(self) -> list[Event]:
        doc = self.state.doc
        text = self.text
        limit = boilerplate_start(text, self.lexicon)
        triggers = find_triggers(doc, self.lexicon, 0, limit)
        self._trigger_index = {t.token.i: t for t in triggers}
        absorbed: set[int] = set()
        for trig in triggers:
            frame = frame_of(trig, self.lexicon)
            if frame is None:
                continue
            for comp in complements(trig, self._trigger_index, self.lexicon):
                if comp.trigger is not None:
                    absorbed.add(comp.trigger.token.i)
                absorbed.update(t.i for t in comp.token.subtree if t.i in self._trigger_index and t.i != trig.token.i and t.dep_ != "relcl")
        absorbing = set(self.lexicon.frames["absorbing_nouns"])
        for index in indices_with(doc, "POS", ("NOUN",)):
            token = doc[index]
            if token.lemma_.lower() in absorbing:
                for child in token.children:
                    if child.dep_ in ("acl", "relcl"):
                        absorbed.update(t.i for t in child.subtree if t.i in self._trigger_index)
        topic = self.lexicon.frames["protest_topic_absorbed"]
        for trig in triggers:
            if trig.entry.type in topic["types"] and trig.pos == "verb":
                for child in trig.token.children:
                    if child.dep_ in topic["deps"] and child.i in self._trigger_index and self._trigger_index[child.i].entry.type != trig.entry.type:
                        absorbed.update(t.i for t in child.subtree if t.i in self._trigger_index)
        # nouns that are the object of another trigger verb belong to that verb's event
        object_of: dict[int, int] = {}
        for trig in triggers:
            token = trig.token
            if trig.pos == "noun" and token.dep_ in NOUN_ANCHOR_DEPS | {"pobj"} and token.i not in absorbed:
                if token.dep_ == "pobj" and token.head.lower_ in CAUSE_PREPS:
                    continue  # "withdrew ambassadors over the crackdown": the cause is an event of its own
                verb = token.head if token.dep_ != "pobj" else token.head.head
                measure = self._measure_phrase(token)
                if measure is not None:  # "the fourth round of talks was postponed": the talks are what was
                    verb = measure.head
                if verb.i in self._trigger_index and verb.i != token.i and self._trigger_index[verb.i].pos == "verb":
                    clause, _ = arguments.clause_doer(token, self.doer_clauses)
                    if clause is not None:  # "lifting the sanctions Washington has imposed": two acts, two doers
                        self._own_clause[token.i] = clause
                        continue
                    object_of[token.i] = verb.i
        absorbed.update(object_of)
        # "rejected Pakistan's allegation": a named party's accusation is its own act, though another's verb
        # rejects or reports it
        absorbed -= {t.token.i for t in triggers if t.pos == "noun" and t.entry.type == "ACCUSE"
                     and any(c.dep_ == "poss" and c.pos_ != PRONOUN_POS for c in t.token.children)}
        candidates: list[Candidate] = []
        yielded: set[int] = set()
        for trig in triggers:
            if trig.token.i in absorbed:
                continue
            made = self._candidates_for(trig)
            if made:
                yielded.add(trig.token.i)
            candidates.extend(made)
        # ... but only when that verb reports an event: a noun governed by a verb that is no event in its
        # sentence ("numbers declined after a 2013 agreement") is an event of its own
        for trig in triggers:
            verb = object_of.get(trig.token.i)
            if verb is not None and verb not in absorbed and verb not in yielded:
                candidates.extend(self._candidates_for(trig))
        candidates.extend(self._demands(limit))
        candidates.extend(self._accusations(limit, candidates))
        candidates.sort(key=lambda c: c.trigger.token.i)
        by_trigger: dict[int, Candidate] = {}
        for cand in candidates:
            by_trigger.setdefault(cand.trigger.token.i, cand)
        for cand in candidates:
            if not cand.actors and cand.inherit_from is not None and cand.inherit_from.i in by_trigger:
                source = by_trigger[cand.inherit_from.i]
                cand.actors = list(source.actors)
        movement = set(self.lexicon.frames["movement_verbs"])
        backed: list[Candidate] = []
        for cand in candidates:
            if cand.type == "CONSULT" and cand.mode == "visit" and cand.trigger.entry.lemma in movement and cand.actors \
                    and all(_a_population(a, doc) for a in cand.actors):
                continue  # "another wave of Somalis arrived in Kenya": a people moving, no party visiting
            if not any(a.code for a in cand.actors):
                if cand.type == "CONSULT" and cand.mode == "visit" and cand.trigger.entry.lemma in movement:
                    continue  # "people traveling": no party visits
                cand.unnamed = True
                self._back_off(cand)
            backed.append(cand)
        # the learned decision (type_model): the rules' type, another type they proposed, or no event
        deduped = self._dedupe(backed)
        # an accusation read off a statement is the construction's to decide; the model, trained on trigger
        # candidates, neither decides nor learns from it
        said = [c for c in deduped if c.from_statement]
        chosen = choose_types([c for c in deduped if not c.from_statement], self.state, self._sentence_of, self.lexicon)
        kept = self._drop_re_mentions(sorted(chosen + said, key=lambda c: c.trigger.token.i))
        return self._records(kept)

    def _is_re_mention_form(self, cand: Candidate) -> bool:
        """A definite event noun ("the talks", "its decision") or a verb in a modifier clause ("the
        leader, who was killed ..."): the forms in which a story names again an act it has told."""
        token = cand.trigger.token
        if self._specificity(cand) or any(t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY") for t in token.subtree):
            return False  # a date, place, party or count of its own: a new act ("the killing of 33 militants")
        if cand.trigger.pos == "noun":
            return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or (c.dep_ == "poss" and c.pos_ == PRONOUN_POS)
                       for c in token.children)
        return token.dep_ in RE_MENTION_CLAUSE_DEPS

    @staticmethod
    def _own_parties(cand: Candidate) -> list[ActorRef]:
        """The parties a mention names itself: for an event noun those inside its phrase ("Russia's decision",
        "the talks between X and Y"), not ones borrowed from the clause around it."""
        parties = cand.actors + cand.recipients
        if cand.trigger.pos != "noun":
            return parties
        subtree = list(cand.trigger.token.subtree)
        start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1])
        return [a for a in parties if start <= a.start and a.end <= end]

    def _own_days(self, cand: Candidate) -> set[str]:
        """The days the dates on a nominal trigger name ("Yesterday's meeting", "the meeting on Thursday"), or on
        the verb it is the subject of ("The meeting ... on Thursday reflects ...")."""
        token = cand.trigger.token
        holders = [token, token.head] if token.dep_ in SUBJECT_DEPS else [token]
        near = {t.i for h in holders for t in list(h.children) + [g for c in h.children if c.dep_ == "prep" for g in c.children]
                if t.ent_type_ == "DATE"}
        days = set()
        for ent in (e for e in self.state.doc.ents if e.label_ == "DATE" and any(e.start <= i < e.end for i in near)):
            date = to_event_date(self.state, ent, False)
            if date is not None and date.granularity == "day":
                days.add(date.value)
        return days

    def _is_dated_re_mention_form(self, cand: Candidate) -> bool:
        """A definite event noun whose only detail is a date ("Yesterday's meeting", "the meeting on Thursday"):
        a re-mention when an act of its type was told with that day."""
        token = cand.trigger.token
        if cand.trigger.pos != "noun":
            return False
        near = list(token.children) + [g for c in token.children if c.dep_ == "prep" for g in c.children]
        if not any(t.ent_type_ == "DATE" for t in near) or any(t.ent_type_ in SPECIFIC_ENTITY_LABELS - {"DATE"} for t in near):
            return False
        if any((t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY")) and t.ent_type_ != "DATE" for t in token.subtree):
            return False
        return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or (c.dep_ == "poss" and c.ent_type_ == "DATE")
                   for c in token.children)

    def _drop_re_mentions(self, candidates: list[Candidate]) -> list[Candidate]:
        """One event, many mentions (issue 14 item 4): a later re-mention of an act already told, of its type
        and sharing its parties (or naming none), is not a new event but a mention of the latest such act; so
        is one dated with the day that act was told with ("The meeting ... on Thursday ... Yesterday's meeting",
        told on Friday)."""
        kept: list[Candidate] = []
        for cand in candidates:
            plain = self._is_re_mention_form(cand)
            days = self._own_days(cand) if not plain and self._is_dated_re_mention_form(cand) else set()
            if (plain or days) and cand.assertion in ("asserted", "historical"):
                # parties named on the mention itself; a back-off code is a guess from the sentence ("the arrests
                # drew criticism from the EU" does not make the EU the arrester) and never tells two acts apart
                parties = set() if cand.unnamed else {a.code for a in self._own_parties(cand) if a.code}
                earlier = [k for k in kept if k.type == cand.type and k.trigger.token.i < cand.trigger.token.i
                           and self._sentence_of[k.trigger.token.i].start != self._sentence_of[cand.trigger.token.i].start
                           and (cand.trigger.pos == "noun" or k.trigger.entry.lemma == cand.trigger.entry.lemma)
                           and (plain or bool(days & self._own_days(k)))
                           and (not parties or parties & {a.code for a in k.actors + k.recipients if a.code})]
                if earlier:
                    earlier[-1].re_mentions.append(cand.span_tokens)
                    continue
            kept.append(cand)
        return kept

    def _demands(self, limit: int) -> list[Candidate]:
        """"Y must/should do Z", "Y needs to do Z", said by X: a REQUEST by X of Y, whose content is Z
        (issue 14 item 2); Z itself is demanded, not done. Unattributed or self-addressed ("we must")
        modals are no request."""
        cues = self.lexicon.cues
        demand_aux = frozenset(cues["demand_auxiliaries"])
        stative = frozenset(cues["stative_verbs"])
        made: list[Candidate] = []
        doc = self.state.doc
        for index in indices_with(doc, "POS", ("AUX", "VERB")):
            token = doc[index]
            if token.idx >= limit:
                break
            if token.dep_ == "aux" and token.lower_ in demand_aux and token.head.pos_ in ("VERB", "AUX"):
                verb = token.head
            elif token.lemma_.lower() == "need" and token.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in token.children):
                verb = next(c for c in token.children if c.dep_ == "xcomp")
                if not any(c.dep_ == "nsubj" for c in token.children):
                    continue
            else:
                continue
            clause = verb
            if verb.lemma_.lower() in stative or is_question(self._sentence_of[token.i]):
                continue
            speaker_tokens = [s for s in arguments.governing_speaker(clause, self.reporting) if s.pos_ != PRONOUN_POS]
            speakers = self.code_all(speaker_tokens)
            if not speakers:
                ref = self._statement_speaker(token, coded_only=False)
                speakers = [ref] if ref is not None else []
            if not speakers and not speaker_tokens:
                continue
            subject_head = token if token.lemma_.lower() == "need" else clause
            subjects = [c for c in subject_head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(s.lower_ in SPEAKER_SELF_WORDS for s in subjects):
                continue  # "we must", "I should": the speaker's own commitment or intention
            quantifiers = set(self.lexicon.frames["generic_quantifiers"])
            if any(d.dep_ == "det" and d.lower_ in quantifiers for s in subjects for d in s.children):
                continue  # "each company must fend for itself": a general rule, no party asked
            addressees = self.code_all(subjects)
            institutions = set(self.lexicon.frames["institution_nouns"])
            if not addressees and not any(s.lemma_.lower() in institutions or s.i in self._trigger_index for s in subjects):
                continue  # "each company must fend for itself": no party is asked anything
            if _self_addressed(speakers, addressees):
                continue
            entry = TriggerEntry("verb", token.lemma_.lower(), "REQUEST", None)
            cand = Candidate(Trigger(token, entry, "verb"), "REQUEST", None, clause, [token, verb])
            cand.actors, cand.recipients = speakers, addressees
            cand.actor_tokens = speaker_tokens
            cand.complement_key = frozenset({verb.lemma_.lower()})
            cand.complement = verb
            made.append(cand)
        return made

    def _accusations(self, limit: int, candidates: list[Candidate]) -> list[Candidate]:
        """ACCUSE by what a speaker says ("X said Y's strikes were illegal"): the speaker accuses the party
        the condemning word is said of (``accusations``). Not made where the sentence already has an
        ACCUSE, for a negated, conditional or questioned condemnation, or against the speaker's own side."""
        doc = self.state.doc
        accusing = {self._sentence_of[c.trigger.token.i].start for c in candidates if c.type == "ACCUSE"}
        told = {c.trigger.token.i for c in candidates}  # "said Israel violated the truce" reports the violation itself
        made: list[Candidate] = []
        hostile = frozenset(i for i, t in self._trigger_index.items() if t.entry.type in self.lexicon.frames["hostile_act_types"])
        quantifiers = frozenset(self.lexicon.frames["generic_quantifiers"])
        for found in find_accusations(doc, self.state.statements, hostile, quantifiers):
            word, predicate = found.word, found.predicate
            sentence = self._sentence_of[word.i]
            if word.idx >= limit or word.i in told or sentence.start in accusing or is_question(sentence):
                continue
            if is_negated(word, predicate, self.lexicon) or in_condition(predicate, self.lexicon) \
                    or modality_of(word, predicate, self.lexicon) == "future":
                continue  # "was not illegal", "if the vote was rigged", "we will see a tougher line on its provocations"
            speaker = found.statement.speaker
            actors = [ActorRef(text=speaker.text, start=speaker.start, end=speaker.end, name=speaker.name,
                               code=speaker.affiliation, sector=speaker.sector, entity=speaker.entity)] if speaker else []
            speaker_codes = {a.code for a in actors if a.code}
            targets = _dedupe_refs([r for d in found.doers for r in self.code_all(doer_phrase(d))])
            # a party of the speaker's own country counts only when named ("the Baloch Liberation Army"), not
            # when it is the speaker's side in general ("Ukrainian forces made mistakes", said Kyiv)
            named = [d for d in found.doers if d.pos_ == "PROPN" and d.ent_type_ in NAMED_PARTY_LABELS]
            if not targets:  # a named party without a code ("Carson") is still accused, under its name
                targets = [ActorRef(text=self.text[d.idx:d.idx + len(d)], start=d.idx, end=d.idx + len(d)) for d in named]
            if not targets or ({t.code for t in targets} <= speaker_codes and not named):
                continue  # no party named as the doer, or the speaker's own side: no accusation of another
            cue = found.statement.cue
            cue_span = doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue is not None else None
            anchor = cue_span.root if cue_span is not None and len(cue_span) else predicate
            pos = {"ADJ": "adj", "NOUN": "noun"}.get(word.pos_, "verb")
            entry = TriggerEntry(pos, word.lemma_.lower(), "ACCUSE", "disapprove")
            cand = Candidate(Trigger(word, entry, pos), "ACCUSE", "disapprove", anchor, [word])
            cand.actors = actors
            cand.recipients = [t for t in targets if named or t.code not in speaker_codes]
            cand.by_construction = cand.from_statement = True
            made.append(cand)
            accusing.add(sentence.start)
        return made

    def _back_off(self, cand: Candidate) -> None:
        """Code an event's uncoded doer through the back-off chain, or keep its text (issue 14 item 1)."""
        if cand.inherit_from is not None and cand.inherit_from.i in self._trigger_index:
            return  # its doer is another event's ("the attack killed ..."): no party of its own
        domestic = cand.type in self.lexicon.frames["domestic_act_types"]
        excluded = set() if domestic else {r.code for r in cand.recipients if r.code}
        venue = cand.type in self.lexicon.frames["venue_act_types"]
        cand.actors = self.backoff.code(cand.actor_tokens, cand.trigger.token, self._sentence_of[cand.trigger.token.i],
                                        excluded, venue, domestic, frozenset(self._trigger_index))

    def _candidates_for(self, trig: Trigger) -> list[Candidate]:
        lexicon = self.lexicon
        anchor = self._own_clause.get(trig.token.i)
        if anchor is None:
            anchor = _anchor_of(trig, self.light, self.participation, self.responsibility, self.measures)
        if in_condition(anchor, lexicon):
            return []  # the condition of another event ("if Washington eased sanctions") is no event
        frame = frame_of(trig, lexicon)
        plans: list[tuple[str | None, str | None, Token, list[Token], frozenset[str]]] = []
        comp_tokens: dict[int, Token] = {}
        inner_types: dict[int, tuple[str, str | None]] = {}
        if frame:
            comps = complements(trig, self._trigger_index, lexicon)
            useful = [c for c in comps if c.trigger is not None] or (
                [c for c in comps if c.token.pos_ == "VERB"] + [c for c in comps if c.token.pos_ == "NOUN"])[:1]
            if not useful:
                event_type, mode = compose(frame, trig.entry.type, None, lexicon, trig.entry.lemma)
                plans.append((event_type, mode, trig.token, [], frozenset()))
            for index, comp in enumerate(useful):
                event_type, mode = compose(frame, trig.entry.type, comp, lexicon, trig.entry.lemma)
                span_token = trig.token if index == 0 else comp.token
                key_tokens = [comp.token] + ([comp.trigger.token] if comp.trigger else [])
                key = frozenset(t.lemma_.lower() for t in key_tokens)
                extra_heads = [comp.token] + ([comp.trigger.token] if comp.trigger and comp.trigger.token is not comp.token else [])
                extra_heads += [o for h in list(extra_heads) for o in h.children if o.dep_ == "dobj" and o.i in self._trigger_index and o not in extra_heads]
                plans.append((event_type, mode, span_token, extra_heads, key))
                comp_tokens[len(plans) - 1] = comp.token
                if comp.trigger is not None and comp.trigger.entry.type:
                    inner_types[len(plans) - 1] = (comp.trigger.entry.type, comp.trigger.entry.mode)
        else:
            plans.append((trig.entry.type or None, trig.entry.mode, trig.token, [], frozenset()))
        made: list[Candidate] = []
        for plan_index, (event_type, mode, span_token, extra_heads, key) in enumerate(plans):
            if not event_type:
                continue
            cand = Candidate(trig, event_type, mode, anchor, [span_token, *trig.near_extra] if span_token is trig.token else [span_token], complement_key=key)
            cand.complement = comp_tokens.get(plan_index)
            cand.inner = inner_types.get(plan_index)
            cand.negated = is_negated(trig.token, anchor, lexicon)
            cand.modality = modality_of(trig.token, anchor, lexicon)
            cand.assertion = assertion_of(trig.token, anchor, lexicon, cand.modality)
            if frame in ("reject",) and cand.negated:
                cand.negated = False  # "did not reject" is rare; a refusal is never double-negated here
            if self._not_an_event(cand):
                continue
            self.participants(cand, extra_heads)
            self._apply_rules(cand, frame)
            if media_interview(cand.type, cand.actors + cand.recipients, lexicon.frames["senses"]):
                continue  # "the Huffington Post spoke with Teachout": an interview
            if commercial_act(cand.trigger.token, cand.type, cand.actors + cand.recipients, lexicon.frames["senses"]):
                continue  # "the brewer called off a takeover": a company's trade (senses.py)
            if self._crowd_without_protest(cand):
                continue
            made.append(cand)
        return made

    def _crowd_without_protest(self, cand: Candidate) -> bool:
        """A crowd gathering or massing: a demonstration when its sentence says it protests (the candidate is
        recoded), else no event at all ("mourners gathered"); officials meeting and troops massing are kept."""
        crowd = self.lexicon.frames["crowd_gathering"]
        if cand.trigger.pos != "verb" or cand.trigger.entry.lemma not in crowd["lemmas"] or cand.type not in crowd["from"]:
            return False
        subjects, _ = arguments.subject_tokens(cand.anchor, self.object_control, self.documents)
        if not subjects and cand.anchor.dep_ == "acl":
            subjects = [cand.anchor.head]  # "hundreds of people massed ...", parsed as a modifier of its subject
        words = set(crowd["crowd_words"])
        if not subjects or not all(s.lemma_.lower() in words or s.lower_ in words for s in subjects):
            return False
        sentence = self._sentence_of[cand.trigger.token.i]
        if not any(t.lemma_.lower() in crowd["protest_words"] for t in sentence):
            return True
        cand.type, cand.mode = crowd["to"]
        if not any(a.code for a in cand.actors):
            located = locate(cand.anchor, clause_only=True)
            if located is not None:  # a crowd is coded by the country it demonstrates in (manual: domestic actors)
                crowd_token = subjects[0]
                cand.actors = [ActorRef(text=crowd_token.text, start=crowd_token.idx, end=crowd_token.idx + len(crowd_token),
                                        code=located[0])]
        return False

    def _done_by_nature(self, cand: Candidate) -> bool:
        """Whether the doer of a verb is a natural hazard or a disease ("Hurricane Milton slammed into
        Florida, killing 16"): the subject's words, inherited across clauses, name one."""
        if cand.trigger.pos != "verb":
            return False
        hazards = self.lexicon.frames["natural_hazard_subjects"]
        subjects, passive = arguments.subject_tokens(cand.anchor, self.object_control, self.documents)
        if passive and not subjects:
            subjects = [g for c in cand.anchor.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # the subject's head ("the earthquake") or the common noun naming a named one ("Hurricane Milton")
        words = {s.lemma_.lower() for s in subjects}
        words |= {c.lemma_.lower() for s in subjects if s.pos_ == "PROPN" for c in s.children if c.dep_ == "compound"}
        return bool(words & set(hazards))

    def _press_inquiry(self, token: Token, lemma: str) -> bool:
        """A reporter's inquiry or its refusal, verb or noun ("declined to comment", "requests for comment"):
        reporting, not a PLOVER request or rejection (frames.json ``press_inquiry``)."""
        inquiry = self.lexicon.frames["press_inquiry"]
        if lemma not in inquiry["verbs"]:
            return False
        children = list(token.children)
        complements = {c.lemma_.lower() for c in children if c.dep_ in ("xcomp", "ccomp", "acl")}
        objects = {c.lemma_.lower() for c in children if c.dep_ in ("dobj", "nsubjpass")}
        objects |= {g.lemma_.lower() for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"}
        return bool(complements & set(inquiry["complements"]) or objects & set(inquiry["objects"]))

    def _not_an_event(self, cand: Candidate) -> bool:
        """Senses of a trigger that report no PLOVER event (issue 14 item 7)."""
        frames = self.lexicon.frames
        token, lemma = cand.trigger.token, cand.trigger.entry.lemma
        if self._done_by_nature(cand):
            return True  # "a cyclone slammed into the coast", "the virus killed 30 people"
        if cand.trigger.pos == "noun":
            if self.is_person(token):
                return True  # "Ban told the hosts" (Ban Ki-moon): a person's name spelt like an event noun
            if self._press_inquiry(token, lemma):
                return True  # "ignored repeated requests for comment"
            if poll_standing(token, frames["senses"]):
                return True  # "his support among social conservatives", "90 percent support for ..."
            if figurative_fight(token, frames["senses"]):
                return True  # "a court battle", "the battle against inflation" (senses.py)
            if cand.type in frames["reported_noun_types"] and (
                    cand.anchor.i == token.i or cand.anchor.lemma_.lower() not in frames["issuing_verbs"]):
                return True  # "the China threat", "facing a threat": a danger named, no threat made
            head = token.head
            # "Washington's support is crucial", "this is a demonstration of ...": a description, not a report
            return token.dep_ in ("nsubj", "attr") and head.lemma_ == "be" and head.pos_ == "AUX" and not _told_as_placed(token) \
                and not any(c.dep_ == "acomp" and c.lemma_.lower() in ("underway", "over") for c in head.children)
        warnings = frames["bare_warnings"]
        if cand.trigger.pos == "verb" and lemma in warnings["verbs"] and cand.inner is None \
                and not any(t.lower_ in warnings["condition_words"] for t in self._sentence_of[token.i]):
            return True  # "he warned: 'it is not going to happen soon'": a comment, no coercive warning
        if cand.trigger.pos == "verb" and token.dep_ == "amod" and lemma in frames["intent"]["verbs"]:
            return True  # "pledged delegates", "the proposed rule": a participle naming a kind, no promise made
        if cand.trigger.pos != "verb":
            return False
        children = list(token.children)
        if no_event_sense(token, cand.type, frames):
            return True  # "experts agree that ...", "when asked about ...", "28 percent supported ..." (senses.py)
        if cand.complement is not None and cand.type == "ASSAULT" and figurative_fight(cand.complement, frames["senses"]):
            return True  # "preparing to battle the rival nominee": the frame word's complement is a struggle, no force
        if electoral_win(token, frames["senses"], self.is_person) or retort(token, frames["senses"]):
            return True  # "Cruz captured Texas", '"...," Trump shot back'
        if lemma in frames["restating_verbs"] and any(c.dep_ == "ccomp" for c in children):
            return True  # "reaffirmed that X calls for Y": the complement is the event
        if lemma in frames["intent_verbs"] and any(c.dep_ == "xcomp" for c in children):
            return True  # "seeking to finalize a deal": an intention, no request
        if lemma in frames["intransitive_event_verbs"] and any(c.dep_ == "dobj" for c in children):
            return True  # "demonstrates a disregard"
        if lemma in frames["quote_inversion_verbs"] and any(c.dep_ == "ccomp" and c.i < token.i for c in children) \
                and any(c.dep_ == "nsubj" and c.i > token.i for c in children):
            return True  # '"...," agreed X': the verb attributes a quote
        if cand.type == "CONSULT" and lemma in frames["topic_talk_verbs"]:
            preps = set(frames["counterpart_preps"])
            subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
            plural = any(c.tag_ in ("NNS", "NNPS") or c.conjuncts or c.lower_ in ("we", "they") for c in subjects)
            if not any(c.dep_ == "prep" and c.lower_ in preps for c in children) and not plural:
                return True
            topic = any(c.dep_ == "prep" and c.lower_ == "about" for c in children)
            if topic and not any(c.dep_ == "prep" and c.lower_ in preps for c in children) \
                    and all(c.lower_ in TOPIC_PRONOUNS for c in subjects):
                return True  # "we are talking about a crisis": saying what something is, no talks held
        subjects = {c.lemma_.lower() for c in children if c.dep_ == "nsubj"}
        if subjects & set(frames["machine_subjects"]):
            return True  # "the database rejected passport numbers"
        if subjects & set(frames["provision_subjects"]) and token.tag_ in PRESENT_TAGS:
            return True  # "the Constitution guarantees the right to ...": what a text provides
        if lemma in frames["addressed_verbs"]:
            if not any(c.dep_ in ADDRESSEE_DEPS for c in children):
                return True  # "Bugajski asked.": a question attributed, nobody asked for anything
            if any(c.dep_ in ("ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ in frames["question_marks"] for m in c.children)
                   for c in children):
                return True  # "asked the elder Lai if he agreed": a question
        if self._press_inquiry(token, lemma):
            return True
        if lemma in frames["press_inquiry"]["verbs"]:
            if lemma == "ask" and token.tag_ == "VBN" and (token.dep_ in ("advcl", "ROOT") or any(c.dep_ == "auxpass" for c in children)) \
                    and any(c.dep_ == "agent" for c in children):
                return True  # "Asked by VOA whether ...": the reporter's question
        if lemma in frames["decrease_verbs"] and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in children):
            return True
        if cand.type == "ASSAULT" and lemma in frames["policy_target_verbs"]:
            policy = set(frames["policy_nouns"])
            doers = [c for c in children if c.dep_ in ("nsubj", "csubj")]
            if token.dep_ in ("acl", "relcl", "advcl"):
                doers.append(token.head)
            if token.dep_ == "advcl":
                doers.extend(c for c in token.head.children if c.dep_ in ("dobj", "nsubj"))
            words = {d.lemma_.lower() for d in doers} | {g.lemma_.lower() for d in doers for g in d.children if g.dep_ == "pobj" or g.dep_ == "prep"}
            words |= {p.lemma_.lower() for d in doers for c in d.children if c.dep_ == "prep" for p in c.children}
            if words & policy:
                return True
        return False

    def _apply_rules(self, cand: Candidate, frame: str | None) -> None:
        lexicon = self.lexicon
        if cand.type == "ASSAULT" and cand.trigger.pos == "verb" and cand.trigger.entry.lemma in lexicon.frames["verbal_attack_verbs"] \
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in cand.trigger.token.children):
            cand.type, cand.mode = "ACCUSE", "disapprove"  # "attacked the newspaper for refusing ...": criticism
        if cand.type == "AGREE" and cand.trigger.pos == "verb" and approval_agreement(cand.trigger.token, lexicon.frames["senses"]):
            cand.type, cand.mode = "SUPPORT", None  # "agree with the removal": an act approved
        if cand.type == "ASSAULT" and cand.trigger.pos == "verb" and verbal_attack(cand.trigger.token, lexicon.frames["senses"], self.is_person):
            cand.type, cand.mode = "ACCUSE", "disapprove"  # "Clinton hit Sanders on immigration": attacked in words
        if frame is None:
            before = cand.type
            refusals = lexicon.frames["negated_refusals"]
            if cand.negated and cand.type in refusals and cand.trigger.pos == "verb":
                cand.type, cand.mode, cand.negated = "REJECT", refusals[cand.type], False
                cand.modality = cand.assertion = "asserted"  # the refusal is said now
            # "does not want to meet": an act refused, though its clause has no future or modal of its own
            refused_wish = cand.negated and cand.assertion == "hypothetical" and cand.anchor.dep_ == "xcomp" \
                and cand.anchor.head.lemma_.lower() in lexicon.cues["desire_verbs"]
            modality = "hypothetical" if refused_wish else cand.modality
            cand.type, cand.mode, cand.negated = recode_for_modality(cand.type, cand.mode, modality, cand.negated, lexicon)
            if refused_wish and cand.type == "REJECT":
                cand.modality = cand.assertion = "asserted"  # the refusal is said now
            if cand.modality in ("future", "hypothetical") and cand.type in lexicon.frames["threat_recode"] and not cand.negated \
                    and cand.assertion not in ("demanded", "denied"):
                # announced by its own actor (the speaker, or the subject of a future-tense clause) it is a threat
                speakers = self.code_all(arguments.governing_speaker(cand.anchor))
                speaker_codes = {s.code for s in speakers}
                if speakers and not cand.actors:
                    cand.actors = speakers
                own_future = cand.modality == "future" and cand.trigger.pos == "verb" and cand.actors \
                    and cand.type in lexicon.frames["own_future_threat_types"]
                spoken_hypothesis = cand.modality == "hypothetical" and speakers and {a.code for a in cand.actors} <= speaker_codes
                if own_future or spoken_hypothesis:
                    cand.type, cand.mode = threat_recode(cand.type, cand.mode, lexicon)
            if cand.type != before and cand.type in lexicon.frames["commitment_types"] \
                    and not _speculated(cand.anchor, lexicon.frames["belief_verbs"]):
                # "will cooperate" coded AGREE, "would strike" coded THREATEN: the promise or threat itself was made
                cand.modality = cand.assertion = "asserted"
        recode = lexicon.frames["state_actor_recode"]
        state_actor = any(
            a.sector in recode["sectors"] or a.code in recode["codes"]
            or (a.sector is None and find_country(a.text) and not _a_population(a, cand.trigger.token.doc))
            for a in cand.actors
        )
        if state_actor:
            sectors = {a.sector for a in cand.actors}
            for rule in recode["rules"]:
                if "modes" in rule and cand.mode not in rule["modes"]:
                    continue
                if "sectors" in rule and not sectors & set(rule["sectors"]):
                    continue
                if cand.type == rule["from"] and cand.trigger.entry.lemma in rule["lemmas"]:
                    cand.type, cand.mode = rule["to"]
                    break
        riot = lexicon.frames["civilian_violence"]
        crowd_subject = not cand.actors and cand.inherit_from is not None and cand.inherit_from.lower_ in riot["crowd_words"]
        if cand.type == riot["from"] and cand.trigger.entry.lemma in riot["lemmas"] and (crowd_subject or cand.actors
                and all(a.text.lower().split()[-1] in riot["crowd_words"] for a in cand.actors)):
            cand.type, cand.mode = riot["to"]
        armed = lexicon.frames["armed_arrival"]
        if cand.type in armed["types"] and cand.mode == "visit" and cand.trigger.pos == "verb":
            sector = next((a.sector for a in cand.actors if a.sector in armed["sectors"]), None)
            if sector is not None:
                cand.type, cand.mode = "MOBILIZE", armed["sectors"][sector]
        joint = lexicon.frames["joint_recode"]
        if cand.type in joint["types"] and any(c.lemma_.lower() in joint["modifiers"] for c in cand.trigger.token.children if c.dep_ in ("amod", "compound", "advmod")):
            cand.type, cand.mode = joint["to"], None
        expulsion = lexicon.frames["expulsion_orders"]
        if cand.type == "REQUEST" and cand.trigger.entry.lemma in expulsion["verbs"] and cand.complement is not None \
                and cand.complement.lemma_.lower() in expulsion["complements"]:
            objects = {o.lemma_.lower() for o in cand.trigger.token.children if o.dep_ == "dobj"}
            cand.type, cand.mode = ("SANCTION", "expel") if objects & set(expulsion["diplomats"]) else ("COERCE", "deport")
        orders = lexicon.frames["own_forces_orders"]
        if cand.type == "REQUEST" and cand.inner is not None and cand.trigger.entry.lemma in orders["verbs"]:
            addressees = [o for o in cand.trigger.token.children if o.dep_ in ("dobj", "dative") and o.i not in self._trigger_index]
            # no addressee ("ordered the release of 50 prisoners"): the actor's own apparatus carries it out
            own_forces = not addressees or all(
                o.lemma_.lower() in orders["forces"] and not any(r.start <= o.idx < r.end for r in cand.recipients) for o in addressees)
            if own_forces:
                cand.type, cand.mode = cand.inner
        withdrawal = lexicon.frames["organisation_withdrawal"]
        if cand.type == "RETREAT" and cand.mode == "withdraw" and any(r.code in withdrawal["codes"] for r in cand.recipients):
            cand.type = "SANCTION"
        declared = lexicon.frames["declared_retreat"]
        if cand.type in declared["from"] and (
                (cand.anchor is not cand.trigger.token and cand.anchor.lemma_.lower() in declared["verbs"])
                or (cand.trigger.token.dep_ in ("acl", "relcl") and cand.trigger.token.head.lemma_.lower() in declared["nouns"])):
            cand.type, cand.mode = declared["to"], None  # a declared ceasefire is a verbal concession (manual 3.4)
        relief = lexicon.frames["relief_mobilization"]
        if cand.type in relief["from"] and (arguments.purpose_lemmas(cand.trigger.token) & set(relief["purpose_words"])
                                            or relief["disaster_context"] in sentence_contexts(self._sentence_of[cand.trigger.token.i])):
            cand.type, cand.mode = relief["to"]  # forces mobilized for disaster relief: AID (manual 3.14)

    @staticmethod
    def _specificity(cand: Candidate) -> int:
        """How much a mention says of its own (dates, places, named parties on it): the better duplicate."""
        token = cand.trigger.token
        near = list(token.children) + [g for c in token.children if c.dep_ == "prep" for g in c.children]
        return sum(1 for t in near if t.ent_type_ in SPECIFIC_ENTITY_LABELS)

    def _outcome_of(self, participle: Token) -> Token | None:
        """The event whose outcome a ``with`` phrase's participle tells ("talks ended with further negotiations
        planned": the talks' parties planned them): the event noun that is the subject of the verb the phrase
        modifies, else None."""
        if participle.tag_ != "VBN":
            return None
        noun = participle.head
        if participle.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "with":
            verb = noun.head.head
        elif participle.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in participle.children):
            verb = participle.head  # parsed as a clause: "with [further negotiations planned]"
        else:
            return None
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in self._trigger_index), None)

    def _told_as_done(self, anchor: Token) -> bool:
        """Whether an event is told as done on a day: its verb in the simple past (not a copula: "this was the
        fourth round" is a re-mention) in a sentence with a time expression ("took place on April 12")."""
        sentence = self._sentence_of[anchor.i]
        return anchor.tag_ == "VBD" and anchor.lemma_.lower() != "be" and any(e.label_ in TIME_LABELS for e in sentence.ents)

    def _numbered_round(self, noun: Token) -> Token | None:
        """The ordinal round an event noun is counted in ("the first round of talks", "a third round of
        negotiations"), else None: a numbered round told as done on a day (``_told_as_done``) is a session of
        the negotiation the article reports."""
        of = noun.head
        if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in self.round_nouns:
            return None
        measure = of.head
        if measure.tag_ != "NN":
            return None  # "the first two rounds of talks": several sessions told as one
        return measure if any(c.ent_type_ == "ORDINAL" and c.dep_ in ("amod", "nummod") for c in measure.children) else None

    def _principal_refs(self, phrase: Token) -> list[ActorRef]:
        """The article's two principal parties, coded on a phrase that stands for their joint doing."""
        if not self._sides_resolvable:
            return []
        start = min(c.idx for c in phrase.children if c.i < phrase.i) if any(c.i < phrase.i for c in phrase.children) else phrase.idx
        end = phrase.idx + len(phrase)
        return [ActorRef(text=self.text[start:end], start=start, end=end, name=name, code=code)
                for code, name in self.principal_parties()]

    def _measure_phrase(self, noun: Token) -> Token | None:
        """The measure noun an event noun is counted by when that phrase is a verb's object or passive subject
        ("the fourth round of talks was postponed", "cancelled two days of talks"), else None."""
        of = noun.head
        if noun.dep_ != "pobj" or of.lower_ != "of":
            return None
        measure = of.head
        if measure.lemma_.lower() in self.measures and measure.dep_ in NOUN_ANCHOR_DEPS and measure.head.pos_ in ("VERB", "AUX"):
            return measure
        return None

    def _people_of(self, cand: Candidate) -> frozenset[str]:
        """The person entities among a candidate's participants (its actors and recipients)."""
        if self._person_entities is None:
            self._person_entities = frozenset(e.id for e in self.state.entities if e.kind == "person")
        return frozenset(a.entity for a in (*cand.actors, *cand.recipients) if a.entity in self._person_entities)

    def _party_slots(self, candidates: list[Candidate]) -> dict[int, int]:
        """Per candidate, which gathering of its people it tells of: two mentions of one type and codes in a
        sentence are one event unless each names a person the other lacks ("the meeting between Putin and
        Araghchi ..., Lavrov said while opening talks with his Iranian counterpart": two meetings) or one is
        a part of the other (the object of a part verb: "talks, which include a meeting of experts")."""
        slots: dict[int, int] = {}
        seen: dict[tuple, list[tuple[int, frozenset[str]]]] = {}
        count = itertools.count()
        for cand in candidates:
            codes = frozenset(a.code for a in cand.actors if a.code)
            base = (self._sentence_of[cand.trigger.token.i].start, cand.type, codes, cand.negated, cand.complement_key)
            people = self._people_of(cand)
            token = cand.trigger.token
            if token.dep_ == "dobj" and token.head.lemma_.lower() in self._part_verbs:
                base = (*base, token.i)  # "discussions, which include a meeting of experts": a part, not a repeat
            groups = seen.setdefault(base, [])
            place = next((i for i, (_, known) in enumerate(groups) if people <= known or known <= people), None)
            if place is None:
                groups.append((next(count), people))
                place = len(groups) - 1
            else:
                groups[place] = (groups[place][0], groups[place][1] | people)
            slots[id(cand)] = groups[place][0]
        return slots

    def _dedupe(self, candidates: list[Candidate]) -> list[Candidate]:
        kept: list[Candidate] = []
        seen_sentence: set[tuple] = set()
        seen_article: set[tuple] = set()
        seen_reported: set[tuple] = set()
        best: dict[tuple, Candidate] = {}
        slots = self._party_slots(candidates)
        for cand in candidates:
            codes = frozenset(a.code for a in cand.actors if a.code)
            key = (self._sentence_of[cand.trigger.token.i].start, cand.type, codes, cand.negated, cand.complement_key, slots[id(cand)])
            # of two mentions with one key, the one whose doer is named, then the more specific
            if key not in best or (not cand.unnamed, self._specificity(cand)) > (not best[key].unnamed, self._specificity(best[key])):
                best[key] = cand
        preferred = {id(c) for c in best.values()}
        candidates = [c for c in candidates if id(c) in preferred]
        coded = [c for c in candidates if not c.unnamed]
        coded_sentences = {self._sentence_of[c.trigger.token.i].start for c in coded}
        coded_types = {c.type for c in coded}
        for cand in candidates:
            if is_question(self._sentence_of[cand.trigger.token.i]):
                continue
            if cand.unnamed and not self._reported_act(cand) and not (cand.trigger.pos == "noun" and performed_by_named_party(cand.trigger.token, cand.actor_tokens)) \
                    and (cand.type in coded_types or not self._main_event_of_bare_sentence(cand, coded_sentences)):
                continue
            codes = frozenset(a.code for a in cand.actors if a.code)
            sentence_key = (self._sentence_of[cand.trigger.token.i].start, cand.type, codes, cand.negated, cand.complement_key,
                            slots[id(cand)])
            article_key = (cand.type, codes, cand.negated, cand.complement_key)
            # a demanded, hypothetical or future mention never stands for a later asserted one ("to push for Lai's
            # release" ... "the United States calls for Lai's immediate release"); an asserted one stands for both
            reported = cand.assertion in REPORTED_ASSERTIONS
            shadowing = seen_reported if reported else seen_article
            if sentence_key in seen_sentence or (cand.complement_key and article_key in shadowing):
                continue
            seen_sentence.add(sentence_key)
            if cand.complement_key:
                seen_article.add(article_key)
                if reported:
                    seen_reported.add(article_key)
            kept.append(cand)
        return kept

    def _reported_act(self, cand: Candidate) -> bool:
        """A verb trigger reported as an act in a tensed clause of its own, or an event noun told with a time,
        place or count of its own: kept though no participant is coded by name (issue 14 item 1)."""
        if cand.trigger.pos == "verb":
            return is_finite(cand.anchor)
        token = cand.trigger.token
        in_passing = token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN")  # "restrictions on protests in Bogota"
        return not in_passing and (_own_particulars(token) or _told_as_placed(token))

    def _main_event_of_bare_sentence(self, cand: Candidate, coded_sentences: set[int]) -> bool:
        """An event whose actor is not named ("were accused of ...", "gunmen killed ...") is kept only when
        it is its sentence's main predication and the sentence has no event with a coded actor (the caller
        also drops it when the article has a coded event of its type, which it most likely repeats)."""
        sentence = self._sentence_of[cand.trigger.token.i]
        if sentence.start in coded_sentences:
            return False
        root = sentence.root
        # a sentence parsed with a noun root and the verb as its modifier ("Hundreds of people massed ..."):
        # the verb is still the sentence's predication
        verbless = root.pos_ in ("NOUN", "PROPN") and cand.anchor.dep_ == "acl" and cand.anchor.head.i == root.i
        return cand.anchor.i == root.i or cand.trigger.token.i == root.i or verbless

    def _records(self, candidates: list[Candidate]) -> list[Event]:
        text = self.text
        events: list[Event] = []
        contexts_of: dict[int, list[str]] = {}
        for index, cand in enumerate(sorted(candidates, key=lambda c: min(t.idx for t in c.span_tokens)), start=1):
            start = min(t.idx for t in cand.span_tokens)
            end = max(t.idx + len(t) for t in cand.span_tokens)
            sentence: SpacySpan = self._sentence_of[cand.trigger.token.i]
            sent_start, sent_end = sentence.start_char, sentence.end_char
            while sent_end > sent_start and text[sent_end - 1].isspace():
                sent_end -= 1
            events.append(Event(
                id=f"e{index}",
                event=cand.type,  # type: ignore[arg-type]
                mode=cand.mode,
                context=list(contexts_of.setdefault(sentence.start, sentence_contexts(sentence))),
                actors=cand.actors,
                recipients=cand.recipients,
                negated=cand.negated,
                modality=CONTRACT_MODALITY[cand.assertion],
                assertion=cand.assertion,
                trigger=Span.of(text, start, end),
                sentence=Span.of(text, sent_start, sent_end),
                statement=statement_id_for(self.state, start, end),
                mentions=[Span.of(text, min(t.idx for t in words), max(t.idx + len(t) for t in words))
                          for words in cand.re_mentions],
            ))
            span_token = cand.span_tokens[0]
            own = span_token.i if span_token.i != cand.trigger.token.i and span_token.i != cand.anchor.i else cand.trigger.token.i
            set_event_anchors(self.state, f"e{index}", EventAnchors(
                own=own,
                anchor=cand.anchor.i,
                inherit_from=cand.inherit_from.i if cand.inherit_from is not None else None,
                complement=cand.complement.i if cand.complement is not None and own == cand.trigger.token.i else None,
                is_complement=own != cand.trigger.token.i,
            ))
        return events


def extract_events(state: ArticleState) -> list[Event]:
    """The article's PLOVER events, in text order."""
    return EventBuilder(state, load_lexicon()).build()
