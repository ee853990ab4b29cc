"""Speakers: each speaker as written resolved, in text order, to its identity (surname to full name, title and
PLOVER affiliation from the actor lexicon); pronouns, documents and roles are resolved by the mixins of
pronoun_speakers, document_speakers and role_speakers.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from accord.stages.base import ArticleState
from accord.stages.entities import persons, resolve_mention
from accord.stages.entities.variants import name_words
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.coordination import joined_code, joined_name, name_conjuncts, named_before_others
from accord.stages.statements.document_speakers import (
    FILED_NOUNS, PLACE_ENTITY_TYPES, DocumentSpeakers, document_of_content,
)
from accord.stages.statements.pronoun_speakers import SUBJECT_PRONOUNS, PronounSpeakers
from accord.stages.statements.reported_ranges import innermost_range
from accord.stages.statements.resolved_speaker import ResolvedSpeaker
from accord.stages.statements.role_speakers import RoleSpeakers
from accord.stages.statements.speaker_phrase import (
    POSSESSIVE_START, counted_group, phrase_code, place_phrase_start, possessor_of, relative_clause_start,
    role_word, speaker_range, titled_conjunct, without_determiners,
)
from accord.stages.statements.speaker_words import person_heads, speaker_words


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


_GENDER_CODES = {"m": "male", "f": "female", "male": "male", "female": "female"}


def _kind_of(mention: Any) -> str | None:
    """The kind of a resolved mention (person, organisation, country, group), if it has one."""
    return getattr(mention, "kind", None)


def _part_of_name(text: str, name: str) -> bool:
    """Whether a speaker as written is only words of the person's own name ("Cuban" of "Mark Cuban"): then
    what the words mean in the lexicon (Cuba) is no affiliation of the person."""
    written = text.split()
    return bool(written) and set(written) <= set(name.split())


def _modifying_person(mention: Any, head: Token) -> bool:
    """Whether a person found in a speaker's phrase only modifies its common-noun head: a noun modifier ("a
    Clinton veteran", "the Obama campaign", "a Trump spokeswoman") or a phrase after it ("a person close to
    the Clintons"). A title before a name ("spokesman Rick Tyler") is no head: there the name is the head."""
    return _kind_of(mention) == "person" and head.pos_ == "NOUN" and not mention.start <= head.idx < mention.end


