"""A unit's strength set off by commas after the unit a verb sends ("deployed an extra battalion,
around 450 men, to …"): the parser hangs the people on the verb, not on the unit; they are the
unit's strength, a deployment with the sender's side, and in an interview answer "we" sent them,
so they are the guest's (extract/figures/strengths.py, figures/interviews.py).
Sentences and an interview written for these tests, from several wars and outlet styles."""

from __future__ import annotations

import pytest
from figure_texts import one

from claimledger.analyze import analyze
from claimledger.model import Document


@pytest.mark.parametrize(("text", "value", "side"), [
    # a wire from the Sahel
    ("Niger's army has deployed an extra battalion, around 450 men, to the Tillaberi region, "
     "a spokesman said on Saturday.", 450, "NE"),
    # a state agency in Chad
    ("Chad has sent a fresh contingent, some 1,200 soldiers, to the eastern border, the ministry said.", 1200, "TD"),
    # an aggregator rewrite from Mozambique
    ("Rwanda dispatched another battalion, about 700 troops, to Cabo Delgado last month, officials said.", 700, "RW"),
])
def test_a_units_strength_between_commas_is_deployed_by_the_sender(text: str, value: int, side: str) -> None:
    found = one(text, value)
    assert (found.quantity, found.side) == ("deployed", side)


@pytest.mark.parametrize("answer", [
    "A: No. Since Monday we have deployed an extra battalion, around 450 men, to the Tillaberi region.\n",
    # the parser reads "around" as a modifier of the "to" after it here; an earlier answer names a neighbour
    "A: I will not comment on that. Our cooperation with Mali within the joint force is good.\n"
    "Q: Is the army leaving the border posts?\n"
    "A: No. The President ordered reinforcements. Since Monday we have deployed an additional battalion, "
    "around 450 men, to Diffa province, and on Tuesday our air force struck enemy bases near Ayorou.\n",
])
def test_in_an_answer_the_unit_we_sent_is_the_guests(nlp, answer: str) -> None:
    text = ("Sahel Security Monitor\nINTERVIEWS\n"
            "We spoke to Colonel Amadou Issa Garba, spokesman of the Niger Armed Forces, by telephone "
            "from Niamey on Monday.\n"
            "Q: Is the army leaving the border posts?\n" + answer)
    record = analyze(Document(text=text), nlp)
    found = [f for f in record["figures"] if f["value"] == 450]
    assert [(f["quantity"], f["side"]) for f in found] == [("deployed", "NE")]
