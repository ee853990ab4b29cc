"""From cue candidates and quotations to contract statements: quote kinds, adjacent quotations,
speakers resolved in text order, nesting (`via`) and ids in text order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc

from accord.knowledge.speaker_heads import unplaced_heads
from accord.records import Entity, Span, Speaker, Statement
from accord.stages.base import ArticleState
from accord.stages.entities import BY_ID_KEY, CONTEXT_KEY, GENDER_KEY, VENUE_KEY
from accord.stages.entities.context import contested, paragraph_leaders
from accord.stages.dates.dateline import story_dateline_country
from accord.stages.entities.appositions import person_descriptions
from accord.stages.entities.body_owners import body_owners
from accord.stages.entities.country_offices import office_countries
from accord.stages.entities.dateline_offices import dateline_homes
from accord.stages.entities.office_systems import office_system
from accord.stages.entities.outlet_domains import domain_countries
from accord.stages.entities.institution_place import institution_places, sentence_places
from accord.stages.entities.office_place import office_places
from accord.stages.entities.region_owners import region_owners
from accord.stages.entities.names import title_line_end
from accord.stages.entities.noun_chunk_actors import unnamed_homes
from accord.stages.statements.animacy import animate
from accord.stages.statements.candidate import Candidate
from accord.stages.statements.cues import MIN_CONTENT_CHARS
from accord.stages.statements.identification import identify_by_headline, identify_described
from accord.stages.statements.identity import consolidate
from accord.stages.statements.kin_owners import kin_codes
from accord.stages.statements.lexicon import load_lexicon
from accord.stages.statements.neutral_voices import neutral_voices
from accord.stages.statements.origins import origin_codes
from accord.stages.statements.quotes import Quote
from accord.stages.statements.scene import scene_codes
from accord.stages.statements.speaker_words import person_heads, speaker_words
from accord.stages.statements.speakers import SpeakerResolver
from accord.stages.token_filters import sentence_of

# A quotation belongs to a cue without a complement (`"...," he said.` / `He said: "..."`) when no
# more than this many characters lie between them, none of them a sentence end.
MAX_QUOTE_GAP_CHARS = 40
# A clause content is a direct quotation when a quotation covers at least this share of it.
DIRECT_SHARE = 0.8
# Speakers inside a quotation who are the quoted person or the audience, not a reported third party.
SELF_PRONOUNS = frozenset({"i", "we", "you", "me", "us"})
# Third-party reports inside a quotation (`"Moscow said it was ready," he said`) become nested statements.
KEEP_NESTED_IN_QUOTES = True
# Whether a paragraph made only of a quotation continues the direct statement closing the paragraph before.
CONTINUE_ACROSS_PARAGRAPHS = True
# ... and whether one also continues a reported (indirect or mixed) statement closing the paragraph
# before (`Viguerie sees Cruz as a uniter.` then a quotation paragraph): PolNeAR train 0-120, 10 of
# 10 such quotations lie inside a gold attribution of that statement's speaker.
CONTINUE_AFTER_REPORTED = True
# Speakers too vague to carry a quotation paragraph (`suggesting someone should question X`).
INDEFINITE_SPEAKERS = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "no one", "nobody"})
# Whether a report nested inside a quotation (`"My engineers say ..."`) leaves that quotation free
# to carry on the speaker of the quotation before it (`"A," she said. "B."`); counts in the commit.
NESTED_REPORTS_LEAVE_QUOTE_FREE = True
# Whether a quotation after a sentence holding a direct statement and, after it, another cue (`..., after
# Y stated Z`) carries on the direct statement's speaker; counts in the commit message.
QUOTES_CARRY_ON_THE_QUOTED = True
# Whether a quotation paragraph after a report nested in a statement's content carries on that statement's
# speaker rather than the nested one's; counts in the commit message.
CONTINUE_PAST_NESTED = True
# Whether a quotation after a sentence holding a direct statement and, after it, a cue with no speaker of its
# own (`"A," said X, who is seen as a hawk. "B."`: the passive `seen` in the speaker's relative clause)
# carries on the direct statement's speaker rather than that speakerless cue; counts in the commit message.
UNATTRIBUTED_CUES_PASS_ON = True
# Two straight single quotes stand for a closing double mark in some copy (`''Meet the Press.''`, the quote
# finder pairs them as one): a quotation right after them starts a sentence like one after `”`.
DOUBLED_CLOSER = "''"
# Whether a quotation after a short lead-in (`Unless the rivals quit, "B."`) in the sentence after a statement's
# own, running to that sentence's end with no cue in it, carries on that statement's speaker; counts in the
# commit message.
CONTINUE_AFTER_LEAD_IN = True
# The lead-in may have at most this many words (an adverbial or a condition, not a clause with a report).
MAX_LEAD_IN_WORDS = 8
# ... and what follows the statement's cue up to that sentence's end (the speaker's apposition, where the
# speaker comes after the cue) at most this many characters: a longer stretch tells something of its own.
MAX_LEAD_IN_TAIL_CHARS = 150
# Whether a quotation paragraph carries on the statement closing the paragraph before when what follows
# its cue there is one sentence's tail of up to MAX_LEAD_IN_TAIL_CHARS (a long apposition of the speaker),
# not only up to twice MAX_QUOTE_GAP_CHARS; counts in the commit message.
LONG_APPOSITION_TAILS = True
# Lead-in openers that name whose view follows (`For the mayor, "..."`, `To them, "..."`): no carry-on.
VIEW_HOLDER_PREPOSITIONS = frozenset({"for", "to"})
# A quotation shorter than this is a phrase (a title, a scare quote), not a continued statement.
MIN_CONTINUATION_CHARS = 12
# What the contract accepts as an affiliation code; anything else from a lexicon is dropped, not fatal.
_CODE = re.compile(r"[A-Z]{3}")
# Closing punctuation inside a one-word quotation that makes it speech rather than a name or a term.
SPOKEN_WORD_CLOSERS = frozenset({",", "!", "?"})
# Words a bare attribution sentence may add after its cue (`Trump said in a statement.`) and still
# only attribute the period-closed quotation before it.
MAX_BARE_SENTENCE_TAIL_WORDS = 4
# Tokens that end a sentence when they stand alone: the tokenizer keeps the period of an
# abbreviation (`Sen.`, `Dr.`, a middle initial `F.`) inside its token, so those never count.
SENTENCE_END_TOKENS = frozenset({".", "!", "?"})


@dataclass
class Draft:
    """A statement before ids: ranges, kind, and its candidate."""

    content: tuple[int, int]
    kind: str
    candidate: Candidate


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class QuoteIndex:
    """Quotations sorted by start, for range queries."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self.starts = [q.outer_start for q in quotes]

    def overlapping(self, start: int, end: int) -> list[Quote]:
        hi = bisect.bisect_left(self.starts, end)
        return [q for q in self.quotes[:hi] if q.outer_end > start]

    def before(self, offset: int) -> Quote | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0 and self.quotes[i].outer_end > offset:
            i -= 1
        return self.quotes[i] if i >= 0 else None

    def after(self, offset: int) -> Quote | None:
        i = bisect.bisect_left(self.starts, offset)
        return self.quotes[i] if i < len(self.quotes) else None