@dataclass
class SpeakerResolver(PronounSpeakers, DocumentSpeakers, RoleSpeakers):
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

    def __post_init__(self) -> None:
        self.words = speaker_words()
        self.doc: Doc = self.state.doc
        self.sentence_starts = [s.start_char for s in self.doc.sents]
        self._name_index: dict[str, list[ResolvedSpeaker]] = {}
        self._innermost: dict[int, tuple[int, int] | None | bool] = {}  # mention start -> innermost reported range
        self._genders: dict[str, str] = {}  # person entity id -> gender, from the entities stage's guess
        self._author_cache: ResolvedSpeaker | None | bool = False  # the opinion piece's author, once looked for
        if self._load_entity_persons():
            return
        for ent in self.doc.ents:
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
            for start in info.mention_starts:
                # A person introduced here (first mention, full name) becomes the topic, whatever the parse.
                # ... unless only named as a modifier ("agreed with President Joe Biden's remark", "Trump administration"): no topic.
                # A role the finder kept as an unnamed person ("Ban's term as U.N. chief expires") is no
                # introduction, and no subject through a preposition.
                named = info.name.split()[-1][:1].isupper()
                salient = self._is_subject(start, across_prepositions=named) or self._opens_sentence(start) or (
                    named and start == first and INTRODUCTION_IS_SALIENT and len(info.name.split()) > 1
                    and not self._is_modifier(start))
                person = ResolvedSpeaker(
                    start, start, info.name, entity.title if entity else None, entity.code if entity else None,
                    entity.sector if entity else None, info.entity, True, _GENDER_CODES.get(info.gender or ""),
                    self._sentence_index(start), salient,
                )
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
        "Secretary of State X"; a role's "as U.N. chief" is no part of the noun it follows)."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        token = span[0]
        for _ in range(6):  # climb a title-and-name chain to its head
            if token.dep_ not in NAME_CHAIN_DEPS or token.head is token:
                break
            if not across_prepositions and token.dep_ in ("prep", "pobj"):
                break
            if token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.lower_ not in person_heads():
                break  # "Trump administration officials": the name modifies a common noun, not a title of it
            token = token.head
        return token

    def _is_subject(self, start: int, across_prepositions: bool = True) -> bool:
        """Whether the noun phrase starting at ``start`` is a clause subject."""
        token = self._phrase_head(start, across_prepositions)
        return token is not None and token.dep_ in SUBJECT_DEPS

    def _opens_sentence(self, start: int) -> bool:
        """Whether the name starting at ``start`` is the first word of its sentence and no modifier of another."""
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        token = span[0]
        first = next((t for t in token.sent if not t.is_punct), None)
        if first is None or first.i != token.i:
            return False
        return not self._is_modifier(start)

    def _noun_modifier(self, start: int) -> bool:
        """Whether the name starting at ``start`` modifies a common noun ("the Obama administration"), not as
        its possessor ("Ms. Merkel's popularity" still names her)."""
        token = self._phrase_head(start)
        return token is not None and token.dep_ == "compound" and token.head.pos_ == "NOUN"

    def _is_modifier(self, start: int) -> bool:
        """Whether the name starting at ``start`` only modifies another word: a possessor ("President Joe Biden's
        recent remark") or a noun modifier ("Trump administration officials")."""
        token = self._phrase_head(start)
        return token is not None and token.dep_ in NAME_MODIFIER_DEPS

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
                tok.i != tok.sent.start or tok.lower_ in self._name_index))
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
            # "Fox News Vice President and Washington Managing Editor Bill Sammon": one person with two titles.
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
            if conjuncts:
                resolved, end = self._joined(resolved, conjuncts, sentence, end)
            else:
                resolved = self._named_before_others(resolved, start, end, sentence)
            resolved.start, resolved.end = start, end  # as written, possessor included ("China's leadership")
        resolved.subject = head.dep_ in SUBJECT_DEPS
        self.history.append(resolved)
        return resolved

    def _joined(self, first: ResolvedSpeaker, conjuncts: list[Token], sentence: int,
                end: int) -> tuple[ResolvedSpeaker, int]:
        """"Bugti and Chaudhry said": the pair speaks, named by each one's fullest name, with the code they share
        (none when they differ); returned with the speaker's end moved past the last name. Unchanged when a
        conjunct resolves to no name."""
        parts = [first]
        for conjunct in conjuncts:
            conj_start, conj_end = speaker_range(conjunct)
            found = self._resolve_noun_phrase(conjunct, conj_start, conj_end, sentence)
            if not found.name or not first.name:
                return first, end
            parts.append(found)
            end = max(end, conj_end)
        name = joined_name([p.name or "" for p in parts])
        return ResolvedSpeaker(first.start, end, name, None, joined_code([p.affiliation for p in parts]),
                               joined_code([p.sector for p in parts]), None, all(p.person for p in parts), None,
                               sentence), end

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


    def _resolve_noun_phrase(self, head: Token, start: int, end: int, sentence: int) -> ResolvedSpeaker:
        doc = self.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        tokens = list(span) if span is not None else [head]
        counted = counted_group(head)
        if counted is not None and any(t.i == counted.i for t in tokens):
            # "Many of the original inhabitants of the islands": the group is the inhabitants, not "Many".
            head, start = counted, counted.left_edge.idx
            tokens = [t for t in tokens if t.idx >= start]
        clause_end = relative_clause_start(tokens, head)
        if clause_end is not None and clause_end > start:
            # "... of the islands who were expelled to make way for the base on Diego Garcia": the speaker and
            # its mentions end where a relative clause inside it begins.
            tokens = [t for t in tokens if t.idx < clause_end]
            while len(tokens) > 1 and tokens[-1].is_punct:
                tokens.pop()
            end = tokens[-1].idx + len(tokens[-1].text)
        text = self.text[start:end]
        code, sector, kind = phrase_code(text)
        entity = None
        antecedent = self._demonstrative_antecedent(tokens, head)
        if antecedent is not None:
            # Named as that fuller description, coded by it or by the institution or place it names.
            ante_start, ante_end = speaker_range(antecedent)
            ante_span = doc.char_span(ante_start, ante_end, alignment_mode="expand")
            ante_text = self.text[ante_start:ante_end]
            name = without_determiners(list(ante_span) if ante_span is not None else [antecedent], ante_text, ante_start)
            inner = resolve_mention(self.state, antecedent.idx + len(antecedent.text), ante_end)
            ante_code = phrase_code(ante_text)[0] or (inner.code if inner is not None else None)
            return ResolvedSpeaker(start, end, name, None, ante_code or code, sector, None, False, None, sentence)
        # The head's own mention first: in "Uganda's Bobi Wine" the speaker is the person, not the possessor;
        # a role named by an apposition is that person ("One of the report's authors, Vasily Gatov, told").
        mention = resolve_mention(self.state, head.idx, head.idx + len(head.text)) if start <= head.idx < end else None
        document = document_of_content(head)
        if document is not None and (author := self._document_author(document)) is not None:
            # "A 2020 report by the U.S. State Department said": the document speaks for its author, whose
            # code is the author's own ("Matiangi's Twitter account" is not the platform's country).
            mention, code, sector = author, None, None
        elif document is not None and (writer := self._document_writer(document) or self._earlier_writer(document)):
            # "The ministry's statement", "her letter", "One Ipsos survey": a possessor or name no entity holds
            # still names who wrote the document, and speaks for it.
            return ResolvedSpeaker(start, end, writer.name, writer.title, writer.affiliation, writer.sector,
                                   writer.entity, writer.person, writer.gender, sentence)
        elif head.lemma_.lower() in FILED_NOUNS and (filer := self._filer_of(head)) is not None:
            # "Rights groups have filed lawsuits ... One suit seeks to ...": the suit speaks for who filed it.
            fil_start, fil_end = speaker_range(filer)
            found = self._resolve_noun_phrase(filer, fil_start, fil_end, self._sentence_index(fil_start))
            return ResolvedSpeaker(start, end, found.name, found.title, found.affiliation, found.sector,
                                   found.entity, found.person, None, sentence)
        elif head.lemma_.lower() in speaker_words()["issued_nouns"] and (issuer := self._recent_institution(head.idx)) is not None:
            # "..., according to the White House. A statement said ...": the institution just quoted issued it.
            return ResolvedSpeaker(start, end, issuer.name, issuer.title, issuer.affiliation, issuer.sector,
                                   issuer.entity, False, None, sentence)
        if (head.pos_ != "PROPN" and head.tag_ != "NNS") or head.ent_type_ in PLACE_ENTITY_TYPES:
            # A named person in apposition outranks the role noun's own mention, even a person one: the
            # finder keeps "the country's chief negotiator" as an unnamed person beside "Rustem Umerov". A
            # place with a person in apposition is a dateline the parser made the subject ("New York (AFP) –
            # Oscar-winning actress Susan Sarandon ... is not sure").
            apposed = self._appositive_person(head)
            if apposed is not None and head.ent_type_ in PLACE_ENTITY_TYPES:
                code, sector = None, None  # the dateline's place and credit are not the person's
            mention = apposed or mention
        if mention is None:
            mention = resolve_mention(self.state, start, end)
            if mention is not None and mention.end <= head.idx and possessor_of(head, mention.end):
                # "China's leadership", "Ireland's WB Yeats": the possessor is the affiliation, not the speaker.
                possessed = POSSESSIVE_START.sub("", self.text[mention.end : end]).strip()
                if _kind_of(mention) == "person" and head.lemma_.lower() in self.words["principal_bodies"] \
                        and possessed.split()[-1:] == [head.text]:
                    # "Mr. Sanders's campaign", "Cruz's campaign": the body is named after its person, in full.
                    marked = POSSESSIVE_START.match(self.text[mention.end : end].lstrip())
                    mark = marked.group(0) if marked else "'s"
                    return ResolvedSpeaker(start, end, f"{mention.name}{mark} {possessed}", None, code or mention.code,
                                           sector, None, False, None, sentence)
                own_code, own_sector, kind = phrase_code(possessed)
                code, sector = own_code or mention.code, own_sector
                text, start = possessed, end - len(possessed)
                span = doc.char_span(start, end, alignment_mode="expand")
                tokens = list(span) if span is not None else [head]
                mention = None
            elif mention is not None and head.tag_ == "NNS" and mention.start > head.idx:
                # "members of the U.S. Senate", "leaders of Puntland": the group is named by its description;
                # the institution after "of" gives only its affiliation.
                code = code or mention.code
                mention = None
            elif mention is not None and mention.kind == "person" and mention.start > head.idx and head.pos_ == "NOUN" \
                    and phrase_code(head.text)[2] in ("organisation", "group"):
                # "The opposition party of jailed former Prime Minister Imran Khan": the party speaks, named
                # without its leader, whose country it shares.
                code = code or mention.code
                cut = next((c for c in head.children if c.dep_ == "prep" and c.idx < mention.start), None)
                if cut is not None:
                    tokens = [t for t in tokens if t.i < cut.i]
                    text = self.text[start : cut.idx].rstrip()
                mention = None
            elif mention is not None and _modifying_person(mention, head):
                # "a 2008 Clinton veteran", "a person close to the Clintons", "The Obama campaign": the person
                # only describes the speaker, who is named by the description, in the person's country.
                code = code or mention.code
                mention = None
        if mention is not None:
            entity = getattr(mention, "entity", None) or getattr(mention, "id", None)
            name = getattr(mention, "name", None)
            if name:
                own_code = None if _part_of_name(text, name) and _kind_of(mention) == "person" else code
                m_code = getattr(mention, "code", None) or own_code
                m_sector = getattr(mention, "sector", None) or sector
                m_kind = getattr(mention, "kind", None) or kind
                if m_kind == "person" and name.split()[-1].lower() in (head.lower_, role_word(head)):
                    # An unnamed role the finder kept ("the Vermont senator"): the person who just spoke, if it fits.
                    latest = self._latest_speaker_by_role(tokens, head, sentence, m_code)
                    if latest is not None:
                        return ResolvedSpeaker(start, end, latest.name, latest.title, latest.affiliation, latest.sector,
                                               latest.entity, True, latest.gender, sentence)
                if m_kind == "person" and len(name.split()) == 1 and name[:1].isupper():
                    # "Nefzi said" after "Adel Nefzi said", a name the tagger did not mark (no entity holds it).
                    name = self._fuller_spoken(name, start) or name
                # The person's gender goes with the statement: a later "she" does not follow "Eric Trump said".
                return ResolvedSpeaker(start, end, name, getattr(mention, "title", None), m_code, m_sector,
                                       entity, m_kind in (None, "person"), self._genders.get(entity or ""), sentence)
        if len(tokens) == 1 and head.pos_ != "PROPN" and (known := self._known_surname(head)) is not None:
            # "From said" after "Al From": a surname the tagger reads as a word is still the person's.
            return ResolvedSpeaker(start, end, known.name, known.title, known.affiliation, known.sector,
                                   known.entity, True, known.gender, sentence)
        determined = any(c.dep_ == "det" for c in head.children)  # `the Kremlin`, `a source`
        name_tokens = [] if determined or head.pos_ == "PRON" else self._name_tokens(tokens)
        if name_tokens and name_tokens[-1].i == head.i and kind not in ("country", "organisation", "organization", "group"):
            title_tokens = [t for t in tokens if t.i < name_tokens[0].i and t.pos_ not in ("DET",) and t.tag_ != "POS"]
            title_code = (None, None)
            while title_tokens and (phrase_code(title_tokens[0].text)[2] == "country" or title_tokens[0].ent_type_ in ("NORP", "GPE")):
                title_code = title_code if title_code[0] else phrase_code(title_tokens[0].text)[:2]
                title_tokens = title_tokens[1:]
            title = " ".join(t.text for t in title_tokens) or self._appositive_title(head)
            if not code:
                code, sector = title_code if title_code[0] else phrase_code(text.replace(" ".join(t.text for t in name_tokens), "").strip())[:2]
            if not code and title:
                code, sector, _ = phrase_code(title)
            person = self._remember(name_tokens, start, title or None, (code, sector))
            return ResolvedSpeaker(start, end, person.name, person.title, person.affiliation, person.sector,
                                   entity or person.entity, True, person.gender, sentence)
        # Organisations, collectives and title-only references (`the Kremlin`, `experts`, `the minister`).
        place = place_phrase_start(tokens, head)
        if place is not None and place > start:
            named = [t for t in tokens if t.idx < place]
            bare = without_determiners(named, self.text[start:place].rstrip(), start)
        else:
            bare = without_determiners(tokens, text, start)
        earlier = self._earlier_described(tokens, head, sentence)
        if earlier is not None:
            return ResolvedSpeaker(start, end, earlier.name, earlier.title, earlier.affiliation or code,
                                   earlier.sector or sector, earlier.entity, earlier.person, earlier.gender, sentence)
        titled = self._title_reference(tokens, sentence) or self._latest_speaker_by_role(tokens, head, sentence, code)
        if titled is not None:
            return ResolvedSpeaker(start, end, titled.name, titled.title, titled.affiliation, titled.sector,
                                   entity or titled.entity, True, titled.gender, sentence)
        is_person = kind == "person"
        return ResolvedSpeaker(start, end, bare, None, code, sector, entity, is_person, None, sentence)

    def _sentences_back(self, token: Token, count: int) -> int:
        """The first token index of the sentence ``count`` sentences before ``token``'s (or of the text)."""
        first = token.sent.start
        for _ in range(count):
            if first > 0:
                first = self.doc[first - 1].sent.start
        return first
