"""Scenes of the story's day (issue 14 item 5): a sentence naming again the occasion a story-day sentence
dated ("at a televised debate Sunday" ... "Throughout the debate, ...", "The debate showed ...") tells that
day again, for the follow-up and speech-act rules (``dates.followup``, ``dates.speech``).

A story told at an occasion (a debate, a rally, a hearing) names its day once, in the lead, and then tells the
acts done there over many paragraphs, going back to the occasion by name now and then without its date
("She also charged ...", "On trade, he commended ..."). Such a re-mention is a told day only when it is plainly
the same occasion: the occasion is the object of "at", "during" or "in" on the verb the day is told on (or
carries the day itself), on a day of the story; the re-mention is a definite noun of the same lemma ("the
debate") as its main clause's subject or as the object of "at", "during", "throughout" or "in" on that clause;
it is in the story's voice, not in a quote; and no other noun of that lemma ("a second debate") was named
since, which might be the one meant. "Two hours before the debate" names another time, and no such sentence
tells the day. The follow-up rules keep every other condition (a party of that sentence, the simple past,
the main clause, no other time told since).
Hand audit on PolNeAR train (session 9): found on seed 91501 (a debate story: 2 right dates added, with the
pronoun and coordinated-subject links of ``dates.followup``); on the unseen draws 91502 (20 articles), 91503 (60)
and 91504/91505 (30 each) these links fired once, right (a candidate's follow-up on the day of her rivals'
attacks), and the scene rule did not fire.
Session 24: the occasion may also be what the day's doers came for ("gathered on Thursday for a summit") or the
kind of place they took ("mounted the debate stage"), its day may hang on a time of day ("on Thursday night"), and
it may be named again as the owner of the clause's scene ("In the debate's last hour, ...") or as the subject of a
clause told alongside ("As the debate wore on, ..."; not "After the debate ended"); such a re-mention tells the
day for its own sentence's main clause too (``ToldDay.scene``). Fresh text (intl PolNeAR train seeds 240131,
240133, 240134; the 40 multi-outlet reports; 38 train articles holding counted minutes, months or a debate
going on): the scene forms did not fire; the time of day (``attachment.time_attachment``) fired once, right (a
leader's talk with a candidate on a weekday morning, what they discussed told next); VOA dev unchanged.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.stages.base import ArticleState
from accord.stages.dates.attachment import is_scene_noun, scene_verb, time_attachment, to_event_date
from accord.stages.dates.followup import StoryDays, ToldDay, resolved_entity, sentence_entities
from accord.stages.dates.statement_index import statement_index
from accord.stages.events.references import has_definite_determiner
from accord.stages.grammar import SUBJECT_DEPS, VERB_POS
from accord.stages.token_filters import document_sentences, sentence_of

# How a noun owns another ("the debate's last hour"), how a clause hangs on the verb it is told beside, and how its
# opening word hangs on it.
POSSESSOR_DEP = "poss"
ADVERBIAL_CLAUSE_DEP = "advcl"
MARK_DEP = "mark"
# Words opening a clause told as going on at the same time as the clause it hangs on ("As the debate wore on, she
# ...", "while the summit went on"): not "after" or "before", which place it at another time.
ALONGSIDE_MARKS = frozenset({"as", "while"})
# The preposition naming what the doers of the day's act came for ("gathered on Thursday for a summit"), and how a
# noun names the kind of a place ("mounted the debate stage"), on the verb's object.
PURPOSE_PREP = "for"
COMPOUND_DEP = "compound"
OBJECT_DEPS = frozenset({"dobj"})


def _dated_occasions(state: ArticleState, dates: dict[int, SpacySpan], day: ToldDay, sentence: SpacySpan) -> set[str]:
    """The lemmas of the occasions a story-day sentence dates: the scene of the dated verb ("prosecuted
    Sanders at a debate Sunday") or a noun carrying the day ("a rally on Wednesday")."""
    found: set[str] = set()
    for ent in {dates[t.i] for t in sentence if t.i in dates}:
        date = to_event_date(state, ent, False)
        if date is None or date.value != day.date.value:
            continue
        owner = time_attachment(ent)
        if is_scene_noun(owner):
            found.add(owner.lemma_.lower())
        elif owner.pos_ in VERB_POS:
            found |= {t.lemma_.lower() for t in sentence if is_scene_noun(t) and (verb := _occasion_verb(t)) is not None
                      and verb.i == owner.i}
    return found


def _occasion_verb(noun: Token) -> Token | None:
    """The verb whose occasion a scene noun names in the sentence telling the day: through a scene preposition
    ("clashed at a debate"), as what the doers came for ("gathered on Thursday for a summit"), or as the kind of
    place they took ("mounted the debate stage on Thursday")."""
    verb = scene_verb(noun)
    if verb is not None:
        return verb
    if noun.dep_ == "pobj" and noun.head.lower_ == PURPOSE_PREP and noun.head.dep_ == "prep":
        verb = noun.head.head
    elif noun.dep_ == COMPOUND_DEP and noun.head.dep_ in OBJECT_DEPS:
        verb = noun.head.head
    return verb if verb is not None and verb.pos_ in VERB_POS else None


def _re_mentions(noun: Token) -> bool:
    """A definite noun naming the occasion as its main clause's subject or scene ("The debate showed ...",
    "Throughout the debate, she ..."), as the owner of its scene ("In the debate's last hour, she ..."), or as the
    subject of a clause told as going on alongside it ("As the debate wore on, she ...")."""
    if not has_definite_determiner(noun):
        return False
    root = sentence_of(noun).root
    if noun.dep_ == POSSESSOR_DEP:  # "the debate's last hour": a part of the occasion, the clause's scene
        noun = noun.head
    if noun.dep_ in SUBJECT_DEPS:
        clause = noun.head
        return clause.i == root.i or (clause.dep_ == ADVERBIAL_CLAUSE_DEP and clause.head.i == root.i
                                      and any(c.dep_ == MARK_DEP and c.lower_ in ALONGSIDE_MARKS for c in clause.children))
    verb = scene_verb(noun)
    return verb is not None and verb.i == root.i


def with_scenes(state: ArticleState, dates: dict[int, SpacySpan], days: StoryDays) -> StoryDays:
    """The story days with the sentences that name a story-day occasion again added as told days."""
    sentences = document_sentences(state.doc)
    quotes = statement_index(state)
    added: list[ToldDay] = []
    for day in days.told:
        lemmas = _dated_occasions(state, dates, day, sentences[day.sentence])
        for lemma in lemmas:
            for index in range(day.sentence + 1, len(sentences)):
                sentence = sentences[index]
                nouns = [t for t in sentence if t.pos_ == "NOUN" and t.lemma_.lower() == lemma
                         and not quotes.in_direct_quote(t.idx)]  # a speaker's "a contentious debate" is no scene
                if not nouns:
                    continue
                if not all(has_definite_determiner(n) for n in nouns):
                    break  # "a second debate": another occasion of the kind, which later mentions may mean
                if not any(_re_mentions(n) for n in nouns):
                    continue
                doers = {e for t in sentence if t.dep_ in SUBJECT_DEPS and (e := resolved_entity(state, t))}
                added.append(ToldDay(index, day.date, frozenset(sentence_entities(state, sentence)), frozenset(doers),
                                     scene=True))
    if not added:
        return days
    told = {t.sentence: t for t in added}
    told.update({t.sentence: t for t in days.told})  # a sentence telling its own day keeps it
    ordered = [told[k] for k in sorted(told)]
    return StoryDays(days.starts, ordered, days.other, days.values)

