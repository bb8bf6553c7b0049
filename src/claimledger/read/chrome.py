"""Page chrome: the lines of a scraped page that are the site, not the story.

Navigation glued into one run ("HomeNewsWorldSportBusiness"), a menu or breadcrumb of
short items between separators ("World | Middle East | Business", "Home > Politics >
Security") and skip links ("Skip to main content"). The reader cuts them from the top of
a page, so the headline under them becomes the title; the extractor marks those left
anywhere else (:mod:`claimledger.extract.parts`). Both read this one module.

Hand-written patterns rather than a boilerplate library: trafilatura and jusText work
on HTML blocks, while these lines arrive as plain text.
"""

from __future__ import annotations

import re

from claimledger.data import read_table

# "HomeNewsWorldSportBusiness": capitalised words glued with no space between them.
GLUED = re.compile(r"(?:[A-Z][a-z]{1,14}){4,}")
# Two or more short items between separators: "Home | World | Africa", "Home > News > Sudan".
MENU = re.compile(r"^[ \t]*(?:[\w&'’-]+(?:[ \t][\w&'’-]+)?[ \t]*[|•·»›>][ \t]*){2,}[\w&'’ -]*$")
# The words of a line a menu may hold: for a bar menu (MENU) its items' words, its separators left
# out (a site's eleven sections, "Home | News | … | Contact"); the other shapes count the line's tokens.
MAX_MENU_WORDS = 20
# Links for screen readers and page widgets printed as text.
SKIP_LINK = re.compile(
    r"^[ \t]*(?:skip to (?:main )?(?:content|navigation|search)|jump to (?:main )?(?:content|navigation)"
    r"|toggle navigation|open menu|close menu|main menu|menu|search|sign in|log in|subscribe now)[ \t]*$",
    re.I,
)


# Three or more menu items of one or two capitalised words, spaced apart instead of
# separated: "Accueil  Politique  Sécurité  Économie  Sport".
SPACED_MENU = re.compile(r"^[ \t]*[A-ZÀ-Ý][\w&'’-]*(?: [A-ZÀ-Ý&][\w&'’-]*)?(?:(?:[ ]{2,}|\t+)[A-ZÀ-Ý][\w&'’-]*"
                         r"(?: [A-ZÀ-Ý&][\w&'’-]*)?){2,}[ \t]*$")


# Names of a news site's sections. A line of four or more capitalised words, most of them
# these, with no small word nor sentence between them is a menu printed with single spaces:
# "U.S. News World News Politics Sports Entertainment Business Science Health".
SECTION_WORDS = frozenset(row[0] for row in read_table("section_words.tsv"))
MIN_SECTION_RUN = 4


def _section_run(line: str) -> bool:
    words = line.split()
    if len(words) < MIN_SECTION_RUN or not all(w[:1].isupper() for w in words):
        return False
    known = sum(w.lower() in SECTION_WORDS for w in words)
    return known >= MIN_SECTION_RUN and known >= 0.6 * len(words) and not re.search(r"[,;:!?\d]", line)


# the most words of a section's label printed alone above a headline ("NEWS", "World News")
MAX_SECTION_LABEL = 3


def _section_label(line: str) -> bool:
    """ "NEWS" or "World News" alone on a line above the headline: the page's section, not the
    headline or the story (else the headline below is taken for the story's first line)."""
    words = line.split()
    return len(words) <= MAX_SECTION_LABEL and all(w[:1].isupper() and w.lower() in SECTION_WORDS for w in words)


# A menu whose items are short phrases, spaced apart: "Who we are  What we do  Where we work
# News  Donate", "Home  Local  Gulf  World  عربي", "መነሻ  ዜና  ፖለቲካ  ኢኮኖሚ", or spaced items and
# bars mixed ("Syria  Lebanon  Economy  Podcasts  |  Search  |  العربية"). Four or more items
# of one to four words, each opening in capitals or in a script without case, or a widget's
# name in any case ("e-Paper"), with no punctuation of a sentence anywhere.
MIN_PHRASE_ITEMS, MAX_PHRASE_ITEM_WORDS = 4, 4

