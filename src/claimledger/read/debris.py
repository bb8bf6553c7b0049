"""Web-copy debris around a report's body: what is sliced off its start and end.

At the start: a repeated title, date stamps, share widgets, agency credits, bylines and
datelines; at the end: source trailers and credit lines. Only the ends of the body are
sliced, so the text left is byte-identical to the input; what the pieces name (an
agency, a date) is kept as the report's declared origin and publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.read.agencies import agencies, agency_of, origin_from
from claimledger.read.bylines import read_byline
from claimledger.read.dates import FOREIGN_DATE, MONTH, STAMP, stamp_iso, worded_date
from claimledger.read.furniture import (
    AUTHOR_BIO,
    CONTRIBUTORS,
    is_caption,
    is_furniture,
    is_section_path,
    meta_date,
    tail_start,
)
from claimledger.read.outlets import outlets

# Sputnik's share widget ("Get short URL", then view and comment counts) and topic box
# ("Topic <name> (<count>) 0 38"). At most two counts, so a figure that opens the
# body after them is kept.
_WIDGET = re.compile(r"Get short URL(?:[ \t]+\d+){0,2}"
                     r"(?:\s+Topic\s+[^()\n]{1,150}?\(\d+\)(?:[ \t]+\d+){0,2})?")
_PRINT = re.compile(r"(?i:print this page)|Print Tweet(?: Views \d+)?")

# "KYIV (Reuters) -", "KYIV, Ukraine (AP) —", "(Reuters) -", "DAMASCUS (Sputnik)",
# "FLINT, Mich., Oct. 4 (UPI) —", "Kinshasa, 17 February 2026 (ACP) -".
_DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][\w'’.\-]*(?:/[A-Z][\w'’.\-]*)*"
    rf"(?:,?[ \t]+(?:(?:le[ \t]+)?{FOREIGN_DATE}|[A-Z][\w'’.\-]*|\d{{1,2}}|(?:19|20)\d\d)){{0,6}}),?[ \t]+)?"
    r"\((?P<credit>[^()\n]{2,40})\)[ \t]*(?:[-–—:]+[ \t]*)?"
)


@dataclass
class Lead:
    body: str
    origin: str | None = None
    published: str | None = None


def strip_leading_debris(body: str, title: str | None) -> Lead:
    """Slice web-copy debris off the start of the body, one piece at a time.

    FA-KES-style copies stack pieces in any order ("Thursday 18 May 2017 <title>.",
    "<title> AFP Sunday 18 Sep 2016 ..."), so each remover is tried until none applies.
    A piece that would leave nothing is kept: then it is the report.
    """
    lead = Lead(body)
    removed = False
    for _ in range(8):
        step = (_title_repeat(lead.body, title) or _date_stamp(lead.body) or _widget(lead.body)
                or _agency_credit(lead.body, removed) or byline(lead.body) or dateline(lead.body)
                or _place_dateline(lead.body) or _dated_place(lead.body) or _field_line(lead.body)
                or _furniture_line(lead.body))
        if step is None:
            break
        end, origin, published = step
        rest = lead.body[end:].lstrip()
        if not rest:
            break
        lead.body = rest
        lead.origin = lead.origin or origin
        lead.published = lead.published or published
        removed = True
    return lead


_Step = tuple[int, str | None, str | None]  # (end of the piece, origin it names, ISO date it gives)


def _opens_new_text(rest: str) -> bool:
    """True when what follows a removed piece starts afresh (not a sentence's lower-case
    continuation), so the piece was debris and not the start of the report's words."""
    rest = rest.lstrip()
    return not rest or not rest[0].islower()


def _title_repeat(body: str, title: str | None) -> _Step | None:
    """The title printed again at the start of the body, exactly or nearly so."""
    for candidate in _title_forms(title):
        m = _title_pattern(candidate).match(body)
        if m is None:
            continue
        end = m.end()
        if end < len(body) and (body[end].isalnum() or body[end] == "_"):
            continue  # stopped inside a word: "Syria" is not "Syrian"
        end += len(body[end:]) - len(body[end:].lstrip(" \t.:!?"))
        if _opens_new_text(body[end:]):
            return end, None, None
    return None


