"""The parts of a report as it arrives from the web: the story, and the page around it.

A scraped page carries more than the story: a dateline with a colon ("NAIROBI:"), a
byline ("Jane Doe, East Africa correspondent, reporting from Khartoum"), photo
captions ("…, in this undated photo released by the state news agency"), feed footers
("The post … appeared first on …"), navigation ("HomeNewsSportBusiness…", "Home | World",
read by :mod:`claimledger.read.chrome`) and related-story headlines. None of them is a
claim, a speaker, a figure or a place of the story. They are marked once here, line by line,
so that every stage reads the same answer; the reader may have cut some already, and
what it leaves is marked all the same.

Hand-written patterns rather than a boilerplate library: trafilatura and jusText
work on HTML blocks, while these parts arrive as plain lines of text.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimledger.data.tables import page_labels
from claimledger.read.channels import THREAD_COUNTER
from claimledger.read.chrome import is_navigation
from claimledger.read.clock import CLOCK
from claimledger.read.furniture import is_furniture

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Part:
    # body | title | dateline | byline | caption | footer | navigation | related | furniture; a live
    # page's entry stamp ("10:42 GMT — ") and a thread's counter ("2/ ") are an entry's dateline
    kind: str
    start: int
    end: int


# "NAIROBI:", "Geneva:", "KHARTOUM, Sudan:", "NAY PYI TAW, 3 March -", "Nay Pyi Taw, 3 March -",
# "PYONGYANG, June 3 (KCNA) --", "Daraa, SANA –", "KINSHASA / GOMA —", "JOS, Nigeria —",
# "MOSCOW, December 6. /TASS/.", 'DUSHANBE, 10.03.2026 /NIAT "Khovar"/.' opening a line: where the
# copy was filed, with the filing date and the wire's or state agency's credit when the page gives
# them (in brackets, or between slashes as Russian and Central Asian agencies write it, which then
# closes the dateline with no dash). The one reader of datelines in the text the extractor reads:
# the parts below, the event stage's theatre (events_where.py) and the copy filed from a capital
# (speaker_sides.py) read its match; the figure stage reads a state outlet's credit from the part.
# The page reader (read/debris.py) keeps patterns of its own for the credits and dates it cuts
# before extraction, since what it reads is the copy's origin and publication, not the text's parts.
# a place's words in capitals, or in title case with a capital after an apostrophe or a hyphen
# ("N'Djamena", "Bab Al-Hawa")
# (accented capitals too: "BOGOTÁ", "Asunción", "SÃO TOMÉ")
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_TITLE_WORD = rf"[{_UPPER}](?:[{_LOWER}'’-]|['’-][{_UPPER}])+"
_PLACE = (rf"(?:[{_UPPER}][{_UPPER}.'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}.'’-]+){{0,3}}"
          rf"|{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}})")
# a day before or after its month, with an ordinal ("3rd December", as Gulf agencies write it)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
DATELINE = re.compile(
    rf"^[ \t]*(?P<place>{_PLACE}(?:[ \t]*/[ \t]*{_PLACE}){{0,2}})"
    # the region after a comma ("JOS, Nigeria"), or in square brackets as Indian wires write it
    # ("New Delhi [India], December 3 (ANI):")
    r"(?P<region>,[ \t]*[A-Z][A-Za-z]+(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][A-Za-z]+){0,3}"
    r"|[ \t]*\[[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,2}\])?"
    # the date after a comma, or after a full stop as Interfax and TASS write it ("KYIV. Dec 3 (Interfax-Ukraine) –")
    rf"(?P<date>(?:,|\.|(?<=\.))[ \t]*(?:(?:{_DAY}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+{_DAY})(?:,?[ \t]+\d{{4}})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4})\.?)?"
    # a Gulf agency's short name after the date, with no brackets ("JEDDAH, Dec 3, SPA --")
    r"(?:,[ \t]*(?P<agency>[A-Z]{2,6})(?=[ \t]*(?:--?|[—–])))?"
    # a credit in brackets may close with a full stop before its dash ("(EFE).-", Spanish-language wires),
    # or, after a date, with no dash at all ("Imphal, Dec 4 (PTI) Security forces ...", as PTI files)
    r"(?:(?:[ \t]*\((?P<credit>[^)\n]{1,30})\)\.?)?(?:[ \t]*(?:--?|[:—–])|(?(credit)(?(date)|(?!))|(?!)))"
    # what follows opens a sentence; a digit too, for the theatre's reader ("Rawalpindi – 3 September 2026")
    r"|[ \t]+/(?P<slashed>[^/\n]{2,30})/\.?)[ \t]+(?=[A-Z0-9\"“‘'])"
)
# Words that open a line with a colon but are a label of the page, not a dateline ("Update:",
# "Date:", "Share:", though towns bear those names): the one list quotes.py reads too
NOT_DATELINES = page_labels()

# "By Jane Doe", "Jane Doe, East Africa correspondent", "reporting from Khartoum",
# "Staff writer": a line that names who wrote the story.
BYLINE = re.compile(
    r"^[ \t]*(?:by[ \t]+[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3}\b(?!.*\b(?:said|says)\b)"
    r"|[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3},[ \t]*(?:[\w-]+[ \t]+){0,3}"
    r"(?:correspondent|reporter|editor|staff writer|contributor|journalist)\b"
    r"|(?:[A-Z][\w.'’-]+[ \t]+){1,4}reporting[ \t]+from[ \t]+[A-Z]"
    r"|(?:staff|special)[ \t]+(?:writer|correspondent|reporter)s?\b)",
    re.I,
)
# Captions: a photo described, credited or released.
CAPTION = re.compile(
    r"^[ \t]*(?:photo|image|picture|caption|file photo|pictured|credit)[ \t]*[:|/-]"
    r"|\b(?:in this (?:undated |handout |file )?(?:photo|picture|image|video grab|still)"
    r"|(?:photo|picture|image)s?[ \t]+(?:released|distributed|provided|handed out|taken)[ \t]+by"
    r"|(?:AFP|Reuters|AP|Getty Images|EPA|Anadolu)[ \t]*(?:/|via)[ \t]*(?:Getty|[A-Z][a-z]+)"
    r"|handout (?:photo|picture|image)|file photo)\b"
    r"|\((?:photo|image|picture)[ \t]*(?:credit)?[ \t]*:[^)]*\)",
    re.I,
)
# Feed and page footers.
FOOTER = re.compile(
    r"^[ \t]*(?:the post\b.{1,300}\bappeared first on\b"
    r"|(?:original(?:ly)? (?:source|published)|source|read more|read also|also read|see also|more on this"
    r"|share (?:this|on)|follow us|subscribe|sign up|click here|tags?|topics?|filed under|advertisement"
    r"|copyright|all rights reserved|©|\(c\)\s*\d{4}|reporting by|editing by|writing by|additional reporting)\b"
    r"|.{0,80}\ball rights reserved\b)",
    re.I,
)
# Headers after which the short lines are related-story headlines, not the story.
RELATED_HEADER = re.compile(
    r"^[ \t]*(?:related(?:[ \t]+[a-z]+){0,2}|more (?:stories|news|interviews|reports|videos|from [\w ]+)|read next"
    r"|you may also like|recommended|most read|trending|latest news|more on this story|in other news"
    r"|read more|read also|also read|see also)[ \t]*:?[ \t]*$",
    re.I,
)
SENTENCE_END = re.compile(r"[.!?…\"”’]\s*$")
# The same labels with their headlines on the line ("Related: Togo: raid kills 12 | Niger frees 4",
# "Also read: ...", "More interviews: ..."): a run of other stories, not the story
RELATED_INLINE = re.compile(RELATED_HEADER.pattern.replace(r"[ \t]*:?[ \t]*$", r"[ \t]*:[ \t]+\S"), re.I)


# The text and parts of each parsed Doc, as the pipeline's line-break component read them
# before the parser (it needs the datelines): the report context takes them from here
# instead of joining the text and reading its lines a second time. Weak keys: an entry
# goes with its Doc. Not Doc.user_data, which Doc.from_docs refuses to merge.
_READ: weakref.WeakKeyDictionary[Doc, tuple[str, list[Part]]] = weakref.WeakKeyDictionary()


def remember_parts(doc: Doc, text: str, parts: list[Part]) -> None:
    """Keep what was read of a Doc: its text (``doc.text``) and :func:`report_parts` of it."""
    _READ[doc] = (text, parts)


def remembered_parts(doc: Doc) -> tuple[str, list[Part]] | None:
    """(text, parts) kept for this very Doc, or None (a Doc the pipeline did not make)."""
    return _READ.get(doc)


def report_parts(text: str) -> list[Part]:
    """The parts of ``text`` that are not the story, and the story lines as body."""
    parts: list[Part] = []
    start = 0
    related = False
    body_lines = 0
    labels = _line_labels(text)
    headers = _repeated_headers(text)
    for line in text.split("\n"):
        end = start + len(line)
        kind = "furniture" if line.strip() in headers else _line_kind(line, related)
        if RELATED_HEADER.match(line):
            related, kind = True, "related"
        elif not line.strip() or kind == "body":
            related = False
        if kind == "body" and line.strip() and body_lines == 0 and _headline(line) and text.strip() != line.strip():
            # a page's headline left in the body: it repeats the lead in fewer words, so
            # it gives no figure or event of its own (claims and places stay)
            parts.append(Part("title", start, end))
            body_lines += 1
        elif kind == "body" and line.strip():
            if body_lines == 0 and _masthead(line):
                # "MYANMAR NOW", "EXCLUSIVE" over the headline: the outlet's or the page's label,
                # not the story's first line, so the headline under it is still the headline
                parts.append(Part("furniture", start, end))
                start = end + 1
                continue
            body_lines += 1
            # a dateline opens the story, once; a label opening many lines is a
            # transcript's speaker ("PENCE: Well, look…"), not where the copy was filed
            stamp = _entry_stamp(line)
            if stamp:  # "10:42 GMT — The ministry said …": the entry's time is not its subject
                parts.append(Part("dateline", start, start + stamp))
                start = end + 1
                continue
            dateline = _dateline(line) if body_lines <= 3 else _later_dateline(line)
            label = _label(line[:dateline]) if dateline else ""
            others = sum(labels.values()) - labels.get(label, 0)
            if dateline and labels.get(label, 0) < 2 and others < 2:
                parts.append(Part("dateline", start, start + dateline))
        elif kind != "body":
            parts.append(Part(kind, start, end))
        start = end + 1
    return parts


def _line_kind(line: str, after_related_header: bool) -> str:
    stripped = line.strip()
    if not stripped:
        return "body"
    words = stripped.split()
    if is_navigation(stripped):
        return "navigation"
    if FOOTER.match(stripped):
        return "footer"
    # the word counts first: a paragraph of a story is too long to be either, and then the
    # caption pattern, searched through the whole line, is never run
    if len(words) <= 60 and CAPTION.search(stripped):
        return "caption"
    if len(words) <= 14 and BYLINE.match(stripped) and not SENTENCE_END.search(stripped.rstrip(")")):
        return "byline"
    if after_related_header and len(words) <= 20 and not stripped.endswith("."):
        return "related"
    if len(words) <= 30 and RELATED_INLINE.match(stripped) and not SENTENCE_END.search(stripped):
        return "related"
    if len(words) <= MAX_FURNITURE_WORDS and is_furniture(stripped):
        return "furniture"  # a post's counters, a print-out's page header, a newsletter's buttons
    return "body"


# A line of page furniture is short: a longer line is a paragraph whatever it mentions.
MAX_FURNITURE_WORDS = 25
# A short line printed again and again as a line of its own is a header over each post (a
# channel's or an author's name), not the story: a story does not repeat a line word for word.
MAX_HEADER_WORDS = 8


def _repeated_headers(text: str) -> set[str]:
    counts: dict[str, int] = {}
    for line in text.split("\n"):
        line = line.strip()
        if line and len(line.split()) <= MAX_HEADER_WORDS and line[:1].isupper() and not SENTENCE_END.search(line):
            counts[line] = counts.get(line, 0) + 1
    return {line for line, n in counts.items() if n >= 2}


# A live page's entry stamp or a thread's counter opening a line: "10:42 GMT — ", "[14:05] ",
# "09:15 | ", "2/ ". The separator (a dash, a bar, brackets) tells it from "14:00 was the deadline".
_ENTRY_STAMP = re.compile(
    rf"[ \t]*(?:\[{CLOCK}(?:[ \t]*[A-Z]{{2,4}})?\]|{CLOCK}"
    r"(?:[ \t]*(?:GMT|UTC|BST|CET|EAT|WAT|CAT|IST|ET|EST|EDT|PT|local time))?[ \t]*(?:[—–|]|--?|:)(?!\d))"
    r"[ \t]*(?=[A-Z\"“‘'])", re.I)


def _entry_stamp(line: str) -> int:
    """Length of a live page's entry stamp or a thread's counter opening the line, or 0."""
    m = _ENTRY_STAMP.match(line) or THREAD_COUNTER.match(line)
    return m.end() if m else 0


def _masthead(line: str) -> bool:
    """A line of one or two words, all capitals, naming no place: a label over the page."""
    words = line.split()
    if not (1 <= len(words) <= 2 and all(w.isupper() and w.isalpha() for w in words)):
        return False
    return not _is_place(line.strip())  # "KHARTOUM" alone on its line is where the story was filed


def _headline(line: str) -> bool:
    """A line that reads as a headline: short, with no full stop at its end."""
    stripped = line.strip()
    return 3 <= len(stripped.split()) <= 20 and not re.search(r"[.!?…:;,]$", stripped) and stripped[:1].isupper()


def _is_place(label: str) -> bool:
    """Whether a line's label names a place ("KHARTOUM", "Geneva"): a transcript's
    speaker ("UMEROV:") opens a line the same way."""
    from claimledger.extract.gazetteer import gazetteer  # the gazetteer loads once, on first use

    return bool(gazetteer().lookup(label.title()))


def _label(opening: str) -> str:
    # a hyphen inside a name is no separator ("PORT-AU-PRINCE", "Bab al-Hawa"); a dash after a space is;
    # of places joined by slashes ("KINSHASA / GOMA —") the first is the label
    return re.split(r"[:—–(,/]|\s-", opening.strip())[0].strip().lower()


def _line_labels(text: str) -> dict[str, int]:
    """How many lines each "WORD:" label opens."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"^[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})[ \t]*:", text, re.M):
        key = m.group(1).strip().lower()
        counts[key] = counts.get(key, 0) + 1
    return counts


