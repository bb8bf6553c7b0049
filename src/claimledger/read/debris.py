"""Web-copy debris around a report's body: what is sliced off its start and end.

At the start: a repeated title, date stamps, share widgets, agency credits, bylines and
datelines; at the end: source trailers and credit lines. Only the ends of the body are
sliced, so the text left is byte-identical to the input; what the pieces name (an
agency, a date) is kept as the report's declared origin and publication date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimledger.data import read_table
from claimledger.read.agencies import agencies, origin_from
from claimledger.read.bylines import read_byline, read_located_credit, read_signature, read_staff_credit
from claimledger.read.channels import ORIGINAL_LINE, TRANSLATED
from claimledger.read.credits import OPENING, ORIGINAL, Credit, best_origin, republisher_note
from claimledger.read.dates import FOREIGN_DATE, MONTH, STAMP, stamp_iso, worded_date
from claimledger.read.furniture import (
    headline_shaped,
    is_caption,
    is_furniture,
    is_section_path,
    meta_date,
)

# Sputnik's share widget ("Get short URL", then view and comment counts) and topic box
# ("Topic <name> (<count>) 0 38"). At most two counts, so a figure that opens the
# body after them is kept.
_WIDGET = re.compile(r"Get short URL(?:[ \t]+\d+){0,2}"
                     r"(?:\s+Topic\s+[^()\n]{1,150}?\(\d+\)(?:[ \t]+\d+){0,2})?")
_PRINT = re.compile(r"(?i:print this page)|Print Tweet(?: Views \d+)?")

# The datelines below are read by the page reader, before extraction and without it (read/
# imports nothing of extract/): what they read is the copy's origin (a wire's or an agency's
# credit, checked against the agency table) and its publication date, and whether to cut the
# piece. A dateline left in the text is marked by the extractor's one dateline reader,
# extract/parts.DATELINE, which reads where the copy was filed: a genuinely different question.
# "KYIV (Reuters) -", "KYIV, Ukraine (AP) —", "(Reuters) -", "DAMASCUS (Sputnik)",
# "FLINT, Mich., Oct. 4 (UPI) —", "Kinshasa, 17 February 2026 (ACP) -".
_DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][\w'’.\-]*(?:/[A-Z][\w'’.\-]*)*"
    rf"(?:,?[ \t]+(?:(?:le[ \t]+)?{FOREIGN_DATE}|[A-Z][\w'’.\-]*"
    r"|\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+[^\W\dA-Z_]{3,5}\.?)?"
    r"|(?:19|20)\d\d)){0,6}),?[ \t]+)?"
    # "(EFE).-", as Spanish wires close theirs; "1 dic" a day and a month's short name
    r"\((?P<credit>[^()\n]{2,40})\)[ \t]*(?:\.?[-–—:]+[ \t]*)?"
)


@dataclass
class Lead:
    body: str
    credits: list[Credit] = field(default_factory=list)
    published: str | None = None

    @property
    def origin(self) -> str | None:
        return best_origin(self.credits)


def strip_leading_debris(body: str, title: str | None) -> Lead:
    """Slice web-copy debris off the start of the body, one piece at a time.

    FA-KES-style copies stack pieces in any order ("Thursday 18 May 2017 <title>.",
    "<title> AFP Sunday 18 Sep 2016 ..."), so each remover is tried until none applies.
    A piece that would leave nothing is kept: then it is the report.
    """
    lead = Lead(body)
    removed = False
    for _ in range(8):
        step, rank = _next_step(lead.body, title, removed)
        if step is None:
            break
        end, origin, published = step
        if end == 0:  # a dateline credited but kept: see _unknown_agency_dateline
            if origin:
                lead.credits.append(Credit(rank, origin))
            break
        rest = lead.body[end:].lstrip()
        if not rest:
            break
        lead.body = rest
        if origin:
            lead.credits.append(Credit(rank, origin))
        lead.published = lead.published or published
        removed = True
    signature = _SIGNED_DATELINE.match(lead.body)
    if signature is not None and not signature.group("date"):
        # "Damascus, SANA- Army units ...": the agency is credited, but the dateline stays, since
        # the extractor reads its place as where the copy was filed (the story's default theatre)
        origin = agencies().name_of(signature.group("credit"))
        if origin:
            lead.credits.append(Credit(OPENING, origin))
    return lead


def _next_step(body: str, title: str | None, removed: bool) -> tuple[_Step | None, int]:
    """The first piece of debris opening ``body``, with the rank of the credit it gives: a
    republisher's note names the original, a dateline or byline its agency."""
    step = (_title_repeat(body, title) or _kicker(body, title) or _date_stamp(body) or _widget(body)
            or _translator_line(body)
            or _agency_credit(body, removed)
            or byline(body) or dateline(body) or _place_dateline(body) or _dated_place(body)
            or _field_line(body) or _credited_stamp(body) or _unknown_agency_dateline(body))
    if step is not None:
        return step, OPENING
    note = _note_line(body) or _original_line(body)
    if note is not None:
        return note, ORIGINAL
    # no standfirst without a headline: a list of entries (an event map's) opens on its first entry
    return _furniture_line(body) or (_standfirst(body, removed) if title else None), OPENING


