"""The analyze command end to end, through a real subprocess where the exit code and
stderr matter (no traceback may reach the user)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPORT = """Militia says it shot down army drone over Goma
GOMA (Reuters) - The M23 rebel group said on Monday it had shot down a Congolese army drone near Goma, \
and a local official said two civilians were wounded by the debris.
"""


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimledger.cli", *args], input=stdin, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture()
def report(tmp_path: Path) -> Path:
    path = tmp_path / "goma.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_json_record(report):
    out = run("analyze", str(report), "--json")
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert record["schema"] == "claimledger.analysis/1"
    assert record["document"]["title"] == "Militia says it shot down army drone over Goma"
    assert record["document"]["declared_origin"] == "Reuters"
    assert any("M23" in c["speaker"]["name"] for c in record["claims"])
    assert any(f["value"] == 2 and f["quantity"] == "wounded" for f in record["figures"])


def test_stdin_with_metadata_options():
    out = run("analyze", "-", "--json", "--published", "2025-02-10", "--url", "https://example.org/a",
              "--outlet", "example.org", stdin=REPORT)
    assert out.returncode == 0, out.stderr
    document = json.loads(out.stdout)["document"]
    assert (document["published"], document["url"], document["outlet"]) == (
        "2025-02-10", "https://example.org/a", "example.org")


def test_json_lines_batch_goes_on_past_a_bad_file(report, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    out = run("analyze", str(report), str(tmp_path / "missing.txt"), str(empty), str(report), "--json-lines")
    assert out.returncode == 1
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["claims"] for line in lines)
    errors = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(errors) == 2
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x00\x01\x02\x03binary\x00" * 40, "binary"),
        (("Les forces armées ont annoncé mardi que les combats se poursuivaient dans le nord du pays, "
          "selon un porte-parole qui a refusé de donner un bilan des victimes.").encode(), "not English"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(tmp_path, content, words):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out = run("analyze", str(path))
    assert out.returncode != 0
    assert words in out.stderr
    assert "Traceback" not in out.stderr
    assert len([line for line in out.stderr.splitlines() if line.strip()]) == 1


def test_bad_published_option_is_refused(report):
    out = run("analyze", str(report), "--published", "last week")
    assert out.returncode == 2
    assert "--published" in out.stderr
    assert "Traceback" not in out.stderr


def test_readable_report_groups_claims_by_speaker(report):
    out = run("analyze", str(report))
    assert out.returncode == 0, out.stderr
    assert "Claims" in out.stdout and "M23" in out.stdout
    assert "Figures" in out.stdout


def test_analyze_reads_every_format_with_one_map(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    body = REPORT.split("\n", 1)[1]
    pq.write_table(pa.Table.from_pylist([{"body": body, "headline": "Drone down over Goma"}]),
                   tmp_path / "rows.parquet")
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>K</title><link>https://kivu.example/</link>'
        f"<item><title>Goma drone</title><link>https://kivu.example/1</link><description>{body}</description>"
        "</item></channel></rss>", encoding="utf-8")
    out = run("analyze", str(tmp_path / "rows.parquet"), str(tmp_path / "feed.xml"), "--json-lines",
              "--map", "text=body,title=headline")
    assert out.returncode == 0, out.stderr
    titles = [json.loads(line)["document"]["title"] for line in out.stdout.splitlines()]
    assert titles == ["Drone down over Goma", "Goma drone"]


def test_old_field_options_still_work(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"content": REPORT.split("\n", 1)[1]}) + "\n", encoding="utf-8")
    out = run("analyze", str(path), "--json", "--text-field", "content")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["claims"]
