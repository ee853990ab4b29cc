"""People filed under their family name (issue 15): ``entities.family`` (indexed), so a new spelling
of a person ("Araqchi", "Busaidi", "Badr bin Hamad al-Busaidi") is matched against the stored people
of that family name at ingest (``accord.store.identity.same_people``).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# schema.KEY_LENGTH when this revision was written (a migration does not follow later edits).
KEY_LENGTH = 512


def upgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("family", sa.String(length=KEY_LENGTH), nullable=True))
        batch.create_index("ix_entities_family", ["family"], unique=False)

    from accord.store.identity import backfill_families

    backfill_families(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.drop_index("ix_entities_family")
        batch.drop_column("family")
