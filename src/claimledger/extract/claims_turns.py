"""Interviews and press-release boilerplate: which lines of a report are an interviewer's
(questions, thanks, what is put to the guest), which are the guest's answers, and which
describe the issuer ("About X: X is …"). Read from the line layout once per report; the
claims stage (claims.py) asks it sentence by sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from claimledger.extract.answer_verdicts import denial_verdict
from claimledger.extract.claims_build import make_claim
from claimledger.extract.claims_labels import BLAMING
from claimledger.extract.context import context_of, text_of
from claimledger.extract.interview_guest import guest_of, guest_organization, guest_role, speaks_for_no_state
from claimledger.extract.interview_layout import Layout
from claimledger.extract.speaker_memory import SpeakerMemory
from claimledger.extract.speakers import read_speaker, word_class
from claimledger.model import Claim, Speaker
from claimledger.sides import side_of

# speakers an interviewer's line names only by pronoun: the guest, the asker, or nobody known
# (and their possessives: "In our view, …" in an answer is the guest's view, "in your view" the asker's)
ASKED_PRONOUNS = {"you", "i", "we", "he", "she", "they", "it", "your", "my", "our"}


# ---------------------------------------------------------------- interview turns and boilerplate
# "About AUSSOM: AUSSOM is …", "About the ICRC" on a line of its own: a press release's
# closing description of its issuer, not anything the release reports
ABOUT_NAME = r"[A-Z][\w&'’.()-]*"
ABOUT_HEAD = re.compile(rf"^[ \t]*About[ \t]+(?:the[ \t]+)?{ABOUT_NAME}(?:[ \t]+(?:of|for|and|the|{ABOUT_NAME}))"
                        r"{0,6}[ \t]*(?::|$)", re.M)
DESCRIBES = re.compile(r"\b(?:is|are|was|works|operates|has\s+been)\b")
NON_SPACE = re.compile(r"\S")
# the last pages' turns, so a turn's claim is cut where the layout cut it (claims.py
# builds PageTurns once per report, then asks answer_turn claim by claim)
_RECENT: dict[str, Layout] = {}
RECENT_PAGES = 4


class PageTurns:
    """Lines of a report that hold no claim of the story (an interviewer's questions, an
    "About X:" block) and the answers that are the interviewee's. Read once per report
    from the plain text: the line layout (interview_layout.py), not the parse, says what
    a line is."""

    def __init__(self, text: str, labels: dict[int, tuple[str, int]]) -> None:
        self.text = text
        self.layout = Layout(text, labels)
        _RECENT.pop(text, None)
        _RECENT[text] = self.layout
        while len(_RECENT) > RECENT_PAGES:
            _RECENT.pop(next(iter(_RECENT)))
        self.asking = self.layout.asking
        self.silent: list[tuple[int, int]] = list(self.asking)  # questions and boilerplate
        self._about_blocks()
        self.silent.sort()

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
        return self.layout.is_asking(at)

    def answers_in(self, sent: Span) -> list[int] | None:
        """Where the answers' pieces the sentence opens begin: every statement beginning in it
        (the parser may run two of an answer's sentences into one), and the one holding its
        start; claims.py makes each one claim, once. None when the sentence is in no answer;
        [] when it is in one that says nothing but a courtesy."""
        found = self.layout.pieces_in(sent.start_char, sent.end_char)
        if found is None:
            return None
        return [s for s, _ in found]

    def reported_in_question(self, sent: Span, found: list[Claim]) -> list[Claim]:
        """What the interviewer puts to the guest may report a third party: "The army says
        it has sent reinforcements." is the army's claim. A question asks, and "you", "we"
        or the asker's own label ("Q: Thank you, Colonel.") are no one's claim."""
        if sent.text.rstrip().endswith("?") and not QUESTION_AFTER_REPORT.search(sent.text):
            return []
        line = self.text.rfind("\n", 0, sent.start_char) + 1
        asker_end = self.layout.asker_end.get(line, line)  # past "Q:", "Q." or the asker's label
        kept = []
        for claim in found:
            claim = _past_the_mark(claim, sent, asker_end)
            if claim.span[0] < asker_end < claim.span[1]:
                # "Q: The army is still in Irob, according to local officials.": the content begins after the mark
                claim = replace(claim, span=(asker_end, claim.span[1]), text=self.text[asker_end:claim.span[1]])
            if COURTESY_CUE.match(claim.cue):
                continue  # "Colonel, thank you for being with us": the asker greets the guest
            if claim.speaker.name.lower() not in ASKED_PRONOUNS and claim.speaker.span is not None \
                    and claim.speaker.span[0] >= asker_end and claim.span[1] <= _question_start(sent):
                kept.append(claim)
        return kept

    def without_echoes(self, found: list[Claim], sent: Span) -> list[Claim]:
        """Claims the parser finds inside the guest's own answer that are the guest again
        ("We have asked for an independent inquiry" read as the guest asking; "we were told it
        was safe" with no one telling): the answer's claim already holds them. Claims of
        others the guest reports ("The UN says 40 died") stay. For claims.py to call on
        each sentence's claims (a hook the lead adds: FOR-LEAD.md)."""
        report = context_of(sent.doc)
        kept = []
        for claim in found:
            if self._about_the_interview(claim, sent):
                continue
            answer = self.layout.answer_holding(claim.span[0])
            inside = answer is not None and claim.cue != ":" and answer.begin <= claim.span[0]
            if not inside:
                kept.append(claim)
                continue
            own = claim.speaker.span is None or claim.speaker.name.lower() in ASKED_PRONOUNS or (
                claim.speaker.kind == "person" and (guest := guest_of(report)) is not None
                and guest.named_by(claim.speaker.name))
            if not own and not _told_charge(claim, sent):
                kept.append(claim)
        # the guest is read from the standfirst only when an answer's claim asks (most pages
        # hold no interview); should the Doc be corrected before anyone asks, it is read then,
        # on the words it would have read here (context.ReportContext.edit)
        if getattr(report.memory, "interview_guest", False) is False and guest_of not in report.before_edit:
            report.before_edit.append(guest_of)
        return kept


    def _about_the_interview(self, claim: Claim, sent: Span) -> bool:
        """Whether a claim of the standfirst, above an interview's first turn, only says what the
        interview is about: "X told us what her clients have seen", "we asked X about the
        situation", "X described the fighting west of Pokrovsk", "our reporter spoke to X about
        how the city copes". What the guest is said to say ("X told us that 40 houses burned")
        stays a claim."""
        if not self.layout.answers or not self.asking or claim.span[1] > self.asking[0][0] or claim.cue == ":":
            return False
        content = self.text[claim.span[0]:claim.span[1]].lstrip(" \"“'‘")
        if TOPIC_OPENING.match(content) or INTERVIEW_CUE.fullmatch(claim.cue.lower()):
            return True
        words = sent.doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
        return words is not None and not any(t.pos_ in {"VERB", "AUX"} for t in words)


# what only names the interview's subject: "what her clients have seen", "about the situation"
TOPIC_OPENING = re.compile(r"(?i:what|how|why|where|when|whether|who|which|about)\b")
# the verbs saying that an interview took place, never what was said in it
INTERVIEW_CUE = re.compile(r"(?:asked|met|interviewed|spoke|talked|joined|reached|visited)(?:\s+\w+)?")


def _past_the_mark(claim: Claim, sent: Span, asker_end: int) -> Claim:
    """"Q: Human Rights Watch says …": the parser may take the mark "Q" for the subject, or
    into it ("Q. Local leaders"); the speaker is the phrase between the mark and the cue."""
    speaker, cue = claim.speaker.span, claim.cue_span
    if speaker is None or cue is None or speaker[0] >= asker_end or cue[0] <= asker_end:
        return claim
    phrase = sent.doc.char_span(asker_end, cue[0], alignment_mode="contract")
    if phrase is None or not len(phrase) or not any(t.pos_ in {"PROPN", "NOUN"} for t in phrase):
        return claim
    speaker = read_speaker(phrase.root)
    if speaker.span is None or speaker.span[0] < asker_end:  # the phrase read leftwards into the mark again
        speaker = replace(speaker, name=phrase.text.strip(" ,"), span=(phrase.start_char, phrase.end_char))
    return replace(claim, speaker=speaker)


# the asker thanking or greeting the guest, whom the parser may take for a speaker
COURTESY_CUE = re.compile(r"(?i:thank|welcome|greet|congratulat)")
# a sentence the parser ran on into the question after it ("… took Bara in October. Who controls …?")
QUESTION_AFTER_REPORT = re.compile(r"[.!]\s+[A-Z][^.!?]*\?\s*$")


def _question_start(sent: Span) -> int:
    """Where the question itself begins in a sentence the parser ran on from a report
    into it: what the interviewer reports ends before it."""
    m = QUESTION_AFTER_REPORT.search(sent.text)
    return sent.start_char + m.start() + 1 if m else sent.end_char


def _told_charge(claim: Claim, sent: Span) -> bool:
    """"They accused the youth of hiding weapons", "the soldiers came, accusing us of feeding
    the rebels": a charge the guest tells of inside an answer is part of the guest's account of
    what was done, not a claim of those who laid it; what a party is reported to say ("The
    army says the area is cleared") stays theirs."""
    if claim.cue_span is None:
        return False
    cue = sent.doc.char_span(*claim.cue_span, alignment_mode="expand")
    return cue is not None and len(cue) > 0 and cue[0].lemma_.lower() in BLAMING


def labelled_turn(label: tuple[str, int], sent: Span, quotes, memory: SpeakerMemory) -> Claim:
    """A line under a speaker's label ("MINNAWI: The city has been under siege …"): the
    labelled speaker's words to the end of the line."""
    name, start = label
    speaker = _labelled_speaker(name, sent, memory)
    end = text_of(sent.doc).find("\n", start)
    end = len(text_of(sent.doc)) if end < 0 else end
    text = text_of(sent.doc)[start:end].rstrip()
    return make_claim(speaker, ":", ":", (start, start + len(text)), sent, quotes, None)


def answer_turn(start: int, sent: Span, quotes, memory: SpeakerMemory) -> Claim:
    """A piece of an interview's answer (the whole answer when it is short, else one of
    its statements): the guest's words ("A:", "R.", a bare answer, or a label naming the
    guest), never the asker's."""
    text = text_of(sent.doc)
    layout = _RECENT.get(text)
    answer = layout.answer_holding(start) if layout is not None else None
    piece = layout.piece_at(start) if layout is not None else None
    if piece is None:
        end = text.find("\n", start)
        piece = (start, start + len(text[start:len(text) if end < 0 else end].rstrip()))
    if answer is not None and answer.label is not None and not _standing_for_the_guest(answer.label, sent):
        speaker = _labelled_speaker(answer.label, sent, memory, (answer.line, answer.line + len(answer.label)))
    else:
        # the guest speaks from the answer's mark ("A:", "R.", "Guest:", "Governor:"), or from where
        # the standfirst named them
        mark = (answer.line, answer.begin) if answer is not None and answer.begin > answer.line else None
        speaker = _guest_speaker(sent, mark, memory)
    claim = make_claim(speaker, ":", ":", piece, sent, quotes, None)
    return replace(claim, polarity="denied") if denial_verdict(text[piece[0]:piece[1]]) else claim


# the labels an answer's line may carry in place of the guest's name
GUEST_WORDS = {"guest", "interviewee", "respondent", "answer"}


def _standing_for_the_guest(label: str, sent: Span) -> bool:
    """Whether an answer's label is a word for whoever answers ("Guest:", "Interviewee:") or a
    bare office ("Governor:", "Commander:", "Dr:") on a page whose standfirst named the guest:
    the guest answers under it, with the name and side the standfirst gave them."""
    words = label.lower().removeprefix("the ").split()
    if len(words) != 1 or guest_of(context_of(sent.doc)) is None:
        return False
    return words[0] in GUEST_WORDS or word_class(words[0]) in {"role", "title"}


def _labelled_speaker(name: str, sent: Span, memory: SpeakerMemory, at: tuple[int, int] | None = None) -> Speaker:
    """Who a turn's label names: the guest the standfirst introduced, with the side it gave
    them, when the label names them ("Al-Majili", "ABU RISH"); else the person the report
    named earlier, or the label itself."""
    at = at or (sent.start_char, sent.start_char + len(name))
    shown = name.title() if name.isupper() else name
    speaker = memory.resolve(_label_speaker(shown, at))
    guest = guest_of(context_of(sent.doc))
    if guest is not None and guest.named_by(name):
        own = _guest_speaker(sent, at, memory)
        if own.side is None and not speaks_for_no_state(guest):
            own = replace(own, side=speaker.side)  # a side the report gave the name elsewhere
        return own
    memory.remember(speaker, sent.start_char)
    return speaker


def _label_speaker(shown: str, at: tuple[int, int]) -> Speaker:
    """A label as a speaker: a person ("MINNAWI"), or a body or role described in lower
    case ("The health ministry:", "Kharkiv governor:"), with any side its words give."""
    words = shown.split()
    if len(words) < 2 or not words[-1].islower():
        # "Col. Abdoulaye Maiga" (a press conference's bracketed holder of the office): the rank is a title
        ranks = [w for w in words[:-2] if word_class(w.strip(".")) == "title" or (w.endswith(".") and len(w) <= 5)]
        if ranks and words[:len(ranks)] == ranks:
            return Speaker(name=" ".join(words[len(ranks):]), kind="person", title=" ".join(ranks), span=at)
        return Speaker(name=shown, kind="person", span=at)
    bare = re.sub(r"^the\s+", "", shown, flags=re.I)
    body = word_class(words[-1]) == "organization"
    return Speaker(name=bare, kind="organization" if body else "unnamed", role=None if body else words[-1],
                   side=side_of(bare), span=at, definite=shown.lower().startswith("the "))


def _guest_speaker(sent: Span, at: tuple[int, int] | None, memory: SpeakerMemory) -> Speaker:
    guest = guest_of(context_of(sent.doc))
    if guest is None:
        speaker = memory.interviewee() or Speaker(name="interviewee", kind="unnamed")
        return replace(speaker, span=at or speaker.span)
    speaker = Speaker(name=guest.name, kind="person", title=guest.title, role=guest_role(guest),
                      organization=guest_organization(guest), side=guest.side, span=at or guest.span)
    memory.remember(speaker, sent.start_char)
    return speaker
