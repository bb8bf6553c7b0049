"""Small stories decided between two sibling stories by their marks (``story_sides``): two like happenings
(two camps shelled in one city, two strikes on one port) share every topic word; what one side's members
mostly write and the other's do not (the camp, the ship, the toll) decides where a lone report goes, and a
report carrying both sides' marks, or neither's, stays alone.

Reports written for these tests (fictional), in three wars: two camps shelled around El Fasher, two strikes
on the port of Odesa; and an air strike in Sagaing as a report of another topic."""

from __future__ import annotations

from dataclasses import replace

from link_records import event, figure, place, report, stored_story

from claimledger.link.stories import MemoryStoryStore
from claimledger.link.story_model import Story, StoryParams
from claimledger.link.story_sides import choose_side, core, settle_sides, sibling, side_marks
from claimledger.link.terms import Idf

PARAMS = StoryParams(sides_need=2)

# Each war: (side A's reports, side B's reports, toll A, toll B, places A, places B, a lone report of A,
# a lone report naming both sides' particulars, a lone report naming neither's).
ZAMZAM = [
    "RSF shelling of Zamzam camp south of El Fasher killed 32 displaced people, camp coordinators said.",
    "At least 32 people died when Rapid Support Forces shells hit Zamzam camp near El Fasher, medics said.",
    "Zamzam camp buried 32 victims of RSF artillery fire as families fled El Fasher's outskirts, aid workers said.",
]
ABU_SHOUK = [
    "RSF drones struck Abu Shouk camp north of El Fasher, killing 14 people, the resistance committee said.",
    "Fourteen people were killed in a Rapid Support Forces drone attack on Abu Shouk camp in El Fasher.",
    "Abu Shouk camp residents said RSF drones killed 14 near the market of the camp north of El Fasher.",
]
ZAMZAM_LONE = ("Doctors in Zamzam camp near El Fasher treated wounded children after the RSF shelling that killed 32, "
               "a charity said.")
BOTH_CAMPS = "RSF attacks on Zamzam and Abu Shouk camps have killed 32 and 14 people in El Fasher, the UN said."
NEITHER_CAMP = "The UN called for a truce around El Fasher as RSF attacks on displaced people went on."

AYA = [
    "A Russian missile hit the grain ship Aya in Odesa port, killing 4 crew, the regional governor said.",
    "Four sailors died when Russian missiles struck the bulk carrier Aya moored in Odesa, officials said.",
    "The Aya, loading grain in Odesa, was hit by a Russian missile; 4 crew members were killed.",
]
PIVDENNYI = [
    "Russian drones hit an oil terminal at Pivdennyi near Odesa, killing 2 workers, the governor said.",
    "Two workers died as Russian drones set fire to tanks at the Pivdennyi terminal outside Odesa.",
    "Firefighters put out a blaze at the Pivdennyi oil terminal near Odesa after a Russian drone attack killed 2.",
]
AYA_LONE = "The crew of the Aya were buried in Odesa; the owners said the 4 sailors were from Syria and Egypt."
BOTH_PORTS = "Attacks on the Aya and the Pivdennyi terminal killed 4 and 2 in Odesa this week, Kyiv said."
NEITHER_PORT = "Ukraine asked partners for more air defence for Odesa after repeated Russian attacks."

WAR = {
    "sudan": (ZAMZAM, ABU_SHOUK, 32, 14, [place("p1", "El Fasher", "SD"), place("p2", "Zamzam", "SD")],
              [place("p1", "El Fasher", "SD"), place("p2", "Abu Shouk", "SD")], ZAMZAM_LONE, BOTH_CAMPS, NEITHER_CAMP),
    "ukraine": (AYA, PIVDENNYI, 4, 2, [place("p1", "Odesa", "UA")],
                [place("p1", "Odesa", "UA"), place("p2", "Pivdennyi", "UA")], AYA_LONE, BOTH_PORTS, NEITHER_PORT),
}


