"""Cue candidates of content nouns (his claim that, criticism of X): the noun, its holder and its content."""

from __future__ import annotations

from spacy.tokens import Token

from accord.stages.statements.animacy import RELATIVE_TAGS, animate, class_admits
from accord.stages.statements.candidate import Candidate
from accord.stages.statements.cue_speakers import subject_of
from accord.stages.statements.lexicon import STANCE_CLASS, CueLexicon
from accord.stages.statements.spans import token_range, trim_clause


# Relations by which the parser hangs a content noun's clause on the light verb taking the noun
# (`expressed concern that ...` with the clause a ccomp of `expressed`).
LIGHT_VERB_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl"})
# `Clinton has been a supporter of NATO`, `Smith, a critic of the plan,`: a frame's role noun in the
# predicate of a copula or in an apposition holds the view of the name it describes, not of itself.
ROLE_NOUNS_NAME_THEIR_HOLDER = True
# Verbs whose subject holds the view or feeling a stance noun object names (`have contempt for X`,
# `shared his disdain for X`), besides the light verbs of phrases.json (`expressed outrage over X`).
HOLDING_VERBS = frozenset({"have", "hold", "harbor", "harbour", "feel", "show", "share", "continue", "display"})
# Prepositions whose object, a frame noun, names the stance in which a cue verb's subject speaks
# (`spoke out in favor of X`, `argued in defense of X`; issue 13 item 8). Only under a cue verb:
# `voted in favor of X`, `ruled in favor of X` are acts, not views.
STANCE_PHRASE_PREPOSITIONS = frozenset({"in"})


def noun_candidate(noun: Token, lex: CueLexicon) -> Candidate | None:
    """`his claim that ...`, `her decision to ...`, `Washington's call for X`: a content noun with a
    `that`-clause, an infinitive or (for ``for_nouns``) a `for` object; the speaker is its possessor."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and _introduced(c)), None)
    if clause is None:
        clause = clause_on_light_verb(noun, lex)
    if clause is None and noun.lemma_.lower() in lex.for_nouns:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > noun.i), None)
        clause = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if clause is None:
        return None
    owner = _noun_holder(noun, lex)
    if owner is None or clause.lemma_.lower() in lex.no_comment_verbs:
        return None  # `ignored requests for comment` reports nothing
    doc = noun.doc
    return Candidate(token_range(doc, noun.i, noun.i), owner, trim_clause(doc, clause.left_edge.i, clause.right_edge.i), "noun")


def _introduced(clause: Token) -> bool:
    """Whether a clause opens with `that` or is a `to`-infinitive (`the claim that ...`, `a plan to ...`)."""
    return any((m.dep_ == "mark" and m.lower_ == "that") or (m.dep_ == "aux" and m.lower_ == "to" and m.i < clause.i)
               for m in clause.children)


def clause_on_light_verb(noun: Token, lex: CueLexicon) -> Token | None:
    """`expressed concern that ...`, `made the case to ...`: the parser hung the content noun's clause on
    the light verb whose object the noun is; the clause after the noun is the noun's content."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in lex.light_verbs:
        return None
    return next((c for c in verb.children if c.i > noun.i and c.dep_ in LIGHT_VERB_CLAUSE_DEPS and _introduced(c)), None)


def _noun_holder(noun: Token, lex: CueLexicon) -> Token | None:
    """Who holds the view a content noun names: its possessor (`his criticism of X`), else the
    animate subject of the verb it is the object of (`X voiced concerns about Y`, `X renewed calls
    for Y`)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in STANCE_PHRASE_PREPOSITIONS and verb.dep_ == "prep":
        verb = verb.head  # `spoke out in favor of X`, `argued in defense of X`: the stance the speaker takes
        if (verb.lemma_.lower() not in lex.verbs and verb.lemma_.lower() not in lex.prep_frames) or not _stance_noun(noun, lex):
            return None
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ in ("VERB", "AUX"):
        subject = subject_of(verb)
        if subject is not None and animate(subject, lex):
            return subject
    return None


def _stance_noun(noun: Token, lex: CueLexicon) -> bool:
    """A noun of a view (`favor`, `defense`, `opposition`): a curated stance noun or a mined frame of the
    stance class; `in reference to X`, `in an attempt to X` name no view."""
    lemma = noun.lemma_.lower()
    return lemma in lex.stance_nouns or any(cls == STANCE_CLASS for (mined, _), cls in lex.mined_class.items() if mined == lemma)


def noun_frame_candidate(noun: Token, lex: CueLexicon) -> Candidate | None:
    """A mined noun frame (`criticism of X`, `opposition to X`, `supporters of X`): the prepositional
    object is the content; the holder is the noun's possessor or the subject of the verb taking it,
    or, for an animate noun (`supporters`, `critics`), the noun itself. Only animate holders count."""
    allowed = lex.prep_frames[noun.lemma_.lower()]
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in allowed and c.i > noun.i), None)
    pobj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if pobj is None:
        return None
    holder = _noun_holder(noun, lex) or _role_noun_holder(noun, lex) or (noun if animate(noun, lex) else None)
    if (holder is not None and noun.lemma_.lower() in lex.stance_nouns and holder.i != noun.i and noun.dep_ == "dobj"
            and not any(c.dep_ == "poss" for c in noun.children) and noun.head.lemma_.lower() not in lex.light_verbs | HOLDING_VERBS):
        return None  # `condemn the hatred of X`: the condemner holds no hatred; `voiced outrage over X` does
    if holder is None or not class_admits(noun.lemma_.lower(), "p:" + prep.lower_, holder, lex):
        return None  # `requests for comment`: a request's object is no propositional content
    doc = noun.doc
    last = pobj.right_edge.i
    for other in [*prep.conjuncts, *noun.children]:  # `a supporter of NATO and of its allies`: both objects
        if (other.i > last and other.dep_ in ("prep", "conj") and other.lower_ == prep.lower_
                and any(t.dep_ == "cc" for t in doc[last + 1 : other.i])):
            last = other.right_edge.i
    return Candidate(token_range(doc, noun.i, noun.i), holder, trim_clause(doc, pobj.left_edge.i, last), "noun")


def _role_noun_holder(noun: Token, lex: CueLexicon) -> Token | None:
    """Who a role noun of a frame describes (issue 13 item 8): the subject of the copula it is the
    predicate of (`Clinton has been a supporter of NATO`, `Kaine is an opponent of X`) or the name it
    is an apposition of (`Smith, a critic of the plan,`), when that is animate."""
    if not ROLE_NOUNS_NAME_THEIR_HOLDER:
        return None
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        holder = subject_of(noun.head)
    elif noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN", "PRON"):
        holder = noun.head
    else:
        return None
    return holder if holder is not None and holder.tag_ not in RELATIVE_TAGS and animate(holder, lex) else None
