"""Time expressions in sentences written for these tests, with and without a publication date."""

from __future__ import annotations

import pytest

from claimledger.extract.when import find_times, parse_iso, time_spans
from claimledger.model import TimeExpr


def times(nlp, text: str, published: str | None = None) -> list[TimeExpr]:
    return find_times(nlp(text), published)


def one(nlp, text: str, published: str | None, wanted: str) -> TimeExpr:
    """The expression whose text is ``wanted``; its span must point at that text."""
    found = times(nlp, text, published)
    hits = [t for t in found if t.text == wanted]
    assert hits, [t.text for t in found]
    t = hits[0]
    assert text[t.span[0]:t.span[1]] == wanted
    return t


def dates(t: TimeExpr) -> tuple[str | None, str | None]:
    return t.start, t.end


# ------------------------------------------------------------------ relative, with a publication date
@pytest.mark.parametrize(("text", "published", "wanted", "start", "end"), [
    # A weekday is the most recent one on or before publication (2025-02-10 is a Monday).
    ("Shelling killed five civilians on Sunday, the governor said.", "2025-02-10", "on Sunday",
     "2025-02-09", "2025-02-09"),
    ("Officials said the convoy was hit on Monday.", "2025-02-10", "on Monday", "2025-02-10", "2025-02-10"),
    ("A drone struck the depot last Tuesday, residents told reporters.", "2025-02-10", "last Tuesday",
     "2025-02-04", "2025-02-04"),
    ("Rebels said they shot down a helicopter late Thursday.", "2016-09-12", "late Thursday",
     "2016-09-08", "2016-09-08"),
    ("The bridge was destroyed three weeks ago, according to the mayor.", "2025-02-10", "three weeks ago",
     "2025-01-20", "2025-01-20"),
    ("Two months ago the militia withdrew from the town.", "2024-05-31", "Two months ago",
     "2024-03-31", "2024-03-31"),
    ("North Korean troops have fought in Kursk since November.", "2025-02-10", "since November",
     "2024-11-01", "2025-02-10"),
    ("Aid has not reached El Fasher since mid-January, the UN said.", "2024-06-20", "since mid-January",
     "2024-01-15", "2024-06-20"),
    ("The siege has lasted since 2014.", "2016-11-03", "since 2014", "2014-01-01", "2016-11-03"),
    ("Yesterday the army said it had retaken the ridge.", "2023-11-15", "Yesterday",
     "2023-11-14", "2023-11-14"),
    ("Clashes resumed last week along the Litani.", "2023-11-15", "last week", "2023-11-06", "2023-11-12"),
    ("Casualties doubled over the past 24 hours, medics said.", "2023-11-15", "over the past 24 hours",
     "2023-11-14", "2023-11-15"),
    ("In the past three days the RSF advanced on Omdurman.", "2023-11-15", "In the past three days",
     "2023-11-12", "2023-11-15"),
    ("The ministry counted 300 dead earlier this year.", "2023-11-15", "earlier this year",
     "2023-01-01", "2023-11-15"),
    ("Prices have tripled since last month in Sanaa.", "2023-11-15", "since last month",
     "2023-10-01", "2023-11-15"),
    ("The offensive began in late April, officers said.", "2022-06-01", "in late April",
     "2022-04-21", "2022-04-30"),
    ("The talks on June 9 ended without a deal.", "2024-06-20", "on June 9", "2024-06-09", "2024-06-09"),
    ("Militants attacked the post over the weekend.", "2024-03-13", "over the weekend",
     "2024-03-09", "2024-03-10"),
    ("Troops have held the crossing since Sunday morning.", "2024-03-13", "since Sunday morning",
     "2024-03-10", "2024-03-13"),
    ("Negotiators will meet again on Tuesday in Doha.", "2024-03-13", "on Tuesday",
     "2024-03-19", "2024-03-19"),
    ("A second round is due next Tuesday.", "2024-03-13", "next Tuesday", "2024-03-19", "2024-03-19"),
    ("Gunmen raided the village in the early hours of Saturday.", "2024-03-13",
     "in the early hours of Saturday", "2024-03-09", "2024-03-09"),
    # Scraped copy drops apostrophes: "Sundays shelling" is Sunday's.
    ("Some fighters died in Sundays shelling near Jarabulus.", "2016-08-28", "Sundays",
     "2016-08-28", "2016-08-28"),
])
def test_relative_expressions_resolve_against_publication(nlp, text, published, wanted, start, end):
    assert dates(one(nlp, text, published, wanted)) == (start, end)


# ------------------------------------------------------------------ relative, without a publication date
@pytest.mark.parametrize(("text", "wanted"), [
    ("North Korean troops have fought in Kursk since November.", "since November"),
    ("Shelling killed five civilians on Sunday.", "on Sunday"),
    ("A drone struck the depot last Tuesday.", "last Tuesday"),
    ("The bridge was destroyed three weeks ago.", "three weeks ago"),
    ("The talks on June 9 ended without a deal.", "on June 9"),
    ("Yesterday the army said it had retaken the ridge.", "Yesterday"),
    ("Fighting has spread north in recent months.", "in recent months"),
])
def test_no_publication_date_means_no_guess(nlp, text, wanted):
    assert dates(one(nlp, text, None, wanted)) == (None, None)