# What parts a line of the site into its items, one rule for menus, widget rows and the meta
# lines of :mod:`claimledger.read.furniture` alike: a bar or a dot with any spaces around it,
# two or more spaces of any kind (pages paste no-break and thin spaces: "Home\u00a0\u00a0News"),
# a tab, or a slash with spaces on both sides ("Nov 12, 2026 / 6:40 AM / Updated 2 hours ago";
# "km/h" and "and/or" have none).
ITEM_BREAK = re.compile(r"\s*[|•·]\s*|\s+/\s+|\s{2,}|\t")


# What every break of ITEM_BREAK holds: a bar, a dot, a slash, a tab or two spaces in a row.
# A line without any (a story's paragraph, most often) is one item, found without the split,
# whose pattern is tried at every character of the line.
_BREAK_CHARS = "|•·/\t"
_TWO_SPACES = re.compile(r"\s\s")


def _may_break(line: str) -> bool:
    return any(ch in line for ch in _BREAK_CHARS) or _TWO_SPACES.search(line) is not None


def line_items(line: str) -> list[str]:
    """The items of a line of the site, stripped, empty ones left out: "Home | World  Sport"
    gives Home, World and Sport."""
    stripped = line.strip()
    if not _may_break(stripped):
        return [stripped] if stripped else []
    return [item.strip() for item in ITEM_BREAK.split(stripped) if item.strip()]
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}")
_SENTENCE_MARK = re.compile(r"[,;:!?\"“”]")  # and a period, but for an abbreviation's


def _phrase_menu(line: str) -> bool:
    # a sentence's punctuation: no menu (asked first, before the line is cut into items); only
    # a period may be an abbreviation's ("U.S. News | World News"), the other marks are asked
    # of the line as it is
    if _SENTENCE_MARK.search(line) or ("." in line and "." in _ABBREVIATION.sub("", line)):
        return False
    items = line_items(line)
    return (len(items) >= MIN_PHRASE_ITEMS
            and all(1 <= len(item.split()) <= MAX_PHRASE_ITEM_WORDS and _opens_item(item) for item in items))


def _opens_item(item: str) -> bool:
    """A menu item opens in capitals, or in a script without case ("أخبار", "ዜና"), or is a widget."""
    first = item[:1]
    return first.isupper() or (first.isalpha() and not first.islower()) or bool(_WIDGET.fullmatch(item))


# A breadcrumb that says what it is: "You are here: Home > News", "Vous êtes ici : Accueil › Sécurité".
_HERE = re.compile(r"(?:you are here|vous êtes ici|usted está aquí|está aquí|você está aqui|sie sind hier)\s*:\s*\S",
                   re.I)
MAX_HERE_WORDS = 16


# A breadcrumb with spaced slashes: "Home  /  Africa  /  Sudan", "News / World / Asia". The
# spaces around the slash keep "km/h", "and/or" and "Reuters/Ipsos" out.
SLASH_MENU = re.compile(r"^[ \t]*(?:[\w&'’-]+(?:[ \t][\w&'’-]+)?[ \t]+/[ \t]+){2,}[\w&'’ -]*$")
# A breadcrumb opening on the site's root needs only one step: "Main / Front line", "Home › Sudan".
ROOT_CRUMB = re.compile(r"^[ \t]*(?:home|homepage|main|start|accueil|inicio|início|startseite|головна|главная)"
                        r"(?:[ \t]+[/|>»›][ \t]+[\w&'’-]+(?:[ \t][\w&'’-]+){0,2}){1,5}[ \t]*$", re.I)
