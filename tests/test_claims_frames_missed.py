"""Attributions in ordinary frames the extractor used to lose, found in a third PolNeAR
train-split error study: a "that" clause with an aside's "as" inside it, a quotation
before the speaker that belongs to someone else or to the scene, a scare-quoted word in
the clause before "…, he said", a participle the parser made the cue's subject, a
passive's subject who then speaks, "he's said", "some accused", bodies and documents
that speak (a panel, an inquiry, an email, a lawsuit), and a label in quotation marks
after "called". Sentences written for these tests, across wars and styles."""

from __future__ import annotations

from functools import partial

import pytest
from claim_checks import claims_in, said


@pytest.fixture(scope="module")
def claims_of(nlp):
    return partial(claims_in, nlp)


def _show(claims):
    return [(c.speaker.name, c.cue, c.text) for c in claims]


@pytest.mark.parametrize("text, speaker, words", [
    # "that …, as …, …": the aside's "as" does not make the content a circumstance
    ("On Tuesday, the RSF commander insisted that civilians who stayed in El Fasher - as many of his "
     "fighters had - were \"safe.\"", "commander", "civilians who stayed in El Fasher"),
    ("The Houthi spokesman maintained that ships which ignored the warnings, as two tankers did last "
     "week, would be targeted.", "spokesman", "would be targeted"),
    ("Myanmar's junta claimed that the rebels, as in Lashio last year, had used civilians as shields.",
     "junta", "had used civilians as shields"),
])
def test_a_that_clause_with_an_aside_is_the_content(claims_of, text, speaker, words):
    claims = claims_of(text)
    assert said(claims, speaker, words), _show(claims)


@pytest.mark.parametrize("text, speaker, words, not_words", [
    # a quotation before the speaker is not what the cue reports when the cue has a clause of its own
    ("Walking out of the talks to shouts of \"Traitor! Traitor!\", the Sudanese envoy said his delegation "
     "was \"ready to return.\"", "envoy", "his delegation was", "Traitor"),
    ("After the Kremlin claimed that \"the city is fully liberated,\" a Ukrainian commander said his "
     "brigade still held the western districts.", "commander", "his brigade still held", "liberated"),
    # a scare-quoted word inside the clause before "…, X said" is part of that clause
    ("Those who stayed behind in Khan Younis survive on one meal a day, even in a \"safe\" zone, the aid "
     "worker said.", "aid worker", "survive on one meal a day", None),
])
def test_a_quotation_before_the_speaker_yields_to_the_clause(claims_of, text, speaker, words, not_words):
    claims = claims_of(text)
    assert said(claims, speaker, words), _show(claims)
    if not_words:
        assert not said(claims, speaker, not_words), _show(claims)


@pytest.mark.parametrize("text, speaker, words", [
    # a quotation right beside its speaker is still the content when the cue has no clause of its own
    ("\"We will not leave,\" the mayor of Kherson said.", "mayor", "We will not leave"),
    ("\"The road is cut,\" the governor told reporters on Monday, as shelling resumed.", "governor",
     "The road is cut"),
    ("The army would \"respond at the appropriate time\", a spokesman for the Sahel alliance said.",
     "spokesman", "respond at the appropriate time"),
    # a clause hung on the cue past a comma or inside a title is not what it says
    ("“We held the line for nine days,” the sergeant said in May on the radio show “Voices of Donbas.”",
     "sergeant", "We held the line for nine days"),
    ("“We have buried forty people this week,” the imam said, mentioning the cemetery is “already full.”",
     "imam", "We have buried forty people this week"),
])
def test_a_quotation_beside_its_speaker_is_still_the_content(claims_of, text, speaker, words):
    claims = claims_of(text)
    assert said(claims, speaker, words), _show(claims)


@pytest.mark.parametrize("text, speaker, words", [
    # the people a participle describes, made the cue's clausal subject by the parser
    ("Residents fleeing the fighting around Wad Madani say the paramilitaries looted every pharmacy.",
     "Residents", "the paramilitaries looted every pharmacy"),
    ("Families sheltering in the mosque in Mocimboa da Praia said the insurgents had burned the clinic.",
     "Families", "the insurgents had burned the clinic"),
    # the subject of a passive, someone who can speak, then speaks through the conjoined cue
    ("UN officials were alarmed by the attack and warned that the convoy had been clearly marked.",
     "officials", "the convoy had been clearly marked"),
    ("Two aid workers were detained at the checkpoint and later said they had been beaten.",
     "aid workers", "they had been beaten"),
    # "he's said", "the junta's claimed": a contracted "has", not a passive
    ("He's said the Wagner fighters left Bamako months ago.", "He", "the Wagner fighters left Bamako"),
    ("The junta's claimed the convoy was carrying weapons.", "junta", "the convoy was carrying weapons"),
    # a part of a group accusing
    ("Some accused the army of shelling the market in Myitkyina.", "Some", "the army of shelling the market"),
])
def test_speakers_the_parse_hides(claims_of, text, speaker, words):
    claims = claims_of(text)
    assert said(claims, speaker, words), _show(claims)


