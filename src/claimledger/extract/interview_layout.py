"""The layout of an interview page, read from its lines alone: which lines ask (the
interviewer's questions, marked "Q:", "Question:", "Q." or with the outlet's label, or a
bare line ending in "?" before the answer paragraph), which answer (marked "A:",
"Answer:", "R.", labelled with the guest's name, or the paragraph after a bare question),
and how a long answer is cut into claims. Shared by the claim stage (claims_turns.py)
and the event stage (events_interviews.py), so both read the same turns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.extract.answer_verdicts import denial_verdict
from claimledger.extract.last_text import last_text
from claimledger.extract.quotes import transcript_labels

# "Q: …", "Question - …", "Q. …" (French-style pages) at the start of a line
# (a page copied as Markdown keeps its bold around the mark: "**Q:** …", "**A.** …")
_BOLD = r"(?:\*{1,2}|_{2})?"
QUESTION_AT = re.compile(rf"[ \t]*{_BOLD}(?:Q|Question|QUESTION)[ \t]*[:.–—-]{_BOLD}[ \t]+")
# "A: …", "Answer: …" always answer; "A. …" and "R. …" ("réponse") only on a page whose questions are marked
ANSWER_AT = re.compile(rf"[ \t]*{_BOLD}(?:A|Answer|ANSWER)[ \t]*[:–—-]{_BOLD}[ \t]+")
DOTTED_ANSWER_AT = re.compile(rf"[ \t]*{_BOLD}(?:A|R|Réponse|Reponse|Answer)[ \t]*[.:–—-]{_BOLD}[ \t]+")
# spaces and a dash before an answer's words ("— It is a lie.")
DASH_AT = re.compile(r"\s*(?:[—–]\s*|-\s+)?")
# the first person of an answer ("we withdrew", "our teams", "let us work")
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)\b")
# the words of a question line without a mark: a short line ending in "?"
MAX_QUESTION_WORDS = 60
MIN_STANDFIRST_WORDS = 12
# an interview's standfirst is a paragraph or three; an article with more before its first
# bare question is no interview unless it says it is one
MAX_LEAD_IN = 3
# what a page says above bare questions when it is an interview ("spoke to Al Jazeera",
# "in an interview", "edited for length"); a column's rhetorical questions, answered in the
# writer's own "we" after paragraphs of argument, have none of it
INTERVIEW_SAID = re.compile(
    r"\b(?:interview(?:ed|s)?|spoke (?:to|with)|speaks (?:to|with)|talked (?:to|with)|talks (?:to|with)"
    r"|sat down with|in conversation|Q\s?&\s?A|questions? (?:to|for)|answered|edited for (?:length|clarity)"
    r"|entretien|entrevista)\b",
    re.I,
)
# the contract's and the scorer's limit on a claim's words: an answer is cut into its
# statements, one claim each, and none is longer than this
MAX_CLAIM_WORDS = 60
# what an answer says to be polite, or only "yes" or "no": no statement of its own ("Thank you
# for having me.", "Good evening.", "Yes, yes."); a bare "No." before a statement goes with it
COURTESY = re.compile(r"(?i:thank(?:s| you)(?:\s+(?:very|so)\s+much)?(?:\s+for\b[^.!?,;]{0,50})?|my pleasure"
                      r"|(?:you(?:'re|’re| are)\s+)?welcome|(?:it is|it's|it’s) (?:a|my) pleasure[^.!?]{0,40}"
                      r"|good (?:morning|afternoon|evening|day)|hello|hi)"
                      # the one thanked or greeted, and for what: "Thank you, Colonel Ahmed.", "Thank you,
                      # Maricel, for listening to us."
                      r"(?:,?\s+[A-Z][\w'’-]*){0,3}(?:,?\s+(?i:for)\b[^.!?,;]{0,60})?[.!]*")
ONLY_YES_OR_NO = re.compile(r"(?i:(?:yes|no|yeah|sure|of course|certainly|absolutely|not at all)[,.!]?\s*){1,3}")
# a sentence this short ("No.", "Part of it did.", "That is false.") is said with the next one
MIN_PIECE_WORDS = 6
# where a sentence of an answer ends: a full stop, "?" or "!" (a closing quote may follow)
# before a capital, a digit or an opening quote. Hand-written rather than the parser's
# sentences because the turns are read from the text before any sentence is seen, and
# the claim and event stages must cut an answer at the same places.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
# words whose full stop ends no sentence ("Gen. Hemedti", "Lt. Col.", "U.S. forces")
ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Brig|Capt|Cpt|Sgt|Cdr|Adm|Gov|Sen|Rep|St|Mt|No|Jr|Sr"
                          r"|Prof|Rev|Fr|Hon|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                          r"|\b[A-Z]|\.[A-Za-z])\.$")


@dataclass(frozen=True)
class Answer:
    """One answer: the words of a line after its mark or label, and who gives it."""

    line: int  # where its line starts
    begin: int  # where its words begin
    end: int  # where its line ends
    label: str | None  # the speaker's label ("Maung Khu Reh"), None for "A:", "R." or a bare answer


class Layout:
    """The turns of an interview page: its questions and its answers, by line."""

    def __init__(self, text: str, labels: dict[int, tuple[str, int]] | None = None) -> None:
        self.text = text
        labels = transcript_labels(text) if labels is None else labels
        self.asking: list[tuple[int, int]] = []  # the interviewer's lines
        self.answers: dict[int, Answer] = {}  # line start -> answer
        self.asker_end: dict[int, int] = {}  # line start -> where the question's words begin
        # the lines opened by a mark ("Q:", "A:", "Answer -"), not a label or a bare "?": the figure
        # stage gives a count on them the side of the guest the standfirst introduces
        self.marked_questions: list[int] = []
        self.marked_answers: set[int] = set()
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        marked = sum(1 for s, _ in lines if QUESTION_AT.match(text, s))
        for start, end in lines:
            if (m := QUESTION_AT.match(text, start)) is not None:
                self._ask(start, end, m.end())
                self.marked_questions.append(start)
            elif (m := (DOTTED_ANSWER_AT if marked else ANSWER_AT).match(text, start)) is not None and m.end() < end:
                self.answers[start] = Answer(start, m.end(), end, None)
                self.marked_answers.add(start)
        askers = self._interviewer_labels(labels, lines)
        for start, (label, words) in labels.items():
            if label.lower() in askers:
                self._ask(start, self._line_end(start), words)
        uses: dict[str, int] = {}
        for label, _ in labels.values():
            uses[label.lower()] = uses.get(label.lower(), 0) + 1
        follows = {nxt for (s, _), (nxt, _) in zip(lines, lines[1:], strict=False) if self.is_asking(s)}
        for start, (label, words) in labels.items():
            if self.asking and label.lower() not in askers and words < self._line_end(start) and (
                    uses[label.lower()] >= 2 or start in follows):
                # a guest's label in a transcript whose questions are known: "Maung Khu Reh: We withdrew …";
                # a label used once away from the questions ("Share:", a headline's "X: …") is none
                self.answers[start] = Answer(start, words, self._line_end(start), label)
        if not self.asking:
            self._bare_questions(lines, labels)
        self.asking.sort()

    def _ask(self, start: int, end: int, words: int) -> None:
        self.asking.append((start, end))
        self.asker_end[start] = words

    def _interviewer_labels(self, labels: dict[int, tuple[str, int]], lines: list[tuple[int, int]]) -> set[str]:
        """A label most of whose lines ask ("AL JAZEERA: Why …?") is the interviewer's:
        every line under it, its thanks included, is a question, no claim."""
        ends = dict(lines)
        by_label: dict[str, list[int]] = {}
        for start, (label, _) in labels.items():
            by_label.setdefault(label.lower(), []).append(start)
        askers = set()
        for label, starts in by_label.items():
            asked = sum(self.text[s:ends.get(s, s)].rstrip().endswith("?") for s in starts)
            if asked and asked * 2 >= len(starts):
                askers.add(label)
        return askers

    def _bare_questions(self, lines: list[tuple[int, int]], labels: dict[int, tuple[str, int]]) -> None:
        """Questions with no mark (printed in bold on the page): after the standfirst, a
        short line ending in "?" and the paragraph under it, its answer. Only a page with
        two such pairs, one answer at least speaking in the first person, is an interview
        (an explainer's "What is the RSF?" answers in no one's voice), unless more than
        MAX_LEAD_IN paragraphs come before the questions and nothing above them says it is
        one (INTERVIEW_SAID): a column asks and answers itself."""
        prose = False
        pairs = []
        for (start, end), (nxt, nxt_end) in zip(lines, lines[1:], strict=False):
            line = self.text[start:end].strip()
            if not prose:
                prose = len(line.split()) >= MIN_STANDFIRST_WORDS and not line.endswith("?")
                continue  # the headline and the page above the standfirst ask nothing of the guest
            answer = self.text[nxt:nxt_end].strip()
            if line.endswith("?") and len(line.split()) <= MAX_QUESTION_WORDS and start not in labels \
                    and not answer.endswith("?") and nxt not in labels:
                mark = DASH_AT.match(self.text, nxt)  # "— It is a lie.": a dash opens the turn
                pairs.append(((start, end), Answer(nxt, mark.end(), nxt_end, None)))
        if len(pairs) < 2 or not any(FIRST_PERSON.search(self.text[a.begin:a.end]) for _, a in pairs):
            return
        first = pairs[0][0][0]
        lead_in = sum(1 for s, e in lines if s < first and len(self.text[s:e].split()) >= MIN_STANDFIRST_WORDS)
        said = INTERVIEW_SAID.search(self.text, 0, first)
        if lead_in > MAX_LEAD_IN and not said:
            # an article's many paragraphs before its rhetorical questions: a writer asking
            # and answering in their own voice (a reporter's "we spent two days with his
            # unit" in a standfirst is no sign of it)
            return
        for (start, end), answer in pairs:
            self._ask(start, end, start)
            self.answers[answer.line] = answer

    def _line_end(self, at: int) -> int:
        end = self.text.find("\n", at)
        return len(self.text) if end < 0 else end

    def marked_question_at(self, at: int) -> bool:
        """Whether ``at`` lies on a line a question mark opens ("Q: …", "Question - …")."""
        return self.text.rfind("\n", 0, at) + 1 in self.marked_questions

    def marked_answer_at(self, at: int) -> bool:
        """Whether ``at`` lies on a line an answer mark opens ("A: …", "Answer: …", "R. …")."""
        return self.text.rfind("\n", 0, at) + 1 in self.marked_answers

    def is_asking(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.asking)

    def answer_holding(self, at: int) -> Answer | None:
        """The answer whose line holds ``at`` (its mark or label included)."""
        answer = self.answers.get(self.text.rfind("\n", 0, at) + 1)
        return answer if answer is not None and at < answer.end else None

    def piece_at(self, at: int) -> tuple[int, int] | None:
        """The claim-sized piece of an answer that holds ``at``: the statement (one or more
        sentences) it lies in, or the first one when ``at`` is on the answer's mark."""
        answer = self.answer_holding(at)
        if answer is None:
            return None
        found = pieces(self.text, answer.begin, answer.end)
        return next((p for p in found if at < p[1]), found[-1]) if found else None

    def pieces_in(self, start: int, end: int) -> list[tuple[int, int]] | None:
        """The answers' pieces a sentence of the parser's from ``start`` to ``end`` opens:
        those beginning inside it, and the one holding its start (the parser may run two
        statements into one sentence, or begin a sentence on the answer's mark). None when
        the sentence touches no answer."""
        found = None
        line = self.text.rfind("\n", 0, start) + 1
        while 0 <= line < end:
            answer = self.answers.get(line)
            if answer is not None and start < answer.end:
                found = found or []
                for piece in pieces(self.text, answer.begin, answer.end):
                    if start <= piece[0] < end or piece[0] <= start < piece[1]:
                        found.append(piece)
            nxt = self.text.find("\n", line)
            line = nxt + 1 if nxt >= 0 else -1
        return found


