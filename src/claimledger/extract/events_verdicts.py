"""Denials told by a verdict, not a verb: "That is not true.", "This is false.", "No,
that is a lie." A speaker answering an accusation (an interview's answer to "Rights groups
say your soldiers detained civilians", a spokesman quoted after a claim) denies it as
surely as one who says "denied", so the ledger gets a ``deny`` event by that speaker.
Split from :mod:`claimledger.extract.events`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from claimledger.extract.answer_verdicts import FALSE_LABELS, VERDICT
from claimledger.extract.context import text_of, tokens_of
from claimledger.extract.events_dismissals import (
    JUDGING_VERBS,
    STATE_JUDGES,
    content_verdict,
    dismissal_denial,
    judged_not,
)
from claimledger.extract.events_interviews import in_an_answer, interviewee
from claimledger.extract.events_speaker_sides import page_voice, state_side
from claimledger.extract.events_view import EventsView
from claimledger.model import Claim, Event, Party
from claimledger.sides import side_of

# what may open an answer before its words: quotation marks, a dash marking a turn
OPENERS = "\"“‘' —–-"
# an interview turn's label before the answer ("A:", "Ruvusha:", "Gen. Ruvusha:")
TURN_LABEL = re.compile(r"\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*:\s+")


def verdict_denials(ctx, events: list[Event], context: EventsView) -> list[Event]:
    """A ``deny`` event for each sentence of a speaker's that opens with a verdict of
    falsehood, unless its sentence already tells a denial."""
    found: list[Event] = []
    denied_in = {ctx.sent_index(ctx.token_at(e.span[0])) for e in events if e.type == "deny"}
    told_elsewhere = context.told_elsewhere
    for k, sent in enumerate(ctx.sents):
        if k in denied_in or told_elsewhere[k]:
            continue
        # the sentence's text sliced from the report's: Span.text joins new Tokens on each call
        verdict = _verdict(ctx.text[sent.start_char:sent.end_char]) or (
            _claims_judged_false(sent) if context.holds_lemma(SAID_NOUNS, sent.start, sent.end) else None)
        if verdict is None:
            # a label of falsehood put on what was said, by the speaker of the verb (events_dismissals.py);
            # then a judging verb, its lemma looked up in the view's lemmas first: most sentences hold none
            # (both readers of a labelling verb asked only where the sentence holds one: most hold none)
            labelling = context.holds_lemma(JUDGING_VERBS, sent.start, sent.end)
            described = (dismissal_denial(ctx, sent, context) if labelling else None) \
                or content_verdict(ctx, sent, context)
            judge = _described_as_false(sent) if described is None and not (labelling and judged_not(sent)) \
                and context.holds_lemma(JUDGING_VERBS, sent.start, sent.end) else None
            if described is not None or judge is not None:
                found.append(described or _judge_denies(ctx, sent, judge, context))
            continue
        claim = _speakers_claim(ctx, sent, sent.start_char + verdict.start())
        if claim is not None and isinstance(verdict, _Judged) and claim.cue_span \
                and sent.start_char + verdict.start() <= claim.cue_span[0] < sent.start_char + verdict.end():
            claim = None  # "The military council's reports that ... are baseless": what is judged, not who judges
        if claim is not None and claim.speaker.name:
            speaker = claim.speaker
            actor = Party(name=speaker.organization or speaker.name,
                          side=state_side(speaker, sent[0], context) or context.speaker_side(speaker))
        elif in_an_answer(ctx, sent.start_char):
            actor = interviewee(ctx, context)  # "— It is a lie.": the guest answers
        elif isinstance(verdict, _Judged) or not ctx.claims_holding(sent.start_char + verdict.start() + 1):
            # "The mercenaries' claims ... are false.", in a group's own statement: the page's
            # author judges; a reporter does not call a side's claim false in their own voice
            actor = Party(name=_page_author(ctx), side=page_voice(ctx))
        else:
            continue
        if actor is None:
            continue
        found.append(Event(
            type="deny", text=verdict.group(0).strip(),
            span=(sent.start_char + verdict.start(), sent.start_char + verdict.end()),
            trigger_span=(sent.start_char + verdict.start(), sent.start_char + verdict.end()),
            actor=actor, certainty="asserted", claims=[claim.id] if claim is not None else [],
        ))
    return found


QUOTE_AFTER_COLON = re.compile(r":\s*[\"“]")


def _verdict(text: str) -> re.Match | None:
    """The verdict opening the sentence ("Ruvusha: That is not true.", "— It is a lie."), or
    opening a quotation after a colon ('Asked about the claims, he said: "These claims are baseless.'),"""
    label = TURN_LABEL.match(text)  # "Ruvusha: That is not true."
    rest = text[label.end() if label else 0:]
    verdict = VERDICT.match(text, len(text) - len(rest.lstrip(OPENERS)))
    if verdict is None:
        quoted = QUOTE_AFTER_COLON.search(text)
        if quoted is not None:
            verdict = VERDICT.match(text, quoted.end())
    return verdict


# what a side says, and the words that judge it false
SAID_NOUNS = frozenset({"claim", "report", "accusation", "allegation", "statement", "figure", "story", "rumour",
                        "rumor", "assertion"})


class _Judged:
    """A verdict found by the parse, shaped like the regex's match (start, end, group)."""

    def __init__(self, sent, start: int, end: int) -> None:
        self._start, self._end = start, end
        self._text = text_of(sent.doc)[sent.start_char + start: sent.start_char + end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _: int = 0) -> str:
        return self._text


