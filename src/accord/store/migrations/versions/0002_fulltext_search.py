"""Full-text search over statement content and speaker names: SQLite FTS5, PostgreSQL tsvector + GIN.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# What is searched: the statement's words, the speaker as written and as resolved.
_SPEAKER_SQL = "coalesce(speaker_name, '') || ' ' || coalesce(speaker_text, '')"

SQLITE_UP = (
    # External-content FTS5 table kept in step with ``statements`` by triggers; porter stemming
    # so that "agreed" finds "agree", as PostgreSQL's english configuration does.
    "CREATE VIRTUAL TABLE statements_fts USING fts5("
    "content_text, speaker, content='', tokenize='porter unicode61')",
    "CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN "
    "INSERT INTO statements_fts(rowid, content_text, speaker) "
    f"VALUES (new.id, new.content_text, {_SPEAKER_SQL.replace('speaker_', 'new.speaker_')}); END",
    "CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, content_text, speaker) "
    f"VALUES ('delete', old.id, old.content_text, {_SPEAKER_SQL.replace('speaker_', 'old.speaker_')}); END",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS statements_fts_delete",
    "DROP TRIGGER IF EXISTS statements_fts_insert",
    "DROP TABLE IF EXISTS statements_fts",
)
POSTGRES_UP = (
    "ALTER TABLE statements ADD COLUMN search tsvector GENERATED ALWAYS AS "
    f"(to_tsvector('english', coalesce(content_text, '') || ' ' || {_SPEAKER_SQL})) STORED",
    "CREATE INDEX ix_statements_search ON statements USING GIN (search)",
)
POSTGRES_DOWN = (
    "DROP INDEX IF EXISTS ix_statements_search",
    "ALTER TABLE statements DROP COLUMN IF EXISTS search",
)


def _run(statements: tuple[str, ...]) -> None:
    for sql in statements:
        op.execute(sql)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(POSTGRES_DOWN)
