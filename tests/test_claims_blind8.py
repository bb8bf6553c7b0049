"""Claims fixed after the eighth blind round (raw pages written by hand, scored before any
fix): a capitalised dateline left in the body is no speaker's label, what a speaker left
unsaid ("did not say whether …") and what a question asks about are no claims, an
anonymity request with the name set off, "the incident showed" borrows no one's voice,
"was quoted as saying" is one claim, "In his opinion", a speaker who gave a name of his
own, and an interview guest's office set before the name. Sentences written for these
tests, across several wars and outlets."""

from __future__ import annotations

import re

import pytest
from claim_checks import record_of, speaker_holding

from claimledger.extract.claims import find_claims


@pytest.fixture(scope="module")
def claims_of(nlp):
    def run(text: str):
        return find_claims(nlp(text))
    return run


_record = record_of
_by = speaker_holding


# ------------------------------------------------ a dateline with a colon under a long masthead
@pytest.mark.parametrize("text", [
    "THE DAILY HORN\nHome | World | Africa\nAfrica\nSomali troops enter coastal town\nSaturday 4 May 2026\n"
    "Updated 10:40\nMOGADISHU: The army entered the port of Barawe on Friday, the defence ministry said.",
    "CAUCASUS WATCH\nNews | Region | Opinion\nTranslated from Georgian\nRegion\nBorder posts reopen\n"
    "09:15, 2 March 2026\nTBILISI: Georgian officials said two border posts with Armenia had reopened.",
    "THE KIVU POST\nInterview\nGovernor: 'We will hold Goma'\nPosted 3 June 2026\n"
    "GOMA: The provincial governor, Jean-Pierre Kasongo, received the Post in his office.\n"
    "Post: What happened on Monday?\nKasongo: Rebels shelled the airport.\nPost: And now?\nKasongo: It is calm.",
])
def test_a_capital_dateline_is_no_speaker(claims_of, text):
    speakers = {c.speaker.name.lower() for c in claims_of(text)}
    assert not speakers & {"mogadishu", "tbilisi", "goma"}


def test_a_transcript_label_of_a_country_still_speaks(claims_of):
    text = ("Security Council, 9870th meeting\nRUSSIA: The strikes hit only military targets.\n"
            "UKRAINE: That is a lie. The hospital was hit.\nRUSSIA: We reject this.")
    assert any(c.speaker.name.lower() == "russia" for c in claims_of(text))


# ------------------------------------------------ what was left unsaid, what was asked about
@pytest.mark.parametrize("text", [
    "The police spokesman said calm had returned to Tripoli. He did not say whether any arrests had been made.",
    "The army said it had retaken the village. The communique did not mention any soldiers killed or wounded.",
    "Colonel Ahmed Saleh said the convoy reached Marib. He would not say how many trucks had crossed.",
    "The junta said the curfew was lifted. It did not specify when the border would reopen.",
])
def test_what_was_left_unsaid_is_no_claim(claims_of, text):
    claims = claims_of(text)
    assert len(claims) == 1


@pytest.mark.parametrize("text, asked", [
    ("Asked whether the government would ask for more foreign troops, the minister said no request was "
     "being considered.", "foreign troops"),
    ("Asked if Kyiv would seek more air defence, the spokesman said the talks were going well.", "air defence"),
    ("Questioned on whether the army would admit the strike, the governor said an inquiry was open.",
     "admit the strike"),
])
def test_what_a_question_asks_about_is_no_claim(claims_of, text, asked):
    claims = claims_of(text)
    assert not any(asked in c.text for c in claims)
    assert any(c.speaker.name.lower() in {"minister", "spokesman", "governor"} for c in claims)


# ------------------------------------------------ an anonymity request with the name set off
@pytest.mark.parametrize("text", [
    "A resident of Sotk, who asked that only his first name, Vardan, be used, told us the night was quiet.",
    "A nurse in Rafah, who asked that her family name, Haddad, not be published, said the clinic was full.",
])
def test_an_anonymity_request_is_no_claim(claims_of, text):
    claims = claims_of(text)
    assert len(claims) == 1
    assert "name" not in claims[0].text


