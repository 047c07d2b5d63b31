"""board: covering indexes for the board's column figures and pages

The board's header figures (count, totals, weighted value, stale) and its first page per
column read only ``ix_leads_board``, and a page of one owner's cards comes out of it
already in the manual order. ``ix_follow_ups_open_leads`` answers "which leads have an
open follow-up due before / after now" (overdue, stale, no next step) from the index alone.

Revision ID: board_1
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "board_1"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = [
    "stage_id",
    "owner_id",
    "position",
    "closed_at",
    "last_activity_at",
    "currency",
    "value_cents",
    "temperature",
    "source",
]


def upgrade() -> None:
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.create_index("ix_leads_board", COLUMNS, unique=False)
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.create_index("ix_follow_ups_open_leads", ["status", "due_at", "lead_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_ups_open_leads")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_board")