def _gap_ok(doc: Doc, text: str, start: int, end: int) -> bool:
    """A short stretch between a quotation and its cue with no sentence end (a period of its own,
    not an abbreviation's) and no line break."""
    gap = text[start:end]
    if len(gap) > MAX_QUOTE_GAP_CHARS or "\n" in gap.strip():
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or not any(t.text in SENTENCE_END_TOKENS and t.idx + 1 < end for t in span)


def _closes_sentence(text: str, quote: Quote) -> bool:
    """A quotation ending in a period ends its sentence (`"... see." Mr. Obama said ...` starts a new
    one); one closed by a comma, `?` or `!` can still take the cue after it."""
    return text[quote.start : quote.end].rstrip().endswith(".")


def _bare_attribution_sentence(text: str, right: int) -> bool:
    """`"... the files." Trump said.`: after a quotation closed by a period, a sentence that opens
    with its speaker in the same paragraph (the caller checks) and is only a short speaker and cue (and a few words: `in a statement`, `on Monday`) attributes that quotation;
    a longer one says something of its own (`"... see." Mr. Obama said the talks would go on.`)."""
    end = text.find(".", right)
    if end < 0 or (end + 1 < len(text) and not text[end + 1].isspace()):
        return False
    rest = text[right:end]
    return "\n" not in rest and not any(ch in rest for ch in ',;:"“”') and len(rest.split()) <= MAX_BARE_SENTENCE_TAIL_WORDS


