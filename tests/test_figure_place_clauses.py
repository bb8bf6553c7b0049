"""A figure's place is the first place its sentence names, unless that place is told in a
second statement joined beside the figure's ("…, and that 300 families had fled to X")."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze_many
from claimledger.model import Document


def places_of_figures(text: str) -> dict[int, str | None]:
    record = next(iter(analyze_many([Document(text=text, title="")])))
    names = {p["id"]: p["name"] for p in record["places"]}
    return {f["value"]: names.get(f["place"]) for f in record["figures"]}


@pytest.mark.parametrize(
    ("text", "value", "not_at"),
    [
        # Sudan: the toll is not at the town the displaced fled towards
        ("The UN humanitarian office said more than 50 people had been killed in the shelling, and that about "
         "2,000 families had fled towards Tawila since the attack.", 50, "Tawila"),
        # Pakistan: the dead are not in the town families left for
        ("A local elder said at least 6 civilians were killed when a mortar shell hit a house, and that about 300 "
         "families had left for Bannu.", 6, "Bannu"),
    ],
)
def test_a_place_of_a_second_statement_is_not_the_figures(text: str, value: int, not_at: str) -> None:
    assert places_of_figures(text).get(value) != not_at


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # the place of a clause the figure's clause governs, attached by the parse to a conjunct
        ("Seven people were killed and 16 injured when guided bombs struck a market in Kharkiv on Saturday, "
         "the mayor said.", 7, "Kharkiv"),
        # the place of the clause that governs the figure's
        ("In Goma, the UN said at least 700 people had been killed over five days.", 700, "Goma"),
        # the place of the figure's own clause, with a second statement elsewhere
        ("The army said 12 soldiers had been killed in Bara, and that troops had retaken El Obeid's airport.",
         12, "Bara"),
    ],
)
def test_the_figures_own_and_governing_clauses_keep_their_place(text: str, value: int, place: str) -> None:
    assert places_of_figures(text).get(value) == place
