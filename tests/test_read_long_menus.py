"""A site's menu of ten or more sections between separators is navigation: its separators are no
words of it (read/chrome.is_navigation counts the items' words). Menus written for this test."""

from __future__ import annotations

import pytest

from claimledger.read.chrome import is_navigation


@pytest.mark.parametrize("line", [
    "IslandsDaily | Home | Region | Suriname | Belize | Tobago | Business | Sport | Life | Contact | Search",
    "Home | News | World | Africa | Asia | Europe | Americas | Business | Sport | Culture | Opinion | Video",
    "Accueil • Nation • Provinces • Sécurité • Économie • Sport • Culture • Monde • Vidéos • Contact",
    "News › Pakistan › Khyber Pakhtunkhwa › Kurram › Latest › Opinion › Sport › Business › Videos",
    "Home · Politics · Security · Regions · Mindanao · Visayas · Luzon · Metro · Opinion · Lifestyle",
])
def test_a_long_menu_of_sections_is_navigation(line):
    assert is_navigation(line)


@pytest.mark.parametrize("line", [
    "Killed | 12 | Wounded | 30 | Missing | 4",  # a table's counts
    "Gaza | Israeli strikes kill 12 in Rafah, health officials say | Reuters",  # a headline's title bar
    "Troops moved into Eteringbang, Kaikan and two other mining villages along the river on Sunday, "
    "the army said, after gunmen fired on a patrol boat from the Venezuelan bank.",
])
def test_story_lines_and_tables_are_not(line):
    assert not is_navigation(line)
