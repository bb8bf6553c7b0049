"""The library entry point: documents in, analysis records out.

``analyze(document)`` for one report; ``analyze_many(documents)`` streams many
through spaCy's ``nlp.pipe`` so the parse is batched, which is where the time goes.

A long report (past :data:`CHUNK_CHARS`, and so past spaCy's ``max_length`` of a
million characters too) is parsed in parts cut at paragraph breaks, and the parts are
joined back into one ``Doc`` with ``Doc.from_docs``: the parts cover the text exactly,
so the joined Doc has the report's very text and every offset in the record points
into it as for a short report. Parsing in parts also bounds the parser's memory.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from spacy.language import Language
from spacy.tokens import Doc

from claimledger import nlp as nlp_loader
from claimledger.extract.context import release
from claimledger.extract.record import build_record
from claimledger.model import Document

# Characters per parsed part. Well under spaCy's max_length; a part this size parses in
# a few hundred megabytes at most, and a paragraph break is rarely far from any point.
CHUNK_CHARS = 100_000
# Where a part may end, best first: after a blank line, a line break, a sentence, a space.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?]['\"”’)]?\s+"),
           re.compile(r"\s+"))

OnError = Callable[[Document, Exception], None]


def analyze(document: Document, nlp: Language | None = None) -> dict:
    return next(iter(analyze_many([document], nlp)))


def analyze_many(documents: Iterable[Document], nlp: Language | None = None,
                 batch_size: int = 16, on_error: OnError | None = None) -> Iterator[dict]:
    """One record per document, in order. With ``on_error``, a document the extractor
    fails on is handed to it and left out, and the others go on; without, it raises."""
    nlp = nlp or nlp_loader.load()
    label = nlp_loader.model_label(nlp)
    limit = min(CHUNK_CHARS, nlp.max_length)
    pieces = ((piece, (document, last)) for document in documents for piece, last in _parts(document.text, limit))
    parts: list[Doc] = []
    for doc, (document, last) in nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
        parts.append(doc)
        if not last:
            continue
        whole = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
        parts = []
        try:
            with _collector_paused():
                record = build_record(whole, document, label)
                release(whole)  # the report's readings freed young (context.release)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(document, exc)
            continue
        yield record


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while one report's record is built, on again after.
    Extraction makes hundreds of thousands of short-lived objects (tokens, spans, matches),
    few of them in cycles, and the collector's passes over them took ~5% of extraction
    (bench/throughput.py, sampled); what a record leaves in cycles is collected at the next
    pass after the report. The caller's own setting is restored."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _parts(text: str, limit: int) -> Iterator[tuple[str, bool]]:
    """(part, is it the last) covering ``text`` exactly, each at most ``limit`` characters,
    cut at the best break in the second half of each window."""
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        yield text[start:end], False
        start = end
    yield text[start:], True


def _cut(text: str, start: int, end: int) -> int:
    floor = start + (end - start) // 2
    for pattern in _BREAKS:
        found = None
        for m in pattern.finditer(text, floor, end):
            found = m
        if found is not None and found.end() < end:
            return found.end()
    return end  # one unbroken run of characters: cut it where the window ends
