"""Stories' views computed once by the link stage and stored, so that serving one is a row read.

A story's view (``detail.story_detail``: origins tree, claims, series, contradictions,
silences) costs ~50-150 ms of Python; the web API served it at ~1 s p95 to 16 clients.
After every link run (and a person's correction) ``refresh`` computes the view of each
story that has none and stores it in ``story_views`` as the API's JSON, with the story's
figure series of every quantity (``/api/v1/series?quantity=…&story=…``).

Correctness rests on the database, not on the writers remembering: triggers (migration
0012) delete a story's row whenever a write touches its inputs (its membership, its row,
links touching its reports, their newest analyses), whoever writes. A story without a
row is computed per request, as before.

A refresh does not hold the write lock while it computes. It claims a batch of stories
first (rows with its token and no view, committed), computes their views from what is
committed after that, then fills only the rows still claimed: a write that touched a
story in between deleted its claim (the trigger), so the view computed from older inputs
is dropped, and the next refresh computes it again. On PostgreSQL the claim also waits for
writers already under way (a table lock that their triggers' deletes conflict with), so no
write older than the claim can commit after the view's inputs were read.
"""

from __future__ import annotations

import multiprocessing
import uuid
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator

import orjson
from sqlalchemy import Connection, Engine, and_, delete, exists, func, insert, select, text, update

from claimledger.ledger import db, schema
from claimledger.ledger.store import now
from claimledger.link.series_model import UNSERIED

BATCH = 50  # stories claimed and filled per transaction
JSON_OPTIONS = orjson.OPT_NON_STR_KEYS  # as the API writes its answers (web/api.py json_response)
LEVEL = 6  # zlib's default: 6x smaller; level 9 saves little more

v, s, m = schema.story_views, schema.stories, schema.story_members


# ---------------------------------------------------------------------- reading


def story_view(connection: Connection, story_id: int) -> bytes | None:
    """The stored JSON of a story's view, or None when it has none (not computed yet, or its inputs changed)."""
    found = connection.execute(select(v.c.view).where(v.c.story_id == story_id)).scalar()
    return None if found is None else zlib.decompress(found)


def story_series(connection: Connection, story_id: int, quantity: str) -> list[dict] | None:
    """The stored series of one quantity in a story (as ``series_across(quantity, story=…)`` makes them),
    or None when the story has no stored view: the view's own series, or (for a quantity a story's
    view leaves out, ``UNSERIED``) the ones stored beside it."""
    found = connection.execute(select(v.c.view, v.c.series).where(v.c.story_id == story_id)).first()
    if found is None or found.view is None:
        return None
    wanted = quantity.lower()
    if wanted in UNSERIED:
        return orjson.loads(zlib.decompress(found.series)).get(wanted, [])
    return [s for s in orjson.loads(zlib.decompress(found.view))["series"] if s["key"]["quantity"] == wanted]


# ---------------------------------------------------------------------- computing


def computed(connection: Connection, story_id: int) -> tuple[bytes, bytes]:
    """A story's view, and its series of the quantities the view leaves out (``UNSERIED``), as stored:
    JSON, compressed (a story's view is ~50 KB of JSON, ~8 KB compressed; zlib inflates it in ~0.1 ms)."""
    from claimledger.link.detail import computed_story

    detail, every = computed_story(connection, story_id)
    left_out: dict[str, list[dict]] = defaultdict(list)
    for one in every:
        if one.key.quantity in UNSERIED:
            left_out[one.key.quantity].append(one.as_dict())
    return (zlib.compress(orjson.dumps(detail.as_dict(), option=JSON_OPTIONS), LEVEL),
            zlib.compress(orjson.dumps(left_out, option=JSON_OPTIONS), LEVEL))


Progress = Callable[[int, int], None]  # (stories stored so far, stories without a view at the start)


