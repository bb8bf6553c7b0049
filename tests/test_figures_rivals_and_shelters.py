"""Four classes of figures on raw pages (h156, from stop 29's round, texts written for these
tests on several wars): a toll set against a count of civilians killed is a rival count of
those civilians; the dead named "as residents" are civilians; "the detention of 25 people"
and "the enforced disappearance of 11 men" count people taken and missing; shelters the
counted stay in ("in two camps") are where they are, not a count."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def figures(nlp, text: str) -> dict[str, str]:
    return {f["text"]: f["quantity"] for f in analyze(Document(text=text), nlp)["figures"]}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The state government says three civilians were killed in the drone attacks, including a 9-year-old "
         "girl; residents told local media the toll was at least five.", "at least five"),
        ("The governor said no fewer than 34 villagers were killed when gunmen attacked three communities. The "
         "police spokesman, however, told reporters that the command had confirmed 12 deaths.", "12 deaths"),
        ("Five civilians died when a shell hit the market in Goma, but the M23 said the toll was two.", "two"),
    ],
)
def test_a_rival_toll_counts_the_same_civilians(nlp, text, figure):
    assert figures(nlp, text)[figure] == "civilians_killed"


@pytest.mark.parametrize(
    ("text", "figure", "quantity"),
    [
        ("Three civilians were killed in Kaduna on Monday. In a separate attack in Zamfara, gunmen killed "
         "11 people.", "11 people", "killed"),
        ("Two civilians were killed in the strike on Kramatorsk, the governor said. Russia's defence ministry, "
         "however, said its forces had killed 40 Ukrainian soldiers there.", "40 Ukrainian soldiers", "killed"),
        ("Among the dead were 11 children and seven women, according to the Sudan Doctors Network, which put "
         "the overall toll at 34.", "34", "killed"),
        ("The governor said Russian shelling had killed three civilians in the city and that the toll from "
         "drone attacks on the region over the past week had risen to 14.", "14", "killed"),
    ],
)
def test_people_of_their_own_or_another_attack_are_no_rival_toll(nlp, text, figure, quantity):
    assert figures(nlp, text)[figure] == quantity


@pytest.mark.parametrize(
    ("text", "figure", "quantity"),
    [
        ("Police said 19 people were killed in the raid. A community group identified at least seven of the "
         "dead as residents with no criminal record.", "at least seven of the dead", "civilians_killed"),
        ("The army said 30 militants were killed in Borno. Local officials later listed 12 of the dead as "
         "farmers from nearby villages.", "12 of the dead", "civilians_killed"),
        ("An airstrike killed 22 people in Idlib, the monitor said. Nine of the dead were identified as "
         "civilians.", "Nine of the dead", "civilians_killed"),
        ("The military said 14 insurgents were killed near Marawi, and named five of the dead as commanders "
         "of the group.", "five of the dead", "killed"),
    ],
)
def test_the_dead_named_as_civilians_are_civilians_killed(nlp, text, figure, quantity):
    assert figures(nlp, text)[figure] == quantity


@pytest.mark.parametrize(
    ("text", "figure", "quantity"),
    [
        ("The UN human rights office said it had documented the arbitrary detention of at least 25 people in "
         "Panjshir in October.", "at least 25 people", "captured"),
        ("Rights groups said the detention of 40 journalists in Tigray since November was arbitrary.",
         "40 journalists", "captured"),
        ("Human Rights Watch documented the enforced disappearance of at least 11 men in Balochistan since "
         "June.", "at least 11 men", "missing"),
        ("The commission recorded 12 disappearances in Sinaloa last month.", "12 disappearances", "missing"),
    ],
)
def test_detentions_and_disappearances_count_people(nlp, text, figure, quantity):
    assert figures(nlp, text)[figure] == quantity


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Some 3,460 displaced persons were registered in two camps in Zaki-Biam, the agency said.",
         "Some 3,460 displaced persons", "two camps"),
        ("The agency said 2,000 families were sheltering in three schools and a church in Bunia.",
         "2,000 families", "three schools"),
        ("UNHCR said 14,000 refugees now live across 12 camps near Adré.", "14,000 refugees", "12 camps"),
    ],
)
def test_shelters_the_counted_stay_in_are_no_count(nlp, text, kept, dropped):
    found = figures(nlp, text)
    assert kept in found and dropped not in found


def test_shelters_hit_are_still_counted(nlp):
    assert "two schools" in figures(nlp, "Israeli strikes hit two schools in Gaza City, the civil defence said.")
