"""Who speaks: a speaker read off the noun phrase a reporting cue points at.

"Colonel Oleksandr Kindratenko, spokesperson for Ukraine's Special Operations Forces"
becomes name, title, role, organisation and side; "a Ukrainian commander" an unnamed
speaker; "Russia's Defense Ministry" an organisation; "a UN report" a document.
Later mentions ("Zelensky", "he", "the spokesperson", "it") are resolved to the
fullest earlier speaker that fits by :class:`SpeakerMemory`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from claimledger.data import read_table
from claimledger.data.tables import population_words
from claimledger.extract.context import Actor, Memory
from claimledger.extract.phrases import noun_phrase  # the speaker's phrase; claims read it here too
from claimledger.model import Place, Speaker
from claimledger.sides import names_non_state, side_of, side_table

PERSON_PRONOUNS = {"he", "she", "him", "her"}
THING_PRONOUNS = {"it"}
GROUP_PRONOUNS = {"they", "them"}
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS | {"i", "we", "you"}
STATE_MEDIA = re.compile(r"\bstate[- ](?:tv|television|media|news|radio|broadcaster|agency)", re.I)
INDEFINITE = {"a", "an", "one", "another", "some", "several"}


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, str]:
    return {word: cls for word, cls in read_table("speaker_words.tsv")}


def word_class(token: Token | str) -> str | None:
    text = token if isinstance(token, str) else token.text
    return speaker_words().get(text.lower())


def clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:-–—")
    return re.sub(r"\s+(['’]s)\b", r"\1", text)


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
    if head.lower_ in PRONOUNS or head.pos_ == "PROPN":
        return True
    if head.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    return word_class(head) is not None or word_class(head.lemma_) is not None


def read_speaker(head: Token, places: list[Place] | None = None, max_left: int = 4) -> Speaker:
    """A speaker from the head token of the phrase that a cue points at."""
    doc = head.doc
    start, end = noun_phrase(head, max_left)
    phrase = doc[start:end]
    core_end = head.i + 1
    core = [t for t in doc[start:core_end] if not t.is_punct and t.dep_ != "det"]
    rest = doc[core_end:end]
    det = next((t.lower_ for t in head.lefts if t.dep_ == "det"), None)
    title = role = organization = None
    lower = head.lower_

    if lower in PRONOUNS:
        kind, name = "unnamed", head.text
    elif head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG"}:
        before, name_tokens = _person_name(core)
        is_person = head.ent_type_ == "PERSON" or (
            len(name_tokens) >= 2 and head.ent_type_ not in {"ORG", "GPE", "NORP", "FAC"}
        ) or any(word_class(t) in {"title", "role"} for t in before)
        if is_person and name_tokens:
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
        else:
            kind = "organization"
            name = _organisation_name(head, start)
    else:
        cls = word_class(head) or word_class(head.lemma_)
        name = clean(doc[start:core_end].text)
        name = re.sub(r"^(the|a|an|one)\s+", "", name, flags=re.I)
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
        else:
            kind = "group" if head.tag_ in {"NNS", "NNPS"} else "organization"

    appos_role, appos_org = _apposition(head, rest)
    role = role or appos_role
    organization = organization or appos_org
    named = _named_apposition(head) if kind in {"unnamed", "group"} else None
    if named is not None:
        # "a senior Hamas official, Basem Naim, told AFP": the person, with the
        # description as role and any body it names as organisation
        described = clean(doc[start:core_end].text)
        kind, name, role = "person", named, re.sub(r"^(the|a|an)\s+", "", described, flags=re.I)
        organization = organization or next((clean(t.text) for t in doc[start:core_end]
                                             if t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and not word_class(t)
                                                                         and not side_table().is_side_word(t.text))),
                                            None)
    short = next((c.text for c in head.rights if c.dep_ == "appos" and _acronym(c)), None)
    if short and kind in {"organization", "group"} and short not in name:
        name = f"{name} ({short})"
    full = clean(phrase.text)
    # residents, witnesses, survivors speak for themselves: "residents of a camp near the
    # Sudanese city of El Fasher" do not speak for Sudan's government
    side = None if head.lemma_.lower() in population_words() else (
        side_of(full) or _side_from_places(phrase, places) or _side_from_relative(head))
    return Speaker(
        name=name, kind=kind, title=title, role=role, organization=organization,
        side=side, span=(phrase.start_char, phrase.end_char), definite=det in {"the", "this", "that"},
    )


def _acronym(token: Token) -> bool:
    """A bracketed short form: "(HUR)", "(SDF)"."""
    doc = token.doc
    return (token.text.isupper() and 2 <= len(token.text) <= 6 and token.i > 0 and doc[token.i - 1].text == "("
            and token.i + 1 < len(doc) and doc[token.i + 1].text == ")")


def _named_apposition(head: Token) -> str | None:
    """The person's name in ", Basem Naim," after a described speaker."""
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and (child.ent_type_ == "PERSON" or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in child.lefts)):
            return clean(head.doc[child.left_edge.i: child.i + 1].text)
    return None


