"""A cue set off by commas whose subject the small model folds into one noun phrase with it
("…, army records show, and …": "records" read as the compound of "show") still vouches for
the clause around it: the clause before it when that clause has a subject and verb of its
own, else the whole sentence (the clause goes on after the aside)."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def claims(nlp, text: str) -> list[tuple[str, str]]:
    return [(c["cue"], c["text"]) for c in analyze(Document(text=text), nlp)["claims"]]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The battalion lost 120 men in the fighting near Bakhmut, army records show, and the losses were "
         "never reported.", "show", "The battalion lost 120 men in the fighting near Bakhmut"),
        ("The militia received 400 rifles in March, records show, and the shipments continued until May.",
         "show", "The militia received 400 rifles in March"),
        ("The aircraft was insured at a value of $35 million in 2011, records show, and aviation experts say "
         "it is currently worth about $18 million.", "show",
         "The aircraft was insured at a value of $35 million in 2011"),
        ("During the same stretch, hospital records show, the clinic treated roughly 216 wounded.",
         "show", "During the same stretch, hospital records show, the clinic treated roughly 216 wounded"),
        ("The ferry, records show, sank off Lampedusa with 60 people aboard.",
         "show", "The ferry, records show, sank off Lampedusa with 60 people aboard"),
    ],
)
def test_a_folded_subject_set_off_vouches_for_the_clause_around_it(nlp, text, cue, content):
    assert (cue, content) in claims(nlp, text), claims(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The refugees crossed into Chad, the camp records, and the UN counted them.",
        "Police records, court files and photographs were seized in Bamako.",
    ],
)
def test_records_as_things_report_nothing(nlp, text):
    assert not any(cue in {"show", "records"} for cue, _ in claims(nlp, text)), claims(nlp, text)
