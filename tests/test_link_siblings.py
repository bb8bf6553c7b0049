"""Sibling happenings: the same kind of happening on the same places, days or weeks apart (two
mortar attacks on one compound a week apart, a kidnapping and the release), kept apart by the
calendar days a dated report's lead gives its happening (``lead_days``, ``day_clash``), while a
report looking back on the first (the toll risen, "the January 8 bombing") still joins it.

The hand-made set of such pairs in several wars is tests/link_reports/siblings/ (its truth beside
it); tests/test_link_siblings_folder.py runs it end to end."""

from __future__ import annotations

from datetime import date

from link_records import event, figure, place, report

from claimledger.link.report_features import lead_days, story_features
from claimledger.link.stories import MemoryStoryStore, StoryClusterer
from claimledger.link.story_match import day_clash
from claimledger.link.story_model import Story, StoryParams

TUESDAY = date(2026, 5, 12)


def days(text: str, published: date | None = TUESDAY, spoken: bool = True) -> set[str]:
    return set(lead_days(text, published, spoken))


# --------------------------------------------------------------------------- the days of a lead
def test_a_weekday_is_the_last_one_on_or_before_the_reports_date():
    assert days("Mortar shells hit the compound on Tuesday, killing four") == {"2026-05-12"}
    assert days("Gunmen stormed the hotel on Saturday night") == {"2026-05-09"}
    assert days("Sunday's ambush near the river crossing") == {"2026-05-10"}


def test_a_day_of_a_month_is_that_day_in_the_reports_year():
    assert days("The strike on May 3 killed nine") == {"2026-05-03"}
    assert days("the 3 May strike") == {"2026-05-03"}
    # a day after the report's date is last year's: "Dec. 28" in a January report
    assert days("since the Dec. 28 raid", published=date(2027, 1, 4)) == {"2026-12-28"}


def test_the_day_someone_spoke_counts_only_when_the_lead_names_no_day_of_the_happening():
    told = "Shells struck the market on Sunday, killing six, the health ministry said on Tuesday."
    assert days(told) == {"2026-05-10"}
    # a first report that only says when its source spoke still has its day
    assert days("Four soldiers were killed, the army said on Tuesday.") == {"2026-05-12"}
    # the dateline is the report's own date: a day spoken, not the happening's
    assert days("MOGADISHU, May 12 (Wire) - Four soldiers were killed, the army said.") == {"2026-05-12"}
    assert days("MOGADISHU, May 12 (Wire) - Mortars hit the base on Sunday.") == {"2026-05-10"}


def test_a_report_looking_back_has_no_day_of_its_own_from_when_its_source_spoke():
    toll = "The toll from last week's mortar attack has risen to 11, the ministry said on Tuesday."
    assert days(toll, spoken=False) == set()
    assert story_features(report("t", published="2026-05-12", text=toll)).days == frozenset()
    # but a day of the happening it names is kept: the toll of the May 3 strike
    assert days("The toll of the May 3 strike has risen to 11, officials said on Tuesday.", spoken=False) \
        == {"2026-05-03"}


def test_an_undated_report_has_no_days():
    assert days("Mortar shells hit the compound on Tuesday", published=None) == set()


# --------------------------------------------------------------------------- the clash
def test_a_day_clash_is_both_sides_naming_only_days_the_other_does_not_come_near():
    first = {"2026-05-05": 2.0}
    assert day_clash(frozenset({"2026-05-12"}), first) == 1.0
    assert day_clash(frozenset({"2026-05-06"}), first) == 0.0  # the next day: the same happening's
    # naming the story's day as well as its own: a look back, no clash
    assert day_clash(frozenset({"2026-05-05", "2026-05-12"}), first) == 0.0
    assert day_clash(frozenset(), first) == day_clash(frozenset({"2026-05-12"}), {}) == 0.0
    # a story told of two days, one near: half its members name a day far from the report's
    assert day_clash(frozenset({"2026-05-12"}), {"2026-05-05": 1.0, "2026-05-11": 1.0}) == 0.0
    assert day_clash(frozenset({"2026-05-12"}), {"2026-05-05": 1.0, "2026-05-08": 1.0}) == 1.0


