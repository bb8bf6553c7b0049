"""Fact boxes and bulleted lists of a raw page: a label set off by a spaced dash counts like
one set off by a colon ("Wounded – 30", "Displaced — 4,500", "Killed - 4"); a label's
capitalised thing ("Houses burned") is a thing, not people; a label of people released or
freed ("Released by the Houthis: 104") counts prisoners. Pages written for these tests."""

from __future__ import annotations

from claimledger.analyze import analyze
from claimledger.model import Document

SAGAING = """Situation report: Sagaing Region, week 32

Summary of incidents reported by township administrators:

- Killed: 12
- Wounded – 30
- Houses burned: about 80
- Displaced — 4,500

Source: local administration, unverified.
"""

KHARKIV = """Kharkiv region: overnight attack

Casualties
Killed - 4
Injured - 19

Regional governor Oleh Syniehubov said rescuers were still at work.
"""

EXCHANGE = """Prisoner exchange in Yemen, by the numbers

Released by the Houthis: 104
Released by the government - 214
Detainees repatriated: 52
"""


def counts(nlp, text: str) -> set[tuple[float, str]]:
    return {(f["value"], f["quantity"]) for f in analyze(Document(text=text), nlp)["figures"]}


def test_a_dash_sets_off_a_label(nlp):
    found = counts(nlp, SAGAING)
    assert {(12, "killed"), (30, "wounded"), (4500, "displaced")} <= found
    assert {(4, "killed"), (19, "wounded")} <= counts(nlp, KHARKIV)


def test_a_capitalised_thing_in_a_label_is_no_person(nlp):
    assert (80, "other") in counts(nlp, SAGAING)
    assert (80, "wounded") not in counts(nlp, SAGAING)


def test_people_released_were_prisoners(nlp):
    assert {(104, "captured"), (214, "captured"), (52, "captured")} <= counts(nlp, EXCHANGE)
