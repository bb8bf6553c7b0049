"""A person's corrections: link overrides and story pins, which outlive re-linking.

Both are keyed by document ids (content hashes), never by the ids of computed rows,
so they survive re-analysis (a new analysis version of the same text) and
``link --all`` (which rebuilds every computed link and story, then reapplies them).

* ``claimledger link A B --kind rewrite|copy|credited|none`` says A derives from B as
  that kind, or that neither derives from the other.
* ``claimledger stories merge S1 S2`` pins the documents of both stories to one group;
  ``stories split S DOC…`` pins the named documents to one group and the rest of the
  story to another. Pinned documents of one group share a story; of two groups, never.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter

from sqlalchemy import Connection, delete, insert, or_, select, update

from claimledger.ledger import schema
from claimledger.ledger.db import LedgerError
from claimledger.ledger.store import now
from claimledger.link.records import load_records
from claimledger.link.report_features import story_features
from claimledger.link.story_model import Story
from claimledger.link.story_store import save_story

LINK_KINDS = ("credited", "copy", "rewrite", "none")


# ---------------------------------------------------------------------- links


def correct_link(connection: Connection, document_id: str, origin_id: str, kind: str) -> None:
    """Record that ``document_id`` derives from ``origin_id`` as ``kind`` ("none": it does not)."""
    if kind not in LINK_KINDS:
        raise LedgerError(f"--kind must be one of {', '.join(LINK_KINDS)}, not {kind!r}")
    if document_id == origin_id:
        raise LedgerError("a report cannot derive from itself")
    o, lk = schema.link_overrides, schema.links
    connection.execute(delete(o).where(or_((o.c.document_id == document_id) & (o.c.origin_id == origin_id),
                                           (o.c.document_id == origin_id) & (o.c.origin_id == document_id))))
    connection.execute(insert(o).values(document_id=document_id, origin_id=origin_id, kind=kind, created_at=now()))
    connection.execute(delete(lk).where(or_((lk.c.document_id == document_id) & (lk.c.origin_id == origin_id),
                                            (lk.c.document_id == origin_id) & (lk.c.origin_id == document_id))))
    if kind != "none":
        connection.execute(insert(lk).values(
            document_id=document_id, origin_id=origin_id, origin_outlet=None, origin_key=origin_id, kind=kind,
            confidence=1.0, evidence=json.dumps({"by": "a person"}), decided_by="person", created_at=now()))


# ---------------------------------------------------------------------- stories


def story_of(connection: Connection, document_id: str) -> int | None:
    m = schema.story_members
    return connection.execute(select(m.c.story_id).where(m.c.document_id == document_id)).scalar_one_or_none()


def members(connection: Connection, story_id: int) -> list[str]:
    m = schema.story_members
    return list(connection.execute(select(m.c.document_id).where(m.c.story_id == story_id)
                                   .order_by(m.c.document_id)).scalars())


def merge_stories(connection: Connection, story_ids: list[int]) -> int:
    """Join stories into the first one given; returns its id."""
    wanted = list(dict.fromkeys(story_ids))
    documents = [d for sid in wanted for d in _existing_members(connection, sid)]
    _pin(connection, documents)
    target = wanted[0]
    for document_id in documents:
        _move(connection, document_id, target)
    _rebuild(connection, set(wanted))
    return target


def split_story(connection: Connection, story_id: int, document_ids: list[str]) -> int:
    """Move the given documents of a story into a new story of their own; returns its id."""
    current = _existing_members(connection, story_id)
    leaving = list(dict.fromkeys(document_ids))
    strangers = [d for d in leaving if d not in current]
    if strangers:
        raise LedgerError(f"{strangers[0]} is not in story S{story_id}")
    staying = [d for d in current if d not in leaving]
    if not leaving or not staying:
        raise LedgerError("a split needs some of the story's documents, not none or all of them")
    _pin(connection, staying)
    _pin(connection, leaving)
    target = _new_story(connection)
    for document_id in leaving:
        _move(connection, document_id, target)
    _rebuild(connection, {story_id, target})
    return target


def apply_pin_of(connection: Connection, document_id: str) -> None:
    """Move a just-linked document to where its pin group is, or away from another group's story."""
    p = schema.story_pins
    group = connection.execute(select(p.c.pin_group).where(p.c.document_id == document_id)).scalar_one_or_none()
    current = story_of(connection, document_id)
    if group is None or current is None:
        return
    m = schema.story_members
    placed = connection.execute(
        select(m.c.story_id, p.c.pin_group).join(p, p.c.document_id == m.c.document_id)
        .where(m.c.document_id != document_id)
        .where(or_(p.c.pin_group == group, m.c.story_id == current))
    ).all()
    with_group = Counter(sid for sid, g in placed if g == group)
    if with_group:
        target = with_group.most_common(1)[0][0]
    elif any(sid == current and g != group for sid, g in placed):
        target = _new_story(connection)  # the story it joined belongs to another group
    else:
        return
    if target != current:
        _move(connection, document_id, target)
        _rebuild(connection, {current, target})


def _existing_members(connection: Connection, story_id: int) -> list[str]:
    found = members(connection, story_id)
    if not found:
        raise LedgerError(f"no story S{story_id} in the ledger")
    return found


def _pin(connection: Connection, documents: list[str]) -> None:
    p = schema.story_pins
    group = uuid.uuid4().hex
    connection.execute(delete(p).where(p.c.document_id.in_(documents)))
    connection.execute(insert(p), [{"document_id": d, "pin_group": group, "created_at": now()} for d in documents])


def _new_story(connection: Connection) -> int:
    return connection.execute(insert(schema.stories).values(title=None, size=0, state="{}", updated_at=now())
                              .returning(schema.stories.c.id)).scalar_one()


def _move(connection: Connection, document_id: str, story_id: int) -> None:
    m = schema.story_members
    connection.execute(update(m).where(m.c.document_id == document_id)
                       .values(story_id=story_id, score=1.0, decided_by="person"))


def _rebuild(connection: Connection, story_ids: set[int]) -> None:
    """Recompute each story from its members' records; a story left empty goes."""
    for story_id in sorted(story_ids):
        ids = members(connection, story_id)
        if not ids:
            connection.execute(delete(schema.story_keys).where(schema.story_keys.c.story_id == story_id))
            connection.execute(delete(schema.stories).where(schema.stories.c.id == story_id))
            continue
        records = load_records(connection, ids)
        story = Story(id=story_id)
        features = sorted((story_features(records[d]) for d in ids if d in records),
                          key=lambda f: (f.published is None, f.published or "", f.document))
        for item in features:
            story.add(item)
        save_story(connection, story)
