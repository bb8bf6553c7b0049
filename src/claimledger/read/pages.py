"""Web pages: the article text and metadata of an HTML page, whether a saved file or
a page in a web archive. One reader, one minimum length, for both."""

from __future__ import annotations

import re
from typing import Any

from claimledger.model import Document
from claimledger.read.agencies import host_of
from claimledger.read.cleanup import read_text
from claimledger.read.errors import InputError, shown

# On a page with no article trafilatura falls back to whatever text it finds (a menu's
# "Home", a login form): fewer words than this is such debris, not a report.
MIN_ARTICLE_WORDS = 25


def read_page(html: str, *, source: str, url: str | None = None) -> Document:
    """A Document from an HTML page, with trafilatura's text and metadata.

    ``url`` is where the page was fetched (an archive knows it); else the page's own.
    Raises InputError for a page without article text.
    """
    import trafilatura  # imported late: heavy, and only HTML needs it

    try:
        found = trafilatura.bare_extraction(
            html, url=url or None, with_metadata=True, include_comments=False,
            # Only dates the page states for itself: htmldate's extensive search guesses.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, RecursionError, AttributeError) as exc:
        # lxml and trafilatura raise these on pathological markup (deep nesting, odd encodings)
        raise InputError(f"{shown(source)}: page could not be parsed ({type(exc).__name__})") from None
    meta: dict[str, Any] = (found.as_dict() if hasattr(found, "as_dict") else found) or {}
    text = meta.get("text") or ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        where = f" ({url})" if url else ""
        raise InputError(f"{shown(source)}: no article text found{where}")
    # Where an archive fetched the page, its host is who published it; a saved page
    # names its site itself, better than the host of the URL it states.
    outlet = host_of(url) or meta.get("sitename") or host_of(meta.get("url"))
    title = meta.get("title") or None
    if title is None or len(title.split()) < MIN_TITLE_WORDS:
        # "Frontier Times": the site's name for a title; the page's structured data holds the headline
        title = _structured_headline(html) or title
    return read_text(text, title=title, url=url or meta.get("url") or None,
                     published=meta.get("date"), outlet=outlet or None, source=source)


# A page title shorter than this is a site's name, not a headline ("Frontier Times", "Home").
MIN_TITLE_WORDS = 4
_LD_JSON = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)
_ARTICLE_TYPES = ("Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "LiveBlogPosting",
                  "BlogPosting", "WebPage")


def _structured_headline(html: str) -> str | None:
    """The "headline" of the page's schema.org article in its JSON-LD (also inside "@graph"), when
    it reads as one (four words or more)."""
    import json

    for block in _LD_JSON.findall(html):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        items = [x for item in items if isinstance(item, dict) for x in [item, *item.get("@graph", [])]
                 if isinstance(x, dict)]
        for item in items:
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            headline = item.get("headline")
            if (any(k in _ARTICLE_TYPES for k in kinds) and isinstance(headline, str)
                    and len(headline.split()) >= MIN_TITLE_WORDS):
                return " ".join(headline.split())
    return None


def html_to_text(markup: str) -> str:
    """Paragraphs of an HTML fragment as lines of text; plain text stays as it is."""
    if "<" not in markup:
        return markup.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types for broken markup
        return re.sub(r"<[^>]+>", " ", markup).strip()
    for element in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
