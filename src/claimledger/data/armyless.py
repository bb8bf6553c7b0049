"""The territories with no state army of their own (``armyless.tsv``), read once here so
that the figure stage and the speaker-side stage share one list without importing each
other."""

from __future__ import annotations

from claimledger.data import read_table

# Country codes, upper case as the places table gives them: Gaza's ("PS") bare soldiers are Israel's
ARMYLESS: frozenset[str] = frozenset(row[0].upper() for row in read_table("armyless.tsv"))