def record(rid: str, text: str, killed: int | None, places: list[dict]) -> dict:
    return report(rid, text=text, places=places, figures=[figure("f1", killed, "killed")] if killed else [],
                  events=[event("e1", "attack", place="p1")])



def war(name: str) -> tuple[MemoryStoryStore, Story, Story, dict[str, Story]]:
    a_texts, b_texts, toll_a, toll_b, places_a, places_b, lone, both, neither = WAR[name]
    store = MemoryStoryStore()
    a = stored_story(store, [record(f"a{k}", t, toll_a, places_a) for k, t in enumerate(a_texts)])
    b = stored_story(store, [record(f"b{k}", t, toll_b, places_b) for k, t in enumerate(b_texts)])
    small = {"lone": stored_story(store, [record("lone", lone, toll_a, places_a)]),
             "both": stored_story(store, [record("both", both, None, places_a + places_b)]),
             "neither": stored_story(store, [record("neither", neither, None, places_a[:1])])}
    return store, a, b, small


def test_each_side_is_marked_by_what_it_writes_and_the_other_does_not():
    for name, marks in (("sudan", {"n:zamzam", "x:32"}), ("ukraine", {"n:aya", "f:killed:4"})):
        _, a, b, _ = war(name)
        assert marks <= side_marks(a, b)
        # the topic's words are no one side's mark
        assert not {"n:rsf", "n:odesa", "n:russian", "t:killed"} & side_marks(a, b)
        assert not {"n:rsf", "n:odesa", "n:russian"} & side_marks(b, a)


def test_a_lone_report_carrying_one_sides_marks_goes_there():
    for name in WAR:
        _, a, b, small = war(name)
        assert choose_side(small["lone"], a, b, PARAMS.sides_need) is a
        assert choose_side(small["lone"], b, a, PARAMS.sides_need) is a


def test_a_lone_report_carrying_both_sides_marks_or_neither_stays():
    for name in WAR:
        _, a, b, small = war(name)
        assert choose_side(small["both"], a, b, PARAMS.sides_need) is None
        assert choose_side(small["neither"], a, b, PARAMS.sides_need) is None


def test_settle_sides_merges_only_the_lone_report_of_a_side():
    for name in WAR:
        store, a, b, small = war(name)
        stats = Idf(store.term_stats())
        assert sibling(a, [small["lone"], b], stats, PARAMS) is b
        merged = settle_sides(store, a, [b, small["both"], small["neither"], small["lone"]], stats, PARAMS)
        assert merged == [small["lone"].id]
        assert "lone" in store.stories[a.id].documents and store.stories[b.id].size == 3
        assert {small["both"].id, small["neither"].id} <= set(store.stories)


def test_off_and_without_a_sibling_nothing_moves():
    store, a, b, small = war("sudan")
    stats = Idf(store.term_stats())
    assert settle_sides(store, a, [b, small["lone"]], stats, replace(PARAMS, sides_need=0)) == []
    # no grown sibling among the candidates: the story's marks are no marks against anything
    assert settle_sides(store, a, [small["lone"]], stats, PARAMS) == []
    # a story of another war is no sibling: the two do not meet as wholes
    store2, aya, _, _ = war("ukraine")
    assert sibling(a, [aya], stats, PARAMS) is None


SAGAING = ("Junta jets bombed a monastery in Sagaing region, killing 32 villagers sheltering there, "
           "the National Unity Government said.")


def test_a_report_of_another_topic_carrying_a_sides_toll_stays():
    """The coarse level: a small story must carry most of what the two sides share (the city, the armed
    group, the camps) before their marks decide anything; a toll of 32 elsewhere is no Zamzam report."""
    store, a, b, _ = war("sudan")
    other = stored_story(store, [record("sagaing", SAGAING, 32, [place("p1", "Sagaing", "MM")])])
    assert "f:killed:32" in side_marks(a, b) and len(core(a, b)) >= 2
    assert choose_side(other, a, b, 1) is None
    assert settle_sides(store, a, [b, other], Idf(store.term_stats()), replace(PARAMS, sides_need=1)) == []
