"""PLOVER event coding: sentence -> expected type, mode, actors, recipients, negation and modality."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "plover_sentences.jsonl"
PUBLISHED = "2025-05-17"


# In a parametrised case: the mode is not what the case tests.
ANY_MODE = object()


def _events(extract_text, text: str):
    return extract_text(text, published=PUBLISHED).events


def _find(events, event_type: str):
    return [e for e in events if e.event == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "actors", "recipients"),
    [
        # one per PLOVER type, from many conflicts
        ("Armenia and Azerbaijan agreed to resume peace talks.", "AGREE", {"ARM", "AZE"}, set()),
        ("Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Kazan.", "CONSULT", {"IND", "CHN"}, set()),
        ("France praised Morocco's autonomy plan.", "SUPPORT", {"FRA"}, {"MAR"}),
        ("Myanmar's junta pardoned thousands of prisoners.", "CONCEDE", {"MMR"}, set()),
        ("Brazil extradited two suspects to Argentina.", "COOPERATE", {"BRA"}, {"ARG"}),
        ("Germany delivered air defense systems to Ukraine.", "AID", {"DEU"}, {"UKR"}),
        ("Hamas released four Israeli hostages on Saturday.", "RETREAT", {"PSE"}, set()),
        ("Kenya asked the United States for assistance.", "REQUEST", {"KEN"}, {"USA"}),
        ("China accused the Philippines of provoking a confrontation.", "ACCUSE", {"CHN"}, {"PHL"}),
        ("Russia rejected the Ukrainian peace plan.", "REJECT", {"RUS"}, set()),
        ("North Korea threatened to launch a nuclear strike against the United States.", "THREATEN", {"PRK"}, {"USA"}),
        ("Thousands of Kenyans protested against a tax increase in Nairobi.", "PROTEST", {"KEN"}, set()),
        ("The United States imposed sanctions on Russian oil companies.", "SANCTION", {"USA"}, {"RUS"}),
        ("Russia massed troops along the Ukrainian border.", "MOBILIZE", {"RUS"}, set()),
        ("Pakistan deported thousands of Afghan refugees.", "COERCE", {"PAK"}, {"AFG"}),
        ("Israeli aircraft bombed targets in southern Lebanon.", "ASSAULT", {"ISR"}, set()),
        # actors: possessor, by-agent, passive agent, compound modifiers, between
        ("Erdogan's proposal to host new talks surprised diplomats.", "AGREE", {"TUR"}, set()),
        ("The talks followed a proposal by Chinese President Xi Jinping to mediate.", "AGREE", {"CHN"}, set()),
        ("A military base in Somalia was attacked by Al-Shabaab militants.", "ASSAULT", {"SOM"}, set()),
        ("Recent talks between Iranian and Omani officials ended in Muscat.", "CONSULT", {"IRN", "OMN"}, set()),
        ("Serbia-Kosovo talks resumed in Brussels.", "CONSULT", {"SRB"}, set()),
        # recipients: with / to / against / on
        ("Qatar provided fuel to Gaza.", "AID", {"QAT"}, {"PSE"}),
        ("The European Union imposed new sanctions against Belarus.", "SANCTION", {"EUR"}, {"BLR"}),
        # hosting: the visitor is the actor
        ("Lebanon's prime minister received the US envoy in Beirut.", "CONSULT", {"USA"}, {"LBN"}),
    ],
)
def test_type_and_participants(extract_text, text, event_type, actors, recipients):
    found = _find(_events(extract_text, text), event_type)
    assert found, f"no {event_type} in {text!r}"
    event = found[0]
    assert actors <= {a.code for a in event.actors}
    assert recipients <= {r.code for r in event.recipients}


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        # manual rules: future cooperation -> AGREE, proposed meeting -> AGREE, refused ceasefire -> REJECT yield
        ("India and the United States will cooperate on defense technology.", "AGREE", None),
        ("Ukraine proposed direct talks with Russia.", "AGREE", None),
        ("Hamas refused to accept a ceasefire.", "REJECT", None),
        ("Israel refused a ceasefire in Gaza.", "REJECT", "yield"),
        ("North Korea refused to return to denuclearization talks.", "REJECT", "meet"),
        ("The UN Secretary-General called for an immediate ceasefire in Sudan.", "REQUEST", "yield"),
        ("Protesters in Serbia demanded the resignation of the prime minister.", "REQUEST", "change"),
        ("The Kremlin said Putin would not attend the summit.", "REJECT", "meet"),
        ("Russia announced it would withdraw troops from the border.", "CONCEDE", None),
        ("The European Union warned that it could impose sanctions on Iran.", "THREATEN", "restrict"),
        ("Burkina Faso withdrew from the ECOWAS regional bloc.", "SANCTION", "withdraw"),
        ("Russian troops withdrew from Kherson.", "RETREAT", "withdraw"),
        ("Mali expelled the French ambassador.", "SANCTION", "expel"),
        ("North Korea test-fired two ballistic missiles into the sea on Thursday.", "MOBILIZE", "weapons"),
        ("Turkish President Erdogan spoke by phone with Russian President Vladimir Putin.", "CONSULT", None),
        ("German Chancellor Olaf Scholz visited Kyiv on Monday.", "CONSULT", "visit"),
        ("Iranian police arrested dozens of protesters in Tehran.", "COERCE", "arrest"),
        ("Gunmen kidnapped 20 students in northern Nigeria.", "ASSAULT", "abduct"),
        # PETRARCH2 verbs the lexicon lacked: apprehending and incarcerating are arrests, slaying is killing
        ("Kenyan police apprehended three suspects near the border on Monday.", "COERCE", "arrest"),
        ("Egyptian authorities incarcerated two bloggers last year.", "COERCE", "arrest"),
        ("Gunmen slew four villagers in central Mali on Sunday.", "ASSAULT", None),
        ("Japan lodged a protest with China over the incursion.", "ACCUSE", "disapprove"),
    ],
)
def test_manual_rules_and_modes(extract_text, text, event_type, mode):
    found = _find(_events(extract_text, text), event_type)
    assert found, f"no {event_type} in {text!r}: {[e.event for e in _events(extract_text, text)]}"
    if mode is not None:
        assert found[0].mode == mode


@pytest.mark.parametrize(
    ("text", "event_type", "negated"),
    [
        ("Talks between Israel and Hamas in Cairo produced no ceasefire agreement.", "AGREE", True),
        ("Sudan's army did not attend the talks in Jeddah.", "CONSULT", True),
        ("Serbia and Kosovo failed to reach an agreement in Brussels.", "AGREE", True),
        ("Russia made no concessions.", "CONCEDE", True),
        ("Serbia and Kosovo reached an agreement in Brussels.", "AGREE", False),
        ("Russia refused to release the detained journalist.", "REJECT", False),
    ],
)
def test_negation(extract_text, text, event_type, negated):
    found = _find(_events(extract_text, text), event_type)
    assert found, f"no {event_type} in {text!r}"
    assert found[0].negated is negated


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        ("Russian and Ukrainian negotiators will present their proposals next week.", None, "future"),
        # the conditional sanctions are the threat's content; the threat itself was made (issue 14)
        ("A failed negotiation could trigger new sanctions against Iran, the European Union said.", "THREATEN", "asserted"),
        ("The March 2022 negotiations between Russia and Ukraine collapsed.", "CONSULT", "historical"),
        ("Iranian and Saudi diplomats met in Beijing on Friday.", "CONSULT", "asserted"),
    ],
)
def test_modality(extract_text, text, event_type, modality):
    events = _events(extract_text, text)
    chosen = _find(events, event_type) if event_type else events
    if modality == "future" and not chosen:
        pytest.xfail("no coded actor for a future 'present' event in this sentence")
    assert chosen, f"no event in {text!r}"
    assert chosen[0].modality == modality


def test_events_in_a_statement_carry_its_id(extract_text):
    record = extract_text('Egypt\'s foreign minister said, "Israel and Hamas agreed to a ceasefire in Gaza."', published=PUBLISHED)
    agree = _find(record.events, "AGREE")
    assert agree and record.statements
    covering = [s.id for s in record.statements if s.content.start <= agree[0].trigger.start < s.content.end]
    assert covering and agree[0].statement == covering[0]


def test_pronoun_actor_resolves_to_the_speaker(extract_text):
    events = _events(extract_text, "Venezuelan President Nicolas Maduro said he was open to talks with the opposition.")
    agree = _find(events, "AGREE")
    assert agree and agree[0].actors[0].code == "VEN"


def test_spans_point_into_the_text(extract_text):
    text = "Israel and Hamas agreed on Friday to exchange hostages and prisoners after two days of talks in Doha."
    record = extract_text(text, published=PUBLISHED)
    assert record.events
    for event in record.events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text
        assert event.sentence is not None and text[event.sentence.start:event.sentence.end] == event.sentence.text
        for actor in event.actors + event.recipients:
            assert text[actor.start:actor.end] == actor.text
    assert [e.id for e in record.events] == [f"e{i}" for i in range(1, len(record.events) + 1)]


def test_events_without_a_coded_actor_are_not_emitted(extract_text):
    assert not _events(extract_text, "The talks will continue next week, a source said.")


def test_a_sentence_main_event_without_a_named_actor_is_kept(extract_text):
    """A passive without agent is still the sentence's event (its patient is the recipient)."""
    events = _events(extract_text, "Syrian government forces were accused of using chemical weapons in Douma.")
    assert [(e.event, [a.code for a in e.actors], {r.code for r in e.recipients}) for e in events] == [("ACCUSE", [], {"SYR"})]


