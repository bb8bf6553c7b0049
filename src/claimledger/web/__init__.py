"""The web view: a read-only FastAPI app over the ledger (pages and a JSON API).

``create_app(Settings(db="claimledger.db"))`` builds it; ``claimledger serve`` runs it
with uvicorn on 127.0.0.1.
"""

from claimledger.web.app import Settings, create_app

__all__ = ["Settings", "create_app"]
