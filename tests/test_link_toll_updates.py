"""Toll updates across reports (blind round blind-link7): a count of what was added
("seven more bodies") is no toll; a report that tells one toll as risen updates its other
victims' counts too; a count a later update has risen past no longer votes for ``best``;
a party does not deny itself through "its jets"; a party silent on a count.
Reports written for these tests: a market strike in Burkina Faso, a drone strike on a
port in Yemen, an air raid in Myanmar's Magway region, a shelling in Idlib."""

from __future__ import annotations

from link_records import claim, figure, place, report, said_report

from claimledger.link.disputes import contradictions
from claimledger.link.series import series
from claimledger.link.series_statements import _who
from claimledger.link.silences import silences


def _said(rid: str, published: str, text: str, said: list[tuple[str, str, list[tuple[str, float, str]]]],
          town: tuple[str, str] = ("Djibo", "BF")) -> dict:
    return said_report(rid, published, text, said, town)


def _one(records: list[dict], quantity: str):
    found = [s for s in series(records, {}) if s.key.quantity == quantity]
    assert len(found) == 1, [s.key for s in found]
    return found[0]


def _figure_disputes(records: list[dict]) -> list:
    return [c for c in contradictions(records, {}) if c.kind == "figures"]


# ---------------------------------------------------------------- a market strike in Burkina Faso
FIRST = _said("wire", "2025-03-02",
              "A drone struck the weekly market in Djibo, killing at least 30 traders, a local councillor said.",
              [("a local councillor", "A drone struck the weekly market in Djibo, killing at least 30 traders",
                [("at least 30 traders", 30, "killed")])])
HOSPITAL = _said("radio", "2025-03-02",
                 "Nurses at the Djibo clinic said they had received 34 bodies from the market.",
                 [("Nurses at the Djibo clinic", "they had received 34 bodies from the market",
                   [("34 bodies", 34, "killed")])])
UPDATE = _said("daily", "2025-03-05",
               "The toll from the market strike has risen to 41, the regional governor said. "
               "Nine more bodies were pulled from the burnt stalls on Tuesday, he said.",
               [("the regional governor", "The toll from the market strike has risen to 41",
                 [("41", 41, "killed")]),
                ("the regional governor", "Nine more bodies were pulled from the burnt stalls on Tuesday",
                 [("Nine more bodies", 9, "killed")])])


def test_a_count_of_what_was_added_is_no_toll_and_disputes_nothing():
    one = _one([FIRST, HOSPITAL, UPDATE], "killed")
    added = next(s for s in one.statements if s.value == 9)
    assert added.increment and added.change == "increment"
    assert one.estimate.low == 30  # not 9: nine more bodies is no count of the dead
    assert _figure_disputes([FIRST, HOSPITAL, UPDATE]) == []


def test_a_further_and_an_additional_are_increments_another_is_not():
    for sentence, words, value, added in (
            ("Rescuers found a further 12 bodies in the rubble, the civil defence said.", "12 bodies", 12, True),
            ("An additional 5 people died in hospital overnight, the civil defence said.", "5 people", 5, True),
            ("Another 41 people were wounded, the civil defence said.", "Another 41 people", 41, False),
            ("The civil defence said 12 more than the day before had been killed.", "12", 12, False)):
        clause = sentence.split(", the civil defence")[0].replace("The civil defence said ", "")
        r = _said("x", "2025-03-05", sentence, [("the civil defence", clause, [(words, value, "killed")])],
                  town=("Idlib", "SY"))
        (one,) = series([r], {})
        assert one.statements[0].increment is added, sentence


def test_a_count_a_later_update_rose_past_no_longer_votes_for_best():
    one = _one([FIRST, HOSPITAL, UPDATE], "killed")
    # families' latest: ≥30 and 34 on the day, 41 three days later told as a rise over both
    assert (one.estimate.low, one.estimate.best, one.estimate.high) == (30, 41, 41)
    # on the day itself, before the update, the median of the two counts
    assert [(h.date, h.best) for h in one.history][0] == ("2025-03-02", 30)


def test_without_rise_words_a_later_count_is_still_one_vote_among_others():
    later = _said("daily", "2025-03-05", "The regional governor said 41 people were killed in the market strike.",
                  [("the regional governor", "41 people were killed in the market strike",
                    [("41 people", 41, "killed")])])
    one = _one([FIRST, HOSPITAL, later], "killed")
    assert one.estimate.best == 34  # the median of 30, 34, 41: nothing says the toll grew


