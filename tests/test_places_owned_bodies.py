"""A state's body named with the possessive ("Georgia's State Security Service", "Kaduna's
State Emergency Management Agency") names the state, not an area called "Georgia State":
after "'s" a capitalised word starts the body's name, a lower-case one designates the area."""

from __future__ import annotations

import pytest

from claimledger.extract.places import find_places


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Georgia's State Security Service said two shepherds had been detained near the boundary line.",
         "Georgia", "GE"),
        ("Nigeria's State Security Service said it had arrested a commander of the group in Kano.",
         "Nigeria", "NG"),
        ("Egypt's State Information Service said the crossing would reopen on Sunday.", "Egypt", "EG"),
    ],
)
def test_a_capitalised_word_after_the_possessive_is_a_bodys_name(nlp, text, name, country):
    found = {p.name: p for p in find_places(nlp(text))}
    assert name in found, list(found)
    assert found[name].country == country, found[name]
    assert not any(p.kind == "region" and p.country != country for p in found.values()), list(found.values())


def test_a_lower_case_designator_after_the_possessive_still_widens_the_name(nlp):
    found = find_places(nlp("Shelling hit villages in Idlib's western countryside on Monday."))
    assert [(p.name, p.kind, p.country) for p in found] == [("Idlib countryside", "region", "SY")], found
