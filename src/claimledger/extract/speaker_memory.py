"""Who a later mention is: the report's memory of the people and bodies it has named.

"Zelensky" after "Ukrainian President Volodymyr Zelensky" is the same person; "he"
continues the centre of the sentence before; "the spokesperson" is the last speaker
with that role; "the agency" the last intelligence body; "we" in an interview's answer
is the interviewee. The memory is filled sentence by sentence as the claims stage reads
the report (:meth:`SpeakerMemory.note_people` for everyone named, :meth:`remember` for
every speaker), and it is the report context's discourse memory
(:class:`claimledger.extract.context.Memory`) that later stages read.

Hand-written rather than a coreference model: the small English model has none, and
the rules here are the ones a reader of wire copy uses (centering, gender, the words
of a title), each explainable when it errs. Whose side a speaker speaks for is read by
the other half of the memory, speaker_sides.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from claimledger.data import read_table
from claimledger.data.tables import combatant_words
from claimledger.extract.context import Actor, Memory, context_of, text_of, tokens_in
from claimledger.extract.described_bodies import office_of_name, relaying_agency, titled_person
from claimledger.extract.quote_pairs import quotations
from claimledger.extract.quotes import transcript_labels
from claimledger.extract.speaker_sides import GROUP_HEADS, SpeakerSides, named_body
from claimledger.extract.speaker_words import first_names
from claimledger.extract.speakers import (
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    PRONOUNS,
    THING_PRONOUNS,
    read_speaker,
    word_class,
)
from claimledger.model import Place, Speaker
from claimledger.sides import names_non_state, side_table, side_words

FEMALE_WORDS = {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "spokeswoman", "chairwoman", "congresswoman",
                "businesswoman", "queen", "princess", "first lady", "lady", "dame", "sister", "woman", "mother",
                "wife", "widow", "daughter", "girl", "grandmother", "aunt"}
MALE_WORDS = {"mr", "mr.", "spokesman", "chairman", "congressman", "businessman", "king", "prince", "sir", "lord",
              "sheikh", "brother", "man", "father", "husband", "son", "boy", "grandfather", "uncle"}
SUBJECTS = {"nsubj", "nsubjpass"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# A subject of these is a sentence's centre wherever the parse hangs them ("…, Cole said").
CENTRE_VERBS = {"say", "tell", "add", "argue", "claim", "announce", "write", "insist", "note"}
FIRST_PERSON = {"we", "i", "us"}
# An interview's answer lines: "A: …", "Answer: …" (the interviewee speaks).
ANSWER_LINE = re.compile(r"^[ \t]*(?:A|Answer)[ \t]*[:.-][ \t]+", re.M)
QUESTION_LINE = re.compile(r"[ \t]*(?:Q|Question)[ \t]*[:.-]")
# What introduces the person a report interviewed: "spoke to us", "told Radio Dabanga in
# an interview", "In an interview with reporters, X said".
INTERVIEWED = re.compile(r"\b(?:interview|spoke\s+to|speaking\s+to|told\s+(?:us|me)|talked\s+to)\b", re.I)


@lru_cache(maxsize=1)
def body_families() -> dict[str, str]:
    return {word: family for word, family in read_table("body_families.tsv")}


def gender(speaker: Speaker) -> str | None:
    """'f', 'm' or None: from a title or role ("Mrs", "spokeswoman") or a common given
    name, so that "she" does not resolve to the last man named, nor "he" to a woman."""
    words = " ".join(filter(None, (speaker.title, speaker.role))).lower().split()
    if speaker.kind == "unnamed":
        words += speaker.name.lower().split()  # "a woman", "one mother of four": the description is all we have
    if any(w in FEMALE_WORDS for w in words):
        return "f"
    if any(w in MALE_WORDS for w in words):
        return "m"
    first = speaker.name.split()[0].lower() if speaker.name.split() else ""
    return first_names().get(first)


@dataclass(frozen=True)
class Mention:
    """Where a remembered speaker was mentioned: its offset, the sentence it was in, and
    whether it was that sentence's subject (what a later "he" most likely continues:
    the centre of the sentence before, not whoever it named last) or inside quotation
    marks (someone a quoted speaker spoke of, not someone the report is about)."""

    start: int
    sentence: int
    salient: bool
    quoted: bool = False
    speaking: bool = True  # the speaker of one of the sentence's claims, its surest centre


class SpeakerMemory(SpeakerSides):
    """Earlier speakers and named people of one report, to resolve later, shorter mentions.

    An unresolved pronoun stays as it is: a wrong speaker is worse than an honest "he".
    """

    def __init__(self, report: Memory | None = None) -> None:
        # the report's discourse memory (extract/context.py): every speaker or actor
        # remembered here is one of its actors, in order of mention
        self.report = report
        self.seen: list[Speaker] = []
        self._where: list[Mention] = []
        self._doc: Doc | None = None
        self._quotes: list[tuple[int, int]] = []
        self._quote_starts: list[int] = []
        self._turns: list[tuple[int, int, str | None]] = []  # (start, end, label or None for "A:")
        self._interviewee: Speaker | None = None
        # people by the last and the first word of their names (indexes into ``seen``), so
        # that a bare surname is looked up, not searched for, in a long report
        self._by_last: dict[str, list[int]] = {}
        self._by_first: dict[str, list[int]] = {}
        self._place_spans: list[tuple[int, int]] = []
        self._places_of: object = None
        self._sentences: list[int] = []  # starts of the sentences read so far, in order
        self._said: list[tuple[int, int, int]] = []  # (speaker's start, content's start, end) of each claim read

    # ------------------------------------------------------------ filling the memory
    def remember(self, speaker: Speaker, sentence: int | None = None, salient: bool = True,
                 quoted: bool = False, speaking: bool = True) -> None:
        """A speaker (``speaking``) or someone a sentence names, from now on an antecedent."""
        if speaker.name.lower() not in PRONOUNS:
            start = speaker.span[0] if speaker.span else -1
            self.seen.append(speaker)
            self._where.append(Mention(start, start if sentence is None else sentence, salient, quoted, speaking))
            if speaker.kind == "person":
                words = speaker.name.lower().split()
                if len(words) > 2 and words[-1].strip(".,") in NAME_SUFFIXES:
                    words = words[:-1]  # "Pate" is "Luther Stan Pate IV"
                if words:
                    self._by_last.setdefault(words[-1], []).append(len(self.seen) - 1)
                    self._by_first.setdefault(words[0], []).append(len(self.seen) - 1)
            if self.report is not None:
                self.report.remember(Actor(speaker.name, speaker.side, speaker.kind, start))

    def note_people(self, ents: list[Span], sent: Span, places: list[Place] | None = None) -> None:
        """Everyone the sentence names, spoken or not, as candidates for a later "he",
        "she", "the agency" or a bare surname. ``ents`` are the sentence's entities from
        the report's context (``Span.ents`` rebuilds the document's list on every read)."""
        self._read_report(sent.doc)
        self._read_places(places)
        where = sent.start_char
        if not self._sentences or self._sentences[-1] < where:
            self._sentences.append(where)
        for ent in ents:
            if ent.label_ != "PERSON" or self._is_place(ent):
                continue  # "Khan Younis" tagged a person is still a town, nobody's antecedent
            salient, quoted = _main_subject(ent.root), self.in_quote(ent.start_char)
            described = office_of_name(ent.root)
            if described is not None and len(ent) >= 2:
                # "the governor of Cameroon's North-West Region, Emmanuel Ebai Ndifor, received …":
                # the person with the office that says whom he speaks for
                person = read_speaker(described, places)
                if person.kind == "person" and person.name == read_speaker(ent.root, places).name:
                    self.remember(person, where, salient and not quoted, quoted, False)
                    continue
            if len(ent) >= 2:
                self.remember(read_speaker(ent.root, places), where, salient and not quoted, quoted, False)
            else:
                self._remember_short(ent.root, where, salient and not quoted, quoted, places)
        # each word's label and tag from the report's arrays (a Token's dep_ and pos_ look the string
        # up on every read); a tag corrected meanwhile is a noun made a verb, neither a PROPN
        report = context_of(sent.doc)
        labels = zip(report.deps[sent.start:sent.end], report.poss[sent.start:sent.end], strict=True)
        for tok, (dep, pos) in zip(tokens_in(sent), labels, strict=True):
            # a body or a described person acting with a side ("Kenya's National Intelligence
            # Service tracked the fighters", "a commander of Ukraine's 36th brigade spoke")
            # is who a later "the agency" or "the commander" is
            if dep in SUBJECTS and (tok.ent_type_ == "ORG" or word_class(tok) in {"role", "organization"}
                                         or tok.lower_ in GROUP_HEADS or _armed_group_name(tok)
                                         or _named_fighters(tok)):
                actor = read_speaker(tok, places)
                if actor.kind == "person" and _armed_group_name(tok):
                    actor = replace(actor, kind="organization", title=None, role=None)  # "M23-AFC" is no one's name
                if actor.side is not None and actor.kind in {"organization", "unnamed", "person"}:
                    self.remember(actor, where, speaking=False)
                elif actor.kind == "unnamed" and _one_person(actor) and _main_subject(tok) \
                        and not self.in_quote(tok.idx):
                    # "The leader of the coalition claimed responsibility …. In it, he said …":
                    # a person described, not named, is the centre a later "he" continues
                    self.remember(actor, where, True, speaking=False)
                elif actor.kind in {"organization", "group"} and named_body(actor) and not self.in_quote(tok.idx):
                    # a named body acting without a side ("Our Principles PAC launched an ad")
                    # is what a later "it" or "the group" is
                    self.remember(actor, where, _main_subject(tok), speaking=False)
            # the small model misses many foreign names: "Defence Minister Rustem Umerov"
            # is a person all the same, told by the title before the name
            if pos == "PROPN" and dep != "compound" and not tok.ent_type_ and any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" and not word_class(c) for c in tok.lefts) and any(
                    word_class(c) in {"title", "role"} for c in tok.lefts):
                self.remember(read_speaker(tok, places), where, _main_subject(tok), speaking=False)
            # "Christie slipped in a back door": a surname alone, untagged or tagged as a
            # body, is the person named before when it is a sentence's subject
            elif dep in SUBJECTS and pos == "PROPN" and tok.ent_type_ in {"", "ORG", "NORP", "GPE"} \
                    and not any(c.dep_ == "compound" for c in tok.lefts):
                quoted = self.in_quote(tok.idx)
                self._remember_short(tok, where, _main_subject(tok) and not quoted, quoted, places, known_only=True)
        agency = relaying_agency(sent, next((s for s, w in zip(reversed(self.seen), reversed(self._where), strict=True)
                                             if w.sentence == where and s.side), None))
        if agency is not None:
            self.remember(agency, where, speaking=False)  # "… spread by the state news agency AZERTAC"

    def _remember_short(self, tok: Token, sentence: int, salient: bool, quoted: bool,
                        places: list[Place] | None, known_only: bool = False) -> None:
        """A one-word mention of someone named in full before ("Rubio refrained…",
        "Megyn was incredulous") is that person again, now the latest mention; a person
        named by one word only ("Pate claimed…") is a new one when the sentence is about them."""
        mention = Speaker(name=tok.text, kind="person", span=(tok.idx, tok.idx + len(tok)))
        earlier = self._fuller_person(mention, before=tok.idx) or self._by_first_name(mention, before=tok.idx)
        if earlier is not None:
            self.remember(replace(earlier, span=mention.span), sentence, salient, quoted, False)
        elif salient and not known_only:
            self.remember(read_speaker(tok, places), sentence, salient, quoted, False)

    def _read_report(self, doc: Doc) -> None:
        """Quotations and interview turns of the report, read once."""
        if self._doc is doc:
            return
        self._doc = doc
        text = text_of(doc)
        self._quotes = quotations(text)
        self._quote_starts = [s for s, _ in self._quotes]
        labels = {start: label for start, (label, _) in transcript_labels(text).items()}
        starts = sorted(set(labels) | {m.start() for m in ANSWER_LINE.finditer(text)})
        self._turns = []
        for start in starts:
            end = text.find("\n", start)
            self._turns.append((start, len(text) if end < 0 else end, labels.get(start)))

    def _read_places(self, places: list[Place] | None) -> None:
        """The report's place mentions, sorted once, to tell a town tagged as a person."""
        if self._places_of is places:
            return
        self._places_of = places
        self._place_spans = sorted((s, e) for place in places or () for s, e in place.mentions)

    def _is_place(self, ent: Span) -> bool:
        """Whether a name tagged as a person is one of the report's places ("Khan Younis")."""
        k = bisect_right(self._place_spans, (ent.end_char, ent.end_char))
        return any(s < ent.end_char and ent.start_char < e for s, e in self._place_spans[max(k - 3, 0):k])

    def in_quote(self, char: int) -> bool:
        k = bisect_right(self._quote_starts, char) - 1
        return any(s <= char < e for s, e in self._quotes[max(k - 2, 0):k + 1])

    # ------------------------------------------------------------ resolving a mention
    def speaker_at(self, head: Token, places: list[Place] | None, content: tuple[int, int] | None,
                   sentence: int, max_left: int = 4) -> Speaker:
        """The speaker a claim reader found at ``head``: read, resolved through the report
        (outside its own ``content``), and remembered as speaking in ``sentence``."""
        speaker = self.resolve(read_speaker(head, places, max_left), content)
        self.remember(speaker, sentence)
        if content is not None and speaker.span:
            self._said.append((speaker.span[0], content[0], content[1]))
        return speaker

    def resolve(self, speaker: Speaker, content: tuple[int, int] | None = None) -> Speaker:
        """The fullest earlier speaker this mention is. A pronoun takes a person named
        before it and outside the words it is said to speak ('"Kasich is wrong," he said'
        is not Kasich speaking), preferring the subject of the latest sentence that names one."""
        name = speaker.name.lower()
        at = speaker.span[0] if speaker.span else None
        if name in {"he", "him", "his"}:  # "In his opinion, …": the man named before
            found = self._centre(lambda s: _one_person(s) and gender(s) != "f", at, content)
        elif name in {"she", "her"}:
            found = self._centre(lambda s: _one_person(s) and gender(s) != "m", at, content)
        elif name in PERSON_PRONOUNS:
            found = self._centre(lambda s: _one_person(s), at, content)
        elif name in THING_PRONOUNS:
            found = self._named_before(lambda s: s.kind in {"organization", "document", "group"}, at, content)
        elif name in GROUP_PRONOUNS:
            found = self._named_before(lambda s: s.kind in {"group", "organization"}, at, content)
        elif name in FIRST_PERSON:
            found = self._turn_speaker(at)
        elif speaker.kind == "unnamed" and re.match(r"(?:one|another) of the \w+$", name):
            # "one of the officials said": one of the body named before, speaking for its side
            among = self._same_body(replace(speaker, name=name.split(" of the ")[1], kind="group", definite=True))
            found = replace(speaker, side=among.side, organization=speaker.organization or among.organization) \
                if among is not None else None
        elif speaker.kind == "person":
            found = self._fuller_person(speaker) or self._given_name(speaker, at)
        elif speaker.kind == "document" and speaker.organization is None and len(name.split()) == 1 \
                and (maker := self._maker_nearby(name)) is not None:
            found = maker  # "The RSF said in a statement …. The statement said …": the RSF speaks
        elif speaker.kind in {"organization", "unnamed", "document", "group"}:
            # a bare surname the model took for an organisation ("Kiper wrote")
            single = speaker.kind == "organization" and len(speaker.name.split()) == 1
            found = ((self._fuller_person(speaker) or self._given_name(speaker, at)) if single else None) \
                or self._same_body(speaker) or self._office_holder(speaker, at)
        else:
            found = None
        resolved = speaker if found is None else replace(found, span=speaker.span)
        return self.with_side(resolved)

    def _named_before(self, fits, at: int | None, content: tuple[int, int] | None) -> Speaker | None:
        """The latest fitting body named before the pronoun and outside what it is said to say:
        in 'it said Kosovo's police were terrorising …' the police are no antecedent of 'it'."""
        # fighters under their group's name ("Hezbollah operatives") stand for their group only as "the group"
        fitting = [earlier for earlier, _ in self._named_outside(at, content)
                   if fits(earlier) and not _fighters(earlier)]
        # "The ISPR said Pakistan had asked Kabul to act …. It said …": a body that speaks only
        # inside another's words (a speaker nested in a claim) is not what the next "it" is
        outer = next((e for e in fitting if not self._nested(e)), None)
        return outer or (fitting[0] if fitting else None)

    def _nested(self, speaker: Speaker) -> bool:
        """Whether this mention stands inside the content of a claim another speaker made."""
        start = speaker.span[0] if speaker.span else -1
        return any(c_start <= start < c_end and s_start != start for s_start, c_start, c_end in self._said[-6:])

    def _named_outside(self, at: int | None, content: tuple[int, int] | None) -> Iterator[tuple[Speaker, Mention]]:
        """Who was named before ``at`` and outside ``content`` (a pronoun's antecedents), latest first."""
        for earlier, where in zip(reversed(self.seen), reversed(self._where), strict=True):
            if (at is None or where.start < at) and (content is None or not content[0] <= where.start < content[1]):
                yield earlier, where

    def _given_name(self, speaker: Speaker, at: int | None) -> Speaker | None:
        """"Tadesse said" after "Minister Tadesse Worku": Ethiopian and Eritrean custom (and
        others') call a person by the given name; one person named before with it is the one."""
        if at is None or len(speaker.name.split()) != 1:
            return None
        first = self._by_first_name(Speaker(name=speaker.name, kind="person", span=speaker.span), at)
        return _merge(first, replace(speaker, kind="person", organization=None)) if first is not None else None

    def _maker_nearby(self, word: str) -> Speaker | None:
        """Who made the statement a bare "the statement" stands for: the latest body or
        person of this sentence or the one before whose sentence names that statement
        ("The RSF said in a statement …", "The junta issued a statement …"). A statement
        whose maker is not told ("according to a statement read on state TV") stays one."""
        if self._doc is None:
            return None
        text = text_of(self._doc)
        recent = self._sentences[-2:]
        ends = {start: end for start, end in zip(recent, [*recent[1:], len(text)], strict=True)}
        for earlier, where in zip(reversed(self.seen), reversed(self._where), strict=True):
            if where.sentence not in ends:
                return None
            named = re.search(rf"\b{re.escape(word)}\b", text[where.sentence:ends[where.sentence]], re.I)
            if (where.speaking or where.salient) and not where.quoted and named is not None \
                    and earlier.kind in {"organization", "person", "group"}:
                return earlier
        return None

    def _turn_speaker(self, at: int | None) -> Speaker | None:
        """"We" or "I" in an interview's turn: the one whose turn it is, a labelled
        speaker ("MINNAWI: … we told them …") or, on an answer line, the interviewee."""
        if at is None:
            return None
        for start, end, label in self._turns:
            if start <= at < end:
                return self.interviewee() if label is None else self._labelled(label)
        return None

    def _labelled(self, label: str) -> Speaker | None:
        """The speaker a transcript label names ("MINNAWI" for Minni Minnawi)."""
        last = label.lower().split()[-1:]
        return self._last(lambda s: s.name.lower() == label.lower() or (
            s.kind == "person" and s.name.lower().split()[-1:] == last))

    def interviewee(self) -> Speaker | None:
        """The person a Q&A interview is with: the one named in the sentence that says
        the interview took place ("X, a surgeon at …, spoke to us"), else the first
        person the report names outside the questions."""
        if self._interviewee is not None or self._doc is None:
            return self._interviewee
        doc = self._doc
        people = [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and not self._in_question(e.start_char)]
        introduced = [e for e in people if INTERVIEWED.search(e.sent.text)]
        chosen = (introduced or people or [None])[0]
        if chosen is not None:
            self._interviewee = read_speaker(chosen.root)
        return self._interviewee

    def _in_question(self, char: int) -> bool:
        if self._doc is None:
            return False
        text = text_of(self._doc)
        line = text.rfind("\n", 0, char) + 1
        return bool(QUESTION_LINE.match(text, line))

    def _described_group(self, speaker: Speaker) -> Speaker | None:
        """"The paramilitary group", "the militia", "the rebels" said: the armed body
        without a state's side named last ("Sudan's Rapid Support Forces said … The
        paramilitary group said …"), when its words are a description, not a name."""
        words = speaker.name.split()
        if not words or any(w[:1].isupper() for w in words):
            return None
        # "the paramilitary force", "the jihadist outfit": any body's word, told armed and
        # without a state by the words before it
        armed = {w.lower() for w in words[:-1]} & side_words("group")
        if words[-1].lower() not in GROUP_HEADS and not armed:
            return None
        if speaker.role and speaker.role[:1].isupper():
            return None  # "The group Karapatan says": the description comes with its own name
        at = speaker.span[0] if speaker.span else None
        bodies = [earlier for earlier, where in zip(reversed(self.seen), reversed(self._where), strict=True)
                  if (at is None or where.start < at) and named_body(earlier) and not where.quoted]
        if not bodies:
            return None
        # a body named as such before its fighters ("the Arakan Army", then "Arakan Army fighters")
        # is what the description means; fighters of a group named nowhere else are that group
        earlier = bodies[0]
        if _fighters(earlier):
            group = earlier.name.lower().rsplit(" ", 1)[0]
            earlier = next((b for b in bodies[1:] if not _fighters(b) and b.name.lower() == group), earlier)
        # the description stays as the body's role: what the report called it here
        return earlier if earlier.role else replace(earlier, role=speaker.name)

    def _centre(self, fits, at: int | None, content: tuple[int, int] | None) -> Speaker | None:
        """The person a pronoun continues: the first subject or speaker among the fitting
        people of the latest two sentences naming any before the pronoun, else the last
        one named (centering: a pronoun continues its sentence's or the last one's centre).
        Someone named only inside another's quoted words is not the report's centre."""
        found: list[tuple[Speaker, Mention]] = []
        sentences: set[int] = set()
        # from the latest back, until the two latest sentences naming someone who fits are read
        for earlier, where in self._named_outside(at, content):
            if not fits(earlier) or where.quoted:
                continue
            if where.sentence not in sentences and len(sentences) == 2:
                break
            sentences.add(where.sentence)
            found.insert(0, (earlier, where))
        if not found:
            return None
        # the speaker, else the subject, of one of the two latest sentences naming someone who fits
        for latest in sorted({where.sentence for _, where in found}, reverse=True)[:2]:
            here = [(not where.speaking, s) for s, where in found if where.sentence == latest and where.salient]
            if here:
                return min(here, key=lambda pair: pair[0])[1]
        return found[-1][0]

    def _office_holder(self, speaker: Speaker, at: int | None) -> Speaker | None:
        """"The Director admitted …" after "…, the Director of Defence Media Operations, Major
        General Markus Kangye, has said": a definite office written with a capital and no name
        is the person named with that office in the latest sentences, though the parser left the
        office out of the person's fields (the words stand right before the name)."""
        office = speaker.name.split()
        if speaker.kind != "unnamed" or not speaker.definite or not office or not office[-1][:1].isupper() \
                or at is None or self._doc is None:
            return None
        text = text_of(self._doc)
        said_by = re.compile(rf"\b{re.escape(speaker.name)}\b")
        for earlier, where in list(self._named_outside(at, None))[:8]:
            if earlier.kind != "person" or not earlier.span or where.quoted:
                continue
            before = text[max(where.sentence, earlier.span[0] - 80):earlier.span[0]]
            if said_by.search(before) or said_by.search(" ".join(filter(None, (earlier.title, earlier.role)))):
                return earlier
        return None

    def _fuller_person(self, speaker: Speaker, before: int | None = None) -> Speaker | None:
        words = speaker.name.lower().split()
        for k in reversed(self._by_last.get(words[-1], []) if words else []):
            earlier, where = self.seen[k], self._where[k]
            if earlier.kind != "person" or earlier is speaker or (before is not None and where.start >= before):
                continue
            theirs = earlier.name.lower().split()
            if len(theirs) > 2 and theirs[-1].strip(".,") in NAME_SUFFIXES:
                theirs = theirs[:-1]  # "Pate" is "Luther Stan Pate IV"
            if words and words == theirs[-len(words):] and len(theirs) >= len(words):
                return _merge(earlier, speaker)
        return self._by_middle_name(speaker, before)

    def _by_middle_name(self, speaker: Speaker, before: int | None) -> Speaker | None:
        """"Captain Mbuyi" after "Captain Jules Mbuyi Kalonji", "García" after "Juan García
        Pérez": many naming customs call a person by a middle name. One word that is an
        inner word of exactly one person's name named before (and nobody's first or last
        name) is that person."""
        words = speaker.name.lower().split()
        if len(words) != 1 or words[0] in self._by_first or words[0] in self._by_last:
            return None
        found = {}
        for earlier, where in zip(self.seen, self._where, strict=True):
            theirs = earlier.name.lower().split()
            if earlier.kind == "person" and len(theirs) >= 3 and words[0] in theirs[1:-1] \
                    and (before is None or where.start < before):
                found[earlier.name.lower()] = earlier
        return _merge(next(iter(found.values())), speaker) if len(found) == 1 else None

    def _by_first_name(self, speaker: Speaker, before: int) -> Speaker | None:
        """"Megyn" after "Megyn Kelly": a given name alone, when one person named before
        has it and nobody has it as a surname."""
        word = speaker.name.lower()
        if any(len(self.seen[k].name.split()) >= 2 and self._where[k].start < before
               for k in self._by_last.get(word, [])):
            return None  # someone's surname
        firsts = {self.seen[k].name.lower(): self.seen[k] for k in self._by_first.get(word, [])
                  if self._where[k].start < before and len(self.seen[k].name.split()) >= 2}
        return next(iter(firsts.values())) if len(firsts) == 1 else None

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
                        and earlier.name.lower() != speaker.name.lower() and not _fighters(earlier):
                    return earlier
            # "the information team" after "the Tatmadaw True News Information Team", "the rights
            # commission" after "the National Human Rights Commission": the tail of a body's name
            tail = re.compile(rf"\b{re.escape(speaker.name.lower())}$")
            for earlier in reversed(self.seen):
                if earlier.kind == "organization" and earlier.name[:1].isupper() and tail.search(earlier.name.lower()) \
                        and earlier.name.lower() != speaker.name.lower() and not _fighters(earlier):
                    return earlier
            return self._described_group(speaker) or titled_person(words, self.seen)
        word = words[0]
        family = body_families().get(word)
        if family is not None:
            # "the agency" after "Kenya's National Intelligence Service"
            for earlier in reversed(self.seen):
                last = earlier.name.lower().replace("(", " ").split()
                if earlier.kind == "organization" and earlier.side and last and any(
                        body_families().get(w) == family for w in last[-2:]):
                    # "the army" after "the armed forces of Burkina Faso": what the report calls it here stays
                    named_here = word in last or earlier.role
                    return earlier if named_here else replace(earlier, role=word)
        named = re.compile(rf"\b{re.escape(word)}s?\b")  # compiled once, not looked up for every earlier speaker
        for earlier in reversed(self.seen):
            fields = " ".join(filter(None, (earlier.name, earlier.title, earlier.role, earlier.organization))).lower()
            # "the group" after "Community organisation Redes da Maré": its description's head word is of the family
            described_as = family is not None and earlier.kind == "organization" and bool(earlier.role) \
                and body_families().get(earlier.role.lower().split()[-1]) == family
            if (named.search(fields) or described_as) and not _fighters(earlier) and (
                    earlier.name.lower() != word or earlier.organization or earlier.side):
                return earlier
        described = self._described_group(speaker)
        if described is not None:
            return described
        if word_class(word) == "document":
            owner = self._last(lambda s: s.kind in {"organization", "person", "group", "unnamed"} and not _fighters(s))
            if owner is not None:
                return Speaker(name=speaker.name, kind="document", organization=owner.name,
                               side=owner.side, span=speaker.span)
        return None