# ------------------------------------------------ an inanimate subject speaks for no one
@pytest.mark.parametrize("text, words", [
    ('The aide was quoted as saying that Baku "will not tolerate provocations" and that the incident '
     'showed the need to sign the treaty.', "the need to sign"),
    ('The governor said the army "will not retreat" and that the attack revealed the rebels\' weakness.',
     "rebels' weakness"),
])
def test_a_conjoined_cue_with_its_own_thing_subject_is_no_new_claim(claims_of, text, words):
    claims = claims_of(text)
    assert all(c.text.find(words) < 0 or c.speaker.name.lower() in {"aide", "governor"} for c in claims)
    assert len(claims) == 1


@pytest.mark.parametrize("text", [
    'Presidential aide Rauf Karimov was quoted by the agency as saying that Baku "will not tolerate '
    'provocations" and that talks should resume.',
    'Army spokesman Colonel Ibrahim Musa was quoted by state radio as saying that the rebels "fled like rats" '
    'from the town.',
])
def test_quoted_as_saying_is_one_claim(claims_of, text):
    assert len(claims_of(text)) == 1


# ------------------------------------------------ "In his opinion"
@pytest.mark.parametrize("text, who", [
    ("Political analyst Armen Vardanyan said the timing was not accidental. In his opinion, it is likely that "
     "more such statements will follow.", "Vardanyan"),
    ("Omar Jibril, a researcher in Mogadishu, said the town would be hard to hold. In his view, the militants "
     "will probably return within months.", "Jibril"),
])
def test_in_his_opinion_is_the_man_named_before(claims_of, text, who):
    speaker = _by(claims_of(text), "will")
    assert speaker is not None and who in speaker.name


# ------------------------------------------------ a name the speaker gave
@pytest.mark.parametrize("text, name", [
    ('In a video, a man who introduced himself as "General" Tanto Fonjong, a commander of the Ambazonia '
     'Defence Forces, said his fighters had not touched the school.', "Tanto Fonjong"),
    ("A fighter who identified himself as Abu Salman, a commander of the group, said the base had fallen.",
     "Abu Salman"),
    ("A woman who gave her name as Amina Yusuf said the camp had no water.", "Amina Yusuf"),
])
def test_a_speaker_who_gave_a_name_is_that_name(claims_of, text, name):
    claims = claims_of(text)
    assert claims and claims[0].speaker.name == name


# ------------------------------------------------ an interview guest's office before the name
@pytest.mark.parametrize("text, side", [
    ("THE BAMENDA HERALD\nInterview\nBAMENDA: Days after the attack, the governor of Cameroon's North-West "
     "Region, Emmanuel Tabe Ndifor, received The Herald in his office.\nHerald: What happened?\n"
     "Ndifor: Armed separatists burned two classrooms. Our forces arrived within the hour.\n"
     "Herald: Will schools reopen?\nNdifor: Yes, on Monday.", "CM"),
    ("Sahel Voices\nInterview\nLast week the governor of Niger's Tillaberi region, Colonel Moussa Garba Hamani, "
     "spoke to Sahel Voices in Niamey.\nSahel Voices: Is Tillaberi safe?\nHamani: Our army controls every town. "
     "The terrorists hide in the bush.\nSahel Voices: And the border?\nHamani: It stays closed.", "NE"),
])
def test_an_interview_guest_takes_the_side_of_the_office_before_the_name(text, side):
    rec = _record(text)
    turns = [c for c in rec["claims"] if c["cue"] == ":"]
    assert turns and all(c["speaker"]["side"] == side for c in turns)


# ------------------------------------------------ one test of a name, for claims and quotations
@pytest.mark.parametrize("words, name", [
    ("Mali", True), ("Ti Kongo", True), ("Killings Near Dioura", True), ("Operation Dawn 2", True),
    ("Stop!", False), ("the army withdrew", False), ("Four Soldiers Were Killed", False), ("", False),
])
def test_only_a_name(words, name):
    from claimledger.extract.claims_quotes import only_a_name
    assert only_a_name(words) is name


