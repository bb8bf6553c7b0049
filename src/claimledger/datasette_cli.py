"""Datasette over the ledger: the metadata that names and explains its tables and views.

``datasette claimledger.db`` works as it is (the views of migration 0003, full-text
search on ``documents``); ``claimledger datasette-metadata -o metadata.json`` writes
descriptions of every table and view and column, search on the views (a view's rows
whose report matches the words), facets, and hides the link stage's internal indexes:

    claimledger datasette-metadata --db claimledger.db -o metadata.json
    datasette claimledger.db -m metadata.json

Datasette keys its metadata by the database's name, the file's stem, which is why
the command takes the ledger's path. The format is Datasette 0.65's ``metadata.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from claimledger.ledger_cli import DbOption, fail

DEFAULT_DB = "claimledger.db"

# Columns that mean the same in every view, described once.
REPORT_COLUMNS = {
    "report_pk": "The report's row in documents (what full-text search matches on).",
    "document_id": "The report: sha256 of its normalised text.",
    "published": "The report's publication date (ISO).",
    "outlet": "The outlet that published the report.",
    "report_title": "The report's headline.",
    "analysis_version": "Which analysis of the report this is (the newest: views read no other).",
}
SIDE = "ISO 3166-1 code of the party ({}); empty when the text does not say."

VIEWS: dict[str, dict[str, Any]] = {
    "reports": {
        "description": "Every stored report with its newest analysis: how many claims, figures, events and "
                       "places were found in it, and how many copies of it were seen.",
        "label_column": "title", "sort_desc": "published", "facets": ["outlet"],
        "columns": {"claims": "Claims in its newest analysis.", "copies_seen": "Copies (URLs, files) seen.",
                    "text": "The report's text, as analysed."},
    },
    "claims_with_reports": {
        "description": "Who claims what: every attributed claim of the newest analyses, with its speaker and "
                       "the report it is in.",
        "sort_desc": "published", "facets": ["speaker_side", "hedge", "polarity"],
        "columns": {"speaker": "Who says it.", "speaker_side": SIDE.format("the speaker speaks for"),
                    "cue": "The reporting verb or phrase (said, according to, claimed).",
                    "mode": "direct (quoted) or indirect.",
                    "hedge": "asserted, probable, possible or estimate.",
                    "polarity": "affirmed, or denied.", "claim_text": "What is claimed.",
                    "figures": "Figures stated in this claim."},
    },
    "figures_with_sources": {
        "description": "Every figure (killed, wounded, displaced, deployed…) with who said it, where, and the "
                       "report it is in.",
        "sort_desc": "published", "facets": ["quantity", "counted_side", "said_by_side"],
        "columns": {"quantity": "What is counted: killed, wounded, casualties, displaced, …",
                    "value": "The best value; for a range, low and high hold its ends.",
                    "approximate": "Said as about, around, some, nearly.",
                    "out_of": "The whole it is part of (\"4,000 of the 12,000\").",
                    "counted_side": SIDE.format("whose people or equipment are counted"),
                    "said_by": "The speaker of the claim the figure is said in; empty: the report's own voice.",
                    "said_by_side": SIDE.format("the speaker speaks for"),
                    "place": "The place the figure is bound to."},
    },
    "events_with_places": {
        "description": "Events (attacks, withdrawals, captures, agreements…) with actor, target, place and "
                       "date, and how many claims say they happened.",
        "sort_desc": "published", "facets": ["type", "actor_side", "certainty"],
        "columns": {"actor_side": SIDE.format("of the actor"), "target_side": SIDE.format("of the target"),
                    "when_start": "Resolved start date, when the text and the publication date allow.",
                    "certainty": "asserted, claimed, denied, …"},
    },
    "places_with_reports": {
        "description": "Places named in each report, resolved to coordinates where the gazetteer knows them.",
        "sort_desc": "published", "facets": ["country", "kind"],
        "columns": {"mentions": "How many times the report names it."},
    },
    "story_reports": {
        "description": "Stories (reports of one happening, grouped by the link stage) with their reports.",
        "sort_desc": "story_last", "facets": ["story"],
        "columns": {"story": "The story's name in the CLI (claimledger story S12).",
                    "score": "How strongly the report belongs to the story.",
                    "decided_by": "link (the link stage) or person (a correction)."},
    },
    "links_readable": {
        "description": "Which report derives from which: credited, copied or rewritten, with both ends.",
        "sort_desc": "confidence", "facets": ["kind", "decided_by"],
        "columns": {"kind": "credited, copy or rewrite.", "origin_outlet": "The origin's outlet, or the outlet "
                    "credited when the origin is not in the ledger.", "evidence": "Why (JSON)."},
    },
    "latest_analyses": {
        "description": "The newest analysis of each report (the views read only these).",
    },
}

TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "description": "Stored reports, once per distinct text (search: every word must match).",
        "label_column": "title", "sort_desc": "published", "facets": ["outlet"],
    },
    "sightings": {"description": "Every copy of a report seen: another URL, file or feed."},
    "analyses": {"description": "Every analysis of a report, as a JSON record (a new version is a new row)."},
    "claims": {"description": "Claims of every analysis (see claims_with_reports for the newest, readable)."},
    "figures": {"description": "Figures of every analysis (see figures_with_sources)."},
    "events": {"description": "Events of every analysis (see events_with_places)."},
    "places": {"description": "Places of every analysis (see places_with_reports)."},
    "event_claims": {"description": "Which claims say an event happened."},
    "stories": {"description": "Stories the link stage grouped (see story_reports)."},
    "story_members": {"description": "Which report is in which story."},
    "links": {"description": "Derivative links between reports (see links_readable)."},
    "link_overrides": {"description": "A person's corrections of links; they survive re-linking."},
    "story_pins": {"description": "A person's story corrections (merges and splits)."},
    "reanalysis_passes": {"description": "Forced re-analysis runs, kept so that a killed one resumes."},
}
# The link stage's own indexes and Alembic's bookkeeping: nothing to read there.
HIDDEN = ("lsh_keys", "fact_keys", "story_keys", "term_stats", "link_state", "alembic_version")


def database_name(path: str) -> str:
    """Datasette's name for a database file: its stem ("ledgers/sudan.db" -> "sudan")."""
    return Path(path).stem


