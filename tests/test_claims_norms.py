"""A binding text is no speaker: "according to" a law, a treaty, a charter or a part of
one gives no claim (claims_norms.py), while a document that tells what happened (a
report, a statement, a survey) still speaks."""

from __future__ import annotations

import pytest

from claimledger.data import read_table
from claimledger.data.tables import word_lists
from claimledger.extract.claims import find_claims
from claimledger.extract.events import find_events


def claims_of(nlp, text):
    return find_claims(nlp(text))


@pytest.mark.parametrize("text", [
    "Civilians caught in the fighting must be protected according to the Geneva Conventions.",
    "According to the constitution, the interim president must hand over power within eighteen months.",
    "According to the agreement, all foreign fighters must leave Libyan soil within ninety days.",
    "According to the law, detainees in Gaza must be brought before a judge within 48 hours.",
    "According to international humanitarian law, medical convoys may not be attacked.",
    "According to article 5 of the transitional charter, members of the junta cannot run for office.",
    "According to the Minsk agreements, heavy weapons were to be pulled back from the contact line.",
    "According to Security Council resolution 2401, aid convoys must be allowed into the besieged suburbs.",
    "Under the deal, and according to the terms of the truce, Houthi forces must withdraw from Hodeidah port.",
    "The militia's fighters were supposed to disarm by March according to the peace accord signed in Juba.",
])
def test_a_norm_after_according_to_speaks_no_claim(nlp, text):
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("According to the UN report, at least 300 civilians were killed in the attack on Mopti.", "UN report"),
    ("According to the army's statement, the troops withdrew from Goma on Sunday.", "army's statement"),
    ("According to a report on the agreement by Human Rights Watch, the militias never left the city.", "report"),
    ("According to Sudanese doctors, the shelling of El Fasher killed 14 people.", "Sudanese doctors"),
])
def test_a_source_that_tells_what_happened_still_speaks(nlp, text, speaker):
    assert [c.speaker.name for c in claims_of(nlp, text)] == [speaker]


def test_a_speaker_citing_a_norm_keeps_the_claim_and_the_norm_stays_in_it(nlp):
    (claim,) = claims_of(nlp, "According to international law, hospitals may not be targeted, the ICRC said.")
    assert claim.speaker.name == "ICRC"
    assert claim.text.startswith("According to international law")


def test_norm_words_are_a_table_of_two_known_lists_of_lower_case_words():
    rows = read_table("norm_words.tsv")
    assert all(len(r) == 2 and r[0] == r[0].lower() for r in rows)
    assert len(rows) == len({tuple(r) for r in rows})
    lists = word_lists("norm_words.tsv")
    assert set(lists) == {"norm", "provision"}
    assert {"law", "constitution", "convention", "treaty", "agreement", "charter"} <= lists["norm"]
    assert {"article", "clause", "terms"} <= lists["provision"]
    # what tells events is never a norm
    assert not lists["norm"] & {"report", "statement", "survey", "communique"}


@pytest.mark.parametrize(("text", "agreement"), [
    ("According to the agreement, all foreign fighters must leave Libya within ninety days.", False),
    ("In accordance with the truce, aid convoys must be allowed into the besieged suburbs.", False),
    ("The envoy urged the parties to return to the terms of the truce agreed in April 2022.", True),
    ("In line with the ceasefire, the militia handed its heavy weapons to the monitors.", False),
    ("The army and the rebels signed a ceasefire agreement in Doha on Sunday.", True),
])
def test_a_treaty_cited_for_its_rule_is_no_new_agreement_event(nlp, text, agreement):
    doc = nlp(text)
    claims = find_claims(doc)
    for n, claim in enumerate(claims, 1):
        claim.id = f"c{n}"
    assert ("agreement" in {e.type for e in find_events(doc, claims, [])}) is agreement
