"""A toll told as having risen ("has risen to 41") updates an earlier count from anyone:
it is no contradiction of it. Reports written for this test: an insurgent raid in Cabo
Delgado, a hospital's count on the day, a district administrator's count days later."""

from __future__ import annotations

from link_records import claim, figure, place, report

from claimledger.link.disputes import contradictions
from claimledger.link.series import series


def _toll(rid: str, published: str, speaker: str, sentence: str, number: str, value: float) -> dict:
    f = figure("f1", value, "killed", text=number, claim="c1", place="p1")
    at = sentence.index(number)
    f["span"] = [at, at + len(number)]
    return report(rid, published=published, outlet=f"{rid}.example", text=sentence,
                  places=[place("p1", "Macomia", "MZ")],
                  claims=[claim("c1", speaker, sentence, kind="person", figures=["f1"])], figures=[f])


HOSPITAL = ("Doctors at the Macomia health centre said 23 bodies had been brought in after the raid.", "23", 23)


def _disputes(later: tuple[str, str, float], later_date: str = "2025-09-12") -> list:
    records = [_toll("hospital", "2025-09-09", "Dr Celeste Mussa", *HOSPITAL),
               _toll("admin", later_date, "Ernesto Namashulua", *later)]
    return [c for c in contradictions(records, {}) if c.kind == "figures"]


def test_a_toll_told_as_risen_is_no_contradiction_of_an_earlier_lower_one():
    later = ("The district administrator said the number killed in the raid has risen to 41.", "41", 41)
    assert _disputes(later) == []
    (one,) = [s for s in series([_toll("admin", "2025-09-12", "Ernesto Namashulua", *later)], {})]
    assert one.statements[0].risen


def test_the_rise_words_must_lead_to_the_number():
    later = ("The administrator said the raiders reached Macomia at dawn, and that 41 were killed.", "41", 41)
    assert len(_disputes(later)) == 1


def test_a_later_count_that_rose_to_less_than_the_earlier_still_contradicts():
    later = ("The district administrator said the toll had risen to 12.", "12", 12)
    assert len(_disputes(later)) == 1


def test_on_one_day_a_rise_settles_nothing():
    later = ("The district administrator said the number killed has risen to 41.", "41", 41)
    assert len(_disputes(later, later_date="2025-09-09")) == 1
