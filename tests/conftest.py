"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import pytest

from claimledger import nlp as nlp_loader


@pytest.fixture(scope="session")
def nlp():
    return nlp_loader.load()
