"""A national office holder the text gives no country serves the country named as acting just before (issue 13
item 2: "the country the institution acts for in the sentence"); an envoy to a country is not that country's (a
diplomat in another capital keeps their own country). Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations

# Somali refugees dominate the story's mentions, so the story's country is Somalia.
REFUGEE_LEAD = ("Somali refugees fear the camp will close. Somalia is not safe, they said. Somali elders agreed. "
                "Somalia's drought has worsened. ")


def test_a_minister_serves_the_government_acting_in_the_sentence_before(extract_text):
    text = REFUGEE_LEAD + ("Kenya's government says the refugees must leave. On Monday, Interior Minister Peter "
                           "Kamau announced that the camps would close. He said there would be no delay.")
    affiliations = _affiliations(extract_text(text))
    assert affiliations["Interior Minister Peter Kamau"] == "KEN"
    assert affiliations["He"] == "KEN"  # every statement of the person carries the same country


def test_a_ministry_spokesperson_after_a_country_as_subject(extract_text):
    text = ("Oman hosted the talks. Washington imposed new sanctions on Friday. Iran condemned the sanctions as a "
            "failure. Foreign Ministry spokesperson Reza Kordi said the talks would go on.")
    assert _affiliations(extract_text(text))["Foreign Ministry spokesperson Reza Kordi"] == "IRN"


def test_a_governing_party_leader_serves_the_government_named_before(extract_text):
    # A US story's foreign reactions: the leader of "the governing party" is of the government just named.
    text = ("Senators in Washington met on Monday. The White House and Congress argued about guns. "
            "Poland's government has long resisted migrants. \u201cThe attack proves our point,\u201d said Jan Nowicki, "
            "the governing party's floor leader.")
    assert _affiliations(extract_text(text))["Jan Nowicki"] == "POL"


def test_places_that_name_no_acting_government_leave_the_office_to_the_story(extract_text):
    # A place things come from is no acting party; two countries acting leave it undecided.
    came_from = REFUGEE_LEAD + ("Travelers arriving from the Indian subcontinent face new rules. Government "
                                "ministers say the rules will stay.")
    assert _affiliations(extract_text(came_from))["Government ministers"] != "IND"
    two = "Russia and Ukraine traded strikes on Sunday. The defense minister said the attacks would continue."
    assert _affiliations(extract_text(two))["The defense minister"] is None


def test_what_a_statement_says_names_no_acting_government(extract_text):
    text = REFUGEE_LEAD + ("Aid workers said Ethiopia had closed its border. The foreign minister said talks "
                           "were planned.")
    assert _affiliations(extract_text(text))["The foreign minister"] != "ETH"


def test_a_local_or_company_office_is_not_a_national_one():
    from accord.records import Speaker
    from accord.stages.entities.office_place import holds_national_office

    def speaker(text: str) -> Speaker:
        return Speaker(text=text, start=0, end=len(text), name=text)

    assert holds_national_office(speaker("Interior Minister Peter Kamau"), "Interior Minister")
    assert holds_national_office(speaker("the foreign ministry"), None)
    assert not holds_national_office(speaker("a company spokesman"), "spokesman")
    assert not holds_national_office(speaker("the mayor"), None)
    assert holds_national_office(speaker("Jan Nowicki"), "leader of the ruling party")


# A story set in Israel: the story's country is Israel's.
ISRAEL_LEAD = ("Israel's army struck Gaza. Israeli officials said the strikes would go on. Israel's cabinet met. "
               "Netanyahu said Israel would win. ")


def test_an_envoy_to_a_country_is_not_its_own(extract_text):
    # A diplomat in another capital keeps their own country: unnamed here, so no code rather than the host's.
    text = ISRAEL_LEAD + "Tom Harlan, the ambassador to Israel, said the talks were stuck."
    assert _affiliations(extract_text(text))["Tom Harlan"] is None
    russia = ("Russia's army advanced. Russian officials said the war would go on. Moscow said it would respond. "
              "The ambassador to Russia, Clara Voss, said talks were frozen.")
    assert _affiliations(extract_text(russia))["The ambassador"] is None


def test_an_envoy_whose_own_country_is_named_keeps_it(extract_text):
    assert _affiliations(extract_text(ISRAEL_LEAD + "Tom Harlan, the U.S. ambassador to Israel, said the talks "
                                      "were stuck."))["Tom Harlan"] == "USA"
    assert _affiliations(extract_text(ISRAEL_LEAD + "Israel's ambassador to Washington, Dan Levin, said the talks "
                                      "were stuck."))["Israel's ambassador"] == "ISR"


def test_envoy_hosts():
    from accord.stages.entities.envoys import envoy_host

    assert envoy_host("then ambassador to Israel") == "ISR"
    assert envoy_host("the special envoy to Sudan") == "SDN"
    assert envoy_host("the ambassador in Kyiv") == "UKR"
    assert envoy_host("the U.S. ambassador to Israel") is None  # the sending country is named
    assert envoy_host("the UN special envoy to Sudan") is None  # the UN's envoy
    assert envoy_host("the ambassador to the U.N.") is None  # a body, not a host country (envoy_to_body)
    assert envoy_host("a spokesman for the embassy") is None


def test_an_aide_to_the_president_takes_the_presidents_country(extract_text):
    # The Israeli prime minister is the story's main actor; "the president" is the one person titled President.
    text = ISRAEL_LEAD + ("U.S. President Dan Whitfield met him in Washington. Whitfield said the meeting went well. "
                          "\"They never agreed,\" said Carl Oster, the president's chief trade negotiator.")
    affiliations = {s.speaker.name: s.speaker.affiliation for s in extract_text(text).statements if s.speaker}
    assert affiliations["Dan Whitfield"] == "USA"
    assert affiliations["Carl Oster"] == "USA"
