"""Counts that are parts of a toll, not the toll (h75 blind link round, Thailand-Cambodia
border): the counts a rise is made of ("has risen to 19 … after four of the wounded died and
three bodies were found"); "two more of the wounded died" with the added word after a bare
number; "nine of the people wounded" at one hospital; "no one was hurt in the blast"; a
hospital's patients moved, who are no displaced people; "the number of civilians killed"
and "four civilians killed" as one series; a count inflicted by the theatre's own state's
guns, which lies across the line. Reports written for these tests, in other wars."""

from __future__ import annotations

from link_records import place, said_report

from claimledger.link.disputes import contradictions
from claimledger.link.series import series
from claimledger.link.series_statements import _who

GOMA = ("Goma", "CD")


def _said(rid: str, published: str, text: str, said: list, town: tuple[str, str] = GOMA,
          side: str | None = None) -> dict:
    return said_report(rid, published, text, said, town, side)


def _figure_disputes(records: list[dict]) -> list:
    return [c for c in contradictions(records, {}) if c.kind == "figures"]


FIRST = _said("wire", "2025-02-10", "Shells hit a market in Goma on Monday, killing 12 people, a civil society "
              "leader said.", [("a civil society leader", "Shells hit a market in Goma on Monday, killing 12 people",
                [("12 people", 12, "killed")])])
RISE = _said("daily", "2025-02-14",
             "The toll from the Goma market shelling has risen to 19, the health ministry said, after four of the "
             "wounded died in hospital and three bodies were found under rubble.",
             [("the health ministry", "The toll from the Goma market shelling has risen to 19, the health ministry "
               "said, after four of the wounded died in hospital and three bodies were found under rubble",
               [("19", 19, "killed"), ("four of the wounded", 4, "killed"), ("three bodies", 3, "killed")])])


def test_the_counts_a_rise_is_made_of_are_no_tolls():
    (killed,) = [s for s in series([FIRST, RISE], {}) if s.key.quantity == "killed" and s.key.who != "part"]
    bodies = next(s for s in killed.statements if s.value == 3)
    assert bodies.increment  # the three bodies explain the rise: no toll of their own
    assert (killed.estimate.low, killed.estimate.best, killed.estimate.high) == (12, 19, 19)
    # "four of the wounded" is a part of the dead, a series of parts apart
    assert any(s.key.who == "part" and s.statements[0].value == 4 for s in series([FIRST, RISE], {}))
    assert _figure_disputes([FIRST, RISE]) == []


def test_a_count_before_the_rise_or_without_after_is_still_a_count():
    # the same numbers in two sentences: the second count is no part of the first one's rise
    text = "The toll has risen to 19, the ministry said. Three bodies were found in Kibati, a medic said."
    two = _said("two", "2025-02-14", text,
                [("the ministry", "The toll has risen to 19", [("19", 19, "killed")]),
                 ("a medic", "Three bodies were found in Kibati", [("Three bodies", 3, "killed")])])
    statements = [s for one in series([two], {}) for s in one.statements]
    assert not next(s for s in statements if s.value == 3).increment


def test_more_after_a_bare_number_is_an_increment():
    text = "The toll from the Goma shelling has risen to 21, the ministry said. Two more of the wounded died this week."
    update = _said("later", "2025-02-20", text,
                   [("the ministry", "The toll from the Goma shelling has risen to 21", [("21", 21, "killed")]),
                    ("the ministry", "Two more of the wounded died this week", [("Two", 2, "killed")])])
    statements = [s for one in series([FIRST, update], {}) for s in one.statements]
    assert next(s for s in statements if s.value == 2).increment
    assert _figure_disputes([FIRST, update]) == []


