"""Figure series: statements of one count across reports, and their low / best / high."""

from __future__ import annotations

import json

import pytest
from link_records import analysed_sudan_story, claim, event, figure, place, report

from claimledger.link.series import figure_series, series

UN = "UN humanitarian office"


def toll(rid: str, published: str | None, speaker: str, value: float, *, side: str | None = None,
         speaker_side: str | None = None, text: str | None = None, counted: str | None = "SD",
         quantity: str = "killed", low: float | None = None, high: float | None = None, approximate: bool = False,
         outlet: str | None = None, as_of: str | None = None, claim_text: str = "soldiers were killed",
         country: str = "SD", town: str = "El Fasher") -> dict:
    """A report with one figure said by one speaker."""
    return report(rid, published=published, outlet=outlet or f"{rid}.example",
                  places=[place("p1", town, country)],
                  claims=[claim("c1", speaker, claim_text, side=speaker_side, figures=["f1"])],
                  figures=[figure("f1", value, quantity, side=counted, text=text, claim="c1", low=low, high=high,
                                  approximate=approximate, place="p1", as_of=as_of)])


def only(records, origins=None, **filters):
    found = series(records, origins or {}, **filters)
    assert len(found) == 1, [s.key for s in found]
    return found[0]


# ---------------------------------------------------------------- reconciliation rules
def test_best_is_the_median_of_the_families_latest_values_low_and_high_their_extremes():
    one = only([toll("a", "2024-05-02", UN, 150), toll("b", "2024-05-02", "Sudanese army", 90, speaker_side="SD"),
                toll("c", "2024-05-03", "Rapid Support Forces", 400)])
    assert (one.estimate.low, one.estimate.best, one.estimate.high) == (90, 150, 400)
    assert one.estimate.families == 3 and one.estimate.origins == 3


def test_with_an_even_number_of_families_best_is_the_lower_middle_value():
    one = only([toll("a", "2024-05-02", UN, 100), toll("b", "2024-05-02", "Rapid Support Forces", 300)])
    assert one.estimate.best == 100  # a value someone stated, and the conservative one


def test_a_range_counts_with_its_ends():
    one = only([toll("a", "2024-05-02", UN, 250, low=200, high=300, approximate=True,
                     text="between 200 and 300 soldiers"),
                toll("b", "2024-05-02", "Rapid Support Forces", 260)])
    assert (one.estimate.low, one.estimate.best, one.estimate.high) == (200, 250, 300)
    assert one.statements[0].interval == (200, 300)


def test_approximate_and_exact_values_allow_different_tolerances():
    about, exact = only([toll("a", "2024-05-02", UN, 4000, approximate=True, text="about 4,000 troops"),
                         toll("b", "2024-05-02", "Rapid Support Forces", 4000)]).statements
    assert about.interval == pytest.approx((3200, 4800)) and about.qualifier == "about"
    assert exact.interval == pytest.approx((3800, 4200))


@pytest.mark.parametrize("text,value,bound,interval", [
    ("at least 450 people", 450, "min", (450, None)),
    ("more than 1,000 fighters", 1000, "min", (1000, None)),
    ("up to 400 servicemen", 400, "max", (0, 400)),
    ("as many as 60 militiamen", 60, "max", (0, 60)),
    ("nearly 500 soldiers", 500, "max", (425, 500)),
])
def test_bounds_widen_or_close_one_end(text, value, bound, interval):
    s = only([toll("a", "2024-05-02", UN, value, approximate=True, text=text)]).statements[0]
    assert s.bound == bound
    assert s.interval == pytest.approx(interval)


@pytest.mark.parametrize("text,value", [("dozens of soldiers", 12), ("hundreds of fighters", 100),
                                        ("scores of troops", 20), ("thousands of conscripts", 1000)])
def test_a_vague_amount_read_from_the_figure_text_is_a_lower_bound_never_a_best(text, value):
    one = only([toll("a", "2024-05-02", "Local medics", value, approximate=True, text=text)])
    s = one.statements[0]
    assert s.vague and s.point is None and s.interval == (value, None)
    assert (one.estimate.low, one.estimate.best, one.estimate.high, one.estimate.floor) == (value, None, None, value)


def test_a_vague_floor_sits_beside_numbers_without_moving_best_or_high():
    one = only([toll("a", "2024-05-02", "Local medics", 100, approximate=True, text="hundreds of soldiers"),
                toll("b", "2024-05-02", UN, 60), toll("c", "2024-05-03", "Rapid Support Forces", 80)])
    assert (one.estimate.low, one.estimate.best, one.estimate.high, one.estimate.floor) == (60, 60, 80, 100)


