"""Events from one parsed article: triggers -> frames -> participants -> negation/modality -> records.

Pure over the state's Doc (plus the entities/statements already in the state); returns contract
Event records with ids e1, e2, ... in text order. The builder here finds candidates and their participants;
the verb that reports an event noun is noun_anchors.py's, senses reporting no event non_events.py's,
"both sides" sides.py's, numbered rounds and outcomes rounds.py's, the article-wide dedupe dedupe.py's,
requests and accusations read off what a speaker says said.py's, legal accusations told from the accused's
side ("faces charges", "a probe into X") accused.py's.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.knowledge.actors import names_a_population
from accord.knowledge.regions import region_countries
from accord.records import REPORTED_ASSERTIONS, ActorRef, Event, Span
from accord.stages.anchors import EventAnchors, set_event_anchors
from accord.stages.base import ArticleState
from accord.stages.events import arguments
from accord.stages.events.accused import accused_of, investigated
from accord.stages.events.actor_backoff import (
    PERSONAL_PRONOUN_TAG,
    ActorBackoff,
    mentioned_countries,
    sends_away,
    unnamed_doer,
    with_state_codes,
)
from accord.stages.events.campaign_pledges import campaign_pledge, campaigners
from accord.stages.events.candidate import Candidate
from accord.stages.events.coding import (apart_from_actors, code_modifier, code_token, compound_refs, dedupe_refs,
                                         lookup_phrase, meeting_parties, other_parties)
from accord.stages.events.compose import complements, compose, frame_of, recode_for_modality, second_content, threat_recode
from accord.stages.events.contexts import sentence_contexts
from accord.stages.events.dedupe import CandidateDedupe
from accord.stages.events.home_visits import home_visit
from accord.stages.events.lexicon import Lexicon, load_lexicon
from accord.stages.events.modality import (
    CONTRACT_MODALITY,
    assertion_of,
    forecast_by_commentator,
    foretold_by_other,
    in_condition,
    is_considered,
    is_scheduled_future,
    is_scheduled_noun,
    modality_of,
    own_tense,
    scheduled,
)
from accord.stages.events.negation import is_negated, negated_by_subject, refused_consent, told_as_not_yet
from accord.stages.events.forums import one_party_forum
from accord.stages.events.non_events import NonEventFilter, untold_title, verbless_heading
from accord.stages.events.noun_anchors import NOUN_ANCHOR_DEPS, SUBJECT_ANCHOR_DEPS, anchor_of, measure_phrase
from accord.stages.events.occurrence import named_in_passing
from accord.stages.events.promises import unpromised
from accord.stages.events.references import PRONOUN_POS
from accord.stages.events.rounds import continued, numbered_round, outcome_of, told_as_done
from accord.stages.events.said import SaidEvents
from accord.stages.events.senses import (
    approval_agreement,
    audience_talk,
    commercial_act,
    electoral_step,
    figurative_content,
    media_interview,
    paid_support,
    person_tokens,
    press_talk,
    private_giving,
    unilateral_promise,
    unarmed_attack,
    verbal_attack,
)
from accord.stages.events.sides import PrincipalSides
from accord.stages.events.statement_link import statement_id_for
from accord.stages.events.targets import TargetCoder
from accord.stages.events.triggers import Trigger, find_triggers
from accord.stages.events.type_model import choose_types
from accord.stages.gazetteer import PLACED_TOWN_MIN_POPULATION, Place, find_country, find_major_city, locate, place_country
from accord.stages.grammar import STATE_ENTITY_LABELS, SUBJECT_DEPS, misparsed_predicate
from accord.stages.statements.link_lists import LINK_LISTS_KEY, in_link_list
from accord.stages.token_filters import indices_with, token_sentences

# Nouns that, with a possessive pronoun, stand for the speaker's own state ("his country would not ...").
# The relative pronoun of ownership: "Iran, whose leaders ..." names Iran's leaders.
RELATIVE_OWNER = "whose"
SELF_REFERENCES = frozenset({"country", "nation", "government", "state", "administration",
                             "force", "troop", "army", "military", "soldier", "navy", "ministry"})
# Entity kinds that name one party of their own: a recipient of such a kind is kept beside an actor of its country.
NAMED_PARTY_KINDS = frozenset({"person", "organisation"})
# Verbs whose subject hosts and whose object visits (PLOVER codes the visitor as actor, manual 3.2.2) ...
HOSTING_VERBS = frozenset({"host", "receive", "welcome"})
# ... in their hosting sense only (the lexicon's visit entry): "Ruto welcomed Britain's decision" is Ruto's support
# of Britain, no visit by Britain (PolNeAR train seed 180211: the UN refugee chief's welcome was coded as the EU's).
HOSTING_MODE = "visit"
# How a city may modify an act noun it names the place of: "the Paris talks" (compound), "the Kyiv attack"
# (the parser reads some city names as adjectives).
VENUE_MODIFIER_DEPS = frozenset({"compound", "amod"})
# Prepositions whose object is the cause or setting of an act, an event of its own when it is one. Time
# prepositions are left out: "after the talks, they agreed" names again talks already told, and
# "kidnapped during a raid" tells one event twice.
CAUSE_PREPS = frozenset({"over", "amid", "despite"})
# Frames whose word takes the type of a lexicon line restricted to what it governs when no complement names an act:
# "ordered troops to the border" moves forces (MOBILIZE), as "sent troops" does; "ordered troops to withdraw" still
# asks for the withdrawal. Only the request frame: the reject frame's object lines ("dismissed the minister") were
# written before this rule and are left to their own review.
OBJECT_SENSE_FRAMES = frozenset({"request"})
# The first-person subjects by which unquoted text names its writer (frames.json "narrator_acts" says which acts).
WRITER_PRONOUNS = frozenset({"i", "we"})


_VENUE_WORDS: dict[int, frozenset[str]] = {}


def venue_words(lexicon: Lexicon) -> frozenset[str]:
    """The trigger lemmas of the lexicon's venue act types ("talks", "meet"), computed once per lexicon."""
    if id(lexicon) not in _VENUE_WORDS:
        venue_types = set(lexicon.frames["venue_act_types"])
        _VENUE_WORDS[id(lexicon)] = frozenset(
            lemma for (_, lemma), entries in lexicon.entries.items() if any(e.type in venue_types for e in entries))
    return _VENUE_WORDS[id(lexicon)]


def outside_link_lists(triggers: list[Trigger], links: list[tuple[int, int]]) -> list[Trigger]:
    """The triggers outside the headlines listed under a link kicker ("Related:", "Read more:"): another story's
    title tells no event of this article, while the text after the list is read as any other."""
    if not links:
        return triggers
    return [t for t in triggers if not in_link_list(t.token.idx, links)]


