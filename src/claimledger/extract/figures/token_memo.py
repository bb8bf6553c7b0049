"""Answers about one token, remembered for its Doc.

The figure stage asks what a verb or a noun means (:func:`.meanings.verb_meaning`,
:func:`.meanings.noun_meaning`) many times for the same token: each rule about a count reads
its verb and noun again. The answer depends only on the parse, which never changes once made,
so it is worked out once per token and kept in the Doc's ``user_data`` (one dict per question),
which lives exactly as long as the Doc it describes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from spacy.tokens import Token

T = TypeVar("T")
_UNSET = object()


def per_token(fn: Callable[[Token], T]) -> Callable[[Token], T]:
    """``fn`` of a token, worked out once per token of a Doc (``fn`` must read only the parse)."""
    key = f"claimledger.{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def remembered(tok: Token) -> T:
        store = tok.doc.user_data
        memo = store.get(key)
        if memo is None:
            memo = store[key] = {}
        found = memo.get(tok.i, _UNSET)
        if found is _UNSET:
            found = memo[tok.i] = fn(tok)
        return found  # type: ignore[return-value]

    return remembered
