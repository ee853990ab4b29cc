"""What one name candidate is (lexicon actor, person or organisation), decided on the evidence around it and added."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from accord.knowledge.actors import (
    ActorCode, LexEntry, entity_words, first_name_genders, initialism_title, lexicon, lookup_actor,
)
from accord.knowledge.name_variants import has_mojibake_lead, repair_mojibake, rules
from accord.stages.entities.builder import EntityBuilder, EntityDraft
from accord.stages.entities.homonyms import names_state_office, shared_names
from accord.stages.entities.lexicon_hits import DocLexicon, lookup_entry
from accord.stages.entities.names import is_elided_article_name, is_org_like, with_article
from accord.stages.entities.person_coding import add_named_person
from accord.stages.entities.titles import appos_is_title, apposition, honorific, title_chain
from accord.stages.grammar import SUBJECT_DEPS, document_text, span_text

# Verbs besides the audience verbs (entity_words.json) whose subject is an outlet reporting ("the Guardian
# reported"): where a bare "Hill" or "New Yorker" after "the" is the outlet, not Capitol Hill or a person.
OUTLET_VERBS = frozenset({"report", "quote", "publish", "cite"})
# Nouns whose "with"/"to" object is the outlet ("an interview with the Guardian").
OUTLET_NOUNS = frozenset({"interview", "statement", "letter", "op-ed"})


# Acronyms read as the initials of an earlier organisation's name: two letters are too ambiguous ("UN" is in
# the lexicon anyway), and longer ones are rarely coined from initials alone.
MIN_ACRONYM_LETTERS = 3
MAX_ACRONYM_LETTERS = 6
# Unknown one-word names this short are noise unless written in capitals (acronyms).
SHORT_NAME_CHARS = 3
# Tokens read either side of a country name a US state shares ("Georgia") for the state's office around it: "the
# Georgia secretary of state" (three after), "Sen. Mary Ann Cole of Georgia" (five before).
STATE_OFFICE_TOKENS_BEFORE = 5
STATE_OFFICE_TOKENS_AFTER = 3
# Prepositions after an organisation's head word ("Committee on ...", "Court of ...", "Office for ...").
NAME_HEAD_PREPOSITIONS = frozenset({"of", "on", "for"})
# A person's name after an organisation's possessive ("National Review's Ian Tuttle") has a given name and at
# most two more words; longer runs are the organisation's own parts ("Macy's Herald Square Store").
POSSESSED_NAME_MAX_WORDS = 3
# Words of a go-between named by surname: the surname, after at most one name particle ("al-Nasiri").
MEDIATOR_SURNAME_WORDS = 2


def _register_acronym(builder: EntityBuilder, doc: Doc, span: Span, draft: EntityDraft) -> None:
    """Remember "Sudan Doctors Network (SDN)" so that a later "SDN" is the same organisation."""
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
        builder.acronyms.setdefault(doc[end + 1].text, draft)


def initials(name: str) -> str:
    """The acronym of a name: initials of its capitalised words ("Department of Homeland Security" -> "DHS")."""
    return "".join(word[0] for word in name.replace("-", " ").split() if word[:1].isupper())


def _organisation_with_initials(builder: EntityBuilder, text: str) -> EntityDraft | None:
    """The one earlier organisation an acronym abbreviates ("DHS" after "the Department of Homeland
    Security"), when the article never wrote it in brackets; None when none or several fit."""
    if not (MIN_ACRONYM_LETTERS <= len(text) <= MAX_ACRONYM_LETTERS and text.isalpha() and text.isupper()):
        return None
    fitting = [d for d in builder.drafts if d.kind == "organisation" and d.mentions and initials(d.name) == text]
    return fitting[0] if len(fitting) == 1 else None


def _organisation_by_last_word(builder: EntityBuilder, span: Span) -> EntityDraft | None:
    """"The Charter" after "the Copenhagen Charter": a capitalised "the X" naming the one earlier organisation
    whose multi-word name ends in X (as a surname names a person)."""
    if len(span) != 1 or span.start == 0 or span.doc[span.start - 1].lower_ != "the" or not span.text[:1].isupper():
        return None
    fitting = [d for d in builder.drafts if d.kind == "organisation" and d.mentions
               and len(d.name.split()) > 1 and span.text in _name_heads(d.name)]
    return fitting[0] if len(fitting) == 1 else None


def _name_heads(name: str) -> tuple[str, ...]:
    """The words a "the X" reference may name an organisation by: its last word, and the word before its first
    "of"/"on"/"for" ("Committee" of "EP Committee on Fisheries", "Court" of "Court of Justice")."""
    words = name.split()
    before = next((words[i - 1] for i, word in enumerate(words) if i > 0 and word in NAME_HEAD_PREPOSITIONS), None)
    return (words[-1], before) if before else (words[-1],)


def _owner_acronym_code(builder: EntityBuilder, span: Span) -> str | None:
    """The code of the earlier organisation an acronym opening an organisation's name abbreviates ("EP" of "the EP
    Committee on Fisheries" after "the European Parliament (EP)"): the body the named one belongs to."""
    for token in span[:-1]:
        owner = builder.acronyms.get(token.text) or _organisation_with_initials(builder, token.text)
        if owner is not None and owner.code:
            return owner.code
        if not token.text.isupper():
            return None  # only the words opening the name: "Board of Trade UK" names no owner
    return None


def _relative_of_person(builder: EntityBuilder, span: Span) -> bool:
    """"Sebastien Lai" after "Jimmy Lai": a capitalised given name before a known person's surname is a
    person (a relative or the same one), whatever the tagger's label."""
    if len(span) < 2 or not all(t.text[:1].isupper() and t.is_alpha for t in span):
        return False
    surname = span[-1].text
    return any(len(p.name.split()) > 1 and p.name.split()[-1] == surname for p in builder.persons)


def _split_possessed_person(builder: EntityBuilder, doc: Doc, span: Span, lex: DocLexicon) -> bool:
    """"Cornell's Casanova" after "Lourdes Casanova", "National Review's Ian Tuttle": the person (known, or a
    given name and a surname) and the possessor, not one organisation."""
    for token in span[1:-1]:
        if token.tag_ == "POS":
            possessed = doc[token.i + 1 : span.end]
            known = builder.person_for(possessed.text) is not None
            if not known and not _given_name_and_surname(possessed):
                return False
            add_name_candidate(builder, doc, doc[span.start : token.i], lex)
            if known:
                add_name_candidate(builder, doc, possessed, lex)
            else:
                add_named_person(builder, doc, possessed, None, None, None, lex)
            return True
    return False


def _split_prefixed_person(builder: EntityBuilder, doc: Doc, span: Span, lex: DocLexicon) -> bool:
    """"Fox News Sean Hannity", "Acme Corp Dana Lee": a known organisation's whole name, then a given name and a
    surname, read as one name by the tagger: the organisation and the person, not one organisation."""
    for cut in range(span.start + 1, span.end - 1):
        person = doc[cut : span.end]
        actor = lookup_actor(doc[span.start : cut].text)
        if actor is not None and actor.kind == "organisation" and _given_name_and_surname(person):
            add_name_candidate(builder, doc, doc[span.start : cut], lex)
            add_named_person(builder, doc, person, None, None, None, lex)
            return True
    return False


def _split_person_of_organisation(builder: EntityBuilder, doc: Doc, span: Span, lex: DocLexicon) -> bool:
    """"Lena Okafor of Human Rights Watch", one name to the tagger: the person and the known organisation after
    "of", when the parser heads the span in the name before "of" (the name is what the phrase is about) and
    that name is two or three capitalised words that are neither a known actor nor a body's noun ("Bank of
    America", "University of Chicago" stay one organisation)."""
    cut = next((t.i for t in span if t.lower_ == "of"), None)
    if cut is None or not 2 <= cut - span.start <= POSSESSED_NAME_MAX_WORDS or not span.start <= span.root.i < cut:
        return False
    person, body = doc[span.start : cut], doc[cut + 1 : span.end]
    if body and body[0].lower_ == "the":
        body = body[1:]
    actor = lookup_actor(body.text) if body else None
    if actor is None or actor.kind != "organisation" or lookup_actor(person.text) is not None \
            or is_org_like(person, lex) or any(t.i in lex.titles for t in person) \
            or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in person):
        return False
    add_named_person(builder, doc, person, None, None, None, lex)
    add_name_candidate(builder, doc, body, lex)
    return True


