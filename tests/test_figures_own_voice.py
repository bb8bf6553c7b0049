"""Counts whose side is the voice that gives them (texts written for these tests, across wars
and outlet styles: wire, state media, interviews), each with look-alikes that must not move:

- a state's own people named by a body only a state keeps ("personnel of the National Guard",
  "members of the gendarmerie"), in that state's voice or a report about it, are its side,
  also as a part apposed to a toll ("three of them servicemen of the National Guard")
  (figures/state_bodies.py);
- a count an interviewer's question gives of "your" people is the guest's, whoever the
  question cites (figures/interviews.asked_about_yours);
- a state outlet's toll of its state's forces that no one in the report is said to give
  ("Daraa, SANA – Two army personnel were martyred") is that state's (figures/outlet_voice.py);
- a range in words set off after a toll ("perhaps fifty or sixty of them") is a figure with
  the toll's fate (figures/restated_parts.py, figures/answers.py).
"""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def _figures(text: str) -> list[dict]:
    return analyze(Document(text=text))["figures"]


def _one(text: str, value: float) -> dict:
    found = [f for f in _figures(text) if f["value"] == value]
    assert len(found) == 1, (value, _figures(text))
    return found[0]


# ------------------------------------------------------------------ (a) a state's own bodies
@pytest.mark.parametrize("text, value, quantity, side", [
    # state media, the report about one state, a body with no country in its name
    ("MOSCOW, May 4 (TASS). Russian forces repelled an incursion in the Belgorod region, the governor "
     "said. About 1,500 personnel of the National Guard and internal affairs bodies were sent to the "
     "border districts, the press service said.", 1500, "deployed", "RU"),
    # wire, the state's ministry speaking of its police and army
    ("Colombia's defence ministry said 300 members of the National Police and the army were deployed "
     "to Cauca after the attack.", 300, "deployed", "CO"),
    # a part apposed to a toll, in the state's voice
    ("KYIV, March 3 (Ukrinform). Eleven people were wounded in Kharkiv after Russian shelling, 3 of "
     "them servicemen of the National Guard, Ukraine's interior ministry said.", 3, "wounded", "UA"),
    ("Nine people were killed in the ambush near Gao, two of them members of the gendarmerie, the "
     "Malian army said.", 2, "killed", "ML"),
])
def test_people_of_a_state_body_are_that_states(text, value, quantity, side):
    figure = _one(text, value)
    assert (figure["quantity"], figure["side"]) == (quantity, side), figure


def test_an_apposed_part_names_the_body_as_its_subject():
    figure = _one("Nine people were killed in the ambush near Gao, two of them members of the gendarmerie, "
                  "the Malian army said.", 2)
    assert figure["subject"] == "members of the gendarmerie"


@pytest.mark.parametrize("text, value", [
    # the speaker's own forces harmed them: the enemy's, which the claims' linking reads
    ("Russia's defence ministry said its forces had killed 40 servicemen of the National Guard near "
     "Kupiansk.", 40),
    # an opposition party is no state body
    ("Twenty people were arrested, five of them members of the opposition party, the Belarusian "
     "police said.", 5),
    # a body of an armed group, though named like a state's
    ("Sudan's army said 30 members of the RSF's border guard were killed in the fighting near Bara.", 30),
])
def test_look_alikes_of_a_state_body_stay_sideless(text, value):
    assert _one(text, value)["side"] is None


# ------------------------------------------------------------------ (b) the interviewer's "your"
@pytest.mark.parametrize("text, value, side", [
    # a magazine's labelled turns; the report names Russia more than Ukraine
    ("Der Spiegel interviewed Ukraine's army chief, General Oleksandr Syrskyi. The questions were put by "
     "Christian Esch.\n\nSPIEGEL: Russia's defence ministry says your army has lost 20,000 soldiers in the "
     "Kursk region. Is that right?\n\nSyrskyi: That is Russian propaganda. We have lost far fewer, and we "
     "have captured 700 Russian soldiers.", 20000, "UA"),
    # dash-led turns
    ("Hromadske spoke with Major Serhiy Bondar, a battalion commander in Ukraine's 93rd Brigade, about the "
     "fighting near Bakhmut.\n\n— Russian Telegram channels say your brigade lost 400 men in a week. Is that "
     "true?\n\n— It is not. We lost eleven men, and we destroyed nine Russian tanks.", 400, "UA"),
])
def test_your_people_in_a_question_are_the_guests(text, value, side):
    assert _one(text, value)["side"] == side


def test_a_questions_figure_belongs_to_the_source_it_cites_not_the_guest():
    rec = analyze(Document(text=(
        "Der Spiegel interviewed Ukraine's army chief, General Oleksandr Syrskyi.\n\nSPIEGEL: Russia's defence "
        "ministry says your army has lost 20,000 soldiers in the Kursk region. Is that right?\n\nSyrskyi: That "
        "is Russian propaganda. We have lost far fewer.")))
    figure = next(f for f in rec["figures"] if f["value"] == 20000)
    claim = next(c for c in rec["claims"] if c["id"] == figure["claim"])
    assert "ministry" in claim["speaker"]["name"].lower(), claim["speaker"]


@pytest.mark.parametrize("text, value, side", [
    # the question cites the other side's losses: they stay that side's
    ("Hromadske spoke with Major Serhiy Bondar, a battalion commander in Ukraine's 93rd Brigade, about the "
     "fighting near Bakhmut.\n\n— Russian Telegram channels say Russian units lost 400 men in a week. Is that "
     "true?\n\n— It is not. They lost far more.", 400, "RU"),
    # the guest commands an armed group: "your" is no state's
    ("Radio Rojava spoke to Mazloum Ahmed, a commander of the Syrian Democratic Forces.\n\nQ: Turkish "
     "officials say your fighters lost 120 men near Manbij. Is that true?\n\nA: No. We lost nine fighters.",
     120, None),
])
def test_question_look_alikes_keep_their_own_side(text, value, side):
    assert _one(text, value)["side"] == side


