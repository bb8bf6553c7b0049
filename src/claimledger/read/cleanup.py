"""A report's plain text made into a Document: headline, debris, language.

:func:`read_text` is where every reader ends, whatever the format: it takes the
headline off a first line that reads as one, slices web-copy debris off the ends (see
:mod:`claimledger.read.debris`), and refuses empty and confidently non-English texts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from claimledger.model import Document
from claimledger.read.agencies import agencies
from claimledger.read.bylines import opens_with_by, read_byline
from claimledger.read.channels import (
    ISSUE_PIECE,
    cut_post_head,
    feed_fields,
    is_channel_line,
    is_contact_line,
    post_header,
)
from claimledger.read.chrome import is_navigation
from claimledger.read.clock import stamp_line
from claimledger.read.credits import OPENING, Credit, best_origin, others, strip_trailers
from claimledger.read.dates import normalise_date, whole_date_stamp
from claimledger.read.debris import byline, dated_place_line, dateline, strip_leading_debris
from claimledger.read.errors import InputError, shown
from claimledger.read.furniture import (
    head_date,
    is_consent,
    is_furniture,
    is_label,
    is_section_path,
    meta_date,
    named_as_a_name,
)

# Words a headline does not end on: a first line ending on one is a wrapped sentence.
_CONTINUING_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "from",
    "by", "as", "that", "which", "who", "is", "are", "was", "were", "has", "had", "have", "its",
    "their", "his", "her", "this", "these", "than", "into", "after", "before", "said",
}
# "says" is kept out on purpose: headlines end on it ("…, rebel leader says"), and a
# wrapped sentence is already told by the lower-case word that opens the next line.
# Small words that stay lower case in a Title Case headline.
_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with",
                "from", "by", "as", "vs", "via", "amid", "over", "into", "after", "near", "is"}
MAX_HEADLINE_WORDS = 20
MAX_PERIOD_HEADLINE_WORDS = 14
TAGLINE_LINES = 2  # a tagline over the menu is one of the page's first two lines
# How far down a page its top chrome (masthead, menus, breadcrumbs) is looked for.
MAX_TOP_LINES = 6
# A masthead block over the menu holds short lines: the site's name, a tagline, buttons.
MAX_MASTHEAD_WORDS = 6
# A headline under a page's chrome has this many words; shorter lines there are labels.
MIN_CHROME_HEADLINE_WORDS = 4
# Past-tense reporting words: a short first paragraph with one is a lead sentence.
_LEAD_WORDS = {"said", "told", "reported", "added", "according", "announced", "stated"}
# Non-English texts shorter than this are kept: language identification is unreliable
# on a few words, and many English reports are dense in foreign names.
MIN_WORDS_FOR_LANGUAGE = 20
MIN_LANGUAGE_CONFIDENCE = 0.9


def read_text(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    source: str | None = None,
) -> Document:
    """A Document from a report's plain text, cleaned of what is not the report.

    Without a ``title``, a first line that reads as a headline becomes the title. Then
    debris at the start (a repeated title, date stamps, agency credits, bylines,
    datelines) and source trailers at the end are sliced off; what they name fills
    ``declared_origin``, and a full, unambiguous date stamp fills a missing
    ``published``. Raises InputError for empty or confidently non-English text.
    """
    where = f"{shown(source)}: " if source else ""
    _refuse_nul(where, text=text, title=title, url=url, outlet=outlet, published=published)
    body = text.strip()
    if not body:
        raise InputError(f"{where}text is empty")
    title = _clean_title(title)
    chrome_date = None
    dumped = feed_fields(body)
    feed_credit: list[Credit] = []
    if dumped is not None:  # a feed item copied as its fields: "title: …", "pubDate: …", "description: …"
        fields, rest = dumped
        body = rest or fields.get("description") or fields.get("summary") or body
        title = title or _clean_title(fields["title"])
        published = published or next((fields[k] for k in ("pubdate", "published", "date") if k in fields), None)
        url = url or fields.get("link") or fields.get("url")
        author = agencies().name_of(fields.get("creator") or fields.get("author") or "")
        feed_credit = [Credit(OPENING, author)] if author else []
    if title is None:
        kept = _cut_top_chrome(body)
        chrome = body[:len(body) - len(kept)] if body.endswith(kept) else ""
        chrome_date = _stamped_date(chrome)
        title, body = _split_headline(kept)
        if title and _timed_entries(chrome, body):
            title, body = None, kept  # a list of timed entries (an event map's): its first entry is no headline
        elif post_header(title, body):
            # a channel's name or an account's handle over its posts: the page has no headline
            title, body = None, cut_post_head(kept, title or "")
    title = _fuller_headline(title, body)
    lead = strip_leading_debris(body, title)
    tail = strip_trailers(lead.body)
    body = tail.body
    if not body:
        raise InputError(f"{where}text is empty once its headline and credits are removed")
    _require_english(" ".join(filter(None, [title, body])), where)
    return Document(
        text=body,
        title=title,
        outlet=outlet,
        url=url,
        published=normalise_date(published) or lead.published or chrome_date or head_date(lead.body),
        # ranked: see read/credits.py
        declared_origin=best_origin(others(tail.credits + lead.credits + feed_credit, outlet)),
        language="en",
        source=source,
    )


# The tail a page's printed headline may carry past the title in its metadata: a dash and a few
# words in lower case ("– as it happened", "— live updates"), where a site's name is capitalised.
_HEADLINE_TAIL = re.compile(r"[ \t]+[-–—][ \t]+[a-z][\w'’]*(?:[ \t]+[\w'’]+){0,5}[ \t]*")


# A timed entry's stamp on a line of its own ("1 hour ago", "14:32"): read/clock.py.
MIN_TIMED_ENTRIES = 2


def _timed_entries(chrome: str, body: str) -> bool:
    """Whether the page is a list of timed entries, each under its stamp, as an event map or a
    ticker prints them: the chrome cut above the first entry ends on a stamp, and more stamps of
    the same shape stand on lines of their own below it."""
    above = [line.strip() for line in chrome.split("\n") if line.strip()]
    if not above or not stamp_line(above[-1]):
        return False
    return sum(stamp_line(line.strip()) for line in body.split("\n")) >= MIN_TIMED_ENTRIES


def _fuller_headline(title: str | None, body: str) -> str | None:
    """The headline as the page prints it over the story, when it is the metadata's title
    with a lower-case tail after a dash: the printed line is the report's title."""
    if not title:
        return title
    first = " ".join(body.partition("\n")[0].split())
    if first.startswith(title) and _HEADLINE_TAIL.fullmatch(first[len(title):]):
        return first
    return title


