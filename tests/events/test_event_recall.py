"""Issue 14 recall on real news, one invented sentence per construction: events kept without an actor
code when told as occurrences, passives and intransitives of the lexicon, characterisations as accusations."""

from __future__ import annotations


def _events(extract_text, text, published="2025-05-17"):
    return extract_text(text, published=published).events


def _summary(events):
    return [(e.event, e.mode, e.modality, e.trigger.text, [a.code for a in e.actors]) for e in events]


def test_an_event_noun_with_its_own_place_and_time_is_kept_without_a_coded_doer(extract_text):
    # "talks in Istanbul in May" tells an occurrence; the bare "talks" only names a kind of act
    told = _events(extract_text, "Ukraine accused Russia of wasting the progress made at talks in Istanbul in May.")
    assert "CONSULT" in {e.event for e in told}, _summary(told)
    bare = _events(extract_text, "Ukraine accused Russia of wasting the progress made at talks.")
    assert "CONSULT" not in {e.event for e in bare}, _summary(bare)


def test_an_event_noun_counting_its_victims_is_kept(extract_text):
    counted = _events(extract_text, "The military said it had confirmed the killing of 33 militants.")
    assert "ASSAULT" in {e.event for e in counted}, _summary(counted)
    assert not _events(extract_text, "The military said it had confirmed the killing.")


def test_a_count_of_acts_of_a_kind_is_no_occurrence(extract_text):
    # "two charges" counts charges of a kind; with no doer named they are no new accusation
    events = _events(extract_text, "Mr. Banda, who faces two charges, denied wrongdoing.")
    assert "ACCUSE" not in {e.event for e in events}, _summary(events)
