"""Sentence shapes around a reporting verb (claims_shapes.py and the speaker readers that
use them): a cue set off by commas inside the clause it reports, a cue inside a relative
clause whose pronoun is what is said, and inverted quotations whose speaker the parser
takes for an object. Sentences written for these tests, across wars and styles."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def claims_of(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(
    ("text", "speaker", "inside"),
    [
        # wire copy, Sudan: the attribution sits mid-sentence, the claim runs around it
        ("In Tawila, the aid worker said, the wells have been dry since March.",
         "aid worker", "the wells have been dry since March"),
        # Sahel, a feature's past tense with a date after the cue
        ("At the start of the siege, residents said on Monday, the jihadists burned the grain stores.",
         "residents", "the jihadists burned the grain stores"),
        # Myanmar, a monitoring group's finding mid-sentence
        ("By late evening, the monitoring group said, junta aircraft had struck three villages near Sagaing.",
         "monitoring group", "junta aircraft had struck three villages"),
        # Ukraine, regional official set off by dashes in a live blog
        ("Power in the city — the regional governor said — will not return before Friday.",
         "governor", "will not return before Friday"),
    ],
)
def test_cue_set_off_inside_its_clause_reports_the_whole_clause(nlp, text, speaker, inside):
    found = claims_of(nlp, text)
    assert any(speaker in name and inside in content for name, _, content in found), found
    # the opening words alone ("In Tawila") are never the claim
    assert not any(len(content.split()) <= 4 for _, _, content in found), found


def test_final_attribution_still_reports_what_precedes_it(nlp):
    found = claims_of(nlp, "Four fishermen were detained off Hodeidah overnight, the coast guard said on Sunday.")
    assert any("coast guard" in n and c.startswith("Four fishermen were detained") for n, _, c in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # Ukraine: a pronoun speaker inside the main speaker's own claim
        ("Kyiv condemned the strike on the station, which it said had killed eleven civilians.",
         "Kyiv", "had killed eleven civilians"),
        # DR Congo: the army's relative clause about a rebel leader
        ("The army blamed a commander of the militia who it says is tied to the M23 network.",
         "army", "is tied to the M23 network"),
        # Gaza: the agency describes the shelter it says was hit
        ("UNRWA denounced the shelling of a school, which the agency said was sheltering 700 people.",
         "agency", "was sheltering 700 people"),
    ],
)
def test_cue_in_relative_clause_about_what_is_said_is_a_claim_of_its_own(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in name and content in c for name, cue, c in found if cue in {"said", "says"}), found


def test_relative_clause_without_reported_pronoun_adds_nothing(nlp):
    # "who spoke to reporters" tells who the speaker is, not what is said
    found = claims_of(nlp, "The envoy, who spoke to reporters in Aden, said the port would reopen on Thursday.")
    assert [(n, c) for n, _, c in found] == [("envoy", "the port would reopen on Thursday")], found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("“The road to Kadugli is closed again,” added a South Kordofan farmer.",
         "farmer", "The road to Kadugli is closed again"),
        ("“We buried nine people today,” said the 52-year-old, standing by the graves in Goma.",
         "52-year-old", "We buried nine people today"),
        ("“There is no bread left in the camp,” added another resident of Rafah.",
         "resident", "There is no bread left in the camp"),
    ],
)
def test_inverted_quotation_speaker_parsed_as_object_or_age(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in name and content in c for name, _, c in found), found


def test_inverted_quotation_with_a_thing_after_the_cue_names_no_speaker(nlp):
    # the word after the cue is what was added, not who added it
    found = claims_of(nlp, "“Bring water,” added the message, posted from Kharkiv.")
    assert not any(name == "message" for name, _, _ in found) or found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # Sudan, wire copy
        ("El Fasher is widely seen as the army's last stronghold in Darfur.",
         "unnamed source", "El Fasher is widely seen as the army's last stronghold"),
        # Yemen, with the holders named by the agent
        ("The truce was viewed by many in Aden as a trap.", "many", "The truce was viewed by many in Aden as a trap"),
        # DR Congo, a relative clause: the noun it is about opens the content
        ("Convoys avoid the road to Rutshuru, which is considered too dangerous since the ambush.",
         "unnamed source", "Rutshuru, which is considered too dangerous"),
        # Myanmar, a reduced relative
        ("Fighting spread to Lashio, a town seen as the gateway to the Chinese border.",
         "unnamed source", "a town seen as the gateway to the Chinese border"),
    ],
)
def test_passive_view_is_a_view_held_by_the_agent_or_no_one_named(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(name == speaker and content in c for name, _, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A militia commander was seen near the border on Friday.",  # sighted, no label
        "The drone was seen flying low over Kharkiv before it struck.",
        "The ceasefire could be seen as a victory for the junta.",  # the writer's judgement
        "The envoys considered the offer for a week in Doha.",  # active: weighed, no view told
    ],
)
def test_seeing_without_a_label_or_with_a_modal_is_no_view(nlp, text):
    assert not [c for c in claims_of(nlp, text) if c[1] in {"seen", "viewed", "considered"}]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # Yemen: the nested speaker cuts the content short; the speaker is what this reads
        ("But while the Houthis are pleased, multiple sources privy to negotiations say it is the Saudi envoys "
         "who have insisted on a delay.", "sources", "it is"),
        ("Diplomats familiar with the Jeddah talks say the two sides have agreed on a prisoner exchange.",
         "Diplomats", "the two sides have agreed on a prisoner exchange"),
    ],
)
def test_speaker_with_adjective_the_parser_took_for_the_subject(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in name and content in c for name, _, c in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Hospital records in Al-Fashir show that 40 patients died of hunger in April.",
         "records", "40 patients died of hunger in April"),
        ("The town fell on Tuesday, the local radio station reports.", "radio station", "The town fell on Tuesday"),
    ],
)
def test_reporting_verb_the_parser_tagged_as_a_noun(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in name and content in c for name, _, c in found), found


def test_plural_reports_with_a_clause_stay_an_unnamed_source(nlp):
    found = claims_of(nlp, "Reports that the RSF had entered Babanusa spread quickly on Sunday.")
    assert any(name == "unnamed source" and "the RSF had entered Babanusa" in c for name, _, c in found), found


def test_show_as_a_noun_is_no_claim(nlp):
    assert not claims_of(nlp, "The talent show in Juba was cancelled after the shelling.")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the parser hangs "by X" and the "that" clause on the verb the noun is the object of
        ("On Monday, the minister knocked a statement by the UN envoy that an obscene amount of aid was "
         "diverted in Darfur.",
         "UN envoy", "aid was diverted in Darfur"),
        ("Moscow rejected a claim by Kyiv that its drones had hit the refinery in Ryazan.",
         "Kyiv", "its drones had hit the refinery"),
    ],
)
def test_statement_noun_with_maker_and_clause_hung_on_the_verb(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in name and content in c for name, _, c in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The picture in Darfur has shifted - more from the UN envoy: “Two weeks ago the fighting was in the north. "
         "Now it is in the south.”", "UN envoy", "Two weeks ago the fighting was in the north"),
        ("Here is Kagame in December 1994: “Our new direction must rest on an understanding of the new realities.”",
         "Kagame", "Our new direction must rest"),
    ],
)
def test_quotation_after_a_colon_closing_a_speakers_name(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in name and content in c for name, _, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Her message to the militia in Ituri was blunt: “Leave the camp or face the army.”",  # no one named speaks
        "Amina Yusuf: “The convoy reached Kadugli at noon, and the drivers were unharmed.”",  # a line's label
    ],
)
def test_colon_quotation_without_a_speaker_before_it_is_not_read_here(nlp, text):
    assert not [c for c in claims_of(nlp, text) if c[1] == ":" and c[0] not in {"Amina Yusuf"}]
