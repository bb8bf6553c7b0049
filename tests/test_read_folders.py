"""A folder of reports often carries its README and, in test folders, the expected results
beside each report: walking the folder passes over them with a note; naming one reads it."""

from __future__ import annotations

from claimledger.read import InputWarning, read_sources

REPORT = ("Fighters of an armed group attacked a village near Beni on Monday, killing nine people, "
          "a local administrator said.")


def _sources(paths):
    return [(source, item) for source, item in read_sources(paths)]


def test_a_folders_readme_and_expected_results_are_passed_over_with_a_note(tmp_path):
    (tmp_path / "README.md").write_text("# Reports from North Kivu\nCollected for the desk.\n")
    (tmp_path / "beni-attack.txt").write_text(REPORT)
    (tmp_path / "beni-attack.expected.json").write_text('{"claims": []}')
    (tmp_path / "LICENSE").write_text("CC BY 4.0")
    items = _sources([tmp_path])
    documents = [item for _, item in items if hasattr(item, "text")]
    notes = {source.rsplit("/", 1)[-1]: item for source, item in items if isinstance(item, InputWarning)}
    assert [d.text for d in documents] == [REPORT]
    assert set(notes) == {"README.md", "beni-attack.expected.json", "LICENSE"}
    assert "passed over" in notes["README.md"] and "README" in notes["README.md"]


def test_a_readme_named_on_its_own_is_read(tmp_path):
    readme = tmp_path / "README.txt"
    readme.write_text(REPORT)
    documents = [item for _, item in _sources([readme]) if hasattr(item, "text")]
    assert [d.text for d in documents] == [REPORT]


def test_a_report_whose_name_only_contains_readme_is_read(tmp_path):
    (tmp_path / "readme-of-the-war.txt").write_text(REPORT)
    (tmp_path / "history-of-beni.txt").write_text(REPORT.replace("nine", "eleven"))
    documents = [item for _, item in _sources([tmp_path]) if hasattr(item, "text")]
    assert len(documents) == 2