@pytest.mark.parametrize("text", [
    "The bridge's been destroyed, the governor said.",
    "Three soldiers were killed in the ambush and the army said the attackers fled toward Niger.",
])
def test_no_speaker_is_made_of_a_passive_thing_or_a_contraction(claims_of, text):
    claims = claims_of(text)
    assert not [c for c in claims if c.speaker.name.lower() in {"bridge", "soldiers", "three soldiers"}], \
        _show(claims)


@pytest.mark.parametrize("text, speaker, words", [
    # bodies and documents that speak
    ("A UN panel concluded that the airstrike violated international law.", "panel",
     "the airstrike violated international law"),
    ("The inquiry found the soldiers had fired without warning.", "inquiry", "the soldiers had fired"),
    ("An email from the district commissioner reveals that the convoy was turned back twice.", "email",
     "the convoy was turned back twice"),
    ("The lawsuit alleges that the contractor supplied drones to the junta.", "lawsuit",
     "the contractor supplied drones"),
    ("The results show that most families in Tigray skip meals.", "results", "most families in Tigray skip meals"),
])
def test_bodies_and_documents_speak(claims_of, text, speaker, words):
    claims = claims_of(text)
    assert said(claims, speaker, words), _show(claims)


def test_election_results_that_say_nothing_are_no_claim(claims_of):
    assert claims_of("Election results from Goma were delayed.") == []


@pytest.mark.parametrize("text, speaker, words", [
    # "called X '…'": the quotation is the label the speaker gives, however the parser hangs it
    ("The junta's spokesman called that \"baseless.\"", "spokesman", "baseless"),
    ("In a statement Tuesday, the rights group called the army's account of the raid \"implausible and "
     "self-serving.\"", "rights group", "implausible and self-serving"),
    # a label, then a second cue the parser conjoined to it
    ("The foreign minister called it \"shameful\" and called on the council \"not to look away from Gaza.\"",
     "minister", "not to look away from Gaza"),
])
def test_a_quoted_label_after_called_is_said(claims_of, text, speaker, words):
    claims = claims_of(text)
    assert said(claims, speaker, words), _show(claims)


def test_a_label_ends_before_the_next_cue(claims_of):
    claims = claims_of("The foreign minister called it \"shameful\" and called on the council \"not to look "
                       "away from Gaza.\"")
    first = [c for c in claims if "shameful" in c.text]
    assert first and "council" not in first[0].text, _show(claims)


@pytest.mark.parametrize("text", [
    "The governor called the head of the relief agency on Sunday.",
    "The premier called the commander of the \"Azov\" brigade to congratulate him.",
])
def test_a_telephone_call_says_nothing(claims_of, text):
    claims = claims_of(text)
    assert not [c for c in claims if c.cue.lower().startswith("call")], _show(claims)


def test_a_cue_inside_another_cues_promise_is_not_a_claim_of_its_own(claims_of):
    claims = claims_of("The president called the strike \"barbaric\" and vowed to respond.")
    assert not [c for c in claims if c.cue.lower().startswith("respond")], _show(claims)
    assert said(claims, "president", "barbaric"), _show(claims)


@pytest.mark.parametrize("text, speaker, words", [
    # a noun that takes an infinitive as its content: a claim, a promise, a call
    ("Kyiv's claim to have downed forty drones could not be verified.", "Kyiv", "to have downed forty drones"),
    ("His promise to reopen the crossing at Rafah was broken within a week.", "he", "to reopen the crossing"),
    ("The envoy's call to lift the siege of El Fasher went unanswered.", "envoy", "to lift the siege"),
])
def test_a_noun_with_an_infinitive_content(claims_of, text, speaker, words):
    claims = claims_of(text)
    assert said(claims, speaker, words), _show(claims)


@pytest.mark.parametrize("text", [
    "There was a call to prayer before the shelling began.",
    "The ministry has no claim to make about the losses.",
    "The militia's failure to hold Kidal surprised nobody.",
])
def test_a_noun_without_a_maker_or_not_a_statement_says_nothing(claims_of, text):
    assert claims_of(text) == []


