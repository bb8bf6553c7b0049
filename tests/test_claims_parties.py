"""Positions taken toward a named person (claims_parties.py): "endorsed Ramos", "blasted
the senator's rival", "would vote for Okafor", "I support him" are claims of the speaker;
a state or an armed group backing a leader ("Moscow backs Haftar"), a strike on a person
("Israel attacked …", "a gunman attacked …"), a bare body or state ("criticised the
United Nations") and a pronoun for a party held by a body ("the Kremlin praised him") are
not. Sentences written for these tests, across elections and wars, in wire, state-media,
parliamentary, poll and interview styles."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # an election, wire copy: an endorsement of a named candidate
    ("The former mayor of Quito endorsed Luisa Gonzalez on Sunday, days before the runoff.",
     "former mayor", "Luisa Gonzalez"),
    # a surname the small model tags as a body, named in full earlier in the report
    ("Maria Ramos opened her campaign in Arequipa. The retired general endorsed Ramos.",
     "retired general", "Ramos"),
    # parliament: a verbal attack, with its reason
    ("In the chamber, the opposition leader attacked Keir Starmer over the winter fuel cuts.",
     "opposition leader", "Keir Starmer over the winter fuel cuts"),
    ("The senator blasted Ron DeSantis for vetoing the flood relief package.",
     "senator", "Ron DeSantis for vetoing the flood relief package"),
    # a war: a minister criticising a named leader in words
    ("Poland's foreign minister criticised Viktor Orban.", "foreign minister", "Viktor Orban"),
    ("The Kenyan president condemned Ibrahim Traore in a televised address.", "Kenyan president",
     "Ibrahim Traore"),
    ("The UN envoy praised Abiy Ahmed for reopening the roads into Tigray.", "UN envoy",
     "Abiy Ahmed for reopening the roads into Tigray"),
    # a poll: a share of the polled holds a position toward a candidate
    ("Julius Malema spoke in Soweto. Among young voters in Limpopo, thirty percent would vote for Malema.",
     "thirty percent", "Malema"),
    # an interview: a person's support for a person
    ("I support him because he has never lied to the people of Kinshasa.", "I", "him"),
    # agreement with a person, held by a person or a polled share
    ("The finance minister agrees with Ortiz on the budget.", "finance minister", "Ortiz"),
    ("Only a quarter of Kenyans agree with him.", "quarter", "him"),
    # a relative clause: whose endorsement
    ("Peter Mutharika, who endorsed Lazarus Chakwera in 2020, now leads the rival camp.",
     "Peter Mutharika", "Lazarus Chakwera"),
])
def test_a_position_toward_a_named_person_is_a_claim(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and c.startswith(content) for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    # states and armed groups backing a leader: help given, not a position said
    "Moscow backs Khalifa Haftar.",
    "Iran backs the Houthis.",
    "The United Arab Emirates supported Mohamed Hamdan Dagalo throughout the siege.",
    "Rwanda backs Corneille Nangaa's alliance in North Kivu.",
    # soldiers and fighters do not vote here, nor do weapons speak
    "Male troops backed the incumbent.",
    "The militia supported Hemedti during the assault on El Fasher.",
    # a strike on a person, not words
    "Israel attacked Hassan Nasrallah in Beirut.",
    "Moscow agreed with Ankara on the corridor.",             # states agreeing: no person held
    "A gunman attacked Imran Khan at the rally in Wazirabad.",
    "Militants attacked the governor's convoy near Gao.",
    "He attacked the guard with a knife.",
    # a body or a state criticised, a pronoun for a party held by a body: bare, as before
    "Ethiopia's foreign ministry criticised the United Nations.",
    "The Kremlin praised him.",
    "The Sudanese army blamed the Rapid Support Forces.",
    # negated, passive, a participle on a noun
    "The party did not endorse Maria Corina Machado.",
    "Zelensky was praised by Emmanuel Macron.",
    "Trump-backed candidates lost in Georgia.",
])
def test_help_strikes_and_bodies_are_no_claim(nlp, text):
    assert found(nlp, text) == []


def test_a_position_inside_a_reported_clause_is_not_a_second_claim(nlp):
    claims = found(nlp, "The electoral commission said 41 percent voted for Bola Tinubu.")
    assert [(s, c) for s, _, c in claims] == [("electoral commission", "41 percent voted for Bola Tinubu")], claims


@pytest.mark.parametrize(("text", "holder", "content"), [
    ("Maria Ramos spoke in Cusco. Donors backing Ramos gave more than a million soles.", "Donors", "Ramos"),
    ("Pastors supporting Senator Lopez knocked on doors across Manila.", "Pastors", "Senator Lopez"),
])
def test_people_described_by_their_support_hold_it(nlp, text, holder, content):
    claims = found(nlp, text)
    assert any(holder in s and c == content for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "Militias backing Khalifa Haftar shelled the airport in Tripoli.",
    "Fighters supporting Hemedti entered the town at dawn.",
])
def test_forces_described_by_whom_they_back_hold_nothing(nlp, text):
    assert found(nlp, text) == []


# ------------------------------------------------------------------ words of position (data/cues.tsv, phrasal_cues.tsv)
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The governor of Kassala derided the Jeddah talks as a sham.", "governor", "the Jeddah talks as a sham"),
    ("The UN envoy encouraged both sides to return to the talks in Doha.", "UN envoy",
     "both sides to return to the talks in Doha"),
    ("The mayor of Mykolaiv encouraged residents to stay in shelters overnight.", "mayor",
     "residents to stay in shelters overnight"),
    ("The bishop of Goma apologised for failing to shelter the displaced families.", "bishop",
     "failing to shelter the displaced families"),
    ("The senator rebuked the governor for closing the polling stations early.", "senator",
     "the governor for closing the polling stations early"),
])
def test_words_of_position_are_cues(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and c == content for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "The commander encouraged his men.",                     # whom, and nothing of what
    "The minister rebuked the army.",                        # a bare party
])
def test_words_of_position_with_a_bare_party_say_nothing(nlp, text):
    assert found(nlp, text) == []
