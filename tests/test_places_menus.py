"""Menus a text-only page labels ("Navigation: Americas | US & Canada", "Sections: Europe |
Asia-Pacific | Africa") are the site's navigation (read/chrome.is_navigation): their regions and
countries are no places of the story. Pages written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.extract.places import find_places
from claimledger.read.chrome import is_navigation


@pytest.mark.parametrize(("page", "story", "menu"), [
    ("Gunmen kill 12 in attack on market\n\nGunmen killed 12 people at a market in Djibo, in northern Burkina "
     "Faso, local sources said.\n\nNavigation: Americas | US & Canada | Business | Markets\n",
     "Djibo", {"United States", "Canada"}),
    ("Drone strike hits Sinjar\n\nA Turkish drone struck a car in Sinjar, in northern Iraq, officials said.\n\n"
     "Sections: Europe | Asia-Pacific | Middle East | Latin America\n", "Sinjar", {"Europe", "Middle East"}),
    ("Police raid leaves nine dead\n\nPolice killed nine people in a raid in Duque de Caxias, Brazil.\n\n"
     "Regions: Africa • Asia • Europe • Americas\n", "Duque de Caxias", {"Africa", "Europe", "Asia"}),
])
def test_a_labelled_menu_names_no_place(nlp, page, story, menu):
    names = {p.name for p in find_places(nlp(page))}
    assert story in names and not names & menu, names


@pytest.mark.parametrize("line", [
    "Killed: 12 | Wounded: 30 | Missing: 4",  # a table's counts
    "Related: South Sudan: Cholera outbreak response in Renk | Sudan war: refugees arrive in Upper Nile",
    "Breaking: Gunmen kill 12 in Djibo | Live updates",
])
def test_a_labelled_line_of_sentences_or_counts_is_no_menu(line):
    assert not is_navigation(line)
