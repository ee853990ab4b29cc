"""The dated people gazetteer (accord.knowledge.people_roles over data/actors/people_roles.tsv)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from accord.knowledge.loader import read_text
from accord.knowledge.people_roles import DATA_FILE, pick_role, role_of, roles_of, PersonRole

ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = ROOT / "scripts" / "build_people_gazetteer.py"
# The gazetteer keeps roles current in the news accord reads (see CURRENT_FROM in the build script).
CURRENT_FROM = "2015-01-01"
MAX_BYTES = 1_000_000
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SPECIAL_CODES = {"UNO", "EUR", "IGO", "NGO", "IMG", "MNC"}


def test_a_head_of_state_in_any_spelling() -> None:
    assert role_of("Vladimir Putin", "2025-05-16") == ("RUS", "GOV", "Vladimir Putin")
    assert role_of("Vladimir V. Putin", "2025-05-16") == ("RUS", "GOV", "Vladimir Putin")
    assert role_of("Putin", None) == ("RUS", "GOV", "Vladimir Putin")


def test_transliterations_find_one_person() -> None:
    assert role_of("Sergey Lavrov", "2024-01-01") == ("RUS", "GOV", "Sergei Lavrov")
    assert role_of("Sergei Lavrov", "2024-01-01") == ("RUS", "GOV", "Sergei Lavrov")
    assert role_of("Hasan Ruhani", "2016-01-01") == ("IRN", "GOV", "Hassan Rouhani")
    # A long nasab chain in its own spellings, and its short form (given name and father's).
    full = ("OMN", "GOV", "Badr bin Saud bin Harib al Busaidi")
    assert role_of("Badr bin Saud bin Harib Al-Busaidi", "2016-04-12") == full
    assert role_of("Badr bin Saud", "2016-04-12") == full
    # Given name and family name is no alias: Oman's foreign minister is another Badr Albusaidi.
    assert role_of("Badr Albusaidi", "2025-04-12") is None


def test_the_role_valid_on_the_articles_date() -> None:
    # Donald Tusk: President of the European Council 2014-2019, Poland's Prime Minister again from 2023.
    assert role_of("Donald Tusk", "2016-03-01")[:2] == ("EUR", "GOV")
    assert role_of("Donald Tusk", "2024-02-01T10:00:00Z")[:2] == ("POL", "GOV")
    # Jens Stoltenberg: NATO Secretary General 2014-2024, Norway's finance minister from 2025.
    assert role_of("Jens Stoltenberg", "2020-01-01")[0] == "IGO"
    assert role_of("Jens Stoltenberg", "2025-06-01")[:2] == ("NOR", "GOV")
    # Angela Merkel: chancellor until December 2021, then a former leader (ELI).
    assert role_of("Merkel", "2019-01-01")[:2] == ("DEU", "GOV")
    assert role_of("Angela Merkel", "2023-01-01")[:2] == ("DEU", "ELI")


def test_without_a_date_the_most_recent_role() -> None:
    assert role_of("Donald Tusk")[:2] == ("POL", "GOV")
    assert role_of("Donald Tusk", "not a date")[:2] == ("POL", "GOV")


def test_a_date_between_roles_keeps_the_last_begun_role() -> None:
    roles = (
        PersonRole("EUR", "GOV", "X Y", "2014-12-01", "2019-11-30"),
        PersonRole("POL", "GOV", "X Y", "2023-12-13", ""),
    )
    assert pick_role(roles, "2021-05-01").code == "EUR"
    assert pick_role(roles, "2010-05-01").code == "POL"  # before every role: the most recent one
    assert pick_role((), "2021-05-01") is None


def test_never_a_given_name_or_another_family_member() -> None:
    assert role_of("Abbas", "2025-01-01") is None  # a given name alone names nobody in particular
    assert role_of("Vladimir", None) is None
    assert role_of("Hunter Biden", None) is None
    assert role_of("Abbas Araqchi", "2025-01-01") is None or role_of("Abbas Araqchi", "2025-01-01")[0] == "IRN"
    assert role_of("", None) is None


def test_a_family_name_many_people_bear_is_no_alias() -> None:
    assert roles_of("Ivanov") == ()
    assert roles_of("Khan") == ()


def test_the_gazetteer_file_is_well_formed_and_small() -> None:
    text = read_text(DATA_FILE)
    assert len(text.encode("utf-8")) < MAX_BYTES
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("Open Event Data Alliance" in line for line in header)
    assert any("MIT License" in line for line in header)
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    assert len(rows) > 1000
    seen = set()
    for row in rows:
        assert len(row) == 7, row
        phrase, code, sector, canonical, role, valid_from, valid_to = row
        assert phrase.strip() == phrase and phrase, row
        assert re.fullmatch(r"[A-Z]{3}", code), row
        assert sector == "-" or re.fullmatch(r"[A-Z]{3}", sector), row
        assert role in ("name", "alias"), row
        assert not valid_from or ISO_DAY.match(valid_from), row
        assert not valid_to or (ISO_DAY.match(valid_to) and valid_to >= CURRENT_FROM), row
        assert not (valid_from and valid_to) or valid_from <= valid_to, row
        assert tuple(row) not in seen, row
        seen.add(tuple(row))
    canonicals = {row[3] for row in rows}
    assert canonicals <= {row[0] for row in rows if row[4] == "name"}


@pytest.fixture(scope="module")
def build_module():
    spec = importlib.util.spec_from_file_location("build_people_gazetteer", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_people_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


def test_the_committed_gazetteer_is_what_the_build_makes(build_module, shared_dir, tmp_path, capsys) -> None:
    source = shared_dir / "reference" / "petrarch-dictionaries"
    out = tmp_path / "people_roles.tsv"
    assert build_module.main([str(source), "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == read_text(DATA_FILE)


def test_the_build_names_a_missing_input(build_module, tmp_path, capsys) -> None:
    assert build_module.main([str(tmp_path), "--output", str(tmp_path / "out.tsv")]) == 2
    assert str(tmp_path) in capsys.readouterr().err
    assert not (tmp_path / "out.tsv").exists()


def test_dictionary_dates_and_codes(build_module) -> None:
    cur = build_module.read_curation(build_module.CURATION)
    countries = {"RUS", "IRN", "USA"}
    roles, default, dropped = build_module.parse_codes(
        ["RUSGOV >080508", "IRNGOVBUS 030101-070731", "USAGOVLEG 850103-130201", "RUSELI",
         "XYZGOV >080101", "KORGOVBUS 2004017-20061201", "IGOUNOKID >050501"], countries, cur)
    assert [(r.code, r.sector, r.start and r.start.isoformat(), r.end and r.end.isoformat()) for r in roles] == [
        ("RUS", "GOV", "2008-05-08", None),
        ("IRN", "GOV", "2003-01-01", "2007-07-31"),
        ("USA", "GOV", "1985-01-03", "2013-02-01"),
        ("UNO", None, "2005-05-01", None),
    ]
    assert (default.code, default.sector) == ("RUS", "ELI")
    assert dropped == 2  # an unknown country and a seven-digit date


def test_dictionary_records_share_codes_as_petrarch_reads_them(build_module, tmp_path) -> None:
    source = tmp_path / "a.actors.txt"
    source.write_text(
        "# comment\nRUSSIA_ [RUS]\n+MOSCOW_\nDMITRY_MEDVEDEV_  # CountryInfo.txt\n+MEDVEDEV\n"
        "DMITRI_MEDVEDEV_\n\t[RUSGOV >080507]\n\t[RUSELI]\nOTHER_PERSON_\n\t[RUSGOV 030101-050101]\n",
        encoding="utf-8")
    blocks = build_module.read_blocks(source)
    assert [b.primaries for b in blocks] == [
        [["RUSSIA_", "MOSCOW_"]],
        [["DMITRY_MEDVEDEV_", "MEDVEDEV"], ["DMITRI_MEDVEDEV_"]],
        [["OTHER_PERSON_"]],
    ]
    assert blocks[1].codes == ["RUSGOV >080507", "RUSELI"]


def test_names_lose_their_titles_and_get_title_case(build_module) -> None:
    cur = build_module.read_curation(build_module.CURATION)
    tokens = build_module.strip_titles(build_module.tokens_of("RUSSIAN_PRESIDENT_VLADIMIR_V._PUTIN"), cur)
    assert build_module.display(tokens) == "Vladimir V. Putin"
    assert build_module.display(["BASHAR", "AL-ASSAD"]) == "Bashar al-Assad"
    assert not build_module.is_name(["OBAMA", "ADMINISTRATION"], cur)
    assert build_module.short_forms(["BADR", "BIN", "SAUD", "BIN", "HARIB", "AL", "BUSAIDI"]) == {"Badr bin Saud"}
    assert build_module.short_forms(["ABD", "AL", "AZIZ", "BIN", "FAHD", "AL", "SAUD"]) == set()


def test_a_surname_finds_the_one_office_holder_of_the_day_in_the_articles_countries():
    from accord.knowledge.people_roles import role_by_surname

    assert role_by_surname("Obama", "2016-04-01", frozenset({"USA", "CHN"}))[0] == "USA"
    assert role_by_surname("Obama", "2016-04-01", frozenset({"KEN"})) is None  # the article never names the US
    assert role_by_surname("Obama", "2020-04-01", frozenset({"USA"})) is None  # out of office by then
    assert role_by_surname("Obama", None, frozenset({"USA"})) is None  # an undated article
    assert role_by_surname("Barack Obama", "2016-04-01", frozenset({"USA"})) is None  # a surname only


def test_officials_of_2015_to_2024_the_dictionaries_stop_before_are_known() -> None:
    # curation 'role' lines (issue 13): a US cabinet member named bare in a story set abroad took its country
    assert role_of("Hillary Clinton", "2016-03-10")[0] == "USA"
    assert role_of("Jacob J. Lew", "2016-06-07")[:2] == ("USA", "GOV")
    assert role_of("Jack Lew", "2018-01-01")[:2] == ("USA", "ELI")
    assert role_of("Ash Carter", "2016-06-04")[:2] == ("USA", "GOV")  # the dictionaries' short given name
    assert role_of("Viktor F. Yanukovych", "2016-08-02")[0] == "UKR"
    assert role_of("Antony Blinken", "2023-05-01")[:2] == ("USA", "GOV")
    assert role_of("Josep Borrell", "2022-01-01")[0] == "EUR"
    assert role_of("Ebrahim Raisi", "2022-01-01")[0] == "IRN"


def test_a_us_cabinet_member_named_bare_in_a_story_set_abroad_is_american(extract_text) -> None:
    text = ("BEIJING — Chinese officials pressed their case at the trade talks on Monday. China's commerce ministry "
            "said exports had slowed. China's vice premier met the visitors. Antony Blinken said the visit was useful.")
    record = extract_text(text, published="2023-06-19")
    affiliations = {s.speaker.text: s.speaker.affiliation for s in record.statements if s.speaker}
    assert affiliations["Antony Blinken"] == "USA"


def test_the_codes_a_name_refutes_others_with() -> None:
    from accord.knowledge.people_roles import codes_of

    assert codes_of("Barack Obama") == {"USA"}
    assert codes_of("Obama") == {"USA"}  # every listed Obama is American
    assert codes_of("Nobody Inventedname") == frozenset()


def test_a_former_office_holder_keeps_the_dictionaries_default_after_the_last_role(build_module) -> None:
    # "[USAGOV 930120-010120] [USAELI]": every dated role ended before CURRENT_FROM, yet the person is still
    # the country's elite in later news (build_people_gazetteer.current_roles).
    role = build_module.Role
    ended = role("USA", "GOV", build_module.dt.date(1993, 1, 20), build_module.dt.date(2001, 1, 20))
    person = build_module.Person("Invented Formerpresident", set(), [ended], role("USA", "ELI", None, None), "test")
    assert build_module.current_roles(person) == [role("USA", "ELI", build_module.dt.date(2001, 1, 21), None)]
    alone = build_module.Person("Invented Formerminister", set(), [ended], None, "test")
    assert build_module.current_roles(alone) == []  # no default: nothing says who they are now
    assert role_of("Jimmy Carter", "2016-05-01")[:2] == ("USA", "ELI")


def test_us_legislators_and_governors_of_the_2016_campaign_are_known() -> None:
    assert role_of("Bernie Sanders", "2016-02-11")[0] == "USA"
    assert role_of("Ted Cruz", "2016-05-09")[0] == "USA"
    assert role_of("John Boehner", "2016-01-05")[:2] == ("USA", "ELI")  # resigned in October 2015
    assert role_of("Jeb Bush", "2015-12-01")[:2] == ("USA", "ELI")


def test_a_known_person_named_without_a_description_is_coded_on_the_articles_date(extract_text) -> None:
    text = ("Hillary Clinton met union leaders in a hotel ballroom on Tuesday. The leaders promised to "
            "knock on doors for her campaign before the primary.")
    record = extract_text(text, published="2016-04-06")
    codes = {e.name: e.code for e in record.entities if e.kind == "person"}
    assert codes["Hillary Clinton"] == "USA"


def test_a_generational_suffix_the_gazetteer_does_not_list_is_read_without() -> None:
    assert role_of("Joseph R. Biden Jr.", "2016-02-23")[:2] == ("USA", "GOV")
    assert role_of("Abdullah II", "2016-02-23")[0] == "JOR"  # a listed regnal number stays part of the name
    assert role_of("Inventa Nobody Jr.", "2016-02-23") is None


def test_a_former_office_holder_with_no_default_keeps_the_state_served(build_module) -> None:
    # "[USAGOV 090120-101001]" and nothing after: a cabinet member of the administration before is still that
    # state's elite in later news; a UN official is no state's, and one out of office long before is dropped
    role, day = build_module.Role, build_module.dt.date
    left = build_module.Person("Invented Chiefofstaff", set(), [role("USA", "GOV", day(2009, 1, 20), day(2010, 10, 1))],
                               None, "test")
    assert build_module.current_roles(left) == [role("USA", "ELI", day(2010, 10, 2), None)]
    envoy = build_module.Person("Invented Envoy", set(), [role("UNO", "GOV", day(2009, 1, 20), day(2012, 1, 1))], None, "test")
    assert build_module.current_roles(envoy) == []
    retired = build_module.Person("Invented Retiree", set(), [role("USA", "GOV", day(1995, 1, 1), day(2003, 1, 1))], None, "test")
    assert build_module.current_roles(retired) == []
    assert role_of("Joshua Bolten", "2016-03-01")[:2] == ("USA", "ELI")  # White House chief of staff until 2009


def test_a_generational_suffix_after_a_comma_is_no_part_of_the_name(build_module) -> None:
    assert build_module.tokens_of("ERIC_H._HOLDER,_JR._") == ["ERIC", "H.", "HOLDER"]
    assert build_module.tokens_of("KING_ABDULLAH_II_") == ["KING", "ABDULLAH", "II"]  # two words: a regnal name stays
    assert role_of("Eric Holder", "2016-03-01")[:2] == ("USA", "ELI")  # Attorney General until April 2015


def test_justices_senators_and_officials_of_2016_news_are_known() -> None:
    assert role_of("Antonin Scalia", "2016-01-10")[:2] == ("USA", "JUD")
    assert role_of("Ruth Bader Ginsburg", "2016-07-14")[:2] == ("USA", "JUD")
    assert role_of("Chuck Schumer", "2016-05-01")[0] == "USA"
    assert role_of("Loretta Lynch", "2016-07-01")[:2] == ("USA", "GOV")
    assert role_of("Reince Priebus", "2016-05-01")[:2] == ("USA", "PTY")


def test_a_former_office_holder_with_a_common_family_name_is_not_kept(build_module) -> None:
    role, day = build_module.Role, build_module.dt.date
    common = build_module.Person("Invented Smith", set(), [role("BHS", "GOV", day(2009, 1, 1), day(2012, 1, 1))], None, "test")
    rare = build_module.Person("Invented Zyxquor", set(), [role("BHS", "GOV", day(2009, 1, 1), day(2012, 1, 1))], None, "test")
    kept = build_module.distinct_former([common, rare], {"smith"}, build_module.Counter())
    assert [p.name for p in kept] == ["Invented Zyxquor"]
