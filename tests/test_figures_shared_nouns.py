"""Two groups' short names sharing one noun ("about 200 PDF and TNLA terrorists") count the
shared noun, however the parse hangs the number on the first name. Texts written for these
tests, from several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


@pytest.mark.parametrize(
    ("text", "value", "quantity"),
    [
        ("Security forces repelled an attack by about 200 PDF and TNLA terrorists on a security outpost near "
         "Kyaukme.", 200, "deployed"),
        ("Officials said 12 ELN and FARC dissidents were captured in Arauca.", 12, "captured"),
    ],
)
def test_the_shared_noun_is_counted(nlp, text, value, quantity):
    found = {f["value"]: f["quantity"] for f in analyze(Document(text=text), nlp)["figures"]}
    assert found.get(value) == quantity
