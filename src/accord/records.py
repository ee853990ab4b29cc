"""The extraction contract as pydantic models: what `accord extract` prints and every other part reads.

Field names and shapes follow ``shared/contract/README.md`` and its JSON Schema; the project may add
fields (always optional) but never drops or renames contract fields.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
StatementKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "future", "hypothetical", "historical"]
# The finer standing of an event (issue 14): the contract's modality plus "demanded" (called for, must,
# should) and "denied" (someone denies it happened); both map to the contract's "hypothetical".
Assertion = Literal["asserted", "future", "hypothetical", "demanded", "denied", "historical"]
# The standings of an event that happened: what timelines, counts and clusters show by default (a negated
# event, "did not attack", is never shown whatever its standing: see ``Event.reported``).
REPORTED_ASSERTIONS = frozenset({"asserted", "historical"})
Granularity = Literal["day", "month", "year"]


class Record(BaseModel):
    """Base for every contract model: no unknown fields, assignment validated."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Span(Record):
    """A stretch of the article text; ``text[start:end] == span.text`` always."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span of ``text[start:end]``, built from the article text so it cannot disagree.

        A plain ``Span`` of a ``str`` and non-negative plain ``int`` offsets already satisfies every
        field constraint, so it is built without the validator (the stages build thousands per
        article); anything else, subclasses included, is validated as before.
        """
        if cls is Span and type(text) is str and type(start) is int and type(end) is int and start >= 0 and end >= 0:
            return _trusted_span(text[start:end], start, end)
        return cls(text=text[start:end], start=start, end=end)


def _trusted_span(text: str, start: int, end: int) -> Span:
    """A ``Span`` from already valid values, set the way pydantic's ``model_construct`` sets them
    (which costs more than validating, being a Python loop over the fields)."""
    span = _new_object(Span)
    _set_attribute(span, "__dict__", {"text": text, "start": start, "end": end})
    _set_attribute(span, "__pydantic_fields_set__", {"text", "start", "end"})
    _set_attribute(span, "__pydantic_extra__", None)
    _set_attribute(span, "__pydantic_private__", None)
    return span


_new_object = object.__new__
_set_attribute = object.__setattr__


class Speaker(Span):
    """Who said it, as written in this statement, with the resolved identity."""

    name: str | None = None
    title: str | None = None
    affiliation: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    sector: str | None = None
    entity: str | None = None


class Statement(Record):
    """One reported statement: who said what, through which cue, to whom."""

    id: str
    kind: StatementKind
    content: Span
    cue: Span | None
    speaker: Speaker | None
    addressee: Span | None = None
    via: str | None = None
    # Added by the positions stage (issue taxonomy and assessment); optional in the contract.
    issues: list[str] = Field(default_factory=list)
    polarity: Literal["positive", "negative", "neutral"] | None = None
    evidence: list[Span] = Field(default_factory=list)
    # The party whose position this is (the speaker's affiliation, or for a third-party speaker the
    # one principal party the content is about) and the parties the content talks about.
    party: str | None = None
    third_party: bool = False
    about: list[str] = Field(default_factory=list)


class ActorRef(Span):
    """An event participant: its mention plus PLOVER actor coding."""

    name: str | None = None
    code: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    sector: str | None = None
    entity: str | None = None


class EventDate(Record):
    """When an event happened, resolved against the publication date where possible."""

    value: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    granularity: Granularity
    text: str | None = None
    resolved: bool = True
    start: int | None = None
    end: int | None = None


class Location(Record):
    """Where an event happened, geocoded offline."""

    text: str | None = None
    start: int | None = None
    end: int | None = None
    name: str
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    lat: float | None = None
    lon: float | None = None


class Quantity(Record):
    """A number attached to an event (people exchanged, dead, injured; the hours of its own length)."""

    value: float
    unit: str | None = None
    text: str
    start: int | None = None
    end: int | None = None


class Event(Record):
    """Who did what to whom, when and where, in PLOVER 2.0."""

    id: str
    event: EventType
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    actors: list[ActorRef] = Field(default_factory=list)
    recipients: list[ActorRef] = Field(default_factory=list)
    negated: bool = False
    modality: Modality = "asserted"
    assertion: Assertion | None = None
    date: EventDate | None = None
    location: Location | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    trigger: Span
    sentence: Span | None = None
    statement: str | None = None
    issues: list[str] = Field(default_factory=list)
    # Later words of the article that tell this same act again ("the talks", "the agreement"): one event,
    # many mentions (issue 14 item 4), so a re-mention is never a second event.
    mentions: list[Span] = Field(default_factory=list)

    @property
    def reported(self) -> bool:
        """Whether timelines, counts and clusters show this event by default: done, now or in the past, and
        not negated; never a future, hypothetical, demanded, denied or negated one ("did not attack",
        "never met": issue 14). A refusal told by a negation ("will not accept") is coded REJECT, not negated."""
        return not self.negated and (self.assertion or self.modality) in REPORTED_ASSERTIONS


# The kinds of entity the entities stage makes (``Entity.kind``); filters refuse any other.
ENTITY_KINDS: tuple[str, ...] = ("person", "organisation", "country", "group")


class Entity(Record):
    """A person, organisation or country of the article with every mention (its resolved chain)."""

    id: str
    name: str
    code: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    kind: str | None = None
    sector: str | None = None
    title: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class ArticleRecord(Record):
    """One article's extraction: the line `accord extract` prints."""

    id: str
    source: str | None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str
    text: str | None = None
    statements: list[Statement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    error: str | None = None

    def to_json_dict(self) -> dict:
        """The contract's JSON object: ``text`` only when set (HTML, URL, ``--with-text``), ``error`` only
        when the article failed."""
        data = self.model_dump(mode="json", exclude_none=False)
        if self.text is None:
            data.pop("text", None)
        if self.error is None:
            data.pop("error", None)
        return data