def _given_name_and_surname(span: Span) -> bool:
    """Whether ``span`` reads as a person's name: a known given name, then one or two capitalised words."""
    return (2 <= len(span) <= POSSESSED_NAME_MAX_WORDS and span[0].text in first_name_genders()
            and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in span))


def _plain_full_name(span: Span) -> bool:
    """Whether ``span`` is just a known given name and a surname ("Carly Fiorina", "Tashfeen Malik"): a person's
    name whatever label the tagger gave it (it reads some as an organisation or a product)."""
    return len(span) == 2 and _given_name_and_surname(span)


def _mojibake_full_name(span: Span) -> bool:
    """Whether ``span`` is a given name and a surname with a letter in mojibake ("TomÃ¡s Ibarra") and no
    place or nationality label: the tagger, which reads the word as a verb or a noun, gives it no person label,
    but repaired it is a plain full name."""
    words = repair_mojibake(span.text).split()
    # The labels of the words written right (the tagger's labels of mojibake pieces, "golÃ" as a place, are
    # noise): no place or nationality. An organisation label is no evidence either: next to a word it cannot
    # read the tagger takes a surname for a company ("TomÃ¡s Ibarra"); a body noun ("Banco") still makes an
    # organisation (``is_org_like``).
    plain = [t for t in span if t.is_alpha and not has_mojibake_lead(t.text)]
    return (words != span.text.split() and 2 <= len(words) <= POSSESSED_NAME_MAX_WORDS and bool(plain)
            and all(t.ent_type_ in ("", "PERSON", "ORG") for t in plain) and all(w.isalpha() and w.istitle() for w in words))


