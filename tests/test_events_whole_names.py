"""events_view.whole_names finds what the one regex of a report's place names found."""

from __future__ import annotations

import random
import re

from claimledger.extract.events_view import whole_names


def _by_regex(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


def test_whole_names_in_prose() -> None:
    text = "Shelling hit Kherson and Kherson-based units; the Kherson Oblast border. Khersonite, Kherson."
    names = ["Kherson Oblast", "Kherson"]
    found = whole_names(text, names)
    assert [n for _, _, n in found] == ["Kherson", "Kherson Oblast", "Kherson"]
    assert found == _by_regex(text, names)


def test_the_longer_name_first_at_one_place() -> None:
    # "Al Bab" before "Al" at the same offset, as the regex tries its longer alternative first
    text = "Fighting near Al Bab and Al-Rai; Al said."
    names = ["Al Bab", "Al"]
    assert whole_names(text, names) == _by_regex(text, names) == [(14, 20, "Al Bab"), (33, 35, "Al")]


def test_same_as_the_regex_on_random_texts() -> None:
    rng = random.Random(8)
    alphabet = ["Ab", "ab", "Ab ", " ", "-", "_", "é", "1", ",", "Abab", "b", "\n", "’s "]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        pool = ["Ab", "Ab ab", "abAb", "Abab", "b Ab", "Ab-ab", "é1"]
        names = sorted(set(rng.sample(pool, rng.randint(1, 4))), key=len, reverse=True)
        assert whole_names(text, names) == _by_regex(text, names), (text, names)
