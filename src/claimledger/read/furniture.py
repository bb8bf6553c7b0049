"""Page furniture: the lines of a pasted or scraped page that belong to the site around
a story, above its headline or below its last paragraph.

Above: consent banners ("We use cookies ... Accept all"), section labels ("Africa",
"World | Asia Pacific"), mastheads ("LIBYA UPDATE"), share rows, read times, relative
stamps ("3 hours ago | 5 Comments"), "Written by" lines, photo-carousel captions. Below:
share widgets ("Click to share on X"), "Like this:", comment counts and "Leave a reply",
licensing and standards lines, "Suggested Topics:", related-story lists, newsletter
sign-ups, slugs ("bur-xyz/sst") and feed trailers ("The post ... appeared first on ...").

The reader cuts such lines only at the two ends of a page, where no story sentence lies
between them and the edge (see :func:`tail_start`), so a "Read more:" inserted between
paragraphs of a story stays (the extractor marks it, :mod:`claimledger.extract.parts`).

Hand-written patterns, like :mod:`claimledger.read.chrome`: these lines arrive as plain
text, where boilerplate libraries (which read HTML blocks) cannot see them.
"""

from __future__ import annotations

import re

from claimledger.read import channels, foreign
from claimledger.read.chrome import SECTION_WORDS, SKIP_LINK, is_navigation, line_items
from claimledger.read.clock import stamps_an_entry
from claimledger.read.dates import MONTH, STAMP, ZONE, stamp_iso, whole_date_stamp

# A consent banner names cookies or privacy together with a choice to make.
_CONSENT = re.compile(r"\b(?:cookies?|your privacy|privacy settings|consent)\b", re.I)
_CONSENT_CHOICE = re.compile(
    r"\b(?:accept|agree|consent|preferences|personalis|personaliz|continuing to (?:browse|use)|ok\b|"
    r"reject|manage|store and(?:/or)? access|we (?:and our partners )?use)", re.I)
MAX_CONSENT_WORDS = 70

_SOCIAL = (r"facebook|twitter|tweet|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|messenger|pinterest|"
           r"copy link|copy|link|share|sms|flipboard|bluesky|threads|youtube|instagram|tiktok|viber|vk|mastodon|rss|"
           r"\[(?:f|x|in)\]|\[copy link\]")
# A date written out as pages stamp it: "Tue Sep 8, 2026 6:14am EDT", "Monday, 3 March
# 2025 14:02 GMT", "Jan. 9, 2025 10:31 a.m. ET", "March 3, 2025 at 2:15 p.m.".
_ZONE = rf"(?:{ZONE}|local time)"
_CLOCK = rf"(?:\s*(?:[-–—,]|at)?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*{_ZONE})?)"
_WRITTEN_DATE = (rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
                 rf"(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+{MONTH},?\s+\d{{4}}){_CLOCK}?")
