"""money: 64-bit cents (leads.value_cents, import_batches.cost_cents)

PostgreSQL's ``integer`` ends at 2,147,483,647 cents (€21,474,836.47): a bigger deal could
not be stored. The columns become ``bigint`` there. SQLite's INTEGER already holds 64-bit
values, and rebuilding ``leads`` (batch mode) with foreign keys on would run the ON DELETE
actions of the tables that point at it, so SQLite keeps its declaration (the model's type
is ``BigInteger`` with an ``Integer`` variant for SQLite).

Revision ID: money_1
Revises: imports_1
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "money_1"
down_revision = "imports_1"
branch_labels = None
depends_on = None

COLUMNS = [("leads", "value_cents"), ("import_batches", "cost_cents")]


def _alter(to: sa.types.TypeEngine[int], from_: sa.types.TypeEngine[int]) -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in COLUMNS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column(column, existing_type=from_, type_=to, existing_nullable=False)


def upgrade() -> None:
    _alter(sa.BigInteger(), sa.Integer())


def downgrade() -> None:
    _alter(sa.Integer(), sa.BigInteger())