def refresh(engine: Engine, *, workers: int = 1, progress: Progress | None = None) -> int:
    """Compute and store the view of every story that has members and no view; how many were stored.

    ``workers`` > 1 computes in that many processes (for building a large ledger at once)."""
    token = uuid.uuid4().hex
    fill_summaries(engine)
    fill_map_rows(engine)
    with engine.connect() as connection:
        missing = connection.execute(select(func.count()).select_from(_missing(0).subquery())).scalar() or 0
    if not missing:
        return 0
    stored, after = 0, 0
    with _computer(engine, workers) as compute:
        while True:
            claimed = db.write(engine, lambda c, a=after: _claim(c, token, a, BATCH * max(1, workers)))
            if not claimed:
                return stored
            after = claimed[-1]
            views = compute(claimed)  # outside any transaction: see the module's docstring
            stored += db.write(engine, lambda c, views=views: _fill(c, token, views))
            if progress:
                progress(stored, missing)


def _missing(after: int):  # type: ignore[no-untyped-def]
    """Stories after ``after`` (by id) with members and no stored view."""
    return (select(s.c.id).where(s.c.id > after, exists().where(m.c.story_id == s.c.id),
                                 ~exists().where(v.c.story_id == s.c.id, v.c.view.is_not(None)))
            .order_by(s.c.id))


def _claim(connection: Connection, token: str, after: int, size: int) -> list[int]:
    if connection.dialect.name == "postgresql":
        # waits for writers whose triggers touched story_views to commit, and holds new ones off until
        # the claim is committed, where their triggers will see (and delete) it
        connection.execute(text("LOCK TABLE story_views IN SHARE ROW EXCLUSIVE MODE"))
    ids = list(connection.execute(_missing(after).limit(size)).scalars())
    if ids:
        connection.execute(delete(v).where(v.c.story_id.in_(ids)))
        connection.execute(insert(v), [{"story_id": i, "token": token} for i in ids])
    return ids


def _fill(connection: Connection, token: str, views: list[tuple[int, bytes, bytes] | None]) -> int:
    stamp, filled = now(), []
    for found in views:
        if found is None:  # the story was gone by then
            continue
        story_id, view, series = found
        if connection.execute(update(v).where(v.c.story_id == story_id, v.c.token == token)
                              .values(view=view, series=series, computed_at=stamp)).rowcount:
            filled.append(story_id)
    _store_summaries(connection, filled)
    return len(filled)


def _store_summaries(connection: Connection, ids: list[int]) -> None:
    """The stories' summaries (the listing's reports, origins and sides), computed in the write
    transaction: ~0.2 ms a story, and what they are computed from cannot change meanwhile."""
    from claimledger.link.views import story_summaries

    for story_id, summary in story_summaries(connection, ids).items():
        connection.execute(update(v).where(v.c.story_id == story_id)
                           .values(summary=orjson.dumps(summary, option=JSON_OPTIONS)))


def fill_summaries(engine: Engine) -> int:
    """The summaries of stored views that have none (views stored before migration 0013)."""
    def batch(connection: Connection) -> int:
        if connection.dialect.name == "postgresql":  # as in _claim: no writer's commit between read and update
            connection.execute(text("LOCK TABLE story_views IN SHARE ROW EXCLUSIVE MODE"))
        ids = list(connection.execute(select(v.c.story_id).where(v.c.view.is_not(None), v.c.summary.is_(None))
                                      .order_by(v.c.story_id).limit(BATCH * 10)).scalars())
        _store_summaries(connection, ids)
        return len(ids)

    done = 0
    while found := db.write(engine, batch):
        done += found
    return done


# ---------------------------------------------------------------------- the map's rows

MAP_BATCH = 500  # analyses whose map rows are stored per transaction
RECHECKED = 10_000  # analyses below the newest with a row checked again at each refresh
mr, na, pl, ev = schema.map_rows, schema.newest_analyses, schema.places, schema.events


def fill_map_rows(engine: Engine) -> int:
    """Store the map's rows (migration 0014) of every newest analysis that has none; how many were stored.

    An analysis never changes, so its row is computed once, in the transaction that stores it."""
    def batch(connection: Connection, after: int) -> list[int]:
        missing = ~exists().where(mr.c.analysis_id == na.c.analysis_id)
        ids = list(connection.execute(select(na.c.analysis_id).where(na.c.analysis_id > after, missing)
                                      .order_by(na.c.analysis_id).limit(MAP_BATCH)).scalars())
        if ids:
            connection.execute(insert(mr), map_rows_of(connection, ids))
        return ids

    with engine.connect() as connection:
        newest_stored = connection.execute(select(func.max(mr.c.analysis_id))).scalar()
    # analyses get growing ids and rows are stored in id order, so what is missing lies above the newest
    # row stored, give or take writers committing out of order (PostgreSQL's sequences): the check
    # starts RECHECKED analyses below it, not at the first (every analysis: ~80 ms of CPU at 100k)
    done, after = 0, max(0, (newest_stored or 0) - RECHECKED)
    while ids := db.write(engine, lambda c, a=after: batch(c, a)):
        done, after = done + len(ids), ids[-1]
    return done


