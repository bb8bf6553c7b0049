"""Figures of the h84 round, in sentences of my own across wars: a force's strength is the
state's that moves or calls it up; a range that opens a clause ("Between 15 and 20 of the
attackers were killed") is the clause's subject; vessels or vehicles that only stay or are
watched are no equipment; a whole restated ("four of the 14 wounded") and a toll raised or
put again are the count told before them; things operated by a group, or destroyed by
unnamed missiles, are no state's by who speaks."""

from __future__ import annotations

from functools import lru_cache

import pytest
from figure_texts import nlp, one

from claimledger.analyze import analyze
from claimledger.model import Document


@lru_cache(maxsize=16)
def record_triples(text: str) -> set[tuple[float, str, str | None]]:
    record = analyze(Document(text=text), nlp())
    return {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Western diplomats estimate that Kenya has moved 8,000 to 10,000 troops towards the border since May.",
         9000, "KE"),
        ("Analysts said Chad had called up around 20,000 reservists.", 20000, "TD"),
        ("Officials said Rwanda had massed some 3,000 soldiers near Goma.", 3000, "RW"),
    ],
)
def test_a_force_moved_or_called_up_is_the_state_s(text: str, value: float, side: str) -> None:
    f = one(text, value)
    assert (f.quantity, f.side) == ("deployed", side)


@pytest.mark.parametrize(
    "text",
    [
        "Between 15 and 20 of the attackers were killed by village guards, the governor said.",
        "Police said between 10 and 12 of the gunmen died in the exchange of fire.",
    ],
)
def test_a_range_opening_a_clause_is_its_subject(text: str) -> None:
    figures = [f for f in record_triples(text) if f[0] in (17.5, 11)]
    assert figures and all(q == "killed" for _, q, _ in figures), figures


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Nearly two-thirds of the roughly 90 boats registered in the port have stayed ashore since June.", 60,
         "other"),
        ("A coast guard officer said 20 to 30 more vessels were being tracked by patrol aircraft.", 25, "other"),
        ("About 40 trucks remain stuck at the Torkham crossing, drivers said.", 40, "other"),
        ("The navy said it had destroyed three boats.", 3, "equipment"),
        ("Russia lost 12 tanks near Avdiivka, the ministry said.", 12, "equipment"),
    ],
)
def test_vessels_that_only_stay_or_are_watched_are_no_equipment(text: str, value: float, quantity: str) -> None:
    assert one(text, value).quantity == quantity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said six Kenyan soldiers were killed and 14 wounded in the ambush. An officer said four of "
         "the 14 wounded were in a serious condition.", {(4, "wounded", "KE"), (14, "wounded", "KE")}),
        ("Eight Malian soldiers were wounded on Monday, and two of the eight wounded were flown to Bamako.",
         {(2, "wounded", "ML"), (8, "wounded", "ML")}),
        ("At least 20 civilians were killed in the shelling, the monitor said. Eleven of the 20 dead were women.",
         {(11, "civilians_killed", None), (20, "civilians_killed", None)}),
    ],
)
def test_a_whole_restated_is_the_count_told_before(text: str, expected: set) -> None:
    found = record_triples(text)
    assert expected <= found, found
    assert not any(v == 20 and q == "killed" for v, q, _ in found), found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ministry first reported five civilians killed by shelling in Kharkiv, then raised the toll to "
         "eight on Tuesday.", 8),
        ("Officials said three civilians were killed in the drone strike. Later the toll rose to seven.", 7),
        ("Gunmen killed seven villagers near Bunia on Friday. The provincial government had initially put the "
         "number of dead at five.", 5),
    ],
)
def test_a_toll_raised_or_put_again_counts_the_civilians_told_before(text: str, value: float) -> None:
    assert (value, "civilians_killed", None) in record_triples(text)


def test_a_toll_after_a_part_of_civilians_is_a_toll_of_all() -> None:
    text = ("Shelling of the market killed at least 38 people, including nine children, the ministry said, while "
            "a rights group put the toll at between 45 and 65.")
    found = record_triples(text)
    assert (55, "killed", None) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Ministry said two fishing boats from Güiria were destroyed by missiles on Saturday. "
        "Venezuelan officials said the US strikes had to stop.",
        "A Defense Department statement said US forces had destroyed three vessels operated by a smuggling "
        "network near Venezuela.",
    ],
)
def test_things_of_no_named_owner_take_no_side_from_who_speaks(text: str) -> None:
    found = [f for f in record_triples(text) if f[1] == "equipment"]
    assert found and all(side is None for _, _, side in found), found
