"""Attributions without a named source (issue 13; PolNeAR annotates them with an empty source): a curated
cue verb in the passive without a `by`-agent (`he was asked whether ...`, `the town is considered a
likely site`) reports what someone left unnamed says or thinks. accord gives such a statement its cue
and content and no speaker; forecasts (`is expected to`) and charge sheets (`is accused of`) report no
view and make none. Invented texts.
"""

from __future__ import annotations

import pytest


def _unattributed(record):
    return [s for s in record.statements if s.speaker is None]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The senator is widely believed to be weighing a run for governor.", "believed",
     "to be weighing a run for governor"),
    ("The mayor was blamed for the delays at the new water plant.", "blamed",
     "the delays at the new water plant"),
    ("The governor was asked whether he would sign the pension bill.", "asked",
     "he would sign the pension bill"),
    ("The harbor town has long been considered a likely site for the new naval base.", "considered",
     "a likely site for the new naval base"),
    ("The council, which is seen as close to the ruling party, rejected the plan.", "seen",
     "close to the ruling party"),
    ("The minister was criticized for closing the border without warning.", "criticized",
     "closing the border without warning"),
])
def test_agentless_passive_is_a_statement_without_speaker(extract_text, text, cue, content):
    record = extract_text(text)
    found = _unattributed(record)
    assert [(s.cue.text, s.content.text) for s in found] == [(cue, content)]
    for statement in found:
        assert text[statement.content.start:statement.content.end] == statement.content.text


@pytest.mark.parametrize("text", [
    "The senator is believed by her aides to be weighing a run for governor.",  # named: a speaker
    "The senator is widely expected to announce her candidacy next week.",  # a forecast
    "The mayor was accused of steering city contracts to his brother-in-law.",  # a charge sheet
    "The actor is best known for his role in a police drama.",  # a reputation, not a view
    "Every candidate is required to file a financial disclosure.",  # a duty
    "The fund is called the Harbor Recovery Trust.",  # a name, not a view
    "The senator was seen leaving the hotel with two aides.",  # seeing, not a view
    "A spokesman for the mayor was asked to comment.",  # a request for comment
    "The bridge was built in 1932 and repaired after the flood.",  # not a cue verb
    "The senator expects to announce her candidacy next week.",  # active: the senator is the speaker
])
def test_no_unattributed_statement(extract_text, text):
    assert _unattributed(extract_text(text)) == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The harbor master reportedly resigned on Friday after the vote.", "reportedly",
     "The harbor master reportedly resigned on Friday after the vote"),
    ("The shipping firm has allegedly paid bribes to two port officials.", "allegedly",
     "The shipping firm has allegedly paid bribes to two port officials"),
    ("Relief convoys will reportedly cross the river on Monday.", "reportedly",
     "Relief convoys will reportedly cross the river on Monday"),
])
def test_a_hedged_main_clause_is_a_statement_without_speaker(extract_text, text, cue, content):
    """`X reportedly did Y` tells what unnamed reports say, as `it was reported that X did Y` does."""
    record = extract_text(text)
    found = _unattributed(record)
    assert [(s.cue.text, s.content.text) for s in found] == [(cue, content)]
    for statement in found:
        assert text[statement.content.start:statement.content.end] == statement.content.text


@pytest.mark.parametrize("text", [
    "Police detained a driver who allegedly stole a fuel truck.",  # a relative clause: the writer's own report
    "The guard was dismissed for allegedly taking bribes at the gate.",  # a gerund under a preposition
    "With the king reportedly ill, the court delayed the hearing.",  # an absolute phrase
])
def test_a_hedge_outside_a_main_clause_makes_no_statement(extract_text, text):
    assert _unattributed(extract_text(text)) == []


def test_a_hedged_speech_report_stays_the_speakers_statement(extract_text):
    record = extract_text("The harbor master reportedly said on Friday that the port would reopen.")
    assert [(s.speaker.text if s.speaker else None, s.content.text) for s in record.statements] == [
        ("The harbor master", "the port would reopen")]


def test_a_hedge_inside_a_named_report_adds_no_second_statement(extract_text):
    record = extract_text("The colonel said the general had reportedly fled to the coast.")
    assert [(s.speaker.text if s.speaker else None, s.content.text) for s in record.statements] == [
        ("The colonel", "the general had reportedly fled to the coast")]


def test_agent_makes_the_passive_a_statement_with_its_speaker(extract_text):
    record = extract_text("The mayor was criticized by two contractors for steering city contracts to his relatives.")
    assert not _unattributed(record)


def test_unattributed_statement_fits_the_contract_and_the_store(extract_text, tmp_path):
    """A statement without a speaker validates against the extraction schema and is stored and
    listed like any other."""
    import json
    from pathlib import Path

    import jsonschema

    from accord.formats.contract import contract_json
    from accord.store import open_store
    from accord.store.query import query_statements
    from accord.store.runs import ingest_records

    text = "The governor was asked whether he would sign the pension bill."
    record = extract_text(text)
    record.text = text
    schema = json.loads((Path(__file__).parents[1] / "fixtures" / "extraction.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(contract_json(record)), schema)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    ingest_records([record], url)
    with open_store(url) as store:
        items = query_statements(store).items
    assert [(item["speaker"], item["content"]["text"]) for item in items] == [(None, "he would sign the pension bill")]
