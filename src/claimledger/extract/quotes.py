"""Quotations and transcript turns: where quoted words are, how much of a claim they
cover, and the speaker labels of a transcript ("PENCE: Well, look…"). Plain text
functions, read by the claim reader (extract/claims.py)."""

from __future__ import annotations

import re

from claimledger.data.tables import name_particle_pattern
from claimledger.extract.last_text import last_text

QUOTE_OPEN = "\"“„«"
QUOTE_CLOSE = "\"”»"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (the marks excluded).

    Curly quotes pair open with close; straight quotes pair in order within a
    paragraph, so a quote may run over several sentences but never over a blank line.
    """
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[“„«]([^”»]{2,}?)[”»]", text):
        spans.append((m.start(1), m.end(1)))
    for para in re.finditer(r"[^\n]+", text):
        marks = [m.start() for m in re.finditer(r'"', para.group())]
        for a, b in zip(marks[::2], marks[1::2], strict=False):
            spans.append((para.start() + a + 1, para.start() + b))
    return sorted(spans)


# "PENCE: Well, look…", "Q: Will you withdraw?": a transcript's speaker labels. Words
# that open a line with a colon but name nobody are left out.
# A name's particle in lower case is one of its words ("Abdulrahman al-Sharabi:", "Luz Dary de la Cruz:").
_PARTICLE = name_particle_pattern(r"[A-Z][A-Za-z'’-]*")
# (a page copied as Markdown keeps its bold around the label: "**Ahmed Saleh:** …")
_WORD = r"[A-Z][A-Za-z.'’-]*"
TRANSCRIPT_LABEL = re.compile(rf"^[ \t]*(?P<bold>\*{{1,2}}|_{{2}})?({_WORD}(?:[ \t]+(?:{_WORD}|{_PARTICLE}))"
                              r"{0,4}):(?:\*{1,2}|_{2})?[ \t]+(?=\S)", re.M)
NOT_LABELS = {"note", "update", "updated", "source", "sources", "photo", "editor's note", "editor’s note", "read more",
              "watch", "related", "warning", "breaking", "correction", "disclaimer", "tags", "topic", "image",
              "video", "listen", "also read", "see also", "caption", "credit", "q", "question", "answer", "a",
              "the latest", "live", "live updates", "latest", "analysis", "opinion", "explainer", "exclusive",
              # a profile's or a page's form fields ("Name: …", "EMAIL: …", "Twitter: @…")
              "name", "age", "city", "job", "pay", "email", "e-mail", "twitter", "facebook", "instagram", "telegram",
              "phone", "tel", "contact", "address", "website", "web", "follow", "subscribe", "date", "location",
              "dateline", "author", "byline", "filed under", "category", "categories", "keywords", "occupation",
              "hometown", "nationality", "status",
              # a wire story's credit lines ("Contributing: Anna Petrova, Kyiv")
              "contributing", "contributors", "reporting", "additional reporting", "editing", "writing",
              # a live blog's or explainer's section labels ("Background: Taiz has been besieged …")
              "background", "context", "timeline", "recap", "summary", "key facts", "what we know", "why it matters",
              "the bigger picture", "catch up", "in brief",
              # a document page's fields and credits ("Attachments: Download report (PDF)", "Funding: …",
              # "Country: Mali", "Reporting by …")
              "attachments", "attachment", "download", "downloads", "funding", "donors", "partners", "format",
              "language", "languages", "country", "countries", "region", "regions", "theme", "themes", "sector",
              "sectors", "disaster type", "file", "files", "size", "share", "print", "comments", "comment",
              "advertisement", "sponsored", "published", "posted", "highlights", "key messages", "key figures",
              "methodology", "references", "footnotes", "annex", "map", "maps", "figure", "table", "chart",
              "transcript", "translation", "original source",
              "contacts", "resources", "more", "notes",
              # a headline's kicker ("Revealed: …", "LOOK: …", "Factbox: …", "In pictures: …")
              "revealed", "look", "factbox", "fact check", "fact-check", "insight", "special report", "in pictures",
              "in photos", "photos", "pictures", "gallery", "graphic", "graphics", "podcast", "editorial",
              "commentary", "feature", "interview", "exclusive interview", "developing", "just in", "alert",
              "urgent", "flash", "newsletter", "must read", "trending", "watch live", "on the ground"}


# "The health ministry: at least 14 killed", "Kharkiv governor: …": a line opened by a
# described speaker and a colon (a headline's or a bulletin's attribution)
# (a quotation after the colon is a headline's pull quote, left to the story's own attribution)
DESCRIBED_LABEL = re.compile(r"^[ \t]*((?:The[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[a-z][\w'’.-]*){1,3}):[ \t]+"
                             r"(?=[^\s\"“'‘])", re.M)
SPEAKING_CLASSES = {"role", "organization"}


@last_text(copy=dict)  # the claim reader and the speaker memory ask of the same report in turn
def transcript_labels(text: str) -> dict[int, tuple[str, int]]:
    """Start offsets of transcript turns -> (speaker label, where the words begin)."""
    found = {}
    for m in TRANSCRIPT_LABEL.finditer(text):
        label = m.group(2).strip()
        if label.lower() in NOT_LABELS or label[-1] in ".-":
            continue
        found[m.start("bold") if m.group("bold") else m.start(2)] = (label, m.end())
    for m in DESCRIBED_LABEL.finditer(text):
        label = m.group(1).strip()
        if m.start(1) not in found and _speaker_word(label.split()[-1]):
            found[m.start(1)] = (label, m.end())
    return dict(sorted(found.items()))


def _speaker_word(word: str) -> bool:
    """Whether a label's last word names someone who speaks ("ministry", "governor")."""
    from claimledger.extract.speakers import word_class  # speakers reads quotes' neighbours: import late
    return word_class(word.lower()) in SPEAKING_CLASSES


def quote_mode(span: tuple[int, int], quotes) -> str:
    s, e = span
    inside = 0
    for qs, qe in quotes:
        overlap = max(0, min(e, qe) - max(s, qs))
        inside += overlap
    if inside == 0:
        return "indirect"
    if inside >= 0.9 * (e - s):
        return "direct"
    return "mixed"