def _spoken_word(text: str, quote: Quote) -> bool:
    """A one-word quotation closed by speech punctuation before its cue (`"Absolutely," he said`,
    `"Never!" she shouted`): an answer, not a title or a nickname."""
    return text[quote.start : quote.end].rstrip()[-1:] in SPOKEN_WORD_CLOSERS


def _sayable(text: str, quote: Quote) -> bool:
    """A quotation that can be what was said: more than one word (not a nickname or a title)."""
    return " " in text[quote.start : quote.end].strip()


def _with_quotes(candidate: Candidate, doc: Doc, text: str, quotes: QuoteIndex) -> Draft | None:
    start, end = candidate.content
    if candidate.frame == "transcript":
        return Draft((start, end), "direct", candidate)
    # A noun's frame (`The farmer's distrust of Hale is described at length:`) names a view, not the
    # words the colon announces: the quotation after it is someone's speech, cued on its own.
    introduced = _quote_after_colon(text, candidate, quotes) if candidate.frame != "noun" else None
    if introduced is not None:
        return Draft((introduced.start, introduced.end), "direct", candidate)
    if candidate.frame == "answer":
        return Draft((start, end), "indirect", candidate)  # `half said so`: short by nature
    if candidate.frame in ("bare", "interrupted") or end - start < MIN_CONTENT_CHARS:
        cue_start, cue_end = candidate.cue
        speaker_start = candidate.speaker.idx if candidate.speaker is not None else cue_start
        left = min(cue_start, speaker_start)
        right = max(cue_end, speaker_start + len(candidate.speaker.text) if candidate.speaker is not None else cue_end)
        before = quotes.before(left)
        if (before is not None and _gap_ok(doc, text, before.outer_end, left)
                and (not _closes_sentence(text, before) or (
                    not text[before.outer_end : left].strip() and "\n" not in text[before.outer_end : left]
                    and right - left <= MAX_QUOTE_GAP_CHARS and _bare_attribution_sentence(text, right)))
                and (_sayable(text, before) or _spoken_word(text, before))):
            return Draft((before.start, before.end), "direct", candidate)
        after = quotes.after(right)
        if after is not None and _gap_ok(doc, text, right, after.outer_start) and candidate.frame == "bare" and _sayable(text, after):
            return Draft((after.start, after.end), "direct", candidate)
        if candidate.frame == "bare" or end - start < MIN_CONTENT_CHARS:
            return None
    # Reported speech stays in its cue's paragraph (only quotations run across paragraphs).
    paragraph_start = text.rfind("\n", 0, candidate.cue[0]) + 1
    paragraph_end = text.find("\n", candidate.cue[1])
    if paragraph_end < 0:
        paragraph_end = len(text)
    if start >= paragraph_end:
        # `Reporter Jane Doe says:` closing a paragraph, the quotation opening the next one: the parse
        # takes the quotation as the clause, and it is what was said.
        after = quotes.after(candidate.cue[1])
        if after is not None and after.outer_start <= start and _gap_ok(doc, text, candidate.cue[1], after.outer_start):
            return Draft((after.start, after.end), "direct", candidate)
    start = max(start, paragraph_start)
    end = min(end, paragraph_end)
    if end - start < MIN_CONTENT_CHARS:
        return None
    announced = _quote_announced(text, end, paragraph_end, quotes)
    if announced is not None:
        return Draft((start, announced.end), "mixed", candidate)
    inside = quotes.overlapping(start, end)
    for quote in inside:
        if quote.outer_start - 1 <= start and end <= quote.outer_end + 1:
            return Draft((quote.start, quote.end), "direct", candidate)
    if inside:
        covered = sum(_overlap((q.start, q.end), (start, end)) for q in inside)
        if covered >= DIRECT_SHARE * (end - start) and len(inside) == 1:
            q = inside[0]
            return Draft((q.start, q.end), "direct", candidate)
        # A quotation the parse cut short (`a "significant difference,"`) is taken whole.
        end = max([end] + [q.outer_end for q in inside if start <= q.outer_start < end and q.outer_end <= paragraph_end])
        return Draft((start, end), "mixed", candidate)
    return Draft((start, end), "indirect", candidate)


