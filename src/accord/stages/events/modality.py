"""Modality of an event (PLOVER auxiliary modes): future, hypothetical or asserted.

Historical modality needs the event's date and is set by the dates stage.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from accord.records import Assertion, Modality
from accord.stages.events.generic import GERUND_TAG, is_generic  # a gerund: a course argued for ("backs imposing tariffs")
from accord.stages.events.lexicon import Lexicon
from accord.stages.grammar import PLACE_LABELS, PRESENT_TAGS, span_text

# Speech verbs whose past tense turns a following "would" into a future-in-the-past, not a hypothesis.
REPORTING_TAGS = frozenset({"VBD", "VBN"})
# How many clause heads up the chain an auxiliary or "if" is looked for (xcomp/conj chains).
CLAUSE_HOPS = 2
# Clause links of an infinitive of purpose ("sent troops to attack", "a plan to close the camps"): the
# act is an aim, not one done, so it is hypothetical (issue 14 item 3).
PURPOSE_DEPS = frozenset({"advcl", "acl"})


# The link the parser gives a noun's "to" infinitive it reads as a relative clause ("an alliance to oust the general"):
# the noun's aim as well, unless the noun is ranked (cues.json "ranking_words").
INFINITIVE_RELATIVE_DEP = "relcl"
# The tag of a superlative, which ranks a noun as an ordinal does ("the biggest donor to give").
SUPERLATIVE_TAG = "JJS"
# The link of a copula's predicate noun ("it is time to ...", "is the first country to ...").
COPULA_PREDICATE_DEP = "attr"


def _ranked(noun: Token, words: frozenset[str]) -> bool:
    """Whether a noun is ranked among doers by a ranking word, an ordinal or a superlative ("the first country",
    "the only party", "the ninth nation", "the biggest donor")."""
    return any(c.dep_ in ("amod", "nummod") and (c.lower_ in words or c.tag_ == SUPERLATIVE_TAG
                                                  or c.ent_type_ == "ORDINAL") for c in noun.children)


def is_purpose(head: Token, ranking_words: frozenset[str]) -> bool:
    """Whether a clause head is a "to" infinitive of purpose or of a noun's content ("sent troops to attack", "a plan
    to close the camps", "joined an alliance to oust the general"), not that of a ranked doer ("the first country to
    recognize it", done)."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children):
        return False
    if head.dep_ == INFINITIVE_RELATIVE_DEP:
        # a copula's predicate noun ("it is time to thank them") is left to the copula's own rules
        return head.head.dep_ != COPULA_PREDICATE_DEP and not _ranked(head.head, ranking_words)
    return head.dep_ in PURPOSE_DEPS


def sequel_of(head: Token, phrases: list[str]) -> Token | None:
    """The governing verb of a "to" infinitive that tells the next act done ("went on to criticize", "proceeded
    to attack"): the infinitive is done as that verb is, not aimed at; else None."""
    governor = head.head
    if governor is head or governor.pos_ not in ("VERB", "AUX"):
        return None
    particles = [c.lower_ for c in governor.children if c.dep_ == "prt"]
    phrase = " ".join([governor.lemma_.lower(), *particles])
    return governor if phrase in phrases else None


def _meeting_of_purpose(head: Token, purposes: dict[str, list[str]]) -> Token | None:
    """The meeting or visit a talk or plea is the purpose of ("met officials to lobby the EU", "a visit to
    Pretoria to meet with leaders"), else None: a plea or talk done at a meeting is done, not only aimed at."""
    meeting = head.head
    if head.lemma_.lower() not in purposes["acts"] or meeting is head or meeting.lemma_.lower() not in purposes["meetings"]:
        return None
    if head.lemma_.lower() in purposes["visit_acts"] and meeting.lemma_.lower() in purposes["visits"]:
        return None  # "arrived in Muscat to meet his counterpart": the arrival tells the visit; the meeting is aimed at
    return meeting if meeting.pos_ in ("VERB", "NOUN") else None


# Penn tags of a verb that shows a tense of its own; a bare verb (VB) shows none and takes its auxiliary or frame from
# the verb it hangs on. Not VBP, whose form is the bare verb's ("to mothball the plants and shut them").
TENSED_TAGS = frozenset({"VBD", "VBZ"})


def shows_tense(verb: Token, bare: Token) -> bool:
    """Whether a verb coordinated with a bare verb shows a tense the bare one lacks: tagged past or third person and
    not spelt as its bare form ("held", "intends"; "shut" or "cut" may be the bare verb the tagger read as past)."""
    return bare.tag_ == "VB" and verb.tag_ in TENSED_TAGS and verb.lower_ != verb.lemma_.lower()


def own_tense(verb: Token) -> bool:
    """Whether a coordinated verb carries a tense that the bare verb it is coordinated with lacks ("intends to hold
    talks and held a call", "failed to sign and left"): it shares neither that verb's auxiliary nor its frame, and
    tells its own act (issue 14 item 3: a coordinated verb takes its own modality, not its sibling's)."""
    return verb.dep_ == "conj" and shows_tense(verb, verb.head)


def _clause_heads(anchor: Token) -> list[Token]:
    heads = [anchor]
    current = anchor
    for _ in range(CLAUSE_HOPS):
        if current.dep_ not in ("xcomp", "conj", "acomp") or current.head.i == current.i or own_tense(current):
            break
        current = current.head
        heads.append(current)
    return heads


def is_prospect(anchor: Token, nouns: list[str]) -> bool:
    """Whether the event is what a risk or prospect is of ("the risk of being deported or jailed")."""
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:
        anchor = anchor.head
    prep = anchor.head
    return anchor.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.lower_ == "of" \
        and prep.head.lemma_.lower() in nouns


# Links by which a clause holds a prospect noun ("there is a possibility", "raises the risk", "the
# chance is ..."): a participle clause hung on it tells what that prospect would allow.
PROSPECT_HOLDER_DEPS = frozenset({"attr", "dobj", "nsubj", "nsubjpass"})
# Links of a participle clause to the clause or noun it is hung on ("..., allowing for talks").
PARTICIPLE_DEPS = frozenset({"advcl", "acl"})


# Nouns that count an event ("the third round of talks"): what is said of the count is said of the event.
COUNTING_NOUNS = frozenset({"round", "series", "session"})


