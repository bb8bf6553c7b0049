"""Two attribution classes of issue 8: a poll's "N in M" share speaking (claims_polls.py)
and the terms of speaking after a set-off cue (claims_tails.py).

* "One in five say the front will not hold": the small parser makes "in five say" a
  noun phrase or leaves the verb with no subject; the share says what follows, up to the
  next share. A share of things ("one in five shells") is no one speaking.
* "The road was closed, he said, on condition of anonymity": the words after a cue set
  off by commas are how it was said (anonymity, the channel, the occasion), not more of
  the claim; "It is his job, he said, to brief the council" still runs on.

Sentences written for these tests, across wars and outlet styles (surveys of displaced
people, wire copy, state media, interviews).
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


# ------------------------------------------------------------------ "N in M" shares
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Sudan, an aid agency's survey (wire copy)
    ("One in five say their children have not eaten in two days.", "One",
     "their children have not eaten in two days"),
    # Ukraine, a national poll in a state-media rewrite: two shares, two claims
    ("One in three said the army would hold the line and one in four said talks should start now.", "one",
     "talks should start now"),
    # Gaza, a humanitarian survey: a share after a comma, inside a longer sentence
    ("Among families in Rafah, about two-thirds described themselves as hungry, with about three in 10 "
     "saying they had lost a relative.", "three", "they had lost a relative"),
])
def test_an_n_in_m_share_speaks(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and c == content for s, _, c in claims), claims


def test_the_first_share_keeps_only_its_own_words(nlp):
    # Ukraine: the second share's words are not the first share's
    claims = found(nlp, "One in three said the army would hold the line and one in four said talks should start now.")
    assert ("One", "said", "the army would hold the line") in claims, claims


@pytest.mark.parametrize("text", [
    # a share of things: Sahel, wire copy
    "One in five of the shells failed to explode.",
    # a share with no speech verb: Yemen, an agency brief
    "One in three families in Taiz has no access to clean water.",
])
def test_shares_of_things_and_shares_without_speech_say_nothing(nlp, text):
    assert found(nlp, text) == []


def test_a_share_with_a_noun_is_left_to_the_parser(nlp):
    # Israel, a poll in an interview: the parser reads "Israelis" as the subject
    claims = found(nlp, "Four in ten Israelis believe the hostages will be home by spring.")
    assert any("Israelis" in s and c == "the hostages will be home by spring" for s, _, c in claims), claims


# ------------------------------------------------------------------ how it was said
@pytest.mark.parametrize(("text", "content"), [
    # Myanmar, wire copy with an anonymous source
    ("The checkpoint at Myawaddy was closed to all traffic, he said, on condition of anonymity to speak freely.",
     "The checkpoint at Myawaddy was closed to all traffic"),
    ("The checkpoint at Myawaddy was closed to all traffic, he said, speaking on condition of anonymity.",
     "The checkpoint at Myawaddy was closed to all traffic"),
    # Ukraine, an official reached by phone
    ("Two drones were shot down over the port, an official said, speaking by telephone from Odesa.",
     "Two drones were shot down over the port"),
    # DR Congo, a statement relayed by state media
    ("The militia withdrew from Rubaya, the spokesman said, in a statement posted on Telegram.",
     "The militia withdrew from Rubaya"),
    # Sudan: the parser hangs the terms on the cue itself; no talk "about the talks" is read from them
    ("The delegation was unable to find a single backer in Jeddah, he said, on condition of anonymity "
     "to speak freely about the talks.", "The delegation was unable to find a single backer in Jeddah"),
    # Ukraine: the same with an officer's reasons
    ("The brigade had lost half its tanks, an officer said, speaking on condition of anonymity because he "
     "was not authorised to brief reporters.", "The brigade had lost half its tanks"),
])
def test_how_it_was_said_is_not_what_was_said(nlp, text, content):
    claims = found(nlp, text)
    assert [c for _, _, c in claims] == [content], claims


@pytest.mark.parametrize(("text", "content"), [
    # Lebanon, a feature: the clause runs on after the set-off cue
    ("The ceasefire, the envoy said, was holding in most of the south.",
     "The ceasefire, the envoy said, was holding in most of the south"),
])
def test_a_clause_that_runs_on_past_a_set_off_cue_is_kept_whole(nlp, text, content):
    claims = found(nlp, text)
    assert [c for _, _, c in claims] == [content], claims


def test_not_being_authorised_to_speak_about_something_is_no_claim_about_it(nlp):
    # Israel and Lebanon, wire copy: why the source is unnamed, then what he said
    claims = found(nlp, "The general, who was not authorised to speak about the offensive, "
                        "said the brigade had withdrawn.")
    assert [(cue, c) for _, cue, c in claims] == [("said", "the brigade had withdrawn")], claims


def test_an_interview_before_that_clause_keeps_the_clause(nlp):
    # Iran, wire copy: "in an interview" opens the way to what was declared
    claims = found(nlp, "The commander met the envoy in May and declared in an interview with IRNA that "
                        "the strikes had failed.")
    assert any(cue == "declared" and c == "the strikes had failed" for _, cue, c in claims), claims