def _quote_after_colon(text: str, candidate: Candidate, quotes: QuoteIndex) -> Quote | None:
    """`Cruz called them on it:` closing a paragraph and a quotation opening the next: the quotation
    is what the cue introduced (issue 13 item 8, colon attributions)."""
    paragraph_end = text.find("\n", candidate.cue[1])
    if paragraph_end < 0 or not text[candidate.cue[1] : paragraph_end].rstrip().endswith(":"):
        return None
    if len(text[candidate.cue[1] : paragraph_end]) > MAX_QUOTE_GAP_CHARS:
        return None  # the colon closes a longer sentence of its own, not the cue's clause
    after = quotes.after(paragraph_end)
    if after is None or text[paragraph_end : after.outer_start].strip():
        return None
    return after


def _quote_announced(text: str, end: int, paragraph_end: int, quotes: QuoteIndex) -> Quote | None:
    """`Trump said that, given the field, only one man could win:` closing its paragraph and a
    quotation opening the next: the reported clause announces the quotation, and both are what was
    said (PolNeAR annotates them as one content)."""
    if paragraph_end >= len(text) or text[end:paragraph_end].strip() != ":":
        return None
    after = quotes.after(paragraph_end)
    if after is None or text[paragraph_end : after.outer_start].strip():
        return None
    return after


def _has_words(text: str, content: tuple[int, int]) -> bool:
    """Content with at least one letter: a tally line (`Clinton: 2,316.`) reports no statement."""
    return any(ch.isalpha() for ch in text[content[0] : content[1]])


def _continuations(doc: Doc, text: str, drafts: list[Draft], quotes: list[Quote]) -> list[Draft]:
    """Quotations that carry on an attributed one in the same paragraph (`"A," she said. "B."`)."""
    covered = [d.content for d in drafts]
    cues = [d.candidate.cue for d in drafts]
    found: list[Draft] = []
    ordered = sorted(drafts, key=lambda d: d.candidate.cue[0])
    cue_starts = [d.candidate.cue[0] for d in ordered]
    for quote in quotes:
        if quote.end - quote.start < MIN_CONTINUATION_CHARS or text[quote.start : quote.end].isupper():
            continue  # a phrase, or a quoted heading in capitals (`"VOTERS WILL DECIDE"` over a section)
        if any(_overlap(c, (quote.start, quote.end)) * 2 >= quote.end - quote.start
               for c, cue in zip(covered, cues, strict=True) if not _cue_inside(cue, quote)):
            continue
        before = text[max(0, quote.outer_start - 8) : quote.outer_start].rstrip(" \t\xa0")
        i = bisect.bisect_left(cue_starts, quote.outer_start) - 1
        if i < 0:
            continue
        latest = ordered[i]
        previous = _quoting_draft(ordered, _enclosing(ordered, i, text), doc)
        # the tail is measured past everything told last, a trailing aside's report included (`"A," X
        # said, pointing to Y, which ... .` then a quotation paragraph)
        reach = max(previous.content[1], previous.candidate.cue[1], latest.content[1], latest.candidate.cue[1])
        if before and before[-1] not in ".!?:\"”’\n" and not before.endswith(DOUBLED_CLOSER):
            # `"A," she said, "B."`: only a quotation right after the attribution carries on.
            if before[-1] != "," or (quote.outer_start - previous.candidate.cue[1] > MAX_QUOTE_GAP_CHARS
                                     and not (previous is latest and _led_in(doc, text, reach, quote, previous, drafts))):
                continue  # not the start of a sentence: a scare quote or a title
        if reach > quote.outer_start:
            continue
        gap = text[reach : quote.outer_start]
        if "\n" in gap:
            # A paragraph that is only a quotation, after a paragraph closed by a statement, carries
            # on the same speaker (feature copy).
            paragraph_end = text.find("\n", quote.outer_end)
            rest = text[quote.outer_end : paragraph_end if paragraph_end >= 0 else len(text)]
            tail, _, between = gap.partition("\n")
            if not (CONTINUE_ACROSS_PARAGRAPHS and _carries_on(previous, drafts) and between.strip() == ""
                    and _short_tail(doc, reach, tail, previous, quotes) and rest.strip(" \t\xa0\"”’.,") == ""):
                continue
        found.append(Draft((quote.start, quote.end), "direct", previous.candidate))
        covered.append((quote.start, quote.end))
        cues.append(previous.candidate.cue)
    return found