# Names in a credit line: "Jane Doe", "Jane Doe-Musa and Ali Musa", "J. Doe & A. Musa".
_NAME = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3}"
_NAMES = rf"{_NAME}(?:[ \t]*(?:,|and|&)[ \t]*{_NAME})*"
_STAMPED = r"(?:published|modified|updated|posted|last updated|last update|last modified)(?:\s+(?:on|at))?\s*:?\s*"
# A browser's print header and footer, repeated on every printed page: the moment of printing
# and the page's title ("12/5/26, 9:14 AM   Headline | Site": never the date of publication),
# then the page's address and the page's number ("https://example.org/story   1/2").
_PRINT_STAMP = r"\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]{2,}[^\n]{1,200})?"
_PRINT_FOOTER = r"(?:https?://|www\.)\S+(?:[ \t]+(?:page[ \t]+)?\d{1,3}(?:[ \t]*(?:/|of)[ \t]*\d{1,3}))?"
# A count of the page's audience: "1.2k views", "3,400 watching", "340 reading now".
_AUDIENCE = r"\d[\d,]*(?:\.\d+)?k?\s+(?:views?|readers|reading(?: now)?|watching)"
# Whole lines of page widgets and meta information.
_FURNITURE = re.compile(
    r"(?:share(?: this)?(?: article| story| post| page| on \w+)?:?"
    rf"|(?:follow us(?: on)?\s*:?\s*)?(?:(?:share|{_SOCIAL})\s*(?:(?:on|via)\s*)?:?\s*)+"
    r"|click to (?:share|print|email)\b.{0,60}"
    r"|like this:?|like loading\.*|loading\.*|leave a (?:reply|comment)|post a comment|add a comment"
    r"|search(?:\.{3}|…| this site| here| for)?"  # the site's search box, as a copy keeps its placeholder
    r"|live(?: updates?| blog| coverage| news)?|for immediate release|embargoed[^\n]{0,60}"
    # a reader's buttons and a page's age: "Save", "Bookmark", "This article is more than 1 month old"
    r"|save(?: article| story| for later)?|bookmark|add to (?:my )?(?:list|favou?rites)"
    r"|this (?:article|story|page) is more than (?:\d+|an?|one|two|three) (?:days?|weeks?|months?|years?) old"
    r"|(?:view |show |read )?\d*\s*comments?(?:\s*\(\d+\))?|comments?\s*\(\d+\)|views?\s*:\s*[\d,.]+k?"
    r"|advertisement|advertising|sponsored(?: content)?|ad"
    rf"|\d+(?:\.\d+)?\s*(?:min(?:ute)?s?|mins)\.?(?:\s+read)?|{_AUDIENCE}"
    # a live page's invitation: "Follow our live coverage", "Follow the live updates here"
    r"|follow (?:our|the|this) live (?:coverage|updates|blog|page)(?: here| below)?"
    r"|(?:(?:last\s+)?updated:?\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
    rf"|{_STAMPED}(?:[\d/.\-:, ]{{4,30}}(?:\s*at\s*\d{{1,2}}[:.h]\d{{2}})?(?:\s*{_ZONE})?|{_WRITTEN_DATE})"
    # a clock time alone on its line, the rest of a copied byline row or a live page's entry stamp:
    # "— 08:15", "| 08:15", "14h32 |", "· 9:40 AM GMT"
    rf"|(?:[-–—|•·/][ \t]*)?\d{{1,2}}(?::|h)\d{{2}}(?::\d{{2}})?(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*{_ZONE})?"
    r"(?:[ \t]*[|•·/])?"
    r"|(?:written|posted|words|story|reported|text|compiled) by\s+[A-Z][^\n]{1,60}"
    # a credit line of words and pictures: "Text: Jane Doe. Photos: Ali Musa", "Words: Jane Doe | Pictures: Ali Musa"
    # and a byline written as a field: "Reporter: Deng Mabior", "Correspondents: Ali Musa and Jane Doe"
    rf"|(?:text|words|story|reporting|reporters?|correspondents?|authors?|writers?)\s*:\s*{_NAMES}"
    r"(?:\s*[.;,|/]?\s*(?:photos?|pictures?|images?|video|graphics?)"
    rf"\s*:\s*{_NAMES})?\.?"
    r"|item \d+ of \d+\b.*|listen to this (?:article|story)(?:\s*[-–—]?\s*\d+\s*min(?:ute)?s?)?|listen|play video"
    r"|our standards:.{0,80}|(?:acquire|purchase) licensing rights.{0,30}|opens new tab"
    r"|suggested topics:?|topics?:.{0,120}|tags?:.{0,120}|filed under:?.{0,120}"
    r"|read (?:more|also|next)(?:\s*:.{0,150})?|also read:?.{0,150}|see also:?.{0,150}"
    # the site pointing to its own pages: "Also on Gulf of Guinea Watch: ...", "More from The Courier: ..."
    r"|(?:also|more) (?:on|from|at) (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    r"(?-i:(?:the )?[A-Z][\w&'’.-]*(?: (?:of |the |and )?[A-Z&][\w&'’.-]*){0,5})\s*:.{0,150}"
    r"|sign up(?: for)?\b.{0,100}|subscribe(?: now| to [\w ]{1,40})?!?|enter your email.{0,40}"
    r"|newsletter.{0,60}|newsletter\b.{0,160}\b(?:sign up|subscribe|your email|inbox)\b.{0,40}|log in|sign in|register"
    # the site's copyright line, whatever precedes the mark: "Horn Observer © 2026 · Terms · Privacy"
    r"|.{0,60}(?:©|copyright\s+\d{4}).{0,150}|.{0,80}\ball rights reserved\b.{0,80}"
    r"|contact us\b.{0,80}|about us\b.{0,80}|privacy(?: policy)?\s*\|.{0,80}|terms(?: of use| and conditions)?"
    r"|the post\b.{1,300}\bappeared first on\b.{1,120}|end\s?item"
    # a newsroom's appeal for members or money: "Support independent journalism. Become a member"
    r"|.{0,80}\b(?:support (?:our|independent|quality|local) journalism|become a (?:member|subscriber|supporter|patron)"
    r"|help us keep going|donate (?:now|today)|support our (?:work|reporting))\b.{0,80}"
    r"|(?:editor'?s note:\s*)?this (?:story|article|post|page) (?:is being|will be) updated\.?"
    r"|(?:editor'?s note:\s*)?this is a (?:developing|breaking) (?:story|news story)\.?.{0,80}"
    r"|\d+ (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to)\b.{0,250}"  # a comment thread's header
    r"|#{3,}|-30-|(?:for )?(?:more information|media (?:contact|enquiries|inquiries))\b.{0,120}"
    r"|[a-z]{2,6}(?:-[a-z]{2,6})*(?:/[a-z]{2,6}){1,3}"  # AFP's desk slug: "bur-xyz/sst"
    # a print view's own lines: "Tribune - Print view", "[Print this page]  [Close window]",
    # "Printed on 5 December 2026 from example.org", "Printer-friendly version"
    r"|(?:[^\n]{1,60}?\s[-–|:]\s*)?print(?:er)?[- ]?(?:friendly\s+)?(?:view|version|edition|page)"
    r"|(?:\[?(?:print this (?:page|article|story)|print|close(?: this)? window|back to (?:article|story))\]?\s*){1,3}"
    r"|printed (?:on|from|at)\b.{0,200}"
    rf"|{_PRINT_STAMP}|{_PRINT_FOOTER}"
    r")",
    re.I,
)
# Separated meta pieces on one line ("Posted by Newsdesk | May 13, 2025 | Libya | 3 comments")
# or widgets spaced apart ("Menu  Search  Sign in") are parted as menus are (chrome.line_items).
# A week or an issue's span of days: "1–7 March 2026", "March 1-7, 2026", "28 Feb – 6 Mar 2026".
_DATE_RANGE = (rf"(?:\d{{1,2}}(?:\s+{MONTH})?\s*[-–—]\s*\d{{1,2}}\s+{MONTH},?\s+\d{{4}}"
               rf"|{MONTH}\s+\d{{1,2}}\s*[-–—]\s*(?:{MONTH}\s+)?\d{{1,2}},?\s+\d{{4}})")
