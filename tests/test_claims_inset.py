"""Attributions set inside a clause, and attributions left standing on their own
(claims_inset.py, issue 8).

* "X happened, because, according to Y, Z": Y tells Z, the clause the phrase opens;
* '"…." Y said.': a quotation closed by a full stop, attributed by the bare sentence after it;
* "… shows how weak the army has become": the army belongs to the clause, it says nothing.

Sentences written for these tests, across wars and outlet styles (wire copy, state media,
interviews, features), each class with its look-alikes.
"""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "content", "not_content"), [
    # Ukraine, wire copy from a checkpoint
    ("The convoy turned back at the checkpoint, because, according to the driver, the soldiers would "
     "have seized the fuel.", "driver", "the soldiers would have seized the fuel", "convoy turned back"),
    # Sudan, a state-media bulletin with an opposing account
    ("The army withdrew from the hill, but, according to local officials, the militia still holds the road.",
     "officials", "the militia still holds the road", "withdrew"),
    # Gaza, an aid agency's update
    ("Aid stopped reaching the camp in May, since, according to the UN, the crossing has been closed for weeks.",
     "UN", "the crossing has been closed for weeks", "Aid stopped"),
    # Yemen, a feature about an airport
    ("The rebels shelled the airport, although, according to the ministry, no planes were hit.",
     "ministry", "no planes were hit", "shelled"),
    # Sahel, a radio report
    ("Two soldiers died in the ambush, and according to the regional governor, four more are missing.",
     "governor", "four more are missing", "soldiers died"),
])
def test_a_source_phrase_after_a_clause_opener_tells_the_clause_it_opens(nlp, text, speaker, content,
                                                                        not_content):
    claims = [(s, c) for s, cue, c in found(nlp, text) if cue == "according to"]
    assert any(speaker in s and content in c for s, c in claims), claims
    assert not any(not_content in c for _, c in claims), claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the ordinary readings stay: a phrase opening the sentence, or closing the clause it tells
    ("But according to the ministry, no planes were hit.", "ministry", "no planes were hit"),
    ("No planes were hit, according to the ministry, but the runway was damaged.", "ministry",
     "No planes were hit"),
    ("Forty people were killed in the strike on the market, according to the health ministry.",
     "health ministry", "Forty people were killed in the strike on the market"),
])
def test_source_phrases_without_an_opener_keep_their_reading(nlp, text, speaker, content):
    claims = [(s, c) for s, cue, c in found(nlp, text) if cue == "according to"]
    assert any(speaker in s and c.startswith(content) for s, c in claims), claims


def test_what_someone_would_say_is_the_source_phrase_s_claim(nlp):
    # DR Congo, a feature: the troops said nothing; the general says what they would say
    text = ("The general went to the front, and he will probably go again next week, because, according to "
            "the general, the troops would call him a coward if he stayed away.")
    claims = found(nlp, text)
    assert any(cue == "according to" and "general" in s and c.startswith("the troops would call him a coward")
               for s, cue, c in claims), claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Ukraine, a quotation typed with a stop for a comma (fast wire copy)
    ('The president spoke to soldiers near the front.\n\n"Kyiv will not retreat from the city." Zelensky said.',
     "Zelensky", "Kyiv will not retreat from the city"),
    # South Sudan, an interview note with when it was said
    ('The shelter has been full since March. "We have no water and no power." Okello said on Monday.',
     "Okello", "We have no water and no power"),
    # Myanmar, an exile outlet quoting a monk
    ('Monks led the march through the town. "The junta cannot stop us." the abbot told reporters.',
     "abbot", "The junta cannot stop us"),
])
def test_a_quotation_closed_by_a_stop_is_told_by_the_bare_attribution_after_it(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and content in c for s, _, c in claims), claims


@pytest.mark.parametrize(("text", "not_speaker"), [
    # a sentence of its own after the quotation: the mayor's claim is the clause, not the quotation
    ('"The road is closed." The mayor said the convoy would wait until dawn.', None),
    # a byline in a paragraph of its own after a closing quotation (a wire dateline note)
    ('"Nobody has left the camp for a week," said a nurse in Tawila. "We are running out of everything."'
     '\n\nHassan reported from Nairobi.', "Hassan"),
])
def test_a_stop_ended_quotation_is_not_taken_by_a_sentence_with_its_own_report(nlp, text, not_speaker):
    claims = found(nlp, text)
    if not_speaker is None:
        assert any("mayor" in s and c.startswith("the convoy would wait") for s, _, c in claims), claims
        assert not any("mayor" in s and "road is closed" in c for s, _, c in claims), claims
    else:
        assert not any(not_speaker in s for s, _, c in claims), claims


