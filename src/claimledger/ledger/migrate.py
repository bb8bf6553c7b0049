"""Schema migrations with Alembic, run from code when a ledger is opened.

Opening a ledger brings its schema to the newest revision. Two processes may open a
new ledger at the same moment (two ingests started together), so the check and the
upgrade happen under a lock: SQLite's write lock (BEGIN IMMEDIATE), or a PostgreSQL
advisory lock, both held by the transaction the migration runs in.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from claimledger.ledger import db

MIGRATIONS = Path(__file__).with_name("migrations")


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@lru_cache(maxsize=1)
def head() -> str:
    """The newest revision in the migration scripts."""
    heads = ScriptDirectory.from_config(config()).get_heads()
    if len(heads) != 1:
        raise db.LedgerError(f"the ledger migrations have {len(heads)} heads; expected one")
    return heads[0]


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, unless it is there already."""
    with engine.connect() as connection:
        found = current(connection)
        if found == head():
            return  # the common case, without taking any lock
        if found is not None and not _known(found):
            raise db.LedgerError(f"this ledger was made by a newer claimledger (schema revision {found}); "
                                 "upgrade claimledger to use it")
    with db.writing(engine) as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": db.PG_MIGRATION_LOCK})
        if current(connection) == head():
            return  # another process migrated while we waited for the lock
        cfg = config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - alembic raises several types for an unknown revision
        return False
