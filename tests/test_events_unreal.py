"""Events not told as done (extract/events_unreal.py): vows, plans, threats, futures,
conditions and fights for a cause give no event; their look-alikes told as done still do.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimledger.data import read_table
from claimledger.data.tables import word_lists
from claimledger.extract.claims import find_claims
from claimledger.extract.events import find_events


def events_of(nlp, text):
    doc = nlp(text)
    claims = find_claims(doc)
    for n, claim in enumerate(claims, 1):
        claim.id = f"c{n}"
    return find_events(doc, claims, [])


@pytest.mark.parametrize("text", [
    "The army chief vowed to retake the town of Kidal within weeks.",
    "Rebel commanders pledged to capture Goma before the end of the year.",
    # (an announced deployment of a counted force is told as possible: test_events_committed.py)
    "If the rebels surrender, the government will grant them amnesty, the minister said.",
    "Hamas threatened to attack Israeli towns if the blockade continued.",
    "The Houthis warned they would strike any ship bound for Israeli ports.",
    "Sudan's army has vowed to recapture El Fasher from the Rapid Support Forces.",
    "Unless the government releases the prisoners, the militants said they would attack the capital.",
    "The junta plans to send 500 soldiers to Menaka.",
    "The minister threatened to seize the port if the separatists did not leave.",
    "Officials are preparing to deploy peacekeepers along the ceasefire line.",
    "Kyiv intends to launch a counteroffensive in the spring, according to Western officials.",
    "The M23 has said it is ready to withdraw from Goma as part of the Luanda process.",
    "The Taliban vowed to fight until every foreign soldier had left Afghanistan.",
    "Should the talks fail, the Azerbaijani army is expected to advance on Stepanakert.",
    "Ethiopia's prime minister said his forces were ready to capture Mekelle if the TPLF refused to disarm.",
    "Kenya's parliament approved the deployment of 1,000 police officers to Haiti.",
    "The planned withdrawal of French troops from Niger has been delayed.",
    "NATO could deploy more troops to the Baltic states, its secretary-general said.",
    "Residents fear the militants will return and attack the village again.",
    "A spokesman said the army was set to withdraw from the buffer zone by the end of the month.",
    "The rebels said they would not attack civilians and would withdraw from Goma if talks resumed.",
    "Officials said the two sides were close to a deal.",
    "Russia is poised to launch a new offensive in the Zaporizhzhia region, Ukrainian officials warned.",
    "The rebels have given the army 48 hours to withdraw from Bamenda.",
    "Residents of Goma fear an attack on the city by M23 rebels.",
    "Intelligence officials warned of an imminent attack on the capital, Bamako.",
    "The plan envisages the withdrawal of all foreign forces from Libya within 90 days.",
    "Preparations for an assault on the city of El Fasher are under way, the RSF said.",
    "The militia leader said his men would surrender only if the army withdrew from the district.",
    "The group threatened attacks on government installations if its leader was not released.",
    "Kenya to send 1,000 police officers to Haiti, says Ruto.",
    "The rebels are on the verge of capturing the town of Bunagana, a local official said.",
    "Ukraine hopes to retake Crimea by the end of the year, its foreign minister said.",
    "Nigeria's senate approved a request by the president to deploy troops to Niger.",
    "The ministry said security forces would soon launch an operation to clear the area.",
])
def test_what_is_only_meant_or_to_come_is_no_event(nlp, text):
    assert events_of(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Farmers in Plateau State say they are fighting for a piece of land their families have worked for generations.",
    "Protesters in Lagos said their campaign was a fight for justice.",
    "Residents said the struggle for the land has been going on for decades, a battle for survival.",
    "The opposition is fighting for democracy, its leader told supporters in Harare.",
    "The army is fighting a legal battle over the detention of the officers.",
    "The minister said the government is waging a war against corruption and poverty.",
])
def test_a_fight_for_a_cause_is_no_battle(nlp, text):
    assert not [e for e in events_of(nlp, text) if e.type == "battle"]


@pytest.mark.parametrize(("text", "kind", "certainty"), [
    ("The army retook Kidal after the rebels withdrew, officials said.", "withdraw", "asserted"),
    ("The governor will visit the village after gunmen attacked it on Sunday.", "attack", "asserted"),
    ("Russian forces may have captured the village of Pishchane, a Ukrainian officer said.", "territory_change",
     "possible"),
    ("The rebels, who had vowed to take the town, attacked it at dawn.", "attack", "asserted"),
    ("Despite its pledge to respect the truce, the militia shelled the camp on Friday.", "attack", "asserted"),
    ("Russian troops began to withdraw from the bridgehead on Monday.", "withdraw", "asserted"),
    ("Israeli jets continued to strike targets in southern Lebanon overnight.", "attack", "asserted"),
    ("Ukrainian troops are fighting for every metre of ground around Pokrovsk.", "battle", "asserted"),
    ("Rebels and soldiers were fighting for control of the airport on Sunday.", "battle", "asserted"),
    ("Gunmen attacked the convoy, and police will investigate, the governor said.", "attack", "asserted"),
    ("Troops could be seen withdrawing from the hills, witnesses said.", "withdraw", "possible"),
    ("Russian forces shelled Kherson on Monday, a day after vowing to step up strikes.", "attack", "asserted"),
    ("The army said security forces had launched an operation to clear the area near Djibo.", "attack", "asserted"),
    ("Russian forces captured the village of Krasnohorivka, the Russian defence ministry said, days after vowing"
     " to take it.", "territory_change", "asserted"),
])
def test_what_was_done_beside_such_words_stays(nlp, text, kind, certainty):
    assert (kind, certainty) in {(e.type, e.certainty) for e in events_of(nlp, text)}


def test_an_attack_a_deployment_was_sent_to_prevent_is_none_but_the_deployment_is(nlp):
    found = {e.type for e in events_of(nlp, "Troops were deployed to the border to prevent an attack on the town.")}
    assert found == {"deploy"}


def test_the_unreal_word_lists_are_known_and_lower_case():
    lists = word_lists("unreal_words.tsv")
    assert {"vow", "pledge", "threaten", "plan"} <= lists["intent_verb"]
    assert {"will", "shall"} <= lists["future_aux"] and "would" in lists["reported_future_aux"]
    assert {"if", "unless"} <= lists["condition_mark"]
    assert {"justice", "survival"} <= lists["cause_noun"]
    assert all(w == w.lower() for words in lists.values() for w in words)
    # a modal of what may come is never one of the future, read differently
    assert not lists["possible_aux"] & lists["future_aux"]


def test_ground_fighters_are_a_table_list_of_lower_case_nouns_read_by_the_reader():
    from claimledger.extract.events_unreal import FIGHTERS
    from claimledger.extract.events_view import FORCE_NOUNS

    rows = [r for r in read_table("unreal_words.tsv") if r[1] == "ground_fighter"]
    words = [r[0] for r in rows]
    assert all(len(r) == 2 for r in rows) and len(words) == len(set(words))
    assert all(w == w.lower() and w.isalpha() for w in words)
    assert {"rebels", "militants", "insurgents", "gunmen", "we"} <= set(words)
    # the reader takes exactly the table's words, besides the force nouns
    assert frozenset(words) | FORCE_NOUNS == FIGHTERS


@pytest.mark.parametrize(("text", "battle"), [
    ("The insurgents are fighting for every piece of the road to the airport.", True),
    ("Our soldiers are fighting for every piece of ground east of the river.", True),
    ("Farmers in the valley are fighting for a piece of land.", False),
])
def test_a_fight_for_ground_by_fighters_is_a_battle_and_by_others_is_none(nlp, text, battle):
    assert ("battle" in {e.type for e in events_of(nlp, text)}) is battle
