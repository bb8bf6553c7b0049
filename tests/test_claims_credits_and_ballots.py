"""Three verbs that look like attributions and are not, or not of what they seem:

* "…, police said, as troops arrived, Premium Times reports": an outlet's closing credit the
  parser hangs on the speaker's cue is the page's source, not the content of "said" nor a
  claim of its own; the clause before "police said" is what the police said;
* "three constables were hurt and admitted to a clinic": taken in, not owned up to; the
  claim runs on through it and no acknowledgement is read;
* "East Timor voted for independence in a referendum": a ballot cast, no one's claim
  ("the senator voted for the bill" stays a position: claims_parties.py).
Short sentences written for these tests, across wars and outlet styles."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def record(nlp, text: str) -> dict:
    return analyze(Document(text=text), nlp)


@pytest.mark.parametrize(
    ("sentence", "speaker", "opens"),
    [
        ("Six villagers were killed when gunmen raided a hamlet in Zamfara state, police said, as troops were "
         "sent to the area, Premium Times reports.", "police", "Six villagers were killed"),
        ("Fourteen people have died in three days of clashes between rival villages near Mendi, police said, "
         "as extra officers were sent to the area, the Post-Courier reports.", "police", "Fourteen people have died"),
    ],
)
def test_an_outlets_closing_credit_is_neither_content_nor_claim(nlp, sentence, speaker, opens):
    found = record(nlp, sentence)["claims"]
    assert len(found) == 1, found
    assert found[0]["speaker"]["name"] == speaker and found[0]["text"].startswith(opens), found


def test_a_present_report_with_a_clause_of_its_own_is_still_a_claim(nlp):
    found = record(nlp, "The monitor reports that 40 families fled the district on Sunday.")["claims"]
    assert found and found[0]["speaker"]["name"] == "monitor" and "40 families" in found[0]["text"], found


@pytest.mark.parametrize(
    "sentence",
    [
        '"We were ambushed," the commander told reporters, adding that three constables were hurt and admitted '
        "to the district hospital.",
        "The health ministry said 14 soldiers were wounded and admitted to the military hospital in Kulob.",
        "Seven civilians were admitted to hospital with shrapnel wounds, the governor said.",
    ],
)
def test_admitted_to_hospital_acknowledges_nothing(nlp, sentence):
    found = record(nlp, sentence)
    assert not [e for e in found["events"] if e["type"] == "acknowledge"], found["events"]
    assert not [c for c in found["claims"] if c["cue"].startswith("admit")], found["claims"]
    assert any("hospital" in c["text"] for c in found["claims"]), found["claims"]


def test_admitting_to_an_act_still_acknowledges(nlp):
    found = record(nlp, "The army admitted that its drone had struck the wedding party in the valley.")
    assert [e for e in found["events"] if e["type"] == "acknowledge"], found["events"]


@pytest.mark.parametrize(
    "sentence",
    [
        "East Timor voted overwhelmingly for independence from Indonesia in a UN-run referendum in 1999.",
        "South Sudanese voted for secession in a referendum in 2011.",
    ],
)
def test_a_ballot_is_no_claim(nlp, sentence):
    assert record(nlp, sentence)["claims"] == []
