"""Word lists that several modules read, each read once: the combatant nouns
(data/combatant_words.tsv) and the words of a verdict of falsehood (answer_verdicts.py, over
data/dismissal_words.tsv's false words)."""

from __future__ import annotations

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
