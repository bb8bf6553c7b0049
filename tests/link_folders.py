"""A folder of reports written for a link-stage test, ingested through the CLI as a user
would: the ledger, each report's file name by its ledger id, and the listings as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.read import read_file


def ingest_folder(folder: Path, db: Path) -> str:
    """A fresh SQLite ledger at ``db`` holding every report of ``folder``."""
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return str(db)


def names_by_id(folder: Path) -> dict[str, str]:
    """Ledger id -> file stem ("01-wire")."""
    return {doc.id: Path(doc.source).stem for f in sorted(folder.iterdir()) for doc in read_file(str(f))}


def listing(db: str, *args: str, limit: bool = True) -> list[dict]:
    """One CLI listing (``links``, ``stories``, ``contradictions`` …) as its JSON lines."""
    result = CliRunner().invoke(app, [*args, "--db", db, "--json", *(["--limit", "0"] if limit else [])])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]