def test_story_days_survive_json_and_merges():
    story = Story(id=1)
    story.add(story_features(report("a", published="2026-05-05", text="Mortars hit the base on Tuesday.")))
    other = Story(id=2)
    other.add(story_features(report("b", published="2026-05-12", text="Mortars hit the base on Tuesday.")))
    assert Story.from_json(story.to_json()).days == {"2026-05-05": 1.0}
    story.absorb(other)
    assert story.days == {"2026-05-05": 1.0, "2026-05-12": 1.0}
    assert story.as_features().days == frozenset({"2026-05-05", "2026-05-12"})


# --------------------------------------------------------------------------- clustering
# Reports written for these tests: al-Shabaab mortar fire on the Halane compound by Mogadishu's airport,
# twice, a week apart (both on a Tuesday), each told by a wire and a local outlet; the first's toll risen,
# told five days later; and the second told as "a week after" the first, which once made it a follow-up.
FIRST_WIRE = ("Mortar shells fired by al-Shabaab militants landed inside the Halane compound near Mogadishu's "
              "airport on Tuesday, killing four people and wounding nine, police spokesman Abdifatah Aden said. "
              "The compound houses embassies, United Nations agencies and the African Union mission.")
FIRST_LOCAL = ("Four people were killed on Tuesday when at least five mortar rounds struck the Halane base camp by "
               "Aden Adde airport, police said. Al-Shabaab claimed the shelling on its Andalus radio. Witnesses "
               "said the rounds were fired from the Hodan district.")
FIRST_TOLL = ("The number killed in last week's mortar attack on the Halane compound in Mogadishu has risen to six, "
              "police spokesman Abdifatah Aden said on Sunday, after two of the wounded died in hospital.")
SECOND_WIRE = ("Mortar shells struck the Halane compound near Mogadishu's airport again on Tuesday, killing two "
               "security guards, police spokesman Abdifatah Aden said, a week after an al-Shabaab attack on the "
               "compound killed four. The militants claimed the shelling.")
SECOND_LOCAL = ("Two guards died on Tuesday as mortar rounds hit the Halane base camp by Aden Adde airport for the "
                "second time in a week, police said. Al-Shabaab said on Andalus radio that it had fired the "
                "rounds from the Hodan district.")


def halane(rid: str, text: str, published: str, killed: int) -> dict:
    return report(rid, published=published, text=text,
                  places=[place("p1", "Mogadishu", "SO"), place("p2", "Halane", "SO", "locality")],
                  figures=[figure("f1", killed, "killed")],
                  events=[event("e1", "attack", actor="al-Shabaab", place="p2")])


def test_a_second_attack_on_the_same_compound_a_week_later_opens_its_own_story():
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store)
    first = [clusterer.add(story_features(halane("w1", FIRST_WIRE, "2026-05-05", 4))),
             clusterer.add(story_features(halane("l1", FIRST_LOCAL, "2026-05-05", 4)))]
    toll = clusterer.add(story_features(halane("t1", FIRST_TOLL, "2026-05-10", 6)))
    second = [clusterer.add(story_features(halane("w2", SECOND_WIRE, "2026-05-12", 2))),
              clusterer.add(story_features(halane("l2", SECOND_LOCAL, "2026-05-12", 2)))]
    assert first[0].story_id == first[1].story_id == toll.story_id  # the risen toll looks back on the first
    assert second[0].opened and second[1].story_id == second[0].story_id != first[0].story_id


def test_without_the_day_clash_the_second_attack_joins_the_first():
    """What the day clash changes (not a wish): with its weight at 0, the second attack, one week on,
    joins the first's story."""
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, StoryParams(w_day_clash=0.0))
    first = clusterer.add(story_features(halane("w1", FIRST_WIRE, "2026-05-05", 4)))
    clusterer.add(story_features(halane("l1", FIRST_LOCAL, "2026-05-05", 4)))
    second = clusterer.add(story_features(halane("w2", SECOND_WIRE, "2026-05-12", 2)))
    assert second.story_id == first.story_id
