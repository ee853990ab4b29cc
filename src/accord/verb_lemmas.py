"""Lemmas of verbs spaCy does not know, repaired toward the event lexicon's verbs ("rearrested" -> "rearrest").

spaCy's rule lemmatizer gives a verb form it has never seen the output of its first matching rule, and for
"-ed" and "-ing" that rule adds an "e" ("rearrested" -> "rearreste"): a lexicon verb spaCy does not know then
never triggers, whatever the lexicon says. For such a form, whose lemma is neither in spaCy's verb index nor
a lexicon verb, the other outputs of the same rules are tried (each also with a doubled final consonant
undone), and the first that is a lexicon verb becomes the lemma. A known word changes only when spaCy read an "-ed"
or "-ing" form as a shorter known verb and the lexicon verb is that lemma with its silent "e" ("fined" -> "fin",
"raped" -> "rap", "lambasted" -> "lambast"): such a form is never the shorter verb's ("finned", "rapped"), whose
final consonant doubles, and the two spellings of a cluster-final verb ("lambast", "lambaste") mean the same.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from spacy.language import Language
from spacy.tokens import Doc

# Tags of inflected verb forms whose lemma the rules derive (base forms are their own lemma).
INFLECTED_VERB_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ"})
# Endings after which a lemma lost a lexicon verb's silent "e" ("fin" + "ed" for "fine").
SILENT_E_ENDINGS = ("ed", "ing")
# Part of speech whose lemmas are repaired: only verbs, the lexicon's verb entries being what is looked up.
VERB_POS = "VERB"
# The name of the pipeline component (``accord.nlp.load_model`` adds it after spaCy's lemmatizer).
VERB_LEMMAS_COMPONENT = "accord_verb_lemmas"


def rule_lemmas(form: str, rules: Sequence[Sequence[str]]) -> list[str]:
    """Every lemma the suffix rules can make of a lower-cased verb form, in rule order, each also with a
    doubled final consonant undone ("rearrested" -> "rearrest", "outgunned" -> "outgun")."""
    found: list[str] = []
    for old, new in rules:
        if form.endswith(old) and len(form) > len(old):
            stem = form[: len(form) - len(old)] + new
            found.append(stem)
            if not new and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                found.append(stem[:-1])
    return found


def silent_e_lemma(form: str, lemma: str, lexicon_verbs: Collection[str]) -> str | None:
    """The lexicon verb a known lemma lost its silent "e" from ("fined" read as "fin" -> "fine"), or None."""
    restored = lemma + "e"
    if restored in lexicon_verbs and any(form == lemma + ending for ending in SILENT_E_ENDINGS):
        return restored
    return None


def repair_lemmas(doc: Doc, known: Collection[str], lexicon_verbs: Collection[str], rules: Sequence[Sequence[str]]) -> Doc:
    """Set the lemma of each inflected verb spaCy does not know to the lexicon verb its rules can also make."""
    for token in doc:
        if token.pos_ != VERB_POS or token.tag_ not in INFLECTED_VERB_TAGS:
            continue
        lemma = token.lemma_.lower()
        if lemma in lexicon_verbs:
            continue
        if lemma in known:
            restored = silent_e_lemma(token.lower_, lemma, lexicon_verbs)
            if restored is not None:
                token.lemma_ = restored
            continue
        repaired = next((c for c in rule_lemmas(token.lower_, rules) if c in lexicon_verbs), None)
        if repaired is not None:
            token.lemma_ = repaired
    return doc


def _lexicon_verbs() -> frozenset[str]:
    """The one-word verb lemmas of the event lexicon, triggers and frame words."""
    from accord.stages.events.lexicon import load_lexicon  # the events package is only needed once a model loads

    lexicon = load_lexicon()
    pairs = list(lexicon.entries) + list(lexicon.frame_of)
    return frozenset(lemma for pos, lemma in pairs if pos == "verb" and " " not in lemma)


@Language.factory(VERB_LEMMAS_COMPONENT)
def make_verb_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component: spaCy's verb index and rules read once from its lemmatizer, the lexicon's verbs once."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not (lookups.has_table("lemma_index") and lookups.has_table("lemma_rules")):
        return lambda doc: doc  # a lookup-table lemmatizer guesses no suffixes: nothing to repair
    known = frozenset(lookups.get_table("lemma_index").get("verb", ()))
    rules = [tuple(rule) for rule in lookups.get_table("lemma_rules").get("verb", ())]
    verbs = _lexicon_verbs()
    return lambda doc: repair_lemmas(doc, known, verbs, rules)
