"""Figures of the fifth blind batch's causes (notes/blind-figures5), each on sentences of
several wars: fact boxes and table rows whose label tells the fate, a single person
harmed told with an article, an interviewee from an armed group, the state whose forces
speak when the report names none often, and talks held abroad that are no theatre."""

from __future__ import annotations

import pytest
from figure_texts import figures, nlp, triples

from claimledger.analyze import analyze
from claimledger.model import Document


def record_figures(text: str) -> set[tuple[float, str, str | None]]:
    """(value, quantity, side) read by the whole pipeline, with the claims that give sides."""
    record = analyze(Document(text=text), nlp())
    return {(f["value"], f["quantity"], f["side"]) for f in record["figures"]}


# ---------------------------------------------------------------- labelled lines
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toll in Marib since March (health office):\n- Killed: 52 civilians\n- Wounded: 140\n",
         {(52, "civilians_killed", None), (140, "wounded", None)}),
        ("Goma, week in figures\n* Dead: 31\n* Injured: about 90\n* Missing: 12\n",
         {(31, "killed", None), (90, "wounded", None), (12, "missing", None)}),
        ("Results of the operation near Menaka\nTerrorists neutralised | 44\nMotorcycles seized | 23\n",
         {(44, "killed", None), (23, "equipment", None)}),
        ("Sennar camps, October\nDisplaced: 18,500 people\nAid trucks: 40\n",
         {(18500, "displaced", None), (40, "other", None)}),
    ],
)
def test_a_label_before_a_count_tells_its_fate(text: str, expected: set) -> None:
    assert expected <= triples(text)


def test_a_label_with_soldiers_gives_them_the_state_of_the_report() -> None:
    text = ("Mali's army said it repelled an attack near Boulkessi, and Malian troops held the camp.\n"
            "Soldiers killed | 4\nSoldiers wounded | 9\n")
    assert {(4, "killed", "ML"), (9, "wounded", "ML")} <= triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Venue: 3 Harbour Road\nContact: 0800 123 456\n",  # a label that tells no fate
        "Phase: 2\nRoute: 7 kilometres north of Kadugli\n",
    ],
)
def test_a_label_that_tells_no_fate_makes_no_head_count(text: str) -> None:
    assert not {q for _, q, _ in triples(text)} & {"killed", "wounded", "captured", "missing", "displaced"}


# ---------------------------------------------------------------- one person, with an article
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Israeli military said a soldier was killed in Khan Younis on Monday.", (1, "killed", "IL")),
        ("A Ukrainian serviceman was wounded by shelling in Kherson, the regional governor said.",
         (1, "wounded", "UA")),
        ("Gunmen abducted an aid worker outside Gao on Friday, the NGO said.", (1, "captured", None)),
        ("A civilian was killed when a drone hit a bus near El Obeid.", (1, "civilians_killed", None)),
    ],
)
def test_a_person_harmed_with_an_article_is_a_count_of_one(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "A soldier said the road to Dilling was closed.",
        "A man in Goma told reporters the shelling had stopped.",
        "An officer led the patrol into Rafah at dawn.",
    ],
)
def test_a_person_with_an_article_who_was_not_harmed_is_no_count(text: str) -> None:
    assert not figures(text)


def test_those_after_a_soldier_harmed_keep_his_side() -> None:
    text = "Israel's army said a soldier was killed and three were seriously wounded in southern Gaza."
    assert {(1, "killed", "IL"), (3, "wounded", "IL")} <= triples(text)


# ---------------------------------------------------------------- interviews with an armed group's man
def test_an_armed_groups_commander_gives_his_counts_no_state_side() -> None:
    text = ("Myanmar Now spoke with a KIA brigade commander about the fighting near Bhamo.\n"
            "Q: The junta says it killed 200 of your fighters. Is that true?\n"
            "A: No. We lost 9 men, and around 1,500 of our troops hold the town.\n")
    found = triples(text)
    assert (200, "killed", None) in found and (1500, "deployed", None) in found
    assert not any(side == "MM" for value, _, side in found if value in (200, 9, 1500))