def test_a_vague_flag_in_the_record_is_honoured():
    record = toll("a", "2024-05-02", UN, 12, text="12 soldiers")
    record["figures"][0]["vague"] = True
    assert only([record]).statements[0].vague


def test_a_later_higher_figure_of_one_family_is_an_update_and_the_latest_counts():
    one = only([toll("a", "2024-05-02", UN, 120, approximate=True, text="about 120 soldiers"),
                toll("b", "2024-05-16", UN, 250, low=200, high=300, approximate=True,
                     text="between 200 and 300 soldiers"),
                toll("c", "2024-06-01", UN, 450, approximate=True, text="at least 450 soldiers")])
    assert [s.change for s in one.statements] == [None, "update", "update"]
    assert (one.estimate.low, one.estimate.best, one.estimate.high) == (450, 450, 450)
    assert one.estimate.families == 1 and one.estimate.statements == 3
    # the history holds what was known at each date
    assert [(h.date, h.low, h.best, h.high) for h in one.history] == [
        ("2024-05-02", 120, 120, 120), ("2024-05-16", 200, 250, 300), ("2024-06-01", 450, 450, 450)]


def test_a_state_s_institutions_are_one_family():
    one = only([toll("a", "2024-05-02", "Ukraine's General Staff", 300, speaker_side="UA", counted="RU",
                     country="UA", town="Pokrovsk"),
                toll("b", "2024-05-09", "Ukraine's defence minister", 420, speaker_side="UA", counted="RU",
                     country="UA", town="Pokrovsk")])
    assert one.statements[1].change == "update"
    assert one.estimate.families == 1 and one.estimate.best == 420


def test_a_later_lower_figure_of_one_family_is_a_revision():
    one = only([toll("a", "2024-05-02", UN, 500), toll("b", "2024-05-04", UN, 350)])
    assert one.statements[1].change == "revision"
    assert one.estimate.best == 350


def test_copies_of_one_origin_count_once():
    records = [toll("wire", "2024-05-02", UN, 150), toll("copy1", "2024-05-02", UN, 150),
               toll("copy2", "2024-05-03", UN, 150), toll("b", "2024-05-03", "Rapid Support Forces", 900)]
    one = only(records, {"copy1": "wire", "copy2": "wire"})
    assert {s.document: s.copy_of for s in one.statements} == {"wire": None, "copy1": "wire", "copy2": "wire",
                                                                 "b": None}
    assert one.estimate.origins == 2 and one.estimate.families == 2
    assert one.estimate.best == 150  # two families, not four voices


def test_undated_statements_count_only_for_a_family_without_dated_ones():
    one = only([toll("a", None, UN, 999), toll("b", "2024-05-02", UN, 150),
                toll("c", None, "Rapid Support Forces", 300)])
    assert one.statements[-1].date is None and len(one.undated) == 2
    assert (one.estimate.low, one.estimate.high) == (150, 300)


def test_as_of_dates_the_statement_before_the_publication_date():
    one = only([toll("a", "2024-06-10", UN, 500, as_of="2024-06-01"), toll("b", "2024-06-05", UN, 300)])
    assert [s.date for s in one.statements] == ["2024-06-01", "2024-06-05"]
    assert one.estimate.best == 300  # the later count, though published earlier


# ---------------------------------------------------------------- sides, keys, filters
def test_split_by_side_of_the_speaker_and_the_sides_that_say_nothing():
    records = [
        toll("a", "2021-03-10", "Ethiopia's military", 3000, speaker_side="ET", counted="ER",
             quantity="casualties", country="ET", town="Shire"),
        toll("b", "2021-03-12", "the US State Department", 1000, speaker_side="US", counted="ER",
             quantity="casualties", country="ET", town="Shire"),
        report("c", published="2021-03-12", claims=[claim("c1", "Eritrea's information minister",
                                                           "Eritrean troops fought in Tigray", side="ER",
                                                           polarity="denied", cue="denied")],
               events=[event("e1", "attack", actor="Somali recruits", actor_side="SO")]),
    ]
    one = only(records, quantity="casualties")
    assert [(p.label, p.latest.value) for p in one.by_party] == [("Ethiopia", 3000), ("United States", 1000)]
    # Eritrea is counted and speaks elsewhere, Somalia acts in an event: neither gives a figure
    assert one.silent == ["ER", "SO"]


def test_a_speaker_without_a_side_is_its_own_party():
    one = only([toll("a", "2024-05-02", UN, 150), toll("b", "2024-05-02", "RSF", 300),
                toll("c", "2024-05-09", "Rapid Support Forces", 350)])
    parties = {p.party: (p.statements, p.latest.value) for p in one.by_party}
    assert parties == {UN: (1, 150), "Rapid Support Forces": (2, 350)}


