"""The event stage's reading of one report, made once and kept on its
:class:`~claimledger.extract.context.ReportContext` (``events_view``).

What a report says once and means again later: whose side a named leader is on
("Russia's Vladimir Putin"), and which side's forces were last spoken of, so that
"these forces", "they" and a bare "the troops" get the side the text gave.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Span

from claimledger.data.tables import STANDALONE_PARTICLE_KINDS, name_particles, word_lists
from claimledger.extract.events_regional import FORCE_WORDS, chunk_side
from claimledger.sides import FORCE_AFTER, side_of, side_table

if TYPE_CHECKING:
    from claimledger.extract.context import ReportContext

# the small words inside Arabic, French and other names ("al-Shamsani", "ould Sidi", "ag Ghaly")
NAME_PARTICLES = {"-"} | name_particles(*STANDALONE_PARTICLE_KINDS)
# military ranks before a name (data/event_extra_words.tsv)
RANK_WORDS = word_lists("event_extra_words.tsv")["rank_word"]
# nouns for armed forces (data/event_words.tsv), and a region's or state's police (events_regional.py)
FORCE_NOUNS = word_lists("event_words.tsv")["force_noun"]
REGION_FORCES = FORCE_WORDS | {"officers"}
# verbs whose object was struck ("destroyed 47 Ukrainian drones"): no actor of what follows
HIT_VERBS = word_lists("event_words.tsv")["hit_verb"]
# verbs whose object noun is the event ("launched an offensive", "carried out strikes"), as lemmas:
# the one name the triggers, their actors, their clauses and the events stage read
LIGHT_VERBS = word_lists("event_words.tsv")["light_verb"]


class EventsView:
    """Leaders with their sides and forces with theirs, read the first time an event needs them."""

    def __init__(self, report: ReportContext) -> None:
        self.report = report
        self._people: dict[str, str] | None = None
        self._forces: list[tuple[int, str, str]] | None = None
        self._forces_speakers: tuple | None = None  # the speakers the forces were read against
        self._again: dict[int, list[tuple[int, int, object]]] | None = None
        self._again_places: int | None = None  # id of the place list the re-mentions were read for
        self._first_told: dict[str, int] | None = None
        self._named_sides: dict[str, str | None] = {}
        self.theatre_country: str | None = None  # the country of the report's theatre, set by the event stage
        self.quote_marks: list[int] | None = None  # the quotation marks' tokens, set by events_triggers
        self._lemmas: list[str] | None = None
        self._lemma_table_read: tuple[list[str], np.ndarray] | None = None
        self._lemma_positions: dict[frozenset[str], list[int]] = {}
        self._told_elsewhere: list[bool] | None = None
        self.trigger_candidates: list[int] | None = None  # the words that may tell an event, set by events_triggers
        self.told: list = []  # the events read so far, in text order, set by the event stage
        self.memo: dict[tuple, object] = {}  # answers of events_memo.per_report readings of this report

    @property
    def told_elsewhere(self) -> list[bool]:
        """For each sentence, whether it is page debris or the headline (ReportContext.told_elsewhere
        of its span), read once: the event loop, the verdicts and first_told each ask it."""
        if self._told_elsewhere is None:
            report = self.report
            self._told_elsewhere = [report.told_elsewhere(s.start_char, s.end_char) for s in report.sents]
        return self._told_elsewhere

    def _lemma_table(self) -> tuple[list[str], np.ndarray]:
        """The report's distinct lemmas lower-cased, and each token's index among them: read
        once a report from spaCy's lemma array (``tok.lemma_`` makes a Token and looks the
        string up, on every word the stage asks)."""
        if self._lemma_table_read is None:
            strings = self.report.doc.vocab.strings
            distinct, each = np.unique(self.report.doc.to_array(LEMMA), return_inverse=True)
            hashes = distinct.tolist()
            for h in set(hashes).difference(_LOWERED):
                _LOWERED[h] = strings[h].lower()
            self._lemma_table_read = (list(map(_LOWERED.__getitem__, hashes)), each.reshape(-1))
        return self._lemma_table_read

    @property
    def lemmas(self) -> list[str]:
        """Each token's lemma lower-cased (``tok.lemma_.lower()``)."""
        if self._lemmas is None:
            distinct, each = self._lemma_table()
            self._lemmas = list(map(distinct.__getitem__, each.tolist()))
        return self._lemmas

    def lemma_in(self, words: frozenset[str]) -> np.ndarray:
        """For each token, whether its lemma lower-cased is one of ``words`` (a bool array)."""
        distinct, each = self._lemma_table()
        return np.fromiter(map(words.__contains__, distinct), dtype=bool, count=len(distinct))[each]

    def lemma_positions(self, words: frozenset[str]) -> list[int]:
        """The indexes of the tokens whose lemma lower-cased is one of ``words``, in order; kept
        per word set for the report."""
        found = self._lemma_positions.get(words)
        if found is None:
            found = self._lemma_positions[words] = np.flatnonzero(self.lemma_in(words)).tolist()
        return found

    def holds_lemma(self, words: frozenset[str], start: int, end: int) -> bool:
        """Whether a token from ``start`` to ``end`` (token indexes) has its lemma in ``words``."""
        found = self.lemma_positions(words)
        k = bisect_left(found, start)
        return k < len(found) and found[k] < end

    @property
    def person_sides(self) -> dict[str, str]:
        """Leaders named with their country, read the first time an actor needs one."""
        if self._people is None:
            doc, self._people = self.report.doc, {}
            for ent in self.report.ents:
                if ent.label_ == "PERSON":
                    side = side_of(doc[_window_start(ent): ent.end].text) or self._described(ent) \
                        or self._its_role(ent)
                    if side:
                        for key in (ent.text, ent[-1].text):
                            self._people.setdefault(key, side)
        return self._people

    def _described(self, ent) -> str | None:
        """The side of the words right after a name that say who the person is: "Captain
        Andriy, who commands a company of Ukraine's 65th Brigade", "Ali, a fighter with
        the Sudanese army" (up to the next comma after them, one sentence at most)."""
        doc = ent.doc
        if ent.end >= len(doc) or doc[ent.end].text != ",":
            return None
        sent = self.report.sent(ent.start)
        end = ent.end + 1
        while end < min(sent.end, ent.end + 16) and doc[end].text not in {",", ";", ":"}:
            end += 1
        return side_of(doc[ent.end + 1:end].text)

    def _its_role(self, ent) -> str | None:
        """The side of a person introduced as "its commander, NAME" or "their spokesman, NAME":
        whose "its" is, the state last named as the subject of a sentence before ("Rwanda
        first sent 1,000 soldiers ... its force is 4,000 strong. We spoke to its commander")."""
        doc = ent.doc
        sent = self.report.sent(ent.start)
        before = [t for t in doc[max(sent.start, ent.start - 6): ent.start] if t.is_alpha]
        if not any(t.lower_ in {"its", "their"} and t.dep_ == "poss" and t.head.lower_ in ROLE_NOUNS for t in before):
            return None
        k = self.report.sent_index(sent.start)
        for earlier in reversed(self.report.sents[max(0, k - 3): k + 1]):
            for tok in earlier:
                if tok.dep_ == "nsubj" and tok.i < ent.start and tok.pos_ == "PROPN":
                    side = side_of(doc[tok.left_edge.i: tok.i + 1].text)
                    if side:
                        return side
        return None

    def _ranked(self, ent) -> str | None:
        """The side of an officer introduced by rank in a sentence that names one side's
        forces or people ("Rear Admiral Zeki Akturk said that Turkish Armed Forces had
        neutralised ...", "Major Andriy Kovalenko commands a battalion of Ukraine's 68th
        Brigade"): places named as places there do not count."""
        doc = ent.doc
        before = {t.lower_.rstrip(".") for t in doc[max(ent.start - 3, 0): ent.end]}
        if not before & RANK_WORDS:
            return None
        sent = self.report.sent(ent.start)
        text = sent.text
        sides = {m.side for m in side_table().mentions(text) if m.side != "-" and (
            m.kind not in {"country", "capital"} or text[m.end:m.end + 2] in {"'s", "’s"}
            or FORCE_AFTER.match(text, m.end, m.end + 30))}
        return sides.pop() if len(sides) == 1 else None

    @property
    def forces(self) -> list[tuple[int, str, str]]:
        """(char offset, side, text) of forces with a side, in text order; read lazily
        because most events name their actor and never ask. Read again when the claims'
        speakers change (a speaker's own body is no actor), as when the stage reruns."""
        speakers = tuple(c.speaker.span for c in getattr(self.report, "claims", []) if c.speaker.span)
        if self._forces is None or speakers != self._forces_speakers:
            self._forces, self._forces_speakers = [], speakers
            for chunk in self._force_chunks():
                if (chunk.root.lower_ in FORCE_NOUNS or chunk.root.lower_ in REGION_FORCES) \
                        and not self.report.in_speaker(chunk.start_char) and not _struck(chunk.root):
                    # a speaker's own body ("spokesperson for the Special Forces") is no actor, nor
                    # the drones or troops an attack destroyed; "Sindh police" are Pakistan's
                    side = side_of(chunk.text) or chunk_side(chunk.text, self)
                    if side:
                        self._forces.append((chunk.start_char, side, chunk.text))
        return self._forces

    def _force_chunks(self) -> list[Span]:
        """The report's noun chunks (``doc.noun_chunks``) that hold a force noun: only those can
        have one for their root. The chunks' bounds come from the language's chunk iterator, as
        ``doc.noun_chunks`` reads them; the Span (and its root, read anew each time) is made for
        those few alone, not for every noun phrase of the report."""
        doc = self.report.doc
        forces = _force_hashes()
        lower = doc.to_array(LOWER).tolist()
        return [Span(doc, start, end, label=label) for start, end, label in doc.noun_chunks_iterator(doc)
                if not forces.isdisjoint(lower[start:end])]

    def place_mentions(self, sent: Span) -> list[tuple[int, int, object]]:
        """(start, end, place) of the places a sentence names: the place stage's mentions,
        and a place it resolved elsewhere named again here by the same words (the place
        stage keeps one reading of a name, not always every repetition: "taken control
        of Babanusa" late in a report about Babanusa)."""
        found = self.report.place_mentions(sent)
        places = getattr(self.report, "places", [])
        if self._again is None or self._again_places != id(places):
            self._again, self._again_places = self._named_again(places), id(places)
        seen = [(s, e) for s, e, _ in found]
        more = [m for m in self._again.get(self.report.sent_index(sent.start), [])
                if sent.start_char <= m[0] and m[1] <= sent.end_char
                and not any(s < m[1] and m[0] < e for s, e in seen)]
        return found + more

    def _named_again(self, places: list) -> dict[int, list[tuple[int, int, object]]]:
        text = self.report.text
        known: dict[tuple[int, int], object] = {}
        by_name: dict[str, object] = {}
        for place in places:
            if place.kind == "country":
                continue
            for s, e in place.mentions:
                known[(s, e)] = place
                if e - s > 3:
                    by_name.setdefault(text[s:e], place)
        out: dict[int, list[tuple[int, int, object]]] = {}
        if not by_name:
            return out
        for start, end, name in whole_names(text, sorted(by_name, key=len, reverse=True)):
            if (start, end) in known or self.report.is_debris(start, end):
                continue
            span = self.report.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not self._in_longer_name(span):
                out.setdefault(self.report.sent_index(span.start), []).append((start, end, by_name[name]))
        return out

    def first_told(self, words_by_type: dict[str, set[str]]) -> dict[str, int]:
        """The index of the first sentence (not page debris nor headline) holding a word
        of each event type, read once: "the fighting" looks back for a telling."""
        if self._first_told is None:
            self._first_told = {}
            report = self.report
            told_elsewhere = self.told_elsewhere
            # each type's words found among the report's lemmas, in order: the first in a
            # sentence of the story gives the type's sentence
            for kind, words in words_by_type.items():
                for i in self.lemma_positions(frozenset(words)):
                    k = report.sent_index(i)
                    if not told_elsewhere[k]:
                        self._first_told[kind] = k
                        break
        return self._first_told

    def _in_longer_name(self, span: Span) -> bool:
        """Whether the words are part of a longer name of a person or a body ("George
        Washington", "the Kherson Group"); a name alone the NER mislabels is still the place."""
        for t in span:
            ent = self.report.ent_at(t.i)
            if ent is not None and ent.label_ in {"PERSON", "ORG", "NORP"} and (ent.start < span.start or
                                                                               ent.end > span.end):
                return True
        return False

    def person_side(self, name: str) -> str | None:
        return self.person_sides.get(name) or self.person_sides.get(name.split()[-1] if name.split() else "")

    def speaker_side(self, speaker) -> str | None:
        """The side of a speaker the claim stage read as a person: as :meth:`person_side`,
        else what the words where the report first names them say."""
        if speaker.kind != "person" or not speaker.name:
            return None
        return self.person_side(speaker.name) or self._first_named(speaker.name)

    def named_side(self, name: str) -> str | None:
        """The side the report gave a person, wherever it first names them."""
        return self.person_side(name) or self._first_named(name)

    def _first_named(self, name: str) -> str | None:
        """The side said where a person the NER did not take for one is first named ("its
        commander, Godfrey Otunge", read as an organisation): the words before the name."""
        if name in self._named_sides:
            return self._named_sides[name]
        side = None
        last = name.split()[-1] if name.split() else ""
        found = re.search(r"(?<!\w)" + re.escape(last) + r"(?![\w-])", self.report.text) if len(last) > 2 else None
        span = self.report.doc.char_span(found.start(), found.end(), alignment_mode="expand") if found else None
        if span is not None:
            start = span.start
            while start > 0 and (span.doc[start - 1].pos_ == "PROPN" and span.doc[start - 1].is_title
                                 or span.doc[start - 1].lower_ in NAME_PARTICLES):
                start -= 1  # "Godfrey Otunge", "Abdulrahman al-Shamsani": the whole name
            whole = span.doc[start:span.end]
            side = side_of(span.doc[max(start - 3, 0): span.end].text) or self._described(whole) \
                or self._its_role(whole) or self._ranked(whole)
        self._named_sides[name] = side
        return side

    def last_force(self, before: int, after: int = 0) -> tuple[int, str, str] | None:
        forces = self.forces
        k = bisect_left(forces, (before,))  # forces are in text order: the last before ``before``
        return forces[k - 1] if k and forces[k - 1][0] >= after else None


