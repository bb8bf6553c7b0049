"""A section's label alone above the headline ("NEWS", "World News") is the page's, not its
first line: the headline under it is still the headline, and its counts are not the story's
own (else "Gunmen kill 18 …, 2,000 flee" gave 2,000 killed). Pages written for these tests."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document
from claimledger.read.chrome import is_navigation


@pytest.mark.parametrize("line", ["NEWS", "World News", "Politics"])
def test_a_section_label_alone_is_navigation(line):
    assert is_navigation(line)


@pytest.mark.parametrize("line", ["Nigeria", "Gunmen kill 18", "News agencies reported fighting."])
def test_other_short_lines_are_not(line):
    assert not is_navigation(line)


@pytest.mark.parametrize(
    ("page", "headline_only"),
    [
        ("NEWS\nGunmen kill 18 in fresh Benue attacks, 2,000 flee\nPosted on June 3, 2026 by Our Correspondent\n\n"
         "Suspected armed herders killed 18 people in attacks on three communities in Guma, officials said.\n"
         "About 2,000 residents fled to Daudu, the council chairman said.", (2000, "killed")),
        ("World News\nDrone strike kills 9 in Sagaing, 300 flee\n\n"
         "A junta drone strike killed nine villagers in Sagaing region on Sunday, a resistance group said.\n"
         "Some 300 people fled to nearby forests, residents said.", (300, "killed")),
    ],
)
def test_a_headline_under_a_section_label_gives_no_count(nlp, page, headline_only):
    figures = {(f["value"], f["quantity"]) for f in analyze(Document(text=page), nlp)["figures"]}
    assert headline_only not in figures


@pytest.mark.parametrize(
    ("page", "headline_only"),
    [
        ("MYANMAR NOW\nJunta airstrikes kill 21 in Sagaing village, say locals\n21 February 2026\n"
         "Airstrikes on a village in Depayin Township killed 19 civilians on Thursday, residents said.",
         (21, "killed")),
        ("EXCLUSIVE\nGunmen kill 14 in Zamfara mosque attack\n\n"
         "Bandits killed 12 worshippers in a mosque in Zamfara State on Friday, residents said.", (14, "killed")),
    ],
)
def test_a_masthead_over_the_headline_leaves_it_the_headline(nlp, page, headline_only):
    figures = {(f["value"], f["quantity"]) for f in analyze(Document(text=page), nlp)["figures"]}
    assert headline_only not in figures


def test_a_city_alone_on_its_line_is_no_masthead(nlp):
    page = "KHARTOUM\nThe army said 12 soldiers were killed in fighting near Omdurman on Monday."
    places = {p["name"] for p in analyze(Document(text=page), nlp)["places"]}
    assert "Omdurman" in places
