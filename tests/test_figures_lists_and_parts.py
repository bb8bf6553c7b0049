"""Lists and parts of one side's people: a state body's officers and conscripts harmed are
its own; a list of one side's serving people with one fate has a total beside its parts
("two officers and a conscript" are three dead), but people of different kinds are not
added; "two of the officers" after "eight officers were killed" are two of those dead,
not a force; "the three military personnel" in a sentence about the injured are the three
wounded counted paragraphs before."""

from __future__ import annotations

import pytest
from figure_texts import nlp

from claimledger.analyze import analyze
from claimledger.model import Document


def record_figures(text: str) -> set[tuple[float, str, str | None]]:
    record = analyze(Document(text=text), nlp())
    return {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Afghan interior ministry spokesman said one officer was killed and two were wounded at a "
         "checkpoint in Oruzgan province.", {(1, "killed", "AF"), (2, "wounded", "AF")}),
        ("In a statement on state radio, the Algerian army said three gendarmes were killed in the ambush near "
         "Tebessa.", {(3, "killed", "DZ")}),
    ],
)
def test_officers_harmed_in_a_state_bodys_statement_are_its_own(text: str, expected: set) -> None:
    assert expected <= record_figures(text)


def test_officers_a_state_says_it_killed_are_not_its_own() -> None:
    text = "The Pakistani army said it had killed four officers of the banned group in Waziristan."
    assert (4, "killed", "PK") not in record_figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two officers and a conscript were killed in the ambush near Arish, the Egyptian army spokesman said.",
         {(2, "killed", "EG"), (1, "killed", "EG"), (3, "killed", "EG")}),
        ("Five soldiers and two policemen were wounded when the convoy hit a mine, the Nigerien defence "
         "ministry said.", {(5, "wounded", "NE"), (2, "wounded", "NE"), (7, "wounded", "NE")}),
        ("Three soldiers and a police officer died in the blast near Tumaco, Colombia's defence ministry said.",
         {(3, "killed", "CO"), (4, "killed", "CO")}),
    ],
)
def test_a_list_of_one_sides_dead_has_its_total(text: str, expected: set) -> None:
    assert expected <= record_figures(text)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Twelve soldiers and three civilians were killed in the attack on Gao, the Malian army said.", 15),
        ("Seven members of the security forces, five soldiers and two policemen, were wounded near Diffa, "
         "the Nigerien defence ministry said.", 7),
        ("The clashes killed 20 people, including five soldiers and two policemen, the Nigerien defence "
         "ministry said.", 7),
    ],
)
def test_no_total_for_different_kinds_or_a_stated_total_or_parts(text: str, total: float) -> None:
    found = record_figures(text)
    if total == 7 and "Seven members" in text:
        assert sum(1 for v, _, _ in found if v == 7) == 1  # the stated total only
    else:
        assert not any(v == total for v, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gang members killed eight police officers in a wave of attacks on stations in Escuintla. The "
         "interior minister said 30 suspects had been arrested. The president, speaking at the funeral of two "
         "of the officers, vowed to restore order.", (2, "killed")),
        ("Rebels killed six soldiers at a checkpoint near Beni on Sunday. The governor attended the burial of "
         "three of the soldiers on Tuesday.", (3, "killed")),
    ],
)
def test_a_part_of_the_dead_told_before_is_no_force(text: str, expected: tuple) -> None:
    found = record_figures(text)
    assert expected in {(v, q) for v, q, _ in found}
    assert not any(v == expected[0] and q == "deployed" for v, q, _ in found)


def test_a_definite_count_in_a_sentence_about_the_injured_is_the_wounded_again() -> None:
    text = ("Kenyan police said gunmen attacked a post in Lamu county on Sunday, in which two officers were killed "
            "and three others were injured. The police said the attackers fled towards the forest. A spokesman "
            "said six suspects had been arrested. Officers recovered four rifles. The county commissioner said "
            "schools would reopen. Residents said the market was closed. The governor visited the injured "
            "officers at the county hospital, where he said the three police personnel were out of danger.")
    found = record_figures(text)
    assert not any(v == 3 and q == "deployed" for v, q, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministry said 450 effectives of the national police were deployed to Cauca.", 450),
        ("A contingent of 300 effectives of the special forces was sent to the border municipalities.", 300),
        ("Some 120 gendarmes were sent to the district after the attack.", 120),
    ],
)
def test_effectives_and_gendarmes_are_troops(text: str, value: float) -> None:
    assert (value, "deployed") in {(v, q) for v, q, _ in record_figures(text)}


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Nine soldiers and six volunteers for the defence of the homeland lost their lives in the fighting near "
         "Djibo, the Burkinabe army said.", 15),
        ("The Sudanese health ministry said two children and a paramedic were among the dead.", 3),
    ],
)
def test_no_total_for_a_force_and_its_auxiliaries_or_for_civilians(text: str, total: float) -> None:
    found = record_figures(text)
    assert not any(v == total for v, _, _ in found)
    assert not any(v == 1 for v, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people were injured in the blast. The group said only six of those killed were its members.",
         (6, "killed")),
        ("Five people died in the raid on the market. Nine of those wounded were children, the hospital said.",
         (9, "wounded")),
        ("Twelve soldiers were wounded. Nine of those arrested were released on Monday.", (9, "captured")),
    ],
)
def test_those_with_a_participle_are_the_people_it_names(text: str, expected: tuple) -> None:
    assert expected in {(v, q) for v, q, _ in record_figures(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Six alleged gang members were killed on Thursday in a shootout with police. Relatives say at least two "
         "of them were teenagers with no gang ties.", 2),
        ("Nine people died when the shell hit the square. Three of them were teens playing football, a doctor "
         "said.", 3),
    ],
)
def test_teenagers_among_the_dead_are_civilians(text: str, value: float) -> None:
    assert (value, "civilians_killed") in {(v, q) for v, q, _ in record_figures(text)}
