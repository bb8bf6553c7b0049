"""Extraction: one module per thing extracted, each a pure function over a spaCy Doc."""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "claimledger.text"


def text_of(doc: Doc) -> str:
    """The document's text, joined once. ``Doc.text`` joins every token on each call,
    which the extractors would otherwise do thousands of times per report."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
