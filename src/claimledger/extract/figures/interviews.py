"""Counts in the answers of a question-and-answer interview: "A: We lost two men, and
nine of our soldiers were wounded." The answers are the interviewee's own words, but no
reporting verb says so, so no claim carries the speaker's side to the count. The side
is the one the interview's introduction gives the interviewee ("spoke with Colonel X,
who commands a division of the Ethiopian army"), or else the side of the claims the
answers hold."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from claimledger.extract.events_interviews import guests_answer, in_interviewers_turn
from claimledger.extract.figures.meanings import noun_meaning, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.strengths import unit_before_comma
from claimledger.extract.figures.words import FIRST_PERSON, HARMS
from claimledger.extract.guest_side import answer_side, guest_side
from claimledger.extract.interview_guest import guest_of, speaks_for_no_state
from claimledger.extract.interview_layout import layout_for
from claimledger.sides import names_a_group, side_of, side_table

# the introduction's sentence that names who was interviewed
_INTERVIEWED = re.compile(r"\b(?:spoke|speaks|talked|interviewed|sat down|put questions)\b", re.I)
OWN_COUNTS = HARMS | {"captured", "missing", "deployed"}


def interviewee_side(view: FiguresView, m: Mention) -> str | None:
    """The interviewee's side for a count of their own people in an answer: "our
    soldiers", "my men", "we lost two men", or troops they say arrived; not people the
    interviewee's side harmed ("we counted 63 bodies", "we captured 18 of them")."""
    if m.quantity not in OWN_COUNTS:
        return None
    what = m.group if m.group is not None else m.noun
    if what is None:
        # "we had three killed and eleven wounded": a bare count of what befell "us"
        return _answerer_side(view, m) if _had_by_us(m.span[-1]) else None
    if _marked_question(view.text, m.num.start):
        # "Fano commanders say they killed over 100 of your soldiers": the interviewee's
        yours = any(c.dep_ == "poss" and c.lower_ == "your" for c in what.children)
        return _side_of_interviewee(view) if yours else None
    if not _own_people(m, what):
        return None
    return _answerer_side(view, m)


def guests_own_side(view: FiguresView, m: Mention) -> tuple[bool, str | None]:
    """(True, side) for a count of the guest's own people in the guest's answer ("A: We lost
    three soldiers", "— Nine of our men were wounded"): the guest's side, which is no state's
    for a guest the standfirst makes an armed group's man ("a Fano leader", "a field commander
    of the RSF"), whatever state the rest of the page is about. (False, None) when the count
    is not the guest's own or the guest's side is not known, so the other readings stand."""
    if m.quantity not in OWN_COUNTS or not hasattr(view.report, "memory"):
        return False, None
    what = m.group if m.group is not None else m.noun
    if not (_had_by_us(m.span[-1]) if what is None else _own_people(m, what)):
        return False, None
    marked = on_answer_line(view.text, m.num.start)
    if not marked and guests_answer(view.report, m.num.start) is None:
        return False, None
    guest = guest_of(view.report)
    if guest is not None and guest.side is None and speaks_for_no_state(guest):
        return True, None
    if marked and _introduced_as_a_groups(view):
        return True, None  # "spoke with a TNLA battalion commander": no state's
    # an "A:" answer's guest as the standfirst's sentence about the interview gives them; a
    # dash-led or labelled answer's as the guest reader does (as interviewee_side reads them)
    side = _side_of_interviewee(view) if marked else guest_side(view.report)
    return (True, side) if side else (False, None)


def asked_about_yours(view: FiguresView, m: Mention) -> str | None:
    """The interviewee's side for a count an interviewer's question gives of "your" people:
    "Russia's ministry says your army has lost 20,000 soldiers", "Telegram channels say your
    brigade lost 400 men". Whoever the question cites, and whichever state the report is
    about, "your" is the guest's; None when the count is no one's "your"."""
    if m.quantity not in OWN_COUNTS or not _yours(m):
        return None
    if _marked_question(view.text, m.num.start):
        return _side_of_interviewee(view)
    # the interviewer's turn, as the event stage reads "your forces" there ("— Telegram channels
    # say your brigade lost 400 men. Is that true?")
    if not hasattr(view.report, "memory") or not in_interviewers_turn(view.report, m.num.start):
        return None
    return guest_side(view.report)


def _yours(m: Mention) -> bool:
    """Whether "your" owns the counted people, or the body that lost or suffered them."""
    what = m.group if m.group is not None else m.noun
    if what is None:
        return False
    if _your(what):
        return True  # "400 of your fighters", "your 20 soldiers"
    verb = what.head if what.dep_ in ("dobj", "obj") else None
    if verb is None or (verb_meaning(verb) or "").split(":")[-1] not in ("lose", "suffer"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ == "you" or _your(subject))  # "your army has lost"


def _your(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ == "your" for c in noun.children)