@last_text()  # the figure stage asks of each count in a report, and of no other report after it
def layout_for(text: str) -> Layout:
    """The turns of ``text`` read once for the figure stage, which has the text and no report
    memory (the claim and event stages keep theirs)."""
    return Layout(text)


@lru_cache(maxsize=256)
def pieces(text: str, begin: int, end: int) -> tuple[tuple[int, int], ...]:
    """An answer cut for the claim record: at its sentences, each a statement and a claim
    of its own ("We lost seven soldiers." and "Al-Shabaab lost more than twenty." are two
    things the guest asserts), a very short one ("No.", "It is not true.", "Every day.")
    kept with the sentence after it, courtesies left out ("Thank you for having me."). An
    answer that is only a courtesy or a "yes" has no piece."""
    words = text[begin:end].rstrip()
    end = begin + len(words)
    cuts = [begin]
    for m in SENTENCE_END.finditer(text, begin, end):
        if not ABBREVIATION.search(text[max(begin, m.start() - 8):m.start()]):  # the stop is at m.start() - 1
            cuts.append(m.end())
    spans = [(s, e) for s, e in zip(cuts, cuts[1:] + [end], strict=True)
             if not COURTESY.fullmatch(text[s:e].strip())]
    if not spans or all(ONLY_YES_OR_NO.fullmatch(text[s:e].strip()) for s, e in spans):
        return ()
    merged: list[list[int]] = []
    carry: int | None = None
    for i, (s, e) in enumerate(spans):
        s, carry = (carry, None) if carry is not None else (s, None)
        # a verdict on what was put ("No, that is not true.") is the guest's denial, said on its own
        short = len(text[s:e].split()) < MIN_PIECE_WORDS and not denial_verdict(text[s:e])
        if short and i < len(spans) - 1:
            carry = s  # "No." goes with the sentence after it
        elif short and merged:
            merged[-1][1] = e  # a short last sentence goes with the one before
        else:
            merged.append([s, e])
    return tuple((s, _trim_end(text, s, e)) for s, e in merged)


def _trim_end(text: str, start: int, end: int) -> int:
    return start + len(text[start:end].rstrip())