def test_a_generic_repeat_of_a_coded_event_is_not_kept(extract_text):
    text = "Russia and Ukraine held talks in Istanbul on Friday. The talks lasted two hours."
    assert [e.event for e in _events(extract_text, text)] == ["CONSULT"]


@pytest.mark.parametrize(
    ("text", "event_type", "mode", "actor"),
    [
        # the claimant of an attack is its actor
        ("The Houthis claimed responsibility for an attack on a commercial ship.", "ASSAULT", None, "YEM"),
        # quantity nouns are looked through to what they count
        ("Hezbollah fired dozens of rockets into northern Israel.", "ASSAULT", None, "LBN"),
        ("The government released hundreds of jailed rebels.", "RETREAT", "release", None),
        # missiles fired into the sea are a show of force, not an attack (manual 3.14)
        ("North Korea fired two ballistic missiles into the sea.", "MOBILIZE", "weapons", "PRK"),
        # a class of objects (@party) applies when no entry names the object
        ("The African Union suspended Niger after the coup.", "SANCTION", "expel", "IGO"),
        ("Burkina Faso's junta suspended the BBC for two weeks.", "COERCE", "censor", "BFA"),
        # a frame word without a type of its own passes the intention through
        ("The Israeli prime minister vowed to press ahead with the offensive in Rafah.", "THREATEN", "violence", "ISR"),
        # "its forces" is the speaker's
        ("Russia's defence ministry said its forces had captured the village.", "ASSAULT", None, "RUS"),
        ("Uzbekistan's president granted amnesty to hundreds of prisoners.", "CONCEDE", None, "UZB"),
        ("Germany will send 5,000 helmets to Ukraine.", "AGREE", None, "DEU"),
        ("Rebels in eastern Congo killed 40 villagers.", "ASSAULT", None, "COD"),
        # demonyms and IGOs added to the actor lexicon; generic people coded by where they are
        ("Tanzanian police arrested the opposition leader.", "COERCE", "arrest", "TZA"),
        ("The Organization of American States condemned the violence in Haiti.", "ACCUSE", "disapprove", "IGO"),
        ("Protesters in Port Moresby looted shops.", "PROTEST", ANY_MODE, "PNG"),
        # "the group" is the organisation named earlier in the sentence
        ("A senior Hamas official said the group had rejected Israel's proposal.", "REJECT", ANY_MODE, "PSE"),
        # ordering one's own forces to act is the act (manual: the order is carried out by the actor's forces)
        ("The Philippine president ordered the military to step up patrols in the South China Sea.", "MOBILIZE", "troops", "PHL"),
    ],
)
def test_generalisation_rules(extract_text, text, event_type, mode, actor):
    found = _find(_events(extract_text, text), event_type)
    assert found, text
    assert mode is ANY_MODE or found[0].mode == mode
    if actor:
        assert actor in {a.code for a in found[0].actors}