def _short_tail(doc: Doc, reach: int, tail: str, previous: Draft, quotes: list[Quote]) -> bool:
    """What closes a paragraph after its last statement's cue leaves a quotation paragraph to that speaker
    when it is short, or is the rest of the statement's own sentence (`"A," said X, a pastor at a church in
    a town up north.`: the speaker's apposition) up to ``MAX_LEAD_IN_TAIL_CHARS``, the cue not being inside
    a quotation (a report someone quoted tells of a third party, who does not go on)."""
    if len(tail) <= MAX_QUOTE_GAP_CHARS * 2:
        return True
    if not LONG_APPOSITION_TAILS or len(tail) > MAX_LEAD_IN_TAIL_CHARS or reach == 0:
        return False
    cue_start, cue_end = previous.candidate.cue
    if any(q.start <= cue_start and cue_end <= q.end for q in quotes):
        return False
    told = doc.char_span(reach - 1, reach, alignment_mode="expand")
    if told is None or len(told) == 0:
        return False
    return sentence_of(told[0]).end_char >= reach + len(tail.rstrip())


def _led_in(doc: Doc, text: str, reach: int, quote: Quote, previous: Draft, drafts: list[Draft]) -> bool:
    """`"A," said X, an aide to the mayor. Unless the rivals quit, "B."`: a quotation opening after a short
    lead-in in the sentence right after the statement's own, running to that sentence's end, with no cue
    of its own: the speaker goes on (no one else is named as saying it, and the quotation is a sentence)."""
    if not CONTINUE_AFTER_LEAD_IN or not _carries_on(previous, drafts) or "\n" in text[reach : quote.outer_start]:
        return False
    told = doc.char_span(max(0, reach - 1), reach, alignment_mode="expand")
    opened = doc.char_span(quote.outer_start, quote.outer_start + 1, alignment_mode="expand")
    if told is None or opened is None or len(told) == 0 or len(opened) == 0:
        return False
    told_sentence, quote_sentence = sentence_of(told[0]), sentence_of(opened[0])
    if told_sentence.end != quote_sentence.start:
        return False  # not the next sentence (or still the same one)
    if quote.outer_start - reach - len(text[quote_sentence.start_char : quote.outer_start]) > MAX_LEAD_IN_TAIL_CHARS:
        return False  # a long stretch after the statement's cue says something of its own
    lead_in = text[quote_sentence.start_char : quote.outer_start]
    if len(lead_in.split()) > MAX_LEAD_IN_WORDS or any(ch in lead_in for ch in '"“”„«»'):
        return False
    words = [t for t in quote_sentence if t.idx < quote.outer_start]
    if words and words[0].lower_ in VIEW_HOLDER_PREPOSITIONS:
        return False  # `For the mayor, "..."`: the view of whoever the lead-in names
    if any(t.pos_ == "PROPN" or (t.dep_ in ("nsubj", "nsubjpass") and t.head.idx >= quote.outer_start) for t in words):
        return False  # someone named there, or a subject whose verb the quotation holds (`Her rival "has no plan."`)
    lex = load_lexicon()
    if any(t.pos_ == "NOUN" and t.dep_ in ("pobj", "poss") and animate(t, lex) for t in words):
        return False  # `In the words of one neighbour, "..."`, `A neighbour's verdict: "..."`: the lead-in names its speaker
    said = text[quote.start : quote.end].rstrip()
    after = text[quote.outer_end : quote.outer_end + 2]
    return bool(said) and (said[-1] in ".!?" or after[:1] in ("", "\n") or (after[:1] == "." and after[1:2] in ("", " ", "\n")))


