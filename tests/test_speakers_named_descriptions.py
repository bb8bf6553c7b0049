"""A description that comes with its own name ("The group Karapatan says …", "The group
Fortify Rights says …") is that named body speaking, not the armed group named before it
(the description alone, "the group said", still stands for that armed group). Texts
written for these tests, on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


@pytest.mark.parametrize(
    ("text", "named", "group"),
    [
        ("The New People's Army said soldiers fired on farmers.\n"
         "The group Karapatan says two of the dead were a father and his son.", "Karapatan", "New People's Army"),
        ("The Arakan Army said it had captured the base in Paletwa.\n"
         "The group Fortify Rights says 40 villagers were detained by the fighters.", "Fortify Rights", "Arakan Army"),
    ],
)
def test_a_named_description_is_not_the_armed_group_before(nlp, text, named, group):
    claims = analyze(Document(text=text), nlp)["claims"]
    last = claims[-1]["speaker"]
    assert group not in last["name"]
    assert named in (last["name"], last.get("role"))
