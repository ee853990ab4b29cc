"""Noun-phrase speakers (a name, a title, an institution, a described group) resolved to who they name."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from accord.knowledge.actors import initialism_title, lexicon, title_entry
from accord.stages.entities import resolve_mention
from accord.stages.entities.named_actors import party_label
from accord.stages.statements.coordination import joint_speaker
from accord.stages.statements.document_speakers import FILED_NOUNS, PLACE_ENTITY_TYPES, document_of_content
from accord.stages.statements.resolved_speaker import ResolvedSpeaker, is_named
from accord.stages.statements.speaker_phrase import (
    POSSESSIVE_START, counted_group, phrase_code, place_phrase_start, possessor_of, relative_clause_start,
    role_word, speaker_range, without_determiners,
)
from accord.stages.statements.speaker_words import speaker_words


def _kind_of(mention: Any) -> str | None:
    """The kind of a resolved mention (person, organisation, country, group), if it has one."""
    return getattr(mention, "kind", None)


def _part_of_name(text: str, name: str) -> bool:
    """Whether a speaker as written is only words of the person's own name ("Cuban" of "Mark Cuban"): then
    what the words mean in the lexicon (Cuba) is no affiliation of the person."""
    written = text.split()
    return bool(written) and set(written) <= set(name.split())


# Prepositions by which a surrogate or a principal body names the person it serves ("advisers to X", "a spokesman
# for X", "the government of X", "the cabinet under X").
SERVING_PREPOSITIONS = frozenset({"to", "for", "of", "under"})
# Dependencies of a phrase after a head noun that describe it without naming it ("familiar with", "close to").
TRAILING_MODIFIER_DEPS = frozenset({"amod", "prep", "acl", "relcl"})


def _modifying_person(mention: Any, head: Token) -> bool:
    """Whether a person found in a speaker's phrase only modifies its common-noun head: a noun modifier ("a
    Clinton veteran", "the Obama campaign", "a Trump spokeswoman") or a phrase after it ("a person close to
    the Clintons"). A title before a name ("spokesman Rick Tyler") is no head: there the name is the head. A party
    member or national as head ("one Democrat familiar with the Barker campaign") counts when the person stands in
    a modifier after it, not in an apposition ("a Democrat, Tom Barker")."""
    if _kind_of(mention) != "person" or mention.start <= head.idx < mention.end:
        return False
    return head.pos_ == "NOUN" or (head.ent_type_ == "NORP" and _in_modifier_after(mention, head))


def _in_modifier_after(mention: Any, head: Token) -> bool:
    """Whether a mention lies inside a modifier that follows the head ("familiar with ...", "close to ...")."""
    return any(child.i > head.i and child.dep_ in TRAILING_MODIFIER_DEPS
               and child.left_edge.idx <= mention.start and mention.end <= child.right_edge.idx + len(child.right_edge.text)
               for child in head.children)


def _capitalised_title(head: Token) -> bool:
    """Whether a proper-noun head is a person's title and no name ("The Morton Group's CEO", "the Chairman"):
    the tagger calls a capitalised title a proper noun, yet a name in apposition names its holder."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return False
    entry = title_entry(role_word(head))
    return entry is not None and entry.kind == "person"


