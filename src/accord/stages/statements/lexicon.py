"""The cue lexicon: reporting, belief and endorsement verbs and phrases, loaded once from data files."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from accord.knowledge.loader import read_json, read_rows

# Cue classes (issue 13; verbs.tsv and frames_mined.tsv): speech and stance cues report what they
# govern; intention cues (intentions, decisions, requests) report only propositional content from an
# animate speaker; action frames are never cues (the mining script does not write them).
STANCE_CLASS = "stance"
SPEECH_CLASS = "speech"
SPEECH_CLASSES = frozenset({SPEECH_CLASS, STANCE_CLASS})
INTENTION_CLASS = "intention"
# Content codes that are propositional (a clause or an infinitive), as intention cues need.
PROPOSITIONAL_CODES = frozenset({"c", "x"})
_MINED_CODES = {"ccomp": "c", "xcomp": "x", "dobj": "o"}


@dataclass(frozen=True)
class CueLexicon:
    """Verb lemmas by the content frame they take, plus phrase and noun cues."""

    clause_verbs: frozenset[str]  # `said that ...`, `"...", he said`
    infinitive_verbs: frozenset[str]  # `vowed to ...`
    object_verbs: frozenset[str]  # `endorsed Clinton`
    prep_frames: dict[str, frozenset[str]]  # `spoke about X`, `critical of X`: lemma -> prepositions
    verb_class: dict[str, str]  # curated verbs (verbs.tsv) -> class
    mined_class: dict[tuple[str, str], str]  # mined (lemma, frame code) not curated -> class; need an animate speaker
    source_prepositions: tuple[tuple[str, str], ...]
    statement_nouns: frozenset[str]
    content_nouns: frozenset[str]
    source_nouns: frozenset[str]  # non-persons that voice views (`the poll shows`)
    addressee_verbs: frozenset[str]  # `told reporters that ...`: the object is the audience
    answer_objects: frozenset[str]  # `said so`, `said yes`: a pro-form that is the whole content
    stance_participles: frozenset[str]  # `a group backing Bush`: the participle's noun holds the view
    label_non_speakers: frozenset[str] = frozenset()  # `BYLINE:`, `Wow:`: kickers, not transcript speakers
    label_follower_nouns: frozenset[str] = frozenset()  # `Moreno camp: claim`: a name's side speaks in a headline label
    poll_nouns: frozenset[str] = frozenset()  # `In a new poll, X leads Y`: the poll is the source
    clause_only_verbs: frozenset[str] = frozenset()  # `says the movement appeals ...`: an object is a misread clause
    gerund_verbs: frozenset[str] = frozenset()  # `admitted using the loophole`: the -ing clause is the content
    for_nouns: frozenset[str] = frozenset()  # `Washington's call for X`: the `for` object is the content
    no_comment_verbs: frozenset[str] = frozenset()  # `declined to comment`: the infinitive reports no statement
    no_comment_refusals: frozenset[str] = frozenset()  # `declined to comment on X`: the comment verb under them
    no_comment_requests: frozenset[str] = frozenset()  # `ignored requests for comment`, `did not reply to an email`
    light_verbs: frozenset[str] = frozenset()  # `expressed concern that ...`: the subject holds the noun's content
    stance_nouns: frozenset[str] = frozenset()  # `his disdain for X`: a curated noun frame (phrases.json noun_frames)
    reply_nouns: frozenset[str] = frozenset()  # `fired off a retort: "..."`: a colon spells out the reply
    issuing_verbs: frozenset[str] = frozenset()  # `released a statement saying ...`: the subject authored it
    occasion_nouns: frozenset[str] = frozenset()  # `entered the talks saying ...`: the subject of `entered` speaks
    unattributed_passives: frozenset[str] = frozenset()  # `he was asked whether ...`: a view or a speech act, no speaker named
    unattributed_prepositions: frozenset[str] = frozenset()  # `is blamed for X`, `is seen as X`: X is the content
    unattributed_as_only: frozenset[str] = frozenset()  # `is seen as X` reports a view; `was seen speaking` does not
    setting_nouns: frozenset[str] = frozenset()  # `on cable news`, `at a time of ...`: when, where, through what; not content
    holder_nouns: frozenset[str] = frozenset()  # `Lee's family called on ...`: common nouns of people that hold views
    collective_nouns: frozenset[str] = frozenset()  # `a number of experts echoed ...`: the `of` phrase holds the view
    question_verbs: frozenset[str] = frozenset()  # `asked him if ...`: an `if`/`whether` clause is the question
    clarity_verbs: frozenset[str] = frozenset()  # `made it clear that ...`: the light verb of the idiom
    clarity_adjectives: frozenset[str] = frozenset()  # `clear`, `plain`: its adjective
    phrasing_verbs: frozenset[str] = frozenset()  # `as one diplomat put it, ...`: the verb of the idiom
    idiom_verbs: frozenset[str] = frozenset()  # `took aim at X`: light verbs of verbal-attack idioms
    idiom_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # `aim` -> {`at`}: their jab nouns
    connective_idioms: tuple[tuple[str, ...], ...] = ()  # `as opposed to`: a cue word inside a fixed connective

    @functools.cached_property
    def verbs(self) -> frozenset[str]:
        """Every cue verb lemma (computed once: the cue pass reads it per document)."""
        return self.clause_verbs | self.infinitive_verbs | self.object_verbs

    @functools.cached_property
    def speech_verbs(self) -> frozenset[str]:
        """Curated clause verbs of speech or stance (`said`, `urged`, `believes`), not mined frames."""
        return frozenset(v for v in self.clause_verbs if self.verb_class.get(v) in SPEECH_CLASSES)

    @functools.cached_property
    def act_verbs(self) -> frozenset[str]:
        """Cue verbs of speech or stance in any frame, curated or mined (`said`, `called X Y`,
        `accused`), not intentions (`wanted`, `decided`)."""
        mined = {lemma for (lemma, _), cls in self.mined_class.items() if cls in SPEECH_CLASSES}
        return frozenset(v for v in self.verbs if self.verb_class.get(v) in SPEECH_CLASSES or v in mined)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> CueLexicon:
    """Read ``verbs.tsv``, ``frames_mined.tsv`` and ``phrases.json`` (cached for the process)."""
    return build_lexicon(read_rows("cues/frames_mined.tsv", ("lemma", "relation", "class")))


def build_lexicon(mined_rows: Iterable[Mapping[str, str]]) -> CueLexicon:
    """The lexicon from the curated files and these mined frame rows (``lemma``, ``relation``,
    ``class``): the mining script's cross-validation builds one per fold."""
    frames: dict[str, set[str]] = {}
    classes: dict[str, str] = {}
    for row in read_rows("cues/verbs.tsv", ("lemma", "frames", "class")):
        frames.setdefault(row["lemma"], set()).update(row["frames"])
        classes.setdefault(row["lemma"], row["class"] or "speech")
    phrases = read_json("cues/phrases.json")
    idioms = phrases.get("idiom_frames", {})
    preps: dict[str, set[str]] = {}
    mined: dict[tuple[str, str], str] = {}
    # Rows are already cross-validated and tagged by scripts/mine_cue_frames.py.
    for row in mined_rows:
        lemma, relation = row["lemma"], row["relation"]
        code = "p:" + relation[5:] if relation.startswith("prep:") else _MINED_CODES.get(relation, "")
        if not code or code[0] in frames.get(lemma, set()):
            continue  # curated already: the curated class and frames hold
        mined[(lemma, code)] = row["class"]
        if relation.startswith("prep:"):
            preps.setdefault(lemma, set()).add(relation[5:])
        else:
            frames.setdefault(lemma, set()).add(code)
    for adjective, prepositions in phrases.get("adjective_frames", {}).items():
        preps.setdefault(adjective, set()).update(prepositions)
    for noun, prepositions in phrases.get("noun_frames", {}).items():
        preps.setdefault(noun, set()).update(prepositions)
    return CueLexicon(
        clause_verbs=frozenset(k for k, v in frames.items() if "c" in v),
        infinitive_verbs=frozenset(k for k, v in frames.items() if "x" in v),
        object_verbs=frozenset(k for k, v in frames.items() if "o" in v),
        verb_class=classes,
        mined_class=mined,
        prep_frames={k: frozenset(v) for k, v in preps.items()},
        source_prepositions=tuple(tuple(p) for p in phrases["source_prepositions"]),  # type: ignore[misc]
        statement_nouns=frozenset(phrases["statement_nouns"]),
        content_nouns=frozenset(phrases["content_nouns"]),
        source_nouns=frozenset(phrases.get("source_nouns", [])),
        addressee_verbs=frozenset(phrases.get("addressee_verbs", [])),
        answer_objects=frozenset(phrases.get("answer_objects", [])),
        stance_participles=frozenset(phrases.get("stance_participles", [])),
        label_non_speakers=frozenset(phrases.get("label_non_speakers", [])),
        label_follower_nouns=frozenset(phrases.get("label_follower_nouns", {}).get("nouns", [])),
        for_nouns=frozenset(phrases.get("for_nouns", [])),
        clause_only_verbs=frozenset(phrases.get("clause_only_verbs", [])),
        gerund_verbs=frozenset(phrases.get("gerund_verbs", [])),
        poll_nouns=frozenset(phrases.get("poll_nouns", [])),
        no_comment_verbs=frozenset(phrases.get("no_comment", {}).get("verbs", [])),
        no_comment_refusals=frozenset(phrases.get("no_comment", {}).get("refusals", [])),
        no_comment_requests=frozenset(phrases.get("no_comment", {}).get("requests", [])),
        reply_nouns=frozenset(phrases.get("reply_nouns", [])),
        issuing_verbs=frozenset(phrases.get("issuing_verbs", [])),
        light_verbs=frozenset(phrases.get("light_verbs", [])),
        stance_nouns=frozenset(phrases.get("noun_frames", {})),
        occasion_nouns=frozenset(phrases.get("occasion_nouns", [])),
        unattributed_passives=frozenset(phrases.get("unattributed_passives", {}).get("verbs", [])),
        unattributed_prepositions=frozenset(phrases.get("unattributed_passives", {}).get("prepositions", [])),
        unattributed_as_only=frozenset(phrases.get("unattributed_passives", {}).get("as_only", [])),
        setting_nouns=frozenset(phrases.get("setting_nouns", [])),
        holder_nouns=frozenset(phrases.get("holder_nouns", [])),
        collective_nouns=frozenset(phrases.get("collective_nouns", [])),
        question_verbs=frozenset(phrases.get("question_verbs", [])),
        clarity_verbs=frozenset(phrases.get("speech_idioms", {}).get("clarity_verbs", [])),
        clarity_adjectives=frozenset(phrases.get("speech_idioms", {}).get("clarity_adjectives", [])),
        phrasing_verbs=frozenset(phrases.get("speech_idioms", {}).get("phrasing_verbs", [])),
        idiom_verbs=frozenset(idioms.get("verbs", [])),
        idiom_nouns={k: frozenset(v) for k, v in idioms.get("nouns", {}).items()},
        connective_idioms=tuple(tuple(p.lower().split()) for p in phrases.get("connective_idioms", {}).get("phrases", [])),
    )
