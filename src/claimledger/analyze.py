"""The library entry point: documents in, analysis records out.

``analyze(document)`` for one report; ``analyze_many(documents)`` streams many
through spaCy's ``nlp.pipe`` so the parse is batched, which is where the time goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from claimledger import nlp as nlp_loader
from claimledger.extract.record import build_record
from claimledger.model import Document


def analyze(document: Document, nlp: Language | None = None) -> dict:
    return next(analyze_many([document], nlp))


def analyze_many(documents: Iterable[Document], nlp: Language | None = None,
                 batch_size: int = 16) -> Iterator[dict]:
    nlp = nlp or nlp_loader.load()
    label = nlp_loader.model_label(nlp)
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield build_record(doc, document, label)
