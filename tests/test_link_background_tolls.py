"""Background tolls, restated tolls, unplaced denials and silences across reports (blind
round blind-link8): a war's toll named with its region or counted since a year is the war
to date, never an update of one attack's toll; an earlier toll a report restates beside a
new one ("raising the earlier toll of 9") is no count of that date; a denied event with no
place of its own takes the places its claim names; an armed group written in another case
than the table's is still that group; "did not respond to Reuters' questions" is a silence.
Reports written for these tests: a raid in Borno (Nigeria), an ambush in Burkina Faso's
east, a strike on a market in Hodeidah (Yemen), the fight for Hpakant (Myanmar), an attack
in Darfur."""

from __future__ import annotations

from link_records import claim, event, figure, place, report, said_report

from claimledger.data import read_table
from claimledger.extract.figures.checks import _ADDED
from claimledger.link.disputes import contradictions
from claimledger.link.series import series
from claimledger.link.silences import silences
from claimledger.link.toll_words import INCREMENT_AFTER, INCREMENT_BEFORE

_said = said_report


def _killed(records: list[dict]):
    return {s.key.period: s for s in series(records, {}) if s.key.quantity == "killed"}


def _figure_disputes(records: list[dict]) -> list:
    return [c for c in contradictions(records, {}) if c.kind == "figures"]


# ---------------------------------------------------------------- a war's toll, named with its region
BORNO_WIRE = _said(
    "wire", "2025-08-04",
    "Gunmen killed 12 farmers near Konduga on Sunday, a local vigilante leader said. "
    "The conflict in northeast Nigeria, which began in 2009, has killed more than 40,000 people, the UN says.",
    [("a local vigilante leader", "Gunmen killed 12 farmers near Konduga on Sunday", [("12 farmers", 12, "killed")]),
     ("the UN", "The conflict in northeast Nigeria, which began in 2009, has killed more than 40,000 people",
      [("more than 40,000 people", 40000, "killed")])],
    town=("Konduga", "NG"))
BORNO_RADIO = _said(
    "radio", "2025-08-04",
    "Residents of Konduga said they buried 13 people on Monday after the attack.",
    [("Residents of Konduga", "they buried 13 people on Monday after the attack", [("13 people", 13, "killed")])],
    town=("Konduga", "NG"))


def test_a_war_named_with_its_region_counts_the_war_to_date():
    by_period = _killed([BORNO_WIRE, BORNO_RADIO])
    assert by_period["war"].estimate.best == 40000
    assert (by_period["total"].estimate.low, by_period["total"].estimate.high) == (12, 13)
    assert _figure_disputes([BORNO_WIRE, BORNO_RADIO]) == []  # 13 is no "contradiction" of 40,000


def test_a_count_since_a_year_is_the_war_to_date_a_comparison_with_a_year_is_not():
    since = _said("x", "2025-05-12",
                  "Militants ambushed a convoy near Fada N'Gourma. Jihadist violence has killed more than "
                  "20,000 people since 2015, according to ACLED.",
                  [("ACLED", "Jihadist violence has killed more than 20,000 people since 2015",
                    [("more than 20,000 people", 20000, "killed")])],
                  town=("Fada N'Gourma", "BF"))
    assert list(_killed([since])) == ["war"]
    deadliest = _said("x", "2025-05-12",
                      "The ambush killed 31 soldiers, the deadliest attack in the east since 2019, an officer said.",
                      [("an officer", "The ambush killed 31 soldiers, the deadliest attack in the east since 2019",
                        [("31 soldiers", 31, "killed")])],
                      town=("Fada N'Gourma", "BF"))
    assert list(_killed([deadliest])) == ["total"]


# ---------------------------------------------------------------- a toll restated beside its update
HODEIDAH_DAY_ONE = _said(
    "wire", "2025-07-01", "An air strike on a fish market in Hodeidah killed nine people, the health office said.",
    [("the health office", "An air strike on a fish market in Hodeidah killed nine people",
      [("nine people", 9, "killed")])],
    town=("Hodeidah", "YE"))
