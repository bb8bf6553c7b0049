"""What a speaker holds of something, told as an object or through a preposition
(claims_objects.said_of, claims_phrasal.py, data/phrasal_cues.tsv): "praised the medics'
courage", "voiced concern", "talked about how the wells ran dry", "railed against the
looting of the market". A bare party ("blamed the United States"), a bare thing ("condemned
the strike") and a topic ("spoke about the weather") stay no claim. Sentences written for
these tests, across wars and styles."""

from __future__ import annotations

import pytest

from claimledger.data import read_table
from claimledger.extract.claims import find_claims
from claimledger.extract.claims_phrasal import PHRASAL_KINDS, phrasal_cues
from claimledger.extract.cues import cue_table


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


# ------------------------------------------------------------------ objects said of something
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Sudan, wire copy: a quality owned by those praised
    ("A UN spokesman praised the volunteers' courage.", "UN spokesman", "the volunteers' courage"),
    # Ukraine, a regional governor's statement about conduct
    ("The governor of Kharkiv condemned Moscow's cynical tactics.", "governor", "Moscow's cynical tactics"),
    # Gaza, aid agency: a bare abstract noun is what the agency voices
    ("The agency expressed alarm.", "agency", "alarm"),
    # Myanmar, exile media: a described thing
    ("The shadow government welcomed the junta's partial withdrawal.", "shadow government",
     "the junta's partial withdrawal"),
    # Yemen, state media style
    ("The Houthi spokesman denounced American aggression.", "Houthi spokesman", "American aggression"),
    # DR Congo, a minister's remarks in a live blog
    ("Congo's defence minister questioned Rwanda's sincerity.", "defence minister", "Rwanda's sincerity"),
])
def test_an_object_telling_what_the_speaker_holds_is_a_claim(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and c == content for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "The Sudanese army blamed the Rapid Support Forces.",     # a party
    "The Kremlin praised him.",                              # a pronoun for a party
    "Mali's junta condemned the attack.",                    # a bare definite thing
    "Ethiopia's foreign ministry criticised the United Nations.",
    "The Malian army denounced the ambush.",
    "Yemen's government rejected the report.",               # a statement named again
    "The opposition leads in pledged delegates across Darfur.",  # a participle describing, no one speaking
])
def test_a_bare_party_or_thing_still_says_nothing(nlp, text):
    assert found(nlp, text) == []


# ------------------------------------------------------------------ speech through a preposition
@pytest.mark.parametrize(("text", "speaker", "content"), [
    # Sudan: a topic holding a statement of its own
    ("The governor of North Darfur talked about how the bread ran out in El Fasher.",
     "governor", "how the bread ran out in El Fasher"),
    # DR Congo: a gerund said of
    ("At the rally in Goma, the opposition leader spoke of retaking the airport from the rebels.",
     "opposition leader", "retaking the airport from the rebels"),
    # Ukraine: a stance against something described
    ("The mayor of Kharkiv railed against the blackouts that followed the strikes.",
     "mayor", "the blackouts that followed the strikes"),
    # Sahel: a complaint about a described thing
    ("Residents of Menaka complained about the lack of water for their cattle.",
     "Residents", "the lack of water for their cattle"),
    # Gaza: a call with a gerund the verb reader leaves
    ("Aid agencies called for lifting the blockade of the northern crossings.",
     "Aid agencies", "lifting the blockade of the northern crossings"),
    # Yemen: whom a call is on, and what they are to do
    ("The UN envoy called on both parties to respect the truce in Hodeidah.",
     "UN envoy", "both parties to respect the truce in Hodeidah"),
    # South Sudan: a topic owned or described says what the speaker holds of it
    ("The bishop of Malakal spoke of the displaced families' hunger.", "bishop", "the displaced families' hunger"),
    ("A Lebanese lawmaker talked about renewed fears of an invasion.", "lawmaker", "renewed fears of an invasion"),
    # Syria: agreement with a described view, advocacy of an act
    ("The Kurdish commander agreed with the monitor's grim view.", "Kurdish commander",
     "the monitor's grim view"),
    ("Local councils in Idlib advocated for reopening the Bab al-Hawa crossing.", "Local councils",
     "reopening the Bab al-Hawa crossing"),
    # Sudan, Yemen, Ukraine: cues whose gerund content the verb reader leaves
    ("The governor insisted on keeping the road to Port Sudan open.", "governor",
     "keeping the road to Port Sudan open"),
    ("Analysts in Kyiv cautioned against reading too much into the lull.", "Analysts",
     "reading too much into the lull"),
    # Myanmar, a feature's tone: writing of a plan
    ("The exiled journalist wrote about the junta's plan to conscript students.",
     "journalist", "the junta's plan to conscript students"),
])
def test_a_verb_with_its_preposition_reports_what_it_speaks_of(nlp, text, speaker, content):
    claims = found(nlp, text)
    assert any(speaker in s and c == content for s, _, c in claims), claims


@pytest.mark.parametrize("text", [
    "The commander spoke about the weather near Bakhmut.",      # a topic, nothing stated
    "The Syrian minister did not talk about the losses.",       # negated: nothing said
    "She spoke at the rally in Port Sudan on Monday.",          # no content preposition
    "The rebel leader railed against the army.",                # a bare party
    "Mali's prime minister wrote about it.",                    # points back at something said elsewhere
    "The mayor of Aden called on Monday.",                      # a day, not whom a call is on
    "The mission in Mogadishu declined to comment on whether its troops took part.",  # withheld, and a question
    # a topic named with a relative clause or a date is still a topic
    "Kosovo's police director spoke to us about last week's shootout near Zubin Potok.",
    "The governor of Cabinda talked about the convoy that was attacked on Monday.",
    "The Peruvian general spoke about the ambush that killed four soldiers in the valley.",
    "The envoy talked about Sunday's talks in Lome.",
])
def test_a_topic_or_a_bare_party_through_a_preposition_is_no_claim(nlp, text):
    assert found(nlp, text) == []


def test_words_inside_a_quotation_are_the_quoted_speakers(nlp):
    text = "\"We talked about how the convoy was shelled,\" the driver said in Aden."
    claims = found(nlp, text)
    assert [s for s, _, _ in claims] == ["driver"], claims


# ------------------------------------------------------------------ the table
def test_phrasal_table_reads_every_verb_as_a_known_cue():
    rows = read_table("phrasal_cues.tsv")
    assert len(rows) == len(phrasal_cues()) >= 15
    for verb, preps, cue, kind in rows:
        assert verb.islower() and preps and cue in cue_table(), verb
        assert kind in PHRASAL_KINDS, verb
        assert all(p.isalpha() for p in preps.split(",")), verb
    assert phrasal_cues()["talk"].kind == "topic" and "about" in phrasal_cues()["talk"].prepositions
    assert phrasal_cues()["rail"].kind == "stance"