def _mediating_surname(builder: EntityBuilder, span: Span) -> bool:
    """Whether ``span`` is a lone surname, bare or after a name particle ("al-Nasiri", "el-Amin"), that the
    article says mediates the talks ("mediated by al-Nasiri"): a go-between named by surname is a person, though
    the tagger read the particle's hyphenated name as a body's. A bare surname counts only when some mention of it is
    tagged a person's: a body that mediates is often one word ("Interpeace")."""
    words = [t for t in span if not (t.is_punct and t.text in "-‐‑")]
    if not words or len(words) > MEDIATOR_SURNAME_WORDS or words[-1].lower_ not in builder.mediator_names():
        return False
    if len(words) == 2 and words[0].lower_ not in rules().particles:
        return False
    if len(words) == 1 and not any(t.ent_type_ == "PERSON" and t.lower_ == words[0].lower_ for t in span.doc):
        # "mediated by Interpeace": a bare word the tagger never labels a person's may be a body's name (read only
        # for a name the article says mediates, so the pass over the document is rare)
        return False
    surname = words[-1].text
    return surname[:1].isupper() and surname.isalpha() and not surname.isupper()


def add_name_candidate(builder: EntityBuilder, doc: Doc, span: Span, lex: DocLexicon) -> None:
    """Decide what one name candidate is (lexicon first, then person evidence, then organisation) and add it."""
    text = span_text(span)
    if not text.strip():
        return
    known = builder.acronyms.get(text) or _organisation_with_initials(builder, text) or _organisation_by_last_word(builder, span)
    if known is not None:
        known.add(span.start_char, span.end_char, span.start_char, span.end_char, "name")
        builder.claim(span.start, span.end)
        return
    if _split_possessed_person(builder, doc, span, lex) or _split_prefixed_person(builder, doc, span, lex) \
            or _split_person_of_organisation(builder, doc, span, lex):
        return
    entry = lookup_entry(lex, span)
    label = span.root.ent_type_
    if entry is not None and _surname_like_demonym(builder, span, entry):
        entry = None  # "Cuban said" after "Mark Cuban": the person, not Cuba
    if entry is not None and entry.kind != "person":
        _add_lexicon_actor(builder, doc, span, entry)
        return
    chain = title_chain(doc, span, lex)
    appos = apposition(span, lex)
    courtesy = honorific(doc, span)
    earlier = builder.person_for(text) if text[:1].isupper() else None
    person_evidence = entry is not None or chain is not None or courtesy is not False or earlier is not None or (
        appos is not None and appos_is_title(appos, lex)
    ) or _described_by_who(span) or _coordinated_with_person(span) or _titled_by_copula(span, lex) \
        or _named_after_title(span, lex)
    person_evidence = person_evidence or _relative_of_person(builder, span) or _plain_full_name(span) \
        or _mojibake_full_name(span) or _mediating_surname(builder, span)
    if is_org_like(span, lex) and entry is None:
        person_evidence = False
    person_evidence = person_evidence or is_elided_article_name(span)
    if not person_evidence and label == "PERSON" and text in builder.place_name_openings():
        return  # "Maple Ridge" beside "Maple Ridge Middle School": a place the tagger read as a person
    # "launched the Harlan Shuttle": a name the article puts "the" before is a thing's or a body's, not a
    # person's, though the tagger labelled it a person's (people's names take no article).
    determined = len(span) > 1 and with_article(span).start < span.start and span[-1].tag_ != "NNPS"
    if person_evidence or (label == "PERSON" and not is_org_like(span, lex) and not determined):
        add_named_person(builder, doc, span, chain, appos, courtesy if courtesy is not False else None, lex)
        return
    named = _named_by_honorific(builder, span, lex) if entry is None else None
    if named is not None:
        if named.start > span.start:
            head = doc[span.start : named.start - 1]  # "Harwick" of "Harwick, Daniel Morrow": before the comma
            if len(head) and head.text[:1].isupper():
                add_name_candidate(builder, doc, head, lex)
        add_named_person(builder, doc, named, None, apposition(named, lex), None, lex)
        return
    if len(span) == 1 and len(text) <= SHORT_NAME_CHARS and not text.isupper():
        return  # "PoW": too short to code from the lexicon or context
    following = lex.titles.get(span.end)
    if following and following[0].kind == "person" and entry is None:
        return  # "Commerce Ministry" in "Commerce Ministry spokesperson He Yadong": part of a title
    if label == "ORG" or ((is_org_like(span, lex) or determined) and len(span) > 1):
        actor = lookup_actor(_without_misread_initialism(span, lex) or text) or _listed_with_article(span)
        name = text
        code = actor.code if actor else None
        sector = actor.sector if actor else None
        if code is None:
            code = _possessor_code(doc, span, lex) or _owner_acronym_code(builder, span)
        draft = builder.add_actor(ActorCode(code, sector, name, "organisation"), with_article(span), span, "name")
        _register_acronym(builder, doc, span, draft)


