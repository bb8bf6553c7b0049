"""Silences: a party reported as saying nothing.

A party reported as declining to comment, not acknowledging, neither
confirming nor denying, not responding to requests for comment, or staying silent. Read
from claims whose cue is a statement the speaker did not make (acknowledge, confirm,
comment, respond with polarity ``denied``), and from the text of each report with the
patterns below (regular expressions over the stored text; linking never re-parses). The
party is the subject before the words ("the army declined…") or the maker after them
("no comment from Moscow"); a pronoun is the speaker of the nearest earlier claim. Its
side comes from a speaker of the same name in the report, else from the party's words
(:mod:`claimledger.sides`), else, for "the army" or "the government", from the state
the report is about.

Not silences: a newsroom's caveat ("Reuters could not independently verify …", news
agencies and outlets from ``data/agencies.tsv`` and ``data/outlets.tsv``); an inability
("monitors could not confirm the toll"; but "could not be reached for comment" is one);
a party that cannot speak ("the guns were silent"); "did not respond to the shelling".
A claim-based silence wins over a text match on the same sentence, and copies and
rewrites of one origin carry one silence of a party, in whatever words (``documents``
names every report carrying it); two silences of one party in one report stay two.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from claimledger.data import read_table
from claimledger.data.tables import armed_groups
from claimledger.link.report_view import Report, is_newsroom, reports
from claimledger.link.speaker_keys import SpeakerIndex, own_speaker
from claimledger.sides import STATE_FORCE, home_state, side_of, side_table


@dataclass
class Silence:
    party: str
    side: str | None
    kind: str  # declined_to_comment | no_response | not_acknowledged | not_confirmed | neither_confirmed_nor_denied
    #           | no_comment | silent
    document: str
    outlet: str | None
    published: str | None
    origin: str
    sentence: str
    span: tuple[int, int]
    claim: str | None = None
    documents: list[str] = field(default_factory=list)  # every report carrying it: copies of its origin
    about: str | None = None  # what it is silent about, when the sentence says: "its losses"

    def as_dict(self) -> dict:
        out = asdict(self)
        out["span"] = list(self.span)
        return out


# Cues of a statement the speaker did NOT make: "no acknowledgment by X", "did not confirm"
SILENCE_CUES = ("acknowledg", "confirm", "comment", "respon", "repl", "react")


def is_silence_claim(claim: dict, text: str = "") -> bool:
    """A claim the speaker did not make: a silence cue ("did not confirm"), or, given the
    report's ``text``, a denying cue that closes "neither confirmed nor denied" or "would not
    confirm or deny": the speaker denied nothing."""
    if claim.get("polarity") != "denied":
        return False
    if (claim.get("cue") or "").lower().startswith(SILENCE_CUES):
        return True
    start = (claim.get("cue_span") or (0, 0))[0]
    return bool(text and start and UNDECIDED_BEFORE.search(text[max(0, start - 40):start]))


# What comes before "deny" when it is half of a refusal to say either way.
UNDECIDED_BEFORE = re.compile(r"\b(?:neither\s+\w+\s+nor|confirm(?:ed)?\s+or)\s+$", re.I)


# ---------------------------------------------------------------- silences
_AUX = r"(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't|has\s+not|hasn't|have\s+not|haven't|had\s+not|hadn't" \
       r"|would\s+not|wouldn't|could\s+not|couldn't|was\s+not|wasn't|were\s+not|weren't|is\s+not|isn't|are\s+not" \
       r"|aren't|has\s+yet\s+to|have\s+yet\s+to|had\s+yet\s+to|is\s+yet\s+to|was\s+yet\s+to|never)"
_ADV = r"(?:\s+(?:immediately|yet|publicly|officially|formally|so\s+far|directly|openly|independently))*"
# "a request", "repeated calls", "Lusa's questions", "Reuters' emails": what was asked, and by whom
_REQUEST = r"(?:(?:a|an|the|our|multiple|several|repeated|two|written)\s+" \
           r"|(?:[\w.-]+\s+){0,2}[\w.-]+(?:['’]s|s['’])\s+)*" \
           r"(?:request|call|email|message|inquir|quer|question)\w*"
