"""Content a closing attribution must keep: a quotation resumed after its attribution in
the same sentence (claims_resumed.py), and the lead before "…, X said, warning …" when
the parse hangs the participle's clause on the first cue (claims_lead.py). Sentences
written for these tests, across wars and outlet styles."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.extract.claims import find_claims
from claimledger.model import Document


def claims_of(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "first", "resumed"), [
    ('"The city is under our control," Colonel Ahmed Yusuf said on Tuesday, "and the enemy has fled to the hills."',
     "Ahmed Yusuf", "The city is under our control", "the enemy has fled to the hills"),
    ('"We have taken the airport," the RSF commander said in a video, "and we will take the palace next."',
     "RSF commander", "We have taken the airport", "we will take the palace next"),
    ('"The enemy has been pushed back," said the spokesman, "and our units now hold the ridge."',
     "spokesman", "The enemy has been pushed back", "our units now hold the ridge"),
    ('"Nobody wants this war," the envoy told reporters in Geneva, "but neither side will stop first."',
     "envoy", "Nobody wants this war", "neither side will stop first"),
    ("\u201cThe convoy was hit twice,\u201d a driver told the agency by phone, \u201cand two of our trucks"
     " burned.\u201d", "driver", "The convoy was hit twice", "two of our trucks burned"),
])
def test_a_quotation_resumed_after_its_attribution_is_the_same_speakers_claim(nlp, text, speaker, first, resumed):
    found = claims_of(nlp, text)
    assert [(s, t) for s, _, t in found] == [(speaker, first), (speaker, resumed)]


@pytest.mark.parametrize("text", [
    # a tail with no verb only qualifies the first words
    '"We are ready to defend every inch of our land," the governor said on Friday, "whatever the cost."',
])
def test_a_resumed_tail_that_says_nothing_is_no_claim(nlp, text):
    assert len(claims_of(nlp, text)) == 1


def test_a_quotation_after_another_clause_is_not_resumed(nlp):
    found = claims_of(nlp, '"Gaza is starving," the UN official said, while Israeli officials insisted that aid'
                           ' was flowing.')
    assert [s for s, _, _ in found] == ["UN official", "Israeli officials"]


@pytest.mark.parametrize(("text", "speaker", "lead", "cue", "second"), [
    ("Troops will hold the pass until the talks end, the commander said today, warning any advance would be met"
     " with force.", "commander", "Troops will hold the pass until the talks end", "warning",
     "any advance would be met with force"),
    ("Troops will hold the pass until the talks end, the commander said today, warning that any advance would be"
     " met with force.", "commander", "Troops will hold the pass until the talks end", "warning",
     "any advance would be met with force"),
    ("Aid is not reaching the north, the agency said, warning famine could spread within weeks.", "agency",
     "Aid is not reaching the north", "warning", "famine could spread within weeks"),
    ("The rebels will not leave Goma, the spokesman said on Tuesday, insisting the city was calm.", "spokesman",
     "The rebels will not leave Goma", "insisting", "the city was calm"),
    ("The militia will be driven out of Gezira within days, Sudan's army chief Abdel Fattah al-Burhan said on"
     " Saturday, vowing to pursue the fighters to Darfur.", "Abdel Fattah al-Burhan",
     "The militia will be driven out of Gezira within days", "vowing", "to pursue the fighters to Darfur"),
    ("Our troops remain in Gao and will stay there, the minister told state television, stressing that the"
     " withdrawal of French forces changed nothing.", "minister", "Our troops remain in Gao and will stay there",
     "stressing", "the withdrawal of French forces changed nothing"),
])
def test_the_lead_before_the_attribution_and_the_participles_clause_are_both_kept(nlp, text, speaker, lead, cue,
                                                                                   second):
    found = claims_of(nlp, text)
    assert (speaker, lead) in {(s, t) for s, _, t in found}
    assert (speaker, cue, second) in set(found)


@pytest.mark.parametrize(("text", "content"), [
    ("Speaking in Geneva, the envoy said the truce was holding.", "the truce was holding"),
    ("As fighting raged in the north, the army said troops had withdrawn from Kidal.",
     "troops had withdrawn from Kidal"),
])
def test_a_frame_before_the_speaker_is_no_lead(nlp, text, content):
    assert [t for _, _, t in claims_of(nlp, text)] == [content]


def test_a_wire_page_keeps_the_lead_and_the_warning():
    page = ("World | Middle East | Business\n\n"
            "Houthis vow to keep up Red Sea attacks\n\n"
            "By Staff Writer\n\n"
            "SANAA, March 3 (Reuters) - Shipping linked to Israel remains a target, Houthi military spokesman Yahya"
            " Saree said in a televised speech on Sunday, warning the group would widen its attacks.\n\n"
            "\"Our operations will continue,\" Saree said, \"until the aggression on Gaza stops.\"\n\n"
            "Related: Tanker hit off Hodeidah")
    claims = analyze(Document(text=page))["claims"]
    texts = {(c["speaker"]["name"], c["text"]) for c in claims}
    assert ("Yahya Saree", "Shipping linked to Israel remains a target") in texts
    assert ("Yahya Saree", "the group would widen its attacks") in texts
    assert any(t == "Our operations will continue" for _, t in texts)
    assert any(t.startswith("until the aggression on Gaza stops") for _, t in texts)
