"""Cluster facets and traits (issue 15): a key says whether its report is held or not, its mode and
trigger facet; a cluster keeps the pair of parties, issues and quantities its reports agree on. Every
event is clustered again by the best-match rule (``accord.corpus.clustering``).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_OLD_KEY_INDEX = ["type", "negated", "granularity", "code", "date", "place", "cluster_id"]


def upgrade() -> None:
    with op.batch_alter_table("event_cluster_keys") as batch:
        batch.add_column(sa.Column("facet", sa.String(length=64), nullable=False, server_default=""))
        batch.drop_index("uq_event_cluster_keys_match")
        batch.create_index("uq_event_cluster_keys_match",
                           ["type", "negated", "facet", "granularity", "code", "date", "place", "cluster_id"],
                           unique=True)
    with op.batch_alter_table("event_clusters") as batch:
        batch.add_column(sa.Column("traits", sa.Text(), nullable=True))

    from accord.store.clusters import backfill_clusters, reset_clusters

    connection = op.get_bind()
    reset_clusters(connection)
    backfill_clusters(connection)


def downgrade() -> None:
    with op.batch_alter_table("event_clusters") as batch:
        batch.drop_column("traits")
    with op.batch_alter_table("event_cluster_keys") as batch:
        batch.drop_index("uq_event_cluster_keys_match")
        batch.drop_column("facet")
        batch.create_index("uq_event_cluster_keys_match", _OLD_KEY_INDEX, unique=True)
