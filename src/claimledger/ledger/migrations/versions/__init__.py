"""One module per schema revision (Alembic reads them by file, this makes them package files)."""