def map_rows_of(connection: Connection, analyses: list[int]) -> list[dict]:
    """The map's rows of these analyses (web/geo.py reads them): the places with coordinates as JSON
    [PLACES_FORMAT, [point, mentions, coordinates, name and country], ...] by place id (``place_entry``: the
    point the map groups the place in, and its feature's text but what the page's reports make of it;
    UNMAPPED if a place has no point), and the events at such a place in the order of the text, each as the
    map's GeoJSON feature up to its report's position in the map's list of reports (``event_prefix``),
    joined by ``EVENT_CUT``."""
    places: dict[int, list] = {a: [] for a in analyses}
    events: dict[int, list[bytes]] = {a: [] for a in analyses}
    found = connection.execute(select(pl.c.analysis_id, pl.c.id, pl.c.name, pl.c.country, pl.c.lat, pl.c.lon,
                                      pl.c.mentions)
                               .where(pl.c.analysis_id.in_(analyses), pl.c.lat.is_not(None), pl.c.lon.is_not(None)))
    unmapped: set[int] = set()
    for analysis, _place_id, name, country, lat, lon, mentions in sorted(found, key=lambda r: (r[0], r[1])):
        # by id, as the places index reads; a point as the map groups places (round(x, 4): slow, done here once)
        entry = place_entry(name, country, round(lat, 4), round(lon, 4), mentions)
        if entry is None:
            unmapped.add(analysis)
        places[analysis].append(entry)
    at = pl.alias("at")
    found = connection.execute(select(ev.c.analysis_id, ev.c.span_start, ev.c.id, ev.c.type, ev.c.actor_side,
                                      ev.c.text, at.c.name, at.c.lat, at.c.lon)
                               .join(at, and_(at.c.analysis_id == ev.c.analysis_id, at.c.id == ev.c.place_id))
                               .where(ev.c.analysis_id.in_(analyses), at.c.lat.is_not(None), at.c.lon.is_not(None)))
    for analysis, _, event, kind, side, said, name, lat, lon in sorted(
            found, key=lambda r: (r[0], -1 if r[1] is None else r[1], r[2])):
        events[analysis].append(event_prefix(event_feature(event, kind, side, said, name, lat, lon, 0)))
    return [{"analysis_id": a, "places": orjson.dumps(UNMAPPED if a in unmapped else [PLACES_FORMAT, *places[a]]),
             "events": EVENT_CUT.join(events[a])} for a in analyses]


# Format 4 (migration 0016): each place as its point and its feature's text (format 3, of 0015, held its
# name, country, coordinates and mentions); rows of an older format are deleted by the migration and
# read from the tables until the next link run stores them again.
PLACES_FORMAT = 4
# An event's feature names its report by its position in the map's list (which depends on the page): it is
# stored as its JSON up to that number, ending '"document":'; the map appends the number and '}}'. The
# events of an analysis are joined by a NUL byte, which JSON never holds unescaped.
EVENT_CUT = b"\x00"
_POSITION_END = b'"document":0}}'
# A place's feature, written: PLACE_START, its coordinates, PLACE_MIDDLE, its name and country, then what the
# page's reports make of its point ('"reports":...}}', see place_feature); the first three are stored.
PLACE_START = '{"type":"Feature","geometry":{"type":"Point","coordinates":['
PLACE_MIDDLE = ']},"properties":{"kind":"place","name":'
_PAGE_END = '"reports":0,"mentions":0,"documents":[]}}'
UNMAPPED = [0]  # the places of an analysis that has one the map cannot write as a point: read from the tables
_TICKS = 10_000  # a point's coordinates are rounded to 4 places: whole ten-thousandths, exactly
_OFFSET = 10**8  # added to them so that they sort as text: 9 digits, any coordinate within 10,000 degrees


