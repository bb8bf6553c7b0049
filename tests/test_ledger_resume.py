"""A killed ``reanalyze --force`` resumes when run again (issue 9): every document ends
with exactly one new version, not two or three."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from test_ledger_support import BACKENDS, FakeAnalyzer, fresh_db

from claimledger.ledger import Ledger, schema
from claimledger.model import Document


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_db(request.param, tmp_path)


def reports(count: int) -> list[Document]:
    return [Document(text=f"The health ministry said that {n + 10} people were wounded in Rafah on day {n}.",
                     title=f"Rafah {n}", source=f"t:{n}") for n in range(count)]


class KilledAfter(FakeAnalyzer):
    """Stops the run the way a Ctrl-C or a kill does, after ``batches`` batches."""

    batches: int = 2

    def run(self, documents: list[Document]) -> list:
        if KilledAfter.batches == 0:
            raise KeyboardInterrupt
        KilledAfter.batches -= 1
        return super().run(documents)


def versions(url: str) -> Counter[int]:
    with Ledger(url) as ledger, ledger.engine.connect() as connection:
        rows = connection.execute(select(schema.analyses.c.document_id)).scalars().all()
    return Counter(Counter(rows).values())


def test_killed_forced_reanalysis_resumes(db_url: str) -> None:
    KilledAfter.batches = 2
    with Ledger(db_url) as ledger:
        ledger.ingest(reports(40), analyzer=FakeAnalyzer())
        with pytest.raises(KeyboardInterrupt):
            ledger.reanalyze(analyzer=KilledAfter(), force=True)
    assert versions(db_url) == Counter({2: 32, 1: 8})  # two batches of 16 re-done, then killed
    with Ledger(db_url) as ledger:
        report = ledger.reanalyze(analyzer=FakeAnalyzer(), force=True)
    assert (report.analysed, report.skipped) == (8, 32)
    assert versions(db_url) == Counter({2: 40})
    with Ledger(db_url) as ledger:  # a finished pass is done: forcing again is a new pass
        assert ledger.reanalyze(analyzer=FakeAnalyzer(), force=True).analysed == 40
    assert versions(db_url) == Counter({3: 40})