def _refuse_nul(where: str, **values: str | None) -> None:
    """A NUL character is no part of any text (PostgreSQL cannot even store one): the
    record holding it is refused on every backend alike, as one counted error."""
    for name, value in values.items():
        if value is not None and "\x00" in value:
            raise InputError(f"{where}{name} holds a NUL character (U+0000): not a text report")


def _stamped_date(chrome: str) -> str | None:
    """The date a meta line above the headline stamps the page with ("WORLD NEWS | Tue Sep
    8, 2026 6:14am EDT"), when one of the lines cut as the site's chrome gives it in full."""
    for line in chrome.split("\n"):
        if iso := meta_date(line) or dated_place_line(line):
            return iso
    return None


def _clean_title(title: str | None) -> str | None:
    """Titles from metadata, with their inner whitespace runs folded (they are not offset into)."""
    if title is None:
        return None
    folded = " ".join(title.split())
    return folded or None


def _cut_top_chrome(body: str) -> str:
    """The page without the site above the story: skip links, menus, breadcrumbs, consent
    banners, share rows, and the mastheads, section labels and paths above a headline ("LIBYA
    UPDATE", "Africa", "World | Asia Pacific", "Sécurité  ›  Nord du Mali"), when a headline
    follows the last of them.
    Without a headline after them (a share bar between headline and lead), only the
    navigation and banners opening the page go."""
    lines = body.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()][:2 * MAX_TOP_LINES]
    last_chrome = -1
    masthead = _masthead_over_menu([lines[i] for i in filled])
    letterhead = _letterhead([lines[i] for i in filled])
    for k, i in enumerate(filled):
        if k < letterhead:
            last_chrome = i  # an organisation's letterhead and its release's number and date
            continue
        if k < masthead:
            last_chrome = i  # the site's name, tagline and buttons over its menu
            continue
        line = lines[i].strip()
        following = lines[filled[k + 1]] if k + 1 < len(filled) else None
        if is_navigation(line) or is_consent(line) or is_furniture(line) or is_label(line, following) \
                or is_section_path(line) or read_byline(line) or _over_the_menu(k, following) \
                or (last_chrome >= 0 and dated_place_line(line)) \
                or (last_chrome >= 0 and (_label_over_headline([lines[j] for j in filled[k:]])
                                          or _masthead_in_capitals([lines[j] for j in filled[k:]])
                                          or _paper_under_its_edition(lines[filled[k - 1]],
                                                                      [lines[j] for j in filled[k:]]))):
            # "Port-au-Prince, 9 December 2026" under a label; "Information Department" over a headline
            last_chrome = i
        else:
            break  # the headline, or the story itself, has begun
    if last_chrome < 0:
        return body
    rest = "\n".join(lines[last_chrome + 1:]).strip()
    first, _, following = rest.partition("\n")
    if rest and following.strip() and _headline_under_chrome(first.strip(), following):
        return rest
    while lines and (not lines[0].strip() or is_navigation(lines[0]) or is_consent(lines[0])):
        lines.pop(0)
    return "\n".join(lines).strip() or body