# (kind, pattern): the party is the subject before the match, or the named group "after".
SILENCE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(kind, re.compile(p, re.I)) for kind, p in [
    ("neither_confirmed_nor_denied", r"\b(?:(?:would|could|did)\s+neither\s+confirm\s+nor\s+deny"
                                     r"|neither\s+confirm(?:ed|s)?\s+nor\s+den(?:y|ied|ies)"
                                     r"|(?:declin|refus)\w*\s+to\s+(?:either\s+)?confirm\s+or\s+deny"
                                     rf"|{_AUX}{_ADV}\s+(?:confirm(?:ed)?\s+or\s+den(?:y|ied)))\b"),
    ("declined_to_comment", r"\b(?:declin\w*|refus\w*|would\s+not|wouldn't|did\s+not\s+wish|did\s+not\s+want)"
                            r"\s+to\s+(?:immediately\s+|publicly\s+)?(?:comment|discuss|elaborate|answer|speak"
                            r"|give\s+(?:any\s+)?details|be\s+drawn|say\s+more|talk)\b"),
    ("no_response", rf"\b(?:{_AUX}{_ADV}\s+(?:respond\w*|repl(?:y|ied)|answer\w*|return\w*)\s+(?:to\s+)?{_REQUEST}"
                    r"|(?:could|can)\s*(?:not|n't)\s+(?:immediately\s+)?be\s+reached"
                    r"|(?:was|were|is|are)\s+(?:not|n't)\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment)"),
    ("not_acknowledged", rf"\b{_AUX}{_ADV}\s+(?:acknowledg\w*|admit\w*|recogni[sz]\w*)\b"),
    ("not_confirmed", rf"\b{_AUX}{_ADV}\s+confirm\w*\b"),
    ("no_comment", rf"\b(?:{_AUX}{_ADV}\s+(?:comment\w*|issu\w*\s+(?:a|any)\s+statement"
                   r"|(?:made|make|offer\w*|give|gave|given|provid\w*)\s+(?:any\s+|no\s+)?(?:comment|response))"
                   r"|(?:made|offered|gave|had|has)\s+no\s+(?:immediate\s+|official\s+)?(?:comment|response|reaction))\b"),
    # silent on a count: "it did not mention any casualties", "the army has not given a toll"
    ("no_comment", rf"\b{_AUX}{_ADV}\s+(?:mention\w*|give|gave|given|provid\w*|disclos\w*|releas\w*|publish\w*)"
                   r"(?=\s+(?:any\s+|a\s+|an\s+|its\s+|their\s+|the\s+|own\s+)*(?:casualt|loss|death|dead\b|toll"
                   r"|figure|number|count|tall))"),
    ("silent", r"\b(?:(?:has|have|had)\s+)?(?:remained|remains|remain|stayed|stays|kept|keeps|was|were|has\s+been"
               r"|is|been)\s+(?:largely\s+|conspicuously\s+|notably\s+)?(?:silent|mum)\b"),
    # "there was no comment from X", "no acknowledgment by Moscow", "without confirmation from the army"
    ("after", r"\b(?:no|without(?:\s+any)?)\s+(?:immediate\s+|official\s+|public\s+)?(?P<what>comment|response|reaction"
              r"|acknowledg(?:e)?ment|confirmation|word)\s+(?:from|by)\s+(?P<after>[^.,;:\n]{2,80})"),
]]
_AFTER_KIND = {"comment": "no_comment", "response": "no_response", "reaction": "no_comment", "word": "no_comment",
               "confirmation": "not_confirmed"}
# where a subject phrase starts: after a clause break or a conjunction
_CLAUSE_BREAK = re.compile(r"(?:[,;:(—–]|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|\bthough\b|\bas\b"
                           r"|\bwhen\b|\bafter\b|\bthat\b|\bwhich\b|\bwho\b)\s*", re.I)
_FIRST_SUBJECT = re.compile(r"\s+(?:said|says|told|was|were|is|are|has|have|had|did|does|would|could|will)\b|,",
                            re.I)
_AFTER_STOP = re.compile(r"\s+(?:on|about|regarding|over|to|for|concerning|of|as|since|after|and|but|in)\s", re.I)
PRONOUNS = {"it", "he", "she", "they", "its", "his", "her", "their", "officials", "the official", "a spokesman",
            "a spokeswoman", "a spokesperson", "the spokesman", "the spokeswoman", "the spokesperson"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "some"}