# Dependency links of a word that modifies its head ("an Israeli blockade") rather than naming a party.
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _a_population(actor: ActorRef, doc: Doc) -> bool:
    """Whether an actor is a bare nationality used as a noun ("tens of thousands of Sudanese began
    protesting"): a country's people, not its state; a modifier ("an Israeli blockade") is the state."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].dep_ not in MODIFIER_DEPS and names_a_population(actor.text)


def _city_words(modifier: Token) -> list[Token]:
    """A modifier with the proper nouns compounded before it: the words of a city's name ("Addis Ababa")."""
    lead = [c for c in modifier.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < modifier.i]
    start = min((c.i for c in lead), default=modifier.i)
    return list(modifier.doc[start:modifier.i + 1])


def _venue_city_place(modifier: Token) -> Place | None:
    """The city or region a noun's modifier names as where the act was held or done ("the Madrid talks")."""
    # Where: "the Paris agreement", "the Addis Ababa bombing", "the Ohio shooting"; not a country or a pair of
    # parties ("Iran talks", "Moscow-Kyiv talks"). A region inside a country (a US state, knowledge/regions.py)
    # is read first, as a town sharing its name ("Florida" in Cuba) is not meant. The parser tags such a city a
    # place, or an adjective or organisation ("the Kyiv attack"): a tagged place may be a town of
    # PLACED_TOWN_MIN_POPULATION, another capitalised word only a city big enough not to be a person's or a word's
    # name (find_major_city's untagged floor), and not the first word of a name the noun ends (a named event,
    # "the Paris Peace Conference", keeps its own reading).
    if modifier.dep_ not in VENUE_MODIFIER_DEPS or modifier.conjuncts \
            or (modifier.head.dep_ == "compound" and modifier.head.pos_ == "PROPN"):  # "Addis" of "Addis Ababa"
        return None
    words = _city_words(modifier)
    name = modifier.doc[words[0].i:modifier.i + 1].text
    region = region_countries().get(name) if name[:1].isupper() else None
    if region is not None:
        return Place(name=name, country=region, lat=None, lon=None, kind="region")
    if any(t.ent_type_ == "GPE" for t in words):
        city = find_major_city(name, PLACED_TOWN_MIN_POPULATION)
    elif modifier.pos_ in ("PROPN", "ADJ") and name[:1].isupper() and not words[0].is_sent_start \
            and not (modifier.ent_type_ and modifier.head.ent_iob_ == "I"):  # not "the Paris Peace Conference"
        city = find_major_city(name)
    else:
        return None
    return city if city is not None and city.country and find_country(name, use_lexicon=False) is None else None


def _venue_city(modifier: Token) -> bool:
    """Whether a noun's modifier is a lone city naming where the act was held (``_venue_city_place``)."""
    return _venue_city_place(modifier) is not None


def _unpromising_subject(trigger: Token, anchor: Token, lexicon: Lexicon) -> bool:
    """Whether the act of a future or modal clause is done by its subject, an act or an effort, not a party ("efforts
    to curb it will destroy jobs", "their support will collapse"): no one promises or threatens through it, so it
    tells a forecast, not a commitment. An act the clause names as its object stays the speaker's to code ("a failed
    negotiation could trigger sanctions, the EU said" warns of the EU's own sanctions). Talks told as going on
    ("talks will continue") are left to the continuation rule."""
    if anchor.lemma_.lower() in lexicon.frames["continuation_verbs"]:
        return False
    subject = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or trigger.i not in (anchor.i, subject.i):
        return False
    lemma = subject.lemma_.lower()
    return lemma in lexicon.cues["unpromising_subject_nouns"] or any(e.type != "-" for e in lexicon.candidates("noun", lemma))


