"""A body's whole name as the speaker: a place inside the name ("the UN Mission in South
Sudan", "… Mission in Afghanistan (UNAMA)"), a unit named after the body's bracket ("the
CPI (Maoist) South Chhotanagpur Zonal Committee"), a name the parser cut inside its bracket,
a capitalised office with its "of" ("the Superintendent of Police").

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def speakers(nlp, text):
    return [c.speaker.name for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "name"), [
    ("The United Nations Assistance Mission in Afghanistan (UNAMA) said it had documented 25 detentions.",
     "United Nations Assistance Mission in Afghanistan"),
    ("The UN Mission in South Sudan said peacekeepers had sheltered 3,000 civilians in Malakal.",
     "UN Mission in South Sudan"),
    ("The UN Stabilization Mission in the Democratic Republic of the Congo (MONUSCO) said its base in Beni "
     "came under fire.", "Mission in the Democratic Republic of the Congo"),
    ("In a pamphlet, the CPI (Maoist) South Chhotanagpur Zonal Committee said two villagers had been killed.",
     "CPI (Maoist) South Chhotanagpur Zonal Committee"),
    ("The Communist Party of the Philippines (CPP) Southern Mindanao Regional Committee said its fighters "
     "ambushed an army patrol.", "Communist Party of the Philippines (CPP) Southern Mindanao Regional Committee"),
    ("The International Committee of the Red Cross delegation in Yemen said water supplies had been cut.",
     "International Committee of the Red Cross"),
    ("The Director of Public Prosecutions said charges would be filed against four soldiers.",
     "Director of Public Prosecutions"),
    ("The Inspector General of Police said 12 officers were killed in the ambush near Maiduguri.",
     "Inspector General of Police"),
])
def test_the_whole_name_speaks(nlp, text, name):
    assert any(name in s for s in speakers(nlp, text)), speakers(nlp, text)


@pytest.mark.parametrize("text", [
    "The Human Rights Commission of Pakistan (HRCP) said at least 30 people had disappeared in Balochistan.",
    "The Tehreek-e-Taliban Pakistan (TTP) said its fighters attacked a police post in Bannu.",
])
def test_a_bracketed_short_form_is_closed(nlp, text):
    assert all(s.count("(") == s.count(")") for s in speakers(nlp, text)), speakers(nlp, text)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("The Director, Defence Media Operations, Maj.-Gen. Emmanuel Adakole, disclosed this in Abuja. Adakole said "
     "the troops arrested 17 suspects.", "Emmanuel Adakole", "Director, Defence Media Operations"),
    ("The Chief of Army Staff, Lt.-Gen. Olufemi Oluyede, said troops had cleared Sambisa.",
     "Olufemi Oluyede", "Chief of Army Staff"),
    ("Inspector General of Police (Operations) Arvind Kumar Sinha told the media in Ranchi that six Maoists "
     "were killed.", "Arvind Kumar Sinha", "Inspector General of Police (Operations)"),
])
def test_an_office_written_before_the_name_is_the_role(nlp, text, name, role):
    claims = find_claims(nlp(text))
    assert any(c.speaker.name == name and c.speaker.role == role for c in claims), \
        [(c.speaker.name, c.speaker.role) for c in claims]
