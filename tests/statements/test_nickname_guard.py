"""A short and a formal given name joined only through a nickname row (issue 13) are two people when the article
describes them differently: another sector of title or apposition ("the mayor" vs "a teacher") or another
country. Without such a conflict they stay one person named formally. Invented sentences."""

from __future__ import annotations


def _entities(record) -> dict[str, str]:
    return {s.speaker.text: s.speaker.entity for s in record.statements if s.speaker is not None}


def test_a_senator_and_a_farmer_under_short_and_formal_names_stay_apart(extract_text):
    text = ("Tim Holloway, the senator, said on Tuesday that the tariff was a mistake. Timothy Holloway, a farmer "
            "in Nebraska, said the tariff would help his family.")
    record = extract_text(text)
    entities = _entities(record)
    assert entities["Tim Holloway"] != entities["Timothy Holloway"]
    names = {s.speaker.text: s.speaker.name for s in record.statements if s.speaker is not None}
    assert names["Tim Holloway"] == "Tim Holloway"
    assert names["Timothy Holloway"] == "Timothy Holloway"


def test_a_formal_name_first_and_a_short_one_with_another_trade_stay_apart(extract_text):
    text = ("Mayor Kenneth Ambrose said the bridge would reopen in June. Ken Ambrose, a teacher who lives near "
            "the river, said the hives had been moved.")
    entities = _entities(extract_text(text))
    assert entities["Mayor Kenneth Ambrose"] != entities["Ken Ambrose"]


def test_the_same_office_under_short_and_formal_names_is_one_person(extract_text):
    text = ("Sen. Chuck Fairley said the farm bill needed work. Charles Fairley, the senator, told reporters that "
            "he would vote for it.")
    record = extract_text(text)
    entities = _entities(record)
    assert entities["Sen. Chuck Fairley"] == entities["Charles Fairley"]
    assert {s.speaker.name for s in record.statements if s.speaker is not None} == {"Charles Fairley"}


def test_a_short_name_without_a_description_joins_the_described_formal_one(extract_text):
    text = ("Robert Kessling, a farmer in Ohio, said the rain came too late. Bob Kessling said the corn would "
            "not recover.")
    entities = _entities(extract_text(text))
    assert entities["Robert Kessling"] == entities["Bob Kessling"]


def test_a_lexicon_sector_is_no_conflicting_description(extract_text):
    # The people lexicon files this senator under GOV; the article's "the senator" (LEG) is still him.
    text = ("Chuck Schumer said on Monday that the bill was flawed. Charles Schumer, the senator, said he would "
            "vote against it.")
    entities = _entities(extract_text(text, published="2014-05-02"))
    assert entities["Chuck Schumer"] == entities["Charles Schumer"]
