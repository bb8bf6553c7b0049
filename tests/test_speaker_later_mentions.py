"""A later mention by the tail of a body's name ("the information team" after "the
Tatmadaw True News Information Team", "the rights commission" after "the National Human
Rights Commission") is that body; and a speaking cue conjoined with no subject to another
cue's content clause ("X said the state government would open shelters and called on
aid agencies to …") is the first speaker's next act.

Sentences written for these tests, across wars and outlet styles.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "name"), [
    ("PDF fighters attacked the office in Kani, according to the Tatmadaw True News Information Team. The "
     "information team said three fighters were killed.", "Tatmadaw True News Information Team"),
    ("The National Human Rights Commission said 12 people had disappeared in Manipur. The rights commission said "
     "families had filed complaints.", "National Human Rights Commission"),
    ("The Joint Investigation Team said the strike in Hajjah was lawful. The investigation team said the target "
     "was a weapons depot.", "Joint Investigation Team"),
])
def test_the_tail_of_a_bodys_name_is_the_body(nlp, text, name):
    claims = found(nlp, text)
    assert len(claims) == 2 and all(s == name for s, _, _ in claims), claims


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("An RSF adviser denied that the group had carried out any strike on Kadugli and accused the army of "
     "shelling its own city.", "RSF adviser", "accused"),
    ("The governor said the state government would open two new shelters in Dilling and called on aid agencies "
     "to send medicine.", "governor", "called"),
    ("The mayor of Kharkiv said the city council would rebuild the school and urged residents to use the "
     "shelters.", "mayor", "urged"),
    ("Hamas said the Israeli army had killed 30 people in Rafah and accused Israel of blocking aid.",
     "Hamas", "accused"),
])
def test_a_conjoined_cue_after_the_content_is_the_speakers_next_act(nlp, text, speaker, cue):
    claims = found(nlp, text)
    assert any(s == speaker and c == cue for s, c, _ in claims), claims
