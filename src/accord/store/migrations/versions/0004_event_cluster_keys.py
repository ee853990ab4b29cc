"""Event cluster keys: what matching a new report needs from each cluster, so ingest no longer reads
(and re-parses) every clustered report in the date window for every new event.

Revision ID: 0004
Revises: 0003

Keys are built for the events already clustered; events without a cluster (a store upgraded from
0002, whose 0003 step leaves clustering to this one) are then clustered by the ingest rule.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_cluster_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("granularity", sa.String(length=8), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["cluster_id"], ["event_clusters.id"],
                                name=op.f("fk_event_cluster_keys_cluster_id_event_clusters"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_cluster_keys")),
    )
    op.create_index(op.f("ix_event_cluster_keys_cluster_id"), "event_cluster_keys", ["cluster_id"], unique=False)
    op.create_index("uq_event_cluster_keys_match", "event_cluster_keys",
                    ["type", "negated", "granularity", "code", "date", "place", "cluster_id"], unique=True)

    from accord.store.clusters import backfill_cluster_keys, backfill_clusters

    connection = op.get_bind()
    backfill_cluster_keys(connection)
    backfill_clusters(connection)


def downgrade() -> None:
    op.drop_index("uq_event_cluster_keys_match", table_name="event_cluster_keys")
    op.drop_index(op.f("ix_event_cluster_keys_cluster_id"), table_name="event_cluster_keys")
    op.drop_table("event_cluster_keys")
