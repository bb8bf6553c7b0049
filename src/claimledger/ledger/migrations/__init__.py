"""Alembic migrations of the ledger schema; run by :func:`claimledger.ledger.migrate.upgrade`."""
