"""bench/story_pairs.py: same-story and sibling pairs of frozen records scored with the clusterer's similarity."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))  # the study runs as bench/story_pairs.py, next to bench/scoring

import story_pairs  # noqa: E402
from test_stories_study import frozen  # noqa: E402  (two drone-strike reports, two flood reports, one topic)


def test_pairs_of_one_story_outscore_pairs_of_the_sibling(tmp_path, capsys):
    assert story_pairs.main(["--frozen", str(frozen(tmp_path)), "--halves", "1"]) == 0
    out = capsys.readouterr().out
    assert "topics 1: 4 reports" in out and "AUC 1.0000" in out
    assert "sibling below" in out and "names" in out


def test_a_missing_frozen_file_is_a_one_line_error(tmp_path, capsys):
    assert story_pairs.main(["--frozen", str(tmp_path / "none.jsonl")]) == 1
    assert capsys.readouterr().err.startswith("story_pairs: ")