def _title_forms(title: str | None) -> list[str]:
    """The title, then the title without trailing " - Site" / " | Site" parts, since
    web titles carry the outlet's name and the body does not. Longest first, so a
    headline whose last part is its own ("... - Homs Governor") is tried whole."""
    if not title:
        return []
    # A separator has a space on at least one side, so "US-led" stays whole.
    parts = re.split(r"\s+[-|–—]\s*|\s*[-|–—]\s+", title)
    shorter = [" ".join(parts[:k]) for k in range(len(parts) - 1, 0, -1)]
    return [title] + [form for form in shorter if len(form.split()) >= 3]


@lru_cache(maxsize=256)
def _title_pattern(title: str) -> re.Pattern[str]:
    """Match the title's words in order, whatever punctuation or spacing lies between
    (copies drop apostrophes, commas and quotes: "Syria's" is printed "Syrias")."""
    words = re.findall(r"\w+", title.replace("'", "").replace("’", ""))
    pieces = [re.escape(w[:-1]) + r"['’]?s" if len(w) > 2 and w.endswith("s") else re.escape(w)
              for w in words]
    return re.compile(r"[^\w\n]*" + r"[^\w]*".join(pieces), re.I) if len(words) >= 2 else re.compile(r"(?!)")


def _date_stamp(body: str) -> _Step | None:
    m = STAMP.match(body)
    if m is None:
        return None
    end = m.end()
    gap = re.match(r"[ \t]+", body[end:])
    signed = read_byline(body, end + gap.end(), expected=True) if gap else None
    if signed:
        end = signed.end  # "Posted on December 2, 2026 by News Desk": the byline ends the stamp's line
    widget = _WIDGET.match(body[end:].lstrip())
    if widget:
        end = len(body) - len(body[end:].lstrip()) + widget.end()
    if end < len(body) and body[end].isalnum() and not widget:
        return None  # "2016-05-01abc" is not a stamp
    if not _opens_new_text(body[end:]):
        return None
    line = body.partition("\n")[0]
    if end < len(line) and is_furniture(line):
        end = len(line)  # "Published on 14/10/2026 at 11:20 | Updated ...": the whole meta line
    return end, None, stamp_iso(m)


def _widget(body: str) -> _Step | None:
    m = _WIDGET.match(body) or _PRINT.match(body)
    return (m.end(), None, None) if m else None


def _agency_credit(body: str, after_debris: bool) -> _Step | None:
    """An agency credited in a byline right after the headline: "AFP Sunday 18 Sep 2016".

    Taken when a date stamp follows, when the credit stands on its own line, or when
    other debris came before it; a report that opens "Reuters reported ..." keeps it.
    """
    m = agencies().pattern.match(body)
    if m is None:
        return None
    rest = body[m.end():]
    stamp = STAMP.match(rest.lstrip())
    if stamp:
        # Agency and stamp together are a byline for sure, even when the copy goes on
        # in lower case ("AFP Monday 6 Jun 2016 seventeen civilians ...").
        end = m.end() + len(rest) - len(rest.lstrip()) + stamp.end()
        return end, agencies().name_of(m.group(1)), stamp_iso(stamp)
    on_own_line = re.match(r"[ \t]*\r?\n", rest) is not None
    # "REUTERS Rodi Said Middle East 1730 28.04.2017 Get short URL": a photo credit
    # (agency, photographer, section, stamp) heads the page, not the text's byline.
    photo_credit = STAMP.search(rest[:80]) is not None or "Get short URL" in rest[:120]
    if (on_own_line or after_debris) and not photo_credit and re.match(r"\s+[A-Z0-9\"“‘']", rest):
        return m.end(), agencies().name_of(m.group(1)), None
    return None


def byline(body: str) -> _Step | None:
    """A byline opening the body ("By Jane Doe, Reuters"): cut, crediting the agency it names."""
    found = read_byline(body)
    return (found.end, found.origin, None) if found else None


# "BAMAKO, Mali —", "KHARKIV —": a capitalised place line with a dash and no credit.
_PLACE_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\-]{2,}(?:/[A-Z][A-Z'’.\-]{2,})*(?:[ \t]+[A-Z][A-Z'’.\-]+){0,2}"
    r"(?:,[ \t]+[A-Z][\w'’.]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’.]*){0,3})?"
    r"[ \t]+[—–]+[ \t]+(?=[A-Z\"“])|[A-Z][A-Z'’.\-]{2,}(?:[ \t]+[A-Z][A-Z'’.\-]+){0,2}[ \t]*--[ \t]+(?=[A-Z\"“])"
    # "(Beirut) – ", as rights groups date their releases
    r"|\([A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,2}\)[ \t]*[-–—]+[ \t]+(?=[A-Z\"“])"
)


