"""The entities stage: sentences -> entities with resolved names, titles and PLOVER codes."""

from __future__ import annotations

import pytest

from accord.article import Article
from accord.stages.base import ArticleState
from accord.stages.entities import STAGE, persons, resolve_mention, run

# (text, mention to resolve, its occurrence (0 = first), name, code, sector, kind, title or None to skip)
CASES = [
    ("Ukrainian Defense Minister Rustem Umerov, who led the Ukrainian delegation, told reporters the talks were useful.",
     "Rustem Umerov", 0, "Rustem Umerov", "UKR", "GOV", "person", "Defense Minister"),
    ("However, Ukrainian lawmaker Yaroslav Zheleznyak said on Friday that the negotiations yielded no results.",
     "Yaroslav Zheleznyak", 0, "Yaroslav Zheleznyak", "UKR", "LEG", "person", "lawmaker"),
    ("According to diplomatic sources, Russian Presidential Aide Vladimir Medinsky confirmed the offer. Medinsky added that "
     "Moscow was ready.", "Medinsky", 1, "Vladimir Medinsky", "RUS", "GOV", "person", "Presidential Aide"),
    ("Li Wenhua, a researcher at the Shanghai Institutes for International Studies, said the tariffs hurt both sides. "
     "Li said Beijing would respond.", "Li", 1, "Li Wenhua", None, "EDU", "person", "researcher at the Shanghai Institutes for International Studies"),
    ("Zhao Minghao, director of the Center for American Studies at Beijing Normal University, said the truce was fragile. "
     "Zhao added that Washington had overreached.", "Zhao", 1, "Zhao Minghao", "CHN", "EDU", "person", None),
    ("The Kremlin said on Tuesday that no date had been set.", "The Kremlin", 0, "Kremlin", "RUS", "GOV", "organisation", None),
    ("Kyiv rejected the proposal, while Moscow said it was still studying it.", "Kyiv", 0, "Kyiv", "UKR", "GOV", "country", None),
    ("Kyiv rejected the proposal, while Moscow said it was still studying it.", "Moscow", 0, "Moscow", "RUS", "GOV", "country", None),
    ("Israeli Prime Minister Benjamin Netanyahu said the army would press on. Netanyahu told the Knesset that Hamas must "
     "free the hostages.", "Netanyahu", 1, "Benjamin Netanyahu", "ISR", "GOV", "person", "Prime Minister"),
    ("Israeli Prime Minister Benjamin Netanyahu said the army would press on. Netanyahu told the Knesset that Hamas must "
     "free the hostages.", "Hamas", 0, "Hamas", "PSE", "REB", "organisation", None),
    ("Sudan's army chief Abdel Fattah al-Burhan rejected a truce with the Rapid Support Forces on Sunday.",
     "Abdel Fattah al-Burhan", 0, "Abdel Fattah al-Burhan", "SDN", "MIL", "person", "army chief"),
    ("Sudan's army chief Abdel Fattah al-Burhan rejected a truce with the Rapid Support Forces on Sunday.",
     "Rapid Support Forces", 0, "Rapid Support Forces", "SDN", "REB", "organisation", None),
    ("U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva. The secretary said the talks "
     "were productive.", "The secretary", 0, "Scott Bessent", "USA", "GOV", "person", "Treasury Secretary"),
    ("U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva.", "He Lifeng", 0,
     "He Lifeng", "CHN", "GOV", "person", "Vice Premier"),
    ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met at the White House. Baku said the "
     "deal opened a new era.", "Baku", 0, "Baku", "AZE", "GOV", "country", None),
    ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met at the White House.",
     "Ilham Aliyev", 0, "Ilham Aliyev", "AZE", "GOV", "person", "President"),
    ("Mariam Farouk, a professor of political science at Cairo University, told Reuters that the mediation was crucial.",
     "Mariam Farouk", 0, "Mariam Farouk", "EGY", "EDU", "person", "professor of political science at Cairo University"),
    ("\"We will not give up,\" said Leila Haddad, a spokeswoman for the Lebanese Health Ministry.",
     "Leila Haddad", 0, "Leila Haddad", "LBN", "GOV", "person", "spokeswoman for the Lebanese Health Ministry"),
    ("According to Russian diplomatic sources, the delegation will stay another day.", "Russian diplomatic sources", 0,
     "Russian diplomatic sources", "RUS", "GOV", "group", None),
    ("Experts say the ceasefire is unlikely to hold.", "Experts", 0, "Experts", None, None, "group", None),
    ("The European Union had signaled that new sanctions were possible.", "The European Union", 0,
     "European Union", "EUR", "GOV", "organisation", None),
    # The lexicon writes "António"; the name shown is the article's spelling, the fullest the text gives.
    ("UN Secretary-General Antonio Guterres urged both sides to show restraint.", "Antonio Guterres", 0,
     "Antonio Guterres", "UNO", "GOV", "person", "UN Secretary-General"),
    ("Ethiopian Prime Minister Abiy Ahmed spoke with Eritrean officials. The prime minister said talks would continue.",
     "The prime minister", 0, "Abiy Ahmed", "ETH", "GOV", "person", "Prime Minister"),
]


