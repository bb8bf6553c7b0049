"""Story grouping: features from records, the single-pass clusterer, the store contract."""

from __future__ import annotations

import json
from datetime import date

import pytest
from link_records import claim, event, figure, place, report

from claimledger.link.report_features import dateline_year, report_keys, story_features
from claimledger.link.stories import MemoryStoryStore, StoryClusterer
from claimledger.link.story_match import clashing_times, similarity, when_clash, year_signals
from claimledger.link.story_model import Story, StoryParams
from claimledger.link.terms import Idf, TermStats, background_share, name_words, words

# Reports written for these tests. Two of one shelling of a market in El Fasher, told by different
# outlets in different words; one of another shelling, in Kadugli, a month later; two undated
# reports of one drone strike in Myanmar; one of a ceasefire in Yemen.
FASHER_1 = ("Shells fired by the Rapid Support Forces hit the main livestock market in El Fasher on Tuesday "
            "morning, killing 14 people and wounding dozens, according to medics at the Saudi Hospital. "
            "Witnesses said the shelling came from positions east of the city. The RSF has besieged El Fasher, "
            "the last army stronghold in North Darfur, for more than a year.")
FASHER_2 = ("At least 14 civilians died when RSF artillery struck the crowded livestock market of El Fasher, "
            "doctors at the Saudi Hospital said. Traders described shells landing among the animal pens as the "
            "market opened on Tuesday. The paramilitary force, which surrounds the North Darfur capital, did "
            "not comment on the attack.")
KADUGLI = ("A shell struck a primary school in Kadugli, the capital of South Kordofan, killing five pupils "
           "and a teacher on Sunday, local officials said. The SPLM-North faction of Abdelaziz al-Hilu and "
           "the army traded blame for the shelling, which came as fighting spread around Dilling.")
SAGAING_1 = ("A military drone dropped bombs on a monastery in Sagaing Region where displaced villagers were "
             "sheltering, killing 23 people, a resistance spokesman said. The junta denied targeting the "
             "monastery at Lin Ta Lu village.")
SAGAING_2 = ("Residents of Lin Ta Lu village in Sagaing said 23 people, many of them children, were killed when "
             "a junta drone bombed the monastery that housed families who had fled the fighting. The military "
             "said it had struck only resistance fighters.")
YEMEN = ("Houthi and government delegations agreed in Muscat to extend a truce around Taiz by two months, "
         "Omani mediators announced, allowing roads into the besieged city to reopen for aid convoys.")


def fasher(rid: str, text: str, published: str | None, title: str | None = None) -> dict:
    return report(rid, published=published, text=text, title=title,
                  places=[place("p1", "El Fasher", "SD"), place("p2", "North Darfur", "SD", "region")],
                  figures=[figure("f1", 14, "killed")],
                  events=[event("e1", "attack", actor="Rapid Support Forces", place="p1")])


def kadugli(published: str | None) -> dict:
    return report("kadugli", published=published, text=KADUGLI, title="Shell kills pupils at Kadugli school",
                  places=[place("p1", "Kadugli", "SD"), place("p2", "South Kordofan", "SD", "region")],
                  figures=[figure("f1", 6, "killed")],
                  events=[event("e1", "attack", place="p1")])


def sagaing(rid: str, text: str) -> dict:
    return report(rid, text=text, places=[place("p1", "Sagaing Region", "MM", "region")],
                  figures=[figure("f1", 23, "killed")], events=[event("e1", "attack", actor="junta")])


def yemen() -> dict:
    return report("yemen", published="2025-06-12", text=YEMEN,
                  places=[place("p1", "Taiz", "YE"), place("p2", "Muscat", "OM")],
                  events=[event("e1", "agreement", actor="Houthi")])


def cluster(*records: dict, params: StoryParams | None = None) -> tuple[MemoryStoryStore, list]:
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, params)
    return store, [clusterer.add(story_features(r)) for r in records]


# --------------------------------------------------------------------------- features
def test_words_drop_stop_words_and_keep_numbers_whole():
    assert words("The RSF's shells killed 14 people, and 1,200 fled.") == ["rsf", "shells", "killed", "14",
                                                                         "people", "1,200", "fled"]


def test_names_are_capitalised_words_minus_dates():
    assert name_words("On Tuesday the RSF shelled El Fasher in March, Reuters said.") == ["rsf", "el", "fasher"]


