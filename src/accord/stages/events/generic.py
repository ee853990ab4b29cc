"""Whether a clause tells what a kind of doer does, or what a person is like, rather than one act: a relative clause
in the simple present ("a militia that kidnaps travellers", "Okafor, who mocks the envoys"), a simple present with a
generic subject ("militias kidnap travellers", "swapping prisoners invites more kidnappings"), or a simple present
paired with a present "when" clause ("when talks stall, the rebels shell the town"). PLOVER codes events, so such an
act is not asserted (issue 14 item 3); the contract has no habitual mode, so it is told as hypothetical, as a rule's
case already is. The word lists live in cues.json (``generic_clause``)."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.entities.names import TITLE_MAX_WORDS, title_line_end
from accord.stages.grammar import PRESENT_TAGS, SUBJECT_DEPS, TIME_LABELS, document_text
from accord.stages.token_filters import sentence_of

# The Penn tag of a plural common noun ("militias"), and of a gerund ("swapping prisoners").
PLURAL_NOUN_TAG = "NNS"
GERUND_TAG = "VBG"
# Penn tags of a past participle and of a bare verb, which take their tense from an auxiliary ("are barred",
# "does not negotiate").
PARTICIPLE_TAG = "VBN"
BARE_TAG = "VB"
# Links of a noun's word that make it one group, not a kind: a determiner, an owner, a count ("the militias",
# "Kenya's police", "two militias").
SPECIFIER_DEPS = frozenset({"det", "poss", "nummod"})
# Links of a clausal subject ("swapping prisoners invites ...").
CLAUSAL_SUBJECT_DEPS = frozenset({"csubj", "csubjpass"})
# How many characters open an article where a line may be its title, told in the present for a past act
# ("Rebels seize the port"): no generic rule applies there (news titles run about 60-150 characters).
TITLE_CHARS = 300
# What ends an article's title block: its first blank line.
TITLE_BLOCK_END = "\n\n"


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries, active and passive."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def simple_present(verb: Token, cues: dict, passive: bool = True) -> bool:
    """Whether a verb is in the simple present ("kidnaps", "does not negotiate", and with ``passive`` "are barred"):
    not a progressive, a perfect, a modal or a future, and no time named in its clause ("meets on Monday")."""
    auxiliaries = _auxiliaries(verb)
    if verb.tag_ in PRESENT_TAGS:
        tensed = not auxiliaries
    elif verb.tag_ == PARTICIPLE_TAG:
        tensed = passive and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ in PRESENT_TAGS
    elif verb.tag_ == BARE_TAG:
        tensed = len(auxiliaries) == 1 and auxiliaries[0].lemma_ == "do" and auxiliaries[0].tag_ in PRESENT_TAGS
    else:
        return False
    if not tensed:
        return False
    return not any(c.dep_ in ("npadvmod", "prep", "advmod") and any(t.ent_type_ in TIME_LABELS or t.lower_ in cues["time_words"]
                                                                 for t in c.subtree) for c in verb.children)


def _top_of_coordination(verb: Token) -> Token:
    """The first verb of a coordination ("who mocks the envoys and snubs the talks" -> "mocks")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, or that of the first verb it is coordinated with."""
    for clause in (verb, _top_of_coordination(verb)):
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS or c.dep_ in CLAUSAL_SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return None


def generic_subject(subject: Token, cues: dict) -> bool:
    """Whether a subject names a kind, not a group ("militias", "populists like Ortiz", "swapping prisoners",
    "whoever"): a bare plural common noun, a gerund clause, or a word for anyone."""
    if subject.lower_ in cues["generic_subject_pronouns"]:
        return True
    if subject.dep_ in CLAUSAL_SUBJECT_DEPS or (subject.tag_ == GERUND_TAG and subject.dep_ in SUBJECT_DEPS):
        return True
    if subject.tag_ != PLURAL_NOUN_TAG or subject.ent_type_ or subject.lower_ in cues["group_nouns"] \
            or subject.lemma_.lower() in cues["group_nouns"]:
        return False
    return not any(c.dep_ in SPECIFIER_DEPS or (c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_))
                   for c in subject.children)


def _characterizing_relative(verb: Token, cues: dict) -> bool:
    """Whether a verb is a simple-present relative clause (or its conjunct) telling what its noun does ("a militia
    that kidnaps travellers", "Okafor, who mocks the envoys and snubs the talks")."""
    first = _top_of_coordination(verb)
    if first.dep_ != "relcl" or first.head.lemma_.lower() in cues["enacting_nouns"]:
        return False  # "the decree, which bans imports": the decree's own act, done when it was issued
    if verb.lemma_.lower() in cues["standing_charge_verbs"]:
        return False  # "the cleric whom Ankara blames for the coup": a charge told, kept as the charge
    # active only: "who is accused of fraud", "where a leader is shot" tell an act done to someone
    return simple_present(verb, cues, passive=False) and simple_present(first, cues, passive=False)


def _present_when(clause: Token, cues: dict) -> bool:
    """Whether a clause is a simple-present "when" clause ("when talks stall")."""
    return clause.dep_ == "advcl" and simple_present(clause, cues) and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in cues["generic_markers"] for c in clause.children)


def _in_title(verb: Token) -> bool:
    """Whether the verb's sentence is in the article's title, told in the present for a past act: its title line
    (``title_line_end``), or the lines before its first blank line when they are as short as a title (at most
    TITLE_MAX_WORDS words); a lede or abstract after them, or a long first paragraph, is prose."""
    sentence = sentence_of(verb)
    if sentence.start_char >= TITLE_CHARS:
        return False  # past any title (and no need to search the article's text per event)
    text = document_text(verb.doc)
    block = text.find(TITLE_BLOCK_END)
    block = block if 0 <= block <= TITLE_CHARS and len(text[:block].split()) <= TITLE_MAX_WORDS else 0
    return sentence.start_char < max(title_line_end(text), block)


def is_generic(anchor: Token, cues: dict) -> bool:
    """Whether the event's clause tells what a kind of doer does or what a person is like, not one act (module doc)."""
    rule = cues["generic_clause"]
    if anchor.pos_ not in ("VERB", "AUX") or not simple_present(anchor, rule) or _in_title(anchor):
        return False
    if _characterizing_relative(anchor, rule):
        return True  # "a militia that kidnaps travellers": what the noun does
    if any(_present_when(c, rule) for c in anchor.children):
        return True  # "when talks stall, the rebels shell the town": what happens each time
    if _present_when(anchor, rule) and simple_present(anchor.head, rule):
        return True  # the "when" clause of such a pair
    subject = _subject(anchor)
    # active only: a passive's subject is whom the act is done to ("dozens are hurt" reports an act)
    if subject is None or not simple_present(anchor, rule, passive=False) or not generic_subject(subject, rule):
        return False
    if subject.tag_ != PLURAL_NOUN_TAG:
        return True  # "whoever sends aid to Lima", "swapping prisoners invites ...": anyone's act
    # "aid groups warn", "nurses strike in Nairobi": a bare plural's report of one act, not a kind's habit
    return not (anchor.lemma_.lower() in rule["report_verbs"] or _names_place_or_count(anchor, rule))


def _names_place_or_count(verb: Token, cues: dict) -> bool:
    """Whether a verb's clause names a place or a count ("in Nairobi", "two villages"): one act, not a kind's."""
    return any(t.ent_type_ in cues["specific_labels"] for t in verb.subtree)