def test_a_state_officer_interviewed_still_gives_his_side() -> None:
    text = ("The Kyiv Independent spoke with a major of Ukraine's 47th brigade about the Pokrovsk front.\n"
            "Q: How many men have you lost this month?\n"
            "A: We lost 11 men, and nine of our soldiers were wounded.\n")
    assert (9, "wounded", "UA") in triples(text)


# ---------------------------------------------------------------- whose forces speak
def test_an_army_statement_makes_its_soldiers_its_states_when_no_state_leads() -> None:
    # the army's Taiz axis is Yemen's by its town; Yemen itself is never named
    text = ("The army's Taiz axis said its units repelled an attack on the Maqbana front. "
            "Two soldiers were killed and four wounded in the clashes, the statement said.")
    assert {(2, "killed", "YE"), (4, "wounded", "YE")} <= record_figures(text)


def test_talks_abroad_do_not_make_another_country_the_theatre() -> None:
    # Muscat's talks leave Taiz's places alone as the story's: bare soldiers are Yemen's
    text = ("Talks in Muscat on a prisoner swap went on. In Taiz, shelling hit Kalaba and al-Jahmaliya; "
            "later in Taiz three soldiers were killed near the Taiz airport road.")
    found = record_figures(text)
    assert not any(side == "OM" for _, _, side in found)


# ---------------------------------------------------------------- round 2 causes
def test_a_label_naming_things_makes_their_count_no_peoples_fate() -> None:
    text = "Key figures\nHouses burned: about 60\nShops looted: 14\nKilled: 9 villagers\n"
    found = triples(text)
    assert (60, "other", None) in found and (9, "civilians_killed", None) in found
    assert not any(q == "wounded" for _, q, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police said about 150 gang members took part in the assault on Mirebalais.", 150),
        ("Some 300 militants participated in the raid on the base near Menaka, the army said.", 300),
        ("Around 80 rebel fighters took part in the ambush on the Beni road.", 80),
    ],
)
def test_attackers_who_took_part_are_the_attacks_strength(text: str, value: float) -> None:
    assert (value, "deployed", None) in triples(text)


def test_people_who_took_part_in_a_march_are_no_force() -> None:
    assert not any(q == "deployed" for _, q, _ in triples("About 2,000 people took part in the funeral in Goma."))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The fighting displaced some 3,200 people, who arrived in Macomia over two days.", 3200),
        ("Senegal said 1,200 people had arrived in Kidira by Wednesday.", 1200),
        ("About 4,000 civilians arrived in Adre from El Geneina this week, UNHCR said.", 4000),
    ],
)
def test_people_who_arrive_somewhere_are_displaced(text: str, value: float) -> None:
    assert (value, "displaced", None) in triples(text)


def test_troops_who_arrive_are_still_deployed() -> None:
    assert (500, "deployed", "RW") in triples("About 500 Rwandan troops arrived in Palma on Sunday.")


def test_a_bare_toll_after_a_paragraph_break_does_not_count_the_contingent_before() -> None:
    text = ("Ethiopia has about 2,500 troops in the mission.\n"
            "The regional hospital had admitted 27 wounded, its director said.")
    assert (27, "wounded", None) in triples(text)
    # in one paragraph the toll still counts the contingent it follows
    text = "Some 6,000 Eritrean soldiers have been dispatched. Approximately 1,500 were killed or wounded."
    assert (1500, "casualties", "ER") in triples(text)


def test_a_person_among_a_count_is_no_count_of_their_own() -> None:
    found = triples("JNIM said it had taken 12 prisoners, among them an officer, near Diboli.")
    assert not any(value == 1 for value, _, _ in found)


# ---------------------------------------------------------------- round 3 causes
def test_a_pipe_tables_column_header_tells_what_its_counts_are() -> None:
    text = ("Clashes by district\nDate | District | Fighters killed\n3 May | Tawila | 14\n5 May | Kutum | 9\n"
            "Shelling killed 4 people in Tawila, the council said.")
    assert {(14, "killed", None), (9, "killed", None), (4, "killed", None)} <= triples(text)