def _state(nlp, text: str) -> ArticleState:
    state = ArticleState(article=Article(text=text, source="test"), doc=nlp(text))
    run(state)
    return state


def _offset(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start


@pytest.mark.parametrize(("text", "needle", "occurrence", "name", "code", "sector", "kind", "title"), CASES)
def test_resolve_mention(nlp, text, needle, occurrence, name, code, sector, kind, title) -> None:
    state = _state(nlp, text)
    start = _offset(text, needle, occurrence)
    resolved = resolve_mention(state, start, start + len(needle))
    assert resolved is not None, [e.name for e in state.entities]
    assert (resolved.name, resolved.code, resolved.sector, resolved.kind) == (name, code, sector, kind)
    if title is not None:
        assert resolved.title == title


SEED_LIKE = (
    "The talks came after a proposal by Russian President Vladimir Putin. Sun Zhuangzhi, director of the Institute of "
    "Russian, Eastern European and Central Asian Studies at the Chinese Academy of Social Sciences, said the views "
    "differed. Ukraine wants Europe to keep pressure on Moscow, Sun told CMG. First, Kyiv had hoped for a ceasefire, "
    "Sun said."
)


def test_model_mislabels_are_corrected(nlp) -> None:
    """The small model tags "Sun Zhuangzhi"/"Sun" as ORG and "Kyiv" as PERSON; the lexicon and context win."""
    state = _state(nlp, SEED_LIKE)
    by_name = {e.name: e for e in state.entities}
    sun = by_name["Sun Zhuangzhi"]
    assert (sun.kind, sun.code, sun.sector) == ("person", "CHN", "EDU")
    assert [m.text for m in sun.mentions] == ["Sun Zhuangzhi", "Sun", "Sun"]
    assert sun.title.startswith("director of the Institute")
    kyiv = by_name["Kyiv"]
    assert (kyiv.kind, kyiv.code, kyiv.sector) == ("country", "UKR", "GOV")
    assert "Sun" not in by_name and "Moscow" in by_name


def test_title_words_are_not_organisations(nlp) -> None:
    state = _state(nlp, "Ukrainian Defense Minister Rustem Umerov led the delegation in Istanbul.")
    names = [e.name for e in state.entities]
    assert "Defense" not in names and "Istanbul" not in names
    umerov = next(e for e in state.entities if e.name == "Rustem Umerov")
    assert umerov.mentions[0].text == "Ukrainian Defense Minister Rustem Umerov"


def test_ids_spans_and_sorted_mentions(nlp) -> None:
    text = SEED_LIKE + " The Kremlin said Putin would not attend."
    state = _state(nlp, text)
    assert [e.id for e in state.entities] == [f"n{i}" for i in range(1, len(state.entities) + 1)]
    for entity in state.entities:
        for span in entity.mentions:
            assert text[span.start:span.end] == span.text
    mentions = state.scratch["mentions"]
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    putin = next(e for e in state.entities if e.name == "Vladimir Putin")
    assert len(putin.mentions) == 2
    assert STAGE.name == "entities" and "entities" in STAGE.writes


def test_capitals_as_places_are_not_actors(nlp) -> None:
    state = _state(nlp, "The delegations met in Moscow on Friday, and Washington welcomed the outcome.")
    names = {e.name for e in state.entities}
    assert "Washington" in names and "Moscow" not in names


def test_resolve_outside_any_mention_is_none(nlp) -> None:
    text = "The weather was mild when Kyiv announced the exchange."
    state = _state(nlp, text)
    assert resolve_mention(state, 0, 11) is None
    assert resolve_mention(state, 0, len(text)).name == "Kyiv"


def test_persons_gender_from_honorific(nlp) -> None:
    state = _state(nlp, "Ms. Leila Haddad, a spokeswoman for the ministry, said the count rose. Mr. Omar Saleh disagreed.")
    genders = {p.name: p.gender for p in persons(state)}
    assert genders == {"Leila Haddad": "f", "Omar Saleh": "m"}


@pytest.mark.parametrize("text", ["", "   \n\n ", "!!!", "\u201c\u201d", "a" * 50, "Russia."])
def test_odd_inputs_do_not_crash(nlp, text: str) -> None:
    state = _state(nlp, text)
    assert all(isinstance(e.id, str) for e in state.entities)


MORE_CASES = [
    # A country inside a title chain does not win over the person it describes.
    ("U.S. Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva.",
     "U.S. Treasury Secretary Scott Bessent", 0, "Scott Bessent", "USA", "GOV", "person"),
    # A name run that starts with an organisation and a title: the name is what follows the title.
    ("FactWatch Executive Director Aaron Sharp said the claim was false.", "Aaron Sharp", 0, "Aaron Sharp", None, None, "person"),
    # Abbreviated titles and a title-only reference resolved through them.
    ("Sen. Maria Lopez criticised the deal. The senator said the Pentagon had misled Congress.", "The senator", 0,
     "Maria Lopez", None, "LEG", "person"),
    # An honorific makes a title word a name.
    ("Mr. King said he would host the coverage. Mr. King added that he had no regrets.", "King", 1, "King", None, None, "person"),
    # A person known only by description is an actor of its own.
    ("A Kenyan police officer said the crowd had dispersed.", "A Kenyan police officer", 0, "Kenyan police officer", "KEN", "COP", "person"),
    # An organisation referred to by its head noun.
    ("The Lebanese Health Ministry said 40 people died. The ministry said rescuers were still searching.", "The ministry", 0,
     "Lebanese Health Ministry", "LBN", "GOV", "organisation"),
    # Groups: demonym + agent noun; parties.
    ("Israeli troops withdrew from the town on Monday, while Houthi rebels fired missiles.", "Israeli troops", 0,
     "Israeli troops", "ISR", "MIL", "group"),
    ("Republicans said the bill would fail.", "Republicans", 0, "Republicans", "USA", "PTY", "group"),
    # A possessor in a title chain, and an organisation owned by a country.
    ("Hungarian Prime Minister Viktor Orban spoke first. Orban's spokesman Zoltan Kovacs said the decision was final.",
     "Zoltan Kovacs", 0, "Zoltan Kovacs", "HUN", "GOV", "person"),
    ("South Korea's Joint Chiefs of Staff said the missile flew 800 km.", "Joint Chiefs of Staff", 0,
     "Joint Chiefs of Staff", "KOR", "MIL", "organisation"),
    # An acronym introduced in parentheses names the same organisation later.
    ("The Sudan Doctors Network (SDN) reported 12 deaths. SDN said the shelling continued.", "SDN", 1,
     "Sudan Doctors Network", "SDN", "MED", "organisation"),
    # A body named by its owner's acronym belongs to the owner, and "the Committee" names it again by the word
    # before its "on" (a European Parliament committee in an op-ed on Turkey was coded with Turkey).
    ("The European Parliament (EP) will vote in May. The EP Committee on Fisheries said quotas would fall. The "
     "Committee said talks would go on.", "Committee", 1, "EP Committee on Fisheries", "EUR", "SOC", "organisation"),
    # Actors known only by description, in one-sentence event reports.
    ("The Pakistani army said it killed 12 militants in North Waziristan.", "The Pakistani army", 0,
     "Pakistani army", "PAK", "MIL", "organisation"),
    ("Iran's foreign ministry summoned the British ambassador over the seizure of a tanker.", "Iran's foreign ministry", 0,
     "Iran's foreign ministry", "IRN", "GOV", "organisation"),
    ("Iran's foreign ministry summoned the British ambassador over the seizure of a tanker.", "the British ambassador", 0,
     "British ambassador", "GBR", "GOV", "person"),
    # an acting body placed by its own in-phrase (entities.noun_chunk_actors), as its statements are
    ("Police in Nairobi fired tear gas at protesters.", "Police", 0, "Police", "KEN", "COP", "group"),
    ("The Malian junta expelled the French ambassador.", "The Malian junta", 0, "Malian junta", "MLI", "GOV", "group"),
    # Particles and family-name-first names.
    ("European Commission President Ursula von der Leyen said the bloc would help. Von der Leyen spoke in Riyadh.",
     "Von der Leyen", 0, "Ursula von der Leyen", "EUR", "GOV", "person"),
    ("Chinese President Xi Jinping told Donald Trump that Taiwan was a red line. Xi said Beijing wanted stable ties.",
     "Xi", 1, "Xi Jinping", "CHN", "GOV", "person"),
    # An apposition's relative clause is not part of the title.
    ("Nina Castell, an attorney with the Clean Rivers League, who has fought the coal industry for years, said the rule was weak.",
     "Nina Castell", 0, "Nina Castell", None, None, "person"),
]


@pytest.mark.parametrize(("text", "needle", "occurrence", "name", "code", "sector", "kind"), MORE_CASES)
def test_resolve_more(nlp, text, needle, occurrence, name, code, sector, kind) -> None:
    state = _state(nlp, text)
    start = _offset(text, needle, occurrence)
    resolved = resolve_mention(state, start, start + len(needle))
    assert resolved is not None, [e.name for e in state.entities]
    assert (resolved.name, resolved.code, resolved.sector, resolved.kind) == (name, code, sector, kind)


def test_apposition_title_stops_at_relative_clause(nlp) -> None:
    text = "Nina Castell, an attorney with the Clean Rivers League, who has fought the coal industry for years, said the rule was weak."
    state = _state(nlp, text)
    castell = next(e for e in state.entities if e.name == "Nina Castell")
    assert castell.title == "attorney with the Clean Rivers League"


def test_apposition_age_is_no_title(nlp) -> None:
    state = _state(nlp, "Tom Clarke, 61, said the mine would reopen.")
    clarke = next(e for e in state.entities if e.name == "Tom Clarke")
    assert clarke.title is None


def test_persons_gender_from_first_name(nlp) -> None:
    state = _state(nlp, "Yulia Svyrydenko met Marco Rubio in Washington. Sun Wei said the talks went well.")
    genders = {p.name: p.gender for p in persons(state)}
    assert genders["Yulia Svyrydenko"] == "f" and genders["Marco Rubio"] == "m"
    assert genders.get("Sun Wei") is None


def test_relative_pronoun_resolves_to_its_noun(nlp) -> None:
    text = "The talks were led by Rustem Umerov, who said the meeting focused on prisoners."
    state = _state(nlp, text)
    start = text.index("who")
    resolved = resolve_mention(state, start, start + 3)
    assert resolved is not None and resolved.name == "Rustem Umerov"


def test_cut_organisation_name_is_extended(nlp) -> None:
    text = ("Sun Zhuangzhi, director of the Institute of Russian, Eastern European and Central Asian Studies at the "
            "Chinese Academy of Social Sciences, said the gap was wide.")
    state = _state(nlp, text)
    names = {e.name for e in state.entities}
    assert "Institute of Russian, Eastern European and Central Asian Studies" in names


def test_all_caps_transcript_name_joins_the_person(nlp) -> None:
    text = "Governor Mike Pence spoke to reporters.\nPENCE: We will win this state."
    state = _state(nlp, text)
    pence = next(e for e in state.entities if e.name == "Mike Pence")
    assert [m.text for m in pence.mentions][-1] == "PENCE"


def test_an_adverb_opening_the_next_clause_is_not_part_of_a_name(nlp):
    # A subhead run into the next sentence: "Shortly" opens the clause, it is no surname.
    text = ("Gangs attacked the prison on Monday, and President Jovenel Moise condemned it. Reaction from President "
            "Moise Shortly before the press conference, Moise tweeted condemnation.")
    state = _state(nlp, text)
    assert not any("Shortly" in e.name for e in state.entities)


def test_a_title_parsed_as_a_second_subject_is_the_names_apposition(nlp):
    # The parser gives "sat" two subjects (the name and "general"); the title is the person's, not a second person.
    from accord.stages.entities.finder import find_entities

    doc = nlp("Ban Ki-hoon, the secretary general of the U.N., waited in a lobby on Friday.")
    persons = [d.name for d in find_entities(doc) if d.kind == "person"]
    assert persons == ["Ban Ki-hoon"]


def test_places_headline_words_and_the_press_addressed_are_not_entities(extract_text):
    """The bundled examples listed "Coastal" (a headline's first word) and the cities Bergen and Brussels as
    organisations, and each article's "reporters" (whom a speaker told) as a group of its own: a city is a
    place, a capital word that starts a headline is no name, "Brussels is preparing" is the European Union,
    and the journalists a speaker addresses are the audience, not a party."""
    text = ("Coastal nations end Marseille fishing talks without a deal\n"
            "Negotiations ended in Marseille on Friday without an agreement. \"We came to Marseille ready to compromise,\" "
            "Norway's chief negotiator Ingrid Solheim told reporters. Brussels is preparing new measures, "
            "the European Union's negotiator said. Other coastal nations stayed silent.")
    entities = extract_text(text).entities
    names = {e.name: e for e in entities}
    assert "Coastal" not in names and "Marseille" not in names, sorted(names)
    assert not [e for e in entities if e.name.lower() == "reporters"], sorted(names)
    assert "Brussels" not in names and any(m.text == "Brussels" for m in names["European Union"].mentions), sorted(names)
    assert "Ingrid Solheim" in names and "Norway" in names  # real names stay


def _person_named(state, text: str, needle: str) -> str | None:
    start = text.index(needle)
    resolved = resolve_mention(state, start, start + len(needle))
    return resolved.name if resolved is not None else None


def test_a_title_given_later_in_the_sentence_sets_that_person_against_the_reference(nlp) -> None:
    """"The GOP nominee accused Democratic nominee Roe ...": the title given to Roe right after the reference marks
    her as the other nominee, not the one it names (PolNeAR train, session 18 audit)."""
    text = ("Tom Hale spoke in Iowa. Ann Roe spoke in Ohio. As usual, it was Hale who drew the cameras. On a Sunday "
            "talk show, the GOP nominee accused Democratic nominee Roe of \"great harm\" as a senator.")
    assert _person_named(_state(nlp, text), text, "the GOP nominee") != "Ann Roe"


def test_a_role_of_another_sector_names_no_one_by_its_bodys_sector(nlp) -> None:
    """"The Pentagon's senior adviser" after a Pentagon spokesman spoke is another office: the military body gives
    the role its sector, not the spokesman's name. A role word of the sector ("the congressman") and a role set
    beside a name ("Sen. Mitch Hall, the majority leader") still name the person."""
    adviser = ("\"We are already at war with the group,\" said Pentagon spokesman Navy Capt. Dana Pruitt. The Pentagon's "
               "senior adviser for the air war went further, arguing the plan would make things worse.")
    assert _person_named(_state(nlp, adviser), adviser, "The Pentagon's senior adviser") != "Dana Pruitt"
    congressman = ("Rep. Alan Dorsey of Ohio voted against the bill on Tuesday. The congressman told reporters the "
                   "bill was too costly.")
    assert _person_named(_state(nlp, congressman), congressman, "The congressman") == "Alan Dorsey"
    leader = ("His website has often attacked Speaker Paul Dunn and Senator Mitch Hall, the majority leader, for "
              "their votes.")
    assert _person_named(_state(nlp, leader), leader, "the majority leader") == "Mitch Hall"
