"""Speakers read from their noun phrases, in sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def speaker(nlp, text):
    found = find_claims(nlp(text))
    assert found, text
    return found[0].speaker


def test_apposition_gives_role_and_organisation(nlp):
    s = speaker(nlp, "Major Anna Kovach, spokeswoman for Ukraine's air force, said two drones were downed.")
    assert (s.name, s.kind, s.title) == ("Anna Kovach", "person", "Major")
    assert s.role == "spokeswoman"
    assert "air force" in s.organization
    assert s.side == "UA"


def test_premodifiers_give_side_and_role(nlp):
    s = speaker(nlp, "Israeli Defence Minister Yoav Cohen said the operation would continue.")
    assert s.name == "Yoav Cohen"
    assert "Minister" in s.role
    assert s.side == "IL"


@pytest.mark.parametrize(
    ("text", "kind", "side"),
    [
        ("Russia's Defence Ministry said its forces shot down six drones.", "organization", "RU"),
        ("The Kremlin said talks were not planned.", "organization", "RU"),
        ("A Sudanese army officer said the city was surrounded.", "unnamed", "SD"),
        ("A UN report said aid deliveries had halved.", "document", None),
        ("Western diplomats said the ceasefire was fragile.", "group", None),
        ("Pyongyang said the drills were a provocation.", "organization", "KP"),
        ("Security sources said the attackers crossed from Syria.", "group", None),
    ],
)
def test_kinds_and_sides(nlp, text, kind, side):
    s = speaker(nlp, text)
    assert s.kind == kind
    assert s.side == side


def test_non_state_group_has_no_side(nlp):
    s = speaker(nlp, "Syrian rebel commanders said they had withdrawn from the hill.")
    assert s.side is None


def test_of_attachment_gives_organisation(nlp):
    s = speaker(nlp, "Mariam Haddad of the Lebanese Red Cross said ambulances could not reach the village.")
    assert s.name == "Mariam Haddad"
    assert "Red Cross" in s.organization


def test_state_media_takes_the_side_of_earlier_state_media(nlp):
    text = ("Iran's state news agency IRNA said the drones were shot down. "
            "State TV said the debris fell near Isfahan.")
    found = find_claims(nlp(text))
    assert [c.speaker.side for c in found] == ["IR", "IR"]


def test_organisation_name_keeps_its_capitalised_of_phrase(nlp):
    s = speaker(nlp, "The Norwegian Refugee Council for East Africa said camps were full.")
    assert s.name == "Norwegian Refugee Council for East Africa"
    s = speaker(nlp, "The UK-based Syrian Network for Human Rights said 40 detainees died.")
    assert "Network for Human Rights" in s.name
    assert s.side is None


def test_opposition_forces_have_no_side(nlp):
    s = speaker(nlp, "The National Coalition of Syrian Revolution and Opposition Forces said talks failed.")
    assert s.side is None


def test_led_and_backed_forces_are_not_the_state(nlp):
    from claimledger.sides import side_of

    assert side_of("the US-led coalition") is None
    assert side_of("Iran-backed militias") is None
    assert side_of("US troops") == "US"


def test_side_from_whom_a_speaker_commands(nlp):
    s = speaker(nlp, "Colonel Ali Traore, who commands Mali's forces in the north, said the road was cut.")
    assert s.name == "Ali Traore" and s.side == "ML"


def test_nearest_subject_speaks_not_a_leading_place(nlp):
    s = speaker(nlp, "In an interview, General Amadou Keita, who heads the garrison, said the town was calm.")
    assert s.name == "Amadou Keita"


def test_statement_speaks_for_whoever_issued_it(nlp):
    text = ("A spokesman for the Foreign Ministry of Iran issued a statement denouncing the sanctions. "
            "The statement said the measures were illegal.")
    found = find_claims(nlp(text))
    assert [c.speaker.side for c in found] == ["IR", "IR"]
    assert found[0].speaker.role == "spokesman"


def test_short_name_of_a_body_resolves_to_its_full_name(nlp):
    text = ("The General Staff of the Armed Forces of Ukraine said 30 drones were downed. "
            "According to the General Staff, two more hit power lines.")
    found = find_claims(nlp(text))
    assert [c.speaker.side for c in found] == ["UA", "UA"]


def test_role_naming_an_earlier_body_takes_its_side(nlp):
    text = ("The General Staff of Ukraine's Armed Forces said the attack failed. "
            "General Staff spokesman Colonel Ivan Petrenko said four tanks were hit.")
    found = find_claims(nlp(text))
    assert found[1].speaker.name == "Ivan Petrenko" and found[1].speaker.side == "UA"


def test_described_speaker_with_a_named_apposition_is_that_person(nlp):
    s = speaker(nlp, "A senior Hamas official, Basem Naim, told AFP that the group had accepted the proposal.")
    assert (s.name, s.kind) == ("Basem Naim", "person")
    assert "official" in s.role and s.organization == "Hamas"


def test_pronouns_agree_with_the_person_they_resolve_to(nlp):
    text = ("Foreign Minister Annalena Baerbock met Defence Minister Boris Pistorius in Berlin. "
            "She said more air defence would be sent. He said the army needed more recruits.")
    found = find_claims(nlp(text))
    assert [c.speaker.name for c in found] == ["Annalena Baerbock", "Boris Pistorius"]


def test_bracketed_acronym_names_the_body_and_its_people(nlp):
    text = ("Ukraine's military intelligence agency (HUR) said a depot was hit. "
            "HUR spokesman Andriy Yusov said the fire burned for hours.")
    found = find_claims(nlp(text))
    assert found[0].speaker.name.endswith("(HUR)") and found[0].speaker.role is None
    assert found[1].speaker.name == "Andriy Yusov" and found[1].speaker.side == "UA"


def test_a_demonym_naming_a_civilian_institution_gives_no_side() -> None:
    from claimledger.sides import side_of

    assert side_of("medical source at the Saudi Hospital in El Fasher") is None
    assert side_of("a spokesman for the Turkish Airlines office") is None
    assert side_of("Saudi Arabia's defence ministry") == "SA"
    assert side_of("the Turkish army") == "TR"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the subject of the sentence before, not the last person it names
        ("Major Serhiy Kovalenko met General Mark Hertling in Kyiv on Monday. "
         "He said the brigade had held the bridge for a week.", "Serhiy Kovalenko"),
        ("Colonel Ibrahim Traore received Captain Moussa Diallo at the palace in Ouagadougou. "
         "He said the convoy would leave at dawn.", "Ibrahim Traore"),
        # nor a person named in the words the pronoun is said to speak
        ("Lieutenant Aung Kyaw Moe spoke to reporters near the border. "
         "\"General Min Aung Hlaing has lost control of the north,\" he said.", "Aung Kyaw Moe"),
        ("Commander Abdel Rahim Dagalo was seen in Nyala on Friday. "
         "Later he said Mohamed Hamdan Dagalo had ordered the retreat.", "Abdel Rahim Dagalo"),
    ],
)
def test_a_pronoun_continues_the_centre_of_the_sentences_before(nlp, text, who):
    claims = find_claims(nlp(text))
    assert claims, text
    assert claims[-1].speaker.name == who


def test_a_pronoun_does_not_reach_forward_to_a_person_named_after_it(nlp):
    text = ("Brigadier Yahya Saree spoke on Houthi television. "
            "He said the ships were warned, and he blamed Admiral Brad Cooper for the escalation.")
    claims = find_claims(nlp(text))
    assert claims and claims[0].speaker.name == "Yahya Saree"


def test_speakers_are_the_reports_actors_in_one_memory(nlp):
    from claimledger.extract.context import context_of
    from claimledger.model import Speaker

    doc = nlp("Kenya's National Intelligence Service said the fighters crossed near Mandera. "
              "Colonel Ahmed Farah, a commander of Somalia's 3rd brigade, said his men held the road.")
    claims = find_claims(doc)
    memory = context_of(doc).memory
    assert [(a.name, a.side) for a in memory.actors if a.name == claims[0].speaker.name][0][1] == "KE"
    assert any(a.name == "Ahmed Farah" and a.side == "SO" for a in memory.actors)
    starts = [a.start for a in memory.actors]
    assert starts == sorted(starts)  # in order of mention
    # a later stage resolves a bare mention through the same memory
    later = memory.speakers.resolve(Speaker(name="agency", kind="organization", definite=True, span=(300, 306)))
    assert later.side == "KE"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A local aid group in El Fasher said shells hit the camp at dawn.", "aid group"),
        ("A medical source at the main hospital in Aleppo said 12 people were wounded.", "medical source"),
        ("Doctors in Khan Younis said the clinic had no fuel left.", "Doctors"),
    ],
)
def test_aid_groups_and_medics_take_no_side_from_their_town(nlp, text, speaker):
    from claimledger.extract.places import find_places

    doc = nlp(text)
    claims = find_claims(doc, find_places(doc))
    assert claims and speaker in claims[0].speaker.name
    assert claims[0].speaker.side is None


def test_an_official_in_a_town_still_takes_its_state(nlp):
    from claimledger.extract.places import find_places

    doc = nlp("The Homs Governor said the pipeline was repaired.")
    claims = find_claims(doc, find_places(doc))
    assert claims and claims[0].speaker.side == "SY"


def test_a_spokesman_of_a_body_named_before_takes_its_side(nlp):
    claims = find_claims(nlp("Sudan's army, which holds the city, said the RSF fired 60 shells. "
                             "Army spokesman Nabil Abdallah said the attack was a massacre."))
    assert claims[-1].speaker.name == "Nabil Abdallah" and claims[-1].speaker.side == "SD"


def test_a_named_room_is_a_body_not_a_person(nlp):
    s = speaker(nlp, "The Emergency Response Room in Khartoum said volunteers reopened the kitchen.")
    assert s.kind == "organization"
    s = speaker(nlp, "The Fateh Halab Operations Room said its fighters repelled the assault.")
    assert s.kind == "organization"


@pytest.mark.parametrize("sentence", [
    "Residents of a camp near the Sudanese city of El Fasher said the shelling lasted an hour.",
    "Palestinian witnesses said the strike hit a school in Rafah.",
    "Survivors in the Ukrainian village of Hroza said the missile struck a wake.",
])
def test_residents_and_witnesses_speak_for_no_party(nlp, sentence):
    from claimledger.analyze import analyze
    from claimledger.model import Document

    claims = analyze(Document(text=sentence), nlp)["claims"]
    assert claims and all(c["speaker"]["side"] is None for c in claims), claims


def test_an_earlier_body_with_no_name_words_does_not_stop_the_report():
    # a body read as a bare possessive ("'s") once crashed the whole analysis of a report
    from claimledger.extract.speaker_memory import SpeakerMemory
    from claimledger.model import Speaker

    memory = SpeakerMemory()
    memory.remember(Speaker(name="'s", kind="organization", side="SY"))
    spokesman = Speaker(name="Ali Haidar", kind="person", role="army spokesman")
    assert memory._body_side(spokesman).side is None


# ---------------------------------------------------------------- names, places, sides and interviews
def claims_of(nlp, text: str) -> list[dict]:
    from claimledger.analyze import analyze
    from claimledger.model import Document

    return analyze(Document(text=text), nlp)["claims"]


def said(nlp, text: str, words: str) -> dict:
    """The speaker of the claim holding ``words``."""
    for claim in claims_of(nlp, text):
        if words in claim["text"]:
            return claim["speaker"]
    raise AssertionError(f"no claim holds {words!r}")


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("The Islamic State group, through its Amaq news agency, claimed the ambush near Palmyra and said "
         "its fighters had killed nine soldiers.", "its fighters", "Islamic State"),
        ("The Arakan Rohingya Salvation Army, through a spokesman abroad, denied the raid and said "
         "its men had never entered Maungdaw.", "its men", "Arakan Rohingya Salvation Army"),
        ("The Kachin Independence Army group, through its information department, claimed the attack and said "
         "its fighters had seized two outposts.", "two outposts", "Kachin Independence Army"),
        ("The Allied Democratic Forces group, in a video posted online, claimed the raid near Beni and said "
         "its men had killed 20 soldiers.", "20 soldiers", "Allied Democratic Forces"),
        ("The Jama'at Nusrat al-Islam group, through its al-Zallaqa outlet, claimed the ambush and said "
         "30 soldiers had been killed.", "30 soldiers", "Nusrat al-Islam"),
    ],
)
def test_a_phrase_cut_short_never_splits_a_name(nlp, text, words, name):
    assert name in said(nlp, text, words)["name"]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("We spoke by phone with Dr. Nidal Fayyad, a surgeon at Nasser Hospital in Khan Younis. "
         "He said at least 40 bodies had arrived since midnight.", "40 bodies", "Nidal Fayyad"),
        ("Reporters reached Dr. Omar Taha, who runs the only clinic still open in Khan Younis. "
         "He said the generators would stop within two days.", "generators", "Omar Taha"),
    ],
)
def test_a_place_is_never_a_persons_antecedent(nlp, text, words, name):
    assert said(nlp, text, words)["name"] == name


@pytest.mark.parametrize(
    ("text", "words", "side"),
    [
        # state media of one state: its army's, junta's or police's spokesman speaks for it
        ("Addis Ababa, May 2 (ENA) The Ethiopian National Defense Force said it had cleared Fano fighters from two "
         "districts of Gojjam. Army spokesperson Colonel Tesfaye Mulu said 60 fighters had surrendered.",
         "60 fighters", "ET"),
        ("Myanmar's military government rejected the report. Junta spokesman Major General Min Aung Htet told "
         "state television that Myanmar forces held Sittwe.", "held Sittwe", "MM"),
        ("Khartoum, Oct 3 (SUNA) Sudanese forces repelled an attack on El Obeid, Sudan's army said. "
         "Police spokesman Brigadier Fath al-Rahman Osman said 12 attackers were arrested.", "12 attackers", "SD"),
        # a force with a name of its own is not the state's
        ("Myanmar's military lost another town. Arakan Army chief Twan Mrat said his fighters held 14 townships "
         "of Myanmar's Rakhine state.", "14 townships", None),
    ],
)
def test_a_plain_state_force_spokesman_speaks_for_the_reports_state(nlp, text, words, side):
    assert said(nlp, text, words)["side"] == side


def test_where_a_named_person_is_gives_no_side(nlp):
    text = ("UN envoy Marco Vance met army chief Abdel Fattah al-Burhan and RSF commander Abdelrahim Dagalo in "
            "Jeddah on Sunday. Dagalo left the talks early on Monday. He said the army had broken the truce twice.")
    speaker = said(nlp, text, "broken the truce")
    assert speaker["name"] == "Abdelrahim Dagalo"
    assert speaker["side"] is None


@pytest.mark.parametrize(
    ("text", "words", "name", "side"),
    [
        ("Q&A: A Sudanese army officer on the battle for Omdurman\n"
         "Colonel Hamid Osman of the Sudanese Armed Forces spoke to us from Omdurman on Thursday.\n"
         "Q: How many men did you lose last week?\n"
         "A: Eleven. We told the mediators that the RSF had broken the truce on the bridge.\n"
         "Q: Will the army push north?\n"
         "A: We announced on Monday that two brigades were already moving.\n",
         "two brigades", "Hamid Osman", "SD"),
        # the interviewee introduced after the answers, as web copy often has it
        ("Q: What do you need most?\n"
         "A: We told the ministry last week that the dialysis machines had stopped.\n"
         "Dr. Olena Kravets, a Ukrainian nephrologist in Kharkiv, spoke to us by video call.\n",
         "dialysis machines", "Olena Kravets", "UA"),
    ],
)
def test_we_in_an_interviews_answer_is_the_interviewee(nlp, text, words, name, side):
    speaker = said(nlp, text, words)
    assert (speaker["name"], speaker["side"]) == (name, side)


def test_we_in_a_labelled_turn_is_the_labelled_speaker(nlp):
    text = ("Minni Minnawi, the governor of Sudan's Darfur region, spoke to Radio Dabanga by phone.\n"
            "DABANGA: Will the joint forces withdraw?\n"
            "MINNAWI: No. We told the envoys on Sunday that our forces would stay in El Fasher.\n")
    names = {c["speaker"]["name"] for c in claims_of(nlp, text) if "forces would stay" in c["text"]}
    assert names == {"Minni Minnawi"}


def test_we_outside_an_interview_stays_unresolved(nlp):
    text = "Colonel Petro Lysenko commands a brigade near Pokrovsk. Later that day we said the road was cut."
    assert said(nlp, text, "road was cut")["name"].lower() == "we"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("Around 80 Wagner fighters have been killed in Mali, according to a count by the Armed Conflict Location "
         "& Event Data Project.", "80 Wagner", "Armed Conflict Location & Event Data Project"),
        ("Kenya's government acknowledged that its troops had crossed into Gedo, saying they were there to stop "
         "al-Shabaab raids.", "stop", "Kenya's government"),
    ],
)
def test_a_name_joined_by_an_ampersand_or_owned_by_a_possessive_stays_whole(nlp, text, words, name):
    found = [c["speaker"]["name"] for c in claims_of(nlp, text) if words in c["text"]]
    assert found and all(n == name for n in found), found


@pytest.mark.parametrize(
    ("text", "words", "name", "title", "side"),
    [
        ("Myanmar's military government did not confirm the loss of the base. Its spokesman, Major General Aung Kyaw "
         "Hla, told state media that troops were still defending the town.", "still defending", "Aung Kyaw Hla",
         "Major General", "MM"),
        ("Ethiopia's defence ministry rejected the report. Its spokesman, Colonel Dawit Bekele, said the army "
         "held every town in Amhara.", "held every town", "Dawit Bekele", "Colonel", "ET"),
    ],
)
def test_its_spokesman_speaks_for_the_body_named_before(nlp, text, words, name, title, side):
    speaker = said(nlp, text, words)
    assert (speaker["name"], speaker["title"], speaker["side"]) == (name, title, side)


def test_the_army_after_the_armed_forces_keeps_what_the_report_calls_it(nlp):
    text = ("OUAGADOUGOU: The armed forces of Burkina Faso said more than 50 fighters had been killed near Dori. "
            "The army said it had also destroyed nine pickup trucks.")
    speaker = said(nlp, text, "nine pickup trucks")
    assert "armed forces" in speaker["name"].lower()
    assert speaker["role"] == "army"
    assert speaker["side"] == "BF"
