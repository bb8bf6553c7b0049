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


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # an unnamed "ministry spokeswoman" after a named state's ministry
        ("Armenian troops fired on Azerbaijani posts near Lachin, Azerbaijani officials said. Armenia's "
         "defence ministry said Azerbaijani troops had fired first on Sotk. A ministry spokeswoman said two "
         "soldiers were wounded.", "ministry spokeswoman", "AM"),
        # "Army spokesman" after the state's armed forces named in full
        ("The Chadian Armed Forces denied any role in the raid. Army spokesman General Azem Bermandoa said "
         "no troops had crossed the river.", "Azem Bermandoa", "TD"),
        # a minister after the government that spoke
        ("The Azerbaijani government accused Armenian forces of shelling Lachin, and Armenian officials "
         "denied it. Foreign Minister Elnur Rustamov said the shelling had killed a shepherd.",
         "Elnur Rustamov", "AZ"),
        # a spokesperson at the briefing of a body named before
        ("Russia's defence ministry said its forces had taken the village. Speaking at the ministry's daily "
         "briefing, spokesman Igor Volkov said 40 Ukrainian soldiers were killed.", "Igor Volkov", "RU"),
        # a state office without its state, in a report about one state's war
        ("Pakistani security forces killed 12 militants in North Waziristan on Sunday, the Interior Ministry "
         "said. Pakistani officials said the raid followed an attack on a Pakistani army convoy.",
         "Interior Ministry", "PK"),
        # a dateline's capital left in the text
        ("NAIROBI - Kenyan and Somali officials met on Monday to discuss the border. The foreign ministry "
         "said talks would resume next week.", "foreign ministry", "KE"),
        # an appointee speaks for whoever appointed it
        ("The interim council, which is appointed by Moscow, said three civilians were hurt in the shelling.",
         "interim council", "RU"),
    ],
)
def test_whom_an_office_speaks_for(text: str, speaker: str, side: str) -> None:
    found = sides(text)
    assert found.get(speaker) == side, found


def test_a_title_with_a_person_in_apposition_is_that_person() -> None:
    text = ("Sudanese troops shelled the camp, residents said. Sudan's Information Minister, Khalid Ali, gave a "
            "different account. He said the army had fired only at rebel positions.")
    found = sides(text)
    assert found.get("Khalid Ali") == "SD", found


def test_a_given_name_alone_is_the_person_named_before() -> None:
    text = ("Ethiopian army spokesman Colonel Getnet Adane said Eritrean units had crossed the border. "
            "Getnet said four soldiers were killed.")
    record = analyze(Document(text=text), nlp())
    speakers = [c["speaker"] for c in record["claims"]]
    assert [s["name"] for s in speakers] == ["Getnet Adane", "Getnet Adane"], speakers
    assert {s["side"] for s in speakers} == {"ET"}


def test_a_state_force_s_full_name_outweighs_a_rebel_name_inside_it() -> None:
    from claimledger.sides import side_of

    assert side_of("the South Sudan People's Defence Forces") == "SS"
    assert side_of("People's Defence Forces fighters") is None  # Myanmar's resistance: no state


def test_an_office_rejecting_the_home_state_s_word_is_not_its_own() -> None:
    text = ("The Ministry of National Defence on Friday rejected Georgian claims that Georgian troops had retaken "
            "the pass, saying its forces still hold it. Georgian officials said Georgian soldiers were wounded "
            "and Georgian troops held the heights.")
    assert sides(text).get("Ministry of National Defence") != "GE"
