"""The ledger commands end to end, through Typer's test runner on an app that has them
registered as the main app will, with the real extractor, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import typer
from test_ledger_support import BACKENDS, fresh_db, report_text
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.ledger_cli import register

app = typer.Typer()
register(app)
runner = CliRunner()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_db(request.param, tmp_path)


def run(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, (result.output, result.exception)
    return result.output


def body(n: int) -> str:
    return report_text(n).split("\n", 1)[1]


def html_page(n: int) -> str:
    return (f"<html><head><title>Report {n}</title></head><body><nav>Home | World</nav><article>"
            f"<h1>Report {n}</h1><p>{body(n)}</p><p>Analysts could not verify the figures.</p>"
            f"</article></body></html>")


def every_format(folder: Path) -> Path:
    """One small report in every format the ledger reads."""
    folder.mkdir()
    (folder / "a.txt").write_text(report_text(0), encoding="utf-8")
    (folder / "b.html").write_text(html_page(1), encoding="utf-8")
    (folder / "c.json").write_text(json.dumps([{"text": body(2), "title": "Two"}]), encoding="utf-8")
    records = [{"text": body(n), "published": f"2025-02-1{n}"} for n in (3, 4)]
    (folder / "d.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (folder / "e.csv").write_text(f'text,url\n"{body(5)}",https://csv.example/5\n', encoding="utf-8")
    pq.write_table(pa.Table.from_pylist([{"text": body(6), "url": "https://pq.example/6"}]),
                   folder / "f.parquet")
    (folder / "g.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>https://feed.example/</link>'
        f"<item><title>Seven</title><link>https://feed.example/7</link>"
        f"<pubDate>Mon, 10 Feb 2025 08:00:00 GMT</pubDate><description>{body(7)}</description></item>"
        f"</channel></rss>", encoding="utf-8")
    with (folder / "h.warc.gz").open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://warc.example/8", "response",
                                                      payload=io.BytesIO(html_page(8).encode()),
                                                      http_headers=http))
    return folder


def stats(db: str) -> dict[str, int]:
    return json.loads(run("stats", "--db", db, "--json"))


# ---------------------------------------------------------------------- ingest

def test_ingest_passes_over_a_folders_readme_and_counts_only_the_reports(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(report_text(1), encoding="utf-8")
    (folder / "README.md").write_text("# Reports collected from the Sahel desk\n", encoding="utf-8")
    (folder / "a.expected.json").write_text('{"claims": []}', encoding="utf-8")
    output = " ".join(run("ingest", str(folder), "--db", str(tmp_path / "l.db")).split())
    assert "1 report read from 1 file" in output
    assert "README.md: 1 × passed over" in output and "a.expected.json: 1 × passed over" in output
    assert stats(str(tmp_path / "l.db"))["documents"] == 1


def test_ingest_every_reader_format(db_url: str, tmp_path: Path) -> None:
    folder = every_format(tmp_path / "reports")
    report_file = tmp_path / "report.json"
    output = run("ingest", str(folder), "--db", db_url, "--report", str(report_file))
    assert "9 reports read from 8 files" in " ".join(output.split())
    report = json.loads(report_file.read_text())
    assert report["new"] == 9 and report["errors"] == 0
    assert all(f["new"] >= 1 for f in report["files"].values()), report["files"]
    assert stats(db_url)["documents"] == 9
    again = run("ingest", str(folder), "--db", db_url)
    assert "0 new" in again and "9 already in the ledger" in " ".join(again.split())
    assert stats(db_url)["analyses"] == 9


def test_ingest_reports_bad_files_and_goes_on(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(report_text(1), encoding="utf-8")
    (folder / "binary.dat").write_bytes(b"\x00\x01\x02" * 50)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "records.jsonl").write_text('{"text": "x"\n{"title": "no text"}\n', encoding="utf-8")
    output = " ".join(run("ingest", str(folder), "--db", db_url).split())
    assert "1 new" in output and "4 errors" in output
    for name in ("binary.dat", "empty.txt", "records.jsonl"):
        assert name in output
    assert stats(db_url)["documents"] == 1


def test_ingest_with_nothing_good_fails(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    output = run("ingest", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "--db", db_url, code=1)
    assert "nothing could be ingested" in output


def test_ingest_map_fields(db_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    record = {"body": body(3), "date": "2025-03-01", "link": "https://x.example/3"}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    run("ingest", str(corpus), "--db", db_url, "--map", "text=body,published=date,url=link")
    (row,) = json_lines(run("claims", "--db", db_url, "--json", "--side", "UA"))
    assert row["published"] == "2025-03-01"
    run("ingest", str(corpus), "--db", db_url, "--map", "body", code=2)


# ---------------------------------------------------------------------- queries

@pytest.fixture
def filled(db_url: str, tmp_path: Path) -> str:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": body(n), "published": f"2025-01-{10 + n}",
                                          "url": f"https://news.example/{n}"}) + "\n" for n in range(3)),
                      encoding="utf-8")
    run("ingest", str(corpus), "--db", db_url, "--quiet")
    return db_url


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_claims_command(filled: str) -> None:
    rows = json_lines(run("claims", "--db", filled, "--speaker", "ukrainian", "--since", "2025-01-11",
                          "--json"))
    assert [r["published"] for r in rows] == ["2025-01-11", "2025-01-12"]
    assert {r["side"] for r in rows} == {"UA"}
    table = run("claims", "--db", filled, "--limit", "1")
    assert "Ukrainian" in table and "said" in table
    run("claims", "--db", filled, "--since", "last week", code=2)


def test_figures_command(filled: str) -> None:
    rows = json_lines(run("figures", "--db", filled, "--quantity", "killed", "--side", "KP", "--json"))
    assert sorted(r["value"] for r in rows) == [1000, 1100, 1200]
    assert {r["speaker"] for r in rows} == {"Ukrainian military officials"}
    assert "1,100" in run("figures", "--db", filled, "--quantity", "killed")


def test_events_command(filled: str) -> None:
    rows = json_lines(run("events", "--db", filled, "--type", "withdraw", "--place", "sudzha", "--json"))
    assert len(rows) == 3 and {r["place"] for r in rows} == {"Sudzha"}
    assert {r["said_by"] for r in rows} == {"Russian officials"}
    assert "Sudzha" in run("events", "--db", filled, "--type", "withdraw")
    assert "no events match" in run("events", "--db", filled, "--place", "atlantis")


def test_places_command(filled: str) -> None:
    rows = json_lines(run("places", "--db", filled, "--name", "kursk", "--json"))
    assert {(r["name"], r["country"]) for r in rows} == {("Kursk", "RU")}


def test_search_and_show(filled: str) -> None:
    hits = json_lines(run("search", "--db", filled, "troops killed in Kursk", "--json"))
    assert len(hits) == 3
    prefix = hits[0]["document_id"].removeprefix("sha256:")[:10]
    shown = run("show", prefix, "--db", filled)
    assert "Ukrainian military officials" in shown and "analysis 1 of 1" in shown
    record = json.loads(run("show", prefix, "--db", filled, "--json"))
    assert record["document"]["id"] == hits[0]["document_id"] and record["claims"]
    assert "no document" in run("show", "0000000000", "--db", filled, code=1)
    assert "no report matches" in run("search", "--db", filled, "zeppelin")


def test_reanalyze_command(filled: str) -> None:
    assert "3 already up to date" in run("reanalyze", "--db", filled)
    assert "3 reports analysed again" in run("reanalyze", "--db", filled, "--force")
    assert stats(filled)["analyses"] == 6
    record = json.loads(run("show", json_lines(run("claims", "--db", filled, "--json"))[0]["document_id"],
                            "--db", filled, "--json"))
    assert record["ledger"]["version"] == 2


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "geojson"])
def test_export_command(filled: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "export"
    output = run("export", "--db", filled, "--format", fmt, "--out", str(out))
    expected = ("places", "events", "figures") if fmt == "geojson" else (
        "documents", "claims", "figures", "events", "places")
    for table in expected:
        assert (out / f"{table}.{fmt}").exists(), output
    if fmt == "parquet":
        assert pq.read_table(out / "documents.parquet").num_rows == 3
    single = tmp_path / "claims-only.csv"
    if fmt == "csv":
        run("export", "--db", filled, "-f", "csv", "-t", "claims", "-o", str(single))
        assert single.read_text().startswith("document_id,")


def test_export_refusals(filled: str, tmp_path: Path) -> None:
    assert "no coordinates" in run("export", "--db", filled, "-f", "geojson", "-t", "claims", "-o",
                                   str(tmp_path / "x.geojson"), code=2)
    run("export", "--db", filled, "-f", "xml", "-o", str(tmp_path), code=2)


def test_stats_command(filled: str) -> None:
    counts = stats(filled)
    assert counts["documents"] == 3 and counts["sightings"] == 3
    assert "documents" in run("stats", "--db", filled)


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMLEDGER_DB", str(tmp_path / "env.db"))
    (tmp_path / "a.txt").write_text(report_text(1), encoding="utf-8")
    run("ingest", str(tmp_path / "a.txt"))
    assert (tmp_path / "env.db").exists()
    assert json.loads(run("stats", "--json"))["documents"] == 1
