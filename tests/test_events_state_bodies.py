"""State bodies named without their country (texts written for these tests, across wars and
outlet styles: wire, state media, aggregator, interview):

- a navy, a gendarmerie, a defence headquarters, a foreign office or a national security
  committee is a state's own: its denials, admissions and deployments are the report's state's
  (events_bodies.py, through events_actors.state_side and the actor's side);
- a body known by initials takes the side of the name the report spells out once, "the
  Philippine National Police (PNP)"; a group's initials ("the Arakan Army (AA)") take none;
- rebels, a group's chief of staff and a target named after the actor ("against an army post")
  give no state's side;
- the count a state body sends ("it had sent 800 troops") is that state's.
"""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.extract.events_bodies import institution_side, spelt_out
from claimledger.model import Document


def _events(text: str) -> list[dict]:
    return analyze(Document(text=text))["events"]


def _side_of(events: list[dict], kind: str) -> list[str | None]:
    return [(e.get("actor") or {}).get("side") for e in events if e["type"] == kind]


@pytest.mark.parametrize("text, kind, side", [
    # wire: a navy spokesman, then "He acknowledged"
    ("PEMBA, Mozambique (Reuters) - Insurgents raided a Mozambican navy base near Mocimboa da Praia on "
     "Saturday, Mozambique's defence ministry said. Mozambique's army has fought the insurgency since 2017. "
     "Navy spokesman Captain Tomas Mucavele said two sailors were wounded. He acknowledged that the "
     "attackers had escaped with a boat.", "acknowledge", "MZ"),
    # state media: the defence headquarters speaks of itself as "it"
    ("YAOUNDE (CRTV) - Cameroon's army repelled an attack by separatist fighters in Cameroon's North-West "
     "region, Cameroonian officials said. The Defence Headquarters said it had deployed 800 more troops to "
     "Bamenda on Friday.", "deploy", "CM"),
    # aggregator: a national security committee denies
    ("Kyrgyz border guards clashed with Tajik troops near Batken, Kyrgyzstan's government said, the third "
     "clash this year on the Kyrgyz border. The State Committee for National Security (GKNB) denied reports "
     "that a Kyrgyz drone had struck a Tajik village.", "deny", "KG"),
    # a foreign office spokesperson rejects a neighbour's claim
    ("DHAKA - Bangladesh's border force reinforced posts along the Naf river, Bangladeshi officials said, "
     "after Bangladesh's army reported shelling from across the border. Foreign Office spokesperson Rahima "
     "Sultana denied that Bangladeshi guards had fired first.", "deny", "BD"),
])
def test_a_state_body_named_without_its_country_is_the_reports_state(text, kind, side):
    assert side in _side_of(_events(text), kind)


def test_initials_take_the_side_of_the_name_they_stand_for():
    text = ("Gunmen ambushed a patrol of the Philippine National Police (PNP) in Samar on Sunday, "
            "killing two officers. The PNP acknowledged that the patrol had not been escorted.")
    assert "PH" in _side_of(_events(text), "acknowledge")


@pytest.mark.parametrize("name, spelt, side", [
    ("PNP", "the Philippine National Police (PNP) said", "PH"),
    ("TNI's Kodam command", "the Indonesian military (TNI) said", "ID"),
    ("GKNB", "The State Committee for National Security (GKNB) said", "XX"),
    ("Navy spokesman", "", "XX"),
    ("the Defence Headquarters", "", "XX"),
    ("the Foreign Office", "", "XX"),
    ("Gendarmerie commander", "", "XX"),
])
def test_institution_side_reads_state_bodies(name, spelt, side):
    assert institution_side(name, spelt, "XX", {}) == side


@pytest.mark.parametrize("name, spelt", [
    ("AA", "the Arakan Army (AA) said"),  # a group's army
    ("SPLA-IO", "the Sudan People's Liberation Army in Opposition (SPLA-IO) said"),
    ("the rebels' chief of staff", ""),
    ("spokesman", ""),
    ("the villagers", ""),
])
def test_groups_and_plain_words_get_no_state_side(name, spelt):
    assert institution_side(name, spelt, "XX", {}) is None


def test_spelt_out_is_read_once_per_report():
    memory: dict = {}
    assert spelt_out("PNP", "the Philippine National Police (PNP) said", memory) == "Philippine National Police"
    assert spelt_out("PNP", "", memory) == "Philippine National Police"  # kept, not searched again
    assert spelt_out("XYZ", "nothing spelt here", memory) is None


