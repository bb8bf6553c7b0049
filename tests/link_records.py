"""Small hand-made analysis records (spec/OUTPUT.md shape) for the link-stage tests."""

from __future__ import annotations

from collections.abc import Sequence


def place(pid: str, name: str, country: str | None, kind: str = "city") -> dict:
    return {"id": pid, "name": name, "kind": kind, "country": country, "lat": None, "lon": None,
            "geonames_id": None, "mentions": [[0, 1]]}


def claim(cid: str, speaker: str, text: str, *, side: str | None = None, kind: str = "organization",
          cue: str = "said", polarity: str = "affirmed", hedge: str = "asserted",
          figures: Sequence[str] = (), events: Sequence[str] = ()) -> dict:
    return {"id": cid, "speaker": {"name": speaker, "kind": kind, "title": None, "role": None,
                                   "organization": None, "side": side, "span": None},
            "cue": cue, "mode": "indirect", "hedge": hedge, "polarity": polarity, "text": text,
            "span": [0, 0], "sentence_span": [0, 0], "cue_span": None,
            "figures": list(figures), "events": list(events)}


def figure(fid: str, value: float, quantity: str = "killed", *, side: str | None = None, text: str | None = None,
           claim: str | None = None, low: float | None = None, high: float | None = None,
           approximate: bool = False, place: str | None = None, as_of: str | None = None) -> dict:
    return {"id": fid, "value": value, "low": low, "high": high, "approximate": approximate,
            "quantity": quantity, "unit": None, "subject": None, "side": side, "out_of": None,
            "fraction": None, "text": text if text is not None else f"{value:,}", "span": [0, 0],
            "claim": claim, "place": place, "as_of": as_of}


def event(eid: str, etype: str, *, actor: str | None = None, actor_side: str | None = None,
          place: str | None = None, certainty: str = "asserted", claims: Sequence[str] = (),
          text: str = "") -> dict:
    return {"id": eid, "type": etype, "actor": {"name": actor, "side": actor_side} if actor or actor_side else None,
            "target": None, "place": place, "when": None, "certainty": certainty,
            "claims": list(claims), "text": text, "span": [0, len(text)]}


def report(rid: str, *, published: str | None = None, outlet: str | None = None, text: str = "",
           claims: Sequence[dict] = (), figures: Sequence[dict] = (), events: Sequence[dict] = (),
           places: Sequence[dict] = (), title: str | None = None) -> dict:
    """A record; claims and events whose text occurs in ``text`` get their real spans."""
    for c in claims:
        at = text.find(c["text"]) if c["text"] else -1
        if at >= 0:
            c["span"] = [at, at + len(c["text"])]
            start = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
            end = text.find(". ", at + len(c["text"]))
            c["sentence_span"] = [start, end + 1 if end >= 0 else len(text)]
    for e in events:
        at = text.find(e["text"]) if e["text"] else -1
        if at >= 0:
            e["span"] = [at, at + len(e["text"])]
    return {"schema": "claimledger.analysis/1",
            "document": {"id": rid, "title": title, "text": text, "outlet": outlet, "url": None,
                         "published": published, "declared_origin": None, "language": "en"},
            "claims": list(claims), "figures": list(figures), "events": list(events), "places": list(places),
            "checks": []}


# A short Sudan story written for these tests: the UN's toll rises over four weeks, the
# RSF claims a toll of its own, a spokesman denies a withdrawal the RSF asserts, the army
# declines to comment, the RSF does not answer a request for comment; a relay rewords
# the first report a day later.
SUDAN_STORY = [
    {"outlet": "wire.example", "published": "2024-06-03", "title": "Fighting rages around El Fasher",
     "text": "Fighting between Sudan's army and the Rapid Support Forces around El Fasher killed about 120 people "
             "over the weekend, the United Nations humanitarian office said on Monday. "
             "The RSF said its fighters had killed 300 soldiers in the battle for the city. "
             "The Sudanese army declined to comment on its losses."},
    {"outlet": "relay.example", "published": "2024-06-04", "title": "Darfur battle kills 120, UN says",
     "text": "About 120 people were killed over the weekend in fighting around El Fasher between Sudan's army and "
             "the Rapid Support Forces, the United Nations humanitarian office said. "
             "The RSF said its fighters had killed 300 soldiers in the battle for the city."},
    {"outlet": "daily.example", "published": "2024-06-17", "title": "El Fasher toll climbs",
     "text": "The death toll from two weeks of fighting in El Fasher has risen to between 200 and 300 people, "
             "the United Nations humanitarian office said on Monday. "
             "Army spokesman Nabil Abdallah denied that troops had withdrawn from the city. "
             "The Rapid Support Forces said on Sunday that they had forced the army to withdraw from El Fasher."},
    {"outlet": "monitor.example", "published": "2024-07-01", "title": "Hundreds killed in Darfur city",
     "text": "At least 450 people have been killed in El Fasher since fighting began in May, "
             "the United Nations humanitarian office said. "
             "Local medics said dozens of civilians were killed in shelling on Saturday. "
             "The Rapid Support Forces did not respond to a request for comment."},
]

_ANALYSED: dict[int, list[dict]] = {}


def said_report(rid: str, published: str, text: str, said: list[tuple[str, str, list[tuple[str, float, str]]]],
                town: tuple[str, str], side: str | None = None) -> dict:
    """A report of ``text``; each (speaker, clause, figures) is one claim whose figures are
    (their words in the clause, value, quantity), placed at ``town``."""
    claims, figures = [], []
    for i, (speaker, clause, counts) in enumerate(said):
        ids = []
        for j, (words, value, quantity) in enumerate(counts):
            fid = f"f{i}{j}"
            f = figure(fid, value, quantity, text=words, claim=f"c{i}", place="p1")
            at = text.index(words, text.index(clause))
            f["span"] = [at, at + len(words)]
            figures.append(f)
            ids.append(fid)
        claims.append(claim(f"c{i}", speaker, clause, figures=ids, side=side))
    return report(rid, published=published, outlet=f"{rid}.example", text=text,
                  places=[place("p1", *town)], claims=claims, figures=figures)


def analysed_sudan_story(nlp) -> list[dict]:
    """The story's records, analysed once per test session (parsing is the slow part)."""
    if id(nlp) not in _ANALYSED:
        from claimledger.analyze import analyze_many
        from claimledger.model import Document

        _ANALYSED[id(nlp)] = list(analyze_many([Document(**d) for d in SUDAN_STORY], nlp))
    return _ANALYSED[id(nlp)]


def stored_story(store, records: Sequence[dict]):
    """A story of these records built by hand in a memory store, its terms counted as a join
    would count them: the story a test needs grown without running the clusterer."""
    from claimledger.link.report_features import story_features
    from claimledger.link.story_model import Story

    story = Story(id=store.new_story_id())
    for record in records:
        features = story_features(record)
        store.term_stats().add(features.all_terms())
        story.add(features)
    store.save(story)
    return story
