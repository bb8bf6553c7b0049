"""One attribution, one claim: a cue set off inside a clause reports the whole clause,
quotation and all ("In Kharkiv, the mayor said, the city is 'a fortress'"); a second
cue of the same speaker inside that content, or a participle beside the speaker that
only repeats the same quotation, is no second claim; "I am sure …" inside a quotation
is the quoted speaker's words, not a claim of "I"; a credit line is nobody's claim.
Sentences written for these tests, across wars and styles (wire, state media,
interviews, aggregator rewrites), with the look-alikes that must keep their claims."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "start", "inside"), [
    # wire: a set-off cue before a scare-quoted description
    ("In Kharkiv, Mayor Terekhov said, the city is seen as ''a fortress that will not fall.''",
     "In Kharkiv", "a fortress that will not fall"),
    # state media: a ministry's statement set off with its channel
    ('The situation near Pokrovsk, the ministry said in a statement, remains "difficult but under control."',
     "The situation near Pokrovsk", "difficult but under control"),
    # an interview: the aid worker's account, her words quoted at the end
    ('At the clinic, the nurse said, the shelves had been "completely empty" for weeks.',
     "At the clinic", "completely empty"),
    # an aggregator's rewrite of aid workers' accounts
    ('In the camps, aid workers say, families are living on "one meal a day."', "In the camps", "one meal a day"),
])
def test_set_off_cue_reports_the_whole_clause(nlp, text, start, inside):
    claims = find_claims(nlp(text))
    assert len(claims) == 1
    assert claims[0].text.startswith(start)
    assert inside in claims[0].text


@pytest.mark.parametrize(("text", "content"), [
    # the quotation stands before the cue: it is what is said, as before
    ('"We will hold the bridge," the commander said, "whatever it costs."', "We will hold the bridge"),
    # a cue with its own "that" clause keeps that clause
    ('The army said on Monday that the coastal road was "open again" after the shelling.',
     'the coastal road was "open again" after the shelling'),
])
def test_cue_outside_the_clause_keeps_its_content(nlp, text, content):
    assert [c.text for c in find_claims(nlp(text))][0] == content


@pytest.mark.parametrize(("text", "content"), [
    # a set-off cue after the clause's verb: the clause goes on past the cue
    ("The situation is difficult, the general said, but under control.",
     "The situation is difficult, the general said, but under control"),
    ("The road to El Fasher is dangerous, the aid worker said, but still open.",
     "The road to El Fasher is dangerous, the aid worker said, but still open"),
])
def test_set_off_cue_after_the_verb_reports_both_sides(nlp, text, content):
    assert [c.text for c in find_claims(nlp(text))] == [content]


@pytest.mark.parametrize(("text", "content"), [
    # a closing cue: only the clause before it, and a participle after it is a claim of its own
    ("Ukrainian forces repelled 30 attacks near Pokrovsk, the general staff said on Telegram.",
     "Ukrainian forces repelled 30 attacks near Pokrovsk"),
    ("Sixteen people were killed, the ministry said, adding that rescuers were still searching.",
     "Sixteen people were killed"),
    # a clause of its own after the cue: the writer's next fact, or another speaker's
    ("The bridge was hit twice, the mayor said, and traffic has been halted since dawn.",
     "The bridge was hit twice"),
    ("About 350 families fled Ain Zara, the municipality said, and at least 60 migrants were stranded.",
     "About 350 families fled Ain Zara"),
])
def test_closing_cue_reports_the_clause_before_it(nlp, text, content):
    assert [c.text for c in find_claims(nlp(text))][0] == content


@pytest.mark.parametrize("text", [
    "Recently, he said, he has realized that the rest of the province is not as safe as Goma.",
    "Last month, the governor said, she had decided that the schools in Sumy would stay closed.",
])
def test_same_speaker_cue_inside_the_content_is_one_claim(nlp, text):
    assert len(find_claims(nlp(text))) == 1


def test_another_speaker_inside_the_content_keeps_its_claim(nlp):
    # the spokesman reports what the army warned: two speakers, two claims
    claims = found(nlp, "The spokesman said the army had warned that civilians in Rafah should leave.")
    assert {s for s, _, _ in claims} == {"spokesman", "army"}


@pytest.mark.parametrize("text", [
    # aggregator rewrite: a participle of the same speaker beside the quotation
    ('"The strikes on shipping will continue," said the Houthi spokesman, warning that more were coming.'),
    # a relative clause about the speaker's work, not a second statement
    ("''The ceasefire lines will not survive the winter,'' said Olena Hrytsak, who writes about the front "
     "for a Kyiv weekly."),
    ("''Nobody listens to the villages,'' scoffed Amadou Diallo, 52, who helped found the militia in 2019."),
])
def test_no_second_claim_of_the_same_quotation(nlp, text):
    texts = [t.strip(" ,.") for _, _, t in found(nlp, text)]
    assert len(texts) == len(set(texts))
    assert len(texts) >= 1


@pytest.mark.parametrize(("text", "speaker"), [
    ('"Nobody told us why," the commander said. "I am afraid this provocation will lead to something worse."',
     "commander"),
    ("''It's the right man,'' Ms. Haddad answered, naming the envoy. ''I'm sure he knows the camps. "
     "He has been there.''", "Haddad"),
    ('"We did what we could," the doctor said. "We are confident that the convoy will get through."', "doctor"),
])
def test_belief_word_inside_a_quotation_is_the_quoted_speakers(nlp, text, speaker):
    claims = found(nlp, text)
    assert not any(s in {"I", "We", "we"} for s, _, _ in claims)
    assert all(speaker in s for s, _, _ in claims)
    assert len(claims) == 2  # the run-on quotation stays the speaker's


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Residents of Kherson are convinced that the drones came from across the river.",
     "Residents", "the drones came from across the river"),
    ('Villagers were "absolutely sure" that the shells came from the army\'s side.',
     "Villagers", "the shells came from the army's side"),
])
def test_belief_word_outside_a_quotation_is_a_claim(nlp, text, speaker, content):
    assert any(speaker in s and c == content for s, _, c in found(nlp, text))


@pytest.mark.parametrize("text", [
    "Contributing: Anna Petrova in Kyiv and Samir Haddad in Beirut.",
    "Additional reporting: Grace Wanjiru, Nairobi.",
])
def test_credit_line_is_no_claim(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # wire: the agency relays the air force's words; the claim is the air force's
    ('"We shot down 12 of the 15 drones," the air force said, according to Ukrinform.',
     "air force", "We shot down 12 of the 15 drones"),
    # aggregator rewrite of a statement carried by another outlet
    ('"The corridor will stay open," the governor said on Sunday, according to an AFP account.',
     "governor", "The corridor will stay open"),
])
def test_a_relayed_statement_is_the_speakers_claim(nlp, text, speaker, content):
    assert found(nlp, text) == [(speaker, "said", content)]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    # a source phrase alone: its source's claim
    ("Twelve people were killed in the strike on Odesa, according to the health ministry.",
     "health ministry", "Twelve people were killed in the strike on Odesa"),
    ("According to the UN, the camp near Goma holds 40,000 people.", "UN", "the camp near Goma holds 40,000 people"),
])
def test_according_to_alone_keeps_its_claim(nlp, text, speaker, content):
    assert (speaker, "according to", content) in found(nlp, text)


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The army said the town had fallen, according to state media.", "army", "the town had fallen"),
    ("The witness said the order was to delay the inquiry, according to the report.", "witness",
     "the order was to delay the inquiry"),
])
def test_a_relayed_paraphrase_ends_before_its_source(nlp, text, speaker, content):
    assert found(nlp, text) == [(speaker, "said", content)]


def test_a_source_telling_more_keeps_its_own_claim(nlp):
    # the source tells a scene, not only what the commander told
    claims = found(nlp, "At dawn, the commander met his officers in Abeche and told them the road was safe, "
                        "according to someone who attended.")
    assert "according to" in {cue for _, cue, _ in claims}


@pytest.mark.parametrize(("text", "content"), [
    # "according to" naming no source, inside what is said: the content stays whole
    ('The minister, speaking in Kyiv, said the counteroffensive was "going according to plan."',
     'the counteroffensive was "going according to plan'),
    ("The general said the withdrawal from Kherson was carried out according to the law.",
     "the withdrawal from Kherson was carried out according to the law"),
])
def test_according_to_no_source_is_part_of_the_content(nlp, text, content):
    assert content in {c for _, _, c in found(nlp, text)}


@pytest.mark.parametrize(("text", "source", "content", "other", "said"), [
    # wire: two sources' figures in one sentence, the second opened by "while" / "and"
    ("More than 90,000 people have fled northern Israel since October, according to Israeli officials, "
     "while Lebanese authorities say around 100,000 have been displaced in the south.",
     "Israeli officials", "More than 90,000 people have fled northern Israel since October",
     "Lebanese authorities", "around 100,000 have been displaced in the south"),
    ("More than 40,000 people have fled Kadugli since June, according to the International Organization "
     "for Migration, and aid agencies say famine conditions have been confirmed there.",
     "International Organization for Migration", "More than 40,000 people have fled Kadugli since June",
     "aid agencies", "famine conditions have been confirmed there"),
])
def test_a_source_phrase_holds_the_clause_before_a_clause_of_its_own(nlp, text, source, content, other, said):
    claims = {(s, c) for s, _, c in found(nlp, text)}
    assert (source, content) in claims and (other, said) in claims
