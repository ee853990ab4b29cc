"""Who did it and to whom: dependency patterns for actors and recipients of a trigger.

Actor: the subject (through relative pronouns, control and coordination), a passive ``by``-agent, a
possessor ("Putin's proposal"), a ``by`` phrase ("a proposal by Putin"), a coded modifier ("Russian
strikes") or ``between X and Y``. Recipient: an object that names a party, or a ``with``/``to``/
``against``/``on`` complement as the lexicon allows for the type.
"""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.grammar import ACTIVE_SUBJECT_DEPS, PLACE_LABELS, RELATIVE_PRONOUNS, TIME_LABELS, preposition_objects
from accord.stages.token_filters import sentence_of

PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our"})
# Clause links through which a subjectless verb takes its governor's subject (control, coordination).
INHERITING_DEPS = frozenset({"xcomp", "conj", "advcl", "acomp", "pcomp"})
# Verbs whose object, not subject, controls the complement ("urged Russia to withdraw").
OBJECT_CONTROL_DEPS = frozenset({"dobj", "dative"})
# Prepositions whose gerund shares the governing verb's subject ("before retreating", "by firing");
# not "of"/"for", whose gerund may be someone else's ("accused Kabul of harbouring"), nor "in", whose phrase
# is often misattached ("doubting Marlow's wisdom in backing the tariff": Marlow backed it; judged
# wrong 3 times of 3 on PolNeAR train, seed 7). "since" too ("has lost ground since lifting the ban").
SAME_SUBJECT_PREPS = frozenset({"before", "after", "while", "without", "by", "upon", "since"})
# Verbs whose subject does with its object what their "in" gerund says ("led nine senators in calling on
# Rubio to act", "joined the House in urging"): the "in" phrase is the subject's own act (session 12).
JOINING_VERBS = frozenset({"join", "lead"})
# Links of a noun to its clause's verb through which a time phrase hung on the noun still tells the verb's
# time ("made the highest figure since lifting a ban": the parser hangs "since" on "figure").
TIME_PHRASE_NOUN_DEPS = frozenset({"dobj", "attr", "appos", "pobj", "prep"})
# How many clause links a subject is inherited across.
INHERIT_HOPS = 3
# Names that can be the state acting from a place ("deported from the United States"): countries and cities.
SOURCE_AGENT_ENTITY_TYPES = frozenset({"GPE"})
# Prepositions the parser reads as the mark of an infinitive clause when an infinitive follows their object
# ("met with X to discuss Y" as "with [X to discuss Y]"): the clause's subject is that preposition's object.
MISPARSED_PREP_MARKS = frozenset({"with"})
# Prepositions of an act's venue, on whose named place the parser may hang the act's "with" phrase ("held talks in Oslo
# with X" read as "Oslo with X": multi-outlet reports, session 19).
VENUE_PREPS = frozenset({"in", "at"})
# Prepositions of a party the parser hangs on such a place.
VENUE_HUNG_PREPS = frozenset({"with"})


def expand(token: Token) -> list[Token]:
    """The token and its coordinated conjuncts ("Russia and Ukraine")."""
    return [token] + [c for c in token.conjuncts if c.i > token.i and c.pos_ in ("PROPN", "NOUN", "PRON", "ADJ")]


