"""The event stage's reading of one report, made once and kept on its
:class:`~claimledger.extract.context.ReportContext` (``events_view``).

What a report says once and means again later: whose side a named leader is on
("Russia's Vladimir Putin"), and which side's forces were last spoken of, so that
"these forces", "they" and a bare "the troops" get the side the text gave.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from claimledger.data.tables import word_lists
from claimledger.sides import side_of

if TYPE_CHECKING:
    from claimledger.extract.context import ReportContext

# nouns for armed forces (data/event_words.tsv)
FORCE_NOUNS = word_lists("event_words.tsv")["force_noun"]


class EventsView:
    """Leaders with their sides and forces with theirs, read the first time an event needs them."""

    def __init__(self, report: ReportContext) -> None:
        self.report = report
        self._people: dict[str, str] | None = None
        self._forces: list[tuple[int, str, str]] | None = None
        self._forces_speakers: tuple | None = None  # the speakers the forces were read against

    @property
    def person_sides(self) -> dict[str, str]:
        """Leaders named with their country, read the first time an actor needs one."""
        if self._people is None:
            doc, self._people = self.report.doc, {}
            for ent in self.report.ents:
                if ent.label_ == "PERSON":
                    side = side_of(doc[max(ent.start - 3, 0): ent.end].text)
                    if side:
                        for key in (ent.text, ent[-1].text):
                            self._people.setdefault(key, side)
        return self._people

    @property
    def forces(self) -> list[tuple[int, str, str]]:
        """(char offset, side, text) of forces with a side, in text order; read lazily
        because most events name their actor and never ask. Read again when the claims'
        speakers change (a speaker's own body is no actor), as when the stage reruns."""
        speakers = tuple(c.speaker.span for c in getattr(self.report, "claims", []) if c.speaker.span)
        if self._forces is None or speakers != self._forces_speakers:
            self._forces, self._forces_speakers = [], speakers
            for chunk in self.report.doc.noun_chunks:
                if chunk.root.lower_ in FORCE_NOUNS and not self.report.in_speaker(chunk.start_char):
                    # a speaker's own body ("spokesperson for the Special Forces") is no actor
                    side = side_of(chunk.text)
                    if side:
                        self._forces.append((chunk.start_char, side, chunk.text))
        return self._forces

    def person_side(self, name: str) -> str | None:
        return self.person_sides.get(name) or self.person_sides.get(name.split()[-1] if name.split() else "")

    def last_force(self, before: int, after: int = 0) -> tuple[int, str, str] | None:
        forces = self.forces
        k = bisect_left(forces, (before,))  # forces are in text order: the last before ``before``
        return forces[k - 1] if k and forces[k - 1][0] >= after else None


def events_view(report: ReportContext) -> EventsView:
    """The report's event view, made on first use and kept on its context."""
    if report.events_view is None:
        report.events_view = EventsView(report)
    return report.events_view
