"""Speakers named by a role, a title, a description or an apposition, resolved to the person or body meant."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from accord.knowledge.actors import known_person, title_entry
from accord.stages.entities import resolve_mention
from accord.stages.entities.body_owners import company_nouns
from accord.stages.entities.descriptions import descriptions
from accord.stages.entities.organisation_references import outlet_named
from accord.stages.entities.title_references import known_elsewhere, title_fits, title_words
from accord.stages.entities.titles import CLAIM_COLONS
from accord.stages.grammar import SUBJECT_DEPS, phrase_head_at, span_text
from accord.stages.statements.description_conflicts import held_office, parties_in
from accord.stages.statements.identification import SERVED_AFTER
from accord.stages.statements.pronoun_speakers import MAX_PRONOUN_SENTENCE_DISTANCE
from accord.stages.statements.reported_ranges import innermost_range, past_opening_marks
from accord.stages.statements.resolved_speaker import ResolvedSpeaker, is_named
from accord.stages.statements.speaker_phrase import NEGATIVE_DETERMINERS, apposed_name, head_word, phrase_code, role_word
from accord.stages.statements.speaker_words import person_heads
from accord.stages.token_filters import indices_with_words, sentence_of

if TYPE_CHECKING:
    from accord.stages.entities.mentions import ResolvedMention


# Links climbed from the noun a "who" hangs on to the person its apposition describes ("a strategist and
# Clinton supporter who", "the head of the minority in X, who"): conjuncts, prepositional objects, appositions.
DESCRIPTION_DEPS = frozenset({"conj", "pobj", "prep", "appos", "compound"})
# Participles that give the name of the noun they hang on ("the station head known as Rick", "a man named Omar").
NAMING_VERBS = frozenset({"know", "identify", "name", "call", "nickname"})
MAX_DESCRIPTION_STEPS = 6
# A definite role ("the Vermont senator") names the person who spoke just before when it has at most this many
# words (a hyphenated word is one: "the former three-term governor" has four) and that person spoke at most
# this many sentences earlier (the same or the previous sentence).
ROLE_REFERENCE_MAX_WORDS = 5
ROLE_REFERENCE_SENTENCES = 1
# A definite role the story resolved to a named speaker names that person again within this many sentences, even
# when an untitled person spoke in between (an interviewer's question); further on, a live blog's next item
# may give the role to someone else (PolNeAR train seed 130176).
ROLE_MEMORY_SENTENCES = 12
# A definite role no one named before holds ("The minister said ...") names the person the next sentence gives
# that role by title ("Foreign Minister Ana Lima added"): news often names the speaker just after the role.
ROLE_NAMED_NEXT_SENTENCES = 1
# Characters from the start of a person's mention read for the title written before the surname ("Deputy Foreign
# Minister Ana Maria Lima"): a long title chain and a given name.
TITLED_MENTION_CHARS = 80
# Links that join a name to a subject it is coordinated with ("A and B spoke"), including the ones the parser
# uses when it reads a second "Title Name" as part of the first ("Minister A and Minister B": appos, compound),
# and how many it climbs: a conjunct's title, its name and the coordination take at most four.
SUBJECT_CONJUNCT_DEPS = frozenset({"conj", "appos", "compound"})
SUBJECT_CONJUNCT_STEPS = 4
# Demonstratives that point a plural noun back at a fuller mention ("Those leaders"), and how many sentences back.
DEMONSTRATIVES = frozenset({"those", "these"})
DEMONSTRATIVE_SENTENCES = 2
# Characters read after a person's name for the party the text gives them ("Tom Hale (R-Texas)", "Ann Roe,
# Democrat of Ohio", "Ann Roe, a Republican from"): about the length of such a label.
PARTY_LABEL_CHARS = 28
# "(R-Texas)", ", D-S.D.": the party initial of a US legislator's label -> the party_families name.
PARTY_INITIAL = re.compile(r"^\s*[,(]\s*([DR])\s?-")
PARTY_INITIALS = {"D": "democratic", "R": "republican"}
# A definite surrogate's role ("the aide") names the person just named in a post it fits at most this many
# narrative sentences back: the person's statement, then the role's follow-up in the next sentence or the one after.
SURROGATE_REFERENCE_SENTENCES = 2
# Dependencies of a clause or phrase describing a role's holder ("the aide, who asked not to be named"), read
# for the data anonymity_cues.
DESCRIBING_DEPS = frozenset({"relcl", "acl", "appos"})
# The entity label of a person's name: a one-word object of "X asked Y" is a person only so labelled.
PERSON_ENTITY_TYPES = frozenset({"PERSON"})


# First words of a speaker phrase that name no one ("None of the candidates", "No officials", "Neither side").
NAMES_NO_ONE = NEGATIVE_DETERMINERS | {"none"}


def _office_of(person: ResolvedSpeaker) -> str | None:
    """A person's title: the article's, else the actor lexicon's for a known person the article names bare
    ("Badr Albusaidi" is Oman's foreign minister though the story gives no title)."""
    if person.title:
        return person.title
    known = known_person(person.name) if person.name else None
    return known.title if known is not None and known.kind == "person" else None


def _institution_office(tokens: list[Token], head: Token) -> bool:
    """Whether a role names an office in a named body: a body's name before its noun ("the FBI director") or in its
    "of" phrase ("the secretary of State"). Such an office belongs to one person; one the article titled otherwise
    is not it."""
    if any(t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ == "ORG" for t in tokens):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
               for c in head.children)


def _singular_noun(head: Token) -> bool:
    """Whether a role's head is a singular common noun: tagged so, or a lower-case word the tagger took for a
    proper noun after a run of modifiers ("the billionaire business mogul")."""
    return head.tag_ == "NN" or (head.tag_ == "NNP" and head.text.islower())


