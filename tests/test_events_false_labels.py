"""The words that label a thing false are one list (data/dismissal_words.tsv's false words,
read in answer_verdicts): a bare answer, a verdict on a claim and a judging verb's label all
know "hoax", "misinformation", "faked". Sentences written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.data.tables import word_lists
from claimledger.extract.answer_verdicts import FALSE_LABELS, VERDICT_ONLY
from claimledger.extract.claims import find_claims
from claimledger.extract.events import find_events


def denials(nlp, text):
    doc = nlp(text)
    claims = find_claims(doc)
    for n, claim in enumerate(claims, 1):
        claim.id = f"c{n}"
    return [e for e in find_events(doc, claims, []) if e.type == "deny"]


def test_the_one_word_labels_are_the_tables_false_words():
    table = word_lists("dismissal_words.tsv")["false_word"]
    assert {word for word in table if " " not in word} == FALSE_LABELS
    assert not FALSE_LABELS & VERDICT_ONLY


@pytest.mark.parametrize("text", [
    "Colombia's defence ministry said the reports of a massacre in Catatumbo were misinformation.",
    "The Sudanese army said the RSF's claims of a captured garrison were a hoax.",
    "Armenia's defence ministry dismissed the reports as misinformation spread by Baku.",
    "Myanmar's military council said the casualty figures were faked.",
])
def test_a_claim_labelled_false_with_any_word_of_the_table_is_denied(nlp, text):
    assert denials(nlp, text)


@pytest.mark.parametrize("text", [
    "The rally was staged in the main square of Bamako on Friday.",
    "The army said the documents were forged in 2019 by a printing house in Kharkiv.",
])
def test_a_thing_made_is_no_label_of_falsehood(nlp, text):
    assert not denials(nlp, text)
