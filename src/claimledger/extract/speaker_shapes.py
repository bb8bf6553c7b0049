"""How raw pages write a speaker's name around its head word, read by :mod:`.speakers`:
a body's short form split off its people ("MSF teams"), a body's word with its name after
it ("the group Karapatan"), a name run on over a capitalised "on" ("Commission on Human
Rights"), and the person after an office with "of" in it ("Inspector General of Police X")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimledger.extract.context import text_of, tokens_of
from claimledger.extract.speaker_words import clean, first_names, word_class

# a body's short form: "MSF", "ICRC", "WHO", "M23" (two capitals at least, a digit allowed)
SHORT_FORM = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def acronym_split_off(tokens: list[Token], start: int, head: Token) -> int:
    """"MSF teams in North Darfur say", "ICRC staff said", "WHO experts warned": a body's
    short form right before a common noun for its people is one speaker with it, though
    the parser read the short form as a sentence of its own or a second subject (as it
    does when the line opens the story after a dateline the reader cut)."""
    if start == 0 or start != head.i or head.pos_ != "NOUN":
        return start
    short = tokens[start - 1]
    if not SHORT_FORM.fullmatch(short.text) or short.whitespace_ != " " \
            or short.dep_ in {"pobj", "dobj", "appos", "conj"}:
        return start
    if short.i > 0 and not (tokens[short.i - 1].is_punct or tokens[short.i - 1].is_space or short.is_sent_start):
        return start  # the short form opens the phrase: not the end of the clause before it
    return short.i


def named_body_after(head: Token) -> str | None:
    """The name written right after a word for a body, with no comma: "the group Karapatan",
    "the monitoring group Deep South Watch", "the watchdog Airwars" (a name set apart by a
    comma, ", Basem Naim,", is a person's: :func:`_named_apposition`)."""
    body_word = "organization" in {word_class(head), word_class(head.lemma_)}
    if not body_word and word_class(head) != "role":
        return None
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == head.i + 1 \
                and child.ent_type_ != "PERSON" and (body_word or SHORT_FORM.fullmatch(child.text)):
            # a word for a person's trade names a body only by its short form ("the conflict monitor ACLED")
            name = clean(head.doc[child.left_edge.i:child.i + 1].text)
            return name.split(" (")[0]  # the short form in brackets is added as the body's, after
    return None


def name_after_office(head: Token) -> tuple[str, int] | None:
    """(name, where it starts) of the person after an office with "of" or "for" in it:
    "Inspector General of Police Zulfiqar Ahmed Bangash", "Deputy Prime Minister for
    Reintegration Oleg Serebrian" (the parser hung the name on the preposition as the body's
    words); the name is the words the tagger took for a person's, or those from a known first
    name on. None when the preposition names no person."""
    if word_class(head) not in {"title", "role"}:
        return None
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
            continue
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            return None
        tokens = tokens_of(head.doc)
        first = obj.i
        while first - 1 > prep.i + 1 and tokens[first - 1].pos_ == "PROPN" and word_class(tokens[first - 1]) is None \
                and tokens[first - 1].ent_type_ not in {"ORG", "GPE", "NORP"}:
            first -= 1
        if obj.ent_type_ != "PERSON":
            # no person tagged: the name starts at a known first name after the body's first word
            first = next((t.i for t in tokens[max(first, prep.i + 2):obj.i] if t.lower_ in first_names()), obj.i)
        if first == obj.i:
            return None  # a name of one word after the body's: no telling the two apart
        return clean(head.doc[first:obj.i + 1].text), tokens[first - 1].idx + len(tokens[first - 1])
    return None


def capitalised_run(doc: Doc, start: int) -> int:
    """End of the name words from ``start``: capitalised words, none of them a date
    ("on Human Rights", never "on Sunday" or "on March 3"), joined by "and", "of", "the"."""
    tokens = tokens_of(doc)
    end = i = start
    while i < len(tokens):
        tok = tokens[i]
        if tok.text[:1].isupper() and tok.pos_ == "PROPN" and tok.ent_type_ not in {"DATE", "TIME"}:
            end = i = i + 1
        elif tok.lower_ in {"and", "of", "the"} and i - end < 2 and i > start:  # "Republic of the Congo"
            i += 1
        else:
            break
    return end


def office_words_split_off(before: list[Token], name: list[Token]) -> tuple[list[Token], list[Token]]:
    """"Minister for Defence Mark Hassan": the body's words after the office's "of" or "for"
    belong to the office, and the name starts at its known first name (before, name)."""
    if len(name) < 3 or not before or before[-1].lower_ not in {"of", "for"}:
        return before, name
    first = next((k for k, t in enumerate(name[1:-1], 1) if t.lower_ in first_names()), None)
    if first is None:
        return before, name
    return before + name[:first], name[first:]



# "The Director, Defence Media Operations, Maj.-Gen. " / "The Chief of Army Staff, Lt.-Gen. " /
# "Inspector General of Police (Operations) " right before a person's name: the office (and
# its body) in apposition, with a rank cut short that the parser may take for a sentence's end
OFFICE_BEFORE_NAME = re.compile(
    r"(?:^|(?<=[\n.;:])\s*|\b[Tt]he\s+)"
    r"(?P<office>[A-Z][^,.;:\n()\"“”]{2,50}?(?:,\s+[A-Z][^,.;:\n()\"“”]{2,50}?)?)"
    r"(?:,\s+|\s+\((?P<unit>[A-Z][\w ]{1,30})\)\s+)"
    r"(?:(?P<rank>[A-Z][a-z]{1,9}\.?(?:-[A-Z][a-z]{1,9}\.?)?)\s+)?$")


def office_before_name(text: str, start: int) -> tuple[str, str | None] | None:
    """The office (role) and rank (title) written right before a person's name on its line,
    set off by commas or a bracketed unit: "The Director, Defence Media Operations, Maj.-Gen.
    Emmanuel Adakole", "Inspector General of Police (Operations) Arvind Kumar Sinha". None
    when no word of the office is a role or title (data/speaker_words.tsv)."""
    line = text.rfind("\n", 0, start) + 1
    m = OFFICE_BEFORE_NAME.search(text, max(line, start - 120), start)
    if m is None or m.end() != start:
        return None
    office = re.sub(r"^[Tt]he\s+", "", m.group("office"))
    if not any(word_class(w) in {"role", "title"} for w in re.findall(r"[A-Za-z]+", office)):
        return None
    if m.group("unit"):
        office = f"{office} ({m.group('unit')})"
    return office, m.group("rank")


def closed_bracket(doc: Doc, end: int) -> int:
    """A name cut inside its bracket ("Communist Party of the Philippines (CPP"): the
    parser hung the closing mark elsewhere; the name runs to it."""
    tokens = tokens_of(doc)
    opened = [t for t in tokens[max(0, end - 4):end] if t.text in "()"]
    if opened and opened[-1].text == "(" and end < len(tokens) and tokens[end].text == ")":
        return end + 1
    return end


def unit_of_body(head: Token, end: int) -> int:
    """"the CPI (Maoist) South Chhotanagpur Zonal Committee", "the Communist Party of the
    Philippines (CPP) Southern Mindanao Regional Committee": a unit of the body, named in
    capitals right after its bracket with no comma, is the speaker; the parser makes it an
    apposition of the body's name. Returns where the whole name ends."""
    doc = head.doc
    for child in head.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or word_class(child) != "organization":
            continue
        since = end - 1 if doc[end - 1].text == ")" else end  # a short form already in the name
        if end < child.i and UNIT_AFTER_BRACKET.fullmatch(text_of(doc)[doc[since].idx:doc[child.i].idx]):
            return child.i + 1
    return end


# what lies between a body's name and its unit: a bracketed qualifier or short form, then
# the unit's capitalised words ("(Maoist) South Chhotanagpur Zonal ", ") Southern Mindanao Regional ")
UNIT_AFTER_BRACKET = re.compile(r"\s*(?:\(\s*[\w-]+(?:\s[\w-]+)?\s*\)|\))\s+(?:[A-Z][\w-]*\s+){0,4}")


def office_end(head: Token) -> int:
    """Where a capitalised office's name ends, over its capitalised "of" ("the
    Superintendent of Police", "the Director of Public Prosecutions"): a character offset."""
    end = head.idx + len(head)
    if not head.text[:1].isupper():
        return end
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    if of is None:
        return end
    run = capitalised_run(head.doc, of.i + 1)
    if run == of.i + 1:
        return end
    last = tokens_of(head.doc)[run - 1]
    return last.idx + len(last)
