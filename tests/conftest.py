"""Shared fixtures: the spaCy pipeline and the shared scorer, loaded once per test session."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from claimledger import nlp as nlp_loader

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "score.py"


@pytest.fixture(scope="session")
def nlp():
    return nlp_loader.load()


@pytest.fixture(scope="session")
def shared_scorer() -> ModuleType:
    """``../shared/tools/score.py``, the scorer every report expectation is judged by."""
    if not SCORER.exists():
        pytest.skip("../shared/tools/score.py is not beside the project")
    spec = importlib.util.spec_from_file_location("claimledger_shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
