"""Does one stored report derive from another, and how? Pure decisions over two records.

Three kinds of derivative, each a :class:`Link` from the derivative to its origin:

* **copy**: the text of one is largely inside the other. Measured by containment over
  5-word shingles, |A ∩ B| / |A|, in both directions; a copy when either direction
  reaches ``COPY_CONTAINMENT`` = 0.5. Containment, not Jaccard, because a derivative
  usually wraps the wire text in its own lead and tail: the wire is wholly contained
  in it while their Jaccard is far lower. Churnalism detectors flag a text sharing a
  fifth of a source as reuse; we ask for half, because two independent reports often
  quote one official statement verbatim (a fifth of a short report), and that shared
  quote is not a copy of each other. A share between 0.2 and 0.5 counts as supporting
  evidence for a rewrite. The shared part must also be a paragraph at least
  (``COPY_MIN_SHINGLES`` = 25 shingles, about 30 words), so an outlet's sign-off under
  two short reports of its own makes no copy.
* **rewrite**: reworded text carrying the same facts (see :mod:`facts`): speakers,
  figures, cue verbs, places and quotes, in about the same order, published within
  ``REWRITE_MAX_DAYS`` (4). Both reports' facts are matched; the weight of the shared
  facts over the smaller report's total (``overlap``) must reach ``REWRITE_MIN_OVERLAP``
  (0.6). The shared facts must be telling: ``REWRITE_MIN_FACTS`` (4) of them (places
  count once, cues and nameless bodies not at all), of two kinds at least, including a
  named person, a quote, two figures of ten or more, or ``SPECIFIC_FIGURES`` (3) figures
  of any size (a report without named sources is told apart by its numbers: a toll, its
  wounded and the homes destroyed all agreeing), weighing ``REWRITE_MIN_SHARED`` (4.0),
  in an order agreeing with Kendall tau >= ``REWRITE_MIN_ORDER`` (0.3). One shared
  figure is never enough. When a fifth of the words are reused as well (containment 0.2 to 0.5,
  the churnalism mark), three telling facts weighing 2.5 suffice, in any order: a
  partial copy, reworded. Two independent reports of one event share the toll, the
  place and the official who gave it, but each has its own witnesses, quotes and
  details, so their overlap stays low and their shared facts few. With the optional
  sentence embeddings switched on (:mod:`embeddings`), a pair whose shorter report has
  ``EMBEDDING_MIN_ALIGNED`` (0.4) of its sentences said again counts like reused words.
* **credited**: the derivative names the other's outlet (:mod:`credits`) and shares
  content: a copy, a rewrite, or shared facts (weight ``CREDITED_MIN_SHARED``, overlap
  ``CREDITED_MIN_OVERLAP``, two kinds) or a fifth of its shingles; and it was not
  published before the report it would credit. :func:`credited_links` gives the
  credits alone, towards outlets the ledger may not hold (``origin`` None,
  ``origin_outlet`` set).

Direction (derivative → origin): a report crediting the other's outlet is the
derivative; otherwise the later publication; on the same day or with a date unknown, a
wire agency's own report is the origin of another outlet's; else a copy's origin is the
report more contained in the other (the wire inside the wrapper),
and a rewrite's origin is the fuller telling: rewriters condense, and a fact only the
fuller report holds had to be reported by someone, so the report whose facts are more
contained in the other's is the rewrite (by more than ``FACT_CONTAINMENT_MARGIN``; closer
than that, the longer text is the fuller telling). ``evidence["direction"]`` says which rule
decided.

Confidence, each term in [0, 1]:

* copy: ``0.6 + 0.4 * (c - 0.5) / 0.5`` for the larger containment c (0.6 at the
  threshold, 1.0 for a verbatim copy).
* rewrite: ``0.4 * overlap + 0.2 * order + 0.2 * support + 0.2 * timing`` where order
  is (Kendall tau + 1) / 2 over the shared facts' positions (0.5 with fewer than three),
  support is min(1, shared weight / 6), and timing is 1 on the same or next day, falling
  by 0.25 a day after, 0.5 when a date is unknown. A rewrite needs ``REWRITE_MIN_CONFIDENCE``.
* credited: the credit's own weight (``CREDIT_CONFIDENCE``: a dateline or trailer 0.95,
  "told AFP" or "the BBC reported" 0.6) combined with the content's confidence as
  independent evidence, 1 - (1 - credit)(1 - content); content without copy or rewrite
  counts 0.3.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from scipy.stats import kendalltau

from claimledger.link import embeddings
from claimledger.link.credits import Credit, canonical_outlet, credit_matches, credited_origins
from claimledger.link.facts import Fact, quote_grams, record_facts
from claimledger.link.shingles import containment, jaccard, word_shingles, words
from claimledger.read.agencies import agency_of

COPY_CONTAINMENT = 0.5
# A copy shares at least a paragraph: an outlet's sign-off or background box (a dozen or
# two of shingles) repeated under two short reports of its own is no copy.
COPY_MIN_SHINGLES = 25
PARTIAL_REUSE = 0.2
REWRITE_MAX_DAYS = 4
REWRITE_MIN_OVERLAP = 0.6
REWRITE_MIN_SHARED = 4.0
PARTIAL_MIN_SHARED = 2.5  # when a fifth of the words are reused as well
REWRITE_MIN_CONFIDENCE = 0.6
REWRITE_MIN_FACTS = 4
PARTIAL_MIN_FACTS = 3
REWRITE_MIN_ORDER = 0.3  # Kendall tau over the shared facts
# Figures that agree in value and side, this many of them, tell a report apart as a named
# person does: a toll, its wounded and the homes destroyed all the same are one telling.
SPECIFIC_FIGURES = 3
CREDITED_MIN_SHARED = 1.5
CREDITED_MIN_OVERLAP = 0.4
CREDITED_MAX_DAYS = 7
BODY_NAME_OVERLAP = 0.6  # share of the shorter body name's words two bodies must share
QUOTE_OVERLAP = 0.5  # share of a quote's 4-grams the other report must hold
CREDIT_CONFIDENCE = {"declared": 0.95, "dateline": 0.95, "trailer": 0.95, "feed": 0.95, "copyright": 0.9,
                     "voice": 0.8, "attribution": 0.6, "contributed": 0.5}
CREDITED_CONTENT_ONLY = 0.3
EMBEDDING_MIN_ALIGNED = 0.4  # optional: share of the shorter report's sentences said again


@dataclass
class Link:
    document: str  # the derivative's id
    origin: str | None  # the origin's id; None for an outlet outside the ledger
    origin_outlet: str | None
    kind: str  # credited | copy | rewrite
    confidence: float
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------------- credits alone


def credited_links(record: dict) -> list[Link]:
    """Links to the outlets the report credits, origin unresolved (``origin`` None)."""
    doc_id = _document_id(record)
    return [Link(doc_id, None, c.outlet, "credited", CREDIT_CONFIDENCE.get(c.how, 0.5),
                 {"credit": c.evidence, "how": c.how}) for c in credited_origins(record)]


# ---------------------------------------------------------------------- facts


def _bodies_match(a: Fact, b: Fact) -> bool:
    if a.key == b.key:
        return True
    shorter = min(len(a.words), len(b.words))
    return shorter > 0 and len(a.words & b.words) / shorter >= BODY_NAME_OVERLAP


def _facts_match(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == "figure":
        return a.key == b.key and (a.side is None or b.side is None or a.side == b.side)
    if a.kind in ("body", "generic"):
        return _bodies_match(a, b)
    if a.kind == "place":
        return a.key == b.key or bool(a.words & b.words)
    return a.key == b.key


def match_facts(facts_a: list[Fact], facts_b: list[Fact], text_b: str = "") -> list[tuple[Fact, Fact | None]]:
    """Pairs of facts the two reports share, each fact used once. A quote of A counts as
    shared when B holds most of its words in sequence, quoted or not (then its B side
    is None: a rewrite may turn a quote into paraphrase)."""
    grams_b = set(quote_grams(words(text_b))) if text_b else set()
    grams_b |= {g for f in facts_b if f.kind == "quote" for g in f.words}
    used: set[int] = set()
    pairs: list[tuple[Fact, Fact | None]] = []
    for fa in facts_a:
        partner = next((i for i, fb in enumerate(facts_b) if i not in used and _facts_match(fa, fb)), None)
        if partner is not None:
            used.add(partner)
            pairs.append((fa, facts_b[partner]))
        elif fa.kind == "quote" and fa.words and len(fa.words & grams_b) / len(fa.words) >= QUOTE_OVERLAP:
            pairs.append((fa, None))
    return pairs


def order_agreement(pairs: list[tuple[Fact, Fact | None]]) -> float | None:
    """Kendall's tau between the positions of the shared facts in the two reports
    (1: same order), or None with fewer than three placed pairs."""
    placed = [(a.position, b.position) for a, b in pairs if b is not None]
    if len(placed) < 3:
        return None
    tau = kendalltau([p[0] for p in placed], [p[1] for p in placed]).statistic
    return None if tau is None or math.isnan(tau) else float(tau)


def _published(record: dict) -> date | None:
    value = (record.get("document") or {}).get("published")
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def days_apart(a: dict, b: dict) -> int | None:
    da, db = _published(a), _published(b)
    return abs((da - db).days) if da and db else None


# ---------------------------------------------------------------------- the comparison


@dataclass
class _Pair:
    """Everything measured about two reports, computed once."""

    a: dict
    b: dict
    c_ab: float  # share of a's shingles in b
    c_ba: float
    common: int  # shingles the two share
    jaccard: float
    facts_a: list[Fact]
    facts_b: list[Fact]
    shared: list[tuple[Fact, Fact | None]]
    days: int | None
    a_credits_b: Credit | None
    b_credits_a: Credit | None
    aligned: float | None = None  # share of sentences said again (optional embeddings), None when off

    @property
    def shared_weight(self) -> float:
        return sum(fa.weight for fa, _ in self.shared)

    @property
    def overlap(self) -> float:
        total = min(sum(f.weight for f in self.facts_a), sum(f.weight for f in self.facts_b))
        return min(1.0, self.shared_weight / total) if total else 0.0

    @property
    def fact_containment(self) -> tuple[float, float]:
        """(share of a's fact weight shared, share of b's)."""
        ta, tb = sum(f.weight for f in self.facts_a), sum(f.weight for f in self.facts_b)
        return (self.shared_weight / ta if ta else 0.0, self.shared_weight / tb if tb else 0.0)


def _credit_to(source: dict, target: dict) -> Credit | None:
    """The credit ``source`` gives to ``target``'s outlet, unless ``source`` was published
    first: then it credits another report of that outlet, not this one."""
    ds, dt = _published(source), _published(target)
    if ds and dt and ds < dt:
        return None
    return next((c for c in credited_origins(source) if credit_matches(c, target)), None)


def _measure(a: dict, b: dict, shingles_a: set[int] | None, shingles_b: set[int] | None) -> _Pair:
    text_a, text_b = a["document"].get("text") or "", b["document"].get("text") or ""
    sa = shingles_a if shingles_a is not None else word_shingles(text_a)
    sb = shingles_b if shingles_b is not None else word_shingles(text_b)
    facts_a, facts_b = record_facts(a), record_facts(b)
    pair = _Pair(a, b, containment(sa, sb), containment(sb, sa), len(sa & sb), jaccard(sa, sb), facts_a, facts_b,
                 match_facts(facts_a, facts_b, text_b), days_apart(a, b), _credit_to(a, b), _credit_to(b, a))
    # Embeddings are slow: asked only of pairs whose facts could make a rewrite.
    if embeddings.enabled() and pair.shared_weight >= PARTIAL_MIN_SHARED:
        pair.aligned = embeddings.aligned_share(text_a, text_b)
    return pair


def _copy_confidence(pair: _Pair) -> float:
    c = max(pair.c_ab, pair.c_ba)
    return 0.6 + 0.4 * (c - COPY_CONTAINMENT) / (1 - COPY_CONTAINMENT)


def _timing(days: int | None) -> float:
    if days is None:
        return 0.5
    return max(0.0, min(1.0, 1.0 - 0.25 * (days - 1)))


def _rewrite_confidence(pair: _Pair, tau: float | None) -> float:
    order = 0.5 if tau is None else (tau + 1) / 2
    support = min(1.0, pair.shared_weight / 6)
    return 0.4 * pair.overlap + 0.2 * order + 0.2 * support + 0.2 * _timing(pair.days)


# Kinds of fact that tell one report from another; cues travel with their speaker, and
# bodies without a proper name ("activists") are in every report.
_TELLING = {"figure", "person", "body", "place", "quote"}


def _telling(pair: _Pair) -> list[Fact]:
    return [fa for fa, _ in pair.shared if fa.kind in _TELLING]


def _rewrite_evidence_ok(pair: _Pair, min_facts: int, min_weight: float) -> bool:
    """The shared facts are enough to stand for a rewrite, whatever their share:
    ``min_facts`` telling facts (places counting once) of two kinds at least, one of them
    a named person, a quote, two figures of ten or more or ``SPECIFIC_FIGURES`` figures of
    any size (one shared figure is never enough)."""
    telling = _telling(pair)
    kinds = {fa.kind for fa in telling}
    figures = [fa for fa in telling if fa.kind == "figure"]
    big_figures = sum(1 for fa in figures if fa.weight >= 1.0)
    specific = "person" in kinds or "quote" in kinds or big_figures >= 2 or len(figures) >= SPECIFIC_FIGURES
    # Places count once: reports of one event name the same towns whoever wrote them.
    count = sum(1 for fa in telling if fa.kind != "place") + ("place" in kinds)
    return count >= min_facts and len(kinds) >= 2 and specific and pair.shared_weight >= min_weight


def _is_rewrite(pair: _Pair, tau: float | None) -> bool:
    if pair.days is not None and pair.days > REWRITE_MAX_DAYS:
        return False
    if pair.overlap < REWRITE_MIN_OVERLAP:
        return False
    reworded = pair.aligned is not None and pair.aligned >= EMBEDDING_MIN_ALIGNED
    if max(pair.c_ab, pair.c_ba) >= PARTIAL_REUSE or reworded:
        # A fifth of the words reused (or, with embeddings, of the sentences said again),
        # and the facts agree: a partial copy, reworded.
        return _rewrite_evidence_ok(pair, PARTIAL_MIN_FACTS, PARTIAL_MIN_SHARED)
    return (_rewrite_evidence_ok(pair, REWRITE_MIN_FACTS, REWRITE_MIN_SHARED)
            and (tau is None or tau >= REWRITE_MIN_ORDER) and _rewrite_confidence(pair, tau) >= REWRITE_MIN_CONFIDENCE)


def _credited_content(pair: _Pair) -> bool:
    """Enough shared content for a credit to point at this very report."""
    if pair.days is not None and pair.days > CREDITED_MAX_DAYS:
        return False
    kinds = {fa.kind for fa in _telling(pair)}
    facts_ok = pair.shared_weight >= CREDITED_MIN_SHARED and len(kinds) >= 2 and pair.overlap >= CREDITED_MIN_OVERLAP
    return facts_ok or max(pair.c_ab, pair.c_ba) >= PARTIAL_REUSE


FACT_CONTAINMENT_MARGIN = 0.05


def _direction(pair: _Pair, kind: str) -> tuple[bool, str]:
    """(a is the derivative, the rule that decided)."""
    if pair.a_credits_b and not pair.b_credits_a:
        return True, "credit"
    if pair.b_credits_a and not pair.a_credits_b:
        return False, "credit"
    da, db = _published(pair.a), _published(pair.b)
    if da and db and da != db:
        return da > db, "date"
    wire_a, wire_b = _from_wire_agency(pair.a), _from_wire_agency(pair.b)
    if wire_a != wire_b:
        # On one day, a wire agency's own report and another outlet's matching text: the
        # wire files, the others wrap and trim it (their cuts can leave the wire the less
        # contained of the two, so containment alone would turn the link round).
        return wire_b, "wire"
    copy = kind == "copy"
    ca, cb = (pair.c_ab, pair.c_ba) if copy else pair.fact_containment
    # shares of facts a few points apart say nothing: one figure read differently in one of
    # the two reports flips them; then the length of the telling decides
    if abs(ca - cb) > (0 if copy else FACT_CONTAINMENT_MARGIN):
        # a copy: the one more contained in the other is the origin (the wire in its wrapper);
        # a rewrite: the one more contained in the other is the rewrite (the condensed telling)
        return (ca < cb) if copy else (ca > cb), "containment"
    len_a, len_b = len(pair.a["document"].get("text") or ""), len(pair.b["document"].get("text") or "")
    if len_a != len_b:
        return (len_a > len_b) if copy else (len_a < len_b), "length"
    return pair.a["document"]["id"] > pair.b["document"]["id"], "undetermined"


def _from_wire_agency(record: dict) -> bool:
    """Whether the report is published by a wire agency (data/agencies.tsv)."""
    outlet = record["document"].get("outlet")
    return bool(outlet) and agency_of(outlet) is not None


def _evidence(pair: _Pair, tau: float | None) -> dict[str, Any]:
    shared = {"figures": [], "speakers": [], "places": [], "quotes": 0, "cues": []}
    for fa, _ in pair.shared:
        label = fa.key.split(":", 1)[1]
        if fa.kind == "figure":
            shared["figures"].append(label + (f"|{fa.side}" if fa.side else ""))
        elif fa.kind in ("person", "body"):
            shared["speakers"].append(label)
        elif fa.kind == "place":
            shared["places"].append(label)
        elif fa.kind == "claim":
            shared["cues"].append(label)
        elif fa.kind == "quote":
            shared["quotes"] += 1
    return {
        "containment": round(max(pair.c_ab, pair.c_ba), 3),
        "jaccard": round(pair.jaccard, 3),
        "fact_overlap": round(pair.overlap, 3),
        "shared_weight": round(pair.shared_weight, 2),
        "order_agreement": None if tau is None else round(tau, 3),
        "days_apart": pair.days,
        **({"sentence_alignment": round(pair.aligned, 3)} if pair.aligned is not None else {}),
        **shared,
    }


def _document_id(record: dict) -> str:
    document = record.get("document") if isinstance(record, dict) else None
    if not isinstance(document, dict) or not document.get("id"):
        raise ValueError("not an analysis record: it has no document id")
    return document["id"]


def compare(a: dict, b: dict, *, shingles_a: set[int] | None = None,
            shingles_b: set[int] | None = None) -> Link | None:
    """The link between two analysis records, derivative → origin, or None when neither
    derives from the other. Shingle sets may be passed in when the caller has them.
    Raises ValueError for a record without a document id."""
    if _document_id(a) == _document_id(b):
        return None
    if _document_id(a) > _document_id(b):
        # facts are matched from one report into the other, which is not symmetric: measured
        # in one order, the decision and its confidence do not depend on the argument order
        a, b, shingles_a, shingles_b = b, a, shingles_b, shingles_a
    pair = _measure(a, b, shingles_a, shingles_b)
    tau = order_agreement(pair.shared)
    if max(pair.c_ab, pair.c_ba) >= COPY_CONTAINMENT and pair.common >= COPY_MIN_SHINGLES:
        kind, content = "copy", _copy_confidence(pair)
    elif _is_rewrite(pair, tau):
        kind, content = "rewrite", _rewrite_confidence(pair, tau)
    elif (pair.a_credits_b or pair.b_credits_a) and _credited_content(pair):
        kind, content = "shared facts", CREDITED_CONTENT_ONLY
    else:
        return None
    a_derives, rule = _direction(pair, kind)
    derivative, origin = (pair.a, pair.b) if a_derives else (pair.b, pair.a)
    credit = pair.a_credits_b if a_derives else pair.b_credits_a
    evidence = _evidence(pair, tau)
    evidence["direction"] = rule
    confidence = content
    if credit is not None:
        evidence.update(content=kind, credit=credit.evidence, how=credit.how)
        confidence = 1 - (1 - CREDIT_CONFIDENCE.get(credit.how, 0.5)) * (1 - content)
        kind = "credited"
    elif kind == "shared facts":
        return None  # the credit points the other way: the origin credits the derivative's outlet
    origin_outlet = canonical_outlet(origin["document"].get("outlet") or origin["document"].get("url"))
    return Link(derivative["document"]["id"], origin["document"]["id"], origin_outlet,
                kind, round(min(1.0, confidence), 3), evidence)
