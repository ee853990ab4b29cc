"""Affiliation fixes after review 1 (session 22): a hyphenated pair naming a relation, a war or a border is no
double nationality of the speaker, and a relative's "his" or "her" is the person the story is about, not the
lawyer or envoy quoted in between. Invented sentences."""

from __future__ import annotations

import pytest
from statement_support import speaker_affiliations


@pytest.mark.parametrize(("text", "speaker", "code"), [
    ("BERLIN — German officials met on Monday. Lena Brandt, a historian of Sino-Japanese trade, said the talks "
     "were overdue.", "Lena Brandt", "DEU"),
    ("WASHINGTON — American officials met on Monday. Paul Rivers, a broker in the Turkish-Greek island talks, "
     "said a deal was near.", "Paul Rivers", "USA"),
    ("WASHINGTON — American officials met on Monday. Ted Marsh, a former envoy on the Russian-Georgian border "
     "dispute, said the fences were new.", "Ted Marsh", "USA"),
])
def test_a_pair_naming_what_a_person_studies_or_mediates_keeps_the_story_country(extract_text, text, speaker, code):
    assert speaker_affiliations(extract_text(text))[speaker] == code


def test_a_pair_describing_the_person_still_takes_no_third_country(extract_text):
    text = ("DAMASCUS — Syrian officials said on Monday that the road had reopened. Omar Haddad, a Lebanese-Nigerian "
            "trader in the old market, said his warehouse had burned.")
    assert speaker_affiliations(extract_text(text))["Omar Haddad"] is None


@pytest.mark.parametrize(("text", "relative"), [
    ("NIAMEY, Niger — Officials said the curfew would stay. Idrissa Kane, a teacher, was detained on Friday, said "
     "Henri Laval, a French lawyer who defends him. His sister said he had done nothing wrong.", "His sister"),
    ("NIAMEY, Niger — Officials said the curfew would stay. Idrissa Kane, a teacher, died when a shell hit the "
     "depot, the American envoy Mark Dunn said. His cousin said the family was in shock.", "His cousin"),
    ("NIAMEY, Niger — Officials said the curfew would stay. Idrissa Kane, a teacher, vanished after he met "
     "Henri Laval, a French reporter. His sister said he had done nothing wrong.", "His sister"),
])
def test_his_relative_is_not_the_foreign_source_named_in_between(extract_text, text, relative):
    assert speaker_affiliations(extract_text(text))[relative] == "NER"


@pytest.mark.parametrize(("address", "code"), [
    ("news.am", "ARM"), ("tripolipost.ly", "LBY"), ("podgorica.me", "MNE"), ("apiaherald.ws", "WSM"),
    ("eldiario.com.co", "COL"), ("minfin.gov.tv", "TUV"), ("weekly.tv", None), ("startup.io", None),
])
def test_bare_national_domains_and_national_second_levels_place_the_outlet(address, code):
    from accord.stages.entities.outlet_domains import domain_country
    assert domain_country(address) == code


def test_an_outlet_on_a_small_country_domain_takes_that_country(extract_text):
    text = ("WASHINGTON — American officials said talks on the border would resume. Shelling hit two villages "
            "overnight, according to news.am.")
    assert speaker_affiliations(extract_text(text))["news.am"] == "ARM"


def test_a_popes_relative_is_not_of_the_holy_see(extract_text):
    text = ("BUENOS AIRES, Argentina — Crowds gathered on Sunday. Pope Francis sent a message to the city. "
            "His nephew said the family was proud.")
    assert speaker_affiliations(extract_text(text))["His nephew"] == "ARG"


def test_a_relative_of_a_hyphenated_american_takes_no_country_from_the_heritage_reading(extract_text):
    text = ("CAIRO, Egypt — Egyptian officials said the trial would resume. Karim Fawzi, an Egyptian-American "
            "engineer, was sentenced on Monday. His father said the verdict was unjust.")
    assert speaker_affiliations(extract_text(text))["His father"] == "EGY"


def test_the_person_at_a_token_looks_back_no_further_than_the_longest_mention(nlp):
    from accord.records import Entity, Span
    from accord.stages.statements.kin_owners import _People

    text = "Ana Ruiz met Leo Ortiz. Ruiz left."
    doc = nlp(text)
    spans = {"Ana Ruiz": 0, "Leo Ortiz": 13, "Ruiz": 24}
    entities = {f"e{n}": Entity(id=f"e{n}", name=name, kind="person",
                                mentions=[Span(start=at, end=at + len(name), text=name)])
                for n, (name, at) in enumerate(spans.items())}
    people = _People(doc, entities)
    assert people.longest == len("Leo Ortiz")
    assert people.at(doc[4]).name == "Leo Ortiz" and people.at(doc[6]).name == "Ruiz"
    assert people.at(doc[2]) is None  # "met" lies in no mention


def test_the_lebanon_tribunal_is_a_un_court_like_the_yugoslav_one():
    from accord.knowledge.actors import lookup_actor
    assert lookup_actor("Special Tribunal for Lebanon").code == "UNO"
    assert lookup_actor("ICTY").code == "UNO"