def _later_dateline(line: str) -> int:
    """A dateline opening a paragraph further down: a live blog's entry or a digest of wires
    ("GAZA CITY — Our correspondent reports …"). Only a place in capitals with a dash or a
    wire's credit, never a colon: "PENCE:" opens a transcript's turns anywhere."""
    m = DATELINE.match(line)
    n = _dateline(line)
    head = line[:n]
    if n and m is not None and (m.group("date") or "(" in head):
        return n  # "Dantewada, Dec 7 (IANS): …": a date or a wire's credit makes a digest's dateline
    if not n or ":" in head or not head.split()[0].isupper():
        return 0
    return n


def _capitals(m: re.Match[str]) -> bool:
    """Whether a dateline's place is written in capitals, as wire and agency copy files it."""
    return sum(ch.isalpha() for ch in m.group("place")) >= 3 and m.group("place").isupper()


def _agency_after(m: re.Match[str]) -> bool:
    """ "Daraa, SANA –": a state agency's short name in capitals after the place, as its own copy
    is filed (a title-case word and a dash alone open ordinary sentences)."""
    region = (m.group("region") or "").lstrip(", \t")
    return 2 <= len(region) <= 6 and region.isupper()


def dateline_credit(text: str, part: Part) -> str | None:
    """The credit a dateline part gives: the agency in brackets ("PYONGYANG, June 3 (KCNA) --"),
    else a capitalised name after the place and before the dash ("Daraa, SANA –"), or None."""
    m = DATELINE.match(text[part.start:part.end + 1])  # and the first letter after it, which its end looks at
    if m is None:
        return None
    if m.group("credit") or m.group("slashed") or m.group("agency"):
        return (m.group("credit") or m.group("slashed") or m.group("agency")).strip()
    region = m.group("region")
    return region.strip(", \t[]") if region and not m.group("date") else None