def test_keys_part_quantities_sides_theatres_periods_and_populations():
    records = [
        toll("a", "2024-05-02", UN, 150),
        toll("b", "2024-05-02", UN, 150, quantity="wounded"),
        toll("c", "2024-05-02", UN, 150, counted="RU", country="UA", town="Bakhmut"),
        toll("d", "2024-05-02", UN, 20, claim_text="20 soldiers were killed overnight"),
        toll("e", "2024-05-02", UN, 70, counted=None, claim_text="70 people were killed"),
        toll("f", "2024-05-02", UN, 30, counted=None, text="30 fighters", claim_text="30 fighters were killed"),
    ]
    keys = {(s.key.quantity, s.key.side, s.key.theatre, s.key.period, s.key.who) for s in figure_series(records, {})}
    assert keys == {("killed", "SD", "SD", "total", None), ("wounded", "SD", "SD", "total", None),
                    ("killed", "RU", "UA", "total", None), ("killed", "SD", "SD", "day", None),
                    ("killed", None, "SD", "total", "people"), ("killed", None, "SD", "total", "combatants")}


def test_filters_by_quantity_side_place_and_dates():
    records = [
        toll("a", "2024-05-02", UN, 150),
        toll("b", "2024-05-20", UN, 200),
        toll("c", "2024-05-02", UN, 150, counted="RU", country="UA", town="Bakhmut"),
        toll("d", "2024-05-02", UN, 150, quantity="displaced", counted=None),
    ]
    assert only(records, quantity="killed", side="ru").key.theatre == "UA"
    assert only(records, place="bakhmut").key.side == "RU"
    assert only(records, place="p1", quantity="displaced").key.quantity == "displaced"
    assert len(only(records, side="SD", place="Sudan").statements) == 2
    assert [s.document for s in only(records, side="SD", since="2024-05-10").statements] == ["b"]
    assert [s.document for s in only(records, side="SD", until="2024-05-10").statements] == ["a"]
    assert series(records, {}, quantity="captured") == []


def test_a_figure_without_a_place_takes_the_report_s_theatre():
    record = toll("a", "2024-05-02", UN, 150)
    record["figures"][0]["place"] = None
    one = only([record], place="fasher")
    assert one.statements[0].place == "El Fasher" and one.key.theatre == "SD"


def test_figures_in_the_reports_own_voice_are_the_press_family_spoken_by_their_origin():
    records = [report("a", published="2024-05-02", outlet="wire.example", places=[place("p1", "Goma", "CD")],
                      figures=[figure("f1", 13, side=None, text="13 people")]),
               report("b", published="2024-05-02", outlet="relay.example", places=[place("p1", "Goma", "CD")],
                      figures=[figure("f1", 13, side=None, text="13 people")]),
               report("c", published="2024-05-04", outlet="paper.example", places=[place("p1", "Goma", "CD")],
                      figures=[figure("f1", 21, side=None, text="21 people")])]
    one = only(records, {"b": "a"})
    assert [s.family for s in one.statements] == ["press", "press", "press"]
    assert one.statements[1].copy_of == "a" and one.statements[2].change == "update"
    assert one.statements[0].speaker is None
    assert [p.party for p in one.by_party] == ["paper.example", "wire.example"]  # the copy speaks for its origin
    assert one.estimate.best == 21 and one.estimate.families == 1


def test_other_figures_make_a_series_only_when_asked_for_and_same_day_figures_are_no_revision():
    records = [toll("a", "2024-05-02", UN, 3, quantity="other", text="three towns"),
               toll("b", "2024-05-02", UN, 90)]
    records[1]["figures"].append(figure("f2", 60, "killed", side="SD", claim="c1", place="p1"))
    assert [s.key.quantity for s in series(records, {})] == ["killed"]
    assert only(records, quantity="other").statements[0].value == 3
    assert [s.change for s in only(records, quantity="killed").statements] == [None, None]


def test_families_are_counted_as_households():
    one = only([toll("a", "2024-05-02", UN, 2000, counted=None, text="about 2,000 families", approximate=True)])
    assert one.key.who == "households" and one.key.label() == "killed (households) in Sudan"


def test_a_misread_town_does_not_move_the_theatre():
    record = toll("a", "2024-05-02", UN, 40)
    record["places"] = [place("p1", "Abu", "IN"), place("p2", "Darfur", "SD", "region"), place("p3", "El Fasher", "SD")]
    record["places"][0]["mentions"] = [[0, 1], [5, 6], [9, 10]]
    record["document"]["text"] = "Shells hit a camp in Sudan's North Darfur. Sudanese officials said 40 were killed."
    assert only([record]).key.theatre == "SD"


