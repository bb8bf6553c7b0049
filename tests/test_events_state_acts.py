"""Acts whose doer the sentence leaves to the reader, and fights as battles (texts written for
these tests, across wars and styles):

- an agentless passive arrest or sending of plain forces is the state's (events_passive.py):
  of the event's place when it names a town of a country, else of the report's theatre; not an
  abduction, not "militants were moved", not "two soldiers were detained";
- "fought" between forces is a battle (events_fights.py); vows, causes, life stories and the
  noun are not; a shootout, a gunfight, a brawl are battles;
- the operation that acts after a side took ground is that side's (events._the_operation_told_before);
- a person quoted with a state office and no country acts for the state ("Governor X denied");
  "we" in the words of the head of a state service is that state's;
- "the raid", told after the lead placed the story, happens where the story is.
"""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def _record(text: str) -> tuple[list[dict], dict[str, str]]:
    rec = analyze(Document(text=text))
    return rec["events"], {p["id"]: p["name"] for p in rec["places"]}


def _of(events: list[dict], kind: str) -> list[dict]:
    return [e for e in events if e["type"] == kind]


def _side(event: dict) -> str | None:
    return (event.get("actor") or {}).get("side")


@pytest.mark.parametrize("text, kind, side", [
    ("Police in Tegucigalpa said on Monday that 43 people had been arrested during the night raids.", "capture", "HN"),
    ("Gunmen raided a village near Mtwara on Tuesday. Eleven suspects were later arrested in follow-up "
     "operations, the regional police commander said.", "capture", "TZ"),
    ("About 1,500 additional soldiers had been moved to the border near Mafraq, military sources said.",
     "deploy", "JO"),
])
def test_an_agentless_arrest_or_sending_of_forces_is_the_states(text, kind, side):
    events, _ = _record(text)
    assert any(_side(e) == side for e in _of(events, kind)), events


@pytest.mark.parametrize("text, kind, not_side", [
    ("Three aid workers were abducted near Goma on Friday.", "capture", "CD"),  # any armed party abducts
    ("Two Russian soldiers were detained near Kupiansk, Ukrainian officials said.", "capture", "UA"),
    ("Rebel fighters were moved to the front near Goma, residents said.", "deploy", "CD"),
])
def test_a_passive_whose_doer_is_anyones_keeps_no_state(text, kind, not_side):
    events, _ = _record(text)
    assert all(_side(e) != not_side for e in _of(events, kind)), events


@pytest.mark.parametrize("text", [
    "Armenian and Azerbaijani troops fought near Sotk overnight, officials said.",
    "The rebels fought government forces for control of the town of Kidal on Monday.",
    "Police and gang members were fighting in the market of Kano when the bus arrived.",
    "Six gang members were killed in a shootout with police in San Pedro Sula.",
    "The brawl broke out on Saturday near Leh, officials said.",
])
def test_forces_that_fought_give_a_battle(text):
    events, _ = _record(text)
    assert _of(events, "battle"), events


@pytest.mark.parametrize("text", [
    "The army vowed to fight terrorism wherever it hides.",
    "He fought in the Korean War as a young man.",
    "We will fight for our rights, the union leader said.",
    "Residents said they were tired of the fight over land.",
    "The government has fought corruption for years.",
    "The group, allied with al-Qaeda, has fought for nearly two decades to topple the government in Mogadishu.",
    "The rebels have fought the army since 2012 in the north of Mali.",
])
def test_a_vow_a_cause_or_a_life_story_is_no_battle(text):
    events, _ = _record(text)
    assert not _of(events, "battle"), events


def test_the_operation_that_acts_after_a_side_took_ground_is_that_sides():
    events, _ = _record("Malian troops overran two rebel bases near Kidal on Sunday, the army said. Its communication "
                        "office said the operation had destroyed the camps and seized rifles.")
    attacks = [e for e in _of(events, "attack") if "operation" in e["text"]]
    assert attacks and all(_side(e) == "ML" for e in attacks), events


def test_a_governor_quoted_with_no_country_acts_for_the_state():
    events, _ = _record("Police in Recife said 12 people died in the operation. Governor Paulo Mendes called it a "
                        "success and denied that residents had been killed.")
    assert any(_side(e) == "BR" for e in _of(events, "deny")), events


def test_a_governor_of_a_rebel_group_is_no_states():
    events, _ = _record("Rebel governor Abdi Noor, appointed by al-Shabaab, denied that his fighters had attacked "
                        "Baidoa.")
    assert all(_side(e) is None for e in _of(events, "deny")), events


def test_we_of_the_head_of_a_state_service_is_that_states():
    events, _ = _record("Commissioner Ana Reyes, head of the national police in the north of Honduras, said: "
                        "\"We have reinforced the sector near San Pedro Sula with 300 additional agents.\"")
    assert any(_side(e) == "HN" for e in _of(events, "deploy")), events


def test_the_raid_told_after_the_lead_happens_where_the_story_is():
    events, places = _record("Police said 17 suspects were killed in Complexo do Alemao, "
                             "in Rio de Janeiro, on Monday.\nOfficers said about 900 agents took part in the raid, "
                             "which began before dawn.")
    raid = next(e for e in _of(events, "attack") if e["text"].startswith("the raid"))
    # the lead's own place: the favela complex (a curated place) or the city around it
    assert raid["place"] is not None and any(w in places[raid["place"]] for w in ("Rio", "Alemao")), places


def test_the_assault_told_again_folds_into_the_placed_attack():
    # an unplaced retelling joins the placed attack before the theatre is given to what is left
    events, places = _record("Gunmen attacked a police station in Kano on Sunday, killing four officers.\n"
                             "Residents said the assault lasted two hours.")
    attacks = _of(events, "attack")
    assert len(attacks) == 1 and places.get(attacks[0]["place"]) == "Kano", events