def test_a_group_denial_keeps_no_side():
    text = ("Myanmar's military said its troops had retaken a hill near Paletwa from the Arakan Army (AA), "
            "Myanmar state television reported. The AA denied that it had lost the hill.")
    assert _side_of(_events(text), "deny") in ([None], [])


def test_a_target_after_the_actor_does_not_give_it_a_side():
    # the initials name the attacked post's army, not the attackers
    text = ("LUANDA - The Angolan Armed Forces (FAA) said on Wednesday that an attack by \"armed marginals\" "
            "against an FAA post in Cabinda province had been repelled. Angola's army said two of its soldiers "
            "were wounded.")
    for event in _events(text):
        if event["type"] == "attack" and "marginals" in (event.get("actor") or {}).get("name", ""):
            assert event["actor"]["side"] is None


def test_the_troops_a_state_body_sends_are_that_states():
    text = ("ABUJA, Nigeria - Gunmen attacked a Nigerian navy post near Nembe on Sunday, Nigerian officials "
            "said. Nigeria's army has fought militants in the delta for years. Last week, the Defence "
            "Headquarters said it had sent some 1,200 additional troops to the region.")
    figures = analyze(Document(text=text))["figures"]
    assert any(f["value"] == 1200 and f["quantity"] == "deployed" and f["side"] == "NG" for f in figures)


@pytest.mark.parametrize("phrase, side", [
    ("no TNI personnel", "ID"), ("Polri officers", "ID"), ("the PSNI", "GB"), ("PNP troopers", "PH"),
    ("BSF jawans", "IN"), ("CRPF personnel", "IN"), ("Frontier Corps soldiers", "PK"),
])
def test_state_forces_known_by_initials_speak_for_their_state(phrase, side):
    from claimledger.sides import side_of

    assert side_of(phrase) == side


def test_a_sending_denied_by_a_state_force_known_by_initials_is_its_states():
    text = ("BANDA ACEH - Police exchanged fire with an armed group in East Aceh on Tuesday, officials said. "
            "A military spokesman said no TNI personnel had been sent to the area.")
    assert "ID" in _side_of(_events(text), "deploy")


@pytest.mark.parametrize("text, kind, side", [
    # radio: the presenter's closing turn moves to the neighbouring state
    ("PRESENTER: Ivory Coast's army says two soldiers were killed near Tougbo. Ivorian troops patrol the "
     "border. In neighbouring Burkina Faso, the army's information service denied that any of its units had "
     "crossed into Ivorian territory.", "deny", "BF"),
    # wire: a second state's government, opened on by its name
    ("GOMA (AFP) - Congo's army said it retook Rubaya on Monday. Congolese troops advanced north. In Rwanda, "
     "the government denied sending troops across the border.", "deny", "RW"),
])
def test_a_sideless_state_body_in_a_sentence_opened_on_a_state_is_that_states(text, kind, side):
    assert side in _side_of(_events(text), kind)


def test_a_sentence_not_opened_on_a_state_keeps_the_reports_state():
    text = ("GOMA (AFP) - Congo's army said it retook Rubaya on Monday. Congolese troops advanced north. "
            "In the afternoon, the army denied that civilians had been hurt.")
    assert "CD" in _side_of(_events(text), "deny")


@pytest.mark.parametrize("text, kind, side", [
    ("PORT OF SPAIN - Trinidad and Tobago police said officers had arrested 14 gang members in Laventille "
     "overnight.", "capture", "TT"),
    ("NAIROBI - The Kenyan police said officers had shot dead three suspected militants in Mandera on Friday.",
     "attack", "KE"),
])
def test_officers_in_a_polices_statement_are_that_polices(text, kind, side):
    assert side in _side_of(_events(text), kind)


def test_officers_in_a_rebels_statement_get_no_state_side():
    text = "A spokesman for the rebels said officers had fled the post at Kitchanga before dawn."
    assert all(s is None for s in _side_of(_events(text), "withdraw"))


def test_a_defence_media_director_speaks_for_the_reports_state():
    text = ("MAIDUGURI, Nigeria - Troops repelled an attack on a base in Marte, Borno State, on Sunday. Nigeria's "
            "army has fought insurgents in Borno since 2009. Director of Defence Media Operations Ade Okon "
            "dismissed reports that the base had been abandoned.")
    assert "NG" in _side_of(_events(text), "deny")
