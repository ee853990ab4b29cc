"""The PLOVER manual's composition rules: what an offer, request, refusal or threat is about decides
its type and mode, and future/hypothetical auxiliary modes recode some types (manual 2.3, 3.x).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from accord.stages.events.lexicon import Lexicon
from accord.stages.events.modality import shows_tense
from accord.stages.events.triggers import Trigger
from accord.stages.grammar import SUBJECT_DEPS

# Complement links of a frame word, by the word's part of speech.
VERB_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj"})
NOUN_COMPLEMENT_DEPS = frozenset({"acl", "relcl"})
COMPLEMENT_PREPS = frozenset({"to", "for", "on", "of", "about"})
# Children of a light verb ("held talks", "talks were held") and of any frame word ("return to talks")
# that can name the event it stands for.
LIGHT_OBJECT_DEPS = frozenset({"dobj", "attr", "nsubjpass"})
FRAME_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr"})
# The object of an approval that may be a document ("approved a law ..."), and the links of a purpose
# infinitive on the approving verb ("approved a law to impose ...").
DOCUMENT_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


@dataclass(frozen=True)
class Complement:
    """What a frame word is about: the complement token, and the trigger found in it (if any)."""

    token: Token
    trigger: Trigger | None
    via: Token  # the token whose subtree names the complement (a light verb or the trigger itself)


def frame_of(trigger: Trigger, lexicon: Lexicon) -> str | None:
    """The frame (intent/request/reject/threaten) a trigger word opens, if any."""
    entry = trigger.entry
    if entry.second:
        found = lexicon.frame_of.get((trigger.pos, f"{entry.lemma} {entry.second}"))
        if found:
            return found
    return lexicon.frame_of.get((trigger.pos, entry.lemma))


def _resolve(token: Token, by_token: dict[int, Trigger], light: frozenset[str], ending: frozenset[str]) -> Trigger | None:
    if token.i in by_token and by_token[token.i].entry.type:
        return by_token[token.i]
    own = by_token.get(token.i)  # a frame word without a type of its own ("press ahead with X"): X first
    if token.lower_ in ending or token.lemma_.lower() in ending:
        return own  # "announced an end to negotiations", "vowed an end to the attacks": the act is what is ended
    if token.lemma_.lower() in light:
        found = _trigger_below(token, by_token, LIGHT_OBJECT_DEPS)
        if found is not None:
            return found
    # "return to talks", "push for a truce": the trigger one level down
    return _trigger_below(token, by_token, FRAME_OBJECT_DEPS) or own


def _trigger_below(token: Token, by_token: dict[int, Trigger], deps: frozenset[str]) -> Trigger | None:
    """The first trigger among ``token``'s children by ``deps`` or the objects of its prepositions."""
    for child in token.children:
        if child.dep_ in deps and child.i in by_token:
            return by_token[child.i]
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.i in by_token:
                    return by_token[pobj.i]
    return None


def document_clauses(token: Token, documents: frozenset[str]) -> list[Token]:
    """The clauses naming what a document enacted by ``token`` (frames.json ``enacting_verbs``) does:
    "approved a law that bans X", "a law banning X", "approved a law to impose sanctions" (the parser hangs the
    purpose infinitive on the verb). The act is the approval's content, as "approved a loan" is AID."""
    objects = [c for c in token.children if c.dep_ in DOCUMENT_OBJECT_DEPS and c.lemma_.lower() in documents]
    if not objects:
        return []
    clauses = [c for obj in objects for c in obj.children if c.dep_ in NOUN_COMPLEMENT_DEPS]
    clauses.extend(c for c in token.children
                   if c.dep_ in PURPOSE_DEPS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    return clauses


def complements(trigger: Trigger, by_token: dict[int, Trigger], lexicon: Lexicon) -> list[Complement]:
    """Complements of a frame word: infinitives, clauses, objects and to/for/on phrases, with conjuncts."""
    token = trigger.token
    light = frozenset(lexicon.frames["light_verbs"])
    ending = frozenset(lexicon.frames["ended_acts"]["words"])
    candidates: list[Token] = []
    deps = NOUN_COMPLEMENT_DEPS if trigger.pos == "noun" else VERB_COMPLEMENT_DEPS
    frame = frame_of(trigger, lexicon)
    for child in token.children:
        if child.dep_ in deps or (trigger.pos == "adj" and child.dep_ == "xcomp"):
            if child.dep_ == "relcl":
                continue
            if child.dep_ == "ccomp" and frame == "intent" and any(c.dep_ in SUBJECT_DEPS for c in child.children):
                continue  # "the minister announced (that) Australia will provide ...": a reported event of its own
            candidates.append(child)
        elif child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPS:
            candidates.extend(p for p in child.children if p.dep_ in ("pobj", "pcomp"))
        elif child.dep_ == "conj" and trigger.pos == "verb" and not any(c.dep_ in SUBJECT_DEPS for c in child.children):
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                candidates.append(child)  # "agreed to X, and to resume talks" parsed as a conjunct
    if frame == "intent" and trigger.pos == "verb" and trigger.entry.lemma in lexicon.frames["enacting_verbs"]:
        candidates.extend(document_clauses(token, frozenset(lexicon.frames["document_nouns"])))
    if frame == "intent" and trigger.pos == "verb" and token.tag_ == "VBN":
        # "with further negotiations planned": the planned talks are what is intended (the parser hangs the
        # participle on the noun, or reads "with [negotiations planned]" as a clause with the noun as subject)
        if token.dep_ == "acl" and token.head.i in by_token:
            candidates.append(token.head)
        elif token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in token.children):
            candidates.extend(c for c in token.children if c.dep_ == "nsubj" and c.i in by_token)
    expanded: list[Token] = []
    for candidate in candidates:
        expanded.append(candidate)
        # not a conjunct with a tense of its own ("intends to hold talks and held a call"): its own act, not intended
        expanded.extend(c for c in candidate.conjuncts if c.i > candidate.i
                        and not shows_tense(c, candidate))
    found: list[Complement] = []
    seen: set[int] = set()
    for candidate in expanded:
        if candidate.i in seen:
            continue
        seen.add(candidate.i)
        inner = _resolve(candidate, by_token, light, ending)
        found.append(Complement(candidate, inner, candidate))
    return found


