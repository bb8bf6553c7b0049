"""A state's force named by one of its regions: "Assam police", "Sindh Rangers", "Guerrero
state police", "the Bavarian police", "Lagos State Police Command", "Balochistan Levies".

The side tables know countries and national forces; a region's police is its country's all
the same (a sub-national force of the state, never a party of its own). The region is read
from the gazetteer's admin1 areas, its adjective too ("Bavarian", "Sindhi"). A name two
countries share ("Punjab") is the one the report's events are in, else no side is given; a
region of another country than the one the events are in gives none ("Gaza police" in a
report on Israel's war is not Mozambique's Gaza province's). An army named by a region is
left alone: "Kachin Independence Army" is no state's. Words: data/regional_force_words.tsv.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from claimledger.data.tables import word_lists
from claimledger.extract.context import context_of
from claimledger.extract.events_memo import names_a_group
from claimledger.extract.regional_bodies import region_countries
from claimledger.model import Party

_WORDS = word_lists("regional_force_words.tsv")
FORCE_WORDS = _WORDS["force_word"]
REGION_WORDS = _WORDS["region_word"]
NOT_REGIONS = _WORDS["not_region"]
FORCE_NOUNS = word_lists("event_words.tsv")["force_noun"]  # as events_view reads them
WORD = re.compile(r"[A-Za-z][\w'’.-]*")
# how many words a region's name may have ("Khyber Pakhtunkhwa", "Jammu and Kashmir")
LONGEST = 3


def regional_force_side(name: str | None, theatre: str | None = None,
                        named: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The country of the region that names a state force, or None. ``theatre`` is the
    country the report's events are in, ``named`` the countries of the places it names."""
    if not name or names_a_group(name):
        return None
    words = WORD.findall(name)
    lowered = [w.lower() for w in words]
    force = next((i for i, w in enumerate(lowered) if w in FORCE_WORDS), None)
    if force is None or force == 0:
        return None
    end = force
    while end > 0 and lowered[end - 1] in REGION_WORDS:
        end -= 1  # "Guerrero state police", "Ontario Provincial Police"
    for start in range(max(0, end - LONGEST), end):
        if lowered[start] in NOT_REGIONS:
            continue  # "Federal Police", "Mobile Police": a kind of police, not a region's
        countries = _region_countries(" ".join(words[start:end]))
        if theatre and theatre in countries:
            return theatre  # "Punjab Police", in a report whose events are in India
        if len(countries) == 1 and (theatre is None or theatre in named) and countries <= named:
            return next(iter(countries))  # "the Bavarian police arrested three men in Munich"
        if countries:
            return None  # "Gaza police" in a report on Israel's war: not Mozambique's Gaza province
    return None


@lru_cache(maxsize=2048)
def _region_countries(phrase: str) -> frozenset[str]:
    """The countries with an admin1 area of this name, or of the name its adjective is made
    from ("Bavarian" -> Bavaria, "Sindhi" -> Sindh); only capitalised names."""
    if not phrase[:1].isupper():
        return frozenset()
    for base in _bases(phrase):
        if found := region_countries(base):
            return found
    return frozenset()


def _bases(phrase: str) -> list[str]:
    bases = [phrase]
    if phrase.endswith("n") and len(phrase) > 5:
        bases.append(phrase[:-1])  # "Bavarian" -> "Bavaria", "Californian" -> "California"
    if phrase.endswith("i") and len(phrase) > 4:
        bases.append(phrase[:-1])  # "Sindhi" -> "Sindh", "Punjabi" -> "Punjab"
    return bases


def regional_party(party: Party, tok: Token, context) -> Party | None:
    """The party with its state's side when it is a region's force ("Sindh Rangers raided"),
    or a pronoun told by one ("the Bavarian police said they had arrested"), else None."""
    ctx = context_of(tok.doc)
    named = frozenset(p.country for p in getattr(ctx, "places", []) if p.country)
    side = regional_force_side(party.name, context.theatre_country, named)
    if side is None and party.name.lower() in {"they", "it", "we"}:
        claim = min(ctx.claims_holding(tok.idx), key=lambda c: c.span[1] - c.span[0], default=None)
        if claim is not None and claim.speaker.name:
            side = regional_force_side(claim.speaker.name, context.theatre_country, named)
            if side is not None:
                return Party(name=claim.speaker.name, side=side)
    return Party(name=party.name, side=side) if side else None


def chunk_side(text: str, context) -> str | None:
    """The side of a region's force named in the report ("Sindh police launched a crackdown"),
    for "they" told after it."""
    named = frozenset(p.country for p in getattr(context.report, "places", []) if p.country)
    return regional_force_side(text, context.theatre_country, named)


def in_a_force_name(root: Token) -> bool:
    """Whether a place's words are part of a force's name ("Guerrero state police", "the
    Assam Rifles", "Lagos State Police Command"): who acted, not where."""
    node = root
    for _ in range(4):
        if node.dep_ != "compound" or node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in FORCE_WORDS or node.lower_ in FORCE_NOUNS:
            return True
    return False


def named_a_force(doc, start: int, end: int) -> bool:
    """Whether the place mention at [start, end) is part of a force's name ("Jalisco state
    police"): no town "the town" points back to."""
    root = context_of(doc).root_of(start, end)  # char_span's root, without the Span for one word
    return root is not None and in_a_force_name(root)
