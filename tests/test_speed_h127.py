"""Speed-ups that must change no answer (issue 8), each checked against the plain computation:

- ``places.local_areas._kind_starts``: the words a local area's kind may start at; ``_kind_at``
  finds a kind at no other word.
- ``sides.SideTable.mentions`` keeps the mentions of short texts: the same mentions as reading
  the text again, in a fresh list each call.
"""

from __future__ import annotations

from claimledger.extract.context import context_of
from claimledger.extract.places.local_areas import _kind_at, _kind_starts, local_areas
from claimledger.extract.places.view import places_view
from claimledger.sides import side_table, veto_table

AREAS = ("Gunmen attacked Bokkos Local Government Area of Plateau State on Sunday. Residents of Guma "
         "and Logo local government areas fled, officials in Lamu West sub-county and in Kasese "
         "Sub - County said. The LGA chairman of Mangu LGA, a local government official, spoke.")


def test_a_kind_starts_only_where_its_first_word_stands(nlp) -> None:
    doc = places_view(context_of(nlp(AREAS)))
    starts = _kind_starts(doc)
    every = [i for i in range(1, len(doc)) if _kind_at(doc, i)]
    assert set(every) <= set(starts)  # no kind is missed by asking only there
    assert len(every) >= 5  # the text names several kinds, so the check above is not empty
    assert starts == sorted(starts)  # text order, as the loop over every word read them


def test_local_areas_still_read_through_the_gate(nlp) -> None:
    doc = places_view(context_of(nlp(AREAS)))
    names = {doc.text[doc[m.start].idx:doc[m.end - 1].idx + len(doc[m.end - 1])] for m in local_areas(doc, [])}
    assert "Bokkos" in names and "Mangu" in names


def test_short_mentions_are_remembered_but_handed_out_fresh() -> None:
    table = side_table()
    phrase = "a spokesman for Sudan's army and Ukrainian officials"
    first, again = table.mentions(phrase), table.mentions(phrase)
    assert first == again == table._mentions(phrase)
    assert first is not again  # a caller that changes its list does not change the next one's
    first.clear()
    assert table.mentions(phrase) == again
    assert [m.side for m in again] == ["SD", "UA"]


def test_each_table_keeps_its_own_readings() -> None:
    phrase = "Hezbollah fighters and Israeli troops"
    assert veto_table().mentions(phrase) == veto_table()._mentions(phrase)
    assert side_table().mentions(phrase) == side_table()._mentions(phrase)
    assert veto_table().mentions(phrase) != side_table().mentions(phrase)