def _place_dateline(body: str) -> _Step | None:
    """A dateline naming only a place: cut, so the place does not open the first sentence
    (it would be read as its subject); it names no origin."""
    m = _PLACE_DATELINE.match(body)
    return (m.end(), None, None) if m else None


def _furniture_line(body: str) -> _Step | None:
    """A first line of page furniture ("Share this article", "4 Min Read", "Updated 2 hours
    ago") or a photo caption above the lead ("..., in this undated photo released by ...")."""
    first, newline, rest = body.partition("\n")
    if not newline or not rest.strip() or not (is_furniture(first) or is_caption(first) or is_section_path(first)):
        return None
    return len(first) + 1, None, meta_date(first)  # "Published 3 March 2026 · 4 min read" dates the report


def dateline(body: str) -> _Step | None:
    """An agency dateline; the date it gives when written in full ("Kinshasa, 17 February
    2026 (ACP) -"), since a state agency's dispatch often carries no other date."""
    m = _DATELINE.match(body)
    if m is None:
        return None
    origin = agencies().name_of(m.group("credit"))
    published = worded_date(m.group("place") or "")
    if origin is None and not (published and _ACRONYM.fullmatch(m.group("credit"))):
        return None  # "(Ukraine) ..." or "(Photo)": only a known agency, or a place and a full date, make one
    return m.end(), origin, published


_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,7}")  # an agency's short name: "ACP", "AIP", "Xinhua"

# "Mogadishu, 22 April 2026 –", "Goma, DR Congo, March 3, 2026 -": a place, a full date in
# words and a dash, or the two alone on a line ("Abuja, 13 May 2025"); the date makes it a
# dateline even in lower case.
_DATED_PLACE = re.compile(
    r"[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,2}(?:,[ \t]+[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,2})?"
    rf",?[ \t]+(?P<date>(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}},?)[ \t]+(?:19|20)\d\d"
    rf"|(?P<foreign>(?:le[ \t]+|el[ \t]+)?{FOREIGN_DATE}))"  # "Bamako, le 18 novembre 2026 -"
    r"(?:[ \t]*(?:[-–—:]+|\.[ \t]*[-–—]+)[ \t]+(?=[A-Z\"“])|[ \t]*\.?[ \t]*\r?\n)"  # or alone on its line
)


def _dated_place(body: str) -> _Step | None:
    m = _DATED_PLACE.match(body)
    if m is None:
        return None
    published = worded_date(m.group("date"))
    if m.group("foreign") and published is None:
        return None  # "Goma, 18 Tapoa 2026 -": no month, so no dateline
    return m.end(), None, published


# "Format: Situation Report | Source: UN OCHA | Posted: 10 Mar 2026": a relief site's
# fields, two or more "Label: value" pieces on one line; "Attachments: Download PDF (412 KB)".
_FIELD = r"[A-Z][\w-]*(?:[ \t]+[\w-]+){0,2}[ \t]*:[ \t]*[^|\n]{1,80}?"
_FIELD_LINE = re.compile(rf"{_FIELD}(?:[ \t]*\|[ \t]*{_FIELD})+[ \t]*(?=\n|$)")
_PAGE_FIELD = re.compile(
    r"(?:^|\|)[ \t]*(?i:format|source|posted|published|updated|author|country|theme|language)[ \t]*:"
)
_DOWNLOAD_LINE = re.compile(r"[^\n]{0,60}\b(?i:download)\b[^\n]{0,60}\(\s*[\d.,]+\s*[KMG]B\s*\)[ \t]*(?=\n|$)")


def _field_line(body: str) -> _Step | None:
    """A line of page fields or a download link; a "Posted:" or "Published:" field dates the copy."""
    m = _FIELD_LINE.match(body)
    if m is not None and not _PAGE_FIELD.search(m.group(0)):
        m = None  # "Killed: 12 | Wounded: 30" is the story's own table
    m = m or _DOWNLOAD_LINE.match(body)
    if m is None:
        return None
    published = None
    for piece in m.group(0).split("|"):
        stamp = STAMP.match(piece.strip())
        if stamp and re.match(r"(?i)(?:published|posted|updated|last updated|date)\b", piece.strip()):
            published = published or stamp_iso(stamp)
    return m.end(), None, published


