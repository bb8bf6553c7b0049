"""People a side "lost" in a fight and people arrested: a handful lost are the side's dead
("the army had lost at least 15 men in the fighting"), while a ministry's daily tally ("up
to 120 servicemen", "1,260 troops") stays killed and wounded together; the army's own unit
named in quotes ("the army's 'Shadow Forces'") is still the army's; whoever is arrested or
detained is a person, whatever the noun ("42 border violators"), but what is seized is not."""

from __future__ import annotations

import pytest
from figure_texts import nlp, triples

from claimledger.analyze import analyze
from claimledger.model import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He claimed that the army had lost at least 15 men in the fighting near Sindian.", (15, "killed")),
        ("The rebels said they had lost six fighters when the camp was overrun.", (6, "killed")),
        ("Police said the gang lost three of its members in the shootout.", (3, "killed")),
    ],
)
def test_a_handful_lost_in_a_fight_are_dead(text: str, expected: tuple) -> None:
    assert expected in {(v, q) for v, q, _ in triples(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The enemy lost up to 120 servicemen near Kupiansk, the ministry said.", 120),
        ("Russia lost 1,260 troops over the past day, the General Staff said.", 1260),
    ],
)
def test_a_tally_of_losses_stays_casualties(text: str, value: float) -> None:
    assert (value, "casualties") in {(v, q) for v, q, _ in triples(text)}


def test_the_armys_unit_named_in_quotes_is_the_armys() -> None:
    text = ("Sudan's army fought the RSF around Bara and El Obeid in North Kordofan. A military source said that "
            "the army's 'Desert Lions' had lost about 30 men near Bara. Residents of El Obeid said the road was "
            "closed.")
    record = analyze(Document(text=text), nlp())
    assert (30, "killed", "SD") in {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('He claimed that patrols had detained 42 "border violators" since January.', 42),
        ("Troops apprehended 35 infiltrators near the fence, the ministry said.", 35),
        ("The coast guard arrested 18 smugglers off the island.", 18),
    ],
)
def test_whoever_is_arrested_is_counted(text: str, value: float) -> None:
    assert (value, "captured") in {(v, q) for v, q, _ in triples(text)}


def test_what_is_seized_after_an_arrest_is_not_a_person() -> None:
    text = "Police detained four suspects and seized 30 crates near the port."
    assert not any(v == 30 and q == "captured" for v, q, _ in triples(text))
