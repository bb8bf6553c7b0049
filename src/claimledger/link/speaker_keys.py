"""One key per speaker across reports, and the source family a speaker belongs to.

Reports name one speaker many ways: "Zelensky", "Volodymyr Zelensky", "President
Zelensky", "Ukraine's President Volodymyr Zelensky"; "Russia's Defence Ministry",
"the Russian Defence Ministry", "the Ministry of Defence"; "the Rapid Support Forces",
"the RSF". A :class:`SpeakerIndex` is built over every speaker of the reports being
reconciled, so that a short name resolves to the one fuller name it is part of:

* names are read as words, without titles and roles (``data/speaker_words.tsv``),
  side words ("Ukrainian", "Russia's": the speaker's side is kept apart) and stop words;
* a person is known by surname; when two people in scope share one (two different
  given names, the word just before the surname), each full name is its own key and the
  bare surname stays apart;
* a body is known by its set of words (order-free: "Defence Ministry" = "Ministry of
  Defence"); a set that lies inside exactly one larger set of the same side joins it,
  and so does an acronym of the leading capitalised words of exactly one name ("RSF"
  -> "Rapid Support Forces", "UN" -> "United Nations humanitarian office"); the side is
  part of a body's key (Russia's and Ukraine's defence ministries are two bodies);
* an unnamed speaker ("a military source") is never merged into a named one.

A source family is who a figure or a statement comes from for the purpose of telling
an update from a contradiction: a state's institutions speak for their side
(``side:UA``), a speaker without a side is its own family (``speaker:<key>``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from claimledger.data import read_table
from claimledger.link.report_view import Report
from claimledger.link.stop_words import english
from claimledger.sides import side_table

STOP_WORDS = english()  # spaCy's list, read without importing spaCy (see stop_words)

WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
# Spellings of one word that news copy mixes.
SPELLINGS = {"defense": "defence", "ministry's": "ministry", "organisation": "organization"}


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w, kind in read_table("speaker_words.tsv") if kind in {"title", "role"})


def name_words(name: str) -> list[str]:
    """The words that identify a speaker: no side words, titles, roles or stop words."""
    text = name.replace("’", "'")
    for m in reversed(side_table().mentions(text)):
        text = text[:m.start] + " " + text[m.end:]
    out = []
    for w in WORD.findall(text.lower()):
        w = SPELLINGS.get(w, w)
        if w.endswith("'s"):
            w = w[:-2]
        if w in STOP_WORDS or w in _title_words() or len(w) < 2:
            continue
        out.append(w)
    return out


def _acronyms(name: str) -> set[str]:
    """"Rapid Support Forces" -> {"rs", "rsf"}; "United Nations refugee agency" -> {"un"}:
    the initials of its leading capitalised words, two or more of them."""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", name) if w.lower() not in STOP_WORDS]
    caps = []
    for w in words:
        if not w[0].isupper():
            break
        caps.append(w)
    return {"".join(w[0] for w in caps[:k]).lower() for k in range(2, len(caps) + 1)}


class SpeakerIndex:
    """Canonical keys for every speaker seen in the reports being reconciled."""

    def __init__(self, speakers: Iterable[dict]):
        self._key: dict[tuple[str, str, str | None], str] = {}
        self._labels: dict[str, Counter[str]] = defaultdict(Counter)
        self._sides: dict[str, Counter[str]] = defaultdict(Counter)
        seen = {(s.get("name") or "", s.get("kind") or "unnamed", s.get("side")) for s in speakers if s}
        persons = [s for s in seen if s[1] == "person"]
        others = [s for s in seen if s[1] != "person"]
        self._index_persons(persons)
        others = self._described_persons(others, persons)
        self._index_bodies(others)
        self._read_as_body: set[str] = set()
        for (name, kind, side), key in self._key.items():
            self._labels[key][name] += 1
            if key.startswith("person:") and kind != "person":
                self._read_as_body.add(name)
            if side:
                self._sides[key][side] += 1

    def _index_persons(self, persons: list[tuple[str, str, str | None]]) -> None:
        by_surname: dict[str, list[tuple[str, str, str | None]]] = defaultdict(list)
        for entry in persons:
            words = name_words(entry[0])
            by_surname[words[-1] if words else entry[0].lower()].append(entry)
        for surname, entries in by_surname.items():
            full = {tuple(name_words(e[0])) for e in entries if len(name_words(e[0])) > 1}
            # the given name is the word just before the surname: words ahead of it describe
            # ("civil society figure Espoir Buhendwa" is Espoir Buhendwa), they do not name
            firsts = {f[-2] for f in full}
            for entry in entries:
                words = tuple(name_words(entry[0]))
                if len(firsts) > 1 and len(words) > 1:
                    self._key[entry] = "person:" + " ".join(words[-2:])  # two people share the surname
                elif len(firsts) > 1:
                    self._key[entry] = "person:" + surname + "?"  # which of them is not known
                else:
                    self._key[entry] = "person:" + surname

    def _described_persons(self, others: list[tuple[str, str, str | None]],
                           persons: list[tuple[str, str, str | None]]) -> list[tuple[str, str, str | None]]:
        """A speaker read as a body whose words end with the full name of a person in scope
        ("Local civil society figure Espoir Buhendwa") is that person, described: a body's
        name does not end on a given name and a surname. The rest are bodies."""
        full = {tuple(name_words(p[0])): self._key[p] for p in persons if len(name_words(p[0])) > 1}
        rest = []
        for entry in others:
            words = tuple(name_words(entry[0]))
            key = next((k for name, k in full.items() if len(words) > len(name) and words[-len(name):] == name), None)
            if key and entry[1] != "unnamed":
                self._key[entry] = key
            else:
                rest.append(entry)
        return rest

    def _index_bodies(self, bodies: list[tuple[str, str, str | None]]) -> None:
        sets = {entry: frozenset(name_words(entry[0]) or [entry[0].lower().strip()]) for entry in bodies}
        acronyms = {entry: _acronyms(entry[0]) for entry in bodies}
        targets: dict[tuple[str, str, str | None], frozenset[str]] = {}
        for entry, words in sets.items():
            if entry[1] == "unnamed":
                self._key[entry] = f"unnamed:{' '.join(sorted(words))}|{entry[2] or ''}"
                continue
            # "RSF" is the "Rapid Support Forces": an acronym lies inside the name it abbreviates
            supersets = {w for e, w in sets.items() if e[1] != "unnamed"
                         and (words < w or (len(words) == 1 and bool(acronyms[e] & words)))
                         and (entry[2] is None or e[2] is None or e[2] == entry[2])}
            # only the largest sets it lies in: "army" inside "Sudanese army" inside nothing else
            maximal = {w for w in supersets if not any(w < other for other in supersets)}
            targets[entry] = next(iter(maximal)) if len(maximal) == 1 else words
        # one set of words may name one body of each side ("Defence Ministry" of Russia and of
        # Ukraine): the side is part of the key; an unsided mention takes the one side its
        # words have in scope, and stays apart when they have several
        sides: dict[frozenset[str], set[str]] = defaultdict(set)
        for entry, target in targets.items():
            if entry[2]:
                sides[target].add(entry[2])
        for entry, target in targets.items():
            side = entry[2] or (next(iter(sides[target])) if len(sides[target]) == 1 else "")
            self._key[entry] = f"body:{' '.join(sorted(target))}|{side}"

    def key(self, speaker: dict | None) -> str | None:
        if not speaker:
            return None
        entry = (speaker.get("name") or "", speaker.get("kind") or "unnamed", speaker.get("side"))
        return self._key.get(entry) or f"other:{entry[0].lower()}"

    def label(self, key: str | None) -> str | None:
        """The fullest name the speaker is given."""
        names = self._labels.get(key or "")
        if not names:
            return None
        # a person's name as the speaker stage read it for a person, before a description
        # read as a body's name ("Local civil society figure Espoir Buhendwa")
        return max(names, key=lambda n: (n not in self._read_as_body, len(name_words(n)), len(n), names[n]))

    def side(self, key: str | None, fallback: str | None = None) -> str | None:
        """The side the speaker's names give most often (one unsided mention does not erase it)."""
        sides = self._sides.get(key or "")
        return sides.most_common(1)[0][0] if sides else fallback

    def family(self, speaker: dict | None) -> str | None:
        """The source family: ``side:XX`` for a state party's voice, else ``speaker:<key>``."""
        key = self.key(speaker)
        if key is None:
            return None
        side = self.side(key, (speaker or {}).get("side"))
        return f"side:{side}" if side else f"speaker:{key}"


# A "speaker" that is a thing someone owns ("its aircraft", "their forces"): the clause
# belongs to the owner ("the ministry said its aircraft had struck a base, and denied that
# homes had been hit"). "His wife", "her lawyer" are people of their own: left out.
OWNED = re.compile(r"(?:its|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?$", re.I)


def own_speaker(report: Report, claim: dict) -> dict:
    """The claim's speaker; for an owned thing read as the speaker ("its aircraft … denied"),
    the speaker of the nearest claim before it in the same sentence, whose thing it is. A
    party does not deny itself: without this, a ministry's "we struck a base and hit no homes"
    is a ministry asserting what "its aircraft" deny."""
    speaker = claim.get("speaker") or {}
    if not OWNED.match((speaker.get("name") or "").strip()):
        return speaker
    start = (claim.get("span") or [0, 0])[0]
    sentence = claim.get("sentence_span")
    owners = [c for c in report.claims.values()
              if c is not claim and sentence and c.get("sentence_span") == sentence
              and (c.get("span") or [0, 0])[0] < start
              and not OWNED.match(((c.get("speaker") or {}).get("name") or "").strip())]
    if not owners:
        return speaker
    return max(owners, key=lambda c: (c.get("span") or [0, 0])[0]).get("speaker") or speaker