def test_both_sides_are_the_article_s_principal_parties(extract_text):
    text = ("Russian and Ukrainian delegations met in Istanbul on Friday. Russia said the talks were useful, "
            "while Ukraine called them a first step. Both sides agreed to exchange 1,000 prisoners each.")
    agree = _find(_events(extract_text, text), "AGREE")
    assert agree and {a.code for a in agree[0].actors} == {"RUS", "UKR"}
    assert all(text[a.start:a.end] == "Both sides" for a in agree[0].actors)


def test_the_people_of_the_two_countries_are_the_principal_parties(extract_text):
    text = ("Chile and Norway held a third round of talks in Lima on Saturday, mediated by Peru. "
            "The two nations' experts then held a working meeting alongside the talks. "
            "Both sides agreed to talk again.")
    events = _events(extract_text, text)
    meeting = [e for e in _find(events, "CONSULT") if e.trigger.text == "meeting"]
    assert meeting and {a.code for a in meeting[0].actors} == {"CHL", "NOR"}
    assert all(text[a.start:a.end] == "The two nations' experts" for a in meeting[0].actors)
    agree = _find(events, "AGREE")
    assert agree and {a.code for a in agree[0].actors} == {"CHL", "NOR"}


@pytest.mark.parametrize("mediator", [
    "Qatar, which mediated the talks, said",
    "Qatari Foreign Minister Mohammed Al-Khulaifi, who served as the mediator, said",
    "The Qatari mediator said",
    "After the Qatari-mediated session, Qatar said",
])
def test_both_sides_are_never_the_mediator_of_their_talks(extract_text, mediator):
    # Qatar is named as often as either party, but it mediates: "both sides" are Rwanda and Congo.
    text = ("Rwanda and the Democratic Republic of Congo held talks in Doha on Friday, hosted by Qatar. "
            f"{mediator} that both sides agreed to hold more talks in Doha. Qatar thanked Rwanda and Congo, "
            "and Qatar praised the progress.")
    agree = _find(_events(extract_text, text), "AGREE")
    assert agree and {a.code for a in agree[0].actors} == {"RWA", "COD"}, [(e.event, [a.code for a in e.actors]) for e in agree]


