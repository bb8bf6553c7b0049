"""Which places a record keeps: every place with a point, and a place the gazetteer could not
locate only when an event or a figure is placed there (a village known only by its country
pins nothing a reader could check on a map). Reports written for these tests."""

from __future__ import annotations

from claim_checks import record_of


def _places(record: dict) -> dict[str, dict]:
    return {p["name"]: p for p in record["places"]}


def test_an_unlocated_village_where_an_attack_happened_is_kept_for_its_event() -> None:
    record = record_of(
        "Gunmen attacked the village of Kwambeli in Borno State on Sunday, killing seven farmers, "
        "a local official said.")
    places = _places(record)
    assert "Borno State" in places or "Borno" in places
    for name, place in places.items():
        if place["lat"] is None and place["kind"] != "country":
            assert any(e["place"] == place["id"] for e in record["events"]) or any(
                f["place"] == place["id"] for f in record["figures"]), name


def test_every_recorded_place_is_located_or_used() -> None:
    record = record_of(
        "Residents of Tungbali, a hamlet in Adamawa, said they had heard gunfire for hours. "
        "The army said troops repelled an attack on a base near Yola on Monday.")
    used = {e["place"] for e in record["events"]} | {f["place"] for f in record["figures"]}
    for place in record["places"]:
        assert place["lat"] is not None or place["kind"] == "country" or place["id"] in used, place
    assert any(p["name"] == "Yola" for p in record["places"])
