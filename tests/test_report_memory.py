"""What a sentence leaves open and the report gives: whose people a count is, who
acts, where and when, what is an event, and the sides of speakers named earlier.
Sentences and short paragraphs written for these tests, across wars and outlets."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def record(nlp, text: str, published: str | None = None) -> dict:
    return analyze(Document(text=text, published=published), nlp)


def figure(rec: dict, value: float) -> dict:
    found = [f for f in rec["figures"] if f["value"] == value]
    assert found, [(f["value"], f["quantity"], f["side"]) for f in rec["figures"]]
    return found[0]


# ---------------------------------------------------------------- whose people a count is
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Out of some 9,000 troops sent from Eritrea, 800 had been killed, a diplomat said.", 9000, "ER"),
        ("Out of some 9,000 troops sent from Eritrea, 800 had been killed, a diplomat said.", 800, "ER"),
        ("Of the 3,000 Ethiopian casualties, around 700 are believed dead, officials said.", 700, "ET"),
        ("Of the 4,000 Burundian soldiers in South Kivu, about 300 were wounded.", 300, "BI"),
        ("Chad has sent about 2,000 soldiers to the front in Niger.", 2000, "TD"),
        ("Kenya deployed 1,000 soldiers to Somalia last year.", 1000, "KE"),
        ("Nearly 5,000 fighters dispatched from Chad crossed into Darfur, the UN panel said.", 5000, "TD"),
        ("Some 6,000 Eritrean soldiers have been dispatched to Tigray since March. "
         "Approximately 1,500 killed or wounded, according to a Western estimate.", 1500, "ER"),
        ("About 2,500 Rwandan troops are fighting beside the M23 rebels. "
         "At least 400 have been wounded, a UN report says.", 400, "RW"),
    ],
)
def test_whose_people_a_count_is(nlp, text, value, side):
    assert figure(record(nlp, text), value)["side"] == side


def test_a_part_of_a_fronted_whole_is_out_of_it(nlp):
    rec = record(nlp, "Of the 3,000 Ethiopian casualties, around 700 are believed dead, officials said.")
    assert figure(rec, 700)["out_of"] == 3000


def test_a_bare_toll_after_civilians_stays_sideless(nlp):
    rec = record(nlp, "Some 20,000 Sudanese civilians fled to Chad in May. About 300 were killed on the road.")
    assert figure(rec, 300)["side"] is None


def test_a_toll_after_another_state_is_named_is_not_guessed(nlp):
    rec = record(nlp, "Some 6,000 Eritrean soldiers were dispatched in March. "
                      "Ethiopia says 1,500 were killed in Adigrat.")
    assert figure(rec, 1500)["side"] in (None, "ER")
