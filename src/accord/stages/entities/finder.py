"""Find the article's actors over one parsed Doc: names, titles, metonyms and groups, chained.

One pass over lexicon matches, ``doc.ents``, proper-noun runs and noun chunks. The small model's
labels are hints only: the lexicon (countries, seats of government, titles), title context, appositions
and earlier full names decide what a span is ("Sun Zhuangzhi" tagged ORG is a person when an
apposition calls him a director; "Kyiv" tagged PERSON is Ukraine's government).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from accord.stages.entities.builder import EntityBuilder, EntityDraft
from accord.stages.entities.lexicon_hits import lookup_entry, scan_doc
from accord.stages.entities.matchers import matchers_for
from accord.stages.entities.named_actors import add_name_candidate, party_label
from accord.stages.entities.names import drop_misread_initialisms, name_candidates
from accord.stages.entities.noun_chunk_actors import add_groups_and_titles
from accord.stages.entities.rechaining import (
    leaders_take_their_organisation, surnames_by_honorific, surnames_read_as_organisations,
)


def find_entities(doc: Doc, text: str | None = None) -> list[EntityDraft]:
    """All actors of a parsed Doc in order of first mention, each with its chained mentions
    (``text``: ``doc.text``, when the caller has it already)."""
    matchers = matchers_for(doc.vocab)
    lex = scan_doc(doc, matchers)
    drop_misread_initialisms(doc, lex)
    builder = EntityBuilder(doc, text)
    builder.setting = Counter(entry.code for _, entry in lex.entries if entry.code)
    builder.label_setting = Counter(entry.code for _, entry in lex.entries if entry.code and party_label(entry))
    body, headlines = name_candidates(doc, lex, text)
    for span in body:
        add_name_candidate(builder, doc, span, lex)
    for span in headlines:
        # In a headline only names the lexicon or the article's body vouches for count.
        if lookup_entry(lex, span) is not None or builder.person_for(span.text) is not None:
            add_name_candidate(builder, doc, span, lex)
    add_groups_and_titles(builder, doc, lex)
    leaders_take_their_organisation(builder, doc)
    surnames_read_as_organisations(builder)
    surnames_by_honorific(builder, doc)
    drafts = [d for d in builder.drafts if d.mentions]
    for draft in drafts:
        draft.mentions.sort()
    drafts.sort(key=lambda d: d.mentions[0][0])
    return drafts
