"""The Ledger: the library's one object, with the verbs the CLI and web view share.

    with Ledger("claimledger.db") as ledger:            # or "postgresql://…"
        report = ledger.ingest_paths(["reports/"])
        for row in ledger.claims(speaker="zelensky", since="2025-01-01"):
            ...

Opening a ledger creates it, or brings its schema up to date, as needed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from claimledger.ledger import db, export, ingest, migrate, queries, reanalyze, rows, schema, search
from claimledger.ledger.analysis import Analyzer
from claimledger.ledger.db import LedgerError
from claimledger.ledger.queries import Filters, Row

COUNTED = ("documents", "sightings", "analyses", "claims", "figures", "events", "places")


class Ledger:
    """A store of reports and their analyses, on SQLite or PostgreSQL."""

    def __init__(self, db_url: str | os.PathLike[str] | None = None) -> None:
        self.url = db.resolve_url(db_url)
        self.engine = db.create(self.url)
        try:
            # two processes opening a new ledger at once meet in its creation: switching
            # a fresh SQLite file to WAL or creating the tables may find it locked for a
            # moment, which a retry outlasts
            db.retry_transient(lambda: migrate.upgrade(self.engine), url=self.engine.url)
        except LedgerError:
            self.engine.dispose()
            raise
        except DBAPIError as exc:
            # "file is not a database" (--db naming a text file), a refused connection...
            self.engine.dispose()
            raise LedgerError(f"cannot open the ledger at {self.display_url}: {db.first_line(exc, 200)}") from None
        except OSError as exc:
            self.engine.dispose()
            raise LedgerError(f"cannot open the ledger at {self.display_url}: {exc.strerror or exc}") from None

    @property
    def display_url(self) -> str:
        """The URL without its password, for messages."""
        return self.engine.url.render_as_string(hide_password=True)

    def own_files(self) -> list[str]:
        """The files of a SQLite ledger (with its journals): never inputs, never export targets."""
        if not db.is_sqlite(self.engine) or not self.engine.url.database:
            return []
        path = self.engine.url.database
        return [path] + [path + suffix for suffix in db.SQLITE_COMPANIONS]

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def ingest(self, items: Iterable[Any], *, analyzer: Analyzer | None = None, jobs: int = 1,
               progress: ingest.Progress | None = None) -> ingest.IngestReport:
        """Store documents with their analyses. ``items`` are Documents, InputErrors,
        or (file, Document | InputError) pairs, as :func:`claimledger.read.read_sources`
        yields them."""
        return ingest.ingest(self.engine, items, analyzer=analyzer, jobs=jobs, progress=progress)

    def ingest_paths(self, paths: Iterable[str | Path], *, fields: Mapping[str, str] | None = None,
                     analyzer: Analyzer | None = None, jobs: int = 1,
                     progress: ingest.Progress | None = None) -> ingest.IngestReport:
        """Read files and folders (every format :mod:`claimledger.read` knows) and ingest them."""
        from claimledger.read import read_sources

        return self.ingest(read_sources(paths, fields=fields, exclude=self.own_files()), analyzer=analyzer,
                           jobs=jobs, progress=progress)

    def reanalyze(self, *, analyzer: Analyzer | None = None, jobs: int = 1, force: bool = False,
                  only: list[str] | None = None,
                  progress: Any = None) -> reanalyze.ReanalyzeReport:
        """Add a new analysis version to stored documents; nothing is overwritten."""
        if only is not None:
            only = [self.resolve_id(value) for value in only]
        return reanalyze.reanalyze(self.engine, analyzer=analyzer, jobs=jobs, force=force, only=only,
                                   progress=progress)

    # ------------------------------------------------------------------ reading

    def rows(self, view: str, filters: Filters | None = None, limit: int | None = None) -> Iterator[Row]:
        """Stream the rows of a view (documents, claims, figures, events, places, sightings)."""
        with self.engine.connect() as connection:
            yield from queries.stream(connection, view, filters or Filters(), limit)

    def claims(self, *, limit: int | None = None, **filters: Any) -> list[Row]:
        """Attributed claims; filters: speaker, side, since, until, document, contains."""
        return list(self.rows("claims", Filters(**filters), limit))

    def figures(self, *, limit: int | None = None, **filters: Any) -> list[Row]:
        """Figures with who says them; filters: quantity, side, speaker, place, since, until."""
        return list(self.rows("figures", Filters(**filters), limit))

    def events(self, *, limit: int | None = None, **filters: Any) -> list[Row]:
        """Events with where and who says so; filters: type, place, side, since, until."""
        return list(self.rows("events", Filters(**filters), limit))

    def places(self, *, limit: int | None = None, **filters: Any) -> list[Row]:
        return list(self.rows("places", Filters(**filters), limit))

    def documents(self, *, limit: int | None = None, **filters: Any) -> list[Row]:
        return list(self.rows("documents", Filters(**filters), limit))

    def sightings(self, *, limit: int | None = None, **filters: Any) -> list[Row]:
        return list(self.rows("sightings", Filters(**filters), limit))

    def search(self, query: str, limit: int = 20) -> list[search.Hit]:
        """Reports containing every word of ``query`` (stemmed), best match first."""
        with self.engine.connect() as connection:
            return search.search(connection, query, limit)

    def resolve_id(self, value: str) -> str:
        """The full id of the one document whose id is or starts with ``value``."""
        if len(value) > len("sha256:") + 64:
            raise LedgerError(f"no document {value[:20] + '…'!r} in the ledger (ids are 64 hex digits)")
        with self.engine.connect() as connection:
            found = connection.execute(
                select(schema.documents.c.id).where(queries.document_id_match(value)).limit(2)
            ).scalars().all()
        if not found:
            raise LedgerError(f"no document {value!r} in the ledger")
        if len(found) > 1:
            raise LedgerError(f"{value!r} is the start of several document ids: give more of it")
        return found[0]

    def record(self, document_id: str, version: int | None = None) -> dict:
        """The analysis record of a document as the extractor made it (newest version by
        default), with the ledger's own facts under "ledger": versions and sightings."""
        full_id = self.resolve_id(document_id)
        a, d = schema.analyses, schema.documents
        with self.engine.connect() as connection:
            versions = connection.execute(
                select(a.c.version, a.c.extractor_version, a.c.model, a.c.created_at)
                .where(a.c.document_id == full_id).order_by(a.c.version)
            ).mappings().all()
            chosen = version or versions[-1]["version"]
            found = connection.execute(
                select(a.c.record, d.c.text).join(d, d.c.id == a.c.document_id)
                .where(a.c.document_id == full_id, a.c.version == chosen)
            ).first()
        if found is None:
            raise LedgerError(f"document {full_id} has no analysis version {chosen}")
        record = rows.full_record(found.record, found.text)
        record["ledger"] = {"version": chosen, "versions": [dict(v) for v in versions],
                            "sightings": self.sightings(document=full_id)}
        return record

    def counts(self) -> dict[str, int]:
        """How many rows each table holds (all analysis versions)."""
        with self.engine.connect() as connection:
            return {name: connection.execute(select(func.count()).select_from(schema.metadata.tables[name]))
                    .scalar_one() for name in COUNTED}

    def export(self, view: str, fmt: str, out: str | Path | IO[bytes], filters: Filters | None = None,
               overwrite: bool = False) -> int:
        """Write a view to a file or binary stream (jsonl, csv, parquet, geojson); returns
        the row count. An existing file is replaced only with ``overwrite``, and the
        ledger's own files never."""
        if isinstance(out, str | Path):
            out = Path(out)
            export.check_target(out, self.own_files(), overwrite)
        with self.engine.connect() as connection:
            return export.export(connection, view, fmt, out, filters or Filters())

    # ------------------------------------------------------------------ across reports

    def link(self, *, rebuild: bool = False, progress: Any = None) -> Any:
        """Link the reports not linked yet (all of them again with ``rebuild``): derivative
        links and stories. A person's corrections are kept and win."""
        from claimledger.link import run

        return (run.link_all if rebuild else run.link_pending)(self.engine, progress)

    def correct_link(self, document: str, origin: str, kind: str) -> tuple[str, str]:
        """Record a person's word on two reports: ``document`` derives from ``origin`` as
        ``kind``, or not at all (``none``). Returns the two full ids."""
        from claimledger.link.corrections import correct_link

        derivative, source = self.resolve_id(document), self.resolve_id(origin)
        db.write(self.engine, lambda c: correct_link(c, derivative, source, kind))
        self._store_views()
        return derivative, source

    def merge_stories(self, stories: list[str]) -> int:
        from claimledger.link.corrections import merge_stories
        from claimledger.link.views import resolve_story

        ids = [resolve_story(s) for s in stories]
        merged = db.write(self.engine, lambda c: merge_stories(c, ids))
        self._store_views()
        return merged

    def split_story(self, story: str, documents: list[str]) -> int:
        from claimledger.link.corrections import split_story
        from claimledger.link.views import resolve_story

        story_id = resolve_story(story)
        ids = [self.resolve_id(d) for d in documents]
        split = db.write(self.engine, lambda c: split_story(c, story_id, ids))
        self._store_views()
        return split

    def _store_views(self) -> None:
        """The stories a correction changed lost their stored views (migration 0012's triggers): computed again."""
        from claimledger.link import stored_views

        stored_views.refresh(self.engine)

    def link_documents(self, *, limit: int | None = None, story: str | None = None) -> list[dict]:
        """Reports with their closest origin, their copies and their story, newest first."""
        from claimledger.link.views import document_rows, resolve_story

        with self.engine.connect() as connection:
            return document_rows(connection, limit=limit, story=resolve_story(story) if story else None)

    def links(self, *, document: str | None = None, kind: str | None = None,
              limit: int | None = None) -> list[dict]:
        """Derivative → origin links with their kind, confidence and evidence."""
        from claimledger.link.views import link_rows

        full = self.resolve_id(document) if document else None
        with self.engine.connect() as connection:
            return link_rows(connection, document=full, kind=kind, limit=limit)

    def stories(self, *, limit: int | None = None) -> list[dict]:
        """Stories, newest first, with their reports, independent origins and sides."""
        from claimledger.link.views import story_rows

        with self.engine.connect() as connection:
            return story_rows(connection, limit=limit)

    def story(self, story: str) -> Any:
        """A story in full: its reports and origins tree, claims over time, figure series
        reconciled (low / best / high by side), contradictions and silences."""
        from claimledger.link.detail import story_detail
        from claimledger.link.views import resolve_story

        story_id = resolve_story(story)
        with self.engine.connect() as connection:
            return story_detail(connection, story_id)

    def series(self, quantity: str, *, side: str | None = None, place: str | None = None,
               story: str | None = None, since: str | None = None, until: str | None = None) -> list[Any]:
        """Figure series of one quantity across the ledger (or a story), reconciled."""
        from claimledger.link.detail import series_across
        from claimledger.link.views import resolve_story

        story_id = resolve_story(story) if story else None
        with self.engine.connect() as connection:
            return series_across(connection, quantity, side=side, place=place, story=story_id,
                                 since=since, until=until)

    def contradictions(self, *, story: str | None = None, limit: int | None = None) -> list[Any]:
        """(story row, contradiction) pairs, newest stories first."""
        from claimledger.link.detail import contradictions_across
        from claimledger.link.views import resolve_story

        story_id = resolve_story(story) if story else None
        with self.engine.connect() as connection:
            return contradictions_across(connection, story=story_id, limit=limit)
