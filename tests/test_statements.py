"""Statements: sentence -> expected statements, in wire and newspaper style (textacy-style tables).

Each case lists the statements expected in text order as (kind, speaker as written, cue, content).
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.stages.statements.quotes import find_quotes

S = tuple[str, str, str, str]  # kind, speaker text, cue text, content text

CASES: list[tuple[str, list[S]]] = [
    # Direct quotes, every quote style, attribution after / before / inside.
    ('"We will not give up an inch of our land," Ukrainian Foreign Minister Andrii Sybiha said on Monday.',
     [("direct", "Ukrainian Foreign Minister Andrii Sybiha", "said", "We will not give up an inch of our land,")]),
    ("“Talks are the only way forward,” said Wang Yi, China's foreign minister.",
     [("direct", "Wang Yi", "said", "Talks are the only way forward,")]),
    ("‘We are ready,’ the spokesman said.",
     [("direct", "the spokesman", "said", "We are ready,")]),
    ("The minister told reporters: «We are ready to talk.»",
     [("direct", "The minister", "told", "We are ready to talk.")]),
    ("The chancellor said: „We stand with Kyiv.“",
     [("direct", "The chancellor", "said", "We stand with Kyiv.")]),
    ('Peskov said: "There is no alternative to dialogue."',
     [("direct", "Peskov", "said", "There is no alternative to dialogue.")]),
    ('"We are open to talks," Zelenskyy said, "but not at any price."',
     [("direct", "Zelenskyy", "said", "We are open to talks,"),
      ("direct", "Zelenskyy", "said", "but not at any price.")]),
    ('"The ceasefire is holding," Lavrov said. "We expect the other side to respect it."',
     [("direct", "Lavrov", "said", "The ceasefire is holding,"),
      ("direct", "Lavrov", "said", "We expect the other side to respect it.")]),
    ("Raising the levy ''is the wrong answer,'' said Mr. Burman, an economist.",
     [("mixed", "Mr. Burman", "said", "Raising the levy ''is the wrong answer,''")]),
    # Multi-paragraph quotation: an opening mark on each paragraph, a closing one only at the end.
    ('"The first round went well.\n"We expect more progress next week," the envoy said.',
     [("direct", "the envoy", "said", 'The first round went well.\n"We expect more progress next week,')]),
    # Indirect speech, `that`-clauses and bare complements, the addressee.
    ("Erdogan told reporters that Turkey would host the next round.",
     [("indirect", "Erdogan", "told", "Turkey would host the next round")]),
    ("Ukrainian Defense Minister Rustem Umerov, who led the delegation, told reporters the talks were constructive.",
     [("indirect", "Ukrainian Defense Minister Rustem Umerov", "told", "the talks were constructive")]),
    ("Hospitals in the region are overwhelmed, the World Health Organization warned on Tuesday.",
     [("indirect", "the World Health Organization", "warned", "Hospitals in the region are overwhelmed")]),
    ("The ceasefire collapsed overnight, said Cui.",
     [("indirect", "Cui", "said", "The ceasefire collapsed overnight")]),
    # A cue clause inside the sentence: the longer side is the content (never a span holding the cue).
    ("The newest launch, Pyongyang said, was its longest so far.",
     [("indirect", "Pyongyang", "said", "was its longest so far")]),
    ("The ministry said in a statement that the strikes hit military targets.",
     [("indirect", "The ministry", "said", "the strikes hit military targets")]),
    ("Residents say the shelling has not stopped.",
     [("indirect", "Residents", "say", "the shelling has not stopped")]),
    ("The Israeli military said its forces had killed three militants, but local residents said the dead were civilians.",
     [("indirect", "The Israeli military", "said", "its forces had killed three militants"),
      ("indirect", "local residents", "said", "the dead were civilians")]),
    # Mixed quotes.
    ('Russian Foreign Minister Sergei Lavrov said that Moscow "took note" of the offer.',
     [("mixed", "Russian Foreign Minister Sergei Lavrov", "said", 'Moscow "took note" of the offer')]),
    # According to, and nested reports.
    ("The talks will resume on Sunday, according to Egyptian officials.",
     [("indirect", "Egyptian officials", "according to", "The talks will resume on Sunday")]),
    ("According to Reuters, Israeli officials said the operation would continue.",
     [("indirect", "Reuters", "According to", "Israeli officials said the operation would continue"),
      ("indirect", "Israeli officials", "said", "the operation would continue")]),
    # Beliefs, intentions and endorsements.
    ("The senator vowed to block the bill.",
     [("indirect", "The senator", "vowed", "to block the bill")]),
    ("The union endorsed Clinton on Friday.",
     [("indirect", "The union", "endorsed", "Clinton")]),
    # Transcripts.
    ("WALLACE: Let's start with the debate.\nPENCE: Well, I think it went well.\nWALLACE: Thank you.",
     [("direct", "WALLACE", ":", "Let's start with the debate."),
      ("direct", "PENCE", ":", "Well, I think it went well."),
      ("direct", "WALLACE", ":", "Thank you.")]),
    # No statements: scare quotes, actions, a self-report inside someone's quotation.
    ('The so-called "special operation" entered its fourth year.', []),
    ("Russia and Ukraine agreed to a prisoner exchange on Friday.", []),
]


def _shape(record) -> list[S]:
    return [(s.kind, s.speaker.text if s.speaker else "", s.cue.text if s.cue else "", s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_statements(extract_text, text: str, expected: list[S]) -> None:
    assert _shape(extract_text(text)) == expected


NAME_CASES: list[tuple[str, int, str, str | None]] = [
    # text, statement index, resolved speaker name, affiliation
    ("Cui Hongjian, a professor at Beijing Foreign Studies University, said the talks were a start. "
     "Cui added that trust remained low.", 1, "Cui Hongjian", "CHN"),
    ("Ukrainian lawmaker Yaroslav Zheleznyak said the talks failed. He added that no date was set.",
     1, "Yaroslav Zheleznyak", "UKR"),
    ("Angela Merkel met Emmanuel Macron in Paris. She said the meeting was useful.", 0, "Angela Merkel", None),
    ("The Kremlin said Putin would not attend.", 0, "Kremlin", "RUS"),
    ("Mr. Obama spoke first. Mrs. Clinton arrived later. She said the plan would work.", 0, "Clinton", None),
    # A given name that is also a title word stays the given name; a surname that is one stays the surname.
    ("Marine Dupont said the harbour would reopen in May.", 0, "Marine Dupont", None),
    ("Bella Judge, a county official, said the roads were closed. Judge added that crews were working.",
     1, "Bella Judge", None),
]


@pytest.mark.parametrize(("text", "index", "name", "affiliation"), NAME_CASES, ids=[c[0][:40] for c in NAME_CASES])
def test_speaker_names(extract_text, text: str, index: int, name: str, affiliation: str | None) -> None:
    statement = extract_text(text).statements[index]
    assert statement.speaker is not None
    assert name in (statement.speaker.name or "")
    if affiliation:
        assert statement.speaker.affiliation == affiliation


def test_nested_report_has_via(extract_text) -> None:
    record = extract_text("According to Russian diplomatic sources, Medinsky confirmed that Russia is ready to continue.")
    outer, inner = record.statements
    assert inner.via == outer.id and outer.via is None
    assert inner.content.text == "Russia is ready to continue"


def test_addressee(extract_text) -> None:
    (statement,) = extract_text("Cui Hongjian told China Media Group (CMG) that trust was lacking.").statements
    assert statement.addressee is not None and statement.addressee.text.startswith("China Media Group")


def test_spans_point_at_the_text_and_ids_are_in_order(extract_text) -> None:
    text = ('"We are open to talks," Zelenskyy said, "but not at any price." Peskov said Moscow was ready. '
            "According to officials, the talks will resume.")
    record = extract_text(text)
    assert [s.id for s in record.statements] == [f"s{i + 1}" for i in range(len(record.statements))]
    for s in record.statements:
        for span in (s.content, s.cue, s.speaker):
            assert text[span.start : span.end] == span.text


def test_statement_covering(nlp) -> None:
    from accord.article import Article
    from accord.pipeline import STAGES
    from accord.stages.base import ArticleState
    from accord.stages.statements import statement_covering

    text = "Peskov said Russia would send a delegation to Istanbul."
    state = ArticleState(article=Article(text=text, source="t"), doc=nlp(text))
    for stage in STAGES[:2]:
        stage.run(state)
    start = text.index("send")
    assert statement_covering(state, start, start + 4).speaker.text == "Peskov"
    assert statement_covering(state, 0, 6) is None


@pytest.mark.parametrize("text", [
    '"', "“", '""', '"Nothing" "here" "at" "all"', "said said said", 'He said "this never closes. Next one.',
    "” stray closer first “ then an opener\n\nand a new paragraph ‘ ’ ' '", "«»„“‘’", "''``''", "\n\n\n",
])
def test_odd_input_never_crashes(extract_text, text: str) -> None:
    record = extract_text(text)
    for s in record.statements:
        assert text[s.content.start : s.content.end] == s.content.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"“”„«»‘’'`")), max_size=80))
def test_quote_pairing_is_total(text: str) -> None:
    for quote in find_quotes(text):
        assert 0 <= quote.outer_start < quote.start <= quote.end < quote.outer_end <= len(text)


def test_quote_styles() -> None:
    text = 'He said "one," then “two” and «three» and „four“ and ‘five’; it’s Trump’s day.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["one,", "two", "three", "four", "five"]


def test_multi_paragraph_quote_and_stray_opener() -> None:
    text = '“First paragraph.\n“Second paragraph,” she said.\nA stray “ mark.\nThen “a real one” here.'
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["First paragraph.\n“Second paragraph,", "a real one"]


def test_seed_gold(extract_text, shared_dir, floors) -> None:
    """The seed article meets its floors in floors.json (statement F1, speaker names, affiliations)."""
    floor = floors["sets"]["seed-gold"]["floors"]
    gold = json.loads((shared_dir / "gold" / "cgtn-istanbul-talks-2025-05-17.json").read_text(encoding="utf-8"))
    text = (shared_dir / gold["text_file"]).read_text(encoding="utf-8")
    predicted = extract_text(text).statements
    golds = gold["statements"]
    found: dict[int, int] = {}
    for gi, g in enumerate(golds):
        gs, ge = g["content"]["start"], g["content"]["end"]
        best = max(
            ((min(ge, p.content.end) - max(gs, p.content.start), pi) for pi, p in enumerate(predicted) if pi not in found.values()),
            default=(0, -1),
        )
        if best[0] * 2 >= ge - gs:
            found[gi] = best[1]
    correct = sum(
        1 for p in predicted
        if any((min(g["content"]["end"], p.content.end) - max(g["content"]["start"], p.content.start)) * 2 >= p.content.end - p.content.start for g in golds)
    )
    precision, recall = correct / len(predicted), len(found) / len(golds)
    assert 2 * precision * recall / (precision + recall) >= floor["statement_f1"]

    def norm(name: str | None) -> str:
        name = (name or "").lower().removeprefix("the ").strip()
        return "".join(ch for ch in name if ch.isalnum() or ch == " ")

    names = sum(norm(predicted[p].speaker.name) == norm(golds[g]["speaker"]["name"]) for g, p in found.items())
    affiliations = sum(predicted[p].speaker.affiliation == golds[g]["speaker"]["affiliation"] for g, p in found.items())
    assert names / len(found) >= floor["speaker_name_accuracy"]
    assert affiliations / len(found) >= floor["affiliation_accuracy"]


# --- headlines, colon quotations, object asides, poll shares and answers, datelines ---------------

LATER_CASES: list[tuple[str, list[S]]] = [
    # A headline label opening the article attributes the headline.
    ("Graham: Trump's rhetoric is destroying the party.\nThe senator spoke in Columbia.",
     [("direct", "Graham", ":", "Trump's rhetoric is destroying the party.")]),
    # ... but a column name does not.
    ("The Latest: Voters head to the polls in Iowa.\nTurnout was high.", []),
    # A cue closing its paragraph with a colon reports the quotation opening the next paragraphs.
    ('Reporter Jane Doe says:\n\n"The polls have closed and the count has started.\n\n"We expect results by midnight."',
     [("direct", "Reporter Jane Doe", "says", 'The polls have closed and the count has started.\n\n"We expect results by midnight.')]),
    # An endorsed object ends before a non-restrictive aside; a restrictive clause belongs to it.
    ("The union endorsed Clinton, who won the state primary last week.",
     [("indirect", "The union", "endorsed", "Clinton")]),
    ("The union endorsed the candidate who won the state primary.",
     [("indirect", "The union", "endorsed", "the candidate who won the state primary")]),
    # A number can be a speaker.
    ("Two of the senators said the bill would pass.",
     [("indirect", "Two of the senators", "said", "the bill would pass")]),
    # Poll shares the parser hangs on the verb, and pro-form answers as content.
    ("About 6 in 10 say they would like the next governor to build more roads.",
     [("indirect", "About 6 in 10", "say", "they would like the next governor to build more roads")]),
    ("Among Democrats, 72 percent said yes.",
     [("indirect", "72 percent", "said", "yes")]),
    # `was seen as` without an agent: a view of someone unnamed, a statement without a speaker.
    ("Clinton was seen as competent, after half said so in December.",
     [("indirect", "", "seen", "competent"), ("indirect", "half", "said", "so")]),
    ("He said no more than he had to.", []),
    # A participle's noun holds the view it expresses.
    ("Hollis gave $2 million to a group backing Reyes.",
     [("indirect", "a group", "backing", "Reyes")]),
    ("Protesters carrying signs marched to the capitol.", []),
    # A delegate tally in transcript form states nothing.
    ("CLINTON: 2,316.\nSANDERS: 1,547.", []),
    # A dateline is not part of the speaker.
    ("MANCHESTER, New Hampshire — Trump called him a total stiff on Monday.",
     [("indirect", "Trump", "called", "him a total stiff")]),
]


@pytest.mark.parametrize(("text", "expected"), LATER_CASES, ids=[c[0][:40] for c in LATER_CASES])
def test_later_patterns(extract_text, text: str, expected: list[S]) -> None:
    assert _shape(extract_text(text)) == expected