def test_everything_is_json():
    one = only([toll("a", "2024-05-02", UN, 250, low=200, high=300, approximate=True,
                     text="between 200 and 300 soldiers"), toll("b", None, UN, 120, text="dozens of soldiers")])
    data = json.loads(json.dumps(one.as_dict()))
    assert data["estimate"]["best"] == 250 and data["undated"] == 1
    assert data["statements"][0]["interval"] == [200, 300]
    assert data["statements"][1]["interval"] == [120, None]
    assert data["label"] == "killed (Sudan's side) in Sudan"


# ---------------------------------------------------------------- analysed reports
@pytest.fixture(scope="module")
def story(nlp):
    return analysed_sudan_story(nlp)


def test_the_un_toll_of_the_analysed_story_rises_by_updates(story):
    ids = [r["document"]["id"] for r in story]
    people = next(s for s in series(story, {ids[1]: ids[0]}, quantity="killed", place="El Fasher")
                  if s.key.who == "people")
    values = [(s.date, s.value, s.low, s.high, s.change, s.copy_of is not None) for s in people.statements]
    assert values == [("2024-06-03", 120, None, None, None, False), ("2024-06-04", 120, None, None, None, True),
                      ("2024-06-17", 250, 200, 300, "update", False), ("2024-07-01", 450, None, None, "update", False)]
    assert people.statements[-1].bound == "min"
    assert (people.estimate.low, people.estimate.best, people.estimate.high) == (450, 450, 450)
    assert people.estimate.origins == 3 and people.estimate.families == 1
    assert [p.label for p in people.by_party] == ["United Nations humanitarian office"]


# ---------------------------------------------------------------- data
def test_where_the_events_happen_outweighs_whose_demonyms_the_actors_carry():
    # Israeli strikes on Lebanese villages, filed from Beirut, with a line on Israel's north:
    # the demonym "Israeli" speaks of the attacker; the strikes happen in Lebanon
    record = toll("a", "2024-03-03", "Lebanese health ministry", 9, counted=None, country="LB", town="Nabatieh",
                  text="nine people")
    record["places"] += [place("p2", "Lebanon", "LB", "country"), place("p3", "Israel", "IL", "country"),
                         place("p4", "Kiryat Shmona", "IL"), place("p5", "Jerusalem", "IL")]
    record["events"] = [event("e1", "attack", actor="Israeli", actor_side="IL", place="p1"),
                        event("e2", "attack", actor="Israeli", actor_side="IL", place="p2")]
    record["document"]["text"] = ("Israeli air strikes killed nine people in Nabatieh, Lebanon. "
                                  "The Israeli army said Israeli jets hit depots; an Israeli town was hit. "
                                  "Israeli officials declined comment.")
    assert only([record]).key.theatre == "LB"


def test_a_figure_placed_in_a_neighbour_the_report_names_is_that_neighbour_s():
    record = toll("a", "2024-03-03", "Israeli army", 2, counted="IL", country="IL", town="Kiryat Shmona",
                  quantity="wounded", text="two of its soldiers")
    record["places"] += [place("p2", "Israel", "IL", "country"), place("p3", "Nabatieh", "LB"),
                         place("p4", "Tyre", "LB"), place("p5", "Lebanon", "LB", "country")]
    record["events"] = [event("e1", "attack", place="p3"), event("e2", "attack", place="p4")]
    record["document"]["text"] = "Strikes hit Nabatieh and Tyre in Lebanon; two soldiers were hurt in Kiryat Shmona."
    assert only([record]).key.theatre == "IL"  # the report is about Lebanon; the wounded were in Israel


def test_commanders_killed_are_a_count_of_their_own():
    records = [toll("a", "2024-03-03", "Israeli army", 3, counted=None, text="three of the group's field commanders"),
               toll("b", "2024-03-03", "Hezbollah", 4, counted=None, text="four of its fighters")]
    assert sorted(s.key.who for s in series(records, {})) == ["combatants", "commanders"]


def test_the_combatant_words_table_is_lower_case_unique_and_tells_fighters_from_people():
    from claimledger.data import read_table
    from claimledger.link.series_statements import _who

    words = [row[0] for row in read_table("combatant_words.tsv")]
    assert words == [w.lower() for w in words] and len(words) == len(set(words))
    for subject in ("soldiers", "Houthi fighters", "RSF paramilitaries", "conscripts", "a militiaman",
                    "snipers", "paratroopers"):
        assert _who({"side": None, "subject": subject}) == "combatants", subject
    for subject in ("people", "civilians", "residents", "aid workers"):
        assert _who({"side": None, "subject": subject}) == "people", subject
    for subject, who in (("six children", "children"), ("women", "women"), ("2,000 families", "households")):
        assert _who({"side": "PS", "subject": subject}) == who
    assert _who({"side": None, "subject": "women and children"}) == "children"
    assert _who({"quantity": "equipment", "side": None, "subject": "tanks"}) is None
    assert _who({"side": "UA", "subject": "soldiers"}) is None  # a side already says whose


