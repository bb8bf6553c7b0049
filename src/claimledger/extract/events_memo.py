"""Memos for the event stage's pure readings, so that what every trigger of a sentence asks
again (is this mention the dateline, does this sentence say "reportedly") is read once.

:func:`per_report` keeps a function's answers on the report's event view (made fresh for each
report context), keyed by the function and its arguments after the context: the function must
read nothing but the report and those arguments. Phrase readings of the side tables that take
only a string are kept across reports (:func:`names_a_group`), like ``sides.side_of``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from spacy.tokens import Span, Token

from claimledger import sides
from claimledger.extract.context import context_of, text_of, tokens_of

T = TypeVar("T")


def _memo(ctx) -> dict:  # noqa: ANN001 (a ReportContext)
    view = ctx.events_view
    if view is None:
        # imported here: the event view's module imports the modules that import this one
        from claimledger.extract.events_view import events_view
        view = events_view(ctx)
    return view.memo


def _answer(memo: dict, read: Callable[..., T], first, args: tuple) -> T:  # noqa: ANN001 (ctx or doc)
    key = (read, *args)
    try:
        return memo[key]
    except KeyError:
        found = memo[key] = read(first, *args)
        return found


def per_report(read: Callable[..., T]) -> Callable[..., T]:
    """``read(ctx, *args)`` answered once per report context and arguments."""
    @wraps(read)
    def once(ctx, *args):  # noqa: ANN001, ANN202 (the wrapped function's own signature)
        return _answer(_memo(ctx), read, ctx, args)
    return once


def per_doc(read: Callable[..., T]) -> Callable[..., T]:
    """``read(doc, *args)`` answered once per report and arguments, kept on the doc's context."""
    @wraps(read)
    def once(doc, *args):  # noqa: ANN001, ANN202 (the wrapped function's own signature)
        return _answer(_memo(context_of(doc)), read, doc, args)
    return once


@per_report
def mention_root(ctx, start: int, end: int) -> tuple[Span, Token] | None:  # noqa: ANN001 (a ReportContext)
    """The span a place mention's characters cover (``char_span``, expanded) and its root,
    made once a report: every trigger of the sentence reads each mention again."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else (span, span.root)


# a force's or an actor's phrase is asked again for every event that names it
names_a_group = lru_cache(maxsize=4096)(sides.names_a_group)


def span_text(doc, start: int, end: int) -> str:  # noqa: ANN001 (a spaCy Doc)
    """``doc[start:end].text`` sliced from the report's text, without making the Span and
    joining its tokens anew (the span's text runs from its first token to its last's end)."""
    if end <= start:
        return ""
    tokens = tokens_of(doc)
    return text_of(doc)[tokens[start].idx:tokens[end - 1].idx + len(tokens[end - 1])]