def test_the_sides_are_the_two_sides(extract_text):
    # "The sides" alone, definite and plural, stands for the story's two sides as "both sides" does.
    text = ("Rwanda and the Democratic Republic of Congo held talks in Doha on Friday, hosted by Qatar. "
            "Qatar, which mediated the talks, said the sides agreed to hold a third session in Doha. Qatar thanked Rwanda "
            "and Congo, and Qatar praised the progress.")
    agree = _find(_events(extract_text, text), "AGREE")
    assert agree and {a.code for a in agree[0].actors} == {"RWA", "COD"}, [(e.event, [a.code for a in e.actors]) for e in agree]


def test_one_country_s_story_has_no_two_sides(extract_text):
    # A second party named once against the first's many mentions is no side of the story.
    text = ("Democrats and Republicans in the United States met on Tuesday. The United States budget divides "
            "the United States, and the United States president urged them to act before a visit to Mexico. "
            "Both parties agreed to vote on Friday.")
    agree = _find(_events(extract_text, text), "AGREE")
    assert agree and "MEX" not in {a.code for e in agree for a in e.actors}


def test_both_sides_without_two_clear_parties_stay_unresolved(extract_text):
    events = _events(extract_text, "Both sides agreed to exchange prisoners.")
    assert events and not any(a.code for e in events for a in e.actors)
    assert all(a.text.endswith("sides") for e in events for a in e.actors)  # uncoded, the text is kept


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Sudan's army and the Rapid Support Forces agreed to a seven-day truce.", "diplomatic"),
        ("Brazilian police seized two tonnes of cocaine at the port of Santos.", "illegal drugs"),
        ("The European Union imposed sanctions on Belarusian officials over the disputed election.", "election"),
        ("Police arrested 12 people smugglers in Calais.", "trafficking"),
    ],
)
def test_contexts_from_keywords(extract_text, text, context):
    events = _events(extract_text, text)
    assert events and context in events[0].context


