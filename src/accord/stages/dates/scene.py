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
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from accord.stages.base import ArticleState
from accord.stages.dates.attachment import attachment, is_scene_noun, scene_verb, to_event_date
from accord.stages.dates.followup import StoryDays, ToldDay, resolved_entity, sentence_entities
from accord.stages.dates.statement_index import statement_index
from accord.stages.events.references import has_definite_determiner
from accord.stages.grammar import SUBJECT_DEPS, VERB_POS
from accord.stages.token_filters import document_sentences, sentence_of

def _dated_occasions(state: ArticleState, dates: dict[int, SpacySpan], day: ToldDay, sentence: SpacySpan) -> set[str]:
    """The lemmas of the occasions a story-day sentence dates: the scene of the dated verb ("prosecuted
    Sanders at a debate Sunday") or a noun carrying the day ("a rally on Wednesday")."""
    found: set[str] = set()
    for ent in {dates[t.i] for t in sentence if t.i in dates}:
        date = to_event_date(state, ent, False)
        if date is None or date.value != day.date.value:
            continue
        owner = attachment(ent)
        if is_scene_noun(owner):
            found.add(owner.lemma_.lower())
        elif owner.pos_ in VERB_POS:
            found |= {t.lemma_.lower() for t in sentence if is_scene_noun(t) and (verb := scene_verb(t)) is not None
                      and verb.i == owner.i}
    return found


def _re_mentions(noun: Token) -> bool:
    """A definite noun naming the occasion as its main clause's subject or scene ("The debate showed ...",
    "Throughout the debate, she ...")."""
    if not has_definite_determiner(noun):
        return False
    root = sentence_of(noun).root
    if noun.dep_ in SUBJECT_DEPS:
        return noun.head.i == root.i
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
                added.append(ToldDay(index, day.date, frozenset(sentence_entities(state, sentence)), frozenset(doers)))
    if not added:
        return days
    told = {t.sentence: t for t in added}
    told.update({t.sentence: t for t in days.told})  # a sentence telling its own day keeps it
    ordered = [told[k] for k in sorted(told)]
    return StoryDays(days.starts, ordered, days.other, days.values)