# ---------------------------------------------------------------- a drone strike on a port in Yemen
def _port(rid: str, published: str, text: str, said: list) -> dict:
    return _said(rid, published, text, said, town=("Hodeidah", "YE"))


PORT_DAY_ONE = _port("wire", "2025-06-10",
                     "A drone strike on the port of Hodeidah killed 9 dock workers and wounded 22, "
                     "the port authority said.",
                     [("the port authority", "A drone strike on the port of Hodeidah killed 9 dock workers and "
                       "wounded 22", [("9 dock workers", 9, "killed"), ("22", 22, "wounded")])])
PORT_DAY_TWO = _port("local", "2025-06-11",
                     "The number of dead in the port strike rose to 13, health officials said. "
                     "Another 35 people were treated for wounds, they said.",
                     [("health officials", "The number of dead in the port strike rose to 13",
                       [("13", 13, "killed")]),
                      ("health officials", "Another 35 people were treated for wounds",
                       [("Another 35 people", 35, "wounded")])])


def test_a_report_that_tells_a_toll_as_risen_updates_its_wounded_count_too():
    records = [PORT_DAY_ONE, PORT_DAY_TWO]
    wounded = _one(records, "wounded")
    assert next(s for s in wounded.statements if s.value == 35).in_update
    assert (wounded.estimate.low, wounded.estimate.best, wounded.estimate.high) == (22, 35, 35)
    assert _figure_disputes(records) == []


def test_a_report_with_no_rise_keeps_its_wounded_count_a_dispute():
    day_two = _port("local", "2025-06-11", "Health officials said 35 people were treated for wounds.",
                    [("health officials", "35 people were treated for wounds", [("35 people", 35, "wounded")])])
    disputes = _figure_disputes([PORT_DAY_ONE, day_two])
    assert len(disputes) == 1 and "wounded" in disputes[0].subject


def test_a_lower_count_in_an_update_report_still_disputes_the_earlier_higher_one():
    day_two = _port("local", "2025-06-11",
                    "The number of dead in the port strike rose to 13, health officials said. "
                    "They said 12 people were wounded.",
                    [("health officials", "The number of dead in the port strike rose to 13",
                      [("13", 13, "killed")]),
                     ("health officials", "12 people were wounded", [("12 people", 12, "wounded")])])
    disputes = _figure_disputes([PORT_DAY_ONE, day_two])
    assert [("wounded" in c.subject) for c in disputes] == [True]


# ---------------------------------------------------------------- a ministry's own clauses
RAID = ("The Tatmadaw information team said its jets had struck a rebel training camp near Gangaw, "
        "and denied that any homes had been hit.")
RESIDENTS = "Residents of Gangaw said the jets had bombed homes near the market, and that any homes had been hit."


def _raid_reports() -> list[dict]:
    ministry = report("state", published="2025-02-03", outlet="state.example", text=RAID,
                      places=[place("p1", "Gangaw", "MM")],
                      claims=[claim("c1", "The Tatmadaw information team", "its jets had struck a rebel training "
                                    "camp near Gangaw", side="MM"),
                              claim("c2", "its jets", "any homes had been hit", cue="denied", polarity="denied")])
    locals_ = report("local", published="2025-02-03", outlet="local.example", text=RESIDENTS,
                     places=[place("p1", "Gangaw", "MM")],
                     claims=[claim("c1", "Residents of Gangaw", "the jets had bombed homes near the market, and that "
                                   "any homes had been hit", kind="group")])
    return [ministry, locals_]


def test_an_owned_thing_read_as_the_denier_is_its_owner():
    denials = [c for c in contradictions(_raid_reports(), {}) if c.kind == "denial"]
    assert denials, "the residents' account against the team's denial"
    assert {c.b.speaker for c in denials} == {"The Tatmadaw information team"}
    assert all(c.a.speaker != c.b.speaker for c in denials)  # never the team against itself


def test_a_party_silent_on_a_count_after_its_own_claim():
    text = ("The Tatmadaw information team said its jets had struck a rebel training camp near Gangaw. "
            "It did not mention any casualties.")
    r = report("state", published="2025-02-03", outlet="state.example", text=text,
               places=[place("p1", "Gangaw", "MM")],
               claims=[claim("c1", "The Tatmadaw information team", "its jets had struck a rebel training camp "
                             "near Gangaw", side="MM"),
                       claim("c2", "its jets", "had struck a rebel training camp", side=None)])
    (quiet,) = silences([r], {})
    assert quiet.party == "The Tatmadaw information team" and quiet.about == "any casualties"
    plain = report("x", published="2025-02-03", outlet="x.example", text="The army did not mention the convoy.",
                   places=[place("p1", "Gangaw", "MM")])
    assert silences([plain], {}) == []  # silent on a count, not on any subject


