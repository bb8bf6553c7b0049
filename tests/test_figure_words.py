"""The figure reader's word lists are one curated table, data/figure_words.tsv: its shape,
its lists, and that the reader's names for them hold what the rules need."""

from __future__ import annotations

from claimledger.data import read_table
from claimledger.data.tables import word_lists
from claimledger.extract.figures import words

LISTS = {
    "not_government", "bridge", "pronoun", "expel", "home", "listing", "captivity", "shelter", "fallen_in",
    "regular", "irrealis_head", "irrealis_modal", "hedging_modal", "formation", "formation_part", "not_weapon",
    "first_person", "estimate_verb", "taken_people", "condition_mark", "armed_member",
    "own_people", "release_verb", "assemble_verb", "weapon_modifier", "refuge_word", "death_idiom",
    "planted_munition", "air_munition",
}


def test_figure_words_are_pairs_of_a_lower_case_word_and_a_known_list() -> None:
    rows = read_table("figure_words.tsv")
    assert all(len(row) == 2 for row in rows), [r for r in rows if len(r) != 2]
    assert all(word == word.lower() and " " not in word and word for word, _ in rows)
    pairs = [tuple(row) for row in rows]
    assert len(pairs) == len(set(pairs)), sorted({p for p in pairs if pairs.count(p) > 1})
    assert set(word_lists("figure_words.tsv")) == LISTS


def test_every_list_is_documented_in_the_tables_header() -> None:
    from importlib import resources

    header = [line for line in resources.files("claimledger.data").joinpath("figure_words.tsv").read_text(
        encoding="utf-8").splitlines() if line.startswith("#")]
    documented = {line.split()[1] for line in header if line.startswith("#   ")}
    assert documented == LISTS


def test_the_reader_names_the_tables_lists() -> None:
    assert {"were", "reportedly", "feared"} <= words.BRIDGE
    assert {"brigade", "battalion", "contingent"} <= words.FORMATIONS
    assert {"soldier", "serviceman"} <= words.REGULARS and "fighter" not in words.REGULARS
    assert {"would", "could"} <= words.IRREALIS_MODALS and {"may", "might"} == words.HEDGING_MODALS
    assert {"threaten", "plan", "fail"} <= words.IRREALIS_HEADS
    assert {"aid", "merchant"} <= words.NOT_WEAPONS and {"camp", "tent"} <= words.SHELTERS
    assert {"we", "our", "my"} <= words.FIRST_PERSON and "your" not in words.FIRST_PERSON
    assert {"estimate", "put"} <= words.ESTIMATE_VERBS
    assert "prisoner" in words.TAKEN_PEOPLE and "hostage" not in words.TAKEN_PEOPLE
    assert {"if", "unless"} == words.CONDITION_MARKS


def test_no_list_is_empty_and_lists_of_one_kind_do_not_overlap() -> None:
    lists = word_lists("figure_words.tsv")
    assert all(lists.values())
    assert not (lists["formation"] & lists["formation_part"])
    assert not (lists["irrealis_modal"] & lists["hedging_modal"])