_RANGE_PIECE = re.compile(_DATE_RANGE, re.I)
_META_PIECE = re.compile(
    rf"(?:(?:posted|written|published|by)\b.{{0,60}}|{_WRITTEN_DATE}|{_DATE_RANGE}"
    # the stamp's clock time as a piece of its own: "Posted: 12.11.2026 | 09:14", "... / 6:40 AM /"
    rf"|\d{{1,2}}[:.h]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*{_ZONE})?"
    rf"|\d+\s*comments?|\d+(?:\.\d+)?\s*min(?:ute)?s? read|{_AUDIENCE}"
    r"|(?:\d+|an?)\s+(?:minutes?|hours?|days?)\s+ago)",
    re.I,
)
# Where a list of other stories or the page's own blocks begin.
_TAIL_HEADER = re.compile(
    r"(?:related(?: stories| articles| news| coverage| content| posts)?|more (?:stories|news|from [\w ]{1,30})"
    r"|read (?:more|also|next)|also read|you (?:may|might) also like|recommended(?: for you)?|most read|most popular"
    r"|trending(?: now)?|latest(?: news| stories)?|in other news|more on this (?:story|topic|subject|issue)"
    r"|more (?:headlines|in [\w ]{1,30})|related (?:topics|headlines|reading)|suggested topics"
    r"|what to read next|editor'?s picks|top stories|\d+ comments?|comments?(?:\s*\(\d+\))?"
    r"|(?:popular|trending|most read) (?:now|today|this week)|most (?:viewed|watched|shared|commented)"
    r"|editor'?s (?:choice|selection)|don'?t miss|recommended (?:stories|reads|articles|reading|videos)"
    r"|latest (?:from|in|on) [\w ]{1,30}|you (?:may|might) also be interested in|further reading"
    r"|more to (?:read|explore|watch)|keep reading|from around the web|elsewhere on [\w ]{1,30}"
    # a topic's own list: "More on Sudan", "More about the war in Ukraine", "More coverage"
    r"|more (?:on|about) (?:the )?[\w'’-]+(?: [\w'’-]+){0,4}|more coverage|explore more|also in the news)\s*:?"
    # a promoted video or gallery under the story: "Watch: Troops patrol ...", "In pictures: ..."
    r"|(?:watch|video|in pictures|podcast|listen|gallery|photos)\s*:\s*.{1,150}",
    re.I,
)
# Photo captions with a credit or a "released by" phrase.
_CAPTION = re.compile(
    r"^\s*\[?(?:photo|image|picture|caption|photo caption|image caption|file photo|pictured|foto|imagen|imagem"
    r"|légende)\s*:"
    # a credit closing the caption: "... in the desert. Photo: Monitor archive", "[... PHOTO: Jane Doe]"
    r"|\.\s+(?:photo|picture|image)s?(?: credit)?\s*:\s*[^\n.:]{2,60}\]?\s*$"
    r"|\bin (?:this|a) (?:undated |handout |file )?(?:photo|picture|image|video grab|still|screen ?grab)\b"
    r"|\b(?:photo|picture|image|video)s?\s+(?:released|distributed|provided|handed out)\s+by\b"
    r"|\bhandout(?: via| photo| picture| image|/)"
    r"|\((?:photo|image|picture|foto|imagen|imagem|crédit photo|crédito)\s*(?:credit)?\s*:[^)]*\)"
    r"|\bscreen ?grab\b"
    # a credit closing the caption: "(AFP/File)", "(Reuters/File Photo)", "(AP Photo/Jane Doe)", "(EPA/Stringer)"
    r"|\((?:[^()\n]{1,40}/)?(?:file|file photo|archives?|getty images|getty|handout)\)\s*$"
    r"|\((?:AFP|AP|Reuters|EPA|EPA-EFE|Anadolu|Xinhua|Getty|Getty Images|SANA|IRNA)(?: Photo)?/[^()\n]{1,40}\)\s*$"
    r"|^\s*(?:photo |image )?credit\s*:|^\s*image (?:source|caption)\s*[:,]"
    # a caption that is only its credit: "(Photo courtesy of the 43rd Infantry Battalion)", "Photo by Jane Doe"
    r"|^\s*[\[(]?(?:photos?|images?|pictures?)\s+(?:courtesy\s+of|by|from)\s+[^\n]{2,80}[\])]?\.?\s*$",
    re.I,
)
MAX_LABEL_WORDS = 3
# A site's name over its menu may be longer: "ACP - Agence Congolaise de Presse".
MAX_MASTHEAD_WORDS = 6
# A label of one or two words ("Press release", "Breaking news") sits over any headline;
# headlines under a page's chrome have four to twenty words.
MAX_SHORT_LABEL_WORDS = 2
MIN_HEADLINE_WORDS, MAX_HEADLINE_WORDS = 4, 20
_SENTENCE_END = re.compile(r"[.!?…\"”’]\s*$")
# A line of story: long enough and closed like a sentence.
MIN_STORY_WORDS = 15


