"""Interviews and press-release boilerplate: which lines of a report are an interviewer's
(questions, thanks, what is put to the guest), which are the guest's answers, and which
describe the issuer ("About X: X is …"). Read from the line layout once per report; the
claims stage (claims.py) asks it sentence by sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from claimledger.extract.claims_build import make_claim
from claimledger.extract.context import text_of
from claimledger.extract.speaker_memory import SpeakerMemory
from claimledger.model import Claim, Speaker

# speakers an interviewer's line names only by pronoun: the guest, the asker, or nobody known
ASKED_PRONOUNS = {"you", "i", "we", "he", "she", "they", "it"}


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
        self.asking: list[tuple[int, int]] = []  # the interviewer's lines among them
        self.answers: dict[int, int] = {}  # line start -> where the answer's words begin
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        for start, end in lines:
            if QUESTION_AT.match(text, start):
                self.asking.append((start, end))
            elif (m := ANSWER_AT.match(text, start)) is not None and m.end() < end:
                self.answers[start] = m.end()
        for start in self._interviewer_lines(labels, lines):
            self.asking.append((start, self._line_end(start)))
        self.silent.extend(self.asking)
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

    def is_asking(self, at: int) -> bool:
        """Whether ``at`` lies in an interviewer's line (a question, its thanks, or what the
        interviewer puts to the guest: "The army says it has sent reinforcements.")."""
        return any(s <= at < e for s, e in self.asking)

    def answer_at(self, at: int) -> int | None:
        """Where an answer's words begin, for a sentence opening an "A:" line."""
        line = self.text.rfind("\n", 0, at) + 1
        begin = self.answers.get(line)
        return begin if begin is not None and at <= begin + 1 else None

    def reported_in_question(self, sent: Span, found: list[Claim]) -> list[Claim]:
        """What the interviewer puts to the guest may report a third party: "The army says
        it has sent reinforcements." is the army's claim. A question asks, and "you", "we"
        or the asker's own label ("Q: Thank you, Colonel.") are no one's claim."""
        if sent.text.rstrip().endswith("?"):
            return []
        line = self.text.rfind("\n", 0, sent.start_char) + 1
        asker_end = self.text.find(":", line, line + 40) + 1  # past "Q:" or the asker's label
        return [c for c in found if c.speaker.name.lower() not in ASKED_PRONOUNS and c.speaker.span is not None
                and c.speaker.span[0] >= asker_end]


def labelled_turn(label: tuple[str, int], sent: Span, quotes, memory: SpeakerMemory) -> Claim:
    name, start = label
    shown = name.title() if name.isupper() else name
    speaker = memory.resolve(Speaker(name=shown, kind="person", span=(sent.start_char, sent.start_char + len(name))))
    memory.remember(speaker, sent.start_char)
    end = text_of(sent.doc).find("\n", start)
    end = len(text_of(sent.doc)) if end < 0 else end
    text = text_of(sent.doc)[start:end].rstrip()
    return make_claim(speaker, ":", ":", (start, start + len(text)), sent, quotes, None)


def answer_turn(start: int, sent: Span, quotes, memory: SpeakerMemory) -> Claim:
    """An "A:" line of a Q&A interview: the interviewee's words, never the asker's."""
    at = (sent.start_char, start)
    speaker = memory.interviewee() or Speaker(name="interviewee", kind="unnamed")
    speaker = replace(speaker, span=at)
    text = text_of(sent.doc)
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    words = text[start:end].rstrip()
    return make_claim(speaker, ":", ":", (start, start + len(words)), sent, quotes, None)
