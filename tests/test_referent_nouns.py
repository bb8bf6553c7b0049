"""The nouns a report uses again for a source it named before (data/referent_nouns.tsv),
read by extract/events_referents.py: the table's shape, and its agreement with the speaker
vocabulary (speaker_words.tsv) that the claims stage and the speaker memory read."""

from __future__ import annotations

from claimledger.data import read_table
from claimledger.data.tables import word_lists
from claimledger.extract import events_referents

KINDS = {"person", "paper"}
# how the speaker vocabulary may class a word of each kind (absent is allowed too)
AGREEING = {"person": {"title", "role"}, "paper": {"document", "organization"}}


def test_referent_nouns_are_distinct_lower_case_words_of_two_kinds():
    rows = read_table("referent_nouns.tsv")
    assert all(len(row) == 2 for row in rows), [r for r in rows if len(r) != 2]
    words = [w for w, _ in rows]
    assert len(words) == len(set(words)), sorted({w for w in words if words.count(w) > 1})
    assert {kind for _, kind in rows} == KINDS
    assert all(w == w.lower() and " " not in w for w in words), words


def test_referent_nouns_agree_with_the_speaker_vocabulary():
    speaker_class = dict(read_table("speaker_words.tsv"))
    clashes = [(w, kind, speaker_class[w]) for w, kind in read_table("referent_nouns.tsv")
               if w in speaker_class and speaker_class[w] not in AGREEING[kind]]
    assert not clashes, clashes


def test_events_referents_reads_the_table_and_keeps_bare_forces_out():
    lists = word_lists("referent_nouns.tsv")
    assert lists["person"] == events_referents.ROLE_NOUNS
    assert lists["paper"] == events_referents.PAPER_NOUNS
    assert {"spokesman", "officer", "prefect"} <= events_referents.ROLE_NOUNS
    assert {"statement", "communique", "ministry"} <= events_referents.PAPER_NOUNS
    # a bare "the army" is the theatre's state's, not whichever body spoke last
    assert not {"army", "military", "forces", "police"} & (events_referents.ROLE_NOUNS | events_referents.PAPER_NOUNS)