def test_attackers_and_assailants_are_fighters_not_people():
    for subject in ("four of the assailants", "six attackers", "the raiders"):
        assert _who({"side": None, "subject": subject}) == "combatants", subject


# ---------------------------------------------------------------- who counts, and who said it
def test_a_credited_newsroom_gives_a_figure_to_the_source_the_same_words_name():
    text = "The number of dead in the Gangaw raid has risen to 27, the regional administration said, the BBC reported."
    clause = "The number of dead in the Gangaw raid has risen to 27"
    f = figure("f1", 27, "killed", text="27", claim="c1", place="p1")
    f["span"] = [text.index("27"), text.index("27") + 2]
    r = report("relay", published="2025-02-05", outlet="relay.example", text=text,
               places=[place("p1", "Gangaw", "MM")],
               claims=[claim("c1", "BBC", clause, cue="reported", figures=["f1"]),
                       claim("c2", "regional administration", clause, side="MM")], figures=[dict(f)])
    (one,) = series([r], {})
    assert one.statements[0].speaker == "regional administration"
    alone = report("relay", published="2025-02-05", outlet="relay.example", text=text,
                   places=[place("p1", "Gangaw", "MM")],
                   claims=[claim("c1", "BBC", clause, cue="reported", figures=["f1"])], figures=[dict(f)])
    (one,) = series([alone], {})
    assert one.statements[0].speaker == "BBC"  # no other source named: the outlet stays


def test_an_overnight_raid_dates_the_happening_a_toll_killed_overnight_is_a_day():
    raid = _said("wire", "2025-03-02", "Gunmen killed 17 villagers in an overnight raid on Seytenga, a mayor said.",
                 [("a mayor", "Gunmen killed 17 villagers in an overnight raid on Seytenga",
                   [("17 villagers", 17, "killed")])], town=("Seytenga", "BF"))
    daily = _said("wire", "2025-03-02", "Shelling killed 3 residents of Seytenga overnight, a mayor said.",
                  [("a mayor", "Shelling killed 3 residents of Seytenga overnight", [("3 residents", 3, "killed")])],
                  town=("Seytenga", "BF"))
    assert [s.key.period for s in series([raid], {})] == ["total"]
    assert [s.key.period for s in series([daily], {})] == ["day"]


def test_a_part_of_a_count_is_of_the_kind_named_after_it():
    text = "At least 38 displaced people were killed, nine of them children, the council said."
    clause = "At least 38 displaced people were killed, nine of them children"
    r = _said("x", "2025-09-10", text, [("the council", clause, [("At least 38 displaced people", 38, "killed"),
                                                                  ("nine of them", 9, "killed")])],
              town=("Djugu", "CD"))
    assert sorted((s.key.who, s.estimate.best) for s in series([r], {})) == [("children", 9), ("people", 38)]
    assert _who({"side": None, "text": "most of them", "quantity": "killed"}, " died later") == "part"


def test_the_group_that_stays_silent_is_the_armed_group_named_before():
    text = ("Local chiefs in Beni blamed the raid on the ADF, which has killed thousands in the region. "
            "The group did not respond to questions from reporters.")
    r = report("wire", published="2025-05-02", outlet="wire.example", text=text, places=[place("p1", "Beni", "CD")],
               claims=[claim("c1", "Local chiefs in Beni", "the raid on the ADF", cue="blamed", kind="group")])
    (quiet,) = silences([r], {})
    assert quiet.party == "ADF"
    unnamed = report("x", published="2025-05-02", outlet="x.example", places=[place("p1", "Beni", "CD")],
                     text="Villagers said gunmen burned the market. The group did not respond to questions.")
    assert [s.party for s in silences([unnamed], {})] == ["The group"]


