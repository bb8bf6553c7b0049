"""Interview answers on unseen web reports (h123): in a Q:/A: interview the question tells
what an answer's bare count of people counts ("How many were killed?" / "Fourteen people."),
and a guest's "We lost three soldiers" takes the guest's side, which is no state's for an
armed group's man, not a side read from the rest of the page. Interviews written for these
tests, across wars and outlets."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def figures(nlp, text: str) -> set[tuple[float, str, str | None]]:
    return {(f["value"], f["quantity"], f["side"]) for f in analyze(Document(text=text), nlp)["figures"]}


CONGO = ("Rebels seize town in eastern Congo\n\nGOMA, 4 May - Radio Okapi spoke with Colonel Jean Mbuyi, a "
         "spokesman for the Congolese army in North Kivu, about the fighting near Sake.\n\n"
         "Q: How many were killed in the attack on Sake?\nA: Fourteen people. Most of them were women.\n\n"
         "Q: What about your soldiers?\nA: We lost three soldiers, and five were wounded.\n")
ARMENIA = ("Armenia says Azerbaijan shelled Sotk\n\nAzerbaijan's defence ministry said Armenian forces had fired on "
           "its positions. The outlet spoke with Major Hayk Petrosyan of the Armenian army, who commands a unit in "
           "Sotk.\n\nQ: How many soldiers did you lose?\nA: We lost three soldiers.\n\n"
           "Q: And how many were killed in the town?\nA: Four civilians.\n")
GAZA = ("Gaza hospital director speaks\n\nWe spoke to Dr Ahmed Saleh, director of a hospital in Khan Younis.\n\n"
        "Question: How many people were wounded in last night's strikes?\nAnswer: About 120 people, most of them "
        "children.\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CONGO, (14, "killed")),
        (ARMENIA, (4, "civilians_killed")),
        (GAZA, (120, "wounded")),
    ],
)
def test_an_answers_count_of_people_takes_the_questions_fate(nlp, text, expected):
    found = {(v, q) for v, q, _ in figures(nlp, text)}
    assert expected in found, found


def test_an_answer_whose_own_verb_tells_the_fate_keeps_it(nlp):
    text = ("Sudan: a camp manager speaks\n\nWe spoke to Amna Ali, who runs a camp near Tawila.\n\n"
            "Q: How many people were killed in El Fasher?\nA: I cannot say. But 3,000 people arrived here "
            "this week.\n")
    assert not {q for v, q, _ in figures(nlp, text) if v == 3000} & {"killed", "civilians_killed"}


SUDAN_RSF = ("Sudan's war: an RSF commander speaks\n\nThe Sudanese army said on Monday that its soldiers had retaken "
             "the bridge in Omdurman. The Sudanese air force bombed the market. We spoke to Abdelrahim Juma, a field "
             "commander of the Rapid Support Forces in Khartoum.\n\nQ: What were your own losses?\n"
             "A: We lost three soldiers.\n")
FANO = ("Ethiopia: Fano commander on the Amhara war\n\nThe Ethiopian National Defense Force said it had killed 200 "
        "Fano fighters in Gojjam. Ethiopian soldiers also burned houses. We talked to Zemene Kassie, a Fano "
        "leader.\n\nQ: Did Fano suffer losses?\nA: Yes. We lost three soldiers in Bahir Dar.\n")
SUDAN_ARMY = ("Interview: a Sudanese commander on the siege of El Fasher\n\nThe RSF said on Monday that its fighters "
              "had killed 40 soldiers. We spoke to Brigadier Ahmed Osman, who commands a Sudanese army brigade in "
              "the city.\n\nQ: And your own losses?\nA: We lost three soldiers.\n")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (SUDAN_RSF, None),  # an armed group's commander: no state's, though the page is about Sudan's army
        (FANO, None),
        (SUDAN_ARMY, "SD"),
        (CONGO, "CD"),
        (ARMENIA, "AM"),
    ],
)
def test_we_lost_takes_the_guests_side(nlp, text, side):
    found = {s for v, q, s in figures(nlp, text) if v == 3 and q == "killed"}
    assert found == {side}, figures(nlp, text)


def test_the_guests_enemy_dead_keep_their_own_side(nlp):
    text = ("Ukraine's 47th brigade\n\nKyiv Independent talked to Serhiy, a Ukrainian company commander fighting "
            "near Pokrovsk.\n\nQ: What happened on Tuesday?\nA: We killed 30 Russian soldiers. We lost two "
            "soldiers.\n")
    found = figures(nlp, text)
    assert (30, "killed", "RU") in found and (2, "killed", "UA") in found, found


def test_dash_led_turns_read_alike(nlp):
    text = ("Ukrainian drone commander: the Russians attack every night\n\nRussian troops attacked Ukrainian positions "
            "near Pokrovsk again on Monday, Russia's defence ministry said. Russian forces have brought fresh units to "
            "the area, the Russian ministry said. Hromadske spoke with Major Andriy Koval, who commands a drone "
            "battalion of Ukraine's 68th Brigade.\n\n— How many were killed in the village last week?\n— Fourteen "
            "people. The Russians shelled the school.\n\n— What about your battalion?\n— We lost three soldiers.\n")
    found = figures(nlp, text)
    assert (14, "killed", None) in found and (3, "killed", "UA") in found, found


def test_answers_under_the_guests_name_read_alike(nlp):
    text = ("Sudan: a paramedic in El Fasher\n\nWe spoke to Hiba Osman, a volunteer paramedic in El Fasher, by "
            "phone.\n\nQ: How many people were wounded in Sunday's shelling?\nHiba Osman: More than 60 people. We "
            "treated them in a mosque.\n\nQ: How many died?\nHiba Osman: Twelve children.\n")
    found = {(v, q) for v, q, _ in figures(nlp, text)}
    assert {(60, "wounded"), (12, "civilians_killed")} <= found, found


def test_a_groups_commander_introduced_without_a_name_speaks_for_no_state(nlp):
    text = ("Myanmar: a resistance commander on Lashio\n\nFighting around Lashio has resumed, residents said. Myanmar "
            "Now spoke by phone with a TNLA battalion commander, who asked not to be named.\n\nQ: The junta says it "
            "killed 300 of your fighters. Is that true?\nA: That is propaganda. We lost 14 comrades.\n")
    assert {s for v, q, s in figures(nlp, text) if v == 14} == {None}, figures(nlp, text)


# a French-style page: "Q." asks and "R." ("réponse") answers, read as the claim and event stages read them
CHAD_QR = ("Entretien: the commander of the Lake Chad sector\n\nGeneral Idriss Mahamat commands the Chadian army in "
           "the Lake Chad province. He answered our questions in N'Djamena.\n\n"
           "Q. Boko Haram says it killed 25 of your men near Bol. Your answer?\nR. That is false.\n\n"
           "Q. What about the islands?\nR. Our forces attacked their camps and killed 30 of them. We have sent "
           "800 more troops to the islands since June.\n")


def test_a_reponse_line_is_the_guests_answer_and_your_men_in_a_question_are_the_guests(nlp):
    found = figures(nlp, CHAD_QR)
    assert (25, "killed", "TD") in found  # "your men" in the interviewer's question: the guest's side
    assert (800, "deployed", "TD") in found  # the troops "we have sent" are the guest's own
    assert (30, "killed", None) in found  # the enemy dead are not the guest's