def test_no_context_without_a_keyword_and_crime_yields_to_specific_crimes(extract_text):
    assert _events(extract_text, "Russia rejected the proposal.")[0].context == []
    events = _events(extract_text, "Police arrested a gang of drug traffickers selling cocaine in Lagos.")
    assert "crime" not in events[0].context and "illegal drugs" in events[0].context


def test_link_lists_after_read_more_are_not_read(extract_text):
    text = "Nothing happened today.\nRead more:\nRussia and Ukraine held talks in Istanbul\n"
    assert not _events(extract_text, text)


@pytest.mark.parametrize("kicker", ['"Related:"', "Read more:", "More from Example News:", "See also"])
def test_a_mid_text_link_list_is_skipped_and_the_text_after_it_read(extract_text, kicker):
    # Only the headlines listed under the kicker are other stories: the article goes on after them (issue 14).
    text = ("Chilean police arrested two protest leaders in Santiago on Monday.\n\n" + kicker + "\n\n"
            "Peru And Bolivia Sign Border Accord\n\nNorway hosts talks between Colombia and rebels\n\n"
            "On Tuesday, Argentina expelled a Chilean diplomat over the arrests.\n")
    events = _events(extract_text, text)
    found = [(e.event, e.trigger.text) for e in events]
    assert not any(text.index(kicker) < e.trigger.start < text.index("On Tuesday") for e in events), found
    assert _find(events, "COERCE") and _find(events, "SANCTION"), found  # the arrest, and the expulsion after the list


@pytest.mark.parametrize(
    ("text", "event_type", "mode", "actor"),
    [
        # a doerless event noun is coded by the country where it happens (unnamed actors by location)
        ("The detention of a blogger in Tashkent prompted an outcry.", "COERCE", "arrest", "UZB"),
        ("The arrest of two activists in Dakar angered the opposition.", "COERCE", "arrest", "SEN"),
        # "blamed on X" / "attributed to X" names the doer of an event noun
        ("A rocket attack blamed on Hezbollah wounded four people.", "ASSAULT", ANY_MODE, "LBN"),
        ("An air strike attributed to Israel killed five people in Damascus.", "ASSAULT", ANY_MODE, "ISR"),
        # the visitor received or hosted is the actor (manual 3.2.2), royal titles included
        ("The Jordanian king received the Emir of Qatar in Amman.", "CONSULT", "visit", "QAT"),
        # a multi-token city locates unnamed people ("Port-au-Prince" is several tokens)
        ("Gunmen in Port-au-Prince attacked a hospital.", "ASSAULT", ANY_MODE, "HTI"),
        # a quantity of people is located through the group it counts
        ("Thousands of teachers in Nairobi protested against pay cuts.", "PROTEST", ANY_MODE, "KEN"),
        # a ban on goods from a country is a sanction; a ban on protests is a restriction
        ("Russia banned imports of Georgian wine.", "SANCTION", "discontinue", "RUS"),
        # police or intelligence capturing a suspect is an arrest
        ("Pakistan's intelligence agency captured a suspected militant commander.", "COERCE", "arrest", "PAK"),
        # a third party brokering a deal or exchange mediates (CONSULT third-party); its subject is the actor
        ("Turkey brokered a grain deal between Moscow and Kyiv.", "CONSULT", "third-party", "TUR"),
        # police closing institutions restrict (COERCE restrict)
        ("Belarusian police closed two independent media outlets.", "COERCE", "restrict", "BLR"),
        # retaking a place is fighting for it ("retook" as the small model leaves it unlemmatised)
        ("Iraqi forces retook the town of Tal Afar.", "ASSAULT", ANY_MODE, "IRQ"),
    ],
)
def test_actor_coding_fixes(extract_text, text, event_type, mode, actor):
    found = _find(_events(extract_text, text), event_type)
    assert found, text
    assert mode is ANY_MODE or found[0].mode == mode
    assert actor in {a.code for a in found[0].actors}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto welcomed Britain's decision to fund the new clinics.",
        "The Kenyan foreign ministry welcomes the British aid package.",
    ],
)
def test_welcoming_a_decision_is_the_welcomers_support(extract_text, text):
    # only the hosting sense of "welcome" (a visitor) makes its object the actor; welcoming a decision is the
    # welcomer's support of whoever took it
    found = _find(_events(extract_text, text), "SUPPORT")
    assert found, text
    assert {a.code for a in found[0].actors} == {"KEN"}
    assert "GBR" in {r.code for r in found[0].recipients}