def _enclosing(ordered: list[Draft], i: int, text: str) -> int:
    """The index of the draft a quotation after cue ``i`` may carry on: cue ``i``'s own, unless that cue
    and its speaker lie inside the content of an earlier statement of its paragraph (`X said some critics had long
    predicted Y` then a quotation paragraph: X goes on, not the critics)."""
    if not CONTINUE_PAST_NESTED:
        return i
    cue_start, cue_end = ordered[i].candidate.cue
    paragraph_start = text.rfind("\n", 0, cue_start) + 1
    for j in range(i - 1, -1, -1):  # back over this paragraph's cues only
        outer = ordered[j]
        if outer.candidate.cue[0] < paragraph_start:
            break
        speaker = ordered[i].candidate.speaker
        if (outer.content[0] <= cue_start and cue_end <= outer.content[1] and speaker is not None
                and outer.content[0] <= speaker.idx < outer.content[1]):
            return j  # the nested report's speaker is someone the outer statement tells of
    return i


def _quoting_draft(ordered: list[Draft], i: int, doc: Doc) -> Draft:
    """The statement a quotation after cue ``i`` carries on: that cue's, unless it reports no quotation
    and a direct statement earlier in its sentence does (`"A," X told the paper, after Y stated Z.
    "B."`, `"A," said X, a professor who focuses on Z. "B."`, `"A," said X, who is seen as a hawk. "B."`):
    the quoted speaker goes on; a cue with no speaker of its own never takes the quotation over."""
    previous = ordered[i]
    speaker = previous.candidate.speaker
    if not QUOTES_CARRY_ON_THE_QUOTED or previous.kind == "direct":
        return previous
    if speaker is None:
        if not UNATTRIBUTED_CUES_PASS_ON:
            return previous
        cue = doc.char_span(*previous.candidate.cue, alignment_mode="expand")
        if cue is None or len(cue) == 0:
            return previous
        sentence_start = sentence_of(cue[0]).start_char
    else:
        sentence_start = sentence_of(speaker).start_char
    for j in range(i - 1, -1, -1):
        earlier = ordered[j]
        if earlier.candidate.cue[0] < sentence_start:
            break
        if earlier.kind == "direct" and _speech_cue(earlier.candidate):
            return earlier
    return previous


def _speech_cue(candidate: Candidate) -> bool:
    """Whether the candidate's cue is a speech verb (`said`, `told`), not a frame around a scare quote
    (`messages later deemed "top secret"`, `when it comes to X, "..."`)."""
    speaker = candidate.speaker
    if speaker is None:
        return False
    cue = speaker.doc.char_span(*candidate.cue, alignment_mode="expand")
    return cue is not None and len(cue) > 0 and cue[0].lemma_.lower() in load_lexicon().speech_verbs


def _cue_inside(cue: tuple[int, int], quote: Quote) -> bool:
    """Whether a statement's cue lies inside the quotation: a report nested in what the quoted
    person says (`"My engineers say the vote ..."`) covers none of the quotation as a statement of
    its own, so the quotation still carries on the speaker before it (issue 13 item 4)."""
    return NESTED_REPORTS_LEAVE_QUOTE_FREE and quote.start <= cue[0] and cue[1] <= quote.end


def _carries_on(previous: Draft, drafts: list[Draft]) -> bool:
    """Whether a quotation paragraph can continue ``previous``: a direct statement always; a reported
    one (`He then listed the qualities a nominee needs:`, `Valastro praised Christie's record.`)
    when its speaker is someone named or described, not a relative or indefinite pronoun, and its
    cue is not itself inside another statement's content (`suggesting someone should question X`)."""
    if previous.kind == "direct":
        return True
    if not CONTINUE_AFTER_REPORTED:
        return False
    speaker = previous.candidate.speaker
    if speaker is None or speaker.tag_ in ("WP", "WDT") or speaker.lower_ in INDEFINITE_SPEAKERS:
        return False
    cue_start, cue_end = previous.candidate.cue
    return not any(d is not previous and d.content[0] <= cue_start and cue_end <= d.content[1] for d in drafts)


def _order_key(draft: Draft) -> tuple[int, int]:
    speaker = draft.candidate.speaker
    first = min(draft.content[0], draft.candidate.cue[0], speaker.idx if speaker is not None else draft.content[0])
    return first, draft.content[0]


