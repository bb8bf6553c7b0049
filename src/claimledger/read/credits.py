"""Credit lines: who a copy says its words came from, and which credit wins.

A page may credit several publishers: an agency's dateline ("KYIV (Reuters) -"), a
byline ("By Jane Doe, AFP"), a republisher's note ("This article was originally
published by AFP"), a source trailer ("Source: Al Jazeera", "via TASS", "— AP") and a
feed's footer ("The post … appeared first on Gulf Security Monitor"). The declared
origin is the original publisher, so the credits rank:

1. an explicit original ("Original Source:", "originally published by", "first
   published in", "first appeared on", "republished from", "syndicated from"): the page
   says in so many words where the words were first printed;
2. a source trailer or a dash credit ("Source: Al Jazeera", "— AP"), or an agency named
   in the closing credit lines ("(c) AFP 2025"): the page's own closing word on its source;
3. the agency of the dateline or byline that opens the body ("N'DJAMENA (AFP) -");
4. a relay ("via TASS", "Syndicated via Yahoo News"): who passed the copy on, which the
   author a dateline names comes before;
5. a feed's footer: it names the site that put the item in the feed, which on an
   aggregator is the aggregator itself (or the site it took the item from), never a
   better answer than any credit above.

Within one rank the first credit read wins: the page's tail top down, then the body's
last lines from the end, then its opening lines.

The lines are sliced off the end of the body, so the text left is byte-identical to
the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimledger.read.agencies import agencies, agency_of, origin_from
from claimledger.read.dates import ZONE
from claimledger.read.furniture import AUTHOR_BIO, CONTRIBUTORS, is_closing_caption, tail_start
from claimledger.read.outlets import outlets

ORIGINAL, SOURCE, OPENING, RELAY, FEED = 1, 2, 3, 4, 5  # the ranks above, best first

# A republisher's note opening: "This article was originally published by", "This story
# was first published by", "Originally published at", "Republished with permission from".
_NOTE_OPENING = (
    r"(?:(?:this\s+(?:article|story|report|piece|post|interview|analysis)\s+(?:was\s+|is\s+|has\s+been\s+)?)?"
    r"(?:(?:originally|first)\s+(?:published|appeared|posted)(?:\s+online)?\s+(?:on|in|at|by|with)"
    r"|(?:republished|reproduced|reprinted|syndicated)\s+(?:here\s+)?(?:with\s+(?:kind\s+)?permission\s+)?(?:from|by)))"
)
_NOTE_OPENING_OTHER = (
    r"(?:(?:cet|este|esta)\s+(?:article|artículo|artigo|nota|texto|reportage|reportagem|entretien|entrevista)\s+"
    r"(?:a\s+(?:d'abord\s+)?été|fue|foi|ha\s+sido)\s+)?(?:publié|publiée|publicado|publicada)\s+"
    r"(?:initialement|originellement|à\s+l'origine|originalmente|pela\s+primeira\s+vez|por\s+primera\s+vez)\s+"
    r"(?:par|por|pela|pelo|en|em|dans|sur|no|na|el|le)"
)
# (pattern, whether the value must be a known agency or a web host to count, rank).
_TRAILERS = (
    # "Original Source: www.cnn.com": explicit, whatever it names.
    (re.compile(r"(?i:original\s+sources?)\s*:\s*(?P<v>\S[^\n]{0,80}?)\s*"), False, ORIGINAL),
    # "Source: Reuters"; a bare "Source: NATO." more often captions a chart's data.
    (re.compile(r"(?i:sources?)\s*:\s*(?P<v>\S[^\n]{0,80}?)\s*"), True, SOURCE),
    # "via AP", "(via Reuters)", "Syndicated via Yahoo News"
    (re.compile(r"\(?\s*(?i:(?:syndicated\s+|distributed\s+)?via)\s+(?P<v>[^()\n]{2,60}?)\s*\)?\.?"), False, RELAY),
    # "— AP", "-- Reuters"; a dash line naming anything else is the copy's last words.
    (re.compile(r"[-–—]{1,2}[ \t]*(?P<v>[^-–—\s][^\n]{0,40}?)\s*"), True, SOURCE),
    # a republisher's note: "This article was originally published by Al Jazeera and is
    # republished here via RSS", "This story first appeared on Reuters", "Originally
    # published at www.example.org", "This article was originally published by AFP. The
    # Monitor has edited it for length." (a sentence about the editing may follow)
    (re.compile(rf"(?i:{_NOTE_OPENING})\s+(?P<v>[^\n,;]{{2,60}}?)(?:\s+(?i:and|on|under|as|in|with)\b[^\n]{{0,160}}?)?"
                r"(?:\.[ \t]+[A-Z][^\n]{0,200}?)?[\s.]*"), False, ORIGINAL),
    # the same note in French, Spanish or Portuguese: "Cet article a été publié initialement par
    # Le Monde", "Este artículo fue publicado originalmente por EFE", "Este artigo foi publicado
    # originalmente pela Lusa"
    (re.compile(rf"(?i:{_NOTE_OPENING_OTHER})\s+(?P<v>[^\n,;]{{2,60}}?)(?:\.[ \t]+[A-Z][^\n]{{0,200}}?)?[\s.]*"),
     False, ORIGINAL),
    # a credit in French, Spanish or Portuguese: "(Avec AFP)", "Con información de EFE", "Com Lusa"
    (re.compile(r"\(?\s*(?i:avec|con\s+información\s+de|con|com|com\s+informações\s+da)\s+(?P<v>[^()\n]{2,40}?)"
                r"\s*\)?\.?"), True, SOURCE),
    # a feed's note, "The post … appeared first on Middle East Eye.": cut as page furniture,
    # it still names the site the words came from (the link stage drops a site's own note)
    (re.compile(r"(?i:the post\b[^\n]{1,300}?\bappeared first on)\s+(?P<v>[^\n]{2,60}?)[\s.]*"), False, FEED),
)
# Credit lines with no place in the analysis: "(Reporting by ...; Editing by ...)",
# "Copyright 2024 The Associated Press. All rights reserved."
_CREDIT_LINES = (
    re.compile(r"(?:[-–—]{1,2}[ \t]*)?\(?\s*(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by)\b"
               r"[^\n]{0,250}"),
    re.compile(r"(?:©|\((?i:c)\)|(?i:copyright)\b)[^\n]{0,150}"),
    re.compile(r"_{3,}\.?"),  # the rule AP puts above its closing notes
    re.compile(r"Follow\s[^\n]{1,80}\son\s(?:Twitter|X|Facebook|Instagram)\b[^\n]{0,120}"),
    AUTHOR_BIO,  # "Jane Doe is a reporter covering ... She is based in Odesa."
    CONTRIBUTORS,  # "Associated Press writer ... in San Juan contributed to this report."
    re.compile(r"(?i:end\s?item|-+\s*ends?\s*-+)\.?"),  # a wire's end mark: "Enditem", "-ENDS-"
    # the editors' signature closing a state agency's copy: "Hala Qassem/ Mazen Eyon"
    re.compile(r"(?:[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}[ \t]*/[ \t]*)+"
               r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2}"),
    # the wire's filing time: "20:12 LOCAL TIME 17:12 GMT"
    re.compile(rf"\d{{1,2}}:\d{{2}}\s*(?i:local\s+time|LT)(?:\s+\d{{1,2}}:\d{{2}}\s*{ZONE})?"),
    # the print edition a web copy names: "Published in Dawn, December 6th, 2026", "Appeared in print
    # on 7 December 2026" (the paper's own date, a day after the web copy's, so it dates nothing)
    re.compile(r"(?i:published in|appeared in(?: print)?(?: in)?|a version of this (?:article|story) appeared in)"
               r"[ \t][^\n]{2,80}?(?:19|20)\d\d\.?"),
    # an app's promotion: "Want more news? Download our app", "Get the Dawn app"
    re.compile(r"(?i:(?:want|get) (?:more|the latest)[^?\n]{0,40}\?[ \t]*)?(?i:download|get|install)"
               r"[ \t](?i:our|the)[ \t][^\n]{0,40}?\b(?i:app)\b[^\n]{0,60}"),
)


@dataclass(frozen=True)
class Credit:
    rank: int
    origin: str


@dataclass
class Tail:
    body: str
    credits: list[Credit] = field(default_factory=list)

    @property
    def origin(self) -> str | None:
        """The best credit of the tail alone."""
        return best_origin(self.credits)


def best_origin(credits: list[Credit]) -> str | None:
    """The origin of the best-ranked credit; the first read among equals."""
    return min(credits, key=lambda c: c.rank).origin if credits else None


def others(credits: list[Credit], outlet: str | None) -> list[Credit]:
    """The credits less a feed's footer naming the copy's own site ("The post … appeared first
    on Maghreb Monitor" in maghrebmonitor.example's own feed): that names who printed this very
    copy, not where its words came from. Names are compared folded to letters and digits,
    against the first label of the outlet's host ("www." aside)."""
    if not outlet:
        return credits
    own = re.sub(r"[^a-z0-9]", "", outlet.lower().removeprefix("www.").split(".")[0])
    return [c for c in credits
            if not (c.rank == FEED and own and re.sub(r"[^a-z0-9]", "", c.origin.lower().replace("&", "")) == own)]


def strip_trailers(body: str) -> Tail:
    """Slice the page's tail (its furniture and other stories, after the last paragraph
    of the story) and then source and credit lines off the end of the body, last line
    first. A source line inside the tail still credits the report's origin."""
    tail = Tail(body)
    lines = body.split("\n")
    start = tail_start(lines)
    if start is not None and "\n".join(lines[:start]).strip():
        for line in lines[start:]:
            credit = read_trailer(line.strip())[1]
            if credit:
                tail.credits.append(credit)
        tail.body = "\n".join(lines[:start]).rstrip()
    for _ in range(4):
        head, newline, last = tail.body.rpartition("\n")
        if not newline or not head.strip():
            break  # a one-line body has no trailer: its last words are the report
        is_trailer, credit = read_trailer(last.strip())
        if not is_trailer and not is_closing_caption(last):  # a photo's caption may close a wire's copy
            break
        tail.body = head.rstrip()
        if credit:
            tail.credits.append(credit)
    return tail


# a web host, as origin_from gives one ("cnn.com"); "Ep. 210: Inside the camps" has a dot and is none
_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def read_trailer(line: str) -> tuple[bool, Credit | None]:
    """(is it a trailer, the credit it gives): credit lines are trailers that may name none."""
    for pattern, must_be_known, rank in _TRAILERS:
        m = pattern.fullmatch(line)
        if m is None or len(m.group("v").split()) > 6:
            continue
        origin = origin_from(m.group("v"))
        if origin is None or (must_be_known and agency_of(origin) is None and not _HOST.fullmatch(origin)
                              and origin.casefold() not in outlets().by_folded):
            continue
        return True, Credit(rank, origin)
    for pattern in _CREDIT_LINES:
        if pattern.fullmatch(line):
            found = agencies().pattern.search(line)
            return True, Credit(SOURCE, agencies().name_of(found.group(1))) if found else None
    return False, None


def republisher_note(line: str) -> Credit | None:
    """The original a republisher's note names, when ``line`` is one ("This story was first
    published by The New Humanitarian."): such notes also open a page."""
    is_trailer, credit = read_trailer(line.strip())
    return credit if is_trailer and credit and credit.rank == ORIGINAL else None
