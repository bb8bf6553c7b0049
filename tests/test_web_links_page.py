"""The newest links, page by page: on SQLite one query walks the reports newest first
(web/links_page.py); elsewhere, and with that switched off, link_rows reads batches of
reports. Both must give link_rows' whole list, in its order, each link once, whatever the
page size, with undated reports last and a kind asked for.

Reports are analysed by the ledger tests' fake extractor (links come from the texts: a
wire report and two copies of it, some undated)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from test_ledger_support import BACKENDS, linked_db  # noqa: E402

from claimledger.ledger import Ledger  # noqa: E402
from claimledger.link.views import link_rows  # noqa: E402
from claimledger.model import Document  # noqa: E402
from claimledger.web import Settings, create_app, paging  # noqa: E402

TOWNS = ["Kadugli", "Menaka", "Beni", "Sittwe"]


def wire_text(n: int) -> str:
    town = TOWNS[n % len(TOWNS)]
    return (f"Residents of {town} said that heavy shelling struck the market district on the morning of day {n}, "
            f"killing at least {12 + n} people and wounding dozens more, according to a local health official. "
            f"The official said ambulances could not reach the eastern neighbourhoods of {town} for hours. "
            f"Aid groups warned that food stocks in {town} were running low after the roads were cut.")


def reports() -> list[Document]:
    found = []
    for n in range(12):
        found.append(Document(text=wire_text(n), title=f"Shelling in {TOWNS[n % 4]}, day {n}", outlet="wire.example",
                              published=f"2025-03-{1 + n:02d}", source=f"links-page:{n}"))
        for k, outlet in enumerate(("copy-a.example", "copy-b.example")):
            found.append(Document(text=wire_text(n) + f" Reported by {outlet}.", title=f"Copy {k} of day {n}",
                                  outlet=outlet, published=None if (n + k) % 3 == 0 else f"2025-03-{2 + n:02d}",
                                  source=f"links-page:{n}:{k}"))
    return found


@pytest.fixture(scope="module", params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from linked_db(request.param, tmp_path_factory.mktemp("links-page"), reports())


def walk(client: TestClient, limit: int, **params: str) -> list[tuple]:
    found, cursor = [], None
    while True:
        body = client.get("/api/v1/links", params={**params, "limit": limit, **({"cursor": cursor} if cursor else {})})
        assert body.status_code == 200, body.text
        found += [(lk["document"], lk["origin"], lk["kind"], lk["confidence"]) for lk in body.json()["items"]]
        cursor = body.json()["next"]
        if not cursor:
            return found


@pytest.mark.parametrize("in_order", [True, False])
def test_link_pages_give_link_rows_whole_list_in_order(db_url: str, in_order: bool,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        every = [(lk["document"], lk["origin"], lk["kind"], lk["confidence"]) for lk in link_rows(connection)]
        copies = [lk for lk in every if lk[2] == "copy"]
        undated = {row["document_id"] for row in ledger.documents() if row["published"] is None}
    assert len(every) > 20 and copies, "the copies were linked to the wire reports"
    assert {lk[0] for lk in every} & undated, "some linked reports are undated"
    monkeypatch.setattr(paging, "ORDERED_ON_SQLITE", in_order)
    app = create_app(Settings(db=db_url, cache=False))
    with TestClient(app) as client:
        for limit in (1, 3, 7, 500):
            assert walk(client, limit) == every, limit
            assert walk(client, limit, kind="copy") == copies, limit
    app.state.ledger.close()
