"""Transliteration variants of names written without their article: "Sheikh Zuweid" is
GeoNames' "Ash Shaykh Zuwayd", "Sheikh Zuwayd" too; the loose key reaches names whose
article the report leaves out, as the plain key already does ("Shaykh Zuwayd")."""

from __future__ import annotations

import pytest

from claimledger.extract.gazetteer import gazetteer


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Sheikh Zuweid", "EG"),
        ("Sheikh Zuwayd", "EG"),
        ("Shaykh Zuwayd", "EG"),
        ("Bir el-Abd", "EG"),
    ],
)
def test_a_variant_spelling_without_the_article_is_found(written, country):
    hits = gazetteer().lookup(written)
    assert any(h.entry.country == country and h.entry.kind == "city" for h in hits), hits


def test_north_sinai_is_the_governorate():
    hits = gazetteer().lookup("North Sinai")
    assert [(h.entry.kind, h.entry.country) for h in hits] == [("region", "EG")], hits
    assert abs(hits[0].entry.lat - 30.9) < 1.0 and abs(hits[0].entry.lon - 33.7) < 1.0, hits


@pytest.mark.parametrize("written", ["The Sheikh", "Zuweid"])
def test_short_or_partial_forms_stay_unknown(written):
    assert not any(h.entry.country == "EG" for h in gazetteer().lookup(written))
