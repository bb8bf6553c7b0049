"""Furniture of pages that are no news site's article: channel posts, newsletters, print-outs, feed dumps.

- A messaging channel's or a social site's posts, copied with their counters: the channel's
  name over every post, "12,384 subscribers", "👁 12.4K  edited  06:32", "Forwarded from …",
  "Cabinda Observer @CabindaObs · Dec 5", "4:12 PM · Dec 5, 2026 · 18.2K Views",
  "142 Reposts  23 Quotes  510 Likes", "Show more replies", a thread's "2/" counter.
- A newsletter: "View in browser", "Issue 47 · Friday, December 4, 2026", "Hi there,",
  "Forward to a friend", "You are receiving this email because …", "Unsubscribe".
- A press release printed to PDF and copied as text: "Page 2 of 3", a running header ending
  on the page's number, the letterhead's address, telephone and e-mail, "– END –", "Signed: …".
- A feed item dumped as its fields: "title: …", "link: …", "pubDate: …", "description: …".
- Other pages' own buttons: "AMP", "Back to top", "Key events", "Full coverage", "Reply  Like  12".

Whole lines only: a story sentence that says "reply" or "page 2" is never one of these.
"""

from __future__ import annotations

import re

from claimledger.read.dates import MONTH

_COUNT = r"\d[\d,.]*\s*[KkMm]?"
_CLOCK = r"\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
_SHORT_DATE = rf"(?:{MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?)"
_HANDLE = r"@[A-Za-z0-9_]{2,30}"

_POST_LINE = re.compile(
    # a post's view counter, edit mark and time: "👁 12.4K  edited  06:32", "👀 5,902 09:48"
    rf"(?:👁️?|👀)\s*{_COUNT}(?:\s+edited)?(?:\s+{_CLOCK})?"
    rf"|(?:edited\s+)?{_CLOCK}\s*(?:👁️?|👀)\s*{_COUNT}"
    # the channel's or account's audience: "12,384 subscribers", "3.1K members"
    rf"|{_COUNT}\s+(?:subscribers|members|followers|online)(?:\s*,\s*{_COUNT}\s+online)?"
    r"|forwarded from\s+[^\n]{2,60}|(?:join|open|view|subscribe to)(?: the)? channel|open in telegram"
    r"|view in telegram|pinned message|channel photo updated|(?:this )?post (?:was )?(?:pinned|edited)"
    # an author line: "Cabinda Observer 🇦🇴 @CabindaObs", "@CabindaObs · Dec 5", "· Dec 5"
    rf"|(?:(?:[A-Z][\w'’.-]*|[^\w\s]{{1,4}})\s+){{0,6}}{_HANDLE}(?:\s*·\s*(?:{_SHORT_DATE}|\d{{1,2}}[hm]))?"
    rf"|·\s*(?:{_SHORT_DATE}|\d{{1,2}}[hm])"
    # the post's stamp and views: "4:12 PM · Dec 5, 2026 · 18.2K Views"
    rf"|{_CLOCK}\s*·\s*{_SHORT_DATE}(?:\s*·\s*{_COUNT}\s*views?)?"
    # a post's reactions: "142 Reposts  23 Quotes  510 Likes  31 Bookmarks"
    rf"|(?:{_COUNT}\s+(?:reposts?|retweets?|quotes?|likes?|bookmarks?|replies|shares|reactions|views?)\s*){{2,6}}"
    r"|show (?:more )?replies|show this thread|post your reply|load more(?: comments| replies| posts)?"
    r"|sort by\s*:?[^\n]{0,30}|(?:reply|like|report|share)(?:\s+(?:reply|like|report|share|\d[\d,]*))+|reply"
    # a newsletter's own lines
    r"|view (?:this email |this issue |it )?(?:in|on) (?:your |a )?(?:browser|web)|view online|open in browser"
    r"|forward (?:this (?:email |newsletter )?)?to a friend|unsubscribe\b[^\n]{0,80}"
    r"|(?:update|manage) (?:your )?(?:email )?(?:preferences|subscription)[^\n]{0,40}"
    r"|you (?:are )?(?:receiving|received|got) this (?:e-?mail|newsletter|message)\b[^\n]{0,200}"
    r"|(?:was this|did someone) forward(?:ed)?[^\n]{0,60}|(?:issue|edition|vol\.?)\s*#?\d+(?:\s*[·|,–—-][^\n]{0,60})?"
    r"|(?:hi|hello|dear) (?:there|readers?|all|friends|subscribers?|colleagues)[,!]?"
    r"|good (?:morning|afternoon|evening)[,!]"
    r"|read (?:it )?online"
    # the editor's teaser over the issue's stories: "This week: …", "In this issue: …"
    r"|(?:this week|in this (?:issue|edition|newsletter)|inside this issue)\s*:[^\n]{0,200}"
    # a print-out's page furniture: "Page 2 of 3", "- 2 -", "– END –", "ENDS", "###"
    r"|page\s+\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]|[-–—*]*\s*(?:end|ends)\s*[-–—*]*"
    # a running header ending on the page's number: "FLEC – Political Bureau | Press Release … Page 2 of 2"
    r"|[^\n]{2,120}?\s{2,}page\s+\d{1,3}\s*(?:/|of)\s*\d{1,3}|[^\n]{2,120}?\|\s*page\s+\d{1,3}"
    # other pages' buttons and blocks: AMP and live pages, aggregators
    r"|amp|(?:view )?non-amp version|back to top|key events|show key events only|reuse this content"
    r"|full coverage|top (?:news|stories)|see more|view all|more headlines|download (?:the|our) app"
    r"|fact check|skip to (?:main )?content",
    re.I,
)
# A letterhead's or a contact block's line: an e-mail, a telephone, a postcode: no story sentence.
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(r"(?:\b(?:tel|phone|fax|mob|mobile|whatsapp)\.?\s*:?\s*)?\+\d{1,3}[\d ()./-]{6,}\d|"
                    r"\b(?:tel|phone|fax)\.?\s*:?\s*\(?\d[\d ()./-]{5,}\d", re.I)
