"""owners: a colour for cards and avatars, and the PostgreSQL login of each rep

Revision ID: owners_1
Revises: board_1
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "owners_1"
down_revision = "board_1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("owners", schema=None) as batch_op:
        batch_op.add_column(sa.Column("color", sa.String(length=9), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("login", sa.String(length=120), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("owners", schema=None) as batch_op:
        batch_op.drop_column("login")
        batch_op.drop_column("color")