def is_consent(line: str) -> bool:
    """A cookie or privacy banner: "We use cookies ... Accept all Manage preferences"."""
    stripped = line.strip()
    return (len(stripped.split()) <= MAX_CONSENT_WORDS and _CONSENT.search(stripped) is not None
            and _CONSENT_CHOICE.search(stripped) is not None)


def is_furniture(line: str) -> bool:
    """A line of the page's widgets or meta information, not of the story."""
    stripped = line.strip()
    if not stripped:
        return False
    if (_FURNITURE.fullmatch(stripped) or _FURNITURE.fullmatch(stripped.strip("()[]")) or is_consent(stripped)
            or is_navigation(stripped) or foreign.is_furniture_line(stripped) or whole_date_stamp(stripped)
            or channels.is_channel_line(stripped)):
        return True
    pieces = line_items(stripped)
    if len(pieces) < 2:
        return False
    meta = []
    for piece in pieces:  # stops at the first piece of story: a long line's pieces are many
        ok = bool(_meta_piece(piece) or _FURNITURE.fullmatch(piece) or SKIP_LINK.fullmatch(piece))
        if not ok and not _section_label(piece):
            return False
        meta.append(ok)
    if all(meta):
        return True
    # a section label beside the page's date stamp: "WORLD NEWS | Tue Sep 8, 2026 6:14am EDT",
    # "Sécurité | 18 novembre 2026 | Rédaction RTB"
    # an aggregator's source beside the item's age: "Reuters · 2 hours ago"
    return any(_meta_piece(p) and re.search(r"\d{4}|\bago$", p) for p in pieces)