# ------------------------------------------------------------------ (c) a state outlet's own toll
@pytest.mark.parametrize("text, value, quantity, side", [
    ("Daraa, SANA – Two army personnel were martyred and five others were injured when terrorists "
     "attacked a checkpoint in the western countryside of Daraa province.", 2, "killed", "SY"),
    ("Daraa, SANA – Two army personnel were martyred and five others were injured when terrorists "
     "attacked a checkpoint in the western countryside of Daraa province.", 5, "wounded", "SY"),
    ("TEHRAN, Jan 5 (IRNA) -- Two border guards were killed in a clash with bandits in Sistan-Baluchestan "
     "province.", 2, "killed", "IR"),
    ("RAWALPINDI, Jan 5 (ISPR) -- Four soldiers were martyred during an exchange of fire with terrorists "
     "in North Waziristan.", 4, "killed", "PK"),
])
def test_a_state_outlets_own_toll_is_its_states(text, value, quantity, side):
    figure = _one(text, value)
    assert (figure["quantity"], figure["side"]) == (quantity, side), figure


@pytest.mark.parametrize("text, value, side", [
    # a wire's dateline gives no voice
    ("BEIRUT, May 4 (Reuters) - Three soldiers were killed when an explosive device went off near a bus "
     "in Deir Ezzor.", 3, None),
    # the army's enemies, in the outlet's words, are not the state's
    ("DAMASCUS, May 4 (SANA) -- Army units killed 30 terrorists and wounded 12 others in Idlib "
     "countryside.", 30, None),
])
def test_outlet_look_alikes(text, value, side):
    assert _one(text, value)["side"] == side


def test_a_toll_someone_in_the_report_gives_is_not_the_outlets():
    text = "DAMASCUS, May 4 (SANA) -- Four soldiers were killed in Idlib, the Turkish defence ministry said."
    assert _one(text, 4)["side"] != "SY"


# ------------------------------------------------------------------ (d) a range set off after a toll
@pytest.mark.parametrize("text, value, low, high", [
    ("Dozens of soldiers were killed, perhaps fifty or sixty of them, according to a local official.", 55, 50, 60),
    ("The rebels overran the post. \"There were many dead soldiers, maybe thirty or forty of them,\" a "
     "witness said.", 35, 30, 40),
    ("\"We lost a lot of men that night, maybe thirty or forty of them,\" the sergeant said.", 35, 30, 40),
    ("Q: How many of your men were killed?\nA: Maybe thirty or forty of them. We buried them in the forest.",
     35, 30, 40),
])
def test_a_hedged_range_of_them_takes_the_tolls_fate(text, value, low, high):
    figure = _one(text, value)
    assert figure["quantity"] == "killed" and figure["approximate"], figure
    assert (figure["low"], figure["high"]) == (low, high)


@pytest.mark.parametrize("text", [
    # the people set off did the harm, or nothing befell them
    "The soldiers fired on the crowd, maybe thirty or forty of them, witnesses said.",
    "\"They attacked the village at night, maybe thirty or forty of them,\" the farmer said.",
])
def test_a_range_of_them_with_no_toll_is_no_toll(text):
    assert not [f for f in _figures(text) if f["quantity"] in ("killed", "wounded", "casualties")]


_DOUCET = ("The BBC's Lyse Doucet spoke to Colonel Ahmed Saleh of the Sudanese army.\n\nLyse Doucet: {question}\n\n"
           "Ahmed Saleh: That is a lie. We lost 30 men there.")


def _claim_of(rec: dict, value: float) -> dict | None:
    figure = next(f for f in rec["figures"] if f["value"] == value)
    return next((c for c in rec["claims"] if c["id"] == figure["claim"]), None)


def test_a_question_citing_reports_gives_its_figure_to_the_reports_not_the_interviewer():
    rec = analyze(Document(text=_DOUCET.format(question="There are reports that 400 of your soldiers died at the "
                                                         "refinery.")))
    claim = _claim_of(rec, 400)
    assert claim is not None and "Doucet" not in claim["speaker"]["name"], claim
    # the guest's own labelled turn keeps its figures
    assert "Saleh" in _claim_of(rec, 30)["speaker"]["name"]


def test_a_question_citing_no_one_gives_its_figure_to_no_one():
    rec = analyze(Document(text=_DOUCET.format(question="Your army lost 400 soldiers at the refinery last week.")))
    assert _claim_of(rec, 400) is None


def test_a_labelled_turn_with_no_interviewer_named_keeps_its_figures():
    # a transcript whose standfirst names no interviewer: each label is a speaker
    rec = analyze(Document(text="Ahmed Saleh: We lost 30 men there, and the RSF lost 400 fighters."))
    assert "Saleh" in _claim_of(rec, 400)["speaker"]["name"]


@pytest.mark.parametrize("text, value, side", [
    # the state's own units harmed them: not the state's, whatever body they serve
    ("Russia's defence ministry said Russian units had killed 40 servicemen of the National Guard near "
     "Kupiansk.", 40, None),
    ("Myanmar's junta said the army had killed 12 members of the police who joined the resistance.", 12, None),
    # another state's strikes harmed them: the speaking state's own body
    ("Ukraine's General Staff said Russian strikes had killed 40 servicemen of the National Guard near "
     "Kupiansk.", 40, "UA"),
])
def test_a_state_bodys_people_harmed_by_that_states_own_forces_are_not_its(text, value, side):
    assert _one(text, value)["side"] == side
