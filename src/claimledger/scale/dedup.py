"""Near-duplicates at scale: LSH band keys grouped by a Dask shuffle, candidates compared.

The workers already signed every report (MinHash over 5-word shingles, cut into LSH
band keys: :func:`claimledger.scale.work.bands_of`, the ledger link stage's own
functions) and wrote the ``bands`` table. Here:

1. the band table is merged with itself on the band key: a shuffle that brings the
   reports sharing a key to one partition, on whichever workers hold them, so no
   process ever holds the whole index;
2. each pair of reports (once, whatever number of keys they share) is joined with the
   two reports' records, by two more shuffles on the document id;
3. each pair goes through :func:`claimledger.link.derivatives.compare`, the rules the
   ledger links with, and what it finds is the ``links`` table (derivative → origin).

The ledger's own link stage also meets candidates through shared facts and resolves
credits to outlets outside the ledger; a run's links are the LSH-found part of that (the
copies and rewrites among reports sharing text), and ``claimledger link`` on a ledger
loaded from the run finds them again (a test checks it).
"""

from __future__ import annotations

import json
import time
from typing import Any

import fsspec
import pandas as pd

from claimledger.ledger import rows
from claimledger.link import derivatives, shingles
from claimledger.scale import tables

LINKS_DONE = "_links.json"


def links_current(out: str, partitions: list[str]) -> bool:
    """Whether the links table was made from exactly these partitions."""
    fs, root = fsspec.core.url_to_fs(out)
    try:
        with fs.open(f"{root}/{LINKS_DONE}", "rb") as stream:
            return json.loads(stream.read()).get("partitions") == partitions
    except (FileNotFoundError, ValueError):
        return False


def find_links(client: Any, out: str) -> dict[str, Any]:
    """Build ``<out>/links/`` from the committed partitions; a summary of what was done."""
    import dask.dataframe as dd

    partitions = tables.committed(out)
    if links_current(out, partitions):
        return {"skipped": True}
    started = time.monotonic()
    fs, root = fsspec.core.url_to_fs(out)
    band_files = [tables.table_path(out, "bands", p) for p in partitions]
    document_files = [tables.table_path(out, "documents", p) for p in partitions]
    bands = dd.read_parquet(band_files, columns=["document_id", "band"]).drop_duplicates()
    pairs = bands.merge(bands, on="band", suffixes=("_a", "_b"))
    pairs = pairs[pairs.document_id_a < pairs.document_id_b][["document_id_a", "document_id_b"]].drop_duplicates()
    documents = dd.read_parquet(document_files, columns=["id", "text", "record"]).drop_duplicates(subset=["id"])
    for side in ("a", "b"):
        named = documents.rename(columns={"id": f"document_id_{side}", "text": f"text_{side}",
                                          "record": f"record_{side}"})
        pairs = pairs.merge(named, on=f"document_id_{side}")
    meta = tables.table_schema("links").empty_table().to_pandas()
    links = pairs.map_partitions(compare_pairs, meta=meta)
    staging = f"{root}/.links-{time.time_ns()}"
    links.to_parquet(staging, write_index=False, schema=tables.table_schema("links"), compute=True)
    final = f"{root}/links"
    if fs.exists(final):
        fs.rm(final, recursive=True)
    fs.mv(staging, final, recursive=True)
    found = dd.read_parquet(final).shape[0].compute()
    summary = {"partitions": partitions, "links": int(found), "seconds": round(time.monotonic() - started, 3)}
    tables.write_atomically(fs, f"{root}/{LINKS_DONE}", json.dumps(summary).encode("utf-8"))
    return {**summary, "skipped": False}


def compare_pairs(pairs: pd.DataFrame) -> pd.DataFrame:
    """The links among one partition of candidate pairs (with their records and texts)."""
    found: list[dict[str, Any]] = []
    for pair in pairs.itertuples(index=False):
        a = rows.full_record(pair.record_a, pair.text_a)
        b = rows.full_record(pair.record_b, pair.text_b)
        try:
            link = derivatives.compare(a, b, shingles_a=shingles.word_shingles(pair.text_a),
                                       shingles_b=shingles.word_shingles(pair.text_b))
        except ValueError:
            continue  # a record without a document id: not a report, nothing to link
        if link is not None:
            found.append({"document_id": link.document, "origin_id": link.origin,
                          "origin_outlet": link.origin_outlet, "kind": link.kind,
                          "confidence": float(link.confidence),
                          "evidence": json.dumps(link.evidence, ensure_ascii=False, sort_keys=True, default=str)})
    return tables.to_table("links", found).to_pandas()