# ---------------------------------------------------------------------- trailers

# (pattern, whether the value must be a known agency or a web host to count).
_TRAILERS = (
    # "Original Source: www.cnn.com": explicit, whatever it names.
    (re.compile(r"(?i:original\s+sources?)\s*:\s*(?P<v>\S[^\n]{0,80}?)\s*"), False),
    # "Source: Reuters"; a bare "Source: NATO." more often captions a chart's data.
    (re.compile(r"(?i:sources?)\s*:\s*(?P<v>\S[^\n]{0,80}?)\s*"), True),
    # "via AP", "(via Reuters)"
    (re.compile(r"\(?\s*(?i:via)\s+(?P<v>[^()\n]{2,60}?)\s*\)?\.?"), False),
    # "— AP", "-- Reuters"; a dash line naming anything else is the copy's last words.
    (re.compile(r"[-–—]{1,2}[ \t]*(?P<v>[^-–—\s][^\n]{0,40}?)\s*"), True),
    # a republisher's note: "This article was originally published by Al Jazeera and is
    # republished here via RSS", "This story first appeared on Reuters", "Originally
    # published at www.example.org"
    (re.compile(r"(?i:(?:this\s+(?:article|story|report|piece|post)\s+(?:was\s+|is\s+)?)?"
                r"(?:originally\s+published|first\s+published|first\s+appeared|originally\s+appeared)"
                r"\s+(?:on|in|at|by))\s+(?P<v>[^\n,;]{2,60}?)(?:\s+(?i:and|on|under|as)\b[^\n]{0,160}?)?[\s.]*"),
     False),
    # a feed's note, "The post … appeared first on Middle East Eye.": cut as page furniture,
    # it still names the site the words came from (the link stage drops a site's own note)
    (re.compile(r"(?i:the post\b[^\n]{1,300}?\bappeared first on)\s+(?P<v>[^\n]{2,60}?)[\s.]*"), False),
)
# Credit lines with no place in the analysis: "(Reporting by ...; Editing by ...)",
# "Copyright 2024 The Associated Press. All rights reserved."
_CREDIT_LINES = (
    re.compile(r"\(?\s*(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by)\b[^\n]{0,250}"),
    re.compile(r"(?:©|\((?i:c)\)|(?i:copyright)\b)[^\n]{0,150}"),
    re.compile(r"_{3,}\.?"),  # the rule AP puts above its closing notes
    re.compile(r"Follow\s[^\n]{1,80}\son\s(?:Twitter|X|Facebook|Instagram)\b[^\n]{0,120}"),
    AUTHOR_BIO,  # "Jane Doe is a reporter covering ... She is based in Odesa."
    CONTRIBUTORS,  # "Associated Press writer ... in San Juan contributed to this report."
)


@dataclass
class Tail:
    body: str
    origin: str | None = None


def strip_trailers(body: str) -> Tail:
    """Slice the page's tail (its furniture and other stories, after the last paragraph
    of the story) and then source and credit lines off the end of the body, last line
    first. A source line inside the tail still declares the report's origin."""
    tail = Tail(body)
    lines = body.split("\n")
    start = tail_start(lines)
    if start is not None and "\n".join(lines[:start]).strip():
        for line in lines[start:]:
            tail.origin = tail.origin or _read_trailer(line.strip())[1]
        tail.body = "\n".join(lines[:start]).rstrip()
    for _ in range(4):
        head, newline, last = tail.body.rpartition("\n")
        if not newline or not head.strip():
            break  # a one-line body has no trailer: its last words are the report
        is_trailer, origin = _read_trailer(last.strip())
        if not is_trailer:
            break
        tail.body = head.rstrip()
        tail.origin = tail.origin or origin
    return tail


def _read_trailer(line: str) -> tuple[bool, str | None]:
    """(is it a trailer, the origin it declares): credit lines are trailers naming none."""
    for pattern, must_be_known in _TRAILERS:
        m = pattern.fullmatch(line)
        if m is None or len(m.group("v").split()) > 6:
            continue
        origin = origin_from(m.group("v"))
        if origin is None or (must_be_known and agency_of(origin) is None and "." not in origin
                              and origin.casefold() not in outlets().by_folded):
            continue
        return True, origin
    for pattern in _CREDIT_LINES:
        if pattern.fullmatch(line):
            found = agencies().pattern.search(line)
            return True, agencies().name_of(found.group(1)) if found else None
    return False, None
