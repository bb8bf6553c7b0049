"""Quotations and transcript turns: where quoted words are, how much of a claim they
cover, and the speaker labels of a transcript ("PENCE: Well, look…"). Plain text
functions, read by the claim reader (extract/claims.py)."""

from __future__ import annotations

import re

from claimledger.data.tables import name_particle_pattern, page_labels
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
# (a press conference's label may name the office and, in brackets, who holds it or the asker's
# outlet: "SPOKESMAN (Col. Abdoulaye Maiga):", "JOURNALIST (RFI):")
TRANSCRIPT_LABEL = re.compile(rf"^[ \t]*(?P<bold>\*{{1,2}}|_{{2}})?({_WORD}(?:[ \t]+(?:{_WORD}|{_PARTICLE}))"
                              r"{0,4})(?:[ \t]*\((?P<aside>[^()\n]{1,40})\))?:(?:\*{1,2}|_{2})?[ \t]+(?=\S)", re.M)
NOT_LABELS = page_labels()  # "Update:", "Name:", "Contributing:" (data/page_labels.tsv)


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
    holders: dict[str, str] = {}  # an office's label -> the name its first bracket gave
    for m in TRANSCRIPT_LABEL.finditer(text):
        label = m.group(2).strip()
        if label.lower() in NOT_LABELS or label[-1] in ".-":
            continue
        aside = (m.group("aside") or "").strip()
        if aside and _names_a_person(aside):
            holders.setdefault(label.lower(), aside)  # "SPOKESMAN (Col. X):", then "SPOKESMAN:" is X again
        label = holders.get(label.lower(), label)
        found[m.start("bold") if m.group("bold") else m.start(2)] = (label, m.end())
    for m in DESCRIBED_LABEL.finditer(text):
        label = m.group(1).strip()
        if m.start(1) not in found and _speaker_word(label.split()[-1]):
            found[m.start(1)] = (label, m.end())
    return dict(sorted(found.items()))


def _names_a_person(aside: str) -> bool:
    """Whether a label's bracket names a person ("Col. Abdoulaye Maiga", "Dr Amina Yusuf") by a
    title or a known first name, not an outlet or a place ("RFI", "Studio Tamani")."""
    from claimledger.extract.speaker_words import first_names, word_class  # read late, as _speaker_word does

    written = aside.split()
    words = [w.strip(".,") for w in written]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    # a rank cut short ("Col.", "Maj.", "Dr."), a title, or a given name before the last word
    return any(word_class(w) == "title" or w.lower() in first_names() or (raw.endswith(".") and len(w) <= 4)
               for raw, w in zip(written[:-1], words[:-1], strict=True))


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