def _standfirst(body: str, removed: bool) -> _Step | None:
    """The standfirst under a headline ("Defence minister defends air strike after reports minors
    were among the dead"): a line shaped like a headline, not closed like a sentence, with the
    byline or date stamp under it. Only first, right under the headline: lower down such a
    line is the story's."""
    first, newline, rest = body.partition("\n")
    rest = rest.lstrip()
    if removed or not newline or not headline_shaped(first.strip()):
        return None
    if byline(rest) is None and _date_stamp(rest) is None and not is_furniture(rest.partition("\n")[0]):
        return None
    return len(first) + 1, None, None


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


MAX_KICKER_WORDS = 3


def _kicker(body: str, title: str | None) -> _Step | None:
    """A kicker printed over the headline at the start of the body ("LAMU", "Security",
    "Exclusive | Interview"): a line of one to three words with no sentence in it, the title
    repeated on the next line (then cut as a repeat)."""
    first, newline, rest = body.partition("\n")
    words = first.replace("|", " ").split()
    if (not newline or not title or not 1 <= len(words) <= MAX_KICKER_WORDS or re.search(r"[.,;!?\d]", first)
            or not all(w[:1].isupper() for w in words) or _title_repeat(rest.lstrip(), title) is None):
        return None
    return len(first) + 1, None, None


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


# "ABP - 3 December 2026 - 14:10", "Xinhua | 2026-12-03": an agency's name or initials, a dash or
# bar, and a date stamp, alone on a line under a state agency's headline
_CREDIT_BEFORE_STAMP = re.compile(r"(?P<credit>[A-Z][A-Za-z]{1,7})[ \t]*[-–—|·•][ \t]*")


def _credited_stamp(body: str) -> _Step | None:
    """An agency's line of credit and date stamp: cut, crediting the agency (known, or by its
    initials) and dating the copy. The stamp must end the line, so "UN - 3 May 2026 talks
    ended" stays text."""
    m = _CREDIT_BEFORE_STAMP.match(body)
    if m is None:
        return None
    credit = m.group("credit")
    origin = agencies().name_of(credit)
    if origin is None and not _agency_initials(credit):
        return None
    stamp = STAMP.match(body, m.end())
    if stamp is None or not re.match(r"[ \t]*(?:\r?\n|$)", body[stamp.end():]):
        return None
    return stamp.end(), origin or credit, stamp_iso(stamp)


def byline(body: str) -> _Step | None:
    """A byline opening the body ("By Jane Doe, Reuters", "Olena Marchenko, Kharkiv Today editor",
    "Staff Reporter", "Nadia Haddad in Beirut"): cut, crediting the agency it names."""
    found = read_byline(body) or read_signature(body) or read_staff_credit(body) or read_located_credit(body)
    return (found.end, found.origin, None) if found else None


