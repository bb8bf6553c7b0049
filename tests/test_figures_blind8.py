# ruff: noqa: E501  (the test pages are written as they come off the web, one paragraph a line)
"""Rules found on blind round evfig8 (raw pages: a Hiiraan wire story, a Cabo Delgado relief
update, a state agency's border communique, a Bamenda local paper, a front-line interview),
each checked on sentences and short pages of other wars written for these tests."""

from __future__ import annotations

from claimledger.analyze import analyze_many
from claimledger.model import Document


def _figures(text: str) -> list[tuple[float, str, str | None]]:
    record = next(iter(analyze_many([Document(text=text)])))
    return [(f["value"], f["quantity"], f["side"]) for f in record["figures"]]


# ---------------------------------------------------------------- an interview's guest whose side no one states
GUEST_PAGE = """Sahel Review
INTERVIEW

"The nights are the worst": a platoon leader on holding the road to Menaka

By Ines Dalle | 2 March 2026

Lieutenant Moussa Traore leads a platoon of the 12th Motorised Battalion holding the road between Menaka and Anderamboukane. We spoke to him by phone on Sunday.

- What has changed since January?

- The French are gone and the Russians who replaced them stay in the bases. Last month my platoon counted 41 attackers killed. We also destroyed six pickups and two motorbikes near Menaka.

- And your own losses?

- In the platoon we had two killed and five wounded in February, all from mines.
"""


def test_a_guest_who_speaks_of_other_states_is_of_the_theatre_s_state_when_none_is_named() -> None:
    figures = _figures(GUEST_PAGE)
    # two states named in the answers (France, Russia): nothing is inferred, the counts stay sideless
    assert (2, "killed", "ML") not in figures


GUEST_PAGE_ONE_ENEMY = """Front Notes
INTERVIEW

"We count every hit": a drone operator near Huliaipole

By Oksana Lys | 14 May 2026

Captain Taras Hnatiuk commands a strike-drone platoon of the 102nd Brigade holding the line south of Huliaipole, in Zaporizhzhia Oblast. We spoke to him at a rear position on Monday.

- How many did you hit in April?

- In April my platoon recorded 140 Russian soldiers killed by our drones. We also destroyed eight armoured vehicles and five artillery pieces near Huliaipole.

- And your own losses?

- In the platoon we had two killed and seven wounded in April, most of them from glide bombs.
"""


def test_a_guests_own_losses_and_the_equipment_they_destroyed_take_the_inferred_side() -> None:
    figures = _figures(GUEST_PAGE_ONE_ENEMY)
    assert (140, "killed", "RU") in figures
    assert (8, "equipment", "RU") in figures
    assert (5, "equipment", "RU") in figures
    assert (2, "killed", "UA") in figures
    assert (7, "wounded", "UA") in figures


# ---------------------------------------------------------------- estimates and tolls revised
def test_a_fate_word_before_the_at_of_an_estimate_is_what_is_counted() -> None:
    assert (3825, "killed", "AM") in _figures("Armenia puts its own military dead at 3,825.")
    assert (900, "wounded", None) in _figures("The health ministry puts the wounded at about 900.")


def test_a_bare_death_toll_revises_the_report_s_first_toll() -> None:
    text = ("Gunmen stormed a Malian army post near Boulkessi on Tuesday, killing at least 14 soldiers, "
            "a military source said. An earlier army statement had put the death toll at six.")
    assert (6, "killed", "ML") in _figures(text)
    civilians = ("Shelling of a market in El Fasher killed at least 30 people on Friday. "
                 "A local committee put the death toll at 41.")
    assert (41, "killed", None) in _figures(civilians)


def test_we_lost_in_the_words_of_a_soldier_described_as_the_army_s() -> None:
    text = ("Major Ibrahim Sule, who commands the army's 21st battalion in Bama, told reporters the camp "
            "had held. \"We lost nine brave men and 14 are wounded,\" Sule said. Nigeria's army later "
            "confirmed the attack.")
    figures = _figures(text)
    assert (9, "killed", "NG") in figures or (9, "casualties", "NG") in figures
    assert (14, "wounded", "NG") in figures


