"""Which mentions of a state cast it as a broker of someone else's war: a mediator
("Qatari mediators", "talks brokered by Egypt"), a host of talks ("talks in Doha",
"Saudi Arabia, which co-hosts the talks"), a donor ("France pledged 20 million euros")
or an outsider urging restraint. Such a state is not a party: a report that names it
often ("China said…", "Beijing welcomed…") is still about the war of the state whose
army fights in it (:func:`claimledger.sides.home_state`).

Hand-written patterns over the words of ``data/broker_words.tsv``: the role is told by a
word right beside the state's name (a hyphen, a possessive, an auxiliary or a title
between), which a short regular expression reads faster and more predictably than the
parse, and home_state reads raw text before any parse exists.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimledger.data import read_table


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """The table's role of each word pattern, alternated per role."""
    roles: dict[str, list[str]] = {}
    for word, role in read_table("broker_words.tsv"):
        roles.setdefault(role, []).append(word)
    return {role: "|".join(words) for role, words in roles.items()}


# words that may stand between a state and its broker word: "Qatar, which has long mediated",
# "Qatar's prime minister, who brokered", "Turkey offered to host", "Egypt is also trying to mediate"
_FILLER = (r"(?:\s|'s\b|’s\b|-|,|\b(?:which|who|has|have|had|is|are|was|were|will|would|also|jointly|long|been"
           r"|a|an|the|key|main|chief|top|special|senior|regional|joint|lead|leading|presidential|foreign|prime"
           r"|minister|president|emir|officials?|diplomats?|government|delegation|offered|sought|trying|tried"
           r"|working|worked|helped|helping|help|ready|to|again|now|still|repeatedly|its|their)\b)*?")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    w = _words()
    after = re.compile(
        rf"{_FILLER}(?:\b(?:{w['verb']}|{w['noun']})\b|(?:{w['appeal']})\b"
        rf"|\s+for\s+(?:\w+\s+)?(?:{w['meeting']})\b)", re.I)
    before = re.compile(
        rf"(?:\b(?:{w['verb']})\s+(?:jointly\s+)?by"       # "brokered by", "hosted jointly by"
        rf"|\b(?:{w['noun']}|mediation)\s*(?:from|of|by|such\s+as|including|like|,)?"  # "mediators Egypt and"
        rf"|\b(?:{w['meeting']})\s+(?:\w+\s+){{0,3}}?(?:in|at)"  # "talks held in", "negotiations in the Qatari"
        rf")\s+(?:the\s+)?(?:\w+\s+)?$", re.I)
    return after, before


# what joins the states of one list: "Egypt, Qatar and the United States", "Qatari-Egyptian"
_JOIN = re.compile(r"\s*(?:,\s*and|,|and|&|/|-|–)\s*(?:the\s+)?", re.I)
_CUT = re.compile(r"[.;:!?\n]")  # a broker word in the next sentence says nothing of this one


def broker_runs(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The indexes of the spans (state mentions, in text order) named as brokers. States
    listed together share the role: "mediators Egypt, Qatar and the United States"."""
    after, before = _patterns()
    runs: list[list[int]] = []
    for i, (start, _) in enumerate(spans):
        if runs and _JOIN.fullmatch(text[spans[runs[-1][-1]][1]:start]):
            runs[-1].append(i)
        else:
            runs.append([i])
    found: set[int] = set()
    for run in runs:
        start, end = spans[run[0]][0], spans[run[-1]][1]
        ahead = _CUT.split(text[end:end + 80], maxsplit=1)[0]
        behind = _CUT.split(text[max(0, start - 70):start])[-1]
        if after.match(ahead) or before.search(behind):
            found.update(run)
    return found


def brokered_at(text: str, start: int, end: int) -> bool:
    """Whether a place named at ``text[start:end]`` is where someone else's war is talked
    over, not fought: "talks in Muscat", "mediators met in Doha", "flew to Cairo for talks"."""
    return bool(broker_runs(text, [(start, end)]))
