"""One event, many mentions (issue 14 item 4), one invented text each: a later mention of an act told
(a named possessor, a word of recurrence, a title restating its lead) is a mention of that event, and two
acts of one type that differ in their people, parties, places or days stay two events."""

from __future__ import annotations

from event_support import summary as _summary

PUBLISHED = "2025-05-17"


def _of_type(extract_text, text, wanted):
    record = extract_text(text, published=PUBLISHED)
    return [e for e in record.events if e.event == wanted], record


def test_a_named_possessor_who_did_the_act_tells_it_again(extract_text):
    text = ("Indian Prime Minister Narendra Modi arrived in Mauritius on Tuesday for a two-day visit. "
            "Analysts said Modi's visit came as China expands its footprint in the region.")
    visits, _ = _of_type(extract_text, text, "CONSULT")
    assert len(visits) == 1, _summary(visits)
    assert [(m.text, m.start) for m in visits[0].mentions] == [("visit", text.index("Modi's visit") + 7)]


def test_another_persons_possessive_is_another_act(extract_text):
    text = ("Indian Prime Minister Narendra Modi arrived in Mauritius on Tuesday for a two-day visit. "
            "Analysts compared it with Shehbaz Sharif's visit to the island.")
    visits, _ = _of_type(extract_text, text, "CONSULT")
    assert len(visits) == 2, _summary(visits)


def test_a_possessor_with_no_code_is_matched_by_name(extract_text):
    same = "Yue submitted his proposal to the committee on April 1. The agenda omits Yue's proposal."
    proposals, _ = _of_type(extract_text, same, "AGREE")
    assert len(proposals) == 1 and [m.text for m in proposals[0].mentions] == ["proposal"], _summary(proposals)
    other = "Yue submitted his proposal to the committee on April 1. The agenda omits Ash's proposal."
    proposals, _ = _of_type(extract_text, other, "AGREE")
    assert len(proposals) == 2, _summary(proposals)