HODEIDAH_MEDICS = _said(
    "medics", "2025-07-01", "Medics at al-Thawra hospital said 12 bodies had been brought in from the market.",
    [("Medics at al-Thawra hospital", "12 bodies had been brought in from the market", [("12 bodies", 12, "killed")])],
    town=("Hodeidah", "YE"))
HODEIDAH_DAY_THREE = _said(
    "daily", "2025-07-03",
    "The toll from the Hodeidah market strike has risen to 16, the health office said, raising the earlier toll "
    "of 9 after more bodies were pulled from the stalls.",
    [("the health office", "The toll from the Hodeidah market strike has risen to 16", [("16", 16, "killed")]),
     ("the health office", "raising the earlier toll of 9 after more bodies were pulled from the stalls",
      [("9", 9, "killed")])],
    town=("Hodeidah", "YE"))


def test_an_earlier_toll_restated_beside_its_update_is_no_count_of_that_date():
    records = [HODEIDAH_DAY_ONE, HODEIDAH_MEDICS, HODEIDAH_DAY_THREE]
    (one,) = _killed(records).values()
    restated = next(s for s in one.statements if s.document == "daily" and s.value == 9)
    assert restated.earlier and restated.change == "earlier"
    # each family counts with its latest: the office's 16, the medics' 12 (rule 2)
    assert (one.estimate.low, one.estimate.best, one.estimate.high) == (12, 16, 16)
    # the medics' 12 against the office's restated 9 (and 16 against 9 in one report) is no dispute
    assert _figure_disputes(records) == []


def test_up_from_and_a_rise_from_restate_the_earlier_count():
    for text, words in (("The toll rose to 16, up from 9 on Tuesday, officials said.", "9 on Tuesday"),
                        ("The toll rose to 16 from 9, officials said.", "9, officials"),
                        ("The number of dead has risen from 9 to 16, officials said.", "9 to 16")):
        clause = text.split(", officials said")[0]
        r = _said("x", "2025-07-03", text, [("officials", clause, [(words, 9, "killed")])], town=("Hodeidah", "YE"))
        (one,) = series([r], {})
        assert one.statements[0].earlier, text
    plain = _said("x", "2025-07-03", "Nine people were killed on Tuesday, officials said.",
                  [("officials", "Nine people were killed on Tuesday", [("Nine people", 9, "killed")])],
                  town=("Hodeidah", "YE"))
    (one,) = series([plain], {})
    assert not one.statements[0].earlier


# ---------------------------------------------------------------- a withdrawal denied with no place of its own
def test_a_denied_withdrawal_with_no_place_takes_the_place_its_claim_names():
    army_text = ("Troops entered Hpakant on Friday and the rebels had withdrawn toward the Uru river, "
                 "a junta spokesman said.")
    army_clause = "Troops entered Hpakant on Friday and the rebels had withdrawn toward the Uru river"
    army = report("state", published="2025-03-08", outlet="state.example", text=army_text,
                  places=[place("p1", "Hpakant", "MM"), place("p2", "Uru river", "MM", kind="other")],
                  claims=[claim("c1", "junta spokesman", army_clause, side="MM", events=["e1"])],
                  events=[event("e1", "withdraw", actor="the rebels", place="p2", claims=["c1"],
                                text="the rebels had withdrawn toward the Uru river")])
    # the rebels' report: its reader resolved no place (the story's other report did)
    kia_text = ("The Kachin Independence Army said its fighters still held Hpakant and had not withdrawn "
                "from the town.")
    kia_clause = "its fighters still held Hpakant and had not withdrawn from the town"
    kia = report("kia", published="2025-03-09", outlet="kia.example", text=kia_text,
                 claims=[claim("c1", "Kachin Independence Army", kia_clause, events=["e1"])],
                 events=[event("e1", "withdraw", actor="its fighters", claims=["c1"],
                               text="had not withdrawn from the town")])
    denials = [c for c in contradictions([army, kia], {}) if c.kind == "denial"]
    assert [(c.a.speaker, c.b.speaker) for c in denials] == [("junta spokesman", "Kachin Independence Army")]
    # a withdrawal from another town named in the rebels' claim is no denial of this one
    elsewhere = report("kia", published="2025-03-09", outlet="kia.example",
                       text=kia_text.replace("Hpakant", "Lonkin"),
                       claims=[claim("c1", "Kachin Independence Army", kia_clause.replace("Hpakant", "Lonkin"),
                                     events=["e1"])],
                       places=[place("p3", "Lonkin", "MM")],
                       events=[event("e1", "withdraw", actor="its fighters", claims=["c1"],
                                     text="had not withdrawn from the town")])
    assert [c for c in contradictions([army, elsewhere], {}) if c.kind == "denial"] == []


