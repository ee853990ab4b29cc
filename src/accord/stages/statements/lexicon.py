"""The cue lexicon: reporting, belief and endorsement verbs and phrases, loaded once from data files."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from accord.knowledge.loader import read_json, read_rows

# A mined frame (lemma + relation, from PolNeAR train counts) becomes a cue frame when it carried
# annotated content at least this often: rarer rows are too noisy to trust.
MIN_MINED_ANNOTATED = 2
# ... and in at least this share of the times it was seen. The share is a lower bound on the rule's
# precision (the count of all occurrences includes content the annotators hung elsewhere); 0.2
# measured best on dev F1 at precision >= 0.90.
MIN_MINED_PRECISION = 0.2
# Mined frames between this share and MIN_MINED_PRECISION count only when the speaker is a person,
# an organisation or a personal pronoun: an animate subject makes `X verb Y` far likelier to be an
# attribution (`Trump blasted the media`) than an inanimate one (`the trains pumped cool air`).
MIN_MINED_PRECISION_ANIMATE = 0.18
# Lemmas never used as cues whatever the counts: copulas and light verbs carry no attribution.
NEVER_CUES = frozenset({"be", "have", "do", "get", "make", "go", "take", "give", "put"})
# Verb classes of curated reporting verbs (verbs.tsv), as opposed to mined frames.
SPEECH_CLASSES = frozenset({"speech", "belief"})
_MINED_CODES = {"ccomp": "c", "xcomp": "x", "dobj": "o"}


@dataclass(frozen=True)
class CueLexicon:
    """Verb lemmas by the content frame they take, plus phrase and noun cues."""

    clause_verbs: frozenset[str]  # `said that ...`, `"...", he said`
    infinitive_verbs: frozenset[str]  # `vowed to ...`
    object_verbs: frozenset[str]  # `endorsed Clinton`
    prep_frames: dict[str, frozenset[str]]  # `spoke about X`, `critical of X`: lemma -> prepositions
    animate_only: frozenset[tuple[str, str]]  # (lemma, frame) pairs trusted only with an animate speaker
    verb_class: dict[str, str]
    source_prepositions: tuple[tuple[str, str], ...]
    statement_nouns: frozenset[str]
    content_nouns: frozenset[str]
    source_nouns: frozenset[str]  # non-persons that voice views (`the poll shows`)
    addressee_verbs: frozenset[str]  # `told reporters that ...`: the object is the audience
    answer_objects: frozenset[str]  # `said so`, `said yes`: a pro-form that is the whole content
    stance_participles: frozenset[str]  # `a group backing Bush`: the participle's noun holds the view
    label_non_speakers: frozenset[str] = frozenset()  # `BYLINE:`, `Wow:`: kickers, not transcript speakers
    for_nouns: frozenset[str] = frozenset()  # `Washington's call for X`: the `for` object is the content
    no_comment_verbs: frozenset[str] = frozenset()  # `declined to comment`: the infinitive reports no statement
    no_comment_refusals: frozenset[str] = frozenset()  # `declined to comment on X`: the comment verb under them
    no_comment_requests: frozenset[str] = frozenset()  # `ignored requests for comment`, `did not reply to an email`

    @functools.cached_property
    def verbs(self) -> frozenset[str]:
        """Every cue verb lemma (computed once: the cue pass reads it per document)."""
        return self.clause_verbs | self.infinitive_verbs | self.object_verbs

    @functools.cached_property
    def speech_verbs(self) -> frozenset[str]:
        """Curated clause verbs of speech or belief (`said`, `urged`, `believes`), not mined frames."""
        return frozenset(v for v in self.clause_verbs if self.verb_class.get(v) in SPEECH_CLASSES)


@functools.lru_cache(maxsize=1)
def load_lexicon() -> CueLexicon:
    """Read ``verbs.tsv`` and ``phrases.json`` (cached for the process)."""
    frames: dict[str, set[str]] = {}
    classes: dict[str, str] = {}
    for row in read_rows("cues/verbs.tsv", ("lemma", "frames", "class")):
        frames.setdefault(row["lemma"], set()).update(row["frames"])
        classes.setdefault(row["lemma"], row["class"] or "speech")
    phrases = read_json("cues/phrases.json")
    actions = {(lemma, relation) for lemma, relation in phrases.get("action_frames", [])}
    preps: dict[str, set[str]] = {}
    weak: set[tuple[str, str]] = set()
    for row in read_rows("cues/frames_mined.tsv", ("lemma", "relation", "annotated", "total")):
        lemma, relation, annotated, total = row["lemma"], row["relation"], row["annotated"], row["total"]
        if (lemma, relation) in actions:
            continue
        if lemma in NEVER_CUES or int(annotated) < MIN_MINED_ANNOTATED:
            continue
        if int(annotated) < MIN_MINED_PRECISION_ANIMATE * int(total):
            continue
        code = "p:" + relation[5:] if relation.startswith("prep:") else _MINED_CODES.get(relation, "")
        if int(annotated) < MIN_MINED_PRECISION * int(total):
            if code and code not in frames.get(lemma, set()):
                weak.add((lemma, code))
        if relation.startswith("prep:"):
            preps.setdefault(lemma, set()).add(relation[5:])
        elif relation in _MINED_CODES:
            frames.setdefault(lemma, set()).add(_MINED_CODES[relation])
            classes.setdefault(lemma, "mined")
    return CueLexicon(
        clause_verbs=frozenset(k for k, v in frames.items() if "c" in v),
        infinitive_verbs=frozenset(k for k, v in frames.items() if "x" in v),
        object_verbs=frozenset(k for k, v in frames.items() if "o" in v),
        verb_class=classes,
        prep_frames={k: frozenset(v) for k, v in preps.items()},
        animate_only=frozenset(weak),
        source_prepositions=tuple(tuple(p) for p in phrases["source_prepositions"]),  # type: ignore[misc]
        statement_nouns=frozenset(phrases["statement_nouns"]),
        content_nouns=frozenset(phrases["content_nouns"]),
        source_nouns=frozenset(phrases.get("source_nouns", [])),
        addressee_verbs=frozenset(phrases.get("addressee_verbs", [])),
        answer_objects=frozenset(phrases.get("answer_objects", [])),
        stance_participles=frozenset(phrases.get("stance_participles", [])),
        label_non_speakers=frozenset(phrases.get("label_non_speakers", [])),
        for_nouns=frozenset(phrases.get("for_nouns", [])),
        no_comment_verbs=frozenset(phrases.get("no_comment", {}).get("verbs", [])),
        no_comment_refusals=frozenset(phrases.get("no_comment", {}).get("refusals", [])),
        no_comment_requests=frozenset(phrases.get("no_comment", {}).get("requests", [])),
    )
