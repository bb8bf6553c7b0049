"""Two readings of who and where (texts written for these tests, across wars and styles):

- a bare definite role or document noun that acts ("The officer denied ...", "The communique
  acknowledged ...") is the source named before it, with that source's side
  (extract/events_referents.py); an indefinite one ("An officer denied") is nobody known;
- a relative clause telling what the victim was doing when it happened ("detained a farmer
  who was grazing cattle near X") gives the event's place (events_clauses.other_clause); a
  clause of another time ("a man who had lived in X") does not.
"""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def _events(text: str) -> tuple[list[dict], dict[str, str]]:
    rec = analyze(Document(text=text))
    return rec["events"], {p["id"]: p["name"] for p in rec["places"]}


def _first(events: list[dict], kind: str) -> dict:
    return next(e for e in events if e["type"] == kind)


@pytest.mark.parametrize("text, kind, side", [
    # state-media style: the spokesman named in full, then "the officer"
    ("The spokesman of the Nigerian army, Brigadier General Musa Danladi, said the situation was calm. "
     "The officer denied reports that militants had seized a base in Borno.", "deny", "NG"),
    # a communique named with its body, then the communique acts
    ("In a statement on Sunday, the Malian army said troops had killed 20 militants near Gao. "
     "The statement acknowledged that three soldiers had died in the fighting.", "acknowledge", "ML"),
    # wire: a ministry quoted, then "the ministry" denies
    ("Ukraine's defence ministry said its forces had repelled attacks near Pokrovsk. The ministry denied "
     "that any unit had been encircled.", "deny", "UA"),
])
def test_a_definite_source_noun_acts_for_the_source_named_before(text, kind, side):
    events, _ = _events(text)
    assert (_first(events, kind)["actor"] or {}).get("side") == side


def test_an_indefinite_officer_is_nobody_named_before():
    events, _ = _events("Rebels of the M23 said they had shot down a helicopter over Rutshuru. "
                        "An officer denied the claim.")
    deny = _first(events, "deny")
    assert (deny["actor"] or {}).get("side") is None


@pytest.mark.parametrize("text, kind, place", [
    ("Border guards detained a farmer who was grazing cattle near the town of Gori on Wednesday.", "capture", "Gori"),
    ("Gunmen ambushed a minibus that was carrying traders near Bunia on Tuesday.", "attack", "Bunia"),
    ("Soldiers shot a boy who was collecting firewood outside Jenin, medics said.", "attack", "Jenin"),
])
def test_what_the_victim_was_doing_there_gives_the_place(text, kind, place):
    events, places = _events(text)
    assert places.get(_first(events, kind)["place"]) == place


def test_a_clause_of_another_time_gives_no_place():
    events, places = _events("Police arrested a man who had lived in Mosul for years.")
    assert places.get(_first(events, "capture")["place"]) != "Mosul"
