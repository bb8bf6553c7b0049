"""Stories' views stored by the link stage (migration 0012, link/stored_views.py), on both backends.

What is stored must be exactly what computing the story gives, and must never outlive its
inputs: a link run, a person's correction or any write touching a story's members, links
or analyses drops it (database triggers), and the API then computes the story as before
until the next link run stores it again. Reports are analysed by the ledger tests' fake
extractor and written for these tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import orjson
import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import delete, insert, select, text, update  # noqa: E402
from test_ledger_support import BACKENDS, FakeAnalyzer, linked_db  # noqa: E402

from claimledger.ledger import Ledger, schema  # noqa: E402
from claimledger.link import stored_views  # noqa: E402
from claimledger.link.detail import series_across, story_detail  # noqa: E402
from claimledger.model import Document  # noqa: E402
from claimledger.web import Settings, create_app  # noqa: E402

# (town, what happened): each wire report is picked up, nearly word for word, by a second outlet
EVENTS = [
    ("Goma", "Provincial officials said that 31 people were killed when shells hit a camp near Goma. "
             "Aid workers said that 4,000 families fled from Goma overnight."),
    ("Taiz", "Hospital staff said that 12 civilians were wounded near Taiz after a drone struck a market. "
             "The health office said that 3 clinics closed in Taiz."),
    ("Mandalay", "Residents said that 17 villagers were killed near Mandalay during an air raid on a school. "
                 "A relief group said that 900 people fled from Mandalay."),
    ("El Fasher", "Medics said that 45 people were killed near El Fasher when a shelter was shelled. "
                  "Camp leaders said that 2,500 families fled from El Fasher."),
]


def reports() -> list[Document]:
    out = []
    for n, (town, body) in enumerate(EVENTS):
        day = f"2025-03-{10 + n:02d}"
        out.append(Document(text=body, title=f"Attack near {town}", outlet="wire.example", published=day,
                            source=f"views-test:{n}"))
        copy = body.replace("said that", "reported that", 1)
        out.append(Document(text=copy, title=f"Deadly attack near {town}", outlet=f"paper{n}.example",
                            published=day, source=f"views-test:{n}-copy"))
    return out


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from linked_db(request.param, tmp_path_factory.mktemp("story-views"), reports())


def stories(ledger: Ledger) -> list[int]:
    with ledger.engine.connect() as connection:
        return list(connection.execute(select(schema.story_members.c.story_id).distinct()
                                       .order_by(schema.story_members.c.story_id)).scalars())


def stored(ledger: Ledger, story: int) -> bytes | None:
    with ledger.engine.connect() as connection:
        return stored_views.story_view(connection, story)


def computed(ledger: Ledger, story: int) -> bytes:
    with ledger.engine.connect() as connection:
        return orjson.dumps(story_detail(connection, story).as_dict(), option=stored_views.JSON_OPTIONS)


def test_a_link_run_stores_every_story_as_computing_it_gives(db_url: str) -> None:
    with Ledger(db_url) as ledger:
        found = stories(ledger)
        assert found
        for story in found:
            assert stored(ledger, story) == computed(ledger, story)
        assert stored_views.refresh(ledger.engine) == 0  # nothing left to store


def test_the_stories_listing_reads_the_stored_summaries_as_computing_gives(db_url: str) -> None:
    from claimledger.link.views import story_rows

    with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
        summaries = connection.execute(select(schema.story_views.c.summary)).scalars().all()
        assert summaries and all(summaries)
        assert story_rows(connection) == story_rows(connection, stored=False)
        with ledger.engine.begin() as writing:  # views stored before migration 0013 had none: filled by a refresh
            writing.execute(update(schema.story_views).values(summary=None))
        stored_views.refresh(ledger.engine)
        assert all(connection.execute(select(schema.story_views.c.summary)).scalars().all())
        assert story_rows(connection) == story_rows(connection, stored=False)


def test_the_api_serves_the_stored_view_and_a_story_series(db_url: str) -> None:
    with Ledger(db_url) as ledger:
        story = stories(ledger)[0]
        with ledger.engine.connect() as connection:
            quantities = set(connection.execute(select(schema.figures.c.quantity)).scalars())
            expected = {q: [s.as_dict() for s in series_across(connection, q, story=story)] for q in quantities}
        view = stored(ledger, story)
    assert quantities
    with TestClient(create_app(Settings(db=db_url, cache=False))) as client:
        assert client.get(f"/api/v1/stories/S{story}").content == view
        for quantity, series in expected.items():
            answer = client.get("/api/v1/series", params={"quantity": quantity, "story": f"S{story}"})
            assert answer.json() == orjson.loads(orjson.dumps(series)), quantity
        assert client.get(f"/stories/S{story}").status_code == 200


def test_any_write_touching_a_story_drops_its_view_and_the_api_computes_it(db_url: str) -> None:
    with Ledger(db_url) as ledger:
        first, second = stories(ledger)[:2]
        with ledger.engine.connect() as connection:
            members = list(connection.execute(select(schema.story_members.c.document_id)
                                              .where(schema.story_members.c.story_id == first)).scalars())
        with ledger.engine.begin() as connection:  # a hand-made link touching a member of the first story only
            connection.execute(insert(schema.links).values(
                document_id=members[0], origin_id=None, origin_outlet="Radio Okapi", origin_key="outlet:radio okapi",
                kind="credited", confidence=0.9, evidence="{}", decided_by="person", created_at="2026-01-01"))
        assert stored(ledger, first) is None
        assert stored(ledger, second) is not None  # other stories keep theirs
        with TestClient(create_app(Settings(db=db_url, cache=False))) as client:
            live = client.get(f"/api/v1/stories/S{first}").content
        assert orjson.loads(live)["documents"] == orjson.loads(computed(ledger, first))["documents"]
        assert live == computed(ledger, first)
        assert stored_views.refresh(ledger.engine) == 1
        assert stored(ledger, first) == computed(ledger, first)
        # a re-analysis (the newest analysis changes), a retitled story, a member moved: each drops the view
        writes = [
            update(schema.newest_analyses).where(schema.newest_analyses.c.document_id == members[0])
            .values(analysis_id=schema.newest_analyses.c.analysis_id),
            update(schema.stories).where(schema.stories.c.id == first).values(title="Shelling near Goma"),
            update(schema.story_members).where(schema.story_members.c.document_id == members[-1])
            .values(story_id=second),
        ]
        for write in writes:
            with ledger.engine.begin() as connection:
                connection.execute(write)
            assert stored(ledger, first) is None, str(write)
            stored_views.refresh(ledger.engine)
        assert stored(ledger, second) == computed(ledger, second)  # the moved member's new story too
        with ledger.engine.begin() as connection:
            connection.execute(delete(schema.story_members).where(schema.story_members.c.story_id == first))
        assert stored(ledger, first) is None


def test_a_persons_correction_stores_the_corrected_story(db_url: str) -> None:
    with Ledger(db_url) as ledger:
        with ledger.engine.connect() as connection:
            link = connection.execute(select(schema.links.c.document_id, schema.links.c.origin_id)
                                      .where(schema.links.c.origin_id.is_not(None))).first()
            story = connection.execute(select(schema.story_members.c.story_id)
                                       .where(schema.story_members.c.document_id == link.document_id)).scalar()
        before = stored(ledger, story)
        ledger.correct_link(link.document_id, link.origin_id, "none")
        after = stored(ledger, story)
        assert after is not None and after != before
        assert after == computed(ledger, story)
        merged = ledger.merge_stories([f"S{s}" for s in stories(ledger)[:2]])
        assert stored(ledger, merged) == computed(ledger, merged)


def test_a_view_computed_from_inputs_changed_meanwhile_is_not_stored(db_url: str) -> None:
    from claimledger.ledger import db

    with Ledger(db_url) as ledger:
        story = stories(ledger)[0]
        with ledger.engine.begin() as connection:
            connection.execute(delete(schema.story_views))
        claimed = db.write(ledger.engine, lambda c: stored_views._claim(c, "mine", 0, 100))
        assert story in claimed
        with ledger.engine.connect() as connection:
            views = [(story, *stored_views.computed(connection, story))]
        with ledger.engine.begin() as connection:  # a writer got in between: the claim is gone with it
            connection.execute(update(schema.stories).where(schema.stories.c.id == story).values(title="Retitled"))
        assert db.write(ledger.engine, lambda c: stored_views._fill(c, "mine", views)) == 0
        assert stored(ledger, story) is None
        stored_views.refresh(ledger.engine)
        assert orjson.loads(stored(ledger, story) or b"{}")["story"]["title"] == "Retitled"


def test_a_new_report_joining_a_story_is_in_its_stored_view(db_url: str) -> None:
    with Ledger(db_url) as ledger:
        town, body = EVENTS[0]
        late = Document(text=body.replace("said that", "told reporters that", 1), title=f"Camp shelled near {town}",
                        outlet="radio.example", published="2025-03-11", source="views-test:late")
        ledger.ingest([late], analyzer=FakeAnalyzer())
        ledger.link()
        with ledger.engine.connect() as connection:
            story = connection.execute(select(schema.story_members.c.story_id)
                                       .where(schema.story_members.c.document_id == late.id)).scalar()
            missing = connection.execute(text("SELECT count(*) FROM story_views WHERE view IS NULL")).scalar()
        view = stored(ledger, story)
        assert view is not None and late.id in view.decode()
        assert view == computed(ledger, story)
        assert missing == 0