@pytest.mark.parametrize(("text", "not_speaker"), [
    # Sudan, an opinion column: the army is what the offer shows up, not a speaker
    ("The envoy said the offer shows how weak the army has become.", "army"),
    # Ukraine, a wire story: the ministry is inside what is to be explained
    ("Neither official would explain why the ministry had ordered the evacuation.", "ministry"),
    # Lebanon, a feature: the militia is inside what the lawmakers want clarified
    ("The lawmakers are clarifying whether the militia will withdraw from the border.", "militia"),
])
def test_a_subject_after_a_wh_word_is_the_clause_s_not_a_speaker(nlp, text, not_speaker):
    claims = found(nlp, text)
    assert not any(s == not_speaker or s.endswith(" " + not_speaker) for s, _, _ in claims), claims


def report_claims(nlp, text):
    from claimledger.extract.context import context_of
    from claimledger.extract.places import find_places
    from claimledger.extract.when import find_times

    doc = nlp(text)
    ctx = context_of(doc, None)
    places = find_places(doc, title=None)
    ctx.set_places(places)
    ctx.set_times(find_times(doc, None))
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(doc, places)]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Lebanon, an aggregator quoting a columnist
    ("The blockade entered its third month on Sunday.\n\nAccording to Amal Haddad, writing for the Beirut "
     "daily An-Nahar:\n\n\"The government has lost control of the south, and nobody in the capital wants to "
     "admit it.\"\n\nThe cabinet meets on Monday.", "Amal Haddad", "The government has lost control of the south"),
    # Ethiopia, a roundup citing a researcher
    ("Fighting resumed near Mekelle.\n\nAccording to Tesfaye Bekele, speaking on regional radio:\n\n"
     "Most of the displaced families have not received food since the harvest failed.\n\nThe road stays shut.",
     "Tesfaye Bekele", "Most of the displaced families have not received food"),
])
def test_a_source_phrase_closing_its_paragraph_with_a_colon_tells_the_next_one(nlp, text, speaker, content):
    claims = [(s, c) for s, cue, c in report_claims(nlp, text) if cue == "according to"]
    assert any(speaker in s and c.startswith(content) for s, c in claims), claims
    assert not any(c.startswith(("writing", "speaking")) for _, c in claims), claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Sudan, a farmer interviewed for a feature: "according to" is what the harvest depends on
    ('"It is according to the weather," said a farmer near Nyala.', "farmer", "It is according to the weather"),
    # Ukraine, wire copy: the plan went as planned, no source
    ("Everything went according to plan, the commander said.", "commander", "Everything went according to plan"),
])
def test_according_to_as_a_predicate_names_no_source(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and c.startswith(content) for s, _, c in claims), claims
    assert not any(cue == "according to" for _, cue, _ in claims), claims


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # the phrase hung on an auxiliary or a copula with more said of its subject keeps its source
    ("According to recent polling, the ruling party is once again strongly leading the field.",
     "recent polling", "the ruling party is once again strongly leading the field"),
    ("The pilot had been with the national airline since 2004, according to his family.",
     "family", "The pilot had been with the national airline since 2004"),
])
def test_according_to_a_source_beside_a_copula_keeps_its_source(nlp, text, speaker, content):
    claims = [(s, c) for s, cue, c in found(nlp, text) if cue == "according to"]
    assert any(speaker in s and c.startswith(content) for s, c in claims), claims


@pytest.mark.parametrize(("text", "speaker", "content", "not_content"), [
    # Sahel, wire copy: what the recapture led to is the writer's gloss
    ("The army retook the village, according to the ministry, opening the road to the city that had been "
     "cut for months.", "ministry", "The army retook the village", "opening"),
    # Gaza, a health ministry toll: who the dead were stays with the toll
    ("Forty people were killed, according to the health ministry, including nine children who had "
     "sheltered in the school.", "health ministry", "Forty people were killed", "including"),
    # Ukraine, an economy brief in wire style
    ("The grain corridor has reopened for ships bound to Africa, according to the port authority, "
     "ending a blockade that had lasted since the spring.", "port authority", "The grain corridor has reopened",
     "ending"),
])
def test_a_participle_after_a_source_phrase_leaves_the_clause_before_to_the_source(nlp, text, speaker, content,
                                                                                   not_content):
    claims = [(s, c) for s, cue, c in found(nlp, text) if cue == "according to"]
    assert any(speaker in s and c.startswith(content) for s, c in claims), claims
    assert not any(c.startswith(not_content) for _, c in claims), claims


def test_a_clause_after_a_source_phrase_keeps_its_own_reading(nlp):
    # Yemen: a second clause with its own speaker is no tail of the first
    claims = found(nlp, "Shelling hit the market, according to witnesses, and the army denied any role.")
    assert any(cue == "according to" and "witnesses" in s and c == "Shelling hit the market"
               for s, cue, c in claims), claims
