"""Epithets of an article's protagonist ("the retired neurosurgeon", "the real estate mogul") resolved to the
person the story is about, when no description, title or recent speaker of the article resolves them first."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from accord.knowledge.actors import title_entry
from accord.stages.statements.cue_speakers import age_noun
from accord.stages.statements.reported_ranges import innermost_range
from accord.stages.statements.resolved_speaker import ResolvedSpeaker, is_named
from accord.stages.statements.speaker_phrase import role_word

# A protagonist is mentioned by name at least this many times before the epithet ...
PROTAGONIST_MIN_MENTIONS = 3
# ... and at least this many times as often as anyone else: news calls its main figure by epithets ("the
# billionaire", "the retired neurosurgeon") to vary the name; with two figures as prominent the epithet is a guess.
PROTAGONIST_LEAD = 2.0
# An epithet is "the" and at most this many words up to its role noun ("the presumptive Republican nominee").
EPITHET_MAX_WORDS = 5
# Shortest person noun a closed compound may end in ("neurosurgeon" ends in "surgeon"): shorter tails
# ("man" of "caiman") end too many other words.
MIN_ROLE_TAIL_CHARS = 6
# An age epithet ("the 57-year-old", "the 46-year-old scientist") names the person named last at most this many
# sentences before it: news uses it right after the name to vary it; further back the reader has lost the thread.
AGE_EPITHET_SENTENCES = 2
# An age epithet is "the", the age (number, "-", "year", "-", "old") and at most this many words after it.
AGE_EPITHET_MAX_TAIL = 3
# Where the age noun stands in "the 57-year-old teacher": the, 57, -, year, -, old: five tokens after "the".
AGE_EPITHET_NOUN_OFFSET = 5


def _person_title(word: str) -> bool:
    """Whether the titles lexicon has ``word`` as one person's title or role ("surgeon", "nominee")."""
    entry = title_entry(word)
    return entry is not None and entry.kind == "person"


class EpithetSpeakers:
    """Epithet resolution of SpeakerResolver: a role noun no rule resolved names the article's protagonist."""

    def _epithet_noun(self, word: str) -> bool:
        """Whether a noun names one person by role or trait: a person title of the titles lexicon or a gendered
        noun ("the woman"), or a closed compound ending in a title ("neurosurgeon")."""
        return word in self.words["gendered_nouns"] or any(  # type: ignore[attr-defined]
            _person_title(word[i:]) for i in range(0, max(1, len(word) - MIN_ROLE_TAIL_CHARS + 1)))

    def _protagonist_epithet(self, tokens: list[Token], head: Token) -> ResolvedSpeaker | None:
        """"The retired neurosurgeon said" in a story about Ben Carson: the one person named far more often than
        anyone before the epithet, by the fullest name the article gives, when the epithet is narration ("the",
        a singular person noun, no name or "of" phrase in it, outside quotations), no unnamed speaker of that
        role spoke before ("a lawyer said ... the lawyer"), it is no surrogate's role ("the spokesman") and its
        gender, if it says one, fits."""
        words = [t for t in tokens if t.i <= head.i]
        if (not words or words[0].lower_ != "the" or len(words) > EPITHET_MAX_WORDS or len(words) < 2
                or any(t.i > head.i for t in tokens) or head.tag_ != "NN" or head.pos_ != "NOUN"
                or any(c.dep_ in ("prep", "relcl", "acl", "appos") and c.i > head.i for c in head.children)
                or any(t.pos_ == "PROPN" and not t.ent_type_ == "NORP" for t in words)
                or innermost_range(self.quotations, head.idx) is not None):  # type: ignore[attr-defined]
            return None
        word = role_word(head)
        if word in self.words["surrogate_nouns"] or not self._epithet_noun(word):  # type: ignore[attr-defined]
            return None
        if any(h.name and h.name.split()[-1].lower() == word for h in self.history):  # type: ignore[attr-defined]
            return None  # "a lawyer for the family said ... the lawyer added": the unnamed one again
        counts: Counter[str] = Counter(p.entity for p in self.people  # type: ignore[attr-defined]
                                       if p.entity and p.start < head.idx and is_named(p))
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < PROTAGONIST_MIN_MENTIONS \
                or (len(ranked) > 1 and ranked[0][1] < PROTAGONIST_LEAD * ranked[1][1]):
            return None
        entity = ranked[0][0]
        person = max((p for p in self.people if p.entity == entity), key=lambda p: len(p.name.split()))  # type: ignore[attr-defined]
        gender = self.words["gendered_nouns"].get(word)  # type: ignore[attr-defined]
        known = person.gender or self._genders.get(entity)  # type: ignore[attr-defined]
        if len(person.name.split()) < 2 or person.name == self.quoting or (gender and known and gender != known):  # type: ignore[attr-defined]
            return None
        return person

    def _age_epithet(self, tokens: list[Token], head: Token) -> ResolvedSpeaker | None:
        """"Lena Ortiz held a sign. The 57-year-old teacher says ...": an age epithet names the person named last
        before it in its sentence or the one or two before (outside reported content and quotations that do not
        hold it), by the fullest name the article gives; its gender, if its noun says one, must fit."""
        words = [t for t in tokens if t.i <= head.i]
        old = next((t for t in words if age_noun(t)), None)
        if (old is None or words[0].lower_ != "the" or old.i - words[0].i != AGE_EPITHET_NOUN_OFFSET or not words[1].like_num
                or head.i - old.i > AGE_EPITHET_MAX_TAIL
                or innermost_range(self.quotations, head.idx) is not None):  # type: ignore[attr-defined]
            return None
        sentence = self._sentence_index(words[0].idx)  # type: ignore[attr-defined]
        gender = self.words["gendered_nouns"].get(role_word(head)) if head.i != old.i else None  # type: ignore[attr-defined]
        before = [p for p in self.people if p.start < words[0].idx]  # type: ignore[attr-defined]
        latest = next((p for p in reversed(before) if is_named(p) and p.entity
                       and sentence - p.sentence <= AGE_EPITHET_SENTENCES
                       and not self._hidden(p.start, head.idx)), None)  # type: ignore[attr-defined]
        if latest is None:
            return None
        person = max((p for p in self.people if p.entity == latest.entity), key=lambda p: len(p.name.split()))  # type: ignore[attr-defined]
        known = person.gender or self._genders.get(person.entity or "")  # type: ignore[attr-defined]
        if len(person.name.split()) < 2 or person.name == self.quoting or (gender and known and gender != known):  # type: ignore[attr-defined]
            return None
        return person
