"""Spelling variants of one person's name merge; different people never do (accord.knowledge.name_variants)."""

from __future__ import annotations

import pytest

from accord.knowledge.name_variants import (
    _fold, formal_given_name, joined_by_short_form, may_be_same_person, middle_initials, parse_name, person_key, repair_mojibake, same_person, same_person_key,
)

# Spellings of one name that news outlets use side by side: each group shares one key.
SAME_KEY_GROUPS = [
    ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskii"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Wolodymyr Zelenskyj"),
    ("Abbas Araghchi", "Abbas Araqchi", "Seyed Abbas Araghchi", "Sayyid Abbas Araqchi"),
    ("Araghchi", "Araqchi"),
    ("Albusaidi", "Al-Busaidi", "al Busaidi", "Al Busaidi", "al-Busaidi"),
    ("Badr Albusaidi", "Badr Al-Busaidi", "Sayyid Badr al Busaidi"),
    ("Baghaei", "Baqaei"),
    ("Esmaeil Baghaei", "Esmaeil Baqaei", "Esmail Baqaei"),
    ("Steve Witkoff", "Steven Witkoff"),
    ("Takht-Ravanchi", "Takht-e-Ravanchi"),
    ("Viktor Yanukovych", "Viktor Yanukovich"),
    ("Sergei Lavrov", "Sergey Lavrov"),
    ("Alexei Navalny", "Aleksei Navalny", "Alexey Navalnyy"),
    ("Andriy Yermak", "Andrii Yermak", "Andrij Iermak"),
    ("Yevgeny Prigozhin", "Evgeny Prigozhin", "Yevgeniy Prigozhin"),
    ("Hassan Rouhani", "Hasan Ruhani"),
    ("Mikhail Mishustin", "Mihail Mishustin"),
    ("Vladimir Putin", "Vladimir V. Putin", "Mr. Vladimir Putin"),
    ("Mohammed bin Salman", "Muhammad bin Salman", "Mohammad ibn Salman"),
    ("Ali Khamenei", "Ayatollah Ali Khamenei", "Sayyid Ali Khamenei"),
    ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi", "Abdul Fattah Sisi"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
]

# One person, two mentions (full name, surname only, honorific, middle name, nasab chain).
SAME_PERSON_PAIRS = [
    ("Zelensky", "Volodymyr Zelenskyy"),
    ("Zelenskiy", "Volodymyr Zelensky"),
    ("Araqchi", "Abbas Araghchi"),
    ("Seyed Abbas Araghchi", "Abbas Araqchi"),
    ("Albusaidi", "Badr Al-Busaidi"),
    ("al Busaidi", "Sayyid Badr Albusaidi"),
    ("Baqaei", "Esmaeil Baghaei"),
    ("Takht-Ravanchi", "Majid Takht-e-Ravanchi"),
    ("Takht Ravanchi", "Majid Takht-Ravanchi"),
    ("Majid Takht Ravanchi", "Majid Takht-e-Ravanchi"),
    ("Biden", "Joe Biden"),
    ("Mr Biden", "Joe Biden"),
    ("George Bush", "George W. Bush"),
    ("George Bush", "George Walker Bush"),
    ("Mohammed bin Salman", "Mohammed bin Salman bin Abdulaziz Al Saud"),
    ("Sheikh Tamim bin Hamad", "Tamim bin Hamad Al Thani"),
    ("von der Leyen", "Ursula von der Leyen"),
    # A formal name with a middle initial and a generational suffix is the short name's full form only for the
    # people entity_words.json ``formal_suffixed_names`` lists (else it may be the son of the same name).
    ("Joseph R. Biden Jr.", "Joe Biden"),
    ("John G. Roberts Jr.", "John Roberts"),
    ("Biden", "Joseph R. Biden Jr."),
    ("Mr. Okafor", "Samuel T. Okafor Jr."),
    ("Bob Menendez", "Robert Menendez"),
    ("Tom Ridley", "Thomas Ridley"),
]

