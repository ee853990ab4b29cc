"""The per-document shortcuts of the stages answer exactly as the spaCy reads they replace: a span's text, the
tokens a word list picks, a sentence's event contexts (read once per sentence), a phrase's lexicon key."""

from __future__ import annotations

from accord.knowledge.actors import entry_key, lexicon, words
from accord.knowledge.name_variants import same_person
from accord.stages.events.contexts import sentence_contexts
from accord.stages.events.campaign_pledges import race_in_story
from accord.stages.grammar import span_text, token_texts
from accord.stages.entities.variants import name_words
from accord.stages.events.retold import capitals_lines
from accord.stages.token_filters import document_sentences, indices_with, indices_with_words, sentence_of, token_sentences

TEXT = ("Qatar, which mediated the truce talks, said on Monday that both sides agreed to a ceasefire.\n\n"
        "The mediators  met again in Doha. \"We are hopeful,\" the envoy said. Egypt brokered an earlier deal.")


def test_span_text_is_spacy_span_text_for_sentences_and_short_spans(nlp) -> None:
    doc = nlp(TEXT)
    spans = [*doc.sents] + [doc[i:j] for i in range(len(doc)) for j in range(i, min(len(doc), i + 4) + 1)]
    for span in spans:
        assert span_text(span) == span.text


def test_the_sentence_table_answers_as_doc_sents_and_token_sent(nlp) -> None:
    doc = nlp(TEXT)
    for _ in range(2):  # the first read builds the document's table, the second reuses it
        assert [(s.start, s.end) for s in document_sentences(doc)] == [(s.start, s.end) for s in doc.sents]
        for token in doc:
            assert sentence_of(token) == token.sent
            assert token_sentences(doc)[token.i] is sentence_of(token)
    assert document_sentences(nlp("")) == ()


def test_indices_with_words_picks_tokens_by_lower_form_or_lemma(nlp) -> None:
    doc = nlp(TEXT)
    words_ = frozenset({"mediate", "mediator", "broker", "doha"})
    expected = [t.i for t in doc if t.lower_ in words_ or t.lemma_.lower() in words_]
    assert expected, "the test text must hold some of the words"
    assert indices_with_words(doc, words_) == expected
    assert indices_with_words(doc, frozenset({"absent"})) == []
    assert indices_with_words(doc, ["broker", "mediate"]) == [t.i for t in doc if t.lemma_ in ("broker", "mediate")]
    assert indices_with_words(doc, words_) == expected  # the second read, from the document's table


def test_array_filters_and_token_texts_read_once_answer_as_the_tokens_do(nlp) -> None:
    doc = nlp(TEXT)
    for _ in range(2):  # the first read builds the document's arrays, the second reuses them
        assert indices_with(doc, "POS", ("PROPN",)) == [t.i for t in doc if t.pos_ == "PROPN"]
        assert indices_with(doc, "LOWER", ("said", "met")) == [t.i for t in doc if t.lower_ in ("said", "met")]
        assert token_texts(doc) == frozenset(t.text for t in doc)


def test_a_race_for_office_is_told_by_enough_lemmas_of_its_words(nlp) -> None:
    rule = {"race_words": ["candidate", "primary", "ballot"]}
    assert race_in_story(nlp("Two candidates won the primary and the ballot is set. Both candidates spoke."), rule)
    assert not race_in_story(nlp("One candidate spoke at the rally on Monday."), rule)
    assert not race_in_story(nlp(""), rule)


def test_capitals_lines_are_the_short_lines_whose_lettered_words_are_all_capitals() -> None:
    text = ("5. ELEVEN POLICE KILLED IN CAR BOMB ATTACK.\nThe bomb went off at noon.\nUN SAYS\n"
            "TALKS RESUME IN GENEVA -- 2025\nA LONG LINE " + "OF WORDS " * 20 + "\nTRUCE HOLDS in the north\n")
    lines = text.split("\n")
    found = [text[start:end] for start, end in capitals_lines(text)]
    assert found == [lines[0], lines[3]]  # two words are no heading; a long line or one lower-case word is none


def test_sentence_contexts_are_the_same_on_every_read_and_a_caller_cannot_change_them(nlp) -> None:
    sentence = next(nlp(TEXT).sents)
    first = sentence_contexts(sentence)
    assert "diplomatic" in first  # "truce", "ceasefire"
    first.append("changed by the caller")
    assert sentence_contexts(sentence) == first[:-1]


