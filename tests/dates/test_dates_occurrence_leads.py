"""Acts named by a noun whose verb tells they took place ("the third session of talks has drawn to a close"): a
lead telling them in the present perfect takes the publication day its lead names, or the day of the next
sentence declaring a phase of them; a past verb the parser hung inside the subject ("talks ... over the dam
ended on Sunday") is still their own. And a bare weekday on an act told as coming "afterwards" or "then" is the
first such weekday after the day told before it, not one read from publication. The counterpart beside each:
what keeps its date or none."""

from __future__ import annotations

PUBLISHED = "2025-05-11"  # a Sunday


def _dates(extract_text, text, trigger, published=PUBLISHED):
    """The date values of the events triggered by ``trigger`` in ``text``."""
    events = extract_text(text, published=published).events
    return [e.date.value if e.date else None for e in events if e.trigger.text.startswith(trigger)]


CLOSED_LEAD = ("The third session of negotiations between Egypt and Ethiopia over the Nile dam has drawn to a close "
               "in Khartoum, with the delegations planning a further session next week.\n"
               "The filling schedule of the reservoir topped the list of issues in Khartoum on Sunday.")


def test_talks_told_as_closed_in_the_lead_take_the_publication_day_the_lead_names(extract_text):
    assert _dates(extract_text, CLOSED_LEAD, "negotiations") == ["2025-05-11"]


def test_talks_told_as_closed_on_another_day_keep_no_date(extract_text):
    # the lead's Sunday is the day before publication: the talks may have closed either day
    assert _dates(extract_text, CLOSED_LEAD, "negotiations", published="2025-05-12") == [None]


def test_talks_told_as_concluded_take_the_day_of_the_sentence_declaring_their_close(extract_text):
    text = ("The latest session of negotiations between Egypt and Ethiopia over the Nile dam has concluded in Cairo "
            "without a deal.\n\n"
            "In a statement on Saturday, Ahmed Hafez, the Egyptian spokesman, declared the close of the negotiations.")
    assert _dates(extract_text, text, "negotiations") == ["2025-05-10"]


def test_talks_whose_past_verb_the_parser_hung_inside_the_subject_take_its_day(extract_text):
    text = ("Renewed talks between Egyptian and Ethiopian envoys to settle quarrels over Ethiopia's giant dam "
            "ended in Khartoum on Sunday with more sessions planned, officials said.")
    assert _dates(extract_text, text, "talks", published="2025-05-12") == ["2025-05-11"]


def test_talks_whose_subject_holds_a_verb_with_its_own_subject_take_no_day_of_it(extract_text):
    # "the dam that Ethiopia began in 2011": a clause of its own, with its own subject, not the talks' verb
    text = "Talks between Egypt and Ethiopia over the dam that Ethiopia began in 2011 stalled, officials said."
    assert _dates(extract_text, text, "Talks", published="2025-05-12") == [None]


THEN = ("Experts from both countries will start technical work in Cairo on Wednesday, May 14, the Egyptian "
        "minister said. The two ministers will then meet on Saturday to weigh their findings.")


def test_a_weekday_told_then_is_the_first_after_the_day_told_before(extract_text):
    # published on a Saturday: "Saturday" alone would be the publication day; after May 14, it is May 17
    assert _dates(extract_text, THEN, "meet", published="2025-05-10") == ["2025-05-17"]


def test_a_weekday_told_afterwards_already_after_the_day_before_is_kept(extract_text):
    text = "The two ministers held talks in Cairo on Wednesday. They will meet again afterwards on Saturday."
    assert _dates(extract_text, text, "meet", published="2025-05-15") == ["2025-05-17"]