def test_features_read_the_record():
    f = story_features(fasher("a", FASHER_1, "2025-06-10", title="RSF shells El Fasher market"))
    assert f.document == "a" and f.published == date(2025, 6, 10)
    assert f.headline == "RSF shells El Fasher market"
    assert {"el fasher", "north darfur", "cc:SD"} <= f.places
    assert f.figures == {"killed:14"} and f.events == {"attack"}
    assert f.terms["market"] > f.terms["witnesses"]  # a headline word weighs more
    assert {"fasher", "rsf", "rapid"} <= set(f.names)  # "Rapid Support Forces" is also the event's actor
    assert {"d:tue"} <= set(f.when)


def test_an_untitled_report_is_named_by_its_first_sentence():
    f = story_features(sagaing("s1", SAGAING_1))
    assert f.headline.startswith("A military drone dropped bombs on a monastery")
    assert f.published is None


def test_bad_dates_are_unknown_not_errors():
    f = story_features(report("x", published="not a date", text="Shelling in Kharkiv."))
    assert f.published is None


def test_index_keys_are_salient_not_countries():
    keys = report_keys(story_features(fasher("a", FASHER_1, "2025-06-10")))
    assert {"p:el fasher", "f:killed:14", "n:fasher"} <= keys
    assert not any(k.startswith("p:cc:") for k in keys)


# --------------------------------------------------------------------------- grouping
def test_two_reports_of_one_shelling_join_one_story():
    _, (a, b) = cluster(fasher("a", FASHER_1, "2025-06-10"), fasher("b", FASHER_2, "2025-06-11"))
    assert a.opened and not b.opened and b.story_id == a.story_id
    assert 0 < b.score <= 1


def test_another_shelling_elsewhere_a_month_later_opens_another_story():
    _, (a, b, c) = cluster(fasher("a", FASHER_1, "2025-06-10"), fasher("b", FASHER_2, "2025-06-11"),
                           kadugli("2025-07-13"))
    assert c.opened and c.story_id != a.story_id


def test_the_same_report_text_a_month_later_counts_less():
    near = StoryClusterer(MemoryStoryStore())
    near.add(story_features(fasher("a", FASHER_1, "2025-06-10")))
    close = near.add(story_features(fasher("b", FASHER_2, "2025-06-11")))
    far = StoryClusterer(MemoryStoryStore())
    far.add(story_features(fasher("a", FASHER_1, "2025-06-10")))
    late = far.add(story_features(fasher("b", FASHER_2, "2025-08-11")))
    assert late.opened and not close.opened


def test_undated_reports_group_by_content():
    _, (a, b, c) = cluster(sagaing("s1", SAGAING_1), yemen(), sagaing("s2", SAGAING_2))
    assert c.story_id == a.story_id and b.story_id != a.story_id


def test_an_undated_report_joins_a_dated_story():
    _, (a, b) = cluster(fasher("a", FASHER_1, "2025-06-10"), fasher("b", FASHER_2, None))
    assert b.story_id == a.story_id


def test_unrelated_reports_stay_apart():
    _, assignments = cluster(fasher("a", FASHER_1, "2025-06-10"), yemen(), kadugli("2025-06-12"),
                             sagaing("s1", SAGAING_1))
    assert all(a.opened for a in assignments)


def test_an_empty_report_opens_its_own_story():
    _, (a, b) = cluster(report("empty", text=""), report("empty2", text=""))
    assert a.opened and b.opened


# --------------------------------------------------------------------------- stories
def test_story_dates_and_title():
    store, (a, *_) = cluster(fasher("late", FASHER_2, "2025-06-12", title="Shells hit El Fasher market"),
                             fasher("early", FASHER_1, "2025-06-10", title="RSF shelling kills 14 in El Fasher"),
                             fasher("undated", FASHER_1 + " More to follow.", None))
    story = store.stories[a.story_id]
    assert story.documents == ["late", "early", "undated"]
    assert (story.first, story.last) == (date(2025, 6, 10), date(2025, 6, 12))
    assert story.title == "RSF shelling kills 14 in El Fasher"  # the earliest report's


