"""Who speaks: a speaker read off the noun phrase a reporting cue points at.

"Colonel Oleksandr Kindratenko, spokesperson for Ukraine's Special Operations Forces"
becomes name, title, role, organisation and side; "a Ukrainian commander" an unnamed
speaker; "Russia's Defense Ministry" an organisation; "a UN report" a document.
Later mentions ("Zelensky", "he", "the spokesperson", "it") are resolved to the
fullest earlier speaker that fits by :class:`.speaker_memory.SpeakerMemory`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimledger.data import read_table
from claimledger.data.tables import population_words
from claimledger.extract.context import context_of, text_of, tokens_of
from claimledger.extract.phrases import noun_phrase  # the speaker's phrase; claims read it here too
from claimledger.extract.speaker_shapes import (
    acronym_split_off,
    capitalised_run,
    closed_bracket,
    name_after_office,
    named_body_after,
    office_before_name,
    office_end,
    office_words_split_off,
    unit_of_body,
)
from claimledger.extract.speaker_words import LEADING_ARTICLE, clean, word_class
from claimledger.model import Place, Speaker
from claimledger.sides import place_gives_no_side, side_of, side_table

PERSON_PRONOUNS = {"he", "she", "him", "her"}
THING_PRONOUNS = {"it"}
GROUP_PRONOUNS = {"they", "them"}
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS | {"i", "we", "you"}
STATE_MEDIA = re.compile(r"\bstate[- ](?:tv|television|media|news|radio|broadcaster|agency)", re.I)
INDEFINITE = {"a", "an", "one", "another", "some", "several"}


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Nouns for what happens in a war (data/event_nouns.tsv): an event never speaks."""
    return frozenset(row[0] for row in read_table("event_nouns.tsv"))


def is_event_noun(head: Token) -> bool:
    """"The ceasefire, which took effect on Sunday, said nothing …": a common noun for an
    event (never a proper name: "Operation Dawn", "Al-Aqsa Storm" may be a speaker's name)."""
    # the report's sentences, read once (Token.sent finds the sentence anew on each call)
    if head.pos_ == "PROPN" and head.i > context_of(head.doc).sent(head).start:
        return False
    return head.pos_ in {"NOUN", "PROPN"} and (head.lower_ in event_nouns() or head.lemma_.lower() in event_nouns()) \
        and word_class(head) is None


def _described(doc: Doc, start: int, end: int) -> str:
    """The phrase's words from token ``start`` to character ``end``, cleaned, without a leading
    article: an office or a body's description as the speaker's name or role ("Prime Minister")."""
    return LEADING_ARTICLE.sub("", clean(text_of(doc)[tokens_of(doc)[start].idx:end]))


