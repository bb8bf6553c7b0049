"""The things claimledger reads and extracts, as plain dataclasses.

Every extracted item keeps the character span it came from (offsets into
``Document.text``), so any row can be shown highlighted in its sentence.
``record.py`` turns these into the JSON record of ``spec/OUTPUT.md``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

Span = tuple[int, int]


def normalise_text(text: str) -> str:
    """The form of a text whose hash identifies it: NFC, one space between words."""
    # str.split's whitespace is re's \s: the same as re.sub(r"\s+", " ", ...).strip(), three times quicker
    return " ".join(unicodedata.normalize("NFC", text).split())


@dataclass
class Document:
    """One report, as read: the body the offsets point into, and what is known of it."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date; None when unknown, never guessed
    declared_origin: str | None = None  # "Original Source: …", "(Reuters) -", "via …"
    language: str = "en"
    source: str | None = None  # where it was read from: a path, "path:line", "-"

    @property
    def id(self) -> str:
        return "sha256:" + hashlib.sha256(normalise_text(self.text).encode("utf-8")).hexdigest()


@dataclass
class Place:
    name: str
    kind: str  # city | region | country | other
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    mentions: list[Span] = field(default_factory=list)
    admin1: str | None = None
    country_name: str | None = None
    id: str = ""
    title_mentions: list[Span] = field(default_factory=list)  # spans into Document.title
    point_of: str | None = None  # an unknown village's lat/lon are this nearby town's (extract/places/marked_within.py)


@dataclass
class TimeExpr:
    text: str
    span: Span
    start: str | None = None  # ISO date, resolved against Document.published
    end: str | None = None


@dataclass
class Speaker:
    name: str
    kind: str  # person | group | organization | document | unnamed
    title: str | None = None
    role: str | None = None
    organization: str | None = None
    side: str | None = None
    span: Span | None = None  # the mention this speaker was read from
    definite: bool = False  # "the spokesperson": a later mention of someone already named


@dataclass
class Claim:
    speaker: Speaker
    cue: str
    mode: str  # direct | indirect | mixed
    hedge: str  # asserted | probable | possible | estimate
    polarity: str  # affirmed | denied
    text: str
    span: Span
    sentence_span: Span
    cue_span: Span | None = None
    id: str = ""
    figures: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


@dataclass
class Figure:
    value: float
    quantity: str
    text: str
    span: Span
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    unit: str | None = None
    subject: str | None = None
    side: str | None = None
    out_of: float | None = None
    fraction: float | None = None
    id: str = ""
    claim: str | None = None
    place: str | None = None
    as_of: str | None = None


@dataclass
class Party:
    name: str
    side: str | None = None


@dataclass
class Event:
    type: str
    text: str
    span: Span
    trigger_span: Span | None = None
    actor: Party | None = None
    target: Party | None = None
    place: str | None = None
    when: TimeExpr | None = None
    certainty: str = "asserted"
    claims: list[str] = field(default_factory=list)
    id: str = ""


@dataclass
class Check:
    kind: str
    ok: bool
    detail: str