def test_story_json_round_trip():
    store, (a, _) = cluster(fasher("a", FASHER_1, "2025-06-10"), fasher("b", FASHER_2, "2025-06-11"))
    story = store.stories[a.story_id]
    data = json.loads(json.dumps(story.to_json()))
    again = Story.from_json(data)
    assert again == story
    assert data["first"] == "2025-06-10" and data["documents"] == ["a", "b"]


def test_term_stats_json_round_trip():
    stats = TermStats()
    stats.add(["shell", "market", "shell"])
    stats.add(["market"])
    again = TermStats.from_json(json.loads(json.dumps(stats.to_json())))
    assert (again.n, again.df("market"), again.df("shell"), again.df("truce")) == (2, 2, 1, 0)


# --------------------------------------------------------------------------- IDF cold start
def test_a_fresh_ledger_already_weighs_common_words_below_rare_names():
    # No report counted yet: without the background prior every word would weigh the same.
    weight = Idf(TermStats())
    assert weight("people") < weight("killed") < weight("shelling") < weight("hemedti")


def test_the_background_prior_fades_as_the_ledger_grows():
    stats = TermStats(n=20_000)
    for word in ("people", "hemedti"):
        stats.dfs[word] = 500  # the ledger's own counts: both words in one report of forty
    weight = Idf(stats)
    assert abs(weight("people") - weight("hemedti")) < 0.05


def test_without_wordfreq_the_ledger_counts_alone(monkeypatch):
    from claimledger.link import terms

    monkeypatch.setattr(terms, "_word_frequency", lambda: None)
    terms.background_share.cache_clear()
    try:
        stats = TermStats()
        stats.add(["people", "hemedti"])
        assert Idf(stats)("people") == Idf(stats)("hemedti") == 1.0
    finally:
        terms.background_share.cache_clear()


def test_places_and_figures_have_no_background_numbers_do():
    assert background_share("p:el fasher") is None and background_share("f:killed:14") is None
    assert Idf(TermStats())("p:el fasher") == 1.0
    assert background_share("people") > background_share("wounded") > 0.0
    # a year is written in many reports, a magnitude with a decimal in few
    assert background_share("x:2024") > background_share("x:7.3")


# --------------------------------------------------------------------------- store
def test_memory_store_finds_stories_by_shared_keys():
    store, (a, b) = cluster(fasher("a", FASHER_1, "2025-06-10"), yemen())
    found = store.candidates(story_features(fasher("c", FASHER_2, "2025-06-11")), limit=5)
    assert [s.id for s in found][0] == a.story_id
    assert b.story_id not in [s.id for s in found]
    assert store.candidates(story_features(report("z", text="Quiet day in Oslo.")), limit=5) == []


def test_story_index_keys_are_bounded():
    store, (a, *_) = cluster(*(fasher(f"r{i}", FASHER_1 + f" Update number {i}.", "2025-06-10")
                               for i in range(30)))
    assert len(store.stories) == 1
    assert len(store.stories[a.story_id].index_keys()) <= 60


class CountingStore(MemoryStoryStore):
    """A memory store that counts the stories it hands the clusterer."""

    def __init__(self) -> None:
        super().__init__()
        self.handed: list[int] = []

    def candidates(self, features, limit):
        found = super().candidates(features, limit)
        self.handed.append(len(found))
        return found


@pytest.mark.parametrize("limit", [3, 10])
def test_cost_per_report_is_bounded_by_limit(limit):
    store = CountingStore()
    clusterer = StoryClusterer(store, StoryParams(candidates=limit))
    # Many separate shellings of many towns: all share words, figures and the country.
    for i in range(120):
        town = f"Town{chr(65 + i % 26)}{chr(65 + i // 26)}"
        text = f"Shelling hit the market in {town} on Tuesday, killing {i + 3} people, officials in Sudan said."
        clusterer.add(story_features(report(f"t{i}", published="2025-06-10", text=text,
                                            places=[place("p1", town, "SD")], figures=[figure("f1", 5, "killed")])))
    assert max(store.handed) <= limit
    assert all(len(p) <= MemoryStoryStore.POSTINGS for p in store._index.values())


def test_stories_far_in_time_are_no_candidates():
    store, _ = cluster(fasher("a", FASHER_1, "2025-01-10"))
    later = story_features(fasher("b", FASHER_2, "2025-06-11"))
    undated = story_features(fasher("c", FASHER_2, None))
    assert store.candidates(later, limit=5) == []
    assert len(store.candidates(undated, limit=5)) == 1