# ---------------------------------------------------------------- silences
def test_the_group_is_an_armed_group_written_in_another_case_than_the_table():
    text = ("Boko Haram fighters burned the market in Gwoza, residents said. "
            "The group could not be reached for comment.")
    r = report("wire", published="2025-08-05", outlet="wire.example", text=text, places=[place("p1", "Gwoza", "NG")],
               claims=[claim("c1", "residents", "Boko Haram fighters burned the market in Gwoza", kind="group")])
    (quiet,) = silences([r], {})
    assert quiet.party == "Boko Haram"


def test_no_response_to_an_outlets_questions_is_a_silence():
    for sentence in ("The governor's office did not respond to Reuters' questions about the convoy.",
                     "The RSF did not respond to Al Jazeera's questions on Tuesday."):
        r = report("x", published="2025-04-20", outlet="x.example", text=sentence,
                   places=[place("p1", "Nyala", "SD")])
        (quiet,) = silences([r], {})
        assert quiet.kind == "no_response", sentence
    shelling = report("x", published="2025-04-20", outlet="x.example", places=[place("p1", "Nyala", "SD")],
                      text="The army did not respond to the shelling of its base.")
    assert silences([shelling], {}) == []


# ---------------------------------------------------------------- one table of added-count words
def test_added_words_table_is_read_by_both_the_sums_and_the_tolls():
    rows = read_table("added_words.tsv")
    assert rows and all(len(r) == 4 and r[1] in {"before", "after"} and {r[2], r[3]} <= {"yes", "no"} for r in rows)
    assert set(_ADDED) == {r[0] for r in rows if r[2] == "yes"}
    assert "another" in _ADDED  # kept out of sums, but "Another 41 people were injured" is a count
    assert not INCREMENT_BEFORE.search("Another ") and INCREMENT_BEFORE.search("a further ")
    assert INCREMENT_AFTER.match(" more bodies") and not INCREMENT_AFTER.match(" more than the day before")


# ---------------------------------------------------------------- one place, with or without its kind of unit
def test_a_place_named_with_its_kind_of_unit_is_the_same_place_fact():
    from claimledger.link.facts import record_facts

    def keys(name: str) -> set[str]:
        p = place("p1", name, "SO", kind="region")
        p.update(geonames_id=None, mentions=[[0, len(name)]])
        r = report("x", published="2025-12-03", outlet="x.example", text=name, places=[p])
        return {f.key for f in record_facts(r) if f.kind == "place"}

    assert keys("Hiiraan region") == keys("Hiiraan") == {"place:hiiraan"}
    assert keys("Upper Nile state") == keys("Upper Nile")
    assert keys("Region") == {"place:region"}  # a name that is only the word stays itself


