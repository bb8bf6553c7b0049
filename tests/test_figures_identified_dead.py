"""A count of bare people killed takes what the next sentence says they were: civilians
("All of them were civilians", "The victims were farmers") or a state's forces ("They were
all Russian soldiers"). A count its own sentence names ("12 militants") keeps its reading
when the next sentence disputes it: a claim against a claim. Texts written for these tests,
on several wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def figure(nlp, text: str, value: float) -> tuple[str, str | None] | None:
    found = analyze(Document(text="Dispatch\n\n" + text), nlp)["figures"]
    return next(((f["quantity"], f["side"]) for f in found if f["value"] == value), None)


@pytest.mark.parametrize(
    ("text", "value", "told"),
    [
        ("An Israeli strike killed 9 people in Rafah. All of them were civilians, the health ministry said.",
         9, ("civilians_killed", None)),
        ("Gunmen killed 6 men in a village near Jos. The victims were farmers from the Berom community.",
         6, ("civilians_killed", None)),
        ("Eleven people were killed when a drone struck a bus near Kherson. They were all Russian soldiers, the "
         "Ukrainian military said.", 11, ("killed", "RU")),
        ("Five men were shot dead at a checkpoint outside Bamako. They were Malian soldiers, a security source "
         "said.", 5, ("killed", "ML")),
    ],
)
def test_the_next_sentence_names_the_dead(nlp, text, value, told):
    assert figure(nlp, text, value) == told


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The army said it killed 12 militants near Tillaberi. They were shepherds, not fighters, residents said.",
         12),
        ("Nigerian troops killed 14 bandits in Zamfara. The victims were herders, villagers said.", 14),
        ("The attack killed 8 people in Bannu. They were members of the same family.", 8),
    ],
)
def test_a_count_named_in_its_own_sentence_or_left_unnamed_stays_killed(nlp, text, value):
    assert figure(nlp, text, value) == ("killed", None)