# ------------------------------------------------------------------ absolute dates
@pytest.mark.parametrize(("text", "wanted", "start", "end"), [
    ("The withdrawal was completed on 10 February 2025.", "on 10 February 2025", "2025-02-10", "2025-02-10"),
    ("On Oct. 10 2013 the brigade left Homs.", "On Oct. 10 2013", "2013-10-10", "2013-10-10"),
    ("The ceasefire of February 27, 2016 collapsed within weeks.", "February 27, 2016",
     "2016-02-27", "2016-02-27"),
    ("28-08-2016 Turkish shelling kills civilians in northern Syria", "28-08-2016",
     "2016-08-28", "2016-08-28"),
    ("The report is dated 2024-07-01.", "2024-07-01", "2024-07-01", "2024-07-01"),
    ("The militia was founded in March 2011.", "in March 2011", "2011-03-01", "2011-03-31"),
    ("The truce agreed in early March 2022 did not hold.", "in early March 2022", "2022-03-01", "2022-03-10"),
    ("Over 2,000 people fled in 2023 alone.", "in 2023", "2023-01-01", "2023-12-31"),
    ("Rebels held the valley through the 1990s.", "the 1990s", "1990-01-01", "1999-12-31"),
    ("The junta seized power on the 1st of February 2021.", "on the 1st of February 2021",
     "2021-02-01", "2021-02-01"),
])
def test_absolute_dates_resolve_without_publication(nlp, text, wanted, start, end):
    assert dates(one(nlp, text, None, wanted)) == (start, end)


def test_ambiguous_numeric_date_is_not_guessed(nlp):
    t = one(nlp, "The statement was signed 05-04-2016 in Geneva.", None, "05-04-2016")
    assert dates(t) == (None, None)


# ------------------------------------------------------------------ durations and clock times
@pytest.mark.parametrize("wanted", ["for approximately three weeks", "for 2 weeks",
                                    "for more than two years"])
def test_durations_have_no_dates(nlp, wanted):
    text = f"The unit stayed at the front {wanted}, a spokesman said."
    assert dates(one(nlp, text, "2025-02-10", wanted)) == (None, None)


def test_kursk_style_paragraph(nlp):
    text = ("Ukrainian officials say North Korean troops have not appeared on the front line for "
            "approximately three weeks. They have been present in Kursk since November.")
    found = {t.text: t for t in times(nlp, text, None)}
    assert dates(found["for approximately three weeks"]) == (None, None)
    assert dates(found["since November"]) == (None, None)


@pytest.mark.parametrize("wanted", ["at 1600 GMT", "at 10:50 local time", "at 3 p.m.", "at noon"])
def test_clock_times(nlp, wanted):
    text = f"The Russian ministry said the strike took place {wanted} near Deir ez-Zor."
    assert dates(one(nlp, text, "2016-09-12", wanted)) == (None, None)


def test_ages_are_not_times(nlp):
    text = "A 19-year-old conscript and a man aged 40 were killed."
    found = [t.text for t in times(nlp, text, "2024-01-05")]
    assert not any("19" in t or "40" in t for t in found)


def test_may_the_verb_is_no_month(nlp):
    assert times(nlp, "The rebels may withdraw from the town, and officials may agree.", "2024-01-05") == []


def test_every_friday_is_no_date(nlp):
    t = one(nlp, "Protesters gather on Fridays outside the mosque.", "2024-01-05", "on Fridays")
    assert dates(t) == (None, None)


def test_spans_in_order_and_exact(nlp):
    text = ("On Monday, Israeli jets struck Rafah; two days later, at 10:50, a second strike hit "
            "Khan Younis, and since last week 40 people have died.")
    found = times(nlp, text, "2024-05-08")
    assert [t.span for t in found] == sorted(t.span for t in found)
    for t in found:
        assert text[t.span[0]:t.span[1]] == t.text


# ------------------------------------------------------------------ time_spans for the figures extractor
def test_time_spans_cover_numbers_that_are_no_figures(nlp):
    text = ("The US strikes at 1600 GMT killed 62 soldiers, a 19-year-old survivor said, two days "
            "after the truce; at 10:50 the shelling resumed. In 2023 some 4,000 fighters fled.")
    doc = nlp(text)
    covered = [text[s:e] for s, e in time_spans(doc)]

    def inside(fragment: str) -> bool:
        i = text.index(fragment)
        return any(s <= i and i + len(fragment) <= e for s, e in time_spans(doc))

    for fragment in ("1600", "19", "two days", "10:50", "2023"):
        assert inside(fragment), (fragment, covered)
    for fragment in ("62", "4,000"):
        assert not inside(fragment), (fragment, covered)


def test_time_spans_without_publication_date_still_cover_relative_times(nlp):
    doc = nlp("Casualties rose three weeks ago and again on Sunday.")
    text = doc.text
    spans = [text[s:e] for s, e in time_spans(doc)]
    assert "three weeks ago" in spans and "on Sunday" in spans


def test_time_spans_do_not_swallow_plain_counts(nlp):
    doc = nlp("Around 4,000 of the 12,000 troops were killed or injured, and 70 villages emptied.")
    assert time_spans(doc) == []


# ------------------------------------------------------------------ helpers
def test_parse_iso():
    assert str(parse_iso("2016-09-12")) == "2016-09-12"
    assert parse_iso("2016-09-12T10:00:00Z") is not None
    assert parse_iso("12/09/2016") is None
    assert parse_iso(None) is None
    assert parse_iso("2016-02-30") is None
