"""Turn a SalesDesk SQLite file into a real older one: the shipped migrations run downwards.

Stamping an old revision number onto a current schema is not an older file (the next upgrade
then adds columns that are already there); the tests that need an older database use this.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command

from salesdesk.db.engine import connect, resolve_target
from salesdesk.db.migrate import alembic_config


def downgrade_file(path: Path, revision: str) -> None:
    """Run the migrations of ``path`` down to ``revision``, keeping the data."""
    db = connect(resolve_target(path))
    try:
        config = alembic_config(db)
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        db.dispose()