# --------------------------------------------------------------------------- outlets, follow-ups, merges
# Reports written for these tests: one air strike on a fish market in Hodeidah, told by a wire and by an
# outlet with its own witnesses, doctor and toll; a follow-up a week later as the toll rises; and another
# strike the same week, on a wedding in Mawza, near Taiz.
HODEIDAH_WIRE = ("An air strike hit the crowded fish market in Hodeidah's al-Hali district on Thursday morning, "
                 "killing 22 people and wounding 40, the Houthi-run health ministry said. Ministry spokesman "
                 "Anees Saleh said most of the dead were fishermen unloading the night's catch. The coalition "
                 "did not comment on the strike on the Red Sea port.")
HODEIDAH_OWN = ("Fishermen in Hodeidah were pulling bodies from the ruins of the fish market on Thursday after a "
                "strike tore through the stalls at dawn. \"The boats had just come in,\" said trader Yahya Qasim, "
                "who lost two brothers. A doctor at al-Thawra hospital said it had received 19 dead. Residents of "
                "the al-Hali district blamed coalition jets.")
HODEIDAH_TOLL = ("The death toll from last week's air strike on the fish market in Hodeidah's al-Hali district has "
                 "risen to 31, the Houthi-run health ministry said on Friday, as several of the wounded died. "
                 "Fishermen have not returned to the market since the strike.")
MAWZA = ("An air strike on a wedding tent in Mawza, west of Taiz, killed 11 guests on Tuesday, a local official "
         "said. Relatives said the bride's father was among the dead. Mawza lies near the front line with "
         "government forces on the Red Sea coast.")


def hodeidah(rid: str, text: str, published: str, toll: int, speaker: str, kind: str = "person") -> dict:
    return report(rid, published=published, text=text,
                  places=[place("p1", "Hodeidah", "YE"), place("p2", "al-Hali", "YE", "district")],
                  figures=[figure("f1", toll, "killed")],
                  claims=[claim("c1", speaker, text.split(". ")[1], kind=kind)],
                  events=[event("e1", "attack", actor="coalition", place="p1")])


def mawza(published: str) -> dict:
    return report("mawza", published=published, text=MAWZA, title="Strike on wedding tent in Mawza kills 11",
                  places=[place("p1", "Mawza", "YE"), place("p2", "Taiz", "YE")],
                  figures=[figure("f1", 11, "killed")], events=[event("e1", "attack", place="p1")])


def test_an_independent_report_with_its_own_witnesses_and_toll_joins_the_story():
    _, (wire, own) = cluster(hodeidah("w", HODEIDAH_WIRE, "2025-09-04", 22, "Anees Saleh"),
                             hodeidah("o", HODEIDAH_OWN, "2025-09-04", 19, "Yahya Qasim"))
    assert own.story_id == wire.story_id


def test_the_people_a_report_quotes_are_not_novel_names():
    features = story_features(hodeidah("o", HODEIDAH_OWN, "2025-09-04", 19, "Yahya Qasim"))
    assert {"yahya", "qasim"} <= features.voices and "hodeidah" not in features.voices


def test_a_toll_update_a_week_later_joins_the_story():
    _, (wire, own, toll) = cluster(hodeidah("w", HODEIDAH_WIRE, "2025-09-04", 22, "Anees Saleh"),
                                   hodeidah("o", HODEIDAH_OWN, "2025-09-04", 19, "Yahya Qasim"),
                                   hodeidah("t", HODEIDAH_TOLL, "2025-09-12", 31, "health ministry",
                                            kind="organization"))
    assert story_features(hodeidah("t", HODEIDAH_TOLL, "2025-09-12", 31, "x")).follow_up
    assert toll.story_id == wire.story_id == own.story_id


def test_the_same_update_without_looking_back_decays_like_any_report():
    plain = HODEIDAH_TOLL.replace("last week's", "an").replace("has risen to", "is")
    assert not story_features(hodeidah("t", plain, "2025-09-12", 31, "x")).follow_up


def test_another_strike_in_another_town_the_same_week_stays_apart():
    _, (wire, own, other) = cluster(hodeidah("w", HODEIDAH_WIRE, "2025-09-04", 22, "Anees Saleh"),
                                    hodeidah("o", HODEIDAH_OWN, "2025-09-04", 19, "Yahya Qasim"),
                                    mawza("2025-09-02"))
    assert other.opened and other.story_id != wire.story_id


