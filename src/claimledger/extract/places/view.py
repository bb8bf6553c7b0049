"""The place stage's reading of one report, made once and kept on its
:class:`~claimledger.extract.context.ReportContext` (``places_view``).

spaCy rebuilds ``Doc.text`` and ``Doc.ents`` and makes a new Token object on every
access; the scan looks at each token many times, so reading them once keeps a
1,000-word report within a few milliseconds. The view also holds what the whole report
says once for all its names: the words of the persons it names ("Kim" after "Kim Jong
Un"), whether it is written in capitals, and which of its sentences are headlines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property, lru_cache
from itertools import compress
from operator import and_
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from claimledger.extract.gazetteer import gazetteer
from claimledger.extract.places.words import ARABIC_QUALIFIERS, HYPHENS, NAME_PARTICLES, TITLES

if TYPE_CHECKING:
    from claimledger.extract.context import ReportContext

# When a token looks capitalised: real words, abbreviations such as "U.S.".
_WORDLIKE = re.compile(r"[A-Za-zÀ-ɏ]")


def is_cap(tok: Token) -> bool:
    return _capitalised(tok.text)


@lru_cache(maxsize=65_536)  # asked of every token of every report; the same words come back
def _capitalised(text: str) -> bool:
    if text[:2].lower() in ("d'", "d’", "l'", "l’") and text[2:3].isupper():
        return True  # "Côte d'Ivoire"
    return bool(text[:1].isupper() and _WORDLIKE.search(text))


_CAPS: dict[str, bool] = {}  # _capitalised of the words seen, for _capitalised_each
_CAPS_HELD = 65_536


def _capitalised_each(texts: list[str]) -> list[bool]:
    """_capitalised of each word: the words not yet seen are read, then all are looked up in one
    C-level map (the lru_cache's bookkeeping per word cost ~1% of extraction)."""
    new = set(texts).difference(_CAPS)
    if len(_CAPS) + len(new) > _CAPS_HELD:
        _CAPS.clear()  # bounded: a long run forgets all and starts again
        new = set(texts)
    for text in new:
        _CAPS[text] = _capitalised(text)
    return list(map(_CAPS.__getitem__, texts))


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_ASCII_UPPER = bytes(range(65, 91))


def _shouting(head: str) -> bool:
    """Whether more than 60% of the letters of the report's opening are capitals. In ASCII text
    a letter is A-Z or a-z, counted by deleting them from its bytes in C; other text is counted
    letter by letter (filter and map with str's own methods, in C too)."""
    if head.isascii():
        raw = head.encode("ascii")
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
        return letters > 0 and upper > 0.6 * letters
    chars = list(filter(str.isalpha, head))
    return bool(chars) and sum(map(str.isupper, chars)) > 0.6 * len(chars)


class PlacesView(list):
    """A report's tokens, entities and text read once, as the place stage reads them.

    The view is the list of the report's Token objects itself: the stage asks ``doc[i]`` and
    ``len(doc)`` of it hundreds of thousands of times a corpus, and a list answers those in C
    where a Python ``__getitem__`` and ``__len__`` cost ~1% of extraction. Equality and
    hashing stay an object's own (one view per report), not a list's."""

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    __hash__ = object.__hash__  # type: ignore[assignment]

    def __init__(self, report: ReportContext) -> None:
        super().__init__(report.tokens)
        self.doc = report.doc
        self.text = report.text
        self.tokens = report.tokens
        self.ents = report.ents
        # Each token's text and lower form, read once a report by the report's context (shared
        # with the other stages, never changed): every Token property is a call into spaCy.
        self.texts: list[str] = report.texts
        self.cap = _capitalised_each(self.texts)
        self.lower: list[str] = report.lowers
        self._sent_starts = [s.start for s in report.sents]
        # Wire copy in capitals ("UKRAINE SAYS RUSSIA SHELLED SUMY"): case tells nothing.
        self.shouting = _shouting(self.text[:5000])
        self.ent_at: list[Span | None] = [None] * len(self.tokens)
        for ent in self.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.demonyms: dict[str, str] = gazetteer().demonyms

    def sent_start(self, i: int) -> int:
        """Where the sentence holding token ``i`` starts (``Token.sent`` makes a Span each time)."""
        return self._sent_starts[max(bisect_right(self._sent_starts, i) - 1, 0)]

    def span(self, start: int, end: int) -> Span:
        return self.doc[start:end]

    @cached_property
    def person_entities(self) -> list[tuple[int, int, frozenset[str]]]:
        """(start, end, capitalised words) of the person entities with no lower-case word, read
        once a report: a long report asks for them at every village it names."""
        return [(ent.start, ent.end, frozenset(t.text for t in ent if t.text[:1].isupper()))
                for ent in self.ents if ent.label_ == "PERSON" and not any(t.text.islower() for t in ent)]

    @cached_property
    def person_parts(self) -> set[str]:
        """Capitalised words of the persons the report names: "Kim", "Putin"."""
        from claimledger.extract.places.people import placed_like_town  # it reads this view

        parts: set[str] = set()
        gaz = gazetteer()
        for ent in self.ents:
            if ent.label_ != "PERSON":
                continue
            start, end = self._name_run(ent.start, ent.end)
            if end - start < 2:
                continue
            # the run's text cut from the report (the Span's text: the tokens tile it), and each
            # word's text, capitals and lower case from the view's lists (is_cap reads the text;
            # spaCy's lower_ is the text's str.lower), not read again from the Tokens.
            # "Khan Younis" tagged PERSON is a town, not a name to learn parts from; so is a
            # village told from its twin by an Arabic qualifier ("Nabatieh al-Fawqa")
            name = self.text[self.tokens[start].idx:self.tokens[end - 1].idx + len(self.texts[end - 1])]
            if any(h.entry.kind != "region" for h in gaz.lookup(name)):
                continue
            if self.lower[end - 1] in ARABIC_QUALIFIERS and end - start >= 3 and self.lower[end - 2] in HYPHENS:
                continue
            if placed_like_town(self, start, end):
                continue  # "spread to Raya Alamata": a town the tagger read as a person
            parts.update(self.texts[k] for k in range(start, end) if self.cap[k] and self.lower[k] not in TITLES)
        for start, end in self._particle_names():
            name = self.text[self.tokens[start].idx:self.tokens[end - 1].idx + len(self.texts[end - 1])]
            if not any(h.entry.kind != "region" for h in gaz.lookup(name)):  # "Maria da Fe" is a town
                parts.update(self.texts[k] for k in range(start, end) if self.cap[k])
        return parts

    def _particle_names(self) -> list[tuple[int, int]]:
        """Full names a given name opens and a name particle runs through: "Maria do Socorro
        Lima", "Juan de la Cruz", "Ahmed bin Ali". The tagger often loses such a name (it read
        "Maria" as a people and "Lima" as the capital of Peru); the given name and the particle
        say it is a person's, so its words are persons' words ("Lima's allegations")."""
        from claimledger.extract.speaker_memory import first_names  # names that tell "he" from "she"

        given = first_names()
        runs: list[tuple[int, int]] = []
        n = len(self.texts)
        # only a capitalised given name can open one: those words are picked out by C-level maps
        for i in compress(range(n - 2), map(and_, self.cap, map(given.__contains__, self.lower))):
            if self.lower[i + 1] not in NAME_PARTICLES:
                continue
            k, last, particle = i + 1, i, False
            while k < n and self.tokens[k - 1].whitespace_ == " " and not self.tokens[k].is_sent_start:
                if self.cap[k] and self.texts[k].isalpha() and not self.texts[k].isupper() \
                        and self.lower[k] not in TITLES:
                    last = k
                elif self.lower[k] in NAME_PARTICLES and k + 1 < n and (
                        self.cap[k + 1] or self.lower[k + 1] in NAME_PARTICLES):
                    particle = True  # "de la Cruz": particles may follow each other
                else:
                    break
                k += 1
            if particle and last > i + 1:
                runs.append((i, last + 1))
        return runs

    def _name_run(self, start: int, end: int) -> tuple[int, int]:
        """A person's entity widened over the capitalised words glued to it by one space:
        NER often tags only "Lin" of "Bo Naing Lin". Only words the tagger reads as names join
        ("Occupied" of "Occupied Melitopol" does not); titles, small words and headlines stop it."""
        if self.sent_start(start) in self.title_starts:
            return start, end

        def name_word(i: int) -> bool:
            tok = self.tokens[i]
            return (self.cap[i] and tok.pos_ == "PROPN" and tok.is_alpha and not tok.is_stop
                    and self.lower[i] not in TITLES and not self.texts[i].isupper()
                    and self.lower[i] not in self.demonyms)

        while start > 0 and self.tokens[start - 1].whitespace_ == " " and not self.tokens[start].is_sent_start \
                and name_word(start - 1):
            start -= 1
        while end < len(self.tokens) and self.tokens[end - 1].whitespace_ == " " \
                and not self.tokens[end].is_sent_start and name_word(end):
            end += 1
        return start, end

    @cached_property
    def title_starts(self) -> set[int]:
        """Start tokens of headline-style sentences, where most words are capitalised."""
        starts: set[int] = set()
        bounds = self._sent_starts + [len(self.texts)]
        for start, end in zip(bounds, bounds[1:], strict=False):
            # spaCy's is_alpha is the text's own str.isalpha
            words = [text for text in self.texts[start:end] if text.isalpha()]
            if len(words) >= 4 and sum(word[0].isupper() for word in words) >= 0.7 * len(words):
                starts.add(start)
        return starts


def places_view(report: ReportContext) -> PlacesView:
    """The report's place view, made on first use and kept on its context."""
    if report.places_view is None:
        report.places_view = PlacesView(report)
    return report.places_view
