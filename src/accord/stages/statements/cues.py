"""Cue candidates over the dependency parse: a cue, its speaker token and its content range.

One pass over the doc's tokens finds cue verbs by lemma (so every inflection matches), the source
prepositions (`according to X`) and content nouns (`his claim that ...`); the dependency relations
around each give the speaker (subject, `by`-agent, prepositional object) and the content (clausal
complement, infinitive, object, or the clause the cue interrupts).
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token

from accord.stages.grammar import PLACE_LABELS
from accord.stages.statements.animacy import class_admits, thing_holds_view
from accord.stages.statements.candidate import UNATTRIBUTED_FRAME, Candidate
from accord.stages.statements.clause_content import (
    RESUMED_SENTENCE_LONGER_SIDE, as_clause_range, clause_after_statement_noun, clause_children, coordinated_clause_end,
    comma_tag_range, interrupted_range, longer_side, negation_split_end, object_as_clause, question_clauses, reported_range,
    that_clause_on_object,
)
from accord.stages.statements.cue_speakers import (
    NON_SPEAKER_LABELS, age_noun, comma_tag_speaker, participle_source, quotes_as_saying, speaker_after_inverted_cue,
    shared_report_subject, speaker_after_quote, subject_misattached_before, subject_of,
)
from accord.stages.statements.expletive_subjects import expletive_speaker
from accord.stages.statements.idiom_cues import idiom_candidate, speech_idiom_candidate
from accord.stages.statements.lexicon import CueLexicon
from accord.stages.statements.misread_cues import misread_cue_candidate
from accord.stages.statements.no_comment import no_comment, refused_comment
from accord.stages.statements.noun_cues import clause_on_light_verb, noun_candidate, noun_frame_candidate
from accord.stages.statements.object_content import (
    ADJACENT_PHRASES_JOIN, adjacent_phrases_end, completes_content, coordinated_infinitive_end,
    coordinated_object_end, infinitive_end, infinitive_subject_start, object_end,
)
from accord.stages.statements.source_cues import poll_candidate, source_candidate
from accord.stages.statements.spans import subtree_range, token_range, trim_clause
from accord.stages.statements.unattributed import unattributed_candidate
from accord.stages.word_targets import attacked_in_words
from accord.stages.token_filters import indices_with, lowered_strings


# Parts of speech of cue verbs, cue adjectives (`critical of`) and content nouns (the array pre-filter).
CUE_POS = ("VERB", "AUX", "ADJ", "NOUN")
# Relations of an infinitive clause opened by a preposition the parser made its mark (`call for X to ...`).
FOR_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
# Relations the parser gives the -ing clause after `admitted` / `denied` (`admitted using X`).
GERUND_DEPS = frozenset({"xcomp", "advcl", "ccomp", "pcomp"})
# Relations by which a cue verb hangs off the clause it reports (`X, he said` / `X, he added`).
INTERRUPTING_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj"})
# Relations of a pro-form answer to its speech verb (`said so` is advmod, `said yes`/`said the same` dobj/intj).
ANSWER_DEPS = frozenset({"dobj", "advmod", "intj", "ccomp", "npadvmod"})
# Cue classes that can interrupt or close a sentence they report (`X, he said`); mined frames cannot.
INTERRUPTING_CLASSES = frozenset({"speech", "stance"})
# Object pronouns that, after a verb of telling or urging, name its audience (`he urged them`).
AUDIENCE_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
# Degree words after which an adjective's that-clause tells a result (`so angry that she left`).
RESULT_DEGREE_WORDS = frozenset({"so", "too"})
# Verb children after a content object that complete it (`X a liar`, `X as Y`, `X of Y`).
OBJECT_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "prep", "advmod", "acomp", "advcl"})
# `described the gala as the city celebrating itself`: the parser makes `as` the mark of a clause
# whose verb is a participle; that clause is the predicate of the object (a finite one, `as it was
# unveiled`, tells when). Tags of such a participle:
AS_PREDICATE_TAGS = frozenset({"VBG", "VBN"})
# Prepositions that complete a content object (`accused X of`, `blamed X for`, `compared X to`).
PREDICATE_PREPOSITIONS = frozenset({"of", "as", "for", "to", "with", "from", "about", "over", "against", "into"})
# Objects that are addressees, not content (`told reporters`).
ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj"})
# Content shorter than this many characters is a fragment (a pronoun, `so`), not a statement.
MIN_CONTENT_CHARS = 3
# Whether an infinitive content starts at the one who is to act (`urged Congress to act` -> `Congress
# to act`): PolNeAR annotators keep that object in the content.
INFINITIVE_KEEPS_ITS_SUBJECT = True
# Whether a speech participle modifying a noun (`a statement saying ...`, `50 percent saying ...`)
# takes that noun, or the statement's issuer, as its speaker.
SPEECH_PARTICIPLES_NAME_THEIR_SOURCE = True


def _addressee(verb: Token, lex: CueLexicon) -> tuple[int, int] | None:
    """The audience of `told reporters that ...` (the verb's object or dative)."""
    if verb.lemma_ not in lex.addressee_verbs:
        return None
    for child in verb.children:
        if child.dep_ in ADDRESSEE_DEPS and child.pos_ in ("PROPN", "NOUN", "PRON"):
            return subtree_range(child)
    return None


def _as_predicate(clause: Token) -> bool:
    """An `as`-clause with a participle for its verb: the predicate of a content object (see ``AS_PREDICATE_TAGS``)."""
    first = clause.left_edge
    return (first.lower_ == "as" and first.dep_ == "mark" and first.head.i == clause.i
            and clause.tag_ in AS_PREDICATE_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in clause.children))


