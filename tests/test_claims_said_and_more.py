"""What one speaker says in one sentence when the parser misplaces its parts:

* a past-perfect conjunct with no subject ("said it was 'following events closely' and had
  sent a team") is the rest of what was said, not cut at the closing quotation mark;
* "said in a statement that A and denied that B": the denial is the same speaker's, even
  where the parser hangs the that-clause on "statement" (the denial is not A's subject's);
* "…, the press service of the Border Service reported.": the speaker's phrase that the
  parser read as an apposition of the clause's last noun still speaks, and the clause's own
  subject does not;
* "people who occupied the land and want to sell it": a want in a relative clause, even as
  its second verb, is a description, no claim;
* "the Taliban authorities" speak for Afghanistan's state, the Taliban's fighters for no state.
Short sentences written for these tests, across wars and outlet styles."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document
from claimledger.sides import side_of


def claims(nlp, text: str) -> list[dict]:
    return analyze(Document(text=text), nlp)["claims"]


def events(nlp, text: str) -> list[dict]:
    return analyze(Document(text=text), nlp)["events"]


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        ('The Interior Ministry said in a statement that it was "monitoring events carefully" and had sent a team '
         "of investigators to the province.", "had sent a team of investigators to the province"),
        ("The regional governor's office said the road to the airport was open and had been cleared of mines "
         "overnight.", "had been cleared of mines overnight"),
        ('Kenya\'s foreign ministry said it was "deeply concerned" and had summoned the ambassador on Tuesday.',
         "had summoned the ambassador on Tuesday"),
    ],
)
def test_a_past_perfect_conjunct_is_the_rest_of_what_was_said(nlp, sentence, ends):
    found = claims(nlp, sentence)
    assert found and found[0]["text"].endswith(ends), found


def test_a_simple_past_conjunct_is_left_as_it_was(nlp):
    # "… and summoned the ambassador": the ministry may have done it; no past perfect says it was reported
    found = claims(nlp, 'The ministry said it was "deeply concerned" and summoned the ambassador.')
    assert found and "summoned" not in found[0]["text"], found


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Taliban authorities in Kunar province said in a statement that the detained men were herders "
         "grazing goats near the crossing and denied that they had carried any weapons.", "Taliban authorities"),
        ("The army said in a statement that the convoy was carrying fuel and denied that any civilians had been "
         "aboard.", "army"),
        ("Niger's defence ministry said in a communique that the soldiers were on patrol and denied that they had "
         "entered Malian territory.", "defence ministry"),
    ],
)
def test_a_denial_conjoined_to_what_was_said_is_the_same_speakers(nlp, sentence, speaker):
    found = [c for c in claims(nlp, sentence) if c["polarity"] == "denied"]
    assert found and found[0]["speaker"]["name"].lower().endswith(speaker.lower()), found


def test_a_denial_by_the_taliban_authorities_border_police_is_afghanistans(nlp):
    sentence = ("The Taliban authorities in Kunar province said in a statement that the detained men were herders "
                "grazing goats near the crossing and denied that they had carried any weapons.")
    denials = [e for e in events(nlp, sentence) if e["type"] == "deny"]
    assert denials and denials[0]["actor"]["side"] == "AF", denials


@pytest.mark.parametrize(
    ("sentence", "speaker", "opens"),
    [
        ("On the morning of 4 June, a group of 12 gunmen crossed the border near the Zhana Aul post in the "
         "Turkistan region, the press service of the Border Service of the National Security Committee reported.",
         "press service", "On the morning of 4 June"),
        ("Early on Sunday five smugglers on horseback crossed the frontier near the Kok Tash post in the Batken "
         "district, the press center of the State Border Service reported.", "press center", "Early on Sunday"),
    ],
)
def test_a_closing_speaker_read_as_an_apposition_still_speaks(nlp, sentence, speaker, opens):
    found = claims(nlp, sentence)
    assert found and found[0]["speaker"]["name"] == speaker, found
    assert found[0]["text"].startswith(opens) and "crossed" in found[0]["text"], found


def test_a_closing_cue_with_its_own_subject_keeps_it(nlp):
    found = claims(nlp, "Two soldiers were wounded near the post, the ministry said on Monday.")
    assert found and found[0]["speaker"]["name"] == "ministry" and found[0]["text"].startswith("Two soldiers"), found


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen hired by people who have occupied public land illegally and want to sell it to ranchers are "
        "behind the killings, the commission said.",
        "Families who fled the fighting and want to return home are still waiting in the camps, aid workers said.",
    ],
)
def test_a_want_in_a_relative_clause_is_no_claim(nlp, sentence):
    found = claims(nlp, sentence)
    assert not [c for c in found if c["cue"] == "want"], found


@pytest.mark.parametrize(
    ("phrase", "side"),
    [("the Taliban authorities", "AF"), ("a spokesman for the Taliban government", "AF"),
     ("the Taliban administration in Kabul", "AF"), ("Taliban fighters", None), ("the Taliban", None)],
)
def test_the_taliban_as_the_state_of_afghanistan(phrase, side):
    assert side_of(phrase) == side