def counted_by(trigger: Token) -> list[Token]:
    """An event noun and the nouns that count it, innermost first ("talks" in "a planned fourth round of
    talks": talks, round): a planned round is planned talks."""
    found = [trigger]
    token = trigger
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in COUNTING_NOUNS:
        token = token.head.head
        found.append(token)
    return found


def is_prepared(trigger: Token, nouns: list[str]) -> bool:
    """Whether an event noun is what arrangements or preparations are for ("the arrangements for the
    third round of talks"), through the nouns that count it."""
    token = counted_by(trigger)[-1]
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "for":
        return False
    # "the arrangements for X", or the "for" phrase hung on the verb of them ("discuss the arrangements for X")
    holders = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    before = token.doc[prep.i - 1] if prep.i > 0 else prep
    if before.pos_ == "NOUN":
        holders.append(before)  # "familiar with the planning for X": the parser may hang "for" higher up
    return any(holder.lemma_.lower() in nouns for holder in holders)


def is_anticipated(trigger: Token, anchor: Token, phrases: list[str]) -> bool:
    """Whether the event is only what another act comes before ("ahead of a new round of talks", "during the
    run-up to a vote", "ahead of meeting the president"): a time reference, not an act told as held."""
    token = counted_by(trigger)[-1] if trigger.pos_ in ("NOUN", "PROPN") else anchor
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "ahead of the summit and the talks"
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    holder = prep.head  # "ahead", "advance", "eve", or "up" of "run-up"
    if holder.i > prep.i:
        return False
    phrase = span_text(token.doc[holder.left_edge.i:prep.i + 1]).lower()
    return any(phrase == p or phrase.endswith(" " + p) for p in phrases)  # "eve of", never "reprieve of"


# Penn tags of a verb that a date ahead makes future ("are meeting next week", "leaves tomorrow").
NON_PAST_TAGS = frozenset({"VBZ", "VBP", "VBG", "VB"})
# Auxiliaries of a past or perfect clause, whose date ahead does not make the act itself future.
PAST_AUXILIARY_TAGS = frozenset({"VBD", "VBN"})
# Links through which a time modifier hangs on a verb or an event noun ("next week", "for next week").
TIME_DEPS = frozenset({"npadvmod", "tmod", "prep", "advmod", "obl"})
# Prepositions that place an act at a time; a deadline ("within the next two years", "by next week") is
# most often the time of what is asked or promised, not of the verb.
PLACING_PREPS = frozenset({"for", "on", "in", "at", "during"})


