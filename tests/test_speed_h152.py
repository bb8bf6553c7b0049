"""The per-report arrays and memos of stop 30's speed work read what the slower readings read."""

from __future__ import annotations

import pytest

from claimledger import nlp as nlp_loader
from claimledger.extract.context import context_of, release
from claimledger.extract.gazetteer import gazetteer
from claimledger.extract.places.view import _capitalised, _capitalised_each

REPORTS = [
    "KYIV, Ukraine (AP) — Russian drones struck Odesa overnight, the regional governor Oleh Kiper said.\n\n"
    "He said two people were wounded.",
    "KHARTOUM: The Rapid Support Forces shelled El Fasher on Sunday, killing 14 civilians, "
    "medics said.\nA note from the army states that it repelled the attack.",
    "Israeli strikes hit Khan Younis early Tuesday , Gaza's civil defence agency said .  \n",
    "  GOMA, DR Congo - M23 rebels seized two villages near Sake, according to local officials.  ",
    "Myanmar's junta said the Arakan Army attacked a police post in Rakhine state; the group denied it.",
]


@pytest.fixture(scope="module")
def nlp():
    return nlp_loader.load()


@pytest.mark.parametrize("text", REPORTS)
def test_arrays_read_what_the_tokens_say(nlp, text: str) -> None:
    doc = nlp(text)
    report = context_of(doc)
    assert report.texts == [t.text for t in doc]
    assert report.lowers == [t.lower_ for t in doc]
    assert report.deps == [t.dep_ for t in doc]
    assert report.poss == [t.pos_ for t in doc]
    release(doc)


def test_tags_read_again_after_a_correction(nlp) -> None:
    doc = nlp("The ministry notes that the convoy was shelled near Kherson.")
    report = context_of(doc)
    before = report.poss
    report.edit()
    doc[2].pos_ = "VERB"
    assert report.poss == [t.pos_ for t in doc]
    assert before is not report.poss
    release(doc)


@pytest.mark.parametrize("span", [(0, 4), (0, 6), (5, 12), (3, 3), (-2, 4), (20, 200), (40, 46), (44, 49)])
def test_trimmed_as_the_stripped_copy(nlp, span: tuple[int, int]) -> None:
    doc = nlp(REPORTS[2])
    report = context_of(doc)
    start, end = span
    piece = report.text[start:end]
    lead = len(piece) - len(piece.lstrip())
    assert report._trimmed(start, end) == (start + lead, max(start + lead + 1, start + len(piece.rstrip())))
    release(doc)


def test_capitals_as_read_one_by_one() -> None:
    words = ["Odesa", "d'Ivoire", "l’Est", "U.S.", "123", "al-Tahta", "KYIV", "rebels", "", "É", "—", "Odesa"]
    assert _capitalised_each(words) == [_capitalised(w) for w in words]


def test_index_answers_as_its_bisection() -> None:
    index = gazetteer()._main
    for key in ("odesa", "khartoum", "elfasher", "nowhereatall", "goma", "odesa"):
        found = index.find(key)
        assert found == index._find(key)
        found.append((0, "x"))  # a caller's own list: the kept answer is not changed
        assert index.find(key) == index._find(key)