def test_a_menu_of_words_is_still_no_table() -> None:
    found = triples("Home | World | Africa | Video\nGunmen killed 6 people near Gao.")
    assert found == {(6, "killed", None)}


def test_a_labelled_force_with_no_fate_is_its_strength() -> None:
    text = "Key facts\n- UN troops in South Kivu: about 3,000\n- Killed since January: 7,000+\n"
    assert {(3000, "deployed", None), (7000, "killed", None)} <= triples(text)


def test_a_label_naming_the_dead_keeps_its_fate_whatever_follows() -> None:
    text = "Week in figures\nDeaths in hospital: 41\nDead since January (ministry figure): 900\n"
    assert {(41, "killed", None), (900, "killed", None)} <= triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones hit the market in Lashio, killing four local residents and injuring 9 others.",
         (4, "civilians_killed", None)),
        ("The fighting killed three local fishermen near Hodeidah.", (3, "civilians_killed", None)),
    ],
)
def test_local_before_a_noun_is_no_clock_time(text: str, expected: tuple) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They joined some 600,000 who had already sought refuge in Tawila.", (600000, "displaced", None)),
        ("About 12,000 people have sought shelter in schools in Goma since Monday.", (12000, "displaced", None)),
        ("Two members of the security forces sacrificed their lives and 5 others were injured, the statement said.",
         (2, "killed", None)),
        ("MSF treated more than 600 patients with war-related injuries in Tawila.", (600, "wounded", None)),
        ("The clinic in Kharkiv took in 35 civilians with shrapnel wounds overnight.", (35, "wounded", None)),
    ],
)
def test_fates_told_by_a_phrase_around_the_people(text: str, expected: tuple) -> None:
    value, quantity, _ = expected
    assert any((v, q) == (value, quantity) for v, q, _ in triples(text))


def test_soldiers_a_state_army_reports_killed_are_its_own_even_beside_another_nationality() -> None:
    text = ("Congo's army said it repelled an assault on Sake. Army spokesman Sylvain Ekenge said three soldiers "
            "were killed and 11 wounded, and that the army captured 7 fighters, two of them Rwandan nationals.")
    assert {(3, "killed", "CD"), (11, "wounded", "CD")} <= record_figures(text)


# ---------------------------------------------------------------- the other side, told by a group's man
def test_counts_on_their_side_told_by_an_armed_groups_man_are_the_states() -> None:
    text = ("Myanmar's military said it had retaken two villages near Hpakant.\n"
            "Myanmar Now spoke with a KIA battalion commander about the fighting.\n"
            "Q: What did the fighting cost?\n"
            "A: We lost six men. On their side we counted at least 40 bodies.\n")
    assert (40, "killed", "MM") in record_figures(text)


def test_a_states_own_enemy_losses_are_not_its_own() -> None:
    text = ("Burkina Faso's army said it repelled an attack near Djibo. On the enemy side, at least 60 terrorists "
            "were neutralised, the general staff said.")
    assert (60, "killed", None) in record_figures(text)


def test_a_share_of_those_who_did_something_is_of_the_count_that_did_it() -> None:
    text = ("Nearly 6,000 people fled Mirebalais in 24 hours, adding to more than 1 million Haitians displaced "
            "across the country. Half of those who fled are children, the agency said.")
    share = next(f for f in figures(text) if f.fraction == 0.5)
    assert (share.value, share.out_of) == (3000, 6000)


def test_a_part_of_the_dead_with_no_fate_of_its_own_is_of_the_dead() -> None:
    text = "The army said seven soldiers were killed. The government said 2 of the 7 soldiers killed were officers."
    assert (2, "killed", None) in {(v, q, None) for v, q, _ in triples(text)}
    assert not any(q == "deployed" for _, q, _ in triples(text))
    # a part of a force sent is still counted by its own verb
    assert (1200, "killed", None) in triples("Of the 3,000 troops sent to Kursk, 1,200 were killed.")
