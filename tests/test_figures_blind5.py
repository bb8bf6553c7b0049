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
