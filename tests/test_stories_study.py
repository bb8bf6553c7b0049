"""bench/stories_study.py: the story clusterer scored on frozen records, with its wrong merges and splits."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from link_records import event, figure, place, report

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))  # the study runs as bench/stories_study.py, next to bench/scoring

import stories_study  # noqa: E402

# Reports written for this test: two of one drone strike on a fuel depot in Port Sudan, one of
# a flood in Myanmar's Bago region, told twice by different outlets.
PORT_SUDAN = [
    ("Drones struck the main fuel depot in Port Sudan on Sunday, setting tanks ablaze, the Sudanese army said.",
     "Port Sudan"),
    ("A fire raged at the Port Sudan fuel depot after a drone attack on Sunday that the army blamed on the RSF.",
     "Port Sudan"),
]
BAGO = [
    ("Floodwaters of the Sittaung river cut the highway to Bago, and 12 villagers drowned, rescuers said.", "Bago"),
    ("Rescuers in Bago pulled bodies from the Sittaung floods; 12 villagers died as the river burst its banks.",
     "Bago"),
]


def frozen(tmp_path: Path) -> Path:
    rows = []
    for story, reports in (("sudan", PORT_SUDAN), ("bago", BAGO)):
        for k, (text, town) in enumerate(reports):
            record = report(f"{story}-{k}", text=text, places=[place("p1", town, "SD" if story == "sudan" else "MM")],
                            figures=[figure("f1", 12, "killed")] if story == "bago" else [],
                            events=[event("e1", "attack", actor="RSF")] if story == "sudan" else [])
            rows.append({"name": f"{story}-{k}", "topic": 1, "story": story, "record": record})
    path = tmp_path / "frozen.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_frozen_records_are_scored_in_file_and_shuffled_orders(tmp_path, capsys):
    result = stories_study.score(frozen(tmp_path), "1", [], show_errors=True, as_json=False)
    assert result["file"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert len(result["shuffled_f1"]) == len(stories_study.SHUFFLES)
    out = capsys.readouterr().out
    assert "file order   P 1.000" in out and "== merged" in out


def test_splits_forced_by_the_parameters_are_listed(tmp_path, capsys):
    # a score is at most 1: at threshold 2 every report opens a story of its own
    result = stories_study.score(frozen(tmp_path), "1", ["threshold=2"], show_errors=True, as_json=False)
    assert result["file"]["p"] == 1.0 and result["file"]["r"] == 0.5 and result["groups"] == 4
    split = capsys.readouterr().out.split("== split")[1]
    assert "sudan:" in split and "bago:" in split


def test_parameters_take_their_fields_type_and_unknown_ones_are_refused():
    assert stories_study.parse_sets(["merges=3", "threshold=0.25"]) == {"merges": 3, "threshold": 0.25}
    assert isinstance(stories_study.parse_sets(["merges=3"])["merges"], int)
    with pytest.raises(ValueError, match="no StoryParams field"):
        stories_study.parse_sets(["w_magic=1"])


def test_a_missing_frozen_file_is_a_one_line_error(tmp_path, capsys):
    assert stories_study.main(["score", "--frozen", str(tmp_path / "none.jsonl")]) == 1
    assert capsys.readouterr().err.startswith("stories_study: ")


def test_fragments_give_the_pieces_of_each_split_story_in_every_order(tmp_path, capsys):
    # at threshold 2 each report stays alone: both stories fall into two pieces of one, in every order
    stories_study.score(frozen(tmp_path), "1", ["threshold=2"], show_errors=False, as_json=False,
                        show_fragments=True)
    out = capsys.readouterr().out.split("== fragments")[1]
    assert out.count("bago:[1, 1]") == 1 + len(stories_study.SHUFFLES)
    assert "sudan:[1, 1]" in out and "mixed: -" in out


def test_a_group_of_two_stories_is_counted_as_mixed():
    rows = [{"story": s} for s in ("a", "a", "b", "b", "b")]
    split, mixed = stories_study.fragments(rows, [1, 1, 1, 2, 2])
    assert split == ["b:[2, 1]"]
    assert mixed == ["{'a': 2, 'b': 1}"]


def test_grid_scores_each_spec_on_each_half(tmp_path, capsys):
    # the defaults keep both stories whole; at threshold 2 every report is alone (recall 0.5)
    assert stories_study.main(["grid", "--frozen", str(frozen(tmp_path)), "--halves", "1", "1-2",
                               "--spec", "", "--spec", "threshold=2"]) == 0
    defaults, alone = capsys.readouterr().out.splitlines()
    assert defaults.startswith("[defaults] 1: file 1.000 (P 1.000 R 1.000)") and "| 1-2: file 1.000" in defaults
    assert alone.startswith("[threshold=2] 1: file 0.667 (P 1.000 R 0.500) shuf 0.667")


def test_a_warm_start_scores_only_the_evaluated_reports(tmp_path):
    # the background is the same two happenings told again (topic 1 as history for topic 1): counted into the
    # IDF only, or ingested as a ledger's stories that the evaluated reports join; either way each happening
    # stays one group, and only the evaluated reports are returned
    rows = stories_study.load_frozen(frozen(tmp_path), {1})
    from claimledger.link.report_features import story_features
    from claimledger.link.story_model import StoryParams

    features = [story_features(r["record"]) for r in rows]
    background = [story_features({**r["record"], "document": {**r["record"]["document"],
                                                               "id": r["record"]["document"]["id"] + "-old"}})
                  for r in rows]
    for warm in stories_study.WARM:
        groups = stories_study.cluster(features, list(range(len(rows))), StoryParams(), background, warm)
        assert len(groups) == len(rows)
        assert groups[0] == groups[1] and groups[2] == groups[3] and groups[0] != groups[2], warm
