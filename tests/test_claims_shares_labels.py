"""Attribution classes of h119 (issue 8): shares of people that speak, labels a speaker
puts on someone, and a source phrase set inside a relative clause.

* A survey's share of its respondents ("nearly a third", "30 percent of those surveyed",
  "two-thirds", "a majority of X") says or holds what a speech or belief cue reports,
  also where the parser hung the share on the verb as a modifier; a share of things, or
  a share that backs something (a stance), is not read here.
* "X referred to Y as Z" is X's label for Y, read as "describe"; "referring to Y" alone
  only says whom X meant. "Branded the protesters terrorists": the label the parser read
  as a second object belongs to the content.
* "The town, which hosts 40,000 people according to the UN, …": the source vouches for
  the relative clause, not for the sentence around it.

Sentences written for these tests, across wars, outlets and styles (wire copy, state
media, surveys of displaced people, interviews); each class has look-alikes.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


def said_by(claims, speaker, content):
    return any(speaker in s and content in c for s, _, c in claims)


# ------------------------------------------------------------------ shares of people
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Sudan, an aid agency's survey of the displaced (wire copy)
    ("Nearly a third say they do not know where their relatives are.", "third", "they do not know where"),
    # Ukraine, a national poll (state-media rewrite)
    ("Less than a third agreed with the government that the front would hold.", "third",
     "the front would hold"),
    # Gaza, a humanitarian survey (agency brief)
    ("Thirty percent of those surveyed strongly agree that aid is reaching the north.", "Thirty percent",
     "aid is reaching the north"),
    # Israel, an opinion poll (newspaper)
    ("A majority of Israelis believe the hostages should come home before any offensive.", "majority",
     "the hostages should come home"),
    # Yemen, a feature on families in Marib
    ("Two-thirds described themselves as hungry most days.", "thirds", "themselves as hungry"),
    # DR Congo, radio: a share of them fears the militia's return
    ("Half of them fear that the militia will come back after the rains.", "Half",
     "the militia will come back"),
])
def test_a_share_of_people_speaks(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert said_by(claims, speaker, content), claims


@pytest.mark.parametrize("text", [
    # a share of things shows, holds, is: no one speaks
    "A third of the wells in Darfur show signs of contamination.",
    "Half of the city's buildings were destroyed in the first month.",
    "Two-thirds of the attacks took place at night.",
    # a share that backs something is a stance, left to the stance reader
    "A majority of the council voted for the resolution on Tuesday.",
])
def test_a_share_of_things_says_nothing(nlp, text):
    claims = found(nlp, text)
    assert not any(any(w in s.lower() for w in ("third", "half", "majority")) for s, _, _ in claims), claims


def test_the_share_is_the_speaker_not_the_clause_subject(nlp):
    # the parser found no speaker in the share and took the army from the clause
    claims = found(nlp, "Thirty percent of those surveyed strongly agree that the army protects them.")
    assert not any(s == "army" for s, _, _ in claims), claims


# ------------------------------------------------------------------ labels
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Russia-Ukraine, state media's framing
    ("The Kremlin refers to the invasion as a special military operation.", "Kremlin",
     "the invasion as a special military operation"),
    ("Russian state television referred to the Ukrainian soldiers as neo-Nazis.", "Russian state television",
     "the Ukrainian soldiers as neo-Nazis"),
    # Myanmar, a junta statement on protesters
    ("The junta branded the protesters terrorists.", "junta", "the protesters terrorists"),
    # Sahel, a militia's name for its offensive (exile media)
    ("Militia leaders dubbed the offensive a liberation.", "Militia leaders", "the offensive a liberation"),
    # a feature: a relative's words about a dead medic, quoted
    ('A colleague referred to him as "the bravest medic in Khan Younis."', "colleague",
     "him as \"the bravest medic"),
])
def test_a_label_put_on_someone_is_a_claim(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert said_by(claims, speaker, content), claims


@pytest.mark.parametrize("text", [
    # whom the speaker meant, and a referral: no label
    "The spokesman referred further questions to the defence ministry.",
    "The governor did not refer to the militia as terrorists.",
    # a name the thing is known by, fronted: nobody's label here
    "The corridor, which aid workers refer to as the lifeline, was closed on Sunday.",
])
def test_no_label_no_claim(nlp, text):
    claims = found(nlp, text)
    assert not any(c.startswith(("questions", "the militia as", "which")) for _, _, c in claims), claims


def test_referring_to_someone_is_not_a_claim_of_its_own(nlp):
    claims = found(nlp, '"We will not retreat," the commander said, referring to the eastern front.')
    assert said_by(claims, "commander", "We will not retreat"), claims
    assert not any("eastern front" in c for _, _, c in claims), claims


def test_branding_without_a_label_says_nothing(nlp):
    assert not found(nlp, "The junta branded the protesters.")


# ------------------------------------------------------------------ source phrases in asides
@pytest.mark.parametrize(("text", "speaker", "content", "not_content"), [
    # Ukraine, a wire story: the UN counts the displaced, it does not report the shelling
    ("The town, which hosts 40,000 displaced people according to the UN, was shelled on Monday.", "UN",
     "which hosts 40,000 displaced people", "was shelled"),
    # Sudan, a survey figure set off inside the sentence
    ("Displaced families, 82 percent of whom lack clean water according to the survey, have crowded into schools.",
     "survey", "82 percent of whom lack clean water", "crowded into schools"),
    # South Sudan, an agency brief: the phrase right after the relative word, set off by commas
    ("The camp, which, according to MSF, holds 9,000 people, was flooded overnight.", "MSF",
     "holds 9,000 people", "flooded"),
])
def test_a_source_inside_a_relative_clause_vouches_for_that_clause(nlp, text, speaker, content, not_content):
    claims = found(nlp, text)
    assert said_by(claims, speaker, content), claims
    assert not any(speaker in s and not_content in c for s, _, c in claims), claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the phrase closes the main clause: the whole clause is the source's
    ("The strike killed 12 people, according to the health ministry.", "health ministry", "The strike killed 12"),
    # a relative clause after the phrase is about the source, not set around it
    ("Aid convoys were turned back at the border, according to the UN, which called for safe passage.", "UN",
     "Aid convoys were turned back"),
    # an aside with no relative word may be the tail of the main clause
    ("Troops entered the village at dawn, burning homes, according to residents, and then withdrew.", "residents",
     "Troops entered the village"),
])
def test_a_source_phrase_outside_an_aside_keeps_the_main_clause(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert said_by(claims, speaker, content), claims


# ------------------------------------------------------------------ a speech verb opening a quotation
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Sudan, a feature from a clinic in El Fasher
    ('The nurse wiped her eyes and said, "We have no more insulin for the children."', "nurse",
     "We have no more insulin"),
    # Ukraine, wire copy from a press conference
    ('The general was prompted to say, "We have lost the bridge."', "general", "We have lost the bridge"),
    # Lebanon, a mayor interviewed on television
    ('The mayor went so far as to say: "The town is finished."', "mayor", "The town is finished"),
    # Sahel, a rally reported by local radio
    ('The commander gestured to the crowd, then leaned in and boomed: "We will take the airport."', "commander",
     "We will take the airport"),
])
def test_a_speech_verb_opening_a_quotation_after_another_act(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert said_by(claims, speaker, content), claims


@pytest.mark.parametrize("text", [
    # the act before the speech verb is a thing's: no one to speak
    'The shelling intensified and continued, "without pause," through the night.',
    # a quotation the verb does not open: a placard's words, read out later
    'Soldiers tore down the placard and the words "Free Kidal" were painted over.',
])
def test_no_speaker_before_a_quotation(nlp, text):
    claims = found(nlp, text)
    assert not any(s.lower() in {"shelling", "soldiers"} for s, _, _ in claims), claims
