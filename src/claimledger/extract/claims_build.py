"""Building a claim once its speaker, cue and content are known: the content's trimmed
span, its hedge, its length cut to what a claim may hold (spec/OUTPUT.md). Shared by the
verb-cue reader (claims.py) and the other attribution frames (claims_frames.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from claimledger.data import read_table
from claimledger.data.tables import number_word_alternation
from claimledger.extract.context import text_of
from claimledger.extract.cues import cue_table
from claimledger.extract.quotes import quote_mode
from claimledger.model import Claim, Speaker

MAX_CONTENT_WORDS = 60

# A number after a hedge ("about 40", "nearly half"): digits or a number word (data/number_words.tsv)
NUMBER_WORD = rf"(?:\d[\d,.]*|{number_word_alternation()})"


@lru_cache(maxsize=1)
def hedge_words() -> list[tuple[re.Pattern[str], str]]:
    patterns = []
    for phrase, hedge in read_table("hedges.tsv"):
        words = re.escape(phrase.removesuffix(" #"))
        number = rf"\s+{NUMBER_WORD}\b" if phrase.endswith(" #") else r"\b"
        patterns.append((re.compile(rf"\b{words}{number}", re.I), hedge))
    return patterns


def trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    # a leading "that"/"whether" is the complementiser even where the small model
    # parses it as a determiner; "that" followed by a verb is a pronoun and stays; so is
    # the "for" of "called for the army to withdraw"
    while start < end and (doc[start].is_punct or (
            doc[start].lower_ in {"that", "whether"} and start + 1 < end
            and doc[start + 1].pos_ not in {"VERB", "AUX"})
            or (doc[start].lower_ == "for" and doc[start].dep_ == "mark")):
        start += 1
    # nor with a dangling article or conjunction left by a cut ("… to the south the")
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"the", "a", "an", "and", "or",
                                                                          "as", "well", "but"}):
        end -= 1
    if end <= start:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def fits(text: str) -> bool:
    return len(text.split()) <= MAX_CONTENT_WORDS


def make_claim(speaker: Speaker, cue_text: str, cue_lemma: str, span: tuple[int, int], sent: Span,
              quotes, cue_span) -> Claim:
    doc_text = text_of(sent.doc)
    text = doc_text[span[0]:span[1]]
    words = text.split()
    if len(words) > MAX_CONTENT_WORDS:
        # a claim is a claim, not a page: keep the words nearest the cue
        cut = len(" ".join(words[:MAX_CONTENT_WORDS]))
        span = (span[0], span[0] + cut)
        text = doc_text[span[0]:span[1]]
    cue = cue_table().get(cue_lemma)
    hedge = content_hedge(text)
    if cue is not None and cue.hedge != "asserted" and hedge == "asserted":
        hedge = cue.hedge
    polarity = cue.polarity if cue is not None else "affirmed"
    return Claim(
        speaker=speaker, cue=cue_text, mode=quote_mode(span, quotes), hedge=hedge, polarity=polarity,
        text=text, span=span, cue_span=cue_span,
        sentence_span=(min(sent.start_char, span[0]), max(sent.end_char, span[1])),  # a quotation may open earlier
    )


def content_hedge(text: str) -> str:
    for pattern, hedge in hedge_words():
        if pattern.search(text):
            return hedge
    return "asserted"


# ---------------------------------------------------------------- interview turns and boilerplate
# "Q: …", "Question - …" and "A: …", "Answer: …" at the start of a line: an interview's turns
QUESTION_AT = re.compile(r"[ \t]*(?:Q|Question)[ \t]*[:.-][ \t]+")
ANSWER_AT = re.compile(r"[ \t]*(?:A|Answer)[ \t]*[:.-][ \t]+")
# "About AUSSOM: AUSSOM is …", "About the ICRC" on a line of its own: a press release's
# closing description of its issuer, not anything the release reports
ABOUT_NAME = r"[A-Z][\w&'’.()-]*"
ABOUT_HEAD = re.compile(rf"^[ \t]*About[ \t]+(?:the[ \t]+)?{ABOUT_NAME}(?:[ \t]+(?:of|for|and|the|{ABOUT_NAME}))"
                        r"{0,6}[ \t]*(?::|$)", re.M)
DESCRIBES = re.compile(r"\b(?:is|are|was|works|operates|has\s+been)\b")
NON_SPACE = re.compile(r"\S")


class PageTurns:
    """Lines of a report that hold no claim of the story (an interviewer's questions, an
    "About X:" block) and the answers that are the interviewee's. Read once per report
    from the plain text: the line layout, not the parse, says what a line is."""

    def __init__(self, text: str, labels: dict[int, tuple[str, int]]) -> None:
        self.text = text
        self.silent: list[tuple[int, int]] = []  # questions and boilerplate
        self.answers: dict[int, int] = {}  # line start -> where the answer's words begin
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        for start, end in lines:
            if QUESTION_AT.match(text, start):
                self.silent.append((start, end))
            elif (m := ANSWER_AT.match(text, start)) is not None and m.end() < end:
                self.answers[start] = m.end()
        for start in self._interviewer_lines(labels, lines):
            self.silent.append((start, self._line_end(start)))
        self._about_blocks()
        self.silent.sort()

    def _interviewer_lines(self, labels: dict[int, tuple[str, int]], lines: list[tuple[int, int]]) -> list[int]:
        """A label most of whose lines ask ("AL JAZEERA: Why …?") is the interviewer's:
        every line under it, its thanks included, is a question, no claim."""
        ends = dict(lines)
        by_label: dict[str, list[int]] = {}
        for start, (label, _) in labels.items():
            by_label.setdefault(label.lower(), []).append(start)
        asking = []
        for starts in by_label.values():
            asked = sum(self.text[s:ends.get(s, s)].rstrip().endswith("?") for s in starts)
            if asked * 2 >= len(starts) and asked:
                asking.extend(starts)
        return asking

    def _about_blocks(self) -> None:
        """"About X: X is …" to the end of its line; a bare "About X" heading and the line
        after it. Only when what follows describes (is, are, was, works): "About Us" in a
        page's menu, followed by the story, silences nothing."""
        for m in ABOUT_HEAD.finditer(self.text):
            line_end = self._line_end(m.start())
            bare = not self.text[m.end():line_end].strip()
            body = m.end()
            if bare:
                nxt = NON_SPACE.search(self.text, line_end)
                if nxt is None:
                    continue
                body, line_end = nxt.start(), self._line_end(nxt.start())
            if DESCRIBES.search(self.text[body:min(line_end, body + 200)]):
                self.silent.append((m.start(), line_end))

    def _line_end(self, at: int) -> int:
        end = self.text.find("\n", at)
        return len(self.text) if end < 0 else end

    def is_silent(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.silent)

    def answer_at(self, at: int) -> int | None:
        """Where an answer's words begin, for a sentence opening an "A:" line."""
        line = self.text.rfind("\n", 0, at) + 1
        begin = self.answers.get(line)
        return begin if begin is not None and at <= begin + 1 else None