# Different people: different given names with one surname, different surnames, first names alone.
DIFFERENT_PEOPLE = [
    ("Hunter Biden", "Joe Biden"),
    ("Jill Biden", "Joe Biden"),
    ("Jeb Bush", "George Bush"),
    ("Abbas", "Abbas Araghchi"),  # a given name is never a surname mention
    ("Mahmoud Abbas", "Abbas Araghchi"),
    ("Seyed Abbas", "Abbas Araghchi"),
    ("Vladimir Putin", "Vladimir Zelensky"),
    ("Vladimir", "Vladimir Putin"),
    ("Ali Khamenei", "Ali Larijani"),
    ("Mohammed bin Salman", "Mohammed bin Zayed"),
    ("Mohammed bin Salman", "Salman bin Abdulaziz"),
    ("Sergei Lavrov", "Sergei Shoigu"),
    ("Kim Jong Un", "Kim Jong Il"),
    ("Alan Smith", "Lan Smith"),
    ("", "Joe Biden"),
    # A suffix without a middle name may name the son; two different suffixes are father and son.
    ("Donald Trump Jr.", "Donald Trump"),
    ("Donald Trump Jr.", "Donald J. Trump"),
    ("Samuel Okafor Jr.", "Samuel Okafor"),
    ("Duncan Hale Sr.", "Duncan Hale Jr."),
    ("Robert F. Kennedy Jr.", "Robert F. Kennedy"),
    # a middle initial does not make a suffixed son his father of the same name
    ("Donald J. Trump Jr.", "Donald Trump"),
    ("Robert F. Kennedy Jr.", "Robert Kennedy"),
    ("Samuel T. Okafor Jr.", "Samuel Okafor"),
    ("John A. Smith III", "John Smith"),
    # two different suffixes, whatever the spelling rules make of them
    ("John A. Smith III", "John A. Smith II"),
    ("Alexander Hamilton III", "Alexander Hamilton II"),
]


@pytest.mark.parametrize("group", SAME_KEY_GROUPS, ids=lambda g: g[0])
def test_spelling_variants_share_one_key(group: tuple[str, ...]) -> None:
    keys = {person_key(name) for name in group}
    assert len(keys) == 1, dict(zip(group, map(person_key, group)))
    assert all(same_person(group[0], other) for other in group[1:])


@pytest.mark.parametrize(("a", "b"), SAME_PERSON_PAIRS)
def test_one_person_two_mentions(a: str, b: str) -> None:
    assert same_person(a, b)
    assert same_person(b, a)


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE)
def test_different_people_stay_apart(a: str, b: str) -> None:
    assert not same_person(a, b)
    assert not same_person(b, a)


def test_the_pre_test_passes_every_same_person_pair() -> None:
    # ``may_be_same_person`` screens names before ``same_person``: it may never turn a match away.
    pairs = [(a, b) for group in SAME_KEY_GROUPS for a in group for b in group] + SAME_PERSON_PAIRS
    for a, b in pairs + [(b, a) for a, b in pairs]:
        assert may_be_same_person(same_person_key(a), same_person_key(b)), (a, b)


def test_the_pre_test_screens_out_unrelated_names() -> None:
    assert not may_be_same_person(same_person_key("Anna Berg"), same_person_key("Tomas Lund"))
    assert not may_be_same_person(same_person_key(""), same_person_key("Joe Biden"))  # no token: nobody


@pytest.mark.parametrize("text", ["Joe Biden", "O'Neill", "AL-BUSAIDI", "Erdoğan", "TomÃ¡s Ibarra", "Ma\u2019ruf"])
def test_fold_of_ascii_is_lower_case_like_the_full_fold(text: str) -> None:
    assert _fold(text) == unicodedata_fold(text)


