"""Quotations as contents and quotations beside their speakers, read off the parse:
a quotation right beside its attribution ('"…," X told'; 'X said, "…"'), one the parser
split off at "!" or "?", the speaker of a quotation the parser hung inside it, and a
quotation that runs on over sentences with no cue of its own. The plain-text quote
finder is quotes.py; the verb-cue reader that asks these is claims.py."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claimledger.extract.claims_build import fits, make_claim
from claimledger.extract.claims_inset import bare_attribution
from claimledger.extract.context import context_of, text_of
from claimledger.extract.cues import cue_table, cues_with
from claimledger.extract.speakers import PRONOUNS, can_speak, noun_phrase
from claimledger.model import Claim


def in_quotation(tok: Token) -> bool:
    """Whether a quotation opened earlier in the sentence is still open at ``tok``
    ('"They took the boys first," she told …': "They" is no speaker of "told")."""
    # the report's text read once: Span.text and Doc.text join every token on each call
    report = context_of(tok.doc)
    before = report.text[report.sent(tok).start_char:tok.idx]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def speaker_after_quote(cue: Token) -> Token | None:
    """'"We have lost more men," a sergeant, wearing a taped helmet, said quietly': the
    parser hangs the speaker inside the quotation; it is the noun phrase that follows
    the closing mark and its comma."""
    if cue.lemma_.lower() not in cues_with("closing"):
        return None
    sent = cue.sent
    for tok in sent:
        if tok.i >= cue.i:
            break
        if tok.text in {'"', "”"} and tok.i > sent.start and sent.doc[tok.i - 1].text == ",":
            phrase = [t for t in sent.doc[tok.i + 1:cue.i] if not t.is_punct]
            nouns = []
            for t in phrase:
                if t.pos_ in {"NOUN", "PROPN"}:
                    nouns.append(t)
                elif nouns:
                    break
            if nouns and can_speak(nouns[-1]) and nouns[-1].lower_ not in PRONOUNS:
                return nouns[-1]
    return None


# between a quotation and its attribution: a comma, a dash, the closing mark ('"…," she said')
# (the speaker's noun phrase starts at its first modifier: an article before it is still the attribution)
# (a leading or trailing "'" is the second mark of a quotation closed or opened with two: ''…'')
QUOTE_TO_SPEAKER = re.compile(r"^'?[\s,;:—–-]*(?:(?:the|a|an|one|another)\s+)?$", re.I)
# between a cue and the quotation it opens: 'said, "…"', 'told reporters on Tuesday: "…"'
CUE_TO_QUOTE = re.compile(r"^[^\"“”.!?]{0,40}?[,:]\s*'?$|^\s*'?$")
# "said:", "told reporters on Tuesday:": a cue that opens the quotation after its colon
CUE_TO_COLON = re.compile(r"[^\"“”.!?,]{0,40}?:")
QUOTE_MARKS = "\"“”‘’'"


def adjacent_quote(cue: Token, sent: Span, quotes, speaker: Token | None) -> tuple[int, int] | None:
    """A closing cue right after a quotation and its speaker ('"…," Sarandon, 69, told
    MSNBC when asked about …') or right before one ('he said, "…"') reports that
    quotation, whatever clause the parser finds further on."""
    if cue.lemma_.lower() not in cues_with("closing"):
        return None
    text = text_of(sent.doc)
    paragraph = text.rfind("\n", 0, sent.start_char) + 1
    # a quotation of several sentences ('"A. B," said X') opens in an earlier sentence of
    # the paragraph and is attributed where it closes: all of it is the content
    inside = [(qs, qe) for qs, qe in quotes
              if (sent.start_char - 2 <= qs or paragraph <= qs and qe > sent.start_char) and qe <= sent.end_char + 2]
    # the attribution's start: the speaker's phrase before the cue, or the cue itself ("said X")
    lead = cue.idx
    tokens = context_of(sent.doc).tokens  # the report's Token objects: a Doc slice makes new ones
    if speaker is not None and speaker.i < cue.i:
        if any(t.pos_ == "VERB" and t.lemma_.lower() in cue_table() for t in tokens[speaker.i + 1:cue.i]):
            lead = -1  # '"…," Anderson said, adding that …': the quotation is the first cue's
        else:
            lead = tokens[noun_phrase(speaker)[0]].idx
            # the parser may hang the quotation's opening mark on the speaker, so that its
            # phrase seems to start inside the quotation: it starts after the quotation closes
            closed = [qe for _, qe in inside if lead <= qe < speaker.idx]
            if closed:
                after = next((t for t in tokens[sent.start:sent.end] if t.idx > max(closed) and not t.is_punct), None)
                lead = after.idx if after is not None else lead
    after: tuple[int, int] | None | bool = False  # the quotation the cue opens, read when needed
    for qs, qe in inside:
        words = _quoted_words(text, qs, qe)
        if words is None and (answer := _answer_words(text, sent.start_char, qs, qe)) is not None:
            # '"Look," the envoy said, "nobody wants this war"': an opener whose words go on
            # after the attribution; what is said is the quotation the cue opens
            after = _opened_quote(cue, sent, quotes, text) if after is False else after
            words = answer if after is None else None
        if qe <= lead and QUOTE_TO_SPEAKER.match(text[qe + 1:lead]) and words \
                and not _says_a_clause(cue, speaker):
            if text[sent.start_char:qs].strip(QUOTE_MARKS + " ") and CUE_TO_COLON.match(text, cue.idx + len(cue)):
                # 'Calling the strike "a tragedy," the general said: "We will …"': a scare
                # quotation inside the opening clause; the cue's colon opens what it says
                after = _opened_quote(cue, sent, quotes, text) if after is False else after
                if after is not None:
                    return after
            return _with_clause_start(sent, qs, words)
    return _opened_quote(cue, sent, quotes, text) if after is False else after


def _opened_quote(cue: Token, sent: Span, quotes, text: str) -> tuple[int, int] | None:
    """The words of a quotation the cue opens ('he said, "…"'), which may run on past the
    sentence ('As X put it: "A. B."')."""
    end = cue.idx + len(cue)
    opened = [(qs, qe) for qs, qe in quotes if end <= qs < sent.end_char]
    for qs, qe in opened:
        between = [t for t in sent if end <= t.idx < qs]
        if qs > end and CUE_TO_QUOTE.match(text[end:qs - 1]) and _quoted_words(text, qs, qe) \
                and not any(t.pos_ in {"VERB", "AUX"} for t in between) and not _quote_opens_clause(cue, qs, qe):
            return _quoted_words(text, qs, qe)
    return None


def _quote_opens_clause(cue: Token, qs: int, qe: int) -> bool:
    """'the army said "minor injuries" had been sustained by troops of both sides': the
    quoted words are only the subject of the clause the cue reports, whose verb follows."""
    return any(c.dep_ == "ccomp" and c.idx >= qe and c.left_edge.idx <= qs + 1 for c in cue.children)


def _says_a_clause(cue: Token, speaker: Token | None) -> bool:
    """'… shouts of "Traitor!", the envoy said his delegation was ready': a cue whose
    speaker comes first and which has a clause of its own after it says that clause;
    the quotation before the speaker is someone else's, or a scene."""
    return speaker is not None and speaker.i < cue.i and any(
        c.dep_ == "ccomp" and c.i > cue.i and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
        and _runs_on_from(cue, c) for c in cue.children)


def _runs_on_from(cue: Token, clause: Token) -> bool:
    """Whether the clause follows the cue directly, with no comma or quotation mark between
    them: '…," X said, mentioning the album is …' and '… said on the podcast "Here's the
    Thing"' hang a clause on the cue that is not what it says (the mark may open the
    clause itself: '…," X said in May on the show "Here's the Front"')."""
    return not any(t.text in {",", '"', "“", "”", "'", "‘", "’"} or t.text == "''"
                   for t in cue.doc[cue.i + 1:clause.left_edge.i + 1])


NAMING = re.compile(r"\b(?:nicknamed?|known\s+(?:by\s+the\s+(?:nickname|name|nom\s+de\s+guerre)\s+|as\s+)|dubbed"
                    r"|called|named|alias|codenamed|code-named|nom\s+de\s+guerre)\s*[,:]?\s*$", re.I)


def names_only(text: str, qs: int, qe: int) -> bool:
    """Whether a quotation is a name, not words said: a short title-case quotation
    ('"Ti Kongo"', '"Operation Dawn"') or one introduced as a name ('known as "the
    Butcher"', 'nicknamed "the ghost of the lake"')."""
    return _quoted_words(text, qs, qe) is None or bool(NAMING.search(text[max(0, qs - 40):qs].rstrip(" \"“'‘")))


MAX_LEAD_WORDS = 20


def _with_clause_start(sent: Span, qs: int, words: tuple[int, int] | None) -> tuple[int, int] | None:
    """'The government would "respond at the appropriate time", he said': a quotation that
    ends a clause the writer began is said with that clause; a lead-in set off by a
    comma or colon ('At the hospital, "…"') or a clause with a cue of its own is not."""
    if words is None or not sent.start_char < qs - 1:
        return words
    text = text_of(sent.doc)
    before = text[sent.start_char:qs - 1]
    if not before.strip() or any(m in before for m in "\"“”") or len(before.split()) > MAX_LEAD_WORDS \
            or before.rstrip().endswith((",", ":", ";", "—", "–", "-")) or not before.endswith((" ", "\n")):
        return words
    if any(t.idx < qs and t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in cue_table() for t in sent):
        return words
    start = sent.start_char + len(before) - len(before.lstrip())
    return start, words[1]


def _quoted_words(text: str, qs: int, qe: int) -> tuple[int, int] | None:
    """The words of a quotation without its closing comma or full stop; None for a title
    in quotes ('told "Morning Edition"', 'on "Face the Nation,"'), which says nothing."""
    while qe > qs and text[qe - 1] in " ,.":
        qe -= 1
    if qe <= qs or only_a_name(text[qs:qe]):
        return None
    return qs, qe


# what may stand before a quotation that opens its sentence, and close it before its comma
OPENING_MARKS = " \n\"“'‘"
ANSWER_CLOSE = re.compile(r"^(?:,[\"”'’]|[\"”'’],)")


def said_first(text: str, sent_start: int, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` are a quotation that opens its sentence and is
    closed by a comma before the attribution ('"Nonsense," the spokesman said', '"Denver,"
    he answered', British '"Never", she said'): an answer or a cry, said however short
    and capitalised; a title stands inside a sentence ('told "Morning Edition"')."""
    return not text[sent_start:start].strip(OPENING_MARKS) and bool(ANSWER_CLOSE.match(text[end:end + 2]))


def _answer_words(text: str, sent_start: int, qs: int, qe: int) -> tuple[int, int] | None:
    """The words of a short quotation said first (:func:`said_first`), without its comma."""
    end = qe - 1 if text[qe - 1:qe] == "," else qe
    return (qs, end) if end > qs and said_first(text, sent_start, qs, end) else None


def only_a_name(text: str) -> bool:
    """Whether words are a name or a headline's phrase, not a statement: at most three,
    each capitalised or no word ("Mali", "Ti Kongo", "Killings Near Dioura", "Operation
    Dawn 2"); a short cry ("Stop!", "Why Us?") is said, not named. The claim reader asks it
    of a whole content, the quotation reader of what is between quotation marks."""
    words = text.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() or not w[:1].isalpha() for w in words) \
        and not text.rstrip().endswith(("!", "?"))


# marks after which the parser ends a sentence inside a quotation
SPLITTING_MARKS = {"!", "?", "…"}


def _last_mark(text: str, qs: int, qe: int) -> str:
    """The quotation's last punctuation, past a quotation nested at its end ('…, ‘What now?’')."""
    return text[qs:qe].rstrip(" ,’'\"")[-1:]


def opens_attribution(sent: Span) -> Token | None:
    """The closing cue of a sentence that is only an attribution, speaker first:
    "Bush said.", "Smith, 69, said later." (what it attributes is the quotation before it,
    which the parser ended at "!" or "?")."""
    for cue in sent:
        if cue.i - sent.start > 12:
            return None
        if cue.pos_ != "VERB" or cue.lemma_.lower() not in cues_with("closing"):
            continue
        subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
        if cue.i == sent.start and any(c.dep_ == "nsubj" for c in cue.children):
            return cue  # "Said the mayor: …" is rare; "Wrote Pete Hidalgo." the same
        if subjects and subjects[0].left_edge.i == sent.start and can_speak(subjects[0]) \
                and not any(t.pos_ in {"VERB", "AUX"} for t in sent.doc[subjects[0].right_edge.i + 1:cue.i]):
            return cue
        return None
    return None


def quote_before(cue: Token, sent: Span, quotes) -> tuple[int, int] | None:
    """'"Bring the wounded here!" a medic yelled.': the parser ends a sentence at "!" or
    "?" inside the quotation, so the attribution opens a sentence of its own; the words
    are the quotation closing just before it."""
    if cue.lemma_.lower() not in cues_with("closing"):
        return None
    opening = opens_attribution(sent)
    if not (sent[0].is_lower or opening is not None and opening.i == cue.i):
        return None
    before = [(qs, qe) for qs, qe in quotes if sent.start_char - 3 <= qe <= sent.start_char]
    if not before:
        return None
    qs, qe = before[-1]
    text = text_of(sent.doc)
    if not sent[0].is_lower and _last_mark(text, qs, qe) not in SPLITTING_MARKS \
            and not (_last_mark(text, qs, qe) == "." and bare_attribution(sent, cue)):
        return None  # only "!", "?" or "…" end a sentence inside a quotation ('"…." Smith said.': a typo'd comma)
    while qe > qs and text[qe - 1] in " ,":
        qe -= 1
    return (qs, qe) if qe > qs else None


def run_on_quote(sent: Span, quotes, previous: Claim | None) -> list[Claim]:
    """A sentence that is all quotation, with no cue of its own, continues the last
    speaker's quote when it follows that claim closely. Within one quotation the
    words join the earlier claim (up to the length a claim may have); a quotation that
    opens here and runs on past this sentence waits for its own attribution."""
    if previous is None or sent.start_char - previous.sentence_span[1] > 400:
        return []
    text = text_of(sent.doc)
    for qs, qe in quotes:
        if qs > sent.end_char + 2:
            break  # sorted: the rest open after this sentence
        if qe < sent.start_char - 3:
            continue
        if not _one_quotation(text, qs, sent.start_char):
            continue  # marks paired over a paragraph that no quotation mark reopens: no quotation
        if qe > sent.end_char + 2 and qs >= sent.start_char - 2 and _attributed_at_close(sent, qe):
            return []  # '"A. B," she said.': attributed where the quotation ends
        if qs >= sent.start_char - 2 and qe <= sent.end_char + 2 and _attributed_next(sent, _last_mark(text, qs, qe)):
            return []  # '"Bring them here!" Smith said.': the next sentence attributes it
        if qs - sent.start_char <= 2 and qe >= sent.end_char - 3 or (
            sent.start_char <= qs and qe <= sent.end_char and (qe - qs) > 0.8 * len(sent.text)
        ):
            start, end = max(qs, sent.start_char), min(qe, sent.end_char)
            text = text_of(sent.doc)[start:end].strip(" \"“”.")
            if not text:
                continue
            offset = text_of(sent.doc).index(text, start)
            span = (offset, offset + len(text))
            joined = text_of(sent.doc)[previous.span[0]:span[1]]
            # the same quotation: one claim. A quotation resumed after its attribution
            # ('"A," she said. "B."') is a claim of its own: joined, the claim's text would
            # hold "she said", which is no part of the content (spec/OUTPUT.md)
            if qs <= previous.span[0] < qe and fits(joined):
                previous.span = (previous.span[0], span[1])
                previous.text = joined
                return []
            return [make_claim(previous.speaker, previous.cue, previous.cue, span, sent, quotes, None)]
    return []


def _one_quotation(text: str, qs: int, upto: int) -> bool:
    """Whether the quotation opened at ``qs`` is still one quotation at ``upto``: a
    quotation runs on into a new paragraph only when that paragraph opens with a quotation
    mark (the news convention); marks paired across paragraphs otherwise are a mark left
    unclosed, or closed with another kind of mark."""
    for brk in re.finditer(r"\n\s*", text[qs:upto]):
        if text[qs + brk.end():qs + brk.end() + 1] not in QUOTE_OPENINGS:
            return False
    return True


QUOTE_OPENINGS = {'"', "“", "„", "«", "'", "‘"}


def _attributed_at_close(sent: Span, qe: int) -> bool:
    """Whether the words after a quotation that runs on past this sentence attribute it
    (', she said', 'Smith added.'): a quotation closing its paragraph with no cue after it
    continues the speaker before it."""
    doc = sent.doc
    text = text_of(doc)
    end = text.find("\n", qe)
    end = len(text) if end < 0 else end
    if not text[qe:end].strip(" \t\"”'’.,"):
        return False
    after = [t for t in doc[sent.end:min(len(doc), sent.end + 30)] if t.idx >= qe][:14]
    return any(t.idx < end and t.pos_ == "VERB" and t.lemma_.lower() in cues_with("closing") for t in after) \
        or text[qe:end].lstrip(" \"”'’")[:1] in {",", "—", "–", "-"}


def _attributed_next(sent: Span, mark: str) -> bool:
    """Whether the next sentence is an attribution of its own ("Smith said.") of a quotation
    ending on ``mark``: "!", "?", "…", or a full stop when that sentence is no more than the
    attribution ('"…." Smith said.', claims_inset.py)."""
    doc = sent.doc
    if sent.end >= len(doc) or mark not in SPLITTING_MARKS and mark != ".":
        return False
    nxt = doc[sent.end].sent
    cue = opens_attribution(nxt)
    return cue is not None and (mark in SPLITTING_MARKS or bare_attribution(nxt, cue))