def _verb_candidate(verb: Token, lex: CueLexicon) -> Candidate | None:
    """The statement a cue verb reports: its speaker, and its content by the first frame that fits
    (clause, infinitive, object, passive agent, answer pro-form, interrupted sentence, else bare)."""
    lemma = verb.lemma_.lower()
    doc = verb.doc
    if in_connective_idiom(verb, lex):
        return None  # `as opposed to X`: a contrast, not the subject's opposition
    if quotes_as_saying(verb):
        return None  # `IRNA quoted Araghchi as saying X`: the statement is Araghchi's, cued by `saying`
    speaker = shared_report_subject(verb, lex) or subject_of(verb, lex.stance_participles, lex.speech_verbs)
    if speaker is None and SPEECH_PARTICIPLES_NAME_THEIR_SOURCE and (
            lex.verb_class.get(lemma) == "speech" or (verb.dep_ == "acl" and verb.head.lemma_.lower() in lex.statement_nouns)):
        speaker = participle_source(verb, lex)  # any cue on a statement noun speaks for its issuer: `a statement calling X Y`
    if speaker is None and lemma in lex.speech_verbs:
        speaker = subject_misattached_before(verb)
    comma_tag = comma_tag_speaker(verb, lex) if lex.verb_class.get(lemma) == "speech" else None
    if comma_tag is not None:
        speaker = comma_tag[0]  # `X, said Ruiz, Y`: the parse may make X the cue's subject
    speaker_span: tuple[int, int] | None = None
    after_quote_end: int | None = None  # where the speaker named after a closing quotation starts
    if speaker is None and lex.verb_class.get(lemma) == "speech":
        speaker = speaker_after_inverted_cue(verb, lex)
        if speaker is not None:  # the parse may hang the cue on the name: the span is the phrase after it
            speaker_span = (doc[verb.i + 1].idx, speaker.idx + len(speaker.text))
    if lemma in lex.clause_verbs and lex.verb_class.get(lemma) in INTERRUPTING_CLASSES:
        after_quote = speaker_after_quote(verb)
        if after_quote is not None and (speaker is None or speaker.i < after_quote.i):
            speaker = after_quote
            after_quote_end = after_quote.left_edge.idx
    cue = token_range(doc, verb.i, verb.i)
    # A particle belongs to the cue (`pointed out`).
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            cue = token_range(doc, verb.i, child.i)
    addressee = _addressee(verb, lex)
    content: tuple[int, int] | None = None
    frame = code = ""
    if comma_tag is not None:
        content, frame = comma_tag_range(verb, comma_tag[1]), "interrupted"
    if content is None and lemma in lex.clause_verbs and not _result_clause_degree(verb):
        clauses = clause_children(verb, lemma in lex.speech_verbs)
        if not clauses and lemma in lex.question_verbs:
            clauses = question_clauses(verb)
        if clauses:
            child = clauses[0]
            first, last = child.left_edge.i, child.right_edge.i
            if child.i > verb.i:
                last = coordinated_clause_end(verb, negation_split_end(verb, child), speaker, lex)
            elif RESUMED_SENTENCE_LONGER_SIDE:
                first, last = longer_side(verb, first, last)
            content, frame, code = reported_range(doc, first, last, lex, verb.i), "clause", "c"
    if content is None and lemma in lex.clause_verbs:
        clause = clause_after_statement_noun(verb, lex)
        if clause is None and lemma in lex.speech_verbs:
            clause = that_clause_on_object(verb)
        if clause is not None:
            content, frame, code = reported_range(doc, clause.left_edge.i, clause.right_edge.i, lex, verb.i), "clause", "c"
    if content is not None and after_quote_end is not None and content[0] < after_quote_end < content[1]:
        content = _before_speaker(speaker, content)  # type: ignore[arg-type]  # the clause ran on past the quotation
    if content is None and lemma in lex.infinitive_verbs:
        for child in verb.children:
            if child.dep_ == "xcomp":
                first = infinitive_subject_start(verb, child) if INFINITIVE_KEEPS_ITS_SUBJECT else child.left_edge.i
                last = coordinated_infinitive_end(verb, infinitive_end(child)) if child.i > verb.i else child.right_edge.i
                content, frame, code = reported_range(doc, first, last, lex, verb.i), "infinitive", "x"
                break
    if content is None and lemma in lex.gerund_verbs:
        gerund = gerund_complement(verb)
        if gerund is not None:
            content, frame, code = reported_range(doc, gerund.left_edge.i, gerund.right_edge.i, lex, verb.i), "clause", "c"
    if content is None and lemma in lex.object_verbs:
        for child in verb.children:
            # An object that is a place makes the verb an action (`attacked Kharkiv`), not an attribution.
            if child.dep_ == "dobj" and child.pos_ in ("PROPN", "NOUN", "PRON") and child.tag_ not in ("WP", "WDT") and child.ent_type_ not in PLACE_LABELS:
                if not attacked_in_words(verb, child, speaker):
                    break  # `would not attack the convoy`: violence, not a view
                if speaker_span is not None and child.left_edge.i <= speaker.i <= child.right_edge.i:  # type: ignore[union-attr]
                    break  # `"...?" asked Mr. Smith`: the parse made the inverted speaker the object
                if child.lemma_.lower() in lex.content_nouns and clause_on_light_verb(child, lex) is not None:
                    break  # `expressed hope on Monday that ...`: the noun reports the clause, not the verb the noun
                last = object_end(child)
                # `called X a liar`, `described X as Y`, `accused X of Y`, `showed X ahead by 3`: what
                # follows the object as its predicate belongs to the content.
                for other in verb.children:
                    # `accused X, who ..., of Y`: a predicate after the object's aside still completes it
                    reach = max(last, child.right_edge.i) if other.dep_ == "prep" and other.lower_ in PREDICATE_PREPOSITIONS else last
                    if other.i <= last or other.left_edge.i > reach + 2 or other.dep_ not in OBJECT_PREDICATE_DEPS:
                        continue
                    if other.dep_ == "prep" and other.lower_ not in PREDICATE_PREPOSITIONS and not (
                            ADJACENT_PHRASES_JOIN and completes_content(other, last, lex)):
                        continue  # `on Friday`, `in Ohio`: when and where, not what
                    if other.dep_ == "advmod" and not any(True for _ in other.children):
                        continue  # a bare adverb (`again`, `also`)
                    if other.dep_ == "advcl" and not _as_predicate(other):
                        continue  # `praised the plan as it was unveiled`: when, not what
                    last = other.right_edge.i
                if child.i > verb.i:
                    last = coordinated_object_end(verb, last)
                if last == child.i and lemma in lex.addressee_verbs and child.lower_ in AUDIENCE_PRONOUNS:
                    break  # `"Wait a minute," he urged them`: the lone pronoun is the audience, not what was said
                content, frame, code = reported_range(doc, child.left_edge.i, last, lex, verb.i), "object", "o"
                break
    if content is None and lemma in lex.object_verbs and any(c.dep_ == "agent" for c in verb.children):
        # Passive: `the plan was criticized by Democrats` -> Democrats criticized the plan.
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if patient is not None and patient.tag_ not in ("WP", "WDT") and attacked_in_words(verb, patient, speaker):
            content, frame, code = trim_clause(doc, patient.left_edge.i, patient.right_edge.i), "object", "o"
    if content is None and lemma in lex.prep_frames:
        allowed = lex.prep_frames[lemma]
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in allowed:
                pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and attacked_in_words(verb, pobj, speaker):
                    last = adjacent_phrases_end(verb, pobj.right_edge.i, lex) if ADJACENT_PHRASES_JOIN else pobj.right_edge.i
                    last = coordinated_object_end(verb, last)  # `called for X, and a need to Y`
                    content, frame, code = trim_clause(doc, pobj.left_edge.i, last), "object", "p:" + child.lower_
                    break
            mark = next((g for g in child.children if g.dep_ == "mark" and g.lower_ in allowed and g.i < child.i), None)
            if child.dep_ in FOR_CLAUSE_DEPS and mark is not None and mark.i == child.left_edge.i:
                # `calling for the European Union to speed up ...`: the parser makes `for` the mark of
                # an infinitive clause; the clause after it is what was called for.
                content, frame, code = trim_clause(doc, mark.i + 1, child.right_edge.i), "object", "p:" + mark.lower_
                break
    if content is None and lemma in lex.clause_verbs and verb.pos_ != "ADJ":  # `so angry` is a degree, not `said so`
        answer = next((c for c in verb.children if (c.dep_ in ANSWER_DEPS or (c.dep_ == "nsubj" and c.i > verb.i and (speaker is None or c.i != speaker.i)))
                       and c.lemma_.lower() in lex.answer_objects), None)  # `said the same of X`: parsed as a second subject
        if answer is not None:  # `half said so`, `72 percent said yes`, `a third said the same of Cruz`
            content, frame, code = subtree_range(answer), "answer", "a"
    if content is None and lemma in lex.clause_only_verbs:
        clause = object_as_clause(verb)
        if clause is not None:
            content, frame, code = reported_range(doc, clause[0], clause[1], lex, verb.i), "clause", "c"
    if content is None and lemma in lex.clause_verbs and (lex.verb_class.get(lemma) in INTERRUPTING_CLASSES or cue[1] > verb.idx + len(verb.text)):
        # `As Smith noted, X` (a speech or stance verb, or a clause verb with its particle: `pointed out`)
        content, frame = as_clause_range(verb, tells=addressee is not None), "interrupted"
    if content is None and lex.verb_class.get(lemma) in INTERRUPTING_CLASSES and verb.dep_ in INTERRUPTING_DEPS and verb.pos_ != "ADJ":
        # (an adjective interrupts nothing: `those that make us weak, fearful and angry`)
        content, frame = interrupted_range(verb, speaker, tells=addressee is not None), "interrupted"
    if content is None and verb.pos_ == "ADJ" and lemma not in lex.verbs and not _before_colon(verb):
        return None  # `Clevelanders were nervous. "...," Link said`: a bare adjective takes no one's quotation
    if content is None:
        content, frame = (verb.idx, verb.idx), "bare"  # may still take a neighbouring quotation
    if speaker is None or no_comment(doc, content, frame, lemma, lex) or refused_comment(verb, lemma, lex):
        return None
    if not class_admits(lemma, code, speaker, lex) or thing_holds_view(lemma, code, speaker, verb, lex):
        return None
    relative = None
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "Sanders, who endorsed Canova and said ...": the relative clause's first verb
    if speaker.tag_ in ("WP", "WDT") and clause.dep_ == "relcl":
        relative = clause.head
    return Candidate(cue, speaker, content, frame, addressee, relative, speaker_span)


