"""Claim clusters: one statement by one speaker, across every report that carries it.

Two claims are the same statement when

* their speakers are one speaker (:mod:`claimledger.link.speaker_keys`: "Zelensky" =
  "Volodymyr Zelensky" = "President Zelensky"), with one polarity (a denial is not the
  assertion it denies), and
* their contents agree: when both carry figures, they share a figure value and at
  least 40% of the shorter content's words; when only one carries a
  figure, 75% of the words; when neither does, 60% of the shorter content's words and a
  Jaccard of 0.4. Words are content words (spaCy's stop-word list) cut to their Snowball
  stems ("fired"/"firing", "troops"/"troop" agree); figures are compared by value, since
  two wordings of one count may be typed differently.

A derivative retells its origin's statements in its own words ("most of the dead were women
and children who had been queuing for water" becomes "women and children waiting in line
for water made up most of the victims"): a statement only derivatives carry joins the
origin's statement by the same speaker that it shares most words with, when it shares at
least two and 30% of the shorter (and a figure value, when both carry figures). The
looser test is safe there because the link stage already knows the two reports tell one
story from one source; between independent reports the strict test above holds.

A cluster lists every report and claim id that carries the statement, the first report
to say it (earliest publication date; undated reports come last), and its count of
independent origins: copies, rewrites and credited relays of one origin (the
``origins`` map the link stage built) count once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache

import snowballstemmer

from claimledger.link.report_view import Report, reports
from claimledger.link.speaker_keys import SpeakerIndex
from claimledger.link.stop_words import english

WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
STOP = english() | {"said", "says", "told", "according"}
# Snowball (Porter 2) stems: "fired"/"firing", "troops"/"troop" meet, without a model.
STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    return STEMMER.stemWord(word)


def content_words(text: str) -> frozenset[str]:
    """Stemmed content words of a text; numbers without their separators ("4,000" = "4000")."""
    out = set()
    for w in WORD.findall(text.lower().replace("’", "'")):
        if w[0].isdigit():
            out.add(w.replace(",", ""))
        elif w not in STOP and len(w) > 1:
            out.add(_stem(w))
    return frozenset(out)


@dataclass
class ClaimMention:
    """One report's wording of a statement."""

    document: str
    claim: str
    outlet: str | None
    published: str | None
    origin: str
    speaker: str
    side: str | None
    cue: str | None
    hedge: str | None
    polarity: str
    text: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class ClaimCluster:
    speaker: str  # the fullest name the speaker is given in scope
    speaker_key: str
    side: str | None
    polarity: str
    text: str  # the first report's wording
    first: ClaimMention
    mentions: list[ClaimMention] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)

    @property
    def independent_origins(self) -> int:
        return len(self.origins)

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(m.document for m in self.mentions))

    def as_dict(self) -> dict:
        return {
            "speaker": self.speaker, "speaker_key": self.speaker_key, "side": self.side,
            "polarity": self.polarity, "text": self.text, "first": self.first.as_dict(),
            "documents": self.documents, "independent_origins": self.independent_origins,
            "origins": self.origins, "mentions": [m.as_dict() for m in self.mentions],
        }


@dataclass
class _Item:
    report: Report
    claim: dict
    words: frozenset[str]
    figures: frozenset[float]


def same_content(a: _Item, b: _Item) -> bool:
    """The content test of the module docstring."""
    if not a.words or not b.words:
        return False
    shared = len(a.words & b.words)
    overlap = shared / min(len(a.words), len(b.words))
    if a.figures and b.figures:
        return bool(a.figures & b.figures) and overlap >= 0.4
    if a.figures or b.figures:
        return overlap >= 0.75
    return overlap >= 0.6 and shared / len(a.words | b.words) >= 0.4


