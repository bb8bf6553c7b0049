"""Denials told by description: a speaker puts a label of falsehood on what another side
said or showed. "The ministry called the reports 'provocative disinformation'", "the army
dismissed the claims as baseless", "Addis Ababa described the allegations as a
fabrication", "Moscow labelled the video fake", "the rebels called the accusations a smear
campaign". The speaker denies as surely as one who says "denied", so each gives a ``deny``
event with the speaker's side; the claim the cue made stays the speaker's.

The parse of such sentences is unsteady (the label is read as an object, an adverb, a
clause), so the label is found in the words after the verb up to the clause's end, and
must follow the thing labelled. A label that says "untrue" whatever it labels (a lie, a
fabrication, fake) suffices unless a person is labelled; a dismissive one (ridiculous, a
smear, politically motivated) only when what is labelled is a thing said or shown
("the findings", "the footage"). The words are data (``data/dismissal_words.tsv``).
Asked by :func:`claimledger.extract.events_verdicts.verdict_denials`.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from claimledger.data.tables import word_lists
from claimledger.extract.context import tokens_of
from claimledger.extract.events_interviews import in_an_answer, interviewee
from claimledger.extract.events_names import OTHER_SIDE_WORDS
from claimledger.extract.events_speaker_sides import state_side
from claimledger.extract.events_view import EventsView
from claimledger.model import Claim, Event, Party, Speaker
from claimledger.sides import names_non_state, side_of

_WORDS = word_lists("dismissal_words.tsv")
NAMING_VERBS = _WORDS["naming_verb"]
AS_VERBS = _WORDS["as_verb"]
# every verb that judges what another side said: the one list, which events_verdicts.py reads too
JUDGING_VERBS = NAMING_VERBS | AS_VERBS
SAID_THINGS = _WORDS["said_thing"]
# how far after the verb its label may lie ("described the reports of a massacre in the
# north on Tuesday as 'baseless fabrications'")
WINDOW_TOKENS = 18
# a judge that speaks for the report's state when no state is named with it; the one list,
# which events_verdicts.py reads too
STATE_JUDGES = _WORDS["state_judge"]
# what ends the clause of the label: a new clause of the speaker's ("…, saying …") or another sentence's
CLAUSE_ENDS = {";", ".", "!", "?"}
# what a naming verb asks for rather than labels: "called on both sides to stop spreading lies"
ASKING = {"on", "upon", "for"}
# marks around a label ("as 'pure propaganda'"), passed over when reading what precedes it
QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’"}


def _alternation(words: frozenset[str]) -> re.Pattern[str]:
    spelled = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in spelled) + r")\b", re.I)


@cache
def _labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _alternation(_WORDS["false_word"]), _alternation(_WORDS["dismissive_word"])


@cache
def _verdict_pattern() -> re.Pattern[str]:
    said = "|".join(sorted((re.escape(w) for w in SAID_THINGS if w not in PRONOUN_THINGS), key=len, reverse=True))
    labels = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS["false_word"]), key=len,
                             reverse=True))
    return re.compile(
        r"(?:that\s+)?(?:it|this|that|these|those|all\s+(?:of\s+)?this"
        rf"|(?:the|such|these|those|their|its)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{said}))"
        r"\s+(?:is|was|are|were|(?:has|have|had)\s+been)\s+(?:(?:simply|completely|absolutely|totally|just|all"
        r"|pure|utterly|entirely|nothing\s+but|a|an)\s+)*[\"“]?(?:[\w-]+\s+){0,2}?"
        rf"(?:{labels})\b", re.I)


# a said thing named by a pronoun only opens a verdict in the pattern's own first slot
PRONOUN_THINGS = {"it", "them", "this", "these", "that", "those"}


def content_verdict(ctx, sent: Span, context: EventsView) -> Event | None:
    """ "The military said it was fake", "the ministry said the reports were baseless": a
    claim whose content opens by calling a thing said false is a denial by its speaker."""
    for claim in getattr(ctx, "claims", []):
        if not (sent.start_char <= claim.span[0] < sent.end_char) or not claim.speaker.name \
                or claim.speaker.name.lower() in PRONOUN_THINGS | {"he", "she", "they", "we", "i"}:
            continue
        found = _verdict_pattern().match(ctx.text, claim.span[0], claim.span[1])
        if found is None:
            continue
        cue = tokens_of(sent.doc)[ctx.token_at(claim.cue_span[0])] if claim.cue_span else sent.root
        speaker = claim.speaker
        actor = Party(name=speaker.organization or speaker.name,
                      side=state_side(speaker, cue, context) or context.speaker_side(speaker))
        return Event(type="deny", text=ctx.text[found.start():found.end()], span=(found.start(), found.end()),
                     trigger_span=(found.start(), found.end()), actor=actor, certainty="asserted",
                     claims=_telling(claim))
    return None


def judged_not(sent: Span) -> bool:
    """Whether the sentence labels something with a negated judging verb ("did not
    describe the reports as false"): then no reader should find a denial in it."""
    return any(v.lemma_.lower() in JUDGING_VERBS and any(c.dep_ == "neg" for c in v.children)
               for v in tokens_of(sent.doc)[sent.start:sent.end])


def dismissal_denial(ctx, sent: Span, context: EventsView) -> Event | None:
    """A ``deny`` event for the first verb of the sentence that labels a thing said false
    (or dismisses it as a smear, as ridiculous), by the speaker of that verb; None when the
    sentence has none."""
    for verb in tokens_of(sent.doc)[sent.start:sent.end]:  # the report's tokens, made once
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in JUDGING_VERBS \
                or any(c.dep_ == "neg" for c in verb.children):
            continue  # "did not call the reports false"
        if any(c.dep_ in {"prep", "prt"} and c.lower_ in ASKING and c.i == verb.i + 1 for c in verb.children):
            continue  # "called on the army to stop the lies", "called for an inquiry into the fake reports"
        label = _label_after(ctx, verb, sent)
        if label is None:
            continue
        actor = _judge(ctx, verb, sent, context)
        if actor is None:
            continue
        claim = _cue_claim(ctx, verb)
        start = min(verb.idx, claim.speaker.span[0]) if claim is not None and claim.speaker.span else verb.idx
        start = min(start, _subject_start(verb))
        return Event(type="deny", text=ctx.text[start:label], span=(start, label),
                     trigger_span=(verb.idx, verb.idx + len(verb)), actor=actor, certainty="asserted",
                     claims=_telling(claim))
    return None


def _telling(claim: Claim | None) -> list[str]:
    """The claim that tells the denial, as the event's voice. A claim read with a denying cue
    ("dismissed", polarity denied) is left off, as the events stage does for "denied": its
    polarity is the denial itself, and the linker would read it as denying the deny event."""
    if claim is None or not claim.id or claim.polarity == "denied":
        return []
    return [claim.id]


def _label_after(ctx, verb: Token, sent: Span) -> int | None:
    """Where the verb's label of falsehood ends, when it labels a thing (not a person) and,
    for a merely dismissive label, a thing said or shown; else None."""
    tokens = tokens_of(sent.doc)
    after = tokens[verb.i + 1:min(sent.end, verb.i + 1 + WINDOW_TOKENS)]
    words: list[Token] = []
    quoted = False
    for tok in after:
        if tok.text in {'"', "“", "”"}:
            quoted = not quoted if tok.text == '"' else tok.text == "“"
        if tok.text in CLAUSE_ENDS or tok.text == "," and not quoted and words and _new_clause(tok, tokens, sent):
            break
        words.append(tok)
    if len(words) < 2:
        return None
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    window = ctx.text[start:end]
    strong, dismissive = _labels()
    found = strong.search(window) or dismissive.search(window)
    if found is None:
        return None
    labelled = [t for t in words if t.idx < start + found.start()]
    if not labelled or not _labels_it(verb, labelled):
        return None  # "called false the …", "denounced a campaign of lies": no label put on a thing
    bare = [t for t in labelled if t.text not in QUOTE_MARKS]
    said = any(t.lower_ in SAID_THINGS for t in labelled) or bool(bare) and bare[-1].lower_ == "as" and any(
        t.lower_ in SAID_THINGS for t in words if t.idx >= start + found.end())  # "as 'absurd' the accusation"
    person = any(t.ent_type_ == "PERSON" or t.lower_ in {"him", "her", "me", "us"} for t in labelled)
    if person and not said:
        return None  # "called him a liar", "branded the journalist a fake"
    if not strong.search(window) and not said:
        return None  # "described the situation as absurd": no thing said is dismissed
    return _past_closing_quote(ctx, start, start + found.end(), end)


def _labels_it(verb: Token, labelled: list[Token]) -> bool:
    """Whether the words before the label end on the thing labelled ("the video | fake") or
    on "as" ("the claims as | baseless"): not on a preposition or a verb of its own ("the
    campaign of | disinformation", "to stop spreading | lies"). An "as" verb needs its "as"."""
    has_as = any(t.lower_ == "as" for t in labelled)
    if verb.lemma_.lower() in AS_VERBS and not has_as:
        return False
    last = next((t for t in reversed(labelled) if t.text not in QUOTE_MARKS and t.pos_ not in {"DET", "ADV"}
                 and t.lower_ not in {"and", "a", "an"}), None)
    if last is None:
        return False
    # what stands right before the label: a preposition or a verb of its own makes the label
    # their object ("the spread of | lies"), not the thing's; a mistagged head ("the Bucha
    # images" read as a verb) is still a thing said
    return last.lower_ == "as" or last.lower_ in SAID_THINGS or last.pos_ not in {"ADP", "VERB", "AUX", "PART"}


def _past_closing_quote(ctx, start: int, end: int, limit: int) -> int:
    """A label that ends inside a quotation ('"provocative disinformation"') ends with it."""
    quoted = ctx.text[start:end]
    if quoted.count('"') % 2 == 0 and quoted.count("“") <= quoted.count("”"):
        return end
    close = min((k for k in (ctx.text.find('"', end, limit + 1), ctx.text.find("”", end, limit + 1)) if k >= 0),
                default=-1)
    return close + 1 if close >= 0 else end


def _new_clause(comma: Token, tokens, sent: Span) -> bool:
    """Whether the comma opens a clause of its own ("…, saying …", "…, adding that …"), so
    that the label, if any, lies before it."""
    nxt = tokens[comma.i + 1] if comma.i + 1 < sent.end else None
    return nxt is None or nxt.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or nxt.tag_ in {"VBG", "VBN"} \
        or nxt.lower_ in {"which", "who", "while", "but", "and", "as"}


def _cue_claim(ctx, verb: Token) -> Claim | None:
    """The claim the claims stage read off this very verb ("Kyiv branded the footage …")."""
    return next((c for c in getattr(ctx, "claims", []) if c.cue_span and c.cue_span[0] == verb.idx), None)


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or for a participle ("…, calling them lies") its head's; in the
    passive, the one "by" whom ("were described as fiction by a spokesman"), else none:
    what is labelled does not judge itself."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        # the parser may hang "by …" on the label ("as 'pure fiction' by a spokesman")
        by = next((t for t in verb.sent if t.i > verb.i and t.lower_ == "by" and t.dep_ in {"agent", "prep"}), None)
        return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
    for node in (verb, verb.head):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject
        if node.dep_ not in {"advcl", "conj", "xcomp"}:
            break
    return None


def _subject_start(verb: Token) -> int:
    subject = _subject(verb)
    return subject.left_edge.idx if subject is not None and subject.i < verb.i else verb.idx


def _judge(ctx, verb: Token, sent: Span, context: EventsView) -> Party | None:
    """Who denies: the speaker of the claim made on the verb, with the side the report gives
    it; else the verb's own subject. A state's voice with no state named ("the Official
    Spokesman of the Armed Forces", "the ministry") takes the report's state."""
    claim = _cue_claim(ctx, verb)
    if claim is not None and claim.speaker.name:
        speaker = claim.speaker
        name = speaker.organization or speaker.name
        side = state_side(speaker, verb, context) or context.speaker_side(speaker)
        words = " ".join(w for w in (speaker.role, speaker.organization, speaker.name) if w)
        return Party(name=name, side=side or _state_voice(ctx, words, context))
    subject = _subject(verb)
    if subject is not None and subject.lower_ in {"we", "i"}:
        return _first_person(ctx, verb, context)  # '"We call these reports lies," the colonel said'
    if subject is None or subject.pos_ == "PRON":
        return None  # "it called the reports lies" with no claim to say who: no guess
    words = [t for t in subject.subtree if t.i <= subject.i] or [subject]
    name = re.sub(r"^(?:the|a|an)\s+", "", ctx.text[words[0].idx:subject.idx + len(subject)], flags=re.I)
    side = side_of(name) or state_side(Speaker(name=name, kind="organization"), verb, context)
    return Party(name=name, side=side or _state_voice(ctx, name, context))


def _first_person(ctx, verb: Token, context: EventsView) -> Party | None:
    """Who "we" or "I" is: the speaker of the claim that holds the words, else the guest
    answering in an interview."""
    holding = [c for c in ctx.claims_holding(verb.idx) if c.speaker.name and c.speaker.kind != "unnamed"]
    if holding:
        speaker = holding[0].speaker
        return Party(name=speaker.organization or speaker.name,
                     side=state_side(speaker, verb, context) or context.speaker_side(speaker))
    return interviewee(ctx, context) if in_an_answer(ctx, verb.idx) else None


def _state_voice(ctx, words: str, context: EventsView) -> str | None:
    """The report's state for a voice only a state has ("spokesman", "ministry", "army")
    when nothing in its words names a group or body that speaks for none."""
    lowered = set(re.findall(r"[a-z]+", words.lower()))
    if not lowered & STATE_JUDGES or lowered & OTHER_SIDE_WORDS or names_non_state(words):
        return None
    return ctx.home_state or context.theatre_country
