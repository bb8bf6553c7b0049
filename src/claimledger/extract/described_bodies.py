"""A speaker described without a name and named later in the report: "a local aid group
said … The group, the Emergency Lawyers, …" takes that name in every claim it makes.
Read over the finished claims of a report (extract/claims.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from claimledger.extract.context import text_of
from claimledger.extract.speakers import word_class
from claimledger.model import Speaker

# A body first described, then named: "a local aid group said … The group, the Emergency
# Lawyers, …" / "… known as the Tawila Emergency Room …". Heads of such descriptions:
DESCRIBED_HEADS = {"group", "organisation", "organization", "network", "charity", "committee", "association",
                   "body", "monitor", "initiative", "ngo", "collective", "union"}
NAMED_LATER = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?P<head>\w+)\s*(?:,|—|–|\()\s*(?:(?:which\s+is\s+|is\s+)?(?:known|called|named)\s+"
    r"(?:as\s+)?)?(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of|for|and|in|on|de|du|al|el|the|[A-Z][\w'’.-]*))*)"
    r"|\b(?:known|called|named)\s+(?:as\s+)?(?:the\s+)?(?P<name2>[A-Z][\w'’.-]*(?:\s+(?:of|for|and|in|on|de|du|al|el|the"
    r"|[A-Z][\w'’.-]*))*)")
# "a local aid group, the Emergency Lawyers, said": the name set off right after the description
APPOSED = re.compile(r"^\s*(?:,|—|–|\()\s*(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:of|for|and|in|on|de|du|al|el|the"
                     r"|[A-Z][\w'’.-]*))*)\s*(?:,|—|–|\))")


def name_described_bodies(claims: list, text: str) -> None:
    """A speaker described without a name ("a local aid group") that the report names in
    the rest of the sentence or the next one takes that name, in every claim of the
    report that speaker makes; the description stays as its role."""
    named: dict[str, str] = {}
    for claim in claims:
        speaker = claim.speaker
        words = speaker.name.split()
        if speaker.span is None or not words or words[-1].lower() not in DESCRIBED_HEADS \
                or any(w[:1].isupper() for w in words) or speaker.name in named:
            continue
        # after the description's head, which the speaker's phrase may run past ("a group, X, said")
        head_at = text.find(words[-1], speaker.span[0], speaker.span[1] + 1)
        after = text[head_at + len(words[-1]) if head_at >= 0 else speaker.span[1]:]
        ends = [m.end() for m in re.finditer(r"[.!?](?:\s|$)", after)][:2]
        window = after[:ends[-1]] if ends else after[:300]
        apposed = APPOSED.match(after)
        if apposed is not None and len(apposed.group("name").split()) <= 8:
            named[speaker.name] = apposed.group("name").rstrip(" .,’'")
            continue
        for m in NAMED_LATER.finditer(window):
            name = (m.group("name") or m.group("name2") or "").rstrip(" .,’'")
            head = (m.group("head") or words[-1]).lower()
            if name and head == words[-1].lower() and len(name.split()) <= 8:
                named[speaker.name] = name
                break
    for claim in claims:
        name = named.get(claim.speaker.name)
        if name is not None:
            role = claim.speaker.role if claim.speaker.role not in {None, name} else claim.speaker.name
            claim.speaker = replace(claim.speaker, name=name, kind="organization", role=role)


# "a statement spread by the state news agency AZERTAC", "carried by SUNA, the state news agency"
RELAYING_AGENCY = re.compile(
    r"\bstate(?:-run|-owned)?\s+(?:news\s+)?agency,?\s+(?P<name>[A-Z][A-Za-z]{2,})\b"
    r"|\b(?P<name2>[A-Z][A-Za-z]{2,}),\s+the\s+state(?:-run|-owned)?\s+(?:news\s+)?agency\b")


def relaying_agency(sent, relayed: Speaker | None) -> Speaker | None:
    """The state news agency a sentence says relayed a state body's statement ("the ministry
    said in a statement spread by the state news agency AZERTAC"): that state's agency, which
    a later "the agency" names again. None when no sided body of the sentence is relayed."""
    if relayed is None or relayed.side is None:
        return None  # asked of every sentence: most relay no sided body, and need no search
    text = text_of(sent.doc)[sent.start_char:sent.end_char]  # Span.text joins tokens anew
    m = RELAYING_AGENCY.search(text) if "agency" in text else None
    if m is None:
        return None
    name = m.group("name") or m.group("name2")
    start = sent.start_char + m.start()
    return Speaker(name=f"state news agency {name}", kind="organization", side=relayed.side,
                   span=(start, sent.start_char + m.end()))


# words that narrow an office ("the deputy minister", "the acting governor")
OFFICE_MODIFIERS = {"deputy", "acting", "vice", "assistant", "senior", "chief", "former", "regional", "provincial"}


def office_of_name(name: Token) -> Token | None:
    """The office a name is set beside: "the governor of X, NAME" (the name hung on the
    governor, or by the parser on the place the governor is of)."""
    if name.dep_ != "appos":
        return None
    head = name.head
    if word_class(head) in {"role", "title"}:
        return head
    prep = head.head
    if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in {"of", "for", "in"} \
            and word_class(prep.head) in {"role", "title"}:
        return prep.head
    return None


def titled_person(words: list[str], seen: list[Speaker]) -> Speaker | None:
    """"the deputy minister" after "Deputy Foreign Minister Gohar Sargsyan": the last
    person (of ``seen``, in order of mention) whose title or role holds every word of the office."""
    if not all(word_class(w) in {"role", "title"} or w in OFFICE_MODIFIERS for w in words):
        return None
    for earlier in reversed(seen):
        office = " ".join(filter(None, (earlier.title, earlier.role))).lower()
        if earlier.kind == "person" and all(re.search(rf"\b{re.escape(w)}\b", office) for w in words):
            return earlier
    return None
