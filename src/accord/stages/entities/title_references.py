"""Title-only references (the minister, the Commerce chief) chained to the earlier person the title names."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from accord.knowledge.actors import ActorCode, lookup_actor, title_entry
from accord.knowledge.people_roles import codes_of
from accord.stages.entities.builder import EntityBuilder, EntityDraft
from accord.stages.entities.context import NON_STATE_CODES
from accord.stages.entities.lexicon_hits import PROPER_TAGS, DocLexicon
from accord.stages.grammar import SUBJECT_DEPS


# Title heads too generic to name a person by themselves: "the Commerce chief", "the U.S. leader".
GENERIC_TITLE_HEADS = frozenset({"chief", "head", "leader", "boss"})
# Modifiers of a title-only reference that name no other office ("the top diplomat", "the former minister").
OFFICE_NEUTRAL_MODIFIERS = frozenset({"top", "senior", "former", "new", "current", "then", "acting", "outgoing",
                                      "incoming", "longtime", "veteran", "embattled", "powerful", "influential"})
# Words of a title that make its holder a past one ("former President X"): a reference without them ("the
# president") names a sitting holder, not them.
PAST_OFFICE_WORDS = frozenset({"former", "ex", "late"})
# Verbs whose agent leads the organisation they modify ("the group, led by X", "a charity founded by Y").
LEADING_VERBS = frozenset({"lead", "head", "chair", "found", "run", "direct"})
# Sectors specific enough that "the senator" may refer to the last legislator even without that title.
SECTOR_FALLBACK = frozenset({"LEG", "MIL", "JUD", "COP", "EDU", "JRN", "REB"})
# Sentences back (the reference's own included) in which the untold person must be last named: the reference
# follows its person closely ("... with X because the British prime minister ...", or the next sentence).
UNTOLD_PERSON_SENTENCES = 2
# Dependency labels of a determiner or possessive that may open a title-only reference.
DETERMINER_DEPS = frozenset({"det", "poss"})
# Where a title's head word ends: what follows ("governor of Ohio", "judge in the case", "senator, who ...", "mayor,
# a Democrat") qualifies the office noun before it, which is the head. A preposition counts only as a word of its
# own ("a take-it-or-leave-it governor"); a comma only before a new phrase ("blunt, outspoken governor" is one).
_AFTER_HEAD = re.compile(r"(?<![\w-])(?:of|for|from|in|at|on|to|with|who|whose|which|that)(?![\w-])"
                         r"|,\s*(?:a|an|the|who|whose|which|that)\b|[(;:]", re.IGNORECASE)
# A possessive ending ("the governor's spokesman"): the word it marks is a possessor, never the head.
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def chain_title_reference(builder: EntityBuilder, chunk: Span, root: Token, lex: DocLexicon) -> bool:
    """Chain "the minister" to the most recent earlier person whose title has that word (or, for
    specific sectors such as LEG or MIL, the most recent earlier person of that sector)."""
    if not any(t.dep_ in DETERMINER_DEPS and t.lower_ == "the" for t in chunk):
        return False
    if _named_in_apposition(root):
        return False  # "the spokesperson for the ministry, Ambassador X": named here, no earlier person
    word = root.lower_
    # An initialism ("the PM") names a person holding the whole title it stands for, not one sharing a word of it.
    initialism = _initialism_title(root, lex)
    asked = title_words(word)
    generic = word in GENERIC_TITLE_HEADS
    # A proper noun other than a lexicon name makes the chunk a name, not a title reference; a title written as a
    # capitals initialism ("the PM") is tagged a proper noun but is the title itself.
    if not generic and any(t.tag_ in PROPER_TAGS and lex.entry_at.get(t.i) is None and not _initialism_title(t, lex)
                           for t in chunk):
        return False
    coded = lookup_actor(chunk.text)
    # "The Commerce chief" after "Commerce Secretary Howard Lutnick": a generic head names the person
    # whose title shares the chunk's other words, or who has a title and the chunk's country.
    modifiers = {t.lower_ for t in chunk if t.i != root.i and t.dep_ not in DETERMINER_DEPS and t.is_alpha}
    sector = coded.sector if coded else None
    recent: list[tuple[int, EntityDraft]] = []
    for person in builder.persons:
        ends = [m[1] for m in person.mentions if m[1] <= chunk.start_char]
        if ends:
            recent.append((max(ends), person))
    recent.sort(key=lambda pair: pair[0], reverse=True)
    # "The head of the (Russian) delegation": the person who led or headed one, of that country.
    led = _object_of(root) if generic else None
    led_code = lookup_actor(root.doc[led.left_edge.i : led.right_edge.i + 1].text) if led is not None else None
    fallback: EntityDraft | None = None
    by_sector = sector in SECTOR_FALLBACK and _sector_word(chunk, root, sector)
    for _, person in recent:
        if led is not None and led.lemma_.lower() in _led_nouns(root.doc, person) and not (
                led_code and led_code.code and person.code and led_code.code != person.code):
            builder.add_title_reference(person, chunk, root)
            return True
        if coded and coded.code and (person.code and coded.code != person.code
                                     or not person.code and known_elsewhere(person.name, coded.code)):
            continue
        # A person known only by description ("a State Department spokesperson") is named by the title word,
        # unless the reference's other words say another office ("the military spokesperson" is not the
        # "foreign ministry spokesperson"). Only a title the text gave before the reference counts.
        title = None if _titled_after(person, chunk) else person.title
        if _holds(asked, initialism, title, person.name) and title_fits(modifiers - _actor_words(chunk, lex),
                                                                              title or person.name):
            if _sentence_rival(root.doc, person, recent, asked, initialism):
                return False  # "Actress A and actress B met. The actress said": the title names neither
            builder.add_title_reference(person, chunk, root)
            return True
        if generic and title and (modifiers & title_words(title) or (
                coded and coded.code and coded.code == person.code and not modifiers - _country_words(chunk, lex))):
            builder.add_title_reference(person, chunk, root)
            return True
        if fallback is None and by_sector and person.sector == sector:
            fallback = person
    if fallback is not None:
        builder.add_title_reference(fallback, chunk, root)
        return True
    return _chain_to_untold_person(builder, chunk, root, coded, recent, lex)


def _chain_to_untold_person(builder: EntityBuilder, chunk: Span, root: Token, coded: ActorCode | None,
                            recent: list[tuple[int, EntityDraft]], lex: DocLexicon) -> bool:
    """Chain "the British prime minister" to the person named just before whom the text gave no title nor
    country ("would not meet Anna Kovacs, since the Hungarian prime minister ..."): news names a
    foreign figure, then tells who they are by such a reference, and the person takes its country. Only
    when the reference is a clause's subject (the person acting again; "X said the vote was put off at the
    wish of the Omani envoy" names another), the nearest earlier person is that untold
    one, within UNTOLD_PERSON_SENTENCES, and no earlier person already holds the reference's country (then
    the reference may be theirs)."""
    if coded is None or not coded.code or coded.code in NON_STATE_CODES or not recent or root.dep_ not in SUBJECT_DEPS:
        return False
    office = _office_only(chunk, root, lex)
    if not _country_words(chunk, lex) or office is None:
        return False
    _, nearest = recent[0]
    if nearest.title or nearest.code or any(person.code == coded.code for _, person in recent):
        return False
    sentences = list(root.doc[:root.i + 1].sents)[-UNTOLD_PERSON_SENTENCES:]
    if recent[0][0] < sentences[0].start_char:
        return False
    builder.add_title_reference(nearest, chunk, root)
    # later "the prime minister" finds them by the title
    nearest.absorb(coded.code, coded.sector, office, chunk.start_char)
    return True


def _titled_after(person: EntityDraft, chunk: Span) -> bool:
    """Whether the text gives ``person`` their title only after ``chunk``, in its sentence ("Hale spoke. The GOP
    nominee accused Democratic nominee Roe"): a title given to a name right after the reference sets that person
    against it. Further on, a title tells the reader what they knew ("The senator ... Sen. Cruz")."""
    return person.title_at is not None and chunk.start_char < person.title_at < chunk.sent.end_char


def _sector_word(chunk: Span, root: Token, sector: str | None) -> bool:
    """Whether a reference's own words, its proper nouns left out, give it ``sector`` ("the congressman", "the
    military spokesperson" name the last legislator, the last officer), or it stands in apposition to the name it
    describes ("Sen. Ann Roe, the majority leader"): a role that has the sector only from a named body ("the
    Pentagon's senior adviser") is another office of that body, not its last person named."""
    if root.dep_ == "appos":
        return True
    own = lookup_actor(" ".join(t.text for t in chunk if t.pos_ != "PROPN" and t.tag_ != "POS"))
    return own is not None and own.sector == sector


def known_elsewhere(name: str, code: str) -> bool:
    """Whether the people gazetteer places a person the text gave no country only in states other than
    ``code`` ("President Obama ... The French president" names Hollande, not Obama)."""
    codes = codes_of(name)
    return bool(codes) and not codes & NON_STATE_CODES and code not in codes


def _office_only(chunk: Span, root: Token, lex: DocLexicon) -> str | None:
    """The office of a reference that is an office and its country, nothing else ("prime minister" of "the
    British prime minister"; None for "the Cuban exile leader"): the words left after the determiner and the
    country words form one title of a person."""
    words = [t.text for t in chunk if t.dep_ not in DETERMINER_DEPS and t.lower_ not in _country_words(chunk, lex)]
    entry = title_entry(" ".join(words).lower())
    if not words or words[-1] != root.text or entry is None or entry.kind != "person":
        return None
    return " ".join(words)


def title_head_words(title: str | None) -> list[str]:
    """The words of a title up to its head, the office noun it ends on before any qualifier ("Governor of Ohio" ->
    ["Governor"]); none when the title ends on a possessor ("the governor's"), which is no office held."""
    cut = _AFTER_HEAD.search(title or "")
    words = ((title or "")[: cut.start()] if cut else (title or "")).split()
    return [] if not words or _POSSESSIVE_END.search(words[-1]) else words


def title_head(title: str | None) -> str | None:
    """The head word of a title ("Justice Minister" -> "Minister", "Governor of Ohio" -> "Governor"), or None."""
    words = title_head_words(title)
    return words[-1] if words else None


def _holds(asked: set[str], initialism: bool, title: str | None, name: str) -> bool:
    """Whether a person with ``title`` holds the title whose words are ``asked``: a word of its head ("the judge"
    is not "Justice Minister" X, whose office is a minister's) or of the name ("Pope Francis" is the pope, whatever
    description the story gives him), or for an initialism every word it stands for."""
    if initialism:
        return asked <= title_words(title or name)
    if asked & title_words(name):
        return True
    head = title_head(title)
    return head is not None and bool(asked & title_words(head))


def _sentence_rival(doc: Doc, person: EntityDraft, recent: list[tuple[int, EntityDraft]], asked: set[str],
                    initialism: bool) -> bool:
    """Whether another person holding the title ``asked`` (``_holds``) was last named in the sentence of
    ``person``'s latest mention before the reference: the two are equally near, so the title names neither."""
    latest = dict((id(p), end) for end, p in recent)
    span = doc.char_span(latest[id(person)] - 1, latest[id(person)], alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent
    return any(other is not person and sentence.start_char <= end <= sentence.end_char
               and _holds(asked, initialism, other.title, other.name) for end, other in recent)


def _actor_words(chunk: Span, lex: DocLexicon) -> set[str]:
    """Lower-case words of a chunk that belong to any actor alias ("taliban", "u.s."): affiliation, not office."""
    return {t.lower_ for t in chunk if lex.entry_at.get(t.i) is not None}


def _object_of(root: Token) -> Token | None:
    """The noun after "of" on a title head ("head of the delegation" -> "delegation")."""
    return next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)


def _led_nouns(doc: Doc, person: EntityDraft) -> set[str]:
    """Lemmas of what a person is said to lead or head ("Umerov, who led the Ukrainian delegation",
    "Medinsky headed the Russian team")."""
    led: set[str] = set()
    for _, _, head_start, head_end, _ in person.mentions:
        name = doc.char_span(head_start, head_end, alignment_mode="expand")
        if name is None:
            continue
        root = name.root
        verbs = [c for c in root.children if c.dep_ == "relcl"]
        if root.dep_ in SUBJECT_DEPS:
            verbs.append(root.head)
        for verb in verbs:
            if verb.lemma_.lower() in LEADING_VERBS:
                led.update(c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")
    return led


def _named_in_apposition(root: Token) -> bool:
    """Whether a title noun has a proper name after it in apposition (or as a conjunct without "and")."""
    no_cc = not any(c.dep_ == "cc" for c in root.children)
    return any(c.i > root.i and c.pos_ == "PROPN" and (c.dep_ == "appos" or (c.dep_ == "conj" and no_cc))
               for c in root.children)


def _country_words(chunk: Span, lex: DocLexicon) -> set[str]:
    """Lower-case words of a chunk that belong to a country alias ("u.s." in "the U.S. leader")."""
    return {t.lower_ for t in chunk if (entry := lex.entry_at.get(t.i)) is not None and entry.kind == "country"}


def title_fits(modifiers: set[str], title: str) -> bool:
    """Whether a title-only reference's modifiers (lower-case, country words removed) fit a person's title:
    each is a word of the title or a word that changes no office ("the top diplomat", "the former president"),
    and a past holder's title ("former President X") is named only as a past one ("the former president")."""
    words = title_words(title)
    return not modifiers - words - OFFICE_NEUTRAL_MODIFIERS and not (words & PAST_OFFICE_WORDS) - modifiers


def title_words(title: str) -> set[str]:
    """Lower-case words of a title, abbreviations and synonyms as the title they name ("Sen." -> "senator",
    "spokesman" -> "spokesperson")."""
    found: set[str] = set()
    for word in title.lower().replace("-", " ").split():
        entry = title_entry(word)
        # "PM" -> "prime minister": each word of what an initialism stands for, as the full title is split
        found.update(entry.stands_for.split() if entry and entry.stands_for else (word,))
    return found


def _initialism_title(token: Token, lex: DocLexicon) -> bool:
    """Whether ``token`` is a person title the data file writes as a capitals initialism ("PM") and so written here."""
    hit = lex.titles.get(token.i)
    return hit is not None and hit[0].as_written and hit[0].kind == "person" and token.is_upper