def _organisation_name(head: Token, start: int) -> str:
    """A body's name runs on over capitalised "of/for" attachments: "Syrian Observatory
    for Human Rights", "Ministry of Defence"; "the army of the regime" stops at "army"."""
    doc = head.doc
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "for"}:
            objs = [t for t in child.children if t.dep_ == "pobj"]
            first = next((t for t in doc[child.i + 1: child.i + 3] if t.dep_ != "det"), None)
            if objs and objs[0].pos_ == "PROPN" and first is not None and first.text[:1].isupper():
                end = objs[0].right_edge.i + 1
                continue
        break
    while start < head.i and (doc[start].dep_ == "det" or doc[start].is_punct):
        start += 1
    return clean(doc[start:end].text)


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
    text = clean(prep.doc[obj.left_edge.i: obj.right_edge.i + 1].text)
    return re.sub(r"^the\s+", "", text, flags=re.I) or None


LEADING_VERBS = {"command", "head", "lead", "represent", "run", "direct", "serve", "advise"}


def _side_from_relative(head: Token) -> str | None:
    """"Colonel X, who commands Mali's forces in the north": whom he commands tells his side."""
    for child in head.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in LEADING_VERBS:
            return side_of(head.doc[child.i: child.right_edge.i + 1].text)
    return None


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
    lowered = phrase.text.lower()
    if re.search(r"\b(observatory|rebel|opposition|monitor|militant|insurgent)", lowered) or CIVILIAN.search(lowered) \
            or names_non_state(phrase.text):  # "a journalist in Mogadishu", "an exiled minister in Yangon"
        return None
    for place in places:
        if place.kind in {"city", "region"} and place.country:
            for s, e in place.mentions:
                if phrase.start_char <= s and e <= phrase.end_char:
                    return place.country
    return None


FEMALE_WORDS = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "spokeswoman", "chairwoman", "congresswoman",
                "businesswoman", "queen", "princess", "first lady", "lady", "dame", "sister"}
MALE_WORDS = {"mr", "mr.", "spokesman", "chairman", "congressman", "businessman", "king", "prince", "sir", "lord",
              "sheikh", "brother"}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    return {name: sex for name, sex in read_table("first_names.tsv")}


def gender(speaker: Speaker) -> str | None:
    """'f', 'm' or None: from a title or role ("Mrs", "spokeswoman") or a common given
    name, so that "she" does not resolve to the last man named, nor "he" to a woman."""
    words = " ".join(filter(None, (speaker.title, speaker.role))).lower().split()
    if any(w in FEMALE_WORDS for w in words):
        return "f"
    if any(w in MALE_WORDS for w in words):
        return "m"
    first = speaker.name.split()[0].lower() if speaker.name.split() else ""
    return first_names().get(first)


