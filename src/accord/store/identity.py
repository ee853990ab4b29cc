"""Cross-article identity: the same person, organisation or country in many articles is one entity.

An article's entities (contract ``Entity``: resolved name, kind, actor code) are keyed by a kind
group and a normalised name; countries are keyed by their actor code, so "Russia" and "Russian
Federation" meet. Names go through the actor lexicon (``accord.knowledge.actors.lookup_actor``) so an alias
and its canonical name meet too ("EU" / "European Union"; a known person's surname / full name).
Within an article, surname-only mentions are already resolved to the full name by the entities stage.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from accord.knowledge.actors import lookup_actor
from accord.records import Entity
from accord.store.rows import bounded_key

# Kinds (as the entities stage writes them) folded into one identity namespace each.
KIND_GROUPS: dict[str, str] = {
    "person": "person",
    "country": "country",
    "organisation": "org",
    "organization": "org",
    "group": "org",
}
DEFAULT_GROUP = "other"
# Kinds that name no one in particular without an actor code ("police", "officials", "reporters"):
# such entities are kept per article, never merged across the corpus.
GENERIC_KINDS = frozenset({"group", ""})
_PUNCTUATION = re.compile(r"[^\w\s'-]+")
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^the\s+")


@dataclass(frozen=True)
class EntityIdentity:
    """Who an article's entity is across the corpus, and how it is shown."""

    identity: str
    name: str
    norm_name: str
    code: str | None
    kind: str | None
    sector: str | None
    title: str | None
    # False for a generic group without actor code: its identity is scoped to one article.
    cross_article: bool = True


def normalise_name(name: str) -> str:
    """Case-, accent-, punctuation- and spacing-insensitive form of a name ("The Kremlin" -> "kremlin")."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold().replace("\u2019", "'")
    cleaned = _SPACES.sub(" ", _PUNCTUATION.sub(" ", folded)).strip()
    return _LEADING_ARTICLE.sub("", cleaned)


# Identities remembered per (name, kind, code, sector, title): the same actors recur in every article.
IDENTITY_CACHE_SIZE = 50_000


def scoped(identity: str, article_scope: str) -> str:
    """The identity of a generic entity within one article (``article_scope``: its content hash)."""
    return bounded_key(f"{identity}@{article_scope}")


def entity_identity(entity: Entity) -> EntityIdentity:
    """The corpus-wide identity of one article entity (see ``cross_article`` for generic groups)."""
    name = entity.name.strip() or (entity.mentions[0].text if entity.mentions else "?")
    return _identity(name, entity.kind, entity.code, entity.sector, entity.title)


@functools.lru_cache(maxsize=IDENTITY_CACHE_SIZE)
def _identity(name: str, kind: str | None, code: str | None, sector: str | None, title: str | None) -> EntityIdentity:
    """The identity of one (name, kind, code, sector, title); cached: the same actors recur in every article."""
    group = KIND_GROUPS.get((kind or "").lower(), DEFAULT_GROUP)
    canonical = name
    actor = lookup_actor(name)
    # A person is only renamed by the lexicon's entry for a person ("Umerov" -> "Rustem Umerov"),
    # never by a country or body the name happens to code to.
    if actor is not None and (group != "person" or actor.kind == "person"):
        canonical = actor.name or name
        code = code or actor.code
        sector = sector or actor.sector
    norm = normalise_name(canonical) or normalise_name(name) or name.casefold()
    identity = f"country:{code}" if group == "country" and code else f"{group}:{norm}"
    cross_article = bool(code) or (kind or "").lower() not in GENERIC_KINDS
    return EntityIdentity(
        identity=bounded_key(identity),
        name=canonical,
        norm_name=norm,
        code=code,
        kind=kind,
        sector=sector,
        title=title,
        cross_article=cross_article,
    )
