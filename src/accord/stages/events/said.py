"""Events read off what a speaker says rather than off a trigger word: a REQUEST by the speaker of the party a
modal is said of ("Y must do Z", said X) and an ACCUSE of the party a condemning word is said of
("X said Y's strikes were illegal", found by accusations.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.records import ActorRef
from accord.stages.base import ArticleState
from accord.stages.events import arguments
from accord.stages.events.accusations import (
    PARTY_ENTITY_LABELS,
    Accusation,
    argument_of_verb,
    doer_phrase,
    find_accusations,
    first_conjunct,
)
from accord.stages.events.candidate import Candidate
from accord.stages.events.coding import dedupe_refs
from accord.stages.events.lexicon import Lexicon, TriggerEntry
from accord.stages.events.modality import in_condition, is_consequent, modality_of
from accord.stages.events.negation import is_negated
from accord.stages.events.predication import is_question
from accord.stages.events.promises import embedded_question
from accord.stages.events.references import PRONOUN_POS
from accord.stages.events.sides import PrincipalSides
from accord.stages.events.triggers import Trigger
from accord.stages.statements.link_lists import in_link_list
from accord.stages.token_filters import indices_with

# Subjects that make a modal the speaker's own commitment, not a demand on another ("we must act").
SPEAKER_SELF_WORDS = frozenset({"we", "i"})
# Entity labels of a doer named in an accusation that stands for a party though it has no code ("Carson").
NAMED_PARTY_LABELS = frozenset({"PERSON", "ORG"})
# Kinds of condemning words that accuse even when their doer has no code ("their treatment may amount to
# crimes", "the unjust detention"): a wrong done, or a word that condemns wherever it stands. The milder
# kinds ("the gap between rich and poor is a disaster", "voters were wrong") judge situations as often as
# parties (PolNeAR train draws 130142, 130143: 2 of 2 such firings wrong), so they need a coded doer.
UNNAMED_DOER_KINDS = frozenset({"condemning", "wrongdoing"})


def _self_addressed(speakers: list[ActorRef], addressees: list[ActorRef]) -> bool:
    """Whether a demand is addressed to the speaker's own side: a shared code and no two different sectors (a
    refugee group demanding that its country's government act asks another party, "the administration
    must stop the transfers")."""
    return any(s.code and s.code == a.code and (s.sector is None or a.sector is None or s.sector == a.sector)
               for s in speakers for a in addressees)


