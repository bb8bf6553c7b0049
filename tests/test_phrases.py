"""Noun phrases and clauses read off the parse (extract/phrases.py), and the per-report
views the place and event stages keep on the shared context."""

from __future__ import annotations

import pytest

from claimledger.extract.context import STAGES, context_of
from claimledger.extract.phrases import noun_phrase, subtree_text, trigger_phrase


def head_of(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "head", "phrase"),
    [
        ("Major Aung Kyaw, a spokesman for the junta, said the road was cut.", "Kyaw",
         "Major Aung Kyaw, a spokesman for the junta"),
        ("A senior official of the Sudanese army said the bridge was held.", "official",
         "A senior official of the Sudanese army"),
        ("Yemen's Saba news agency reported the strike on Hodeidah.", "agency",
         "Yemen's Saba news agency"),
    ],
)
def test_noun_phrase_takes_a_speakers_title_and_body(nlp, text, head, phrase):
    doc = nlp(text)
    start, end = noun_phrase(head_of(doc, head))
    assert doc[start:end].text == phrase


def test_noun_phrase_stops_at_a_conjunction(nlp):
    doc = nlp("Rebels and army officers said the town of Bunia was calm.")
    start, end = noun_phrase(head_of(doc, "officers"))
    assert "Rebels" not in doc[start:end].text


def test_trigger_phrase_of_a_verb_holds_its_subject_and_clause(nlp):
    doc = nlp("Malian soldiers withdrew from the base near Kidal on Tuesday.")
    start, end = trigger_phrase(head_of(doc, "withdrew"))
    assert doc[start:end].text == "Malian soldiers withdrew from the base near Kidal on Tuesday"


def test_trigger_phrase_of_a_noun_is_its_own_phrase(nlp):
    doc = nlp("The shelling of Khan Younis went on overnight.")
    start, end = trigger_phrase(head_of(doc, "shelling"))
    assert doc[start:end].text == "The shelling of Khan Younis"


def test_subtree_text_is_the_whole_phrase_as_written(nlp):
    doc = nlp("Fighters of the M23 group entered Goma.")
    assert subtree_text(head_of(doc, "Fighters")) == "Fighters of the M23 group"


def test_stage_views_are_declared_and_made_once_per_report(nlp):
    from claimledger.extract.events_view import events_view
    from claimledger.extract.places import find_places
    from claimledger.extract.places.view import places_view

    assigned = {name for stage in STAGES for name in stage.assigns}
    assert {"places_view", "events_view"} <= assigned
    doc = nlp("KHARTOUM: Sudanese army units shelled Omdurman, the army's spokesman Nabil Abdallah said.")
    find_places(doc)
    report = context_of(doc)
    view = report.places_view
    assert view is not None and places_view(report) is view
    assert view.shouting is False and "Nabil" in view.person_parts
    assert events_view(report) is events_view(report)


@pytest.mark.parametrize(
    ("text", "noun", "words"),
    [
        ("About 300 Chadian troops crossed into Darfur.", "troops", "Chadian troops"),
        ("Some 40 pro-government fighters were killed near Marib.", "fighters", "pro-government fighters"),
        ("The junta said 12 of Myanmar's soldiers had deserted.", "soldiers", "Myanmar's soldiers"),
    ],
)
def test_noun_with_modifiers_keeps_whose_it_is_and_drops_the_count(nlp, text, noun, words):
    from claimledger.extract.phrases import noun_with_modifiers

    doc = nlp(text)
    found = noun_with_modifiers(head_of(doc, noun))
    assert " ".join(t.text for t in found).replace(" 's", "'s").replace(" - ", "-") == words
