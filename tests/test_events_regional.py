"""A state's force named by one of its regions is the state's (extract/events_regional.py),
a place in a force's name is no event's place, a dateline is no part of an actor's name.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.data.tables import word_lists
from claimledger.extract.events_regional import regional_force_side
from claimledger.model import Document


def events_of(text):
    """(type, actor name, actor side, place name) of each event of the record of ``text``."""
    record = analyze(Document(text=text))
    names = {p["id"]: p["name"] for p in record["places"]}
    return [(e["type"], (e.get("actor") or {}).get("name"), (e.get("actor") or {}).get("side"), names.get(e["place"]))
            for e in record["events"]]


@pytest.mark.parametrize(("name", "theatre", "named", "side"), [
    ("Assam police", None, {"IN"}, "IN"),
    ("Sindh Rangers", None, {"PK"}, "PK"),
    ("the Bavarian police", None, {"DE"}, "DE"),
    ("Guerrero state police", "MX", {"MX"}, "MX"),
    ("Lagos State Police Command", None, {"NG"}, "NG"),
    ("Balochistan Levies", "PK", {"PK"}, "PK"),
    ("Ontario Provincial Police", None, {"CA"}, "CA"),
    ("Punjab Police", "IN", {"IN"}, "IN"),   # a name two countries share: the one the events are in
    ("Punjab Police", None, {"IN", "PK"}, None),
    ("Gaza police", "IL", {"IL", "PS"}, None),  # not Mozambique's Gaza province
    ("Federal Police", None, {"BR"}, None),
    ("Kachin Independence Army", "MM", {"MM"}, None),
    ("riot police", None, {"KE"}, None),
])
def test_a_force_named_by_a_region_is_its_states(name, theatre, named, side):
    assert regional_force_side(name, theatre, named) == side


@pytest.mark.parametrize(("text", "side"), [
    ("Sindh Rangers raided a hideout in Karachi and arrested four suspects.", "PK"),
    ("The Bavarian police arrested three men in Munich on Friday.", "DE"),
    ("Punjab Police killed two gangsters in a shootout near Amritsar.", "IN"),
    ("Manipur Police raided a militant camp in Churachandpur district.", "IN"),
])
def test_events_of_regional_forces_carry_the_states_side(text, side):
    assert side in {e[2] for e in events_of(text)}


def test_a_place_in_the_forces_name_is_not_where_it_acted():
    found = events_of("Guerrero state police clashed with gunmen near Iguala on Saturday.")
    assert [(e[0], e[3]) for e in found] == [("battle", "Iguala")]


def test_a_part_of_a_city_named_with_its_possessive_is_in_that_city():
    """The events happen in Karachi or in its Lyari quarter, which stands at Karachi's point
    (places/quarters.named_quarters): never at a namesake elsewhere."""
    text = "Sindh Rangers raided a hideout in Karachi's Lyari area and arrested four suspects."
    record = analyze(Document(text=text))
    places = {p["id"]: p for p in record["places"]}
    at = [places[e["place"]] for e in record["events"]]
    assert at and all(p["name"] == "Karachi" or p.get("point_of") == "Karachi" for p in at)


def test_a_dateline_is_no_part_of_the_actor():
    found = events_of("GOMA, Democratic Republic of Congo (Reuters) - M23 rebels shelled positions near Sake."
                      " Residents in Goma said they heard explosions.")
    shelled = next(e for e in found if e[1] and "M23" in e[1])
    assert shelled[1] == "M23 rebels" and shelled[2] is None


def test_regional_force_words_are_lower_case_lists():
    lists = word_lists("regional_force_words.tsv")
    assert {"police", "rangers", "levies"} <= lists["force_word"]
    assert "army" not in lists["force_word"]  # a region's army is more often a rebel one
    assert not lists["force_word"] & lists["not_region"]
    assert all(w == w.lower() for words in lists.values() for w in words)


@pytest.mark.parametrize(("text", "side"), [
    ("Kenyan police officers arrived in Garissa on Monday to hunt for the attackers. They opened fire on a vehicle"
     " at a roadblock near the town, killing two men, residents said.", "KE"),
    ("Sindh police launched a crackdown in Kashmore district last week. On Sunday they raided a bandit hideout near"
     " Kandhkot and killed three suspects, a spokesman said.", "PK"),
    ("The Bavarian police said on Friday they had arrested a 24-year-old man in Augsburg.", "DE"),
])
def test_they_told_after_a_police_force_is_that_force(text, side):
    assert [e for e in events_of(text) if e[0] in {"attack", "capture"} and e[2] == side]


def test_the_town_after_a_regional_force_is_not_its_region():
    found = events_of("Jalisco state police were deployed to Lagos de Moreno after the killings. They clashed with"
                      " cartel gunmen on the outskirts of the town on Wednesday.")
    assert ("battle", "MX", "Lagos de Moreno") in {(e[0], e[2], e[3]) for e in found}
