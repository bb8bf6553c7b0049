"""Interview guests named with a family name's lower-case particles ("Maria do Carmo
Teixeira", "Pieter van der Berg", "Salim bin Rashid Al Harthy") and introduced by the
writer's "We spoke to …, who …": their answers are theirs, not an anonymous
"interviewee"'s. An answer's bare verdict on what was put ("No, that is not true.") is the
guest's denial, a claim of its own; the guest's "In our view …" is the guest again, not a
speaker called "our". Short pages written for these tests, across wars and outlets."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.extract.answer_verdicts import denial_verdict
from claimledger.extract.interview_layout import pieces
from claimledger.model import Document


def claims(nlp, text: str) -> list[dict]:
    return analyze(Document(text=text), nlp)["claims"]


def page(standfirst: str, turns: list[tuple[str, str]]) -> str:
    return ("Rights Monitor\nHome | News | Interviews | Donate\nINTERVIEW\n"
            '"We count the dead ourselves": a monitor on the killings\n'
            "By a staff writer\n"
            + standfirst + "\n" + "".join(f"Q: {q}\nA: {a}\n" for q, a in turns))


COLOMBIA = page(
    "Eleven community leaders have been killed in Cauca since January, according to a local rights network. "
    "We spoke to Maria do Carmo Teixeira, who runs the network's office in Popayán, about the killings.",
    [("How many leaders have you lost this year?",
      "We have recorded eleven killings since January, most of them on the roads to the villages."),
     ("The governor says the killings are common crime. Is that right?",
      "No, that is not true. Every one of them had been threatened by the armed group that controls the river."),
     ("What do you ask of the government?",
      "In our view the army must leave the schools it occupies in the mountains.")],
)


@pytest.mark.parametrize(
    ("standfirst", "name"),
    [
        ("Fighting has cut the road to the camp for a month. We spoke to Maria do Carmo Teixeira, who runs a "
         "clinic for displaced families there, about the shortages.", "Maria do Carmo Teixeira"),
        ("Militias have besieged the town since March. We talked with Pieter van der Berg, who has led the "
         "aid convoy on the eastern road since last year, about the siege.", "Pieter van der Berg"),
        ("Drone strikes have hit the coast road every night this week. I spoke to Salim bin Rashid Harthy, "
         "who heads the fishermen's cooperative in the port, about the strikes.", "Salim bin Rashid Harthy"),
    ],
)
def test_a_guest_named_with_particles_and_a_who_clause_speaks_the_answers(nlp, standfirst, name):
    text = page(standfirst, [("What do you see on the ground?",
                              "The market has been closed for two weeks and the prices of flour have doubled.")])
    found = [c for c in claims(nlp, text) if "market" in c["text"]]
    assert found and found[0]["speaker"]["name"] == name, found


def test_the_guests_answers_each_carry_the_guests_name(nlp):
    found = claims(nlp, COLOMBIA)
    assert not [c for c in found if c["speaker"]["name"].lower() in {"interviewee", "our"}], found
    hers = [c for c in found if c["speaker"]["name"] == "Maria do Carmo Teixeira"]
    texts = [c["text"] for c in hers]
    assert any(t.startswith("We have recorded eleven killings") for t in texts), texts
    assert any(t.startswith("In our view the army must leave") for t in texts), texts


def test_an_answers_bare_verdict_is_a_denial_of_its_own(nlp):
    hers = [c for c in claims(nlp, COLOMBIA) if c["speaker"]["name"] == "Maria do Carmo Teixeira"]
    verdict = [c for c in hers if c["text"].startswith("No, that is not true")]
    assert verdict and verdict[0]["polarity"] == "denied" and verdict[0]["text"].rstrip(".") == \
        "No, that is not true", hers
    assert any(c["text"].startswith("Every one of them had been threatened") and c["polarity"] == "affirmed"
               for c in hers), hers


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [("No, that is not true.", True), ("That is false!", True), ("It's a lie.", True),
     ("This is simply untrue.", True), ("No.", False), ("Every day.", False), ("Part of it did.", False),
     ("That is not true of the north.", False)],
)
def test_a_denial_verdict_is_only_a_whole_sentence_of_falsehood(sentence, verdict):
    assert denial_verdict(sentence) is verdict


def test_a_verdict_stands_alone_while_a_bare_no_goes_with_the_next_sentence():
    text = "A: That is false. The convoy reached the camp on Monday. No. We were never asked to leave the town."
    found = [text[s:e] for s, e in pieces(text, 3, len(text))]
    assert found == ["That is false.", "The convoy reached the camp on Monday.",
                     "No. We were never asked to leave the town."]