def _armed_group_name(tok: Token) -> bool:
    """A proper name of a non-state armed body the tagger did not mark as an
    organisation ("The M23-AFC gave a different version. Its spokesman …"): a later
    "its" or "the group" is that body, not the last state named before it."""
    return tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" \
        and names_non_state(text_of(tok.doc)[tok.left_edge.idx:tok.idx + len(tok)])  # Span.text joins anew


def _fighters(speaker: Speaker) -> bool:
    """A speaker remembered as fighters under their group's name ("Al-Shabaab militants")."""
    words = speaker.name.lower().split()
    return speaker.kind == "group" and len(words) > 1 and words[-1] in combatant_words() | side_words("group")


def _named_fighters(tok: Token) -> bool:
    """"Al-Shabaab militants have claimed …", "M23 rebels took …": fighters under their group's
    name are that group, which a later "the group" or "it" is."""
    return tok.lower_ in combatant_words() | side_words("group") and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and not side_table().is_side_word(c.text) for c in tok.lefts)


def _one_person(speaker: Speaker) -> bool:
    """Whether "he" or "she" may stand for the speaker: a named person, or one person
    described without a name who spoke ("A 58-year-old herder told …; 'They tied our
    hands,' he said", "The leader of the coalition claimed …. In it, he said …"). The
    witness is the centre of the sentence before, not the last person the report named."""
    if speaker.kind == "person":
        return True
    if speaker.kind != "unnamed" or speaker.name.lower() in PRONOUNS:
        return False
    if speaker.name.lower().startswith(("one of ", "another of ")):
        return True  # "one of the officials said …. He said …"
    head = speaker.name.lower().split()[-1] if speaker.name.split() else ""
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return not plural and not speaker.name.lower().startswith(("some ", "several "))


def _main_subject(tok: Token) -> bool:
    """Whether the word is the subject of its sentence's main clause ("Rubio refrained
    from …", "Kasich says he …"), not of a clause inside it ("in the event that Clinton
    faces Trump, she replied"): centering's preferred centre."""
    if tok.dep_ == "appos" and tok.head.dep_ in SUBJECTS:
        tok = tok.head  # "the Governor of Cabinda, Manuel Tati Buela, visited …": the name of the subject
    if tok.dep_ not in SUBJECTS:
        return False
    verb = tok.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT" or verb.lemma_.lower() in CENTRE_VERBS


def _merge(full: Speaker, short: Speaker) -> Speaker:
    return Speaker(
        name=full.name, kind=full.kind, title=short.title or full.title,
        role=short.role or full.role, organization=short.organization or full.organization,
        side=short.side or full.side, span=short.span,
    )