@pytest.mark.parametrize(
    ("text", "event_type", "absent_actor"),
    [
        # location coding is only for the sentence's own event, not an event it mentions in passing
        ("Colombia's government eased restrictions on protests in Bogota.", "PROTEST", "COL"),
        # armed forces capturing enemy soldiers stay an abduction, not an arrest
        ("Russian forces captured two Ukrainian soldiers near Bakhmut.", "COERCE", None),
    ],
)
def test_actor_coding_fixes_do_not_overreach(extract_text, text, event_type, absent_actor):
    found = _find(_events(extract_text, text), event_type)
    if absent_actor is None:
        assert not found, text
    else:
        assert all(absent_actor not in {a.code for a in e.actors} for e in found), text


@pytest.mark.parametrize("fixture", [
    FIXTURE,
    # our own held-out-style sets (written before tuning; their first-pass figures are in the events report)
    FIXTURE.with_name("plover_sentences_holdout.jsonl"),
    FIXTURE.with_name("plover_sentences_holdout2.jsonl"),
    FIXTURE.with_name("plover_sentences_holdout3.jsonl"),
    FIXTURE.with_name("plover_sentences_holdout4.jsonl"),
    FIXTURE.with_name("plover_sentences_holdout5.jsonl"),
], ids=lambda p: p.stem)
def test_one_sentence_dev_set_figures(nlp, floors, fixture):
    """The one-sentence report sets (tests/fixtures): the three figures stay above their floors (floors.json)."""
    from accord.article import Article
    from accord.pipeline import run_stages

    rows = [json.loads(line) for line in fixture.read_text(encoding="utf-8").splitlines() if line.strip()]
    hits = predicted = right = actor_rows = actor_hits = 0
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        events = run_stages(Article(text=row["text"], source="t", published=PUBLISHED), doc).events
        of_type = [e for e in events if e.event == row["type"]]
        predicted += len(events)
        right += len(of_type)
        hits += bool(of_type)
        if row["actor"]:
            actor_rows += 1
            actor_hits += any(row["actor"] in {a.code for a in e.actors} for e in of_type)
    floor = floors["one_sentence_events"]
    assert hits / len(rows) >= floor["sentence_type_recall"]
    assert right / predicted >= floor["type_precision"]
    assert actor_hits / actor_rows >= floor["actor_accuracy"]


def test_a_sit_in_the_tokenizer_splits_is_a_protest(extract_text):
    # spaCy splits "sit-in" into sit - in (the noun "in" with "sit" as its compound): still a demonstration.
    events = _events(extract_text, "Hundreds of students staged a sit-in at the ministry on Monday.")
    protest = _find(events, "PROTEST")
    assert protest and protest[0].trigger.text == "sit-in", [(e.event, e.trigger.text) for e in events]
