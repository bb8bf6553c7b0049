"""A list of counts under a heading of losses ("Daily losses of the enemy", "Russian losses
as of 12 May") counts people lost: its personnel are casualties, not a force's strength,
and so is the day's rise in brackets; a list of a force's strength with no such heading stays
deployed. A label's "operatives" are members of an armed group. Pages written for these tests."""

from __future__ import annotations

from claimledger.analyze import analyze
from claimledger.model import Document

LOSSES = """Russian losses as of 12 May, per the Ukrainian General Staff

- personnel: about 968,000 (+1,150)
- tanks: 10,870 (+4)

The ministry in Moscow does not publish its own figures.
"""

ENEMY = """Daily losses of the enemy

Personnel: about 1,130
Drones: 87

The figures could not be independently verified.
"""

STRENGTH = """Peacekeeping contingents in South Sudan

Personnel: 14,000
Police: 2,000

UNMISS said the mandate was extended.
"""

STATEMENT = """Israeli army statement

Hezbollah operatives eliminated: 35
Launchers destroyed: 12

The army said the operation in southern Lebanon was continuing.
"""


def counts(nlp, text: str) -> set[tuple[float, str]]:
    return {(f["value"], f["quantity"]) for f in analyze(Document(text=text), nlp)["figures"]}


def test_personnel_under_a_losses_heading_are_casualties(nlp):
    assert {(968000, "casualties"), (1150, "casualties"), (10870, "equipment")} <= counts(nlp, LOSSES)
    assert (1130, "casualties") in counts(nlp, ENEMY)


def test_a_strength_list_stays_deployed(nlp):
    assert (14000, "deployed") in counts(nlp, STRENGTH)


def test_operatives_eliminated_were_killed(nlp):
    assert {(35, "killed"), (12, "equipment")} <= counts(nlp, STATEMENT)
