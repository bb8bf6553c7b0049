"""Shapes inside a sentence that are no claim of their own, or hide one:

- a bare verb conjoined under a modal ("Pakistan should look inward rather than blame
  others") is what ought to be done, inside the content, not a second speaker's claim;
- a body's aim told in a relative clause set off by commas ("The BLA, which wants
  independence for the province, …") is the writer's background, no stance claim;
- an outlet's two-word name the parser split ("tells Mexico Live by phone that …") does
  not take the place of the that-clause as what was told;
- a body named after its description ("Community organisation Redes da Maré") is a body,
  which "the group" later is.

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "whole"), [
    ("India's foreign ministry rejected the accusation, with a spokesman saying in New Delhi that Pakistan "
     "should \"look inward\" rather than blame others for its internal failures.", "blame others for its internal"),
    ("The ministry said Kyiv should negotiate rather than blame Moscow for the collapse of the talks.",
     "rather than blame Moscow"),
    ("The envoy said the council must act instead of accuse both sides of violating the truce.",
     "instead of accuse both sides"),
    ("Hamas said Israel should stop the strikes and not deny the deaths of civilians in Gaza.",
     "not deny the deaths"),
])
def test_a_bare_verb_under_a_modal_stays_in_the_content(nlp, text, whole):
    claims = found(nlp, text)
    assert len(claims) == 1 and whole in claims[0][1], claims


@pytest.mark.parametrize("text", [
    "The BLA, which wants independence for the resource-rich province, has stepped up attacks on security forces.",
    "The Arakan Army, which wants autonomy for Rakhine State, has seized most of the state's townships.",
    "The opposition, which backs holding elections next year, has called a strike.",
])
def test_an_aim_in_a_relative_clause_is_background(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Local priest Gregorio López tells Mexico Live by phone that almost nobody is left in El Aguaje.",
     "almost nobody is left"),
    ("A medic tells Ukraine Today by phone that the shelling has not stopped in Pokrovsk.",
     "the shelling has not stopped"),
])
def test_the_clause_told_wins_over_an_outlets_word(nlp, text, content):
    assert any(content in c for _, c in found(nlp, text)), found(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Community organisation Redes da Maré said it had identified seven of the dead as residents. The group "
     "said several bodies were carried to hospital by neighbours.", "Redes da Maré"),
    ("Human rights organisation Kontras said 14 protesters were detained in Jayapura. The organisation said "
     "police had used live rounds.", "Kontras"),
    ("Rights groups say the raid was unlawful. Monitoring organisation Airwars said 40 civilians died in Mosul. "
     "The group said it had verified the names.", "Airwars"),
])
def test_a_described_body_is_the_later_group(nlp, text, name):
    claims = found(nlp, text)
    assert sum(s == name for s, _ in claims) == 2, claims


@pytest.mark.parametrize(("text", "content"), [
    ("The military's media wing, Inter-Services Public Relations (ISPR), said in a statement that the assault on "
     "the camp near Kalat began shortly after midnight when a vehicle packed with explosives was rammed into the "
     "outer wall, followed by gunmen on foot.", "the assault on the camp near Kalat began"),
    ("The ministry said in a statement that the strike on the depot near Kramatorsk began shortly before dawn "
     "when a drone loaded with explosives was flown into the fuel tanks.", "the strike on the depot"),
    ("The RSF said in a statement that the attack on El Obeid started after sunset when a column of army trucks "
     "was spotted on the road.", "the attack on El Obeid started"),
])
def test_a_that_clause_hung_on_the_statement_opens_the_content(nlp, text, content):
    claims = found(nlp, text)
    assert any(c.startswith(content) for _, c in claims), claims



@pytest.mark.parametrize(("text", "whole"), [
    ("The Prime Minister, in a statement, lauded the security forces for the successful operations and paid "
     "tribute to the martyred officer and soldiers.", "and paid tribute to the martyred officer"),
    ("President Ruto praised the police for restoring calm in Garissa and paid tribute to the two officers "
     "killed in the attack.", "and paid tribute to the two officers"),
])
def test_a_tribute_conjoined_to_praise_is_said_with_it(nlp, text, whole):
    assert any(whole in c for _, c in found(nlp, text)), found(nlp, text)


@pytest.mark.parametrize(("text", "content"), [
    ("According to the county commissioner, 212 families, or about 780 people, left their homes in Mandera "
     "after the attack.", "212 families, or about 780 people, left"),
    ("According to OCHA, 15 schools, or nearly half of those in the district, were damaged.",
     "15 schools, or nearly half"),
    ("According to the UN, about 3,000 people, including 1,200 children, have fled El Fasher since Sunday.",
     "about 3,000 people"),
])
def test_a_count_hung_on_the_source_opens_the_content(nlp, text, content):
    claims = find_claims(nlp(text))
    assert any(c.text.startswith(content) and not (c.speaker.role or "").endswith(("families", "schools"))
               for c in claims), [(c.speaker, c.text) for c in claims]


@pytest.mark.parametrize(("text", "wrong"), [
    ("Army blames BRN insurgents; peace talks facilitator urges calm", "facilitator"),
    ("RSF shells El Fasher camp; UN envoy urges restraint", "UN envoy"),
])
def test_a_clause_ended_by_a_semicolon_is_not_the_next_speakers(nlp, text, wrong):
    claims = found(nlp, text)
    assert not any(wrong in s for s, _ in claims), claims


def test_a_closing_attribution_still_takes_the_clause_before(nlp):
    claims = found(nlp, "Two soldiers were killed in the ambush near Kidal, the army said.")
    assert ("army", "Two soldiers were killed in the ambush near Kidal") in claims, claims
