"""Extraction: one module per thing extracted, each reading the report's one context
(:mod:`claimledger.extract.context`), made once per parsed report."""

from __future__ import annotations

from claimledger.extract.context import context_of, text_of

__all__ = ["context_of", "text_of"]
