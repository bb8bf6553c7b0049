"""Word lists that several modules read, each read once: the combatant nouns
(data/combatant_words.tsv) and the words of a verdict of falsehood (answer_verdicts.py, over
data/dismissal_words.tsv's false words)."""

from __future__ import annotations

import pytest

from claimledger.data import read_table


def test_the_combatant_words_have_one_reader_for_both_their_users():
    # link/series_statements.py counts fighters with it, interview_guest.py finds a group's name
    # before a plural of fighters ("Boko Haram fighters raided ...", "Wagner mercenaries ...")
    from claimledger.data.tables import combatant_words
    from claimledger.extract.interview_guest import _fighter_plurals, _names_fighters
    from claimledger.link.series_statements import _combatants

    words = combatant_words()
    assert words == {row[0] for row in read_table("combatant_words.tsv")}
    assert _fighter_plurals() <= words and {"fighters", "soldiers", "militia"} <= _fighter_plurals()
    assert all(_combatants().fullmatch(w) for w in words)
    assert _names_fighters("Boko Haram fighters raided the camp", len("Boko Haram"))
    assert not _names_fighters("Amadou Garba commands the unit", len("Amadou Garba"))


# ---------------------------------------------------------------- verdicts of falsehood
@pytest.mark.parametrize("sentence", [
    "No, that is not true.", "That is false.", "It's a lie.", "That is fake news!", "This is simply wrong.",
    "That is a fabrication.", "Absolutely not, it is nonsense.", "“That is propaganda.”", "It was staged.",
    "That is not the case.", "These are lies.", "It is disinformation.", "Not at all, that is baseless.",
])
def test_an_answer_that_is_nothing_but_a_verdict_denies(sentence):
    from claimledger.extract.answer_verdicts import denial_verdict

    assert denial_verdict(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "That is true.", "That is a difficult question.", "It was staged in the main square of Goma.",
    "That is false, and our fighters never entered Ma'rib.", "It is wrong to target civilians in Khartoum.",
])
def test_a_sentence_that_says_more_than_the_verdict_is_no_bare_denial(sentence):
    from claimledger.extract.answer_verdicts import denial_verdict

    assert not denial_verdict(sentence), sentence


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("That is fake news, the spokesman said of the Rubaya looting reports.", "That is fake news"),
    ("These allegations are wrong and the army will publish its findings.", "These allegations are wrong"),
    ("Such reports are baseless, he added.", "Such reports are baseless"),
    ("It was forged, every page of it.", "It was forged"),
])
def test_a_sentence_opening_with_a_verdict_is_read_whole_by_the_event_stage(sentence, verdict):
    from claimledger.extract import answer_verdicts, events_verdicts

    assert events_verdicts.VERDICT is answer_verdicts.VERDICT
    assert events_verdicts.VERDICT.match(sentence).group(0) == verdict


@pytest.mark.parametrize("sentence", [
    "It was staged in Bamako by the opposition coalition.",  # a rally held, not a claim judged
    "It was forged in 2019 by two rebel movements.",  # an alliance made
    "It was invented by engineers in Kharkiv.",
])
def test_a_participle_that_tells_a_thing_made_is_a_verdict_only_at_its_clauses_end(sentence):
    from claimledger.extract.answer_verdicts import VERDICT

    assert VERDICT.match(sentence) is None


def test_the_verdict_words_are_the_false_words_of_the_dismissal_table_and_a_few_of_its_own():
    from claimledger.data.tables import word_lists
    from claimledger.extract.answer_verdicts import FALSEHOODS, VERDICT_ONLY

    false_words = word_lists("dismissal_words.tsv")["false_word"]
    assert false_words | VERDICT_ONLY == FALSEHOODS and not VERDICT_ONLY & false_words
    assert {"fake", "fake news", "not true", "propaganda"} <= FALSEHOODS


# ---------------------------------------------------------------- a page's own labels
def test_the_page_labels_are_one_table_of_known_kinds_read_by_quotes_and_parts():
    from claimledger.data.tables import page_labels
    from claimledger.extract import parts, quotes

    rows = read_table("page_labels.tsv")
    assert all(len(row) == 2 and row[0] == row[0].lower() for row in rows)
    words = [row[0] for row in rows]
    assert len(words) == len(set(words))
    assert {kind for _, kind in rows} == {"notice", "field", "credit", "section", "document", "kicker"}
    assert quotes.NOT_LABELS is parts.NOT_DATELINES is page_labels()
    assert {"update", "q", "name", "contributing", "background", "country", "factbox"} <= page_labels()


@pytest.mark.parametrize("line", [
    "Date: 3 March 2026",
    "Share: Facebook, X, WhatsApp",
    "Name: Amina Yusuf",
    "Update: The army later said the convoy had reached Goma.",
])
def test_a_page_label_before_a_colon_is_no_dateline_though_a_town_bears_its_name(line):
    from claimledger.extract.parts import report_parts

    text = f"Convoy reaches Goma\n\n{line}\n\nThe convoy left Bukavu on Monday, the UN said.\n"
    assert not [p for p in report_parts(text) if p.kind == "dateline"]


@pytest.mark.parametrize("line", ["Factbox: what the truce in Gaza says", "Contributing: Anna Petrova, Kyiv"])
def test_a_page_label_is_no_transcript_speaker(line):
    from claimledger.extract.quotes import transcript_labels

    assert transcript_labels(f"{line}\n\nThe army said the town was retaken.\n") == {}
