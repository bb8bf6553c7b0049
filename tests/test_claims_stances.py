"""Stances toward a thing (claims_stances.py, role ``stance`` in data/cues.tsv; stance
prepositions in data/phrasal_cues.tsv; proposals in claims_objects.PROPOSALS): "supports
the ceasefire plan", "voted against the resolution", "welcomed the deal" are claims of the
speaker; the military senses of the same words ("Russian-backed forces", "backed by air
support", "troops supporting the offensive", "Iran backs the Houthis with weapons") and a
bare party ("Moscow backs the separatists") are not. Sentences written for these tests,
across wars and styles (wire, state media, NGO, interview, poll)."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims
from claimledger.extract.cues import cue_table, cues_with


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


# ------------------------------------------------------------------ stances that are claims
@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # Gaza, wire copy: a plan, with who put it forward
    ("Turkey's foreign ministry supports the ceasefire plan put forward by Qatar.",
     "foreign ministry", "supports", "the ceasefire plan put forward by Qatar"),
    # Sudan, a regional body: a proposal described
    ("The African Union backed the proposal for a transitional government in Khartoum.",
     "African Union", "backed", "the proposal for a transitional government in Khartoum"),
    # Syria, state media
    ("In a statement carried by state news agency SANA, Damascus backed the proposal to reopen the Nasib crossing.",
     "Damascus", "backed", "the proposal to reopen the Nasib crossing"),
    # cluster munitions, an NGO
    ("Amnesty International has long opposed the use of cluster munitions in residential areas.",
     "Amnesty International", "opposed", "the use of cluster munitions in residential areas"),
    # Sudan: a party named inside what is opposed is still the thing opposed
    ("Sudan's army chief opposes any deal with the RSF.", "army chief", "opposes", "any deal with the RSF"),
    # Ukraine, EU politics
    ("Hungary has repeatedly opposed new sanctions on Moscow.", "Hungary", "opposed", "new sanctions on Moscow"),
    # Haiti: a nominalised act
    ("Kenya's president championed the deployment of police officers to Haiti.",
     "president", "championed", "the deployment of police officers to Haiti"),
    # Yemen: what a party seeks, a proposal
    ("The Houthis seek the release of prisoners held in Marib.",
     "Houthis", "seek", "the release of prisoners held in Marib"),
    # Ukraine, an interview write-up: an idea
    ("Zelensky backed the idea of a European peacekeeping force.",
     "Zelensky", "backed", "the idea of a European peacekeeping force"),
    # Myanmar, exile media: an act told by a gerund
    ("The National Unity Government supports holding talks with the ethnic armed groups.",
     "National Unity Government", "supports", "holding talks with the ethnic armed groups"),
    # Russia's war, a relative clause: the state it is about holds the stance
    ("Belarus, which backed the invasion, hosted Russian troops.", "Belarus", "backed", "the invasion"),
    # Ethiopia, a parliament's vote
    ("Ethiopia's parliament voted against the extension of the state of emergency.",
     "parliament", "voted", "the extension of the state of emergency"),
    # the UN: a bare resolution voted on is a stance on what is proposed
    ("Twelve members of the Security Council voted for the resolution, while Russia and China abstained.",
     "members", "voted", "the resolution"),
    # Iran, rights groups
    ("Rights groups are campaigning against the death penalty for protesters in Iran.",
     "Rights groups", "campaigning", "the death penalty for protesters in Iran"),
    # Sudan: a push for a pause
    ("The EU is pushing for a humanitarian pause in El Fasher.", "EU", "pushing", "a humanitarian pause in El Fasher"),
    # Gaza, wire: what a party wants, when it is a proposal or an act
    ("Hamas wants a permanent ceasefire and the withdrawal of Israeli troops from Gaza.",
     "Hamas", "wants", "a permanent ceasefire and the withdrawal of Israeli troops from Gaza"),
    # Ukraine, diplomatic copy
    ("Ukraine's allies prefer a negotiated settlement.", "allies", "prefer", "a negotiated settlement"),
    # Kenya / Haiti, parliament: a stance told through "in …ing", the holder up the chain
    ("Lawmakers in Nairobi were united in supporting the Haiti mission.",
     "Lawmakers", "supporting", "the Haiti mission"),
    ("In opposing the deployment request, the defence minister said the army was stretched.",
     "defence minister", "opposing", "the deployment request"),
    # Iran deal, a poll-like count of lawmakers: a party named after the thing is not the content
    ("Most Democrats have not signed on, even though several oppose the nuclear deal with Tehran.",
     "several", "oppose", "the nuclear deal"),
    # Ukraine: an aim stated as an act
    ("Kyiv seeks the return of its occupied territory.", "Kyiv", "seeks", "the return of its occupied territory"),
    # a bare proposal welcomed or endorsed (cues.tsv object cues)
    ("Beijing welcomed the agreement.", "Beijing", "welcomed", "the agreement"),
    ("The Arab League endorsed the plan.", "Arab League", "endorsed", "the plan"),
])
def test_a_stance_toward_a_thing_is_a_claim(nlp, text, speaker, cue, content):
    claims = found(nlp, text)
    assert any(speaker in s and q == cue and c == content for s, q, c in claims), claims


# ------------------------------------------------------------------ military and material senses
@pytest.mark.parametrize("text", [
    "Russian-backed forces advanced towards Pokrovsk.",
    "The government-backed militia took control of the town.",
    "The infantry was backed by air support and artillery.",
    "Rebels supported by Rwanda seized Bukavu.",
    "Wagner fighters backed by Malian troops attacked the village.",
    "The Ukrainian brigade, supported by HIMARS strikes, pushed towards Robotyne.",
    "Kurdish-led forces, backed by the US-led coalition, retook the town.",
    "The paratroopers were supported by attack helicopters.",
    "Soldiers backed up by armoured vehicles entered Jenin.",
    "Troops supporting the offensive came under drone fire near Avdiivka.",
    "Fighters backing the army retook Wad Madani.",
    "Opposing forces clashed near Goma overnight.",
    "The offensive was carried out with the support of drones and tanks.",
    "The jets flew in support of the ground offensive.",
    "The brigade supported the assault with mortar fire.",
    "The drones supported the ground assault on the airport.",
    "Troops supported the withdrawal of the civilians from the encircled town.",
    "Russia backed the offensive with heavy bombing.",
    "The army supported the police operation in Gao.",
    "Tehran supports Hezbollah with money and rockets.",
    "Iran backs the militia with weapons and training.",
    "The militia seeks to capture the airport.",
    "Rebels seek control of the oil fields.",
    "He supported his wounded comrade to the aid station.",
    "The army wants more ammunition.",
    "Soldiers want to go home.",
    "He won the seat by backing the reform plan.",            # a means, not a stance told
    "The coalition supported the offensive by bombing bridges.",
    "If the council backed the plan, the talks would resume.",  # a condition
    "The soldiers supported the evacuation of the wounded.",
    "Russia seeks the capture of Pokrovsk.",
    "The RSF wants control of El Fasher.",
    "The militia, which Iran backs, attacked the base.",
])
def test_help_given_is_no_claim(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Moscow backs the separatists in Transnistria.",         # a party
    "The Saudi-led coalition supports the government in Aden.",
    "Washington supported Kyiv throughout the war.",
    "The junta did not support the plan.",                   # negated: nothing held
    "Kyiv does not want a frozen conflict.",
])
def test_a_party_backed_or_a_negated_stance_is_no_claim(nlp, text):
    assert found(nlp, text) == []


def test_a_unit_calling_in_help_says_nothing(nlp):
    assert found(nlp, "The unit called in reinforcements to back up the platoon.") == []
    assert found(nlp, "Reservists were called up to back the front line.") == []
    # a call for something is still one
    assert found(nlp, "Aid groups called for an immediate truce in Tigray.")


def test_a_stance_inside_reported_speech_stays_the_reporters_content(nlp):
    """The speaker who tells of the stance keeps the whole clause; the stance within it
    is not a second claim over the same words."""
    claims = found(nlp, "Rwanda backs the M23 rebels, UN experts said.")
    assert claims == [("UN experts", "said", "Rwanda backs the M23 rebels")]


def test_stance_verbs_are_no_reporting_cues():
    """A stance verb is read only by claims_stances.py: no other reader takes it for a
    speech cue (so it never cuts a content nor lends its speech to a subject)."""
    assert {"support", "oppose", "back"} <= cues_with("stance")
    assert not cues_with("stance") & set(cue_table())


# ------------------------------------------------------------------ stances named by a noun
@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("China's support for the peace plan angered Kyiv.", "China", "support", "the peace plan"),
    ("The EU's opposition to the deal was clear.", "EU", "opposition", "the deal"),
    ("Kyiv's criticism of the plan grew louder.", "Kyiv", "criticism", "the plan"),
    ("Washington voiced support for the proposal.", "Washington", "support", "the proposal"),
    # the parser hangs the noun's "for" on the verb that voices it
    ("Rights groups renewed their calls for an independent inquiry.", "Rights groups", "calls",
     "an independent inquiry"),
    ("The families renewed their demands for an inquiry.", "families", "demands", "an inquiry"),
    ("Kyiv's demand for more air defence went unanswered.", "Kyiv", "demand", "more air defence"),
])
def test_a_stance_noun_with_its_holder_is_a_claim(nlp, text, speaker, cue, content):
    claims = found(nlp, text)
    assert any(speaker in s and q == cue and c == content for s, q, c in claims), claims


@pytest.mark.parametrize("text", [
    "Iran's support for the Houthis has drawn US strikes.",   # a party helped
    "Russian support for the separatists continued.",
    "The offensive had air support.",
    "Despite calls for restraint, the army pressed on.",
    "Its support for the plan was welcomed.",                 # no holder the noun names
])
def test_a_stance_noun_without_holder_or_with_a_party_is_no_claim(nlp, text):
    assert not any(cue in {"support", "opposition", "criticism"} for _, cue, _ in found(nlp, text))


def test_a_polls_stance_is_the_polls_claim(nlp):
    """A survey's finding stays the survey's: the stance inside it is no second claim."""
    claims = found(nlp, "In a survey released on Monday by the Kyiv institute, 60 percent of respondents "
                        "opposed any territorial concessions.")
    assert [c for _, c, _ in claims] != ["opposed"] and claims


# ------------------------------------------------------------------ passives and "in favour of"
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The plan was backed by France and Germany.", "France", "The plan"),
    ("The ceasefire proposal put forward by Egypt was supported by twelve members of the Security Council.",
     "members", "The ceasefire proposal put forward by Egypt"),
    ("The truce backed by the African Union collapsed within hours.", "African Union", "The truce"),
    ("Ethiopia's parliament voted in favour of lifting the state of emergency.", "parliament",
     "lifting the state of emergency"),
    ("The Arab League came out in support of the Egyptian plan for Gaza.", "Arab League",
     "the Egyptian plan for Gaza"),
])
def test_a_proposal_backed_by_a_speaker_is_the_speakers_claim(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and c == content for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "The rebels are backed by Rwanda.",
    "A militia backed by Iran shelled the base.",
    "The offensive was supported by drones and artillery.",
    "The ceasefire was backed by artillery fire.",             # a proposal word, but fire is no speaker
    "The withdrawal was supported by helicopters.",
    "The drone strike was backed by US intelligence.",
    "Warplanes flew in support of the ground offensive.",
    "Thousands rallied in support of the president in Bamako.",
    "The fighters were deployed in support of the operation near Kidal.",
])
def test_a_force_backed_or_help_flown_is_no_claim(nlp, text):
    assert found(nlp, text) == []
