"""A cue clause interrupting a reported sentence whose opening clause the parse hung on the cue, an
interrupting `told` with its audience, and infinitive or prepositional contents the parse cut at a
coordination (PolNeAR annotates the whole of each as what was said); invented sentences."""

from __future__ import annotations

import pytest


def _shape(record):
    return [(s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text) for s in record.statements]


@pytest.mark.parametrize(("text", "expected"), [
    # an opening infinitive or conditional clause hung on the cue: the longer side is what was said
    ("To win the county, the senator argued, a candidate must visit every town.",
     ("the senator", "argued", "a candidate must visit every town")),
    ("If the vote fails, Ms. Reyes says, there are other ways to fund the school.",
     ("Ms. Reyes", "says", "there are other ways to fund the school")),
    # `told me` interrupting: its object is the audience, not content of its own
    ("The change now, she told us on Tuesday, is that the mill has closed.",
     ("she", "told", "is that the mill has closed")),
])
def test_a_cue_interrupting_a_sentence_reports_it(extract_text, text, expected):
    assert _shape(extract_text(text)) == [expected]


def test_an_interrupting_cue_never_reports_the_speakers_own_opening_phrase(extract_text):
    """The opening phrase is only content when the cue interrupts: a sentence the cue governs keeps its clause."""
    record = extract_text("After the meeting, the senator said the vote would be held in May.")
    assert _shape(record) == [("the senator", "said", "the vote would be held in May")]


@pytest.mark.parametrize(("text", "content"), [
    ("She promised to double the size of the park program, build new trails and create a youth service corps.",
     "to double the size of the park program, build new trails and create a youth service corps"),
    ("He pledged to meet and in some years exceed the goals without new taxes.",
     "to meet and in some years exceed the goals without new taxes"),
])
def test_coordinated_infinitives_stay_in_the_content(extract_text, text, content):
    assert _shape(extract_text(text))[0][2] == content


@pytest.mark.parametrize(("text", "content"), [
    # the second verb is the speaker's own next act (a past tense), not one more thing promised
    ("She promised to double the park budget and left the hall before the vote.", "to double the park budget"),
    # a verb with a subject of its own is a new clause
    ("He pledged to cut fares, and the council agreed to the plan.", "to cut fares"),
])
def test_the_speakers_next_act_stays_out_of_an_infinitive(extract_text, text, content):
    assert _shape(extract_text(text))[0][2] == content


def test_a_coordinated_noun_after_a_prepositional_content_stays(extract_text):
    record = extract_text("She called for fair pay, and a plan to lift wages and end loopholes.")
    assert _shape(record)[0] == ("She", "called", "fair pay, and a plan to lift wages and end loopholes")


def test_a_predicate_after_the_objects_aside_stays_in_the_content(extract_text):
    record = extract_text("Baker accused Hill's father, who was born in Ohio, of working with the mob in the 1960s.")
    assert _shape(record) == [("Baker", "accused", "Hill's father, who was born in Ohio, of working with the mob in the 1960s")]


def test_any_cue_on_a_statement_noun_speaks_for_its_issuer(extract_text):
    record = extract_text('After a closed meeting, the board issued a statement calling the vote "a plain breach" of its charter.')
    assert _shape(record) == [("the board", "calling", 'the vote "a plain breach" of its charter')]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Lee's family has called on officers to release the tapes.", "Lee's family"),
    ("Proponents urged the board to keep the grant unchanged.", "Proponents"),
    ("A number of tax experts echoed his views.", "A number of tax experts"),
    ("Her surrogates called the plan a triumph of good sense.", "Her surrogates"),
    ("No one expected a long debate on policy.", "No one"),
])
def test_people_named_by_common_nouns_hold_views(extract_text, text, speaker):
    assert [s[0] for s in _shape(extract_text(text))] == [speaker]


@pytest.mark.parametrize("text", [
    "The meeting focused on three issues.",  # a prepositional frame needs a holder of views
    "The trains pumped cool air into the station.",  # a mined frame never has a thing for its speaker
    "A number of buses called at the station.",  # the `of` phrase names things
])
def test_things_still_hold_no_views(extract_text, text):
    assert _shape(extract_text(text)) == []


def test_called_on_keeps_who_is_asked(extract_text):
    record = extract_text("Lee's family has called on officers to release the tapes.")
    assert [(s[0], s[2]) for s in _shape(record)] == [("Lee's family", "officers to release the tapes")]
    # `on` read as a particle of the cue (`called on`), its object still belongs to what was asked
    record = extract_text("Her relatives have called on police to free the video.")
    assert _shape(record) == [("Her relatives", "called on", "police to free the video")]


