"""The event tables added for the h31 blind round: past forms map onto typed event verbs,
and the extra word lists hold the words their readers rely on."""

from __future__ import annotations

from claimledger.data import read_table
from claimledger.data.tables import word_lists


def test_verb_forms_are_lower_case_pairs_whose_lemma_is_an_event_verb():
    typed = {row[0] for row in read_table("events.tsv")}
    rows = read_table("event_verb_forms.tsv")
    assert rows and all(len(row) == 2 and row[0] == row[0].lower() for row in rows), rows
    assert all(lemma in typed for _, lemma in rows), [r for r in rows if r[1] not in typed]
    assert {"retook", "overran"} <= {form for form, _ in rows}


def test_extra_event_words_hold_known_lists_of_lower_case_words():
    rows = read_table("event_extra_words.tsv")
    assert all(len(row) == 2 and row[0] == row[0].lower() for row in rows), rows
    pairs = [tuple(row) for row in rows]
    assert len(pairs) == len(set(pairs))
    lists = word_lists("event_extra_words.tsv")
    assert set(lists) == {"split_particle", "signed_paper", "response_word", "no_front", "duty_object", "withheld",
                          "broker_word", "unmade_word", "unmade_verb", "rank_word", "fight_back", "demand_verb",
                          "kill_verb", "armed_killer"}
    assert {"kill", "neutralise"} <= lists["kill_verb"]
    assert {"jihadists", "police"} <= lists["armed_killer"]
    assert {"back", "out"} <= lists["split_particle"]
    assert {"call", "urge"} <= lists["demand_verb"]
    assert {"declaration", "charter"} <= lists["signed_paper"]
    assert {"response", "retaliation"} <= lists["response_word"]
    assert {"hell", "prison", "hospital"} <= lists["no_front"]
    assert {"security", "defence", "patrols"} <= lists["duty_object"]
    assert {"use", "access", "entry"} <= lists["withheld"]
    assert {"brokered", "mediated"} <= lists["broker_word"]
    assert {"close", "proposed", "imminent"} <= lists["unmade_word"]
    assert {"propose", "reject", "seek"} <= lists["unmade_verb"]
    assert {"general", "colonel", "major", "admiral"} <= lists["rank_word"]
    assert {"react", "retaliate"} <= lists["fight_back"]


def test_extra_word_lists_do_not_overlap_where_their_readers_would_disagree():
    lists = word_lists("event_extra_words.tsv")
    # a duty taken over is no front people are sent to, and a go-between's word is no sign of an unmade deal
    assert not lists["duty_object"] & lists["no_front"]
    assert not lists["broker_word"] & lists["unmade_word"]
    assert all(" " not in w for words in lists.values() for w in words)


def test_new_event_verbs_are_typed():
    table = dict((row[0], row[1]) for row in read_table("events.tsv"))
    assert table["pull back"] == table["relocate from"] == table["flee"] == "withdraw"
    assert table["fight alongside"] == table["keep"] == table["bring"] == "deploy"
    assert table["drive out"] == table["control"] == "territory_change"
    assert table["invade"] == "attack"
    assert table["encounter"] == "battle"  # "killed five rebels in an encounter", read with its modifiers
