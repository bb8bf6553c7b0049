"""Figures: whose people or equipment a count counts, and the report's context the
figure stage reads sides through (the state a report is about, the states a sentence
names, the figures' view kept on the context).
"""

from __future__ import annotations

import pytest
from figure_texts import nlp, one

from claimledger.extract.context import context_of
from claimledger.extract.figures import find_figures


# ---------------------------------------------------------------- sides
@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("Ukraine said 300 Russian soldiers were killed near Vuhledar.", 300, "RU"),
        ("Moscow said 47 Ukrainian drones were shot down over Kursk.", 47, "UA"),
        ("The Israeli military said 2 soldiers were killed in southern Gaza.", 2, "IL"),
        ("Pyongyang has sent 12,000 troops to Russia, Seoul says.", 12000, "KP"),
        ("Russia had lost 9 tanks and 31 artillery systems over the past day.", 9, "RU"),
        ("The US launched 59 Tomahawk cruise missiles at the air base.", 59, "US"),
        ("More than 60 Syrian government soldiers were killed in the coalition strikes.", 60, "SY"),
        ("Ukraine's forces captured 42 Russian servicemen near Sudzha.", 42, "RU"),
        # non-state groups and civilians have no side
        ("Israeli strikes killed 20 civilians in Deir al-Balah.", 20, None),
        ("The Sudanese army said 45 RSF fighters were killed in Omdurman.", 45, None),
        ("Jihadists killed 64 people in northern Mali, including 15 soldiers.", 64, None),
        ("At least 346 Islamic State fighters were killed in the clashes.", 346, None),
        ("Burkina's army said 30 rebels were killed near Djibo.", 30, None),
    ],
)
def test_side(text: str, value: float, side: str | None) -> None:
    assert one(text, value).side == side


def test_government_forces_take_the_side_of_the_state_the_report_names() -> None:
    text = (
        "Syria's state news agency SANA said government forces repelled an assault in Syria's Hama "
        "province. The monitor said ISIS captured several army positions and killed nine troops. "
        "It said 27 pro-government fighters also died in Syria's worst attack this month."
    )
    assert one(text, 9).side == "SY"
    assert one(text, 27).side == "SY"


def test_bare_troops_without_any_state_in_the_report_stay_unknown() -> None:
    assert one("Nine troops were killed in the ambush, the spokesman said.", 9).side is None


def test_subject_is_the_counted_phrase() -> None:
    f = one("Officials said approximately 12,000 North Korean troops were deployed to Russia.", 12000)
    assert f.subject == "North Korean troops"
    assert f.text == "approximately 12,000 North Korean troops"


# ---------------------------------------------------------------- the report's context and the figures' view of it
def test_the_figure_view_is_made_once_per_report_and_read_afresh_each_run() -> None:
    text = (
        "The Sudanese army said 40 RSF fighters were killed near El Fasher on Tuesday. "
        "Twelve of its soldiers were wounded in the fighting, the army added."
    )
    doc = nlp()(text)  # a Doc of its own: the view is kept on this report's context
    first = find_figures(doc)[0]
    view = context_of(doc).figures_view
    assert view is not None and [m.value for m in view.ordered] == [f.value for f in first]
    assert find_figures(doc)[0] == first  # a second run does not see the first run's mentions
    assert context_of(doc).figures_view is view
    start = text.index("40")
    without = find_figures(doc, [(start, start + 2)])[0]
    assert [f.value for f in without] == [f.value for f in first if f.value != 40]
    assert [m.value for m in view.ordered] == [f.value for f in without]


def test_the_report_context_knows_its_state_and_the_states_a_sentence_names() -> None:
    text = (
        "Myanmar's junta said its troops retook Lashio. Myanmar's military added that "
        "the Myanmar army lost 14 soldiers. The Syrian Observatory and a London-based group had nothing to add. "
        "Thailand's army closed the border."
    )
    ctx = context_of(nlp()(text))
    assert ctx.home_state == "MM"
    named = [ctx.states_named(s) for s in ctx.sents]
    assert named[1] == {"MM"}
    assert named[2] == set()  # inside an organisation's name, or a base: not a state acting
    assert named[3] == {"TH"}


def test_the_report_context_counts_the_sides_it_names() -> None:
    text = "Sudan's army said Sudanese jets struck Nyala. Khartoum blamed the RSF. Chad closed its border."
    counts = context_of(nlp()(text)).side_counts
    assert counts.most_common() == [("SD", 3), ("TD", 1)]  # a capital stands for its government