def in_connective_idiom(token: Token, lex: CueLexicon) -> bool:
    """Whether the cue word stands inside a fixed connective (`as opposed to X`), read off the words
    around it: such a connective links two phrases and reports no one's view."""
    doc = token.doc
    word = token.lower_
    for idiom in lex.connective_idioms:
        for place, part in enumerate(idiom):
            first = token.i - place
            if part == word and first >= 0 and first + len(idiom) <= len(doc) and all(
                    doc[first + k].lower_ == idiom[k] for k in range(len(idiom))):
                return True
    return False


def _before_speaker(speaker: Token, content: tuple[int, int]) -> tuple[int, int]:
    """``content`` cut after the closing quotation mark right before the speaker named after it
    (`"We had better days," delegate Tom Hart, wearing a hat, said`: the parse ran the quoted
    clause on over the name and its aside)."""
    mark = speaker.doc[speaker.left_edge.i - 1] if speaker.left_edge.i > 0 else None
    if mark is None or not mark.is_quote or mark.idx <= content[0]:
        return content
    return content[0], mark.idx + len(mark.text)


def gerund_complement(verb: Token) -> Token | None:
    """The -ing clause right after a verb of conceding or denying (`admitted using X`, `denied ever
    taking Y`): the parser hangs it as a complement or an adverbial. Only adverbs may stand between
    them, so a clause after an object, a comma or a subordinator (`denied it, saying ...`, `admitted
    it after being asked`) is not what is conceded."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to" and child.i > verb.i:
            # `admitted to misleading investors`: the preposition's -ing object is what is conceded
            child = next((g for g in child.children if g.dep_ == "pcomp" and g.i == child.i + 1), child)
        elif child.dep_ not in GERUND_DEPS:
            continue
        if child.tag_ != "VBG" or child.i <= verb.i:
            continue
        if all(t.dep_ in ("advmod", "neg") or t.lower_ == "to" for t in verb.doc[verb.i + 1 : child.left_edge.i]):
            return child
    return None


def _result_clause_degree(token: Token) -> bool:
    """`so angry that she left`: an adjective of degree `so` takes a clause of what followed, not of
    what its holder thinks."""
    return token.pos_ == "ADJ" and any(c.dep_ == "advmod" and c.lower_ in RESULT_DEGREE_WORDS for c in token.children)


def _before_colon(token: Token) -> bool:
    """Whether a colon follows the word (`The governor was furious: "..."` announces what follows)."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == ":"