_SHARE_ROW = re.compile(r"\b(?:share|facebook|twitter|whatsapp|telegram|linkedin|email|print)\b", re.I)


# Labels under a site's menu run up to this many lines before the headline:
# "Information Department", "Statement No. 61/2026", then the headline.
MAX_LABELS_OVER_HEADLINE = 3


def _label_over_headline(lines: list[str]) -> bool:
    """Whether the first of ``lines`` (the page's lines from here down) is a short label
    ("Information Department", "Statement No. 61/2026") under its chrome, over a headline:
    only short lines or date stamps stand between it and a line that reads as a headline.
    A short headline over the story itself stays the headline: the story's first
    paragraph reads as no headline."""
    for k, line in enumerate(lines[:MAX_LABELS_OVER_HEADLINE + 1]):
        line = line.strip()
        if len(line.split()) < MIN_CHROME_HEADLINE_WORDS and not re.search(r"[.!?]\s*$", line):
            continue  # a short label (the first line itself must be one)
        if k and is_furniture(line):
            continue  # a date stamp between the labels and the headline
        following = lines[k + 1] if k + 1 < len(lines) else None
        return k > 0 and _headline_under_chrome(line, following)
    return False


def _masthead_in_capitals(lines: list[str]) -> bool:
    """Whether the first of ``lines``, under the page's chrome (an edition line, a menu), is the
    paper's name in capitals over its headline ("THE GLOBAL NEW LIGHT OF MYANMAR" over
    "Security forces repel attack on …"): a short line in capitals, no sentence, over a line in
    lower case that reads as a headline. A headline in capitals has its story under it, not
    another headline."""
    if len(lines) < 3:
        return False
    line, headline = lines[0].strip(), lines[1].strip()
    words = [w for w in line.split() if re.search(r"\w", w)]
    return 0 < len(words) <= MAX_MASTHEAD_WORDS + 2 and line.isupper() and not re.search(r"[.!?:;,\"“”]\s*$", line) \
        and not headline.isupper() and _headline_under_chrome(headline, lines[2])


def _paper_under_its_edition(above: str, lines: list[str]) -> bool:
    """Whether the first of ``lines`` is the paper's name just under its edition line ("Vol. 9
    No. 44 | Thursday, 5 March 2026" over "The Upper Nile Echo"), over a line that reads as the
    headline: a short name whose every word is capitalised, no sentence."""
    if len(lines) < 3 or not any(ISSUE_PIECE.search(piece) for piece in re.split(r"[|·•]", above)):
        return False
    words = lines[0].split()
    return 0 < len(words) <= MAX_MASTHEAD_WORDS and named_as_a_name(words) \
        and not re.search(r"[.!?:;,\"“”]\s*$", lines[0].strip()) and _headline_under_chrome(lines[1].strip(), lines[2])


# The label a release prints over its headline: "PRESS RELEASE No. 23/2026", "Communiqué n° 5",
# "STATEMENT", "Press statement #12".
_RELEASE_LABEL = re.compile(
    r"(?i:(?:(?:press|news|media|joint)\s+)?(?:release|statement|communiqu[ée]|bulletin|declaration)"
    r"(?:\s+(?:no\.?|n[°º]|nr\.?|number|#)\s*[\w/.-]{1,12})?)")
# A letterhead's lines are short and close no sentence: the organisation, its office, its address.
MAX_LETTERHEAD_WORDS = 15


def _letterhead(lines: list[str]) -> int:
    """How many of the page's first lines are a release's letterhead, down to its label and date
    ("FRENTE PARA A LIBERTAÇÃO …", "Political Bureau", "Rue des Palmiers 14 · Tel. …", "PRESS
    RELEASE No. 23/2026", "Paris, 4 December 2026"), when a headline follows them; 0 when none."""
    for k, line in enumerate(lines[:2 * MAX_TOP_LINES]):
        line = line.strip()
        above = [a.strip() for a in lines[:k]]
        lettered = any(is_contact_line(a) or a.isupper() for a in above)  # an address, or the name in capitals
        if _RELEASE_LABEL.fullmatch(line) or (lettered and dated_place_line(line)):
            end = k + 1
            while end < len(lines) and (dated_place_line(lines[end]) or _RELEASE_LABEL.fullmatch(lines[end].strip())
                                        or whole_date_stamp(lines[end].strip())):
                end += 1
            if end + 1 < len(lines) and _headline_under_chrome(lines[end].strip(), lines[end + 1]):
                return end
            return 0
        if is_contact_line(line):
            continue  # an address, a telephone, an e-mail
        if len(line.split()) > MAX_LETTERHEAD_WORDS or re.search(r"[.!?]\s*$", line):
            return 0
    return 0


