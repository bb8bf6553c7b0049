"""The tellings of one act fold into one event (extract/events_fold.py)."""

from claimledger.extract.events_fold import fold_tellings
from claimledger.model import Event, Party, Place, TimeExpr

PLACES = {
    "p1": Place(name="Sudan", kind="country", country="SD", lat=None, lon=None, geonames_id=None, id="p1"),
    "p2": Place(name="El Fasher", kind="city", country="SD", lat=None, lon=None, geonames_id=None, id="p2"),
    "p3": Place(name="Goma", kind="city", country="CD", lat=None, lon=None, geonames_id=None, id="p3"),
}


def _attack(text: str, side: str | None, place: str | None, claim: str, when: str | None = None) -> Event:
    return Event(type="attack", text=text, span=(0, len(text)), actor=Party(name=text.split()[0], side=side)
                 if side else None, place=place, claims=[claim],
                 when=TimeExpr(text=when, span=(0, 1), start=when) if when else None)


def test_a_second_telling_of_one_act_folds_into_the_first_with_its_place_and_claims():
    first = _attack("RSF shelled the city", "RSF", None, "c1")
    again = _attack("RSF shelling of El Fasher", "RSF", "p2", "c2")
    folded = fold_tellings([first, again], PLACES)
    assert folded == [first]
    assert first.place == "p2" and first.claims == ["c1", "c2"]


def test_tellings_at_places_in_different_countries_or_months_apart_stay_two_acts():
    sudan = _attack("RSF shelled the town", "RSF", "p2", "c1")
    congo = _attack("RSF shelled the town", "RSF", "p3", "c2")
    assert len(fold_tellings([sudan, congo], PLACES)) == 2
    early = _attack("RSF shelled the town", "RSF", "p2", "c1", when="2023-09-14")
    late = _attack("RSF shelled the town", "RSF", "p2", "c2", when="2025-02-01")
    assert len(fold_tellings([early, late], PLACES)) == 2


def test_a_telling_with_no_actor_adds_its_claims_to_the_act_at_its_place():
    done = _attack("RSF shelled El Fasher", "RSF", "p2", "c1")
    bare = _attack("after relentless shelling", None, "p2", "c2")
    assert fold_tellings([done, bare], PLACES) == [done] and done.claims == ["c1", "c2"]