# ---------------------------------------------------------------- who counts, who moves
def test_a_force_raised_to_a_new_strength_is_its_owner_s() -> None:
    figures = _figures("Kenya first sent 400 police officers to Haiti and has since raised its contingent "
                       "to about 800 personnel, officials said.")
    assert (800, "deployed", "KE") in figures


def test_troops_sent_on_a_governor_s_word_are_the_state_s() -> None:
    text = ("Four Nigerian soldiers were killed near Gwoza on Monday. The state governor said on "
            "Tuesday that 600 additional troops had been deployed to the area.")
    assert (600, "deployed", "NG") in _figures(text)


def test_one_or_two_sources_are_no_strength() -> None:
    figures = _figures("The patrol came under fire near Kidal at dawn, one officer said. "
                       "Two soldiers told reporters the post had held.")
    assert not [f for f in figures if f[1] == "deployed"]


def test_men_of_a_unit_moved_to_a_front_are_a_force_not_displaced() -> None:
    figures = _figures("And the junta keeps bringing more: they have moved at least three more battalions, "
                       "around 1,500 men, to this front since June.")
    assert any(v == 1500 and q == "deployed" for v, q, _ in figures)
    assert (1500, "displaced", "MM") not in figures and (1500, "displaced", None) not in figures


def test_a_bare_count_crossing_in_a_sentence_of_flight_is_displaced() -> None:
    figures = _figures("Most have fled toward Kosti, while some 4,000 crossed the river into White Nile state.")
    assert (4000, "displaced", None) in figures


def test_victims_of_explosions_are_casualties() -> None:
    assert (120, "casualties", None) in _figures("Since 2022, 120 villagers have become victims of landmine "
                                                  "explosions in the district, the agency said.")


def test_ordnance_items_neutralised_are_equipment_not_dead() -> None:
    figures = _figures("Deminers found and neutralised 75 anti-tank mines and 640 unexploded ordnance items "
                       "near Izium last month.")
    assert (640, "equipment", None) in figures
    assert not [f for f in figures if f[1] == "killed"]


def test_wounded_men_back_with_their_units_stay_wounded() -> None:
    figures = _figures("Eleven soldiers of the Sudanese Army who were wounded in the Babanusa fighting "
                       "returned to their units after treatment, the army said.")
    assert (11, "wounded", "SD") in figures


# ---------------------------------------------------------------- round 2 (a military statement, an aggregator, a state agency)
def test_risen_as_martyrs_is_killed() -> None:
    figures = _figures("The group said in a message that three of its fighters had \"risen as martyrs\" near Jenin.")
    assert (3, "killed", None) in figures


def test_parties_between_whom_fighting_kills_are_no_toll() -> None:
    figures = _figures("Fighting between two of Mogadishu's clan militias killed at least nine people and "
                       "wounded 31 overnight, a hospital director said.")
    assert (9, "killed", None) in figures
    assert (31, "wounded", None) in figures  # "31 overnight" is no time
    assert (2, "killed", None) not in figures


def test_the_number_of_displaced_reaching_a_count_gives_it_and_its_apposition_the_fate() -> None:
    figures = _figures("The commission said the number of displaced people who arrived in Adre this week "
                       "reached 2,100 families, about 10,500 people.")
    assert (2100, "displaced", None) in figures
    assert (10500, "displaced", None) in figures


def test_the_size_of_each_band_and_places_counted_again_are_no_figures() -> None:
    assert not _figures("Most of the assaults were groups of two or three infantrymen on motorbikes.")
    figures = _figures("An estimated 40 women were abducted across the three districts, partners said.")
    assert figures == [(40, "captured", None)]
    assert (3, "other", None) in _figures("Gunmen attacked three villages in Djugu on Monday.")


def test_a_group_s_martyrs_are_its_own_not_the_state_s() -> None:
    text = ("Israeli strikes hit villages in southern Lebanon overnight, Lebanon's army said. Hezbollah said in a "
            "message that two of its fighters had \"risen as martyrs\".")
    figures = _figures(text)
    assert (2, "killed", None) in figures and (2, "killed", "LB") not in figures
