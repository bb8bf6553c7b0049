"""People others move to shelters, camps or safer areas are displaced (h84): passive
("were moved to temporary shelters"), active ("evacuated 600 civilians to safer areas"),
and the evacuation of residents from their villages; not patients, prisoners or troops moved."""

from __future__ import annotations

import pytest
from figure_texts import one


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The interior ministry said more than 7,500 residents of the frontier districts had been moved "
         "to temporary shelters.", 7500),
        ("Upwards of 2,000 people living near the crossing have been evacuated to school buildings, "
         "the governor said.", 2000),
        ("Local officials said about 2,400 villagers in Duhok province were relocated to safer areas "
         "after the air strikes.", 2400),
        ("Around 900 fishing families were transferred to a shelter in Sucre state, the regional "
         "government said.", 900),
        ("The Red Crescent said 1,300 people were evacuated from villages near the front line.", 1300),
        ("The ministry evacuated nearly 600 civilians to safer areas on Tuesday.", 600),
        ("About 5,000 residents were relocated to camps near Tesseney, officials said.", 5000),
    ],
)
def test_people_moved_to_safety_are_displaced(text: str, value: float) -> None:
    assert one(text, value).quantity == "displaced"


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Hospital staff said 40 patients were moved to a reinforced ward.", 40, "other"),
        ("Police said 12 detainees were transferred to a prison in the capital.", 12, "captured"),
        ("The army said 4,000 troops had been moved to the border region.", 4000, "deployed"),
        ("The ministry evacuated nearly 600 civilians to safer areas and moved 300 wounded to hospitals.",
         300, "wounded"),
    ],
)
def test_others_moved_keep_their_own_fate(text: str, value: float, quantity: str) -> None:
    assert one(text, value).quantity == quantity
