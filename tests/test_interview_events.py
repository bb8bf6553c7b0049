"""Events told in an interview: the guest's "we" and "our" take the side the standfirst
gives the guest (a state's army: its state; a resistance force: none, never the state it
fights), and an event the interviewer reports in a question is not the guest's. Short
pages written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def events(nlp, text: str) -> list[dict]:
    return analyze(Document(text=text), nlp)["events"]


def of_type(found: list[dict], kind: str) -> list[dict]:
    return [e for e in found if e["type"] == kind]


ARMY = ("Interview\n"
        "Brigadier General Osman Hamid Babiker commands the army's 22nd Infantry Division in North Kordofan, "
        "whose headquarters are in El Obeid.\n")
RESISTANCE = ("Interview\n"
              "Khu Plu Reh, deputy commander of the Karenni Army's 2nd Battalion, has fought around Demoso and "
              "Loikaw since 2021.\n")
MYANMAR_Q = ("Myanmar Now: The junta says its troops retook the Loikaw university compound. What happened?\n"
             "Khu Plu Reh: {answer}\n"
             "Myanmar Now: What do you need most?\n"
             "Khu Plu Reh: Anti-aircraft weapons, and medicine for the wounded.\n")


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("We withdrew from the university compound on Friday night because of the air strikes.", "withdraw"),
        ("Before we left Loikaw, we took 23 soldiers prisoner, including a captain.", "capture"),
    ],
)
def test_a_resistance_guests_we_never_takes_the_states_side(nlp, answer, kind):
    found = of_type(events(nlp, RESISTANCE + MYANMAR_Q.format(answer=answer)), kind)
    assert found, events(nlp, RESISTANCE + MYANMAR_Q.format(answer=answer))
    assert all((e["actor"] or {}).get("side") != "MM" for e in found), found


@pytest.mark.parametrize(
    ("ask", "mark"),
    [("Q: ", "A: "), ("Q. ", "R. "), ("", "")],
)
def test_an_army_guests_our_forces_take_the_armys_side(nlp, ask, mark):
    page = ARMY + (f"{ask}Who holds Bara today?\n{mark}Our forces retook the eastern half of Bara on Sunday "
                   f"after two days of fighting.\n{ask}And El Obeid?\n{mark}We hold the city. The roads are open.\n")
    found = of_type(events(nlp, page), "territory_change")
    assert found and found[0]["actor"]["side"] == "SD", events(nlp, page)


def test_an_event_the_interviewer_reports_is_not_the_guests(nlp):
    page = ARMY + ("Q: Human Rights Watch says army drone strikes killed at least 40 civilians in Bara last "
                   "month. How do you answer that?\n"
                   "A: We are investigating every report.\n"
                   "Q: Will you open the road?\nA: Yes, next week.\n")
    found = of_type(events(nlp, page), "attack")
    assert found, events(nlp, page)
    assert all("Babiker" not in ((e["actor"] or {}).get("name") or "") and
               ((e["actor"] or {}).get("name") or "").lower() not in {"we", "our forces"} for e in found), found


@pytest.mark.parametrize(
    ("guest", "question", "side"),
    [
        (ARMY, "Q: The Rapid Support Forces say your forces shelled the Um Sumeima market last week. Did they?",
         "SD"),
        ("Interview\nColonel Hamadou Issoufou heads Niger's defence and security forces in the Tillaberi region.\n",
         "Q: Residents say your drones struck a wedding party in Tizegorou on Friday. Is that true?", "NE"),
    ],
)
def test_your_forces_in_a_question_are_the_guests(nlp, guest, question, side):
    page = guest + question + "\nA: No. We do not target civilians.\n"
    found = [e for e in events(nlp, page) if (e["actor"] or {}).get("name", "").lower().startswith("your ")]
    assert found and all(e["actor"]["side"] == side for e in found), events(nlp, page)


def test_your_forces_asked_of_a_guest_of_no_state_have_no_side(nlp):
    page = RESISTANCE + ("Q: The junta says your fighters attacked a convoy near Demoso on Sunday. Did they?\n"
                         "A: Yes. We ambushed it.\n")
    found = [e for e in events(nlp, page) if (e["actor"] or {}).get("name", "").lower().startswith("your ")]
    assert all(not e["actor"]["side"] for e in found), found


@pytest.mark.parametrize("said", [
    "Q: Are your drones hitting markets?\nA: No. We do not target civilians.\n",
    "Q: What about the shelling of homes?\nA: Our artillery never shells homes. Ask the people of Bara.\n",
    "The army spokesman said its forces do not attack villages and respect the law.\n",
])
def test_a_policy_denied_in_the_simple_present_is_no_event(nlp, said):
    assert not of_type(events(nlp, ARMY + said), "attack"), events(nlp, ARMY + said)


def test_a_happening_denied_stays_a_denied_event(nlp):
    found = events(nlp, ARMY + "Q: Did you lose Bara?\nA: The militia has not retaken Bara. We hold it.\n")
    assert any(e["type"] == "territory_change" and e["certainty"] == "denied" for e in found), found