# ------------------------------------------------ "the junta's spokesman" in a short wire
@pytest.mark.parametrize("text, side", [
    ("BAMAKO, May 4 - Gunmen attacked an army post near Niono in central Mali on Sunday, residents said.\n"
     "The junta's spokesman, Colonel Abdoulaye Traore, said the attackers had been repelled from Niono and "
     "Macina.", "ML"),
    ("OUAGADOUGOU, June 2 - Jihadists ambushed a convoy near Djibo in northern Burkina Faso, aid workers said.\n"
     "A spokesman for the military government, Captain Issa Ouedraogo, said the convoy reached Djibo and "
     "Arbinda.", "BF"),
    ("NIAMEY, July 9 - Suspected militants killed farmers near Tillaberi in western Niger, local sources said.\n"
     "The junta's spokesman, Colonel Amadou Maiga, said troops had been sent to Tillaberi and Ouallam.", "NE"),
    ("YANGON, March 3 - An air strike hit a village in Myanmar's Magway region, a resistance group said.\n"
     "Junta spokesman Major General Kyaw Zin Oo said the air force had struck a camp near Pauk and Gangaw.", "MM"),
    ("PORT SUDAN, Aug 1 - Drones struck a fuel depot in Kosti in Sudan's White Nile state, witnesses said.\n"
     "A regime spokesman, Brigadier Hassan Omer, said the drones were shot down over Kosti and Rabak.", "SD"),
])
def test_the_junta_speaks_for_the_one_state_of_the_report(text, side):
    rec = _record(text)
    spokesmen = [c for c in rec["claims"] if c["speaker"]["kind"] == "person"]
    assert spokesmen and all(c["speaker"]["side"] == side for c in spokesmen)


@pytest.mark.parametrize("text", [
    # a regional body's spokesman in the same short wire is no state's
    "NIAMEY, July 9 - Suspected militants killed farmers near Tillaberi in western Niger, local sources said.\n"
    "An ECOWAS spokesman, Mr Kofi Mensah, said the bloc was ready to help Tillaberi and Ouallam.",
    # rebels who fight the junta do not speak for it
    "YANGON, March 3 - An air strike hit a village in Myanmar's Magway region, residents said.\n"
    "An anti-junta militia spokesman, Ko Min Naing, said the village near Pauk and Gangaw had been hit.",
])
def test_the_junta_rule_gives_no_side_to_others(text):
    rec = _record(text)
    spokesmen = [c for c in rec["claims"] if c["speaker"]["kind"] == "person"]
    assert spokesmen and all(c["speaker"]["side"] is None for c in spokesmen)


def test_a_junta_across_a_border_is_left_open():
    # places in two states: whose junta it is is not told
    text = ("May 1 - Shells landed in Mae Sot in Tak province after fighting across the river in Myawaddy, "
            "local officials said.\nThe junta's spokesman, Major General Kyaw Zin Oo, said the fighting had "
            "ended near Myawaddy.")
    rec = _record(text)
    spokesman = [c for c in rec["claims"] if "Kyaw" in c["speaker"]["name"]]
    assert spokesman and spokesman[0]["speaker"]["side"] is None


# ------------------------------------------------ sides through names, offices and relaying agencies
@pytest.mark.parametrize("name", ["Abu Hamza al-Somali", "Abu Omar al-Iraqi", "Khalid el-Masri", "Abu Bakr al-Sudani"])
def test_a_nisba_in_a_name_is_no_state(name):
    from claimledger.sides import side_of
    assert side_of(name) is None


def test_a_demonym_outside_a_name_still_gives_a_side():
    from claimledger.sides import side_of
    assert side_of("the Somali army") == "SO" and side_of("Iraqi security forces") == "IQ"


