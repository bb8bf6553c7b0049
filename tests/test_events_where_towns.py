""""The area" after a town the region only locates points to the town (extract/events_where_towns.py).
Sentences written for these tests."""

from __future__ import annotations

from claimledger.analyze import analyze
from claimledger.extract.events_where_towns import LOCATING
from claimledger.model import Document


def test_the_area_after_a_town_and_its_region_is_the_town():
    text = ("NIAMEY — Suspected jihadists killed 12 soldiers in an ambush near Tillia in the Tahoua region, the defence"
            " ministry said on Friday.\nThe army said it had sent reinforcements to the area.")
    record = analyze(Document(text=text))
    names = {p["id"]: p["name"] for p in record["places"]}
    assert ("deploy", "Tillia") in {(e["type"], names.get(e["place"])) for e in record["events"]}


def test_what_locates_a_town_is_no_list_of_two_places():
    assert all(LOCATING.fullmatch(t) for t in [" in the ", ", in ", ", in Niger's ", ", the capital of ", ", "])
    assert not any(LOCATING.fullmatch(t) for t in [" and the ", " to ", " near the ", " or "])
