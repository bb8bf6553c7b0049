"""Inside an interview's answer: a charge the guest tells of ("They accused us of feeding the
rebels") is the guest's account, not a claim of those who laid it; a courtesy that names the
one thanked and what for ("Thank you, Maricel, for listening to us.") is no claim; an appeal
("I call on …", "I appeal to …") is the guest's claim. Pages written for these tests."""

from __future__ import annotations

import pytest
from claim_checks import record_of

SENEGAL = """Interview: 'They call us rebels'

Q: What happened in Kolda last week?

A: The soldiers raided the village at dawn. They accused the youth of hiding weapons and arrested eleven.

Q: Any last word?

A: Thank you, Aminata, for coming all this way. I call on the international community to send observers to Kolda.
"""

MINDANAO = """Displaced in Bukidnon: a tribal leader speaks

Datu Rogelio Manlangit leads a displaced community in Bukidnon. He spoke to Maricel Santos.

Maricel Santos: Why did your community leave?

Datu Rogelio Manlangit: The troops came in March, accusing us of feeding the rebels. They took three men.

Maricel Santos: Thank you, Datu.

Datu Rogelio Manlangit: Thank you, Maricel, for listening to us. I appeal to the President to pull out the troops.
"""

DONBAS = """'We stayed because of the cow'

Q: Who shelled the village?

A: I don't know. The Ukrainians blame the Russians, the Russians blame the Ukrainians. The school burned.
"""


def texts_by(record: dict) -> list[tuple[str, str]]:
    return [(c["speaker"].get("name") or "", c["text"]) for c in record["claims"]]


@pytest.mark.parametrize("page", [SENEGAL, MINDANAO])
def test_a_charge_the_guest_tells_of_is_the_guests(page):
    claims = texts_by(record_of(page))
    charged = [(s, t) for s, t in claims if "accus" in t or "feeding" in t or "hiding weapons" in t]
    assert charged and all(s.lower() not in {"army", "soldiers", "troops", "they"} for s, _ in charged), claims


@pytest.mark.parametrize("page", [SENEGAL, MINDANAO])
def test_a_named_thanks_is_no_claim_and_an_appeal_is_one(page):
    claims = texts_by(record_of(page))
    assert not any(t.startswith("Thank you") for _, t in claims), claims
    assert any(t.startswith(("I call on", "I appeal to")) for _, t in claims), claims


def test_the_guests_telling_of_both_charges_is_one_account():
    claims = texts_by(record_of(DONBAS))
    assert any("blame the Russians" in t for _, t in claims), claims
