"""Speed-ups that must change no answer (issue 8):

- ``context.release``: once a record is made, the report's readings (its context, views, Tokens)
  are freed as soon as they are dropped, not left in a reference cycle with the Doc for the
  collector's oldest generation to walk; ``analyze_many`` releases every report it reads.
- ``events_where._first_prose`` is kept on the report's context, not in a cache that held the last
  reports' contexts (and their Docs) alive.
"""

from __future__ import annotations

import gc
import weakref

from claimledger.analyze import analyze_many
from claimledger.extract.context import ReportContext, context_of, release
from claimledger.extract.events_where import _first_prose
from claimledger.extract.record import build_record
from claimledger.model import Document

REPORT = ("Rebels shelled the town of Kadugli on Monday, killing 12 civilians, the army said.\n\n"
          "\"We will answer this attack,\" a military spokesman told reporters in Khartoum. The monitor "
          "said 40 fighters had died in the clashes near the airport since Friday.")


def test_a_released_report_is_freed_without_the_collector(nlp) -> None:
    doc = nlp(REPORT)
    record = build_record(doc, Document(text=REPORT, title="Clashes in Kadugli"), "test")
    assert record["claims"] and record["events"]  # the stages ran and filled the context
    ctx = weakref.ref(context_of(doc))
    was_on = gc.isenabled()
    gc.disable()
    try:
        release(doc)
        assert doc.user_data == {}
        assert ctx() is None  # freed by its reference count: no cycle was left to collect
    finally:
        if was_on:
            gc.enable()


def test_analyze_many_leaves_no_report_context_alive(nlp) -> None:
    texts = [REPORT, REPORT.replace("Kadugli", "Kauda"), "Troops shelled Kharkiv, the ministry said."]
    # the tables loaded first (the gazetteer freezes what exists then out of the collector's view)
    list(analyze_many([Document(text=texts[2])], nlp))
    gc.collect()
    # a test before this one may keep a parsed doc, and with it that doc's context: only
    # contexts this call made count
    before = {id(o) for o in gc.get_objects() if isinstance(o, ReportContext)}
    was_on = gc.isenabled()
    gc.disable()
    try:
        records = list(analyze_many([Document(text=t) for t in texts], nlp))
        alive = [o for o in gc.get_objects() if isinstance(o, ReportContext) and id(o) not in before]
    finally:
        if was_on:
            gc.enable()
    assert len(records) == 3 and records[0]["claims"]
    assert alive == []


def test_release_gives_the_same_record_as_before(nlp) -> None:
    kept = build_record(nlp(REPORT), Document(text=REPORT), "test")
    records = list(analyze_many([Document(text=REPORT)], nlp))
    records[0]["extractor"] = kept["extractor"] = None
    assert records[0] == kept


def test_first_prose_is_read_once_per_report_and_kept_on_it(nlp) -> None:
    doc = nlp(REPORT)
    ctx = context_of(doc)
    first = _first_prose(ctx)
    assert first is not None and ctx.text[first[0]:first[1]].startswith("Rebels shelled")
    assert _first_prose(ctx) is first  # the kept answer
    ref = weakref.ref(ctx)
    del ctx, doc
    gc.collect()
    assert ref() is None  # nothing outside the report holds its context
