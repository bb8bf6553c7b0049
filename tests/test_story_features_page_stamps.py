"""A page's time stamps are no part of what a report tells: its time zone names no one and its
clock's digits are no particular of the happening (``terms.NOT_NAMES``, ``report_features.numbers_written``)."""

from __future__ import annotations

from link_records import figure, place, report

from claimledger.link.report_features import numbers_written, story_features
from claimledger.link.stories import MemoryStoryStore, StoryClusterer
from claimledger.link.terms import name_words

# Pages written for these tests, in several wars and feed styles: the stamp at the top differs by
# outlet and hour, the happening does not.
KHARKIV_A = ("Posted 03 / 14 / 2024 11 : 45 PM PDT Russian glide bombs hit an apartment block in Kharkiv's "
             "Saltivka district, killing seven people, regional governor Oleh Syniehubov said.")
KHARKIV_B = ("Updated 9 : 20 AM CST Seven people were killed when glide bombs struck a residential building in "
             "Saltivka, Kharkiv governor Oleh Syniehubov wrote on Telegram.")
GOMA = ("Story Created : Feb 2 , 2025 at 6 : 10 AM SAST M23 fighters pushed toward Sake, west of Goma, as "
        "Congolese troops and SAMIDH forces regrouped, a Kivu civil society leader said.")
RAKHINE = ("07:35 PKT | Arakan Army fighters seized a border guard post near Maungdaw, the group said, after "
           "two weeks of clashes along the Naf river.")
GAZA = ("Last Updated 14 : 05 GMT Israeli strikes on a school sheltering displaced families in Nuseirat "
        "killed 16 people, Gaza's civil defence agency said.")


def test_time_zones_of_page_stamps_are_no_names() -> None:
    for text, zone in ((KHARKIV_A, "pdt"), (KHARKIV_B, "cst"), (GOMA, "sast"), (RAKHINE, "pkt"), (GAZA, "gmt")):
        names = name_words(text)
        assert zone not in names, text
    assert {"kharkiv", "saltivka", "syniehubov"} <= set(name_words(KHARKIV_A))
    assert {"goma", "sake"} <= set(name_words(GOMA))
    assert "maungdaw" in name_words(RAKHINE)


def test_clock_digits_are_no_numbers_written() -> None:
    assert numbers_written(KHARKIV_A) == {"14", "2024"}  # the date stays; not 45 from "11 : 45"
    assert numbers_written(GAZA) == {"16"}  # "14 : 05" is the stamp's hour
    assert numbers_written(RAKHINE) == frozenset()  # "07:35" and "two weeks"
    assert numbers_written("Shelling of Kherson at 10:30 killed 12 and wounded 1,300, with a 6.1 quake") == \
        {"12", "1300", "6.1"}


def test_a_report_reads_its_numbers_without_its_stamp() -> None:
    features = story_features(report("g", text=GAZA, figures=[figure("f1", 16, "killed")],
                                     places=[place("p1", "Nuseirat", "PS")]))
    assert features.numbers == {"16"} and features.lead_numbers == {"16"}
    assert "gmt" not in features.names


def test_two_outlets_stamping_one_strike_apart_join_one_story() -> None:
    """The Kharkiv strike told by two outlets stamped in different zones and hours: one story; the
    Goma advance another."""
    def kharkiv(rid: str, text: str) -> dict:
        return report(rid, text=text, figures=[figure("f1", 7, "killed")],
                      places=[place("p1", "Kharkiv", "UA"), place("p2", "Saltivka", "UA")])

    store = MemoryStoryStore()
    clusterer = StoryClusterer(store)
    first = clusterer.add(story_features(kharkiv("a", KHARKIV_A)))
    second = clusterer.add(story_features(kharkiv("b", KHARKIV_B)))
    goma = clusterer.add(story_features(report("c", text=GOMA, places=[place("p1", "Goma", "CD")])))
    assert second.story_id == first.story_id
    assert goma.story_id != first.story_id