@pytest.mark.parametrize(("text", "expected"), [
    ("As Smith noted, the plan would cost more than the state can pay.",
     ("Smith", "noted", "the plan would cost more than the state can pay")),
    ("As several tax lawyers have pointed out, the governor may publish his returns.",
     ("several tax lawyers", "pointed out", "the governor may publish his returns")),
    ("The bridge will close in May, as the county engineer explained.",
     ("the county engineer", "explained", "The bridge will close in May")),
])
def test_an_as_clause_attributes_the_clause_it_comments_on(extract_text, text, expected):
    assert _shape(extract_text(text)) == [expected]


@pytest.mark.parametrize("text", [
    "As he spoke, protesters chanted outside the hall.",  # a temporal `as` with no speech verb of content
    "As the mayor told reporters about the plan, the crowd grew restless.",  # the cue has a topic of its own
])
def test_a_temporal_as_clause_attributes_nothing(extract_text, text):
    assert all(s[2] != "protesters chanted outside the hall" and s[2] != "the crowd grew restless"
               for s in _shape(extract_text(text)))


def test_a_telling_verb_sharing_anothers_subject_interrupts_nothing(extract_text):
    """`..., made X, told him about Y`: `told` has no subject of its own, so the clause before is no content."""
    record = extract_text("Abuelo, the boy's grandfather, who cared for him during two summers in Reno, cooked an endless "
                          "series of stews, told him about Irish history and had him read old books.")
    assert not any(s[1] == "told" and s[2].startswith("Abuelo") for s in _shape(record))


def test_a_name_after_a_quotation_is_the_speaker_when_the_tagger_misreads_its_first_word():
    """`"...," Tulsa police Chief Ann Lee said` with `Tulsa` tagged a verb (a real tagger error on a city
    name opening the phrase): the name phrase still names the speaker. A hand-tagged parse."""
    import spacy
    from spacy.tokens import Doc

    from accord.stages.statements.cue_speakers import speaker_after_quote

    words = ["We", "will", "win", ",", "”", "Tulsa", "police", "Chief", "Ann", "Lee", "said", "Monday", "."]
    pos = ["PRON", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]
    deps = ["nsubj", "aux", "ROOT", "punct", "punct", "dep", "compound", "dobj", "compound", "appos", "conj", "npadvmod", "punct"]
    heads = [2, 2, 2, 2, 2, 2, 7, 5, 9, 7, 2, 10, 2]
    vocab = spacy.blank("en").vocab  # English lexical attributes (`is_quote`, `is_title`)
    doc = Doc(vocab, words=words, pos=pos, deps=deps, heads=heads)
    speaker = speaker_after_quote(doc[10])
    assert speaker is not None and speaker.text == "Lee"
    doc_verb = Doc(vocab, words=["We", "win", ",", "”", "Walking", "home", "said", "."],
                   pos=["PRON", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"],
                   deps=["nsubj", "ROOT", "punct", "punct", "dep", "dobj", "conj", "punct"],
                   heads=[1, 1, 1, 1, 1, 4, 1, 1])
    assert speaker_after_quote(doc_verb[6]) is None  # no proper noun at its end: no name phrase


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor was angry that the council had delayed the vote.", ("The mayor", "angry", "the council had delayed the vote")),
    ("Residents are happy that the bridge reopened.", ("Residents", "happy", "the bridge reopened")),
    ("He was surprised that so few people came.", ("He", "surprised", "so few people came")),
])
def test_an_adjective_of_feeling_reports_its_that_clause(extract_text, text, expected):
    assert _shape(extract_text(text)) == [expected]


def test_a_that_clause_after_so_and_an_adjective_is_a_result(extract_text):
    """`so angry that she left`: what followed, not what she thought; and `so` is no `said so` answer."""
    assert _shape(extract_text("She was so angry that she left the room.")) == []


def test_an_as_clause_of_comparison_attributes_nothing(extract_text):
    record = extract_text("If the storm was as severe as she claimed, he asked, why had nobody left town?")
    assert not any(s[1] == "claimed" for s in _shape(record))


def test_an_adjective_in_a_list_interrupts_nothing(extract_text):
    record = extract_text("The mayor is stirring up the worst in people, the urges that leave us petty, cold, fearful and cruel.")
    assert not any(s[1] == "fearful" for s in _shape(record))
