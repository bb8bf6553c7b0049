"""Judgements a speaker passes on a thing (claims_judgements.py): "Kyiv considers the
referendum illegal", "the ministry deemed the shelling a violation", "Moscow regards the
expansion as a threat", "the reshuffle was seen by some as a demotion" are claims of the
one who judges; weighing a plan ("is considering a truce proposal"), a judgement with no
one named ("the road is considered safe"), a negated one, a condition and a question are
not. Also verbs of a position with a clause (data/cues.tsv): "Moscow has signalled that …",
"leaders are betting that …". Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.extract.claims import find_claims


def found(nlp, text):
    return [(c.speaker.name, c.cue, c.text) for c in find_claims(nlp(text))]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # a state's legal position, wire style (Ukraine, Israel/Palestine)
    ("Kyiv considers the referendum in the occupied districts illegal.", "Kyiv", "considers",
     "the referendum in the occupied districts illegal"),
    ("The UN considers the outposts illegal under international law.", "UN", "considers",
     "the outposts illegal under international law"),
    # a ministry's verdict with two objects (state media, Sudan)
    ("The foreign ministry deemed the drone strike on El Fasher a breach of the Jeddah declaration.",
     "foreign ministry", "deemed", "the drone strike on El Fasher a breach of the Jeddah declaration"),
    # "as" and "to be" (Russia, Ethiopia)
    ("Moscow regards the eastward expansion of the alliance as a direct threat.", "Moscow", "regards",
     "the eastward expansion of the alliance as a direct threat"),
    ("The federal government considers the regional militia to be a terrorist organisation.", "federal government",
     "considers", "the regional militia to be a terrorist organisation"),
    # a participle as the verdict (a court, Israel/Palestine)
    ("The health ministry has deemed about 40 of the casualty files classified.", "health ministry", "deemed",
     "about 40 of the casualty files classified"),
    # a person and a part of a group (DRC, Myanmar)
    ("Many in Bukavu consider the new governor a stranger to the province.", "Many", "consider",
     "the new governor a stranger to the province"),
    ("Aung Kyaw regards the junta's census as a trap for returning families.", "Aung Kyaw", "regards",
     "the junta's census as a trap for returning families"),
])
def test_a_judgement_on_a_thing_is_a_claim(nlp, text, speaker, cue, content):
    claims = found(nlp, text)
    assert len(claims) == 1
    name, said, text_ = claims[0]
    assert speaker in name and said == cue and text_ == content


def test_a_passive_judgement_names_its_judge_by_by(nlp):
    claims = found(nlp, "The cabinet reshuffle in Addis Ababa was seen by some as a demotion for the general.")
    assert len(claims) == 1
    name, cue, text = claims[0]
    assert name == "some" and cue == "seen" and text.endswith("as a demotion for the general")


@pytest.mark.parametrize("text", [
    # weighing a plan, an act considered, a clause: no verdict on a thing
    "The cabinet is considering a ceasefire proposal from Qatar.",
    "The army considered retreating from the bridge at Kupiansk.",
    # negated: the content would lose its "not"
    "Kyiv does not consider the vote in Kherson legitimate.",
    # a condition and a question
    "If the court deems the ballot void, a rerun will follow in March.",
    "Do you consider the militia a threat to the talks?",
    # a participle on a noun, and a fighting unit as judge
    "The options considered by the council include a curfew in Goma.",
])
def test_deliberation_negation_conditions_and_questions_are_no_judgement(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    # verbs of a position with a clause of their own (data/cues.tsv): a state, a person, a group
    ("Moscow has signalled that it could reopen the grain corridor.", "Moscow", "signalled",
     "it could reopen the grain corridor"),
    ("The provincial governor surmised that the shells had come from across the river.", "provincial governor",
     "surmised", "the shells had come from across the river"),
    ("Opposition leaders in Harare are betting that the army will stay in its barracks.", "Opposition leaders",
     "betting", "the army will stay in its barracks"),
    # (the small model often tags "resent" a noun, "re-sent"; not read then)
    ("Farmers near Mopti resent that the army took their grain.", "Farmers", "resent", "the army took their grain"),
    ("The defence lawyer demonstrated that the patrol had opened fire first.", "defence lawyer", "demonstrated",
     "the patrol had opened fire first"),
])
def test_a_position_with_a_clause_is_a_claim(nlp, text, speaker, cue, content):
    claims = found(nlp, text)
    assert len(claims) == 1
    name, said, text_ = claims[0]
    assert speaker in name and said == cue and text_ == content


@pytest.mark.parametrize("text", [
    # a signal or a proof with no speaker: a flare, an attack, a strike
    "The flare signalled the start of the assault on the ridge.",
    "The raid demonstrated that the drones could reach the coast.",
    # the writer's hedge on a participle is no belief of the noun it describes
    "Military jets believed to be Syrian bombed the bridge at Deir ez-Zor.",
    "Gunmen thought to be linked to the militia burned the depot.",
])
def test_signals_proofs_and_hedged_participles_have_no_speaker(nlp, text):
    assert found(nlp, text) == []


def test_a_judgement_reported_by_another_cue_is_not_a_second_claim(nlp):
    claims = found(nlp, "Amnesty said it regards the mass detentions in Tigray as arbitrary.")
    assert [(n, c) for n, c, _ in claims] == [("Amnesty", "said")]
