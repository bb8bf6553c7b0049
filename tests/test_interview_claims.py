"""Interview pages end to end: the guest's answers are the guest's claims with the side the
standfirst gives them, in every layout (Q:/A:, Question:/Answer:, Q./R., the outlet's and
the guest's labels, bare questions); an answer is cut into its statements, one claim each;
what a question reports of a third party is that party's claim, the question
itself no one's. Short pages written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def claims(nlp, text: str) -> list[dict]:
    return analyze(Document(text=text), nlp)["claims"]


def by(found: list[dict], name: str) -> list[dict]:
    return [c for c in found if name.lower() in c["speaker"]["name"].lower()]


SUDAN = ("Army commander: 'We will retake Bara'\n"
         "Brigadier General Osman Hamid Babiker commands the army's 22nd Infantry Division in North Kordofan, "
         "whose headquarters are in El Obeid.\n")
SUDAN_TURNS = [
    ("Who holds Bara today?", "Our troops entered the eastern districts of Bara on Monday. The militia still holds "
                              "the market."),
    ("How many of your men have fallen?", "We lost 37 soldiers since September. It is a heavy price."),
]


@pytest.mark.parametrize(
    ("ask", "answer"),
    [("Q: ", "A: "), ("Question: ", "Answer: "), ("Q. ", "R. "), ("", "")],
)
def test_the_guests_answers_are_theirs_with_the_standfirsts_side_in_every_layout(nlp, ask, answer):
    page = SUDAN + "".join(f"{ask}{q}\n{answer}{a}\n" for q, a in SUDAN_TURNS) + \
        "The RSF did not respond to a request for comment.\n"
    found = by(claims(nlp, page), "Babiker")
    # each statement its own claim; "It is a heavy price." too short to stand alone
    assert [c["text"] for c in found] == [
        "Our troops entered the eastern districts of Bara on Monday.", "The militia still holds the market.",
        "We lost 37 soldiers since September. It is a heavy price."], claims(nlp, page)
    assert {c["speaker"]["side"] for c in found} == {"SD"}
    assert found[0]["speaker"]["title"] == "Brigadier General"


def test_the_guests_label_gives_the_standfirsts_side(nlp):
    page = ("Interview\n"
            "Brigadier Fadl al-Saidi is the spokesman for Yemen's government forces on the Marib front and spoke "
            "to us by phone.\n"
            "Al-Ayyam: The Houthis say they took the Raghwan hills. Is it true?\n"
            "Al-Saidi: It is not true. Our forces repelled two assaults and still hold every hill.\n"
            "Al-Ayyam: Did you lose men?\n"
            "Al-Saidi: Six soldiers were killed and fourteen wounded.\n")
    found = claims(nlp, page)
    mine = by(found, "al-Saidi")
    # "It is not true." (the guest's denial of what was put), the repelled assaults, the losses
    assert len(mine) == 3 and {c["speaker"]["side"] for c in mine} == {"YE"}, found
    assert any(c["speaker"]["name"] == "Houthis" and "Raghwan" in c["text"] for c in found), found


def test_a_non_state_guest_keeps_no_side(nlp):
    page = ("Karenni resistance: 'We left Demoso to save our men'\n"
            "Khu Plu Reh, deputy commander of the Karenni Army's 2nd Battalion, has fought around Demoso "
            "since 2021.\n"
            "Myanmar Now: The junta says its troops retook Demoso. What happened?\n"
            "Khu Plu Reh: We withdrew from the town before dawn on Friday. We took eleven prisoners.\n"
            "Myanmar Now: What do you need?\n"
            "Khu Plu Reh: Anti-aircraft weapons.\n")
    found = claims(nlp, page)
    mine = by(found, "Khu Plu Reh")
    assert len(mine) == 2 and {c["speaker"]["side"] for c in mine} == {None}, found
    junta = [c for c in found if "junta" in c["speaker"]["name"].lower()]
    assert junta and junta[0]["speaker"]["side"] == "MM" and "retook Demoso" in junta[0]["text"], found


LONG = ("We do not target civilians, and every strike we carry out is aimed at the militia's vehicles. "
        "The militia fires from inside homes and mosques and counts its own dead fighters as civilians. "
        "We have asked for an independent inquiry and we will cooperate with it fully. "
        "Meanwhile the militia shelled El Obeid on Thursday and killed six people near the central market.")


def test_a_long_answer_becomes_its_statements_each_a_claim(nlp):
    page = SUDAN + "Q: Amnesty International says your drones killed 40 civilians in Bara. Your answer?\nA: " + \
        LONG + "\nQ: Are you confident?\nA: Yes. We will retake Bara before the rains.\n"
    found = by(claims(nlp, page), "Babiker")
    texts = [c["text"] for c in found if c["cue"] == ":"]
    assert len(texts) == 5, texts
    assert texts[0].startswith("We do not target civilians")
    assert texts[3].startswith("Meanwhile the militia shelled El Obeid")
    assert all(len(t.split()) <= 60 for t in texts)
    assert texts[4] == "Yes. We will retake Bara before the rains."


@pytest.mark.parametrize(
    ("question", "speaker", "content"),
    [
        ("Q: Human Rights Watch says army drones killed at least 40 civilians in Bara. How do you answer?",
         "Human Rights Watch", "army drones killed at least 40 civilians in Bara"),
        ("Q. Local leaders say the attackers came from Mali. Is the border under control?",
         "Local leaders", "the attackers came from Mali"),
        ("Question: The Islamic State claimed to have killed 40 of your men. Your answer?",
         "Islamic State", "killed 40 of your men"),
    ],
)
def test_a_third_party_reported_in_a_question_is_that_partys_claim(nlp, question, speaker, content):
    page = SUDAN + question + "\nA: That is propaganda.\nQ: And the road to Kadugli?\nA: It is open.\n"
    found = claims(nlp, page)
    theirs = [c for c in found if c["speaker"]["name"] == speaker]
    assert theirs and content in theirs[0]["text"], found
    assert not any(c["text"].endswith("?") for c in found), found


def test_the_guest_echoed_inside_their_own_answer_is_dropped_by_without_echoes(nlp):
    from claimledger.extract.claims import find_claims
    from claimledger.extract.claims_turns import PageTurns
    from claimledger.extract.context import text_of
    from claimledger.extract.quotes import transcript_labels

    page = SUDAN + ("Q: Will there be an inquiry into the strike on Bara?\n"
                    "A: We have asked the United Nations for an inquiry and we will cooperate with it fully. "
                    "The UN says 40 people died, and we do not dispute that.\n"
                    "Q: When?\nA: Soon.\n")
    doc = nlp(page)
    found = find_claims(doc)
    turns = PageTurns(text_of(doc), transcript_labels(text_of(doc)))
    kept = turns.without_echoes(found, doc[:])
    assert any(c.cue == ":" and c.text.startswith("We have asked") for c in kept), kept
    assert not any(c.cue != ":" and "Babiker" in c.speaker.name for c in kept), kept
    assert len(kept) < len(found) or not any(c.cue == "asked" for c in found)