class RoleSpeakers:
    """Role and title resolution of SpeakerResolver: who a role, title or apposition names."""

    def _appositive_person(self, head: Token):  # -> ResolvedMention | None
        """The person a proper-name apposition of ``head`` names ("the report's author, Vasily Gatov").

        The parser may hang it on a proper-noun object of the head's preposition instead ("Pakistan's
        representative to the United Nations, Munir Akram"): a person cannot be an institution's apposition.
        """
        candidates = list(head.children)
        for prep in head.children:
            if prep.dep_ == "prep":
                candidates += [c for obj in prep.children if obj.dep_ == "pobj" and self._no_person_noun(obj)
                               for c in obj.children]
        for child in candidates:
            if apposed_name(child) and child.i > head.i:
                found = resolve_mention(self.state, child.idx, child.idx + len(child.text))
                if found is not None and found.kind == "person":
                    return found
        return None

    def _apposed_people(self, head: Token) -> list[ResolvedSpeaker]:
        """The people a plural role names as its title ("top aides Anna Li and Mark Dunn", "Democratic senators Ana
        Ruiz and Tom Hale"), each by the fullest name the article gives; empty unless every name
        is a distinct named person and there are two or more. A group set off from the names by punctuation ("three
        members of the U.S. Senate — A, B and C") is named as the group (VOA dev annotation)."""
        first = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > head.i), None)
        if first is None or any(t.is_punct for t in self.doc[head.i + 1 : first.left_edge.i]):
            return []
        names, queue = [first], [first]
        while queue:
            conjuncts = [c for c in queue.pop().children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            names += conjuncts
            queue += conjuncts
        people = [person for name in names if (person := self._named_at(name)) is not None]
        if len(people) < 2 or len(people) != len(names) or len({p.entity for p in people}) != len(people):
            return []
        return people

    def _participle_named(self, head: Token) -> ResolvedMention | None:
        """The person a naming participle on ``head`` names ("the station head known as Rick", "a man identified as
        Karim Nasser", "the chief, named Omar"): the role's own name."""
        for participle in head.children:
            if participle.dep_ != "acl" or participle.lemma_.lower() not in NAMING_VERBS:
                continue
            names = [c for c in participle.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
            names += [o for p in participle.children if p.dep_ == "prep" and p.lower_ == "as"
                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            for name in names:
                found = resolve_mention(self.state, name.idx, name.idx + len(name.text))
                if found is not None and found.kind == "person":
                    return found
        return None

    def _no_person_noun(self, token: Token) -> bool:
        """Whether a prepositional object cannot have a person in apposition: a proper noun or a thing ("the
        author of the memoir, Lena Hardt": the author), not a role or a person ("the spokesman for the
        minister, Sergei Lavrov": the minister)."""
        if token.pos_ == "PROPN":
            return True
        entry = title_entry(token.lemma_.lower())
        return (token.pos_ == "NOUN" and (entry is None or entry.kind != "person")
                and token.lemma_.lower() not in self.words["gendered_nouns"]
                and token.lemma_.lower() not in ("person", "people", "man", "woman", "child", "friend", "family"))

    def _described_person(self, noun: Token) -> Token | None:
        """The named person an apposition describes, when "who" hangs on a noun inside it ("Ed Varney, an
        Ohio delegate and Hale supporter who ...", "Greta Lind, the leader of the farmers' party,
        who ..."): the description is the person's, so is the clause."""
        token, through_apposition = noun, False
        for _ in range(MAX_DESCRIPTION_STEPS):
            if token.dep_ == "appos":
                through_apposition = True
            elif token.dep_ not in DESCRIPTION_DEPS:
                return None
            token = token.head
            if through_apposition and token.pos_ == "PROPN":
                found = resolve_mention(self.state, token.idx, token.idx + len(token.text))
                if found is not None and found.kind == "person":
                    return token
                if token.dep_ != "pobj":
                    return None
                # "Senator Dana Hollis of Oregon, a vice chair of the panel, who ...": the parser hung
                # the apposition on the place after the name; the person is further up.
        return None

    def _appositive_title(self, head: Token) -> str:
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i:
                first, last = child.left_edge.i, child.right_edge.i
                if any(t.text in CLAIM_COLONS for t in self.doc[head.i + 1 : first]):
                    continue  # "Warren: Time for a tougher line" (a headline): the claim, not a title
                return span_text(self.doc[first : last + 1]).strip(" ,")
        return ""

    def _latest_speaker_by_role(self, tokens: list[Token], head: Token, sentence: int,
                                code: str | None) -> ResolvedSpeaker | None:
        """"The Vermont senator", "the Pakistani envoy" right after a named person spoke: that person, named by a
        role (news varies how it names the person just quoted). Not when the role is a surrogate's ("the
        spokesman" after a minister), when an unnamed speaker of that role spoke before ("an official said ...
        the official added"), nor when the role's country, party or gender is not the person's."""
        words = span_text(self.doc[tokens[0].i : tokens[-1].i + 1]).split() if tokens else []
        word = role_word(head)
        # "the Wisconsin Republican": a party member named by party (and state) is the one who just spoke, too
        member = word in self.words["party_members"]["words"] and head.tag_ == "NNP"
        if (not tokens or tokens[0].lower_ != "the" or len(words) > ROLE_REFERENCE_MAX_WORDS
                or not (_singular_noun(head) or member)):
            return None
        entry = title_entry(word)
        if not member and (entry is None or entry.kind != "person" or word in self.words["surrogate_nouns"]):
            return None
        if any(h.name and h.name.split()[-1].lower() == word and (member or self._role_written_lower(h))
               and not self._written_definite(h) for h in self.history):
            return None  # "an official said ... the official added"; not a headline's "Judge vows ..."
        if len({p.entity or p.name for p in self._role_holders(word, sentence)}) > 1:
            return None  # "Actress A and actress B met. The actress said": the role names neither
        latest = self._latest_role_antecedent(head)
        if (latest is None or not latest.person or not latest.name or not latest.entity
                or len(latest.name.split()) < 2 or not latest.name[:1].isupper()
                or latest.name.split()[-1].islower()  # a role kept as a name ("OCHA spokesperson"): no one named
                or latest.name.split()[-1].lower() in self.words["party_members"]["words"]  # "a Nevada Democrat"
                or self._narrative_sentences(latest.start, head.idx) > ROLE_REFERENCE_SENTENCES):
            return None
        if member and (any(h.joint and h.start <= latest.start < h.end for h in self.history)
                       or self._named_between(latest, head.left_edge.idx)):
            # "Republicans A and B objected. The Alabama Republican said": either of them. "Hale spoke. In Sen.
            # Ruth Penn's column, the Republican from Alabama ...": a party word tells less than a title, so
            # any other person named in the narrative since may be the one meant (PolNeAR train seed 140233).
            return None
        earlier = self._role_named_before(word, head.idx, sentence)
        if earlier is not None and earlier.entity != latest.entity and not self._holds_role(latest, word):
            # "the Vermont senator said ... 'You?' the host asked. 'Me,' the senator said": the role the story
            # already gave the senator names him again, not the untitled host who spoke last.
            latest = earlier
        if self._across_interview(latest, word):
            # "Hollis won, radio host Tom Brandt said ... the first-term senator": the role the article gave
            # Sen. Dana Hollis names him, not the host who spoke last; "Clinton said ... the host said": not
            # her. With no such one holder, no one.
            holders = {p.entity: p for p in self._role_fitting(word, sentence) if p.entity != latest.entity}
            if len(holders) != 1:
                return None
            latest = next(iter(holders.values()))
        if code and (latest.affiliation and code != latest.affiliation
                     or not latest.affiliation and known_elsewhere(latest.name, code)):
            return None  # "the French president" is not the US president named just before
        office, held = held_office(word), held_office(latest.title)
        if office and held and office != held:
            return None  # "the mayor" is not the governor who spoke last
        if _institution_office(tokens, head) and _office_of(latest) and not self._holds_role(latest, word):
            return None  # "the NASA administrator" is not the senator, titled otherwise, who spoke last
        parties, latest_parties = parties_in(" ".join(words)), self._parties_of(latest)
        if parties and latest_parties and not parties & latest_parties:
            return None  # "the Republican nominee" is not the Libertarian candidate just named
        if parties and not latest_parties and not member:
            # "Ann Roe, a spokeswoman for Hale, gave no answer. The Republican nominee has ...": the one person
            # the article gives the role's party, not the aide of no party who was named last. Not for "the
            # Ohio Republican": the party's one labelled person (its nominee) is no reason to pass over the
            # speaker whose party the article leaves to the reader (PolNeAR train seeds 140231, 140237).
            latest = self._party_member(parties, head.idx) or latest
        if word not in self.words["surrogate_nouns"] and self._speaks_for_another(latest):
            return None  # "Lena Voss, a spokeswoman for Dunmore, was silent. The nominee has": not the aide
        addressed = self._addressed_person(latest)
        if addressed is not None:
            # "X told Hollis ...": the role may name either. "X asked Dorsey how ... The candidate said": the one
            # asked answers, so the role names him.
            if addressed.head.lemma_.lower() not in self.words["asking_verbs"]:
                return None
            latest = self._named_at(addressed)
            if latest is None:
                return None
        gender = self.words["gendered_nouns"].get(word)
        if gender and latest.gender and gender != latest.gender:
            return None
        return latest

    def _role_named_next(self, tokens: list[Token], head: Token, sentence: int,
                         code: str | None = None) -> ResolvedSpeaker | None:
        """"The minister said the talks failed. Foreign Minister Ana Lima added ...": a definite singular role
        that no person named before it holds, and no unnamed speaker before it is, names the one person a subject
        (or a subject's conjunct) of the next sentence (or later in its own) whose title or role word is that role,
        outside reported content, and of no other country than ``code``, the role's."""
        if not tokens or tokens[0].lower_ != "the" or not _singular_noun(head):
            return None
        word = role_word(head)
        entry = title_entry(word)
        if entry is None or entry.kind != "person":
            return None
        wanted = title_words(word)
        if any(p.start < head.idx and (self._holds_role(p, word) or (self._role_before(p.start) or "") in wanted
                                       or wanted & self._described_as(p.start))
               for p in self._role_fitting(word, sentence + ROLE_NAMED_NEXT_SENTENCES)):
            return None  # someone named before holds the role: the backward rules decide
        if self._unnamed_role_spoke(wanted, tokens[0].idx):
            return None  # "Kenya's foreign minister said ... The minister said": the one who spoke already
        found = {p.entity: p for p in self.people
                 if p.start > head.idx and sentence <= p.sentence <= sentence + ROLE_NAMED_NEXT_SENTENCES
                 and is_named(p) and p.entity and len(p.name.split()) > 1
                 and innermost_range(self.reported, p.start) is None and self._subject_or_conjunct(p.start)
                 and self._titled_before_name(p, wanted)}
        if len(found) != 1:
            return None  # none, or "Interior Minister A and Foreign Minister B spoke": either of them
        named = next(iter(found.values()))
        if code and named.affiliation and named.affiliation != code:
            return None  # "the Kenyan minister" is not the Ugandan minister named next
        modifiers = {t.lower_ for t in tokens[1:] if t.i < head.i and t.is_alpha and t.is_lower
                     and phrase_code(t.text)[0] is None}
        office = _office_of(named)
        if office and not title_fits(modifiers, office):
            return None  # "the defence minister" is not the foreign minister named next
        return max((p for p in self.people if p.entity == named.entity), key=lambda p: len(p.name.split()))

    def _unnamed_role_spoke(self, wanted: set[str], before: int) -> bool:
        """Whether a speaker before offset ``before`` was left a role of no name whose role word is among ``wanted``
        ("Kenya's foreign minister said" for a later "the minister"): the role already has its holder."""
        for spoken in self.history:
            words = self.text[spoken.start : spoken.end].split()
            if spoken.end <= before and not is_named(spoken) and words \
                    and title_words(words[-1].removesuffix("'s").removesuffix("’s")) & wanted:
                return True
        return False

    def _subject_or_conjunct(self, start: int) -> bool:
        """Whether the name starting at ``start`` is a clause subject or a conjunct of one ("Interior Minister A
        and Foreign Minister B spoke": both are subjects, however the parser hangs the second title and name on
        the first, or the first on the second)."""
        if self._is_subject(start):
            return True
        token = self._phrase_head(start)
        for _ in range(SUBJECT_CONJUNCT_STEPS):
            if token is None or token.dep_ not in SUBJECT_CONJUNCT_DEPS or token.head.i == token.i:
                return False
            token = token.head
            if token.dep_ in SUBJECT_DEPS:
                return True
        return False

    def _titled_before_name(self, person: ResolvedSpeaker, wanted: set[str]) -> bool:
        """Whether the mention of ``person`` writes a title among ``wanted`` before the name ("Foreign Minister Ana
        Lima", "spokesman Tom Reyes"); a role described after it ("Ana Lima, a minister, is 60") introduces her
        rather than naming the one who just spoke."""
        surname = (person.name or "").split()[-1:]
        at = self.text.find(surname[0], person.start, person.start + TITLED_MENTION_CHARS) if surname else -1
        before = self.text[person.start : at] if at > person.start else ""
        return bool(title_words(before) & wanted) or (self._role_before(person.start) or "") in wanted

    def _across_interview(self, person: ResolvedSpeaker, word: str) -> bool:
        """Whether ``word`` and the roles the article gives ``person`` lie on two sides of the interview: a media
        role ("radio host Tom Brandt", "X, the moderator") against a newsmaker's ("senator", "candidate"), or a media
        role named ("the host") for a person the article gives none. Either way the role names someone else."""
        media = self.words["media_roles"]
        roles = self._described_as(person.start) | {self._role_before(person.start) or ""}
        roles |= set((person.title or "").lower().split()[-1:])
        return (word in media) != bool(roles & media)

    def _role_fitting(self, word: str, sentence: int) -> list[ResolvedSpeaker]:
        """The named people the article gave a role that ``word`` fits up to ``sentence``: by their title
        ("Sen." fits "senator"), the noun before their name or a description of it."""
        wanted = title_words(word)
        return [p for p in self.people if p.sentence <= sentence and is_named(p) and p.entity
                and len(p.name.split()) > 1 and (self._holds_role(p, word) or (self._role_before(p.start) or "") in wanted
                                                 or bool(wanted & self._described_as(p.start)))]

    def _speaks_for_another(self, person: ResolvedSpeaker) -> bool:
        """Whether the article gives a person a surrogate's role ("X, a spokeswoman for Y", "aide X"): then a
        principal's role ("the nominee", "the senator") names the one they speak for, not them."""
        roles = self._described_as(person.start) | {self._role_before(person.start) or ""}
        office = (person.title or "").lower().split()
        return bool(roles.union(office[-1:]) & set(self.words["surrogate_nouns"]))

    def _named_between(self, person: ResolvedSpeaker, before: int) -> bool:
        """Whether another named person is mentioned after ``person`` and before offset ``before`` outside
        reported content (a name inside what ``person`` said is theirs to speak of, not a new antecedent)."""
        return any(person.start < p.start < before and is_named(p) and p.entity != person.entity
                   and innermost_range(self.reported, p.start) is None for p in self.people)

    def _role_named_before(self, word: str, before: int, sentence: int) -> ResolvedSpeaker | None:
        """The named person the latest earlier definite role ending in ``word`` ("the Vermont senator") was
        resolved to as a statement speaker before offset ``before``, at most ROLE_MEMORY_SENTENCES before
        ``sentence``, or None."""
        for spoken in reversed(self.history):
            if sentence - spoken.sentence > ROLE_MEMORY_SENTENCES:
                return None
            written = self.text[spoken.start : spoken.end].lower().split()
            if (spoken.start < before and spoken.person and spoken.entity and is_named(spoken)
                    and len(written) > 1 and written[0] == "the" and written[-1] == word):
                return spoken
        return None

    def _holds_role(self, person: ResolvedSpeaker, word: str) -> bool:
        """Whether the article's or the lexicon's title of ``person`` has the role ``word`` ("Sen." is a senator)."""
        office = _office_of(person)
        return bool(office) and bool(title_words(word) & title_words(office))

    def _parties_of(self, person: ResolvedSpeaker) -> frozenset[str]:
        """The parties the article gives a person: in their title ("Republican presidential candidate") or in a
        label right after a mention of their name ("(R-Texas)", ", Democrat of Ohio")."""
        found = set(parties_in(person.title))
        for mention in self.people:
            if mention.entity != person.entity or not mention.name:
                continue
            after = self.text[mention.start : mention.start + len(mention.name) + PARTY_LABEL_CHARS]
            after = after[len(mention.name):] if after.startswith(mention.name) else ""
            found |= parties_in(after)
            initial = PARTY_INITIAL.match(after)
            if initial:
                found.add(PARTY_INITIALS[initial.group(1)])
            found |= parties_in(mention.title)
        return frozenset(found)

    def _party_member(self, parties: frozenset[str], before: int) -> ResolvedSpeaker | None:
        """The one named person the article gives one of ``parties`` before offset ``before``, by the fullest
        name it gives them; None for none or two."""
        members = {p.entity: p for p in self.people if p.start < before and p.entity and is_named(p)
                   and self._parties_of(p) & parties}
        if len(members) != 1:
            return None
        person = next(iter(members.values()))
        return max((p for p in self.people if p.entity == person.entity), key=lambda p: len(p.name.split()))

    def _possessed_role_named(self, tokens: list[Token], head: Token) -> ResolvedSpeaker | None:
        """"Her husband said" after "her husband Peter Brandt" or "Dale Ortiz, her spokesman": the person the same
        possessive role ("her husband") was named as in this sentence or the MAX_PRONOUN_SENTENCE_DISTANCE before,
        by the fullest name the article gives; None when it named two people there, or none."""
        owner = tokens[0] if tokens else None
        if (owner is None or owner.dep_ != "poss" or owner.head.i != head.i or head.tag_ != "NN"
                or self.words["pronouns"].get(owner.lower_) not in ("male", "female")):
            return None
        named: dict[str, ResolvedSpeaker] = {}
        for token in self.doc[self._sentences_back(head, MAX_PRONOUN_SENTENCE_DISTANCE) : head.i]:
            if token.lemma_ != head.lemma_ or not any(c.dep_ == "poss" and c.lower_ == owner.lower_ for c in token.children):
                continue
            name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if name is None and token.dep_ == "appos" and token.head.pos_ == "PROPN":
                name = token.head  # "Dale Ortiz, her spokesman"
            person = self._named_at(name) if name is not None else None
            if person is not None and person.entity:
                named[person.entity] = person
        return next(iter(named.values())) if len(named) == 1 else None

    def _country_role_holder(self, tokens: list[Token], head: Token, code: str | None) -> ResolvedSpeaker | None:
        """"The top Omani diplomat", "Oman's top diplomat", "the US president": the one named person the article
        gives that country and an office the role fits (its own title word, or an office of data role_offices:
        a diplomat is a foreign minister, an ambassador or an envoy). The country makes the role specific enough
        to name the person wherever the article names them; a surrogate's role ("the Omani spokesman"), an
        indefinite one ("a top Iranian diplomat": an unnamed source), or two such holders name no one."""
        if not code or not tokens or head.tag_ != "NN":
            return None
        word = role_word(head)
        entry = title_entry(word)
        if entry is None or entry.kind != "person" or word in self.words["surrogate_nouns"]:
            return None
        possessor = next((c for c in head.children if c.dep_ == "poss"), None)
        if tokens[0].lower_ == "the" and possessor is None:
            rest = tokens[1:]
        elif possessor is not None and phrase_code(possessor.text)[0] == code:
            rest = [t for t in tokens if t.i > possessor.i and t.tag_ != "POS"]  # "Oman's top diplomat"
        else:
            return None
        modifiers = {t.lower_ for t in rest if t.i != head.i and t.is_alpha and phrase_code(t.text)[0] is None}
        offices = {word} | set(self.words["role_offices"].get(word, ()))
        holders = {p.entity or p.name: p for p in self.people
                   if is_named(p) and p.entity and p.affiliation == code and (title := _office_of(p))
                   and title_words(title) & offices and title_fits(modifiers, title)}
        if len(holders) != 1:
            return None
        person = next(iter(holders.values()))
        return next((p for p in self.people if p.entity == person.entity and len(p.name.split()) > 1), person)

    def _role_written_lower(self, speaker: ResolvedSpeaker) -> bool:
        """Whether an unnamed speaker's role word is written in lower case ("an official", "the senator"): a
        capitalised bare title ("Judge vows to ..." in a headline) is a headline's way of naming the person
        the story names, not a second, unnamed holder of the role."""
        words = self.text[speaker.start : speaker.end].split()
        return bool(words) and words[-1][:1].islower()

    def _written_definite(self, speaker: ResolvedSpeaker) -> bool:
        """Whether a speaker is written as a definite role ("the Republican candidate"): one this rule left
        unresolved (too far from its person) introduces no second, unnamed holder of the role, as "an official"
        does, and must not keep the role from naming the person later, right after the person is named again."""
        words = self.text[speaker.start : speaker.end].split()
        return bool(words) and words[0].lower() == "the"

    def _addressed_person(self, speaker: ResolvedSpeaker) -> Token | None:
        """The named person who is the object of the verb ``speaker`` is the subject of ("X asked Kasich", "X told
        Hollis"), or None. A one-word name the tagger did not label a person ("Trump purchased Doral", a resort
        the finder took for a person) is no one a role after it may name."""
        span = self.doc.char_span(speaker.start, speaker.start + 1, alignment_mode="expand")
        if span is None:
            return None
        verb = span[0]
        while verb.dep_ not in SUBJECT_DEPS and verb.head.i != verb.i:
            verb = verb.head
        verb = verb.head
        if verb.dep_ == "relcl":
            return None  # "Sanders, who endorsed Clinton, said ... The Vermont senator": an aside addresses no one
        for child in verb.children:
            if child.dep_ in ("dobj", "dative") and child.pos_ == "PROPN":
                found = resolve_mention(self.state, child.idx, child.idx + len(child.text))
                if (found is not None and found.kind == "person" and found.name and found.name != speaker.name
                        and (child.ent_type_ in PERSON_ENTITY_TYPES or len(found.name.split()) > 1)):
                    return child
        return None

    def _named_at(self, token: Token) -> ResolvedSpeaker | None:
        """The remembered person whose mention holds ``token``, by the fullest name the article gives them."""
        here = next((p for p in self.people if token.left_edge.idx <= p.start <= token.idx and p.entity
                     and is_named(p)), None)
        if here is None:
            return None
        return max((p for p in self.people if p.entity == here.entity), key=lambda p: len(p.name.split()))

    def _person_a_role_names(self, start: int) -> ResolvedSpeaker | None:
        """The named person an unnamed role mentioned at ``start`` names again ("Lena Hart ... The Ohio senator is
        struggling. She insists": the role, and so the pronoun after it, is Lena Hart), by the rule of
        ``_latest_speaker_by_role``; None when it names no one."""
        head = phrase_head_at(self.doc, start)
        if head is None:
            return None
        tokens = list(self.doc[head.left_edge.i : head.i + 1])
        code = phrase_code(span_text(self.doc[tokens[0].i : head.i + 1]))[0]
        return self._latest_speaker_by_role(tokens, head, self._sentence_index(start), code)

    def _latest_role_antecedent(self, head: Token) -> ResolvedSpeaker | None:
        """Who a definite role may name again: the later of the latest speaker and the latest person named as a
        clause subject before it, both outside any quotation or reported content the role is not in ("... every
        other mayor thinks he's a clown," said the Texas rancher: not the senator inside the quote;
        "Marco Rubio ... stressed defense issues. The Florida senator told reporters": Rubio, who did not speak).
        A body that spoke in between is passed over: "while she insists ..., her campaign says ... The Ohio
        senator" names her."""
        inside = innermost_range(self.reported, head.idx)
        # A role in an unquoted paraphrase is the narrator's word: it may name a person outside all reported
        # content ("Hollis said he would vote for Hart. The Ohio congressman also plans to ..., Hollis said").
        narrated = inside is not None and innermost_range(self.quotations, head.idx) is None

        def level(offset: int) -> bool:
            found = innermost_range(self.reported, offset)
            return found == inside or (narrated and found is None)

        # Before the role's own phrase: its own mention ("The Vermont senator" kept as a person) names no one.
        before = head.left_edge.idx
        spoken = next((h for h in reversed(self.history) if h.start < before and h.person and level(h.start)), None)
        subject = next((p for p in reversed(self.people) if p.start < before and is_named(p)
                        and (self._is_subject(p.start, across_prepositions=False) or self._owns_subject(p.start))
                        and level(p.start)
                        and not self._embedded_under_other_subject(p.start)), None)
        found = [p for p in (spoken, subject) if p is not None]
        return max(found, key=lambda p: p.start) if found else None

    def _owns_subject(self, start: int) -> bool:
        """Whether the name starting at ``start`` is the possessor of a clause subject ("Mr. Dale's tone
        worries donors. The senator ..."): the sentence is about that person."""
        token = self._phrase_head(start, across_prepositions=False)
        return token is not None and token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS

    def _narrative_sentences(self, start: int, end: int) -> int:
        """Sentences beginning in ``(start, end]`` outside quotations and reported content: a quotation of
        several sentences between a speaker and the role naming them again adds none."""
        first = bisect.bisect_right(self.sentence_starts, start)
        last = bisect.bisect_right(self.sentence_starts, end)
        # A sentence opening on a quotation mark is read from its first word: the mark lies outside the content.
        # A "sentence" of no word (a closing quotation mark the parser split off) is none.
        bounds = self.sentence_starts + [len(self.text)]
        return sum(1 for i in range(first, last)
                   if any(c.isalnum() for c in self.text[bounds[i] : bounds[i + 1]])
                   and innermost_range(self.reported, past_opening_marks(self.text, bounds[i])) is None)

    def _latest_named_body(self, tokens: list[Token], head: Token, sentence: int) -> ResolvedSpeaker | None:
        """"The company" right after a named organisation spoke ("Acme, which opposed the bill ... 'We object,'
        the company said"): that organisation, when it is the latest speaker and spoke in this sentence or the one
        before; an unnamed or person speaker in between names none. "The company", "the firm" never name an outlet
        (``outlet_named``: "Trail Monthly magazine praised the shoe. The company said" is the shoe's maker)."""
        if len(tokens) != 2 or tokens[0].lower_ != "the" or head.lemma_.lower() not in self.words["generic_bodies"]:
            return None
        latest = next((h for h in reversed(self.history) if h.start < head.idx), None)
        if (latest is None or latest.person or not latest.name or not latest.entity or not latest.name[:1].isupper()
                or self._narrative_sentences(latest.start, head.idx) > ROLE_REFERENCE_SENTENCES):
            return None
        found = resolve_mention(self.state, latest.start, latest.end)
        if found is not None and found.kind == "organisation" and head.lemma_.lower() in company_nouns():
            entity = next((e for e in self.state.entities if e.id == found.entity), None)
            spans = [(m.start, m.end) for m in entity.mentions] if entity is not None else []
            if outlet_named(found.sector, spans, self.doc):
                return None  # "X magazine praised it. The company said": an outlet is no company
        return latest if found is None or found.kind == "organisation" else None

    def _earlier_described(self, tokens: list[Token], head: Token, sentence: int) -> ResolvedSpeaker | None:
        """"The campaign" after "Ted Cruz's campaign" spoke: the latest earlier statement speaker, within
        MAX_PRONOUN_SENTENCE_DISTANCE sentences, named by a fuller description with the same head noun; none when
        the window holds such speakers of two affiliations ("Russian officials" and "Ukrainian officials")."""
        if len(tokens) != 2 or tokens[0].lower_ != "the" or head.i != tokens[1].i or head.pos_ != "NOUN":
            return None
        found: list[ResolvedSpeaker] = []
        for spoken in reversed(self.history):
            if sentence - spoken.sentence > MAX_PRONOUN_SENTENCE_DISTANCE:
                break
            words = (spoken.name or "").split()
            written = self.text[spoken.start : spoken.end].split()
            if written and written[0].lower() in NAMES_NO_ONE:
                continue  # "None of the major candidates" names no one for a later "the candidates"
            if len(words) > 1 and head_word(words) == head.text and spoken.start < head.idx:
                found.append(spoken)  # not "review of Hillary Clinton's emails" for "the emails"
        if len({spoken.affiliation for spoken in found}) > 1:
            return None  # two sides' officials just spoke: "the officials" may be either
        return found[0] if found else None

    def _only_persons_body(self, tokens: list[Token], head: Token, sentence: int) -> ResolvedSpeaker | None:
        """"The campaign" in a story whose campaigns are all one person's ("Clinton's campaign", "the Clinton
        campaign", before or after): that person's, named in full as "Cruz's campaign" is. A body of two people
        in the story ("Rubio's campaign" and "the Cruz campaign"), or of none, names no one; a state's body
        ("the government" beside "Ruto's government") is not personal_bodies and stays the state's."""
        if len(tokens) != 2 or tokens[0].lower_ != "the" or head.i != tokens[1].i \
                or head.lemma_.lower() not in self.words["personal_bodies"]["nouns"]:
            return None
        owners: dict[str, ResolvedSpeaker] = {}
        # only the tokens of the head's word (by lemma or form), found over the Doc's arrays, not every token
        for i in indices_with_words(self.doc, {head.lemma_.lower()}):
            token = self.doc[i]
            if token.i == head.i or token.lemma_.lower() != head.lemma_.lower() or token.pos_ != "NOUN":
                continue
            for child in token.children:
                if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
                    found = resolve_mention(self.state, child.idx, child.idx + len(child.text))
                    if found is not None and found.kind == "person" and found.name and len(found.name.split()) > 1:
                        owners.setdefault(found.entity or found.name, found)
        if len(owners) != 1:
            return None
        person = next(iter(owners.values()))
        return ResolvedSpeaker(head.idx, head.idx, f"{person.name}'s {head.text}", None, person.code, None, None,
                               False, None, sentence)

    def _one_person(self, name: str) -> bool:
        """Whether a described speaker's name is one person's role ("person close to the process", "longtime
        adviser to Bill Clinton", "official"): no antecedent of "they". Its head is the last word before a
        preposition or an adjective phrase after it."""
        head = head_word(name.lower().split())
        entry = title_entry(head)
        return head in ("person", "man", "woman") or head in self.words["gendered_nouns"] or (
            entry is not None and entry.kind == "person")

    def _fuller_spoken(self, surname: str, start: int, gender: str | None = None) -> str | None:
        """The one fuller name ending in ``surname`` that an earlier statement speaker was given, or None; not
        one of the other known gender ("Mr. Haddad" after "Sarah Haddad" said is a relative of hers)."""
        fuller = {h.name for h in self.history if h.start < start and h.name and len(h.name.split()) > 1
                  and (gender is None or h.gender in (None, gender))
                  and h.name.split()[-1] == surname and all(w[:1].isupper() for w in h.name.split())}
        return fuller.pop() if len(fuller) == 1 else None

    def _known_surname(self, head: Token) -> ResolvedSpeaker | None:
        """The one person named in full before whose surname is ``head`` as written, capitalised inside its
        sentence ("From" of "Al From"); None for a word opening its sentence or a surname two people share."""
        if not head.text[:1].isupper() or head.i == sentence_of(head).start:
            return None
        found = {p.entity or p.name: p for p in self.people
                 if p.start < head.idx and p.name and len(p.name.split()) > 1 and p.name.split()[-1] == head.text}
        return next(iter(found.values())) if len(found) == 1 else None

    def _role_before(self, start: int) -> str | None:
        """The common noun written right before a name as its role ("actress" of "Oscar-winning actress Susan
        Sarandon"), lower case, or None."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or span[0].i == 0:
            return None
        before = self.doc[span[0].i - 1]
        return before.lower_ if before.pos_ == "NOUN" and before.head.i >= span[0].i else None

    def _role_holders(self, word: str, sentence: int) -> list[ResolvedSpeaker]:
        """The named people the article gave the role ``word`` up to ``sentence``, by title, by the noun
        written before the name or by a description of the name ("X, a retired surgeon", "X, who works as a
        lawyer", "X is the treasury secretary")."""
        return [p for p in self.people if p.sentence <= sentence and is_named(p)
                and ((p.title and f" {p.title.lower()}".endswith(f" {word}")) or self._role_before(p.start) == word
                     or word in self._described_as(p.start))]

    def _described_as(self, start: int) -> set[str]:
        """The role nouns (lower case; also with their "of" phrase) heading the phrases describing the name
        starting at ``start`` ("surgeon" of "X, a retired surgeon", "secretary" of "X is the treasury
        secretary")."""
        head = self._phrase_head(start, across_prepositions=False)
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if head is None or span is None or head.i < span[0].i:
            return set()
        roles: set[str] = set()
        for phrase in descriptions(self.doc[span[0].i : head.i + 1]):
            root = phrase.root
            if root.pos_ != "NOUN" or not self._person_role(word := role_word(root)):
                continue
            roles.add(word)
            # "secretary of the treasury" too, for a role written with its "of" phrase
            roles.update(f"{word} {span_text(self.doc[p.i : p.right_edge.i + 1]).lower()}" for p in root.children
                         if p.dep_ == "prep" and p.lower_ == "of" and p.i > root.i)
        return roles

    def _person_role(self, word: str) -> bool:
        """Whether a noun is a person's role ("surgeon", "campaign manager"'s "manager"), by the titles lexicon or
        the described-person heads: not what a description says the person leads or works for ("the poll"), nor
        a body ("the only campaign", though "campaign" ends a title such as "strategist for X's campaign")."""
        entry = title_entry(word)
        return ((entry is not None and entry.kind == "person") or word in person_heads()) \
            and word not in self.words["principal_bodies"]

    def _surrogate_named(self, tokens: list[Token], head: Token, code: str | None) -> ResolvedSpeaker | None:
        """"Ana Ruiz, an adviser to the governor, said ... The aide added": a definite surrogate's role (data
        surrogate_roles: an aide is an adviser or an assistant; official_roles: any office holder) names the person
        the story just named, spoke of or quoted, when the article gives that person a role naming the same post.
        Not when the role is said to be anonymous ("the aide, who asked not to be named"), an unnamed speaker of
        the role spoke before ("an aide said ... the aide added"), anyone else who may hold it came in between
        (``_rival_between``), another named holder of such a post is in the window, the antecedent is more than
        SURROGATE_REFERENCE_SENTENCES back, or the role's country or gender is not the person's."""
        word = role_word(head)
        if word not in self.words["surrogate_nouns"] or not tokens or tokens[0].lower_ != "the" \
                or not _singular_noun(head) or any(t.i > head.i for t in tokens) \
                or len(span_text(self.doc[tokens[0].i : head.i + 1]).split()) > ROLE_REFERENCE_MAX_WORDS \
                or self._said_anonymous(head):
            return None
        same = set(self.words["surrogate_roles"].get(word, ())) | {word}
        if any(h.name and h.name.split()[-1].lower() in same and self._role_written_lower(h)
               and not self._written_definite(h) for h in self.history):
            return None  # "an aide said ... the aide added": the unnamed one spoke again
        latest = self._latest_role_antecedent(head)
        if (latest is None or not latest.person or not latest.entity or not latest.name
                or len(latest.name.split()) < 2 or not latest.name[:1].isupper()
                or self._narrative_sentences(latest.start, head.idx) > SURROGATE_REFERENCE_SENTENCES
                or self._rival_between(latest, head.left_edge.idx, word, same)):
            return None
        mentions = [p for p in self.people if p.entity == latest.entity and p.start < head.idx]
        if not any(self._serves_as(p, word, same) for p in mentions):
            return None
        if any(p.entity != latest.entity and p.start < head.idx and is_named(p)
               and self._narrative_sentences(p.start, head.idx) <= SURROGATE_REFERENCE_SENTENCES
               and innermost_range(self.reported, p.start) is None and self._serves_as(p, word, same)
               for p in self.people):
            return None  # "Minister A met Minister B. A said ... The official added": either of them
        if code and code != latest.affiliation:
            return None  # "the Kenyan official" is not the Ugandan minister, nor one of no known country
        gender = self.words["gendered_nouns"].get(word)
        if gender and latest.gender and gender != latest.gender:
            return None  # "the spokeswoman" is not the spokesman just named
        return max(mentions or [latest], key=lambda p: len((p.name or "").split()))

    def _said_anonymous(self, head: Token) -> bool:
        """Whether a clause or an apposition of the role, or the comma-set phrase right after it, says its holder
        is unnamed (data anonymity_cues: "the aide, who asked not to be named", "the aide, granted
        anonymity to brief reporters"): such a role is not the person the story named."""
        parts = [span_text(self.doc[c.left_edge.i : c.right_edge.i + 1]) for c in head.children
                 if c.dep_ in DESCRIBING_DEPS and c.i > head.i]
        after, end = head.i + 1, sentence_of(head).end
        if after < end and self.doc[after].text == ",":
            # "The aide, granted anonymity to discuss the talks, added": the participle hangs on the verb
            close = next((t.i for t in self.doc[after + 1 : end] if t.text == ","), end)
            parts.append(span_text(self.doc[after + 1 : close]))
        written = " ".join(parts).lower()
        return any(cue in written for cue in self.words["anonymity_cues"])

    def _serves_as(self, mention: ResolvedSpeaker, word: str, same: set[str]) -> bool:
        """Whether the article gives a person's mention a role naming the post ``word`` names: one of ``same`` as
        the title's own office (before "to"/"for"), the noun before the name or a description of it; for an
        official role (data official_roles), an office of the data official_sectors."""
        office = SERVED_AFTER.split(_office_of(mention) or "", maxsplit=1)[0].lower().split()
        roles = self._described_as(mention.start) | {self._role_before(mention.start) or ""} | set(office)
        return any(self._post_fits(role, word, same) for role in roles if role)

    def _post_fits(self, role: str, word: str, same: set[str]) -> bool:
        """Whether a role noun names a post the surrogate role ``word`` may be told by: one of ``same``, or for an
        official role any office of the data official_sectors ("minister", not "senator")."""
        if word in self.words["official_roles"]:
            return (entry := title_entry(role)) is not None and entry.kind == "person" \
                and entry.sector in self.words["official_sectors"]
        return role in same

    def _rival_between(self, person: ResolvedSpeaker, before: int, word: str, same: set[str]) -> bool:
        """Whether someone else may hold the role after ``person`` and before offset ``before``, outside reported
        content: another named person as a clause subject or speaker, a speaker (person or body) of another
        affiliation ("Washington said ... The official said"), or an unnamed holder of a post the role fits ("met
        the defence minister. The official said"). One named only inside a description ("an adviser to Governor
        Hale") is no rival."""
        spoken = {h.start for h in self.history}
        if any(person.start < p.start < before and is_named(p) and p.entity != person.entity
               and innermost_range(self.reported, p.start) is None
               and (p.start in spoken or self._is_subject(p.start, across_prepositions=False))
               for p in self.people):
            return True
        if any(person.start < h.start < before and h.entity != person.entity and h.affiliation != person.affiliation
               for h in self.history):
            return True
        return self._unnamed_holder_between(person, before, word, same)

    def _unnamed_holder_between(self, person: ResolvedSpeaker, before: int, word: str, same: set[str]) -> bool:
        """Whether a common noun of a post the role fits ("the defence minister") stands between ``person``'s
        mention and offset ``before``, outside reported content, outside the person's own description ("X, an
        adviser to the mayor") and no title of a named person."""
        span = self.doc.char_span(person.start, person.end, alignment_mode="expand")
        last = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if span is None or last is None:
            return False
        own = {t.i for t in span.root.subtree}
        for token in self.doc[span.end : last.start]:
            if token.pos_ != "NOUN" or token.i in own or not self._post_fits(token.lemma_.lower(), word, same):
                continue
            if innermost_range(self.reported, token.idx) is not None \
                    or any(p.start <= token.idx < p.end for p in self.people) \
                    or any(c.pos_ == "PROPN" and c.dep_ in ("appos", "compound") for c in token.children) \
                    or token.head.pos_ == "PROPN":
                continue  # "Defense Minister Jorge Pinto", "the minister, Jorge Pinto": a named one
            return True
        return False

    def _described_role_holder(self, tokens: list[Token], head: Token, sentence: int) -> ResolvedSpeaker | None:
        """"The retired surgeon said" after "Ann Roe, a retired surgeon": the one named person the article
        described (or titled) by the role's noun before it, by the fullest name the article gives; a role
        the lexicon rules did not resolve (they come first). Two such people, an unnamed speaker of that role
        before ("a lawyer said ... the lawyer added") or a proper word in the role ("the Ohio lawyer") name no
        one."""
        # words up to the role noun: its "of" phrase must match a description word for word anyway
        words = span_text(self.doc[tokens[0].i : head.i + 1]).split() if tokens and tokens[0].i <= head.i else []
        if (not words or tokens[0].lower_ != "the" or len(words) > ROLE_REFERENCE_MAX_WORDS
                or not _singular_noun(head) or any(t.pos_ == "PROPN" for t in tokens if t.i < head.i)):
            return None
        tail = [t for t in tokens if t.i > head.i]
        if tail and (tail[0].lower_ != "of" or tail[0].head.i != head.i or tail[-1].i > head.right_edge.i):
            return None  # only an "of" phrase of the role ("the former secretary of the treasury") follows it
        word = role_word(head)
        if not self._person_role(word):
            return None
        if any(h.name and h.name.split()[-1].lower() == word and self._role_written_lower(h) for h in self.history):
            return None  # "a lawyer for the family said ... the lawyer added": the unnamed one spoke again
        if tail:
            word = f"{word} {span_text(self.doc[tail[0].i : tail[-1].i + 1]).lower()}"
        # "the top Ecuadorian diplomat" after "the top Chilean diplomat Ana Ruiz": a holder of another country is someone else
        code = phrase_code(" ".join(words))[0]
        holders = {p.entity: p for p in self._role_holders(word, sentence) if p.entity and p.start < head.idx
                   and not (code and p.affiliation and p.affiliation != code)}
        if len(holders) != 1:
            return None
        person = next(iter(holders.values()))
        return max((p for p in self.people if p.entity == person.entity and is_named(p)),
                   key=lambda p: len(p.name.split()))

    def _title_reference(self, tokens: list[Token], sentence: int) -> ResolvedSpeaker | None:
        """`the minister`, `the senator`: the latest person whose title has that word."""
        if len(tokens) > 3 or not tokens or tokens[0].lower_ not in ("the", "this"):
            return None
        word = tokens[-1].lower_
        if word in self.words["principal_bodies"]:
            return None  # "the campaign" is a body, though "campaign" opens a title ("campaign manager X")
        if word not in self.words["titles"]:
            # A role the article gave one named person before ("Oscar-winning actress Susan Sarandon ... The
            # actress said"): that person, when no other named person before holds it.
            if tokens[-1].tag_ != "NN":
                return None
            holders = self._role_holders(word, sentence)
            if len({p.entity or p.name for p in holders}) != 1:
                return None
            return holders[-1]
        # Its other words must fit the title: "the military spokesperson" is not the foreign ministry's.
        modifiers = {t.lower_ for t in tokens[1:-1] if t.is_alpha and phrase_code(t.text)[0] is None}
        for person in reversed(self.people):
            if (person.title and title_words(word) & title_words(person.title) and person.sentence <= sentence
                    and title_fits(modifiers, person.title)):
                return person
        return None

    def _demonstrative_antecedent(self, tokens: list[Token], head: Token) -> Token | None:
        """"Those leaders" after "the leaders of Puntland and Jubaland": the nearest earlier fuller noun phrase
        with the same plural head, in this sentence or the two before."""
        if len(tokens) != 2 or tokens[0].lower_ not in DEMONSTRATIVES or head.tag_ != "NNS":
            return None
        first = self._sentences_back(head, DEMONSTRATIVE_SENTENCES)
        for i in range(head.i - 1, first - 1, -1):
            token = self.doc[i]
            if token.lemma_ == head.lemma_ and any(c.dep_ in ("prep", "amod", "compound") for c in token.children):
                return token
        return None
