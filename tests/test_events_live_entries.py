"""A live page's last entry is the story, not the page's tail (read/clock.py, read through
read/furniture.tail_start): a stamp alone on its line over a short entry after the last long
paragraph used to open the tail and take the entry with it. Pages written for these tests, in
several live-blog shapes (clock stamps, am/pm stamps, ages, zones), on several wars.
"""

from __future__ import annotations

import pytest

from claimledger.read.cleanup import read_text
from claimledger.read.clock import CLOCK_LINE, stamp_line, stamps_an_entry

PAGES = [
    # a clock stamp over each entry, a related list and a share row after the last
    ("Live: Rocket fire on Israel's south\nUpdated 22:10\n\n22:10\nSirens sounded in Sderot and Netivot. "
     "The army said it intercepted most of the rockets.\n\n21:30\nTwo rockets fell in open ground near "
     "Ashkelon, police said.\n\nRelated\nGaza truce talks stall in Cairo\n",
     "Two rockets fell in open ground near Ashkelon"),
    # ages instead of clock times, a share box after the last entry
    ("Sahel live: attack on army post near Djibo\nUpdated 3 hours ago\n\n3 hours ago\nBurkina Faso's army "
     "said its troops repelled an attack by jihadist fighters on a post near Djibo on Tuesday morning, "
     "killing dozens of assailants.\n\n5 hours ago\nResidents reported gunfire in Djibo overnight.\n\n"
     "Share this page\nFacebook | X | WhatsApp\n",
     "Residents reported gunfire in Djibo overnight."),
    # am/pm stamps, a copyright line closing the page
    ("Haiti gang violence: latest\nBy Caribbean Desk\n\n3:05 p.m.\nPolice said officers exchanged fire "
     "with gang members in Croix-des-Bouquets for more than two hours, and that one officer was wounded "
     "in the clash.\n\n1:40 p.m.\nGangs torched houses in Mirebalais, residents said.\n\n"
     "Copyright 2027 Caribbean Desk. All rights reserved.\n",
     "Gangs torched houses in Mirebalais, residents said."),
    # stamps with a zone, no blank lines between entries
    ("Sudan war live: drones hit Port Sudan\nSudan Monitor staff\n10:42 GMT\nThe army said its air "
     "defences shot down several drones over Port Sudan overnight, and that a fuel depot near the port "
     "was hit.\n08:02 GMT\nThe RSF shelled Karari in Omdurman, volunteers said.\nRelated stories\n"
     "Aid convoy reaches Tawila\n",
     "The RSF shelled Karari in Omdurman, volunteers said."),
    # a bulleted last entry under its stamp, a "most read" list after it
    ("LIVE: Kashmir shelling\n11:30\nPakistani troops shelled Indian posts along the Line of Control in "
     "Kupwara overnight, the Indian Army said in a statement on Tuesday morning.\n09:10\n• Indian troops "
     "returned fire.\nMost read\nMarkets rally as oil falls\n",
     "Indian troops returned fire."),
]


@pytest.mark.parametrize(("page", "last"), PAGES)
def test_a_live_pages_last_entry_stays_in_the_story(page: str, last: str) -> None:
    doc = read_text(page)
    assert last in doc.text, doc.text


@pytest.mark.parametrize("page", [p for p, _ in PAGES])
def test_the_tail_after_the_last_entry_still_goes(page: str) -> None:
    doc = read_text(page)
    for tail in ("Gaza truce talks stall", "Facebook | X", "All rights reserved", "Aid convoy reaches",
                 "Markets rally"):
        assert tail not in doc.text


@pytest.mark.parametrize("page", [
    # a stamp over a headline (no closing mark) in a "most read" list is still the tail
    "Yemen: Houthis claim missile attack on ship\nBy Staff Writer\n\nSANAA — The Houthi movement said on "
    "Sunday it had fired two anti-ship missiles at a cargo vessel in the Red Sea, the group's military "
    "spokesman said in a televised statement.\n\nMost read\n14:32\nOil prices rise after Red Sea attack\n",
    # a stamp over a share row
    "Clashes in Tripoli\nBy Staff\n\nArmed groups clashed in the Libyan capital's Abu Salim district on "
    "Monday night, residents said, as ambulances took the wounded to hospital.\n\n09:15\nShare | Tweet\n",
])
def test_a_stamp_over_no_prose_opens_no_entry(page: str) -> None:
    doc = read_text(page)
    assert "Oil prices rise" not in doc.text and "Share | Tweet" not in doc.text


def test_one_clock_stamp_shape() -> None:
    for line in ("15:10", "09.45", "14h32", "3:05 p.m.", "10:42 GMT", "11:20 CET", "7:15 am"):
        assert CLOCK_LINE.fullmatch(line), line
    assert stamp_line("2 hours ago") and stamp_line("an hour ago")
    assert not stamp_line("14:00 was the deadline")
    assert stamps_an_entry(["08:15", "Police in Pattani say two bombs exploded."], 0)
    assert stamps_an_entry(["09:10", "• Indian troops returned fire."], 0)
    assert not stamps_an_entry(["08:15", "Share this live blog"], 0)
