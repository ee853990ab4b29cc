"""Session 10's false-event kinds on unseen political news (PolNeAR train seed 100201, judged by hand), one
invented sentence each: a counterfactual, a standing aim or stance in a relative clause, a manner of talking,
a reception met, a standing held, money handed over, a notion backed, a thing or a cause of death as doer, a
poll's share blaming, a vote won among voters, a law fought for, one's own credentials defended, a trait after
"being", a plan's participle clause. Each kind has invented counterparts that keep their events, so no test passes
by dropping everything."""

from __future__ import annotations

import pytest

from event_support import events_of as _events
from event_support import summary as _summary


def _reported_at(events, word):
    """The reported events whose trigger starts with ``word``."""
    return [e for e in events if e.reported and e.trigger.text.split()[0] == word]


@pytest.mark.parametrize("text, word", [
    # a condition told by inversion, with no "if": the act did not happen
    ("It would have been fair had the governor thanked the volunteers for their work.", "thanked"),
    ("Had the minister met the strikers, the dispute might have ended sooner.", "met"),
    # a second relative clause joined by "and", which the parser hangs elsewhere: a standing stance
    ('"We are grateful," said Lena Ortiz, whom the mayor named to the board, and who is now backing Senator Hale.',
     "backing"),
    # what someone seeks or demands, told in a present relative clause: a standing aim
    ("The union opposes the pay rise he seeks for nurses.", "seeks"),
    ("The council rejected the reforms that the union demands.", "demands"),
    # a manner of talking, a reception met, a standing held
    ("Old colleagues still speak with affection of the judge.", "speak"),
    ("The reform drive is meeting stiff resistance from rural groups.", "meeting"),
    ("For decades the family occupied a prominent place in the city's life.", "occupied"),
    # money handed to a campaign group, a notion backed, one's own credentials defended
    ("Rich patrons handed over $4 million in June to a committee backing the mayor.", "handed"),
    ("The mayor openly supported the idea of a citywide registry on Friday.", "supported"),
    ("The senator defends his outsider credentials in an ad running on local TV.", "defends"),
    # a thing or a cause of death as the doer, a poll's share blaming
    ("In June, a quiz asked its readers to name which mayor had said it.", "asked"),
    ("Ortiz said the drinking that later killed his uncle began at college.", "killed"),
    ("Forty-one percent blame the mayor for the strike.", "blame"),
    # a trait after "being", and what a plan's participle clause says it asks
    ("The mayor released a video that accuses the senator of being welcoming to migrants.", "welcoming"),
    ("An ad accuses the mayor of being welcoming to migrants before that became unpopular.", "welcoming"),
    ("The mayor defends his own bona fides as an outsider on local radio.", "defends"),
    ("The landmark agreement includes a pledge to cut emissions, calling on countries to help each other adapt.",
     "calling"),
    # development draw (seed 100203): a poll's share answering, a month's name, a feeling, views offered, own work defended
    ("A third of likely voters say they would never back her.", "back"),
    ("Hale trails in third place, with 40 percent saying they would not back him.", "back"),
    ("The super PACs backing the senator began March with some $9 million in the bank.", "March"),
    ("The mayor was encouraged by the offer, an aide said.", "encouraged"),
    ("The mayor has offered few ideas on housing costs.", "offered"),
    ("The court released a statement on Monday, offering only short confirmations of the ruling.", "offering"),
    ("Columbia defends its Exxon articles.", "defends"),
    # seed 100202: a habit told by a phrase, what a law provides in the passive, a text's teaching, a fact acknowledged
    ("Norway consults with Sweden on a regular basis.", "consults"),
    ("It is one of a dozen countries where free speech is guaranteed by law.", "guaranteed"),
    ("Scripture urges us to love our neighbours, the bishop wrote.", "urges"),
    ("Recognizing the daylight between his positions and the party platform, the senator's aides believe he has "
     "earned the right to set the agenda.", "Recognizing"),
    # seed 100204: a stance in a relative clause whose present auxiliary carries the tense
    ("The delegates are mostly party insiders — a group that is so vigorously opposed to the governor.", "opposed"),
    ("Many voters are reluctantly choosing a candidate they don't totally support.", "support"),
    # a contest won among voters, a bill fought for
    ("She has generally beaten her rival handily among older voters.", "beaten"),
    ("The senator fought hard for the bill in the Senate last year.", "fought"),
])
def test_no_act_is_reported(extract_text, text, word):
    events = _events(extract_text, text)
    assert not _reported_at(events, word), _summary(events)


@pytest.mark.parametrize("text, word, event_type", [
    ("The mayor thanked the volunteers for their work.", "thanked", "SUPPORT"),
    ("The minister met the strikers on Monday.", "met", "CONSULT"),
    ("The senators opposed the pension law in March.", "opposed", "REJECT"),
    ("Mr. Ortiz spoke with the judge on Monday.", "spoke", "CONSULT"),
    ("Rebels occupied the airport on Monday.", "occupied", "COERCE"),
    ("The rebels handed over the city to the army on Monday.", "handed", "RETREAT"),
    ("The governor supported the plan on Thursday.", "supported", "SUPPORT"),
    ("The senator defended the mayor on Monday.", "defended", "SUPPORT"),
    ("Police beat protesters among the crowd on Monday.", "beat", "ASSAULT"),
    ("The mayor was welcoming the migrants at the station on Monday.", "welcoming", "SUPPORT"),
    ("The mayor is welcoming the envoys at the airport today.", "welcoming", "CONSULT"),
    ("The senator said he would not support the governor.", "support", "REJECT"),
    ("Thousands joined the March for Our Lives in Washington on Saturday.", "March", "PROTEST"),
    ("The senator was encouraged by the White House to resign.", "encouraged", "REQUEST"),
    ("The army offered aid to the flood victims on Monday.", "offered", "AGREE"),
    ("Norway coordinated with Sweden on Monday.", "coordinated", "COOPERATE"),
    ("The United States guaranteed the loan on Monday.", "guaranteed", "AGREE"),
    ("The United States recognized Kosovo on Monday.", "recognized", "SUPPORT"),
    ("Ortiz, who was backed by the United States, won the vote.", "backed", "SUPPORT"),
    ("The group, which has endorsed Senator Hale, said he has several options.", "endorsed", "SUPPORT"),
    ("The minister spoke on Monday, calling on the rebels to lay down their arms.", "calling", "REQUEST"),
    ("The rebels fought for the city last year.", "fought", "ASSAULT"),
])
def test_the_act_told_as_done_stays(extract_text, text, word, event_type):
    events = _events(extract_text, text)
    assert [e.event for e in _reported_at(events, word)] == [event_type], _summary(events)


@pytest.mark.parametrize("text, word, modality", [
    ("The mayor said it is too soon to thank the victors.", "thank", "hypothetical"),
    ("The rebels were too weak to attack the city.", "attack", "hypothetical"),
    ("The mayor said it is time to thank the victors.", "thank", "asserted"),
])
def test_what_it_is_too_early_to_do_is_not_done(nlp, text, word, modality):
    """"too soon to thank": the act is not done (seen in context on the development draw, seed 100203)."""
    from accord.stages.events.lexicon import load_lexicon
    from accord.stages.events.modality import modality_of

    doc = nlp(text)
    verb = next(t for t in doc if t.text == word)
    assert modality_of(verb, verb, load_lexicon()) == modality