def _placed_times(head: Token) -> Iterator[list[Token]]:
    """The phrases that may place the word at a time, one list each: a bare time modifier itself ("tomorrow"), or
    the objects of a placing preposition ("on April 26", "for next week"); never a deadline ("by next week")."""
    for child in head.children:
        if child.dep_ not in TIME_DEPS or (child.dep_ == "prep" and child.lower_ not in PLACING_PREPS):
            continue
        yield [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else [child]


def _dated_ahead(head: Token, words: set[str]) -> bool:
    """Whether a date entity hung on the word names a time ahead ("next week", "for next week", "tomorrow")."""
    for objects in _placed_times(head):
        # the date itself, or a preposition's object and its words ("for next week"), never a deeper phrase
        # of the object ("calling for an election within the next two years": the election's time)
        span = [w for o in objects for w in (o, *o.children) if w.dep_ != "prep"]
        if any(t.ent_type_ == "DATE" and t.lower_ in words for t in span):
            return True
    return False


def scheduled(anchor: Token, markers: list[str]) -> bool:
    """Whether a future act is placed on a date or told as a repeat ("will meet again on April 26"): a meeting
    or step on a calendar, not a promise made now."""
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in markers for c in anchor.children):
        return True
    if any(o.ent_type_ == "DATE" for objects in _placed_times(anchor) for o in objects):
        return True
    # the parser may hang the date on the verb's object or purpose noun ("will meet for talks on March 3")
    nouns = [g for c in anchor.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    nouns += [c for c in anchor.children if c.dep_ == "dobj"]
    return any(o.ent_type_ == "DATE" for noun in nouns for objects in _placed_times(noun) for o in objects)


# Links by which an event noun is the subject of a scheduling participle or of "be" with one ("talks are set for
# Monday", "the vote is due on Friday").
SCHEDULED_SUBJECT_DEPS = frozenset({"nsubjpass", "nsubj"})


def _schedules(word: Token, participles: set[str]) -> bool:
    """Whether a word is a scheduling participle placed on a date ("scheduled for Saturday", "set for May 3")."""
    return word.lower_ in participles and scheduled(word, [])


def is_scheduled_noun(trigger: Token, participles: list[str]) -> bool:
    """Whether an event noun is told as put on a calendar ("talks scheduled for Saturday", "the next round is set
    for May 3", "the vote is due on Friday"): a meeting to come, not one told as held (issue 14 item 3)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    words = set(participles)
    for noun in counted_by(trigger):
        if any(c.dep_ == "acl" and _schedules(c, words) for c in noun.children):
            return True
        head = noun.head
        if noun.dep_ == "nsubjpass" and _schedules(head, words):
            return True
        if noun.dep_ == "nsubj" and head.lemma_ == "be" and scheduled(head, []) \
                and any(c.dep_ == "acomp" and c.lower_ in words for c in head.children):
            return True
    return False


# Links of a noun's "to" infinitive telling its content ("a plan to storm the port"; the parser may read it as a
# relative clause).
NOUN_CONTENT_DEPS = frozenset({"acl", "relcl"})


def planned_content(trigger: Token, nouns: list[str]) -> bool:
    """Whether an event noun is a plan whose "to" infinitive names the act ("has a plan to storm the port", "their plans
    to close the camps"): the frame noun's event is the act planned, still to come."""
    return trigger.lemma_.lower() in nouns and any(c.dep_ in NOUN_CONTENT_DEPS and _infinitive(c) for c in trigger.children)


def _governing_verb(anchor: Token) -> Token:
    """The verb an event noun is a prepositional object of ("allowing for talks"), else the anchor."""
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.head.pos_ == "VERB":
        return anchor.head.head
    return anchor


def follows_prospect(anchor: Token, nouns: list[str]) -> bool:
    """Whether the event is what a prospect would bring about: the object of a participle clause
    hung on a clause whose subject, object or predicate is a prospect noun ("there is a possibility
    of a shift, allowing for direct talks"; "raises the risk of escalation, possibly triggering
    strikes"), or on the prospect's own phrase ("the prospect of a new format enabling direct talks"):
    what a prospect allows is a prospect too, not an act reported as done."""
    for head in _clause_heads(_governing_verb(anchor)):
        if head.tag_ != "VBG" or head.dep_ not in PARTICIPLE_DEPS:
            continue
        holder = head.head
        if any(c.dep_ in PROSPECT_HOLDER_DEPS and c.lemma_.lower() in nouns for c in holder.children) \
                or holder.lemma_.lower() in nouns or is_prospect(holder, nouns):
            return True
    return False


def _told_ahead(trigger: Token, anchor: Token, words: set[str], demands: set[str]) -> bool:
    """Whether a non-past verb, or an event noun with its scheduling participle, is placed by a date ahead."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        planned = [c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "Meeting Scheduled For Next Week"
        return any(_dated_ahead(p, words) for p in planned) or _dated_ahead(trigger, words)
    if anchor.lemma_.lower() in demands:
        return False  # "calling for talks next week": the date is the demanded act's
    if anchor.tag_ not in NON_PAST_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_AUXILIARY_TAGS for c in anchor.children):
        return False
    return _dated_ahead(anchor, words)


def _timed_by_future(clause: Token, markers: list[str], auxiliaries: set[str]) -> bool:
    """Whether a dated present-tense clause with no auxiliary of its own places its act against a future clause ("the
    engineers will meet before the ministers meet again on June 3"): English puts such a clause in the present,
    but its act is on the calendar, to come (issue 14 item 3). An undated one ("will go on after he steps down") is
    only the time of the other act and is left alone: no step of its own is scheduled."""
    if clause.dep_ != "advcl" or clause.tag_ not in PRESENT_TAGS or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    if not any(t.ent_type_ in TIME_LABELS for t in clause.subtree):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in markers for c in clause.children):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_.replace("’", "'") in auxiliaries for c in clause.head.children)


def _had_ahead(trigger: Token, verbs: list[str], words: set[str], present_words: set[str],
               recurring_words: set[str]) -> bool:
    """Whether an event noun is what a present "have" holds on a day ("on Friday we have a big meeting", "we're
    having talks next week"): a meeting on the calendar, to come, not one told as held (issue 14 item 3). A
    present "have" on today's date ("today we have a meeting") may be the meeting itself and stays."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in verbs or verb.tag_ not in NON_PAST_TAGS:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_AUXILIARY_TAGS for c in verb.children):
        return False  # "had a meeting on Friday", "have had talks"
    if _dated_ahead(verb, words):
        return True  # "we're having talks next week"
    if verb.tag_ not in PRESENT_TAGS:
        return False
    dates = [o for word in (verb, trigger) for objects in _placed_times(word) for o in objects if o.ent_type_ == "DATE"]
    return bool(dates) and not any(t.lower_ in present_words or _recurring(t, recurring_words)
                                   for d in dates for t in d.subtree)


def _recurring(token: Token, recurring_words: set[str]) -> bool:
    """A word that makes a date recur ("every/each Monday", "on Mondays"): a habit told as done, not a meeting to
    come."""
    return token.lower_ in recurring_words or (token.tag_ in ("NNS", "NNPS") and token.ent_type_ == "DATE")


def _awaited(clause: Token, markers: list[str], auxiliaries: set[str]) -> bool:
    """Whether a clause is an "until" clause of a clause with a future or modal auxiliary ("would not end
    the war until all hostages were freed"), or one in the present tense ("will wait until she meets him", however
    its main clause is told): what it tells is waited for, not done. The auxiliary case fired 0 times on VOA dev
    and on 120 PolNeAR train articles (seed 20261206); with before/once/after/when it broke a multi-outlet
    scheduled meeting. The present-tense case fired 2 times on PolNeAR train (seeds 230181, 230183), both right."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in markers for c in clause.children):
        return False
    if _present_tensed(clause):
        return True  # "wants to wait until she meets the envoy": a present "until" clause tells a time still to come
    return any(c.dep_ in ("aux", "auxpass") and c.lower_.replace("’", "'") in auxiliaries for c in clause.head.children)


def _present_tensed(clause: Token) -> bool:
    """Whether a clause's tense is the present, on its verb or first auxiliary: after "until", an act not yet done."""
    # "until he arrives", "until talks are held", "until they have left"
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.i < clause.i]
    tensed = auxiliaries[0] if auxiliaries else clause
    return tensed.tag_ in PRESENT_TAGS


# Entity labels of a time of its own: a "when" clause carrying one is a scheduled act, not a condition.
TIME_LABELS = frozenset({"DATE", "TIME"})


def _awaited_when(clause: Token, markers: list[str], auxiliaries: set[str]) -> bool:
    """Whether an undated "when" or "once" clause hangs on a future or modal clause ("new dates will be set
    when both sides agree", "sanctions would go once approved"): the agreement or approval is waited for.
    A clause with a date of its own is a scheduled act ("will meet once they land on Monday"), left alone."""
    if clause.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in markers for c in clause.children):
        return False
    if any(t.ent_type_ in TIME_LABELS for t in clause.subtree):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_.replace("’", "'") in auxiliaries for c in clause.head.children)


def _object_of(trigger: Token, verbs: list[str]) -> bool:
    """Whether an event noun (or one coordinated with it) is the direct object of one of ``verbs``."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    while trigger.dep_ == "conj" and trigger.head.i != trigger.i:
        trigger = trigger.head
    return trigger.dep_ == "dobj" and trigger.head.pos_ in ("VERB", "AUX") and trigger.head.lemma_.lower() in verbs


# Links of a copula's own predicate ("is important", "is time"): its "to" clause then hangs on that predicate.
PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})


def _makes_to_phrase(governor: Token, phrases: list[str]) -> bool:
    """Whether a governing word makes one of the "X to" phrases, by its lemma or its form ("set to", "expected to",
    "was to arrive" as "be to"); a "be" with a predicate of its own makes none ("it is important to act")."""
    if governor.lemma_ == "be" and any(c.dep_ in PREDICATE_DEPS for c in governor.children):
        return False
    return f"{governor.lemma_.lower()} to" in phrases or f"{governor.lower_} to" in phrases


def is_scheduled_future(anchor: Token, phrases: list[str]) -> bool:
    """Whether an act is to come by a timetable or a forecast ("is set to meet", "was to arrive", "is expected
    to sign"), or is the event noun subject of one ("Negotiations are set to begin"): said of the doer by
    others, not a promise the doer made."""
    if any(head.dep_ == "xcomp" and _makes_to_phrase(head.head, phrases) for head in _clause_heads(anchor)):
        return True
    return any(c.dep_ == "xcomp" for c in anchor.children) and _makes_to_phrase(anchor, phrases)


# Pronouns of several doers, which cannot be one person who says the act will be done ("Trump told the crowd
# they would not back him").
PLURAL_PRONOUNS = frozenset({"they"})
# Pronouns that name one person as the sayer.
PERSON_PRONOUNS = frozenset({"he", "she"})


# How many coordination links up a verb may share its subject ("X joked, declined to comment and told them").
SHARED_SUBJECT_HOPS = 3


def _clause_subject(verb: Token) -> Token | None:
    """A verb's subject, or that of the verb it is coordinated with ("Trump joked ... and told the crowd")."""
    for _ in range(SHARED_SUBJECT_HOPS + 1):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subject
        verb = verb.head
    return None


def _sayer_and_doer(anchor: Token) -> tuple[Token, Token] | None:
    """The subject of the saying a clause is the complement of ("X said/told ... that", "X's suggestion that")
    and the clause's own subject, else None."""
    doer = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    governor = anchor.head
    if doer is None or governor is anchor:
        return None
    if anchor.dep_ == "ccomp" and governor.pos_ in ("VERB", "AUX"):
        sayer = _clause_subject(governor)
    elif anchor.dep_ == "acl" and governor.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that" for c in anchor.children):
        sayer = next((c for c in governor.children if c.dep_ == "poss"), None)  # "Trump's suggestion that ..."
    else:
        return None
    return (sayer, doer) if sayer is not None else None


# Entity labels of a proper noun that is a place or a people, never one person ("Kenya said the troops ...").
PLACE_OR_PEOPLE_LABELS = PLACE_LABELS | frozenset({"NORP"})


def _one_person(token: Token) -> bool:
    """Whether a sayer may be one person: "he", "she", or a proper noun that is no place (the parser's labels
    take "Trump" for an organisation as often as for a person)."""
    if any(c.dep_ == "conj" for c in token.children):
        return False  # "Ames and two aides said they could not ...": several sayers
    return token.lower_ in PERSON_PRONOUNS or (token.tag_ == "NNP" and token.ent_type_ not in PLACE_OR_PEOPLE_LABELS)


def foretold_by_other(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether a future or hypothetical clause is one person's forecast of what others will do ("told the crowd
    they would not back him", "her hint that the delegates would not endorse her"), or is said only in a
    condition ("if the mayor declared she would not back the bill"): no refusal of the doer's own."""
    pair = _sayer_and_doer(anchor)
    if pair is None:
        return False
    sayer, doer = pair
    if in_condition(anchor.head, lexicon):
        return True
    if not _one_person(sayer):
        return False
    if doer.pos_ == "PRON":
        return doer.lower_ in PLURAL_PRONOUNS
    return doer.tag_ in ("NN", "NNS") and not any(c.dep_ == "poss" for c in doer.children)  # "the delegates", not "his aides"


# Relative pronouns standing for the noun a relative clause hangs on ("analysts, who said ...").
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _sayer_noun(verb: Token) -> Token | None:
    """A saying verb's subject, a relative pronoun read as the noun its clause hangs on."""
    subject = _clause_subject(verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def forecast_by_commentator(anchor: Token, nouns: list[str]) -> bool:
    """Whether a clause is the complement of a saying by commentators ("analysts said the two sides will sign a
    deal", "an expert who said the leaders would meet"): their forecast of others' act, no promise by the doers."""
    clause = anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
        return False
    sayer = _sayer_noun(clause.head)
    return sayer is not None and sayer.pos_ == "NOUN" and sayer.lemma_.lower() in nouns


def is_considered(trigger: Token, anchor: Token, verbs: list[str]) -> bool:
    """Whether the event is what someone considers or weighs, as its object or its clause ("is considering
    sanctions", "weighs imposing tariffs")."""
    return _object_of(trigger, verbs) or (anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in verbs)


def _generic_condition(head: Token, cues: dict) -> bool:
    """Whether a clause is a present-tense "when" clause whose doer is anyone at all ("an offence is
    committed when a person strikes another"): what a rule covers, not an act done."""
    if head.dep_ != "advcl" or head.tag_ not in PRESENT_TAGS:
        return False
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in cues["generic_markers"]
               for clause in (head, *head.conjuncts) for c in clause.children):
        return False  # the parser may hang "when" on the second of two coordinated verbs
    words = set(cues["generic_subject_words"])
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in words or any(d.dep_ == "det" and d.lower_ in words for d in c.children))
               for c in head.children)


def _inverted_condition(head: Token, auxiliaries: set[str]) -> bool:
    """Whether a clause puts its auxiliary before its subject with no adverb leading it ("had the governor
    thanked them", "should the army attack"): a condition with no "if", or a question; either way no act told
    as done ("only then had he met them" is a plain inversion and stays)."""
    subjects = [c.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in auxiliaries and c.i < min(subjects)
               and not any(a.dep_ in ("advmod", "neg", "cc") and a.i < c.i for a in head.children)
               for c in head.children)


def _after_winning_office(anchor: Token, conditions: dict) -> bool:
    """Whether the event's clause, or the act it frames ("promised to pursue a law if elected"), holds a condition
    of winning office ("if elected", "once elected", "if she wins the election"): a campaign pledge."""
    clauses = _clause_heads(anchor)
    clauses += [c for c in anchor.children if c.dep_ in ("xcomp", "ccomp")]
    for clause in clauses:
        for condition in (c for c in clause.children if c.dep_ == "advcl"):
            if not any(m.dep_ in ("mark", "advmod") and m.lower_ in conditions["markers"] for m in condition.children):
                continue
            lemma = condition.lemma_.lower()
            if lemma in conditions["verbs"]:
                return True
            objects = [c.lemma_.lower() for c in condition.children if c.dep_ == "dobj"]
            if lemma in conditions["win_verbs"] and (not objects or set(objects) & set(conditions["win_objects"])):
                return True
    return False


def is_consequent(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether the event's clause is the consequent of an "if" or "unless" clause it holds (see _consequent)."""
    cues = lexicon.cues
    return _consequent(anchor, cues["condition_markers"], cues["consequent"])


def _consequent(anchor: Token, markers: list[str], cues: dict) -> bool:
    """Whether the event's own clause holds an "if" or "unless" clause ("if its claims are true, the regime is
    breaking the resolutions"): the act is only the consequent of a condition. Not "even if" or "as if" (the act
    is told), nor a commitment or saying ("threatened to strike if ..."): the threat or word itself was made."""
    if anchor.lemma_.lower() in cues["committing_lemmas"]:
        return False
    for clause in anchor.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in markers for c in clause.children):
            continue
        if not any(c.lower_ in cues["concessive_words"] and c.i < clause.i for c in clause.children if c.dep_ in ("advmod", "mark")):
            return True
    return False


# Penn tags of words that may stand between a contracted auxiliary and its verb ("she'd never sign").
BETWEEN_AUXILIARY_TAGS = frozenset({"RB", "RBR", "RBS"})


def _auxiliary_word(child: Token, contractions: list[str]) -> str:
    """An auxiliary's word, a contracted "would" read as "would" when a bare verb follows it ("they'd back
    him", "she'd be committed"); before a participle it is "had" ("he'd met them") and stays as written."""
    word = child.lower_.replace("’", "'")  # a typographic apostrophe: "I’ll oppose it" is "I'll"
    if word not in contractions:
        return word
    following = next((t for t in child.doc[child.i + 1:child.head.i + 1] if t.tag_ not in BETWEEN_AUXILIARY_TAGS), None)
    return "would" if following is not None and following.tag_ == "VB" else word


# Links of a headline's "to" infinitive: the sentence's root, or what a speech verb reports ("Kyiv to free ten
# captives, says Ankara").
HEADLINE_PLAN_DEPS = frozenset({"ROOT", "ccomp"})
# The tag of the infinitive marker "to".
INFINITIVE_MARKER_TAG = "TO"


def headline_plan(head: Token) -> bool:
    """Whether a clause is a headline's "X to do Y" ("Germany to send tanks to Kyiv"): a "to" infinitive with a subject
    of its own and no finite verb above it, which English writes only for a plan announced ("for Oslo to host the
    talks" has its "for" and is left to the purpose rules)."""
    if head.dep_ not in HEADLINE_PLAN_DEPS or head.tag_ != "VB" or (head.dep_ == "ccomp" and head.head.i < head.i):
        return False  # "wants Kyiv to free them": a wish's content, left to the demand rules
    children = list(head.children)
    return any(c.dep_ == "aux" and c.tag_ == INFINITIVE_MARKER_TAG for c in children) \
        and any(c.dep_ in ("nsubj", "dep") and c.i < head.i and c.pos_ in ("PROPN", "NOUN", "PRON") for c in children) \
        and not any(c.dep_ == "mark" for c in children)


def modality_of(trigger: Token, anchor: Token, lexicon: Lexicon) -> Modality:
    """The auxiliary mode from auxiliaries, "if" clauses and future/possible adjectives."""
    cues = lexicon.cues
    future_aux = set(cues["future_auxiliaries"])
    hypothetical_aux = set(cues["hypothetical_auxiliaries"])
    if is_anticipated(trigger, anchor, cues["anticipation_phrases"]):
        return "hypothetical"  # as what preparations are for: not held, and no one agreed to it there ("ahead of upcoming talks")
    if trigger.pos_ in ("NOUN", "PROPN"):
        modifiers = {word for t in counted_by(trigger) for c in t.children if c.dep_ in ("amod", "compound")
                     for word in (c.lemma_.lower(), c.lower_)}  # "planned" is lemmatised "plan" as a participle
        if modifiers & set(cues["future_adjectives"]):
            return "future"
        if modifiers & set(cues["hypothetical_adjectives"]):
            return "hypothetical"
        if _any_such(trigger, cues):
            return "hypothetical"
        if is_prepared(trigger, cues["preparation_nouns"]):
            return "hypothetical"  # as a prospect's: not held (no future recoding: no one agreed to it)
        if is_scheduled_noun(trigger, cues["schedule_participles"]):
            return "future"  # "talks scheduled for Saturday", "the summit is set for May 3"
    if is_prospect(anchor, cues["prospect_nouns"]) or follows_prospect(anchor, cues["prospect_nouns"]):
        return "hypothetical"
    if _replaced_alternative(anchor, cues["alternative_adverbs"]):
        return "hypothetical"  # "instead of being fined, the port was paid": the act replaced is not done
    if _preferred(anchor, cues["preference_phrases"]):
        return "hypothetical"  # "would rather the state doled out aid": a preference, not an act
    if _alleged(anchor, cues["alleging_nouns"]):
        return "hypothetical"  # "an allegation that he had attacked her": alleged, not told as done
    if _after_winning_office(anchor, cues["office_conditions"]):
        return "hypothetical"  # "promised to pursue a law if elected": a campaign pledge
    for head in _clause_heads(anchor):
        if headline_plan(head):
            return "future"  # "Germany to send tanks to Kyiv": a headline's plan, not yet done
        for child in head.children:
            word = _auxiliary_word(child, cues["would_contractions"])
            if child.dep_ in ("aux", "auxpass"):
                if word in future_aux:
                    return "future"
                if word in hypothetical_aux:
                    governor = head.head
                    if word == "would" and head.dep_ == "ccomp" and governor.tag_ in REPORTING_TAGS:
                        return "future"
                    return "hypothetical"
            if child.dep_ == "mark" and word in cues["hypothetical_markers"]:
                return "hypothetical"
        if head.dep_ == "xcomp" and _makes_to_phrase(head.head, cues["future_phrases"]):
            return "future"  # "is set to meet", "was to arrive" ("be to": a timetable)
        if head.i == anchor.i and _makes_to_phrase(head, cues["future_phrases"]) \
                and any(c.dep_ == "xcomp" for c in head.children):
            return "future"  # "is planning to provide air cover", "the ceasefire is expected to take effect"
        if head.i == anchor.i and head.lemma_.lower() in cues["planning_verbs"] and any(c.dep_ == "dobj" for c in head.children):
            return "future"  # "plans new sanctions", "is preparing measures": the frame word's event is the act planned
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues["hypothetical_markers"] for c in head.children):
            return "hypothetical"
        if head.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.lower_ in cues["excess_degree_words"] for c in head.head.children):
            return "hypothetical"  # "it is too soon to thank the victors": not done
        if _inverted_condition(head, set(cues["inverted_condition_auxiliaries"])):
            return "hypothetical"  # "it would have been fair had the governor thanked them": he did not
        if _awaited(head, cues["awaited_markers"], future_aux | hypothetical_aux):
            return "hypothetical"  # "would not end the war until all hostages were freed": awaited, no promise of it
        if _awaited_when(head, cues["awaited_condition_markers"], future_aux | hypothetical_aux):
            return "hypothetical"  # "dates will be announced when agreed": the agreement is not yet made
        if _timed_by_future(head, cues["timed_clause_markers"], future_aux):
            return "future"  # "will meet before the ministers meet again on June 3": the second meeting is to come
        ranking_words = frozenset(cues["ranking_words"])
        purpose = is_purpose(head, ranking_words) and not ranked_doer_act(head, ranking_words)  # "the first state to sign": done
        if purpose and (sequel := sequel_of(head, cues["sequel_phrases"])) is not None:
            return modality_of(sequel, sequel, lexicon)  # "went on to criticize": the next act, told as done
        if purpose:
            meeting = _meeting_of_purpose(head, cues["meeting_purposes"])
            if meeting is not None and modality_of(meeting, meeting, lexicon) == "asserted":
                return "asserted"  # "met officials to lobby the EU": the plea was made at the meeting held
            return "hypothetical"
        if _generic_condition(head, cues):
            return "hypothetical"  # "an offence is committed when anyone strikes an officer": a rule's case
    if is_consequent(anchor, lexicon):
        return "hypothetical"  # "if its claims are true, the regime is breaking the resolutions": only if so
    if _object_of(trigger, cues["planning_verbs"]):
        return "future"  # "is drafting new sanctions": the sanctions are to come
    if planned_content(trigger, cues["planning_nouns"]):
        return "future"  # "has a plan to storm the port": the storming is planned, not done; after the clause's own cues
    if is_considered(trigger, anchor, cues["considering_verbs"]):
        return "hypothetical"  # "is considering sanctions", "weighs imposing tariffs"
    if _told_ahead(trigger, anchor, set(cues["future_date_words"]), set(cues["demand_verbs"])):
        return "future"  # "Trump and Ryan are meeting next week": an act to come, as with "will"
    if _had_ahead(trigger, cues["scheduled_have_verbs"], set(cues["future_date_words"]), set(cues["present_date_words"]),
                  set(cues["recurring_date_words"])):
        return "future"  # "on Friday we have a big meeting": a meeting on the calendar
    if trigger.pos_ in ("VERB", "AUX") and is_generic(anchor, cues):
        return "hypothetical"  # "a militia that kidnaps travellers", "populists blame migrants": a kind's way, no act told
    return "asserted"