def test_a_word_of_recurrence_names_no_occasion_of_its_own(extract_text):
    # "annual" is tagged DATE, but names no day: "the annual talks" are the meetings told; a date is a new act
    text = ("Chinese and American officials held annual meetings in Beijing on Monday. "
            "Kerry said the annual talks remained the best chance to air differences.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["talks"], _summary(talks)
    dated = text.replace("the annual talks", "the talks of 2019")
    talks, _ = _of_type(extract_text, dated, "CONSULT")
    assert len(talks) == 2, _summary(talks)


def test_a_mention_naming_another_person_is_another_act(extract_text):
    # both meetings code RUS: the person named tells them apart
    base = "Donald Trump met Vladimir Putin in Helsinki on Monday. "
    other, _ = _of_type(extract_text, base + "Critics said the meeting with Sergei Lavrov went better.", "CONSULT")
    assert len(other) == 2, _summary(other)
    same, _ = _of_type(extract_text, base + "Critics said the meeting with Putin went badly.", "CONSULT")
    assert len(same) == 1 and [m.text for m in same[0].mentions] == ["meeting"], _summary(same)


def test_a_title_restating_its_lead_is_a_mention_of_the_leads_event(extract_text):
    text = ("Business groups criticize overtime rule\n"
            "WASHINGTON - The Obama administration on Tuesday issued a rule that would extend overtime pay to "
            "millions of workers. Business groups sharply criticized the rule on Wednesday.")
    criticism, _ = _of_type(extract_text, text, "ACCUSE")
    assert len(criticism) == 1, _summary(criticism)
    assert criticism[0].trigger.text == "criticized" and criticism[0].date is not None  # the lead's, dated
    assert [m.text for m in criticism[0].mentions] == ["criticize"]
    assert all(text[m.start:m.end] == m.text for m in criticism[0].mentions)


def test_a_title_naming_a_party_the_lead_does_not_is_another_act(extract_text):
    text = "Israel strikes Gaza\nJERUSALEM - Israeli jets struck targets in Lebanon on Tuesday, the army said."
    strikes, _ = _of_type(extract_text, text, "ASSAULT")
    assert len(strikes) == 2, _summary(strikes)


def test_two_acts_of_one_type_told_with_their_own_days_stay_two(extract_text):
    text = ("Warren proposed a forum in Chicago on April 4, but the Booker camp turned down the offer. "
            "Warren proposed they meet on CBS on April 15, but Booker rejected that as well.")
    record = extract_text(text, published="2016-04-05")
    proposals = [e for e in record.events if e.event == "AGREE"]
    assert len(proposals) == 2, _summary(record.events)


def test_a_definite_noun_told_at_the_acts_place_is_a_mention_and_another_place_another_act(extract_text):
    lead = "A gunman opened fire at a mall in Tucson on Wednesday, killing 9 people. "
    same = lead + "Dalton prayed for all those hurt in the shootings in Tucson."
    shootings, _ = _of_type(extract_text, same, "ASSAULT")
    assert len(shootings) == 1 and [m.text for m in shootings[0].mentions] == ["shootings"], _summary(shootings)
    other = lead + "Dalton prayed for all those hurt in the shootings in Denver."
    shootings, _ = _of_type(extract_text, other, "ASSAULT")
    assert len(shootings) == 2, _summary(shootings)


def test_a_headline_inside_the_story_restating_the_sentence_under_it_is_a_mention(extract_text):
    # a live blog's title-case headline over its entry: one criticism, the headline's verb a mention of it
    text = ("Bush Hits Marco Rubio On Visa Exception For Farmworkers\n"
            "Jeb Bush criticized Senator Marco Rubio for resisting guest visas in cases of farmworkers and nurses.")
    criticism, _ = _of_type(extract_text, text, "ACCUSE")
    assert len(criticism) == 1 and criticism[0].trigger.text == "criticized", _summary(criticism)
    assert [m.text for m in criticism[0].mentions] == ["Hits"]


APOLOGY = "Rita Ortiz apologized on Monday for her campaign's claim that Dana Whitfield was quitting the contest. "


def test_a_persons_act_told_again_with_its_verb_is_a_mention(extract_text):
    text = (APOLOGY + "Whitfield said she was not satisfied. "
            "Rita Ortiz apologized for her aides' choice to tell backers that Whitfield had quit.")
    apologies, _ = _of_type(extract_text, text, "CONCEDE")
    assert len(apologies) == 1 and [m.text for m in apologies[0].mentions] == ["apologized"], _summary(apologies)
    assert apologies[0].mentions[0].start == text.rindex("apologized")


def test_the_same_verb_by_another_person_or_told_as_repeated_is_another_act(extract_text):
    for later in ("Tom Keller apologized for his aides' choice to tell backers that Whitfield had quit.",
                  "Rita Ortiz apologized again on Friday."):
        apologies, _ = _of_type(extract_text, APOLOGY + "Whitfield said she was not satisfied. " + later, "CONCEDE")
        assert len(apologies) == 2, (later, _summary(apologies))


def test_the_same_verb_on_another_day_is_another_act(extract_text):
    text = "Ted Cruz attacked Donald Trump on Monday. Trump said he was a liar. On Wednesday, Cruz attacked Trump."
    attacks, _ = _of_type(extract_text, text, "ACCUSE")
    assert len(attacks) == 2, _summary(attacks)


def test_the_same_verb_on_another_object_is_another_act(extract_text):
    # "endorsed him" is not "endorsed eight state legislative candidates" told again
    text = ("On Tuesday, Sanders endorsed eight state legislative candidates. "
            "Tim Canova raised $250,000 after Sanders endorsed him in an email.")
    endorsements, _ = _of_type(extract_text, text, "SUPPORT")
    assert len(endorsements) == 2, _summary(endorsements)


def test_a_speaker_repeating_a_verb_in_a_quote_lists_acts(extract_text):
    text = ('"Ted Cruz has fought for our farmers. Ted Cruz has fought for our borders," '
            'Carly Fiorina said.')
    record = extract_text(text, published=PUBLISHED)
    fought = [e for e in record.events if e.trigger.text == "fought"]
    assert all(not e.mentions for e in fought), _summary(record.events)


def test_the_same_verb_on_any_party_is_a_kind_of_act_not_the_act_again(extract_text):
    text = ("Ted Cruz apologized to Ben Carson on Monday. "
            "Ted Cruz apologized to any candidate his campaign had misled, an aide said.")
    record = extract_text(text, published=PUBLISHED)
    assert all(not e.mentions for e in record.events), _summary(record.events)


def test_the_same_act_told_on_its_day_in_other_words_is_one_event(extract_text):
    # two accounts of one swap (each side's), the second in another verb: one event with two mentions
    text = ("Armenia and Azerbaijan swapped 40 prisoners on Friday, the Armenian foreign ministry said. "
            "Azerbaijan's president said the two countries exchanged prisoners on Friday.")
    swaps = [e for e in extract_text(text, published=PUBLISHED).events if e.reported]
    assert len(swaps) == 1 and [m.text for m in swaps[0].mentions] == ["exchanged"], _summary(swaps)


def test_acts_of_one_type_on_one_day_stay_two_when_doer_target_count_or_place_differ(extract_text):
    first = "Armenia and Azerbaijan swapped 40 prisoners on Friday, the Armenian foreign ministry said. "
    for later in ("Georgia and Turkey exchanged prisoners on Friday.",        # other doers
                  "The two countries exchanged 12 prisoners on Friday.",      # another count
                  "The two countries exchanged prisoners in Tbilisi on Friday.",  # another place
                  "The two countries also exchanged prisoners on Friday.",    # told as another act
                  "The two countries exchanged prisoners on Monday."):        # another day
        swaps = [e for e in extract_text(first + later, published=PUBLISHED).events if e.reported]
        assert len(swaps) == 2, (later, _summary(swaps))


def test_a_headline_naming_no_party_is_a_mention_of_the_leads_act(extract_text):
    # the headline's "envoys" are coded by the venue (a guess); the lead names the parties and the day
    text = ("Envoys meet in Vienna\n\n"
            "Iranian Foreign Minister Kaveh Darvish and U.S. envoy Mark Ellery held a fourth round of talks in "
            "Vienna on Sunday, Iranian state media said.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["meet"], _summary(talks)


def test_a_modifier_clause_with_the_doer_acted_on_is_another_act(extract_text):
    # "endorsed Sanders" in a relative clause is no re-telling of Sanders' own endorsement
    text = ("Last month Sanders endorsed Clinton at a rally in New Hampshire. "
            "A group that endorsed Sanders early is now working with him.")
    endorsements, _ = _of_type(extract_text, text, "SUPPORT")
    assert len(endorsements) == 2 and not any(e.mentions for e in endorsements), _summary(endorsements)


def test_a_modifier_clause_with_a_doer_of_its_own_is_another_act(extract_text):
    # the analysts' blame in a relative clause is not the president's blame told again
    text = ("The French president blamed the militant group for the coordinated attacks in Lyon. "
            "Critics point to the war in Syria, which many analysts blame for the rise of the group.")
    blames, _ = _of_type(extract_text, text, "ACCUSE")
    assert not any(m.text == "blame" for e in blames for m in e.mentions), _summary(blames)


def test_an_investigation_is_no_mention_of_a_rebuke(extract_text):
    # both are ACCUSE, but of other modes: "the investigation" names no rebuke told before
    text = ("A Republican aide blasted the statement from the committee's Democrats on Tuesday. "
            "Democrats have long attacked Republicans over how they ran the investigation.")
    rebukes, _ = _of_type(extract_text, text, "ACCUSE")
    assert not any(m.text == "investigation" for e in rebukes for m in e.mentions), _summary(rebukes)


def test_his_talks_with_the_person_he_met_are_that_meeting(extract_text):
    # the parse may tag the person's name as a place: a participant of the meeting is no detail of another one
    base = "German Chancellor Friedrich Merz met Ukrainian President Volodymyr Zelenskyy in Berlin on Monday, his office said. "
    same, _ = _of_type(extract_text, base + "Merz said his talks with Zelenskyy had focused on air defence.", "CONSULT")
    assert len(same) == 1 and [m.text for m in same[0].mentions] == ["talks"], _summary(same)
    other, _ = _of_type(extract_text, base + "Merz said his talks with Polish Prime Minister Donald Tusk had focused on air defence.",
                        "CONSULT")
    assert len(other) == 2, _summary(other)


def test_a_dated_mention_with_the_place_told_is_that_act(extract_text):
    base = "A gunman shot dead seven shoppers at a market in Lyon on Friday, police said. "
    same = [e for e in extract_text(base + "Hours later, the prime minister addressed Friday's shooting in Lyon.",
                                    published=PUBLISHED).events if e.event == "ASSAULT"]
    assert len(same) == 1 and [m.text for m in same[0].mentions] == ["shooting"], _summary(same)
    other = [e for e in extract_text(base + "Hours later, the prime minister addressed Friday's shooting in Nantes.",
                                     published=PUBLISHED).events if e.event == "ASSAULT"]
    assert len(other) == 2, _summary(other)


DIGEST = ("Three Things to Know Today\n\n1. STORM FLOODS COASTAL TOWNS.\n\n"
          "Heavy rain swamped villages along the coast overnight.\n\n2. {heading}\n\n{body}\n\n"
          "3. POLICE ARREST PROTEST LEADERS IN CAPITAL.\n\nRiot police detained four opposition figures in Niamey on Sunday.")


def test_a_digest_heading_in_capitals_is_a_mention_of_its_items_act(extract_text):
    text = DIGEST.format(heading="TWELVE SOLDIERS KILLED IN ARMY BASE ATTACK.",
                         body="Officials blame a truck bomb that hit the gate of an army base near Maradi on separatist rebels.")
    attacks, _ = _of_type(extract_text, text, "ASSAULT")
    assert len(attacks) == 1 and [m.text for m in attacks[0].mentions] == ["KILLED"], _summary(attacks)



def test_a_day_dated_mention_inside_the_month_the_act_was_told_with_is_that_act(extract_text):
    # published in May: "last month" is April; "the April 12 deportations" makes that act's day exact, while a
    # day of another month, or another day than the one the act was told with, is another act
    base = "Authorities deported 30 migrants to Libya {when}, officials said. Rights groups say the {day} deportations broke the law."
    same, _ = _of_type(extract_text, base.format(when="last month", day="April 12"), "COERCE")
    assert len(same) == 1 and [m.text for m in same[0].mentions] == ["deportations"], _summary(same)
    assert same[0].date is not None and same[0].date.value == "2025-04-12", _summary(same)
    for when, day in (("last month", "March 12"), ("on April 3", "April 12")):
        # another act: not folded into the first (whether the type model keeps it as an event of its own is its call)
        other, _ = _of_type(extract_text, base.format(when=when, day=day), "COERCE")
        first = [e for e in other if e.trigger.text == "deported"]
        assert len(first) == 1 and not first[0].mentions, _summary(other)
        assert first[0].date is None or first[0].date.value not in ("2025-03-12", "2025-04-12"), _summary(other)


def test_a_verb_told_of_a_definite_re_mention_tells_that_act_again(extract_text):
    # "The attack killed four officers": the attack told before, its toll; another attack ("a second attack") or
    # one placed on another day than the act told is another act
    base = "Gunmen attacked a police station in Quetta on Monday. "
    same, _ = _of_type(extract_text, base + "The attack killed four officers.", "ASSAULT")
    assert len(same) == 1 and [m.text for m in same[0].mentions] == ["killed"], _summary(same)
    for later in ("A second attack killed four officers.", "The attack killed four officers on Wednesday."):
        other, _ = _of_type(extract_text, base + later, "ASSAULT")
        assert len(other) == 2, (later, _summary(other))


def test_signing_the_deal_an_agreement_named_is_that_agreement_told_again(extract_text):
    # a closely related type: the signing (SUPPORT, manual 3.3) of the deal agreed is no second event, unless
    # it is placed elsewhere than the agreement or on another day
    base = "Armenia and Azerbaijan agreed {where}on Friday to end decades of conflict. "
    same = extract_text(base.format(where="") + "The deal was signed in Washington.", published=PUBLISHED).events
    assert [e.event for e in same] == ["AGREE"] and [m.text for m in same[0].mentions] == ["signed"], _summary(same)
    for where, later in (("in Abu Dhabi ", "The deal was signed in Washington."),
                         ("", "Their leaders signed the deal in Washington on Saturday.")):
        other = extract_text(base.format(where=where) + later, published=PUBLISHED).events
        assert len(other) == 2, (later, _summary(other))


def test_hosting_or_mediating_the_talks_told_is_those_talks_again(extract_text):
    # the host or mediator of a definite meeting told before is a party of that meeting, not a second meeting;
    # a day of its own keeps two, and so does a host's own meeting with one side ("met ... counterpart")
    base = "Armenian and Azerbaijani envoys held talks in Doha on Friday. "
    for later, trigger in (("The talks were mediated by Qatar.", "mediated"),
                           ("Qatari Foreign Minister Mohammed Al Thani hosted the talks.", "hosted")):
        same, _ = _of_type(extract_text, base + later, "CONSULT")
        assert len(same) == 1 and [m.text for m in same[0].mentions] == [trigger], (later, _summary(same))
    other, _ = _of_type(extract_text, base + "Qatar hosted the talks on Sunday.", "CONSULT")
    assert len(other) == 2, _summary(other)
    own = ("Armenian Foreign Minister Ararat Mirzoyan met his Qatari counterpart in Doha on Friday. "
           "Qatar is hosting the talks between Armenian and Azerbaijani envoys.")
    apart, _ = _of_type(extract_text, own, "CONSULT")
    assert len(apart) == 2, _summary(apart)


def test_a_quote_performing_the_act_just_told_is_that_act_again(extract_text):
    # "We strongly reject ..." in the words of the party whose rejection was just told is that rejection's words;
    # "also" adds another act, and another party's quote is its own act
    base = "India on Tuesday rejected Pakistan's accusation that it backed the attackers. \"We {quote},\" {who} told reporters."
    india, pakistan = "Indian foreign ministry spokesperson Randhir Jaiswal", "Pakistani foreign ministry spokesperson Shafqat Ali Khan"
    same, _ = _of_type(extract_text, base.format(quote="strongly reject these baseless claims", who=india), "REJECT")
    assert len(same) == 1 and [m.text for m in same[0].mentions] == ["reject"], _summary(same)
    for quote, who in (("also reject the claims about our navy", india), ("reject India's version of events", pakistan)):
        other, _ = _of_type(extract_text, base.format(quote=quote, who=who), "REJECT")
        assert len(other) == 2, (quote, _summary(other))


def test_an_answer_told_again_in_other_words_is_one_event(extract_text):
    # a later verb of the act's type, by its doer, of a definite claim noun naming the answered claim again
    text = ("Georgia's ruling party rejected the opposition's allegations of fraud on Monday. "
            "The party called the accusations groundless and politically motivated.")
    rejections, _ = _of_type(extract_text, text, "REJECT")
    assert len(rejections) == 1, _summary(rejections)
    assert rejections[0].trigger.text == "rejected" and [m.text for m in rejections[0].mentions] == ["called"]
    # a word of another occasion makes the claim another one, answered again
    other = text.replace("called the accusations", "called new accusations")
    rejections, _ = _of_type(extract_text, other, "REJECT")
    assert len(rejections) == 2, _summary(rejections)


def test_a_gathering_told_again_by_its_group_is_one_event(extract_text):
    text = ("Thousands of people protested in Yerevan on Friday against the peace deal. "
            "The protesters demonstrated outside the government building until late evening.")
    protests, _ = _of_type(extract_text, text, "PROTEST")
    assert len(protests) == 1 and [m.text for m in protests[0].mentions] == ["demonstrated"], _summary(protests)
    # another day and city, or other people, are another gathering
    for later in ("The protesters also demonstrated in Gyumri on Saturday.", "Other protesters demonstrated in Gyumri."):
        protests, _ = _of_type(extract_text, text.split(". ")[0] + ". " + later, "PROTEST")
        assert len(protests) == 2, (later, _summary(protests))


def test_a_headline_naming_the_leads_doer_restates_it_with_another_verb(extract_text):
    # the doers' codes are back-off guesses (U.S.): the name the headline and the lead share tells the act
    body = ("has struck a tentative wage agreement with the drivers' union after a two-week stoppage, according to "
            "the Transportation Department. U.S. Transportation Secretary Pete Buttigieg praised both sides. "
            "The U.S. rail sector employs thousands.")
    text = "Norland, striking drivers reach three-year pay deal.\n\nNorland " + body
    deals, _ = _of_type(extract_text, text, "AGREE")
    assert len(deals) == 1 and deals[0].trigger.text == "struck", _summary(deals)
    assert [(m.text, m.start) for m in deals[0].mentions] == [("deal", text.index("deal"))]
    other = "Kessel, striking drivers reach three-year pay deal.\n\nNorland " + body
    deals, _ = _of_type(extract_text, other, "AGREE")
    assert len(deals) == 2, _summary(deals)


def test_a_dated_re_mention_finds_the_day_told_on_the_verb_holding_the_act(extract_text):
    # published Monday 2025-05-19: "on Saturday" hangs on "had", not on "talks"; "Saturday's meeting" is those
    # talks again, "Friday's meeting" another act
    lead = "The envoy had long talks with Kenya's foreign minister on Saturday. "
    same = lead + "Analysts said Saturday's meeting came as trade between the two countries grows."
    talks = [e for e in extract_text(same, published="2025-05-19").events if e.event == "CONSULT"]
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["meeting"], _summary(talks)
    other = lead + "Analysts said Friday's meeting came as trade between the two countries grows."
    talks = [e for e in extract_text(other, published="2025-05-19").events if e.event == "CONSULT"]
    assert len(talks) == 2, _summary(talks)


def test_a_dated_re_mention_finds_the_day_a_numbered_round_ended(extract_text):
    lead = "A third round of talks between Kenya and Ethiopia concluded in Nairobi on May 10. "
    same = lead + "Officials said Saturday's negotiations came after months of delay."
    talks = [e for e in extract_text(same, published="2025-05-12").events if e.event == "CONSULT"]
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["negotiations"], _summary(talks)


def test_a_placed_re_mention_of_an_act_told_at_no_venue_is_a_mention(extract_text):
    # the lead names no venue: "the meeting in Geneva" gives the talks' place, it tells no other meeting
    text = ("The envoy had long talks with Iran's top diplomat on Saturday. "
            "The ministry issued a statement on the meeting in Geneva.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["meeting"], _summary(talks)


def test_a_placed_re_mention_with_a_time_of_its_own_stays_another_act(extract_text):
    # a time the lead's sentence does not tell ("in March 2019") places the meeting on another occasion
    text = ("The envoy had long talks with Iran's top diplomat on Saturday. "
            "Officials who attended the meeting in Geneva in March 2019 said little had changed.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 2, _summary(talks)


def test_a_placed_re_mention_prefers_the_act_told_at_its_place(extract_text):
    # the meeting in Nairobi is the first act, told there, not the later one told at no venue
    text = ("Kenya's foreign minister met the French ambassador in Nairobi on Monday. "
            "Later he met union leaders. "
            "Aides described the meeting in Nairobi as tense.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    first = next(e for e in talks if e.trigger.start < text.index("Later"))
    assert [m.text for m in first.mentions] == ["meeting"], _summary(talks)


def test_an_act_told_inside_a_told_meeting_is_a_part_of_it(extract_text):
    # "During the meeting" names the meeting told: the discussion held in it is no second meeting
    lead = "Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Monday. "
    same = lead + "During the meeting, the two ministers discussed the border dispute."
    talks, _ = _of_type(extract_text, same, "CONSULT")
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["discussed"], _summary(talks)


def test_an_act_told_inside_another_occasion_stays_its_own(extract_text):
    # a meeting of another time ("in 2019") is another occasion: its discussion is not Monday's meeting
    text = ("Kenya's foreign minister met his Ethiopian counterpart in Nairobi on Monday. "
            "At a meeting in 2019, the two ministers discussed the border dispute.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 2, _summary(talks)


def test_an_act_in_a_where_clause_on_the_told_meetings_place_is_a_part_of_it(extract_text):
    text = ("The envoy had long talks with Kenya's foreign minister on Saturday. The ministry posted photos "
            "of the meeting in Nairobi, where the envoy had discussions with the minister on trade.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 1 and "discussions" in [m.text for m in talks[0].mentions], _summary(talks)


def test_a_definite_mention_naming_the_acts_states_tells_it_again(extract_text):
    # the states named in the noun's phrase are parties of the act, no detail of a new one (session 17)
    base = "Chile and Peru held talks in Lima on Monday. "
    same, _ = _of_type(extract_text, base + "Officials said the talks between Chile and Peru went well.", "CONSULT")
    assert len(same) == 1 and [m.text for m in same[0].mentions] == ["talks"], _summary(same)
    other, _ = _of_type(extract_text, base + "Officials said the talks between Chile and Bolivia went well.", "CONSULT")
    assert len(other) == 2, _summary(other)


def test_an_organisation_in_the_phrase_still_makes_another_act(extract_text):
    # a party's code is only its country: "the GOP proposals" are not the candidate's, though both code USA
    text = ("Hillary Clinton unveiled proposals to raise taxes on the wealthy. "
            "Voters distrust the Republican National Committee proposals on tax cuts.")
    proposals, _ = _of_type(extract_text, text, "AGREE")
    assert len(proposals) != 1 or not proposals[0].mentions, _summary(proposals)


def test_a_numbered_round_tells_the_round_told_again(extract_text):
    text = ("Chile and Peru opened a third session of talks in Lima on Saturday. "
            "The third session of Chilean-Peruvian talks is going on at the foreign ministry.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["talks"], _summary(talks)


def test_another_numbered_round_stays_another_act(extract_text):
    text = ("Chile and Peru opened a third session of talks in Lima on Saturday. "
            "The first session of talks between Chile and Peru was held in Santiago on March 3.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 2, _summary(talks)


def test_a_round_named_as_what_was_just_told_is_a_mention(extract_text):
    text = ("Chile and Peru held talks in Lima on Saturday. "
            "It was the first session of negotiations between Chile and Peru since the border war.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["negotiations"], _summary(talks)


def test_the_next_round_is_no_mention_of_the_talks_told(extract_text):
    text = ("Chile and Peru held talks in Lima on Saturday. "
            "Chile and Peru agreed that the next round of talks will take place in Santiago.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert all("talks" not in [m.text for m in t.mentions] for t in talks), _summary(talks)


def test_mediating_the_talks_the_sentence_tells_is_a_mention_of_them(extract_text):
    # "discussions ..., mediated by Norway": the mediator's act is the talks told, not a second meeting
    text = ("A further session of indirect discussions between Chile and Peru, mediated by Norway, "
            "ended in Oslo on Saturday.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 1 and "mediated" in [m.text for m in talks[0].mentions], _summary(talks)


def test_a_definite_noun_names_again_the_act_its_own_sentence_told(extract_text):
    # "with Lima calling the discussions useful": the discussions are the talks just told, coded with fewer parties
    text = ("The third session of talks between Chile and Peru ended in Lima on Sunday, "
            "with Lima calling the discussions useful.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 1 and "discussions" in [m.text for m in talks[0].mentions], _summary(talks)


def test_a_mediator_named_by_his_role_is_never_coded_as_a_side(extract_text):
    # "The talks were mediated by Halvorsen": a name no gazetteer knows, the mediator by the text's own words; the
    # back-off would give him the story's country (one of the sides), and his act would stay a second meeting
    text = ("Chilean and Peruvian delegations held talks in Lima on Monday. The talks were mediated by Halvorsen. "
            "\"We will keep working,\" Halvorsen said.")
    talks, record = _of_type(extract_text, text, "CONSULT")
    assert len(talks) == 1 and "mediated" in [m.text for m in talks[0].mentions], _summary(talks)
    assert not any(a.text == "Halvorsen" and a.code in ("CHL", "PER") for e in record.events for a in e.actors), \
        _summary(record.events)


def test_a_participle_or_relative_clause_mediating_told_talks_is_those_talks(extract_text):
    # a subjectless participle of mediation tells how the sessions just told were held; a relative clause whose
    # talks name both their sides names the talks told: neither is a meeting of its own
    participle = ("Chilean and Peruvian envoys opened their negotiations in Lima on March 3, with a later session "
                  "held in Quito, both mediated by Norway.")
    relative = ("Chile and Peru held talks in Lima on Monday. Norway's envoy, who mediated talks between Chile "
                "and Peru, called them useful.")
    for text in (participle, relative):
        talks, _ = _of_type(extract_text, text, "CONSULT")
        assert all(t.trigger.text != "mediated" for t in talks), (text, _summary(talks))
        assert any("mediated" in [m.text for m in t.mentions] for t in talks), (text, _summary(talks))


def test_mediating_several_earlier_rounds_is_no_mention_of_the_talks_told(extract_text):
    # two counted earlier rounds are other sessions than the one just told
    text = ("Chile and Peru held talks in Lima on Monday. Norway's envoy, who also mediated two earlier rounds "
            "of Chilean-Peruvian negotiations, called them useful.")
    talks, _ = _of_type(extract_text, text, "CONSULT")
    assert not any("mediated" in [m.text for m in t.mentions] for t in talks), _summary(talks)



def _meetings(extract_text, text):
    """The reported meetings (CONSULT) of an invented text."""
    return [e for e in extract_text(text, published="2025-04-20").events if e.reported and e.event == "CONSULT"]


def test_a_meeting_told_again_in_other_words_by_its_parties_is_one_event(extract_text):
    # "met" then "held talks", the sides named by their states then by their envoys: one meeting, two mentions
    for text, later in (
            ("Hungarian Foreign Minister Lena Varga met Czech Foreign Minister Tomas Holub in Prague on Monday. "
             "Varga held talks with Holub on energy supplies, the ministry said.", "held talks"),
            ("Chile and Peru began indirect talks in Lima on Monday, state media said. Talks between Chilean envoy "
             "Ana Rojas and Peruvian envoy Luis Quispe lasted three hours.", "Talks"),
            # a capital is a venue in the country the earlier sentence names
            ("A new round of talks between Chile and Peru, mediated by Norway, was held in Norway on Monday. "
             "Delegations from Chile and Peru held the talks at the Norwegian foreign ministry in Oslo.",
             "held the talks")):
        meetings = _meetings(extract_text, text)
        assert len(meetings) == 1 and later in [m.text for m in meetings[0].mentions], (text, _summary(meetings))


def test_meetings_of_the_same_sides_stay_two_when_day_venue_occasion_or_person_differ(extract_text):
    first = "Hungarian Foreign Minister Lena Varga met Czech Foreign Minister Tomas Holub in Prague on Monday. "
    for later in ("Varga held talks with Holub in Brno on Wednesday.",         # another day
                  "Varga held talks with Holub in Vienna.",                    # another venue
                  "Varga held talks with Holub last month.",                   # a time naming no day
                  "Varga also held talks with Holub.",                         # told as another act
                  "Hungarian and Czech experts held a technical meeting in Prague."):  # an occasion introduced
        assert len(_meetings(extract_text, first + later)) == 2, later
    rounds = ("Chile and Peru opened their second round of negotiations in Oslo on Monday. "
              "Chile and Peru had described the first round of negotiations as useful.")
    assert len(_meetings(extract_text, rounds)) == 2
    persons = ("Talks between Chilean envoy Ana Rojas and Peruvian envoy Luis Quispe began in Lima on Monday, state "
               "media said. Talks between Chilean President Tomas Vidal and Peruvian envoy Luis Quispe lasted three hours.")
    assert len(_meetings(extract_text, persons)) == 2


def test_a_duration_on_a_definite_meeting_names_no_other_occasion(extract_text):
    text = ("Chile and Peru held a second round of talks in Oslo on Monday, Chilean state media said. "
            "Rojas called the three-hour meeting useful and frank.")
    meetings = _meetings(extract_text, text)
    assert len(meetings) == 1 and [m.text for m in meetings[0].mentions] == ["meeting"], _summary(meetings)


def test_a_quoted_act_in_the_present_progressive_is_the_act_just_told(extract_text):
    # the minister's words perform the postponement the narration told: one event
    text = ("Norway postponed the talks between Chile and Peru on Thursday. \"Because of the storm we are postponing "
            "the meeting set for Saturday,\" Norwegian Foreign Minister Erik Dahl said.")
    record = extract_text(text, published="2025-04-20")
    postponed = [e for e in record.events if e.reported and e.event == "REJECT"]
    assert len(postponed) == 1 and [m.text for m in postponed[0].mentions] == ["postponing"], _summary(record.events)


def test_the_party_of_talks_held_at_a_venue_with_it_is_a_party_of_the_talks(extract_text):
    # the parser hangs "with X" on the place ("Oman with X"): X is still the envoy's counterpart, and the talks the
    # story told
    alone = _meetings(extract_text, "U.S. envoy Mark Ellery held discussions on Sunday in Oman with Iranian Deputy "
                                    "Foreign Minister Kaveh Darvish.")
    assert {a.code for e in alone for a in e.actors + e.recipients} == {"USA", "IRN"}, _summary(alone)
    text = ("President Lars Brandt said on Sunday that talks with Iran were going well. Earlier, U.S. envoy Mark Ellery "
            "held discussions on Sunday in Oman with Iranian Deputy Foreign Minister Kaveh Darvish.")
    meetings = _meetings(extract_text, text)
    assert len(meetings) == 1 and "discussions" in [m.text for m in meetings[0].mentions], _summary(meetings)


def test_the_same_verb_with_another_content_clause_is_another_act(extract_text):
    # one person's two proposals: the clauses say different things (the parser reads the second's subject as an object)
    text = ("French Foreign Minister Ana Ruiz proposed that more troops be left in Mali. Ruiz has gone further than "
            "her rivals by proposing that an alliance put in place a blockade.")
    record = extract_text(text, published=PUBLISHED)
    proposals = [e for e in record.events if e.event == "AGREE"]
    assert len(proposals) == 2 and not any(e.mentions for e in proposals), _summary(record.events)


def test_a_pledge_told_in_a_relative_clause_with_another_content_is_another_act(extract_text):
    # "a speech in which she pledged ..." names no pledge told before when it pledges another thing
    text = ("French Foreign Minister Ana Ruiz pledged to rebuild schools in Mali. Later she gave a speech in Lyon in "
            "which she pledged that France would remain a friend of Africa.")
    record = extract_text(text, published=PUBLISHED)
    pledges = [e for e in record.events if e.trigger.text == "pledged"]
    assert len(pledges) == 2 and not any(e.mentions for e in pledges), _summary(record.events)
