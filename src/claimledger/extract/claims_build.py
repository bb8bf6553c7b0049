"""Building a claim once its speaker, cue and content are known: the content's trimmed
span, its hedge, its length cut to what a claim may hold (spec/OUTPUT.md). Shared by the
verb-cue reader (claims.py) and the other attribution frames (claims_frames.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from claimledger.data import read_table
from claimledger.data.tables import number_word_alternation
from claimledger.extract.context import text_of, tokens_of
from claimledger.extract.cues import cue_table
from claimledger.extract.quotes import quote_mode
from claimledger.model import Claim, Speaker

MAX_CONTENT_WORDS = 60
# the day a statement was made, left at the head of its content by the parse
SAID_WHEN = re.compile(r"(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                       r"|yesterday|today)(?:\s+(?:night|morning|afternoon|evening))?,?\s+(?=(?:it|he|she|they|that|to)\b)",
                       re.I)
# the writer's note that the party accused answers otherwise: ", a claim the group denies"
DISOWNED = re.compile(r",\s+(?:a|an)\s+(?:claim|charge|accusation|allegation|assertion|version|account)\s+"
                      r"(?:that\s+)?(?:[\w'’-]+\s+){1,5}(?:has\s+|have\s+|had\s+)?"
                      r"(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed|dismisses|dismissed)\b.*$",
                      re.I | re.S)
# a dateline the content's clause swallowed: "(Nairobi) - ", "Nairobi) – ", "GENEVA — "
FILED_FROM = re.compile(r"\(?[A-Z][A-Za-z.'’ -]{1,30}\)\s*[-–—]+\s+|[A-Z][A-Z.'’ -]{2,30}\s+[-–—]+\s+")

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


@lru_cache(maxsize=1)
def any_hedge() -> re.Pattern[str]:
    """Every hedge row's pattern as one alternation: it matches a text exactly when some
    row does, so a content with no hedge (most) is read in one search, not one per row."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in hedge_words()), re.I)


def trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    tokens = tokens_of(doc)  # the report's Token objects: ``doc[i]`` makes a new one each call
    # a leading "that"/"whether" is the complementiser even where the small model
    # parses it as a determiner; "that" followed by a verb is a pronoun and stays; so is
    # the "for" of "called for the army to withdraw"
    while start < end and (tokens[start].is_punct or tokens[start].is_space or (
            tokens[start].lower_ in {"that", "whether"} and start + 1 < end
            and tokens[start + 1].pos_ not in {"VERB", "AUX"})
            or (tokens[start].lower_ == "for" and tokens[start].dep_ == "mark")):
        start += 1
    # nor with a dangling article or conjunction left by a cut ("… to the south the")
    while end > start and (tokens[end - 1].is_punct or tokens[end - 1].is_space
                           or tokens[end - 1].lower_ in {"the", "a", "an", "and", "or", "as", "well", "but"}):
        end -= 1
    if end <= start:
        return None
    # a quotation that opens or closes at the content's edge keeps its mark when the other
    # one is inside ('"minor injuries" had been sustained', 'police were "terrorising them"');
    # words with no mark in their text hold no mark token, which most contents show in one search
    first, last = tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1])
    marks = 0 if ANY_DOUBLE_QUOTE.search(text_of(doc), first, last) is None else \
        sum(t.text in DOUBLE_QUOTE_MARKS for t in tokens[start:end])
    if marks % 2 and start > 0 and tokens[start - 1].text in DOUBLE_QUOTE_MARKS:
        start -= 1
    elif marks % 2 and end < len(tokens) and tokens[end].text in DOUBLE_QUOTE_MARKS:
        end += 1
    return tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1])


# straight and curly double quotation marks (claims_speaker.QUOTE_MARKS adds the tokenizer's `` and '')
DOUBLE_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
ANY_DOUBLE_QUOTE = re.compile('["\u201c\u201d]')


def fits(text: str) -> bool:
    return len(text.split()) <= MAX_CONTENT_WORDS


def make_claim(speaker: Speaker, cue_text: str, cue_lemma: str, span: tuple[int, int], sent: Span,
              quotes, cue_span) -> Claim:
    doc_text = text_of(sent.doc)
    lead = FILED_FROM.match(doc_text, span[0], span[1])
    if lead is not None and lead.end() < span[1]:
        span = (lead.end(), span[1])  # "(Nairobi) - Malian soldiers …": where it was filed is no one's words
    when = SAID_WHEN.match(doc_text, span[0], span[1])
    if when is not None and len(doc_text[when.end():span[1]].split()) >= 3:
        span = (when.end(), span[1])  # "said on Tuesday it had arrested …": when it was said, not what
    disowned = DISOWNED.search(doc_text, span[0], span[1])
    if disowned is not None and disowned.start() > span[0]:
        span = (span[0], disowned.start())  # "…, a claim the group denies": another party's answer
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
    if any_hedge().search(text) is None:
        return "asserted"
    for pattern, hedge in hedge_words():  # the first row that matches wins: stronger doubt first
        if pattern.search(text):
            return hedge
    return "asserted"