def test_remembered_name_words_drop_the_suffix_and_stay_a_fresh_list() -> None:
    parts = name_words("Morris J. Brooks Jr.")
    assert parts == ["Morris", "J.", "Brooks"]
    parts.pop()
    assert name_words("Morris J. Brooks Jr.") == ["Morris", "J.", "Brooks"]  # the caller's change is not remembered


def test_remembered_phrase_words_keys_and_name_matches_stay_fresh_values() -> None:
    tokens = words("Russia's Foreign Ministry")
    assert tokens == ["Russia", "Foreign", "Ministry"]
    tokens.append("changed by the caller")
    assert words("Russia's Foreign Ministry") == ["Russia", "Foreign", "Ministry"]
    assert entry_key("the UN") == entry_key("the UN") == "the un"
    assert entry_key("NATO") == "NATO"
    assert same_person("Zelensky", "Volodymyr Zelenskyy") and not same_person("Hunter Biden", "Joe Biden")


def test_descriptions_read_once_per_name_are_those_of_the_parse(nlp) -> None:
    from accord.stages.entities.descriptions import _descriptions, descriptions

    doc = nlp("Lena Okafor, a Nigerian economist at the Lagos Institute, said the plan would fail.")
    name = doc[0:2]
    found = descriptions(name)
    assert [d.text for d in found] == [d.text for d in _descriptions(name)]
    assert any("economist" in d.text for d in found)
    assert descriptions(doc[0:2]) is found  # the second read is the remembered one


def test_lowered_strings_answer_each_hash_with_its_lower_cased_string(nlp) -> None:
    from accord.stages.token_filters import lowered_strings

    doc = nlp("Mediators from Qatar MET the envoys on Sunday.")
    hashes = [t.lemma for t in doc] + [t.orth for t in doc]
    table = lowered_strings(doc, hashes)
    assert all(table[t.lemma] == t.lemma_.lower() and table[t.orth] == t.text.lower() for t in doc)


def test_untagged_weekdays_and_counted_days_are_found_by_their_words(nlp) -> None:
    from accord.stages.dates.attachment import _untagged_counted_days, _untagged_weekdays

    doc = nlp("The two envoys had spoken only a day before at the summit. Earlier Sunday, the senator declined.")
    counted = _untagged_counted_days(doc, {})
    assert [s.text for s in counted] == ["a day before"]
    assert all(s.text == "Sunday" for s in _untagged_weekdays(doc, {}))


def test_the_loaded_model_is_kept_out_of_the_garbage_collectors_generations(nlp) -> None:
    import gc

    # load_model froze what was alive after loading: full collections no longer walk the model's objects.
    assert gc.get_freeze_count() > 100_000
    assert nlp("The envoy said the talks would resume.")[1].text == "envoy"


def test_every_alias_of_several_words_is_opened_by_its_first_word_as_the_scan_reads_it() -> None:
    lex = lexicon()
    aliases = [entry.phrase for entry in lex.iter_entries() if len(words(entry.phrase)) > 1]
    assert aliases
    for alias in aliases:
        first = words(alias)[0]
        assert lex.may_open_entry(first), alias
        assert lex.may_open_entry(first + "'s") and lex.may_open_entry(first.upper()), alias
    assert lex.entry("Zqxv Ministry") is None and not lex.may_open_entry("Zqxv")  # a word opening no alias


def test_remembered_lexicon_answers_are_those_of_the_unremembered_reads() -> None:
    from accord.knowledge.actors import Lexicon, known_person

    lex = lexicon()
    for phrase in ("the Kremlin", "Kremlin", "labour", "Abbas Araqchi", "Zqxv Ministry", "Volodymyr Zelenskyy"):
        for _ in range(2):  # the first read remembers, the second answers from memory
            assert lex.entry(phrase) == lex._entry(phrase)
            assert lex.full_name_spelling(phrase) == lex._full_name_spelling(phrase)
    assert lex.full_name_spelling("Abbas Araqchi") is not None  # a listed person's name spelt another way
    assert known_person("Abbas Araqchi") == known_person("Abbas Araqchi") is not None
    fresh = Lexicon(entries={"kremlin": lex.entries["kremlin"]})
    assert fresh.entry("Kremlin") is lex.entries["kremlin"] and lexicon().entry("Zqxv") is None  # memos are per lexicon


