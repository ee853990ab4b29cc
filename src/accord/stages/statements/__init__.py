"""Statements: who said what — direct, indirect and mixed quotes with resolved speakers.

Pipeline: quotation marks paired over the raw text (``quotes``), cue candidates found over the
dependency parse (``cues`` with the ``lexicon`` data), both assembled into contract statements with
speakers resolved in text order (``assemble``, ``speakers``).
"""

from __future__ import annotations

from accord.records import Statement
from accord.stages.base import ArticleState, Stage
from accord.stages.entities import CONTEXT_KEY, PERSONS_READS, RESOLVE_READS, VENUE_KEY
from accord.stages.statements.adverbials import manner_only
from accord.stages.statements.assemble import assemble
from accord.stages.statements.captions import caption_ranges
from accord.stages.statements.colon_verbs import find_colon_paragraphs, find_label_colon_quotes, find_object_colon_quotes, find_verb_colon_quotes
from accord.stages.statements.cues import find_candidates
from accord.stages.statements.headlines import find_headline_claims
from accord.stages.statements.lexicon import CueLexicon, load_lexicon
from accord.stages.statements.link_lists import LINK_LISTS_KEY, link_list_ranges
from accord.stages.statements.markup import drop_markup_speakers
from accord.stages.statements.quotes import find_quotes
from accord.stages.statements.tail_verbs import find_verb_tail_quotes
from accord.stages.statements.transcripts import find_colon_quotes, find_signed_quotes, find_turns
from accord.stages.statements.unattributed import find_hedge_candidates


def run(state: ArticleState) -> None:
    """Find reported statements and write them to ``state.statements`` (ids in text order)."""
    run_with(state, load_lexicon())


def run_with(state: ArticleState, lexicon: CueLexicon) -> None:
    """``run`` with a given cue lexicon (the cue-frame mining script cross-validates lexicons)."""
    doc = state.doc
    if len(doc) == 0:
        state.statements = []
        state.scratch[LINK_LISTS_KEY] = []
        return
    text = state.text  # built once per article (ArticleState caches it): Doc.text joins every token on each access
    state.scratch[LINK_LISTS_KEY] = links = link_list_ranges(text)  # the events stage skips them too
    quotes = find_quotes(text)
    turns = find_turns(doc, text)
    turn_cues = {turn.cue for turn in turns}  # `PENCE: "..."` is a transcript turn, not a second statement
    colon_quotes = [c for c in find_colon_quotes(doc, text, quotes) if c.cue not in turn_cues]
    object_colon = find_object_colon_quotes(doc, text, quotes, lexicon)
    announced = {c.cue for c in object_colon}  # `tweeted a message: "..."`: the quotation, not `a message`, was said
    candidates = ([c for c in find_candidates(doc, lexicon) if c.cue not in announced] + object_colon + turns + find_signed_quotes(doc, text, quotes) + colon_quotes
                  + find_verb_colon_quotes(doc, text, quotes, lexicon) + find_verb_tail_quotes(doc, text, quotes, lexicon) + find_colon_paragraphs(doc, text, lexicon)
                  + find_label_colon_quotes(doc, text, quotes, lexicon))
    candidates += find_headline_claims(doc, text, lexicon, candidates)
    # `the envoy reportedly resigned`: a hedged clause no other candidate reports and that reports no speech of
    # its own (`the envoy reportedly said X` is the envoy's statement)
    candidates += [h for h in find_hedge_candidates(doc, lexicon)
                   if not any(c.content[0] <= h.cue[0] < c.content[1] or h.content[0] <= c.cue[0] < h.content[1] for c in candidates)]
    # "talk face to face": the object slot holds how they met, not what was said
    candidates = [c for c in candidates if not manner_only(text[c.content[0]:c.content[1]])]
    captions = caption_ranges(doc) + links  # a linked story's headline says nothing here either
    if captions:  # a photo caption describes a picture: its verb is no speech cue
        candidates = [c for c in candidates if not any(start <= c.cue[0] < end for start, end in captions)]
    state.statements = drop_markup_speakers(assemble(state, text, candidates, quotes))


def statement_covering(state: ArticleState, start: int, end: int) -> Statement | None:
    """The innermost statement whose content contains ``[start, end)``, or None."""
    best: Statement | None = None
    for statement in state.statements:
        content = statement.content
        if content.start <= start and end <= content.end:
            if best is None or content.end - content.start < best.content.end - best.content.start:
                best = statement
    return best


STAGE = Stage(
    "statements", run, reads=("article", "doc", "entities", *dict.fromkeys(RESOLVE_READS + PERSONS_READS), f"scratch.{CONTEXT_KEY}",
    f"scratch.{VENUE_KEY}"),
    writes=("statements", f"scratch.{LINK_LISTS_KEY}"),
)
