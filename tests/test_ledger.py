"""The Ledger library on SQLite and PostgreSQL: storing, versioning, querying, exporting.

Most tests use a fake extractor (test_ledger_support.FakeAnalyzer) so they test the
ledger's logic, not the extractor's; the end-to-end ones run the real spaCy extractor.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from test_ledger_support import BACKENDS, FakeAnalyzer, assert_complete, document, fresh_db, snapshot

from claimledger.ledger import Analyzer, Filters, Ledger, LedgerError, Stored, resolve_url, store
from claimledger.ledger import ingest as ingest_module
from claimledger.ledger import rows as rows_module
from claimledger.ledger.schema import metadata
from claimledger.ledger.search import snippet_of, words
from claimledger.read import InputError

FAKE = FakeAnalyzer()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_db(request.param, tmp_path)


def fill(url: str, count: int = 3, **meta: str | None) -> list:
    docs = [document(n, **meta) for n in range(count)]
    with Ledger(url) as ledger:
        report = ledger.ingest(docs, analyzer=FAKE)
    assert report.new == count
    return docs


# ---------------------------------------------------------------------- opening

def test_resolve_url_defaults_and_drivers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMLEDGER_DB", raising=False)
    assert resolve_url(None) == "sqlite:///claimledger.db"
    assert resolve_url("data/war.db") == "sqlite:///data/war.db"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.setenv("CLAIMLEDGER_DB", "team.db")
    assert resolve_url(None) == "sqlite:///team.db"


def test_migrations_build_the_modelled_schema(db_url: str) -> None:
    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    # Full-text search objects are backend-specific and not modelled in schema.py.
    unmodelled = [d for d in differences if "documents_fts" not in str(d) and "search" not in str(d)]
    assert unmodelled == []


def test_opening_twice_migrates_once(db_url: str) -> None:
    Ledger(db_url).close()
    with Ledger(db_url) as ledger:
        assert ledger.counts()["documents"] == 0


def test_unreachable_database_is_one_clear_error() -> None:
    with pytest.raises(LedgerError, match="cannot open the ledger"):
        Ledger("postgresql://nobody@127.0.0.1:1/none")


# ---------------------------------------------------------------------- idempotence

def test_same_text_twice_is_one_document(db_url: str) -> None:
    docs = fill(db_url)
    with Ledger(db_url) as ledger:
        again = ledger.ingest(docs, analyzer=FAKE)
        assert (again.new, again.copies, again.known) == (0, 0, 3)
        assert ledger.counts()["documents"] == 3
        assert ledger.counts()["analyses"] == 3
        assert ledger.counts()["sightings"] == 3


def test_copy_from_another_url_is_a_sighting(db_url: str) -> None:
    first = document(1, url="https://a.example/story")
    # Same words, different spacing: the same normalised text, so the same document.
    second = replace(document(1, url="https://b.example/copy"), text=first.text.replace(" ", "  "))
    assert first.id == second.id
    with Ledger(db_url) as ledger:
        report = ledger.ingest([first, second], analyzer=FAKE)
        assert (report.new, report.copies) == (1, 1)
        assert ledger.counts()["documents"] == 1
        assert ledger.counts()["analyses"] == 1
        assert {s["url"] for s in ledger.sightings()} == {"https://a.example/story", "https://b.example/copy"}


def test_a_copy_inside_one_chunk_is_analysed_once(db_url: str) -> None:
    calls = []

    class Counting(FakeAnalyzer):
        def _analyze(self, documents):  # type: ignore[no-untyped-def]
            calls.extend(documents)
            return super()._analyze(documents)

    docs = [document(1, url="https://a.example/1"), document(1, url="https://b.example/1")]
    with Ledger(db_url) as ledger:
        ledger.ingest(docs, analyzer=Counting())
    assert len(calls) == 1


def test_second_ingest_skips_analysis(db_url: str) -> None:
    docs = fill(db_url)

    class Refusing(FakeAnalyzer):
        def _analyze(self, documents):  # type: ignore[no-untyped-def]
            raise AssertionError(f"analysed again: {len(documents)} documents")

    with Ledger(db_url) as ledger:
        assert ledger.ingest(docs, analyzer=Refusing()).known == 3


# ---------------------------------------------------------------------- versions

def test_reanalyze_appends_a_version_and_queries_read_the_newest(db_url: str) -> None:
    fill(db_url)
    class Newer(FakeAnalyzer):
        version = "0.1-test"

    newer = Newer()
    with Ledger(db_url) as ledger:
        assert ledger.reanalyze(analyzer=FAKE).skipped == 3  # nothing new to say
        report = ledger.reanalyze(analyzer=newer)
        assert (report.analysed, report.skipped) == (3, 0)
        assert ledger.counts()["analyses"] == 6
        assert ledger.counts()["claims"] == len(ledger.claims(all_versions=True))
        newest = ledger.claims()
        assert newest and {r["analysis_version"] for r in newest} == {2}
        old = ledger.claims(extractor_version="0.0-test")
        assert {r["analysis_version"] for r in old} == {1}
        assert len(ledger.claims(all_versions=True)) == len(newest) + len(old)
        record = ledger.record(newest[0]["document_id"])
        assert record["extractor"]["version"] == "0.1-test"
        assert [v["version"] for v in record["ledger"]["versions"]] == [1, 2]
        assert ledger.record(newest[0]["document_id"], version=1)["extractor"]["version"] == "0.0-test"
        assert ledger.reanalyze(analyzer=newer).skipped == 3
        one = newest[0]["document_id"][:20]
        assert ledger.reanalyze(analyzer=newer, force=True, only=[one]).analysed == 1


def test_stored_record_round_trips(db_url: str) -> None:
    doc = document(5, url="https://a.example/5", published="2025-02-10")
    with Ledger(db_url) as ledger:
        ledger.ingest([doc], analyzer=FAKE)
        record = ledger.record(doc.id)
    del record["ledger"]
    assert record == json.loads(json.dumps(FakeAnalyzer().run([doc])[0]))


# ---------------------------------------------------------------------- atomicity and errors

def test_a_failing_document_leaves_nothing_behind(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real = store.add_analysis

    def half_then_crash(connection, document_id, record):  # type: ignore[no-untyped-def]
        real(connection, document_id, record)
        raise RuntimeError("crash after the rows were written")

    monkeypatch.setattr(store, "add_analysis", half_then_crash)
    with Ledger(db_url) as ledger, pytest.raises(RuntimeError):
        ledger.ingest([document(1)], analyzer=FAKE)
    monkeypatch.setattr(store, "add_analysis", real)
    with Ledger(db_url) as ledger:
        assert set(ledger.counts().values()) == {0}


def test_bad_items_are_reported_per_file_and_the_rest_goes_in(db_url: str) -> None:
    items = [
        ("a.jsonl", InputError("a.jsonl:2: not valid JSON (column 1: Expecting value)")),
        ("a.jsonl", InputError("a.jsonl:3: not valid JSON (column 1: Expecting value)")),
        ("a.jsonl", document(1)),
        ("b.bin", InputError("b.bin: binary file (NUL bytes), not text")),
        ("c.txt", replace(document(2), text="EXPLODE " + document(2).text)),
        ("c.txt", document(3)),
    ]
    with Ledger(db_url) as ledger:
        report = ledger.ingest(items, analyzer=FAKE)
        assert ledger.counts()["documents"] == 2
    assert report.ok and report.new == 2 and report.errors == 4
    assert report.files["a.jsonl"].errors == {"not valid JSON (column 1: Expecting value)": 2}
    assert report.files["b.bin"].errors == {"binary file (NUL bytes), not text": 1}
    assert next(iter(report.files["c.txt"].errors)).startswith("analysis failed: RuntimeError")


def test_nothing_ingested_is_not_ok(db_url: str) -> None:
    with Ledger(db_url) as ledger:
        report = ledger.ingest([("x", InputError("x: empty file"))], analyzer=FAKE)
    assert not report.ok


def test_reason_drops_file_and_line() -> None:
    assert ingest_module.reason("a.csv", "a.csv:14: record has no 'text'") == "record has no 'text'"
    assert ingest_module.reason("a.json", "a.json:#3: record is not an object") == "record is not an object"
    assert ingest_module.reason("f", "something else: x") == "something else: x"


def test_store_outcomes(db_url: str) -> None:
    doc = document(1, url="https://a.example/1")
    record = FAKE.run([doc])[0]
    with Ledger(db_url) as ledger:
        from claimledger.ledger import db

        assert db.write(ledger.engine, lambda c: store.store_document(c, doc, record)) is Stored.NEW
        assert db.write(ledger.engine, lambda c: store.store_document(c, doc, record)) is Stored.KNOWN
        other = replace(doc, url="https://b.example/1")
        assert db.write(ledger.engine, lambda c: store.store_sighting(c, other)) is Stored.COPY
        missing = document(2)
        assert db.write(ledger.engine, lambda c: store.store_sighting(c, missing)) is None


def test_long_locators_are_hashed() -> None:
    doc = document(1, url="https://a.example/" + "x" * 2000)
    assert store.locator(doc).startswith("sha256:") and len(store.locator(doc)) < 100
    assert store.locator(document(1, url="https://a.example/1")) == "https://a.example/1"
    assert store.locator(document(1)) == "test:1"


# ---------------------------------------------------------------------- queries

def test_claims_filters(db_url: str) -> None:
    fill(db_url, published="2025-01-15")
    with Ledger(db_url) as ledger:
        everything = ledger.claims()
        assert len(everything) == 6
        ukrainian = ledger.claims(speaker="ukrainian MILITARY")
        assert len(ukrainian) == 3 and {r["side"] for r in ukrainian} == {"UA"}
        assert len(ledger.claims(side="ru")) == 3
        assert ledger.claims(since="2025-01-16") == []
        assert len(ledger.claims(since="2025-01-15", until="2025-01-15")) == 6
        assert len(ledger.claims(contains="north korean")) == 3
        assert ledger.claims(speaker="%") == []  # LIKE wildcards are taken literally
        assert len(ledger.claims(limit=2)) == 2
        one = everything[0]["document_id"]
        assert {r["document_id"] for r in ledger.claims(document=one[7:20])} == {one}


def test_figures_carry_who_says_them_and_where(db_url: str) -> None:
    fill(db_url)
    with Ledger(db_url) as ledger:
        rows = ledger.figures(quantity="killed", side="KP", speaker="ukrainian")
        assert sorted(r["value"] for r in rows) == [1000, 1100, 1200]
        assert {(r["speaker"], r["speaker_side"], r["place"]) for r in rows} == {
            ("Ukrainian military officials", "UA", "Kursk")}
        assert ledger.figures(quantity="wounded") == []
        assert len(ledger.figures(place="kur")) == 6


def test_events_with_place_and_speakers(db_url: str) -> None:
    fill(db_url)
    with Ledger(db_url) as ledger:
        rows = ledger.events(type="withdraw", place="sudzha")
        assert len(rows) == 3
        assert {(r["place"], r["actor_side"], r["said_by"], r["certainty"]) for r in rows} == {
            ("Sudzha", "RU", "Russian officials", "denied")}
        assert "analysis_id" not in rows[0]
        assert ledger.events(place="kyiv") == []
        assert len(ledger.events(side="RU")) == 3


def test_rows_are_in_publication_order(db_url: str) -> None:
    docs = [document(n, published=f"2025-0{3 - n}-01") for n in range(3)] + [document(9)]
    with Ledger(db_url) as ledger:
        ledger.ingest(docs, analyzer=FAKE)
        published = [r["published"] for r in ledger.documents()]
    assert published == ["2025-01-01", "2025-02-01", "2025-03-01", None]


def test_search_finds_every_word_in_any_form(db_url: str) -> None:
    texts = ["Soldiers used grenades to avoid capture near Kursk, officials said.",
             "A grenade attack was reported; nobody was captured.",
             "Troops avoided the town entirely."]
    with Ledger(db_url) as ledger:
        ledger.ingest([replace(document(0), text=t, source=f"s{i}") for i, t in enumerate(texts)],
                      analyzer=FAKE)
        hits = ledger.search("grenades to avoid capture")
        assert [h.snippet for h in hits] == [texts[0]]
        assert {h.snippet for h in ledger.search("grenade captured")} == {texts[0], texts[1]}
        assert ledger.search("the to of") == []
        assert ledger.search('"AND" OR NOT*') == []  # operators are words, not syntax
        assert len(ledger.search("avoid", limit=1)) == 1


def test_search_words_and_snippet() -> None:
    assert words("Grenades to avoid the capture, grenades!") == ["grenades", "avoid", "capture"]
    body = "x " * 100 + "they threw grenades at the gate " + "y " * 200
    snippet, marks = snippet_of(body, ["grenades"])
    assert snippet.startswith("…") and snippet.endswith("…") and "grenades" in snippet
    assert [snippet[s:e] for s, e in marks] == ["grenades"]


def test_unknown_and_ambiguous_ids(db_url: str) -> None:
    fill(db_url, count=20)
    with Ledger(db_url) as ledger:
        with pytest.raises(LedgerError, match="no document"):
            ledger.record("ffffffffffffffffff")
        with pytest.raises(LedgerError, match="several"):
            ledger.record("sha256:")


# ---------------------------------------------------------------------- export

@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "geojson"])
def test_export_formats(db_url: str, tmp_path: Path, fmt: str) -> None:
    fill(db_url)
    out = tmp_path / f"events.{fmt}"
    with Ledger(db_url) as ledger:
        assert ledger.export("events", fmt, out) == 3
        expected = ledger.events()
    if fmt == "jsonl":
        assert [json.loads(line) for line in out.read_text().splitlines()] == expected
    elif fmt == "csv":
        with out.open(newline="") as stream:
            rows = list(csv.DictReader(stream))
        assert [r["said_by"] for r in rows] == [e["said_by"] for e in expected]
    elif fmt == "parquet":
        assert pq.read_table(out).to_pylist() == expected
    else:
        collection = json.loads(out.read_text())
        assert [f["geometry"]["coordinates"] for f in collection["features"]] == [
            [e["lon"], e["lat"]] for e in expected]


def test_export_empty_tables_keep_their_columns(db_url: str, tmp_path: Path) -> None:
    with Ledger(db_url) as ledger:
        assert ledger.export("figures", "parquet", tmp_path / "f.parquet") == 0
        assert ledger.export("claims", "csv", tmp_path / "c.csv") == 0
    assert "quantity" in pq.read_schema(tmp_path / "f.parquet").names
    assert (tmp_path / "c.csv").read_text().startswith("document_id,")


def test_export_refuses_geojson_without_coordinates(db_url: str, tmp_path: Path) -> None:
    from claimledger.ledger.export import ExportError

    with Ledger(db_url) as ledger, pytest.raises(ExportError, match="no coordinates"):
        ledger.export("claims", "geojson", tmp_path / "x.geojson")


# ---------------------------------------------------------------------- the real extractor

def test_real_extractor_end_to_end(db_url: str) -> None:
    doc = document(7, url="https://news.example/7", published="2025-02-10")
    with Ledger(db_url) as ledger:
        report = ledger.ingest([doc], analyzer=Analyzer())
        assert report.new == 1, report.files
        record = ledger.record(doc.id)
        assert record["extractor"]["name"] == "claimledger"
        assert record["document"]["text"] == doc.text
        assert len(ledger.claims()) == len(record["claims"])
        assert len(ledger.figures()) == len(record["figures"])
        assert len(ledger.events()) == len(record["events"])
        assert len(ledger.places()) == len(record["places"])
        assert ledger.reanalyze().skipped == 1
    assert_complete(db_url)


def test_rows_of_a_record_match_the_spec_fields() -> None:
    record = FakeAnalyzer().run([document(1)])[0]
    found = rows_module.item_rows(record, analysis_id=7, document_id="d")
    assert len(found["claims"]) == len(record["claims"])
    assert found["figures"][0]["value"] == 1100.0 and found["figures"][0]["approximate"] is True
    assert found["event_claims"] == [{"analysis_id": 7, "event_id": "e1", "claim_id": "c2"}]
    assert found["places"][0]["mentions"] == 1
    stored = rows_module.stored_record(record)
    assert record["document"]["text"] not in stored
    assert rows_module.full_record(stored, record["document"]["text"]) == record


def test_snapshot_ignores_run_specific_values(db_url: str) -> None:
    docs = fill(db_url)
    before = snapshot(db_url)
    with Ledger(db_url) as ledger:
        ledger.ingest(docs, analyzer=FAKE)
    assert snapshot(db_url) == before
    assert Filters().all_versions is False
