"""Speakers: each speaker as written resolved, in text order, to its identity (surname to full name, title and
PLOVER affiliation from the actor lexicon); noun phrases, pronouns, documents and roles are resolved by the
mixins of noun_phrase_speakers, pronoun_speakers, document_speakers and role_speakers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from accord.stages.base import ArticleState
from accord.stages.entities import persons, resolve_mention
from accord.stages.entities.variants import name_words
from accord.stages.grammar import SUBJECT_DEPS, document_entities
from accord.stages.statements.animacy import animate
from accord.stages.statements.coordination import (
    joint_speaker, misparsed_first_conjunct, name_conjuncts, named_before_others)
from accord.stages.statements.document_speakers import DocumentSpeakers
from accord.stages.statements.epithet_speakers import EpithetSpeakers
from accord.stages.statements.interview_speakers import InterviewSpeakers
from accord.stages.statements.kin_speakers import KinSpeakers
from accord.stages.statements.lexicon import load_lexicon
from accord.stages.statements.noun_phrase_speakers import NounPhraseSpeakers
from accord.stages.statements.pronoun_speakers import SUBJECT_PRONOUNS, PronounSpeakers
from accord.stages.statements.reported_ranges import innermost_range
from accord.stages.statements.resolved_speaker import ResolvedSpeaker
from accord.stages.statements.role_speakers import RoleSpeakers
from accord.stages.statements.speaker_phrase import NEGATIVE_DETERMINERS, speaker_range, titled_conjunct
from accord.stages.statements.speaker_words import person_heads, speaker_words
from accord.stages.token_filters import document_sentences, sentence_of


# Relations inside a name-with-title chain (`Ukrainian Defense Minister Rustem Umerov`).
NAME_CHAIN_DEPS = frozenset({"compound", "amod", "det", "nmod", "punct", "prep", "pobj"})
PERSON_LABELS = frozenset({"PERSON"})
# A person's first, full-name mention counts as a sentence subject for pronoun resolution: news introduces
# the next speaker by name ("Like Lutnick, Kevin Hassett, director of ..., emphasized ... He said").
INTRODUCTION_IS_SALIENT = True
# A person named first in a sentence is its topic for pronoun resolution, whatever the parse ("Trump, in an
# interview with Fox News' show, said ..." parsed with "show" as the subject) -- unless the name only modifies
# another word ("Trump administration officials", "Biden's remark").
NAME_MODIFIER_DEPS = frozenset({"compound", "poss", "nmod", "amod"})
# Clauses and phrases describing another noun: a person named inside one ("Kevin Marsh, who worked for Barack
# Obama, said"; "the ideas Sanders championed") is not what the sentence is about, however introduced.
DESCRIBING_DEPS = frozenset({"relcl", "acl", "appos"})


# Tokens looked at before a name for its list number ("5", ".", " " of "5. Jeb Bush").
LIST_NUMBER_WINDOW = 3

# Conjunctions a sentence may open with before its first name ("And Lena Hart, the mayor, ...", "But Ortiz,
# ..."): the name still opens the sentence as its topic.
OPENING_CONJUNCTIONS = frozenset({"and", "but", "yet"})
_GENDER_CODES = {"m": "male", "f": "female", "male": "male", "female": "female"}


def list_heading(token: Token) -> bool:
    """Whether ``token`` heads a name that is a numbered list entry's whole heading ("3. Ted Cruz."): a verbless
    sentence of the name alone after a number that stands alone ("... months back. 5. Jeb Bush.", whichever
    sentence the parser gives the number). The number keeps bylines and captions ("Jane Roe/Reuters") out."""
    sent, doc = sentence_of(token), token.doc
    if token.dep_ != "ROOT" or token.pos_ != "PROPN" or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    first = token.i
    while first > sent.start and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if any(not (t.is_punct or t.is_space) for t in doc[token.i + 1 : sent.end]):
        return False
    before = [t for t in doc[max(0, first - LIST_NUMBER_WINDOW) : first] if not (t.is_punct or t.is_space)]
    if not before or not before[-1].like_num:
        return False
    number = before[-1].i
    return number == 0 or doc[number - 1].is_punct or doc[number - 1].is_space


# A line that is a name of at most four capitalised words, a slash and an agency ("Jane Roe / Reuters."): a
# credit. The line must end there: "the Biden/Harris ticket" in a sentence is no credit.
CREDIT_BEFORE_AGENCY = re.compile(r"[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3}[ \t]?/[ \t]?"
                                  r"[A-Z][\w&'’-]*(?:[ \t][A-Z][\w&'’-]*){0,2}\.?[ \t]*$",
                                  re.MULTILINE)


def photo_credit(text: str, start: int) -> bool:
    """Whether a name at ``start`` is a photo credit's photographer: written right after an agency and a slash
    ("REUTERS/Nathan Howard", "AP Photo/Evan Vucci") or right before them ("Jane Roe / Reuters")."""
    return (start > 1 and text[start - 1] == "/" and text[start - 2].isalpha()) \
        or CREDIT_BEFORE_AGENCY.match(text, start) is not None


@dataclass
class SpeakerResolver(NounPhraseSpeakers, PronounSpeakers, DocumentSpeakers, RoleSpeakers, KinSpeakers,
                      InterviewSpeakers, EpithetSpeakers):
    """Resolves speaker spans in text order; remembers people so later `Sun` or `he` find them."""

    state: ArticleState
    text: str
    people: list[ResolvedSpeaker] = field(default_factory=list)  # full-name mentions, text order
    history: list[ResolvedSpeaker] = field(default_factory=list)  # statement speakers, text order
    # Reported ranges (quotation and statement contents), sorted by start: a person named inside one is
    # no antecedent of a pronoun outside it ("'Putin never said so,' he said": he is the speaker, not Putin).
    reported: list[tuple[int, int]] = field(default_factory=list)
    # Quotations and contents that follow their speaker ("He dismissed [concerns about Trump's threat]"),
    # sorted: a statement speaker inside one is nested reported speech, no antecedent outside it. A content
    # before its cue is left out: a parenthetical "a sign, she believes" may be read as the whole sentence.
    nesting: list[tuple[int, int]] = field(default_factory=list)
    # Quotations alone, sorted: a person named in a paraphrase (not quoted) is an antecedent of last resort.
    quotations: list[tuple[int, int]] = field(default_factory=list)
    # The speaker whose own direct quotation holds the speaker being resolved: no antecedent of a he/she there.
    quoting: str | None = None
    # The content range of the statement whose speaker is being resolved: a name its paraphrase makes a subject
    # after the pronoun is someone else ("he said Omar came late": not Omar), see ``_named_in_content``.
    content: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        self.words = speaker_words()
        self.doc: Doc = self.state.doc
        self.sentence_starts = [s.start_char for s in document_sentences(self.doc)]
        self._name_index: dict[str, list[ResolvedSpeaker]] = {}
        self._innermost: dict[int, tuple[int, int] | None | bool] = {}  # mention start -> innermost reported range
        self._phrase_heads: dict[tuple[int, bool], Token | None] = {}  # see ``_phrase_head``
        self._genders: dict[str, str] = {}  # person entity id -> gender, from the entities stage's guess
        self._author_cache: ResolvedSpeaker | None | bool = False  # the opinion piece's author, once looked for
        if self._load_entity_persons():
            return
        for ent in document_entities(self.doc):
            if ent.label_ in PERSON_LABELS:
                tokens = self._name_tokens(list(ent))
                if tokens:
                    self._remember(tokens, ent.start_char)

    def _load_entity_persons(self) -> bool:
        """Person mentions from the entities stage (with its gender guess), if it ran."""
        if not self.state.entities:
            return False
        infos = persons(self.state)
        by_id = {e.id: e for e in self.state.entities}
        for info in infos:
            entity = by_id.get(info.entity)
            first = min(info.mention_starts, default=-1)
            if _GENDER_CODES.get(info.gender or ""):
                self._genders[info.entity] = _GENDER_CODES[info.gender or ""]
            else:
                # "her husband, Sasha Lund": a kinship or gendered role in apposition tells the gender.
                # Only a mention that writes the person's given name: "her son, Humayun Khan" is no mention of
                # his mother Ghazala Khan, though an entity may have taken it by the shared surname.
                given = info.name.split()[0] if len(info.name.split()) > 1 else None
                kin = next((g for start in info.mention_starts if given and self.text.startswith(given, start)
                            and (g := self._apposed_gender(start))), None)
                if kin:
                    self._genders[info.entity] = kin
            for start in info.mention_starts:
                if photo_credit(self.text, start):
                    continue  # "REUTERS/Nathan Howard": the photographer, no one the story is about
                if self._denied(start):
                    continue  # "no other governor used ...": no one a pronoun may stand for
                # A person introduced here (first mention, full name) becomes the topic, whatever the parse.
                # ... unless only named as a modifier ("agreed with President Joe Biden's remark", "Trump administration"): no topic.
                # A role the finder kept as an unnamed person ("Okafor's term as bank governor ends") is no
                # introduction, and no subject through a preposition.
                named = info.name.split()[-1][:1].isupper()
                salient = (self._is_subject(start, across_prepositions=named) or self._opens_sentence(start) or (
                    named and start == first and INTRODUCTION_IS_SALIENT and len(info.name.split()) > 1
                    and not self._is_modifier(start) and not self._object_of_pronoun_clause(start))) \
                    and not self._describes_other(start) \
                    and not self._embedded_under_other_subject(start)
                salient = salient or self._owns_subject_body(start) or self._owns_subject_thing(start) \
                    or self._topic_of_subjectless(start)
                person = ResolvedSpeaker(
                    start, start, info.name, entity.title if entity else None, entity.code if entity else None,
                    entity.sector if entity else None, info.entity, True, _GENDER_CODES.get(info.gender or ""),
                    self._sentence_index(start), salient,
                )
                person.gender = person.gender or self._genders.get(info.entity)
                self.people.append(person)
                if start == first and len(info.name.split()) > 1:
                    # A later surname the entities stage missed ("Creemers" tagged as nothing) still finds them.
                    for word in {name_words(info.name)[0], name_words(info.name)[-1]}:
                        self._name_index.setdefault(word.lower(), []).append(person)
        self.people.sort(key=lambda p: p.start)
        return True

    def _hidden(self, offset: int, pronoun: int) -> bool:
        """Whether a mention at ``offset`` lies inside reported content that does not also hold the pronoun."""
        innermost = self._innermost.get(offset, False)
        if innermost is False:
            innermost = innermost_range(self.reported, offset)
            self._innermost[offset] = innermost
        return innermost is not None and not innermost[0] <= pronoun < innermost[1]

    def _nested(self, offset: int, pronoun: int) -> bool:
        """Whether a statement speaker at ``offset`` is nested in reported content that does not hold the pronoun."""
        innermost = innermost_range(self.nesting, offset)
        return innermost is not None and not innermost[0] <= pronoun < innermost[1]

    def _phrase_head(self, start: int, across_prepositions: bool = True) -> Token | None:
        """The head of the title-and-name chain starting at ``start`` (``across_prepositions``: climbing
        "Secretary of State X"; a role's "as U.N. chief" is no part of the noun it follows). Remembered per
        mention: the subject, denial and name checks ask it several times per mention (over the 40 speed texts,
        7,127 asks of 3,037 distinct mentions)."""
        key = (start, across_prepositions)
        if key not in self._phrase_heads:
            self._phrase_heads[key] = self._climbed_phrase_head(start, across_prepositions)
        return self._phrase_heads[key]

    def _climbed_phrase_head(self, start: int, across_prepositions: bool) -> Token | None:
        """``_phrase_head`` worked out: the token at ``start`` climbed up its title-and-name chain."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        token = span[0]
        for _ in range(6):  # climb a title-and-name chain to its head
            if token.dep_ not in NAME_CHAIN_DEPS or token.head.i == token.i:
                break
            if not across_prepositions and token.dep_ in ("prep", "pobj"):
                break
            if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.lower_ not in person_heads():
                break  # "Trump administration officials": the name modifies a common noun, not a title of it
            token = token.head
        return token

    def _denied(self, start: int) -> bool:
        """Whether the mention starting at ``start`` is a role denied any holder ("no other governor")."""
        token = self._phrase_head(start, across_prepositions=False)
        return token is not None and any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in token.children)

    def _is_subject(self, start: int, across_prepositions: bool = True) -> bool:
        """Whether the noun phrase starting at ``start`` is a clause subject, or the heading of a numbered list
        entry ("7. Chris Christie." opens the entry about him: the role and the pronouns after it are his)."""
        token = self._phrase_head(start, across_prepositions)
        return token is not None and (token.dep_ in SUBJECT_DEPS or list_heading(token))

    def _opens_sentence(self, start: int) -> bool:
        """Whether the name starting at ``start`` is the first word of its sentence (after an opening "And" or
        "But") and no modifier of another."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        token = span[0]
        words = (t for t in sentence_of(token) if not t.is_punct)
        first = next(words, None)
        if first is not None and first.lower_ in OPENING_CONJUNCTIONS:
            first = next(words, None)
        if first is None or first.i != token.i:
            return False
        return not self._is_modifier(start)

    def _apposed_gender(self, start: int) -> str | None:
        """The gender a gendered noun in apposition with the name starting at ``start`` says ("her husband,
        Sasha Lund"; "Rachel Lund, his sister")."""
        token = self._name_head(start)
        if token is None:
            return None
        gendered = self.words["gendered_nouns"]
        if token.dep_ == "appos" and token.head.lemma_.lower() in gendered:
            return gendered[token.head.lemma_.lower()]
        return next((gendered[c.lemma_.lower()] for c in token.children
                     if c.dep_ == "appos" and c.lemma_.lower() in gendered), None)

    def _describes_other(self, start: int) -> bool:
        """Whether the name starting at ``start`` lies in a clause or apposition describing another noun (a
        relative clause, a participle phrase, an apposition it is not itself): "Kevin Marsh, who worked for
        Barack Obama, said ... He said" is Marsh's thread, not Obama's."""
        token = self._name_head(start)
        return token is not None and any(a.dep_ in DESCRIBING_DEPS and self._names_person(a.head)
                                         for a in token.ancestors)

    def _name_head(self, start: int) -> Token | None:
        """The last word of the name starting at ``start`` (its own head, not the phrase it sits in)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        token = span[0]
        while token.dep_ in ("compound", "flat") and token.head.i > token.i and token.head.ent_type_ == token.ent_type_:
            token = token.head
        return token

    def _names_person(self, token: Token) -> bool:
        """Whether ``token`` heads a mention of a person: a name the tagger calls a person or a person's role
        ("The one thing Mr. Dale wants" describes a thing, and Dale stays its topic)."""
        if token.ent_type_ == "PERSON" or token.lower_ in person_heads() or token.lemma_.lower() in person_heads():
            return True
        found = resolve_mention(self.state, token.idx, token.idx + len(token.text))
        return found is not None and found.kind == "person"

    def _embedded_under_other_subject(self, start: int) -> bool:
        """Whether the name starting at ``start`` is the subject of a clause after the main verb of a sentence
        whose main clause is about another person, named or by a pronoun ("He would be glad to see the platform
        adopt ideas Sanders championed. Still, he said" goes on about him, not Sanders; "Dale cited the mayor's
        veto, just as Governor Ruiz did last year. 'It worked,' he said" is Dale's thread, not Ruiz's). Only a
        clause after the main verb: a fronted one may name the person the pronoun then stands for ("Before
        Ishiba was elected, he wrote")."""
        if innermost_range(self.reported, start) is not None:
            return False  # 'She added: "Mark Reyes never calls ..."': what she said, not her thread
        token = self._phrase_head(start, across_prepositions=False)
        root = sentence_of(token).root if token is not None else None
        if token is None or root is None or token.dep_ not in SUBJECT_DEPS or token.head.i == root.i or token.i < root.i:
            return False
        return any(c.dep_ in SUBJECT_DEPS and self._main_subject_is_person(c, start) for c in root.children)

    def _object_of_pronoun_clause(self, start: int) -> bool:
        """Whether the name starting at ``start`` is no subject and follows the main verb of a sentence whose
        subject is a person, "he", "she" or a name ("he came to the aid of Tom Ruiz, ... And he went on" stays
        with him; "Walsh had close ties to Governor Tom Ruiz. But he endorsed ..." is Walsh's): a first mention
        there introduces no new topic."""
        token = self._phrase_head(start, across_prepositions=False)
        if token is None or token.dep_ in SUBJECT_DEPS or innermost_range(self.reported, start) is not None:
            return False
        root = sentence_of(token).root
        return token.i > root.i and any(c.dep_ in SUBJECT_DEPS and self._main_subject_is_person(c, start)
                                        for c in root.children)

    def _main_subject_is_person(self, subject: Token, start: int) -> bool:
        """Whether a main clause's ``subject`` is a person other than the name starting at ``start``: "he",
        "she", a name the tagger or the entities stage calls a person, or a person's role."""
        if subject.lower_ in ("he", "she"):
            return True
        head = self._name_head(start)
        if head is not None and head.i == subject.i:
            return False
        return self._names_person(subject)

    def _owns_subject_body(self, start: int) -> bool:
        """Whether the name starting at ``start`` possesses a sentence subject that is a body named after its
        person ("Mr. Sanders's campaign vowed ... he gave a speech": the campaign speaks for him)."""
        token = self._phrase_head(start)
        return (token is not None and token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS
                and token.head.lemma_.lower() in self.words["principal_bodies"])

    def _owns_subject_thing(self, start: int) -> bool:
        """Whether the name starting at ``start`` possesses the subject of its sentence's main clause, a thing of
        theirs ("Ms. Lund's budget drew fire on Friday. She defended it"): the sentence is about them. Not a
        person or a group of theirs ("Lund's spokesman said ... He added" is the spokesman)."""
        token = self._phrase_head(start)
        if token is None or token.dep_ != "poss" or token.head.dep_ not in SUBJECT_DEPS:
            return False
        owned = token.head
        if owned.head.dep_ != "ROOT" or owned.pos_ != "NOUN":
            return False
        return owned.lemma_.lower() not in person_heads() and not animate(owned, load_lexicon())

    def _topic_of_subjectless(self, start: int) -> bool:
        """Whether the name starting at ``start`` is the first person named in a sentence the parser gave no
        subject at all ("Reached by phone, Hammond, the state committeeman, hesitated ...", Hammond parsed as a
        conjunct of "phone"): its topic, when it modifies no other word."""
        token = self._name_head(start)
        if token is None or token.ent_type_ != "PERSON" or token.dep_ in NAME_MODIFIER_DEPS:
            return False  # "Told of the anti-Trump mood, Early called it": Trump only describes the mood
        sentence = sentence_of(token)
        if any(t.dep_ in SUBJECT_DEPS for t in sentence) or self._describes_other(start):
            return False
        return not any(t.ent_type_ == "PERSON" for t in sentence if t.i < token.i)

    def _noun_modifier(self, start: int) -> bool:
        """Whether the name starting at ``start`` modifies a common noun ("the Obama administration"), not as
        its possessor ("Ms. Merkel's popularity" still names her)."""
        token = self._phrase_head(start)
        return token is not None and token.dep_ == "compound" and token.head.pos_ == "NOUN"

    def _is_modifier(self, start: int) -> bool:
        """Whether the name starting at ``start`` only modifies another word: a possessor ("President Joe Biden's
        recent remark") or a noun modifier ("Trump administration officials", "the anti-Trump mood", whose
        phrase the parser may hang on a clause)."""
        token = self._phrase_head(start)
        own = self._name_head(start)
        return (token is not None and token.dep_ in NAME_MODIFIER_DEPS) or (
            own is not None and own.dep_ in ("amod", "compound") and own.head.pos_ in ("NOUN", "ADJ"))

    # -- names ------------------------------------------------------------------------------
    def _sentence_index(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def _name_tokens(self, tokens: list[Token]) -> list[Token]:
        """The trailing proper-name run of a mention, without titles and possessive endings."""
        titles = person_heads()  # titles and gendered nouns: "Son" in a title-case headline is no name
        run: list[Token] = []
        for tok in reversed(tokens):
            if tok.tag_ == "POS" or tok.is_punct and tok.text != ".":
                if run:
                    break
                continue
            capitalised = tok.text[:1].isupper()
            # A capitalised word opening a sentence is a name when it is a known person's name ("Manning thinks").
            name_like = tok.pos_ == "PROPN" or (tok.pos_ in ("NOUN", "ADJ") and capitalised and (
                tok.i != sentence_of(tok).start or tok.lower_ in self._name_index))
            if name_like and tok.lower_ not in titles and capitalised:
                run.insert(0, tok)
            elif run:
                break
        return run

    def _remember(self, name_tokens: list[Token], offset: int, title: str | None = None,
                  code: tuple[str | None, str | None] = (None, None)) -> ResolvedSpeaker:
        name = " ".join(t.text for t in name_tokens)
        existing = self._lookup_name(name_tokens[-1].text, name_tokens[0].text, offset, len(name_tokens))
        if existing is not None and len(existing.name.split()) >= len(name_tokens):  # type: ignore[union-attr]
            if title and not existing.title:
                existing.title = title
            if code[0] and not existing.affiliation:
                existing.affiliation, existing.sector = code
            return existing
        person = ResolvedSpeaker(name_tokens[0].idx, name_tokens[-1].idx + len(name_tokens[-1].text), name, title,
                                 code[0], code[1], sentence=self._sentence_index(offset))
        person.gender = self._gender_near(name_tokens[0])
        self.people.append(person)
        for tok in (name_tokens[0], name_tokens[-1]):
            self._name_index.setdefault(tok.text.lower(), []).append(person)
        return person

    def _lookup_name(self, last: str, first: str, offset: int, length: int) -> ResolvedSpeaker | None:
        """A remembered person: the same full name, or for a lone name a full name containing it as
        surname (or as family name written first)."""
        if length > 1:
            for person in self._name_index.get(last.lower(), []):
                parts = (person.name or "").split()
                if parts and parts[-1] == last and (parts[0] == first or (len(parts) > length and parts[-length] == first)):
                    return person  # the same name, or its multi-word surname ("La Lime")
            return None
        for key in (last.lower(),):
            candidates = self._name_index.get(key, [])
            for person in candidates:
                if len((person.name or "").split()) > 1:
                    return person
            if candidates:
                return candidates[0]
        return None

    def _gender_near(self, first_name_token: Token) -> str | None:
        doc = self.doc
        prev = doc[first_name_token.i - 1] if first_name_token.i > 0 else None
        if prev is not None:
            gender = self.words["honorifics"].get(prev.lower_) or self.words["gendered_nouns"].get(prev.lower_)
            if gender:
                return gender
        return None

    # -- resolution -------------------------------------------------------------------------
    def resolve(self, head: Token, relative: Token | None = None, span: tuple[int, int] | None = None) -> ResolvedSpeaker:
        """Resolve the speaker whose head token is ``head`` (``relative``: the noun a `who` stands for;
        ``span``: the speaker's exact range when a label, not the parse, gives it)."""
        start, end = span or speaker_range(head)
        joined = titled_conjunct(head) if span is None else None
        if joined is not None:
            # "Channel 9 Vice President and Capitol Bureau Chief Ron Abbott": one person with two titles.
            head, end = joined, joined.idx + len(joined.text)
        sentence = self._sentence_index(start)
        lower = head.lower_
        pronoun = self.words["pronouns"].get(lower) if head.pos_ == "PRON" or head.tag_ in ("WP", "WDT") else None
        if lower == "who" and relative is None and head.head.dep_ == "relcl" \
                and head.head.head.pos_ in ("NOUN", "PROPN"):
            relative = head.head.head  # "X, who sent a letter criticizing ...": a cue the relative clause holds
        if pronoun == "relative" and relative is not None:
            if lower == "who":
                relative = self._described_person(relative) or relative
            target = self.resolve(relative)
            resolved = ResolvedSpeaker(start, end, target.name, target.title, target.affiliation, target.sector,
                                       target.entity, target.person, target.gender, sentence)
        elif pronoun in ("male", "female"):
            resolved = self._resolve_personal(start, end, pronoun, sentence)
        elif pronoun in ("plural", "neuter"):
            resolved = self._resolve_group(start, end, sentence, head if lower in SUBJECT_PRONOUNS else None)
        elif pronoun == "first" and innermost_range(self.quotations, start) is None \
                and (answering := self._interviewee(start)) is not None:
            # "A: I think ..." in a Q&A interview: the person who answers, also in what they say they
            # thought ("I wanted to speak but thought I couldn't"), though not inside a quotation.
            resolved = ResolvedSpeaker(start, end, answering.name, answering.title, answering.affiliation,
                                       answering.sector, answering.entity, True, answering.gender, sentence)
        elif pronoun == "first" and innermost_range(self.reported, start) is None and self._author() is not None:
            author = self._author()
            assert author is not None
            resolved = ResolvedSpeaker(start, end, author.name, author.title, author.affiliation, author.sector,
                                       author.entity, True, author.gender, sentence)
        elif pronoun is not None:
            resolved = ResolvedSpeaker(start, end, None, sentence=sentence)
        else:
            resolved = self._resolve_noun_phrase(head, start, end, sentence)
            conjuncts = name_conjuncts(head) if span is None and joined is None else []
            first = self._misparsed_first(head, start) if span is None and joined is None and not conjuncts else None
            if conjuncts:
                resolved, end = self._joined(resolved, conjuncts, sentence, end, head)
            elif first is not None:
                resolved, start = self._joined_before(first, head, resolved, sentence, start)
            else:
                resolved = self._named_before_others(resolved, start, end, sentence)
            resolved.start, resolved.end = start, end  # as written, possessor included ("China's leadership")
        resolved.subject = head.dep_ in SUBJECT_DEPS
        # In text order, though a speaker inside a quotation may be resolved after the quotation's own speaker.
        bisect.insort(self.history, resolved, key=lambda h: h.start)
        return resolved

    def _joined(self, first: ResolvedSpeaker, conjuncts: list[Token], sentence: int,
                end: int, head: Token) -> tuple[ResolvedSpeaker, int]:
        """"Bugti and Chaudhry said": the pair speaks, named by each one's fullest name, with the code they share
        (none when they differ); returned with the speaker's end moved past the last name. Unchanged when a
        conjunct resolves to no name."""
        # The first name on its own ("The EU" of "The EU and Norway"), not the whole pair's words.
        own = self._resolve_noun_phrase(head, first.start, head.idx + len(head.text), sentence)
        parts = [own if own.name else first]
        for conjunct in conjuncts:
            conj_start, conj_end = speaker_range(conjunct)
            found = self._resolve_noun_phrase(conjunct, conj_start, conj_end, sentence)
            if not found.name or not first.name:
                return first, end
            parts.append(found)
            end = max(end, conj_end)
        return joint_speaker(parts, first.start, end, sentence), end

    def _misparsed_first(self, head: Token, start: int) -> Token | None:
        """The first name of "X and Y said" the parser did not coordinate with the speaker ``head`` (see
        ``misparsed_first_conjunct``); ``start`` is where the speaker as written begins."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return misparsed_first_conjunct(head, span[0].i) if span is not None and len(span) else None

    def _joined_before(self, first: Token, head: Token, resolved: ResolvedSpeaker, sentence: int,
                       start: int) -> tuple[ResolvedSpeaker, int]:
        """"Pruitt and Governor Ali Hassan said" misparsed: the pair speaks, as in ``_joined``; returned with the
        speaker's start moved back to the first name. Unchanged when either resolves to no name."""
        first_start, first_end = speaker_range(first)
        found = self._resolve_noun_phrase(first, first_start, first_end, sentence)
        coordinator = next(t for t in self.doc[first.i + 1 : head.i] if t.lower_ == "and")
        # The second name on its own ("Omani leader Haitham ..."), not with the first one's words.
        resolved = self._resolve_noun_phrase(head, self.doc[coordinator.i + 1].idx, resolved.end, sentence)
        if not found.name or not resolved.name or found.name == resolved.name:
            return resolved, start
        start = min(start, first_start)
        return joint_speaker([found, resolved], start, resolved.end, sentence), start

    def _named_before_others(self, resolved: ResolvedSpeaker, start: int, end: int, sentence: int) -> ResolvedSpeaker:
        """"Trump and other U.S. officials said": the named one, whom the text names; the rest it leaves unnamed."""
        leading = named_before_others(self.text[start:end])
        if leading is None:
            return resolved
        found = resolve_mention(self.state, start, start + len(leading))
        if found is None or not found.name:
            return resolved
        return ResolvedSpeaker(start, end, found.name, found.title, found.code, found.sector, found.entity,
                               found.kind == "person", self._genders.get(found.entity), sentence)


    def _sentences_back(self, token: Token, count: int) -> int:
        """The first token index of the sentence ``count`` sentences before ``token``'s (or of the text)."""
        first = sentence_of(token).start
        for _ in range(count):
            if first > 0:
                first = sentence_of(self.doc[first - 1]).start
        return first
