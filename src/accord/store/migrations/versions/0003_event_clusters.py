"""Event clusters: one row per real-world event, and each stored event's ``cluster_id``.

Revision ID: 0003
Revises: 0002

Existing events are assigned to clusters in the order they were stored, by the same rule ingest
uses (``accord.store.clusters``), so an upgraded store reads the same as a freshly ingested one.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_clusters",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("negated", sa.Boolean(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("codes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_clusters")),
    )
    op.create_index(op.f("ix_event_clusters_type"), "event_clusters", ["type"], unique=False)
    op.create_index(op.f("ix_event_clusters_date"), "event_clusters", ["date"], unique=False)
    op.add_column("events", sa.Column("cluster_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_events_cluster_id"), "events", ["cluster_id"], unique=False)
    # Candidate look-up at ingest: same type, date in a window.
    op.create_index("ix_events_event_date", "events", ["event", "date"], unique=False)

    from accord.store.clusters import backfill_clusters

    backfill_clusters(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_events_event_date", table_name="events")
    op.drop_index(op.f("ix_events_cluster_id"), table_name="events")
    with op.batch_alter_table("events") as batch_op:
        batch_op.drop_column("cluster_id")
    op.drop_index(op.f("ix_event_clusters_date"), table_name="event_clusters")
    op.drop_index(op.f("ix_event_clusters_type"), table_name="event_clusters")
    op.drop_table("event_clusters")
