"""The territories with no army of their own are one table (data/armyless.tsv) with one
reader (claimledger.data.armyless) that the figure stage and the speaker-side stage share."""

from __future__ import annotations

import ast
from pathlib import Path

from claimledger.data import read_table
from claimledger.data.armyless import ARMYLESS

SRC = Path(__file__).resolve().parents[1] / "src" / "claimledger"


def test_the_table_holds_lower_case_codes_read_upper_case() -> None:
    rows = read_table("armyless.tsv")
    assert all(len(row) == 1 and row[0] == row[0].lower() and len(row[0]) == 2 for row in rows)
    assert "PS" in ARMYLESS and "YE" not in ARMYLESS  # Gaza's bare soldiers are not its own


def test_one_module_reads_the_table_and_both_stages_import_it_at_the_top() -> None:
    readers = [p for p in SRC.rglob("*.py") if '"armyless.tsv"' in p.read_text(encoding="utf-8")]
    assert readers == [SRC / "data" / "armyless.py"]
    for user in (SRC / "extract" / "speaker_sides.py", SRC / "extract" / "figures" / "mentions.py"):
        tree = ast.parse(user.read_text(encoding="utf-8"))
        top = {alias.name for node in tree.body if isinstance(node, ast.ImportFrom)
               and node.module == "claimledger.data.armyless" for alias in node.names}
        assert "ARMYLESS" in top, user
