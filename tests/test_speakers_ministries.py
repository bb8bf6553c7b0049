"""A ministry, or a spokesperson of a ministry, of a named state speaks for that state,
whichever state the report is mostly about (h84): "a spokeswoman for the ministry" after
"the Ministry of National Defence in Phnom Penh", "Its spokesman" after "Eritrea's Ministry
of Information" (the body speaking, not the force it spoke of)."""

from __future__ import annotations

from functools import lru_cache

import pytest
from figure_texts import nlp

from claimledger.analyze import analyze
from claimledger.model import Document


@lru_cache(maxsize=16)
def sides(text: str) -> dict[str, str | None]:
    record = analyze(Document(text=text), nlp())
    return {c["speaker"]["name"]: c["speaker"]["side"] for c in record["claims"]}


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        ("Thai troops shelled positions near the frontier on Sunday. Thailand's army said Thai soldiers "
         "were wounded. The Ministry of National Defence in Phnom Penh rejected the Thai account. "
         "\"Thai forces fired first,\" said Maly Socheata, a spokeswoman for the ministry. Thai officials "
         "said Thai villages were hit.", "Maly Socheata", "KH"),
        ("Ethiopian troops massed near the frontier, Ethiopian officials said. Ethiopia's army denied plans "
         "to attack. Eritrea's Ministry of Information said Ethiopian forces had crossed into Eritrean "
         "territory. Its spokesman said the claims of Addis Ababa were false.", "Its spokesman", "ER"),
        ("Turkish jets struck caves in the Qandil mountains, Turkey's defence ministry said. Turkish officials "
         "said 14 militants were neutralised. Officials in Baghdad said the strikes broke Iraqi law. The "
         "Ministry of Foreign Affairs in Baghdad summoned the Turkish envoy, and Ahmed Sahaf, a spokesman "
         "for the ministry, said two shepherds were killed.", "Ahmed Sahaf", "IQ"),
        ("US forces struck a boat in the Caribbean, the Pentagon said, killing six people. US officials "
         "said the vessel carried drugs. Venezuela's Ministry of Communication said the dead were "
         "fishermen. Its spokeswoman said Washington was lying about the cargo.", "Its spokeswoman", "VE"),
    ],
)
def test_a_ministrys_voice_speaks_for_its_state(text: str, speaker: str, side: str) -> None:
    assert sides(text)[speaker] == side


def test_capitals_of_more_states_name_their_governments() -> None:
    from claimledger.sides import side_of

    assert side_of("officials in Phnom Penh") == "KH"
    assert side_of("the government in Bishkek") == "KG"
    assert side_of("a diplomat in Phnom Penh") is None  # a visitor there speaks for no state