# "BAMAKO, Mali —", "KHARKIV —": a capitalised place line with a dash and no credit.
_PLACE_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\-]{2,}(?:/[A-Z][A-Z'’.\-]{2,})*(?:[ \t]+[A-Z][A-Z'’.\-]+){0,2}"
    r"(?:,[ \t]+[A-Z][\w'’.]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’.]*){0,3})?"
    r"[ \t]+(?:[—–]+|--)[ \t]+(?=[A-Z\"“])|[A-Z][A-Z'’.\-]{2,}(?:[ \t]+[A-Z][A-Z'’.\-]+){0,2}[ \t]*--[ \t]+(?=[A-Z\"“])"
)
# "(Beirut) – ", as rights groups date their releases: no dateline the extractor reads, so it is cut
_BRACKETED_PLACE = re.compile(r"\([A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,2}\)[ \t]*[-–—]+[ \t]+(?=[A-Z\"“])")
# "MOSCOW, December 6. /TASS/.": a Russian agency's dateline, the agency between slashes (no year)
_SLASHED_DATELINE = re.compile(
    rf"[A-Z][A-Z'’.\-]{{2,}}(?:[ \t]+[A-Z][A-Z'’.\-]+){{0,2}},[ \t]+(?:{MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{MONTH})"
    r"\.?[ \t]*/(?P<credit>[A-Z][A-Za-z\-]{1,12})/\.?[ \t]+(?=[A-Z\"“])")


