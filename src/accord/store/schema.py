"""The store's tables (SQLAlchemy 2 Core): articles and every record they hold, with char offsets.

Each row of statements, events, event participants and mentions keeps its article and the
character offsets into that article's ``text``; the contract JSON of each record is kept beside the
columns so that ``export`` reproduces ``accord extract`` exactly. Full-text search (SQLite FTS5 /
PostgreSQL tsvector) is created by the migrations, not here, because it is dialect-specific.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# Longest identity key kept in an indexed column (URLs longer than this are hashed into it).
KEY_LENGTH = 512

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # Identity across runs: the URL, else a caller-given id ("id:..."), else the resolved path of the
    # local file it is the whole of ("file:..."), else null (hash only).
    sa.Column("key", sa.String(KEY_LENGTH), nullable=True, index=True),
    sa.Column("record_id", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=True),
    sa.Column("url", sa.Text, nullable=True),
    sa.Column("title", sa.Text, nullable=True),
    sa.Column("published", sa.String(32), nullable=True, index=True),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("version", sa.Integer, nullable=False, default=1),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("error", sa.Text, nullable=True),
    # The contract record without its text (stored once, in ``text``); see ``text_in_record``.
    sa.Column("record", sa.Text, nullable=False),
    # Whether ``accord extract`` prints ``text`` for this record (HTML, URL, batch output).
    sa.Column("text_in_record", sa.Boolean, nullable=False, default=False),
)

# Characters of ``articles.source`` indexed (an expression index; a whole URL can exceed PostgreSQL's
# index row limit): a local file's article stored before files had an identity is found by its path.
SOURCE_PREFIX_CHARS = 200


def source_prefix(column: sa.ColumnElement) -> sa.ColumnElement:
    """``substr(source, 1, N)`` with literal bounds, so queries match the expression index exactly."""
    return sa.func.substr(column, sa.literal_column("1"), sa.literal_column(str(SOURCE_PREFIX_CHARS)))


sa.Index("ix_articles_source_prefix", source_prefix(articles.c.source))
# What the store's state token reads (``accord.store.state``): a covering index, not the article rows.
sa.Index("ix_articles_state", articles.c.ingested_at, articles.c.version)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # Cross-article identity: kind group + normalised name (or actor code for countries).
    sa.Column("identity", sa.String(KEY_LENGTH), nullable=False, unique=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("norm_name", sa.Text, nullable=False),
    sa.Column("code", sa.String(3), nullable=True, index=True),
    sa.Column("kind", sa.String(32), nullable=True),
    sa.Column("sector", sa.String(16), nullable=True),
    sa.Column("title", sa.Text, nullable=True),
    # A person's family-name key (``accord.store.identity``): a new spelling is matched against the
    # people of its family names.
    sa.Column("family", sa.String(KEY_LENGTH), nullable=True, index=True),
)



def _article_fk() -> sa.Column:
    """The link from a child row to its article (deleted with it)."""
    return sa.Column(
        "article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True
    )


def _entity_fk(name: str = "entity_id") -> sa.Column:
    """The link from a row to its cross-article entity, when it has one."""
    return sa.Column(name, sa.Integer, sa.ForeignKey("entities.id"), nullable=True, index=True)


mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    _entity_fk(),
    # The entity's id within its article's record ("n1").
    sa.Column("local_entity", sa.String(32), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

statements = sa.Table(
    "statements",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("local_id", sa.String(32), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("content_text", sa.Text, nullable=False),
    sa.Column("content_start", sa.Integer, nullable=False),
    sa.Column("content_end", sa.Integer, nullable=False),
    sa.Column("cue_text", sa.Text, nullable=True),
    sa.Column("cue_start", sa.Integer, nullable=True),
    sa.Column("cue_end", sa.Integer, nullable=True),
    sa.Column("speaker_text", sa.Text, nullable=True),
    sa.Column("speaker_start", sa.Integer, nullable=True),
    sa.Column("speaker_end", sa.Integer, nullable=True),
    sa.Column("speaker_name", sa.Text, nullable=True),
    sa.Column("speaker_title", sa.Text, nullable=True),
    sa.Column("speaker_affiliation", sa.String(3), nullable=True, index=True),
    sa.Column("speaker_sector", sa.String(16), nullable=True),
    _entity_fk("speaker_entity_id"),
    sa.Column("addressee_text", sa.Text, nullable=True),
    sa.Column("via", sa.String(32), nullable=True),
    sa.Column("polarity", sa.String(16), nullable=True),
    sa.Column("record", sa.Text, nullable=False),
)

# Real-world events: the reports of one event in several articles share one cluster (issue 8).
event_clusters = sa.Table(
    "event_clusters",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("type", sa.String(16), nullable=False, index=True),
    sa.Column("negated", sa.Boolean, nullable=False),
    # The event's date (ISO day or month) from its first dated report, else null.
    sa.Column("date", sa.String(10), nullable=True, index=True),
    sa.Column("place", sa.Text, nullable=True),
    # Actor codes of every report, sorted, space-separated ("RUS UKR").
    sa.Column("codes", sa.Text, nullable=False),
    # What its reports agree on beyond the keys (JSON: pair of parties, issues, quantities), read with
    # the keys a new report matches (``accord.corpus.clustering.ClusterTraits``).
    sa.Column("traits", sa.Text, nullable=True),
)

# What matching a new report needs from a cluster's dated reports, without reading them: one row per
# distinct (type, negation, facet, granularity, actor code, date, place) a dated report of the cluster
# has; the facet is its assertion, mode and trigger facet ("asserted|visit|", "future||").
# A new report joins a cluster when one of its rows shares a code, is dated within the window and has
# no conflicting place (``accord.store.clusters``); distinct rows keep the look-up bounded by the
# variety of reports, not their number. ``place`` is '' for none (NULLs would defeat the unique index).
event_cluster_keys = sa.Table(
    "event_cluster_keys",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("cluster_id", sa.Integer, sa.ForeignKey("event_clusters.id", ondelete="CASCADE"), nullable=False,
              index=True),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("facet", sa.String(64), nullable=False, server_default=""),
    sa.Column("granularity", sa.String(8), nullable=False),  # "day" | "month" | "undated" (publication day)
    sa.Column("code", sa.String(16), nullable=False),
    sa.Column("date", sa.String(10), nullable=False),  # ISO day or month
    sa.Column("place", sa.Text, nullable=False),  # lower-cased location name, '' for none
    sa.Index("uq_event_cluster_keys_match", "type", "negated", "facet", "granularity", "code", "date", "place",
             "cluster_id", unique=True),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    sa.Column("local_id", sa.String(32), nullable=False),
    sa.Column("event", sa.String(16), nullable=False, index=True),
    sa.Column("mode", sa.Text, nullable=True),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("modality", sa.String(16), nullable=False),
    # The event's own date (ISO, possibly month/year only), else null.
    sa.Column("date", sa.String(10), nullable=True, index=True),
    sa.Column("date_granularity", sa.String(8), nullable=True),
    sa.Column("location_name", sa.Text, nullable=True),
    sa.Column("location_country", sa.String(3), nullable=True),
    sa.Column("trigger_text", sa.Text, nullable=False),
    sa.Column("trigger_start", sa.Integer, nullable=False),
    sa.Column("trigger_end", sa.Integer, nullable=False),
    sa.Column("statement_local_id", sa.String(32), nullable=True),
    sa.Column("record", sa.Text, nullable=False),
    # The real-world event this report belongs to (set at ingest; see ``accord.store.clusters``).
    sa.Column("cluster_id", sa.Integer, nullable=True, index=True),
    sa.Index("ix_events_event_date", "event", "date"),
    # Cluster sizes count asserted reports only: counted from this index, not the event rows (migration 0009).
    sa.Index("ix_events_cluster_modality", "cluster_id", "modality"),
)

# Actors and recipients of events, one row each, for filtering by actor/recipient.
event_participants = sa.Table(
    "event_participants",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    _article_fk(),
    sa.Column("role", sa.String(10), nullable=False),  # "actor" | "recipient"
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("name", sa.Text, nullable=True),
    sa.Column("code", sa.String(3), nullable=True, index=True),
    sa.Column("sector", sa.String(16), nullable=True),
    _entity_fk(),
)

failures = sa.Table(
    "failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("time", sa.DateTime(timezone=True), nullable=False),
)

# Tables holding one article's rows, children first (the order they are deleted in on update).
ARTICLE_CHILD_TABLES: tuple[sa.Table, ...] = (event_participants, events, statements, mentions)
