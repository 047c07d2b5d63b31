"""board: covering indexes for the board's column figures and pages

The board's header figures (count, totals, weighted value, stale) and its first page per
column read only ``ix_leads_board`` (a won/lost column's recent closes are a range of
it). ``ix_follow_ups_lead_open`` answers "has this lead an open follow-up due before /
after now" (overdue, stale, no next step) with one index probe per lead.

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
    "closed_at",
    "position",
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
        batch_op.create_index("ix_follow_ups_lead_open", ["lead_id", "status", "due_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_ups_lead_open")
    with op.batch_alter_table("leads", schema=None) as batch_op:
        batch_op.drop_index("ix_leads_board")
