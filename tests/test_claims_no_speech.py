"""Verbs that look like cues but report no statement (claims_unsaid.py): a group
"calling itself" a name goes by that name; a person who "showed" reporters a crater, or
showed restraint, acted. Their look-alikes keep their claims: a body calling itself
"ready for talks", a record or an image that shows something, a person showing that
something is so. Sentences written for these tests, across wars and styles."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize("text", [
    # wire: a claim of responsibility by a group known by the name it gives itself
    "A group calling itself the Islamic Resistance in Iraq claimed the drone attack on the base.",
    # a monitor's note on a channel
    'The video was posted by an account of a militia that calls itself "Lions of the Valley" on Telegram.',
    "Fighters of a faction that calls itself the Free Sahel Brigade were seen near Menaka.",
])
def test_a_name_a_group_goes_by_is_no_claim(nlp, text):
    assert not any(cue.lower().startswith("call") for _, cue, _ in found(nlp, text))


@pytest.mark.parametrize(("text", "content"), [
    ("Kyiv called itself ready for talks.", "itself ready for talks"),
    ("The junta calls itself the guardian of the revolution.", "itself the guardian of the revolution"),
    ("Hamas called the proposal a trap.", "the proposal a trap"),
])
def test_calling_something_something_is_a_claim(nlp, text, content):
    assert any(c == content for _, _, c in found(nlp, text))


@pytest.mark.parametrize("text", [
    "The general showed reporters the wreckage of the drone.",
    "Back at the base, the colonel showed me where the shell had landed.",
    "The former president showed considerable restraint on Monday.",
    "She showed the visitors around the ward in Khan Younis.",
])
def test_a_person_showing_a_thing_is_no_claim(nlp, text):
    assert not any(cue.lower().startswith("show") for _, cue, _ in found(nlp, text))


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The footage showed tanks entering the town.", "footage", "tanks entering the town"),
    ("Satellite images show that the runway at Saky was destroyed.", "Satellite images",
     "the runway at Saky was destroyed"),
    ("The minister showed that the casualty figures had been inflated.", "minister",
     "the casualty figures had been inflated"),
])
def test_what_a_record_shows_is_a_claim(nlp, text, speaker, content):
    assert (speaker, content) in {(s, c) for s, _, c in found(nlp, text)}


@pytest.mark.parametrize("text", [
    # a broadcast interview: the anchor asks the guest's view
    "How do you think the army will be able to hold Pokrovsk through the winter?",
    "Would you say, as a former commander, that the northern front could collapse?",
    "Do you believe the ceasefire in Gaza will survive the hostage exchange?",
])
def test_asking_your_view_is_no_claim(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # the same words as a statement, or put in someone's mouth, keep their claims
    ("You said the convoy was attacked near Kherson. Who attacked it?", "You"),
    ("I think you know the city will not fall.", "I"),
    ('"You said the convoy was attacked," the envoy told the minister.', "envoy"),
])
def test_a_statement_with_you_keeps_its_claim(nlp, text, speaker):
    assert speaker in {s for s, _, _ in found(nlp, text)}


@pytest.mark.parametrize("text", [
    # an interview answer and an analyst's aside: what was said is named, not told
    "If you listen to what the governor said this week, the evacuation is not over.",
    "Nobody in Sumy believes what the ministry claims.",
])
def test_what_someone_said_named_is_no_claim(nlp, text):
    assert not any(c.startswith("what") for _, _, c in found(nlp, text))


@pytest.mark.parametrize(("text", "content"), [
    # a label or a topic after the cue is what is said
    ('In 2022, under what the general called "a tactical pause," the troops left Kherson.',
     'what the general called "a tactical pause'),
    # a set-off cue inside a clause that opens with "what"
    ("What the army did in the village, the minister said, was a crime.",
     "What the army did in the village, the minister said, was a crime"),
])
def test_what_with_something_told_keeps_its_claim(nlp, text, content):
    assert content in {c for _, _, c in found(nlp, text)}


@pytest.mark.parametrize("text", [
    # election copy: "claim" as winning a race
    "Ruto took the county easily, claiming 61 percent of the vote to Odinga's 37 percent.",
    "A strong showing in Lviv was not enough to claim the nomination.",
    "The opposition candidate claimed the seat after a recount in Tbilisi.",
])
def test_claiming_what_a_race_gives_is_no_claim(nlp, text):
    assert not any(cue.lower().startswith("claim") for _, cue, _ in found(nlp, text))


@pytest.mark.parametrize(("text", "content"), [
    # claiming victory or ground in a war is an assertion
    ("Both sides claimed victory after the battle for Bakhmut.", "victory after the battle for Bakhmut"),
    ("The militia claimed 80 percent of the district.", "80 percent of the district"),
])
def test_claiming_victory_or_ground_is_a_claim(nlp, text, content):
    assert content in {c for _, _, c in found(nlp, text)}


@pytest.mark.parametrize("text", [
    "In the runoff next month, Ruto holds a 10-point lead in Nairobi, where 475 pledged delegates are at stake.",
    "She clinched an outright majority of regular, pledged delegates.",
])
def test_a_participle_before_its_noun_is_no_cue(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("The ministry reported 12 deaths.", "12 deaths"),
    ("The army reported heavy losses near Vuhledar.", "heavy losses near Vuhledar"),
    ("Health officials confirmed 40 cases of cholera in Port Sudan.", "40 cases of cholera in Port Sudan"),
])
def test_a_count_reported_is_a_claim(nlp, text, content):
    assert content in {c for _, _, c in found(nlp, text)}


@pytest.mark.parametrize("text", [
    # a profile's line on a speaker's manner: that they speak their mind, not what it holds
    "Voters in Kharkiv like the mayor because he says what he thinks, no matter what.",
    "The commander said what he felt about the retreat.",
])
def test_saying_ones_mind_is_no_content(nlp, text):
    assert not any(c.startswith("what") for _, _, c in found(nlp, text))


@pytest.mark.parametrize(("text", "content"), [
    ("He said what he thinks is right for the country.", "what he thinks is right for the country"),
    ("The envoy said what the army had done in Bucha was a crime.", "what the army had done in Bucha was a crime"),
])
def test_what_clause_with_its_own_verb_is_content(nlp, text, content):
    assert content in {c for _, _, c in found(nlp, text)}


@pytest.mark.parametrize("text", [
    # a belief the sentence says was caused, not one its holder stated
    "The prosecutors slanted their summaries to deceive the judge into thinking that prison time was normal.",
    "The feint was meant to fool Kyiv into believing that the attack would come from Belarus.",
    "We have much more work to do to make every citizen feel that their safety is protected.",
    "The shelling made residents believe the army had left the town.",
])
def test_a_belief_caused_is_no_claim(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Residents of Izium believe the army has left.", "Residents"),
    ("Let me say that the army will not retreat from Chasiv Yar.", "me"),
])
def test_a_belief_or_word_of_ones_own_is_a_claim(nlp, text, speaker):
    assert any(speaker in s for s, _, _ in found(nlp, text))