# Pieces of a wire's meta line: "Source: Xinhua | 2026-12-03 18:22:41 | Editor: huaxia".
_WIRE_PIECE = re.compile(
    r"(?:source|editor|author|desk)\s*:\s*[^|]{1,40}|\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?", re.I)


def _meta_piece(piece: str) -> bool:
    """One piece of a meta line: a stamp, a byline, a count of comments or views, a read time."""
    if (_META_PIECE.fullmatch(piece) or _WIRE_PIECE.fullmatch(piece) or whole_date_stamp(piece)
            or channels.ISSUE_PIECE.fullmatch(piece.strip())):
        return True
    return foreign.is_meta_piece(piece)


def meta_date(line: str) -> str | None:
    """The date a page's meta line stamps it with ("WORLD NEWS | Tue Sep 8, 2026 6:14am EDT",
    "Published 3 March 2025 · 4 min read", "Sécurité | 18 novembre 2026 | Rédaction RTB"):
    from a piece of the line that is a stamp, never from a headline in a "Read more:" line."""
    if not is_furniture(line):
        return None
    for piece in line_items(line):
        if _RANGE_PIECE.fullmatch(piece.strip()):
            continue  # a week's span of days dates what it covers, not the page
        # a stamp opening the piece, or inside a meta piece ("Posted by desk on 5 May 2026")
        stamp = STAMP.match(piece) or (STAMP.search(piece) if _META_PIECE.fullmatch(piece) else None)
        if stamp and (iso := stamp_iso(stamp)):
            return iso
        if iso := foreign.piece_date(piece):
            return iso
    return None


# How far into a page's body its date stamp is looked for: the lines between the headline and
# the story (a standfirst, a section label, "Reuters", a byline, the stamp), before the first
# paragraph of prose, and never more than this many of them.
MAX_HEAD_LINES = 8
MIN_PROSE_WORDS = 30
# What may follow a stamp in its piece: a place's time ("(Damascus time)"), a zone name.
_STAMP_TAIL = re.compile(r"\s*(?:\([^()\n]{1,30}\)|[A-Z]{2,5}|local time)?\s*", re.I)
_UPDATE_STAMP = re.compile(r"(?i)(?:last\s+)?(?:updated|update|modified)\b")