class SpeakerMemory:
    """Earlier speakers of one report, to resolve later, shorter mentions.

    "Zelensky" after "Ukrainian President Volodymyr Zelensky" is the same person;
    "he" is the last person spoken of, "it" the last organisation or document, "the
    spokesperson" the last speaker with that role. An unresolved pronoun stays as it
    is: a wrong speaker is worse than an honest "he".
    """

    def __init__(self, report: Memory | None = None) -> None:
        # the report's discourse memory (extract/context.py): every speaker or actor
        # remembered here is one of its actors, in order of mention
        self.report = report
        self.seen: list[Speaker] = []
        # for each of ``seen``: where it was mentioned, the sentence it was mentioned in,
        # and whether it was a subject or a speaker there (what a later "he" most likely
        # continues: the centre of the sentence before, not whoever it named last)
        self._where: list[tuple[int, int, bool]] = []

    def remember(self, speaker: Speaker, sentence: int | None = None, salient: bool = True) -> None:
        if speaker.name.lower() not in PRONOUNS:
            start = speaker.span[0] if speaker.span else -1
            self.seen.append(speaker)
            self._where.append((start, start if sentence is None else sentence, salient))
            if self.report is not None:
                self.report.remember(Actor(speaker.name, speaker.side, speaker.kind, start))

    def resolve(self, speaker: Speaker, content: tuple[int, int] | None = None) -> Speaker:
        """The fullest earlier speaker this mention is. A pronoun takes a person named
        before it and outside the words it is said to speak ('"Kasich is wrong," he said'
        is not Kasich speaking), preferring the subject of the latest sentence that names one."""
        name = speaker.name.lower()
        at = speaker.span[0] if speaker.span else None
        if name in {"he", "him"}:
            found = self._centre(lambda s: s.kind == "person" and gender(s) != "f", at, content)
        elif name in {"she", "her"}:
            found = self._centre(lambda s: s.kind == "person" and gender(s) == "f", at, content) or self._centre(
                lambda s: s.kind == "person" and gender(s) != "m", at, content)
        elif name in PERSON_PRONOUNS:
            found = self._centre(lambda s: s.kind == "person", at, content)
        elif name in THING_PRONOUNS:
            found = self._last(lambda s: s.kind in {"organization", "document", "group"})
        elif name in GROUP_PRONOUNS:
            found = self._last(lambda s: s.kind in {"group", "organization"})
        elif speaker.kind == "person":
            found = self._fuller_person(speaker)
        elif speaker.kind in {"organization", "unnamed", "document", "group"}:
            # a bare surname the model took for an organisation ("Kiper wrote")
            single = speaker.kind == "organization" and len(speaker.name.split()) == 1
            found = (self._fuller_person(speaker) if single else None) or self._same_body(speaker)
        else:
            found = None
        resolved = speaker if found is None else replace(found, span=speaker.span)
        return self._body_side(self._state_media_side(resolved))

    def _body_side(self, speaker: Speaker) -> Speaker:
        """"General Staff spokesman Colonel X" after "the General Staff of Ukraine's Armed
        Forces": a speaker whose role names an earlier body speaks for that body's side."""
        if speaker.side is not None:
            return speaker
        own = " ".join(filter(None, (speaker.role, speaker.organization))).lower()
        if not own:
            return speaker
        for earlier in reversed(self.seen):
            if earlier.kind != "organization" or earlier.side is None:
                continue
            words = earlier.name.lower().replace("'s", "").split()
            for size in (3, 2):
                if len(words) >= size and " ".join(words[:size]) in own:
                    return replace(speaker, side=earlier.side)
            # "Army spokesman X" after "Sudan's army": the body's own head word in the role
            if words and word_class(words[-1]) == "organization" and re.search(rf"\b{re.escape(words[-1])}\b", own):
                return replace(speaker, side=earlier.side)
            short = re.search(r"\(([A-Z]{2,6})\)", earlier.name)
            if short and re.search(rf"\b{short.group(1).lower()}\b", own):
                return replace(speaker, side=earlier.side)  # "HUR spokesman" after "… agency (HUR)"
        return speaker

    def _state_media_side(self, speaker: Speaker) -> Speaker:
        """"State TV said": the state is the one whose state media spoke earlier
        ("Syria's state news agency SANA"); otherwise it stays unknown."""
        if speaker.side is not None or not STATE_MEDIA.search(speaker.name):
            return speaker
        earlier = self._last(lambda s: s.side is not None and bool(STATE_MEDIA.search(s.name)))
        return replace(speaker, side=earlier.side) if earlier else speaker

    def _last(self, fits) -> Speaker | None:
        for earlier in reversed(self.seen):
            if fits(earlier):
                return earlier
        return None

    def _centre(self, fits, at: int | None, content: tuple[int, int] | None) -> Speaker | None:
        """The person a pronoun continues: the first subject or speaker among the fitting
        people of the latest two sentences naming any before the pronoun, else the last
        one named (centering: a pronoun continues its sentence's or the last one's centre)."""
        found: list[tuple[Speaker, int, bool]] = []
        for earlier, (start, sentence, salient) in zip(self.seen, self._where, strict=True):
            if not fits(earlier) or (at is not None and start >= at) or (
                    content is not None and content[0] <= start < content[1]):
                continue
            found.append((earlier, sentence, salient))
        if not found:
            return None
        # the subject of one of the two latest sentences naming someone who fits
        for latest in sorted({sentence for _, sentence, _ in found}, reverse=True)[:2]:
            here = [s for s, sentence, salient in found if sentence == latest and salient]
            if here:
                return here[0]
        return found[-1][0]

    def _fuller_person(self, speaker: Speaker) -> Speaker | None:
        words = speaker.name.lower().split()
        for earlier in reversed(self.seen):
            if earlier.kind != "person" or earlier is speaker:
                continue
            theirs = earlier.name.lower().split()
            if words and words == theirs[-len(words):] and len(theirs) >= len(words):
                return _merge(earlier, speaker)
        return None

    def _same_body(self, speaker: Speaker) -> Speaker | None:
        """"the spokesperson", "the army", "the monitor", "the statement": a definite,
        bare later mention of an earlier speaker's role or name."""
        words = speaker.name.lower().split()
        if speaker.side is not None or not speaker.definite:
            return None
        if len(words) > 1:
            # "the General Staff" after "the General Staff of the Armed Forces of Ukraine"
            for earlier in reversed(self.seen):
                if earlier.kind in {"organization", "group"} and earlier.name.lower().startswith(speaker.name.lower()) \
                        and earlier.name.lower() != speaker.name.lower():
                    return earlier
            return None
        word = words[0]
        family = body_families().get(word)
        if family is not None:
            # "the agency" after "Kenya's National Intelligence Service"
            for earlier in reversed(self.seen):
                last = earlier.name.lower().replace("(", " ").split()
                if earlier.kind == "organization" and earlier.side and last and any(
                        body_families().get(w) == family for w in last[-2:]):
                    return earlier
        for earlier in reversed(self.seen):
            fields = " ".join(filter(None, (earlier.name, earlier.role, earlier.organization))).lower()
            if re.search(rf"\b{re.escape(word)}s?\b", fields) and (
                    earlier.name.lower() != word or earlier.organization or earlier.side):
                return earlier
        if word_class(word) == "document":
            owner = self._last(lambda s: s.kind in {"organization", "person", "group", "unnamed"})
            if owner is not None:
                return Speaker(name=speaker.name, kind="document", organization=owner.name,
                               side=owner.side, span=speaker.span)
        return None


@lru_cache(maxsize=1)
def body_families() -> dict[str, str]:
    return {word: family for word, family in read_table("body_families.tsv")}


def _merge(full: Speaker, short: Speaker) -> Speaker:
    return Speaker(
        name=full.name, kind=full.kind, title=short.title or full.title,
        role=short.role or full.role, organization=short.organization or full.organization,
        side=short.side or full.side, span=short.span,
    )
