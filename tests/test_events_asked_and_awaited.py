"""Events asked about or waited for are not told as done: "declined to comment on whether
central forces would be deployed" (an indirect question), "would hold talks once rifles
had been surrendered" (a time clause of a future, which the parser may hang as an adverb).
The same words told as done stay events. Short sentences written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.model import Document


def types(nlp, text: str) -> list[str]:
    return [e["type"] for e in analyze(Document(text=text), nlp)["events"]]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("An interior ministry official declined to say whether paramilitary units would be deployed to the "
         "valley.", "deploy"),
        ("The navy declined to comment on whether marines would be sent to the archipelago.", "deploy"),
        ("Reporters asked whether the rebels had surrendered their weapons.", "surrender"),
    ],
)
def test_an_event_asked_about_is_no_event(nlp, sentence, kind):
    assert kind not in types(nlp, sentence)


def test_a_future_once_an_act_is_done_is_no_event(nlp):
    sentence = ("The provincial council said it had closed the market and would hold peace talks between the two "
                "villages once all rifles had been surrendered.")
    assert "surrender" not in types(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Two companies of the state police were deployed along the border on Friday.", "deploy"),
        ("Forty fighters surrendered their weapons to the army in Beni on Monday, the army said.", "surrender"),
    ],
)
def test_the_same_acts_told_as_done_stay_events(nlp, sentence, kind):
    assert kind in types(nlp, sentence)