# ---------------------------------------------------------------- across the ledger: one toll per story
def test_across_stories_each_storys_toll_is_its_own_series_a_wars_toll_stays_one():
    first = _said("a", "2025-09-02",
                  "A drone strike on a market in Kutum killed 21 people, a local aid group said. "
                  "Sudan's war has killed more than 150,000 people since it began, the UN says.",
                  [("a local aid group", "A drone strike on a market in Kutum killed 21 people",
                    [("21 people", 21, "killed")]),
                   ("the UN", "Sudan's war has killed more than 150,000 people since it began",
                    [("more than 150,000 people", 150000, "killed")])],
                  town=("Kutum", "SD"))
    later = _said("b", "2025-09-09",
                  "Shelling of a camp near Tawila killed 8 people, medics said. "
                  "Sudan's war has killed more than 150,000 people since it began, the UN says.",
                  [("medics", "Shelling of a camp near Tawila killed 8 people", [("8 people", 8, "killed")]),
                   ("the UN", "Sudan's war has killed more than 150,000 people since it began",
                    [("more than 150,000 people", 150000, "killed")])],
                  town=("Tawila", "SD"))
    across = series([first, later], {}, quantity="killed", stories={"a": "S1", "b": "S2"})
    totals = {s.key.story: s.estimate.best for s in across if s.key.period == "total"}
    assert totals == {"S1": 21, "S2": 8}  # the camp's 8 is no "revision" of the market's 21
    assert [s.key.story for s in across if s.key.period == "war"] == [None]
    assert "story S1" in next(s for s in across if s.key.story == "S1").key.label()
    # within one story's reports (no mapping) the totals are one series, as before
    assert len([s for s in series([first, later], {}, quantity="killed") if s.key.period == "total"]) == 1


def test_a_rewrites_silence_of_the_same_side_in_other_words_is_the_wires_silence():
    wire_text = "A spokesman for the Chadian army declined to comment on the raid near Bol."
    rewrite_text = "Chad's military would not comment on the raid near Bol."
    wire = report("wire", published="2025-03-10", outlet="wire.example", text=wire_text,
                  places=[place("p1", "Bol", "TD")],
                  claims=[claim("c1", "A spokesman for the Chadian army", "on the raid near Bol", side="TD",
                                cue="declined to comment", polarity="denied")])
    rewrite = report("rw", published="2025-03-11", outlet="rw.example", text=rewrite_text,
                     places=[place("p1", "Bol", "TD")],
                     claims=[claim("c1", "Chad's military", "on the raid near Bol", side="TD",
                                   cue="would not comment", polarity="denied")])
    found = silences([wire, rewrite], {"rw": "wire"})
    assert [(s.document, s.documents) for s in found] == [("wire", ["wire", "rw"])]
    # another origin's silence of the same side stays its own
    assert len(silences([wire, rewrite], {})) == 2


# ---------------------------------------------------------------- the newsroom's voice echoes its sources
def test_a_reports_own_toll_against_a_party_gives_way_to_the_sourced_dispute():
    def _toll(rid: str, text: str, words: str, value: float, speaker: str | None, side: str | None) -> dict:
        f = figure("f1", value, "killed", side="NE", text=words, claim="c1" if speaker else None, place="p1")
        at = text.index(words)
        f["span"] = [at, at + len(words)]
        claims = [claim("c1", speaker, text.split(",")[0], side=side, figures=["f1"])] if speaker else []
        return report(rid, published="2025-10-06", outlet=f"{rid}.example", text=text,
                      places=[place("p1", "Tillaberi", "NE")], claims=claims, figures=[f])

    own_voice = _toll("paper", "Twelve soldiers killed in Tillaberi ambush.", "Twelve soldiers", 12, None, None)
    army = _toll("wire", "The army said 12 soldiers died in the ambush near Tillaberi, a day after it.",
                 "12 soldiers", 12, "The army", "NE")
    militants = _toll("radio", "The militants claimed 60 soldiers were killed near Tillaberi, in a statement.",
                      "60 soldiers", 60, "militants", None)
    found = _figure_disputes([own_voice, army, militants])
    assert [(c.a.speaker, c.b.speaker) for c in found] in ([("The army", "militants")], [("militants", "The army")])
    # with no sourced count against the militants, the paper's own toll still disputes them
    alone = _figure_disputes([own_voice, militants])
    assert len(alone) == 1 and {alone[0].a.family, alone[0].b.family} >= {"press"}
