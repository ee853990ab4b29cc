"""Documents as speakers (the report, a suit, a poll) resolved to who wrote, filed or issued them."""

from __future__ import annotations

from spacy.tokens import Token

from accord.knowledge.actors import lexicon
from accord.stages.entities import resolve_mention
from accord.stages.gazetteer import place_readings
from accord.stages.grammar import SUBJECT_DEPS
from accord.stages.statements.animacy import animate
from accord.stages.statements.coordination import name_conjuncts
from accord.stages.statements.lexicon import load_lexicon
from accord.stages.statements.resolved_speaker import ResolvedSpeaker
from accord.stages.statements.speaker_phrase import glued_start, phrase_code, speaker_range
from accord.stages.statements.speaker_words import speaker_words


# Documents a statement may be attributed to ("the report said"); with a named author ("by the State
# Department", "Matiangi's Twitter account") the author is the speaker's identity (issue 13 item 4).
DOCUMENT_NOUNS = frozenset({"statement", "report", "survey", "poll", "study", "editorial", "account", "post",
                            "website", "page", "letter", "communique", "communiqué", "release", "assessment",
                            "analysis", "tweet", "memo", "paper"})
AUTHOR_PREPOSITIONS = frozenset({"by", "from"})
# Adjectives that tell who makes a document available ("figures released by the Census Bureau").
AVAILABLE_WORDS = frozenset({"available", "obtained", "released"})
# What a document holds, speaking for it: "the findings of a new Marist survey" are the poll's,
# so its author's.
CONTENT_OF_DOCUMENT_NOUNS = frozenset({"result", "finding", "figure", "data", "number"})
# Legal filings that speak for whoever filed them ("One suit seeks to ..."), the verbs that file them, and how
# many sentences back the filing is looked for.
FILED_NOUNS = frozenset({"suit", "lawsuit", "complaint", "petition"})
FILING_VERBS = frozenset({"file", "bring", "lodge", "launch"})
FILER_SENTENCES = 3
# Entity types of possessors that date a document rather than write it ("Tuesday's statement"; the nouns
# that do, "this year's report", are speakers.json's document_time_nouns).
TIME_ENTITY_TYPES = frozenset({"DATE", "TIME"})
# A place named before a poll is where it polled ("a Florida poll"), no writer.
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC"})
# Readings of a place name (country, then US state or region, then city: gazetteer.place_readings) at most this deep
# make a word before a glued poll name its place: a country or a state ("Ohio"), not a city that shares a word of a
# pollster's name ("York" of "New York Times").
PLACE_READING_DEPTH = 2
# A definite document ("the report", "this statement") with no writer of its own is the same-named document
# with a named writer in this sentence or the WRITER_SENTENCES before.
DEFINITE_DETERMINERS = frozenset({"the", "this", "that"})
WRITER_SENTENCES = 3
# Whether an issuing participle inside a document's prepositional phrase names its author ("a report on X
# issued by Y", the parse hanging `issued` on X); counts in the commit message.
ISSUED_BY_DEEP = True


def document_of_content(head: Token) -> Token | None:
    """The document a speaker's head names: the head itself ("the report", "the data"), or the document whose
    results or findings it is ("the findings of a new Marist survey")."""
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        return head
    if head.lemma_.lower() not in CONTENT_OF_DOCUMENT_NOUNS and head.lower_ not in CONTENT_OF_DOCUMENT_NOUNS:
        return None  # "data" lemmatised "datum"
    # "the results of the poll": the poll; "the figures released by the Census Bureau": the data are the document.
    return next((obj for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() in DOCUMENT_NOUNS), head)


def _by_agents(verb: Token) -> list[Token]:
    """The objects of a verb's by-phrase ("issued by the ministry"): who did what the verb tells."""
    return [o for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for o in c.children if o.dep_ == "pobj"]


