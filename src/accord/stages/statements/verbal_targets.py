"""Whether a verb that can tell violence ("attack", "hit", "target") reports a view: only when what it hits
is a person, a party or a stance ("attacked Clinton", "attacked the plan"), never a thing or a force ("Hamas
would not attack the convoy"). The word lists are the event stage's (``events/frames.json`` verbal_attacks),
one home for what is attacked in words."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.statements.lexicon import CueLexicon

# Entity labels of a target of words: a person, a party or body ("the GOP", "Democrats").
WORD_TARGET_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# Links of an owner or a name that makes a noun someone's stance or body ("his record", "Clinton's remarks",
# "The Wall Street Journal newspaper", "the Clinton campaign").
OWNER_DEPS = frozenset({"poss", "compound"})


def _word_target(token: Token, lex: CueLexicon) -> bool:
    """A person or party, a personal pronoun, a role ("rivals", "a judge") or a stance ("the plan")."""
    lemma = token.lemma_.lower()
    return token.ent_type_ in WORD_TARGET_LABELS or token.lower_ in lex.word_target_pronouns \
        or lemma in lex.word_target_nouns or (token.pos_ == "PROPN" and token.ent_type_ == "")


def _speaker_like(token: Token | None, lex: CueLexicon) -> bool:
    """A doer who attacks in words: a person named, a personal pronoun ("he", "I") or a person's role."""
    if token is None:
        return False
    return token.ent_type_ == "PERSON" or token.lower_ in lex.word_target_pronouns or token.lemma_.lower() in lex.word_target_nouns


def attacked_in_words(verb: Token, target: Token, lex: CueLexicon, speaker: Token | None = None) -> bool:
    """Whether ``verb`` with ``target`` as what it hits reports a view: always for a verb that cannot be
    violence; for one that can, when a person does it (``speaker``: "he blasted the media", "Trump attacked
    loopholes") or it hits a target of words or a person's or party's own thing ("attacked Clinton", "his
    record"); not when a group or a force hits a thing ("Hamas would not attack the convoy", "they attacked
    the USS Cole")."""
    if verb.lemma_.lower() not in lex.violence_verbs or _speaker_like(speaker, lex):
        return True
    if _word_target(target, lex):
        return True
    return any(c.dep_ in OWNER_DEPS and (_word_target(c, lex) or c.pos_ == "PRON") for c in target.children)
