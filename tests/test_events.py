"""Events typed, with actors and certainty, from sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims
from claimledger.extract.events import CATEGORIES, categories, find_events
from claimledger.model import Place


def events_of(nlp, text, places=()):
    doc = nlp(text)
    claims = find_claims(doc)
    for n, claim in enumerate(claims, 1):
        claim.id = f"c{n}"
    return find_events(doc, claims, list(places))


def kinds(nlp, text):
    return {(e.type, e.actor.side if e.actor else None) for e in events_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops pulled back from the bridgehead after days of shelling.", ("withdraw", "RU")),
        ("Iranian units withdrew from the border posts on Friday.", ("withdraw", "IR")),
        ("About 3,000 North Korean soldiers were deployed to the front.", ("deploy", "KP")),
        ("Turkish jets struck Kurdish positions near the town.", ("attack", "TR")),
        ("Israeli aircraft bombed a school compound in the south.", ("attack", "IL")),
        ("Ukrainian forces recaptured the village of Robotyne.", ("territory_change", "UA")),
        ("Sudanese army troops seized the bridge over the Nile.", ("territory_change", "SD")),
        ("Clashes erupted between Armenian and Azerbaijani troops overnight.", ("battle", None)),
        ("The two governments signed a ceasefire agreement in Doha.", ("agreement", None)),
        ("Burmese soldiers detained dozens of villagers.", ("capture", "MM")),
    ],
)
def test_event_types_and_actor_sides(nlp, text, expected):
    assert expected in kinds(nlp, text)


def test_noun_trigger_takes_side_from_its_modifier(nlp):
    found = events_of(nlp, "A Turkish bombardment killed 20 civilians on Sunday.")
    attack = next(e for e in found if e.type == "attack")
    assert attack.actor.side == "TR"


def test_capture_of_people_is_capture_not_territory(nlp):
    assert ("capture", "RU") in kinds(nlp, "Russian paratroopers captured six Ukrainian soldiers.")
    assert ("territory_change", "RU") in kinds(nlp, "Russian paratroopers captured the village of Krynky.")


def test_event_said_in_a_hedged_claim_is_probable(nlp):
    found = events_of(nlp, "The spokesman said the militia probably withdrew from the hills.")
    withdraw = next(e for e in found if e.type == "withdraw")
    assert withdraw.certainty == "probable"
    assert withdraw.claims == ["c1"]


def test_denied_claim_gives_denied_event(nlp):
    found = events_of(nlp, "The ministry denied that its forces attacked the convoy.")
    attack = next(e for e in found if e.type == "attack")
    assert attack.certainty == "denied"


def test_speaker_is_actor_of_subjectless_gerund(nlp):
    found = events_of(nlp, "Russia's Defence Ministry announced regaining control of two villages.")
    change = next(e for e in found if e.type == "territory_change")
    assert change.actor.side == "RU"


def test_place_from_the_trigger_phrase(nlp):
    text = "Syrian troops shelled rebel positions in Idlib."
    start = text.index("Idlib")
    idlib = Place(name="Idlib", kind="city", country="SY", lat=35.93, lon=36.63, geonames_id=169389,
                  mentions=[(start, start + 5)], id="p1")
    found = events_of(nlp, text, [idlib])
    assert next(e for e in found if e.type == "attack").place == "p1"


def test_same_event_told_twice_is_one(nlp):
    text = "Turkish jets struck the village. Later, Turkish jets struck the village again."
    assert len([e for e in events_of(nlp, text) if e.type == "attack"]) == 1


def test_no_event_in_plain_description(nlp):
    assert events_of(nlp, "The weather in the valley was cold and wet.") == []


def test_every_type_has_plover_and_acled_categories():
    for kind in ("deploy", "withdraw", "attack", "battle", "territory_change", "agreement", "capture",
                 "surrender", "casualty_report", "acknowledge", "deny", "other"):
        assert kind in CATEGORIES
        assert set(categories(kind)) == {"plover", "acled"}
    assert categories("withdraw")["plover"] == "RETREAT"
    assert categories("deploy")["plover"] == "MOBILIZE"


def test_light_verb_gives_the_actor_of_its_noun(nlp):
    assert ("attack", "SD") in kinds(nlp, "Sudanese troops launched a counteroffensive near the bridge.")
    assert ("attack", "US") in kinds(nlp, "American jets carried out four strikes on the depot.")


def test_modal_or_future_events_are_possible(nlp):
    found = events_of(nlp, "The rebels would continue to target ships in the strait.")
    assert next(e for e in found if e.type == "attack").certainty == "possible"
    found = events_of(nlp, "The rebels targeted ships in the strait.")
    assert next(e for e in found if e.type == "attack").certainty == "asserted"


def test_launching_weapons_is_an_attack_and_seizing_a_ship_a_capture(nlp):
    assert ("attack", "RU") in kinds(nlp, "Russia launched 40 missiles at Kyiv overnight.")
    assert ("capture", None) in kinds(nlp, "Houthi forces seized a cargo ship in the Red Sea.")
    assert not [e for e in events_of(nlp, "The charity launched an appeal for blankets.") if e.type == "attack"]
