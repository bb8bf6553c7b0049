"""Credits: the outlets a stored report names as where its words come from.

A relay says where it got the story, in many places and words: the declared origin
the reader already cut off (a dateline "KYIV (Reuters) -", a trailer "Original Source:
www.cnn.com"), and in the text itself: "the official told AFP", "the BBC reported",
"according to a Reuters report", "(c) AFP", "via TASS", "Source: Al Jazeera", "The post
… appeared first on Politico". An outlet merely mentioned ("a Reuters photographer was
injured", "CNN's offices were shelled") is no credit, nor is a report's own outlet
crediting itself ("KYIV (Reuters) -" in a story Reuters published).

Outlets come from two curated tables read as one: ``data/agencies.tsv`` (wire agencies,
also used by the reader for datelines) and ``data/outlets.tsv`` (broadcasters, papers,
state media, news sites). Everything is read from the analysis record; nothing is
re-parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.documents import host_of
from claimledger.link.facts import fact_keys
from claimledger.read.outlets import outlets

__all__ = ["Credit", "canonical_outlet", "credit_matches", "credited_origins", "fact_keys", "own_outlets"]

# How a credit is given, strongest first; derivatives.CREDIT_CONFIDENCE gives each a weight.
HOWS = ("declared", "dateline", "trailer", "feed", "copyright", "voice", "attribution", "contributed")


@dataclass(frozen=True)
class Credit:
    outlet: str  # canonical name ("Reuters", "Al Jazeera"), or a web host we do not know ("example.org")
    evidence: str  # the words that give the credit
    how: str  # one of HOWS


def _known_host(host: str) -> str | None:
    """The outlet of a host or of the nearest parent domain we list ("edition.cnn.com" → CNN)."""
    table = outlets().by_host
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = table.get(".".join(parts[i:]))
        if name:
            return name
    return None


def canonical_outlet(value: str | None) -> str | None:
    """The outlet a name, alias, URL or host stands for: a listed outlet by its name
    ("www.cnn.com" → "CNN", "Associated Press" → "AP"), an unlisted host as the host
    ("https://www.example.org/a" → "example.org"), any other name as written."""
    if not value or not value.strip():
        return None
    value = value.strip().strip(".,;:").strip()
    if not value:
        return None
    table = outlets()
    if value in table.by_alias:
        return table.by_alias[value]
    if re.fullmatch(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:[/:?#]\S*)?", value, re.I):
        host = host_of(value)
        if host:
            return _known_host(host) or host
    return table.by_folded.get(value.casefold(), value)


def own_outlets(record: dict) -> set[str]:
    """Names the report's own publisher goes by: its outlet field and its URL's host,
    canonical and case-folded, and each as a name key (see ``name_key``)."""
    document = record.get("document") or {}
    names = set()
    for value in (document.get("outlet"), host_of(document.get("url"))):
        canonical = canonical_outlet(value)
        if canonical:
            names.add(canonical.casefold())
        if value:
            names.add(name_key(value))
    return names - {""}


def name_key(value: str) -> str:
    """An outlet's name or host as letters and digits alone, without "www." and the
    top-level domain: "Myanmar Now Digest" and "myanmarnowdigest.com" are one key, so a
    site's own feed footer ("The post … appeared first on Myanmar Now Digest") is no credit."""
    folded = value.strip().casefold().removeprefix("www.")
    if re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", folded):
        folded = folded.rsplit(".", 1)[0]
    return re.sub(r"[^a-z0-9]", "", folded)


def _named_key(outlet: str) -> str | None:
    """The name key of an outlet credited by name; a credited host ("example.org") is
    compared as a host, so that example.org is not example.com."""
    return None if "." in outlet else name_key(outlet)


def credit_matches(credit: Credit, record: dict) -> bool:
    """True when the credited outlet is the one that published this stored report."""
    own = own_outlets(record)
    wanted = (canonical_outlet(credit.outlet) or credit.outlet).casefold()
    if wanted in own or _named_key(credit.outlet) in own:
        return True
    # An unlisted host credited ("example.org") matches the report's sub-domains.
    host = host_of((record.get("document") or {}).get("url"))
    return bool(host and "." in wanted and host.endswith("." + wanted))


# ---------------------------------------------------------------------- patterns