# Verbs whose predicate noun is said of their subject ("Chad became the latest state to ...").
COPULA_LEMMAS = frozenset({"be", "become", "remain"})
# Pronouns naming a person or a group as a copula's subject, who can be a ranked doer ("she was the first to ..."); "it",
# "this" or "that" name a way or a time ("this is the only way to end it").
DOER_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "who"})


def _doer_subject(copula: Token) -> bool:
    """Whether a copula's subject may be a ranked doer: a name, or a pronoun of a person or group."""
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in DOER_PRONOUNS) for c in copula.children)


def ranked_doer_act(head: Token, words: frozenset[str]) -> bool:
    """Whether a "to" infinitive tells what a ranked doer did ("Chad became the latest state to expel the envoys",
    "Oslo, the first capital to recognize it"), hung on the ranked noun (acl) or on the copula (advcl): the act is
    done, not aimed at (issue 14 item 3); "this is the only way to end it" names no doer and stays an aim."""
    if not _infinitive(head):
        return False
    if head.dep_ == "acl":
        noun = head.head
    elif head.dep_ == "advcl" and head.head.lemma_ in COPULA_LEMMAS:
        noun = next((c for c in head.head.children if c.dep_ == "attr" and c.i < head.i), None)
    else:
        return False
    if noun is None or not _ranked(noun, words):
        return False
    if noun.dep_ == "attr":
        return noun.head.lemma_ in COPULA_LEMMAS and _doer_subject(noun.head)
    return noun.dep_ == "appos" and noun.head.pos_ == "PROPN"


