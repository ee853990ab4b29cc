"""A quotation with no cue of its own that carries on the speaker before it (issue 13 item 4): after a
quoted programme title closed by doubled straight quotes, after the speaker's relative clause holding a
speakerless passive cue, after a short lead-in in the next sentence, and as a paragraph after a long
apposition of the speaker; and the lead-ins and tails that name someone else or tell something of their
own, which carry nothing on. Invented sentences."""

from __future__ import annotations

import pytest


def _shape(record) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a show title closed by '' ends the attribution sentence like a closing curly mark
    ("The council met on Tuesday.\n\n''The budget is a disaster,'' Ms. Alvarez said on Channel Four's "
     "''Morning Report.'' ''Nobody in this town will pay for it.''", "Ms. Alvarez", "Nobody in this town will pay for it."),
    # the passive `regarded` in the speaker's relative clause has no speaker: it takes no quotation over
    ("The council met on Tuesday.\n\n\"The budget is a disaster,\" said Ms. Alvarez, who is widely regarded as a "
     "free spender. \"Nobody in this town will pay for it.\"", "Ms. Alvarez", "Nobody in this town will pay for it."),
    # a condition leading into a quotation that runs to the end of the next sentence
    ("The council met on Tuesday.\n\n\"It is a turning point,\" said Anna Berg, a senior strategist for two governors "
     "in 2010 and in 2014. Unless other rivals quit soon, \"it is very hard to see how she loses.\"",
     "Anna Berg", "it is very hard to see how she loses."),
    # a quotation paragraph after a paragraph closed by a long apposition of the speaker
    ("The council met on Tuesday.\n\n\"We have waited long enough for this road,\" said the Rev. Ann Cole, then the "
     "senior minister at Grace Chapel in the north end of the county seat.\n\n\"The town finally listened to us.\"",
     "the Rev. Ann Cole", "The town finally listened to us."),
    # `Adding,` leads into the rest of a mixed statement: its speaker goes on, not the clause before her name
    ("After the debate ended, Ms. Ortiz remarked that the audit was \"not great.\" Adding, \"the real trouble is "
     "always how the office answers for it.\"", "Ms. Ortiz", "the real trouble is always how the office answers for it."),
])
def test_a_quotation_carries_on_the_speaker_before_it(extract_text, text, speaker, content):
    shape = _shape(extract_text(text))
    assert any(s == speaker and c == content for s, _, c in shape), shape


@pytest.mark.parametrize(("text", "content"), [
    # the lead-in names whose view it is
    ("The council met on Tuesday.\n\n\"It is a turning point,\" said Anna Berg, a senior strategist. For Mr. Hale, "
     "\"the vote was a farce.\"", "the vote was a farce."),
    # the lead-in holds a subject whose verb the quotation holds: a description of that person
    ("The council met on Tuesday.\n\n\"It is a turning point,\" said Anna Berg, a senior strategist. Her rival, the "
     "treasurer, \"has no plan at all.\"", "has no plan at all."),
    # the lead-in names its speaker with a common noun
    ("The council met on Tuesday.\n\n\"We will win this fight,\" said Anna Berg, a lawyer for the town. In the words of one "
     "neighbour, \"nobody here trusts the council anymore.\"", "nobody here trusts the council anymore."),
    # the paragraph before ends with a sentence of its own after the statement
    ("The council met on Tuesday.\n\n\"We have waited long enough for this road,\" said Ann Cole, a minister. The "
     "council later voted to delay the road by a year and to spend the money elsewhere.\n\n\"The town never listens to us.\"",
     "The town never listens to us."),
])
def test_a_quotation_after_someone_else_or_a_sentence_of_its_own_carries_nothing_on(extract_text, text, content):
    shape = _shape(extract_text(text))
    assert not any(c == content and speaker is not None and speaker.endswith(("Berg", "Cole")) for speaker, _, c in shape), shape