# "KRAMATORSK (Slobozhanka Press) –", "GOMA, Congo (Kivu News Agency) -": a town in capitals, a
# credit of capitalised words in brackets and a dash, with no date: a wire's dateline even when
# the agency is none the table knows.
_UNKNOWN_AGENCY_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\-]{2,}(?:[ \t/][A-Z][A-Z'’.\-]{2,}){0,2}(?:,[ \t]+[A-Z][\w'’.]+(?:[ \t]+[A-Z][\w'’.]+){0,2})?"
    r"[ \t]+\((?P<credit>[A-Z][\w&'’.\-]*(?:[ \t]+[A-Z][\w&'’.\-]*){0,3})\)[ \t]*[-–—]{1,2}[ \t]+(?=[A-Z\"“])")


def _unknown_agency_dateline(body: str) -> _Step | None:
    """A dateline crediting an agency the table does not know, as (0, credit, None): the agency
    is the copy's origin, and the dateline stays in the text, as one the reader does not know
    always has (the extractor reads its town as where the copy was filed). A country or a
    month in the brackets ("KYIV (Ukraine) -") is no agency."""
    m = _UNKNOWN_AGENCY_DATELINE.match(body)
    if m is None or m.group("credit").lower() in _not_agencies():
        return None
    return 0, m.group("credit"), None


@lru_cache(maxsize=1)
def _not_agencies() -> frozenset[str]:
    """Country names and aliases, months and words of a caption, which brackets after a town hold."""
    names = {row[3].lower() for row in read_table("countries_centres.tsv") if len(row) > 3}
    names |= {row[0].lower() for row in read_table("country_aliases.tsv")}
    # words standing where a credit would, naming none: "(Wire)", "(Agencies)", "(Staff)"
    generic = {"wire", "wires", "agency", "agencies", "staff", "news", "newswire", "correspondent", "reporter", "desk"}
    # a wire's or a site's tag where the credit would stand: "(LEAD)", "(VIDEO)", "(URGENT)", "(REFILE)"
    tags = {"lead", "video", "videos", "photos", "audio", "live", "urgent", "flash", "alert", "breaking", "refile",
            "repeat", "corrected", "correction", "update", "updates", "wrap", "wrapup", "focus", "exclusive", "excl",
            "analysis", "feature", "opinion", "graphic", "map", "watch", "listen", "rpt", "adds", "new"}
    captions = {"photo", "video", "file", "update", "updated", "reuters photo", "ap photo"}
    return frozenset(names | generic | tags | captions | {m.lower() for m in calendar.month_name[1:]})


def _place_dateline(body: str) -> _Step | None:
    """A dateline naming only a place ("JOS, Nigeria —", "KHARKIV —"): kept in the text, as
    (0, None, None), like a dateline crediting an unknown agency. The extractor marks it as the
    dateline part (extract/parts.py), so its place opens no sentence, and it reads the place and
    its country as where the copy was filed: the report's theatre when the lead names none it
    knows. Places joined by a slash or a bracketed place ("(Beirut) –") are cut: the extractor
    does not mark them as its dateline part."""
    m = _PLACE_DATELINE.match(body)
    if m is not None and "/" not in m.group(0):
        return 0, None, None
    # "GAZA CITY/RAFAH —", "(Beirut) –": no part the extractor marks yet, so cut as before
    m = m or _BRACKETED_PLACE.match(body)
    return (m.end(), None, None) if m else None


def _note_line(body: str) -> _Step | None:
    """A republisher's note opening the page: "This story was first published by The New
    Humanitarian." (a line of its own, the story below it)."""
    first, newline, rest = body.partition("\n")
    credit = republisher_note(first) if newline and rest.strip() else None
    return (len(first) + 1, credit.origin, None) if credit else None


def _translator_line(body: str) -> _Step | None:
    """A translator's credit under the headline: "Translated from Arabic by Sahara Monitor staff"."""
    first, newline, rest = body.partition("\n")
    return (len(first) + 1, None, None) if newline and rest.strip() and TRANSLATED.fullmatch(first.strip()) else None


def _original_line(body: str) -> _Step | None:
    """The original a translation or a digest names under its headline ("Original: El Khabar,
    1 December 2026"): the words' first publisher, and the day they were published."""
    first, newline, rest = body.partition("\n")
    m = ORIGINAL_LINE.fullmatch(first.strip()) if newline and rest.strip() else None
    if m is None:
        return None
    date = m.group("date")
    published = (stamp_iso(stamp) if date and (stamp := STAMP.fullmatch(date.strip())) else None) or (
        worded_date(date) if date else None)
    return len(first) + 1, origin_from(m.group("v")) or m.group("v").strip(), published


def _furniture_line(body: str) -> _Step | None:
    """A first line of page furniture ("Share this article", "4 Min Read", "Updated 2 hours
    ago") or a photo caption above the lead ("..., in this undated photo released by ...")."""
    first, newline, rest = body.partition("\n")
    if not newline or not rest.strip() or not (is_furniture(first) or is_caption(first) or is_section_path(first)):
        return None
    return len(first) + 1, None, meta_date(first)  # "Published 3 March 2026 · 4 min read" dates the report


# "Riyadh, Jumada II 12, 1448, Dec 3, 2026, SPA --", "Manama, Dec 3, 2026, BNA --", "Damascus,
# SANA-": the agency's name after the place (and date), without brackets, as Gulf and Levant
# agencies sign; a Hijri date may come first. Only a known agency makes one.
_SIGNED_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,2}),[ \t]+(?:[^\n,]{3,30},[ \t]+1[3-5]\d\d,[ \t]+)?"
    rf"(?:(?P<date>{MONTH}[ \t]+\d{{1,2}},[ \t]+(?:19|20)\d\d),[ \t]+)?"
    # "Damascus, SANA-": the agency's own dateline, with no date
    r"(?P<credit>[A-Z][A-Za-z]{1,7})[ \t]*[-–—]{1,2}[ \t]+"
)


def dateline(body: str) -> _Step | None:
    """An agency dateline; the date it gives when written in full ("Kinshasa, 17 February
    2026 (ACP) -"), since a state agency's dispatch often carries no other date."""
    slashed = _SLASHED_DATELINE.match(body)
    if slashed is not None:
        credit = slashed.group("credit")
        return slashed.end(), agencies().name_of(credit) or credit, None
    signed = _SIGNED_DATELINE.match(body)
    if signed is not None and signed.group("date") and (origin := agencies().name_of(signed.group("credit"))):
        return signed.end(), origin, worded_date(signed.group("date"))
    m = _DATELINE.match(body)
    if m is None:
        return None
    credit = m.group("credit")
    origin = agencies().name_of(credit)
    published = worded_date(m.group("place") or "")
    initials = _agency_initials(credit)
    if origin is None and not published:
        # "PHNOM PENH, Nov 14 (AKP) --": a day and month without the year, then initials and a dash,
        # are a wire's dateline as surely as a full date is; a tag in the brackets ("(LEAD)") is none
        if not (initials and _DAY_MONTH.search(m.group("place") or "") and _DASHED.search(m.group(0))):
            return None  # "(Ukraine) ..." or "(Photo)": only a known agency, or a place and a date, make one
        return m.end(), credit, None
    if origin is None and not _ACRONYM.fullmatch(credit):
        return None
    if origin is None and initials:
        origin = credit  # "BUJUMBURA, 06 Dec. 2026 (ABP) –": an agency the table does not know, by its initials
    return m.end(), origin, published


