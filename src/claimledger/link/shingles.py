"""Word shingles, MinHash signatures and LSH band keys for finding copies.

A copy of a report is found in two steps. Candidates first: every report stores the
band keys of its MinHash signature, and a new report's keys are looked up among them
(locality-sensitive hashing, so the cost per report does not grow with the ledger).
Then each candidate is checked exactly with :func:`containment` over the shingle sets.

Everything here is stable across processes and machines (hashes are blake2b, never
Python's salted ``hash()``), because shingles and band keys are stored in the ledger
and compared with those a later process computes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

NUM_PERM = 128
SEED = 1
SHINGLE_SIZE = 5
# The lowest Jaccard similarity LSH should bring up as a candidate. Copies are judged by
# containment (see derivatives.COPY_CONTAINMENT = 0.5), and a wire story wrapped in an
# outlet's own lead and tail, or an excerpt of it, has a Jaccard well below its
# containment: half a story pasted into a text as long again is J = 0.33; the whole
# story inside a text three times as long is J = 0.33 at containment 1. With datasketch's
# optimal parameters for 0.2 (28 bands of 2 rows), a pair at J = 0.3 becomes a candidate
# with probability 0.93, at J = 0.2 with 0.68, while unrelated reports (J < 0.01 on
# 5-word shingles) almost never do (J = 0.005: 0.0007).
LSH_THRESHOLD = 0.2

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DIGIT_GROUP = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")


def words(text: str) -> list[str]:
    """The text's words, normalised so punctuation, case, typographic quotes and thousands
    separators do not tell two copies apart ("Syria’s" = "syrias", "1,200" = "1200")."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DIGIT_GROUP.sub("", text)
    return [w.replace("'", "").replace("’", "") for w in _WORD.findall(text)]


def _hash32(data: str) -> int:
    # 32 bits, because MinHash permutes values below 2**32; collisions between two reports
    # of a thousand shingles each are negligible (about 2e-4 expected).
    return int.from_bytes(hashlib.blake2b(data.encode("utf-8"), digest_size=4).digest(), "little")


def word_shingles(text: str, size: int = SHINGLE_SIZE) -> set[int]:
    """Hashed word n-grams of the normalised text. A text shorter than ``size`` words
    gives one shingle of all its words, so a short text still compares with itself."""
    if size < 1:
        raise ValueError("shingle size must be at least 1")
    tokens = words(text)
    if not tokens:
        return set()
    if len(tokens) < size:
        return {_hash32(" ".join(tokens))}
    return {_hash32(" ".join(tokens[i:i + size])) for i in range(len(tokens) - size + 1)}


def _identity(value: int) -> int:
    # Shingles are already hashed to 32 bits: MinHash need not hash them again.
    return value


@lru_cache(maxsize=1)
def _permutations():  # type: ignore[no-untyped-def]
    # datasketch draws the permutations from the seed on every MinHash it makes (about
    # half a millisecond); they are the same every time, so they are drawn once
    template = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_identity)
    return template.permutations, template.scheme


def minhash(shingles: set[int]) -> MinHash:
    """The MinHash signature of a shingle set (``NUM_PERM`` permutations, fixed seed)."""
    permutations, scheme = _permutations()
    signature = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_identity, permutations=permutations, scheme=scheme)
    if shingles:
        signature.update_batch(sorted(shingles))
    return signature


@lru_cache(maxsize=1)
def lsh_params() -> tuple[int, int]:
    """(bands, rows) that datasketch finds optimal for ``LSH_THRESHOLD`` with false
    positives and false negatives weighed alike."""
    return _optimal_param(LSH_THRESHOLD, NUM_PERM, 0.5, 0.5)


def band_keys(signature: MinHash) -> list[str]:
    """The signature's LSH band keys, ``"b<band>:<hex>"``: two reports that share any key
    are candidates. An empty signature (no words) has no keys."""
    if signature.is_empty():
        return []
    values = np.asarray(signature.hashvalues, dtype="<u8")
    bands, rows = lsh_params()
    keys = []
    for band in range(bands):
        chunk = values[band * rows:(band + 1) * rows].tobytes()
        keys.append(f"b{band}:{hashlib.blake2b(chunk, digest_size=8).hexdigest()}")
    return keys


def containment(a: set[int], b: set[int]) -> float:
    """The share of ``a``'s shingles found in ``b``: |a ∩ b| / |a| (0 for an empty ``a``)."""
    if not a:
        return 0.0
    return len(a & b) / len(a)


def jaccard(a: set[int], b: set[int]) -> float:
    """|a ∩ b| / |a ∪ b| (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0