def _replaced_alternative(anchor: Token, adverbs: list[str]) -> bool:
    """Whether an act is the object of "instead of" or "rather than" ("Instead of being fined, ..."): an alternative
    that another act replaces, not done."""
    prep = anchor.head
    if anchor.dep_ not in ("pcomp", "pobj") or prep is anchor or prep.lower_ not in ("of", "than"):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in prep.children)


def _preferred(anchor: Token, phrases: list[str]) -> bool:
    """Whether the act's clause carries a preference ("would rather", "would sooner") on its verb or its auxiliary."""
    doc = anchor.doc
    for head in _clause_heads(anchor):
        for child in head.children:
            if child.dep_ == "advmod" and child.i > 0 and f"{doc[child.i - 1].lower_} {child.lower_}" in phrases:
                return True
    return False


def _alleged(anchor: Token, nouns: list[str]) -> bool:
    """Whether an act is the "that" clause of an allegation noun ("the claim that the army shelled the town"); the
    parser may read the clause as a relative one, but its "that" is then a subordinator (mark), not a pronoun."""
    noun = anchor.head
    return anchor.dep_ in ("acl", "ccomp", "relcl") and noun is not anchor and noun.lemma_.lower() in nouns \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in anchor.children)


def in_condition(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether the event's clause is the condition of another ("... if Washington eased sanctions"): a
    condition reports no act by its subject, so PLOVER codes no event for it."""
    markers = set(lexicon.cues["condition_markers"])
    return any(head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in markers for c in head.children)
               for head in _clause_heads(anchor))


# How many clause links up a demand, denial or desire verb may govern the event's clause.
GOVERNOR_HOPS = 3
# Clause links through which a verb governs the act it demands, denies or wants.
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "conj"})


def _governors(anchor: Token) -> list[tuple[Token, Token]]:
    """(clause, the verb governing it) up the complement chain from the event's clause."""
    pairs = []
    current = anchor
    for _ in range(GOVERNOR_HOPS):
        if current.dep_ not in COMPLEMENT_DEPS or current.head.i == current.i or own_tense(current):
            break
        pairs.append((current, current.head))
        current = current.head
    return pairs


def _infinitive(clause: Token) -> bool:
    """Whether a clause is a "to" infinitive ("wants Turkey to close", which the parser may read as a clause)."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def _complement_link(clause: Token, governor: Token) -> str:
    """A clause's link to its governor, reading a "to" infinitive the parser coordinated with a finite verb as
    that verb's complement ("wants a tax cut, a new budget and to close the camps": to close is wanted)."""
    if clause.dep_ == "conj" and _infinitive(clause) and not _infinitive(governor) and governor.tag_ != "VBG":
        return "xcomp"
    return clause.dep_


def _phrasal(verb: Token) -> str:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


# Links of a clause that may be an imperative: a sentence's own, or a quote put before its speaker.
IMPERATIVE_DEPS = frozenset({"ROOT", "ccomp"})
# Penn tags of a bare verb: the imperative's form ("Meet the robots", "Thank you" tagged VBP).
BARE_VERB_TAGS = frozenset({"VB", "VBP"})
# Auxiliaries an imperative may carry ("Do not attack", "Don't strike").
IMPERATIVE_AUXILIARIES = frozenset({"do"})


def is_imperative(verb: Token) -> bool:
    """Whether a verb opens its clause as a bare, subjectless command ("Stop the war", "Compare him to
    Hillary," he urged; a headline's "Meet the robots ..."): a demand, not an act told."""
    if verb.tag_ not in BARE_VERB_TAGS or verb.dep_ not in IMPERATIVE_DEPS:
        return False
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "auxpass"):
            return False
        if child.dep_ == "aux" and child.lemma_.lower() not in IMPERATIVE_AUXILIARIES:
            return False
    first = min((t for t in verb.subtree if not t.is_punct), key=lambda t: t.i)
    return first.i == verb.i or (first.dep_ == "aux" and first.lemma_.lower() in IMPERATIVE_AUXILIARIES)


