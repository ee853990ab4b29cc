"""A candidate's pledge: an act promised to voters for after the vote, told as to come, not as done.

PLOVER codes what actors do (manual 2); a candidate's "vowed to repeal the law" or "pledged to move the embassy"
promises an act for after winning office: the event is future, kept out of timelines and counts (issue 14 item 3).
Only a campaign speaker makes a pledge so: a person the story calls a candidate, nominee or front-runner, or whose
campaign it names ("the Hale campaign"); a subject that is such a word ("the candidates promise ..."); and, in a
story of a race, any person holding no sitting office of state. A state's, a government's or a president's or
minister's vow stays asserted (VOA dev codes a state's vows as asserted). A proposal is no pledge: "the senator
proposed a bill in 2013" is an act done (PolNeAR train seed 120113). The words and the why live in ``cues.json``
("campaign_pledges")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from accord.records import ActorRef, Entity
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.token_filters import lowered_strings, token_array

# Words of a race for office a story must hold to be about one ("candidate", "nominee", "primary", "campaign"):
# three, so a story that names one election in passing is no campaign story (PolNeAR train seed 120111: every
# campaign story held far more).
RACE_WORDS_MIN = 3
# Links by which a mention's root carries a description of its person ("presidential candidate Ann Hale",
# "Hale, the Republican nominee").
DESCRIBING_DEPS = frozenset({"compound", "amod", "appos", "nmod"})
# Links by which a person's name owns a campaign ("the Hale campaign", "Hale's campaign").
OWNER_DEPS = frozenset({"compound", "poss"})


def _describes_campaigner(root: Token, rule: dict[str, Any]) -> bool:
    """Whether a mention's root is described as a candidate or owns a campaign."""
    candidates = set(rule["candidate_nouns"])
    if any(c.dep_ in DESCRIBING_DEPS and c.lemma_.lower() in candidates for c in root.children):
        return True  # "presidential candidate Ann Hale", "Hale, the party's nominee"
    head = root.head
    if root.dep_ == "appos" and head.lemma_.lower() in candidates:
        return True  # "the Republican nominee, Ann Hale"
    return root.dep_ in OWNER_DEPS and head.lemma_.lower() in rule["campaign_nouns"]  # "the Hale campaign"


def race_in_story(doc: Doc, rule: dict[str, Any]) -> bool:
    """Whether the story tells of a race for office: at least RACE_WORDS_MIN words of one ("candidate", "primary")."""
    if len(doc) == 0:
        return False
    words = set(rule["race_words"])
    lemmas = token_array(doc, "LEMMA").tolist()  # the lemma column, not a Token per word
    lowered = lowered_strings(doc, set(lemmas))
    return sum(1 for h in lemmas if lowered[h] in words) >= RACE_WORDS_MIN


def _in_office(entity: Entity, rule: dict[str, Any]) -> bool:
    """Whether a person's title is a sitting office of state ("President", "Prime Minister"): a state's vow."""
    words = (entity.title or "").lower().replace("-", " ").split()
    return bool(words) and words[0] not in rule["former_words"] and bool(set(words) & set(rule["office_titles"]))


def campaigners(doc: Doc, entities: list[Entity], rule: dict[str, Any]) -> frozenset[str]:
    """The ids of the people the story calls candidates, nominees or front-runners, or whose campaign it names,
    and, in a story of a race, of every person holding no sitting office of state."""
    race = race_in_story(doc, rule)
    found: set[str] = set()
    for entity in entities:
        if entity.kind != "person":
            continue
        if race and not _in_office(entity, rule):
            found.add(entity.id)
            continue
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and _describes_campaigner(span.root, rule):
                found.add(entity.id)
                break
    return frozenset(found)


def _mentioned_person(token: Token, entities: list[Entity]) -> str | None:
    """The entity id of the person whose mention holds a word, else None."""
    for entity in entities:
        if entity.kind == "person" and any(m.start <= token.idx < m.end for m in entity.mentions):
            return entity.id
    return None


def _last_person(token: Token, entities: list[Entity]) -> str | None:
    """The entity id of the person last named as a clause's subject before a word: whom a "he" or "she" subject
    most likely is ("He lambasted the deal negotiated by President Obama. He pledged ...": not Obama)."""
    best: tuple[int, str] | None = None
    doc = token.doc
    for entity in entities:
        if entity.kind != "person":
            continue
        for mention in entity.mentions:
            if mention.end > token.idx or (best is not None and mention.start <= best[0]):
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in SUBJECT_DEPS:
                best = (mention.start, entity.id)
    return best[1] if best else None


def _pledged(token: Token, rule: dict[str, Any]) -> bool:
    """Whether a trigger is a pledge: a verb or noun of promising, or a light verb with one ("offered promises")."""
    words = set(rule["pledge_words"])
    return token.lemma_.lower() in words or (token.lemma_.lower() in rule["light_verbs"] and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words for c in token.children))


def _subject(token: Token) -> Token | None:
    """The pledge verb's subject, or that of the verb it is conjoined to or hangs on as a participle."""
    for verb in (token, token.head):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return None


def campaign_pledge(token: Token, actors: list[ActorRef], campaigner_ids: frozenset[str], entities: list[Entity],
                    rule: dict[str, Any]) -> bool:
    """"the candidate pledged to move the embassy", "Hale vowed to ban entry" (Hale a nominee in the story):
    a campaign speaker's pledge, an act to come; "the ministry vowed to respond" stays asserted."""
    if not _pledged(token, rule):
        return False
    if any(a.entity in campaigner_ids for a in actors if a.entity):
        return True
    subject = _subject(token) if token.pos_ in ("VERB", "AUX") else None
    if subject is None:
        return False
    if subject.lower_ in rule["person_pronouns"]:
        return _last_person(subject, entities) in campaigner_ids  # "he pledged to ...": the person last named
    if _mentioned_person(subject, entities) in campaigner_ids:
        return True
    return subject.ent_type_ == "" and subject.lemma_.lower() in rule["candidate_nouns"]
