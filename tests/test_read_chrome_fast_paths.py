"""The navigation checks' fast paths (one search for glued menus, a line with no break is one
item, a sentence's punctuation asked before the items) answer as the slow forms did."""

from __future__ import annotations

import random
import re

import pytest

from claimledger.read.chrome import ITEM_BREAK, _glued_run, _phrase_menu, is_navigation, line_items


def _glued_run_slow(line: str) -> bool:
    return any(len(re.findall(r"[a-z][A-Z]", token)) >= 3 for token in line.split())


def _line_items_slow(line: str) -> list[str]:
    return [item.strip() for item in ITEM_BREAK.split(line.strip()) if item.strip()]


@pytest.mark.parametrize("line, glued", [
    ("HomeWorldAfricaSportOpinion", True),
    ("Accueil  ActualitésPolitiqueÉconomieSport", False),  # É is no A-Z capital: two pairs only
    ("StartseiteNachrichtenPolitikWirtschaft Kontakt", True),
    ("The ceasefire in Tigray held overnight, officials in Mekelle said.", False),
    ("McDonald and McArthur met in DeKalb", False),  # pairs spread over three words
    ("iPhone-McKinseyDeLorean", True),
])
def test_glued_menus_are_found_in_one_search(line: str, glued: bool) -> None:
    assert _glued_run(line) is glued is _glued_run_slow(line)


@pytest.mark.parametrize("line, items", [
    ("Shelling resumed near Bakhmut on Tuesday", ["Shelling resumed near Bakhmut on Tuesday"]),
    ("   ", []),
    ("Home | Sudan | Darfur", ["Home", "Sudan", "Darfur"]),
    ("Inicio  Colombia  Cauca", ["Inicio", "Colombia", "Cauca"]),
    ("12 May 2024 / 09:40 / updated", ["12 May 2024", "09:40", "updated"]),
    ("Gaza\u00a0\u00a0Rafah", ["Gaza", "Rafah"]),
])
def test_a_line_without_a_break_is_one_item(line: str, items: list[str]) -> None:
    assert line_items(line) == items == _line_items_slow(line)


def test_a_sentence_is_no_phrase_menu_and_a_menu_with_abbreviations_still_is() -> None:
    assert not _phrase_menu("Troops entered Goma, the M23 said; residents fled.")
    assert _phrase_menu("U.S. News  World  Sahel  Opinion  Video")
    assert not _phrase_menu("Home  World  Sahel  Opinion. Video")


def test_random_lines_answer_as_the_slow_forms() -> None:
    rng = random.Random(7)
    alphabet = "aBcDzZ U.S.-é|•·/\t\u00a0\u2009,:"
    for _ in range(20000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert _glued_run(line) is _glued_run_slow(line)
        assert line_items(line) == _line_items_slow(line)


def test_a_story_paragraph_is_no_navigation() -> None:
    para = ("Fighters of the Arakan Army took the town of Paletwa after weeks of clashes, a "
            "spokesman said on Monday, while the junta's air force struck villages near Kyauktaw.")
    assert not is_navigation(para)
    assert is_navigation("HomeNewsMyanmarBusinessOpinion")
