"""A rebuttal told in a relative clause (extract/claims_rebuttals.py): the rebutting body
says the label it puts on the claim, or nothing; the rebutted claim ends before it.
Sentences written for these tests, across wars and outlets."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def claims(nlp, text: str) -> list[tuple[str, str]]:
    return [(c["speaker"]["name"], c["text"]) for c in analyze(Document(text=text), nlp)["claims"]]


@pytest.mark.parametrize(
    ("text", "speaker", "label"),
    [
        ('An Islamic State channel claimed its fighters had killed "dozens" of soldiers near Arish, a claim '
         'the military dismissed as "baseless lies".', "military", "baseless lies"),
        ('The rebels said they had shot down a "spy drone" over Kidal, a claim the army rejected as "pure '
         'fiction".', "army", "pure fiction"),
        ("The militia claimed it had captured the airport, which the government dismissed as propaganda.",
         "government", "propaganda"),
        ("FLEC said its fighters had ambushed a convoy near Buco-Zau, which Luanda dismissed as an "
         "invention of exiles.", "Luanda", "an invention of exiles"),
    ],
)
def test_a_rebuttal_says_its_label_not_the_claims_quotation(nlp, text, speaker, label):
    found = claims(nlp, text)
    assert (speaker, label) in found, found
    assert not any(s == speaker and t != label for s, t in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The rebels said they had shot down a drone, which the army denied.", "rebels",
         "they had shot down a drone"),
        ("Hamas said it had destroyed three tanks in Khan Younis, a claim Israel denied.", "Hamas",
         "it had destroyed three tanks in Khan Younis"),
        ("The separatists said they had taken two villages near Bamenda, which the governor rejected.",
         "separatists", "they had taken two villages near Bamenda"),
        ('An Islamic State channel claimed its fighters had killed "dozens" of soldiers near Arish, a claim '
         'the military dismissed as "baseless lies".', "Islamic State channel",
         'its fighters had killed "dozens" of soldiers near Arish'),
    ],
)
def test_the_rebutted_claim_ends_before_the_rebuttal(nlp, text, speaker, content):
    found = claims(nlp, text)
    assert (speaker, content) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they had shot down a drone, which the army denied.",
        "The separatists said they had taken two villages near Bamenda, which the governor rejected.",
    ],
)
def test_a_bare_rebuttal_says_nothing_of_its_own(nlp, text):
    assert len(claims(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a relative clause that is no rebuttal of the claim before it is left as it was
        ("The village, which the army says was shelled overnight, is empty.", "army", "was shelled overnight"),
        ("Kyiv denied the report, which Moscow had spread on Sunday.", "Kyiv",
         "the report, which Moscow had spread on Sunday"),
    ],
)
def test_other_relative_clauses_are_untouched(nlp, text, speaker, content):
    assert (speaker, content) in claims(nlp, text)