def test_a_report_bridging_two_stories_of_one_shelling_merges_them():
    store = MemoryStoryStore()
    split = StoryClusterer(store, StoryParams(threshold=2.0))  # a score is at most 1: every report opens
    a = split.add(story_features(fasher("a", FASHER_1, "2025-06-10")))
    b = split.add(story_features(fasher("b", FASHER_2, "2025-06-10")))
    assert a.story_id != b.story_id
    c = StoryClusterer(store).add(story_features(fasher("c", FASHER_1 + " " + FASHER_2, "2025-06-10")))
    assert store.resolve(a.story_id) == store.resolve(b.story_id) == c.story_id
    assert sorted(store.stories[c.story_id].documents) == ["a", "b", "c"]
    found = store.candidates(story_features(fasher("d", FASHER_2, "2025-06-10")), 5)
    assert len(store.stories) == 1 and [s.id for s in found] == [c.story_id]  # the absorbed story is unindexed


def test_stories_of_other_happenings_are_not_merged():
    store = MemoryStoryStore()
    split = StoryClusterer(store, StoryParams(threshold=2.0))
    a = split.add(story_features(fasher("a", FASHER_1, "2025-06-10")))
    k = split.add(story_features(kadugli("2025-06-10")))
    StoryClusterer(store).add(story_features(fasher("b", FASHER_2, "2025-06-10")))
    assert store.resolve(a.story_id) != store.resolve(k.story_id)


def test_absorb_combines_members_dates_and_centroids():
    one, two = Story(id=1), Story(id=2)
    one.add(story_features(fasher("a", FASHER_1, "2025-06-10")))
    two.add(story_features(fasher("b", FASHER_2, "2025-06-08", title="Market shelled")))
    one.absorb(two)
    assert one.documents == ["a", "b"] and one.first == date(2025, 6, 8) and one.last == date(2025, 6, 10)
    assert one.title == "Market shelled" and one.keys["p:el fasher"] == 2
    assert Story.from_json(json.loads(json.dumps(one.to_json()))) == one


def test_sql_store_merge_moves_members_and_keeps_a_persons_split(tmp_path):
    from sqlalchemy import create_engine, insert, select

    from claimledger.ledger import schema
    from claimledger.link.story_store import SqlStoryStore, SqlTermStats

    engine = create_engine(f"sqlite:///{tmp_path / 'l.db'}")
    schema.metadata.create_all(engine)
    with engine.begin() as connection:
        store = SqlStoryStore(connection, SqlTermStats())
        one, two, three = (Story(id=store.new_story_id()) for _ in range(3))
        for story, rid, text in ((one, "a", FASHER_1), (two, "b", FASHER_2), (three, "c", FASHER_2)):
            story.add(story_features(fasher(rid, text, "2025-06-10")))
            store.save(story)
            connection.execute(insert(schema.story_members).values(document_id=rid, story_id=story.id,
                                                                   decided_by="link"))
        assert store.merge(one, two)
        m, s, k = schema.story_members, schema.stories, schema.story_keys
        assert dict(connection.execute(select(m.c.document_id, m.c.story_id)).all()) == {
            "a": one.id, "b": one.id, "c": three.id}
        assert connection.execute(select(s.c.id).where(s.c.id == two.id)).first() is None
        assert connection.execute(select(k.c.key).where(k.c.story_id == two.id)).first() is None
        assert connection.execute(select(s.c.size).where(s.c.id == one.id)).scalar_one() == 2
        # a person split "c" from "a": the clusterer may not join them again
        connection.execute(insert(schema.story_pins), [
            {"document_id": d, "pin_group": g, "created_at": "2025-06-11T00:00:00+00:00"}
            for d, g in (("a", "g1"), ("c", "g2"))])
        assert not store.merge(one, three)
        assert connection.execute(select(m.c.story_id).where(m.c.document_id == "c")).scalar_one() == three.id


# --------------------------------------------------------------------------- dateline years
# Undated reports whose lead writes a full date: two floods of one river in Kinshasa years apart,
# told in the same words, and a third report of the first flood.
FLOOD = ("Flood waters of the Ndjili river swept through the Kisenso district of Kinshasa overnight, "
         "destroying hundreds of homes and killing 19 people, the provincial governor said.")