@pytest.mark.parametrize("text, words, side", [
    ("MOGADISHU, Nov 3 - Somali troops retook a town in Somalia's Hiraan region, the army said. "
     "The militants' spokesman for military operations, Abu Hamza al-Somali, denied that the town had fallen.",
     "the town had fallen", None),
    ("Armenia's Deputy Foreign Minister Gohar Petrosyan said talks would go on. "
     '"We will not answer accusations with accusations," the deputy minister said.', "accusations with", "AM"),
    ("Ukraine's Deputy Defence Minister Ivan Kovalenko said the drones were Iranian. "
     "The deputy minister added that more air defence was needed.", "air defence", "UA"),
])
def test_sides_through_names_and_offices(text, words, side):
    rec = _record(text)
    found = [c for c in rec["claims"] if words in c["text"]]
    assert found and found[0]["speaker"]["side"] == side


@pytest.mark.parametrize("text, side", [
    ("The Azerbaijani ministry said in a statement spread by the state news agency AZERTAC that its positions "
     "near Kalbajar had been fired on. The agency also reported that no serviceman was injured.", "AZ"),
    ("Sudan's army said in a statement carried by SUNA, the state news agency, that it had retaken Bara. "
     "The agency added that dozens of fighters had surrendered.", "SD"),
])
def test_the_agency_is_the_state_agency_that_relayed_the_statement(text, side):
    rec = _record(text)
    agency = [c for c in rec["claims"] if "agency" in c["speaker"]["name"].lower()]
    assert agency and all(c["speaker"]["side"] == side for c in agency)


@pytest.mark.parametrize("text, side", [
    ("TRIPOLI - Clashes shook the Libyan capital overnight in Ain Zara and Souq al-Juma, Libyan media said. "
     "The Emergency Medicine Centre of the Health Ministry said nine people were killed in Tripoli. "
     "The prime minister's office said militias would be disbanded in Tripoli and Misrata.", "LY"),
    ("BAMAKO - Gunmen attacked a bus near Segou in central Mali, residents said. The health ministry said "
     "14 passengers were wounded near Segou and San. Mali's army sent troops to Segou.", "ML"),
])
def test_a_ministry_speaks_for_the_state_of_the_story(text, side):
    rec = _record(text)
    offices = [c for c in rec["claims"] if re.search(r"ministry|office", c["speaker"]["name"], re.I)]
    assert offices and all(c["speaker"]["side"] == side for c in offices)


def test_a_ministry_in_a_two_state_story_is_left_open():
    text = ("Shells fell on Sderot and on Beit Hanoun in Gaza overnight, witnesses said. "
            "The health ministry said six people were wounded in Beit Hanoun and Jabalia and Sderot.")
    rec = _record(text)
    offices = [c for c in rec["claims"] if "ministry" in c["speaker"]["name"].lower()]
    assert offices and offices[0]["speaker"]["side"] is None


# ------------------------------------------------ "was possible" is doubt; "all possible measures" is not
@pytest.mark.parametrize("text, hedge", [
    ("The analyst said a new round of fighting was possible within weeks.", "possible"),
    ("A UN official said it was possible that more bodies lay under the rubble in Khan Younis.", "possible"),
    ("The governor said the army had taken all possible measures to protect Goma.", "asserted"),
])
def test_possible_as_a_predicate_is_a_hedge(claims_of, text, hedge):
    claims = claims_of(text)
    assert claims and claims[0].hedge == hedge


# ------------------------------------------------ round 2: labels, names with "and", calls, state agencies
@pytest.mark.parametrize("text, name", [
    ("Q (Rudaw): The Kurdistan Region's Peshmerga ministry says its forces were not told. Was there coordination?",
     "Kurdistan Region's Peshmerga ministry"),
])
def test_a_question_label_is_not_part_of_the_speaker(claims_of, text, name):
    claims = claims_of(text)
    assert claims and claims[0].speaker.name.endswith(name) and ":" not in claims[0].speaker.name


def test_a_question_label_parsed_as_subject_speaks_for_nobody(claims_of):
    claims = claims_of("Q (BBC Somali): The regional governor says the road is open. Is that true?")
    assert all(c.speaker.name != "Q" for c in claims)