# a lemma's hash in spaCy's string store → the lemma lower-cased, kept across reports (a hash
# names one string in every vocabulary): most lemmas of a report were lowered for an earlier one
_LOWERED: dict[int, str] = {}

@lru_cache(maxsize=1)
def _force_hashes() -> frozenset[int]:
    """The string-store hashes of the force nouns (a token's LOWER attribute is the hash of its form)."""
    return frozenset(hash_string(w) for w in FORCE_NOUNS | REGION_FORCES)


# who speaks or leads for a force or body ("its commander, Major General Emmy Ruvusha")
ROLE_NOUNS = {"commander", "spokesman", "spokeswoman", "spokesperson", "chief", "head", "leader", "director",
              "minister", "general", "colonel", "officer", "representative", "envoy", "ambassador"}


def whole_names(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each name standing whole in the text (no letter, digit, "_" or
    "-" touching it), left to right, not overlapping; of names starting at one place, the
    first in ``names``. This is what one regex of them all finds (``(?<![\\w-])(A|B|…)(?![\\w-])``),
    but a regex of a report's place names is compiled anew for every report, which costs
    more than finding each name with ``str.find``."""
    first_at: dict[int, str] = {}
    for name in names:
        at = text.find(name)
        while at >= 0:
            if at not in first_at and not _joined_char(text, at - 1) and not _joined_char(text, at + len(name)):
                first_at[at] = name
            at = text.find(name, at + 1)
    found, free_from = [], 0
    for at in sorted(first_at):
        if at >= free_from:
            found.append((at, at + len(first_at[at]), first_at[at]))
            free_from = at + len(first_at[at])
    return found


def _joined_char(text: str, i: int) -> bool:
    """Whether the character at ``i`` would join a name (regex ``[\\w-]``: a letter, digit, "_", "-")."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def _window_start(ent) -> int:
    """Where the words just before a name that may say whose the person is begin: up to
    three, not past a comma ("Russia's Sergei Shoigu"; not "... near Qamishli, Akturk said")."""
    start = max(ent.start - 3, 0)
    for t in ent.doc[start:ent.start]:
        if t.is_punct:
            start = t.i + 1
    return start


def _struck(noun) -> bool:
    """Whether the noun is what a verb of striking hit ("destroyed 47 Ukrainian drones")."""
    return noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in HIT_VERBS


def events_view(report: ReportContext) -> EventsView:
    """The report's event view, made on first use and kept on its context."""
    if report.events_view is None:
        report.events_view = EventsView(report)
    return report.events_view