def head_date(body: str) -> str | None:
    """The date a page stamps its story with on a line of its head, below the headline and
    above the story's first paragraph, wherever a standfirst or a credit sits between them:
    "Posted 5 Dec 2026 | Originally published 5 Dec 2026", "Desk staff | 9 November 2026,
    14:20 | Updated 17:05", "Staff | Last updated: 6 December 2026, 16:05 (Damascus time)".
    A stamp is a whole piece of its line, so a caption's or a sentence's date is never one;
    the date first published beats the date last updated."""
    updated = None
    lines = [line.strip() for line in body.split("\n") if line.strip()][:MAX_HEAD_LINES]
    for line in lines:
        if len(line.split()) >= MIN_PROSE_WORDS:
            break  # the story has begun
        for piece in line_items(line):
            if _RANGE_PIECE.fullmatch(piece.strip()):
                continue  # "1–7 March 2026": the span a brief covers, not its date
            # "Originally published 5 Dec", and a situation report's "As of 30 November 2026"
            piece = re.sub(r"(?i)^originally\s+(?=published|posted)|^as\s+(?:of|at)\s+", "", piece)
            stamp = STAMP.match(piece)
            if stamp is None or not _STAMP_TAIL.fullmatch(piece[stamp.end():]) or not (iso := stamp_iso(stamp)):
                continue
            if not _UPDATE_STAMP.match(piece):
                return iso
            updated = updated or iso
    return updated


def is_section_path(line: str) -> bool:
    """A row of section names under a headline: "Interview | Amhara conflict", "News >
    Africa > Sudan": two to four short pieces, none a sentence."""
    pieces = [p.strip() for p in re.split(r"\s+[|>›»·•]\s+", line.strip())]
    return 2 <= len(pieces) <= 4 and all(
        1 <= len(p.split()) <= MAX_LABEL_WORDS and p[:1].isupper() and not _SENTENCE_END.search(p)
        and not any(c.isdigit() for c in p) for p in pieces)


_PAGE_KIND = re.compile(r"(?i:(?:press|news|media) (?:release|statement|briefing)|statement|communiqu[ée]"
                        r"|breaking news|situation report|flash update|news update|op-ed|opinion|analysis|explainer)")


def _section_label(piece: str) -> bool:
    """A section's name: one to three capitalised words, no sentence; or the kind of page, as
    sites write it in sentence case ("Press release", "Flash update")."""
    if _PAGE_KIND.fullmatch(piece.strip()):
        return True
    words = piece.split()
    return 1 <= len(words) <= MAX_LABEL_WORDS and all(w[:1].isupper() for w in words) and not any(
        c.isdigit() for c in piece) and not _SENTENCE_END.search(piece)


def is_caption(line: str) -> bool:
    """A photo caption with its credit: "..., in this undated photo released by ..."."""
    return _CAPTION.search(line) is not None and len(line.split()) <= 70


def is_tail_header(line: str) -> bool:
    """A header that opens the page's own blocks: "Related:", "You might also like", "[Editor's picks]"."""
    stripped = line.strip().strip("[]")
    return _TAIL_HEADER.fullmatch(stripped) is not None or foreign.is_tail_header(stripped)


# What makes a caption sure enough to cut at the end of a page: a label opening it, a credit
# closing it ("(AP Photo/...)", "REUTERS/Stringer", "(Supplied)", "AFP"), or "in this photo".
_CAPTION_LABEL = re.compile(r"\s*[\[(]?(?:photo|image|picture|caption|file photo|pictured|foto|imagen|imagem|légende)"
                            r"(?: caption| credit)?[\])]?\s*:?", re.I)
# A credit closing a caption line: "... in the desert. Photo: Monitor archive", "... PHOTO: Jane Doe]".
_CAPTION_CLOSING_CREDIT = re.compile(r"\.\s+(?:photo|picture|image)s?(?: credit)?\s*:\s*[^\n.:]{2,60}\]?\s*$", re.I)
_CAPTION_CREDIT = re.compile(r"(?:\([^()\n]{1,80}\)|\b[A-Z]{2,}(?:/[\w .-]{1,40})+|\bAFP|\bAP)\.?\s*$")
_CAPTION_PHRASE = re.compile(r"\bin (?:this|a) (?:undated |handout |file )?(?:photo|picture|image)\b", re.I)
MAX_CLOSING_CAPTION_WORDS = 60


