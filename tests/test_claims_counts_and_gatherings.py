"""Two parser slips around a cue that lose what was said:

* "said about 3,100 of those counted are under five": the approximate subject is read as the
  cue's "about" phrase, leaving the clause without a subject; the content opens on the count;
* "…, the minister told the morning news conference": a gathering one tells things to is an
  addressee like "reporters", not the cue's own object, so the clause before it is what was said.
Short sentences written for these tests, across wars and outlet styles."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def claims(nlp, text: str) -> list[dict]:
    return analyze(Document(text=text), nlp)["claims"]


@pytest.mark.parametrize(
    ("sentence", "opens"),
    [
        ("The agency said about 3,100 of those counted are under five.", "about 3,100 of those counted"),
        ("The agency said around 300 of those treated were women and that dozens were still missing.",
         "around 300 of those treated"),
    ],
)
def test_an_approximate_subject_opens_the_content(nlp, sentence, opens):
    found = claims(nlp, sentence)
    assert found and found[0]["text"].startswith(opens), found


@pytest.mark.parametrize(
    ("sentence", "speaker", "opens"),
    [
        ("Two more companies will reinforce the garrison at Kidal, army chief Moussa Diarra told the weekly "
         'press conference, pledging to "secure every convoy".', "Moussa Diarra", "Two more companies will"),
        ("The new battalions will join about 1,200 soldiers already stationed along the Liptako border, Defence "
         "Minister Amadou Sanogo Keita told the prime minister's weekly press conference, vowing to \"reopen every "
         'market road" before the rains.', "Amadou Sanogo Keita", "The new battalions will join"),
        ("The army has retaken two villages near the river, the defence minister told parliament on Tuesday.",
         "defence minister", "The army has retaken two villages"),
        ("Food stocks in the camp will run out within a week, the governor told a briefing in Maiduguri.",
         "governor", "Food stocks in the camp"),
    ],
)
def test_what_is_told_to_a_gathering_is_the_clause_before(nlp, sentence, speaker, opens):
    found = [c for c in claims(nlp, sentence) if c["cue"] == "told"]
    assert found and found[0]["speaker"]["name"] == speaker and found[0]["text"].startswith(opens), found
