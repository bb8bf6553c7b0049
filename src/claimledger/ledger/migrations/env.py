"""Alembic's entry: runs the revisions on the connection the ledger hands over.

The ledger calls Alembic from code (``migrate.upgrade``), passing an open connection
in ``config.attributes["connection"]``, inside a transaction it already holds the
migration lock in. Run from the ``alembic`` command instead, ``sqlalchemy.url`` names
the database.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from claimledger.ledger.schema import metadata

config = context.config


def run_on(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as own:
        run_on(own)


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_online()
