"""The story's country: one reading in the report's context that the speakers' junta,
the figures' home state, the events' theatre and the interview guest all read."""

from __future__ import annotations

from claimledger.extract.context import context_of
from claimledger.extract.places import find_places


def story_country(nlp, text: str) -> str | None:
    doc = nlp(text)
    ctx = context_of(doc)
    ctx.set_places(find_places(doc))
    return ctx.story_country


def test_one_countrys_towns_told_far_more_often_make_the_story(nlp):
    text = ("Gunmen attacked a convoy near Djibo on Monday. The army said reinforcements reached Djibo "
            "from Ouahigouya, and that a patrol near Arbinda was ambushed. A trader fled to Bamako.")
    assert story_country(nlp, text) == "BF"


def test_two_countries_told_alike_make_no_story_country(nlp):
    text = ("Shells fell on Kupwara and Uri overnight. Pakistan said Indian fire hit the Neelum valley "
            "and Muzaffarabad.")
    assert story_country(nlp, text) is None


def test_a_place_of_talks_is_not_the_storys(nlp):
    text = ("Fighting went on in Taiz on Sunday. Negotiators met in Muscat for talks, "
            "and mediators flew to Muscat for talks again on Monday.")
    assert story_country(nlp, text) == "YE"


def test_a_related_headline_under_the_story_does_not_count(nlp):
    text = ("Rebels shelled Goma and Sake on Tuesday, residents said.\n"
            "Related news\nUganda: Kampala protests spread\nKenya: fuel prices rise in Kampala\n")
    assert story_country(nlp, text) == "CD"
