# ruff: noqa: E501  (the test pages are written as they come off the web, one paragraph a line)
"""Event rules found on blind round evfig8, each checked on sentences of other wars
written for these tests."""

from __future__ import annotations

from claimledger.analyze import analyze_many
from claimledger.model import Document


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    record = next(iter(analyze_many([Document(text=text)])))
    places = {p["id"]: p["name"] for p in record["places"]}
    return [(e["type"], (e["actor"] or {}).get("side"), places.get(e["place"])) for e in record["events"]]


def test_a_ministry_named_with_its_state_after_it_speaks_for_that_state() -> None:
    events = _events("The Ministry of Defence of Ukraine denied the report, calling it a fabrication.")
    assert ("deny", "UA", None) in events


def test_subjected_to_fire_is_an_attack_by_the_force_before_it() -> None:
    text = ("On 12 May, at around 02:10, units of the Armed Forces of Azerbaijan, using mortars, subjected "
            "to fire the positions of the Armenian army located near Sotk, the ministry reported.")
    events = _events(text)
    assert any(t == "attack" and s == "AZ" for t, s, _ in events)
    assert not any(t == "attack" and p == "Azerbaijan" for t, _, p in events)


def test_civilians_leaving_an_area_is_no_withdrawal() -> None:
    events = _events("Three houses were burnt in Mbengwi, the mayor said. Dozens of families have since "
                     "left the area for Bamenda, he added.")
    assert not [e for e in events if e[0] == "withdraw"]
    assert ("withdraw", "ML", None) in [(t, s, None) for t, s, _ in _events(
        "Malian troops left the town of Tessit on Monday, the army said.")]


GUEST_PAGE = """Front Notes
INTERVIEW

"We hold what we can": a company commander near Siversk

By Oksana Lys | 20 June 2026

Major Petro Danyliuk commands a rifle company of the 54th Brigade holding the approaches to Siversk, in Donetsk Oblast. We spoke to him by video link on Friday.

- How close are the Russians now?

- Two kilometres in places. The Russians attack every night, in small groups.

- What do you need most?

- We need shells and drones. And sleep.

- There were reports this week that your company pulled back from Verkhnokamianske.

- Yes, we withdrew from two positions near Siversk on Tuesday. The Russians had levelled them with glide bombs; there was nothing left to hold.
"""


def test_an_interview_guest_of_no_stated_side_withdraws_for_the_theatre_s_state() -> None:
    events = _events(GUEST_PAGE)
    assert any(t == "withdraw" and s == "UA" for t, s, _ in events)


def test_the_arrival_of_reinforcements_announced_by_a_force_is_its_deployment() -> None:
    events = _events("Kadugli, March 3 (SUNA) - The army repelled an attack on Kadugli in Sudan. On Friday, the "
                     "armed forces announced the arrival in Kadugli of reinforcements from El Obeid.")
    assert any(t == "deploy" and s == "SD" for t, s, _ in events)
    assert not any(t == "deploy" for t, _, _ in _events("Aid agencies welcomed the arrival of 40 trucks of food in Gaza."))


def test_a_claim_a_state_spokesman_describes_as_false_is_his_denial() -> None:
    events = _events("The army repelled an attack on Babanusa in Sudan, the army said. The militia claimed it had "
                     "taken over the base, a claim that the army spokesman described as \"false and baseless\".")
    assert ("deny", "SD", None) in events


# ---------------------------------------------------------------- from the other blind pages added to tests/reports
def test_parents_not_sending_children_back_is_no_deployment() -> None:
    assert not [e for e in _events("Some parents in Kumba say they will not send their children back to school.")
                if e[0] == "deploy"]


def test_seizing_power_is_no_territory_change_and_seized_materiel_is_a_capture() -> None:
    assert not [e for e in _events("Mali's military rulers, who seized power in 2021, have promised elections.")
                if e[0] == "territory_change"]
    types = [t for t, _, _ in _events("Troops seized explosive belts and two rifles in a village near Tuz Khurmatu, "
                                      "the spokesman said.")]
    assert "capture" in types and "territory_change" not in types


def test_any_arrests_in_a_question_left_open_are_no_event() -> None:
    events = _events("Police said the curfew held in Misrata. They did not say whether any arrests had been made.")
    assert not [e for e in events if e[0] == "capture"]
