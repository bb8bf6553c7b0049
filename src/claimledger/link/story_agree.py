"""Stories that agree in their particulars merge whole: the halves of one happening told twice.

A happening can fall into two stories of several reports each: the first outlets' reports opened one,
a second wave (other outlets, other voices, a later angle) opened another before the two looked
alike, and neither a single report nor the small-story passes ever bridge them. Scored as wholes
(``story_similarity``) such halves look no more alike than two sibling happenings of one kind (two
quakes on one island, two arrests of one player): both share every topic word.

What tells them apart is the particulars each side puts first. Two halves of one happening give
their main names (by weight and IDF: the person, the town, the ship) a like share of their words,
and their leads write the same tolls, magnitudes and years. Two sibling happenings each put names
first that the other mentions only in passing (the earlier quake recalled in the later one's body)
and lead with numbers the other never writes, and tells other weekdays, months or years. So two stories
of ``agree_min`` reports or more merge when they score ``agree_floor`` as wholes, at most ``agree_names``
of the main names half of either side's members put first lag on the other side (``lagging_names``; a
name spelt out on one side and given as initials on the other is one name), at most ``agree_lead`` of
the lead numbers either side's members mostly write are missing from the other's leads
(``lagging_lead``), and at most ``agree_times`` of either side's main times lag on the other
(``lagging_times``). On ECB+ the numbers and the times tell siblings apart; the names less.

It runs after each join, on the joined story and the report's other candidate stories (at most
``agree_checks`` of them, those the report scored highest with): the cost per report is bounded by
the candidates, not the ledger.
"""

from __future__ import annotations

from claimledger.link.story_match import story_similarity
from claimledger.link.story_model import Story, StoryParams, StoryStore
from claimledger.link.terms import Idf, top

MAIN_NAMES = 8  # a story's main names, by share of its names' weight times IDF
CONSENSUS = 0.5  # ... among the names half its members (two at least) put first
MAIN_TIMES = 3  # a story's main times: its three weekdays, months or years of the largest share
LAG = 0.25  # a main name lags on the other side when its share there is under a quarter of its own
LEAD_SHARE = 0.3  # a story's lead number: written in the leads of this share of its members or more
LEAD_RARE = 0.1  # ... missing from the other side when under this share of its members' leads write it


def _shares(vector: dict[str, float]) -> dict[str, float]:
    total = sum(vector.values()) or 1.0
    return {k: v / total for k, v in vector.items()}


def _lagging(a: dict[str, float], b: dict[str, float], main: int, weight: Idf | None) -> float:
    """The larger, over both sides, of the share of one side's ``main`` heaviest terms (by share of its
    weight, times ``weight`` when given) whose share of the other side is under ``LAG`` of their own."""
    worst = 0.0
    for one, other in ((a, b), (b, a)):
        mine, theirs = _shares(one), _shares(other)
        heaviest = top({t: w * (weight(t) if weight else 1.0) for t, w in mine.items()}, main)
        if heaviest:
            worst = max(worst, sum(1 for t in heaviest if theirs.get(t, 0.0) < LAG * mine[t]) / len(heaviest))
    return worst


def consensus_names(story: Story) -> dict[str, float]:
    """The story's names that ``CONSENSUS`` of its members (two at least) put among their main names
    (its index keys "n:..."): the person, town or ship every outlet names, not the one outlet's witness."""
    need = max(2.0, CONSENSUS * story.size)
    return {n: w for n, w in story.names.items() if story.keys.get("n:" + n, 0) >= need}


def lagging_names(a: Story, b: Story, stats: Idf) -> float:
    """Of each story's consensus names (``consensus_names``), the ``MAIN_NAMES`` heaviest (by share times
    IDF) whose share of the other story's names is under ``LAG`` of their own: the larger share over
    both sides. 0 when each puts first what the other also puts high."""
    worst = 0.0
    for one, other in ((a, b), (b, a)):
        mine, theirs = _shares(one.names), _shares(other.names)
        heaviest = top({n: mine[n] * stats(n) for n in consensus_names(one)}, MAIN_NAMES)
        lagging = [n for n in heaviest if theirs.get(n, 0.0) < LAG * mine[n]]
        spelt = spelt_out(lagging, acronyms(one.names) & acronyms(other.names))
        if heaviest:
            worst = max(worst, sum(1 for n in lagging if n not in spelt) / len(heaviest))
    return worst


def acronyms(names: dict[str, float]) -> set[str]:
    """The names of three to five letters that may be an organisation's initials ("rsf", "idf", "unhcr")."""
    return {n for n in names if 3 <= len(n) <= 5 and n.isalpha() and sum(1 for c in n if c in "aeiou") <= 1}


def spelt_out(words: list[str], initials: set[str]) -> set[str]:
    """The words that spell out an acronym both sides write: one side's "Rapid Support Forces" is the other's
    "RSF". Words whose initials give every letter of one of ``initials``."""
    out: set[str] = set()
    for acronym in initials:
        spelling = {w for w in words if w[0] in acronym}
        if {w[0] for w in spelling} >= set(acronym):
            out |= spelling
    return out


def lagging_times(a: Story, b: Story) -> float:
    """``_lagging`` of the stories' main times (``MAIN_TIMES`` weekdays, months and years by share): the
    Sunday in December one side tells against the Tuesday in July the other does."""
    return _lagging(a.when, b.when, MAIN_TIMES, None)


def lagging_lead(a: Story, b: Story) -> float:
    """The larger, over both sides, of the share of one story's lead numbers (written in ``LEAD_SHARE``
    of its members' leads) that under ``LEAD_RARE`` of the other's members' leads write."""
    worst = 0.0
    for one, other in ((a, b), (b, a)):
        main = [x for x, n in one.lead.items() if n / max(1, one.size) >= LEAD_SHARE]
        if main:
            worst = max(worst, sum(1 for x in main if other.lead.get(x, 0.0) / max(1, other.size) < LEAD_RARE)
                        / len(main))
    return worst


def agree(a: Story, b: Story, stats: Idf, params: StoryParams) -> bool:
    """Whether two stories of ``agree_min`` reports or more tell one happening (module doc)."""
    if min(a.size, b.size) < params.agree_min:
        return False
    if lagging_names(a, b, stats) > params.agree_names or lagging_lead(a, b) > params.agree_lead:
        return False
    if lagging_times(a, b) > params.agree_times:
        return False
    return story_similarity(a, b, stats, params) >= params.agree_floor


def merge_agreeing(store: StoryStore, story: Story, pool: list[Story], stats: Idf,
                   params: StoryParams) -> tuple[int, list[int]]:
    """After a report joined ``story``: each story of ``pool`` (the report's other candidates, best first)
    that agrees with it merges, the smaller into the larger. Returns the id of the story holding the
    report now (``story`` may be the one merged away) and the ids merged away."""
    merged: list[int] = []
    if not params.agree_floor:
        return story.id, merged
    checked = 0
    for other in pool:
        if checked >= params.agree_checks:
            break
        if other.id == story.id or other.size < params.agree_min:
            continue
        checked += 1
        if not agree(story, other, stats, params):
            continue
        into, absorbed = (story, other) if story.size >= other.size else (other, story)
        if store.merge(into, absorbed):
            merged.append(absorbed.id)
            story = into
    return story.id, merged
