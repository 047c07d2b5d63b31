"""Storage: engine and sessions, ORM models, Alembic migrations, backups, search index."""

from salesdesk.db.engine import Database
from salesdesk.db.opening import open_database

__all__ = ["Database", "open_database"]