def _person_name(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """Split leading words into (before-name words, the name itself) for a PROPN head."""
    name: list[Token] = []
    for tok in reversed(tokens):
        name_word = tok.pos_ == "PROPN" and not word_class(tok) and not side_table().is_side_word(tok.text)
        if name_word or (tok.text in {"-", "'"} and name):
            name.insert(0, tok)
        else:
            break
    return tokens[: len(tokens) - len(name)], name


def can_speak(head: Token) -> bool:
    """Whether a cue's subject can be a speaker at all: a name, a pronoun, or a noun
    for people, bodies or documents ("officials", "the ministry", "a report"). "The
    changing dynamics reveal …" and "this pact marks …" are not attributions."""
    if is_event_noun(head):
        return False
    if head.lower_ in PRONOUNS or head.pos_ == "PROPN":
        return True
    if head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    return word_class(head) is not None or word_class(head.lemma_) is not None


def read_speaker(head: Token, places: list[Place] | None = None, max_left: int = 4) -> Speaker:
    """A speaker from the head token of the phrase that a cue points at (read once a report:
    the claims stage reads a sentence's subjects when it notes the people named, and again
    when they speak; each caller gets its own copy)."""
    report = context_of(head.doc)
    key = (head.i, max_left, report.edits)
    kept = report.speaker_reads.get(key)
    if kept is None or kept[0] is not places:
        kept = report.speaker_reads[key] = (places, _read_speaker(head, places, max_left))
    # a copy with the same fields (dataclasses.replace would run __init__ over them again)
    twin = object.__new__(Speaker)
    twin.__dict__.update(kept[1].__dict__)
    return twin


def _read_speaker(head: Token, places: list[Place] | None, max_left: int) -> Speaker:
    doc = head.doc
    tokens = tokens_of(doc)  # the report's Token objects: ``doc[i]`` makes a new one each call
    start, end = noun_phrase(head, max_left)
    joined = _joined_name_head(head)
    if joined is not None:
        # "The Jammu and Kashmir administration said": the parser made the first place the
        # subject and the body a conjunct; the body speaks, under the whole name
        head, end = joined, max(end, noun_phrase(joined, max_left)[1])
    start = _coordinated_modifier_start(tokens, _whole_name_start(tokens, start, head), head)
    start = acronym_split_off(tokens, start, head)
    # "Q (Rudaw): The Kurdistan Region's Peshmerga ministry says": a line's label is not the speaker's name
    start = next((t.i + 1 for t in reversed(tokens[start:head.i]) if t.is_punct and ":" in t.text), start)
    phrase = doc[start:end]
    core_end = head.i + 1
    core = [t for t in tokens[start:core_end] if not t.is_punct and t.dep_ != "det"]
    rest = doc[core_end:end]
    det = next((t.lower_ for t in head.lefts if t.dep_ == "det"), None)
    title = role = organization = None
    lower = head.lower_

    if lower in PRONOUNS:
        kind, name = "unnamed", head.text
    elif head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG"}:
        before, name_tokens = _person_name(core)
        before, name_tokens = office_words_split_off(before, name_tokens)
        is_person = head.ent_type_ == "PERSON" or (
            len(name_tokens) >= 2 and head.ent_type_ not in {"ORG", "GPE", "NORP", "FAC"}
        ) or any(word_class(t) in {"title", "role"} for t in before)
        # "Community organisation Redes da Maré", "rights group Human Rights Watch": a body by its name
        described_body = bool(before and name_tokens) and word_class(before[-1].lemma_) == "organization" \
            and not any(word_class(t) == "title" for t in before)
        is_person = is_person and not described_body
        office_holder = name_after_office(head) if not name_tokens else None
        if office_holder is not None:
            # "Punjab Inspector General of Police Usman Anwar": the office, then the person who holds it
            kind, name = "person", office_holder[0]
            role = _described(doc, start, office_holder[1])
        elif is_person and name_tokens:
            kind = "person"
            name = clean(" ".join(t.text for t in name_tokens))
            # a title stands right before the name ("the General Staff's Colonel X"):
            # "General" in "General Staff spokesman" is part of a body's name
            titles = []
            for t in reversed(before):
                if word_class(t) != "title":
                    break
                titles.insert(0, t)
            title = clean(" ".join(t.text for t in titles)) or None
            role_words = [t for t in before if t not in titles and not side_table().is_side_word(t.text)
                          and t.dep_ != "poss" and t.tag_ != "POS" and not t.like_num]
            role = clean(" ".join(t.text for t in role_words)) or None
            organization = _possessor(before)
        elif not name_tokens and word_class(head) in {"title", "role"} and head.ent_type_ not in {"ORG", "GPE"} \
                and not any(c.dep_ == "appos" and _acronym(c) for c in head.rights):  # "… Monitor (CPM)": a body
            # "The Prime Minister, in a statement, lauded …", "the President said": one person by
            # office, who a later "he" or "she" is
            kind, name = "unnamed", _described(doc, start, office_end(head))
            if word_class(head) == "role":
                role = head.text.lower()
            else:
                title = head.text
        elif described_body:
            kind, role = "organization", clean(" ".join(t.text for t in before))
            name = _organisation_name(head, name_tokens[0].i)
        else:
            kind = "organization"
            name = _organisation_name(head, start)
    else:
        cls = word_class(head) or word_class(head.lemma_)
        core_text = text_of(doc)[tokens[start].idx:head.idx + len(head)]
        name = LEADING_ARTICLE.sub("", clean(core_text))
        if cls == "document":
            kind = "document"
        elif cls == "organization":
            kind = "organization"
        elif det in INDEFINITE:
            kind = "unnamed"
            role = head.text if cls == "role" else None
        elif head.tag_ in {"NNS", "NNPS"}:
            kind = "group"
        elif cls == "role":
            kind = "unnamed"
            role = head.text
        elif cls == "title":
            kind, title = "unnamed", head.text  # "the colonel said": someone named before, by rank
        else:
            kind = "group" if head.tag_ in {"NNS", "NNPS"} else "organization"

    appos_role, appos_org = _apposition(head, rest)
    role = role or appos_role
    organization = organization or appos_org
    # "Eritrea's Information Minister, Tesfay Ghebre, gave …": a capitalised title (read as a
    # body's name) with a person in apposition is that person, as "the minister, X," is
    office = kind == "organization" and (word_class(head) in {"title", "role"}
                                         or head.pos_ == "NOUN" and word_class(head) is None)
    named = _named_apposition(head) if kind in {"unnamed", "group"} or office else None
    self_named = _self_named(head) if named is None and kind == "unnamed" else None
    if self_named is not None:
        # "a man who introduced himself as 'General' X, a commander of Y, said": the name he gave
        kind, name = "person", self_named[0]
        role, organization = self_named[1] or role, self_named[2] or organization
    if named is not None:
        # "a senior Hamas official, Basem Naim, told AFP": the person, with the
        # description as role and any body it names as organisation
        described = clean(text_of(doc)[tokens[start].idx:head.idx + len(head)])
        kind, name, role = "person", named, re.sub(r"^(the|a|an)\s+", "", described, flags=re.I)
        ranks = []
        for word in name.split()[:-2]:  # "Major General Zaw Min Tun": the rank is a title
            if word_class(word) != "title":
                break
            ranks.append(word)
        if ranks:
            title, name = title or " ".join(ranks), " ".join(name.split()[len(ranks):])
        organization = organization or next((clean(t.text) for t in tokens[start:core_end]
                                             if t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and not word_class(t)
                                                                         and not side_table().is_side_word(t.text))),
                                            None)
    body = named_body_after(head) if kind in {"organization", "unnamed"} and named is None and head.pos_ == "NOUN" \
        else None
    if body is not None:
        kind = "organization"
        # "the group Karapatan", "the monitoring group Deep South Watch": the body by its name,
        # the words that describe it as its role
        role = _described(doc, start, head.idx + len(head))
        name = body
    titled = _title_case_name(head) if kind in {"group", "organization"} else None
    if titled is not None:
        name, short = titled
    else:
        short = next((c.text for c in head.rights if c.dep_ == "appos" and _acronym(c)), None)
    if short and kind in {"organization", "group"} and short not in name:
        name = f"{name} ({short})"
    if name.lower() in {"one", "another"} and role:
        kind, name = "unnamed", role  # "One of them, a pharmacist, said": the pharmacist
    elif name.lower() in {"one", "another"}:
        among = next((o for p in head.rights if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        if among is not None:  # "one of the officials said": an official, one of those named before
            kind = "unnamed"
            name = clean(text_of(doc)[head.idx:among.idx + len(among)])
    if kind == "person" and not role:
        # "The Director, Defence Media Operations, Maj.-Gen. X", "Inspector General of Police
        # (Operations) X": the office written before the name, which the parser cut off
        office = office_before_name(text_of(doc), phrase.start_char)
        if office is not None:
            role, title = office[0], title or office[1]
    full = clean(text_of(doc)[phrase.start_char:phrase.end_char])  # Span.text joins its tokens anew
    # residents, witnesses, survivors speak for themselves: "residents of a camp near the
    # Sudanese city of El Fasher" do not speak for Sudan's government
    side = None if head.lemma_.lower() in population_words() or _speaks_for_population(head) else (
        side_of(full) or _side_from_places(phrase, places) or _side_from_relative(head))
    return Speaker(
        name=name, kind=kind, title=title, role=role, organization=organization,
        side=side, span=(phrase.start_char, phrase.end_char), definite=det in {"the", "this", "that"},
    )


def _joined_name_head(head: Token) -> Token | None:
    """The body in "Jammu and Kashmir administration", "Bosnia and Herzegovina's presidency"
    when the parser read the first name as the head and the body as its conjunct."""
    if head.pos_ != "PROPN" or not any(c.dep_ == "cc" and c.lower_ == "and" and c.i == head.i + 1
                                       for c in head.children):
        return None
    return next((c for c in head.rights if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i <= head.i + 4
                 and any(g.dep_ in {"compound", "poss"} and g.pos_ == "PROPN" and g.i == head.i + 2 for g in c.lefts)),
                None)


def _speaks_for_population(head: Token) -> bool:
    """"The coordinator of civil society in Komanda", "a spokesman for the displaced": one
    who speaks for people of a place, as they do, for no party to the war."""
    return any(o.dep_ == "pobj" and o.lemma_.lower() in population_words()
               for p in head.rights if p.dep_ == "prep" and p.lower_ in {"of", "for"} for o in p.children)


def _coordinated_modifier_start(tokens: list[Token], start: int, head: Token) -> int:
    """"Local and security sources": the phrase cut at "and" keeps the modifier joined to
    the one it lost, when both modify the speaker word (not "Residents and local sources",
    two speakers)."""
    first = tokens[start]
    if start < 2 or tokens[start - 1].lower_ not in {"and", "or"} or first.dep_ != "conj":
        return start
    joined = first.head
    if joined.i < start and joined.dep_ in {"amod", "compound"} and joined.head.i == head.i:
        return joined.left_edge.i
    return start


def _whole_name_start(tokens: list[Token], start: int, head: Token) -> int:
    """A phrase cut short on the left never splits a name: "the Islamic State group"
    cut to its last two words is "State group", a speaker nobody is."""
    first = tokens[start]
    if first.dep_ == "case" and first.head.dep_ == "poss" and first.head.i < start:
        start = first.head.left_edge.i  # "Rwanda's government", never "'s government"
    while start > 0 and start <= head.i:
        before = tokens[start - 1]
        owner = before.head
        if before.dep_ == "case" and owner.dep_ == "poss" and owner.pos_ == "PROPN" and owner.i < before.i \
                and start <= owner.head.i <= head.i:
            start = owner.left_edge.i  # the same, cut one word earlier
            continue
        if before.text in {"-", "'", "’"} and start > 1 and tokens[start - 2].pos_ == "PROPN":
            start -= 1  # "Nusrat al-Islam", "Jama'at": a name's hyphen or apostrophe
            continue
        if before.lower_ == "and" and start > 1 and tokens[start - 2].pos_ == "PROPN" and first.pos_ == "PROPN" \
                and (head.tag_ == "NN" or head.lower_ == "police") and start < head.i \
                and tokens[start - 2].left_edge.i == start - 2:
            start -= 2  # "the Jammu and Kashmir police": one body of a place named in two (not "officials" of two)
            continue
        if before.pos_ != "PROPN" or before.dep_ not in {"compound", "amod", "nmod", "punct"} \
                or not start <= before.head.i <= head.i:
            break
        start -= 1
    return start


def _title_case_name(head: Token) -> tuple[str, str] | None:
    """"Doctors Without Borders (MSF)", "Reporters Without Borders (RSF)": a capitalised
    body's name the parser broke at a capitalised preposition, told by the bracketed short
    form right after it. Returns (name, short form) or None."""
    tokens = tokens_of(head.doc)
    if not head.text[:1].isupper():
        return None
    for end in range(head.i + 1, min(head.i + 6, len(tokens) - 2)):
        tok = tokens[end]
        if tok.text == "(":
            short = tokens[end + 1]
            if end > head.i + 1 and _acronym(short):
                start = head.i
                while start > 0 and tokens[start - 1].text[:1].isupper() \
                        and tokens[start - 1].pos_ in {"PROPN", "NOUN", "ADJ"}:
                    start -= 1
                return clean(head.doc[start:end].text), short.text
            return None
        if not tok.text[:1].isupper() or tok.is_punct:
            return None
    return None


def _acronym(token: Token) -> bool:
    """A bracketed short form: "(HUR)", "(SDF)"."""
    tokens = tokens_of(token.doc)
    return (token.text.isupper() and 2 <= len(token.text) <= 6 and token.i > 0 and tokens[token.i - 1].text == "("
            and token.i + 1 < len(tokens) and tokens[token.i + 1].text == ")")


def _named_apposition(head: Token) -> str | None:
    """The person's name in ", Basem Naim," after a described speaker; also when the
    parser hung it on the place or body the speaker is of ("The governor of Taiz, Khaled
    al-Qadhi, told …": a town has no person in apposition, its governor has)."""
    owned = [o for p in head.rights if p.dep_ == "prep" and p.lower_ in {"of", "for", "in"}
             for o in p.children if o.dep_ == "pobj"]
    for child in [*head.rights, *(c for o in owned for c in o.rights if c.ent_type_ == "PERSON")]:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and (child.ent_type_ == "PERSON" or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in child.lefts)):
            return clean(head.doc[child.left_edge.i: child.i + 1].text)
    return None


# "introduced himself as", "identified herself as", "gave his name as", "calls himself"
SELF_NAMING = {"introduce", "identify", "give", "call", "name", "describe"}


def _self_named(head: Token) -> tuple[str, str | None, str | None] | None:
    """The name a described speaker gave (name, role, organisation): "a man who introduced
    himself as 'General' Tanto Fonjong, a commander of the ADF" is Tanto Fonjong, commander."""
    for rel in head.rights:
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in SELF_NAMING:
            continue
        if not any(c.lower_ in {"himself", "herself", "his", "her"} for c in rel.subtree):
            continue
        names = [o for p in rel.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                 if o.dep_ == "pobj" and o.pos_ == "PROPN"] + [o for o in rel.children if o.dep_ == "oprd"
                                                                and o.pos_ == "PROPN"]
        if not names:
            continue
        name_tok = names[0]
        words = [t for t in head.doc[name_tok.left_edge.i:name_tok.i + 1]
                 if t.pos_ == "PROPN" and not t.is_punct and word_class(t) != "title"]
        if not words:
            continue
        appos = next((c for c in name_tok.rights if c.dep_ == "appos"), None)
        role = org = None
        if appos is not None:
            role = appos.text if word_class(appos) == "role" else None
            org = next((clean(o.text) for p in appos.rights if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                        for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if org is not None:
                pobj = next(o for p in appos.rights if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")
                org = clean(head.doc[pobj.left_edge.i:pobj.i + 1].text)
        return clean(" ".join(t.text for t in words)), role, org
    return None


def _acronym_follows(head: Token) -> bool:
    """Whether the phrase's conjoined name ends on a bracketed acronym ("the Armed Conflict
    Location and Event Data Project (ACLED)"): one body's name, not two bodies."""
    conj = next((t for t in head.rights if t.dep_ == "conj" and t.pos_ == "PROPN"), None)
    if conj is None:
        return False
    doc, after = head.doc, conj.i + 1
    return after + 1 < len(doc) and doc[after].text == "(" and doc[after + 1].text.isupper() \
        and len(doc[after + 1].text) >= 3


def _organisation_name(head: Token, start: int) -> str:
    """A body's name runs on over capitalised "of/for" attachments: "Syrian Observatory
    for Human Rights", "Ministry of Defence"; "the army of the regime" stops at "army"."""
    doc = head.doc
    end = head.i + 1
    for child in head.rights:
        if child.i == end and child.dep_ in {"nummod", "appos", "compound"} and child.like_num \
                and child.ent_type_ not in {"DATE", "TIME"}:
            end = child.i + 1  # "Barrio 18", "Task Force 88": the number is part of the name
            continue
        if child.dep_ == "prep" and child.lower_ == "on" and head.text[:1].isupper():
            run = capitalised_run(doc, child.i + 1)
            if run > child.i + 1:
                end = run  # "Commission on Human Rights", "Committee on Missing Persons"
                continue
        if child.dep_ == "prep" and child.lower_ == "in" and child.i == end and head.text[:1].isupper():
            run = capitalised_run(doc, child.i + 1 + (doc[child.i + 1].lower_ == "the"))
            if run > child.i + 1 and (head.lemma_.lower() == "mission" or _acronym_at(doc, run)):
                # "the UN Mission in South Sudan", "the United Nations Assistance Mission in
                # Afghanistan (UNAMA)": the place is in the body's name, as its short form shows
                end = run + 3 if _acronym_at(doc, run) else run
                continue
        if child.dep_ == "prep" and child.lower_ in {"of", "for"}:
            objs = [t for t in child.children if t.dep_ == "pobj"]
            first = next((t for t in doc[child.i + 1: child.i + 3] if t.dep_ != "det"), None)
            if objs and objs[0].pos_ == "PROPN" and first is not None and first.text[:1].isupper():
                end = closed_bracket(doc, objs[0].right_edge.i + 1)
                continue
            named = [t for t in objs[0].lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] if objs else []
            if named and first is not None and first.text[:1].isupper() and named[-1].i == objs[0].i - 1:
                end = named[-1].i + 1  # "the International Committee of the Red Cross delegation in Yemen"
                break
        if child.dep_ == "cc" and (child.text == "&" or child.lower_ == "and" and _acronym_follows(head)):
            # "Armed Conflict Location & Event Data Project": an ampersand joins one name
            conj = next((t for t in head.rights if t.dep_ == "conj" and t.i > child.i and t.pos_ == "PROPN"), None)
            if conj is not None:
                end = conj.i + 1
                continue
        break
    end = unit_of_body(head, end)
    while start < head.i and (doc[start].dep_ == "det" or doc[start].is_punct):
        start += 1
    return clean(doc[start:end].text)


def _acronym_at(doc: Doc, i: int) -> bool:
    """Whether a bracketed short form opens at token ``i``: "(UNAMA)", "(MONUSCO)"."""
    return i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and _acronym(doc[i + 1])


def _possessor(tokens: list[Token]) -> str | None:
    """"Ukraine's defence minister X" → organisation "Ukraine"? Only for named bodies."""
    for tok in tokens:
        if tok.dep_ == "poss" and tok.ent_type_ == "ORG":
            return clean(tok.doc[tok.left_edge.i: tok.i + 1].text)
    return None


def _apposition(head: Token, rest: Span) -> tuple[str | None, str | None]:
    """Role and organisation from ", spokesperson for the Ministry" or " of the Observatory"."""
    role = organization = None
    for child in head.rights:
        if child.i >= rest.end:
            break
        if child.dep_ == "appos" and _acronym(child):
            continue  # "the military intelligence agency (HUR)": part of its name
        if child.dep_ == "appos" and any(t.like_num for t in child.lefts):
            break  # "According to OCHA, 15 schools, …": a count the parser hung on the source, not its role
        if child.dep_ == "appos":
            mods = [t for t in child.lefts if t.dep_ in {"compound", "amod"}
                    and not side_table().is_side_word(t.text)]
            words = [t.text for t in mods] + [child.text]
            role = " ".join(words)
            for prep in child.rights:
                if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at", "with", "to"}:
                    organization = _prep_object(prep)
        elif child.dep_ == "prep" and child.lower_ in {"of", "for", "at", "from", "with"}:
            org = _prep_object(child)
            if head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and org and org[:1].isupper() \
                    and child.lower_ in {"of", "for"}:
                continue  # part of the body's own name: "Observatory for Human Rights"
            organization = organization or org
    return role, organization


def _prep_object(prep: Token) -> str | None:
    objs = [t for t in prep.children if t.dep_ == "pobj"]
    if not objs:
        return None
    obj = objs[0]
    # "at Ligula Regional Referral Hospital, who asked not to be named …": the body ends
    # before a relative clause or an aside set off by a comma (the parser may hang the
    # speaker's own relative clause on it)
    # (a relative clause ends it where it starts: "of Ohn Taw village who helped …" is the village's)
    end = next((t.left_edge.i if t.dep_ == "relcl" else t.i for t in prep.doc[obj.i + 1: obj.right_edge.i + 1]
                if t.text in {",", "(", "\u2013", "\u2014"} or t.dep_ == "relcl"), obj.right_edge.i + 1)
    text = clean(prep.doc[obj.left_edge.i: end].text)
    return re.sub(r"^the\s+", "", text, flags=re.I) or None


# "who commands Mali's forces"; "which is appointed by Juba": an appointee speaks for who appointed it
LEADING_VERBS = {"command", "head", "lead", "represent", "run", "direct", "serve", "advise", "appoint"}


def _side_from_relative(head: Token) -> str | None:
    """"Colonel X, who commands Mali's forces in the north": whom he commands tells his side."""
    for child in head.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in LEADING_VERBS:
            return side_of(head.doc[child.i: child.right_edge.i + 1].text)
    return None


# a monitor's, a rebel's or an insurgent's phrase names a town they are in, not a state's side
SIDELESS_SPEAKER = re.compile(r"\b(observatory|rebel|opposition|monitor|militant|insurgent)")
# Aid groups, medics, hospitals and the like speak for no belligerent: the town they
# work in is not the side they take ("a local aid group in El Fasher", "a medical
# source at the hospital in Aleppo", "the Emergency Response Room in Khartoum").
CIVILIAN = re.compile(r"\b(aid|relief|humanitarian|charity|ngo|medical|medic|medics|doctors?|nurses?|hospital|clinic"
                      r"|health|red cross|red crescent|emergency response|volunteers?|rights)\b")


def _side_from_places(phrase: Span, places: list[Place] | None) -> str | None:
    """"Homs Governor", "Aleppo Police Command": a town or region in the speaker's
    own phrase gives the state it belongs to."""
    if not places:
        return None
    text = text_of(phrase.doc)  # Doc.text and Span.text join every token on each call
    phrase_text = text[phrase.start_char:phrase.end_char]
    lowered = phrase_text.lower()
    if SIDELESS_SPEAKER.search(lowered) or CIVILIAN.search(lowered) \
            or place_gives_no_side(phrase_text):  # "a journalist in Mogadishu", "a Western diplomat in Kyiv"
        return None
    # where a named person or a named body's man is ("Abdelrahim Dagalo in Jeddah", "an
    # SDF official in Raqqa") is not whom he speaks for: only the words up to the head
    # count then ("Aleppo Police Command", "a security source in Damascus" keep theirs)
    head = phrase.root
    own_body = head.pos_ == "PROPN" or any(t.ent_type_ == "ORG" or (
        t.text.isupper() and len(t.text) >= 2 and not side_table().is_side_word(t.text))
        for t in tokens_of(phrase.doc)[phrase.start:head.i + 1])
    end = head.idx + len(head) if own_body else phrase.end_char
    for place in places:
        if place.kind in {"city", "region"} and place.country:
            for s, e in place.mentions:
                if e < phrase.start_char - NEAR_PHRASE or s >= phrase.end_char:
                    continue  # far from the phrase: a long report has thousands of these
                if phrase.start_char <= s and e <= end or _place_runs_into(text, s, e, phrase):
                    return place.country
    return None


# how far before a speaker's phrase a place may end and still run into it ("Kharkiv  Oblast …")
NEAR_PHRASE = 8


# a place after these words says where someone is, not whose official they are
LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|from|to|inside|outside|around|across|of|for|and)\s*$", re.I)


def _place_runs_into(text: str, start: int, end: int, phrase: Span) -> bool:
    """"Kharkiv Oblast Governor Andrii Petrenko" when the parser cut the phrase after the
    place (a dateline glued to it, a broken compound): a place written right before a
    capitalised speaker's phrase (or overlapping its start), with no comma or preposition,
    is part of its title."""
    if start >= phrase.start_char or end > phrase.end_char:
        return False
    if end <= phrase.start_char and (text[end:phrase.start_char].strip() or end == phrase.start_char):
        return False  # set apart from the phrase (a comma, a word between): not its title
    first_letter = text[phrase.start_char:phrase.start_char + 1]
    return first_letter.isupper() and not LOCATIVE_BEFORE.search(text[max(0, start - 12):start])