def _o() -> str:
    """A listed outlet as a whole word, in group ``o``."""
    return rf"(?<![\w-])(?P<o>{outlets().pattern})(?![\w-])"


@lru_cache(maxsize=1)
def _outlet_speaker() -> re.Pattern[str]:
    """A speaker that is an outlet, its staff or its agency: "the BBC", "Syria's state news
    agency SANA", "an AFP correspondent"; not "CNN management" or a photo credit."""
    return re.compile(r"(?i:the\s+|an?\s+)?" + _FILLER + _o() + _OUTLET_NOUN)


# Words that may stand between a credit's verb and the outlet: "told the state news
# agency SANA", "according to a report by Russia's TASS", "carried by state television".
_FILLER = (r"(?:(?:the|a|an|state|state-run|state-owned|official|news|agency|report|reports|tally|count"
           r"|broadcaster|television|TV|channel|newspaper|daily|website|outlet|interview|by|from|in|of|with"
           r"|[A-Z][\w-]*['’]s)\s+){0,5}?")
# After "told", "spoke to" ...: "told Reuters", "in an interview with the BBC".
_TO_OUTLET = (r"\b(?:told|tells|telling|speaking to|spoke to|talking to|in an interview with|interviewed by"
              r"|in comments to|in remarks to|in a statement to|quoted by|cited by|reported by|carried by"
              r"|broadcast by|aired by|published by|according to|via|confirmed to|said to)\s+")
# The outlet reporting: "the BBC reported", "Reuters has learned", "AFP journalists saw",
# "state news agency SANA said". A name then one of these nouns, then the verb.
_OUTLET_NOUN = (r"(?:['’]s)?(?:\s+(?:news agency|agency|television|TV|channel|newspaper|website|broadcaster"
                r"|correspondents?|reporters?|journalists?|reporting|reports?|tally|count)){0,2}")
_OUTLET_VERB = (r"\s+(?:(?:has|had|have)\s+)?(?:reported|reports|quoted|quotes|cited|cites|said|says"
                r"|learned|learnt|understands|was told|were told|been told|obtained|saw|witnessed"
                r"|carried|published|broadcast|aired|cited)\b")
_VOICE = r"\s+(?:could not|couldn['’]t|was unable to|were unable to|has not been able to)\s+(?:independently\s+)?" \
         r"(?:verify|confirm)\b"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    o = _o()
    return [
        # "KYIV (Reuters) -" opening a paragraph; "Phanom Dong Rak (Thailand) (AFP) –", its
        # country in brackets after the town
        ("dateline", re.compile(r"^[ \t]*(?:[A-Z][\w'’.\-]*(?:,?[ \t]+(?:[A-Z][\w'’.\-]*|\d{1,2})){0,5},?[ \t]+"
                                r"(?:\([A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}\)[ \t]+)?)?"
                                rf"\({o}\)[ \t]*[-–—:]", re.M)),
        # "MOSCOW, June 10. /TASS/."
        ("dateline", re.compile(r"^[ \t]*[A-Z][\w'’.\-]*(?:,?[ \t]+(?:[A-Z][\w'’.\-]*|\d{1,2})){0,5}\.?[ \t]+"
                                rf"/{o}/\.?", re.M)),
        # "(c) AFP 2024", "© Reuters", "Copyright 2024 The Associated Press"
        ("copyright", re.compile(rf"(?:©|\((?i:c)\)|\b(?i:copyright))[ \t]*(?:\d{{4}}[ \t]+)?(?:The[ \t]+)?{o}")),
        ("voice", re.compile(rf"{o}{_VOICE}")),
        ("attribution", re.compile(_TO_OUTLET + _FILLER + o)),
        ("attribution", re.compile(o + _OUTLET_NOUN + _OUTLET_VERB)),
        ("contributed", re.compile(rf"{o}(?:['’]s)?(?:\s+\w+){{0,3}}\s+contributed\s+(?:to\s+)?(?:this|the)\s+"
                                   r"(?:report|story|article)")),
    ]