def _named_by_honorific(builder: EntityBuilder, span: Span, lex: DocLexicon) -> Span | None:
    """The person's name a span the tagger read as a body or place ends with, when the article calls its last word
    "Mr."/"Dr." elsewhere: "Harlow Quist" then "Dr. Quist", or "Oberlin, Dana Vukic" (a school, a comma, a name)
    then "Ms. Vukic". The name is a given name and a surname (with a middle word when the first is a known given
    name) after any comma; none of its words a title, a lexicon name or a body noun. Else None."""
    if len(span) < 2 or span[-1].text not in builder.honorific_surnames():
        return None
    doc = span.doc
    comma = next((t.i for t in reversed(span) if t.text == ","), None)
    first = span.start if comma is None else comma + 1
    start = span.end - 2
    if start - 1 >= first and doc[start - 1].text in first_name_genders():
        start -= 1  # "Ann Marie Quist"
    if start != first:
        return None  # one word after the comma, or other words before the name ("Harwick Dean Daniel Morrow")
    name = doc[start : span.end]
    if is_org_like(name, lex) or lookup_entry(lex, name) is not None or any(
            not (t.is_alpha and t.text[:1].isupper() and not t.is_upper) or t.i in lex.titles for t in name):
        return None
    return name


def _without_misread_initialism(span: Span, lex: DocLexicon) -> str | None:
    """A body's name without the initialism title opening it that the document's title hits dropped, to code it
    from ("DP World": a firm, no deputy president's; see ``names.drop_misread_initialisms``), or None."""
    if len(span) > 1 and span.start not in lex.titles and initialism_title(span[0].text):
        return document_text(span.doc)[span[1].idx : span.end_char]
    return None


def _listed_with_article(span: Span) -> ActorCode | None:
    """"the Guardian reported", "told the Hill": a body listed under its name with "The" ("The Guardian"),
    written with a lower-case "the" the name span leaves out: the listed body, not an unknown one."""
    if with_article(span).start == span.start or not _reports_or_is_told(span):
        return None  # "a vote on the Hill", "beat the New Yorker": a place or a person, not the outlet
    entry = lexicon().entry("The " + span.text)
    if entry is None or not entry.phrase.startswith("The ") or entry.kind != "organisation":
        return None
    return ActorCode(code=entry.code, sector=entry.sector, name=entry.name, kind=entry.kind)


def _reports_or_is_told(span: Span) -> bool:
    """Whether a name stands where an outlet does: a reporting verb's subject ("the Guardian reported"), the
    one told or written to ("told the Guardian", "an interview with the Guardian"), or the source of
    "according to"."""
    root = span.root
    verbs = entity_words().audience_verbs | OUTLET_VERBS
    governor = root.head
    if root.dep_ == "pobj":
        if governor.lower_ == "to" and governor.head.lower_ == "according":
            return True
        governor = governor.head
    if root.dep_ in ("nsubj", "dobj", "dative", "pobj") and governor.lemma_.lower() in verbs:
        return True
    return root.dep_ == "pobj" and governor.lemma_.lower() in OUTLET_NOUNS


def _surname_like_demonym(builder: EntityBuilder, span: Span, entry: LexEntry) -> bool:
    """Whether a lone demonym stands as a noun for an earlier person whose surname it is ("Mark Cuban ...
    Cuban said"), not as an adjective ("Cuban officials")."""
    if entry.role != "demonym" or len(span) != 1 or span.root.dep_ in ("amod", "compound"):
        return False
    return any(len(p.name.split()) > 1 and p.name.split()[-1] == span.text for p in builder.persons)