def _masthead_over_menu(lines: list[str]) -> int:
    """How many of the page's first lines are its masthead block: the site's name, a tagline and
    buttons ("Human Rights Watch", "Defending Human Rights Worldwide", "Donate Now") over a menu
    among its first lines, every one of them short and none a sentence. 0 when there is none."""
    for k, line in enumerate(lines[:MAX_TOP_LINES]):
        if is_navigation(line) and not _SHARE_ROW.search(line):  # a share row sits under a headline
            above = lines[:k]
            if k and all(len(a.split()) <= MAX_MASTHEAD_WORDS and not re.search(r"[.!?:;,\"“”]\s*$", a.strip())
                         for a in above):
                return k
            return 0
    return 0


def _over_the_menu(k: int, following: str | None) -> bool:
    """A site's tagline or masthead over its menu at the top of the page ("Exclusive news,
    data and analytics for …" over "World  Africa  Americas …"): a headline sits under the
    menus, not over them. Only among the page's first lines: lower down, a line over a
    navigation-like row (a share row) is more likely the headline itself."""
    return k < TAGLINE_LINES and following is not None and is_navigation(following.strip())


def _headline_under_chrome(line: str, following: str | None) -> bool:
    """A line that can be the headline under a page's chrome: four words or more (shorter
    lines up there are labels), reading as a headline over what follows."""
    return bool(following) and len(line.split()) >= MIN_CHROME_HEADLINE_WORDS and _looks_like_headline(
        line, following.strip(), False)


def _split_headline(body: str) -> tuple[str | None, str]:
    """(title, body) when the first line reads as a headline; else (None, body)."""
    first, newline, rest = body.partition("\n")
    line = first.strip()
    own_paragraph = rest.lstrip(" \t\r").startswith("\n")
    rest = rest.strip()
    if not newline or not rest or not _looks_like_headline(line, rest, own_paragraph):
        return None, body
    return line, rest


def _looks_like_headline(line: str, following: str, own_paragraph: bool) -> bool:
    words = [w for w in line.split() if re.search(r"\w", w)]  # a dash between parts is no word
    if not 2 <= len(words) <= MAX_HEADLINE_WORDS:
        return False
    if line[-1] in ",;:-(" or (following[0].islower() and not read_byline(following, expected=True)
                               and not is_furniture(following.partition("\n")[0])):
        # a lead-in or a hard-wrapped sentence that goes on below ("by Jane Doe" is a byline,
        # "lundi 1er décembre 2026" the page's date)
        return False
    if words[-1].lower().strip("\"'“”") in _CONTINUING_WORDS:
        return False
    if opens_with_by(line) or whole_date_stamp(line) or is_channel_line(line):
        return False  # a byline, a date stamp, a newsletter's or a post's button is not a headline
    if line.endswith(".") and not line.endswith(".."):
        return _is_title_case(words) or _headline_with_period(words, following, own_paragraph)
    return True


def _headline_with_period(words: list[str], following: str, own_paragraph: bool) -> bool:
    """Some copies end a sentence-case headline with a period ("Trump urges supporters to
    vote."). Such a line is a headline when a dateline or byline opens what follows, or
    when it is short, a paragraph of its own, and reports nobody's words: "said" marks
    a lead sentence, not a headline."""
    if dateline(following) or byline(following):
        return True
    reported = {w.lower().strip(".,;:\"'“”") for w in words} & _LEAD_WORDS
    return own_paragraph and len(words) <= MAX_PERIOD_HEADLINE_WORDS and not reported


def _is_title_case(words: list[str]) -> bool:
    content = [w for w in words if re.search(r"[A-Za-z]", w) and w.lower() not in _SMALL_WORDS]
    capitalised = [w for w in content if w.lstrip("\"'“‘(")[:1].isupper() or w[:1].isdigit()]
    return len(content) >= 2 and len(capitalised) >= 0.75 * len(content)


def _require_english(text: str, where: str) -> None:
    """Refuse a text only when it is long enough and the identifier is confident."""
    if len(text.split()) < MIN_WORDS_FOR_LANGUAGE:
        return
    code, confidence = _language_identifier().classify(text[:5000])
    if code != "en" and confidence >= MIN_LANGUAGE_CONFIDENCE:
        name = LANGUAGE_NAMES.get(code)
        shown = f"{name} ({code})" if name else f"language '{code}'"
        raise InputError(f"{where}text is in {shown}, not English; skipped")


@lru_cache(maxsize=1)
def _language_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    # Normalised probabilities give a confidence we can put a threshold on.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


LANGUAGE_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German",
    "el": "Greek", "es": "Spanish", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "ku": "Kurdish", "nl": "Dutch", "no": "Norwegian",
    "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sr": "Serbian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese", "zh": "Chinese", "be": "Belarusian", "ka": "Georgian", "hy": "Armenian",
}
