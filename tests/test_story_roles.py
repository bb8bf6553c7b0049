"""Participants' roles as story features (``report_features.roles``, ``story_match.role_clash``): who did what
to whom, read from a record's events and figures, in several wars."""

from __future__ import annotations

from claimledger.link.report_features import roles, story_features
from claimledger.link.story_match import role_clash


def _record(events: list[dict], figures: list[dict] | None = None, places: list[dict] | None = None) -> dict:
    return {"document": {"id": "d", "text": "x"}, "events": events, "figures": figures or [],
            "places": places or [], "claims": []}


def test_an_events_actor_target_and_place_are_paired_with_its_type() -> None:
    record = _record([{"type": "attack", "actor": {"name": "Rapid Support Forces"},
                       "target": {"name": "Abu Shouk camp"}, "place": "p1"}],
                     places=[{"id": "p1", "name": "El Fasher"}])
    found = roles(record)
    assert {"a:attack:rapid", "a:attack:support", "a:attack:forces", "t:attack:abu", "t:attack:shouk",
            "@:attack:el fasher"} <= found


def test_a_figure_is_paired_with_what_it_counts_and_untyped_events_give_nothing() -> None:
    record = _record([{"type": "other", "actor": {"name": "Taliban"}}, {"type": None, "actor": {"name": "Kabul"}}],
                     figures=[{"quantity": "killed", "subject": "Tajik border guards", "value": 2},
                              {"quantity": "distance", "subject": "km", "value": 5}])
    assert roles(record) == frozenset({"q:killed:guards"})


def test_roles_reach_the_features_and_their_terms() -> None:
    record = _record([{"type": "capture", "actor": {"name": "Niger army"}, "target": None, "place": None}])
    features = story_features(record)
    assert "a:capture:niger" in features.roles
    assert "r:a:capture:niger" in features.all_terms()


def test_the_same_slot_filled_by_others_only_clashes() -> None:
    # one raid by the army, the story's by the insurgents: the actor slot clashes; the place is shared
    report = frozenset({"a:attack:army", "@:attack:mazeze"})
    story = {"a:attack:insurgents": 2.0, "@:attack:mazeze": 2.0}
    assert role_clash(report, story) == 0.5
    # a slot the story leaves empty, or fills with the same participant among others, is no clash
    assert role_clash(frozenset({"t:attack:hospital"}), story) == 0.0
    assert role_clash(frozenset({"a:attack:insurgents"}), {"a:attack:insurgents": 1.0, "a:attack:army": 1.0}) == 0.0
    assert role_clash(frozenset(), story) == 0.0