def test_a_newsroom_relaying_its_sources_words_is_no_second_statement():
    from claimledger.link.corroborate import claim_clusters

    text = ("Eleven fishermen were killed when a shell hit the harbour, the port authority said, "
            "Al Jazeera reported. The authority said the harbour would stay closed.")
    relayed = "Eleven fishermen were killed when a shell hit the harbour"
    r = report("relay", published="2025-06-12", outlet="relay.example", text=text,
               places=[place("p1", "Hodeidah", "YE")],
               claims=[claim("c1", "Al Jazeera", relayed, cue="reported"),
                       claim("c2", "the port authority", relayed),
                       claim("c3", "The authority", "the harbour would stay closed")])
    speakers = sorted(c.speaker for c in claim_clusters([r], {}))
    assert "Al Jazeera" not in speakers and len(speakers) == 2


# ---------------------------------------------------------------- a group denies taking part
def _blame_and_denial(blamed: str, denied_words: str) -> list[dict]:
    blame = (f"The Congolese army blamed the {blamed} for the massacre of villagers in Kishishe, "
             "an army spokesman said.")
    denial = f"A spokesman for the M23 rebel movement denied that {denied_words}."
    army = report("wire", published="2025-04-02", outlet="wire.example", text=blame,
                  places=[place("p1", "Kishishe", "CD")],
                  claims=[claim("c1", "The Congolese army", f"the {blamed} for the massacre of villagers in Kishishe",
                                cue="blamed", side="CD")])
    rebels = report("radio", published="2025-04-03", outlet="radio.example", text=denial,
                    places=[place("p1", "Kishishe", "CD")],
                    claims=[claim("c1", "A spokesman for the M23 rebel movement", denied_words, cue="denied",
                                  polarity="denied", kind="person")])
    speaker = rebels["claims"][0]["speaker"]
    speaker["span"] = [0, len("A spokesman for the M23 rebel movement")]
    return [army, rebels]


def _responsibility(records: list[dict]) -> list:
    return [c for c in contradictions(records, {}) if c.subject.startswith("responsibility of")]


def test_a_group_denying_it_took_part_contradicts_the_party_blaming_it():
    (found,) = _responsibility(_blame_and_denial("M23", "its fighters had taken part in the killings"))
    assert found.subject == "responsibility of M23"
    assert found.a.side == "CD" and "M23" in (found.b.speaker or "")


def test_no_responsibility_dispute_for_another_group_or_another_denial():
    assert _responsibility(_blame_and_denial("ADF", "its fighters had taken part in the killings")) == []
    assert _responsibility(_blame_and_denial("M23", "its fighters had withdrawn from Kishishe")) == []


def test_another_speakers_count_in_an_update_report_is_no_update():
    # the rebels' claim quoted in the health officials' update stays a claim that can dispute
    day_two = _port("local", "2025-06-11",
                    "The number of dead in the port strike rose to 13, health officials said. "
                    "The coalition said 35 people were wounded.",
                    [("health officials", "The number of dead in the port strike rose to 13",
                      [("13", 13, "killed")]),
                     ("the coalition", "35 people were wounded", [("35 people", 35, "wounded")])])
    wounded = _one([PORT_DAY_ONE, day_two], "wounded")
    assert not next(s for s in wounded.statements if s.value == 35).in_update
    assert [("wounded" in c.subject) for c in _figure_disputes([PORT_DAY_ONE, day_two])] == [True]


def test_a_distance_makes_a_series_only_when_asked_for():
    text = "The strike hit Ariha, about 30 kilometres south of Idlib, killing 6 people, rescuers said."
    r = _said("x", "2025-11-06", text, [("rescuers", "The strike hit Ariha, about 30 kilometres south of Idlib, "
                                                     "killing 6 people",
                                         [("about 30 kilometres", 30, "distance"), ("6 people", 6, "killed")])],
              town=("Ariha", "SY"))
    assert [s.key.quantity for s in series([r], {})] == ["killed"]
    assert [s.estimate.best for s in series([r], {}, quantity="distance")] == [30]


def test_a_person_named_by_kin_is_no_owned_thing():
    from claimledger.link.report_view import reports
    from claimledger.link.speaker_keys import own_speaker

    text = "Ahmed Saleh said the shell hit his house, and his wife denied that fighters had been inside."
    r = report("x", published="2025-11-06", outlet="x.example", text=text,
               claims=[claim("c1", "Ahmed Saleh", "the shell hit his house", kind="person"),
                       claim("c2", "his wife", "fighters had been inside", cue="denied", polarity="denied",
                             kind="person")])
    (view,) = reports([r], {})
    assert own_speaker(view, view.claims["c2"])["name"] == "his wife"
    view.claims["c2"]["speaker"]["name"] = "its gunners"
    assert own_speaker(view, view.claims["c2"])["name"] == "Ahmed Saleh"
