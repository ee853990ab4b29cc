"""Index on the start of ``articles.source`` (``schema.source_prefix``): a local file's article
ingested before files had an identity (no key) is found by its path when the file is ingested again,
so an edit updates it instead of adding an article (``accord.readers.article_file``).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# schema.SOURCE_PREFIX_CHARS when this revision was written (a migration does not follow later edits).
SOURCE_PREFIX_CHARS = 200


def upgrade() -> None:
    op.create_index("ix_articles_source_prefix", "articles", [sa.text(f"substr(source, 1, {SOURCE_PREFIX_CHARS})")],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_articles_source_prefix", table_name="articles")