def _dateline(line: str) -> int:
    """Length of a dateline opening the line ("NAIROBI: "), or 0."""
    m = DATELINE.match(line)
    if not m:
        return 0
    if _label(m.group(0)) in NOT_DATELINES:
        return 0
    # "CAIRO/GAZA, Aug 12 (Reuters) -", "Kinshasa / Goma —": the first place is where the copy was
    # filed, the next often the theatre (events_where.py reads it); a slash between places the
    # gazetteer knows opens no ordinary sentence, in capitals or not
    slashed = "/" in m.group("place") and all(_is_place(p.strip().lower()) for p in m.group("place").split("/"))
    if not _is_place(_label(m.group(0))) and not (m.group("date") and ("(" in m.group(0) or _capitals(m))) \
            and not (_capitals(m) and _LONG_DASH.search(m.group(0))):
        # a town the gazetteer lacks is a dateline all the same with a date and a wire's credit,
        # or with a date after its name in capitals ("PORT-AU-PRINCE, Haiti, March 9 —"), or in
        # capitals before a long dash ("BOKKOS, Nigeria —", "SARI CHASHMA —"), as the page reader
        # leaves such a dateline in the text (read/debris.py)
        return 0
    head = m.group(0).strip()
    # "Geneva:" in title case is a dateline only with a colon; a capitalised word and a dash opens
    # many ordinary sentences ("Fighting - which began…", "Ouagadougou - The army said"); a known
    # place with a wire's credit in brackets ("Niamey (AFP) -", "Kyiv (dpa) –") is filed copy all
    # the same
    if not head.split()[0].isupper() and ":" not in head and not m.group("date") and not _agency_after(m) \
            and not _CREDIT_NAME.fullmatch(m.group("credit") or "") and not slashed:
        return 0
    return m.end()


# a wire's credit in brackets is a name ("AFP", "dpa", "Reuters", "agencies", "Prensa Latina"), not
# words of a sentence ("Sudan (and the region) - What the war has cost")
_CREDIT_NAME = re.compile(r"(?:[A-Z][\w&.'’-]*|[a-z]+)(?:[ \t]+[A-Z][\w&.'’-]*){0,3}")


# an em or en dash, or two hyphens, closing a dateline ("KHARKIV —", "GAO --"): never the hyphen of
# "Fighting - which began…"
_LONG_DASH = re.compile(r"(?:[—–]|--)[ \t]*$")
