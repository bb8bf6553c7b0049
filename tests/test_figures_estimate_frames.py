"""An estimate's frame says what its count counts: "volunteers put the toll at seven" (a bare
toll is a death toll, not seven people sent), "put the casualty figure at 400", "put the
figure at 31 dead" (a bare figure takes the fate word after the count). Texts written for
these tests, on several wars and in several styles."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def quantity_of(nlp, text: str, value: float) -> str | None:
    found = analyze(Document(text="Dispatch\n\n" + text), nlp)["figures"]
    return next((f["quantity"] for f in found if f["value"] == value), None)


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Local volunteers put the toll at seven after the drone strike on the market in Kherson.", 7, "killed"),
        ("Hamas put the toll at 90, a figure Israel disputes.", 90, "killed"),
        ("The Syrian Observatory put the death toll at 54 after the Hama offensive.", 54, "killed"),
        ("Medics in Goma put the figure at 31 dead and dozens wounded.", 31, "killed"),
        ("Witnesses in Sagaing put the number at 12 killed after the air strike.", 12, "killed"),
        ("Red Cross officials put the total at around 200 detained in Tigray.", 200, "captured"),
        ("The UN placed civilian casualties at more than 400 in the first week of fighting.", 400, "casualties"),
        ("Police in Quetta put the number of wounded at nine.", 9, "wounded"),
        ("Residents put the number killed at 12 after the raid on Kidal.", 12, "killed"),
        ("The Red Crescent put the figure for the dead at 40.", 40, "killed"),
    ],
)
def test_the_frame_of_an_estimate_says_what_is_counted(nlp, text, value, quantity):
    assert quantity_of(nlp, text, value) == quantity


def test_a_count_with_its_own_harm_keeps_it(nlp):
    text = "The ministry put the toll at 14 dead, with 30 more wounded, after the raid on Kidal."
    assert quantity_of(nlp, text, 14) == "killed"
    assert quantity_of(nlp, text, 30) == "wounded"