_CONTACT_OPENING = re.compile(r"(?:contacts?|media contact|press contact|for (?:further|more) information)\b", re.I)
MAX_CONTACT_WORDS = 25
# A release's signature: "Signed: Jean-Claude Nzita, Secretary for Information".
_SIGNED = re.compile(r"(?:signed|sgd\.?)\s*:?\s+[A-Z][^\n]{1,100}", re.I)
# A translator's credit and the original's: "Translated from Arabic by Sahara Monitor staff",
# "Translation: Sahara Monitor", "Original: El Khabar, 1 December 2026".
TRANSLATED = re.compile(
    r"(?:translated(?:\s+from\s+[A-Z][a-z]+)?(?:\s+(?:into|to)\s+English)?\s+by\s+[^\n]{2,80}"
    r"|(?:english\s+)?translation(?:\s+by)?\s*:\s*[^\n]{2,60}|translated from (?:the )?[A-Z][a-z]+(?: original)?)\.?",
    re.I)
ORIGINAL_LINE = re.compile(
    r"(?:original(?:\s+(?:article|text|version|story|report|in\s+[A-Z][a-z]+))?|originally\s+in\s+[A-Z][a-z]+)"
    r"\s*:\s*(?P<v>[^,\n|·]{2,60}?)(?:\s*[,|·]\s*(?P<date>[^\n]{4,40}?))?\s*\.?", re.I)


# A newsletter's issue number as a piece of its meta line: "The Sahel Letter | No. 112 | 5 December 2026".
# A print edition's line names its volume and number together, in figures or Roman numerals,
# the number maybe with a thousands comma: "Vol. 12 No. 204", "Vol. XII, No. 204", "Issue 12,334",
# "Volume 45 Issue 12".
_ISSUE_NUMBER = r"#?(?:\d{1,3},\d{3}|\d{1,5}|[IVXLC]{1,7}\b)"
ISSUE_PIECE = re.compile(
    rf"(?:(?:issue|edition|vol\.?|volume)(?:\s+(?:no\.?|n[°º]|number))?|no\.?|n[°º])\s*{_ISSUE_NUMBER}"
    rf"(?:\s*,?\s*(?:no\.?|n[°º]|number|issue)\s*{_ISSUE_NUMBER})?", re.I)