def _described_by_who(span: Span) -> bool:
    """A name that a "who" clause describes is a person's ("Chalida Tajaroensuk, who heads ..."),
    whatever label the model gave it; organisations take "which"."""
    return any(child.dep_ == "relcl" and any(t.dep_ in SUBJECT_DEPS and t.lower_ == "who" for t in child.children)
               for child in span.root.children)


def _coordinated_with_person(span: Span) -> bool:
    """A full name coordinated with a person's ("Frankie Bontemps and Maxwell Evenor") is a person's."""
    root = span.root
    return len(span) > 1 and root.dep_ == "conj" and root.head.ent_type_ == "PERSON" and root.head.pos_ == "PROPN"


def _named_after_title(span: Span, lex: DocLexicon) -> bool:
    """"the president's spokeswoman, Ana Lima, said": a full name set after a person title as its apposition is
    that person's, whatever label the tagger gave it (it reads many such names as organisations)."""
    root = span.root
    return (len(span) > 1 and root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN"
            and (hit := lex.titles.get(root.head.i)) is not None and hit[0].kind == "person"
            and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in span))


def _titled_by_copula(span: Span, lex: DocLexicon) -> bool:
    """"Mahad Wasuge is the executive director of ...": a name whose copula predicate is a person title."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    return any(child.dep_ == "attr" and (hit := lex.titles.get(child.i)) is not None and hit[0].kind == "person"
               for child in root.head.children)


def _possessor_code(doc: Doc, span: Span, lex: DocLexicon) -> str | None:
    """The country that owns an organisation by possessive: "South Korea's Joint Chiefs of Staff" -> KOR."""
    if span.start < 2 or doc[span.start - 1].tag_ != "POS":
        return None
    entry = lex.entry_at.get(span.start - 2)
    return entry.code if entry is not None and entry.kind in ("country", "organisation") else None


def _after_article(doc: Doc, span: Span) -> bool:
    """Whether a capital's name is written right after "the" (a capital used as its government never is)."""
    return span.start > 0 and doc[span.start - 1].lower_ == "the" and not span[0].lower_ == "the"


def party_label(entry: LexEntry) -> bool:
    """Whether a lexicon entry is a party's members named by a one-word label ("Conservatives", "Democrats") that
    news in other countries uses for their own camps too."""
    return entry.kind == "group" and entry.sector == "PTY" and entry.role == "name" and " " not in entry.phrase.strip()


def _label_country_set(setting: Counter[str], labels: Counter[str], code: str) -> bool:
    """Whether the article is set in a party label's country: it leads the article's lexicon hits (``setting``), or
    a hit other than such labels (``labels``) names it."""
    leader = setting.most_common(1)[0][0] if setting else None
    return leader == code or setting.get(code, 0) > labels.get(code, 0)


def _add_lexicon_actor(builder: EntityBuilder, doc: Doc, span: Span, entry: LexEntry) -> None:
    """Add a lexicon alias as its actor, except demonyms, capitals used as places and name parts."""
    if entry.role == "demonym":
        return  # an adjective ("Russian officials"): coded with the noun it modifies
    if entry.role == "metonym" and entry.kind == "country":
        head = span.root.head
        if span.root.dep_ == "pobj" and head.lower_ in entity_words().locative_prepositions:
            return  # a place ("talks in Moscow"), left to the places stage
        if span.root.dep_ == "compound":
            return  # part of a larger name ("Beijing Foreign Studies University")
        if _after_article(doc, span):
            return  # a capital takes no article: "feel the Bern" is a pun on a name, not Switzerland's government
    if entry.kind == "country" and span.text in shared_names() and names_state_office(span_text(
            doc[max(0, span.start - STATE_OFFICE_TOKENS_BEFORE):min(len(doc), span.end + STATE_OFFICE_TOKENS_AFTER)])):
        return  # "a Georgia Republican", "Georgia's governor": the US state, no mention of the country
    actor = ActorCode(entry.code, entry.sector, entry.name, "group" if entry.role == "people" else entry.kind)
    if party_label(entry) and not _label_country_set(builder.setting, builder.label_setting, entry.code):
        # "Conservatives said" in a story set in the United States: the country's own conservatives, not the UK party
        actor = ActorCode(None, None, span.text, "group")
    via = "metonym" if entry.role == "metonym" else "name"
    draft = builder.add_actor(actor, with_article(span), span, via)
    _register_acronym(builder, doc, span, draft)