def through_relative(token: Token) -> Token:
    """A relative pronoun's antecedent ("talks ... that yielded" -> talks), else the token."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return token.head.head
    return token


# Prepositions by which a copular clause puts its subject in a class ("X is among countries that ...",
# "X is one of the nations that ...").
CLASS_PREPS = frozenset({"among", "of"})


def class_members(antecedent: Token) -> list[Token]:
    """The parties a copular clause names as members of the class a relative clause describes ("Canada and
    Belgium are among countries that have banned ...": Canada and Belgium banned); [] otherwise."""
    if antecedent.pos_ != "NOUN" or antecedent.dep_ != "pobj" or antecedent.head.lower_ not in CLASS_PREPS:
        return []
    holder = antecedent.head.head
    if antecedent.head.lower_ == "of":
        if holder.lower_ != "one" or holder.dep_ != "attr":
            return []  # "the leaders of countries that ...": no membership said
        holder = holder.head
    if holder.lemma_ != "be":
        return []
    return [t for c in holder.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" for t in expand(c)]


def _antecedent_doers(antecedent: Token) -> list[Token]:
    """Who a relative clause's antecedent stands for as its doer: the named members of its class, else itself."""
    return class_members(antecedent) or [antecedent]


def _made_by(subjects: list[Token], documents: frozenset[str]) -> Token | None:
    """The verb whose object is the document or measure a relative clause's pronoun stands for ("adopted a
    resolution that demands ...", "is preparing measures that could restrict ..."): its subject does the act."""
    if len(subjects) != 1:
        return None
    antecedent = through_relative(subjects[0])
    if antecedent is subjects[0] or antecedent.lemma_.lower() not in documents:
        return None
    if antecedent.dep_ in ("dobj", "nsubjpass") and antecedent.head.pos_ in ("VERB", "AUX"):
        return antecedent.head
    return None


# The tag of a past verb, which no modal can govern: coordinated with a modal's bare verb inside a complement, it is
# the main clause's act ("predicted that the harvest would fail and thanked the farmers": the predictor thanked).
PAST_TAG = "VBD"
# The tag of a modal auxiliary ("would", "will", "could").
MODAL_TAG = "MD"


def misattached_past(verb: Token) -> Token | None:
    """The main verb a subjectless past verb belongs to when the parser coordinated it with a modal's bare verb inside
    that main verb's complement ("said the talks would resume and thanked the hosts": the sayer thanked), else None.
    Only a past verb: a present one may share the complement's subject ("will attend and is committed")."""
    bare = verb.head
    if verb.dep_ != "conj" or bare is verb or verb.tag_ != PAST_TAG or verb.lower_ == verb.lemma_.lower():
        return None  # "cut" or "shut" tagged past may be the bare verb itself
    if bare.tag_ != "VB" or bare.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.tag_ == MODAL_TAG for c in bare.children):
        return None
    if any(c.dep_ in ACTIVE_SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in verb.children):
        return None
    main = bare.head
    return main if main.pos_ in ("VERB", "AUX") else None


def subject_tokens(verb: Token, object_control: frozenset[str] = frozenset(), documents: frozenset[str] = frozenset()) -> tuple[list[Token], bool]:
    """Subject tokens of a clause (and whether they are passive-patients), inherited across control."""
    current = verb
    for _ in range(INHERIT_HOPS + 1):
        subjects = [c for c in current.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
        made = _made_by(subjects, documents)
        if made is not None:
            current = made  # "Brussels is preparing measures that could restrict ...": Brussels restricts
            continue
        if subjects:
            return [d for s in subjects for t in expand(s) for d in _antecedent_doers(through_relative(t))], False
        passive = [c for c in current.children if c.dep_ == "nsubjpass"]
        if passive and current is verb:
            return [], True
        if passive and verb.dep_ == "pcomp" and verb.head.head.i == current.i:
            # "a driver was shot after ramming a van into a crowd": the passive's subject did the gerund's act
            return [d for s in passive for t in expand(s) for d in _antecedent_doers(through_relative(t))], False
        if current is verb and _subjectless_passive(verb):
            return [], True  # "fled after being attacked by soldiers": the soldiers attack, not the officials who report it
        if current.dep_ == "acl" and current.tag_ == "VBN" and current.head.pos_ in ("NOUN", "PROPN"):
            return [], current is verb  # "a diplomat accused of ...": the noun is the patient (a passive)
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN"):
            document = current.head
            if document.lemma_.lower() in documents and document.head.pos_ in ("VERB", "AUX") and document.dep_ in ("dobj", "nsubjpass"):
                current = document.head  # "the Council adopted a resolution demanding ...": the Council demands
                continue
            return expand(current.head), False
        main = misattached_past(current)
        if main is not None:
            current = main  # "forecast that prices would fall and praised the bank": the forecaster praised it
            continue
        if current.dep_ not in INHERITING_DEPS or current.head.i == current.i:
            break
        governor = current.head
        if current.dep_ == "pcomp" and governor.lower_ in SAME_SUBJECT_PREPS and governor.head.pos_ in ("VERB", "AUX"):
            current = governor.head  # "crossed the border before retreating": the crossers retreat
            continue
        if current.dep_ == "pcomp" and governor.lower_ == "in" and governor.head.lemma_.lower() in JOINING_VERBS:
            current = governor.head  # "led a group of senators in calling on Rubio": the leaders call on him
            continue
        if current.dep_ == "pcomp" and governor.lower_ in SAME_SUBJECT_PREPS and _clause_of_noun(governor.head) is not None:
            current = _clause_of_noun(governor.head)  # "made the highest figure since lifting a ban": the makers lifted it
            continue
        if current.dep_ == "xcomp" and governor.lemma_.lower() in object_control:
            controllers = [c for c in governor.children if c.dep_ in OBJECT_CONTROL_DEPS and c.pos_ in ("PROPN", "NOUN", "PRON")]
            if controllers:
                return [t for c in controllers for t in expand(c)], False
        current = governor
    fragment = split_off_subject(current)
    return (expand(fragment), False) if fragment is not None else ([], False)


# Tags of a finite verb that can open a clause whose subject the parser cut off into a sentence of its own.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Parts of speech of the head of such a cut-off subject ("Gunmen" | "attacked a convoy ...").
FRAGMENT_HEAD_POS = frozenset({"NOUN", "PROPN"})


def split_off_subject(verb: Token) -> Token | None:
    """The head of a verbless noun phrase the parser split off as a sentence of its own just before a subjectless
    finite verb that opens the next ("Gunmen" | "attacked a convoy ..."), on the same line with no punctuation
    between: it is that verb's subject. None otherwise (a headline's line, a list item, a verb with a subject)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_VERB_TAGS or verb.i == 0 or sentence_of(verb).start != verb.i:
        return None
    last = verb.doc[verb.i - 1]
    if "\n" in last.whitespace_ or last.is_punct or last.is_space:
        return None
    fragment = sentence_of(last)
    head = fragment.root
    if head.pos_ not in FRAGMENT_HEAD_POS or any(t.pos_ in ("VERB", "AUX") or t.is_punct or t.is_space for t in fragment):
        return None
    return head


def _subjectless_passive(verb: Token) -> bool:
    """A passive clause with no subject of its own but a named ``by``-agent ("after being attacked by soldiers"): its
    doer is that agent, never the subject of the clause it hangs on."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and "agent" in deps


def _clause_of_noun(noun: Token) -> Token | None:
    """The verb whose object, attribute or prepositional object a noun is (through apposition), when a time phrase the parser hung
    on that noun belongs to the verb's clause; None otherwise."""
    current = noun
    for _ in range(INHERIT_HOPS + 1):
        if current.pos_ not in ("NOUN", "PROPN", "ADP") or current.dep_ not in TIME_PHRASE_NOUN_DEPS:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


# Nouns whose "of" phrase names who had a passive act done ("delayed at the suggestion of a mediator").
INSTIGATION_NOUNS = frozenset({"suggestion", "request", "initiative", "behest", "instruction", "order", "proposal"})


def instigators(verb: Token) -> list[Token]:
    """Who a passive act was done at the suggestion, request or initiative of ("was delayed at the
    suggestion of Norway's envoy": the envoy delayed it)."""
    return [t for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")
            for noun in c.children if noun.dep_ == "pobj" and noun.lemma_.lower() in INSTIGATION_NOUNS
            for of in noun.children if of.dep_ == "prep" and of.lower_ == "of"
            for p in of.children if p.dep_ == "pobj" for t in expand(p)]


def agent_tokens(verb: Token, source_agents: frozenset[str] = frozenset()) -> list[Token]:
    """The passive agent ("attacked by rebels"), else whom it was done at the suggestion of; for a verb in
    ``source_agents`` without either, the place it acts from ("migrants deported from the United States":
    the United States deported them)."""
    agents = [t for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for t in expand(p)]
    agents = agents or instigators(verb)
    if agents or verb.lemma_.lower() not in source_agents:
        return agents
    return [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pobj" and p.ent_type_ in SOURCE_AGENT_ENTITY_TYPES for t in expand(p)]


def passive_patients(verb: Token) -> list[Token]:
    """Who a passive act is done to: its passive subject, or the noun a participle modifies ("migrants deported")."""
    patients = [t for c in verb.children if c.dep_ == "nsubjpass" for t in expand(c)]
    if not patients and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        patients = expand(verb.head)
    return patients


def object_tokens(verb: Token) -> list[Token]:
    """Direct and dative objects of a verb."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj"):
            if child.pos_ == "ADP":  # "provided fuel to Gaza" parsed with a dative "to"
                found.extend(t for p in child.children if p.dep_ == "pobj" for t in expand(p))
            else:
                found.extend(expand(child))
    return found


def prep_objects(head: Token, preps: dict[str, list[str]], event_type: str) -> list[Token]:
    """Objects of the prepositions that introduce recipients for this event type."""
    found: list[Token] = []
    for child in head.children:
        if child.dep_ == "advcl":
            # "met Thursday with X to discuss Y", parsed as "with [X to discuss Y]": X is the ``with`` object
            mark = next((c for c in child.children if c.dep_ == "mark" and c.i < child.i), None)
            allowed = preps.get(mark.lower_) if mark is not None and mark.lower_ in MISPARSED_PREP_MARKS else None
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)  # not "with Russia threatening"
            if allowed is not None and infinitive and mark.i > head.i and ("*" in allowed or event_type in allowed):
                found.extend(t for c in child.children if c.dep_ == "nsubj" and mark.i < c.i < child.i for t in expand(c))
            continue
        if child.dep_ != "prep":
            continue
        if child.lower_ in VENUE_PREPS:
            found.extend(_hung_on_venue(child, preps, event_type))
        allowed = preps.get(child.lower_)
        if allowed is None or ("*" not in allowed and event_type not in allowed):
            continue
        for pobj in child.children:
            if pobj.dep_ == "pobj":
                found.extend(expand(pobj))
    return found


def _hung_on_venue(venue_prep: Token, preps: dict[str, list[str]], event_type: str) -> list[Token]:
    """The party of a "with" phrase the parser hung on the act's named venue ("held talks in Oslo with X", read as
    "Oslo with X"): X is the act's other party, not a part of the place."""
    found: list[Token] = []
    for place in (c for c in venue_prep.children if c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS):
        for prep in (c for c in place.children if c.dep_ == "prep" and c.lower_ in VENUE_HUNG_PREPS):
            allowed = preps.get(prep.lower_)
            if allowed is not None and ("*" in allowed or event_type in allowed):
                found.extend(t for g in prep.children if g.dep_ == "pobj" for t in expand(g))
    return found


def object_event_nouns(verb: Token, phrase: tuple[Token, ...], event_nouns: set[int]) -> list[Token]:
    """A verb's direct objects that name its act, words of its phrase ("held talks") or event nouns ("signed a
    deal"): the party their "with" phrase names ("held talks with X") is the act's other party, not the noun's."""
    phrase_words = {t.i for t in phrase}
    return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and (c.i in phrase_words or c.i in event_nouns)]


def adjunct_clause_doers(noun: Token, adjunct_preps: frozenset[str], counterpart_preps: frozenset[str]) -> list[Token]:
    """The subject of the clause a meeting noun with a counterpart is an adjunct of ("during talks with X, Y said"):
    Y is the one who met X; [] when the noun names no counterpart or is no such adjunct."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in adjunct_preps or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "poss" for c in noun.children) or not any(c.dep_ == "prep" and c.lower_ in counterpart_preps for c in noun.children):
        return []  # "during his trips to X, Y shunned him": a possessor may be another's meeting
    return subject_tokens(prep.head)[0]


def between_tokens(noun: Token, between: frozenset[str]) -> list[Token]:
    """Participants named by ``between X and Y`` on a noun or verb."""
    return [t for p in preposition_objects(noun, between) for t in expand(p)]


def noun_agent_tokens(noun: Token) -> list[Token]:
    """A nominal event's doer: its possessor or its ``by`` phrase; a time as possessor ("the previous day's
    blasts", "Tuesday's vote") says when, not who."""
    possessors = [t for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in TIME_LABELS
                  for t in expand(c)]
    by_phrase = [t for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children if p.dep_ == "pobj" for t in expand(p)]
    return possessors + by_phrase


def holder_of_tokens(noun: Token, holder_nouns: frozenset[str], blocking_preps: frozenset[str]) -> list[Token]:
    """The party an "of" phrase names as holding or giving a stance or help noun ("the backing of India",
    "with the help of Egypt"); none for "in support of X" (X is backed) or a noun with a possessor."""
    if noun.lemma_.lower() not in holder_nouns or any(c.dep_ == "poss" for c in noun.children):
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ in blocking_preps:
        return []
    return [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN") for t in expand(p)]


def clause_doer(noun: Token, doer_verbs: frozenset[str]) -> tuple[Token | None, list[Token]]:
    """The light-verb clause on an event noun that names its doer, and that doer: "the sanctions Washington
    has imposed", "attacks carried out by militants"; (None, []) when the noun has no such clause."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in doer_verbs:
            continue
        children = list(clause.children)
        if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in children):
            continue  # "the talks that produced a deal": the noun is the clause's subject, not its object
        doers = [t for c in children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for t in expand(c)]
        doers += [t for c in children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" for t in expand(p)]
        if doers:
            return clause, doers
    return None, []


def attributed_tokens(noun: Token, attribution: dict[str, frozenset[str]]) -> list[Token]:
    """The doer an event noun is pinned on ("a strike blamed on Turkey", "attacks attributed to rebels")."""
    found: list[Token] = []
    for clause in noun.children:
        preps = attribution.get(clause.lemma_.lower()) if clause.dep_ in ("acl", "relcl") else None
        if not preps:
            continue
        for prep in clause.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in preps:
                found.extend(t for p in prep.children if p.dep_ == "pobj" for t in expand(p))
    return found


def noun_modifiers(noun: Token) -> list[Token]:
    """Modifiers that may name a party ("Russian" strikes, "Russia-Ukraine" talks), with their conjuncts."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.pos_ in ("PROPN", "ADJ", "NOUN"):
            found.append(child)
            found.extend(child.conjuncts)
            found.extend(g for g in child.children if g.dep_ in ("compound", "amod", "nmod") and g.pos_ in ("PROPN", "ADJ"))
    return sorted(set(found), key=lambda t: t.i)


def governing_speaker(anchor: Token, reporting: frozenset[str] = frozenset()) -> list[Token]:
    """Subject of the verb whose clausal complement holds this clause ("the EU signalled that ..."); with
    ``reporting`` verbs, also through a subjectless participle glossing what one of them reports ("X stated
    that ..., meaning Y must Z": X)."""
    current = misattached_past(anchor) or anchor  # the main clause's own act has no sayer in its complement
    glossed = False
    for _ in range(INHERIT_HOPS + 1):
        if current.dep_ == "ccomp" or (current.dep_ in ("conj", "advcl", "xcomp") and current.head.i != current.i):
            governor = current.head
            subjects = [c for c in governor.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
            if (current.dep_ == "ccomp" or glossed) and subjects:
                return [through_relative(t) for s in subjects for t in expand(s)]
            glossed = (current.dep_ == "ccomp" and governor.dep_ == "advcl" and governor.tag_ == "VBG"
                       and governor.head.lemma_.lower() in reporting)
            current = governor
            continue
        break
    return []


# Clause links that state what a mobilization or act is for ("deployed to evacuate", "sent in to help").
PURPOSE_DEPS = frozenset({"xcomp", "advcl"})


def purpose_lemmas(token: Token) -> set[str]:
    """Lemmas naming what an act is for: its infinitive purpose clauses (one level of "to help evacuate"
    deep) and the objects of its ``for`` phrases ("deployed for relief work")."""
    found: set[str] = set()
    for child in token.children:
        if child.dep_ in PURPOSE_DEPS and child.pos_ == "VERB":
            found.add(child.lemma_.lower())
            found.update(g.lemma_.lower() for g in child.children if g.dep_ in PURPOSE_DEPS and g.pos_ == "VERB")
        elif child.dep_ == "prep" and child.lower_ == "for":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.add(pobj.lemma_.lower())
                    found.update(c.lemma_.lower() for c in pobj.children if c.dep_ == "compound")
    return found


def reaction_doers(noun: Token, anchor: Token, spec: dict) -> list[Token] | None:
    """For an event noun that a reaction verb governs ("drew criticism from X", "sparked protests"): the
    doers its ``from``/``by`` phrase names (possibly none); None when the anchor is no reaction verb."""
    if anchor is noun or anchor.lemma_.lower() not in spec["verbs"]:
        return None
    preps = spec["doer_preps"]
    return [t for head in (noun, anchor) for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj" for t in expand(p)]


def giver_tokens(noun: Token, anchor: Token, event_type: str, spec: dict) -> list[Token] | None:
    """For an event noun that is the object of a receiving verb ("received aid from X", "won the support of X"):
    the givers its ``from`` phrase (or, for the types in ``of_giver_types``, its ``of`` phrase) names; None when the
    anchor is no receiving verb of this noun or no giver is named (frames.json receiving_verbs)."""
    if anchor.i == noun.i or noun.dep_ != "dobj" or noun.head.i != anchor.i or anchor.lemma_.lower() not in spec["verbs"]:
        return None
    preps = set(spec["giver_preps"]) | ({"of"} if event_type in spec["of_giver_types"] else set())
    found = [t for head in (noun, anchor) for c in head.children if c.dep_ == "prep" and c.lower_ in preps
             and (head.i == noun.i or c.lower_ != "of") for p in c.children if p.dep_ == "pobj" for t in expand(p)]
    return found or None


def received_from_nobody(noun: Token, anchor: Token, event_type: str, spec: dict) -> bool:
    """Whether an approval noun is the object of a receiving verb with no giver named ("Rubio earned widespread
    praise", "the mayor received recognition"): the subject is praised, not the one who praises (frames.json
    receiving_verbs ``giverless_types``)."""
    return event_type in spec["giverless_types"] and anchor.i != noun.i and noun.dep_ == "dobj" \
        and noun.head.i == anchor.i and anchor.lemma_.lower() in spec["verbs"] \
        and giver_tokens(noun, anchor, event_type, spec) is None


def owner_given_from(noun: Token, event_type: str, spec: dict) -> tuple[list[Token], list[Token]] | None:
    """For an approval noun with an owner and a ``from`` phrase ("Clinton's support from party leaders"): the givers
    the phrase names and the owner who receives; None otherwise (frames.json receiving_verbs ``giverless_types``)."""
    if event_type not in spec["giverless_types"]:
        return None
    owners = [t for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for t in expand(c)]
    givers = [t for c in noun.children if c.dep_ == "prep" and c.lower_ in spec["giver_preps"]
              for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in TIME_LABELS
              and p.lemma_.lower() not in spec["time_nouns"] for t in expand(p)]
    return (givers, owners) if owners and givers else None


def main_predicate(root: Token, reporting_verbs: frozenset[str]) -> Token:
    """A sentence's main predication: its root, or the clause a reporting root reports ("X killed Y,
    medics said" -> killed)."""
    if root.lemma_.lower() in reporting_verbs:
        reported = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if reported is not None:
            return reported
    return root