def assemble(state: ArticleState, text: str, candidates: list[Candidate], quotes: list[Quote]) -> list[Statement]:
    """Contract statements from candidates, in text order with ids s1, s2, ... (``text`` is the doc's)."""
    index = QuoteIndex(quotes)
    drafts: list[Draft] = []
    seen: set[tuple[int, int]] = set()
    turns = [c.content for c in candidates if c.frame == "transcript"]
    for candidate in candidates:
        cue_start, cue_end = candidate.cue
        hosts = [(q.start, q.end) for q in index.overlapping(cue_start, cue_end) if q.start <= cue_start and cue_end <= q.end]
        hosts += [t for t in turns if t[0] <= cue_start and cue_end <= t[1]]
        quoted = candidate.frame != "transcript" and bool(hosts)
        if quoted:
            if not KEEP_NESTED_IN_QUOTES or candidate.speaker is None or candidate.speaker.lower_ in SELF_PRONOUNS:
                continue  # `I think ...` inside someone's quotation is part of what they said
            if not any(h[0] <= candidate.content[0] and candidate.content[1] <= h[1] for h in hosts):
                continue  # a report inside a quotation stays inside it
            if candidate.frame == "bare" or candidate.content[1] - candidate.content[0] < MIN_CONTENT_CHARS:
                continue
            drafts.append(Draft(candidate.content, "indirect", candidate))  # reported inside a quotation
            continue
        draft = _with_quotes(candidate, state.doc, text, index)
        if draft is None or (draft.content[1] - draft.content[0] < MIN_CONTENT_CHARS and candidate.frame != "answer"):
            continue
        if draft.content in seen or not _has_words(text, draft.content):
            continue
        seen.add(draft.content)
        drafts.append(draft)
    drafts.extend(_continuations(state.doc, text, drafts, quotes))
    drafts.sort(key=_order_key)
    reported = sorted({(q.start, q.end) for q in quotes} | {d.content for d in drafts})
    nesting = sorted({(q.start, q.end) for q in quotes} | {
        d.content for d in drafts if d.candidate.speaker is not None and d.candidate.speaker.idx < d.content[0]})
    resolver = SpeakerResolver(state, text, reported=reported, nesting=nesting,
                               quotations=sorted((q.start, q.end) for q in quotes))
    # An unattributed statement (`he was asked whether ...`) has no speaker to resolve.
    with_speaker = [i for i in range(len(drafts)) if drafts[i].candidate.speaker is not None]
    by_speaker_order = _resolution_order(drafts, with_speaker)
    speakers: dict[int, Speaker] = {}
    mixed: list[Speaker] = []
    for i in by_speaker_order:
        candidate = drafts[i].candidate
        assert candidate.speaker is not None
        resolver.quoting = _quoting_speaker(drafts, speakers, i)
        resolver.content = drafts[i].content
        resolved = resolver.resolve(candidate.speaker, candidate.relative, candidate.speaker_span)
        speakers[i] = Speaker(
            text=text[resolved.start : resolved.end], start=resolved.start, end=resolved.end,
            name=resolved.name, title=resolved.title,
            affiliation=resolved.affiliation if _CODE.fullmatch(resolved.affiliation or "") else None,
            sector=resolved.sector, entity=resolved.entity,
        )
        if resolved.mixed:
            mixed.append(speakers[i])
    entities = state.scratch.get(BY_ID_KEY) or {e.id: e for e in state.entities}
    ordered = [speakers[i] for i in with_speaker]
    surrogates = frozenset(speaker_words()["surrogate_nouns"])
    identify_described(ordered, entities, state.doc, state.scratch.get(GENDER_KEY, {}), person_heads(), surrogates,
                       speaker_words()["role_offices"], frozenset(speaker_words()["sector_roles"]))
    identify_by_headline(ordered, [drafts[i].content for i in with_speaker], entities, state.doc,
                         title_line_end(text), person_heads(), surrogates)
    descriptions = person_descriptions(state.doc, ordered, entities)
    dateline = story_dateline_country(text)
    consolidate(ordered, entities, state.scratch.get(CONTEXT_KEY),
                state.scratch.get(VENUE_KEY), state.article.published, scene_codes(state.doc, ordered, entities),
                [domain or owner or region or place or home
                 for domain, owner, region, place, home in zip(domain_countries(ordered), body_owners(ordered, entities),
                                                               region_owners(ordered, text),
                                                               institution_places(state.doc, ordered, entities,
                                                                                  unplaced_heads()),
                                                               unnamed_homes(state.doc, ordered), strict=True)],
                descriptions,
                sentence_places(state.doc, ordered, contents := [draft.content for draft in drafts]),
                office_places(state.doc, ordered, _titles(ordered, entities), contents),
                [office or home for office, home in zip(office_countries(ordered, entities),
                                                        dateline_homes(ordered, entities, dateline,
                                                                       descriptions), strict=True)],
                [office_system((title, speaker.name if title is None else None))
                 for speaker, title in zip(ordered, _titles(ordered, entities), strict=True)],
                dateline, [origin or kin for origin, kin in zip(
                    origin_codes(state.doc, ordered, entities, state.scratch.get(GENDER_KEY, {})),
                    kin_codes(state.doc, ordered, entities, state.scratch.get(GENDER_KEY, {})), strict=True)],
                paragraph_leaders(text, [(s.start, s.end) for s in ordered], list(entities.values()),
                                  reported)
                if contested(list(entities.values())) else None,
                neutral_voices(state.doc, ordered, entities, descriptions))
    for speaker in mixed:
        speaker.affiliation = None  # the parties' codes differ: the back-offs' country is one party's at best
    statements: list[Statement] = []
    for i, draft in enumerate(drafts):
        cue = draft.candidate.cue
        addressee = draft.candidate.addressee
        statements.append(Statement(
            id=f"s{i + 1}",
            kind=draft.kind,  # type: ignore[arg-type]
            content=Span.of(text, *draft.content),
            cue=Span.of(text, *cue),
            speaker=speakers.get(i),
            addressee=Span.of(text, *addressee) if addressee else None,
        ))
    _link_nested(statements)
    return statements


