"""Contract records turned into table rows (pure functions: no database access)."""

from __future__ import annotations

import hashlib
import json

from accord.article import content_id
from accord.records import ActorRef, ArticleRecord, Event, Statement
from accord.store.schema import KEY_LENGTH

# Key order of a stored record is the contract's; ``text`` goes back after this field on export.
TEXT_FOLLOWS = "language"


def content_hash(text: str) -> str:
    """The full SHA-256 of an article's text: equal texts are one article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_key(url: str | None, record_id: str | None, source: str | None, text: str,
                file_path: str | None = None) -> str | None:
    """Identity of an article across runs: its URL, else a caller-given id within its source, else the
    resolved path of the local file it is the whole of (``accord.readers.article_file``).

    An id that is only the content hash says nothing the content hash does not, so it gives no key.
    """
    if url:
        key = f"url:{url}"
    elif record_id and record_id != content_id(text):
        key = f"id:{source or ''}#{record_id}"
    elif file_path:
        key = f"file:{file_path}"
    else:
        return None
    return bounded_key(key)


def legacy_sources(source: str | None, file_path: str) -> list[str]:
    """How an article from the local file ``file_path`` may have been recorded before files had an
    identity: the path as given this time, or absolute (such rows have no key; see ``write.classify``)."""
    return list(dict.fromkeys(name for name in (source, file_path) if name))


def bounded_key(key: str) -> str:
    """``key`` as it fits the indexed key columns: a longer one becomes a prefix plus its hash."""
    if len(key) <= KEY_LENGTH:
        return key
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
    return key[: KEY_LENGTH - len(digest) - 1] + "#" + digest


def record_with_text(stored: str, text: str, text_in_record: bool) -> dict:
    """The contract JSON object back from a stored record: ``text`` where extract prints it."""
    data = json.loads(stored)
    if not text_in_record:
        return data
    rebuilt: dict = {}
    for name, value in data.items():
        rebuilt[name] = value
        if name == TEXT_FOLLOWS:
            rebuilt["text"] = text
    rebuilt.setdefault("text", text)
    return rebuilt


def statement_row(article_id: int, statement: Statement, entity_ids: dict[str, int]) -> dict:
    """One ``statements`` row; the speaker is linked to its cross-article entity."""
    cue, speaker, addressee = statement.cue, statement.speaker, statement.addressee
    return {
        "article_id": article_id,
        "local_id": statement.id,
        "kind": statement.kind,
        "content_text": statement.content.text,
        "content_start": statement.content.start,
        "content_end": statement.content.end,
        "cue_text": cue.text if cue else None,
        "cue_start": cue.start if cue else None,
        "cue_end": cue.end if cue else None,
        "speaker_text": speaker.text if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "speaker_name": speaker.name if speaker else None,
        "speaker_title": speaker.title if speaker else None,
        "speaker_affiliation": speaker.affiliation if speaker else None,
        "speaker_sector": speaker.sector if speaker else None,
        "speaker_entity_id": entity_ids.get(speaker.entity) if speaker and speaker.entity else None,
        "addressee_text": addressee.text if addressee else None,
        "via": statement.via,
        "polarity": statement.polarity,
        "record": statement.model_dump_json(),
    }


def event_row(article_id: int, event: Event) -> dict:
    """One ``events`` row."""
    date, location = event.date, event.location
    return {
        "article_id": article_id,
        "local_id": event.id,
        "event": event.event,
        "mode": event.mode,
        "negated": event.negated,
        "modality": event.modality,
        "date": date.value if date else None,
        "date_granularity": date.granularity if date else None,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "statement_local_id": event.statement,
        "record": event.model_dump_json(),
    }


def participant_rows(article_id: int, event_id: int, event: Event, entity_ids: dict[str, int]) -> list[dict]:
    """``event_participants`` rows: each actor and recipient of one event."""

    def row(role: str, ref: ActorRef) -> dict:
        return {
            "event_id": event_id,
            "article_id": article_id,
            "role": role,
            "text": ref.text,
            "start": ref.start,
            "end": ref.end,
            "name": ref.name,
            "code": ref.code,
            "sector": ref.sector,
            "entity_id": entity_ids.get(ref.entity) if ref.entity else None,
        }

    return [row("actor", ref) for ref in event.actors] + [row("recipient", ref) for ref in event.recipients]
