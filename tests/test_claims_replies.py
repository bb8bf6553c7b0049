"""Replies told by a phrase of striking back or cutting in that opens a quotation
(claims_replies.py, issue 8): 'shot back: "…"', 'fired back, "…"', 'chimed in: "…"'.

Sentences written for these tests, across wars and outlet styles (wire copy, state
media, interviews, features); the look-alikes are gunfire, whom a retort is aimed at,
and quotations the phrase does not open.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Sudan, wire copy of a press conference
    ('The army spokesman shot back: "The militia is lying about El Fasher."', "spokesman",
     "The militia is lying about El Fasher"),
    # Ukraine, a state-media rewrite of a minister's answer
    ('Asked about the blackout, the energy minister fired back: "Ask those who fired the missiles."',
     "minister", "Ask those who fired the missiles"),
    # Israel and Gaza, an interview on the radio
    ('The commander hit back, "These figures come from Hamas."', "commander",
     "These figures come from Hamas"),
    # Yemen, a feature from a port town
    ('The harbour master snapped back: "No ship has left Hodeidah this week."', "master",
     "No ship has left Hodeidah this week"),
    # Myanmar, a panel broadcast by an exile outlet
    ('The colonel chimed in: "We never left the town."', "colonel", "We never left the town"),
])
def test_a_reply_phrase_opening_a_quotation_is_a_claim(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and content in c for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    # gunfire: Sahel, wire copy
    "The soldiers shot back at the convoy near Menaka.",
    "The troops fired back, killing two of the attackers.",
    # whom a retort is aimed at, no words given: DR Congo
    "The governor hit back at the critics of the deployment on Tuesday.",
    # a place, not a reply: Lebanon, a feature
    "The bells chimed in the square at noon.",
])
def test_gunfire_and_replies_without_a_quotation_stay_unclaimed(nlp, text):
    assert found(nlp, text) == []


def test_a_reply_inside_a_quotation_is_the_quoted_speakers_words(nlp):
    # South Sudan, an interview: "shot back" is told inside what the sergeant said
    claims = found(nlp, '"We shot back," the sergeant said. "They ran."')
    assert all(cue == "said" for _, cue, _ in claims), claims
    assert any("sergeant" in s and "We shot back" in c for s, _, c in claims), claims


def test_a_reply_is_read_as_a_retort(nlp):
    claims = find_claims(nlp('The envoy shot back: "Moscow never asked for talks."'))
    assert [(c.cue, c.hedge, c.polarity) for c in claims] == [("shot back", "asserted", "affirmed")]


def test_a_quotation_with_a_cue_of_its_own_is_left_to_that_cue(nlp):
    # Ethiopia, a feature quoting a post: the quotation is broken by "he wrote", which reads it
    claims = found(nlp, 'The spokesman fired back: "As a guardian of the truce," he wrote, '
                        '"we know you want the war in Tigray to go on."')
    assert [cue for _, cue, _ in claims] == ["wrote", "wrote"], claims
