"""Recall classes of h107: groups that speak, and what is expected by no one named.

* A party to a war or a group with a stake ("the rebels", "both sides", "rival factions",
  "the delegation", "donors", "investors") speaks through any reporting or belief cue, not
  only through one that closes reported speech: "the rebels accused the army of …", "both
  sides vowed …", "investors fear …". Cues a thing may be the subject of ("showed",
  "found") still need a known speaker.
* "X is expected to …" with no one named who expects it is the writer's outlook ("the death
  toll is expected to rise"), not a claim; a named source around it keeps the sentence
  ("…, a diplomat said"), and a named holder ("analysts expect …") speaks.
* A passive cue in a relative clause ("the minister, who is expected to resign") says
  nothing of the noun's own words: the noun is not its speaker.

Sentences written for these tests, across wars, outlets and styles (wire copy, state media,
aggregator rewrites, features); each class has look-alikes that must not become claims.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


def said_by(claims, speaker, content):
    return any(speaker in s and content in c for s, _, c in claims)


# ------------------------------------------------------------------ groups that speak
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # DR Congo, wire copy: rebels charge the army
    ("The rebels accused the army of shelling the town of Sake overnight.", "rebels", "the army of shelling"),
    # Yemen, aggregator rewrite: a vow by militants of a named movement
    ("Houthi rebels vowed to keep targeting ships in the Red Sea until the war in Gaza ends.",
     "Houthi rebels", "to keep targeting ships"),
    # Sudan, talks: a delegation agrees to a clause
    ("The army delegation agreed that the talks should resume in Jeddah after Eid.", "delegation",
     "the talks should resume in Jeddah"),
    # Libya, feature: two factions and what they believe
    ("Rival factions in Tripoli believe the vote was rigged in the east.", "Rival factions", "the vote was rigged"),
    # Ethiopia, state media style: a militia blames government forces
    ("The militia blamed federal forces for the massacre in the village.", "militia",
     "federal forces for the massacre"),
    # Ukraine, wire: both sides charge each other
    ("Both sides accused each other of violating the Easter truce.", "Both sides", "each other of violating"),
    # Gaza, a brief on aid: donors and a belief about diversion
    ("Donors believe the aid is being diverted at the crossings.", "Donors", "the aid is being diverted"),
    # Red Sea shipping, business desk: investors and a fear
    ("Investors fear the war will spread to the Gulf of Aden.", "Investors", "the war will spread"),
    # Myanmar, exile media: a warning by insurgents with a clause
    ("Insurgents in Rakhine warned that they would strike the port if the junta did not withdraw.",
     "Insurgents", "they would strike the port"),
    # Turkey-Syria quake and war, wire: a fear of rescuers after the clause it closes
    ("Hundreds remain under the rubble in Jindires, rescuers fear.", "rescuers", "Hundreds remain under the rubble"),
    # DR Congo, UN briefing style: peacekeepers charge a militia
    ("Peacekeepers accused the CODECO militia of blocking the road to Bunia.", "Peacekeepers",
     "the CODECO militia of blocking the road"),
    # Lebanon, a feature: locals and a belief
    ("Locals believe the drone came from across the border.", "Locals", "the drone came from across the border"),
    # Sahel, radio: separatists deny a charge (a closing cue, which already read any noun)
    ("Separatists denied that they had executed prisoners near Kidal.", "Separatists", "they had executed prisoners"),
])
def test_a_group_speaks_through_any_cue(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content), found(nlp, text)


@pytest.mark.parametrize("text", [
    # a cue a thing can be the subject of: the group shows, finds, reads, sees — no words
    "The rebels showed reporters the wreckage of the helicopter.",
    "Militants found the weapons cache near the border.",
    "The crew found the wreckage of the drone in a field.",
    # not a cue at all
    "The rebels attacked the convoy near Goma on Sunday.",
    "Both sides pulled back their heavy weapons from the line.",
    # a side of a place, not of a war
    "The eastern side of the bridge was shelled overnight.",
])
def test_a_group_that_does_not_speak(nlp, text):
    assert found(nlp, text) == []


# ------------------------------------------------------------------ expected by no one named
@pytest.mark.parametrize(("text", "content"), [
    # Ukraine, wire: a forecast of an offensive
    ("Russian forces are expected to launch a new offensive in the spring.",
     "Russian forces are expected to launch a new offensive in the spring"),
    # Myanmar, exile media: a negated expectation
    ("The junta is not expected to allow observers into the north.",
     "The junta is not expected to allow observers into the north"),
    # Sudan, a feature: "widely"
    ("The siege of El Fasher is widely expected to tighten before the rains.",
     "The siege of El Fasher is widely expected to tighten before the rains"),
    # Gaza, an "it … that" clause
    ("It is expected that the truce will hold through Eid.", "the truce will hold through Eid"),
])
def test_expected_by_no_one_named_is_no_claim(nlp, text, content):
    claims = found(nlp, text)
    assert not any(s == "unnamed source" for s, _, _ in claims), claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Gaza, a lender's forecast with its clause
    ("The World Bank projected Gaza's economy would contract by half.", "World Bank",
     "Gaza's economy would contract by half"),
])
def test_a_projection_is_a_forecast_of_its_maker(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and c == content for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    # a passive forecast by no one named is the writer's outlook
    "Sudan's economy is projected to shrink by a third this year.",
    "The death toll is expected to rise as many of the wounded are in critical condition.",
    # projecting a thing, not a figure or a clause
    "The general projected confidence as he toured the front near Zaporizhzhia.",
    "Soldiers projected images of the fallen onto the wall of the mosque.",
])
def test_projecting_a_thing_is_no_forecast(nlp, text):
    assert found(nlp, text) == []


def test_a_named_source_keeps_the_expectation(nlp):
    # Iran, state media: the agency's report holds what is expected; no second, unnamed claim
    claims = found(nlp, "The Supreme Leader is expected to address the nation on Friday, IRNA reported.")
    assert [(s, cue) for s, cue, _ in claims] == [("IRNA", "reported")], claims


@pytest.mark.parametrize("text", [
    # no clause of what is expected: an arrival, a decision, a delivery
    "A decision on the corridor is expected in May.",
    "The convoy was expected at noon but never arrived.",
    "More aid is expected.",
])
def test_expected_with_nothing_expected_of_anyone(nlp, text):
    assert found(nlp, text) == []


def test_analysts_who_expect_speak_themselves(nlp):
    # a named holder of the expectation keeps it (unchanged)
    claims = found(nlp, "Analysts expect the siege of El Fasher to last months.")
    assert said_by(claims, "Analysts", "the siege of El Fasher to last months"), claims


# ------------------------------------------------------------------ a passive cue in a relative clause
@pytest.mark.parametrize(("text", "noun"), [
    ("The defence minister, who is expected to resign, visited the front on Tuesday.", "minister"),
    ("The commander, who is believed to have fled to Niger, was seen in Gao last week.", "commander"),
])
def test_the_noun_of_a_passive_relative_cue_is_not_its_speaker(nlp, text, noun):
    claims = found(nlp, text)
    assert not any(noun in s for s, _, _ in claims), claims


def test_a_relative_cue_of_the_nouns_own_words_keeps_its_speaker(nlp):
    # "who said …", active: the noun speaks (unchanged)
    claims = found(nlp, "The general, who said the losses were light, left for Kherson.")
    assert said_by(claims, "general", "the losses were light"), claims


# ------------------------------------------------------------------ texts that call for their terms
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Ukraine, a peace plan in wire copy
    ("The plan calls on both sides to pull back heavy weapons from the front line.", "plan",
     "both sides to pull back heavy weapons"),
    # Gaza, mediators' text in an aggregator rewrite
    ("The Egyptian proposal calls for a phased release of hostages and a withdrawal from Gaza's cities.",
     "proposal", "a phased release of hostages"),
    # Libya, UN text: "demands that …"
    ("The agreement demands that foreign fighters leave Libya within 90 days.", "agreement",
     "foreign fighters leave Libya within 90 days"),
])
def test_a_text_calls_for_its_terms(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content), found(nlp, text)


@pytest.mark.parametrize("text", [
    # "calls into question" is no demand; a truce is an event, which says nothing
    "The deal calls into question the future of the port.",
    "The truce calls for a halt to shelling.",
    # a text that is acted on, or a noun "calls"
    "The accord was signed in Pretoria on Wednesday.",
    "Calls for a truce grew louder in Khartoum.",
])
def test_a_text_that_calls_for_nothing(nlp, text):
    assert found(nlp, text) == []


# ------------------------------------------------------------------ verbs of rebuke and praise, and "noticed that"
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Sudan, wire: a mediator rebukes both generals
    ("The envoy chided both generals for blocking aid convoys to Darfur.", "envoy",
     "both generals for blocking aid convoys"),
    # Iran, state media: an attack in words
    ("Tehran assailed Washington's support for the strikes on Gaza.", "Tehran", "Washington's support for the strikes"),
    # Ethiopia, a feature: praise for a commander's choice
    ("The prime minister lauded the army's restraint in Amhara.", "prime minister", "the army's restraint"),
    # Myanmar, exile media: a scolding in a statement
    ("The monks' council scolded the junta for bombing monasteries.", "council", "the junta for bombing monasteries"),
    # Lebanon, a witness: what was noticed, as a clause
    ("Residents noticed that the militia had left the hill before dawn.", "Residents",
     "the militia had left the hill before dawn"),
])
def test_rebuke_praise_and_notice_are_said(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content), found(nlp, text)


@pytest.mark.parametrize("text", [
    # noticing a thing is seeing it, not saying anything
    "Residents noticed the smoke over the airport at noon.",
    # praise in the passive with nobody giving it
    "The brigade was lauded in the capital.",
])
def test_noticing_a_thing_and_unsourced_praise_are_no_claims(nlp, text):
    assert found(nlp, text) == []


# ------------------------------------------------------------------ casting, painting, framing a thing as another
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Iran, about state media: protesters cast as agents
    ("State television cast the protesters as foreign agents.", "State television", "the protesters as foreign agents"),
    # Ukraine, wire: an offensive painted as defence
    ("Moscow painted the offensive as a defensive operation.", "Moscow", "the offensive as a defensive operation"),
    # Myanmar, exile media: an air strike framed by the junta
    ("The junta framed the air strike as a raid on terrorists.", "junta", "the air strike as a raid on terrorists"),
    # Sudan, an aggregator rewrite of a ministry's video
    ("The ministry's video depicts the RSF fighters as bandits.", "video", "the RSF fighters as bandits"),
])
def test_a_thing_cast_as_another_is_said(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content), found(nlp, text)


@pytest.mark.parametrize("text", [
    # no "as": votes cast, walls painted, a shadow cast, pictures framed, a scene depicted
    "Residents cast their votes in Goma despite the shelling.",
    "The fire cast a shadow over the talks in Doha.",
    "Volunteers painted the walls of the clinic in Kharkiv.",
    "Soldiers framed the photographs of the fallen.",
    "The video depicts soldiers looting a shop in Omdurman.",
])
def test_casting_and_painting_without_as_are_no_claims(nlp, text):
    assert found(nlp, text) == []


# ------------------------------------------------------------------ a view held, a doubt voiced
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Ukraine, a feature: a commander's view
    ("The general holds the view that the city cannot be held through the winter.", "general",
     "the city cannot be held through the winter"),
    # Sudan, wire: a ministry's doubt about a truce
    ("The ministry voiced doubt that the truce would hold in El Fasher.", "ministry", "the truce would hold"),
    # Gaza, aid briefing: doubts raised by officials
    ("UN officials raised doubts that the convoy would get through Kerem Shalom.", "officials",
     "the convoy would get through"),
])
def test_a_view_held_and_a_doubt_voiced(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content), found(nlp, text)


@pytest.mark.parametrize("text", [
    # holding a town is no view; a doubt nobody voices is the writer's
    "The army holds the town of Vuhledar.",
    "There is little doubt that the shelling will resume.",
    "Doubts about the truce grew in Goma.",
])
def test_holding_ground_and_unvoiced_doubt_are_no_claims(nlp, text):
    assert found(nlp, text) == []
