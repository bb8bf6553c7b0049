"""The speaker vocabularies as data: each table's shape and a few rows its reader must hold."""

from __future__ import annotations

import pytest

from claimledger.data import read_table
from claimledger.extract.claims import find_claims


def test_population_words_are_one_column_of_distinct_lower_case_lemmas():
    from claimledger.data.tables import population_words

    rows = read_table("population_words.tsv")
    words = [row[0] for row in rows]
    assert all(len(row) == 1 for row in rows), [r for r in rows if len(r) != 1]
    assert len(words) == len(set(words)), sorted({w for w in words if words.count(w) > 1})
    assert all(w == w.lower() and w.replace("-", "").isalpha() for w in words), words
    assert {"resident", "witness", "survivor", "refugee", "villager"} <= population_words()
    # a population word is not a body or a document that speaks for one
    kinds = dict(read_table("speaker_words.tsv"))
    assert not {w for w in population_words() if kinds.get(w) in {"organization", "document"}}


@pytest.mark.parametrize(
    "text",
    [
        "A resident of the Sudanese town of Tawila said shelling had resumed at dawn.",
        "Ukrainian villagers near Kupiansk said the bridge had been hit twice.",
        "A Syrian refugee in the camp told reporters that food had run out.",
        "A Congolese fisherman on Lake Kivu said boats no longer left the shore.",
    ],
)
def test_people_of_a_place_read_from_the_table_speak_for_no_side(nlp, text):
    claims = find_claims(nlp(text))
    assert claims, text
    assert claims[0].speaker.side is None, claims[0].speaker