def is_closing_caption(line: str) -> bool:
    """A photo caption closing the page: one that says it is one, not a story sentence that
    merely mentions a screen grab or a handout."""
    stripped = line.strip()
    if not is_caption(stripped) or len(stripped.split()) > MAX_CLOSING_CAPTION_WORDS:
        return False
    return _CAPTION_LABEL.match(stripped) is not None or any(
        p.search(stripped) is not None for p in (_CAPTION_CREDIT, _CAPTION_PHRASE, _CAPTION_CLOSING_CREDIT))


def is_label(line: str, following: str | None) -> bool:
    """A section label or masthead above a headline: "Africa", "LIBYA UPDATE", "World |
    Asia Pacific", or a short name followed by the site's navigation ("Horn Dispatch")."""
    stripped = line.strip()
    words = [w for w in stripped.replace("|", " ").split() if re.search(r"\w", w)]  # "/" and "-" are no words
    if not words or len(words) > MAX_MASTHEAD_WORDS or _SENTENCE_END.search(stripped):
        return False
    short = len(words) <= MAX_LABEL_WORDS
    if len(words) <= MAX_LABEL_WORDS + 1 and ("|" in stripped or (stripped.isupper() and short)):
        return True
    if len(words) == 1:
        return True
    following = (following or "").strip()
    if following.lower() in SECTION_WORDS:
        return True  # a site's name over its section's: "Sahara Monitor" over "Translations"
    if len(words) <= MAX_MASTHEAD_WORDS and (is_navigation(following) or _plain_label(following)):
        return True  # a site's name over its menu or a label: "ACP - Agence Congolaise de Presse"
    if len(words) <= MAX_SHORT_LABEL_WORDS and headline_shaped(following):
        return True  # "Press release" over "Myanmar: army must protect civilians, group says"
    over_furniture = bool(following) and is_furniture(following)
    if over_furniture and re.search(r"\b(?:19|20)\d\d\b", following) and named_as_a_name(words):
        # an organisation's name over its dated release line: "Doctors Without Borders" over
        # "Press release | 2 December 2026"; a headline this short over its stamp is kept all the
        # same, since then no headline follows the stamp. A short headline over its "Updated …"
        # line says what happened in lower-case words ("Gunmen kill three in Marsabit ambush")
        return True
    return short and bool(following) and (is_consent(following) or over_furniture)


# The small words a name in capitals keeps in lower case ("Committee of the Red Cross",
# "Médecins Sans Frontières", "Forces armées de la RDC").
_NAME_LINKS = {"of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le", "et", "al", "el", "&"}


def named_as_a_name(words: list[str]) -> bool:
    """Whether a short line's words are a name's: each capitalised, or a small linking word."""
    return all(not w[:1].isalpha() or w[:1].isupper() or w.lower() in _NAME_LINKS for w in words)


def _plain_label(line: str) -> bool:
    """A label in capitals or between bars on a line of its own: "PRESS RELEASE", "News | Africa"."""
    words = line.replace("|", " ").split()
    return 0 < len(words) <= MAX_LABEL_WORDS and (line.isupper() or "|" in line) and not _SENTENCE_END.search(line)


def headline_shaped(line: str) -> bool:
    """A line shaped like a headline: four to twenty words, not closed like a sentence."""
    # a headline may close on a quotation ('Spokesman: "The Houthis lost 300 fighters"'), not on a full stop
    return MIN_HEADLINE_WORDS <= len(line.split()) <= MAX_HEADLINE_WORDS and not re.search(r"[.!?…]['\"”’]*\s*$", line)


# The writer's note closing a page: "Olena Kovalchuk is a reporter covering the south of
# Ukraine. She is based in Odesa." (its places are the writer's, not the story's).
AUTHOR_BIO = re.compile(
    r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}[ \t]+is[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,4}?"
    r"(?:reporter|correspondent|journalist|writer|editor|freelancer|photographer|contributor|columnist)\b[^\n]{0,250}")