def test_a_part_of_the_people_wounded_and_a_blast_no_one_was_hurt_in():
    assert _who({"quantity": "wounded", "text": "nine of the people", "subject": "people"},
                " wounded in Monday's shelling") == "part"
    assert _who({"quantity": "wounded", "text": "No one", "value": 0}, " was hurt in the blast.") == "part"
    # a zero for the whole happening is still a count: "no one was hurt, the army said"
    assert _who({"quantity": "wounded", "text": "No one", "value": 0}, " was hurt, the army said.") == "people"
    wounded = _said("w", "2025-02-10", "Shelling wounded 30 people in Goma, the ministry said.",
                    [("the ministry", "Shelling wounded 30 people in Goma", [("30 people", 30, "wounded")])])
    clinic = _said("c", "2025-02-10", "The clinic was treating nine of the people wounded in the shelling, "
                   "its director said.", [("its director", "The clinic was treating nine of the people wounded in "
                                           "the shelling", [("nine of the people", 9, "wounded")])])
    assert _figure_disputes([wounded, clinic]) == []
    # two parts (nine at the clinic, none in the blast at its gate) need not be one part
    blast = _said("b", "2025-02-10", "A shell landed at the clinic gate. No one was hurt in the blast, a nurse said.",
                  [("a nurse", "No one was hurt in the blast", [("No one", 0, "wounded")])])
    assert _figure_disputes([wounded, clinic, blast]) == []


def test_patients_moved_are_counted_apart_from_the_displaced():
    assert _who({"quantity": "displaced", "text": "40 patients", "subject": "patients"}) == "patients"
    assert _who({"quantity": "displaced", "text": "4,000 people", "subject": "people"}) == "people"


def test_civilians_killed_told_two_ways_are_one_series():
    four = _said("a", "2025-05-02", "Rockets killed four civilians in Goma, the governor said.",
                 [("the governor", "Rockets killed four civilians in Goma", [("four civilians", 4, "killed")])])
    four["figures"][0].update(quantity="civilians_killed", subject="civilians")
    nine = _said("b", "2025-05-09", "The number of civilians killed in Goma has risen to nine, the governor said.",
                 [("the governor", "The number of civilians killed in Goma has risen to nine",
                   [("nine", 9, "killed")])])
    nine["figures"][0]["subject"] = "civilians"
    (one,) = series([four, nine], {})
    assert one.key.quantity == "civilians_killed" and [s.value for s in one.statements] == [4, 9]
    assert one.statements[1].change == "update"


def _jermuk(text: str, clause: str, words: str, speaker: str, side: str | None) -> dict:
    rec = _said("r", "2025-09-14", text, [(speaker, clause, [(words, 2 if "two" in words else 5, "wounded")])],
                ("Jermuk", "AM"), side)
    rec["places"].append(place("p2", "Sotk", "AM"))
    rec["figures"][0]["place"] = None
    return rec


def test_a_count_inflicted_by_the_theatre_s_own_guns_lies_across_the_line():
    text = ("Azerbaijani shelling hit Jermuk and Sotk overnight, Armenia said. Azerbaijan's defence ministry said "
            "Armenian shelling had wounded two civilians.")
    across = _jermuk(text, "Armenian shelling had wounded two civilians", "two civilians",
                     "Azerbaijan's defence ministry", "AZ")
    (one,) = series([across], {})
    assert one.key.theatre == "AZ"
    # wounded by the other state's guns, the count stays where the report is
    text = "Azerbaijani shelling wounded five civilians in Jermuk and Sotk overnight, Armenia's health ministry said."
    home = _jermuk(text, "Azerbaijani shelling wounded five civilians in Jermuk and Sotk overnight", "five civilians",
                   "Armenia's health ministry", "AM")
    (one,) = series([home], {})
    assert one.key.theatre == "AM"


def test_a_party_s_own_soldiers_are_its_side_whatever_the_record_read():
    text = "Eritrea's information ministry said two of its soldiers had died in the clash near Zalambessa."
    rec = _said("e", "2025-08-01", text, [("Eritrea's information ministry", "two of its soldiers had died in the "
                                           "clash near Zalambessa", [("two of its soldiers", 2, "killed")])],
                ("Zalambessa", "ET"), side="ER")
    rec["figures"][0]["side"] = "ET"  # the record took the side from the town's country
    (one,) = series([rec], {})
    assert one.key.side == "ER"
    # "their" may be the enemy's ("killed 30 of their fighters"): the record's side stands
    rec["document"]["text"] = text.replace("its", "their")
    rec["figures"][0]["text"] = "two of their soldiers"
    (one,) = series([rec], {})
    assert one.key.side == "ET"
