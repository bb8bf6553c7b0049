"""Figures: one per mention of a count, bound to what it counts and whose it is.

A number means nothing until we know its noun, its verb and its side. Each number
found by :mod:`claimledger.extract.numbers` is bound through the dependency parse to
its OWN noun phrase ("around 4,000 casualties among the 12,000 soldiers sent to
Russia": 4,000 counts casualties, 12,000 counts soldiers, and "sent" makes them
deployed) and its own predicate ("Sixty-two Syrian soldiers were killed and a hundred
others were injured": killed, then wounded). The parse of a small model is often
wrong in news copy, so each step has a narrow fallback on word order ("35 people
wounded", "Kills Five Injures Seven").

What a noun, verb or adjective says about a count is data: ``data/quantities.tsv``;
words that make a number a distance, a duration, a date, an amount of money or a
name are in ``data/units.tsv``.

Numbers that are not head counts are refused here: the spans another module found to
be times and dates (``excluded``), years, clock times, dates, ages, durations,
ordinals, ids, page debris such as "(200) 0 38", money, weights and calibres, numbers
inside names ("F-16", "Resolution 2254", "Brigade 47"), and counts of things a
conflict report does not count ("68 nations", "a thousand words"). Vague amounts
("dozens", "hundreds") are read but not reported unless asked (``vague=True``): they
are a floor, not a count that a ledger can compare.

Sides come from the counted phrase itself ("North Korean troops"), from whoever loses,
launches or sends what is counted ("Russia lost 9 tanks"), from the count the phrase
refers back to ("a hundred others"), and, for a bare "troops" or "government forces",
from the forces the sentence is about or the state the report is about. Civilians,
people and armed groups get no side unless their own phrase names one.

Checks compare what the text states with what it implies: a fraction against a
stated count ("one-third of 12,000" and "around 4,000"), and a breakdown against its
total ("killed 50 people: 15 civilians and 27 fighters").

The package is read in the order a number is: :mod:`.words` (word lists and tables),
:mod:`.syntax` (small readers of the parse), :mod:`.meanings` (what words say),
:mod:`.mentions` (a mention of a count, the stage's view of a report), :mod:`.refusals`,
:mod:`.binding` (a number to its noun), :mod:`.fates` (what happened to what is counted),
:mod:`.counted` (what a count counts), :mod:`.sides`, :mod:`.wholes` (parts, shares and
sides read through the report), :mod:`.checks`, and :mod:`.document`, which runs them
over one report.
"""

from __future__ import annotations

from claimledger.extract.figures.document import find_figures
from claimledger.extract.figures.words import QUANTITIES, Lexicon, lexicon

__all__ = ["QUANTITIES", "Lexicon", "find_figures", "lexicon"]
