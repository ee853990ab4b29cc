"""Who said it, really (issue 13): one person, one fullest name, one affiliation per article.

Invented sentences; each case names the construction it checks.
"""

from __future__ import annotations

import pytest


def _speakers(record) -> list[tuple[str, str | None, str | None]]:
    return [(s.speaker.text, s.speaker.name, s.speaker.affiliation) for s in record.statements]


def test_unaffiliated_local_speaker_takes_the_story_country(extract_text):
    # Nothing says where the lawyer works; the story is set in Zimbabwe (named three times).
    text = ("Zimbabwe's High Court delayed the journalist's bail hearing on Monday. Police in Zimbabwe "
            "arrested him last week. Zimbabwe has jailed critics before. "
            "Chris Tendai, who represents the journalist, said the case was political.")
    record = extract_text(text)
    assert ("Chris Tendai", "Chris Tendai", "ZWE") in _speakers(record)


def test_no_context_country_when_two_countries_tie(extract_text):
    text = ("Kenya and Somalia signed a border deal. "
            "Abdi Warsame, a local trader, said the deal would help business.")
    record = extract_text(text)
    assert _speakers(record) == [("Abdi Warsame", "Abdi Warsame", None)]


def test_every_statement_of_one_person_has_one_affiliation_and_full_name(extract_text):
    # The first mention says the minister is Pakistani; the later surname and pronoun agree with it.
    text = ("Pakistani Finance Minister Ahmed Qureshi said the loan talks were on track. "
            "“The talks with Saudi Arabia and Saudi Arabia's central bank continue,” Qureshi said. "
            "He said the deal would close soon.")
    record = extract_text(text)
    speakers = _speakers(record)
    assert [name for _, name, _ in speakers] == ["Ahmed Qureshi"] * 3
    assert {affiliation for _, _, affiliation in speakers} == {"PAK"}


def test_experts_are_not_placed_by_the_story_country(extract_text):
    # Officials in a story about Pakistan are Pakistani; experts there may be anyone's.
    text = ("Pakistan raised fuel prices. Pakistan's neighbours watched closely. "
            "Officials said the rise was unavoidable. Experts said inflation would follow.")
    record = extract_text(text)
    assert [(name, affiliation) for _, name, affiliation in _speakers(record)] == [
        ("Officials", "PAK"), ("Experts", None)]


def test_polling_is_not_placed_by_the_story_country(extract_text):
    # Like "polls" and "surveys": the annotation gives a poll no country.
    text = ("Pakistan raised fuel prices. Pakistan's neighbours watched closely. "
            "Officials said the rise was unavoidable. Recent polling shows voters blame the government.")
    assert dict((name, affiliation) for _, name, affiliation in _speakers(extract_text(text))).get(
        "Recent polling", "missing") is None


def test_speakers_described_beyond_one_country_are_not_placed_by_the_story_country(extract_text):
    # "European countries", "world leaders" in a story about Cameroon are not Cameroonian; "Western" opening a
    # proper name ("Western Union") is no such description, so the story's country still stands for it.
    text = ("Cameroon closed its border. Cameroon's army patrolled the north. Cameroon blamed rebels. "
            "Officials said the border would reopen. Several European countries said the closure hurt trade. "
            "Many world leaders said the move was illegal. "
            "Western Union said transfers would continue.")
    affiliations = [affiliation for _, _, affiliation in _speakers(extract_text(text))]
    assert affiliations == ["CMR", None, None, "CMR"]


def test_a_group_of_a_multinational_region_is_not_placed_by_the_story_country(extract_text):
    # "Latin American artists", "Middle Eastern diplomats": people of several countries, no one country's.
    text = ("Venezuela held elections on Sunday. Venezuela's government said turnout was high. Venezuela's opposition "
            "cried foul. Several Latin American writers said they would boycott the book fair in Caracas. "
            "Middle Eastern diplomats said the count was flawed.")
    affiliations = [affiliation for _, _, affiliation in _speakers(extract_text(text))]
    assert affiliations[-2:] == [None, None]


def test_apposition_nationality_gives_the_affiliation(extract_text):
    text = ("China raised tariffs on Monday. China said more could follow. "
            "Marco Bellini, an Italian economist, said the tariffs would hurt exporters.")
    assert _speakers(extract_text(text)) == [("China", "China", "CHN"), ("Marco Bellini", "Marco Bellini", "ITA")]


def test_institution_after_of_gives_the_affiliation(extract_text):
    # "of the Brookings Institution" (institutes.tsv) wins over the story's country.
    text = ("North Korea fired a missile on Monday. North Korea has fired six this year. "
            "Jane Porter of the Brookings Institution said the launch was a signal.")
    assert [(name, affiliation) for _, name, affiliation in _speakers(extract_text(text))] == [("Jane Porter", "USA")]


def test_based_in_and_relative_clause_give_the_affiliation(extract_text):
    text = ("Iran held talks on Monday. Iran wants sanctions lifted. "
            "Omid Karimi, director of the Berlin-based Center for Gulf Studies, said the talks would fail. "
            "Lena Ortiz, who heads Mexico's Institute for Peace, said they could succeed.")
    speakers = _speakers(extract_text(text))
    assert ("Omid Karimi", "Omid Karimi", "DEU") in speakers
    assert ("Lena Ortiz", "Lena Ortiz", "MEX") in speakers


def test_possessive_country_before_a_person_is_not_the_speaker(extract_text):
    text = "Uganda's Bobi Kato said the vote was rigged."
    assert _speakers(extract_text(text)) == [("Uganda's Bobi Kato", "Bobi Kato", "UGA")]


def test_possessor_country_leaves_an_institution_name(extract_text):
    text = "Kenya's government said the camps would close. Kenya has hosted refugees for decades."
    assert _speakers(extract_text(text))[0][1:] == ("government", "KEN")