def _agency_initials(credit: str) -> bool:
    """Whether a credit the agency table does not know reads as an agency's initials ("ABP",
    "AKP"): capitals only, and no country, month or caption word ("UN" aside, "(PHOTO)")."""
    return _INITIALS.fullmatch(credit) is not None and credit.lower() not in _not_agencies()


_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,7}")  # an agency's short name: "ACP", "AIP", "Xinhua"
_INITIALS = re.compile(r"[A-Z]{2,6}")  # an agency's initials, never a word a bracket holds ("Photo")
# a day and a month in a dateline's place part, either order: "Nov 14", "14 Nov.", "November 14th"
_DAY_MONTH = re.compile(rf"(?i:\b{MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?|\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH})"
                        r"(?!\w)")
_DASHED = re.compile(r"\)[ \t]*\.?[-–—]+[ \t]*$")  # the credit's bracket closed by a dash

# "Mogadishu, 22 April 2026 –", "Goma, DR Congo, March 3, 2026 -": a place, a full date in
# words and a dash, or the two alone on a line ("Abuja, 13 May 2025"); the date makes it a
# dateline even in lower case.
_DATED_PLACE = re.compile(
    r"[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,2}(?:,[ \t]+[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,2})?"
    rf",?[ \t]+(?P<date>(?:\d{{1,2}}[ \t]+(?i:{MONTH})|(?i:{MONTH})[ \t]+\d{{1,2}},?)[ \t]+(?:19|20)\d\d"
    rf"|{MONTH}[ \t]+\d{{1,2}}/(?:19|20)\d\d"  # "Addis Abeba, December 2/2026 –"
    rf"|(?P<foreign>(?:le[ \t]+|el[ \t]+)?{FOREIGN_DATE}))"  # "Bamako, le 18 novembre 2026 -"
    r"(?:[ \t]*(?:[-–—:]+|\.[ \t]*[-–—]+)[ \t]+(?=[A-Z\"“])|[ \t]*\.?[ \t]*\r?\n)"  # or alone on its line
)


def dated_place_line(line: str) -> str | None:
    """The ISO date of a line that is only a place and a full date ("Port-au-Prince, 9 December
    2026"), as a release prints it above its headline; None for any other line."""
    step = _dated_place(line.strip() + "\n")
    return step[2] if step is not None and step[0] >= len(line.strip()) else None


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
_SOURCE_FIELD = re.compile(r"(?i:sources?)[ \t]*:[ \t]*(?P<v>[^|\n]{2,60}?)")
_DOWNLOAD_LINE = re.compile(r"[^\n]{0,60}\b(?i:download)\b[^\n]{0,60}\(\s*[\d.,]+\s*[KMG]B\s*\)[ \t]*(?=\n|$)")


def _field_line(body: str) -> _Step | None:
    """A line of page fields or a download link; a "Posted:" or "Published:" field dates the copy."""
    m = _FIELD_LINE.match(body)
    if m is not None and not _PAGE_FIELD.search(m.group(0)):
        m = None  # "Killed: 12 | Wounded: 30" is the story's own table
    m = m or _DOWNLOAD_LINE.match(body)
    if m is None:
        return None
    published = origin = None
    for piece in (p.strip() for p in m.group(0).split("|")):
        stamp = STAMP.match(piece)
        if stamp and re.match(r"(?i)(?:published|posted|updated|last updated|date)\b", piece):
            published = published or stamp_iso(stamp)
        source = _SOURCE_FIELD.fullmatch(piece)
        if source is not None:
            # the page's own field names its publisher, so any short name counts, known or not
            origin = origin or origin_from(source.group("v"))
    return m.end(), origin, published
