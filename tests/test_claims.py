"""Claims in many shapes, in sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims
from claimledger.extract.quotes import quote_spans


def claims_of(nlp, text):
    return find_claims(nlp(text))


def only(nlp, text):
    found = claims_of(nlp, text)
    assert len(found) == 1, [(c.speaker.name, c.text) for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The army said that rebels had shelled the market in Goma.", "army", "said",
         "rebels had shelled the market in Goma"),
        ("Sudan's Rapid Support Forces claimed they had taken the airport.", "Rapid Support Forces", "claimed",
         "they had taken the airport"),
        ("Israeli military officials reported that three rockets were intercepted overnight.",
         "Israeli military officials", "reported", "three rockets were intercepted overnight"),
        ("Two soldiers died in the ambush near Mopti, the Malian army said.", "Malian army", "said",
         "Two soldiers died in the ambush near Mopti"),
        ("The governor announced that the curfew would be lifted on Friday.", "governor", "announced",
         "the curfew would be lifted on Friday"),
        ("Witnesses told AFP that gunfire continued until dawn.", "Witnesses", "told",
         "gunfire continued until dawn"),
        ("The ministry emphasized that no civilians had been harmed.", "ministry", "emphasized",
         "no civilians had been harmed"),
        ("A local commander warned that the dam could burst within days.", "local commander", "warned",
         "the dam could burst within days"),
    ],
)
def test_verb_cues_with_clause(nlp, text, speaker, cue, content):
    claim = only(nlp, text)
    assert speaker in claim.speaker.name
    assert claim.cue == cue
    assert claim.text == content
    assert claim.mode == "indirect"


def test_according_to_takes_the_rest_of_the_sentence(nlp):
    claim = only(nlp, "According to the Yemeni health ministry, 14 people were killed in the strike on Hodeidah.")
    assert claim.cue == "according to"
    assert "health ministry" in claim.speaker.name.lower()
    assert claim.text.startswith("14 people were killed")
    assert claim.speaker.side == "YE"


def test_according_to_at_the_end(nlp):
    claim = only(nlp, "Fighting resumed in the north of the province on Sunday, according to local residents.")
    assert claim.speaker.name == "local residents"
    assert claim.text.startswith("Fighting resumed in the north")


def test_participle_cue_takes_the_subject_of_its_head(nlp):
    text = ("Colombian Defence Minister Pedro Ruiz visited the base, noting that the guerrillas had lost "
            "ground in Cauca.")
    claim = only(nlp, text)
    assert claim.speaker.name == "Pedro Ruiz"
    assert claim.cue == "noting"
    assert claim.text == "the guerrillas had lost ground in Cauca"


def test_object_cue_points_to_its_object(nlp):
    claim = only(nlp, "The envoy pointed to a sharp rise in drone strikes on the capital.")
    assert claim.cue == "pointed"
    assert claim.text == "a sharp rise in drone strikes on the capital"


def test_citing_participle(nlp):
    found = claims_of(nlp, "A medic praised the volunteers, citing their speed in evacuating the wounded.")
    assert [c.cue for c in found] == ["praised", "citing"]
    assert all(c.speaker.name == "medic" for c in found)


def test_passive_with_agent(nlp):
    claim = only(nlp, "It was reported by the state news agency that the bridge had been destroyed.")
    assert "news agency" in claim.speaker.name
    assert claim.text == "the bridge had been destroyed"


def test_direct_quote_with_trailing_cue(nlp):
    text = '"We will not leave this city," the mayor said on Monday.'
    claim = only(nlp, text)
    assert claim.speaker.name == "mayor"
    assert claim.mode == "direct"
    assert claim.text == "We will not leave this city"


def test_curly_quotes_and_inverted_cue(nlp):
    text = "“Our units are holding the line,” said Captain Ilya Marchenko, a brigade spokesman."
    claim = only(nlp, text)
    assert claim.speaker.name == "Ilya Marchenko"
    assert claim.speaker.title == "Captain"
    assert claim.mode == "direct"


def test_quote_runs_on_into_next_sentence(nlp):
    text = ('"The convoy was hit twice," the spokeswoman said. "Nobody survived the second strike."')
    found = claims_of(nlp, text)
    assert len(found) == 2
    assert found[1].speaker.name == found[0].speaker.name
    assert found[1].text == "Nobody survived the second strike"
    assert found[1].mode == "direct"


def test_one_quotation_over_sentences_is_one_claim(nlp):
    text = 'The spokeswoman said: "The convoy was hit twice. Nobody survived the second strike."'
    claim = only(nlp, text)
    assert claim.text.startswith("The convoy was hit twice") and claim.text.endswith("second strike")


def test_quotation_attributed_at_its_end_is_not_given_to_the_last_speaker(nlp):
    text = ('The army said the road was open. "We saw the tanks leave. They did not come back," '
            'a farmer told reporters.')
    found = claims_of(nlp, text)
    assert [c.speaker.name for c in found] == ["army", "farmer"]


def test_cues_inside_a_quotation_belong_to_its_speaker(nlp):
    found = claims_of(nlp, '"I think we can hold the city," the commander said.')
    assert [(c.speaker.name, c.cue) for c in found] == [("commander", "said")]


def test_mixed_quote(nlp):
    text = 'The minister said the raid was "a clear act of aggression" against the country.'
    claim = only(nlp, text)
    assert claim.mode == "mixed"


def test_pronoun_resolves_to_last_person(nlp):
    text = ("Lieutenant General Kemal Arslan, commander of the border force, inspected the posts. "
            "He said that the crossing would stay closed.")
    claim = only(nlp, text)
    assert claim.speaker.name == "Kemal Arslan"
    assert claim.speaker.title == "Lieutenant General"


def test_it_resolves_to_last_organisation(nlp):
    text = ("The Syrian Observatory for Human Rights said nine fighters died in the raid. "
            "It said reinforcements arrived later.")
    found = claims_of(nlp, text)
    assert len(found) == 2
    assert "Observatory" in found[1].speaker.name


def test_surname_resolves_to_full_speaker(nlp):
    text = ("Ukrainian President Volodymyr Zelensky said the front was stable. "
            "Zelensky added that more air defence was needed.")
    found = claims_of(nlp, text)
    assert [c.speaker.name for c in found] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]
    assert found[1].speaker.role == "President"
    assert found[1].speaker.side == "UA"


def test_hedges(nlp):
    assert only(nlp, "The spokesman said the fighters probably fled north.").hedge == "probable"
    assert only(nlp, "Officials said the toll could rise.").hedge == "possible"
    assert only(nlp, "The agency estimated that 2,000 homes were damaged.").hedge == "estimate"
    assert only(nlp, "Medics said around 40 people were hurt.").hedge == "estimate"
    assert only(nlp, "The police said the road was open.").hedge == "asserted"


def test_denial_polarity(nlp):
    claim = only(nlp, "The Kremlin denied that its jets had struck the hospital.")
    assert claim.polarity == "denied"
    assert claim.speaker.side == "RU"


def test_things_that_are_not_speakers(nlp):
    assert claims_of(nlp, "The changing situation reveals deep divisions inside the coalition.") == []
    assert claims_of(nlp, "This pact marks a return to old alliances.") == []


def test_nested_content_is_cut_at_the_next_speaker(nlp):
    text = ("Recent updates indicate that the rebels have gained ground, while the defence ministry "
            "announced the recapture of two villages.")
    found = claims_of(nlp, text)
    assert found[0].text == "the rebels have gained ground"
    assert found[1].speaker.name == "defence ministry"


def test_long_content_is_capped(nlp):
    text = "The council said that " + " ".join(["the town"] * 50) + " was calm."
    assert len(only(nlp, text).text.split()) <= 60


def test_quote_spans_pair_marks():
    text = 'He said "one" and then "two".\n\n"three'
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["one", "two"]


def test_transcript_labels_are_speakers(nlp):
    text = ("Defence Minister Rustem Umerov met the envoy on Monday.\n"
            "UMEROV: We need more air defence before the winter.\n"
            "Note: the meeting was closed to the press.\n")
    found = claims_of(nlp, text)
    turn = next(c for c in found if c.cue == ":")
    assert turn.speaker.name == "Rustem Umerov"
    assert turn.text == "We need more air defence before the winter."
    assert not any(c.speaker.name.lower() == "note" for c in found)


def test_parenthetical_cue_takes_the_clause_around_it(nlp):
    claim = only(nlp, "This offensive, the general says, is different from the last one.")
    assert "offensive" in claim.text and "different" in claim.text


def test_polls_and_described_people_speak_through_speech_verbs(nlp):
    assert only(nlp, "Sixty percent of residents said they felt unsafe.").speaker.name.startswith("Sixty percent")
    assert only(nlp, "The billionaire businessman says the war will end soon.").speaker.name == \
        "billionaire businessman"


def test_a_pronoun_is_no_content(nlp):
    assert claims_of(nlp, "By then he had already said that.") == []


def test_noun_cue_with_maker_and_content(nlp):
    claim = only(nlp, "There has been no acknowledgment by Tehran regarding the drone deliveries to Russia.")
    assert claim.speaker.name == "Tehran" and claim.speaker.side == "IR"
    assert claim.text == "the drone deliveries to Russia"
    assert claim.polarity == "denied"
    claim = only(nlp, "The statement by the army that the bridge was intact surprised residents.")
    assert claim.text.startswith("the bridge was intact") and claim.polarity == "affirmed"


def test_that_clause_hung_on_another_verb_is_still_the_content(nlp):
    claim = only(nlp, "The monitor said in a report released on Thursday that troops had burned two villages.")
    assert claim.text == "troops had burned two villages"


def test_anonymity_is_not_what_a_source_says(nlp):
    found = claims_of(nlp, "A doctor, who asked not to be named, told Reuters that the clinic was full.")
    assert [(c.speaker.name, c.text) for c in found] == [("doctor", "the clinic was full")]


def test_citing_a_source_is_no_claim_of_its_own(nlp):
    claim = only(nlp, "Citing local officials, the agency reported that 14 people had died.")
    assert claim.speaker.name == "agency" and claim.text == "14 people had died"


def test_according_to_a_statement_from_a_body_is_the_body(nlp):
    claim = only(nlp, "According to a statement from the army, the border crossing was reopened.")
    assert claim.speaker.name == "army"


def test_accusation_keeps_what_the_accused_did(nlp):
    claim = only(nlp, "Moscow accused Kyiv of striking a power plant in the south.")
    assert claim.text == "Kyiv of striking a power plant in the south"


def test_final_attribution_after_a_comma_when_the_parse_loses_the_clause(nlp):
    text = ("A Russian drone attack damaged grain storage facilities at the port of Odesa overnight, "
            "regional governor Oleh Kiper said on Tuesday. \"Two warehouses burned,\" Kiper wrote on Telegram.")
    found = claims_of(nlp, text)
    assert [c.speaker.name for c in found] == ["Oleh Kiper", "Oleh Kiper"]
    assert found[0].text.startswith("A Russian drone attack damaged")
    assert found[0].speaker.kind == "person" and found[0].speaker.role == "regional governor"


@pytest.mark.parametrize(
    "text",
    [
        "\"We still hold the bridge,\" the major said. \"They have not crossed it since Tuesday.\"",
        "\"The camp has no clean water left,\" said Amina Yusuf, a nurse in Zamzam. \"Children are dying of thirst.\"",
        "\"Our drones hit the depot,\" a Houthi spokesman said on Sunday. \"More strikes will follow.\"",
    ],
)
def test_a_quotation_resumed_after_its_attribution_is_the_same_speakers_without_the_attribution(nlp, text):
    claims = find_claims(nlp(text))
    assert len(claims) == 2, [c.text for c in claims]
    assert claims[1].speaker.name == claims[0].speaker.name
    assert claims[1].text == text.split("\"")[-2].rstrip(".")
    assert all(" said" not in c.text for c in claims)


def test_a_quotation_in_a_new_paragraph_stays_a_claim_of_its_own(nlp):
    text = ("\"We still hold the bridge,\" the major said.\n\n"
            "\"They have not crossed it since Tuesday.\"")
    claims = find_claims(nlp(text))
    assert len(claims) == 2
    assert claims[1].speaker.name == claims[0].speaker.name


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Villagers said the militia burned the granary before dawn.", "Villagers",
         "the militia burned the granary"),
        ("A nurse told reporters that the ward had run out of insulin.", "nurse", "the ward had run out of insulin"),
        ("Survivors say the boat capsized off the Yemeni coast.", "Survivors", "the boat capsized"),
        ("Satellite photos show the depot near Mariupol was destroyed.", "Satellite photos", "the depot"),
        ("Hospital records show that dozens of children arrived with gunshot wounds.", "Hospital records",
         "dozens of children arrived"),
    ],
)
def test_people_and_records_that_speak(nlp, text, speaker, content):
    claims = find_claims(nlp(text))
    assert claims, text
    assert speaker in claims[0].speaker.name and content in claims[0].text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Arab League called for both armies to withdraw from El Fasher.",
         "both armies to withdraw from El Fasher"),
        ("Kyiv called the strike on the maternity ward a war crime.", "the strike on the maternity ward a war crime"),
        ("Hamas called for mediators to guarantee the truce in Gaza.", "mediators to guarantee the truce"),
    ],
)
def test_what_a_call_is_for_is_its_content(nlp, text, content):
    claims = find_claims(nlp(text))
    assert claims and claims[0].text.startswith(content), [c.text for c in claims]


def test_a_live_page_kicker_is_not_a_speaker(nlp):
    claims = find_claims(nlp("The Latest: Drones hit the port of Odesa overnight, officials say."))
    assert all(c.speaker.name != "The Latest" for c in claims)
    assert any(c.speaker.name == "officials" for c in claims)


def test_a_participle_chain_has_the_subject_of_its_verb(nlp):
    text = ("The Kenyan envoy toured Mogadishu on Monday, praising the new police units and "
            "accusing the militants of targeting schools.")
    claims = find_claims(nlp(text))
    accused = [c for c in claims if c.cue == "accusing"]
    assert accused and "Kenyan envoy" in accused[0].speaker.name
    assert accused[0].text.startswith("the militants of targeting schools")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The junta's spokesman mocked the rebels' claims of victory in Sagaing.", "mocked",
         "the rebels' claims of victory"),
        ("Egypt proposed a three-day truce in Gaza.", "proposed", "a three-day truce"),
        ("The RSF commander pledged a full withdrawal from the hospital.", "pledged", "a full withdrawal"),
        ("Russian state television touted the capture of the village.", "touted", "the capture of the village"),
        ("Ukraine's intelligence chief expects a Russian offensive in the spring.", "expects",
         "a Russian offensive in the spring"),
        ("A survivor recalled the shelling of the market in Geneina.", "recalled", "the shelling of the market"),
    ],
)
def test_speech_acts_that_take_an_object(nlp, text, cue, content):
    claims = find_claims(nlp(text))
    assert claims and claims[0].cue == cue and claims[0].text.startswith(content), [c.text for c in claims]


@pytest.mark.parametrize("text", [
    "The Israeli military did not comment on the overnight strikes.",
    "Kyiv has not commented on the report.",
    "The commander spoke about the weather in Kherson.",
    "The ministry in Khartoum rejected these allegations.",
    "The opposition council, based in Istanbul, reported the attack.",
    "Kigali's spokeswoman denied the claim.",
])
def test_a_topic_spoken_about_is_no_claim(nlp, text):
    assert find_claims(nlp(text)) == []


def test_a_statement_introduced_by_a_colon_is_the_next_paragraph(nlp):
    text = ("The Houthi military spokesman said in a televised statement:\n\n"
            "\"Our naval forces targeted two ships in the Red Sea. Both were hit.\"\n\n"
            "Separately, the port authority in Hodeidah said the harbour stayed open.")
    claims = find_claims(nlp(text))
    assert [c.text for c in claims] == ["Our naval forces targeted two ships in the Red Sea. Both were hit",
                                        "the harbour stayed open"]
    assert claims[0].mode == "direct" and "spokesman" in claims[0].speaker.name


def test_a_colon_before_a_list_of_its_own_reports_its_clause_not_the_next_paragraph(nlp):
    claims = find_claims(nlp("The monitor said three towns fell: Kidal, Tessalit and Aguelhok.\n\n"
                             "Fighting continued on Sunday."))
    assert len(claims) == 1 and "three towns fell" in claims[0].text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"There were no soldiers in the village. They shot at people running to the river," '
         "said a farmer from Tawila.", "farmer",
         "There were no soldiers in the village. They shot at people running to the river"),
        ("“The wells are dry. The children drink from the wadi,” a nurse in Gedaref told Reuters.", "nurse",
         "The wells are dry. The children drink from the wadi"),
        ('"We held the bridge for two days. Then the drones came," the sergeant said.', "sergeant",
         "We held the bridge for two days. Then the drones came"),
    ],
)
def test_a_quotation_of_several_sentences_is_one_claim_where_it_closes(nlp, text, speaker, content):
    claim = only(nlp, text)
    assert speaker in claim.speaker.name
    assert claim.text == content and claim.mode == "direct"
    assert claim.sentence_span[0] <= claim.span[0]


def test_a_quotation_is_not_joined_across_paragraphs(nlp):
    text = ('"The convoy left at dawn.\n\nNobody came back," the driver said.')
    found = claims_of(nlp, text)
    assert all("convoy" not in c.text for c in found), [c.text for c in found]
