"""The requests bench/web.py sends: each kind of request as many different URLs.

A server that keeps its answers (web/cache.py) answers a repeated URL from memory, so a
bench sending one URL a hundred times would measure the memory. Each kind of request is
therefore a list of URLs that differ as visitors' requests do: other reports, months,
sides, quantities, event types, places, speakers, words, stories, and the pages after
the first (cursors followed from page one, or cursors into the middle of the ledger).
The values are read from the ledger, spread over its range, so that every URL finds rows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import cycle, islice, product
from typing import Any
from urllib.parse import quote

from sqlalchemy import text

WARM = 10  # URLs of each kind a server answers before the measured ones (not measured): see web.py

SEARCH_WORDS = ("shelling", "hospital", "airstrike", "killed", "civilians", "rebels", "army", "ceasefire",
                "bombing", "children", "market", "convoy", "fighters", "regime", "opposition", "militants")


@dataclass
class Probe:
    """One kind of request: its URLs (the first one explained and timed in-process), and what was found."""

    kind: str  # API | page
    name: str
    paths: list[str]
    follow: bool = False  # more URLs: the pages after the first, by their 'next' cursors
    plans: list[tuple[str, list[str]]] = field(default_factory=list)  # (statement, plan lines)
    flags: list[str] = field(default_factory=list)
    cells: dict[str, dict[str, float]] = field(default_factory=dict)  # "1 first", "16 again", ... -> numbers
    alone_ms: float = 0.0  # the one in-process run that captured its SQL

    @property
    def path(self) -> str:
        return self.paths[0]

    def warm_and_measured(self) -> tuple[list[str], list[str]]:
        """The URLs that warm a server up (the explained one with a few kinds that have few URLs), and the rest."""
        if len(self.paths) > 2 * WARM:
            return self.paths[1:1 + WARM], self.paths[1 + WARM:]
        return [self.paths[0]], self.paths[1:] or self.paths


@dataclass
class Sample:
    """Values the URLs are made of, read from the ledger."""

    documents: list[str]
    deep_claims: list[list[Any]]  # (published, document, span_start, claim id): cursors into the middle
    deep_documents: list[list[Any]]  # (published, document id)
    months: list[str]
    stories: list[int]
    sides: list[str]
    quantities: list[str]
    event_types: list[str]
    places: list[str]
    speakers: list[str]


def sample(url: str, n: int, seed: int = 7) -> Sample:
    from claimledger.ledger import Ledger

    n += WARM
    def rows(sql: str) -> list[Any]:
        return connection.execute(text(sql)).all()

    with Ledger(url) as ledger, ledger.engine.connect() as connection:
        count = rows("SELECT count(*) FROM documents")[0][0]
        step = max(1, count // (n + 1))
        spread = rows(f"SELECT id, published FROM documents WHERE pk % {step} = 0 ORDER BY pk LIMIT {n + 1}")
        deep = []
        for doc_id, published in spread[: n + 1]:
            first = rows(f"SELECT span_start, id FROM claims WHERE document_id = '{doc_id}' "
                         "ORDER BY span_start LIMIT 1")
            if first:
                deep.append([published, doc_id, first[0][0], first[0][1]])
        months = [r[0] for r in rows("SELECT DISTINCT substr(published, 1, 7) FROM documents "
                                     "WHERE published IS NOT NULL ORDER BY 1")]
        stories = [r[0] for r in rows("SELECT id FROM stories WHERE size >= 3 ORDER BY size DESC, id "
                                      f"LIMIT {n + 1} OFFSET 50")]
        sides = [r[0] for r in rows("SELECT speaker_side FROM claims WHERE speaker_side IS NOT NULL "
                                    "GROUP BY speaker_side ORDER BY count(*) DESC LIMIT 6")]
        quantities = [r[0] for r in rows("SELECT quantity FROM figures GROUP BY quantity "
                                         "ORDER BY count(*) DESC LIMIT 6")]
        types = [r[0] for r in rows("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 6")]
        places = [r[0] for r in rows("SELECT name FROM places WHERE kind <> 'country' GROUP BY name "
                                     "ORDER BY count(*) DESC LIMIT 12")]
        speakers = [r[0] for r in rows("SELECT speaker FROM claims WHERE speaker_kind = 'organization' "
                                       "GROUP BY speaker ORDER BY count(*) DESC LIMIT 12")]
    rng = random.Random(seed)
    rng.shuffle(spread)
    rng.shuffle(deep)
    return Sample(documents=[r[0] for r in spread], deep_claims=deep, deep_documents=[list(r) for r in spread],
                  months=months, stories=stories or [1], sides=sides or ["SY"], quantities=quantities or ["killed"],
                  event_types=types or ["attack"], places=places or ["Aleppo"],
                  speakers=[s.split()[-1] for s in speakers] or ["ministry"])


def _month(m: str) -> str:
    return f"since={m}-01&until={m}-28"


def probes(s: Sample, n: int) -> list[Probe]:
    """Each kind of request with up to ``n`` + 1 different URLs (the pages after the first come later):
    the first explained, the next WARM sent to warm the server up, the rest measured."""
    from claimledger.web.paging import encode

    rng = random.Random(11)
    n += WARM

    def mixed(*lists: Any) -> list[Any]:
        combos = list(product(*lists))
        rng.shuffle(combos)
        return list(islice(cycle(combos), n + 1)) if combos else []

    def distinct(urls: list[str]) -> list[str]:
        return list(dict.fromkeys(urls))[: n + 1]

    q = quote
    months = s.months
    limits = (20, 30, 40, 50, 60, 80, 100)
    api = [
        ("documents, pages in order", ["/api/v1/documents?limit=50"], True),
        ("documents, a month", distinct([f"/api/v1/documents?{_month(m)}&limit={lim}"
                                         for m, lim in mixed(months, limits)]), False),
        ("document record", [f"/api/v1/documents/{d}" for d in s.documents], False),
        ("claims, pages in order", ["/api/v1/claims?limit=50"], True),
        ("claims, deep page (cursor)", [f"/api/v1/claims?limit=50&cursor={encode('claims', k)}"
                                        for k in s.deep_claims], False),
        ("claims, by side", distinct([f"/api/v1/claims?side={side}&limit={lim}"
                                      for side, lim in mixed(s.sides[:4], limits)]
                                     + [f"/api/v1/claims?side={side}&{_month(m)}&limit=50"
                                        for side, m in mixed(s.sides[:2], months)]), False),
        ("claims, by speaker", distinct([f"/api/v1/claims?speaker={q(sp)}&limit={lim}"
                                         for sp, lim in mixed(s.speakers, limits)]), False),
        ("figures, by quantity", distinct([f"/api/v1/figures?quantity={qu}&limit={lim}"
                                           for qu, lim in mixed(s.quantities, limits)]
                                          + [f"/api/v1/figures?quantity={qu}&limit=50&cursor="
                                             f"{encode('figures', [k[0], k[1], 0, ''])}"
                                             for qu, k in mixed(s.quantities[:2], s.deep_claims)]), False),
        ("figures, a quantity in a month", distinct([f"/api/v1/figures?quantity={qu}&{_month(m)}"
                                                     for qu, m in mixed(s.quantities, months)]), False),
        ("events, by type", distinct([f"/api/v1/events?type={t}&limit={lim}"
                                      for t, lim in mixed(s.event_types, limits)]
                                     + [f"/api/v1/events?type={t}&limit=50&cursor="
                                        f"{encode('events', [k[0], k[1], 0, ''])}"
                                        for t, k in mixed(s.event_types[:2], s.deep_claims)]), False),
        ("places, by name", distinct([f"/api/v1/places?place={q(p)}&limit={lim}"
                                      for p, lim in mixed(s.places, limits)]), False),
        ("search", distinct([f"/api/v1/search?q={q(w)}+{q(p)}&limit=20"
                             for w, p in mixed(SEARCH_WORDS, s.places)]), False),
        ("stories, pages in order", ["/api/v1/stories?limit=50"], True),
        ("story", [f"/api/v1/stories/S{st}" for st in s.stories], False),
        ("links, pages in order", ["/api/v1/links?limit=50"], True),
        ("links of a report", [f"/api/v1/links?document={d}" for d in s.documents], False),
        ("series in a story", distinct([f"/api/v1/series?quantity={qu}&story=S{st}"
                                        for qu, st in mixed(s.quantities[:3], s.stories)]), False),
        ("geo (map data), a month", distinct([f"/api/v1/geo?{_month(m)}" for m in months]
                                             + [f"/api/v1/geo?{_month(m)}&limit={lim}"
                                                for m, lim in mixed(months, (500, 1000))]), False),
    ]
    pages = [
        ("search page", distinct([f"/?q={q(w)}" for w in SEARCH_WORDS]
                                 + [f"/?q={q(p)}" for p in s.places] + [f"/?q={q(w)}+{q(p)}"
                                                                        for w, p in mixed(SEARCH_WORDS, s.places)]),
         False),
        ("report page", [f"/reports/{d}" for d in s.documents], False),
        ("story page", [f"/stories/S{st}" for st in s.stories], False),
        ("stories page", [f"/stories?start={k * 100}" for k in range(min(n + 1, 11))], False),
        ("figures page in a story", distinct([f"/figures?quantity={qu}&story=S{st}"
                                              for qu, st in mixed(s.quantities[:3], s.stories)]), False),
    ]
    return ([Probe("API", name, paths, follow) for name, paths, follow in api]
            + [Probe("page", name, paths, follow) for name, paths, follow in pages])


def follow_pages(client: Any, probe: Probe, n: int) -> None:
    """Add the pages after the first, by the 'next' cursor of each (in-process, before the load)."""
    n += WARM
    path = probe.paths[0]
    base = path.split("&cursor=")[0]
    while len(probe.paths) < n + 1:
        body = client.get(path).json()
        following = body.get("next") if isinstance(body, dict) else None
        if not following:
            return
        path = f"{base}&cursor={following}"
        probe.paths.append(path)