def _issued_by_below(prep: Token) -> list[Token]:
    """The agents of an issuing participle the parse hung on the object of a document's own prepositional phrase
    ("a report on farm subsidies issued last month by the trade office": `issued` on `subsidies`): only an
    issuing verb (speakers.json issuing_verbs) tells who wrote the document, and only when that object is no
    document itself ("a report on a memo issued by the bank": the bank wrote the memo, not the report)."""
    issuing = speaker_words()["issuing_verbs"]
    return [o for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() not in DOCUMENT_NOUNS
            for verb in obj.children if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in issuing
            for o in _by_agents(verb)]


def _phrase_authors(child: Token) -> list[Token]:
    """The authors one child of a document noun names: the objects of its by- or from-phrase, or the agent of a
    participle that issued or wrote it ("issued by X"); never the agent of receiving ("a memo seen by Reuters")."""
    if child.dep_ in ("prep", "agent") and child.lower_ in AUTHOR_PREPOSITIONS:
        return [o for o in child.children if o.dep_ == "pobj"]
    if child.dep_ == "acl" and child.tag_ == "VBN" and not _received(child):
        return _by_agents(child)
    return []


def _received(verb: Token) -> bool:
    """Whether a participle on a document tells who received it ("seen by Reuters", "obtained by the Post"):
    its agent is no author (speakers.json receiving_verbs)."""
    return verb.lemma_.lower() in speaker_words()["receiving_verbs"]



def _named_start(writer: Token) -> int:
    """The first token of a glued name ("CNN/ORC") with the proper nouns written right before its first piece in
    the same phrase, on the writer or on the document noun ("Daily Globe-Ipsos": "Daily" too, not the fragment
    "Globe-Ipsos"); the writer itself when nothing is glued to it."""
    doc, first = writer.doc, glued_start(writer)
    if first == writer.i:
        return first
    # the last word of the name's first piece, glued to what follows ("Post" of "Washington Post-ABC")
    piece_end = next((t.i for t in doc[first : writer.i + 1] if not t.whitespace_), writer.i)
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].whitespace_ \
            and (doc[first - 1].i >= writer.left_edge.i or doc[first - 1].head.i == writer.head.i) \
            and not _place_before_name(doc[first - 1], doc[first - 1 : piece_end + 1].text):
        first -= 1
    return first


def _place_before_name(word: Token, run: str) -> bool:
    """Whether a word before a glued name is a place that only says where the name's poll was taken ("Ohio" of
    "a new Ohio Harlow-Benton poll"): a place entity, a country or a US state, unless the words from it to the
    glue are a name the lexicon knows ("Washington Post" of "Washington Post-ABC News")."""
    place = word.ent_type_ in PLACE_ENTITY_TYPES or any(len(reading) <= PLACE_READING_DEPTH
                                                       for reading in place_readings(word.text))
    return place and lexicon().entry(run) is None

