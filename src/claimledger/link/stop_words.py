"""spaCy's English stop words, read without importing spaCy.

``from spacy.lang.en.stop_words import STOP_WORDS`` runs spaCy's package ``__init__``,
which loads thinc (and torch when installed): seconds on a quiet machine, tens of
seconds on a busy one, paid by a web server's first story view only for a word list.
The list's module is plain Python with no imports, so it is executed here on its own,
from spaCy's installed files; where that fails the ordinary import is used.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def english() -> frozenset[str]:
    """spaCy's English stop word list (the same set spaCy's own models use)."""
    spec = importlib.util.find_spec("spacy")  # locates the package without running it
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        path = Path(location) / "lang" / "en" / "stop_words.py"
        if path.is_file():
            module_spec = importlib.util.spec_from_file_location("_claimledger_spacy_en_stop_words", path)
            if module_spec and module_spec.loader:
                module = importlib.util.module_from_spec(module_spec)
                module_spec.loader.exec_module(module)
                return frozenset(module.STOP_WORDS)
    from spacy.lang.en.stop_words import STOP_WORDS  # an unusual install: the slow, sure way

    return frozenset(STOP_WORDS)
