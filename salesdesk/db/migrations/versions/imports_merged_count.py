"""import batches: how many rows were merged into an existing contact or an earlier row

With it every row read is accounted for in the history: created + merged + skipped +
rejected = rows read.

Revision ID: imports_1
Revises: owners_1
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "imports_1"
down_revision = "owners_1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_count", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_column("merged_count")