def test_remembered_datelines_and_headlines_stay_fresh_lists(nlp) -> None:
    import datetime as dt

    from accord.stages.dates.dateline import dateline_date, dateline_spans
    from accord.stages.entities.names import headline_ranges

    text = "Talks Resume In Geneva Today\n\nGENEVA, June 2 (Reuters) - The envoys met again on Monday."
    spans = dateline_spans(text)
    assert [text[start:end] for start, end in spans] == ["GENEVA, June 2 (Reuters) - "]
    spans.append((0, 0))
    assert dateline_spans(text) == spans[:-1]  # the caller's change is not remembered
    assert dateline_date(text, dt.date(2025, 6, 3)) == dt.date(2025, 6, 2)
    ranges = headline_ranges(nlp(text), text)
    assert [text[start:end] for start, end in ranges] == ["Talks Resume In Geneva Today"]
    ranges.clear()
    assert headline_ranges(nlp(text), text) == [(0, 28)]


def test_a_clause_set_apart_in_time_is_remembered_per_token(nlp) -> None:
    from accord.stages.dates.attachment import _shifted_in_time, shifted_in_time

    doc = nlp("The minister had previously said the talks would resume. The envoy agreed on Monday.")
    for _ in range(2):
        assert [shifted_in_time(t) for t in doc] == [_shifted_in_time(t) for t in doc]
    assert shifted_in_time(doc[4]) and not shifted_in_time(doc[-4])  # "had previously said"; "agreed"


def test_a_titles_office_system_is_the_first_system_that_names_it() -> None:
    from accord.stages.entities.office_systems import _holds, office_system, office_systems

    for title in ("foreign minister", "member of parliament for Leeds", "spokesman", "prime minister"):
        expected = next((s for s in office_systems() if _holds(s, title)), None)
        assert office_system((title,)) is expected and office_system((None, title)) is expected
    assert office_system(("prime minister",)) is not None and office_system(("spokesman", None)) is None


def test_name_match_words_are_the_first_and_last_words_a_later_name_chains_by() -> None:
    # ``person_for`` skips a person sharing none of these with the asked name's first and last words.
    from accord.stages.entities.variants import name_match_words

    assert name_match_words("Morris J. Brooks Jr.") == {"morris", "brooks", "jr."}
    assert name_match_words("Helen La Lime") == {"helen", "lime"}
    assert name_match_words("") == frozenset()


def test_elided_names_are_found_as_the_leading_look_behind_pattern_found_them(nlp) -> None:
    # The pattern reads its capital first (so a search skips to capitals); what it finds must not change.
    import random
    import re

    from accord.stages.entities.names import ELIDED_NAME, elided_names

    leading = re.compile(r"(?<![\w’'])[A-Z][’'][A-Z][a-z]+(?!\w)")
    text = "Aid reached O'Neill and D’Arcy at dawn, not xO'Hara nor 'O'Toole, said L'Avenir."
    assert [m.group(0) for m in ELIDED_NAME.finditer(text)] == ["O'Neill", "D’Arcy", "L'Avenir"]
    assert ELIDED_NAME.fullmatch("O'Neill") and not ELIDED_NAME.fullmatch("o'Neill")
    doc = nlp(text)
    assert [doc[i].text for i in elided_names(doc)] == ["O'Neill", "D’Arcy", "L'Avenir"]
    pieces = ["O", "d", "'", "’", " ", "B", "rien", "x", "\n", "-", "Ä"]
    rng = random.Random(7)
    for _ in range(3000):
        sample = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in ELIDED_NAME.finditer(sample)] == [m.span() for m in leading.finditer(sample)], sample
        assert bool(ELIDED_NAME.fullmatch(sample)) == bool(leading.fullmatch(sample)), sample


def test_country_mentions_are_remembered_by_name_with_the_unremembered_answer() -> None:
    from accord.stages.events.actor_backoff import _country_of_mention

    for name in ("Iran", "the Netherlands", "Iranian", "New Mexico", "Kabul", "Qatari", "Atlantis"):
        assert _country_of_mention(name) == _country_of_mention.__wrapped__(name)
    assert _country_of_mention("Iran") == "IRN" and _country_of_mention("New Mexico") != "MEX"
