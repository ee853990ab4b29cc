"""ACCUSE conveyed by what a speaker says (stages/events/accusations.py): the speaker accuses the party a
condemning word is said of; neutral reports, praise, negated and self-critical remarks stay non-events.
Invented sentences, one construction each."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _accusations(events):
    return [e for e in events if e.event == "ACCUSE"]


@pytest.mark.parametrize(("text", "speaker", "target"), [
    ("Russian Foreign Minister Sergei Lavrov said Ukraine's strikes on Belgorod were illegal.", "RUS", "UKR"),
    ("Turkish President Recep Tayyip Erdogan said that Israel's attacks in Gaza were heinous and cruel.", "TUR", "ISR"),
    ("Ukraine's foreign minister said the Russian strike was a war crime.", "UKR", "RUS"),
    ("The United Nations said Russia may have committed war crimes in Bucha.", "UNO", "RUS"),
    ("Russian Foreign Minister Sergei Lavrov said Ukrainian President Volodymyr Zelenskyy was a liar.", "RUS", "UKR"),
    ('Russian Foreign Minister Sergei Lavrov called Ukrainian President Volodymyr Zelenskyy "a liar."', "RUS", "UKR"),
    # a predicative adjective on the noun said of the party, also through "one of" and a coordination
    ("The Kenyan interior minister said on Monday that the Ugandan council is a corrupt body.", "KEN", "UGA"),
    ("Trump argued that the European Union is one of the most hostile and abusive trading blocs on earth.", "USA", "EUR"),
])
def test_condemnation_in_content_is_an_accusation_by_the_speaker(extract_text, text, speaker, target):
    accused = _accusations(_events(extract_text, text))
    assert len(accused) == 1, _summary(accused)
    assert {a.code for a in accused[0].actors} == {speaker}
    assert target in {r.code for r in accused[0].recipients}
    assert accused[0].modality == "asserted" and not accused[0].negated


def test_blame_for_a_hostile_act_is_an_accusation(extract_text):
    text = "Pakistan's army spokesman said the Baloch Liberation Army was responsible for the attack on the train."
    accused = _accusations(_events(extract_text, text))
    assert accused and accused[0].trigger.text == "responsible", _summary(accused)


def test_party_named_by_its_modifier_is_the_target(extract_text):
    accused = _accusations(_events(extract_text, 'Senator James Risch said the deal "gives in to Chinese lawfare."'))
    assert accused and "CHN" in {r.code for r in accused[0].recipients}, _summary(accused)


@pytest.mark.parametrize("text", [
    "Lavrov said the Ukrainian strike was not illegal.",  # negated
    "The minister said the agency was responsible for security at the airport.",  # no hostile act blamed
    "French President Emmanuel Macron said Germany's decision was courageous and wise.",  # praise
    "Officials said the talks in Geneva were held on Tuesday.",  # a neutral report
    '"We made mistakes and our forces committed abuses," the Ukrainian defence minister said.',  # self-criticism
    "Ukraine's president Volodymyr Zelenskyy said Ukrainian forces had made mistakes in Kherson.",  # own side
    '"Continued corruption by any party in Albania has consequences," he said.',  # a general rule
    "The company said it sold 300 illegal weapons to dealers.",
    "The minister said the border police had arrested three illegal migrants.",  # "illegal" naming a kind, no predicate
    'The official said the allies would "defend against North Korean aggression."',  # the speaker's own act
    "He said he wants to change the unfair perception that Donald Trump is racist.",  # a perception reported
    "The governor of Florida said the storm was a disaster for the region.",  # a disaster, no party's act  # "illegal" naming a kind, said of no party
    "Prosecutors say Amirov hired Mehdiyev to kill Alinejad, a vocal critic of Tehran's human rights abuses.",
])
def test_remarks_that_accuse_no_other_party_are_no_accusation(extract_text, text):
    events = _events(extract_text, text)
    assert not _accusations(events), _summary(events)


def test_reported_wrong_act_stays_its_own_event(extract_text):
    # "said Israel violated the ceasefire" reports the violation itself; no second event on the same word
    events = _events(extract_text, "Iran's foreign ministry said the Israeli government violated the ceasefire.")
    assert not _accusations(events), _summary(events)


def test_rejected_accusation_of_a_named_party_is_its_own_event(extract_text):
    # the rejection is one act, the accusation it rejects (Washington's) another
    events = _events(extract_text, "Moscow denied Washington's accusations of election interference on Friday.")
    assert {"REJECT", "ACCUSE"} <= {e.event for e in events}, _summary(events)
    accused = _accusations(events)
    assert {a.code for a in accused[0].actors} == {"USA"}, _summary(events)


def test_rejected_accusation_of_no_named_party_stays_inside_the_rejection(extract_text):
    events = _events(extract_text, "The minister rejected the allegations.")
    assert not _accusations(events), _summary(events)


@pytest.mark.parametrize(("text", "speaker", "trigger"), [
    # who is behind a hostile act or a plot: the speaker's allegation against it (session 12)
    ("Israeli officials said Iran's Revolutionary Guard was behind the bombing of the embassy.", "ISR", "behind"),
    ("The Pakistani interior minister repeated the claim that the raid was orchestrated by militants based abroad.",
     "PAK", "orchestrated"),
    # failing a duty: the "to" clause names what the party was bound to do
    ("The Pakistani envoy said Kabul was failing to rein in the separatist fighters.", "PAK", "failing"),
    ("A Ghanaian senator said Nigeria had failed to protect the refugees from the gunmen.", "GHA", "failed"),
    # a wrong through the verb that carries it
    ("U.S. Secretary of State Antony Blinken said the Albanian prime minister was involved in corrupt acts.", "USA",
     "corrupt"),
])
def test_statement_alleging_wrongdoing_is_an_accusation(extract_text, text, speaker, trigger):
    accused = _accusations(_events(extract_text, text))
    assert [(e.trigger.text, {a.code for a in e.actors}) for e in accused] == [(trigger, {speaker})], _summary(accused)
    assert accused[0].recipients, _summary(accused)


@pytest.mark.parametrize("text", [
    "The minister said the summit was orchestrated by the French presidency.",  # no hostile act
    "Police said the driver was behind the wheel when the bus crashed on Monday.",  # no act blamed
    "The governor said Senator Ramos failed to win the seat in November.",  # an outcome, no duty
    "The coach said Ghana failed to qualify for the World Cup after the defeat.",  # an outcome, no duty
    "The Kenyan minister said Uganda failed to reach the final.",  # an outcome, no duty
    "Officials said the rebels plan to hold elections in the east.",  # a plan, nothing hostile
])
def test_statement_naming_no_wrongdoing_is_no_accusation(extract_text, text):
    events = _events(extract_text, text)
    assert not _accusations(events), _summary(events)


def test_passive_accusation_with_no_agent_keeps_the_accused_as_target(extract_text):
    # "were accused of ...": the accuser is unnamed (no actor), the accused is the target, never the actor
    accused = _accusations(_events(extract_text, "Iranian operatives were accused of planning to kidnap the journalist."))
    assert [([a.code for a in e.actors if a.code], [r.code for r in e.recipients]) for e in accused] == [([], ["IRN"])], \
        _summary(accused)


@pytest.mark.parametrize(("text", "speaker", "trigger"), [
    # the wrong is said of an act or a party no code reaches: the speaker's ACCUSE, with no target (issue 14 item 2)
    ("The United Nations human rights office said the detainees' treatment may amount to crimes against humanity.",
     "UNO", "crimes"),
    ("A State Department spokesperson said the publisher's unjust detention was a warning to every journalist.",
     "USA", "unjust"),
    ("The U.S. president highlighted the regime's violation of human rights at the summit in Washington.",
     "USA", "violation"),
])
def test_condemned_act_of_an_uncoded_doer_is_an_accusation_without_target(extract_text, text, speaker, trigger):
    accused = [e for e in _accusations(_events(extract_text, text)) if e.trigger.text == trigger]
    assert [{a.code for a in e.actors} for e in accused] == [{speaker}], _summary(_events(extract_text, text))
    assert not [r for r in accused[0].recipients if r.code], _summary(accused)


@pytest.mark.parametrize("text", [
    "Ankara denies that the killings of 1915 were a genocide.",  # the speaker rejects the charge
    "The columnist said the gap between rich and poor is a disaster.",  # a situation judged, no party's act
    "Tehran called the kidnapping allegations outrageous.",  # a claim called false: a rejection, not an accusation
    '"We ask Kabul to hand over the organizers of this reprehensible act," the minister said.',  # in passing
    "The senator said nobody knows how many other census privacy violations have yet to come out.",  # no party
])
def test_uncoded_doer_that_accuses_no_one_is_no_accusation(extract_text, text):
    events = _events(extract_text, text)
    assert not [e for e in _accusations(events) if e.trigger.text in (
        "genocide", "disaster", "outrageous", "reprehensible", "violations")], _summary(events)


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz spoke about China at a rally in Ohio. She accuses it of stealing American factory jobs.",
    "He accused it of lying about the deal with Moscow.",
])
def test_accused_pronoun_is_never_the_accusers_own_mention(extract_text, text):
    # issue 14 item 1: "it" taken as the statement's speaker is the very mention the back-off codes as the doer
    accused = _accusations(_events(extract_text, text))
    assert len(accused) == 1, _summary(accused)
    doers = {(a.start, a.end) for a in accused[0].actors}
    assert doers and not any((r.start, r.end) in doers for r in accused[0].recipients), _summary(accused)


def test_accused_pronoun_for_another_party_stays_the_target(extract_text):
    accused = _accusations(_events(extract_text, "The Kremlin said the West had accused it of lying."))
    assert [r.code for r in accused[0].recipients] == ["RUS"], _summary(accused)