def _claims_judged_false(sent) -> _Judged | None:
    """ "The mercenaries' claims that they have taken control of al-Qubba are false": a
    sentence whose subject is what a side claimed, and whose verb "be" calls it false.
    (verdict_denials asks only a sentence holding one of SAID_NOUNS: a parse keeps a verb's
    subject in its sentence, and the sentence's root is read anew on each call.)"""
    root = sent.root
    # the sentence's own verb, or the verb of what a speaker said ("Alibekov said claims that ...
    # were 'a crude fake'"): the speaker's claim then holds the verdict
    for verb in [root] + [c for c in root.children if c.dep_ == "ccomp"]:
        if verb.lemma_.lower() != "be":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        judged = next((c for c in verb.children if c.dep_ in {"acomp", "attr"} and c.lower_ in FALSE_LABELS), None)
        if subject is None or judged is None or subject.lemma_.lower() not in SAID_NOUNS:
            continue
        return _Judged(sent, subject.left_edge.idx - sent.start_char, judged.idx + len(judged) - sent.start_char)
    return None


def _page_author(ctx) -> str:
    """Who a page's own voice is: its first line ("SDF Press Center")."""
    first = next((line.strip() for line in ctx.text.split("\n") if line.strip()), "")
    return first[:80]


def _speakers_claim(ctx, sent, start: int) -> Claim | None:
    """The claim the verdict is said in: one holding it, else one holding the sentence's
    start, else one starting in the sentence."""
    for at in (start + 1, sent.start_char + 1):
        holding = ctx.claims_holding(at)
        if holding:
            return holding[0]
    return next((c for c in getattr(ctx, "claims", []) if sent.start_char <= c.span[0] < sent.end_char), None)


# verbs by which a speaker calls what another said false ("a claim the spokesman described as
# 'false and baseless'", "the ministry dismissed the report as propaganda") and judges who speak
# for the report's state: JUDGING_VERBS and STATE_JUDGES, the lists of data/dismissal_words.tsv


# "... as 'propaganda'", "as a crude fabrication": the words that follow "as" and judge false
AS_FALSE = re.compile(r"\bas\s+[\"“‘']?(?:(?:a|an|pure|mere|crude|simply|just|complete|total|utter)\s+){0,2}(?:"
                      + "|".join(sorted(FALSE_LABELS)) + r")\b", re.I)


def _described_as_false(sent) -> Token | None:
    """The subject of a verb that calls something false ("a claim that the Official Spokesman
    described as 'false and baseless'"), or None."""
    for tok in tokens_of(sent.doc)[sent.start:sent.end]:  # the report's tokens, made once
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in JUDGING_VERBS:
            continue
        words = {t.lower_ for c in tok.children if c.dep_ in {"oprd", "acomp", "prep", "xcomp", "ccomp", "attr"}
                 for t in c.subtree}
        # "dismissed the message as propaganda": the parser hangs "as ..." on the object
        words |= {t.lower_ for o in tok.children if o.dep_ == "dobj" for c in o.children
                  if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        rest = sent.doc.text[tok.idx:sent.end_char] if tok.lemma_.lower() == "dismiss" else ""
        if AS_FALSE.search(rest[:120]):
            # "dismissed the post as \"propaganda meant to ...\"", however the parser hangs the "as"
            words = words | FALSE_LABELS
        if words & FALSE_LABELS and subject is not None and subject.pos_ != "PRON":
            return subject
    return None


def _judge_denies(ctx, sent, judge: Token, context: EventsView) -> Event:
    words = [t for t in judge.subtree if t.i <= judge.i] or [judge]
    name = " ".join(t.text for t in words)
    side = side_of(name)
    if side is None and {t.lower_ for t in words} & STATE_JUDGES:
        side = ctx.home_state or context.theatre_country
    start, end = words[0].idx, judge.head.idx + len(judge.head.text)
    return Event(type="deny", text=ctx.text[start:end], span=(start, end), trigger_span=(start, end),
                 actor=Party(name=re.sub(r"^(the|a|an)\s+", "", name, flags=re.I), side=side),
                 certainty="asserted", claims=[])