def interviewers_turn(ctx, claim) -> bool:
    """Whether a claim is the interviewer's own turn ("Lyse Doucet: There are reports that 400
    of your soldiers died"): a labelled turn whose speaker the standfirst names as the one
    who spoke to the guest. What such a turn reports is the guest's to answer, not the
    interviewer's to claim: its figures belong to the source the question cites, or to no one."""
    if claim.cue != ":" or claim.cue_span is not None or not claim.speaker.name:
        return False
    guest = guest_of(ctx)
    if guest is None or guest.named_by(claim.speaker.name):
        return False
    surname = claim.speaker.name.split()[-1].lower()
    end = guest.span[0]
    opening = ctx.text[max(0, ctx.text.rfind("\n", 0, end)):end]  # the standfirst's words before the guest
    asked = _INTERVIEWED.search(opening)
    return asked is not None and surname in opening[:asked.start()].lower()


def _answerer_side(view: FiguresView, m: Mention) -> str | None:
    if on_answer_line(view.text, m.num.start):
        return _side_of_interviewee(view)
    # turns marked by dashes or labels ("— We lost three men"): the guest the standfirst
    # introduces, with the side it or the answers give them
    return answer_side(view.report, m.num.start) if hasattr(view.report, "memory") else None


# what "we" have, lose or suffer are ours: "we had three killed", "we lost four, and nine were wounded"
_OWNING = {"have", "lose", "suffer"}


def _had_by_us(num: Token) -> bool:
    tok = num
    for _ in range(3):
        if tok.head == tok:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _OWNING:
            return any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in tok.children)
    return False


def on_answer_line(text: str, char: int) -> bool:
    """Whether the character lies on an interview's answer line ("A: …", "Answer: …"),
    whose counts :func:`interviewee_side` has already given their side or none. The marks
    are the ones the claim and event stages read (interview_layout.py): one reader of turns."""
    return layout_for(text).marked_answer_at(char)


def _marked_question(text: str, char: int) -> bool:
    """Whether the character lies on a line a question mark opens ("Q: …", "Question: …")."""
    return layout_for(text).marked_question_at(char)


def _own_people(m: Mention, what: Token) -> bool:
    if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in what.children):
        return True  # "nine of our soldiers", "40 of my soldiers"
    if what.dep_ == "appos" and what.head != what:
        what = what.head  # "two more brigades, roughly 3,000 men, arrived"
    elif (beside := unit_before_comma(what)) is not None:
        what = beside  # "we have deployed a battalion, around 450 men, to …"
    verb = what.head if what.dep_ in ("dobj", "obj", "nsubj", "nsubjpass") else None
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    first_person = subject is not None and subject.lower_ in FIRST_PERSON
    if what.dep_ in ("dobj", "obj"):
        # "we lost two men" are ours, and so are the troops "we have sent"; "we killed 20 of them" are not
        return first_person and ((verb_meaning(verb) or "").split(":")[-1] in ("lose", "suffer")
                                 or m.quantity == "deployed")
    # "two more brigades, roughly 3,000 men, arrived this month": troops that come or are
    # there, not named fighters ("400 Fano fighters attacked")
    counted = m.group if m.group is not None else m.noun
    named = any(t.pos_ == "PROPN" for t in counted.subtree) if counted is not None else True
    return (
        m.quantity == "deployed"
        and what.dep_ == "nsubj"
        and not named
        and noun_meaning(counted) in ("force", "person")
    )


def _introductions(view: FiguresView) -> list[str]:
    """What the standfirst's sentences about the interview say after their verb ("Myanmar Now
    spoke with" ...): the guest and their description."""
    questions = layout_for(view.text).marked_questions
    if not questions:
        return []
    intro = view.text[: questions[0]]
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", intro):
        verb = _INTERVIEWED.search(sentence)
        if verb is not None:
            found.append(sentence[verb.end():])  # the interviewer comes before the verb, the guest after it
    return found


def _a_groups_man(guest: str) -> bool:
    """The guest's name and the description apposed to it name an armed group: "a TNLA
    battalion commander", "Mazloum Ahmed, a commander of the Syrian Democratic Forces"."""
    return any(names_a_group(part) for part in re.split(r",|;|\s(?:who|about|on|from)\s", guest, maxsplit=2)[:2])


def _introduced_as_a_groups(view: FiguresView) -> bool:
    return any(_a_groups_man(guest) for guest in _introductions(view))


def _side_of_interviewee(view: FiguresView) -> str | None:
    if not layout_for(view.text).marked_questions:
        return None
    for guest in _introductions(view):
        if _a_groups_man(guest):
            return None  # an armed group's man speaks for no state
        side = side_of(guest)
        if side is not None:
            return side
        sides = {found.side for found in side_table().mentions(guest)}
        if len(sides) == 1:
            return sides.pop()
    return _answers_claim_side(view)


def _answers_claim_side(view: FiguresView) -> str | None:
    """The side most claims in the answers have, when the claims gave one."""
    if not hasattr(view.report, "claims"):
        return None
    sides = Counter(
        c.speaker.side for c in view.report.claims if c.speaker.side and on_answer_line(view.text, c.span[0])
    )
    return sides.most_common(1)[0][0] if sides else None