def second_content(content: Token, event_type: str, composed: Mapping[int, str | None]) -> bool:
    """Whether a frame word's content is coordinated with an earlier content that composed the same type ("urged
    them to halt the strikes and allow aid in", "promised to cut taxes and raise wages"): one act asked, promised or
    refused with two contents, told once, not a second event of its type; a content of another type stays an act of
    its own kind ("vowed to resume talks and impose sanctions": AGREE and THREATEN)."""
    current = content
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
        if composed.get(current.i) == event_type:
            return True
    return False


def complement_label(complement: Complement, lexicon: Lexicon) -> tuple[str | None, str | None, bool]:
    """(type, mode, is-a-change-request) of what a complement names."""
    change_words = set(lexicon.frames["change_words"])
    words = {complement.token.lemma_.lower()} | {c.lemma_.lower() for c in complement.token.children}
    is_change = bool(words & change_words)
    if complement.trigger is None:
        return None, None, is_change
    entry = complement.trigger.entry
    return (entry.type or None), entry.mode, is_change or entry.mode == "resign"


def compose(frame: str, own_type: str, complement: Complement | None, lexicon: Lexicon, lemma: str = "") -> tuple[str | None, str | None]:
    """Type and mode of a frame word's event given one complement (None: no complement)."""
    frames = lexicon.frames
    neutral = lemma in frames["intent"]["neutral_verbs"]
    if neutral and complement is not None and complement.token.lemma_.lower() in frames["response_verbs"]:
        complement = None  # "planned to respond to the attacks": the attacks are another party's act, not the plan's
    inner_type, inner_mode, is_change = complement_label(complement, lexicon) if complement else (None, None, False)
    if frame == "intent":
        if inner_type is None:
            return (own_type or None), None
        result = frames["intent"]["result"].get(inner_type, own_type or "AGREE")
        if neutral and inner_type in frames["intent"]["neutral_result"]:
            result = frames["intent"]["neutral_result"][inner_type]
        if result == "THREATEN":
            return result, _threat_mode(inner_type, inner_mode, lexicon)
        return result, (inner_mode if result == inner_type else None)
    result = frames[frame]["result"]
    if frame == "threaten":
        return result, _threat_mode(inner_type, inner_mode, lexicon) if inner_type else None
    if is_change:
        return result, "change"
    return result, frames["mode_from_complement"].get(inner_type or "", None)


def _threat_mode(inner_type: str | None, inner_mode: str | None, lexicon: Lexicon) -> str | None:
    table = lexicon.frames["threat_mode_from_complement"]
    return table.get(f"{inner_type}:{inner_mode}") or table.get(inner_type or "")


def recode_for_modality(event_type: str, mode: str | None, modality: str, negated: bool, lexicon: Lexicon) -> tuple[str, str | None, bool]:
    """Manual rules: future cooperation -> AGREE, future retreat -> CONCEDE, refused meeting -> REJECT meet."""
    frames = lexicon.frames
    refusals = frames["negated_future_refusals"]
    if negated and modality in ("future", "hypothetical") and event_type in refusals:
        return "REJECT", refusals[event_type], False
    if modality == "future" and not negated and event_type in frames["future_recode"]:
        return frames["future_recode"][event_type], None, negated
    return event_type, mode, negated


def threat_recode(event_type: str, mode: str | None, lexicon: Lexicon) -> tuple[str, str | None]:
    """Future or hypothetical material conflict announced by its actor is a THREATEN (manual 2.3)."""
    if event_type in lexicon.frames["threat_recode"]:
        return "THREATEN", _threat_mode(event_type, mode, lexicon)
    return event_type, mode