def test_pronoun_never_resolves_to_a_person_named_inside_a_quote(extract_text):
    # "he" is the analyst who is speaking, not the president he quotes.
    text = ("Vasily Petrov, an analyst, spoke to reporters. “President Ivan Sokolov never says that,” he said. "
            "He said the alliance was weak.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names == ["Vasily Petrov", "Vasily Petrov"]


def test_surname_of_two_words_joins_the_full_name(extract_text):
    text = ("Helen La Lime, the U.N. envoy, arrived on Monday. "
            "“I am deeply concerned,” La Lime told reporters.")
    assert [name for _, name, _ in _speakers(extract_text(text))] == ["Helen La Lime"]


def test_context_counts_the_countries_of_actors_not_only_country_names(extract_text):
    # No country is named, but its police, judges and president are: the story is Kenyan.
    text = ("Kenyan police fired tear gas at protesters in Nairobi. The Kenyan judiciary "
            "condemned the violence. Kenyan President William Ruto said calm would return. "
            "Peter Otieno, a shop owner, said the protests would go on.")
    assert ("Peter Otieno", "Peter Otieno", "KEN") in _speakers(extract_text(text))


def test_pronoun_never_resolves_to_a_person_inside_reported_content(extract_text):
    # "he" is the aide, not the president his paraphrase names.
    text = ("Pedro Alves, a senior aide, said President Marco Rocha would sign the bill. "
            "He said the vote would come on Friday.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names == ["Pedro Alves", "Pedro Alves"]


def test_a_newly_introduced_person_is_the_topic_for_the_next_pronoun(extract_text):
    # The new name is no subject (an object of "from"); the next pronoun still takes the person just introduced.
    text = ("President Ana Reyes said tariffs were working. "
            "The plan drew praise from Tomas Berg, director of the National Economic Council. "
            "He said the duties would stay.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names[-1] == "Tomas Berg"


def test_title_only_reference_joins_the_described_person_and_drops_the_country(extract_text):
    text = ("A U.S. State Department spokesperson expressed concern on Monday. "
            "“We are watching closely,” the spokesperson told reporters.")
    speakers = _speakers(extract_text(text))
    assert speakers[-1] == ("the spokesperson", "State Department spokesperson", "USA")


def test_a_later_surname_the_entities_missed_still_finds_the_full_name(extract_text):
    text = ("Rogier Klaassen, a professor at Leiden University, said the plan was bold. "
            "“But you can do a lot with software,” Klaassen said.")
    assert [name for _, name, _ in _speakers(extract_text(text))] == ["Rogier Klaassen", "Rogier Klaassen"]


def test_a_surname_misspelt_by_one_letter_is_the_same_person(extract_text):
    text = ("Luis Eguiluz, who heads the aid mission, said people were suffering. "
            "“We cannot reach the villages,” Equiluz said.")
    assert [name for _, name, _ in _speakers(extract_text(text))] == ["Luis Eguiluz", "Luis Eguiluz"]


def test_short_surnames_need_the_exact_spelling():
    from accord.stages.entities.variants import same_surname

    assert same_surname("Zelensky", "Zelenskyy") and same_surname("Zelenskiy", "Zelenskyy")
    assert not same_surname("Khan", "Kahn")  # too short to tell a variant from another name
    assert not same_surname("Hassan", "Hassett")


def test_a_possessor_is_the_affiliation_not_the_speaker(extract_text):
    text = "China's leadership said the partnership had no limits. China has backed Russia for years."
    assert _speakers(extract_text(text))[0] == ("China's leadership", "leadership", "CHN")


def test_a_transliterated_surname_joins_the_full_name(extract_text):
    text = ("Ukrainian President Volodymyr Zelenskyy said the talks would go on. "
            "“We are ready for peace,” Zelensky said.")
    record = extract_text(text)
    assert [name for _, name, _ in _speakers(record)] == ["Volodymyr Zelenskyy", "Volodymyr Zelenskyy"]
    assert len({s.speaker.entity for s in record.statements}) == 1


def test_a_name_described_by_who_is_a_person_for_later_pronouns(extract_text):
    # Whatever label the model gives the name, "who heads" makes it a person that "she" can take.
    text = ("Chalida Tajaroensuk, who heads Thailand's People's Empowerment Foundation, echoed the concerns. "
            "She said the five men were afraid.")
    record = extract_text(text)
    assert [name for _, name, _ in _speakers(record)][-1] == "Chalida Tajaroensuk"
    assert {e.kind for e in record.entities if e.name == "Chalida Tajaroensuk"} == {"person"}


def test_a_described_speaker_is_named_without_its_article_or_number(extract_text):
    record = extract_text("“Everyone is tired of the rules,” said a receptionist. Two defense officials said the flights had begun.")
    assert [name for _, name, _ in _speakers(record)] == ["receptionist", "defense officials"]


def test_a_known_surname_opening_a_sentence_is_that_person(extract_text):
    # The tagger may take a sentence-initial surname for a common noun.
    text = ("Robert Manning, a senior fellow, said talks were over. "
            "Manning thinks “for now, diplomacy is dead.”")
    assert [name for _, name, _ in _speakers(extract_text(text))] == ["Robert Manning", "Robert Manning"]


def test_a_former_affiliation_is_not_the_speakers(extract_text):
    text = ("Thailand deported 40 men. Thailand said they were safe. Thailand's prisons hold five more. "
            "“We must watch closely,” said Somchai Wong, who previously worked for the U.N. refugee agency.")
    assert _speakers(extract_text(text))[-1][1:] == ("Somchai Wong", "THA")


def test_a_generic_title_head_names_the_person_with_that_office(extract_text):
    text = ("Commerce Secretary Howard Lutz said tariffs would stay. "
            "“It is a period of transition,” the Commerce chief said. "
            "U.S. President Dana Trent praised the plan. The U.S. leader said it would work.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names == ["Howard Lutz", "Howard Lutz", "Dana Trent", "Dana Trent"]


def test_the_group_is_the_organisation_last_named(extract_text):
    text = ("The Interprofessional Association of Poultry Farmers warned of shortages, a spokesman told VOA. "
            "The group said prices had doubled.")
    record = extract_text(text)
    assert _speakers(record)[-1][:2] == ("The group", "Interprofessional Association of Poultry Farmers")


def test_a_role_named_by_its_apposition_is_that_person(extract_text):
    text = "One of the report’s authors, Vasily Petrov, told VOA that the alliance was weak."
    assert _speakers(extract_text(text))[0][1] == "Vasily Petrov"


def test_a_name_coordinated_with_a_person_is_a_person(extract_text):
    text = ("Frankie Bontemps and Maxwell Evenor are second-generation islanders. "
            "“We are still colonized,” Evenor said.")
    record = extract_text(text)
    assert [name for _, name, _ in _speakers(record)] == ["Maxwell Evenor"]


def test_a_name_with_a_title_after_is_is_a_person(extract_text):
    # The model labels no entity here; "is the executive director" shows a person.
    text = ("Civil society groups argue that other options could be explored. Mahad Warsuge is the executive "
            "director of the Mogadishu-based group Somali Public Agenda. “Political agreement is fundamental,” "
            "Warsuge said.")
    assert _speakers(extract_text(text))[-1][1:] == ("Mahad Warsuge", "SOM")


def test_member_of_an_international_ngo_takes_the_ngo_not_the_story_country(extract_text):
    # The story is set in Thailand; the speaker's own organisation is an exile NGO.
    text = ("Thailand deported 40 Uyghurs to China last month. Thailand says they were illegal migrants. "
            "Ayse Turan of the World Uyghur Congress said the deportations broke international law.")
    record = extract_text(text)
    assert ("Ayse Turan of the World Uyghur Congress", "Ayse Turan", "NGO") in _speakers(record)


def test_role_with_a_possessor_takes_the_name_in_apposition(extract_text):
    # "X's lawyer, Name, said": the speaker is the named person, not the role noun.
    record = extract_text("The trial opened on Monday. Dorin's lawyer, Paul Kemper, said the evidence was thin.")
    assert [name for _, name, _ in _speakers(record)] == ["Paul Kemper"]


def test_envoy_to_an_institution_keeps_the_country_he_represents(extract_text):
    # The parser hangs the apposition on "United Nations"; the person is the country's envoy, not the UN's.
    record = extract_text("Ghana's permanent representative to the United Nations, Kofi Mensah, "
                          "said the sanctions had failed.")
    assert _speakers(record)[0][1:] == ("Kofi Mensah", "GHA")


def test_relative_sharing_a_surname_is_a_person_of_their_own(extract_text):
    # The tagger may call an unfamiliar given name an organisation; a known person's surname says otherwise.
    text = ("Jailed publisher Jimmy Lai denies the charges. His son flew to Washington on Monday. "
            "\"Time is running out for my father,\" Sebastien Lai said.")
    record = extract_text(text)
    assert [name for _, name, _ in _speakers(record)][-1] == "Sebastien Lai"
    kinds = {e.name: e.kind for e in record.entities}
    assert kinds.get("Sebastien Lai") == "person"


def test_coordinated_description_naming_an_ngo_beats_the_country_of_residence(extract_text):
    # "a Uyghur living in Australia and the vice chair of <NGO>": the NGO is the affiliation, not AUS.
    text = ("Thailand deported 40 Uyghurs. Polat Mirza, an ethnic Uyghur living in Australia and the "
            "executive committee vice chair of the World Uyghur Congress, said the deportations were wrong.")
    record = extract_text(text)
    assert _speakers(record)[-1][1:] == ("Polat Mirza", "NGO")


def test_coordinated_description_keeps_the_post_in_a_national_institution(extract_text):
    text = ("Kenya will close the camps. Aden Noor, a lawmaker and former leader in Kenya's National Assembly "
            "as well as an ethnic Somali, said the closure was political.")
    record = extract_text(text)
    assert _speakers(record)[-1][1:] == ("Aden Noor", "KEN")


def test_present_copula_in_a_relative_clause_gives_the_nationality(extract_text):
    # The story is about an Iranian plot; the speaker's own nationality is in the relative clause.
    record = extract_text("A man told a court in New York on Tuesday that he tried to kill an Iranian journalist. "
                          "Khalid Mammadov, who is Azerbaijani, told jurors that he was arrested in July.")
    assert ("Khalid Mammadov", "Khalid Mammadov", "AZE") in _speakers(record)


def test_institution_possessing_a_known_surname_is_that_person(extract_text):
    # "Cornell's Casanova": the person named before, with the university as possessor, not an organisation.
    text = ("Lourdes Casanova, a professor at Cornell University, said China is catching up. "
            "\"It will take some time,\" Cornell’s Casanova said.")
    record = extract_text(text)
    assert [name for _, name, _ in _speakers(record)] == ["Lourdes Casanova", "Lourdes Casanova"]


def test_a_bare_surname_shared_by_a_family_is_the_principal(extract_text):
    # The relatives are named after the principal; a later bare surname is the principal, "the younger" the son.
    text = ("Officials sanctioned former Prime Minister Arben Kola and his family. Kola, his wife, Dita Kola, "
            "and his son, Ermal Kola, are barred from travel. Kola said the sanctions were political. "
            "\"My father is innocent,\" the younger Kola said.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names == ["Arben Kola", "Ermal Kola"]


def test_a_title_reference_with_another_office_word_is_not_that_person(extract_text):
    # "the military spokesperson" is not the foreign ministry spokesperson named just before.
    text = ("Lieutenant General Tomas Reis, director general of military public relations, held a briefing. "
            "Foreign ministry spokesperson Ana Lopes rejected the charge on Thursday. "
            "The military spokesperson said 300 passengers were freed.")
    assert _speakers(extract_text(text))[-1][:2] == ("The military spokesperson", "Tomas Reis")


def test_court_speakers_take_the_country_the_court_sits_in(extract_text):
    # A story about an Iranian plot, tried in New York: the prosecutor and the defence lawyer act for or
    # before the U.S. court, not for Iran (the most-mentioned country); a witness stays with the story.
    text = ("Iran denied plotting to kill a journalist. Iran's Foreign Ministry called it baseless. Iran "
            "has targeted critics abroad. At a trial in New York on Tuesday, federal prosecutor Jack Gold said "
            "Tehran paid the hitmen. Prosecutors said the plan was found on a phone. "
            "Amir Kaveh's lawyer, Paul Stone, said the evidence was thin.")
    speakers = {name: affiliation for _, name, affiliation in _speakers(extract_text(text))}
    assert speakers["Jack Gold"] == "USA"
    assert speakers["Prosecutors"] == "USA"
    assert speakers["Paul Stone"] == "USA"


def test_no_venue_when_the_courts_sit_in_two_countries():
    from accord.nlp import load_model
    from accord.stages.entities.venue import venue_country

    nlp = load_model()
    assert venue_country(nlp("The trial in New York opened on Monday.")) == "USA"
    assert venue_country(nlp("A court in London and a court in Paris heard the case.")) is None


def test_an_acronym_of_an_earlier_organisation_is_that_organisation(extract_text):
    # "DHS" is never written in brackets after the full name; its initials still name it.
    text = ("The Department of Homeland Security sent more migrants to the base. "
            "DHS said the flights would continue.")
    assert _speakers(extract_text(text))[-1][:2] == ("DHS", "Department of Homeland Security")


def test_a_speaker_nested_in_reported_content_is_no_antecedent_outside_it(extract_text):
    # "Rocha's threat to ..." is reported inside the minister's statement; "he said" is still the minister.
    text = ("Finance Minister Paulo Dantas said the markets were calm. "
            "He dismissed concerns about President Marco Rocha’s threat to impose bigger tariffs on wine. "
            "\"One or two items are no big deal for the markets,\" he said.")
    assert _speakers(extract_text(text))[-1][1] == "Paulo Dantas"


def test_a_demonym_before_a_state_body_is_its_affiliation_not_its_name(extract_text):
    # "the Kenyan government" is Kenya's government (name "government", KEN); "British media" keep the demonym.
    text = ("Kenya will close the camps. The Kenyan government said the camps were a threat. "
            "Pakistani officials said the border would stay open. British media said the talks had failed.")
    speakers = [(name, affiliation) for _, name, affiliation in _speakers(extract_text(text))]
    assert ("government", "KEN") in speakers
    assert ("officials", "PAK") in speakers
    assert any(name == "British media" for name, _ in speakers)


def test_ranking_adjectives_are_not_part_of_a_described_name(extract_text):
    text = ("Top White House economic officials said the tariffs would stay. "
            "Some prominent human rights activists said the law was unjust.")
    assert [name for _, name, _ in _speakers(extract_text(text))] == [
        "White House economic officials", "human rights activists"]


def test_a_known_persons_dated_role_comes_before_the_story_country(extract_text):
    # Nothing in the text places him; the dated roles (people_roles.tsv) know whom he served on that day.
    text = ("Greece held talks on Monday. Greece wants the islands demilitarised. Greece said more talks would follow. "
            "Ahmet Davutoglu said the talks were useful.")
    assert ("Ahmet Davutoglu", "Ahmet Davutoglu", "TUR") in _speakers(extract_text(text, published="2015-03-02"))


def test_a_former_official_leading_an_ngo_takes_the_ngo(extract_text):
    # A former NATO chief is no longer NATO's: the organisation he now leads is his affiliation.
    text = ("China sanctioned the Alliance of Democracies this year. The organization, led by former NATO "
            "Secretary General Lars Holm, held a summit this week. China called the summit a farce. "
            "China has sanctioned critics before. Holm said democracies must defend their economies.")
    assert ("Holm", "Lars Holm", "NGO") in _speakers(extract_text(text))


def test_a_described_organisation_reference_takes_the_organisation_whose_name_fits(extract_text):
    # "The poultry farmers group" is the farmers' association, not the commission named last; a later bare
    # "The group" follows it.
    text = ("Jean Ndzi, president of Cameroon's Interprofessional Association of Poultry Farmers, spoke on Monday. "
            "The European Commission reported bird flu outbreaks in November. "
            "The poultry farmers group says prices have doubled. The group says production cannot keep up.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names[-2:] == ["Interprofessional Association of Poultry Farmers"] * 2


def test_a_document_with_a_named_author_speaks_for_its_author(extract_text):
    # "the report by X said", "the report issued by X ranks", "Name's Twitter account said": the author.
    text = ("Kenya will close the camps. Kenya hosts many refugees. Kenya has closed camps before. "
            "Interior Minister Peter Kamau announced the plan on Monday. Kamau's official Twitter account said the camps were a threat. "
            "A 2020 report on human rights by the U.S. State Department said corruption was pervasive.")
    speakers = [(name, affiliation) for _, name, affiliation in _speakers(extract_text(text))]
    assert ("Peter Kamau", "KEN") in speakers
    assert ("State Department", "USA") in speakers


def test_the_results_of_a_document_speak_for_its_author(extract_text):
    # "the results of a fresh X poll": what the poll found is the poll's, so its author's; results of no
    # document keep their own description.
    text = ("The race is even, according to the results of a fresh Quinnipiac University poll issued Friday. "
            "According to the results of the vote count, the mayor won a second term.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names[0] == "Quinnipiac University"
    assert names[1:] == ["results of the vote count"]


def test_a_surname_opening_a_sentence_keeps_its_description(extract_text):
    # The tagger may read a sentence-initial surname as a common noun; its "who is Azerbaijani" still codes him.
    text = ("Iran denied the plot. Iran said the charges were false. Iran has denied such plots before. "
            "Khalid Mehdiyev told jurors that he was arrested in July. “I know her as Masih,” Mehdiyev told jurors. "
            "Mehdiyev, who is Azerbaijani, said he is cooperating with prosecutors.")
    assert {affiliation for _, name, affiliation in _speakers(extract_text(text)) if name == "Khalid Mehdiyev"} == {"AZE"}


def test_the_institution_a_possessive_description_refers_to_codes_the_person(extract_text):
    # "The court's president" is the president of the International Court of Justice named before (UNO),
    # not of Kenya, the story's country.
    text = ("Kenya boycotted hearings at the International Court of Justice. Kenya says the case is biased. "
            "Kenya wants talks. The court's president, Judge Anna Berg, rejected Kenya's request. "
            "She said the hearings would go on.")
    assert _speakers(extract_text(text))[-1][1:] == ("Anna Berg", "UNO")


def test_they_takes_the_plural_subject_named_since_the_last_group_speaker(extract_text):
    # "they" is the officials just named, not the lawsuits whose content was reported before.
    text = ("The lawsuits say the government broke the law. Ministry officials did not respond to a request "
            "for comment, but they have repeatedly said the flights were legal.")
    assert _speakers(extract_text(text))[-1][:2] == ("they", "Ministry officials")


def test_they_after_listed_members_is_the_members_not_the_first_name(extract_text):
    # The names in apposition list the members; "they" is the group, named by its description.
    text = ("In Washington, three members of the U.S. Senate — Anna Holt, Ben Cruz and Tom Reed — wrote to the "
            "secretary. \"We are deeply concerned about the secession,\" they wrote in the letter.")
    assert _speakers(extract_text(text))[-1] == ("they", "members of the U.S. Senate", "USA")


def test_they_after_a_counted_crowd_is_the_people_counted(extract_text):
    text = "Tens of thousands of Sudanese marched on Thursday. They said the army must hand over power."
    assert _speakers(extract_text(text))[-1][:2] == ("They", "Sudanese")


def test_a_title_reference_finds_the_person_by_a_synonym_of_the_title(extract_text):
    # "the judge" is "Justice Anna Moyo"; "the spokesperson" is "spokesman Tom Hale".
    text = ("At a hearing in Harare, Justice Anna Moyo adjourned the case. The judge said she needed more time. "
            "Army spokesman Tom Hale spoke later. The spokesperson said the troops had left.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names == ["Anna Moyo", "Tom Hale"]


def test_an_organisation_of_a_person_is_the_organisation(extract_text):
    # The party speaks, not its jailed leader; it shares his country.
    text = ("Pakistan held elections in February. The opposition party of jailed former Prime Minister Imran Khan "
            "said the vote was rigged.")
    assert _speakers(extract_text(text))[-1][1:] == ("opposition party", "PAK")


def test_a_fronted_description_before_a_surname_codes_the_person(extract_text):
    # "A media analyst at <US university>, Gatov noted": the description before the name places him.
    text = ("Russia and China praised their alliance. Russia says trade is booming. Russia wants more. "
            "One of the report’s authors, Vasily Gatov, told VOA the alliance was unpopular. A media analyst at "
            "the University of Southern California, Gatov also noted that trade remained small.")
    assert {a for _, name, a in _speakers(extract_text(text)) if name == "Vasily Gatov"} == {"USA"}


def test_the_outlet_a_story_is_told_to_does_not_set_the_story_country(extract_text):
    # Reuters (GBR) is named three times, Kenya twice: the story is still Kenyan.
    text = ("Kenya will close the camps, Reuters reported. Kenya says the camps are a threat. "
            "Peter Otieno, a trader, told Reuters the closure would hurt business. Reuters could not confirm it.")
    assert ("Peter Otieno", "Peter Otieno", "KEN") in _speakers(extract_text(text))


def test_a_name_misparsed_as_apposition_of_an_outlet_takes_no_code_from_it(extract_text):
    # The parser may hang the name on "Service"; an interview with VOA (USA) is no affiliation.
    text = ("In an interview Thursday with VOA's Bosnian Service, Dodic's lawyer, Anto Nobel, said the charges were "
            "political.")
    codes = {e.code for e in extract_text(text).entities if e.name == "Anto Nobel"}
    assert codes == {None}


def test_a_role_noun_with_the_name_after_a_comma_is_that_person(extract_text):
    # The parser may make the name a conjunct of the role noun; it is the role's holder, not an earlier spokesperson.
    text = ("Afghan foreign ministry spokesperson Abdul Rahman rejected the charge. "
            "On Thursday, the spokesperson for Pakistan's Ministry of Foreign Affairs, Ambassador Shafqat Ali Khan, "
            "said Islamabad's stance had not changed.")
    assert _speakers(extract_text(text))[-1][1:] == ("Shafqat Ali Khan", "PAK")


def test_one_institution_under_two_names_is_one_speaker_named_most_fully(extract_text):
    # "The Foreign Ministry" is the one foreign ministry the article has coded: Pakistan's, named most fully.
    text = ("Pakistan's Ministry of Foreign Affairs said the talks had failed. "
            "The Foreign Ministry later said new talks were possible.")
    record = extract_text(text)
    assert [s[1:] for s in _speakers(record)] == [("Ministry of Foreign Affairs", "PAK")] * 2
    assert len({s.speaker.entity for s in record.statements}) == 1


def test_a_person_introduced_only_as_a_possessor_does_not_take_the_next_pronoun(extract_text):
    # "President Dana Trent's remark" introduces no new topic; "he" is still the pilot speaking.
    text = ("“I call it crazy,” a pilot said. He agreed with President Dana Trent’s recent remark that the country "
            "was on the move again. “There are a lot of people traveling,” he said.")
    assert _speakers(extract_text(text))[-1][1] == "pilot"


def test_it_takes_the_institution_that_was_the_subject_just_before(extract_text):
    text = ("Kenya will close the camps. The United Nations High Commission for Refugees (UNHCR) shares that "
            "concern. It issued a statement last week saying the decision would hurt refugees.")
    assert _speakers(extract_text(text))[-1][1:] == ("United Nations High Commission for Refugees", "UNO")


def test_the_last_word_of_an_organisations_name_is_that_organisation(extract_text):
    # "The Congress" after "the World Uyghur Congress" is that congress, not the U.S. Congress.
    text = "The World Uyghur Congress met in Munich on Monday. The Congress said the deportations broke international law."
    assert _speakers(extract_text(text))[-1][1:] == ("World Uyghur Congress", "NGO")


def test_a_demonstrative_description_takes_the_fuller_earlier_description(extract_text):
    text = ("Talks failed last week after the government placed blame on the leaders of Puntland and Jubaland. "
            "Those leaders have said they will no longer recognize the president.")
    assert _speakers(extract_text(text))[0][:2] == ("Those leaders", "leaders of Puntland and Jubaland")


def test_actors_of_two_countries_named_together_have_no_single_affiliation(extract_text):
    # Neither the first demonym nor the story's country is theirs.
    text = ("Morocco arrested 12 suspects. Morocco says the cell planned attacks. Morocco has foiled plots before. "
            "Both Moroccan and Spanish authorities said the cell had links to the Islamic State group.")
    assert _speakers(extract_text(text))[-1][2] is None


def test_a_statement_without_an_author_is_the_institution_just_quoted(extract_text):
    text = ("Israel struck Gaza again. The United States voiced concern, according to the White House. "
            "A statement said the adviser had called for calm.")
    assert ("A statement", "White House", "USA") in _speakers(extract_text(text))


def test_a_counted_group_is_named_without_the_count_or_its_relative_clause(extract_text):
    # Neither "Many" nor the place named inside the relative clause is the speaker.
    text = ("Many of the original inhabitants of the islands who were expelled to make way for the base on "
            "Diego Garcia say they want to return.")
    assert _speakers(extract_text(text))[0][1] == "original inhabitants of the islands"


def test_a_place_phrase_inside_a_described_group_is_not_part_of_its_name(extract_text):
    text = "Members of opposition parties across the continent say the vote was rigged."
    assert _speakers(extract_text(text))[0][1] == "Members of opposition parties"


def test_a_known_organisation_with_its_type_noun_is_that_organisation(extract_text):
    text = "Thailand deported 40 men. The Reuters news agency has reported that Australia offered to resettle them."
    assert _speakers(extract_text(text))[0][:2] == ("The Reuters news agency", "Reuters")


def test_the_organisation_owning_a_post_beats_the_place_of_the_post(extract_text):
    # "the agency's mission in Nigeria": the agency (the organisation the story is about) is his, not Nigeria.
    text = ("The charity Doctors Without Borders says insecurity has cut off a million Nigerians. The aid group, "
            "known as MSF, says all sides are to blame. Nigeria's army disputes that, but MSF and U.N. agencies "
            "say the situation is dire. Luis Ortega, who headed the agency’s mission in Nigeria for two years, "
            "says movement is limited.")
    assert ("Luis Ortega", "Luis Ortega", "NGO") in _speakers(extract_text(text))


def test_a_described_organisation_known_by_a_name_is_that_organisation(extract_text):
    # "known by its French acronym MSF" names the aid group, whatever organisation was named last.
    text = ("The charity Doctors Without Borders says the Boko Haram conflict has cut off a million people. "
            "The aid group, known by its French acronym MSF, reports that all sides are to blame.")
    assert ("The aid group", "Doctors Without Borders", "NGO") in _speakers(extract_text(text))


def test_an_expert_on_the_story_topic_is_not_placed_by_the_story_country(extract_text):
    # The book's subtitle names Russia as its topic; the expert on Russian ties may be anyone's.
    text = ("Russia wants Western firms back. Russia has cut taxes. Russia says sanctions failed. "
            "Charles Hale, an expert on Western-Russian economic ties, and author of the book Zero Sum: The Arc of "
            "International Business in Russia, says some firms will return.")
    assert ("Charles Hale", "Charles Hale", None) in _speakers(extract_text(text))


def test_a_spokesperson_for_an_institution_is_named_as_its_office(extract_text):
    text = ("Thailand deported 40 men. A spokesperson for the U.S. State Department told VOA on Sunday it had "
            "been working with Thailand for years.")
    assert _speakers(extract_text(text))[0][1:] == ("State Department spokesperson", "USA")


def test_a_lawsuit_speaks_for_who_filed_it(extract_text):
    text = ("Immigration rights groups, including the American Civil Liberties Union, have filed multiple lawsuits "
            "against the government. One suit, filed earlier this month, argues that the flights are illegal.")
    assert _speakers(extract_text(text))[-1][:2] == ("One suit", "Immigration rights groups")


def test_its_takes_the_institution_owning_the_subject(extract_text):
    text = ("The Kenya Interior Ministry's announcement last week of its intention to close two camps has "
            "worried refugees.")
    names = [name for text_, name, _ in _speakers(extract_text(text)) if text_ == "its"]
    assert names == ["Interior Ministry"]


def test_the_head_of_a_delegation_is_the_person_who_led_it(extract_text):
    # A role noun whose holder the article named: not "head", the defence minister who led the delegation.
    text = ("Ukrainian Defense Minister Rustem Umerov, who led the Ukrainian delegation, met the Russians. "
            "The head of the delegation said the talks were short.")
    assert _speakers(extract_text(text))[-1][1:] == ("Rustem Umerov", "UKR")


def test_a_surname_that_is_a_demonym_is_the_person_not_the_country(extract_text):
    # "Cuban" after "Tom Cuban" is the person; "conservatives" in lower case is no Conservative Party (GBR).
    text = ("Tom Cuban, the owner of a hockey team who has brushed off appeals from conservatives to run, says he "
            "is open to running. “It is too early to tell,” Cuban said.")
    speakers = _speakers(extract_text(text))
    assert speakers[0] == ("Tom Cuban", "Tom Cuban", None) and speakers[-1] == ("Cuban", "Tom Cuban", None)
    assert _speakers(extract_text("Cuban officials said the talks had failed."))[0][2] == "CUB"


def test_she_does_not_follow_a_man_named_by_a_common_first_name(extract_text):
    # "Aaron" and "Beau" are men's names: "she" goes back to the woman, not to the latest speaker.
    text = ("Maria Lopez met reporters on Monday. Aaron Vell, a radio host, said the interview ran long. "
            "She said the calls had continued for months.")
    assert _speakers(extract_text(text))[-1][1] == "Maria Lopez"


def test_a_title_case_headline_word_before_a_name_is_not_part_of_the_name(extract_text):
    # A feed may end its headline line with a stop; "Star" is still no part of the person's name.
    text = ("‘Harbor’ Star Norma Leo Kett Is Set To Take ‘Comedy’ Seriously.\n\n"
            "Thanks to her latest act, Norma Leo Kett can add a new title. “I love this show,” Kett told reporters.")
    assert _speakers(extract_text(text))[-1][1] == "Norma Leo Kett"


def test_a_lede_description_takes_the_name_given_right_after_it(extract_text):
    # Delayed identification: the woman of the lede is named in the next paragraph; "she" follows.
    text = ("A woman who has accused the former mayor of fraud said Sunday that he had called her weeks later. "
            "She also described a meeting with his aides.\n\n"
            "Juana Brodrick, who runs a nursing home, recounted the call on a radio show.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names[:2] == ["Juana Brodrick", "Juana Brodrick"]


def test_a_description_later_in_the_story_stays_unnamed(extract_text):
    # Only the lede waits for its name; later a description is a new, unnamed source.
    text = ("The council met on Monday. The mayor spoke first. Residents asked about the budget. "
            "A local official said the vote would be delayed.\n\n"
            "Mara Lind, a teacher, said the schools needed money.")
    assert "local official" in [name for _, name, _ in _speakers(extract_text(text))]


def test_a_definite_description_later_in_the_story_takes_the_name_and_country_given_next(extract_text):
    # Past the lede, "the deputy head of Peru's delegation" is one person, named in the next sentence: both
    # statements are hers, with the description's country, not the story's.
    text = ("Canada hosted the forum on Friday. Canada called for calm, and Canada praised the talks. "
            "Canadian officials said more meetings would follow. Delegates from many nations attended.\n\n"
            "The deputy head of Peru's delegation said the fishing limits should stay.\n\n"
            "“This is a time to work together,” Rear Admiral Ana Quispe told reporters.")
    speakers = _speakers(extract_text(text))[-2:]
    assert [name for _, name, _ in speakers] == ["Ana Quispe", "Ana Quispe"]
    assert [code for _, _, code in speakers] == ["PER", "PER"]


def test_a_definite_plural_description_later_in_the_story_stays_unnamed(extract_text):
    # "The farmers" are many people: the person named next is one more source, not them.
    text = ("Canada hosted the forum on Friday. Canada called for calm, and Canada praised the talks. "
            "Canadian officials said more meetings would follow. Delegates from many nations attended.\n\n"
            "The farmers from Peru said the fishing limits should stay.\n\n"
            "“This is a time to work together,” Ana Quispe told reporters.")
    assert "Ana Quispe" not in [name for _, name, _ in _speakers(extract_text(text))[:-1]]


def test_a_man_is_not_named_by_the_woman_introduced_after_him(extract_text):
    text = ("A man who witnessed the crash said the driver fled.\n\n"
            "Maria Lopez, a neighbour, said she heard the impact.")
    assert [name for _, name, _ in _speakers(extract_text(text))][0] == "man"


def test_a_lede_agent_noun_takes_the_name_and_country_given_right_after_it(extract_text):
    # "hacker" is no speaker title, but the titles lexicon lists it as a person: the lede's hacker is the
    # man named next, and the nationality of the description holds for his own statement too.
    text = ("A Moldovan hacker said he had broken into the ministers' accounts.\n\n"
            "Victor Lungu told the court on Friday that he had acted alone.")
    speakers = _speakers(extract_text(text))
    assert [name for _, name, _ in speakers] == ["Victor Lungu", "Victor Lungu"]
    assert [code for _, _, code in speakers] == ["MDA", "MDA"]


def test_a_lede_agent_noun_is_not_the_next_person_whose_title_says_otherwise(extract_text):
    # The pilot who asked is not the minister introduced in the next sentence.
    text = ("Just before takeoff, the pilot asked for volunteers to move seats. "
            "So Trade Minister Tom Vale packed his notes and moved back, saying he did not mind.")
    assert [name for _, name, _ in _speakers(extract_text(text))][0] == "pilot"


def test_a_definite_role_right_after_a_named_speaker_is_that_speaker(extract_text):
    # News varies how it names the person just quoted: "the Ohio senator", "the Pakistani envoy".
    text = ("Former candidate Bernard Sandler said Thursday he shares the concerns. "
            "The Ohio senator declined to say whether the panel had gone too far.")
    assert _speakers(extract_text(text))[-1][1] == "Bernard Sandler"


def test_a_hyphenated_word_counts_once_in_a_definite_role(extract_text):
    # "the former three-term governor" is four words (six tokens): still a short role naming the last speaker;
    # a long description is not.
    text = ("Former Gov. Rick Parry said the race was down to two men. "
            "The former three-term governor rejected the idea that his rival was too divisive.")
    assert _speakers(extract_text(text))[-1][1] == "Rick Parry"
    text = ("Former Gov. Rick Parry said the race was down to two men. "
            "The long-serving former governor of the large southern state rejected the idea.")
    assert _speakers(extract_text(text))[-1][1] != "Rick Parry"


def test_a_surrogate_role_or_an_earlier_unnamed_role_is_not_the_latest_speaker(extract_text):
    # "the spokesman" after a minister spoke is someone else; "the official" is the official who spoke before.
    record = extract_text("Foreign Minister Ilya Brandt said the talks would resume. "
                          "The spokesman said no date had been set.")
    assert _speakers(record)[-1][1] != "Ilya Brandt"
    record = extract_text("A senior official said the talks had stalled. Minister Ilya Brandt said they would resume. "
                          "The official said no date had been set.")
    assert _speakers(record)[-1][1] != "Ilya Brandt"


def test_a_country_possessor_before_a_name_is_the_persons_country(extract_text):
    # "Uganda's Bobi Wine": the possessor is the person's country, even where the story is set elsewhere.
    text = ("Opposition leaders met in Zimbabwe on Monday. Zimbabwe hosted the talks. "
            "That is something that Uganda's Boba Wane knows well. “We will win,” Wane said.")
    assert _speakers(extract_text(text))[-1][1:] == ("Boba Wane", "UGA")


def test_a_place_named_with_a_country_word_gives_the_speaker_no_such_country(extract_text):
    # "New Jersey" is no Jersey (GBR), "New Mexico" no Mexico, "New South Wales" no Wales, in titles and appositions.
    text = ("New Jersey Gov. Chris Kristen called the plan dangerous. "
            "The governor of New Mexico, Michelle Lujan Grisham, said the state would sue. "
            "The premier of New South Wales, Chris Minns, said the ban would stay.")
    affiliations = [affiliation for _, _, affiliation in _speakers(extract_text(text))]
    assert len(affiliations) == 3 and not {"GBR", "MEX", "JEY"} & set(affiliations)
    assert affiliations[:2] == ["USA", "USA"]  # the US states are the governors' country


def test_the_i_of_an_opinion_piece_is_its_signed_author(extract_text):
    # Issue 13 item 3: first person outside quotations is the author the closing line names.
    text = ("Voters want new ideas.\n\nI believe our next governor will be chosen for a plan to create jobs. "
            "“Nobody cares,” a rival said.\n\nDana Morrow is a former mayor of Tarrow.")
    speakers = _speakers(extract_text(text))
    assert speakers[0][:2] == ("I", "Dana Morrow")
    record = extract_text("I believe our next governor will be chosen for a plan to create jobs.\n\n"
                          "Dana Morrow is a former mayor. Lee Park is a teacher.")
    assert _speakers(record)[0][1] is None  # two authors: "I" is neither alone


def test_a_quotation_between_a_speaker_and_the_role_naming_them_adds_no_distance(extract_text):
    text = ("Former governor Jed Bosch attacked his rival. “He is a reckless candidate. He would be a reckless "
            "president. He cannot balance a budget,” the former Ohio governor said.")
    assert _speakers(extract_text(text))[-1][1] == "Jed Bosch"


def test_a_party_noun_before_a_name_is_a_title_not_part_of_the_name(extract_text):
    text = ("Democrat Mara Lindqvist took a swipe at her rival on Sunday. "
            "Lindqvist told city leaders that the country needed steady leadership.")
    assert _speakers(extract_text(text))[-1][1] == "Mara Lindqvist"


def test_an_anonymous_official_in_the_lede_is_not_named_by_the_next_person(extract_text):
    # "A senior U.S. official" stays anonymous; an Omani minister introduced next is someone else.
    text = ("A senior U.S. official said the talks were productive.\n\n"
            "Oman's Foreign Minister Badr Zayed said both sides would meet again in Europe.")
    speakers = _speakers(extract_text(text))
    assert speakers[0][1] == "senior U.S. official" and speakers[0][2] == "USA"


def test_a_us_state_in_a_title_places_the_speaker_in_the_united_states(extract_text):
    # "former Maryland Gov.", "the Vermont senator": a state's name in the title is the person's country; a
    # state whose name is a country ("Georgia") is left to the country lexicon; the mayor takes the story's country.
    text = ("Former Maryland Gov. Martin Oakley said the wage should rise. "
            "Ohio Sen. Jane Rowe called the bill a mistake. "
            "Mayor Tom Brill said the city would wait.")
    assert [affiliation for _, _, affiliation in _speakers(extract_text(text))] == ["USA", "USA", "USA"]


def test_a_titled_surname_is_the_office_holder_of_the_day_not_the_story_country(extract_text):
    # "President Obama" is never named in full; the story is about China. In 2016 the one listed Obama
    # holding an office of a country the article names is the US president; in 2020 he holds none.
    text = ("China expanded its navy this year. China also built islands, and China denied any threat. "
            "U.S. ships sailed past the islands. President Obama said the islands were a threat.")
    assert ("Obama", "USA") in [s[1:] for s in _speakers(extract_text(text, published="2016-04-01"))]
    assert ("Obama", "CHN") in [s[1:] for s in _speakers(extract_text(text, published="2020-04-01"))]


def test_a_surname_without_a_title_is_not_looked_up(extract_text):
    text = ("China expanded its navy this year. China also built islands, and China denied any threat. "
            "Obama, a local shopkeeper, said prices were rising.")
    assert _speakers(extract_text(text, published="2016-04-01"))[-1][2] != "USA"


def test_a_titled_surname_of_a_country_the_article_never_names_is_not_looked_up(extract_text):
    text = "Kenya expanded its navy. Kenya also built ports. President Obama said the ports would help trade."
    assert _speakers(extract_text(text, published="2016-04-01"))[-1][2] == "KEN"


def test_an_aide_takes_the_country_of_the_principal_the_title_names(extract_text):
    # "Obama's deputy national security adviser": the aide is his principal's, not the story country's.
    text = ("China expanded its navy this year. China also built islands, and China denied any threat. "
            "U.S. ships sailed past the islands. President Obama said the islands were a threat. "
            "“We will protect our friends,” said Ben Rhoads, Obama's deputy national security adviser.")
    assert _speakers(extract_text(text, published="2016-04-01"))[-1][1:] == ("Ben Rhoads", "USA")


def test_a_body_named_after_a_known_person_takes_the_persons_country(extract_text):
    # "the Obama administration" is the administration of the Obama the article names, not the story's country.
    text = ("France raised its alert level. France closed schools, and France deployed troops. "
            "President Barack Obama called President Hollande on Tuesday. "
            "The Obama administration says the hunt for the group's leader continues.")
    speakers = _speakers(extract_text(text, published="2016-06-17"))
    assert ("The Obama administration", "Obama administration", "USA") in speakers


def test_a_place_based_title_places_the_speaker_not_the_story_country(extract_text):
    # "Los Angeles-based attorney": where the speaker works, before the story's country (Azerbaijan).
    text = ("Azerbaijan fought Armenia over the region. Azerbaijan won the war, and Azerbaijan kept the land. "
            "“It is shortsighted,” explained Chicago-based attorney Edgar Martirosan. “It is no surprise.”")
    assert {s[1:] for s in _speakers(extract_text(text))} == {("Edgar Martirosan", "USA")}


def test_an_unknown_place_before_based_gives_no_country(extract_text):
    # A word the gazetteer does not know as a country, region or major city is no place: the back-off stands.
    text = ("Azerbaijan fought Armenia over the region. Azerbaijan won the war, and Azerbaijan kept the land. "
            "“It is shortsighted,” explained Zorblax-based attorney Edgar Martirosan.")
    assert {s[1:] for s in _speakers(extract_text(text))} == {("Edgar Martirosan", "AZE")}


def test_a_country_before_an_expert_noun_is_the_topic_not_the_nationality(extract_text):
    # "a China analyst" studies China; "a Chinese analyst" with nothing else said may be Chinese.
    text = ("Kenya held elections. Kenya voted, and Kenya counted. Kenya waited. "
            "Bill Bishop, a China analyst, said Beijing was watching. "
            "Li Wei, a Chinese analyst, said talks were dead.")
    speakers = {name: affiliation for _, name, affiliation in _speakers(extract_text(text))}
    assert speakers["Bill Bishop"] != "CHN"
    assert speakers["Li Wei"] == "CHN"


def test_a_demonym_expert_at_a_placed_institution_takes_the_institutions_country(extract_text):
    # "a North Korean expert at the ... Institute in California": an expert on North Korea, working in the US.
    text = ("North Korea tested missiles. North Korea fired again, and North Korea warned Seoul. "
            "“No engagement is planned,” said Joshua Pollock, a North Korean expert at the Middlebury "
            "Institute of International Studies in California.")
    assert ("Joshua Pollock", "USA") in [s[1:] for s in _speakers(extract_text(text))]


def test_a_sentence_opening_on_a_place_places_its_speaker(extract_text):
    # "In Sudan, ..." in a story mostly about Chad: the speaker is Sudanese; "In Khartoum," the same by its city.
    text = ("Sudan and Chad clashed. Chad closed the border, and Chad sent troops. "
            "In Sudan, opposition leader Ahmed Musa said the war must stop. "
            "In Khartoum, protesters said prices were rising.")
    speakers = [s[1:] for s in _speakers(extract_text(text))]
    assert speakers == [("Ahmed Musa", "SDN"), ("protesters", "SDN")]


def test_an_opening_phrase_that_is_no_place_places_nobody(extract_text):
    text = ("Sudan and Chad clashed. Chad closed the border, and Chad sent troops. "
            "In an interview, Ali Baba said the war was over. In 2018, Omar Dee said peace was near.")
    assert {s[2] for s in _speakers(extract_text(text))} == {"TCD"}


def test_the_place_of_a_persons_first_statement_holds_for_the_later_ones(extract_text):
    text = ("Sudan and Chad clashed. Chad closed the border, and Chad sent troops. "
            "In Sudan, opposition leader Ahmed Musa said the war must stop. Later, he said talks would resume.")
    assert [s[2] for s in _speakers(extract_text(text))] == ["SDN", "SDN"]


def test_the_place_opening_the_sentence_that_introduces_a_person_places_later_statements(extract_text):
    # A roundup of foreign reactions to a US event: the columnist introduced "In London," is British, though
    # the statements come in later sentences and the story is mostly about the United States.
    text = ("Senators in Washington met on Monday. The White House and Congress argued about guns. "
            "In London, Tom Hale, a columnist, left a television studio. Mr. Hale argued the attack was a hate crime. "
            "\u201cThis was hatred,\u201d Mr. Hale said.")
    assert {s[1:] for s in _speakers(extract_text(text)) if s[1] == "Tom Hale"} == {("Tom Hale", "GBR")}


def test_a_person_introduced_in_a_sentence_opening_on_no_place_keeps_the_story_country(extract_text):
    text = ("Senators in Washington met on Monday. The White House and Congress argued about guns. "
            "In an interview, Tom Hale, a columnist, left a television studio. Mr. Hale argued the attack was a "
            "hate crime.")
    assert {s[2] for s in _speakers(extract_text(text)) if s[1] == "Tom Hale"} == {"USA"}


def test_an_ambassador_to_the_un_is_no_un_official(extract_text):
    # "Former U.N. Ambassador": a state's envoy to the UN (here the story's country), not the UN's; the UN's own
    # special envoy stays UNO.
    text = ("Republicans met in Cleveland. The Senate voted, and Congress adjourned. "
            "Former U.N. Ambassador John Bolten said the plan was weak. Bolten added that Iran could not be trusted. "
            "The UN special envoy for Syria, Staffan Misty, said talks would resume.")
    speakers = [s[1:] for s in _speakers(extract_text(text))]
    assert speakers == [("John Bolten", "USA"), ("John Bolten", "USA"), ("Staffan Misty", "UNO")]


def test_unplaced_speakers_take_the_country_most_named_speakers_belong_to(extract_text):
    # A story about China told by three US officials: the official the text gives no country is theirs. The
    # state before a title ("Texas Sen.") places the senators even when the parser leaves it out of the title.
    # (China is named six times, the US never: the story's country is China's.)
    text = ("China built islands. China expanded its navy, and China denied any threat. China warned Japan. "
            "China sent ships, and China held drills. Texas Sen. Jim Rich said the islands were a threat. "
            "Ohio Sen. Ann Cole said the navy would sail on. New York Gov. Bob Lee said his state agreed. "
            "Dan Kritten, senior director for ocean policy at the National Security Council, said talks would go on.")
    speakers = [s[1:] for s in _speakers(extract_text(text))]
    assert speakers[1:] == [("Jim Rich", "USA"), ("Ann Cole", "USA"), ("Bob Lee", "USA"), ("Dan Kritten", "USA")]


def test_one_foreign_speaker_does_not_move_the_story_country(extract_text):
    text = ("China built islands. China expanded its navy, and China denied any threat. China warned Japan. "
            "U.S. Secretary of State Jon Kerrie said the islands were a threat. "
            "Li Wei, a spokesman, said the islands were Chinese.")
    assert ("Li Wei", "CHN") in [s[1:] for s in _speakers(extract_text(text))]



def test_surname_with_an_elided_particle_finds_the_full_name(extract_text):
    # The tagger reads "D’Souza" as a common noun; the name is still one person's, named in full first.
    text = ("Filmmaker and author Dinesh D’Souza made a prediction on Monday. "
            "D’Souza replied, “I would bet on the governor.” “We should never confuse the two,” he added.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names == ["Dinesh D’Souza", "Dinesh D’Souza"]


def test_bare_surname_skips_the_generational_suffix(extract_text):
    # "Morris J. Brooks Jr." is "Brooks" later; the suffix is no surname.
    text = ("The seat went in 2010 to Morris J. Brooks Jr., a lawyer from Huntsville. "
            "Representative Brooks argued last year that the mill towns needed tariffs.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names[0] == "Morris J. Brooks Jr."


def test_a_name_only_the_title_gives_does_not_take_the_bare_surname(extract_text):
    # "Will Sanders" in a sentence-case title is no person the body names; the body's Sanders is Bernie.
    text = ("Game over: Will Sanders climb down at last?\n\n"
            "Bernie Sanders took the caucus in Maine on Saturday. Sanders said the race was not over.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names == ["Bernie Sanders"]


def test_a_family_name_shared_in_the_body_still_goes_to_the_first_named(extract_text):
    # Without a title line the principal is the person introduced first (the father), not the son.
    text = ("Former prime minister Sali Berisha said the case was political. "
            "His son Shkelzen Berisha denied wrongdoing. Berisha said he would appeal.")
    names = [name for text_, name, _ in _speakers(extract_text(text)) if text_ == "Berisha"]
    assert names == ["Sali Berisha"]


def test_a_title_colon_ends_the_name_and_the_particle_surname_is_the_person(extract_text):
    # "De Luca: Trust Moreno" is no name; the title's "De Luca" is the body's Gina de Luca.
    text = ("De Luca: Trust Moreno on crime, not the governor.\n\n"
            "Mayor Gina de Luca brushed off attacks from the governor on Friday. "
            "De Luca said the decision was made by police commissioner Tom Moreno.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names and set(names) == {"Gina de Luca"}


def test_who_on_a_description_in_apposition_is_the_named_person(extract_text):
    # "who" hangs on "supporter" / "opposition", inside descriptions of the named person.
    text = ("“Does anyone here check the facts?” said Ed Varney, an Ohio delegate and party donor "
            "who has accused rival camps of bullying his friends.")
    assert [name for _, name, _ in _speakers(extract_text(text))][-1] == "Ed Varney"
    text = ("The plan was mocked by Greta Lind, the leader of the opposition in the region, "
            "who suggested that the minister should resign.")
    assert [name for text_, name, _ in _speakers(extract_text(text)) if text_ == "who"] == ["Greta Lind"]


def test_who_on_a_plain_group_stays_the_group(extract_text):
    text = "Officials met a group of farmers who said the drought had ruined their crops."
    assert [name for _, name, _ in _speakers(extract_text(text))] == ["farmers"]


def test_a_role_after_a_quoted_question_still_names_the_person_who_just_spoke(extract_text):
    # The second quotation (a sentence of its own, opening on a quote mark) adds no narrative sentence.
    text = ("In an interview, Kelly Ayotte would not rule out a change. “You always keep the door open "
            "to a rethink,” Ayotte said. “Why would I not say so?” The Republican incumbent added that "
            "her stance was sincere.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names[-1] == "Kelly Ayotte"


def test_two_lower_case_titles_joined_before_one_name_are_one_person(extract_text):
    text = ("GOP Senate hopeful and former dentist Ray Colton responded on Sunday to claims "
            "that he inflated his resume.")
    assert [name for _, name, _ in _speakers(extract_text(text))][0] == "Ray Colton"
    # A determiner makes two people: the minister, and his deputy.
    text = "The minister and his deputy John Smith said the talks had failed."
    assert [name for _, name, _ in _speakers(extract_text(text))][0] != "John Smith"


def test_a_gender_learned_from_she_holds_for_later_mentions(extract_text):
    # "she" teaches that Ayotte is a woman; a later "he" is Trump, not Ayotte named again since.
    text = ("Kelly Ayotte says she will back the nominee. She said she does not mean to switch. "
            "“I went to every rally,” Ayotte said. Ayotte has clashed with Donald Trump once, saying she was "
            "“shocked” by his posts. For that she earned Trump's scorn - he called her “soft.”")
    assert [name for text_, name, _ in _speakers(extract_text(text)) if text_ == "he"] == ["Donald Trump"]


def test_a_pronoun_of_known_gender_prefers_the_person_of_that_gender_named_since(extract_text):
    # The thread's speaker has no known gender; Ms. Merkel, named since, is "her".
    text = ("“If nothing changes, the bloc will break apart,” said Pim Aalders, an analyst in Brussels. "
            "In Germany, where Ms. Merkel's standing has been hurt by her decision to admit the migrants, "
            "critics said the policy had failed.")
    assert [name for text_, name, _ in _speakers(extract_text(text)) if text_ == "her"] == ["Merkel"]


def test_a_role_after_as_is_no_antecedent_of_he(extract_text):
    # "Ban's term as U.N. leader": the role the finder keeps as an unnamed person is not the subject.
    text = ("Ban Ki-hoon, the secretary general of the U.N., waited in a lobby on Friday.\n\n"
            "“I thank every side that took part,” he said.\n\n"
            "Ban's term as U.N. leader ends next spring. He said that he will keep working on the deal.")
    assert [name for _, name, _ in _speakers(extract_text(text))] == ["Ban Ki-hoon"] * 2


def test_a_hyphenated_role_names_the_person_who_just_spoke(extract_text):
    text = ("“We're not losing, but it's too early to call it,” Joan Whitaker said on Sunday. "
            "“And I think there is more work we must do.”\n\n"
            "The Democratic Senate front-runner and former attorney general said the ground effort "
            "needed more money.")
    assert [name for _, name, _ in _speakers(extract_text(text))][-1] == "Joan Whitaker"


def test_he_stays_with_the_speaker_when_the_other_man_is_named_in_his_own_sentence_or_words(extract_text):
    # Dodik is named in Stevandic's apposition, the president in what Hassan urged: neither is "he".
    text = ("“Mr. Dodik will not cooperate,” Nobilo said. Nenad Stevandic, the assembly speaker and a close ally "
            "of Dodik, denounced the moves. “We are absolutely right,” he said on Wednesday.")
    assert [name for text_, name, _ in _speakers(extract_text(text)) if text_ == "he"] == ["Nenad Stevandic"]
    text = ("Ilyas Ali Hassan, a member of the upper house, urged President Mohamed Abdullahi Mohamed to avoid "
            "decisions that threaten stability. He also urged the president to return to talks.")
    assert [name for text_, name, _ in _speakers(extract_text(text)) if text_ == "He"] == ["Ilyas Ali Hassan"]


def test_after_a_long_gap_he_is_the_name_beside_the_role_not_the_role(extract_text):
    # The thread's speaker is too far back; the sentence names Ban and his role: "He" is Ban.
    text = ("Ban Ki-hoon, the secretary general of the U.N., waited in a lobby on Friday.\n\n"
            "“I thank every side that took part,” he said.\n\n"
            "The accord links promises made by many states. It sets rules for monitoring. It offers aid to "
            "poor nations. Its targets are voluntary. Some countries doubt it. Others praise it. Many scientists "
            "call it a start.\n\n"
            "Ban's term as U.N. leader ends next spring. He said that he will keep working on the deal.")
    assert [name for text_, name, _ in _speakers(extract_text(text)) if text_ == "He"] == ["Ban Ki-hoon"]


def test_a_local_story_naming_no_country_is_placed_by_its_cities(extract_text):
    # A city story names no country, only its boroughs: its local speakers are American.
    text = ("Skaters gathered in the Bronx on Saturday. Others rode over from Brooklyn and the Bronx. "
            "Maria Lopez, who organizes the rides, said the park needed more lights.")
    record = extract_text(text)
    assert ("Maria Lopez", "Maria Lopez", "USA") in _speakers(record)


def test_one_city_named_once_places_no_story(extract_text):
    # One stray place name is too little to place a story that names no country.
    text = "Maria Lopez, who bought a painting of Brooklyn, said the colours were bright."
    record = extract_text(text)
    assert _speakers(record) == [("Maria Lopez", "Maria Lopez", None)]


def test_a_place_name_near_a_city_is_no_fuzzy_match():
    from accord.stages.entities.context import _named_place_country

    assert _named_place_country("the Bronx") == "USA"
    assert _named_place_country("Florida") == "USA"  # the US state, not the city Floridablanca
    assert _named_place_country("Upper Manhattan") is None


def test_a_pronoun_owned_group_is_the_organisation_just_named(extract_text):
    text = ("Kenya's police fired tear gas at protesters. Kenya's president called for calm. "
            "John Mwangi founded the Kenya Human Rights Commission. His organization said 20 people were killed.")
    record = extract_text(text)
    assert _speakers(record)[-1] == ("His organization", "Human Rights Commission", "KEN")


def test_a_pronoun_owned_group_is_no_organisation_named_paragraphs_before(extract_text):
    # The army was named three sentences back: "her group" is Sara Khan's charity, which no lexicon knows.
    text = ("Pakistan's army said it killed ten militants. Pakistan has long fought insurgents. "
            "Pakistani officials say the area is calm. Sara Khan heads Voices for Peace, a local charity. "
            "Her group said the operation had displaced families.")
    record = extract_text(text)
    speaker = _speakers(record)[-1]
    assert speaker[0] == "Her group" and speaker[1] != "army"


def test_the_country_an_expert_studies_is_not_the_experts(extract_text):
    text = ("Iran's foreign minister met his Omani counterpart in Muscat. Iran says its program is peaceful. "
            "Iran has enriched uranium. Mark Dubowitz, an American expert on Iran, said Tehran was stalling. "
            "Nadia Brooks, an expert on Iran, said the talks would fail.")
    speakers = _speakers(extract_text(text))
    assert ("Mark Dubowitz", "Mark Dubowitz", "USA") in speakers
    assert ("Nadia Brooks", "Nadia Brooks", None) in speakers


def test_a_topic_phrase_gives_way_to_the_institution_that_places_the_expert():
    from accord.stages.entities.topics import described_country

    assert described_country("an expert on Iran at the Wilson Center") == (True, "USA")
    assert described_country("an expert on Russian politics at Chatham House") == (True, "GBR")
    assert described_country("an American expert on Iran") == (False, None)  # the demonym is the nationality
    assert described_country("an expert on nuclear policy") == (False, None)  # no country topic: no rule


_IRAN_STORY = ("Iran's foreign minister met his Omani counterpart in Muscat. Iran says its program is peaceful. "
               "Iran has enriched uranium. Iran wants sanctions lifted. ")


def test_a_us_legislator_titled_by_party_is_american_in_a_foreign_story(extract_text):
    text = _IRAN_STORY + ("Republican Senator Jim Halvorsen said the deal was weak. "
                          "Democratic Rep. Anna Kowalski said talks should go on.")
    speakers = _speakers(extract_text(text))
    assert ("Republican Senator Jim Halvorsen", "Jim Halvorsen", "USA") in speakers
    assert ("Democratic Rep. Anna Kowalski", "Anna Kowalski", "USA") in speakers


def test_a_party_word_not_right_before_the_title_places_no_one():
    from accord.stages.entities.party_tags import party_title_country

    assert party_title_country("Democratic Party Rep.") is None  # South Korea's usage
    assert party_title_country("Democratic lawmaker") is None
    assert party_title_country("GOP Sen.") == "USA"


def test_a_us_party_presidential_candidate_is_american_in_a_foreign_story(extract_text):
    text = _IRAN_STORY + ("Democratic presidential candidate Mara Ellison said the deal was weak. "
                          "The Republican nominee, Tom Brandt, said sanctions should stay.")
    speakers = _speakers(extract_text(text))
    assert ("Democratic presidential candidate Mara Ellison", "Mara Ellison", "USA") in speakers
    assert any(name == "Tom Brandt" and code == "USA" for _, name, code in speakers)


def test_a_us_state_in_a_description_before_the_name_places_the_person(extract_text):
    # The Mexican officials outnumber the US ones; "The Texas governor, ..." still names a US state's office.
    text = ("The Texas governor, Dale Whitcomb, said the border was secure. Mexican officials said they were talking "
            "to Washington. Mexico's president said Mexico would not pay.")
    speakers = _speakers(extract_text(text))
    assert ("The Texas governor", "Dale Whitcomb", "USA") in speakers
    assert ("Mexican officials", "officials", "MEX") in speakers


def test_a_party_candidacy_outside_us_usage_places_no_one():
    from accord.stages.entities.party_tags import party_title_country

    assert party_title_country("Democratic presidential front-runner") == "USA"
    assert party_title_country("the GOP nominee") == "USA"
    assert party_title_country("Democratic candidate") is None  # such parties run candidates elsewhere too
    assert party_title_country("Democratic Party candidate") is None  # South Korea's usage
    assert party_title_country("Republican candidate") is None


def test_a_language_before_a_teacher_gives_way_to_the_employer_place():
    from accord.stages.entities.topics import described_country

    # "English" names the subject taught; the university's city names where the professor works.
    assert described_country("an English professor at Lakeview University in Tampa, Fla.") == (True, "USA")
    assert described_country("a French teacher at a school in Lyon") == (True, "FRA")
    assert described_country("a Russian professor at Harvard University") == (True, "USA")
    assert described_country("a Chinese professor") == (False, None)  # nothing else said: maybe the nationality
    assert described_country("a Chinese professor at Peking University") == (True, "CHN")


def test_us_congressional_committees_and_commands_place_their_members(extract_text):
    text = _IRAN_STORY + ("Brian Haskell, who chairs the House Foreign Affairs Committee, said the deal was weak. "
                          "CENTCOM commander Michael Dorran said the drone was Iranian.")
    speakers = _speakers(extract_text(text))
    assert ("Brian Haskell", "Brian Haskell", "USA") in speakers
    assert ("CENTCOM commander Michael Dorran", "Michael Dorran", "USA") in speakers


def test_a_named_pollster_places_its_poll_not_the_story_country(extract_text):
    text = ("Ukraine's army retreated from Pokrovsk. Ukraine asked for more arms. Ukraine's president met allies. "
            "One Ipsos survey found that half of Germans fear the war will spread.")
    assert ("One Ipsos survey", "Ipsos", "MNC") in _speakers(extract_text(text))


def test_a_court_named_by_a_city_of_two_words_sits_in_that_city():
    from accord.nlp import load_model
    from accord.stages.entities.venue import venue_country

    # "New" hangs on "York", not on "court": the place is New York (USA), not the English city of York.
    assert venue_country(load_model()("An Iranian man went on trial in a New York court on Monday.")) == "USA"


def test_an_international_courts_judges_and_prosecutor_take_the_courts_code(extract_text):
    text = ("The International Criminal Court issued an arrest warrant for Israel's prime minister. "
            "Israel rejected the court's authority. Israel says it acts in self-defense. "
            "Prosecutor Karim Khan said there were reasonable grounds. The court's judges said the warrant was lawful.")
    speakers = {name: affiliation for _, name, affiliation in _speakers(extract_text(text))}
    assert speakers["Karim Khan"] == "IGO"
    assert speakers["court's judges"] == "IGO"


def test_a_pronoun_owned_group_is_no_organisation_named_before_another_person(extract_text):
    # "his" is Trump, named after the department: his organization is not the department.
    text = ("Donald Trump owns the rink. The Public Works Department canceled the contract on Monday. "
            "For Trump’s part, his organization said the contracts were protected.")
    record = extract_text(text)
    owned = [name for text_, name, _ in _speakers(record) if text_ == "his organization"]
    assert owned and owned[0] != "Public Works Department"


_RUSSIA_STORY = ("Russia launched drones at Ukraine overnight. Russia said it hit military targets. Russia's defense "
                 "ministry said 40 drones were shot down. Russia denies targeting civilians. ")


def test_a_resident_of_a_city_belongs_to_its_country(extract_text):
    text = _RUSSIA_STORY + "Olena Kovalenko, a resident of Kharkiv, told VOA her building shook."
    assert ("Olena Kovalenko", "Olena Kovalenko", "UKR") in _speakers(extract_text(text))


def test_a_post_in_a_city_places_the_post_not_the_person():
    from accord.nlp import load_model
    from accord.stages.entities.residence import residence_country

    doc = load_model()("Anna Berg, a correspondent in Moscow, said the city was calm.")
    assert residence_country(doc[3:7]) is None  # "a correspondent in Moscow"
    doc = load_model()("Anna Berg, a shopkeeper in Moscow, said the city was calm.")
    assert residence_country(doc[3:7]) == "RUS"


def test_a_town_unknown_to_the_gazetteer_is_placed_by_the_region_written_after_it():
    from accord.nlp import load_model
    from accord.stages.entities.residence import residence_country

    nlp = load_model()
    assert residence_country(nlp("Ivan Petrenko, a farmer in Bucha, Ukraine, said the soldiers left.")[3:9]) == "UKR"
    doc = nlp("Mira Dunn, a fisherman in Lunenburg, Nova Scotia, has opened a shop.")
    assert residence_country(doc[3:10]) == "CAN"  # a province only Canada has
    # Punjab is a province of India and of Pakistan: the city decides.
    assert residence_country(nlp("Ali Khan, a shopkeeper in Multan, Punjab, said prices rose.")[3:9]) == "PAK"


def test_a_resident_of_a_town_the_tagger_takes_for_a_person_belongs_to_its_country(extract_text):
    # The small model labels "Goma" and "Kherson" persons after "a resident of"; Bucha and Kherson are below the
    # gazetteer's size for an untagged city, but a residence phrase makes its object a place.
    speakers = _speakers(extract_text(_RUSSIA_STORY + "Olena Bondar, a resident of Kherson, said the shelling went on."))
    assert ("Olena Bondar", "Olena Bondar", "UKR") in speakers
    speakers = _speakers(extract_text("WASHINGTON — \"We have nothing,\" said Esther Kahindo, a resident of Goma."))
    assert ("Esther Kahindo", "Esther Kahindo", "COD") in speakers


@pytest.mark.parametrize("description, code", [
    ("who lives in Rafah", "PSE"),
    ("45, from Mariupol", "UKR"),
    ("who fled Mariupol last year", "UKR"),
    ("a 45-year-old teacher who lives in Goma", "COD"),
    # a larger Russian city (Engels) was once called Pokrovsk: the town whose own name it is wins
    ("who fled Pokrovsk last year", "UKR"),
])
def test_a_town_a_person_lives_in_or_comes_from_outranks_the_story_country(extract_text, description, code):
    # The story names Russia most; the person's own description places them in another country's town.
    text = _RUSSIA_STORY + f"\"We have nothing left,\" said Amal Haddad, {description}."
    assert ("Amal Haddad", "Amal Haddad", code) in _speakers(extract_text(text))


def test_a_sentence_opening_on_a_mid_size_town_places_its_speaker(extract_text):
    # "In Kherson," opens the speaker's sentence; the town is below the size read for an untagged city.
    text = _RUSSIA_STORY + "In Kherson, Olena Bondar said the shelling went on all night."
    assert ("Olena Bondar", "Olena Bondar", "UKR") in _speakers(extract_text(text))


def test_of_a_small_town_named_like_a_university_is_no_home():
    from accord.nlp import load_model
    from accord.stages.entities.residence import residence_country

    doc = load_model()("\"The deal is weak,\" said Professor Anne Lee of Georgetown.")
    # "of Georgetown" names her university; a town of that name abroad is too small to be read after "of"
    assert residence_country(doc[-2:-1]) is None


def test_of_a_person_is_no_residence_after_a_kin_noun():
    from accord.nlp import load_model
    from accord.stages.entities.residence import residence_country

    doc = load_model()("Joseph Kabange, the son of Kabila, said the rally was peaceful.")
    assert residence_country(doc[3:7]) is None  # "of Kabila" names his father, not a town


_US_STORY = ("The United States weighed new sanctions on Monday. The U.S. Senate will vote next week. "
             "U.S. officials said the talks had stalled. ")


@pytest.mark.parametrize("description", [
    "a onetime adviser on Syria to the last government",
    "a consultant on Ukraine",
    "the special representative for Syria",
    "a former negotiator with Iran",
])
def test_a_place_naming_a_roles_brief_is_not_the_holders_country(extract_text, description):
    # The place is what the work is about or whom it faces: the holder is the story's (here US) person.
    text = _US_STORY + f"\"The talks will fail,\" said Frederic Hale, {description}."
    speakers = _speakers(extract_text(text))
    assert ("Frederic Hale", "Frederic Hale", "USA") in speakers


def test_a_negotiator_for_a_country_keeps_it():
    from accord.nlp import load_model
    from accord.stages.entities.non_affiliations import coding_text

    doc = load_model()("Ali Rezaei, the chief negotiator for Iran, said the talks would go on.")
    assert "Iran" in (coding_text(doc[3:10]) or "")  # "for Iran": he speaks for Iran
    doc = load_model()("Ali Rezaei, a former negotiator with Iran, said the talks would go on.")
    assert "Iran" not in (coding_text(doc[3:9]) or "")  # "with Iran": the other side


_KENYA_STORY = ("Kenya plans to close the Dadaab camp. Kenya says the camps shelter militants. "
                "Kenya's interior ministry set a deadline. ")


def test_a_refugee_whose_own_clause_says_they_fled_keeps_their_country(extract_text):
    cases = {
        "Abdullahi Osman Haji was among the first refugees to arrive at Dadaab nearly 30 years ago, driven from "
        "Somalia by civil war. He said life in Kenya was hard.": "SOM",
        "Amina Yusuf is among thousands who fled Sudan last year. She said she could not go back.": "SDN",
        "Amina Yusuf fled Somalia in 1991. She said she could not go back.": "SOM",
    }
    for sentences, code in cases.items():
        assert _speakers(extract_text(_KENYA_STORY + sentences))[-1][2] == code, sentences


def test_a_described_speaker_who_fled_keeps_the_country_left(extract_text):
    # A flight clause on a speaker named by a noun ("the family") gives the country left, not the camp's.
    text = _KENYA_STORY + "Having fled Sudan last year, the family said they feared being sent back."
    assert _speakers(extract_text(text))[-1][2] == "SDN"


def test_people_a_flight_clause_takes_up_keep_the_country_left(extract_text):
    # "the couple" of the next sentence are the two people just introduced: both fled Syria.
    text = _KENYA_STORY + ("At a clinic in Nairobi, Ahmad Halabi and his wife, Rania Halabi, waited for news. "
                           "Having fled Syria in 2015, the couple said they feared being sent back. "
                           "“We have nowhere to go,” Mr. Halabi said.")
    speakers = _speakers(extract_text(text))
    assert speakers[-1][1:] == ("Ahmad Halabi", "SYR")
    assert speakers[-2][2] == "SYR"


def test_a_flight_clause_after_an_unrelated_subject_gives_no_origin(extract_text):
    # The sentence after the official's introduction tells of another subject's flight: he stays Kenyan.
    text = _KENYA_STORY + ("Interior official John Otieno visited the camp on Monday. Having fled Somalia in 1991, "
                           "Amina Yusuf runs a school there. Otieno said the deadline would hold.")
    assert _speakers(extract_text(text))[-1][1:] == ("John Otieno", "KEN")


@pytest.mark.parametrize(("sentence", "code"), [
    ("A Somali refugee, Hodan Ali said she could not go back.", "SOM"),
    ("An Ethiopian exile, Dawit Bekele said the camps were full.", "ETH"),
])
def test_a_fronted_description_before_a_full_name_codes_the_person(extract_text, sentence, code):
    # "A Somali refugee, Hodan Ali said": the description before the comma and the whole name places the person.
    assert _speakers(extract_text(_KENYA_STORY + sentence))[-1][2] == code


def test_who_drives_people_from_a_place_is_not_from_it(extract_text):
    # The active subject of "drove ... from" is the one who drove them out, placed by the story.
    text = _KENYA_STORY + ("Police commander John Otieno drove the smugglers from Mogadishu. "
                           "He said the order was lawful.")
    assert _speakers(extract_text(text))[-1] == ("He", "John Otieno", "KEN")


@pytest.mark.parametrize("text", [
    # The lede's description gives a country, place or party the person named next does not share.
    "Chile's trade minister said on Friday that the deal had stalled. Secretary of State Ann Fulmer said the "
    "United States would keep talking.",
    "A lawmaker from Denver said the storm had closed several roads. Tom Reyes, a plumber in Phoenix, said his "
    "street was flooded.",
    "The Democratic nominee said the count was unfair. Lena Voss, the Libertarian candidate, said she would "
    "stay in the race.",
])
def test_a_lede_description_is_not_the_person_of_another_country_place_or_party(extract_text, text):
    speakers = _speakers(extract_text(text))
    assert speakers[0][1] != speakers[1][1]


def test_a_role_of_another_party_does_not_name_the_person_just_named(extract_text):
    text = ("Lena Voss, the Libertarian candidate, spoke in Denver on Friday. "
            "The Republican nominee said the debate was rigged.")
    assert _speakers(extract_text(text))[0][1] != "Lena Voss"


def test_an_anonymous_party_member_familiar_with_a_campaign_is_not_its_candidate(extract_text):
    text = ("Tom Barker spent the week in Ohio. "
            "One Democrat familiar with the Barker campaign said the polls looked weak.")
    assert _speakers(extract_text(text))[0][1] != "Tom Barker"


@pytest.mark.parametrize(("one", "other", "conflict"), [
    ("Miami", "Florida", False),  # a city lies in its state
    ("Kyiv", "Ukraine", False),  # a capital lies in its country
    ("Texas", "Houston", False),
    ("Houston", "Miami", True),  # cities of two US states
    ("Florida", "Texas", True),
    ("Moscow", "Ukraine", True),  # a city of another country
])
def test_places_conflict_only_when_neither_contains_the_other(one, other, conflict):
    from accord.stages.statements.description_conflicts import places_conflict
    assert places_conflict(one, other) is conflict
    assert places_conflict(other, one) is conflict


def test_a_lede_description_of_a_state_can_be_the_person_of_a_city_in_it(extract_text):
    text = ("A lawmaker from Florida said the storm had closed several roads. Tom Reyes, a state senator from "
            "Miami, said his district was flooded.")
    speakers = _speakers(extract_text(text))
    assert speakers[0][1] == speakers[1][1] == "Tom Reyes"


@pytest.mark.parametrize("text", [
    # An anonymous source described through a named person is not that person (guard: right on integ11).
    "Senator Mark Holt voted against the bill on Tuesday. One aide close to Holt said the senator had doubts.",
    "Governor Ellen Smith vetoed the budget. A person familiar with Smith's thinking said she wanted deeper cuts.",
    "One aide close to Mark Holt said the vote would fail. Holt said later that he had doubts.",
    "A source close to Ellen Smith said the governor would veto the budget. Smith declined to comment.",
])
def test_an_anonymous_source_described_through_a_person_is_not_that_person(extract_text, text):
    first = extract_text(text).statements[0].speaker
    assert first.name not in {"Mark Holt", "Ellen Smith"}


def test_a_definite_role_does_not_name_an_unnamed_role_that_spoke_before(extract_text):
    # "The WHO chief" is no second mention of "an OCHA spokesperson": that speaker has a role, not a name.
    text = ("BAGHDAD — Iraqi officials said on Monday that the camp was full. An OCHA spokesperson said the roads "
            "were closed. The WHO chief said cholera was spreading.")
    assert _speakers(extract_text(text))[-1] == ("The WHO chief", "WHO chief", "UNO")


def test_capitalised_title_with_a_name_in_apposition_is_that_person(extract_text):
    # The tagger calls "CEO" a proper noun; the name set off after it still names the speaker.
    text = "The Morton Group's CEO, Julia Brandt, said the two firms had acted lawfully."
    assert [name for _, name, _ in _speakers(extract_text(text))] == ["Julia Brandt"]


def test_media_role_is_not_the_newsmaker_who_spoke_last(extract_text):
    # Two hosts interview the candidate: "the host" is one of them (which, the text does not say), never her.
    text = ("Hillary Clinton spoke with morning hosts Joe Marsh and Mia Brandt on Friday. "
            "\"I went because it would be fun,\" Clinton said. \"I said she was right,\" the host said.")
    names = [name for _, name, _ in _speakers(extract_text(text))]
    assert names[0] == "Hillary Clinton"
    assert names[-1] != "Hillary Clinton"


def test_newsmaker_role_after_a_host_spoke_names_the_newsmaker(extract_text):
    text = ("Months after attacking Ohio Sen. Dana Hollis over his remarks, radio host Tom Brandt said Tuesday that "
            "the feud was over. \"Hollis won tonight and I was glad to see it,\" Brandt said during his program "
            "after the two-term senator comfortably took the primary, remarking that the party needed unity.")
    assert _speakers(extract_text(text))[-1][:2] == ("the two-term senator", "Dana Hollis")


def test_female_and_neutral_forms_of_a_title_are_titles_not_names(extract_text):
    # "Chairwoman", "chairperson", "Chair", "police spokeswoman": the title lexicon held only "chairman" and
    # "police spokesman", so the title was read as part of the name.
    text = ("Chairwoman Ruth Levy said the panel would meet. \"This is a crisis,\" said committee chairperson "
            "Ana Ruiz. Police spokeswoman Amina Yusuf said two men were arrested. Committee Chair Noor Halim "
            "said the hearing would resume.")
    speakers = [(s.speaker.name, s.speaker.title) for s in extract_text(text).statements]
    assert speakers == [("Ruth Levy", "Chairwoman"), ("Ana Ruiz", "committee chairperson"),
                        ("Amina Yusuf", "police spokeswoman"), ("Noor Halim", "Committee Chair")]


def test_a_title_before_the_rev_and_a_name_codes_the_person(extract_text):
    # "Vatican spokesman the Rev. X": the title chain runs over "the Rev."; the person is the Vatican's.
    text = ("WASHINGTON - Senator Tom Miles campaigned in New York on Thursday, and American voters lined up to see "
            "him. Vatican spokesman the Rev. Marco Bellini told reporters that the visit was private. "
            "Bellini said no meeting was planned.")
    assert {(name, code) for _, name, code in _speakers(extract_text(text)) if name == "Marco Bellini"} \
        == {("Marco Bellini", "VAT")}


_SOUTH_SUDAN_STORY = ("JUBA - Fighting in South Sudan's Jonglei state has forced thousands to flee, South Sudan's "
                      "government said Monday. South Sudanese officials said aid was on the way. ")


def test_an_opening_town_is_read_in_a_country_the_story_names(extract_text):
    # "In Bor,": the gazetteer's largest Bor is Russian; the story names South Sudan, which has a Bor too.
    text = _SOUTH_SUDAN_STORY + "In Bor, residents said they had not eaten for days."
    assert _speakers(extract_text(text))[-1] == ("residents", "residents", "SSD")


def test_an_opening_major_city_keeps_its_own_country(extract_text):
    # "In Paris," of a story on a US campaign is the French capital, though the US has a small Paris.
    text = ("Senator Tom Miles campaigned in Iowa on Monday. American voters cheered him in Iowa and Ohio. "
            "In Paris, a student said the race was watched closely.")
    assert _speakers(extract_text(text))[-1][2] == "FRA"


_AFGHAN_AID_STORY = ("WASHINGTON - The United States froze Afghanistan's reserves, U.S. officials said. The U.S. "
                     "Treasury said the sanctions would stay.\n\n")


def test_a_paragraph_opening_on_a_place_sets_its_later_speakers_there(extract_text):
    # "In Kabul, ..." opens the paragraph; the shopkeepers of its next sentences are Afghan, not American.
    text = _AFGHAN_AID_STORY + ("In Kabul, the price of flour has doubled since August. Shopkeepers say "
                                "customers can no longer pay.")
    assert _speakers(extract_text(text))[-1] == ("Shopkeepers", "Shopkeepers", "AFG")


def test_a_paragraph_scene_ends_at_the_line_break(extract_text):
    # The next paragraph is set anew: the Kabul of the paragraph before does not place its speaker.
    text = _AFGHAN_AID_STORY + ("In Kabul, the price of flour has doubled since August.\n\n"
                                "Shopkeepers say customers can no longer pay.")
    assert _speakers(extract_text(text))[-1][2] == "USA"


def test_officials_are_not_placed_by_the_paragraphs_scene(extract_text):
    # Officials speaking in a paragraph set abroad are often the visitors: the opening place is not theirs.
    text = _AFGHAN_AID_STORY + ("In Doha, the envoys met for a third day. American officials' aides left early. "
                                "Officials said the talks were useful.")
    assert _speakers(extract_text(text))[-1][2] == "USA"


def test_an_acting_country_without_ministries_does_not_place_a_ministry(extract_text):
    # "Washington has tightened ... The Foreign Ministry said": the US has no ministries; the dateline's country does.
    text = ("BEIJING - China on Tuesday criticized new U.S. export controls on chips. The United States announced "
            "the rules on Monday, and U.S. Commerce Secretary Gina Raimondo said the United States would protect "
            "its security. American companies said the rules would cost them sales. Washington has tightened "
            "controls twice this year. The Foreign Ministry said the rules violated trade norms.")
    assert _speakers(extract_text(text))[-1] == ("The Foreign Ministry", "Foreign Ministry", "CHN")


def test_a_country_opening_a_sentence_sets_no_later_scene(extract_text):
    # "In the U.S., each company must fend for itself": a contrast, not where the next speakers are.
    text = ("BEIJING - China's leaders urged AI companies to compete. China released a plan in 2017. Chinese firms "
            "rushed to comply.\n\nIn the U.S., each company must fend for itself. Company executives said the "
            "pressure was huge.")
    assert _speakers(extract_text(text))[-1][2] == "CHN"


def test_a_text_on_one_line_sets_a_scene_for_the_next_sentence_only(extract_text):
    # No line break shows where a paragraph ends: the opening city sets its own and the next sentence's scene.
    story = _AFGHAN_AID_STORY.replace("\n\n", " ")
    text = story + "In Kabul, the price of flour has doubled since August. Shopkeepers say customers can no longer pay."
    assert _speakers(extract_text(text))[-1][2] == "AFG"
    text = story + ("In Kabul, the price of flour has doubled since August. Bread costs more too. Shopkeepers say "
                    "customers can no longer pay.")
    assert _speakers(extract_text(text))[-1][2] == "USA"


@pytest.mark.parametrize("opening", [
    "In Kabul's old city,", "In Kabul on Monday,", "In the Afghan capital,", "At a market in Kabul,",
])
def test_an_opening_phrase_naming_a_place_among_other_words_sets_the_scene(extract_text, opening):
    # The opening locative phrase places its speaker, though its place stands among other words.
    text = _AFGHAN_AID_STORY + opening + " a shopkeeper said prices had doubled."
    assert _speakers(extract_text(text))[-1] == ("a shopkeeper", "shopkeeper", "AFG")


def test_a_place_the_opening_phrase_names_as_no_scene_does_not_place(extract_text):
    # "In response to Russia's moves,": Russia is what is responded to, not where the speaker is.
    text = _AFGHAN_AID_STORY + "In response to Russia's moves, a shopkeeper said prices had doubled."
    assert _speakers(extract_text(text))[-1][2] == "USA"


def test_a_place_deeper_in_the_opening_phrase_is_no_scene(extract_text):
    # "In the trials of the sailors jailed in Russia,": where the sailors were jailed, not where the speaker is.
    text = _AFGHAN_AID_STORY + ("''In the trials of the sailors jailed in Russia, nobody spoke up,'' said Tom "
                                "Reyes, a former official.")
    assert _speakers(extract_text(text))[-1][2] == "USA"


def _names_codes(record) -> dict[str, str | None]:
    """Speaker name -> the affiliation its statements carry."""
    return {name: code for _, name, code in _speakers(record) if name}


def test_a_speakers_city_written_right_after_the_name_places_them(extract_text):
    """'Political scientist X in ‹City› says': the person is there, like "a resident of" (a Kazakh analyst took the
    story's most named country)."""
    text = ("BEIJING — China said its new trade corridor would help its neighbours. Chinese President Xi Jinping "
            "said the corridor was open to all. Beijing said it would lend $5 billion. Few people in the region "
            "speak Chinese, says political scientist Aigerim Nurlanova in Almaty.")
    assert _names_codes(extract_text(text))["Aigerim Nurlanova"] == "KAZ"


@pytest.mark.parametrize("sentence", [
    "Foreign Minister Dmitri Volkov in Geneva said the talks were useful.",  # an office holder at a venue
    "Envoy Dmitri Volkov in Geneva said the talks were useful.",  # a post abroad
])
def test_a_venue_after_an_office_holders_name_does_not_place_them(extract_text, sentence):
    text = ("MOSCOW — Russia said it would send a delegation to the talks. Russian officials said Moscow wanted a "
            "ceasefire. Russia said the West must listen. " + sentence)
    assert _names_codes(extract_text(text))["Dmitri Volkov"] != "CHE"


def test_a_place_after_an_objects_name_is_where_they_met(extract_text):
    text = ("MOSCOW — Russia said it would send a delegation to the talks. Russian officials said Moscow wanted a "
            "ceasefire. Russia said the West must listen. Reporters met Dmitri Volkov in Geneva. Volkov said the "
            "talks were useful.")
    assert _names_codes(extract_text(text))["Dmitri Volkov"] != "CHE"


def test_the_groups_leader_is_of_the_unknown_movement_named_last_not_a_company_named_before(extract_text):
    """"the group's chief fund-raiser" after an armed movement no lexicon knows: the movement is the group, so the
    US company named once before gives the exile no country (he took the United States, and with it the story)."""
    text = ("Dawit Alemu taught economics for years, and his students looked him up on Google. Few knew that he had "
            "helped found the Sheba Front, an armed movement fighting the government in Addis Ababa. Alemu was the "
            "group's chief fund-raiser.\n\n\"We have no choice but to fight,\" Alemu said. Ethiopia's government "
            "has called the movement a terrorist group. Ethiopian officials said the rebels were funded from abroad.")
    assert _names_codes(extract_text(text))["Dawit Alemu"] == "ETH"


def test_social_platforms_where_people_post_do_not_set_the_story_country(extract_text):
    # Twitter and Facebook (US companies) are named four times as where people posted, Ghana twice: the unplaced
    # teacher is Ghanaian, and the platform speaking for itself keeps its own code.
    text = ("Students in Ghana organised the march on Twitter and Facebook. Clips posted on Twitter showed "
            "police at the gates of the university in Accra. Ghana's police said the march had no permit. "
            "Facebook said it had removed several fake accounts. "
            "Ama Owusu, a teacher who joined the march, said tuition had doubled in a year.")
    speakers = _speakers(extract_text(text))
    assert ("Ama Owusu", "Ama Owusu", "GHA") in speakers
    assert ("Facebook", "Facebook", "USA") in speakers


def test_platform_names_are_curated_lower_case_keys():
    from accord.knowledge.actors import platform_names
    from accord.stages.entities.context import country_counts
    from accord.records import Entity, Span

    assert {"twitter", "facebook", "telegram"} <= platform_names()
    text = "Twitter Twitter Chile"
    platform = Entity(id="n1", name="Twitter", code="USA", kind="organisation", sector="BUS", title=None,
                      mentions=[Span.of(text, 0, 7), Span.of(text, 8, 15)])
    country = Entity(id="n2", name="Chile", code="CHL", kind="country", sector=None, title=None,
                     mentions=[Span.of(text, 16, 21)])
    assert country_counts([platform, country]) == {"CHL": 1}


def test_a_university_sharing_a_name_across_countries_takes_its_own_seat(extract_text):
    # "American University in Cairo" is Egyptian, "Lebanese American University" Lebanese, and the University of
    # Georgia is in the US state, whatever country the story is about.
    text = ("Jordan reopened its border crossing with Syria on Sunday. Jordan's army guarded the gate. "
            "Nadia Samir, a historian at the American University in Cairo, said trade would recover slowly. "
            "Karim Aoun, who teaches at the Lebanese American University, said Lebanese farmers would gain. "
            "Beth Cole, a geographer at the University of Georgia, said the crossing mattered for grain.")
    speakers = _speakers(extract_text(text))
    assert ("Nadia Samir", "Nadia Samir", "EGY") in speakers
    assert ("Karim Aoun", "Karim Aoun", "LBN") in speakers
    assert ("Beth Cole", "Beth Cole", "USA") in speakers


def test_a_migrant_who_leads_a_named_body_takes_the_body_not_the_country_left(extract_text):
    # The "from" phrase says where the migrant came from; the body she runs in Chicago is what she speaks for.
    # A migrant whose clause names no body ("who works in farming") keeps the country the text gives.
    text = ("Chicago shelters filled up after new U.S. immigration rules took effect on Monday. "
            "U.S. officials said the rules would be enforced. "
            "Rosa Delgado, an immigrant from Peru who directs the Lakeside Tenants Alliance, said rents had doubled. "
            "Nikhil Rao, a migrant from Nepal who works in farming, said he could not find a room.")
    speakers = _speakers(extract_text(text))
    assert ("Rosa Delgado", "Rosa Delgado", "USA") in speakers
    assert ("Nikhil Rao", "Nikhil Rao", "NPL") in speakers


def test_a_known_full_name_with_no_entity_keeps_its_own_country(extract_text):
    # A headline in a list of links names a known US politician the entity pass does not hold; the story is about
    # Indonesia, but her country is the people gazetteer's, not the story's.
    text = ("Rescuers searched on Sunday for 40 people missing after a ferry sank off Bali, Indonesia's search "
            "agency said. Indonesian officials said the ferry was overloaded. Indonesia has seen such accidents.\n\n"
            "Read our other coverage:\n— Indonesia Ferry Toll Rises To 12\n"
            "— Hillary Clinton Says Ferry Safety Must Improve\n")
    assert ("Hillary Clinton", "USA") in [(name, code) for _, name, code in _speakers(extract_text(text))]
