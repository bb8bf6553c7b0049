"""Stories: a happening's own particulars (the numbers its lead writes) keep two like happenings
apart, while outlets telling one happening with their own numbers still meet."""

from __future__ import annotations

from link_records import event, figure, place, report

from claimledger.link.report_features import story_features
from claimledger.link.stories import MemoryStoryStore, StoryClusterer
from claimledger.link.story_match import number_clash, particulars_clash
from claimledger.link.story_model import Story, StoryParams

# The number clash is off by default (it lost on ECB+ topics 23-35); these tests switch it on at
# the weight it was searched at on topics 1-22.
CLASH = StoryParams(w_number_clash=0.2, bridge_threshold=0.3, merge_threshold=0.3)

# Reports written for these tests: two drone strikes on fuel depots in the Sahel, weeks apart,
# told in the same words but with their own towns and tolls; and two outlets on the first strike.
GAO_1 = ("Drones struck a fuel depot on the edge of Gao before dawn on Thursday, killing 31 people, "
         "among them drivers queueing for diesel, a local official said. The army said the depot "
         "supplied armed groups operating along the Niger river.")
GAO_2 = ("A drone strike on a fuel depot near Gao killed 31 people including truck drivers, an "
         "official and a hospital worker said on Thursday. The military said the site fed fighters "
         "moving along the river and denied that civilians were hit.")
MENAKA = ("Drones struck a fuel depot on the edge of Menaka before dawn on Thursday, killing 12 people, "
          "among them drivers queueing for diesel, a local official said. The army said the depot "
          "supplied armed groups operating in the border area.")
# A later outlet on the Gao strike, with a higher toll in its lead and the first toll lower down.
GAO_3 = ("The toll of the drone strike on a Gao fuel depot stands at 40 dead, medics said, "
         "after several of the wounded died overnight. Officials had first counted 31 killed "
         "when the depot was hit on Thursday; the army repeated that it targeted fighters' supplies.")


def depot(rid: str, text: str, town: str, toll: int) -> dict:
    return report(rid, text=text, places=[place("p1", town, "ML"), place("p2", "Mali", "ML", "country")],
                  figures=[figure("f1", toll, "killed")], events=[event("e1", "attack", place="p1")])


def test_lead_numbers_are_the_numbers_of_headline_and_lead() -> None:
    features = story_features(report(
        "r", title="Shelling at 10:45 kills 27 in Sumy",
        text="Russian shells hit Sumy at 10 : 45 on Monday, killing 27, regional officials said. "
             + "Later in the day " * 30 + "a further 9 were found.",
        places=[place("p1", "Sumy", "UA"), place("p2", "Sumy region", "UA", "region"),
                place("p3", "Ukraine", "UA", "country")]))
    assert features.lead_numbers == frozenset({"27"})  # clock times are no particular; "9" is past the lead


def test_a_number_ending_a_sentence_is_written_and_a_version_is_not() -> None:
    """"killed 40." ends with a full stop, not a decimal: the toll counts; "v2.1.3" is no particular."""
    features = story_features(report(
        "r", text="Paramilitary fighters stormed the Zamzam camp in North Darfur, and aid workers said the "
                  "dead numbered 40. Displaced families fled towards Tawila; the app build v2.1.3 was unrelated."))
    assert {"40"} <= features.lead_numbers and "40" in features.numbers
    assert not {"2.1", "1.3", "21"} & features.numbers


def test_particulars_clash_needs_new_particulars_on_both_sides() -> None:
    story = {"31": 2.0}
    written = {"31": 2.0, "2024": 1.0}
    # another toll on both sides: the report's 12 never written by the story, the story's 31 never by the report
    assert particulars_clash(frozenset({"12"}), frozenset({"12"}), story, written) == 1.0
    # the report gives the story's toll lower down: no clash
    assert particulars_clash(frozenset({"40"}), frozenset({"40", "31"}), story, written) == 0.0
    # a story whose leads write no numbers cannot clash
    assert particulars_clash(frozenset({"12"}), frozenset({"12"}), {}, written) == 0.0
    # half of the story's members wrote a toll the report also gives: half a clash
    assert particulars_clash(frozenset({"12"}), frozenset({"12", "7"}), {"31": 1.0, "7": 1.0}, written) == 0.5


def test_like_strikes_in_two_towns_open_two_stories() -> None:
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, CLASH)
    first = clusterer.add(story_features(depot("gao-1", GAO_1, "Gao", 31)))
    second = clusterer.add(story_features(depot("gao-2", GAO_2, "Gao", 31)))
    other = clusterer.add(story_features(depot("menaka", MENAKA, "Menaka", 12)))
    assert second.story_id == first.story_id
    assert other.opened and other.story_id != first.story_id


def test_a_risen_toll_that_also_gives_the_first_one_joins_its_story() -> None:
    store = MemoryStoryStore()
    clusterer = StoryClusterer(store, CLASH)
    first = clusterer.add(story_features(depot("gao-1", GAO_1, "Gao", 31)))
    later = clusterer.add(story_features(depot("gao-3", GAO_3, "Gao", 40)))
    assert later.story_id == first.story_id


def test_story_lead_counts_survive_json_and_merges() -> None:
    a, b = Story(id=1), Story(id=2)
    a.add(story_features(depot("gao-1", GAO_1, "Gao", 31)))
    b.add(story_features(depot("gao-2", GAO_2, "Gao", 31)))
    assert a.lead == {"x:31": 1}
    a.absorb(b)
    assert a.lead["x:31"] == 2
    again = Story.from_json(a.to_json())
    assert again.lead == a.lead
    assert again.as_features().lead_numbers == frozenset({"31"})
    assert Story.from_json({"id": 3, "documents": []}).lead == {}  # a story saved before leads were counted


def test_no_number_clash_between_reports_of_the_same_days() -> None:
    """Dated within a day of each other, outlets give their own tolls of one happening."""
    story = Story(id=1)
    story.add(story_features({**depot("gao-1", GAO_1, "Gao", 31),
                              "document": {"id": "gao-1", "text": GAO_1, "published": "2025-03-06"}}))
    menaka = depot("menaka", MENAKA, "Menaka", 12)
    undated = story_features(menaka)
    same_day = story_features({**menaka, "document": {"id": "m", "text": MENAKA, "published": "2025-03-06"}})
    assert number_clash(undated, story) == 1.0
    assert number_clash(same_day, story) == 0.0