class DocumentSpeakers:
    """Document resolution of SpeakerResolver: a document speaks for its author, writer, filer or issuer."""

    def _filer_of(self, head: Token) -> Token | None:
        """Who filed the suit ``head`` names: the subject of an earlier "file/bring <suit>" in this sentence or
        the FILER_SENTENCES before, or the noun a "bringing the lawsuits" clause describes."""
        first = self._sentences_back(head, FILER_SENTENCES)
        for i in range(head.i - 1, first - 1, -1):
            verb = self.doc[i]
            if verb.lemma_.lower() not in FILING_VERBS or not any(
                    c.dep_ == "dobj" and c.lemma_.lower() in FILED_NOUNS for c in verb.children):
                continue
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")), None)
            if subject is not None:
                return subject
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
                return verb.head
        return None

    def _recent_institution(self, offset: int) -> ResolvedSpeaker | None:
        """The institution that spoke in this sentence or the one before (the latest statement speaker, when
        it is no person); the sentences of a quotation between count as none ("Fox told a different tale.
        '... We explained that was not possible.' the statement said")."""
        # A speaker inside a quotation is no issuer of a document outside it ('"Trump offered ...," the statement said').
        latest = next((h for h in reversed(self.history) if not self._nested(h.start, offset)), None)
        if latest is None or latest.person or not latest.name or self._narrative_sentences(latest.start, offset) > 1:
            return None
        return latest

    def _document_author(self, head: Token):  # -> ResolvedMention | None
        """The author of a document a statement is attributed to: "by X" (also on "issued by X"), "from X",
        a possessor ("Matiangi's Twitter account") or a proper-noun compound ("One Ipsos survey")."""
        authors: list[Token] = []
        outlets: list[Token] = []
        # "A Daily Courier-Ipsos poll": a glued name is the writer's, in full (``_document_writer``), not the
        # entity one of its words opens
        glued = any(c.dep_ == "compound" and c.pos_ == "PROPN" and glued_start(c) < c.i for c in head.children)
        for child in head.children:
            if phrase := _phrase_authors(child):
                authors += phrase
            elif child.dep_ == "prep" and child.lower_ == "in":
                outlets += [o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            elif child.dep_ == "amod" and child.lower_ in AVAILABLE_WORDS:
                # "the newest figures available from the Labor Department": who makes it available wrote it;
                # "obtained by the newspaper": who received it did not.
                authors += [o for c in child.children if c.dep_ == "prep" and c.lower_ in AUTHOR_PREPOSITIONS
                            and not (c.lower_ == "by" and _received(child))
                            for o in c.children if o.dep_ == "pobj"]
            elif child.dep_ == "prep" and child.lower_ not in AUTHOR_PREPOSITIONS and ISSUED_BY_DEEP:
                authors += _issued_by_below(child)
            elif child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN" and not glued
                                          and child.ent_type_ not in PLACE_ENTITY_TYPES):
                authors.append(child)  # "One Ipsos survey", not "IOWA POLLS" (the place polled)
        mentions = (resolve_mention(self.state, t.idx, t.idx + len(t.text)) for t in authors)
        found = [m for m in mentions if m is not None and m.name]
        # "a story in the Boise Statesman": the outlet it appeared in published it; an organisation only
        # ("a study in Iowa" names the place studied).
        found += [m for t in outlets if (m := resolve_mention(self.state, t.idx, t.idx + len(t.text))) is not None
                  and m.name and m.kind == "organisation"]
        # "China's Foreign Ministry website": the ministry wrote it; its country is the ministry's affiliation.
        institution = next((m for m in found if m.kind == "organisation"), None)
        if found and found[0].kind == "country" and institution is not None:
            return institution
        return found[0] if found else None

    def _document_writer(self, head: Token) -> ResolvedSpeaker | None:
        """Who wrote a document when no entity holds the author: its possessor ("the ministry's statement",
        "her letter") or a proper-noun compound ("One Ipsos survey"), resolved as a speaker would be; None for
        a time ("Tuesday's statement", "this year's report") or when nothing resolves to a name."""
        writer = next((c for c in head.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")),
                      None)
        # "A Daily Courier-Ipsos poll": the glued name is the writer, whichever of its words the parser hung first
        writer = next((c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                       and glued_start(c) < c.i), writer)
        if writer is None or writer.ent_type_ in TIME_ENTITY_TYPES or writer.lower_ in speaker_words()["document_time_nouns"]:
            return None
        if writer.dep_ == "compound" and (writer.ent_type_ in PLACE_ENTITY_TYPES or phrase_code(writer.text)[2] == "country"):
            return None  # "IOWA POLLS", "a Florida poll": the place polled, not the pollster
        writer_start, writer_end = writer.left_edge.idx, writer.idx + len(writer.text)
        sentence = self._sentence_index(writer_start)
        glued = self.doc[_named_start(writer)].idx
        if glued < writer.idx:
            # "A CNN/ORC poll", "a Daily Globe-Ipsos poll": the pollsters together, named as written.
            code, sector, _ = phrase_code(self.text[glued:writer_end])
            return ResolvedSpeaker(glued, writer_end, self.text[glued:writer_end], None, code, sector, None, False,
                                   None, sentence)
        pronoun = self.words["pronouns"].get(writer.lower_) if writer.pos_ == "PRON" else None
        if pronoun in ("male", "female"):
            found = self._resolve_personal(writer_start, writer_end, pronoun, sentence)
        elif pronoun in ("plural", "neuter"):
            # Only a subject just before ("The ministry met. Its statement said"): a group pronoun reaches too far
            # back through earlier speakers ("The FBI resolved it. Their report ..." is not the last group quoted).
            subject = self._subject_before(writer)
            if subject is None:
                return None
            sub_start, sub_end = speaker_range(subject)
            found = self._resolve_noun_phrase(subject, sub_start, sub_end, self._sentence_index(sub_start))
        elif writer.pos_ in ("NOUN", "PROPN"):
            found = self._resolve_noun_phrase(writer, writer_start, writer_end, sentence)
        else:
            return None
        return found if found.name else None

    def _author_phrase(self, head: Token) -> ResolvedSpeaker | None:
        """Who wrote a document named by a by- or from-phrase no entity holds ("a report by the water
        authority", "a statement issued by the presidency"): that phrase resolved as a speaker would be,
        when it names a person or a body (the animacy lexicons), not a time or a place ("a letter from
        prison", "a report from last year")."""
        for author in self._author_tokens(head):
            if (author.pos_ not in ("NOUN", "PROPN") or author.ent_type_ in TIME_ENTITY_TYPES | PLACE_ENTITY_TYPES
                    or author.lower_ in speaker_words()["document_time_nouns"] or not animate(author, load_lexicon())):
                continue
            start, end = speaker_range(author)
            found = self._resolve_noun_phrase(author, start, end, self._sentence_index(start))
            if found.name:
                last = author.right_edge
                if last.text.count(".") == 1 and last.text.endswith(".") and (
                        last.i + 1 == len(last.doc) or (last.whitespace_ and last.doc[last.i + 1].text[:1].isupper())):
                    # the tokenizer glued the sentence's period to the last word ("by the group K4T."): not the name's
                    found.name = found.name.removesuffix(".")
                return found
        return None

    @staticmethod
    def _author_tokens(head: Token) -> list[Token]:
        """The objects of a document's by- and from-phrases, on the noun or on a participle that issued or
        wrote it ("issued by X"); never the agent of a participle of receiving ("a memo seen by Reuters")."""
        return [a for child in head.children for a in _phrase_authors(child)]

    def _earlier_writer(self, head: Token) -> ResolvedSpeaker | None:
        """"According to the website" after "China's Foreign Ministry website": a definite document with no writer
        of its own is the nearest earlier one of the same kind, in this sentence or the WRITER_SENTENCES before,
        whose writer the text names."""
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in head.children):
            return None
        first = self._sentences_back(head, WRITER_SENTENCES)
        for i in range(head.i - 1, first - 1, -1):
            earlier = self.doc[i]
            if (earlier.lemma_.lower() != head.lemma_.lower() or self._hidden(earlier.idx, head.idx)
                    or earlier.text.isupper()):
                continue  # a document in capitals is a kicker or headline ("IOWA POLLS NOT WRONG"), no writer's
            author = self._document_author(earlier)
            if author is not None:
                return ResolvedSpeaker(earlier.idx, earlier.idx + len(earlier.text), author.name, author.title,
                                       author.code, author.sector, author.entity, author.kind == "person",
                                       self._genders.get(author.entity), self._sentence_index(earlier.idx))
            writer = self._document_writer(earlier) or self._issuer_of(earlier)
            if writer is not None:
                return writer
        return None

    def _issuer_of(self, document: Token) -> ResolvedSpeaker | None:
        """Who issued a document, when it is the object of an issuing verb with a named subject ("Amnesty
        International published a report"); None for a pronoun subject or none."""
        verb = document.head
        if document.dep_ != "dobj" or verb.lemma_.lower() not in speaker_words()["issuing_verbs"]:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or (subject.pos_ != "PROPN"
                               and resolve_mention(self.state, subject.idx, subject.idx + len(subject.text)) is None):
            return None  # "An alliance of some 25 unions mailed a petition": no one named issued it
        sub_start, sub_end = speaker_range(subject)
        sentence = self._sentence_index(sub_start)
        found = self._resolve_noun_phrase(subject, sub_start, sub_end, sentence)
        conjuncts = name_conjuncts(subject)
        if conjuncts:
            found, _ = self._joined(found, conjuncts, sentence, sub_end, subject)  # "Baker and Ruiz released a joint letter"
        return found if found.name else None