# A row of the page's widgets spaced apart: "Search...   Subscribe   Log in", "☰ Menu   HORN OBSERVER   🔍":
# every piece a widget word (with its "..." or "›"), a glyph with no letters, or a masthead in capitals.
# A subscription offer is a widget too: "Subscribe for $1", "Subscribe now", "Subscribe today".
_WIDGET = re.compile(r"(?:[☰≡⋮]\s*)?(?:menu|search|subscribe(?: (?:now|today|for \S{1,8}))?|log ?in|sign ?in|sign up"
                     r"|register|my account|account|newsletters?|e-?paper|e-?edition|podcasts?|live|video|donate"
                     r"|english|français|español|العربية)"
                     r"(?:\s*(?:\.{2,3}|…|›|»|▾|▼))?", re.I)
MIN_WIDGETS = 2


def _widget_row(line: str) -> bool:
    pieces = line_items(line)
    widgets = sum(bool(_WIDGET.fullmatch(p)) for p in pieces)
    glyphs = sum(not re.search(r"\w", p) for p in pieces)
    mastheads = sum(p.isupper() and len(p.split()) <= 4 and not re.search(r"[.,;:!?]", p) for p in pieces)
    return len(pieces) >= 2 and widgets + glyphs >= MIN_WIDGETS and widgets + glyphs + mastheads == len(pieces)


# A label of a word or two before a menu of separated items ("Navigation: ", "Sections: ").
_MENU_LABEL = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)?:[ \t]+(?=[^|•·»›>\n]{1,40}[|•·»›>])")


def is_navigation(line: str) -> bool:
    """Whether a line is the site's navigation rather than words of the story."""
    stripped = line.strip()
    if not stripped:
        return False
    label = _MENU_LABEL.match(stripped)
    if label is not None and is_navigation(stripped[label.end():]):
        return True  # "Sections: Europe | Asia-Pacific | Africa": a text-only page labels its menus
    if SKIP_LINK.match(stripped) or (_HERE.match(stripped) and len(stripped.split()) <= MAX_HERE_WORDS):
        return True
    if GLUED.search(stripped.replace(" ", "")) and _glued_run(stripped):
        return True
    if (SPACED_MENU.match(stripped) or _phrase_menu(stripped)) and len(stripped.split()) <= MAX_MENU_WORDS:
        return True
    if _section_run(stripped) and len(stripped.split()) <= MAX_MENU_WORDS:
        return True
    if (SLASH_MENU.match(stripped) or ROOT_CRUMB.match(stripped)) and len(stripped.split()) <= MAX_MENU_WORDS:
        return True
    if _widget_row(stripped) or _section_label(stripped):
        return True
    return bool(MENU.match(stripped)) and _item_words(stripped) <= MAX_MENU_WORDS and not _COUNT_ITEM.search(stripped)


def _item_words(line: str) -> int:
    """The words of a menu's items, its separators left out: a site's eleven sections between
    pipes are twenty-one tokens but eleven words."""
    return sum(1 for w in line.split() if w not in _SEPARATORS)


_SEPARATORS = frozenset("|•·»›>")


# A bare number between separators is a table's count ("Killed | 12 | Wounded | 30"), no menu item.
_COUNT_ITEM = re.compile(r"(?:^|[|•·»›>])[ \t]*\d[\d,.]*[ \t]*(?=[|•·»›>]|$)")


# Three places in one token (no whitespace between) where a lower-case letter meets a capital.
# One search over the line: a story's paragraph is one long line, and counting each token's
# pairs apart cost a regex call per word. The pairs cannot overlap (no letter is both), so
# three found in order are three of the token's.
_GLUED_PAIRS = re.compile(r"[a-z][A-Z](?:\S*?[a-z][A-Z]){2}")


def _glued_run(line: str) -> bool:
    """A run of capitalised words with no spaces: four or more capitals in one token
    each preceded by a lower-case letter ("HomeNewsSportBusiness")."""
    return _GLUED_PAIRS.search(line) is not None
