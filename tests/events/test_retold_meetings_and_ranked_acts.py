"""Re-mentions read on real news (issue 14 item 4), one invented text each: a participant retelling a meeting in a
quote, an indefinite meeting dated with the told day, talks ranked over a span of years ("the first in years"), a
dated mention of talks whose day the parse hangs elsewhere in the sentence are mentions of the act told; a place an
act's party was sent to, a restriction beside an arrest, another day, another party stay apart."""

from __future__ import annotations

from event_support import events_of_type
from event_support import summary as _summary

PUBLISHED = "2025-04-15"


def test_a_participant_retelling_the_meeting_in_a_quote_is_a_mention(extract_text):
    lead = ("Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister Luis Quispe in Lima on Thursday "
            "to discuss the border dispute. ")
    text = lead + '"We had long consultations about quotas," Rojas told journalists.'
    meetings = events_of_type(extract_text, text, "CONSULT", PUBLISHED)
    assert len(meetings) == 1 and [m.text for m in meetings[0].mentions] == ["consultations"], _summary(meetings)
    # a speaker from no side of the meeting tells consultations of their own
    other = lead + '"We had long consultations about quotas," a Bolivian envoy, Marta Ibarra, told journalists.'
    meetings = events_of_type(extract_text, other, "CONSULT", PUBLISHED)
    assert len(meetings) == 2, _summary(meetings)


def test_an_indefinite_meeting_on_the_told_day_between_the_same_leaders_is_a_mention(extract_text):
    lead = ("Chilean President Ana Rojas and Peruvian President Luis Quispe met at an Andean forum in Quito "
            "on Monday, after weeks of wrangling over water rights. ")
    later = ("Their hopes faded when a two-hour meeting on Monday between Ms. Rojas and Mr. Quispe produced no "
             "accord on the river.")
    meetings = events_of_type(extract_text, lead + later, "CONSULT", PUBLISHED)
    assert len(meetings) == 1 and [m.text for m in meetings[0].mentions] == ["meeting"], _summary(meetings)
    # on another day it is another meeting
    meetings = events_of_type(extract_text, lead + later.replace("on Monday", "on Tuesday"), "CONSULT", PUBLISHED)
    assert len(meetings) == 2, _summary(meetings)


def test_talks_ranked_first_in_years_are_the_talks_told(extract_text):
    text = ("Chile and Peru held talks in Lima on Saturday over their maritime border.\n\nThe state news agency wrote "
            "that the talks, which happened last Saturday, the first in years, arrived after a letter from the Chilean "
            "president.")
    talks = events_of_type(extract_text, text, "CONSULT", PUBLISHED)
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["talks"], _summary(talks)


def test_a_dated_mention_takes_the_one_day_its_antecedents_sentence_names(extract_text):
    lead = ("SANTIAGO - A new session of talks between Chilean and Peruvian delegates over fishing quotas closed in "
            "Lima on Sunday with another session expected, diplomats said, as Lima stood by its quota. ")
    text = lead + 'One delegate said Sunday\'s "blunt but civil" discussions went on for nearly five hours.'
    talks = events_of_type(extract_text, text, "CONSULT", PUBLISHED)
    assert len(talks) == 1 and [m.text for m in talks[0].mentions] == ["discussions"], _summary(talks)
    # another day's discussions are other talks
    other = lead + 'One delegate said Saturday\'s "blunt but civil" discussions went on for nearly five hours.'
    talks = events_of_type(extract_text, other, "CONSULT", PUBLISHED)
    assert len(talks) == 2, _summary(talks)


def test_a_city_a_prisoner_was_flown_to_is_no_venue_of_his_arrest(extract_text):
    text = ("Border guards detained the dissident writer Tomas Vidal at the airport in Asuncion and flew him to "
            "La Paz, where he was shown on state television. Years earlier, as the crackdown in La Paz intensified, "
            "Vidal had fled north with his family.")
    acts = events_of_type(extract_text, text, "COERCE", PUBLISHED)
    assert len(acts) == 2 and not any(e.mentions for e in acts), _summary(acts)


def test_arrests_named_again_at_their_city_stay_one_event(extract_text):
    text = "Police arrested 40 students in La Paz on Monday. The arrests in La Paz drew criticism from rights groups."
    acts = events_of_type(extract_text, text, "COERCE", PUBLISHED)
    assert len(acts) == 1 and [m.text for m in acts[0].mentions] == ["arrests"], _summary(acts)