# A sentence ends at . ! ? (and a closing quote) before a capital, a quote or a line
# break, or at a line break; not after an initial ("U.S.") or a short title ("Gen.").
# Hand-written: linking reads stored text without a parser.
BOUNDARY = re.compile(r"[.!?]+[\"”’]?(?=\s+[A-Z“\"]|\s*$|\s*\n)|\n+")
ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Rev|Prof|St|No|Jan|Feb"
                          r"|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gov|Sen|Rep))\.$")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in BOUNDARY.finditer(text):
        if m.group(0)[0] == "." and ABBREVIATION.search(text[max(0, m.start() - 6):m.start() + 1]):
            continue
        if text[start:m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _subject(before: str) -> str:
    """The party named just before the silence words: the last clause's words; for a
    verb coordinated with an earlier one ("X said …, but did not confirm"), the
    sentence's first subject."""
    pieces = _CLAUSE_BREAK.split(before)
    phrase = pieces[-1].strip() if pieces else before.strip()
    if not phrase:
        phrase = _FIRST_SUBJECT.split(before.strip(), maxsplit=1)[0] if before.strip() else ""
    words = phrase.split()
    return " ".join(words[-8:]).strip(" \"“”'")


# Being unable to confirm is not keeping silent; being unreachable is ("could not be reached").
UNABLE = re.compile(r"(?:could\s+not|couldn't|cannot|can't|was\s+unable|were\s+unable)\b", re.I)
UNABLE_KINDS = {"not_confirmed", "not_acknowledged", "no_comment", "neither_confirmed_nor_denied"}


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w, _ in read_table("speaker_words.tsv"))


def _can_speak(party: str) -> bool:
    """"The Kremlin", "the army", "a spokesman", "Hamas", "it": a party that could comment;
    "the guns" or "the front line" could not."""
    if party.lower() in PRONOUNS:
        return True
    words = re.findall(r"[\w'’-]+", party)
    if any(w.lower() in _speaker_words() or side_table().is_side_word(w) for w in words):
        return True
    # a name: a capitalised word that is not just the capital of a sentence's first article
    return any(w[0].isupper() for w in words if w.lower() not in DETERMINERS)


ABOUT = re.compile(r"^\s*(?:to\s+(?:comment|say|speak)\s+)?(?:on|about|regarding|over|concerning|to\s+questions"
                   r"\s+(?:about|on))\s+(?P<what>[^.;:!?\n]{3,120}?)\s*(?:,|\.|;|$|\s+when\b|\s+after\b)", re.I)
DIRECT_OBJECT = re.compile(r"^\s*(?P<what>(?:the|any|its|their|his|her|a|an)\s[^.;:!?,\n]{2,120})", re.I)


def _about(rest: str) -> str | None:
    """What the party is silent about: "on its losses", "the deployment", when said."""
    m = ABOUT.match(rest) or DIRECT_OBJECT.match(rest)
    return m.group("what").strip() if m else None


def _after(text: str) -> str:
    return _AFTER_STOP.split(" " + text.strip() + " ", maxsplit=1)[0].strip(" \"“”'")


def _party_side(party: str, report: Report, index: SpeakerIndex) -> str | None:
    key = index.key({"name": party, "kind": "organization", "side": None})
    for claim in report.claims.values():
        speaker = claim.get("speaker") or {}
        if speaker.get("name") and (speaker["name"].lower() == party.lower() or index.key(speaker) == key):
            side = index.side(index.key(speaker), speaker.get("side"))
            if side:
                return side
    side = side_of(party)
    if side is None and STATE_FORCE.search(party) and not re.search(r"\b(?:rebel|militia|opposition)", party, re.I):
        side = home_state(report.text)
    return side


def _resolve_pronoun(party: str, at: int, report: Report, index: SpeakerIndex) -> tuple[str, str | None]:
    """"it did not respond": the speaker of the nearest claim before."""
    earlier = [c for c in report.claims.values() if (c.get("span") or [0, 0])[0] <= at and c.get("speaker")]
    if not earlier:
        return party, None
    # an owned thing read as a speaker ("its aircraft") stands for its owner
    speaker = own_speaker(report, max(earlier, key=lambda c: c["span"][0]))
    key = index.key(speaker)
    return index.label(key) or speaker["name"], index.side(key, speaker.get("side"))


# "The group did not respond": a definite noun for an armed group stands for the group the
# report named last before it ("… blamed CODECO, a militia that … The group did not respond").
GENERIC_GROUP = re.compile(r"(?:the|this)\s+(?:armed\s+|rebel\s+|militant\s+|jihadist\s+|insurgent\s+)?"
                           r"(?:group|militia|movement|rebels|insurgents|militants|jihadists|organi[sz]ation"
                           r"|paramilitar(?:y|ies)(?:\s+force)?)", re.I)