def is_channel_line(line: str) -> bool:
    """A whole line of a post's, a newsletter's, a print-out's or another page's furniture."""
    stripped = line.strip()
    if not stripped:
        return False
    if _POST_LINE.fullmatch(stripped) or _SIGNED.fullmatch(stripped) or TRANSLATED.fullmatch(stripped):
        return True
    return is_contact_line(stripped)


_PAGE_LINE = re.compile(
    r"page\s+\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]"
    r"|[^\n]{2,120}?(?:\s{2,}|\|\s*)page\s+\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?", re.I)


def is_page_break(line: str) -> bool:
    """A print-out's page number or running header: the story goes on after it."""
    return _PAGE_LINE.fullmatch(line.strip()) is not None


def is_contact_line(line: str) -> bool:
    """A letterhead's address or a contact block: an e-mail or a telephone number on a short
    line that closes no sentence ("Rue des Palmiers 14, Paris · Tel. +33 1 44 55 66 77")."""
    stripped = line.strip()
    if len(stripped.split()) > MAX_CONTACT_WORDS:
        return False
    contact = _EMAIL.search(stripped) or _PHONE.search(stripped)
    return bool(contact) and (not re.search(r"[.!?]\s*$", stripped) or _CONTACT_OPENING.match(stripped) is not None
                              or stripped.endswith((".org", ".com")))


# "1/", "2/ ", "3/5 ": a thread's counter opening a post; "1/ THREAD:" the first.
THREAD_COUNTER = re.compile(r"[ \t]*\d{1,2}/(?:\d{1,2})?[ \t]+(?:(?i:thread)[ \t]*(?:🧵)?[ \t]*:?[ \t]+)?(?=\S)")


def post_header(title: str | None, body: str) -> bool:
    """Whether a first line read as the headline is a post's header: an account's handle
    ("Cabinda Observer @CabindaObs"), or a short name printed again over later posts as a line
    of its own (a channel's name over each post). A headline is printed once."""
    if not title:
        return False
    if re.search(_HANDLE + r"\b", title) and _POST_LINE.fullmatch(title.strip()):
        return True
    if len(title.split()) > 8 or re.search(r"[.!?]\s*$", title):
        return False
    key = _header_key(title)
    return bool(key) and sum(_header_key(line) == key for line in body.split("\n")) >= 2


def _header_key(line: str) -> str:
    """A header's words without its emoji and marks: "📢 Borno Updates 🇳🇬" is "borno updates"."""
    return " ".join(re.sub(r"[^\w\s'’-]", " ", line).split()).casefold()


def cut_post_head(body: str, header: str) -> str:
    """The page without the lines over its first post: the header and its counters."""
    lines = body.split("\n")
    k = 0
    while k < len(lines) and (not lines[k].strip() or _header_key(lines[k]) == _header_key(header)
                              or is_channel_line(lines[k])):
        k += 1
    rest = "\n".join(lines[k:]).strip()
    return rest or body


# A feed item dumped as its fields, one a line: "title: …", "pubDate: …".
_FEED_FIELD = re.compile(
    r"[ \t]*(?P<key>title|link|url|guid|id|pubdate|pub_date|published|updated|date|dc:date|dc:creator|creator"
    r"|author|category|categories|description|summary|source|content:encoded)[ \t]*:[ \t]*(?P<v>[^\n]*)", re.I)
MIN_FEED_FIELDS = 3


def feed_fields(body: str) -> tuple[dict[str, str], str] | None:
    """The fields of a feed item opening the page and the text after them, or None when the
    page does not open with at least three such fields, a title and a link or a date among them."""
    fields: dict[str, str] = {}
    lines = body.split("\n")
    k = 0
    for k, line in enumerate(lines):  # noqa: B007 - k is where the fields stop
        m = _FEED_FIELD.fullmatch(line)
        if m is None:
            if line.strip():
                break
            continue
        fields.setdefault(m.group("key").lower().removeprefix("dc:"), m.group("v").strip())
    else:
        k = len(lines)
    if len(fields) < MIN_FEED_FIELDS or "title" not in fields or not ({"link", "url", "pubdate", "published",
                                                                       "date", "guid"} & fields.keys()):
        return None
    return fields, "\n".join(lines[k:]).strip()