class NounPhraseSpeakers:
    """Noun-phrase resolution of SpeakerResolver: the person, body or group a speaker phrase names."""

    def _office_holder_after_field(self, head: Token, field: Any, end: int) -> Any:
        """The person named after a person title's "of" field within the speaker ("President of Kenya Jane Doe",
        "Minister of Defence of Chad Ali Musa"): the title's holder, not the country or body the tagger's first
        mention there names. None unless the head is a person title, the field a non-person mention after it, and
        a person's mention follows the field inside the speaker."""
        if field is None or _kind_of(field) == "person" or field.start <= head.idx:
            return None
        entry = title_entry(role_word(head))
        if entry is None or entry.kind != "person" or head.ent_type_ == "PERSON":
            return None
        if not any(child.dep_ == "prep" and child.lower_ == "of" for child in head.children):
            return None
        holder = resolve_mention(self.state, field.end, end)
        return holder if holder is not None and _kind_of(holder) == "person" and holder.start >= field.end else None

    def _pronoun_owned_body(self, head: Token, tokens: list[Token], start: int, end: int,
                            sentence: int) -> ResolvedSpeaker | None:
        """"His campaign", "her government": the body named after the person the possessive pronoun stands for,
        written as "Cruz's campaign" is ("Ted Cruz's campaign"), in that person's country; None when the
        pronoun finds no named person or the phrase says more than the body ("his campaign manager")."""
        owner = tokens[0] if tokens else None
        gender = self.words["pronouns"].get(owner.lower_) if owner is not None else None
        if (owner is None or gender not in ("male", "female") or owner.dep_ != "poss" or owner.head.i != head.i
                or head.lemma_.lower() not in self.words["principal_bodies"] or tokens[-1].i != head.i):
            return None
        person = self._resolve_personal(owner.idx, owner.idx + len(owner.text), gender, sentence)
        if not person.person or not is_named(person) or len(person.name.split()) < 2:
            return None
        code, sector, _ = phrase_code(self.text[owner.idx + len(owner.text) : end])
        return ResolvedSpeaker(start, end, f"{person.name}'s {self.text[owner.idx + len(owner.text) : end].strip()}",
                               None, code or person.affiliation, sector, None, False, None, sentence)

    def _pronoun_principal_code(self, head: Token, tokens: list[Token], sentence: int) -> str | None:
        """The country of the named person a his/her stands for in a speaker serving that person: "her aides",
        "his spokesman", "sources close to her campaign" speak for the person, not for the story's country
        (issue 13 item 2: a US candidate's aides were coded with the foreign country of the story)."""
        surrogates = self.words["surrogate_nouns"]
        if head.lemma_.lower() not in surrogates:
            return None
        for owner in tokens:
            gender = self.words["pronouns"].get(owner.lower_)
            if gender not in ("male", "female") or owner.dep_ != "poss":
                continue
            owned = owner.head
            # "her aides"; "sources close to her campaign", "a spokesman for his campaign": the body is the person's
            direct = owned.i == head.i
            served = owned.lemma_.lower() in self.words["principal_bodies"] and owned.head.dep_ == "prep" \
                and (owned.head.head.i == head.i or owned.head.head.head.i == head.i)
            if not (direct or served):
                continue
            person = self._resolve_personal(owner.idx, owner.idx + len(owner.text), gender, sentence)
            if person.person and is_named(person) and person.affiliation:
                return person.affiliation
        return None

    def _served_person_code(self, head: Token) -> str | None:
        """The code of the named person a surrogate or principal body serves through a phrase after its head
        ("advisers to Prime Minister X", "a spokesman for Mr. X", "the government of President X", "sources
        close to X"): they speak for that person, not for the story's country (issue 13 item 2)."""
        lemma = head.lemma_.lower()
        if lemma not in self.words["surrogate_nouns"] and lemma not in self.words["principal_bodies"]:
            return None
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in SERVING_PREPOSITIONS]
        preps += [p for c in head.children if c.dep_ == "amod" and c.lower_ == "close"
                  for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
        for prep in preps:
            for obj in prep.children:
                if obj.dep_ != "pobj" or obj.ent_type_ != "PERSON":
                    continue
                person = resolve_mention(self.state, obj.idx, obj.idx + len(obj.text))
                if person is not None and person.kind == "person" and person.code:
                    return person.code
        return None

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
        if code is None:
            code = self._pronoun_principal_code(head, tokens, sentence) or self._served_person_code(head)
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
        aged = self._age_epithet(tokens, head)
        if aged is not None:  # "The 57-year-old teacher says": the person just named
            return ResolvedSpeaker(start, end, aged.name, aged.title, aged.affiliation or code, aged.sector,
                                   aged.entity, True, aged.gender, sentence)
        # The head's own mention first: in "Uganda's Bobi Wine" the speaker is the person, not the possessor;
        # a role named by an apposition is that person ("One of the report's authors, Vasily Gatov, told").
        mention = resolve_mention(self.state, head.idx, head.idx + len(head.text)) if start <= head.idx < end else None
        document = document_of_content(head)
        if document is not None and (author := self._document_author(document)) is not None:
            # "A 2020 report by the U.S. State Department said": the document speaks for its author, whose
            # code is the author's own ("Matiangi's Twitter account" is not the platform's country).
            mention, code, sector = author, None, None
        elif document is not None and (writer := self._document_writer(document) or self._author_phrase(document)
                                          or self._earlier_writer(document)):
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
        if head.pos_ != "PROPN" and len(group := self._apposed_people(head)) > 1:
            # "Top aides Anna Li and Mark Dunn said": the people the role names speak together, in the role's
            # country when they have no code of their own ("U.S. negotiators A and B").
            joint = joint_speaker(group, start, end, sentence)
            joint.affiliation = joint.affiliation or (None if joint.mixed else code)
            return joint
        if (head.pos_ != "PROPN" and head.tag_ != "NNS") or head.ent_type_ in PLACE_ENTITY_TYPES \
                or _capitalised_title(head):
            # A named person in apposition outranks the role noun's own mention, even a person one: the
            # finder keeps "the country's chief negotiator" as an unnamed person beside "Rustem Umerov". A
            # place with a person in apposition is a dateline the parser made the subject ("New York (AFP) –
            # Oscar-winning actress Susan Sarandon ... is not sure").
            apposed = self._appositive_person(head) or self._participle_named(head)
            if apposed is not None and head.ent_type_ in PLACE_ENTITY_TYPES:
                code, sector = None, None  # the dateline's place and credit are not the person's
            mention = apposed or mention
        # A bare common noun the finder kept ("administration") is no name: the pronoun's person names the body.
        if (mention is None or (getattr(mention, "name", None) or "").lower() == head.lower_) \
                and (owned := self._pronoun_owned_body(head, tokens, start, end, sentence)) is not None:
            return owned
        if mention is not None and _kind_of(mention) in ("group", "organisation") \
                and (getattr(mention, "name", None) or "").lower() == head.lower_ \
                and (earlier := self._earlier_described(tokens, head, sentence)) is not None:
            # "The officials" after "Two Danish defence officials" spoke: the bare noun the finder kept names
            # nothing; the group is the one just described in full (VOA ANNOTATION.md: its fullest name).
            return ResolvedSpeaker(start, end, earlier.name, earlier.title, earlier.affiliation or code,
                                   earlier.sector or sector, earlier.entity, earlier.person, earlier.gender, sentence)
        if mention is None:
            mention = resolve_mention(self.state, start, end)
            holder = self._office_holder_after_field(head, mention, end)
            if holder is not None:
                # "President of Kenya Jane Doe": the country is the office's field, the person after it holds it.
                code = code or getattr(mention, "code", None)
                mention = holder
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
            elif mention is not None and head.tag_ == "NNS" and head.pos_ == "NOUN" \
                    and _kind_of(mention) == "organisation" and start <= mention.start and mention.end <= head.idx:
                # "House members", "Ridgeway High School fans": people of a body named before their noun are a
                # group named by that description ("EU officials", VOA ANNOTATION.md), in the body's country.
                code = code or mention.code
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
                # "a 2008 Clinton veteran", "a friend of the Kendalls", "The Obama campaign": the person
                # only describes the speaker, who is named by the description, in the person's country.
                code = code or mention.code
                mention = None
        if (mention is not None and _kind_of(mention) != "person"
                and head.lower_ in self.words["party_members"]["words"]
                and (described := self._latest_speaker_by_role(tokens, head, sentence, code))):
            # "the Oregon Republican", kept as a group of the party: the party member who just spoke.
            return ResolvedSpeaker(start, end, described.name, described.title, described.affiliation,
                                   described.sector, described.entity, True, described.gender, sentence)
        if mention is not None:
            entity = getattr(mention, "entity", None) or getattr(mention, "id", None)
            name = getattr(mention, "name", None)
            if name:
                own_code = None if _part_of_name(text, name) and _kind_of(mention) == "person" else code
                if getattr(mention, "code", None) is None and _uncoded_label(name):
                    own_code = None  # "Conservatives" the entities stage left uncoded: not the UK party in a US story
                m_code = getattr(mention, "code", None) or own_code
                m_kind = getattr(mention, "kind", None) or kind
                # "DP World": a body's name the entities stage coded without the initialism opening it, which the
                # phrase's own coding would read as a deputy president's title.
                opened = m_kind == "organisation" and initialism_title(name.split()[0])
                m_sector = getattr(mention, "sector", None) or (None if opened else sector)
                if m_kind == "person" and name.split()[-1].lower() in (head.lower_, role_word(head)):
                    # An unnamed role the finder kept ("the Vermont senator"): the person who just spoke, if it fits.
                    latest = (self._role_named_next(tokens, head, sentence, m_code)
                              or self._latest_speaker_by_role(tokens, head, sentence, m_code)
                              or self._country_role_holder(tokens, head, m_code)
                              or self._possessed_role_named(tokens, head)
                              or self._kin_named(head, sentence)
                              or self._surrogate_named(tokens, head, m_code)
                              or self._described_role_holder(tokens, head, sentence)
                              or self._protagonist_epithet(tokens, head))
                    if latest is not None:
                        return ResolvedSpeaker(start, end, latest.name, latest.title, latest.affiliation, latest.sector,
                                               latest.entity, True, latest.gender, sentence)
                if m_kind == "person" and len(name.split()) == 1 and (kin := self._kin_named(head, sentence)):
                    # "Wendell's son, Mark": the given name in apposition, with the family's surname.
                    return ResolvedSpeaker(start, end, kin.name, kin.title, kin.affiliation or m_code, kin.sector,
                                           kin.entity or entity, True, kin.gender, sentence)
                if m_kind == "person" and len(name.split()) == 1 and name[:1].isupper():
                    # "Nefzi said" after "Adel Nefzi said", a name the tagger did not mark (no entity holds it).
                    name = self._fuller_spoken(name, start, self._genders.get(entity or "")) or name
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
        earlier = (self._earlier_described(tokens, head, sentence) or self._latest_named_body(tokens, head, sentence)
                   or self._only_persons_body(tokens, head, sentence))
        if earlier is not None:
            return ResolvedSpeaker(start, end, earlier.name, earlier.title, earlier.affiliation or code,
                                   earlier.sector or sector, earlier.entity, earlier.person, earlier.gender, sentence)
        titled = (self._title_reference(tokens, sentence) or self._role_named_next(tokens, head, sentence, code)
                  or self._latest_speaker_by_role(tokens, head, sentence, code)
                  or self._country_role_holder(tokens, head, code) or self._possessed_role_named(tokens, head)
                  or self._kin_named(head, sentence) or self._surrogate_named(tokens, head, code)
                  or self._described_role_holder(tokens, head, sentence)
                  or self._protagonist_epithet(tokens, head))
        if titled is not None:
            return ResolvedSpeaker(start, end, titled.name, titled.title, titled.affiliation, titled.sector,
                                   entity or titled.entity, True, titled.gender, sentence)
        is_person = kind == "person"
        return ResolvedSpeaker(start, end, bare, None, code, sector, entity, is_person, None, sentence)


def _uncoded_label(name: str) -> bool:
    """Whether a name is a party label (``named_actors.party_label``: "Conservatives"), which the entities stage
    codes only in a story set in the party's country."""
    entry = lexicon().entry(name)
    return entry is not None and party_label(entry)