@lru_cache(maxsize=1)
def armed_group_pattern() -> re.Pattern[str]:
    """Names of armed groups (``data/armed_groups.tsv``) as reports write them: an acronym
    as listed ("AA", "PDF": a capitalised word of the same letters is no group), a name
    written in lower case there in any case ("Al-Shabaab", "the Islamic State")."""
    names = sorted(armed_groups(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(
        re.escape(n) if n != n.lower() else f"(?i:{re.escape(n)})" for n in names) + r")\b")


def _named_group_before(text: str, at: int) -> str | None:
    """The armed group (``data/armed_groups.tsv``) named last before ``at``."""
    found = list(armed_group_pattern().finditer(text, 0, at))
    return found[-1].group(0) if found else None


def _text_silences(report: Report, index: SpeakerIndex) -> list[Silence]:
    out = []
    for start, end in _sentences(report.text):
        raw = report.text[start:end]
        base = start + len(raw) - len(raw.lstrip())
        sentence = raw.strip()
        for kind, pattern in SILENCE_PATTERNS:
            m = pattern.search(sentence)
            if m is None:
                continue
            if kind == "after":
                party = _after(m.group("after"))
                what = m.group("what").lower()
                kind = _AFTER_KIND.get(what, "not_acknowledged")
            else:
                party = _subject(sentence[:m.start()])
            if not party or not _can_speak(party) or is_newsroom(party):
                continue  # "Reuters could not verify …" is the reporter's caveat, not a party's silence
            if kind in UNABLE_KINDS and UNABLE.match(m.group(0)):
                continue  # "monitors could not confirm the toll": unable, not unwilling
            side = None
            if party.lower() in PRONOUNS:
                party, side = _resolve_pronoun(party, base + m.start(), report, index)
            elif GENERIC_GROUP.fullmatch(party):
                party = _named_group_before(report.text, base + m.start()) or party
            side = side or _party_side(party, report, index)
            about = _about(sentence[m.end():]) if kind != "after" else None
            out.append(Silence(party, side, kind, report.id, report.outlet, report.published, report.origin,
                               sentence, (base, base + len(sentence)), about=about))
            break  # one silence per sentence: the most specific pattern wins (they are in that order)
    return out


def _claim_silences(report: Report, index: SpeakerIndex) -> list[Silence]:
    out = []
    for claim in report.claims.values():
        if not is_silence_claim(claim):
            continue
        cue = (claim.get("cue") or "").lower()
        kind = ("not_acknowledged" if cue.startswith("acknowledg") else "not_confirmed" if cue.startswith("confirm")
                else "no_response" if cue.startswith(("respon", "repl")) else "no_comment")
        speaker = claim["speaker"]
        key = index.key(speaker)
        s, e = claim.get("sentence_span") or claim.get("span") or [0, 0]
        out.append(Silence(index.label(key) or speaker.get("name") or "", index.side(key, speaker.get("side")), kind,
                           report.id, report.outlet, report.published, report.origin,
                           report.text[s:e].strip() or claim.get("text") or "", (s, e), claim["id"],
                           about=claim.get("text") or None))
    return out


def silences(records: Sequence[dict], origins: Mapping[str, str]) -> list[Silence]:
    """Every party reported as silent, per report, by date (rules in the module docstring).
    A claim-based silence wins over a text match on the same sentence."""
    views = reports(records, origins)
    index = SpeakerIndex(c.get("speaker") for r in views for c in r.claims.values())
    out = []
    for report in views:
        found = _claim_silences(report, index)
        for s in _text_silences(report, index):
            if not any(f.span[0] < s.span[1] and s.span[0] < f.span[1] for f in found):
                found.append(s)
        out.extend(sorted(found, key=lambda s: s.span[0]))
    out.sort(key=lambda s: (s.published or "9999", s.document != s.origin, s.document, s.span[0]))
    return fold_silences(out, index)


def fold_silences(found: Sequence[Silence], index: SpeakerIndex) -> list[Silence]:
    """Copies of one origin carry one silence: a party's silence told by another report of
    the kept one's origin is that silence, in whatever words ("did not respond to a request for
    comment" rewritten as "there was no immediate comment from the RSF", or the party named
    otherwise with the same side: "the Rwandan military"); the earliest report
    keeps it and names them all. Two silences of one party in one report (declining to comment
    on one thing, not acknowledging another) stay two. ``found`` is in order, earliest first."""
    kept: list[Silence] = []
    for s in found:
        party = _party_key(s.party, index)
        # one origin's other report naming the party otherwise ("a spokesperson for the Rwanda
        # Defence Force" rewritten as "the Rwandan military"): one side's institutions are one voice
        same = [k for k in kept if k.origin == s.origin and (
            _party_key(k.party, index) == party or (s.side and k.side == s.side and k.document != s.document))]
        held = next((k for k in same if k.kind == s.kind), None)
        if held is None and same and all(k.document != s.document for k in same):
            held = same[0]
        if held is None:
            kept.append(s)
            held = s
        if s.document not in held.documents:
            held.documents.append(s.document)
    return kept


def _party_key(party: str, index: SpeakerIndex) -> str:
    """One key for the names a party is given across reports ("the RSF", "the Rapid Support Forces")."""
    name = re.sub(r"^(?:the|a|an)\s+", "", party.lower())
    return index.key({"name": party, "kind": "organization", "side": None}) or name