def _plausible_indices(doc: Doc, lex: CueLexicon, first_words: dict[str, str]) -> list[int]:
    """Indices, in text order, of the tokens ``find_candidates`` can take: verbs, adjectives and nouns
    whose lower-cased lemma is a cue or content noun, and first words of source prepositions; found
    over the Doc's arrays so Python skips every other token."""
    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    values = doc.to_array(["LEMMA", "LOWER"])
    tagged = indices_with(doc, "POS", CUE_POS)
    lemma_ids = values[tagged, 0]
    verbs, frames, nouns, polls = lex.verbs, lex.prep_frames, lex.content_nouns, lex.poll_nouns
    passives, idioms = lex.unattributed_passives, lex.idiom_verbs | lex.clarity_verbs | lex.phrasing_verbs
    unique = np.unique(lemma_ids).tolist()
    lowered = lowered_strings(doc, unique)
    cue_lemmas = {h for h in unique if (lemma := lowered[h]) in verbs or lemma in frames
                  or lemma in nouns or lemma in polls or lemma in passives or lemma in idioms}
    mask = np.zeros(len(doc), dtype=bool)
    mask[[i for i, h in zip(tagged, lemma_ids.tolist()) if h in cue_lemmas]] = True
    mask |= np.isin(values[:, 1], np.array([strings[word] for word in first_words], dtype=np.uint64))
    return np.flatnonzero(mask).tolist()


