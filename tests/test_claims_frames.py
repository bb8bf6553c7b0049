"""Attributions that no reporting verb with its subject carries: beliefs held in an
adjective, statements named by a noun, passives with no source, shouted and chanted
words, and contents that follow the cue after a clause about the speaker. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from claimledger.data import read_table
from claimledger.extract.claims import find_claims
from claimledger.extract.claims_frames import FRAME_KINDS, UNNAMED, cue_frames, frame_cue
from claimledger.extract.cues import cue_table


def claims_of(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


def test_cue_frames_table_reads_every_word_as_a_known_cue():
    rows = read_table("cue_frames.tsv")
    assert all(len(row) == 3 for row in rows), [r for r in rows if len(r) != 3]
    keys = [(word, kind) for word, kind, _ in rows]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
    for word, kind, cue in rows:
        assert kind in FRAME_KINDS, word
        assert word == word.lower(), word
        assert cue in cue_table(), (word, cue)  # hedge and polarity come from the verb
    assert frame_cue("denial", "noun") == "deny"
    assert frame_cue("Convinced", "adjective") == "believe"
    assert frame_cue("convinced", "noun") is None
    assert len(cue_frames()) == len(rows)
    with pytest.raises(ValueError, match="unknown cue frame"):
        frame_cue("fear", "verb")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Residents of El Fasher are convinced that the drones came from across the border.",
         "Residents", "the drones came from across the border"),
        ("UN investigators are confident that the convoy near Goma was hit by a guided missile.",
         "UN investigators", "the convoy near Goma was hit by a guided missile"),
        ("Yemeni officials are certain that the tanker was struck by a naval drone.",
         "Yemeni officials", "the tanker was struck by a naval drone"),
        ("Aid agencies are worried that the cholera outbreak in Taiz will reach the camps.",
         "Aid agencies", "the cholera outbreak in Taiz will reach the camps"),
        ("Ukrainian commanders are optimistic that the line near Kupiansk will hold through winter.",
         "Ukrainian commanders", "the line near Kupiansk will hold through winter"),
        ("Villagers in Rakhine are afraid that the junta will bomb the market again.",
         "Villagers", "the junta will bomb the market again"),
    ],
)
def test_beliefs_held_in_an_adjective_are_claims_of_the_subject(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in s and t == content for s, _, t in found), found


def test_belief_adjectives_without_a_clause_or_a_speaker_say_nothing(nlp):
    assert claims_of(nlp, "The ceasefire in Gaza remains uncertain after a night of strikes.") == []
    assert claims_of(nlp, "It is certain to be a long winter on the front near Bakhmut.") == []
    assert claims_of(nlp, "The road to Kadugli is sure to flood in the rains.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("Kyiv's claim that the bridge at Kherson was destroyed could not be verified.",
         "Kyiv", "claim", "the bridge at Kherson was destroyed"),
        ("Aid workers voiced fears that the cholera outbreak would spread to Aden.",
         "Aid workers", "fears", "the cholera outbreak would spread to Aden"),
        ("The ministry repeated its claim that the hospital had been used as a command post.",
         "ministry", "repeated", "the hospital had been used as a command post"),
        ("There was no denial by the military that its jets had bombed the monastery.",
         "military", "denial", "its jets had bombed the monastery"),
        ("The RSF's insistence that its fighters never entered the camp drew scorn from survivors.",
         "RSF", "insistence", "its fighters never entered the camp"),
        ("Hamas made the accusation that Israeli forces had fired on the aid queue.",
         "Hamas", "accusation", "Israeli forces had fired on the aid queue"),
    ],
)
def test_statements_named_by_a_noun(nlp, text, speaker, cue, content):
    found = claims_of(nlp, text)
    assert any(speaker in s and c == cue and t == content for s, c, t in found), found


def test_a_possessive_pronoun_before_a_noun_cue_is_the_speaker_named_before(nlp):
    text = ("Colonel Assimi Goita addressed the troops in Bamako on Monday. "
            "His warning that jihadists would target the convoys was broadcast on state television.")
    claims = find_claims(nlp(text))
    warning = next(c for c in claims if c.cue == "warning")
    assert warning.text == "jihadists would target the convoys"
    assert warning.speaker.kind == "person"


def test_a_denial_named_by_a_noun_keeps_its_polarity(nlp):
    claims = find_claims(nlp("There was no acknowledgment by Moscow that its troops had crossed into the village."))
    assert [c.polarity for c in claims] == ["denied"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("There were reports that the army had shelled the camp near Zamzam overnight.",
         "the army had shelled the camp near Zamzam overnight"),
        ("Rumours that the commander had been killed spread through Tessalit on Friday.", None),
        ("Fears that the dam at Kakhovka would fail grew after the shelling.", None),
    ],
)
def test_plural_statement_nouns_without_a_maker_are_unnamed_sources(nlp, text, content):
    claims = find_claims(nlp(text))
    unnamed = [c for c in claims if c.speaker.kind == "unnamed" and c.speaker.name == UNNAMED]
    if content is None:
        assert all(c.speaker.name == UNNAMED for c in claims)
    else:
        assert [c.text for c in unnamed] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("It was reported that the militia had seized two villages near Kadugli.",
         "the militia had seized two villages near Kadugli"),
        ("It is believed that at least 40 fighters died in the ambush near Menaka.",
         "at least 40 fighters died in the ambush near Menaka"),
        ("It is feared that hundreds remain trapped under the rubble in Khan Younis.",
         "hundreds remain trapped under the rubble in Khan Younis"),
        ("The rebel commander is believed to have fled across the border into Chad.",
         "The rebel commander is believed to have fled across the border into Chad"),
        ("Two journalists are thought to be held by the militia in Ituri.",
         "Two journalists are thought to be held by the militia in Ituri"),
    ],
)
def test_passives_with_no_source_are_said_by_an_unnamed_source(nlp, text, content):
    claims = find_claims(nlp(text))
    assert [(c.speaker.name, c.speaker.kind, c.text) for c in claims] == [(UNNAMED, "unnamed", content)]


def test_a_passive_with_its_source_names_that_source(nlp):
    claims = find_claims(nlp("It was reported by the Syrian Observatory that six soldiers died near Palmyra."))
    assert [c.speaker.name for c in claims] != [UNNAMED]


def test_forecasts_intentions_and_plain_actions_are_no_claims(nlp):
    for text in ("Talks between the army and the RSF are expected to resume in Jeddah next week.",
                 "The army plans to withdraw its last units from the town by Friday.",
                 "The Houthis want the blockade of Hodeidah lifted.",
                 "Russian troops shelled the outskirts of Kharkiv on Sunday.",
                 "The M23 rebels refused to leave the hills above Sake."):
        assert claims_of(nlp, text) == [], text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"They burned everything," one farmer shouted as the trucks passed through Tawila.',
         "farmer", "They burned everything"),
        ('"Bring the wounded to the school!" a medic yelled over the sirens in Rafah.',
         "medic", "Bring the wounded to the school!"),
        ('"We will not leave our land," the villagers chanted outside the UN base.',
         "villagers", "We will not leave our land"),
        ("The army spokesman, Colonel Ahmed Saleh, suggested that the militia had used the truce to rearm.",
         "Ahmed Saleh", "the militia had used the truce to rearm"),
        ("Asked about the convoy, the governor of North Darfur joked that the roads were safer than the ministry.",
         "governor", "the roads were safer than the ministry"),
        ("The defence ministry in Kyiv reaffirmed that no troops would be pulled from Pokrovsk.",
         "defence ministry", "no troops would be pulled from Pokrovsk"),
    ],
)
def test_shouted_chanted_and_joked_words_are_claims(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in s and t.strip(" ,\"“”") == content.strip(" ,\"“”") for s, _, t in found), found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("In a statement released after the drone attack on Port Sudan, the army said the airport would reopen "
         "within days.", "army", "the airport would reopen within days"),
        ("Courted by both sides and widely expected to mediate, the Qatari envoy said on Friday during a visit to "
         "Doha that talks would begin soon.", "Qatari envoy", "talks would begin soon"),
        ("Because the shelling had stopped, residents believed that the siege of Kharkiv was over.",
         "residents", "the siege of Kharkiv was over"),
    ],
)
def test_the_content_follows_the_cue_when_the_speaker_comes_first(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in s and t == content for s, _, t in found), found


def test_a_party_that_did_not_comment_says_nothing(nlp):
    for text in ("The RSF did not comment on the army's claim that its drones hit the fuel depot.",
                 "Hezbollah did not respond to the report that two of its commanders were killed in Tyre.",
                 "The junta would not comment on the number of soldiers who surrendered in Lashio."):
        assert all(c.speaker.name not in {"RSF", "Hezbollah", "junta"} for c in find_claims(nlp(text))), text


def test_said_in_a_statement_that_keeps_the_clause_of_the_statement(nlp):
    found = claims_of(nlp, "Kenyan police, deployed in Haiti since last year, said in a statement that they had "
                           "freed 12 hostages near the capital.")
    assert ("Kenyan police", "said", "they had freed 12 hostages near the capital") in found, found


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"We are going to hit them where they sleep," the RSF commander said in February of the camps near '
         "El Fasher, whose residents fled to Tawila.", "RSF commander", "We are going to hit them where they sleep"),
        ('"That is a fair fear, because the shelling never stops," Khalil, 34, told Reuters on Monday when asked '
         "about reports that the army would withdraw.", "Khalil",
         "That is a fair fear, because the shelling never stops"),
        ('At one point a reporter asked for a comment and the general said, "as long as the road stays open, '
         'we will hold."', "general", "as long as the road stays open, we will hold"),
        ('On state television on Tuesday, the Houthi spokesman said, "We never targeted a civilian ship."',
         "Houthi spokesman", "We never targeted a civilian ship"),
    ],
)
def test_a_quotation_beside_its_attribution_is_the_content(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in s and t == content for s, _, t in found), found


def test_a_programme_title_in_quotes_is_no_content(nlp):
    found = claims_of(nlp, 'The Ukrainian foreign minister said on "Face the Nation" that the grain corridor '
                           "would stay open.")
    assert [t for _, _, t in found] == ["the grain corridor would stay open"], found


def test_the_one_asked_says_nothing_until_answering(nlp):
    found = claims_of(nlp, "Asked about the convoy, the governor of North Darfur said the road was open again.")
    assert [(c, t) for _, c, t in found] == [("said", "the road was open again")], found
    assert claims_of(nlp, "The minister was asked whether the army would withdraw from Chasiv Yar.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The UN chief renewed his call for an immediate ceasefire in Gaza.", "UN chief", "call",
         "an immediate ceasefire in Gaza"),
        ("The Sudanese army repeated its demand that the RSF leave the homes it holds in Omdurman.",
         "Sudanese army", "repeated", "the RSF leave the homes it holds in Omdurman"),
        ("The envoy made the point that no aid had reached El Fasher in a month.", "envoy", "point",
         "no aid had reached El Fasher in a month"),
        ('"The line will hold," the brigade commander reminded reporters in Kramatorsk.', "brigade commander",
         "reminded", "The line will hold"),
        ('"We were told to shoot anyone on the road," one deserter confessed to the Myanmar Now reporter.',
         "deserter", "confessed", "We were told to shoot anyone on the road"),
    ],
)
def test_calls_demands_and_reminders(nlp, text, speaker, cue, content):
    found = claims_of(nlp, text)
    assert any(speaker in s and c == cue and t == content for s, c, t in found), found


def test_a_noun_with_only_a_possessor_takes_no_topic_as_content(nlp):
    # "his visit to Kyiv" names no statement; "their statement on Mosul" has no content clause
    assert claims_of(nlp, "The senator's visit to Kyiv was cut short by air raid sirens.") == []
    assert claims_of(nlp, "Their statement on the fighting in Mosul ran to forty pages.") == []
    # a statement noun about a topic: the prosecutor reviews a testimony, nobody says "the killings"
    assert claims_of(nlp, "The prosecutor is reviewing Amina Yusuf's testimony about the killings in Geneina.") == []
    assert claims_of(nlp, "Investigators read the colonel's account of the raid on Bucha twice.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ('"We have lost more men this month than all last year," a Ukrainian sergeant, wearing a helmet marked '
         "with tape, said quietly as shells fell nearby.", "Ukrainian sergeant",
         "We have lost more men this month than all last year"),
        ('"They took the boys first," a displaced nurse from Wad Madani, holding her youngest, told the agency.',
         "nurse", "They took the boys first"),
    ],
)
def test_the_speaker_after_a_quotation_the_parser_hung_inside_it(nlp, text, speaker, content):
    found = claims_of(nlp, text)
    assert any(speaker in s and t == content for s, _, t in found), found


def test_a_charge_denied_is_denied_by_its_maker_not_by_the_charge(nlp):
    found = claims_of(nlp, "The Kremlin accused Kyiv of shelling the Zaporizhzhia nuclear plant, a charge "
                           "Ukraine denied.")
    assert {s for s, c, _ in found if c == "denied"} == {"Ukraine"}, found


def test_a_contrast_set_off_by_a_comma_is_the_writers_not_the_speakers(nlp):
    found = claims_of(nlp, "The interior ministry said 12 policemen were killed near Diffa, while the group's own "
                           "channel put the number at 40.")
    assert ("12 policemen were killed near Diffa") in [t for _, _, t in found], found
    found = claims_of(nlp, "The governor said the shelling went on while residents slept in basements.")
    assert [t for _, _, t in found] == ["the shelling went on while residents slept in basements"], found


def test_what_a_source_could_not_confirm_or_did_not_say_is_no_claim(nlp):
    found = claims_of(nlp, "Local sources reported heavy clashes near Bakhmut, but could not confirm the number "
                           "of casualties.")
    assert [c for _, c, _ in found] == ["reported"], found
    assert claims_of(nlp, "The army said civilians had died in the strike but did not say when.") == [
        ("army", "said", "civilians had died in the strike")]
    # a negated cue with a clause still reports it: a denial not made is news too
    assert claims_of(nlp, "The junta did not deny that its jets struck the monastery in Sagaing.") != []


def test_a_second_attribution_after_a_comma_is_a_claim_of_its_own(nlp):
    found = claims_of(nlp, "Sources close to the talks in Jeddah said a deal could be reached within days, though "
                           "they cautioned that gaps remain.")
    assert [(c, t) for _, c, t in found] == [("said", "a deal could be reached within days"),
                                             ("cautioned", "gaps remain")], found


def test_a_participle_after_a_quotation_reports_its_own_clause(nlp):
    found = claims_of(nlp, '"They shelled the bakery at dawn," Ali said, adding that the militia had "no mercy '
                           'for anyone in the queue."')
    assert [(c, t) for _, c, t in found] == [
        ("said", "They shelled the bakery at dawn"),
        ("adding", 'the militia had "no mercy for anyone in the queue'),
    ], found


def test_a_second_said_conjoined_inside_the_first_content_keeps_the_speaker(nlp):
    found = claims_of(nlp, "The envoy said the recent strikes on the rebels had given the army momentum and said "
                           "that the militia did not represent the people of Darfur.")
    assert [(s, t) for s, _, t in found] == [
        ("envoy", "the recent strikes on the rebels had given the army momentum"),
        ("envoy", "the militia did not represent the people of Darfur"),
    ], found


def test_viewing_as_is_a_belief_and_viewing_alone_is_not(nlp):
    assert claims_of(nlp, "Moscow views the Kursk incursion as a terrorist act.") == [
        ("Moscow", "views", "the Kursk incursion as a terrorist act")]
    assert claims_of(nlp, "UN officials viewed the damage at the hospital in Mykolaiv on Tuesday.") == []