# "Associated Press writer Jane Doe in San Juan, Puerto Rico, contributed to this report."
CONTRIBUTORS = re.compile(r"[^\n]{2,200}?\bcontributed(?:[ \t]+reporting)?(?:[ \t]+to[ \t]+this"
                          r"[ \t]+(?:report|story|article))\.?|[^\n]{2,200}?\bcontributed[ \t]+reporting\.?")


def is_story(line: str) -> bool:
    """A line that reads as a paragraph of a story: a long, closed sentence (not the
    writer's note nor the contributors' line closing the page)."""
    stripped = line.strip()
    return (len(stripped.split()) >= MIN_STORY_WORDS and _SENTENCE_END.search(stripped) is not None
            and not is_furniture(stripped) and not is_caption(stripped)
            and not AUTHOR_BIO.fullmatch(stripped) and not CONTRIBUTORS.fullmatch(stripped))


# The headers of a list of other stories (not "Read more:" or "Also read", which a page sets
# between its own paragraphs): "More on Sudan", "More from Reuters", "Related coverage".
_LISTING_HEADER = re.compile(
    r"(?:related(?: stories| articles| news| coverage| content| posts| reading| headlines)?"
    r"|more (?:stories|news|coverage|headlines|(?:on|about|from|in) .{1,40})|explore more|also in the news"
    r"|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| reads| articles| reading)?"
    r"|most (?:read|popular|viewed|watched|shared)|what to read next|further reading|editor'?s (?:picks|choice)"
    r"|don'?t miss|more to (?:read|explore|watch)|from around the web|in other news)\s*:?",
    re.I,
)
# A list of other stories under its header holds a few teasers, each perhaps a closed
# sentence; more story-shaped lines than this after a header are the story going on.
MAX_TEASERS = 4


def _listing_before_teasers(lines: list[str], last_story: int) -> int | None:
    """Index of a header of other stories that only teasers follow ("More on Sudan" over
    "Sudan's army says it retook Bara after weeks of fighting."): the story's last line is
    before it. A teaser may be a closed sentence as long as a paragraph, so the last story
    line alone does not find the tail. Only a few story lines may follow the header, and
    less text than precedes it, so a "Related coverage" box set inside a story keeps the
    paragraphs after it."""
    teasers = 0
    for i in range(last_story, 0, -1):
        stripped = lines[i].strip().strip("[]")
        if is_story(stripped):
            teasers += 1
            if teasers > MAX_TEASERS:
                return None
        elif len(stripped) <= 50 and _LISTING_HEADER.fullmatch(stripped) and is_tail_header(stripped):
            before = sum(len(line) for line in lines[:i] if is_story(line))
            after = sum(len(line) for line in lines[i + 1:])
            story_ends_later = any(_story_closing(line.strip()) for line in lines[i + 1:])
            return i if before and after < before and not story_ends_later else None
    return None


def _story_closing(line: str) -> bool:
    """A line that closes the story's own copy (its contributors, its writer's note, a wire's
    "___" rule): a listing header above one sat inside the story."""
    return bool(AUTHOR_BIO.fullmatch(line) or CONTRIBUTORS.fullmatch(line) or re.fullmatch(r"_{3,}", line))


def tail_start(lines: list[str]) -> int | None:
    """Index of the first line of the page's tail (its furniture and other stories), or
    None. The tail opens on a furniture line or a tail header after the last line of
    story, and holds no story line itself, so a "Read more" between paragraphs stays."""
    last_story = max((i for i, line in enumerate(lines) if is_story(line)), default=-1)
    if last_story < 0:
        return None
    listing = _listing_before_teasers(lines, last_story)
    if listing is not None:
        return listing
    for i in range(last_story + 1, len(lines)):
        stripped = lines[i].strip()
        if stripped and channels.is_page_break(stripped):
            continue  # "Page 1 of 2": a print-out's next page holds more of the story
        if stripped and stamps_an_entry(lines, i):
            continue  # a live page's last entry under its stamp is story, however short (read/clock.py)
        if stripped and (is_furniture(stripped) or is_tail_header(stripped)):
            return i
    return None