def find_candidates(doc: Doc, lex: CueLexicon) -> list[Candidate]:
    """Every cue candidate of the doc, in token order (one pass over the plausible tokens)."""
    verbs = lex.verbs
    first_words = {first: second for first, second in lex.source_prepositions}
    found: list[Candidate] = []
    for i in _plausible_indices(doc, lex, first_words):
        token = doc[i]
        candidate: Candidate | None = None
        if token.pos_ in ("VERB", "AUX", "ADJ") and token.lemma_.lower() in verbs or token.lemma_.lower() in lex.prep_frames and token.pos_ in ("VERB", "ADJ"):
            candidate = _verb_candidate(token, lex)
        elif token.lower_ in first_words and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == first_words[token.lower_]:
            candidate = source_candidate(token, doc[token.i + 1], lex.speech_verbs)
        elif token.pos_ == "NOUN" and (misread := misread_cue_candidate(token, lex)) is not None:
            candidate = misread  # `Jones claims he is owed ...` with `claims` tagged a plural noun
        elif token.pos_ == "NOUN" and token.lemma_.lower() in lex.content_nouns:
            candidate = noun_candidate(token, lex)
        if candidate is None and token.pos_ == "NOUN" and token.lemma_.lower() in lex.prep_frames:
            candidate = noun_frame_candidate(token, lex)
        if candidate is None and token.pos_ == "NOUN" and token.lower_ in lex.poll_nouns:
            candidate = poll_candidate(token)
        if candidate is None and token.pos_ in ("VERB", "AUX"):
            candidate = unattributed_candidate(token, lex)
        if candidate is None and token.pos_ == "VERB":
            candidate = idiom_candidate(token, lex) or speech_idiom_candidate(token, lex)
        if candidate is None:
            continue
        if candidate.speaker is None:
            if candidate.frame == UNATTRIBUTED_FRAME:
                found.append(candidate)
        elif expletive_speaker(candidate.speaker, token):
            continue  # `it is hard to say ...`, `it seems that ...`: a placeholder subject speaks for no one
        elif candidate.speaker.ent_type_ not in NON_SPEAKER_LABELS or age_noun(candidate.speaker):
            found.append(candidate)
    return found