@pytest.mark.parametrize("text", [
    # an idiom, an increase, how much was said, and nobody speaking: no claim
    "All told, forty villages in Rakhine were burned in a month.",
    "In the past month, the RSF has added two thousand fighters to its ranks near El Obeid.",
    "The ministry said little about the drone strikes on the refinery.",
    "Nobody asked about the shelling of Avdiivka at the briefing.",
    "No one said a word when the list of the dead in Sumy was read.",
])
def test_words_that_look_like_cues_but_report_nothing(claims_of, text):
    assert claims_of(text) == [], _show(claims_of(text))


@pytest.mark.parametrize("text, speaker, words", [
    ("The commander added that the drones had come from the south.", "commander", "the drones had come"),
    ("\"The bridge is gone,\" the colonel added.", "colonel", "The bridge is gone"),
    ("Officials told reporters little had changed in Sennar.", "Officials", "little had changed in Sennar"),
])
def test_adding_and_telling_still_speak(claims_of, text, speaker, words):
    claims = claims_of(text)
    assert said(claims, speaker, words), _show(claims)


def test_whom_a_question_is_put_to_is_not_what_it_asks(claims_of):
    claims = claims_of("\"Is the corridor to Mariupol open?\" a reporter asked the minister.")
    assert said(claims, "reporter", "Is the corridor to Mariupol open"), _show(claims)
    assert not [c for c in claims if c.text.strip(" .") == "the minister"], _show(claims)


def test_a_quoted_label_conjoined_to_a_content_clause_is_the_speakers(claims_of):
    claims = claims_of("The junta's spokesman denied that any villages near Sagaing had been burned and called "
                       "the witness accounts \"inventions\".")
    assert said(claims, "spokesman", "any villages near Sagaing had been burned"), _show(claims)
    assert said(claims, "spokesman", "inventions"), _show(claims)
    assert not [c for c in claims if "villages" in c.speaker.name], _show(claims)


@pytest.mark.parametrize("text, speaker, words", [
    # "find" and "conclude" close a sentence of reported findings as "said" does
    ("Eighty percent of the displaced in Rafah have no tent, the survey found.", "survey",
     "Eighty percent of the displaced in Rafah have no tent"),
    ("The airstrike violated the laws of war, the inquiry concluded.", "inquiry",
     "The airstrike violated the laws of war"),
    ("The investigators found that the drone had been launched from inside Sudan.", "investigators",
     "the drone had been launched from inside Sudan"),
])
def test_findings_close_a_sentence(claims_of, text, speaker, words):
    claims = claims_of(text)
    assert said(claims, speaker, words), _show(claims)


@pytest.mark.parametrize("text, reported", [
    ("Soldiers found weapons hidden in the school, the army said.", "Soldiers"),
    ("Villagers found the bodies of six men near Bucha, the prosecutor said.", "Villagers"),
    ("The militia's leaders concluded a deal with the army in Ituri.", "leaders"),
])
def test_finding_a_thing_is_no_claim(claims_of, text, reported):
    claims = claims_of(text)
    assert not [c for c in claims if reported in c.speaker.name], _show(claims)


@pytest.mark.parametrize("text", [
    "Just three hours later, the envoy found himself in the awkward position of defending the truce.",
    "Whatever drove them to enlist, the volunteers have found a support system in the brigade.",
])
def test_a_cue_with_an_object_of_its_own_closes_no_clause(claims_of, text):
    assert claims_of(text) == [], _show(claims_of(text))


@pytest.mark.parametrize("text, speaker", [
    ("Three fishermen were killed near Rafah, the ministry told reporters.", "ministry"),
    ("Three fishermen were killed near Rafah, the ministry told AFP on Sunday.", "ministry"),
])
def test_telling_someone_still_closes_a_clause(claims_of, text, speaker):
    claims = claims_of(text)
    assert said(claims, speaker, "Three fishermen were killed near Rafah"), _show(claims)


def test_an_attribution_closing_the_sentence_holds_a_claim_inside_it_whole(claims_of):
    claims = claims_of("At the moment the convoy crossed into Sudan, the commander was meeting his officers in "
                       "Abeche and told them the road was safe, according to someone who attended.")
    assert said(claims, "someone", "the commander was meeting his officers in Abeche and told them"), _show(claims)
    assert said(claims, "commander", "the road was safe"), _show(claims)


def test_a_contrast_after_the_attribution_is_still_cut(claims_of):
    claims = claims_of("The army said the town had been retaken, while the RSF announced it still held the market.")
    assert said(claims, "army", "the town had been retaken"), _show(claims)
    assert not said(claims, "army", "RSF"), _show(claims)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The junta accused the rebels of shelling a market in Lashio on Friday.", "shelling a market"),
        ("Mali's junta said on Monday that its forces had repelled an attack near Kayes.", "repelled an attack"),
    ],
)
def test_a_junta_speaks_as_a_body(claims_of, text, words):
    assert said(claims_of(text), "junta", words), _show(claims_of(text))
