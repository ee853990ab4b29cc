"""Index on ``events (cluster_id, modality)``: cluster sizes count asserted reports only (issue 14: a future or
demanded event is no report of a held one), and with this index the per-cluster counts are read from it
instead of from every event row (the negotiation page's clusters 110 ms -> 60 ms on 10,000 articles).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_cluster_modality", "events", ["cluster_id", "modality"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_events_cluster_modality", table_name="events")
