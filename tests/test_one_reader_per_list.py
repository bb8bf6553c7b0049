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
