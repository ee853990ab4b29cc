"""Pronoun speakers (he, she, they, it, I) resolved to the person or group they stand for."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from accord.stages.entities import resolve_mention
from accord.stages.grammar import SUBJECT_DEPS, phrase_head_at
from accord.stages.statements.animacy import animate
from accord.stages.statements.lexicon import load_lexicon
from accord.stages.statements.reported_ranges import innermost_range
from accord.stages.statements.resolved_speaker import ResolvedSpeaker, is_named
from accord.stages.statements.speaker_phrase import speaker_range
from accord.stages.token_filters import document_sentences, sentence_of


# A pronoun is resolved to a person mentioned at most this many sentences earlier; beyond that the
# reader has lost the thread too and the name would be a guess.
MAX_PRONOUN_SENTENCE_DISTANCE = 6
# An author line closes an opinion piece in one or two sentences ("X is a professor at Y. He writes on Z.").
AUTHOR_LINE_SENTENCES = 2
# Group pronouns resolved to a subject named since the last group speaker ("they", "it", "its", "their").
SUBJECT_PRONOUNS = frozenset({"they", "their", "it", "its"})
# Plural nouns that count a group ("tens of thousands of Sudanese"): the group is the noun after "of".
QUANTITY_NOUNS = frozenset({"tens", "hundreds", "thousands", "millions", "dozens", "scores", "lots", "numbers"})
# Links from a clause up to the clause it is the content or an adjunct of ("Harlan says that ... he thinks": the
# "he" of "thinks" is in what Harlan says), climbed to find the person a he/she subject is bound to.
BINDING_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
# Prepositions after "as" that name a clause's topic up front ("As for Ortiz, he ..."; "As to Lund, she ...").
TOPIC_PREPOSITIONS = frozenset({"for", "to"})
# Clause steps climbed at most: a pronoun deeper than this is too far from any binder to trust the parse.
MAX_BINDING_STEPS = 3
# Words between a statement speaker's start and a role mention inside it that put the role in another person's
# phrase ("the wife of the senator, Jane Doe": the senator is not Jane Doe).
FOREIGN_ROLE_WORDS = frozenset({"of", "for", "to", "with", "at", "from", "by", "and", "'s", "’s"})
# Statement speakers read back from a role mention for the one whose phrase holds it: phrases do not nest deeper.
ROLE_SPEAKER_LOOKBACK = 3


class PronounSpeakers:
    """Pronoun resolution of SpeakerResolver: the antecedent a pronoun speaker stands for."""

    def _author(self) -> ResolvedSpeaker | None:
        """The signed author of an opinion piece: the one person of the text's closing author line ("Dana Hollis
        is the Democratic mayor of Tulsa."), who is the "I" of the text outside quotations."""
        if self._author_cache is not False:
            return self._author_cache  # type: ignore[return-value]
        self._author_cache = None
        closing = self.text.rstrip()
        paragraph_start = closing.rfind("\n") + 1
        sentences = [s for s in document_sentences(self.doc) if s.start_char >= paragraph_start and s.text.strip()]
        bios = [s for s in sentences if s.root.lemma_ == "be" and any(
            c.dep_ in SUBJECT_DEPS and c.ent_type_ == "PERSON" for c in s.root.children)]
        if len(bios) != 1 or len(sentences) > AUTHOR_LINE_SENTENCES:
            return None
        subject = next(c for c in bios[0].root.children if c.dep_ in SUBJECT_DEPS)
        found = resolve_mention(self.state, subject.idx, subject.idx + len(subject.text))
        if found is None or found.kind != "person" or len(found.name.split()) < 2:
            return None
        self._author_cache = ResolvedSpeaker(found.start, found.end, found.name, found.title, found.code, found.sector,
                                             found.entity, True, self._genders.get(found.entity), bios[0].start)
        return self._author_cache

    def _binder(self, start: int, gender: str) -> ResolvedSpeaker | None:
        """The named person a he/she subject at ``start`` is bound to in its own sentence: the subject of the
        clause whose content or adjunct holds it ("Harlan says that though he would replace Governor Wendt, he
        thinks ...": Harlan, not Wendt; "While he insisted ..., Governor Pratt conceded": Pratt; "a remark by
        Reyes, claiming he had won": Reyes). Subjects of the other known gender are climbed past; a pronoun, an
        unnamed or ungendered subject, or a quotation holding the pronoun but not the subject binds nothing (the
        thread rules decide)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span[0].dep_ not in SUBJECT_DEPS:
            return None
        clause = span[0].head
        topic = self._fronted_topic(clause, span[0], gender)
        if topic is not None:
            return topic
        for _ in range(MAX_BINDING_STEPS):
            asked = self._asked_person(clause, start, gender)
            if asked is not None:
                return asked
            participle = clause.dep_ == "acl" and clause.head.pos_ == "PROPN"
            if not participle and clause.dep_ not in BINDING_DEPS:
                return None
            clause = clause.head
            # "Reyes, claiming he ...": the name a participle hangs on is its subject
            subject = clause if participle else next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None:
                continue
            if subject.pos_ == "PRON" or self._hidden(subject.idx, start) \
                    or innermost_range(self.quotations, start) != innermost_range(self.quotations, subject.idx):
                return None
            person = self._person_heading(subject)
            known = (person.gender or self._genders.get(person.entity or "")) if person is not None else None
            if person is None or known is None:
                return None
            if known == gender:
                return person
            if participle:
                return None
        return None

    def _fronted_topic(self, clause: Token, pronoun: Token, gender: str) -> ResolvedSpeaker | None:
        """The person a clause names as its topic before the pronoun subject ("As for Ortiz, he told reporters the
        count was fine": Ortiz, whoever spoke last), when the pronoun shares the person's known gender."""
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i > pronoun.i:
                continue
            named = [o for p in prep.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPOSITIONS
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            person = self._person_heading(named[0]) if named else None
            known = (person.gender or self._genders.get(person.entity or "")) if person is not None else None
            if person is not None and known == gender:
                return person
        return None

    def _asked_person(self, clause: Token, start: int, gender: str) -> ResolvedSpeaker | None:
        """The person asked the question that ``clause`` is ("the host began by asking Ruiz whether he had chosen
        to run": Ruiz, not the host who asks), when the asking verb has that person as its object and the pronoun
        at ``start`` shares the person's known gender."""
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.words["asking_verbs"]:
            return None
        asked = next((c for c in clause.head.children if c.dep_ in ("dobj", "dative") and c.i < clause.i), None)
        if asked is None or asked.pos_ != "PROPN" or self._hidden(asked.idx, start):
            return None
        person = self._person_heading(asked)
        known = (person.gender or self._genders.get(person.entity or "")) if person is not None else None
        return person if known == gender else None

    def _person_heading(self, token: Token) -> ResolvedSpeaker | None:
        """The remembered person whose name ``token`` heads ("Palmieri" of "Moss aide Jen Palmieri": the aide, not
        Moss), by the fullest name the article gives them."""
        # the name ending in the head word first: "Moss aide Jen Palmieri" holds mentions of both from one start
        here = max((p for p in self.people if token.left_edge.idx <= p.start <= token.idx and p.entity
                    and is_named(p)), key=lambda p: (p.name.split()[-1] == token.text, p.start), default=None)
        if here is None:
            return None
        return max((p for p in self.people if p.entity == here.entity), key=lambda p: len(p.name.split()))

    def _resolve_personal(self, start: int, end: int, gender: str, sentence: int) -> ResolvedSpeaker:
        """`he`/`she`: the person a clause subject binds it to in its sentence (``_binder``); else the latest
        fitting statement speaker, unless a person has since been the subject of a sentence (the thread moved
        on); else the latest fitting person mentioned. In a person's quoted words, a subject they just named in
        quotes of the paragraph comes before the thread (``_quoted_before``)."""
        bound = self._binder(start, gender)
        if bound is not None and bound.name != self.quoting:
            return ResolvedSpeaker(start, end, bound.name, bound.title, bound.affiliation, bound.sector,
                                   bound.entity, True, gender, sentence, subject=True)

        talked_about = self._named_in_content(start)
        told = self._told_before(start)

        def fits(candidate: ResolvedSpeaker) -> bool:
            return (candidate.gender in (None, gender) and candidate.name is not None and not candidate.joint
                    and not told[0] <= candidate.start < told[1]
                    and self._role_gender(candidate) in (None, gender)
                    and candidate.name != self.quoting  # "he" in Ann's own words is not Ann
                    and (candidate.entity is None or candidate.entity not in talked_about)
                    and 0 <= sentence - candidate.sentence <= MAX_PRONOUN_SENTENCE_DISTANCE)

        # A speaker inside reported content ("concerns about Trump's threat") is no antecedent outside it either.
        speaker = next((h for h in reversed(self.history)
                        if h.person and h.start < start and fits(h) and not self._nested(h.start, start)), None)
        # Where the thread moved last: a subject named after it moves it on. The one a speaker asked answers, and
        # the asker's own name ("asked by moderator Dan Hill") is no subject named since.
        thread_start = speaker.start if speaker is not None else -1
        answering = self._answering(speaker, gender, fits) if speaker is not None and speaker.sentence < sentence \
            else None
        if answering is not None:
            thread_start, speaker = speaker.end, answering  # type: ignore[union-attr]
        fitting = [p for p in map(self._as_spoken_role, (p for p in self.people if p.start < start)) if fits(p)]
        earlier = [p for p in fitting if not self._hidden(p.start, start)]
        subject = next((p for p in reversed(earlier) if p.subject), None)
        chosen: ResolvedSpeaker | None = speaker
        if subject is not None and (speaker is None or subject.start > thread_start):
            chosen = subject
        quoted = self._quoted_before(start, fitting)
        chosen = quoted or chosen
        if chosen is None and earlier:
            chosen = earlier[-1]
            if not is_named(chosen):
                # "Okafor's term as bank governor ends. He said": the name beside the role in its sentence, not the role.
                chosen = next((p for p in reversed(earlier) if p.sentence == chosen.sentence and is_named(p)), chosen)
        if speaker is None:
            # No speaker of the thread fits: a person named in a paraphrase since the chosen one is the better
            # antecedent ("they don't tell where Clinton would come down. She has called for ...").
            paraphrased = self._paraphrased_person(start, chosen, gender, fitting)
            chosen = paraphrased or chosen
        elif chosen is not None and chosen.gender is None:
            # The thread's speaker has no known gender; a person of the pronoun's known gender named in a later
            # sentence, outside reported content, is the likelier antecedent ("said Pim Aalders. ... Ms. Varga's
            # standing has been hurt by her choice"). Not one named in the speaker's own sentence ("Nenad
            # Stevandic, a close ally of Dodik, denounced ... he said") or in what the speaker said.
            # A name modifying a noun ("jailed under the Morales government") names no one who acts there.
            chosen = next((p for p in reversed(fitting) if p.gender == gender and p.sentence > chosen.sentence
                           and p.sentence >= sentence - 1 and not self._hidden(p.start, start)
                           and not self._noun_modifier(p.start)), chosen)
        if chosen is None:
            return ResolvedSpeaker(start, end, None, gender=gender, sentence=sentence)
        if not is_named(chosen):  # "The Ohio senator is struggling. She insists": the person the role names
            named = self._person_a_role_names(chosen.start)
            chosen = named if named is not None and named.gender in (None, gender) else chosen
        if chosen.gender is None:  # learn it: later pronouns of the other gender look elsewhere
            for person in self.people + self.history:
                if person.name == chosen.name:
                    person.gender = gender
            if chosen.entity:  # ... and so do later mentions of the person ("Ayotte said ... he called her")
                self._genders.setdefault(chosen.entity, gender)
        return ResolvedSpeaker(start, end, chosen.name, chosen.title, chosen.affiliation,
                               chosen.sector, chosen.entity, True, gender, sentence, subject=True)

    def _told_before(self, pronoun: int) -> tuple[int, int]:
        """The character range of what a parenthetical "he said" tells before its pronoun ("A new manager, he said,
        could help": "A new manager"), or an empty range: a pronoun cannot stand for a phrase inside its own words."""
        span = self.doc.char_span(pronoun, pronoun + 1, alignment_mode="expand")
        verb = span[0].head if span is not None else None
        if verb is None or verb.dep_ != "parataxis" or verb.head.i <= verb.i:
            return (0, 0)
        return (verb.head.left_edge.idx, verb.left_edge.idx)

    def _named_in_content(self, pronoun: int) -> frozenset[str]:
        """The person entities the paraphrase after the he/she speaker at ``pronoun`` makes a clause subject ("he
        insisted Judge Ortiz was biased": not Ortiz; a pronoun cannot stand for a name it commands). Not names
        in quotation marks (people quote themselves by name: "All Dana can do is wait," she said of herself), nor
        names before the pronoun ("Nour lost his shop, he said": the speaker)."""
        content = self.content  # type: ignore[attr-defined]
        if content is None or content[0] <= pronoun < content[1]:
            return frozenset()
        return frozenset(p.entity for p in self.people if p.entity and content[0] <= p.start < content[1]
                         and p.start > pronoun and is_named(p) and self._clause_subject(p.start)
                         and innermost_range(self.quotations, p.start) is None)

    def _role_gender(self, candidate: ResolvedSpeaker) -> str | None:
        """The gender an unnamed role speaker's noun tells ("an ICE spokeswoman": female), so a later "he" looks
        past her; None for a name or a role of either gender."""
        words = (candidate.name or "").split()
        if not words or is_named(candidate):
            return None
        return self.words["gendered_nouns"].get(words[-1].lower())  # type: ignore[attr-defined]

    def _quoted_before(self, pronoun: int, fitting: list[ResolvedSpeaker]) -> ResolvedSpeaker | None:
        """For a he/she in a person's own quoted words, the latest fitting person named as a subject in quoted
        words of the same paragraph before it ("'The judges ruled and [Hart] wrote the order,' Moss said. 'He told
        me it could wait'": Hart, not whoever spoke before Moss): a speaker talks of the people just named."""
        if self.quoting is None or innermost_range(self.quotations, pronoun) is None:
            return None
        paragraph = self.text.rfind("\n", 0, pronoun) + 1
        return next((p for p in reversed(fitting) if p.start >= paragraph and self._clause_subject(p.start)
                     and innermost_range(self.quotations, p.start) is not None), None)

    def _clause_subject(self, start: int) -> bool:
        """Whether the name at ``start`` heads a clause subject itself, not a possessor or an object inside one
        ("his views on Trump's comments" names no one who acts)."""
        head = phrase_head_at(self.doc, start)
        return head is not None and head.dep_ in SUBJECT_DEPS

    def _answering(self, asker: ResolvedSpeaker, gender: str,
                   fits: Callable[[ResolvedSpeaker], bool]) -> ResolvedSpeaker | None:
        """The person ``asker`` put a question to ("The host asked Gov. Reed about the budget. 'We will balance it,'
        he said": Reed answers, not the host; also "Reed was asked by the host"), when the asked one has the
        pronoun's known gender."""
        addressed = self._addressed_person(asker) or self._asked_by(asker)  # type: ignore[attr-defined]
        if addressed is None or addressed.head.lemma_.lower() not in self.words["asking_verbs"]:
            return None
        person = self._named_at(addressed)  # type: ignore[attr-defined]
        known = (person.gender or self._genders.get(person.entity or "")) if person is not None else None
        if person is None or known != gender or not fits(replace(person, sentence=asker.sentence)):
            return None
        return replace(person, sentence=asker.sentence)

    def _asked_by(self, asker: ResolvedSpeaker) -> Token | None:
        """The name that is the passive subject of the asking verb whose "by" agent ``asker`` is ("Reed was asked by
        moderator Ann Hill whether ..."), or None."""
        head = phrase_head_at(self.doc, asker.start)
        while head is not None and head.dep_ in ("compound", "appos") and head.head.i != head.i:
            head = head.head  # "moderator Ann Hill": the name, not its role word
        if head is None or head.dep_ != "pobj" or head.head.lower_ != "by" or head.head.dep_ != "agent":
            return None
        verb = head.head.head
        return next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "PROPN"), None)

    def _as_spoken_role(self, person: ResolvedSpeaker) -> ResolvedSpeaker:
        """An unnamed role mention ("the Florida senator said") as the named person its statement speaker was
        resolved to (Marco Rubio), with that person's gender: a later "her" then passes over him rather than
        taking a role of no known gender."""
        if is_named(person) or self._possessor_role(person.start):
            return person  # "the senator's wife, Jane Doe": the senator is not Jane Doe
        last = bisect.bisect_right(self.history, person.start, key=lambda h: h.start)
        for spoken in self.history[max(0, last - ROLE_SPEAKER_LOOKBACK) : last][::-1]:
            if not (spoken.start <= person.start < spoken.end) or not spoken.person or spoken.joint \
                    or not is_named(spoken):
                continue
            if FOREIGN_ROLE_WORDS & set(self.text[spoken.start : person.start].lower().split()):
                continue
            return replace(person, name=spoken.name, title=spoken.title, affiliation=spoken.affiliation,
                           sector=spoken.sector, entity=spoken.entity,
                           gender=spoken.gender or self._genders.get(spoken.entity or ""))
        return person

    def _possessor_role(self, start: int) -> bool:
        """Whether the role mentioned at ``start`` owns another noun ("the senator's wife")."""
        head = phrase_head_at(self.doc, start)
        return head is None or head.dep_ == "poss"

    def _paraphrased_person(self, pronoun: int, chosen: ResolvedSpeaker | None, gender: str,
                            fitting: list[ResolvedSpeaker]) -> ResolvedSpeaker | None:
        """The latest person of the pronoun's known ``gender`` named inside unquoted reported content before
        ``pronoun``, when named in a later sentence than ``chosen`` (an unknown gender is too weak a cue here:
        "if the Morales government carries blame" holds no "she")."""
        for person in reversed(fitting):  # ``fitting``: the people before the pronoun it may stand for
            if person.gender != gender or (chosen is not None and person.sentence <= chosen.sentence) \
                    or self._noun_modifier(person.start):
                continue  # "asked Ortiz about those jailed under the Morales government": no antecedent
            if self._hidden(person.start, pronoun) and innermost_range(self.quotations, person.start) is None:
                return person
        return None

    def _resolve_group(self, start: int, end: int, sentence: int, they: Token | None = None) -> ResolvedSpeaker:
        """`they`/`it`: the latest group statement speaker (for `they` also people who spoke together, "Cohen and
        Lund said"); for `they`, a plural subject named since then
        outranks it ("DHS officials did not respond, but they have denied ..."). Inside a quotation, a speaker
        quoted before it is no antecedent ('"They are backing Ortega, too," Pelham said' after the
        campaign spoke); a plural subject of the sentence before still is ("the pupils would crowd around
        her. 'They would follow me'")."""
        quoted = innermost_range(self.quotations, start)
        plural = they is not None and they.lower_ in ("they", "their")
        latest = next((h for h in reversed(self.history)
                       if (not h.person or (plural and h.joint)) and h.name
                       and sentence - h.sentence <= MAX_PRONOUN_SENTENCE_DISTANCE
                       and (they is None or they.lower_ not in ("they", "their") or not self._one_person(h.name))
                       and (they is None or they.lower_ not in ("it", "its") or not self._plural_speaker(h))
                       and (they is None or they.lower_ not in ("they", "their") or not self._thing_speaker(h))
                       and (quoted is None or quoted[0] <= h.start < quoted[1])), None)
        subject = self._subject_before(they) if they is not None else None
        if subject is not None and (latest is None or subject.idx > latest.start):
            sub_start, sub_end = speaker_range(subject)
            found = self._resolve_noun_phrase(subject, sub_start, sub_end, self._sentence_index(sub_start))
            if found.name:
                return ResolvedSpeaker(start, end, found.name, found.title, found.affiliation, found.sector,
                                       found.entity, False, None, sentence, mixed=found.mixed)
        if latest is not None:  # people who spoke together stay people ("Cohen and Lund said ... they added")
            return ResolvedSpeaker(start, end, latest.name, latest.title, latest.affiliation, latest.sector,
                                   latest.entity, latest.person, None, sentence, joint=latest.joint,
                                   mixed=latest.mixed)
        return ResolvedSpeaker(start, end, None, person=False, sentence=sentence)

    def _plural_speaker(self, speaker: ResolvedSpeaker) -> bool:
        """Whether a group speaker is written as a plural ("government officials", "Bugti and Chaudhry"): no
        antecedent of "it" ("officials said ... The group's tone is harsher: It regularly publishes ...")."""
        if speaker.joint:
            return True
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        # A plural common noun, named by it; not a name that holds one ("Doctors Without Borders", "United States").
        if not speaker.name or speaker.name.split()[-1][:1].isupper():
            return False
        return span is not None and len(span) > 0 and span.root.tag_ in ("NNS", "NNPS") and not span.root.ent_type_

    def _thing_speaker(self, speaker: ResolvedSpeaker) -> bool:
        """Whether a group speaker is a thing, a common noun no lexicon knows as people, a group or a source
        ("the slumping economy would rebound ... he said perhaps they wanted": not the economy)."""
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        return span.root.pos_ == "NOUN" and not animate(span.root, load_lexicon())

    def _subject_before(self, pronoun: Token) -> Token | None:
        """The nearest subject before ``pronoun`` in its sentence or the one before, outside reported content,
        that the pronoun can stand for: for "they" a plural common noun of people or groups ("three members of the U.S. Senate
        ... 'We are concerned,' they wrote"), for "it" an institution ("UNHCR shares that concern. It issued
        a statement")."""
        sentence = sentence_of(pronoun)
        first = sentence.start
        if first > 0:
            first = sentence_of(self.doc[first - 1]).start
        plural = pronoun.lower_ in ("they", "their")
        for i in range(pronoun.i - 1, first - 1, -1):
            token = self.doc[i]
            # A subject, or the possessor of one ("The Interior Ministry's announcement of its intention").
            subject_like = token.dep_ in SUBJECT_DEPS or (token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS)
            if not subject_like or self._hidden(token.idx, pronoun.idx):
                continue
            if not plural:
                found = resolve_mention(self.state, token.idx, token.idx + len(token.text))
                if found is not None and found.kind in ("organisation", "country") and token.tag_ in ("NN", "NNP"):
                    return token
                continue
            if token.tag_ == "NNS":
                # "Tens of thousands of Sudanese": the people counted, not the count.
                while token.lower_ in QUANTITY_NOUNS:
                    counted = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                               for o in p.children if o.dep_ == "pobj"]
                    if not counted:
                        break
                    token = counted[0]
                if not animate(token, load_lexicon()):
                    continue  # "how big these issues are. ... they want to": things say nothing
                return token
        return None