def _any_such(trigger: Token, cues: dict) -> bool:
    """Whether an event noun names no one occasion but whichever may come ("must be part of any deal",
    "any agreement would need approval"); under a negation "any" is the negation's ("did not hold any talks")."""
    if not any(c.dep_ == "det" and c.lower_ in cues["nonspecific_determiners"] for t in counted_by(trigger) for c in t.children):
        return False
    governor = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ in cues["negation_words"]:
        return False  # "without any deal"
    return not _negated_verb(governor, set(cues["negation_words"]))


def _negated_verb(verb: Token, negators: set[str]) -> bool:
    """Whether a verb carries its own negation ("did not say", "never claimed"), not its clause's."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in negators) for c in verb.children)


# How many heads up from an infinitive a "for" of a verb of asking may sit ("calling for all foreigners
# convicted of fraud to be barred": barred, crimes, of, convicted, foreigners, for).
FOR_INFINITIVE_HOPS = 8


# The adverb of an act still to be done ("has yet to sign", "is yet to meet").
PENDING_ADVERB = "yet"
# The verbs that carry it before the act's "to" infinitive.
PENDING_HOLDERS = frozenset({"have", "be"})


def pending(verb: Token) -> bool:
    """Whether a "to" infinitive is what its subject "has yet to" or "is yet to" do ("has yet to sign the deal"): not
    done so far, so negated (issue 14 item 3), and neither asked for nor refused."""
    holder = verb.head
    return verb.dep_ == "xcomp" and holder.i != verb.i and holder.lemma_.lower() in PENDING_HOLDERS \
        and any(c.dep_ == "advmod" and c.lower_ == PENDING_ADVERB for c in holder.children)


def _obliged(head: Token, cues: dict) -> bool:
    """Whether a clause is what someone needs or has to do ("Washington needs to act", "Iran has to stop")
    or what it is important or necessary to do ("it is important to meet the rebels")."""
    if head.dep_ == "ccomp":
        return _deontic_that_clause(head, set(cues["deontic_adjectives"]))
    if head.dep_ != "xcomp":
        return False
    governor = head.head
    lemma = governor.lemma_.lower()
    if pending(head):
        return False  # "has yet to sign": not done so far (negated), not asked for
    if governor.pos_ in ("VERB", "AUX") and (lemma in cues["obligation_verbs"] or (
            lemma in cues["present_obligation_verbs"] and governor.tag_ in PRESENT_TAGS)):  # "has to stop" asks; "had to leave" tells
        return True
    adjectives = set(cues["deontic_adjectives"])
    return lemma in adjectives or any(c.dep_ == "acomp" and c.lemma_.lower() in adjectives for c in governor.children)


def _deontic_that_clause(clause: Token, adjectives: set[str]) -> bool:
    """Whether a "that" clause is what "it is important (imperative, essential ...)" asks for ("it is imperative
    that the sides sign a deal"): the act is asked for, not told as done."""
    governor = clause.head
    return governor.lemma_ == "be" and clause.i > governor.i \
        and any(c.dep_ == "acomp" and c.lemma_.lower() in adjectives for c in governor.children)


def _subjunctive(head: Token) -> bool:
    """Whether a that-clause is in the mandative subjunctive ("that no charges be filed", "that he be
    released"): a bare "be" with a subject, no modal or "to": what it tells is asked for, not done."""
    if head.dep_ != "ccomp" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    if any(t.tag_ in ("MD", "TO") for t in head.doc[head.left_edge.i:head.i]):
        return False  # "he would "100%" be able": a modal the parser hung elsewhere still rules it out
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.lemma_ == "be" and head.tag_ == "VB" and not auxiliaries:
        return True
    return any(c.lower_ == "be" and c.tag_ == "VB" for c in auxiliaries)


def _asked_object(trigger: Token, cues: dict, demand: set[str], desire: set[str]) -> Assertion | None:
    """The standing of an event noun that a verb of asking or wanting takes as its object, directly or
    through "for" ("demanded an apology", "the law requires an inquiry", "pressed for talks", "wants a
    ceasefire"): asked for or wanted, not done."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    token = trigger
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in cues["object_demand_verbs"]:
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.dep_ == "prep":
        verb = token.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in demand:
        return "demanded"
    if lemma in desire:
        return "hypothetical"
    return None


# Links inside a noun phrase, through which a "to" infinitive the parser hung on a noun reaches the verb of
# asking whose object that noun is ("calling for all foreigners convicted of fraud to be barred").
NOUN_PHRASE_DEPS = frozenset({"relcl", "acl", "pobj", "prep", "conj", "appos", "amod", "compound", "nummod"})


def _asked_infinitive(anchor: Token, demand: set[str], desire: set[str]) -> Assertion | None:
    """The standing of a "to" infinitive under a verb of asking's "for" ("called for the foreigners to be
    barred", "pressed for the troops to leave"), however the parser hangs the infinitive inside the noun
    phrase: the first verb reached through noun-phrase links decides."""
    if not _infinitive(anchor) or anchor.dep_ not in ("relcl", "acl"):
        return None
    token = anchor
    for _ in range(FOR_INFINITIVE_HOPS):
        if token.head.i == token.i or token.dep_ not in NOUN_PHRASE_DEPS:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            if not any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
                return None  # "a plan to cut taxes", "met leaders to discuss": no asking "for"
            lemma = token.lemma_.lower()
            return "demanded" if lemma in demand else "hypothetical" if lemma in desire else None
    return None


# Penn tags of a participle or bare verb that says what state an object is wanted in ("wanted them deported").
OBJECT_PREDICATE_TAGS = frozenset({"VBN", "VB"})


def _asked_predicate(anchor: Token, demand: set[str], desire: set[str]) -> Assertion | None:
    """The standing of a participle told of the object of a verb of asking or wanting ("supporters who wanted
    all immigrants deported", "demanded the hostages freed"), which the parser hangs on the object: the
    state is wanted, not reached."""
    if anchor.dep_ != "acl" or anchor.tag_ not in OBJECT_PREDICATE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in anchor.children):
        return None
    obj = anchor.head
    if obj.dep_ != "dobj" or obj.head.pos_ not in ("VERB", "AUX") or obj.doc[anchor.i - 1].is_punct:
        return None  # ", deported in 2019": an aside on the object, not the state wanted
    verb = obj.head
    lemma = verb.lower_ if verb.lower_ in desire else verb.lemma_.lower()
    return "demanded" if lemma in demand else "hypothetical" if lemma in desire else None


def _avoided(governor: Token, link: str, unrealized: set[str], negators: set[str]) -> bool:
    """Whether a clause is what its governor avoids, refrains from or is hesitant to do ("avoids discussing the vote",
    "hesitant to endorse him"): not done. A negated governor ("did not hesitate to strike", "was not reluctant")
    tells it done."""
    if link != "xcomp" or governor.lemma_.lower() not in unrealized:
        return False
    holders = [governor, governor.head] if governor.dep_ == "acomp" else [governor]  # "was not hesitant to"
    return not any(_negated_verb(h, negators) for h in holders)


def _refrained_from(anchor: Token, unrealized: set[str], negators: set[str]) -> bool:
    """Whether an act is what someone refrains or abstains from ("refrained from criticizing him"): not done."""
    prep = anchor.head
    if anchor.dep_ != "pcomp" or prep.lower_ != "from" or prep.head.i == prep.i:
        return False
    return prep.head.lemma_.lower() in unrealized and not _negated_verb(prep.head, negators)


def _of_no_one(anchor: Token, cues: dict) -> bool:
    """Whether a relative clause tells of an indefinite object of a negated verb ("never had a client who
    attacked a judge", "did not meet anyone who ..."): no such person is said to exist."""
    if anchor.dep_ != "relcl":
        return False
    noun = anchor.head
    if noun.dep_ not in ("dobj", "attr") or not any(d.dep_ == "det" and d.lower_ in cues["indefinite_determiners"] for d in noun.children):
        return False
    return _negated_verb(noun.head, set(cues["negation_words"]))


def assertion_of(trigger: Token, anchor: Token, lexicon: Lexicon, modality: Modality) -> Assertion:
    """The finer standing of an event: demanded (must, should, urged to), denied (X denies it),
    hypothetical (wanted, not ruled out, not said: "did not say that X attacked"), else its contract modality.
    A negation is scoped to its clause: a negated saying leaves its complement unclaimed, not negated."""
    cues = lexicon.cues
    demand_aux = set(cues["demand_auxiliaries"])
    for head in _clause_heads(anchor):
        if is_imperative(head):
            return "demanded"  # "Stop the war": what a command asks for is not done
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in demand_aux for c in head.children):
            return "demanded"
        if _obliged(head, cues) or _subjunctive(head):
            return "demanded"  # "Washington needs to act", "it is important to act", "urged that he be freed"
    demand, denial = set(cues["demand_verbs"]), set(cues["denial_verbs"])
    desire, unexcluded = set(cues["desire_verbs"]), set(cues["unexcluded_verbs"])
    advocacy = set(cues["advocacy_verbs"])
    if _of_no_one(anchor, cues):
        return "hypothetical"  # "I have never had a client who attacked a judge": told of no one
    asked = _asked_object(trigger, cues, demand, desire) or _asked_infinitive(anchor, demand, desire) \
        or _asked_predicate(anchor, demand, desire)
    if asked:
        return asked
    unclaimed, negators = set(cues["unclaimed_by_negation_verbs"]), set(cues["negation_words"])
    unrealized = set(cues["unrealized_governors"])
    if _refrained_from(anchor, unrealized, negators):
        return "hypothetical"  # "refrained from criticizing him": not done
    for clause, governor in _governors(anchor):
        lemma = governor.lemma_.lower()
        if governor.lower_ in desire:
            lemma = governor.lower_  # a form the model lemmatises wrongly ("hopes" as "hop")
        link = _complement_link(clause, governor)
        if link == "conj":
            continue
        if _avoided(governor, link, unrealized, negators):
            return "hypothetical"  # "avoids discussing", "hesitant to endorse": not done
        if lemma in unclaimed and link == "ccomp" and _negated_verb(governor, negators):
            return "hypothetical"  # "He did not say (deny) that Russia attacked": neither told nor denied
        if lemma in demand and link in ("xcomp", "ccomp"):
            return "demanded"
        if lemma in denial and link == "ccomp":
            return "denied"
        if _phrasal(governor) in advocacy and link == "xcomp" and clause.tag_ == GERUND_TAG:
            return "hypothetical"  # "the council favours sending monitors": a course argued for, not taken
        if lemma in desire and (link == "xcomp" or (link == "ccomp" and clause.i > governor.i)):
            # "wants to close", "wants Peru to shut its ports", "hopes talks resume"; a clause before it is
            # a misparse of two sentences joined by a semicolon ("He calls for X; she aims to ...")
            return "hypothetical"
        if _phrasal(governor) in unexcluded or lemma in unexcluded:
            return "hypothetical"
    return modality


# The contract's modality for each finer standing (the contract's enum is fixed).
CONTRACT_MODALITY: dict[str, Modality] = {
    "asserted": "asserted", "future": "future", "hypothetical": "hypothetical", "historical": "historical",
    "demanded": "hypothetical", "denied": "hypothetical",
}