def test_bad_records_give_one_clear_error_and_figures_without_a_number_are_skipped():
    from claimledger.link.report_view import RecordError

    broken = toll("a", "2024-05-02", UN, 150)
    broken["claims"] = [{"speaker": {"name": "x"}}]
    with pytest.raises(RecordError, match="record 1: 'claims' must be a list of items with an 'id'"):
        series([broken], {})
    odd = toll("a", "2024-05-02", UN, 150)
    odd["figures"][0]["value"] = "many"
    assert series([odd], {}) == []


def test_vague_figures_in_their_own_record_section_are_lower_bounds() -> None:
    # Records list "dozens killed" under vague_figures (scoring stays about definite counts);
    # reconciliation reads them as ACLED does: 12, a floor, never a best.
    vague = figure("v1", 12, "killed", side=None, text="dozens of civilians")
    record = report("r1", published="2025-04-12", outlet="a.example", text="Dozens of civilians were killed.")
    record["vague_figures"] = [vague]
    found = series([record], {"r1": "r1"}, quantity="killed")
    assert len(found) == 1
    assert found[0].estimate.floor == 12 and found[0].estimate.best is None
    assert found[0].statements[0].vague


def test_a_toll_dated_by_its_weekday_and_its_later_updates_are_one_series():
    # "on Friday" dates the shelling the toll is of; "has risen to" updates that same toll
    records = [
        toll("a", "2024-05-04", UN, 40, claim_text="the shelling killed at least 40 people on Friday"),
        toll("b", "2024-05-12", UN, 62, claim_text="the toll from last week's shelling has risen to 62"),
        toll("c", "2024-05-12", UN, 9, claim_text="nine people were killed in the past 24 hours"),
    ]
    periods = {s.document: s.key.period for s in figure_series(records, {}) for s in s.statements}
    assert periods == {"a": "total", "b": "total", "c": "day"}


@pytest.mark.parametrize("clause", [
    "more than 35,000 Palestinians have been killed since the war began",
    "Sudan's war, which began in April 2023, has displaced more than 12 million people",
    "the conflict has killed at least 6,000 civilians, the UN says",
    "Since the start of the invasion, 10,500 civilians have been killed",
    "over 3,000 soldiers have been killed in the conflict",
    "fighting nationwide has forced some 2.7 million people from their homes",
    "throughout the war the army has lost more than 8,000 men",
])
def test_a_count_of_the_whole_war_to_date_is_its_own_period(clause):
    assert {s.key.period for s in figure_series([toll("a", "2024-05-02", UN, 5000, claim_text=clause)], {})} == {"war"}


@pytest.mark.parametrize("clause", [
    "the shelling killed at least 40 people in the camp on Friday",
    "400,000 people have fled to the camp since the siege began last year",
    "the toll from the strike has risen to 62",
    "warplanes killed 12 people in the war-torn town",
])
def test_a_count_of_the_story_s_own_happening_is_no_war_total(clause):
    assert {s.key.period for s in figure_series([toll("a", "2024-05-02", UN, 40, claim_text=clause)], {})} == {"total"}


def test_a_war_total_closing_a_story_is_no_update_of_the_story_s_toll():
    records = [
        toll("a", "2024-05-04", UN, 400_000, quantity="displaced", counted=None,
             claim_text="around 400,000 people have fled to the Zamzam camp"),
        toll("b", "2024-05-12", UN, 12_000_000, quantity="displaced", counted=None,
             claim_text="the war, which began in April 2023, has forced more than 12 million from their homes"),
    ]
    found = figure_series(records, {})
    assert sorted((s.key.period, s.estimate.best) for s in found) == [("total", 400_000), ("war", 12_000_000)]
    assert all(st.change is None for s in found for st in s.statements)
    assert "the war to date" in next(s for s in found if s.key.period == "war").key.label()


def test_a_toll_since_fighting_began_in_a_town_is_the_town_s_own_total():
    clause = "at least 450 people have been killed in the town since fighting began in May"
    assert {s.key.period for s in figure_series([toll("a", "2024-05-02", UN, 450, claim_text=clause)], {})} == {"total"}