class EventBuilder:
    """Builds the article's events; one instance per article."""

    def __init__(self, state: ArticleState, lexicon: Lexicon) -> None:
        self.state = state
        self.lexicon = lexicon
        frames = lexicon.frames
        self.light = frozenset(frames["light_verbs"])
        self.doer_clauses = frozenset(frames["doer_clause_verbs"])
        self.participation = frozenset(frames["participation_verbs"])
        self.clause_only_frames = frozenset(frames["clause_only_frame_verbs"])
        self.responsibility = frozenset(frames["responsibility_nouns"])
        self.measures = frozenset(frames["measure_nouns"])
        self.source_agents = frozenset(frames["source_agent_verbs"])
        self.preps: dict[str, list[str]] = {k: v for k, v in frames["recipient_preps"].items() if not k.startswith("_")}
        self.between = frozenset(frames["between_preps"])
        self.meeting_adjunct_preps = frozenset(frames["meeting_adjunct_preps"])
        self.object_noun_preps = {p: self.preps[p] for p in frames["object_noun_party_preps"]}
        self.adjunct_counterpart_preps = frozenset(frames["meeting_adjunct_counterpart_preps"])
        self.predicative = frozenset(frames["predicative_adjectives"])
        self.reciprocal = frozenset(frames["reciprocal_types"])
        self.object_control = frozenset(frames["object_control_verbs"])
        self.generic_people = frozenset(frames["generic_people"])
        self.venue_modifier_types = frozenset(frames["venue_modifier_types"])
        self.onlookers = frozenset(frames["onlooker_verbs"])
        self.onlooker_own_acts = {sector: frozenset(lemmas) for sector, lemmas in frames["onlooker_own_acts"].items()}
        self.onlooker_own_targets = frozenset(frames["onlooker_own_target_words"])
        self.documents = frozenset(frames["document_nouns"])
        self.group_nouns = frozenset(frames["anaphoric_group_nouns"]["nouns"])
        self.attribution = {verb: frozenset(preps) for verb, preps in frames["attribution_verbs"].items()}
        self.holder_nouns = frozenset(frames["holder_of_nouns"])
        self.holder_blocking_preps = frozenset(frames["holder_of_blocking_preps"])
        self.place_coded_types = frozenset(frames["unnamed_actor_place_types"])
        self.reporting = frozenset(frames["reporting_verbs"]["verbs"])
        self.narrator_types = frozenset(frames["narrator_acts"]["types"])
        self._coded: dict[int, ActorRef | None] = {}
        self._trigger_index: dict[int, Trigger] = {}
        self._own_clause: dict[int, Token] = {}  # event nouns told with a light-verb clause of their own: that clause
        self._sentence_of = token_sentences(state.doc)
        self.text = state.text  # Doc.text is rebuilt on every access
        self.sides = PrincipalSides(state, lexicon, self.text)
        self.said = SaidEvents(state, lexicon, self._sentence_of, self.text, self.reporting, self.code_all,
                               self._statement_speaker, self.sides)
        self.non_events = NonEventFilter(lexicon, self.object_control, self.documents, self.is_person, self._sentence_of)
        self.backoff = ActorBackoff(state, venue_words(lexicon))
        self.targets = TargetCoder(state, self.backoff, self.code_all, self.object_control, self.documents)
        self._persons: frozenset[int] | None = None
        self._named: frozenset[str] | None = None
        self._campaigners: frozenset[str] | None = None
        self.dedupe = CandidateDedupe(state, self._sentence_of, frozenset(lexicon.frames["part_verbs"]),
                                      frozenset(lexicon.frames["participle_act_types"]),
                                      frozenset(lexicon.frames["recurrence_words"]),
                                      frozenset(lexicon.frames["filed_nouns"]),
                                      frozenset(lexicon.frames["new_occasion_words"]),
                                      frozenset(lexicon.frames["formalizing_verbs"]),
                                      frozenset(lexicon.frames["claim_nouns"]),
                                      frozenset(lexicon.frames["gathering_types"]),
                                      frozenset(lexicon.frames["convening_verbs"]),
                                      frozenset(lexicon.frames["own_object_types"]),
                                      tuple(lexicon.cues["sequel_phrases"]),
                                      frozenset(lexicon.frames["holding_verbs"]),
                                      frozenset(lexicon.frames["round_nouns"]),
                                      frozenset(lexicon.frames["setting_preps"]),
                                      frozenset(lexicon.cues["done_gerund_preps"]),
                                      frozenset(lexicon.frames["performative_adjectives"]))
        self.round_nouns = frozenset(lexicon.frames["round_nouns"])
        self.continuation_verbs = frozenset(lexicon.frames["continuation_verbs"])

    def is_person(self, token: Token) -> bool:
        """Whether a token names a person (spaCy's tag or a person mention of the entities stage)."""
        if self._persons is None:
            self._persons = person_tokens(self.state.doc, self.state.entities)
        return token.ent_type_ == "PERSON" or token.i in self._persons

    def named_entities(self) -> frozenset[str]:
        """The ids of the article's person and organisation entities: parties a recipient may name apart from the actor."""
        if self._named is None:
            self._named = frozenset(e.id for e in self.state.entities if e.kind in NAMED_PARTY_KINDS)
        return self._named

    def is_campaign_pledge(self, cand: Candidate) -> bool:
        """Whether an asserted event is a campaign speaker's pledge (campaign_pledges.py): an act to come."""
        if cand.assertion != "asserted" or cand.negated:
            return False
        rule = self.lexicon.cues["campaign_pledges"]
        if self._campaigners is None:
            self._campaigners = campaigners(self.state.doc, self.state.entities, rule)
        return campaign_pledge(cand.trigger.token, cand.actors, self._campaigners, self.state.entities, rule)

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
            if ref is None or ref.code is None:
                ref = self._relative_owner(token, ref) or ref
            if (ref is None or ref.code is None) and token.lemma_.lower() in self.group_nouns \
                    and any(c.lower_ == "the" for c in token.children):
                ref = self._earlier_organisation(token) or ref
            if ref is None or ref.code is None:
                ref = self._by_group_or_place(token, ref)
            if ref is not None and ref.code is None and ref.sector and any(c.lower_ == "the" for c in token.children):
                ref = self._speakers_official(token, ref)  # "The Elysee said the president would ...": France's
            self._coded[token.i] = ref
        return self._coded[token.i]

    def _relative_owner(self, token: Token, ref: ActorRef | None) -> ActorRef | None:
        """A participant owned through "whose" ("Iran, whose rulers urged ...") takes the code of the
        noun the relative clause describes: Iran's leaders are Iran's, whatever the story's country."""
        if not any(c.dep_ == "poss" and c.lower_ == RELATIVE_OWNER for c in token.children):
            return None
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is None or clause.head.pos_ not in ("PROPN", "NOUN") or clause.head.i == token.i:
            return None
        owner = self.code(clause.head)
        if owner is None or not owner.code:
            return None
        start, end = token.left_edge.idx, token.idx + len(token)
        return ActorRef(text=self.text[start:end], start=start, end=end, code=owner.code,
                        sector=ref.sector if ref is not None else None)  # the owner's people, not the owner

    def _coded_by_name(self, token: Token) -> bool:
        """Whether ``code`` gives a participant a code of its own (an entity's, a speaker's), not the back-off's."""
        ref = self.code(token)
        return ref is not None and bool(ref.code)

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
        # the clause's place only where the doer is ("gunmen ... in Nigeria"), not where it sends or moves
        # something ("the administration sent troops into Syria": not Syria's)
        country = place_country(token) or (place_country(group) if group is not None else None) \
            or (place_country(clause, clause_only=True, destinations=False) if in_clause and not sends_away(clause) else None)
        if country is None:
            return ref
        text = self.text
        start, end = (ref.start, ref.end) if ref is not None else (token.idx, token.idx + len(token))
        return ActorRef(text=text[start:end], start=start, end=end, name=ref.name if ref else None, code=country,
                        sector=ref.sector if ref else None, entity=ref.entity if ref else None)

    def _place_of_unnamed_doer(self, noun: Token) -> list[ActorRef]:
        """A doerless event noun coded by the country where it happens ("the arrest of a leader in Dakar"), with
        no words (``unnamed_doer``): the place is where it was done, never shown as who did it."""
        group = self._of_group(noun)
        located = locate(noun) or (locate(group) if group is not None else None)
        if located is None:
            return []
        return [unnamed_doer(noun, located[0])]

    @staticmethod
    def _scene_city_doer(noun: Token, cities: list[Token]) -> list[ActorRef]:
        """The unnamed doer of a material act named after the one city it happened in ("the Oslo bombings"), coded
        by that city's country with no words: the city is the scene, not who did it (nor, for a seat of
        international bodies, those bodies)."""
        countries = {city.country for t in cities if (city := _venue_city_place(t)) is not None and city.country}
        return [unnamed_doer(noun, countries.pop())] if len(countries) == 1 else []

    def _scene_act(self, noun: Token) -> bool:
        """Whether an event noun is a material act named after the city it happened in ("the Oslo bombings")."""
        # its doer is the scene rule's (``_scene_city_doer``), so a material verb it is the subject of ("the Oslo
        # bombings killed ...") takes that doer rather than coding the city as one
        trigger = self._trigger_index.get(noun.i)
        return trigger is not None and trigger.pos == "noun" and trigger.entry.type in self.place_coded_types \
            and any(_venue_city(t) for t in arguments.noun_modifiers(noun))

    def _reports_own_act(self, verb: Token, trigger: Token) -> bool:
        """Whether an onlooker verb's subject is a force telling an act of its own kind ("the army reported raids")."""
        # frames.json "onlooker_own_acts": armed forces strike and deploy, police arrest; others' acts stay reported,
        # and so does one aimed at the force itself ("reported an ambush on its patrol")
        aimed_at_own = any(p.dep_ == "prep" and any(o.dep_ == "pobj" and any(
            g.dep_ == "poss" and g.lower_ in self.onlooker_own_targets for g in o.children) for o in p.children)
            for p in trigger.children)
        if aimed_at_own:
            return False
        lemma = trigger.lemma_.lower()
        subjects, _ = arguments.subject_tokens(verb, self.object_control, self.documents)
        return any(ref is not None and lemma in self.onlooker_own_acts.get(ref.sector or "", ())
                   for ref in (self.code(s) for s in subjects))

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

    def code_all(self, tokens: list[Token]) -> list[ActorRef]:
        refs: list[ActorRef] = []
        for token in tokens:
            sides = self.sides.both_sides(token) or compound_refs(token, self.text)
            if sides:
                refs.extend(sides)
                continue
            ref = self.code(token)
            if ref is not None and ref.code:
                refs.append(ref)
                modifiers = [m for m in token.children if m.dep_ in ("amod", "compound", "nmod") and m.conjuncts]
                if modifiers:  # "Russian and Ukrainian delegations": one party per coordinated modifier
                    refs.extend(self.modifier_actors(token))
                group = self._of_group(token) or self._source_group(token, ref)
                if group is not None and group.i != token.i:
                    refs.extend(r for r in (self.code(c) for c in group.conjuncts if c.i > group.i) if r is not None and r.code)
        return dedupe_refs(refs)

    def _source_group(self, token: Token, ref: ActorRef) -> Token | None:
        """The first of coordinated parties a generic participant comes "from" ("delegations from Chile
        and Peru", "negotiators from Serbia and Kosovo"), when its own code is that party's: each
        coordinated party sends its own, so each is a participant."""
        if token.pos_ != "NOUN":
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "from":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and pobj.conjuncts:
                        first = self.code(pobj)
                        return pobj if first is not None and first.code == ref.code else None
        return None

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
                refs = dedupe_refs(refs + [r for r in self.modifier_actors(token)])
        return refs

    def _scheduled(self, cand: Candidate) -> bool:
        """Whether a future act is a step on a calendar ("will meet again on April 26", "is set to meet", "was to
        arrive") or a meeting noun told of as to come ("the summit will be held in X"), not a promise made now.
        Talks told as going on ("talks will continue next week") are the sides' agreement at the round just held
        (multi-outlet gold) and stay asserted."""
        anchor = cand.anchor
        if cand.modality != "future" or anchor.lemma_.lower() in self.lexicon.frames["continuation_verbs"]:
            return False
        cues = self.lexicon.cues
        subject_noun = cand.trigger.pos == "noun" and cand.trigger.token.dep_ in SUBJECT_DEPS and cand.trigger.token.head.i == anchor.i \
            and anchor.lemma_.lower() in cues["course_verbs"]
        return subject_noun or scheduled(anchor, cues["scheduled_markers"]) or is_scheduled_future(anchor, cues["schedule_phrases"]) \
            or is_scheduled_noun(cand.trigger.token, cues["schedule_participles"])

    def _venue_city_codes(self, noun: Token) -> set[str]:
        """The country codes of the venue cities before an event noun ("the Madrid talks" -> ESP)."""
        refs = [code_modifier(self.state, t, self.text) for t in arguments.noun_modifiers(noun) if _venue_city(t)]
        return {r.code for r in refs if r is not None and r.code}

    def modifier_actors(self, noun: Token) -> list[ActorRef]:
        refs = [code_modifier(self.state, t, self.text) for t in arguments.noun_modifiers(noun)]
        return dedupe_refs([r for r in refs if r is not None and r.code])

    # --- one candidate ------------------------------------------------------------------------
    def participants(self, cand: Candidate, extra_heads: list[Token]) -> None:
        token, anchor = cand.trigger.token, cand.anchor
        # what "both sides" could do (a hypothesis, advice) names no particular parties: left unresolved
        self.sides.resolvable = cand.modality != "hypothetical"
        actors: list[ActorRef] = []
        recipients: list[ActorRef] = []
        heads_for_recipients = [token] + extra_heads
        accusation = cand.trigger.pos == "noun" and cand.type == "ACCUSE"
        accused = accused_of(token, cand.mode, self.lexicon.frames["accused_side"]) if accusation else None
        target = investigated(token, cand.mode, self.lexicon.frames["accused_side"]) if accusation else None
        if target is not None:  # "a probe into China's subsidies": China is investigated, by whoever the clause says
            cand.investigated = target
            recipients.extend(self.targets.code(target))
        if accused is not None:
            # "X faces charges", "jailed on charges of ...": X is accused; the accuser (the state) is unnamed
            cand.accused = accused
            recipients.extend(self.targets.code(accused))
        elif cand.trigger.pos == "noun":
            between = self.between_actors(token)
            agent_tokens = arguments.noun_agent_tokens(token) \
                or arguments.holder_of_tokens(token, self.holder_nouns, self.holder_blocking_preps)
            _, clause_doers = arguments.clause_doer(token, self.doer_clauses)
            own = self.code_all(agent_tokens) or self.code_all(arguments.attributed_tokens(token, self.attribution)) \
                or self.code_all(clause_doers)
            cand.actor_tokens = agent_tokens or clause_doers
            given = arguments.owner_given_from(token, cand.type, self.lexicon.frames["receiving_verbs"])
            if given is not None:  # "Clinton's support from party leaders": the leaders give, Clinton receives
                own, cand.actor_tokens = self.code_all(given[0]), given[0]
                recipients.extend(self.targets.code(given[1]))
            # "the Madrid talks": the city is where they were held, not who held them; "the Oslo bombings":
            # where it was done, its unnamed doer coded by that place (as "the bombings in Oslo" is)
            scene = cand.type in self.place_coded_types
            venue_cities = [t for t in arguments.noun_modifiers(token) if _venue_city(t)] \
                if cand.type in self.venue_modifier_types or scene else []
            venues = {w.idx for t in venue_cities for w in _city_words(t)}
            modifiers = [r for r in self.modifier_actors(token) if r.start not in venues]
            actors = own or ([] if between and cand.type in self.reciprocal else modifiers)
            if not actors and not between and scene:
                actors = self._scene_city_doer(token, venue_cities)
            if not actors and not between and cand.type in self.reciprocal:  # "during talks with X, Y said": Y met X
                cand.actor_tokens = arguments.adjunct_clause_doers(token, self.meeting_adjunct_preps, self.adjunct_counterpart_preps)
                actors = self.code_all(cand.actor_tokens)
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
                    place_country(token.head, clause_only=True, destinations=False)
                    if token.dep_ == "nsubj" and token.head.pos_ == "VERB" and not sends_away(token.head) else None)
                if country is not None:
                    actors = [ActorRef(text=token.text, start=token.idx, end=token.idx + len(token), code=country)]
            reaction = arguments.reaction_doers(token, anchor, self.lexicon.frames["reaction_verbs"]) if not actors else None
            givers = arguments.giver_tokens(token, anchor, cand.type, self.lexicon.frames["receiving_verbs"]) \
                if reaction is None else None
            if givers:  # "Kenya received aid from the United States": the giver acts, the subject receives
                actors = actors or self.code_all(givers)  # "the support of Spain" may be coded as the noun's own agent
                cand.actor_tokens = cand.actor_tokens or givers
                subjects, _ = arguments.subject_tokens(anchor, self.object_control, self.documents)
                recipients.extend(self.targets.code(subjects))
            elif not own and arguments.received_from_nobody(token, anchor, cand.type, self.lexicon.frames["receiving_verbs"]):
                # "Rubio earned widespread praise": the subject receives; whoever praised is not named
                subjects, _ = arguments.subject_tokens(anchor, self.object_control, self.documents)
                recipients.extend(self.targets.code(subjects))
                actors = []
                cand.actor_tokens = []
            elif reaction is not None:  # "drew criticism from X", "sparked protests": not the first event's doer
                actors = self.code_all(reaction)
                cand.actor_tokens = list(reaction)
                if not actors and cand.type in self.place_coded_types:
                    # "sparked protests across Turkey": unnamed doers coded by the place, spanning the event noun
                    located = self._place_of_unnamed_doer(token) or self._place_of_unnamed_doer(anchor)
                    actors = [ActorRef(text=token.text, start=token.idx, end=token.idx + len(token), code=r.code)
                              for r in located]
            elif not actors and anchor is not token and token.dep_ not in SUBJECT_ANCHOR_DEPS \
                    and not (scene and anchor.lemma_.lower() in self.onlookers and not self._reports_own_act(anchor, token)):
                # "the envoy condemned the raids": an onlooker's, not the raids' doer, which stays unnamed
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
                    cand.inherit_from = outcome_of(anchor, self._trigger_index)
            elif (outcome := outcome_of(anchor, self._trigger_index)) is not None:
                cand.inherit_from = outcome  # "talks ended with [further negotiations planned]": the talks' parties
            else:
                event_subjects = [s for s in subjects if s.i in self._trigger_index]
                # "the Oslo bombings killed ...": the bombings' doer, whom their city does not name
                scene_acts = [s for s in event_subjects if self._scene_act(s)]
                doers = [s for s in subjects if s not in scene_acts]
                # only a material act inherits the scene's doer: "the Nairobi attack threatened the talks" is no one's threat
                unowned = bool(scene_acts) and cand.type not in self.place_coded_types
                if event_subjects and not unowned and (scene_acts or not self.code_all(doers)):
                    cand.inherit_from = (scene_acts or event_subjects)[0]
                actors = self.code_all(doers)
                cand.actor_tokens = [s for s in subjects if s.i not in self._trigger_index]
            if not actors and cand.trigger.pos == "verb":
                between = self.code_all(arguments.between_tokens(token, self.between))
                actors = between
        for head in heads_for_recipients:
            for obj in arguments.object_tokens(head):
                if obj.lemma_.lower() in self.measures:
                    continue  # "two days (of talks)": a measure of the event, never a party to it
                coded = self.targets.code([obj]) if obj.i not in self._trigger_index else []
                if not coded:  # "praised Morocco's plan", "rejected the Ukrainian peace plan"
                    coded = self.code_all(arguments.noun_agent_tokens(obj)) or self.modifier_actors(obj)
                recipients.extend(coded)
            recipients.extend(self.targets.code(arguments.prep_objects(head, self.preps, cand.type)))
        if cand.trigger.pos == "verb":  # "held talks with X", "signed a deal with X": X is the other party
            for noun in arguments.object_event_nouns(token, cand.trigger.extra, set(self._trigger_index)):
                recipients.extend(self.targets.code(arguments.prep_objects(noun, self.object_noun_preps, cand.type)))
        if cand.trigger.entry.lemma in HOSTING_VERBS and cand.trigger.entry.mode == HOSTING_MODE \
                and cand.trigger.pos == "verb" and recipients:
            actors, recipients = recipients, actors  # the visitor is the actor, the host the recipient
        if not any(a.code for a in actors) and cand.type in self.reciprocal \
                and (numbered := numbered_round(token, self.round_nouns)) is not None and told_as_done(numbered.head, self._sentence_of):
            actors = self.sides.principal_refs(numbered)  # "the third round of negotiations opened in ...": the parties' talks
        elif not any(a.code for a in actors) and cand.type in self.reciprocal and continued(token, self.continuation_verbs):
            actors = self.sides.principal_refs(token)  # "talks will continue next week": the parties' talks
        recipients = dedupe_refs(other_parties(recipients, actors, self.named_entities()))
        if cand.type in self.reciprocal and cand.type == "CONSULT" and cand.mode != "visit":
            # "he met Erdogan": the met party is coded, so no back-off codes the doer; the one person "he" can be
            doers = [r for t in cand.actor_tokens if t.tag_ == PERSONAL_PRONOUN_TAG and not self._coded_by_name(t)
                     for r in [self.targets.subject_person(t)] if r is not None]
            other = [] if doers or any(a.code for a in actors) else self._other_side(cand, recipients)
            actors = meeting_parties(doers + actors + other + recipients, self.named_entities())
            recipients = []
        cand.actors, cand.recipients = actors, recipients

    # --- the article ----------------------------------------------------------------------------
    def build(self) -> list[Event]:
        doc = self.state.doc
        consent = self.lexicon.frames["refused_consent"]
        # a permission verb is a trigger only as a refusal ("does not allow agencies to go there"), never as what
        # another frame word is about ("a decision that allowed ...")
        links = self.state.scratch[LINK_LISTS_KEY]  # the headlines listed under "Related:" (statements stage)
        triggers = [t for t in outside_link_lists(find_triggers(doc, self.lexicon), links)
                    if not (t.entry.type == "REJECT" and t.entry.lemma in consent["permission_verbs"]
                            and not refused_consent(t, is_negated(t.token, t.token, self.lexicon), consent))]
        self._trigger_index = {t.token.i: t for t in triggers}
        absorbed: set[int] = set()
        # a clause's own predicate the parser hung inside a complement ("talks to resolve disputes over the
        # programme ended on Sunday with more talks planned") reports its own events: never absorbed
        predicates = [doc[i] for i in indices_with(doc, "DEP", ("acl",)) if misparsed_predicate(doc[i]) is not None]
        for trig in triggers:
            frame = frame_of(trig, self.lexicon)
            if frame is None:
                continue
            apart = [(v.left_edge.i, v.right_edge.i) for v in predicates
                     if not v.left_edge.i <= trig.token.i <= v.right_edge.i]
            for comp in complements(trig, self._trigger_index, self.lexicon):
                if comp.trigger is not None:
                    absorbed.add(comp.trigger.token.i)
                # a conjunct with a tense of its own tells its own act ("intends to hold talks and held a call")
                own = {t.i for c in comp.token.children if own_tense(c) for t in c.subtree}
                absorbed.update(t.i for t in comp.token.subtree if t.i in self._trigger_index and t.i != trig.token.i
                                and t.dep_ != "relcl" and t.i not in own and not any(low <= t.i <= high for low, high in apart))
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
                if trig.entry.type == "ACCUSE" and accused_of(token, trig.entry.mode, self.lexicon.frames["accused_side"]) is not None:
                    continue  # "arrested on charges of bribery": the charges are the state's accusation, an act of its own
                verb = token.head if token.dep_ != "pobj" else token.head.head
                measure = measure_phrase(token, self.measures)
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
            if verb is not None and verb not in absorbed and verb not in yielded and verb not in self.non_events.held_stances:
                # "Brussels backs new sanctions since 2014": a stance held, whose object is no act of its own
                candidates.extend(self._candidates_for(trig))
        candidates.extend(self.said.demands(links, self._trigger_index))
        candidates.extend(self.said.copular_demands(links))
        candidates.extend(self.said.wishes(links))
        candidates.extend(self.said.accusations(links, candidates, self._trigger_index))
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
                cand.recipients = apart_from_actors(cand.recipients, cand.actors)  # never the doer's own mention
            if home_visit(cand.trigger.token, cand.type, cand.mode, cand.actors, cand.recipients,
                          self._sentence_of[cand.trigger.token.i], self.lexicon.frames["senses"]):
                continue  # "Visiting Richmond for a rally, Trump ...": touring at home, no host (home_visits.py)
            backed.append(cand)
        # the learned decision (type_model): the rules' type, another type they proposed, or no event
        deduped = self.dedupe.dedupe(backed)
        # an accusation read off a statement is the construction's to decide; the model, trained on trigger
        # candidates, neither decides nor learns from it
        said = [c for c in deduped if c.from_statement]
        decided = [c for c in deduped if not c.from_statement]
        chosen = choose_types(decided, self.state, self._sentence_of, self.lexicon)
        # a candidate the model drops still re-tells a kept act when it is one of its mentions ("Modi's visit"):
        # it joins that act's mentions, never an event of its own
        chosen_ids = {id(c) for c in chosen}
        dropped = [c for c in decided if id(c) not in chosen_ids]
        # talks told with no party at all, none named and none the story's sides give ("Talks resume" as a
        # title): no PLOVER event can be coded; they may only join the story's talks as its mention
        partyless = [c for c in chosen if c.type in self.lexicon.frames["partyless_mention_types"]
                     and not c.actors and not c.recipients]
        # an act named in passing inside another noun's phrase ("the fate of the Iran deal") is known to the
        # reader, not told: it may only join an act the story told as its mention
        passing = [c for c in chosen if c.trigger.pos == "noun" and c.assertion in REPORTED_ASSERTIONS
                   and named_in_passing(c.trigger.token, frozenset() if c.negated else self.responsibility)]
        kept = self.dedupe.drop_re_mentions(sorted(chosen + said + dropped, key=lambda c: c.trigger.token.i),
                                            mention_only=frozenset(id(c) for c in dropped + partyless + passing))
        return self._records(kept)

    def _back_off(self, cand: Candidate) -> None:
        """Code an event's uncoded doer through the back-off chain, or keep its text (issue 14 item 1)."""
        if cand.inherit_from is not None and cand.inherit_from.i in self._trigger_index:
            return  # its doer is another event's ("the attack killed ..."): no party of its own
        # a state charging or trying its own people is a domestic act, coded by the host country; a country
        # accused ("Russia faces accusations") is accused by others
        domestic = cand.type in self.lexicon.frames["domestic_act_types"] or (
            cand.accused is not None and not any(t.ent_type_ in STATE_ENTITY_LABELS for t in cand.accused))
        excluded = set() if domestic else {r.code for r in cand.recipients if r.code}
        if cand.type in self.venue_modifier_types and cand.trigger.pos == "noun":
            excluded |= self._venue_city_codes(cand.trigger.token)  # "the Paris agreement" was not France's
        if cand.trigger.pos == "verb" and cand.type not in self.place_coded_types:
            # "the Kampala attack threatened the talks": the attack's city is its scene, not the threat's doer
            subjects, _ = arguments.subject_tokens(cand.anchor, self.object_control, self.documents)
            excluded |= {code for s in subjects if self._scene_act(s) for code in self._venue_city_codes(s)}
        if cand.investigated is not None:  # "an investigation into the attacks in Libya": Libya is what is looked into
            into = [t for p in cand.trigger.token.children if p.dep_ == "prep" for t in p.subtree if t.pos_ == "PROPN"]
            excluded |= {r.code for r in self.code_all(into) if r.code}
        if cand.actor_tokens and all(self.sides.mediating(t) for t in cand.actor_tokens):
            cand.actors = self._mediator_refs(cand.actor_tokens)
            return
        mediators = self._mediators_beside(cand)
        if mediators:
            self.sides.resolvable = cand.modality != "hypothetical"  # a hypothesis names no particular parties
            principals = self.sides.principal_refs(cand.trigger.token)
            if principals:  # "a third meeting ..., with Qatar acting as the go-between": the parties' talks
                cand.actors = principals
                return
            excluded |= mediators  # no two clear sides: still never the mediator
        # a meeting recoded as announced ("will meet in Rome": AGREE) is still held at a venue
        venue_types = self.lexicon.frames["venue_act_types"]
        venue = cand.type in venue_types or cand.trigger.entry.type in venue_types
        cand.actors = self.backoff.code(cand.actor_tokens, cand.trigger.token, self._sentence_of[cand.trigger.token.i],
                                        excluded, venue, domestic, frozenset(self._trigger_index),
                                        frozenset(r.code for r in cand.recipients if r.code))

    def _other_side(self, cand: Candidate, counterparts: list[ActorRef]) -> list[ActorRef]:
        """The doer of a meeting told with only its counterpart coded ("a delegation held talks with X", "after talks with
        X"), when that counterpart is one of the article's two principal parties (``PrincipalSides``): the other one,
        coded on the doer's noun or, with none, on no words. Not for a doer named or told as a person ("Halvorsen",
        "he"): whoever it is may be a third party; [] when the sides are not clear."""
        if any(t.pos_ == "PROPN" or t.tag_ == PERSONAL_PRONOUN_TAG for t in cand.actor_tokens) or not self.sides.resolvable:
            return []
        others = self.sides.other_than({r.code for r in counterparts if r.code})
        if not others:
            return []
        code, name = others[0]
        token = cand.trigger.token
        nouns = [t for t in cand.actor_tokens if t.pos_ == "NOUN"]  # "a delegation"; not a stray "that"
        doer = self.backoff.text_ref(nouns[0]) if nouns else unnamed_doer(token, code)
        return [doer.model_copy(update={"code": code, "name": name})]

    def _mediator_refs(self, tokens: list[Token]) -> list[ActorRef]:
        """A doer the article names as a mediator (``PrincipalSides.mediating``), coded by its own description, else
        by the one party the article says mediates, else uncoded: never by the host or the sentence's country, which
        in a story about talks is mostly one of the sides he mediates between."""
        said = self.sides.mediators()
        code = next(iter(said)) if len(said) == 1 else None
        return [self.backoff.text_ref(t).model_copy(update={"code": self.backoff.described_code(t) or code}) for t in tokens]

    def _mediators_beside(self, cand: Candidate) -> frozenset[str]:
        """The mediators (``PrincipalSides.mediators``) that the sentence of a meeting with no participant named
        names ("a third meeting in Vienna on May 7, with Qatar acting as the go-between"): the back-off's one
        country the sentence names would make one the meeting's doer, yet a mediator is never a side of the
        talks it mediates; they are the article's two principal parties' talks, as "talks will continue" are.
        Empty for another event, a named participant or a visit."""
        if cand.type not in self.reciprocal or cand.mode == "visit" or cand.actor_tokens:
            return frozenset()
        mediators = self.sides.mediators()
        if not mediators:
            return frozenset()
        return mediators & frozenset(mentioned_countries(self._sentence_of[cand.trigger.token.i]))

    def _candidates_for(self, trig: Trigger) -> list[Candidate]:
        lexicon = self.lexicon
        anchor = self._own_clause.get(trig.token.i)
        if anchor is None:
            anchor = anchor_of(trig, self.light, self.participation, self.responsibility, self.measures)
        if in_condition(anchor, lexicon):
            return []  # the condition of another event ("if Washington eased sanctions") is no event
        frame = frame_of(trig, lexicon)
        plans: list[tuple[str | None, str | None, Token, list[Token], frozenset[str]]] = []
        comp_tokens: dict[int, Token] = {}
        inner_types: dict[int, tuple[str, str | None]] = {}
        if frame:
            comps = [replace(c, trigger=None) if c.trigger is not None and figurative_content(c.trigger.token, lexicon.frames)
                     else c for c in complements(trig, self._trigger_index, lexicon)]  # "vowed to fight corruption"
            useful = [c for c in comps if c.trigger is not None] or (
                [c for c in comps if c.token.pos_ == "VERB"] + [c for c in comps if c.token.pos_ == "NOUN"])[:1]
            if not trig.entry.type and trig.entry.lemma in self.clause_only_frames:
                # "pressured Ottawa to cut tariffs" asks; "pressured the team", "when pressured by a reporter,
                # instead of answering" ask no one
                useful = [c for c in useful if c.token.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                               for a in c.token.children)]
                if not useful:
                    return []
            if frame in OBJECT_SENSE_FRAMES and trig.entry.objects and trig.entry.type \
                    and not any(c.trigger is not None or c.token.pos_ == "VERB" for c in comps):
                # the object's sense is the act: "ordered 300 troops to the border" deploys them; any infinitive
                # ("ordered the unit to pay damages", "ordered troops to stay") is what is asked, so a request
                useful = []
                plans.append((trig.entry.type, trig.entry.mode, trig.token, [], frozenset()))
            elif not useful:
                event_type, mode = compose(frame, trig.entry.type, None, lexicon, trig.entry.lemma)
                plans.append((event_type, mode, trig.token, [], frozenset()))
            composed: dict[int, str | None] = {}
            for index, comp in enumerate(useful):
                event_type, mode = compose(frame, trig.entry.type, comp, lexicon, trig.entry.lemma)
                composed[comp.token.i] = event_type
                if event_type and second_content(comp.token, event_type, composed):
                    continue  # "urged them to halt the strikes and allow aid in": one request with two contents
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
            cand.nobody = negated_by_subject(anchor, lexicon)
            cand.negated = cand.nobody or is_negated(trig.token, anchor, lexicon)
            cand.modality = modality_of(trig.token, anchor, lexicon)
            cand.assertion = assertion_of(trig.token, anchor, lexicon, cand.modality)
            if self.non_events.not_an_event(cand):
                continue
            self.participants(cand, extra_heads)
            if self._narrator_act(cand):
                continue  # "When I first met the professor in May, ...": the writer's own act, no party's
            if verbless_heading(cand, self._sentence_of[trig.token.i]) or untold_title(cand, self._sentence_of[trig.token.i]):
                continue  # "Ceasefire" on a line of its own, "The Battle of the Donor Lists." as the title: a topic, no act
            self._apply_rules(cand, frame)
            if self.is_campaign_pledge(cand):
                cand.modality = cand.assertion = "future"  # "the nominee pledged to repeal the law": to come
            if media_interview(cand.type, cand.actors + cand.recipients, lexicon.frames["senses"]) \
                    or press_talk(cand.trigger.token, cand.type, lexicon.frames["senses"]) \
                    or audience_talk(cand.trigger.token, cand.type, lexicon.frames["senses"]):
                continue  # "the Ledger spoke with Okafor", "spoke with reporters": an interview
            if one_party_forum(cand.trigger.token, cand.type, cand.actors + cand.recipients, lexicon.frames["senses"]):
                continue  # "spoke at the party's conference": the forum of another act (forums.py)
            if commercial_act(cand.trigger.token, cand.type, cand.actors + cand.recipients, lexicon.frames["senses"]):
                continue  # "the brewer called off a takeover": a company's trade (senses.py)
            if private_giving(cand.trigger.token, cand.type, lexicon.frames["senses"], self.is_person):
                continue  # "patrons who bankroll such groups": election finance or philanthropy (senses.py)
            if unilateral_promise(cand.trigger.token, cand.type, cand.inner, cand.complement, cand.recipients,
                                  lexicon.frames["senses"]):
                continue  # "pledged to regain the voters' confidence": a campaign promise (senses.py)
            if paid_support(cand.trigger.token, cand.type, lexicon.frames["senses"], self.is_person):
                continue  # "spent $640,000 backing her": election finance (senses.py)
            if electoral_step(cand.trigger.token, cand.type, lexicon.frames["senses"], self.is_person):
                continue  # "vowed to stay in the race", "is targeting young voters": a step in a race (senses.py)
            if self._crowd_without_protest(cand):
                continue
            made.append(cand)
        return made

    def _narrator_act(self, cand: Candidate) -> bool:
        """Whether a meeting is the writer's own with an uncoded source, which names no party PLOVER codes."""
        # Every doer is "I" or "we" in a sentence no one is quoted in and no statement covers ("We met at a bakery by
        # the docks", "the clerk I was chatting with"); a quoted speaker's "we" is that speaker's side, and a coded
        # party met ("I met President Ruto", "we met the Iranian delegation") keeps the meeting
        # (frames.json "narrator_acts").
        doers = cand.actor_tokens
        if cand.type not in self.narrator_types or not doers or any(t.lower_ not in WRITER_PRONOUNS for t in doers):
            return False
        if any(a.code for a in cand.actors + cand.recipients):
            return False
        token = cand.trigger.token
        if any(t.is_quote for t in self._sentence_of[token.i]):
            return False  # a quotation, even one whose speaker was not found, may be a party's words
        return statement_id_for(self.state, token.idx, token.idx + len(token)) is None

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

    def _apply_rules(self, cand: Candidate, frame: str | None) -> None:
        lexicon = self.lexicon
        if not cand.nobody and refused_consent(cand.trigger, cand.negated, lexicon.frames["refused_consent"]):
            # "will not accept any deal", "does not allow agencies to go there": a refusal said now (manual 3.10)
            inner = cand.inner[0] if cand.inner is not None else None
            cand.type, cand.mode, cand.negated = "REJECT", lexicon.frames["mode_from_complement"].get(inner or ""), False
            cand.modality = cand.assertion = "asserted"
            return
        if cand.type == "ASSAULT" and cand.trigger.pos == "verb" and cand.trigger.entry.lemma in lexicon.frames["verbal_attack_verbs"] \
                and any(c.dep_ == "prep" and c.lower_ == "for" for c in cand.trigger.token.children):
            cand.type, cand.mode = "ACCUSE", "disapprove"  # "attacked the newspaper for refusing ...": criticism
        if cand.type == "AGREE" and cand.trigger.pos == "verb" and approval_agreement(cand.trigger.token, lexicon.frames["senses"]):
            cand.type, cand.mode = "SUPPORT", None  # "agree with the removal": an act approved
        if cand.type == "ASSAULT" and cand.trigger.pos in ("verb", "noun") and verbal_attack(cand.trigger.token, lexicon.frames["senses"], self.is_person):
            cand.type, cand.mode = "ACCUSE", "disapprove"  # "Clinton hit Sanders on immigration": attacked in words
        if cand.type == "ASSAULT" and cand.trigger.pos in ("verb", "noun") and unarmed_attack(cand.trigger.token, lexicon.frames["senses"], self.is_person):
            cand.type, cand.mode = "ACCUSE", "disapprove"  # "the ad targets the mayor's record": no force named anywhere
        if frame is None:
            before = cand.type
            refusals = lexicon.frames["negated_refusals"]
            foretold = cand.modality in ("future", "hypothetical") and foretold_by_other(cand.anchor, lexicon)
            if cand.negated and not cand.nobody and cand.type in refusals and cand.trigger.pos == "verb" and not foretold \
                    and cand.trigger.entry.lemma not in lexicon.frames["unrefused_lemmas"] \
                    and not told_as_not_yet(cand.trigger.token, lexicon.frames["refused_consent"]["not_yet"]):
                # "did not endorse": not done; "has not yet signed": not done so far, no refusal
                cand.type, cand.mode, cand.negated = "REJECT", refusals[cand.type], False
                cand.modality = cand.assertion = "asserted"  # the refusal is said now
            # "does not want to meet": an act refused, though its clause has no future or modal of its own
            refused_wish = cand.negated and cand.assertion == "hypothetical" and cand.anchor.dep_ == "xcomp" \
                and cand.anchor.head.lemma_.lower() in lexicon.cues["desire_verbs"]
            modality = "hypothetical" if refused_wish else cand.modality
            if not cand.nobody:  # "no one will attack": nobody refused, so no REJECT is made of it
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
                # "the EU is considering sanctions": a hostile act weighed in public is a warning (manual 3.12)
                considered = is_considered(cand.trigger.token, cand.anchor, lexicon.cues["considering_verbs"])
                if own_future or spoken_hypothesis or considered:
                    cand.type, cand.mode = threat_recode(cand.type, cand.mode, lexicon)
            if cand.type != before and cand.type in lexicon.frames["commitment_types"] and cand.assertion == cand.modality \
                    and not unpromised(cand.anchor, lexicon.frames) \
                    and not forecast_by_commentator(cand.anchor, lexicon.frames["commentator_nouns"]) \
                    and not _unpromising_subject(cand.trigger.token, cand.anchor, lexicon) and not self._scheduled(cand):
                # "will cooperate" coded AGREE, "would strike" coded THREATEN: the promise or threat itself was made;
                # not when a verb of asking, wanting or denying governs it ("hopes the army will withdraw"): unpromised
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
                and all(a.text and a.text.lower().split()[-1] in riot["crowd_words"] for a in cand.actors)):
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
                actors=with_state_codes(cand.actors),  # "in Puerto Rico" places a doer in the US
                recipients=with_state_codes(cand.recipients),
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