# Lines whose whole content credits an outlet, listed or not (a host or a short name):
# "Original Source: www.cnn.com", "Source: Al Jazeera", "via AP", "— AP".
_TRAILER_LINES = (
    (re.compile(r"(?i:original\s+sources?|originally\s+published\s+(?:by|at|on|in))\s*:?\s*(?P<v>\S[^\n]{0,80}?)"
                r"[\s.]*"), False),
    (re.compile(r"(?i:sources?)\s*:\s*(?P<v>\S[^\n]{0,80}?)[\s.]*"), True),
    (re.compile(r"\(?\s*(?i:via)\s+(?P<v>[^()\n]{2,60}?)\s*\)?\.?"), True),
    (re.compile(r"[-–—]{1,2}[ \t]*(?P<v>[^-–—\s][^\n]{0,40}?)\s*"), True),
)
# Feed and republication notes anywhere in the text, naming any outlet.
_FEED = re.compile(
    r"\b(?:The post\b[^\n]{1,300}?\bappeared first on"
    r"|This (?:article|story|report|piece) (?:was )?(?:originally |first )?(?:appeared|published|ran)"
    r" (?:on|in|at|by)"
    r"|(?:Republished|Reprinted|Reproduced)(?: with permission)? from"
    r"|(?:First|Originally) published (?:on|in|by|at))\s+(?P<v>[^\n]{2,60}?)\s*(?:[.\n]|$)"
)


def _trailer_credit(line: str) -> Credit | None:
    """A credit that is the whole line, or None."""
    for pattern, must_be_known in _TRAILER_LINES:
        m = pattern.fullmatch(line)
        if m is None or len(m.group("v").split()) > 6:
            continue
        value = m.group("v").strip(" .;,()")
        outlet = canonical_outlet(value)
        listed = outlet is not None and outlet in outlets().by_alias.values()
        if outlet and (listed or "." in outlet or not must_be_known):
            return Credit(outlet, line, "trailer")
    return None


def _text_credits(text: str) -> list[Credit]:
    credits = []
    for line in text.splitlines()[-6:]:  # trailers close a text
        credit = _trailer_credit(line.strip())
        if credit:
            credits.append(credit)
    for m in _FEED.finditer(text):
        outlet = canonical_outlet(m.group("v"))
        if outlet and len(outlet.split()) <= 6:
            credits.append(Credit(outlet, m.group(0).strip(), "feed"))
    for how, pattern in _patterns():
        for m in pattern.finditer(text):
            credits.append(Credit(outlets().by_alias[m.group("o")], m.group(0).strip(), how))
    return credits


# Cues of a claim by an outlet that make the outlet a source of the report's words.
_REPORTING_CUES = {"reported", "reports", "report", "according to", "quoted", "quoting", "cited", "citing",
                   "said", "says", "carried", "published", "broadcast", "aired", "learned", "added"}


def _claim_credits(claims: tuple[tuple[str, str], ...]) -> list[Credit]:
    """Claims whose speaker is a listed outlet: "the agency reported" resolved to SANA."""
    credits = []
    for speaker, cue in claims:
        if cue.casefold() not in _REPORTING_CUES:
            continue
        found = _outlet_speaker().fullmatch(speaker.strip())
        if found:
            credits.append(Credit(outlets().by_alias[found.group("o")], f"{speaker} {cue}", "attribution"))
    return credits


def credited_origins(record: dict) -> list[Credit]:
    """Every outlet the report credits as a source of its words, strongest credit first,
    one credit per outlet, without the report's own outlet."""
    document = record.get("document") or {}
    claims = tuple(((c.get("speaker") or {}).get("name") or "", c.get("cue") or "")
                   for c in record.get("claims") or [])
    return list(_credits(document.get("text") or "", document.get("outlet"), document.get("url"),
                         document.get("declared_origin"), claims))


# Linking compares a report with several candidates: its credits are read once.
@lru_cache(maxsize=4096)
def _credits(text: str, outlet: str | None, url: str | None, declared_origin: str | None,
             claims: tuple[tuple[str, str], ...]) -> tuple[Credit, ...]:
    found: list[Credit] = []
    declared = canonical_outlet(declared_origin)
    if declared and declared_origin:
        found.append(Credit(declared, declared_origin, "declared"))
    found += _text_credits(text)
    found += _claim_credits(claims)
    own = own_outlets({"document": {"outlet": outlet, "url": url}})
    best: dict[str, Credit] = {}
    for credit in sorted(found, key=lambda c: HOWS.index(c.how)):
        key = credit.outlet.casefold()
        if key not in own and _named_key(credit.outlet) not in own and key not in best:
            best[key] = credit
    return tuple(best.values())