def metadata(name: str = database_name(DEFAULT_DB)) -> dict[str, Any]:
    """Datasette metadata for the ledger database called ``name``."""
    tables: dict[str, Any] = {}
    for table, config in TABLES.items():
        tables[table] = dict(config)
    tables["documents"].update(fts_table="documents_fts", fts_pk="pk")
    for view, config in VIEWS.items():
        entry = dict(config)
        entry["columns"] = {**REPORT_COLUMNS, **config.get("columns", {})}
        if view not in ("latest_analyses", "story_reports"):
            # Search on a view keeps the rows whose report matches the words.
            entry.update(fts_table="documents_fts", fts_pk="report_pk")
        tables[view] = entry
    for table in HIDDEN:
        tables[table] = {"hidden": True}
    return {
        "title": "claimledger",
        "description": "A sourced ledger of who claims what in conflict news: start with claims_with_reports, "
                       "figures_with_sources and events_with_places; search finds reports by their words.",
        "databases": {name: {"tables": tables}},
    }


def datasette_metadata_command(
    db: DbOption = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file.")] = False,
) -> None:
    """Datasette metadata for the ledger: datasette claimledger.db -m metadata.json."""
    path = (db or DEFAULT_DB).removeprefix("sqlite:///")
    if "://" in path:
        raise fail("Datasette reads SQLite files: give --db the ledger's .db file, not a URL")
    text = json.dumps(metadata(database_name(path)), indent=2, ensure_ascii=False) + "\n"
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        return
    if output.exists() and not force:
        raise fail(f"{output} exists; --force to overwrite it")
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror or exc}") from None


COMMANDS = {"datasette-metadata": datasette_metadata_command}


def register(app: typer.Typer) -> None:
    for name, function in COMMANDS.items():
        app.command(name)(function)
