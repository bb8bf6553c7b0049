"""The ledger: a durable, append-only store of reports and their analyses.

Read → extract → **store** → link → show. A report is stored once, by the hash of its
normalised text; every copy of it is a sighting; every analysis is a new version.
SQLite by default, PostgreSQL for teams, the same results from both (SQLAlchemy Core,
Alembic migrations). :class:`Ledger` has the verbs; ``claimledger.ledger_cli`` puts
them on the command line.
"""

from claimledger.ledger.analysis import Analyzer
from claimledger.ledger.core import Ledger
from claimledger.ledger.db import LedgerError, resolve_url
from claimledger.ledger.ingest import FileReport, IngestReport
from claimledger.ledger.queries import Filters
from claimledger.ledger.reanalyze import ReanalyzeReport
from claimledger.ledger.search import Hit
from claimledger.ledger.store import Stored

__all__ = ["Analyzer", "FileReport", "Filters", "Hit", "IngestReport", "Ledger", "LedgerError",
           "ReanalyzeReport", "Stored", "resolve_url"]