def flood(rid: str, lead_date: str) -> dict:
    return report(rid, text=f"Kinshasa flood {lead_date} " + FLOOD,
                  places=[place("p1", "Kinshasa", "CD"), place("p2", "Kisenso", "CD")],
                  figures=[figure("f1", 19, "killed")])


@pytest.mark.parametrize(("lead", "year"), [
    ("Posted 12 May 2019 - Shelling resumed", 2019),
    ("Dec. 7, 2009 A convoy was ambushed", 2009),
    ("November 30th , 2024 | Talks in Jeddah", 2024),
    ("Fighting since 2014 in Donbas", None),  # a bare year is as often background
    ("On May 3 the army said", None),
])
def test_the_dateline_year_is_that_of_a_full_date(lead, year):
    assert dateline_year(lead) == year


def test_a_dateline_year_is_read_from_the_lead_only():
    features = story_features(report("late", text="Talks resumed. " + "x " * 200 + "It began on May 3, 2011."))
    assert features.year is None
    assert story_features(flood("a", "March 4, 2019")).year == 2019


def test_an_undated_report_years_off_the_story_scores_lower_than_one_of_its_year():
    store, (a, *_) = cluster(flood("a", "March 4, 2019"))
    story = store.stories[a.story_id]
    stats = Idf(store.term_stats())
    same = similarity(story_features(flood("b", "March 5, 2019")), story, stats, StoryParams())
    later = similarity(story_features(flood("c", "April 2, 2023")), story, stats, StoryParams())
    assert same > later
    assert year_signals(story_features(flood("c", "April 2, 2023")), story) == (0.0, 1.0)
    assert year_signals(story_features(flood("d", "March 5, 2020")), story) == (0.0, 0.0)  # the next year is near


def test_a_dated_report_is_timed_by_its_date_not_its_dateline():
    store, (a,) = cluster(flood("a", "March 4, 2019"))
    dated = story_features(report("b", published="2023-04-02", text="Kinshasa flood April 2, 2023 " + FLOOD))
    assert year_signals(dated, store.stories[a.story_id]) == (0.0, 0.0)


def test_story_years_survive_json_and_merges():
    first, second = Story(id=1), Story(id=2)
    first.add(story_features(flood("a", "March 4, 2019")))
    second.add(story_features(flood("b", "April 2, 2023")))
    assert Story.from_json(json.loads(json.dumps(first.to_json()))).years == {"2019": 1.0}
    first.absorb(second)
    assert first.years == {"2019": 1.0, "2023": 1.0}


def test_a_weekday_is_no_clash_between_dated_reports_of_the_same_days():
    # The wire tells Tuesday's shelling; a statement the next day opens on Wednesday's denial.
    store, (wire,) = cluster(fasher("wire", FASHER_1, "2025-05-06"))
    story = store.stories[wire.story_id]
    denial = story_features(report("denial", published="2025-05-07", text="On Wednesday the RSF denied "
                                   "shelling the El Fasher livestock market and blamed army artillery."))
    assert "d:wed" in denial.lead_when and "d:wed" not in clashing_times(denial, story)
    # Ten days on, or undated, the weekday named is all there is to tell the days apart.
    later = story_features(report("later", published="2025-05-16", text="On Wednesday shells hit El Fasher."))
    undated = story_features(report("undated", text="On Wednesday shells hit El Fasher."))
    assert "d:wed" in clashing_times(later, story) and "d:wed" in clashing_times(undated, story)


def test_a_clash_of_time_is_the_share_of_kinds_named_on_both_sides_with_none_in_common():
    assert when_clash({"d:sat": 1.0}, {"d:mon": 1.0}) == pytest.approx(1.0)
    assert when_clash({"y:2019": 1.0}, {"y:2023": 1.0}) == pytest.approx(1.0)
    # The year agrees, the weekday does not: one kind of two clashes.
    assert when_clash({"d:sat": 1.0, "y:2019": 1.0}, {"d:mon": 1.0, "y:2019": 1.0}) == pytest.approx(0.5)
    # A kind named on one side only is no clash: a month against a story naming only weekdays.
    assert when_clash({"m:mar": 1.0}, {"d:mon": 1.0}) == 0.0
    assert when_clash({"d:sat": 1.0, "d:sun": 1.0}, {"d:sun": 2.0}) == 0.0
