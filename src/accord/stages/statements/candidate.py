"""Candidate: a cue with its speaker token and content range, before quotes and names are resolved."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


# Frame of a statement whose cue is a passive without a `by`-agent (`he was asked whether ...`): no speaker.
UNATTRIBUTED_FRAME = "unattributed"


@dataclass
class Candidate:
    """A cue with its speaker token and content range, before quotes and names are resolved."""

    cue: tuple[int, int]
    speaker: Token | None
    content: tuple[int, int]
    frame: str  # clause | interrupted | infinitive | object | bare | source | noun | transcript | answer | unattributed | headline
    addressee: tuple[int, int] | None = None
    relative: Token | None = None  # the noun a relative-pronoun speaker (`who`) stands for
    speaker_span: tuple[int, int] | None = None  # exact speaker range when not derived from the parse
