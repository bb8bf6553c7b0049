"""Where a claim's content ends when the parse cuts it short or runs it into the
speaker's next act (claims_clauses.contrast_start, claims_speaker._gloss_on_content).

- An aside the parser hung across the verb ("four others were wounded, one of them
  seriously, during gunfights …") is still what was said: spaCy's right edge stops at
  the crossing arc, the clause's own words do not.
- A participial cue at the end of the last of two conjoined that-clauses (", describing
  the haul as …", ", adding that …") is the speaker's own next act: the content ends
  before it and the participle is the speaker's, not the conjunct's subject's.
- A verb of seeing conjoined inside the content ("they heard firing and saw police
  carrying bodies") is what the content's subject did, not the speaker's next act.

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "tail"), [
    ("Valverde said one military police officer was killed and four others were wounded, one of them "
     "seriously, during gunfights that lasted most of the morning.", "during gunfights that lasted"),
    ("The mayor said four residents were killed and 12 others were wounded, two of them critically, during "
     "the shelling that lasted most of the night.", "during the shelling"),
])
def test_an_aside_across_the_verb_stays_in_the_content(nlp, text, tail):
    claims = found(nlp, text)
    assert any(tail in c for _, _, c in claims), claims


@pytest.mark.parametrize(("text", "speaker", "first", "second"), [
    ("He said 27 suspects were arrested and that police seized 38 rifles and 400 kilograms of drugs, "
     "describing the haul as \"a heavy blow\".", "He", "police seized 38 rifles", "the haul as"),
    ("Hamas said 40 people were killed and that Israeli tanks shelled the camp, describing the raid as a massacre.",
     "Hamas", "Israeli tanks shelled the camp", "the raid as a massacre"),
    ("The governor said the drones hit a fuel depot and that firefighters contained the blaze, adding that "
     "no one was hurt.", "governor", "firefighters contained the blaze", "no one was hurt"),
    ("The ministry said two soldiers died and that troops destroyed three rebel positions, calling the "
     "operation \"a success\".", "ministry", "troops destroyed three rebel positions", "the operation"),
])
def test_a_closing_participle_on_the_last_conjunct_is_the_speakers(nlp, text, speaker, first, second):
    claims = found(nlp, text)
    assert any(s == speaker and first in c and second not in c for s, _, c in claims), claims
    assert any(s == speaker and second in c and first not in c for s, _, c in claims), claims


@pytest.mark.parametrize(("text", "seen"), [
    ("Villagers in Kachin State told Reuters that they heard shelling through the night and saw soldiers "
     "dragging bodies into trucks.", "saw soldiers dragging bodies"),
    ("A nurse in Khan Younis said she heard the drone for an hour and saw the strike hit the tent.",
     "saw the strike hit the tent"),
    ("Survivors told Amnesty International that the fighters entered El Geneina at dawn and saw families "
     "fleeing toward Chad.", "saw families fleeing"),
])
def test_seeing_inside_the_content_is_said(nlp, text, seen):
    claims = found(nlp, text)
    assert any(seen in c for _, _, c in claims), claims


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The army said it shot down five drones and denied that a school was hit.", "five drones", "a school was hit"),
])
def test_a_conjoined_denial_is_still_the_speakers_next_act(nlp, text, first, second):
    claims = found(nlp, text)
    assert any(first in c and second not in c for _, _, c in claims), claims


def test_a_conjunct_without_a_participle_keeps_the_clause_after_it(nlp):
    claims = found(nlp, "The army added that its units had deployed at the scene and opened an investigation, "
                        "and that it was coordinating with the UN peacekeeping force.")
    assert any("coordinating with the UN" in c for _, _, c in claims), claims