def unicodedata_fold(text: str) -> str:
    """The fold spelt out the long way (repair, case fold, decompose, drop marks), for any text."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", repair_mojibake(text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\u2019", "'")


def test_keys_of_different_people_differ() -> None:
    names = ["Joe Biden", "Hunter Biden", "Mahmoud Abbas", "Abbas Araghchi", "Sergei Lavrov", "Sergei Shoigu",
             "Ali Khamenei", "Ali Larijani", "Alan Smith", "Lan Smith"]
    keys = [person_key(n) for n in names]
    assert len(set(keys)) == len(keys)


def test_initials_honorifics_and_particles_leave_the_key() -> None:
    assert parse_name("Mr. Vladimir V. Putin").tokens == parse_name("Vladimir Putin").tokens
    assert parse_name("Mohammed bin Salman Al Saud").chain
    assert not parse_name("Vladimir Putin").chain
    # A lone honorific is still a name of its own, not an empty key.
    assert person_key("Sheikh") != ""


def test_short_names_beginning_with_al_keep_it() -> None:
    assert person_key("Alan") != person_key("An")
    assert person_key("Elias") != person_key("Ias")


def test_ash_is_a_given_name_when_it_stands_alone_capitalised() -> None:
    # issue 13: "Defense Secretary Ash Carter" was keyed "carter", so the gazetteer never found him and
    # he took the country of the story he spoke in; the Arabic article "ash-" still leaves the key
    assert person_key("Ash Carter") == "ash carter"
    assert not same_person("Ash Carter", "Dan Carter")
    assert person_key("Ahmed ash-Sharaa") == person_key("Ahmed Ash-Sharaa") == person_key("Ahmed al-Sharaa")
    assert person_key("Ahmed ash Sharaa") == person_key("Ahmed al-Sharaa")
    assert same_person("Carter", "Ash Carter")


@pytest.mark.parametrize(("written", "repaired"), [
    ("TomÃ¡s", "Tomás"), ("FranÃ§ois", "François"), ("JuliÃ¡n Ortega", "Julián Ortega"),
    ("RaÃol", "Raúl"),  # "º" left as "o" by a compatibility normalisation
    ("HÃ©lÃ \u0308ne", "Hélène"),
    ("Tomás", "Tomás"), ("Äänekoski", "Äänekoski"), ("Ärzte", "Ärzte"),  # right already: unchanged
    ("JuliA\u0303\u00a1n", "Julián"),  # the lead decomposed: "A" and a combining tilde
    ("JuliA\u0303\u0083A\u0302\u00a1n", "Julián"),  # encoded twice, then decomposed
    ("Julia\u0301n", "Julia\u0301n"),  # a decomposed accent, no mojibake: unchanged
])
def test_repair_mojibake(written: str, repaired: str) -> None:
    assert repair_mojibake(written) == repaired


def test_mojibake_spelling_is_the_same_person() -> None:
    assert same_person("TomÃ¡s Ibarra", "Tomás Ibarra")
    assert person_key("FranÃ§ois Morel") == person_key("François Morel")


def test_a_suffix_stays_in_the_key() -> None:
    # The son keeps his own key in a lexicon or a store: "Donald Trump Jr." is not looked up as his father.
    assert person_key("Donald Trump Jr.") != person_key("Donald Trump")
    assert parse_name("Joseph R. Biden Jr.").suffix and parse_name("Joseph R. Biden Jr.").middle
    assert not parse_name("Samuel T. Okafor").suffix and parse_name("Samuel T. Okafor").middle
    assert same_person("Donald Jr.", "Donald Trump Jr.")  # the given name and suffix of the son: him
    assert not same_person("Donald Jr.", "Donald Trump")


@pytest.mark.parametrize(("name", "shown", "fuller"), [
    ("Robert Menendez", "Bob Menendez", True),
    ("Joseph Okafor", "Joe Okafor", True),
    ("Bob Menendez", "Robert Menendez", False),  # the short form is never the fuller
    ("Robert Smith", "Bob Menendez", False),
    ("Stephen Hale", "Steven Hale", False),  # two spellings of one formal name: neither is a short form
    ("Robert Q. Menendez", "Bob Menendez", False),  # other word counts: the longer name wins elsewhere
])
def test_formal_given_name_is_the_fuller(name: str, shown: str, fuller: bool) -> None:
    assert formal_given_name(name, shown) is fuller


@pytest.mark.parametrize(("a", "b", "joined"), [
    ("Tim Holloway", "Timothy Holloway", True),  # the nickname row alone joins them
    ("Timothy Holloway", "Tim Holloway", True),  # either order
    ("Rick Ames", "Dick Ames", True),  # two short forms of one formal name
    ("Chuck Fairley", "Charles E. Fairley", True),  # a middle initial on one side
    ("Timothy Holloway", "Timothy Holloway", False),  # one spelling: no nickname involved
    ("Stephen Hale", "Steven Hale", False),  # a spelling variant, not a short form
    ("Tim Holloway", "Thomas Holloway", False),  # another formal name
    ("Tim", "Timothy", False),  # a given name alone is no full name
])
def test_joined_by_short_form_only_for_a_nickname_pair(a: str, b: str, joined: bool) -> None:
    assert joined_by_short_form(a, b) is joined


def test_a_suffixed_son_is_not_his_father_in_one_story(extract_text) -> None:
    text = ("Walter J. Quinn Jr. said on Monday that the inquiry was a sham. Walter Quinn, his father, said on "
            "Tuesday that he agreed.")
    speakers = [s.speaker.name for s in extract_text(text, published="2025-05-13").statements if s.speaker]
    assert len(speakers) == 2 and speakers[0] != speakers[1], speakers


@pytest.mark.parametrize(("name", "initials"), [
    ("George H.W. Bush", ("h", "w")), ("George H. W. Bush", ("h", "w")), ("George W. Bush", ("w",)),
    ("Dr. Ann Q. Public Jr.", ("q",)), ("George Bush", ()), ("George Walker Bush", ()),
    ("Badr bin Hamad Al Busaidi", ()),
])
def test_middle_initials_only_when_every_middle_word_is_one(name: str, initials: tuple[str, ...]) -> None:
    assert middle_initials(name) == initials