def claim_clusters(records: Sequence[dict], origins: Mapping[str, str], *, min_origins: int = 1) -> list[ClaimCluster]:
    """Every statement in ``records`` with the reports carrying it; most independent
    origins first, then earliest first. ``min_origins`` drops statements carried by fewer
    independent origins."""
    views = reports(records, origins)
    index = SpeakerIndex(c.get("speaker") for r in views for c in r.claims.values())
    groups: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for report in views:
        for claim in report.claims.values():
            key = index.key(claim.get("speaker"))
            if key is None or report.source_behind(claim) is not None:
                continue  # a newsroom relaying words its source's own claim carries: one statement
            # values, not quantities: two wordings of one count may be typed differently
            figures = frozenset(float(f["value"]) for fid in claim.get("figures") or []
                                if (f := report.figures.get(fid)) and isinstance(f.get("value"), int | float))
            item = _Item(report, claim, content_words(claim.get("text") or ""), figures)
            groups[(key, claim.get("polarity") or "affirmed")].append(item)
    clusters = []
    for (key, polarity), items in groups.items():
        for members in _fold_retellings(_connected(items)):
            clusters.append(_cluster(key, polarity, members, index))
    clusters = [c for c in clusters if c.independent_origins >= min_origins]
    clusters.sort(key=lambda c: (-c.independent_origins, c.first.published or "9999", c.first.document))
    return clusters


def _connected(items: list[_Item]) -> list[list[_Item]]:
    """Groups of items linked by :func:`same_content` (union-find; a speaker's claims in a
    story are few, so comparing every pair is cheap)."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if root(i) != root(j) and same_content(items[i], items[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[_Item]] = defaultdict(list)
    for i, item in enumerate(items):
        groups[root(i)].append(item)
    return list(groups.values())


RETELLING_OVERLAP = 0.3  # share of the shorter wording's content words, within one origin


def _retells(a: _Item, b: _Item) -> float:
    """How closely ``a`` rewords ``b`` (0 when it does not): the looser test for two
    reports of one origin (module docstring)."""
    shared = len(a.words & b.words)
    if shared < 2 or (a.figures and b.figures and not a.figures & b.figures):
        return 0.0
    overlap = shared / min(len(a.words), len(b.words))
    return overlap if overlap >= RETELLING_OVERLAP else 0.0


def _fold_retellings(groups: list[list[_Item]]) -> list[list[_Item]]:
    """Join each group that only derivatives carry to the group holding its origin's own
    wording that it rewords best (one speaker and polarity throughout)."""
    # each group with an origin's own wording: that wording, and the origins it is theirs of
    # (read once: what joins a group is derivatives' wording, which changes neither)
    anchors = []
    for group in groups:
        own = [i for i in group if i.report.id == i.report.origin]
        if own:
            anchors.append((group, own, {i.report.origin for i in own}))
    kept = [group for group, _, _ in anchors]
    for group in groups:
        if any(i.report.id == i.report.origin for i in group):
            continue
        family = {i.report.origin for i in group}
        best, score = None, 0.0
        for anchor, own, origins in anchors:
            if not family & origins:
                continue
            s = max(_retells(a, b) for a in group for b in own)
            if s > score:
                best, score = anchor, s
        if best is None:
            kept.append(group)
        else:
            best.extend(group)
    return kept


def _order(item: _Item) -> tuple:
    # earliest first; on one date the origin's own report before its copies
    return (item.report.published or "9999", item.report.id != item.report.origin, item.report.id)


def _cluster(key: str, polarity: str, members: list[_Item], index: SpeakerIndex) -> ClaimCluster:
    members = sorted(members, key=_order)
    mentions = [_mention(m) for m in members]
    first = mentions[0]
    speaker = index.label(key) or first.speaker
    side = index.side(key, next((m.side for m in mentions if m.side), None))
    return ClaimCluster(
        speaker=speaker, speaker_key=key, side=side, polarity=polarity, text=first.text, first=first,
        mentions=mentions, origins=list(dict.fromkeys(m.origin for m in mentions)),
    )


def _mention(item: _Item) -> ClaimMention:
    claim, report = item.claim, item.report
    speaker = claim.get("speaker") or {}
    return ClaimMention(
        document=report.id, claim=claim["id"], outlet=report.outlet, published=report.published,
        origin=report.origin, speaker=speaker.get("name") or "", side=speaker.get("side"),
        cue=claim.get("cue"), hedge=claim.get("hedge"), polarity=claim.get("polarity") or "affirmed",
        text=claim.get("text") or "",
    )