def _resolution_order(drafts: list[Draft], with_speaker: list[int]) -> list[int]:
    """The drafts with a speaker in the order their speakers are resolved: text order, except that a speaker
    inside a direct quotation whose own speaker is written after it waits for that speaker (\'"She lied to me,"
    Ms. Reyes said\': Reyes first, so the "she" in her words is known not to be her)."""
    def key(i: int) -> tuple[int, bool, int]:
        speaker = drafts[i].candidate.speaker
        assert speaker is not None
        hosts = [j for j in with_speaker if j != i and drafts[j].kind == "direct"
                 and drafts[j].content[0] <= speaker.idx < drafts[j].content[1]]
        if not hosts:
            return speaker.idx, False, speaker.idx
        host = drafts[min(hosts, key=lambda j: drafts[j].content[1] - drafts[j].content[0])].candidate.speaker
        assert host is not None
        return max(speaker.idx, host.idx), host.idx > speaker.idx, speaker.idx  # after the host's own speaker
    return sorted(with_speaker, key=key)


def _quoting_speaker(drafts: list[Draft], speakers: dict[int, Speaker], index: int) -> str | None:
    """The name of the already resolved speaker whose direct quotation holds draft ``index``'s speaker: a "he"
    or "him" inside a person's own words is someone else ("'I never heard him say that,' his son said")."""
    speaker = drafts[index].candidate.speaker
    assert speaker is not None
    hosts = [j for j, d in enumerate(drafts) if j != index and j in speakers and d.kind == "direct"
             and d.content[0] <= speaker.idx < d.content[1]]
    if not hosts:
        return None
    innermost = min(hosts, key=lambda j: drafts[j].content[1] - drafts[j].content[0])
    return speakers[innermost].name


def _titles(speakers: list[Speaker], entities: Mapping[str, Entity]) -> list[str | None]:
    """Per speaker, its title, else its entity's."""
    return [speaker.title or (entity.title if (entity := entities.get(speaker.entity or "")) else None)
            for speaker in speakers]


def _link_nested(statements: list[Statement]) -> None:
    """`via`: a statement whose cue lies inside another's content is reported by the innermost one."""
    for inner in statements:
        if inner.cue is None:
            continue
        best: Statement | None = None
        for outer in statements:
            if outer is inner:
                continue
            c = outer.content
            if c.start <= inner.cue.start and inner.cue.end <= c.end and (inner.content.end - inner.content.start) < (c.end - c.start):
                if best is None or (c.end - c.start) < (best.content.end - best.content.start):
                    best = outer
        if best is not None:
            inner.via = best.id
