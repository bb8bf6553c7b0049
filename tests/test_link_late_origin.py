"""A relay ingested before the report it credits (blind round blind-link7, reports fed in
reverse order): when the credited report arrives, the relay's link to the outlet outside
the ledger gives way to a credited link to that report. Reports written for this test:
a shelling of a market in Idlib, told by Al Jazeera and relayed by a digest site."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_ledger_support import BACKENDS, fresh_db
from test_link_run import CachedAnalyzer

from claimledger.ledger import Ledger

BODY = ("Artillery shells fired by government forces hit a vegetable market in the town of Ariha in Syria's "
        "Idlib province on Thursday morning, killing 14 people and wounding 31, rescue workers said.\n\n"
        "The White Helmets civil defence group said its teams pulled nine bodies from under collapsed stalls. "
        "\"The market was full, it was the busiest hour of the day,\" said volunteer Omar Haj Ali.\n\n"
        "Syria's defence ministry said its units had targeted positions of armed groups near Ariha and denied "
        "hitting any market. It gave no toll.\n\n"
        "Idlib has been shelled almost daily since a truce collapsed in the spring, and the United Nations says "
        "more than 200,000 people have fled their homes in the province since then.")

ORIGIN = {"title": "Shelling of Idlib market kills 14, rescuers say", "outlet": "aljazeera.com",
          "url": "https://www.aljazeera.com/news/2025/11/6/shelling-idlib-market-ariha", "published": "2025-11-06",
          "text": BODY}
RELAY = {"title": "Idlib: 14 dead as shells hit Ariha market", "outlet": "levant-digest.net",
         "url": "https://levant-digest.net/idlib-14-dead-ariha-market", "published": "2025-11-07",
         "text": BODY + "\n\nThis article first appeared on Al Jazeera.\n\nSubscribe to the Levant Digest newsletter."}


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_db(request.param, tmp_path)


def _ingest(ledger: Ledger, tmp_path: Path, name: str, report: dict) -> None:
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(report))
    ledger.ingest_paths([path], analyzer=CachedAnalyzer())
    ledger.link()


def _links(ledger: Ledger) -> list[tuple[str, str, str]]:
    outlet = {row["id"]: row["outlet"] for row in ledger.link_documents()}
    return sorted((outlet[row["document"]], outlet.get(row["origin"]) or f"outside:{row['origin_outlet']}",
                   row["kind"]) for row in ledger.links())


def test_a_relay_linked_before_its_origin_arrives_ends_with_one_credited_link(db_url: str, tmp_path: Path) -> None:
    with Ledger(db_url) as ledger:
        _ingest(ledger, tmp_path, "relay", RELAY)
        assert _links(ledger) == [("levant-digest.net", "outside:Al Jazeera", "credited")]
        _ingest(ledger, tmp_path, "origin", ORIGIN)
        assert _links(ledger) == [("levant-digest.net", "aljazeera.com", "credited")]


def test_the_same_two_reports_in_publication_order_give_the_same_link(db_url: str, tmp_path: Path) -> None:
    with Ledger(db_url) as ledger:
        _ingest(ledger, tmp_path, "origin", ORIGIN)
        _ingest(ledger, tmp_path, "relay", RELAY)
        assert _links(ledger) == [("levant-digest.net", "aljazeera.com", "credited")]
