"""A charge's whole proposition: a headline that blames a party alone ("Army blames BRN
insurgents") keeps the cue with its object as its content, where a sentence's bare "blamed
the RSF." says nothing; a clause of its own after the blamed party ("as a strike kills 12",
"after a market was shelled") tells what the charge is for. Sentences written for these
tests, across wars and styles."""

from __future__ import annotations

import pytest
from claim_checks import claims_in


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Army blames BRN insurgents", "Army", "blames BRN insurgents"),
    ("Government blames RSF; UN urges calm", "Government", "blames RSF"),
    ("Kremlin accuses Kyiv", "Kremlin", "accuses Kyiv"),
    ("Police blame bandits for Zamfara abductions", "Police", "bandits for Zamfara abductions"),
])
def test_a_headline_charge_is_the_cue_with_its_object(nlp, text, speaker, content):
    claims = claims_in(nlp, text)
    assert any(speaker in c.speaker.name and c.text == content for c in claims), \
        [(c.speaker.name, c.text) for c in claims]


@pytest.mark.parametrize(("text", "content"), [
    ("Kyiv blames Moscow as strike on Odesa kills 12", "as strike on Odesa kills 12"),
    ("The junta blamed the Arakan Army after a market in Sittwe was shelled on Monday.",
     "after a market in Sittwe was shelled"),
    ("Colombia's defence minister blamed the ELN after a car bomb exploded outside a barracks in Cúcuta.",
     "after a car bomb exploded"),
])
def test_a_clause_after_the_blamed_party_is_what_it_is_blamed_for(nlp, text, content):
    claims = claims_in(nlp, text)
    assert any(content in c.text for c in claims), [(c.speaker.name, c.text) for c in claims]


@pytest.mark.parametrize("text", [
    "A Houthi official blamed the United States.",
    "The Sudanese army blamed the RSF.",
])
def test_a_sentences_bare_charge_still_says_nothing(nlp, text):
    assert claims_in(nlp, text) == []
