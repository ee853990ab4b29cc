"""Senses of trigger words that report no PLOVER event, or another type (stages/events/senses.py and the
session 5 lines of triggers.tsv), each with an invented sentence and, beside it, the sense that stays."""

from __future__ import annotations

import pytest
from event_support import events_of as _events
from event_support import summary as _summary


def _types(extract_text, text):
    events = _events(extract_text, text)
    return {e.event for e in events}, _summary(events)


@pytest.mark.parametrize("text", [
    "Experts agree that the new pipeline plan has far more support than the old one.",
    '"I agree with them," Senator Maria Lopez said of the protesters.',
    'Analyst Mark Jones agreed: "They have a great brand."',
    "The two campaigns agree.",
])
def test_agreeing_with_a_view_is_no_event(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" not in types, summary


@pytest.mark.parametrize("text", [
    "Russia and Ukraine agreed to a ceasefire on Tuesday.",
    "The two governments agreed that talks would resume next week.",
    "Iran agreed on Monday to release the prisoners.",
])
def test_agreeing_to_act_stays_agree(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" in types, summary


def test_agreeing_with_an_act_approves_it(extract_text):
    # the manual's SUPPORT: "approve policy, action, or actor"
    types, summary = _types(extract_text, "Kenyan voters told VOA they agree with the removal of the deputy president.")
    assert "SUPPORT" in types and "AGREE" not in types, summary


@pytest.mark.parametrize("text", [
    "The Iranian foreign minister insisted that Tehran had no role in the attack.",
    "Syria insists it does not know where the journalist is.",
])
def test_insisting_on_a_claim_is_no_request(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REQUEST" not in types, summary


@pytest.mark.parametrize("text", [
    "The Iranian foreign minister insisted that the prisoners be released.",
    "The Iranian foreign minister insisted on a full investigation.",
    "House Republicans insisted that any budget deal include a one-year freeze of the levy.",
])
def test_insisting_on_an_act_is_a_request(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REQUEST" in types, summary


@pytest.mark.parametrize("text", [
    "When asked about the election, Governor Jan Novak said he expected a close race.",
    "At a town hall, a young woman asked Senator Maria Lopez about the harassment claims.",
    "When later pressed about the allegations, the Kremlin spokesman declined to elaborate.",
])
def test_a_question_put_is_no_request(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REQUEST" not in types, summary


@pytest.mark.parametrize("text", [
    "Ukraine asked Germany for more tanks on Monday.",
    "The Ukrainian prime minister asked parliament to approve the budget.",
])
def test_asking_for_something_is_a_request(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "REQUEST" in types, summary


@pytest.mark.parametrize("text", [
    "A poll found that 28 percent of Republicans supported the senator.",
    "Less than a quarter agreed with the governor on taxes.",
])
def test_a_poll_share_is_no_actor(extract_text, text):
    types, summary = _types(extract_text, text)
    assert not types & {"SUPPORT", "AGREE", "REJECT"}, summary


def test_a_government_supporting_stays_support(extract_text):
    types, summary = _types(extract_text, "The German government supported the sanctions on Monday.")
    assert "SUPPORT" in types, summary


def test_thank_you_closing_a_speech_is_no_event(extract_text):
    types, summary = _types(extract_text, '"Thank you very much and God bless!" the governor said.')
    assert "SUPPORT" not in types, summary


def test_thanking_a_party_for_something_is_support(extract_text):
    types, summary = _types(extract_text, "The Israeli prime minister thanked Qatar for its mediation.")
    assert "SUPPORT" in types, summary


@pytest.mark.parametrize("text", [
    "A pending county initiative threatened to lift the sales tax more sharply.",
    "The debate threatened to make or break several campaigns.",
])
def test_a_thing_threatening_to_happen_is_no_threat(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "THREATEN" not in types, summary


def test_an_actor_threatening_stays_threaten(extract_text):
    types, summary = _types(extract_text, "Hamas threatened to kill the hostages on Monday.")
    assert "THREATEN" in types, summary


@pytest.mark.parametrize("text", [
    "More than 8 million people signed up for health insurance.",
    "Rivals are seizing a chance to smear the mayor.",
    "The governor is capturing the anger of rural voters.",
    '"I feel deep sympathy for the workers," the governor said.',
    "Big-budget films can appeal to a fast-growing overseas market.",
])
def test_figures_of_speech_are_no_event(extract_text, text):
    types, summary = _types(extract_text, text)
    assert not types, summary


@pytest.mark.parametrize("text, kind", [
    ("Rebels seized the airport on Sunday.", "COERCE"),
    ("Rebels captured two soldiers near the border.", "ASSAULT"),
    ("Ukraine appealed to its allies for more air defence on Monday.", "REQUEST"),
])
def test_the_literal_senses_stay(extract_text, text, kind):
    types, summary = _types(extract_text, text)
    assert kind in types, summary


@pytest.mark.parametrize("text", [
    "Rita Ortiz on Monday hit Dana Whitfield on housing.",
    "Hillary Clinton famously clashed with Ron Johnson during the Senate hearing.",
])
def test_a_person_attacked_in_words_is_accused(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ACCUSE" in types and "ASSAULT" not in types, summary


def test_a_state_targeting_a_person_stays_assault(extract_text):
    types, summary = _types(extract_text, "Israel targeted Hamas leader Yahya Sinwar in an air strike.")
    assert "ASSAULT" in types, summary


@pytest.mark.parametrize("text", [
    "The Guardian spoke with Okafor on its podcast.",
    "Speaking to MSNBC on Monday, the strategist defended the campaign.",
])
def test_a_media_interview_is_no_consultation(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "CONSULT" not in types, summary


def test_leaders_speaking_is_consultation(extract_text):
    types, summary = _types(extract_text, "Putin spoke with Xi Jinping by phone on Tuesday.")
    assert "CONSULT" in types, summary


@pytest.mark.parametrize("text", [
    "Rita Ortiz has captured Nevada and Arizona.",
    "Senator Dana Whitfield captured the Democratic primary in Oregon.",
])
def test_a_candidate_capturing_a_state_wins_a_vote(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" not in types, summary


def test_forces_capturing_a_town_stay_assault(extract_text):
    types, summary = _types(extract_text, "Russian forces captured the town of Avdiivka on Saturday.")
    assert "ASSAULT" in types, summary


def test_shooting_back_a_reply_is_no_shot(extract_text):
    types, summary = _types(extract_text, '"Dana wants to look like a hard man tonight," Ortiz shot back.')
    assert "ASSAULT" not in types, summary


def test_hitting_back_in_words_is_no_attack(extract_text):
    types, summary = _types(extract_text, "Peru hit back, saying enriching uranium remains non-negotiable for the country.")
    assert "ASSAULT" not in types and "REJECT" in types, summary


def test_hitting_back_with_a_weapon_stays_assault(extract_text):
    types, summary = _types(extract_text, "Israel hit back with air strikes on Gaza, saying it targeted militants.")
    assert "ASSAULT" in types, summary


def test_shooting_back_at_gunmen_stays_assault(extract_text):
    types, summary = _types(extract_text, "Soldiers shot back at the gunmen on Sunday.")
    assert "ASSAULT" in types, summary


@pytest.mark.parametrize("text", [
    "Hillary Clinton offers messages about stability.",
    "The region offers vast mineral resources.",
])
def test_offering_what_one_provides_is_no_offer(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" not in types, summary


@pytest.mark.parametrize("text", [
    "Qatar offered to mediate between Israel and Hamas on Monday.",
    "Turkey offered talks to both sides on Tuesday.",
])
def test_offering_cooperation_stays_agree(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" in types, summary


@pytest.mark.parametrize("text", [
    "His strong support among social conservatives still makes the senator dangerous.",
    "A recent Gallup survey found 85 percent support for paid leave.",
    "The governor drew the support of 37 percent of the party members polled.",
])
def test_a_standing_in_polls_is_no_support_event(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "SUPPORT" not in types, summary


def test_support_announced_stays_support(extract_text):
    types, summary = _types(extract_text, "The governor announced his support for the candidate on Tuesday.")
    assert "SUPPORT" in types, summary


@pytest.mark.parametrize("text", [
    "Keeping interest rates low for years has spurred lending, supporting the recovery.",
    "Analysts say cutting the fuel levy encourages travel and spending.",
    "The new reservoirs supplied cheap water to the valley for decades.",
    # a period named as a date (session 6)
    "The end of the month has provided an opportunity to act, given a large package of tax changes that lawmakers have been weighing for weeks.",
])
def test_a_process_as_doer_is_no_event(extract_text, text):
    # PLOVER codes acts of actors: a clause, a period, an economic process or a facility does nothing
    types, summary = _types(extract_text, text)
    assert not types & {"REQUEST", "SUPPORT", "AID"}, summary


@pytest.mark.parametrize("text, kind", [
    ("The central bank encouraged lenders to cut their rates on Monday.", "REQUEST"),
    ("The Economy Ministry provided food and medicine to the flooded provinces on Monday.", "AID"),
    ("Germany supplied air defense systems to Ukraine last year.", "AID"),
])
def test_an_actor_doing_it_stays_an_event(extract_text, text, kind):
    types, summary = _types(extract_text, text)
    assert kind in types, summary


def test_a_person_named_like_an_event_noun_is_no_event(extract_text):
    text = ("U.N. Secretary-General Ban Ki-moon visited Paris on Monday. "
            "Ban told the hosts the summit had been hard. Ban then flew on to Brussels.")
    types, summary = _types(extract_text, text)
    assert "COERCE" not in types and "CONSULT" in types, summary


def test_a_ban_imposed_stays_coerce(extract_text):
    types, summary = _types(extract_text, "The government imposed a ban on fishing on Monday.")
    assert "COERCE" in types, summary


@pytest.mark.parametrize("text", [
    "The mayor was beaten in the party primary last year by a local pastor.",
    "Governor Smith beat back a challenge from the party's favourite on Tuesday.",
    "The senator beat out the governor by just one point.",
])
def test_a_contest_won_is_no_beating(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" not in types, summary


def test_police_beating_protesters_stays_assault(extract_text):
    types, summary = _types(extract_text, "Police beat dozens of protesters in the capital on Friday.")
    assert "ASSAULT" in types, summary


def test_a_fronted_participle_clause_is_no_process_subject(extract_text):
    # a fronted participle clause set off by a comma is sometimes parsed as a clausal subject
    text = "Walking through the market hall, the mayor and his wife, thanked a trader for hanging a campaign poster."
    types, summary = _types(extract_text, text)
    assert "SUPPORT" in types, summary


@pytest.mark.parametrize("text", [
    "Doctors are fighting cancer with new drugs.",
    "Firefighters battled the blaze for three days.",
    "The ministry fought hard to keep the sales tax in the budget.",
    "Her team is preparing to battle the opposition's nominee in the autumn.",
    "While the two candidates battled in Iowa on Sunday, the governor stayed in the capital.",
    "Factory towns hit hard by the recession have turned against the ruling party.",
    "The singer's long legal battle with her old label ended on Friday after the label dropped its claim.",
    "As the rival campaigns battled over the weekend, a third contender entered the race.",
    "The governor, who has always fought the establishment, won the primary.",
])
def test_a_figurative_fight_is_no_assault(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" not in types, summary


@pytest.mark.parametrize("text", [
    "Government troops battled rebels near the border.",
    "Kurdish forces are fighting against Islamic State in the north.",
    "Rebels fought government forces for control of the town.",
    "The army hit rebel positions with artillery on Monday.",
    "Rebels and the army battled for control of the city on Friday.",
])
def test_fighting_an_armed_foe_stays_assault(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" in types, summary


@pytest.mark.parametrize("text", [
    "The brewer called off a $3 billion takeover after the finance ministry tightened the rules.",
    "The carmaker has offered to pay the cost of retraining for laid-off staff.",
    "The retailer pledged to cut about $200 million in costs over three years.",
    "The bank's board meets with investors and analysts every spring.",
    "The speaker bureau asks $15,000 to $25,000 in appearance fees.",
    "The club signed the forward to a three-year contract.",
    "The automaker agreed to buy the battery maker for $2 billion.",
    "The resort charged a $50,000 membership fee last year.",
])
def test_a_company_trading_is_no_event(extract_text, text):
    events = _events(extract_text, text)
    assert not events, _summary(events)


@pytest.mark.parametrize("text, kept", [
    ("Germany agreed to cover the cost of the peacekeeping mission.", "AGREE"),
    ("Boeing agreed to pay a $2.5 billion fine to settle the Justice Department's fraud charges.", "AGREE"),
    ("Workers at the plant rejected the company's contract offer and went on strike.", "REJECT"),
    ("The union agreed to a new contract with the automaker.", "AGREE"),
    ("Saudi Arabia agreed to cut oil prices.", "AGREE"),
    ("During the talks, the Chinese side proposed to set a minimum import price for the cars.", "AGREE"),
])
def test_a_state_or_a_workforce_dealing_with_a_company_keeps_its_event(extract_text, text, kept):
    types, summary = _types(extract_text, text)
    assert kept in types, summary


@pytest.mark.parametrize("text", [
    "By a narrow 51% to 44%, students support free tuition at public universities.",
    "The mayor is supported by 41% of Democratic voters in the latest survey.",
    "Older voters back her by nearly 15 points.",
])
def test_a_poll_margin_is_no_support_event(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "SUPPORT" not in types, summary


@pytest.mark.parametrize("text, kept", [
    ("The bill was backed by 60 senators.", "SUPPORT"),
    ("The plan was backed by Germany and France.", "SUPPORT"),
    ("The Senate rejected the bill by a wide margin on Tuesday.", "REJECT"),
])
def test_backing_counted_in_actors_stays(extract_text, text, kept):
    types, summary = _types(extract_text, text)
    assert kept in types, summary



@pytest.mark.parametrize("text", [
    "The governor offered no specifics about the plan.",
    "Pollsters have offered fewer caveats about the race this year.",
    "The mayor offered a glimpse into her thinking at the dinner.",
    "Membership packages offer perks such as free parking.",
])
def test_offering_a_view_or_a_feature_is_no_agree(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" not in types, summary


@pytest.mark.parametrize("text", [
    "Egypt offered to mediate between Israel and Hamas.",
    "Germany offered humanitarian aid to Turkey after the earthquake.",
    "The rebels offered a ceasefire on Monday.",
])
def test_offering_help_or_a_truce_stays_agree(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" in types, summary


@pytest.mark.parametrize("text", [
    "The mayor hosted a fundraiser for the senator in Boston.",
    "The network hosts a Sunday talk show.",
    "Barkley hosted and Clarkson performed.",
])
def test_hosting_an_entertainment_is_no_consult(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "CONSULT" not in types, summary


@pytest.mark.parametrize("text", [
    "Qatar hosted talks between the United States and the Taliban on Monday.",
    "Obama hosted the Chinese president at the White House.",
])
def test_hosting_a_party_or_talks_stays_consult(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "CONSULT" in types, summary


@pytest.mark.parametrize("text", [
    "I agree with her on most things, but I will vote for her.",
    "We agree with her on most issues, but we are not ready to endorse her.",
])
def test_agreeing_with_a_person_on_topics_is_a_view(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" not in types, summary


def test_agreeing_with_a_state_on_a_measure_stays_agree(extract_text):
    types, summary = _types(extract_text, "Russia agreed with Ukraine on a prisoner exchange.")
    assert "AGREE" in types, summary


@pytest.mark.parametrize("text", [
    "Senator Maria Lopez's attacks on a federal judge drew criticism from her own party.",
    "The governor's attack on the mayor's record was widely reported.",
    "He attacked her over her tax plan during the debate.",
    "I was viciously attacked by Senator Lopez at the convention.",
    "A newspaper column attacked the comment on Monday.",
    "Her populist attacks on the wealthy won her older voters.",
])
def test_attacks_in_words_are_criticism(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" not in types and "ACCUSE" in types, summary


@pytest.mark.parametrize("text", [
    "A deadly knife attack in Lyon killed two people on Sunday.",
    "Hamas's attack on Israeli soldiers killed three.",
    "The general's attack on the town killed dozens.",
    "He attacked a woman with a knife in the park.",
    "Militants attacked the senator's convoy near Kabul.",
    "Repeated attacks on the base killed four soldiers.",
])
def test_attacks_with_force_stay_assault(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" in types, summary


@pytest.mark.parametrize("text", [
    "The senator hit the campaign trail in Iowa on Monday.",
    "The campaign blasted out a message to donors on Tuesday.",
    "Turnout blasted through the 2012 record.",
])
def test_a_route_or_a_message_sent_is_no_event(extract_text, text):
    types, summary = _types(extract_text, text)
    assert not types & {"ASSAULT", "ACCUSE"}, summary


@pytest.mark.parametrize("text, kept", [
    ("The senator blasted the governor for skipping the debate.", "ACCUSE"),
    ("An airstrike hit a school in Gaza on Monday.", "ASSAULT"),
])
def test_blasting_someone_or_hitting_a_place_stays(extract_text, text, kept):
    types, summary = _types(extract_text, text)
    assert kept in types, summary


@pytest.mark.parametrize("text", [
    "Lopez now holds a clear lead among regular, pledged delegates.",
    "In Ohio, where 150 pledged delegates are at stake, Lopez leads.",
])
def test_pledged_delegates_are_a_term_not_a_promise(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "AGREE" not in types, summary


def test_pledging_to_act_stays_agree(extract_text):
    types, summary = _types(extract_text, "The Serbian government pledged to hold new elections within a year.")
    assert "AGREE" in types, summary


@pytest.mark.parametrize("text, dropped", [
    ("The campaign issued a press release on Friday.", "RETREAT"),
    ("Critics mocked the governor's tough talk about the border.", "CONSULT"),
])
def test_a_press_release_or_tough_talk_is_no_event(extract_text, text, dropped):
    types, summary = _types(extract_text, text)
    assert dropped not in types, summary


@pytest.mark.parametrize("text, kept", [
    ("Hamas has begun the release of 50 Israeli hostages.", "RETREAT"),
    ("Talks between Iran and the United States resumed in Oman.", "CONSULT"),
])
def test_a_prisoner_release_or_talks_stay(extract_text, text, kept):
    types, summary = _types(extract_text, text)
    assert kept in types, summary


@pytest.mark.parametrize("text", [
    "Violence broke out at Maria Lopez's rallies in Ohio last week.",
    "The senator held a campaign rally in Des Moines on Monday.",
    "The governor is a dull speaker, but his rallies draw thousands of voters.",
])
def test_a_campaign_rally_is_no_protest(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "PROTEST" not in types, summary


@pytest.mark.parametrize("text", [
    "Thousands of teachers held a rally outside parliament on Monday to protest pay cuts.",
    "Opposition supporters staged a rally in Nairobi against the tax bill.",
])
def test_a_rally_against_a_measure_stays_protest(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "PROTEST" in types, summary


@pytest.mark.parametrize("text", [
    "Maria Lopez held a rally at the state university on Tuesday night.",
    "He has addressed big, noisy rallies in Ohio for several weeks.",
    "Senator Dana Whitfield rallied thousands by promising lower taxes.",
])
def test_a_rally_a_person_holds_is_no_protest(extract_text, text):
    # session 12 round 2: a rally a person holds or addresses, or a crowd rallied, is a campaign event
    types, summary = _types(extract_text, text)
    assert "PROTEST" not in types, summary


@pytest.mark.parametrize("text", [
    "Last month his campaign shelled out to air a short film on Spanish-language television.",
    "The stories about his old debts wound up being a non-story.",
    "The mayor has fought her way back into contention.",
    "Mr. Okafor argued that reporters are killing the newspaper business.",
    "The richest tenth captured 40 percent of new wealth in the decade.",
    "The senator hijacked the floor for an hour on Tuesday.",
])
def test_figurative_violent_verbs_are_no_assault(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" not in types and "THREATEN" not in types, summary


@pytest.mark.parametrize("text", [
    "Two former presidents of Mexico quickly fired back at the candidate over the proposal.",
    "Senator Maria Lopez fired back with a sharp statement.",
    "A group backing the senator ran ads that attacked the governor's work at the bank.",
])
def test_a_reply_in_words_is_accuse_not_assault(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "ASSAULT" not in types and "ACCUSE" in types, summary


@pytest.mark.parametrize("text, kept", [
    ("Rebels fired back at the soldiers on Tuesday.", "ASSAULT"),
    ("Protesters blocked the main road to the airport on Monday.", "PROTEST"),
    ("Republicans in the Senate blocked the bill on Monday.", "REJECT"),
    ("Iranian authorities blocked thousands of websites last year.", "COERCE"),
])
def test_violent_or_obstructing_senses_stay(extract_text, text, kept):
    types, summary = _types(extract_text, text)
    assert kept in types, summary


@pytest.mark.parametrize("text", [
    "Republicans had blocked larger payments to the farmers.",
    "The site blocked comments from thousands of users.",
])
def test_blocking_payments_or_comments_is_no_protest(extract_text, text):
    types, summary = _types(extract_text, text)
    assert "PROTEST" not in types, summary


@pytest.mark.parametrize("text, event_type", [
    ("Up north, where two ranges meet a dry plain, lies a small village.", "CONSULT"),
    ("The newest quarrel feeds a saga which has surrounded the governor's trips on a borrowed plane.", "MOBILIZE"),
])
def test_a_place_or_a_state_of_affairs_is_no_doer(extract_text, text, event_type):
    types, summary = _types(extract_text, text)
    assert event_type not in types, summary


@pytest.mark.parametrize("text, event_type", [
    ("Washington imposed sanctions on Iran on Monday.", "SANCTION"),
    ("A strike killed five soldiers in the town on Monday.", "ASSAULT"),
    ("The judges issued a stern rebuke to Mississippi, a southern state with a long history that has refused to "
     "accept same-sex marriage.", "REJECT"),
])
def test_a_metonym_or_an_ambiguous_relative_keeps_its_event(extract_text, text, event_type):
    # a state, an attack, or a relative clause that may stand for the state the place noun hangs on
    types, summary = _types(extract_text, text)
    assert event_type in types, summary