@pytest.mark.parametrize("text, name", [
    ("Over 2,000 people were killed last year, according to the Armed Conflict Location and Event Data Project "
     "(ACLED).", "Armed Conflict Location and Event Data Project"),
    ("Bandits killed 12 villagers in Zamfara, according to the Centre for Democracy and Development (CDD).",
     "Centre for Democracy and Development"),
])
def test_a_body_named_with_and_before_its_acronym_is_one_body(claims_of, text, name):
    claims = claims_of(text)
    assert claims and claims[0].speaker.name.startswith(name)


def test_two_states_joined_by_and_stay_apart(claims_of):
    claims = claims_of("Russia and Ukraine said the talks would resume in Istanbul.")
    assert claims and "Ukraine" not in claims[0].speaker.name


@pytest.mark.parametrize("text, says", [
    ("The prime minister called the head of the monitoring committee on Wednesday.", False),
    ("Sudan's army chief called the Egyptian president after the strike on Port Sudan.", False),
    ("The minister called the strike a war crime.", True),
    ("The UN called for an immediate ceasefire in Gaza.", True),
])
def test_a_telephone_call_is_no_claim(claims_of, text, says):
    assert bool(claims_of(text)) is says


@pytest.mark.parametrize("phrase, side", [
    ("the state-run National News Agency (NNA)", "LB"), ("the state news agency SANA", "SY"),
    ("the official agency Petra", "JO"), ("the National News Agency", None), ("Reuters", None),
])
def test_a_state_run_agency_speaks_for_its_state(phrase, side):
    from claimledger.sides import state_agency_side
    assert state_agency_side(phrase) == side


@pytest.mark.parametrize("text", [
    "More transcripts\nBaghdad: interior ministry briefing on border security\n"
    "Erbil: Peshmerga ministry says joint brigades to be expanded",
    "Read also\nGoma: traders say the airport is still closed\nBukavu: governor says schools will reopen",
])
def test_a_place_labelling_a_headline_is_no_speaker(claims_of, text):
    speakers = {c.speaker.name.lower() for c in claims_of(text)}
    assert not speakers & {"erbil", "baghdad", "goma", "bukavu"}


def test_a_guest_labelled_by_surname_without_its_article_takes_the_standfirst_side():
    text = ("Briefing Room\nTranscripts\nThe spokesman of Iraq's Joint Operations Command, Brigadier General "
            "Haider al-Khazraji, briefed reporters in Baghdad about an operation against Islamic State cells "
            "near Kirkuk.\nKHAZRAJI: Eight terrorists were killed. We destroyed 14 hideouts.\n"
            "Q (AFP): Were civilians hurt?\nKHAZRAJI: We have no information about civilian casualties.")
    rec = _record(text)
    turns = [c for c in rec["claims"] if c["cue"] == ":"]
    assert turns and all(c["speaker"]["side"] == "IQ" for c in turns)


# ------------------------------------------------ a statement conjoined to what the speaker said is the speaker's
@pytest.mark.parametrize("text, words, who", [
    ('Junta spokesman Major General Kyaw Zin Oo said the air force had struck a "terrorist" camp near Pauk and '
     "denied that civilians were killed.", "civilians were killed", "Kyaw Zin Oo"),
    ("Kyiv said Russian troops had withdrawn from the village and claimed that the bridge was destroyed.",
     "the bridge was destroyed", "Kyiv"),
    ("The RSF said the army had shelled the market in El Fasher and insisted that its own fighters were not there.",
     "its own fighters were not there", "RSF"),
])
def test_a_conjoined_statement_is_the_speakers(claims_of, text, words, who):
    speaker = _by(claims_of(text), words)
    assert speaker is not None and who in speaker.name


@pytest.mark.parametrize("text", [
    "The African Union mission, AUSSOM, declined to comment on whether its troops had taken part.",
    "The Rwandan army refused to say whether its soldiers had crossed into North Kivu.",
])
def test_a_refusal_to_speak_is_no_claim(claims_of, text):
    assert claims_of(text) == []


def test_the_one_who_refused_says_nothing_of_the_reports(claims_of):
    # the reports themselves may be an unnamed source's claim; UNIFIL's it is not
    claims = claims_of("UNIFIL declined to comment on reports that its patrol had been fired on near Naqoura.")
    assert all(c.speaker.name != "UNIFIL" for c in claims)