def place_point(name: str, lat: float, lon: float) -> str | None:
    """The point the map groups a place in, as text that is equal for equal (name, lat, lon) and sorts as
    those tuples do (lat and lon rounded to 4 places; 0.0 and -0.0 alike, as floats compare): the name
    with each NUL written NUL SOH and ended by NUL NUL (so a name sorts before the longer ones it begins),
    then each coordinate in ten-thousandths, offset and zero-padded to 9 digits. None beyond 10,000
    degrees (no place on Earth: a bad coordinate, which the map then reads from the tables)."""
    ticks = [round(x * _TICKS) + _OFFSET for x in (lat, lon)]
    if not all(0 <= t < 2 * _OFFSET for t in ticks):
        return None
    return f"{name.replace(chr(0), chr(0) + chr(1))}\x00\x00{ticks[0]:09d}{ticks[1]:09d}"


def place_entry(name: str, country: str | None, lat: float, lon: float, mentions: int | None) -> list | None:
    """A place of an analysis as its map row stores it: [its point (``place_point``), its mentions, its
    feature's coordinates and its name and country as written], which the map puts between PLACE_START,
    PLACE_MIDDLE and the page's numbers (web/geo.py); None when it has no point."""
    point = place_point(name, lat, lon)
    written = orjson.dumps(place_feature(name, country, lat, lon, 0, 0, [])).decode()
    middle = written.find(PLACE_MIDDLE)
    if point is None or not written.startswith(PLACE_START) or middle < 0 or not written.endswith(_PAGE_END):
        return None
    return [point, mentions or 0, written[len(PLACE_START):middle], written[middle + len(PLACE_MIDDLE):-len(_PAGE_END)]]


def place_feature(name: str, country: str | None, lat: float, lon: float, reports: int, mentions: int,
                  documents: list[int]) -> dict:
    """A point of the map where the page's reports name a place: how many name it, how often, and the
    newest few (positions in the map's list of reports), last and in that order (see ``place_entry``)."""
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"kind": "place", "name": name, "country": country, "reports": reports,
                           "mentions": mentions, "documents": documents}}


def event_feature(event: str, kind: str | None, side: str | None, text: str | None, place: str | None,
                  lat: float, lon: float, document: int) -> dict:
    """An event on the map: a GeoJSON point feature (web/geo.py) naming its report by its position in the
    map's list of reports (``document`` last: see ``event_prefix``)."""
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"kind": "event", "type": kind, "place": place, "text": text, "side": side,
                           "event": event, "document": document}}


def event_prefix(feature: dict) -> bytes:
    """An event's feature JSON before its report's position (made with position 0)."""
    written = orjson.dumps(feature)
    if not written.endswith(_POSITION_END):
        raise ValueError("an event feature must end with its report's position")
    return written[:-len(_POSITION_END) + len(b'"document":')]


class _computer:
    """Computes the views of a list of story ids, in this process or in a pool of processes."""

    def __init__(self, engine: Engine, workers: int) -> None:
        self.engine, self.workers = engine, workers
        self.pool = None

    def __enter__(self) -> Callable[[list[int]], list[tuple[int, bytes, bytes] | None]]:
        if self.workers > 1:
            url = self.engine.url.render_as_string(hide_password=False)
            self.pool = multiprocessing.get_context("fork").Pool(self.workers, _start_worker, (url,))
            return lambda ids: self.pool.map(_compute_in_worker, ids, chunksize=max(1, len(ids) // (4 * self.workers)))
        return lambda ids: list(_compute_all(self.engine, ids))

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()


def _compute_all(engine: Engine, ids: list[int]) -> Iterator[tuple[int, bytes, bytes] | None]:
    with engine.connect() as connection:
        for story_id in ids:
            yield _compute_one(connection, story_id)


def _compute_one(connection: Connection, story_id: int) -> tuple[int, bytes, bytes] | None:
    from claimledger.ledger.db import LedgerError

    try:
        return (story_id, *computed(connection, story_id))
    except LedgerError:  # no such story (any more)
        return None


_worker_engine: Engine | None = None


def _start_worker(url: str) -> None:
    global _worker_engine
    _worker_engine = db.create(url)


def _compute_in_worker(story_id: int) -> tuple[int, bytes, bytes] | None:
    assert _worker_engine is not None
    with _worker_engine.connect() as connection:
        return _compute_one(connection, story_id)