def _names_party(doers: tuple[Token, ...]) -> bool:
    """Whether a doer phrase names a party in words ("Ukrainian forces", "Kyiv's troops"), so a code it
    shares with the speaker is the speaker's own side, not a back-off guess."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in PARTY_ENTITY_LABELS for d in doers for t in doer_phrase(d))


def _request(trigger: Trigger, anchor: Token, span: list[Token], speakers: list[ActorRef], speaker_tokens: list[Token],
             addressees: list[ActorRef], complement: Token) -> Candidate:
    """A REQUEST candidate built from a construction (a wish verb, a copular demand): the speakers ask the
    addressees for the act of ``complement``."""
    cand = Candidate(trigger, "REQUEST", None, anchor, span)
    cand.actors, cand.recipients = speakers, addressees
    cand.actor_tokens = speaker_tokens
    cand.complement_key = frozenset({complement.lemma_.lower()})
    cand.complement = complement
    cand.by_construction = True
    return cand


def _asked_clause(verb: Token, indefinite: frozenset[str]) -> tuple[Token, Token] | None:
    """The party and the act of a "to" clause with a subject of its own under a wish verb ("expects Kabul
    to act": Kabul, act), whether the parser hangs the party on the clause or on the verb; None for "wants
    to act" (the subject's own wish), for "expects that ...", which states what is believed, and for an
    indefinite subject ("expected a number of states to abstain": a forecast of no party in particular)."""
    for clause in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")):
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        party = next((c for c in clause.children if c.dep_ == "nsubj"), None) \
            or next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
        if party is not None and party.pos_ in ("PROPN", "NOUN") \
                and not any(d.dep_ == "det" and d.lower_ in indefinite for d in party.children):
            return party, clause
    return None


def _event_asked(subject: Token, verb: Token, trigger_index: Mapping[int, Trigger], verbs: frozenset[str]) -> bool:
    """Whether an event noun as a modal's subject stands for the parties asked: the modal says the event should go
    on, begin, end or take place ("talks must continue", "the war must end") or be done by someone ("the sanctions
    must be lifted"); "support among them should show that ..." or "the accord should guide us" asks no one."""
    return subject.i in trigger_index and (subject.dep_ == "nsubjpass" or verb.lemma_.lower() in verbs)


def _polled(speaker: Token, poll: Mapping[str, list[str]], polled_verbs: frozenset[str]) -> bool:
    """Whether a speaker is a poll's respondents: a population noun qualified by a poll verb ("those surveyed",
    "voters polled", "respondents who were asked")."""
    population = set(poll["population_nouns"]) | set(poll["voter_nouns"])
    return speaker.ent_type_ == "" and speaker.lemma_.lower() in population \
        and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in polled_verbs for c in speaker.children)


class SaidEvents:
    """Makes the REQUEST and ACCUSE candidates a speaker's words imply; one instance per article."""

    def __init__(self, state: ArticleState, lexicon: Lexicon, sentence_of: list[SpacySpan], text: str,
                 reporting: frozenset[str], code_all: Callable[[list[Token]], list[ActorRef]],
                 statement_speaker: Callable[..., ActorRef | None], sides: PrincipalSides) -> None:
        self.state = state
        self.lexicon = lexicon
        self._sentence_of = sentence_of
        self.text = text
        self.reporting = reporting
        self.code_all = code_all
        self.statement_speaker = statement_speaker
        self.sides = sides

    def demands(self, links: list[tuple[int, int]], trigger_index: Mapping[int, Trigger]) -> list[Candidate]:
        """"Y must/should do Z", "Y needs to do Z", said by X: a REQUEST by X of Y, whose content is Z
        (issue 14 item 2); Z itself is demanded, not done. Unattributed or self-addressed ("we must")
        modals are no request."""
        cues = self.lexicon.cues
        demand_aux = frozenset(cues["demand_auxiliaries"])
        stative = frozenset(cues["stative_verbs"])
        hedges = frozenset(cues["hedged_need_auxiliaries"])
        event_subject_verbs = frozenset(cues["event_subject_demand_verbs"])
        question_words = self.lexicon.frames["question_words"]
        polled = frozenset(cues["polled_verbs"])
        made: list[Candidate] = []
        doc = self.state.doc
        for index in indices_with(doc, "POS", ("AUX", "VERB")):
            token = doc[index]
            if in_link_list(token.idx, links):
                continue  # another story's headline
            if token.dep_ == "aux" and token.lower_ in demand_aux and token.head.pos_ in ("VERB", "AUX"):
                verb = token.head
            elif token.lemma_.lower() == "need" and token.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in token.children):
                verb = next(c for c in token.children if c.dep_ == "xcomp")
                if not any(c.dep_ == "nsubj" for c in token.children):
                    continue
                if any(c.dep_ == "aux" and c.lower_ in hedges for c in token.children):
                    continue  # "a neighbour might need to arm", "the lender will need to change": a forecast, no demand
            else:
                continue
            clause = verb
            if verb.lemma_.lower() in stative or is_question(self._sentence_of[token.i]) \
                    or embedded_question(verb, question_words):
                continue  # "... views on how the panel should handle it": a question, no demand
            governing = arguments.governing_speaker(clause, self.reporting)
            if any(_polled(s, self.lexicon.frames["senses"]["poll_shares"], polled) for s in governing):
                continue  # "those surveyed said the funding shouldn't be cut": a poll's answer, no demand
            speaker_tokens = [s for s in governing if s.pos_ != PRONOUN_POS]
            speakers = self.code_all(speaker_tokens)
            if not speakers:
                ref = self.statement_speaker(token, coded_only=False)
                speakers = [ref] if ref is not None else []
            if not speakers and not speaker_tokens:
                continue
            subject_head = token if token.lemma_.lower() == "need" else clause
            subjects = [c for c in subject_head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if token.dep_ == "aux" and any(s.i > token.i for s in subjects):
                continue  # "..., should the campaign keep up its attacks": a modal before its subject puts a condition
            if any(s.lower_ in SPEAKER_SELF_WORDS for s in subjects):
                continue  # "we must", "I should": the speaker's own commitment or intention
            quantifiers = set(self.lexicon.frames["generic_quantifiers"])
            if any(d.dep_ == "det" and d.lower_ in quantifiers for s in subjects for d in s.children):
                continue  # "each company must fend for itself": a general rule, no party asked
            addressees = self.code_all(subjects)
            institutions = set(self.lexicon.frames["institution_nouns"])
            if not addressees and not any(s.lemma_.lower() in institutions or _event_asked(s, verb, trigger_index, event_subject_verbs)
                                          for s in subjects):
                continue  # "each company must fend for itself", "that accord should guide us": no party is asked anything
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

    def wishes(self, links: list[tuple[int, int]]) -> list[Candidate]:
        """"X expects/wants Y to do Z": a REQUEST by X of Y, whose content Z is asked, not done (issue 14 item
        2). Both parties must be coded and differ, the verb neither negated, questioned nor conditional, and
        Z an act (not a state or a forecast: "expects the economy to grow" asks no one)."""
        cues = self.lexicon.cues
        wish_verbs = tuple(cues["party_wish_verbs"])
        unasked = frozenset(cues["stative_verbs"]) | frozenset(cues["forecast_verbs"])
        indefinite = frozenset(cues["indefinite_determiners"])
        made: list[Candidate] = []
        doc = self.state.doc
        for index in indices_with(doc, "LEMMA", wish_verbs):
            token = doc[index]
            if in_link_list(token.idx, links):
                continue  # another story's headline
            if token.pos_ != "VERB":
                continue
            asked = _asked_clause(token, indefinite)
            if asked is None or asked[1].lemma_.lower() in unasked:
                continue
            addressee, verb = asked
            if is_negated(token, token, self.lexicon) or in_condition(token, self.lexicon) \
                    or is_question(self._sentence_of[token.i]):
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            speakers = self.code_all(subjects)
            addressees = self.code_all([addressee])
            if not speakers or not addressees or _self_addressed(speakers, addressees) \
                    or {a.code for a in addressees} <= {s.code for s in speakers}:
                continue
            trigger = Trigger(token, TriggerEntry("verb", token.lemma_.lower(), "REQUEST", None), "verb")
            made.append(_request(trigger, token, [token], speakers, subjects, addressees, verb))
        return made

    def counterpart(self, own: set[str], phrase: Token) -> list[ActorRef]:
        """The other of the article's two principal parties when the demanding side is one of them (a
        demand that names nobody asks it of the other side), coded on the demand's phrase; none otherwise."""
        others = self.sides.other_than(own)
        if not others:
            return []
        start = min([phrase.idx, *(c.idx for c in phrase.children if c.dep_ in ("amod", "compound") and c.i < phrase.i)])
        end = phrase.idx + len(phrase)
        return [ActorRef(text=self.text[start:end], start=start, end=end, name=name, code=code)
                for code, name in others]

    def copular_demands(self, links: list[tuple[int, int]]) -> list[Candidate]:
        """"X's red line is: no enrichment", "our condition is that the troops leave": a REQUEST by the owner of
        the demand noun (``copular_demand_nouns``) when it is the subject of "be" with a noun or clause
        complement (issue 15). The owner is a named possessor, or the speaker for "our"/"its" or a noun only
        "for" something ("the precondition for talks is ..."); the parties named in the complement are asked.
        Negated, conditional and questioned copulas and complements a modal already asks ("... is that Iran
        must stop") make none."""
        cues = self.lexicon.cues
        nouns = {tuple(n.split()) for n in cues["copular_demand_nouns"]}
        demand_aux = frozenset(cues["demand_auxiliaries"])
        negation = frozenset(cues["negation_words"])
        made: list[Candidate] = []
        doc = self.state.doc
        for index in indices_with(doc, "POS", ("NOUN",)):
            noun = doc[index]
            if in_link_list(noun.idx, links):
                continue  # another story's headline
            modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i == noun.i - 1]
            words = (modifiers[0].lower_, noun.lemma_.lower()) if modifiers else (noun.lemma_.lower(),)
            if words not in nouns and (noun.lemma_.lower(),) not in nouns:
                continue
            copula = noun.head
            if noun.dep_ != "nsubj" or copula.lemma_.lower() != "be":
                continue
            complement = next((c for c in copula.children if c.dep_ in ("attr", "ccomp")), None)
            if complement is None or any(c.lower_ in negation for c in copula.children if c.dep_ == "neg"):
                continue
            if is_question(self._sentence_of[noun.i]) or in_condition(copula, self.lexicon):
                continue
            if any(t.dep_ == "aux" and t.lower_ in demand_aux for t in complement.subtree):
                continue  # "our condition is that Iran must stop": the modal's own REQUEST
            owners = [c for c in noun.children if c.dep_ == "poss"]
            purpose = any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
            if not owners and not purpose:
                continue  # "the condition is critical", "several red lines": nobody's demand
            named = [o for o in owners if o.pos_ != PRONOUN_POS]
            speakers = self.code_all(named) if named else []
            speaker_tokens = named
            if not named:
                speaker_tokens = [s for s in arguments.governing_speaker(copula, self.reporting) if s.pos_ != PRONOUN_POS]
                speakers = self.code_all(speaker_tokens)
                if not speakers:
                    ref = self.statement_speaker(noun, coded_only=True)
                    speakers = [ref] if ref is not None else []
            if not speakers:
                continue
            asked = [t for t in complement.subtree if t.pos_ == "PROPN"]
            own = {s.code for s in speakers if s.code}
            addressees = [r for r in dedupe_refs(self.code_all(asked)) if r.code not in own]
            if not addressees:  # "Washington's red line is: no enrichment" in a US–Iran story: asked of Iran
                addressees = self.counterpart(own, noun)
            span = [*modifiers, noun] if words in nouns else [noun]
            entry = TriggerEntry("noun", " ".join(words) if words in nouns else noun.lemma_.lower(), "REQUEST", None)
            trigger = Trigger(noun, entry, "noun", tuple(modifiers) if words in nouns else ())
            made.append(_request(trigger, copula, span, speakers, speaker_tokens, addressees, complement))
        return made

    def _condemned_unnamed(self, found: Accusation) -> bool:
        """Whether an accusation whose doer no code reaches still accuses: an act or a party named by a common
        noun ("their treatment may amount to crimes", "the regime's violation of rights", "the unjust
        detention"), condemned by a word that always blames (``UNNAMED_DOER_KINDS``), as an argument of the
        clause, not in passing ("perpetrators of this reprehensible act"), and not a claim called false
        ("called the allegations baseless": a rejection). The ACCUSE is the speaker's, its target unknown.
        PolNeAR train draws 130141, 130144-130148 (660 articles): 7 fired, 5 right, 2 wrong."""
        claims = self.lexicon.frames["claim_nouns"]
        if not found.kinds & UNNAMED_DOER_KINDS or not any(d.pos_ == "NOUN" for d in found.doers) \
                or any(d.lemma_.lower() in claims or d.i == found.word.i for d in found.doers):
            return False  # the wrong itself as its doer ("Census violations"): its party is a modifier no code reaches
        return found.predicate.pos_ != "NOUN" or argument_of_verb(first_conjunct(found.predicate))

    def accusations(self, links: list[tuple[int, int]], candidates: list[Candidate], trigger_index: Mapping[int, Trigger]) -> list[Candidate]:
        """ACCUSE by what a speaker says ("X said Y's strikes were illegal"): the speaker accuses the party
        the condemning word is said of (``accusations``). Not made where the sentence already has an
        ACCUSE, for a negated, conditional or questioned condemnation, or against the speaker's own side."""
        doc = self.state.doc
        accusing = {self._sentence_of[c.trigger.token.i].start for c in candidates if c.type == "ACCUSE"}
        told = {c.trigger.token.i for c in candidates}  # "said Israel violated the truce" reports the violation itself
        made: list[Candidate] = []
        hostile = frozenset(i for i, t in trigger_index.items() if t.entry.type in self.lexicon.frames["hostile_act_types"])
        plots = frozenset(self.lexicon.frames["culpable_act_nouns"])
        hostile |= frozenset(indices_with(doc, "LEMMA", tuple(plots)))
        quantifiers = frozenset(self.lexicon.frames["generic_quantifiers"])
        denials = frozenset(self.lexicon.cues["denial_verbs"])
        for found in find_accusations(doc, self.state.statements, hostile, quantifiers):
            word, predicate = found.word, found.predicate
            sentence = self._sentence_of[word.i]
            if in_link_list(word.idx, links) or word.i in told or sentence.start in accusing or is_question(sentence):
                continue
            if is_negated(word, predicate, self.lexicon) or in_condition(predicate, self.lexicon) \
                    or is_consequent(predicate, self.lexicon) or modality_of(word, predicate, self.lexicon) == "future":
                continue  # "was not illegal", "if the vote was rigged", "if true, it is illegal", "we will see a tougher line on its provocations"
            if any(c.dep_ == "mark" and c.lower_ in self.lexicon.frames["question_marks"] for c in predicate.children):
                continue  # "an investigation to determine whether Clinton violated statutes": a question, no claim
            cue = found.statement.cue
            cue_span = doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue is not None else None
            if cue_span is not None and any(t.lemma_.lower() in denials for t in cue_span):
                continue  # "Ankara denies that the killings were a genocide": the speaker rejects the charge
            speaker = found.statement.speaker
            actors = [ActorRef(text=speaker.text, start=speaker.start, end=speaker.end, name=speaker.name,
                               code=speaker.affiliation, sector=speaker.sector, entity=speaker.entity)] if speaker else []
            speaker_codes = {a.code for a in actors if a.code}
            targets = dedupe_refs([r for d in found.doers for r in self.code_all(doer_phrase(d))])
            # a party of the speaker's own country counts only when named ("the Baloch Liberation Army"), not
            # when it is the speaker's side in general ("Ukrainian forces made mistakes", said Kyiv)
            named = [d for d in found.doers if d.pos_ == "PROPN" and d.ent_type_ in NAMED_PARTY_LABELS]
            if found.blames_for_act:  # "orchestrated by militants": whoever is said to be behind an attack
                named += [d for d in found.doers if d.pos_ in ("NOUN", "PROPN") and d not in named]
            if not targets:  # a named party without a code ("Carson") is still accused, under its name
                targets = [ActorRef(text=self.text[d.idx:d.idx + len(d)], start=d.idx, end=d.idx + len(d)) for d in named]
            if targets and {t.code for t in targets} <= speaker_codes and not named:
                if _names_party(found.doers) or not self._condemned_unnamed(found):
                    continue  # the speaker's own side, named so: no accusation of another
                targets = []  # a code only the back-off gave ("the regime's violation" in a story set in the speaker's country)
            if not targets and not self._condemned_unnamed(found):
                continue  # no party named as the doer: no accusation of another
            anchor = cue_span.root if cue_span is not None and len(cue_span) else predicate
            pos = {"ADJ": "adj", "NOUN": "noun"}.get(word.pos_, "verb")
            mode = "allege" if found.blames_for_act else "disapprove"  # who is behind an attack is alleged
            entry = TriggerEntry(pos, word.lemma_.lower(), "ACCUSE", mode)
            cand = Candidate(Trigger(word, entry, pos), "ACCUSE", mode, anchor, [word])
            cand.actors = actors
            cand.recipients = [t for t in targets if named or t.code not in speaker_codes]
            cand.by_construction = cand.from_statement = True
            made.append(cand)
            accusing.add(sentence.start)
        return made
