"""Where a claim's words and speaker lie when the parse misplaces them, and cues that say
nothing: a phrase that only frames the cue ("In her post, …", "Earlier this week, …") is
not what was said; a speaker written after an inverted cue that the parser made its object
("…, wrote a local pastor, X, on Telegram") still speaks; the reporting clause around a
cue ("He said her family asked …") is not the inner cue's content; how words were delivered
("…," she said, stressing each word; pointing to his ear) and a plight ("found itself cut
off") are no claims. Poll views held of someone ("61 percent had a favourable opinion of
the army") and forecasts with "see" ("analysts see Russia launching …") are. Sentences
written for these tests, across wars, outlets and styles, each class with look-alikes."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


def said_by(claims, speaker, content):
    return any(speaker in s and c == content for s, _, c in claims)


# ------------------------------------------------------------------ framing phrases
@pytest.mark.parametrize(("text", "frame"), [
    # Gaza, a feature: where the words were posted
    ("In her post, the surgeon reminded the minister of the shelling of the hospital.", "In her post"),
    # Ukraine, wire: a time phrase before the letter
    ("Earlier this week, senior commanders wrote to the defence minister about shells.", "Earlier this week"),
    # Sudan, aggregator: a day before the appeal
    ("On Sunday evening, the camp's elders wrote to the African Union envoy.", "On Sunday evening"),
    # Sahel, radio transcript: a place in a broadcast
    ("In a broadcast from Bamako, the junta's spokesman reminded listeners of the curfew.",
     "In a broadcast from Bamako"),
])
def test_a_phrase_framing_the_cue_is_not_its_content(nlp, text, frame):
    assert all(c != frame for _, _, c in found(nlp, text))


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a clause the parse set before a closing cue is still said
    ("Two drones were downed over the city, the ministry said.", "ministry", "Two drones were downed over the city"),
    ("The militia had left Sake by noon, a UN official said on Friday.", "official",
     "The militia had left Sake by noon"),
    # a framing phrase before a cue with a clause leaves the clause
    ("On Tuesday, the army said the bridge at Kherson had been destroyed.", "army",
     "the bridge at Kherson had been destroyed"),
    ("In a statement, the group said it had captured the base near Menaka.", "group",
     "it had captured the base near Menaka"),
])
def test_a_clause_before_the_cue_stays_said(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content)


# ------------------------------------------------------------------ inverted speakers
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Ukraine, a Telegram post quoted in a local outlet
    ("Forty people were killed in the strike, wrote a local pastor, Ivan Petrenko, on Telegram.",
     "Ivan Petrenko", "Forty people were killed in the strike"),
    # Sudan, an aid worker's post on X
    ("The water plant has been shut for a week, wrote an aid worker in Khartoum on X.",
     "aid worker", "The water plant has been shut for a week"),
    # Myanmar, exile media: a priest's post
    ("Soldiers torched the monastery at dawn, wrote a Buddhist priest from the village on Facebook.",
     "priest", "Soldiers torched the monastery at dawn"),
])
def test_a_speaker_after_an_inverted_cue_speaks(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content)


@pytest.mark.parametrize("text", [
    "The shelling went on all night, killing a local pastor, Ivan Petrenko.",
    "The drones hit the market, wounding a nurse from the district hospital.",
])
def test_an_object_after_a_verb_that_is_no_cue_does_not_speak(nlp, text):
    assert found(nlp, text) == []


def test_a_reported_object_is_not_the_speaker(nlp):
    # "reported a local pastor missing": the army reports; no clause before the cue
    claims = found(nlp, "The army reported a local pastor missing after the raid.")
    assert claims and all("pastor" not in s for s, _, _ in claims)


# ------------------------------------------------------------------ the reporting clause around a cue
@pytest.mark.parametrize(("text", "frame"), [
    ("He said her family asked for privacy as they sought answers.", "He said"),
    ("The spokesman said the Houthis asked for the meeting.", "The spokesman said"),
    ("A relative said the prisoners asked for water on the second day.", "A relative said"),
])
def test_the_reporting_clause_is_not_the_inner_cues_content(nlp, text, frame):
    claims = found(nlp, text)
    assert all(c != frame for _, _, c in claims)
    assert any(c.startswith(text.split(" said ")[1][:12]) for _, cue, c in claims if cue == "said")


def test_a_closing_cue_after_a_cue_clause_keeps_it(nlp):
    assert said_by(found(nlp, "Moscow warned of retaliation, the ministry said."), "ministry",
                   "Moscow warned of retaliation")


# ------------------------------------------------------------------ delivery and plight
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ('"We will never give up Bakhmut," she said, emphasizing those last words.', "she",
     "We will never give up Bakhmut"),
    ('"The corridor stays open," the commander said, stressing each word.', "commander", "The corridor stays open"),
    ('"It goes in here and out there," the farmer said, pointing to one ear and then the other.', "farmer",
     "It goes in here and out there"),
    ('"They shot him here," the mother in Khan Younis said, pointing to her son\'s chest.', "mother",
     "They shot him here"),
])
def test_how_words_were_delivered_is_no_second_claim(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert said_by(claims, speaker, content)
    assert len(claims) == 1


@pytest.mark.parametrize(("text", "content"), [
    ("The minister stressed that the ceasefire in Tigray would hold.", "the ceasefire in Tigray would hold"),
    ("She emphasized the need for humanitarian corridors into Gaza.", "the need for humanitarian corridors into Gaza"),
    ('"Look at this," the colonel said, pointing to the casualty figures on the map.',
     "the casualty figures on the map"),
    ('"It is over," she said, pointing to the head of the militia standing nearby.',
     "the head of the militia standing nearby"),
    ('The spokesman repeated the words "no retreat" three times.', 'the words "no retreat" three times'),
    ('The governor called the long lines at the border crossing "unacceptable."',
     'the long lines at the border crossing "unacceptable'),
])
def test_what_was_stressed_or_pointed_to_stays_said(nlp, text, content):
    assert any(c == content for _, _, c in found(nlp, text))


@pytest.mark.parametrize("text", [
    "The garrison found itself cut off after the bridge fell.",
    "Once again the general found himself accused of war crimes.",
    "The leading candidates found themselves targeted by rivals with little time left.",
])
def test_a_plight_found_is_no_claim(nlp, text):
    assert found(nlp, text) == []


def test_a_finding_stays_a_claim(nlp):
    assert said_by(found(nlp, "Investigators found that the convoy had been hit by a drone."), "Investigators",
                   "the convoy had been hit by a drone")


# ------------------------------------------------------------------ poll views and forecasts
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("About 40 percent had a favorable opinion of the army.", "40 percent", "a favorable opinion of the army"),
    ("Those voters hold generally unfavourable views of the junta.", "voters",
     "generally unfavourable views of the junta"),
    ("Residents of Goma have a dim view of the talks in Luanda.", "Residents", "a dim view of the talks in Luanda"),
    ("Analysts see Russia launching a new offensive in the spring.", "Analysts",
     "Russia launching a new offensive in the spring"),
    ("Western officials see Hamas regrouping in the north of Gaza within months.", "officials",
     "Hamas regrouping in the north of Gaza within months"),
])
def test_views_held_and_forecasts_are_claims(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content)


@pytest.mark.parametrize("text", [
    "The generals saw the rebels retreating toward the hills.",
    "From the ridge we saw the convoy burning.",
    "The outpost had a clear view of the valley.",
    "The committee will give its opinion on the deal next week.",
])
def test_what_was_seen_or_a_view_without_judgement_is_no_claim(nlp, text):
    assert found(nlp, text) == []


def test_a_view_inside_a_polls_finding_is_the_polls(nlp):
    # "…, the survey found": one claim, the survey's, not a second nested one
    claims = found(nlp, "Eighty percent of Yemenis have an unfavourable view of the Houthis, the survey found.")
    assert len(claims) == 1 and claims[0][0] == "survey"


# ------------------------------------------------------------------ a quotation given twice
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Indo-Pacific, wire: the participle after the label takes the quotation again
    ("Admiral Harris has called Beijing's conduct “provocative and expansionist,” accusing it of militarizing "
     "the reefs.", "Harris", "Beijing's conduct “provocative and expansionist"),
    # Sudan, a feature: a letter and what it told
    ("The envoy wrote to the council, telling members the truce was “worth far more than the paper it is on.”",
     "envoy", "the truce was “worth far more than the paper it is on"),
])
def test_a_quotation_already_held_by_the_speakers_claim_is_one_claim(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert said_by(claims, speaker, content)
    # the quoted words once; a distinct charge beside them ("accusing it of …") is a claim of its own
    quoted = content.split("“", 1)[1]
    assert len([c for s, _, c in claims if speaker in s and quoted in c]) == 1


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a quotation closed by its own speaker and cue stays the cue's
    ("In her speech, the envoy declared the need for patience: “Change course and when you have done that, "
     "change it again,” she said.", "she", "Change course and when you have done that, change it again"),
    # another speaker's words inside a claim stay theirs
    ('Witnesses told the agency that soldiers shouted "burn it all" as they entered Tawila.',
     "Witnesses", 'soldiers shouted "burn it all" as they entered Tawila'),
])
def test_a_quotation_with_its_own_attribution_stays(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content)


# ------------------------------------------------------------------ the quotation a colon opens
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Calling the strike “a tragedy,” the general said: “We will investigate every death.”", "general",
     "We will investigate every death"),
    ("Conceding that a deal would come “down the line,” he warned: “It is not going to happen soon.”", "he",
     "It is not going to happen soon"),
    ("Describing the shelling of Kharkiv as “relentless,” the mayor told reporters on Monday: “We need air "
     "defence now.”", "mayor", "We need air defence now"),
])
def test_a_colon_after_the_cue_opens_what_it_says(nlp, text, speaker, content):
    assert any(speaker in s and cue in {"said", "warned", "told"} and c == content
               for s, cue, c in found(nlp, text))


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ('"Nonsense," the spokesman said on Tuesday.', "spokesman", "Nonsense"),
    ('"We are ready," the commander told reporters in Goma.', "commander", "We are ready"),
    ('The government would "respond at the appropriate time", the minister said.', "minister",
     'The government would "respond at the appropriate time'),
])
def test_a_quotation_before_its_speaker_stays_said(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content)


# ------------------------------------------------------------------ a second speaker introduced by a subordinator
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The producer said he revived the series only because Mr. Lynch agreed to take part.", "producer",
     "he revived the series only because Mr. Lynch agreed to take part"),
    ("The mediator told reporters he did not know whether the RSF would endorse the text.", "mediator",
     "he did not know whether the RSF would endorse the text"),
])
def test_a_clause_opened_by_a_subordinator_stays_in_the_content(nlp, text, speaker, content):
    assert said_by(found(nlp, text), speaker, content)


def test_a_second_speakers_own_clause_still_ends_the_first(nlp):
    claims = found(nlp, "The army said it had regained ground, while the ministry announced new evacuations.")
    assert said_by(claims, "army", "it had regained ground")


def test_a_sentence_the_parser_split_keeps_its_closing_attribution(nlp):
    # the parser may start a sentence at "Thom temple on Tuesday": a fragment, not a framing phrase
    claims = found(nlp, "BANGKOK, July 28 (Reuters) - Thai jets bombed Cambodian positions near the disputed Ta Muen "
                        "Thom temple on Tuesday, the Thai army said, hours after a clash killed two Thai soldiers.")
    assert any(s == "Thai army" and cue == "said" for s, cue, _ in claims)
