"""Local areas named with a kind of several words, which the gazetteer seldom holds.

Nigerian, Ghanaian and Ugandan copy names its small areas "the Bokkos local government
area", "Guma LGA", "Mangu Local Government Area of Plateau State"; Kenyan copy "Lamu West
sub-county"; Philippine copy "the municipality of X" (read by ``marked``). The name before
such a kind is an area, whether or not "the" opens it: unlike "the Al-Rawdha district" (a
town's quarter) a local government area is never a quarter. The sentence then puts it in
the state or country it names (``marked_within.place_unknowns``).
"""

from __future__ import annotations

from claimledger.extract.places.marked import _new, _plausible_name, _run_start
from claimledger.extract.places.scan import Match
from claimledger.extract.places.view import PlacesView

# Kinds of local area written after a name, as word sequences (lower case): each names an area.
_KINDS: tuple[tuple[str, ...], ...] = (
    ("local", "government", "area"),
    ("local", "government", "areas"),
    ("local", "government", "council"),
    ("local", "government"),
    ("lga",),
    ("lgas",),
    ("sub-county",),
    ("subcounty",),
    ("sub-counties",),
    ("sub", "-", "county"),
)
# The countries whose local areas go by these kinds: a gazetteer town of another country that
# the text calls one ("the Guma and Logo local government areas" of Benue State, Guma elsewhere
# a Xinjiang village) is a namesake, and the report's area is one the gazetteer lacks.
_KIND_COUNTRIES = {"local": {"NG", "AU"}, "lga": {"NG", "AU"}, "lgas": {"NG", "AU"},
                   "sub-county": {"KE", "UG"}, "subcounty": {"KE", "UG"}, "sub-counties": {"KE", "UG"},
                   "sub": {"KE", "UG"}}
# The shape the record gives the kind (the merge keeps a name with a region word as an area).
_WORD = "district"


# the words a kind opens with: at any other word no kind starts (every kind has a first word)
_OPENERS = frozenset(kind[0] for kind in _KINDS)


def _kind_starts(doc: PlacesView) -> list[int]:
    """The token indexes from 1 on where a kind may start: ``_kind_at`` is 0 at every other
    word, and asking it of each word of each report (slicing the lower-case list for each of
    the kinds) cost ~7% of extraction."""
    lower = doc.lower
    return [i for i in range(1, len(lower)) if lower[i] in _OPENERS]


def _kind_at(doc: PlacesView, i: int) -> int:
    """How many tokens the kind starting at ``i`` takes (0: none). "LGA" may be written in capitals."""
    for kind in _KINDS:
        n = len(kind)
        if i + n <= len(doc) and tuple(doc.lower[i:i + n]) == kind:
            return n
    return 0


def _listed_before(doc: PlacesView, end: int) -> list[int]:
    """The ends of names listed before a plural kind: "Guma, Logo and Agatu local government areas"."""
    ends = [end]
    k = _run_start(doc, end) - 1
    while k > 0 and doc.lower[k] in (",", "and", "or") and doc.cap[k - 1]:
        ends.append(k)
        k = _run_start(doc, k) - 1
    return ends


def local_areas(doc: PlacesView, matches: list[Match]) -> list[Match]:
    """Names the gazetteer lacks that the text calls local government areas or sub-counties."""
    taken = {i for m in matches for i in range(m.start, m.end)}
    unknown = {(m.start, m.end): m for m in matches if m.chosen is None}
    found: list[Match] = []
    for i in _kind_starts(doc):
        n = _kind_at(doc, i)
        if not n or not doc.cap[i - 1]:
            continue
        if all(doc.cap[k] for k in range(i, i + n)) and n > 1 and not _area_closes(doc, i + n):
            continue  # "Plateau Local Government Service Commission": a body's name
        plural = doc.lower[i + n - 1] in ("areas", "councils", "lgas", "sub-counties")
        for end in (_listed_before(doc, i) if plural else [i]):
            start = _run_start(doc, end)
            if (start, end) in unknown:
                _mark(unknown[(start, end)])  # "near Logo": read before as a name after "in", now an area
                continue
            if start >= end or any(k in taken for k in range(start, end)) or not _plausible_name(doc, start, end):
                continue
            found.append(_new(doc, start, end, _WORD, True))
            taken.update(range(start, end))
    return found


def _mark(m: Match) -> None:
    m.settlement_word = m.region_word = _WORD
    m.located_only = False


def _area_closes(doc: PlacesView, k: int) -> bool:
    """Whether a capitalised "Local Government Area" ends the name ("Mangu Local Government Area of
    Plateau State", "in Guma Local Government Area."), so it is a kind, not a body's longer name."""
    return k >= len(doc) or not doc.cap[k]


def foreign_local_areas(doc: PlacesView, accepted: list[Match]) -> list[Match]:
    """The accepted names the text calls local areas of a kind their reading's country lacks:
    dropped, so that ``local_areas`` reads them as the report's own areas."""
    called: dict[int, set[str]] = {}  # token end of a name -> the countries its kind belongs to
    for i in _kind_starts(doc):
        n = _kind_at(doc, i)
        if not n or not doc.cap[i - 1]:
            continue
        plural = doc.lower[i + n - 1] in ("areas", "councils", "lgas", "sub-counties")
        for end in (_listed_before(doc, i) if plural else [i]):
            called[end] = _KIND_COUNTRIES.get(doc.lower[i], set())
    if not called:
        return []
    return [m for m in accepted if m.end in called and called[m.end] and m.chosen is not None
            and m.chosen.entry.kind == "city" and m.chosen.entry.country not in called[m.end]]
