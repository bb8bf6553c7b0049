"""Extraction: one module per thing extracted, each reading the report's one context
(:mod:`claimledger.extract.context`), made once per parsed report."""

from __future__ import annotations

from typing import Any

__all__ = ["context_of", "text_of"]


def __getattr__(name: str) -> Any:
    # Imported on first use (PEP 562): the context module imports spaCy (seconds), and
    # modules that need only a spaCy-free submodule (extract.numbers for the web view's
    # figure series) should not pay for it by importing this package.
    if name in __all__:
        from claimledger.extract import context

        return getattr(context, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
