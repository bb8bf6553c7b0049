"""Who an interview is with: the guest its standfirst introduces, with the side the
standfirst gives them. "Brigadier General X commands the army's 5th Infantry Division in
North Kordofan" is Sudan's army speaking (the army of the state the report is about);
"Y, deputy commander of the Karenni Nationalities Defence Force" speaks for a resistance
force (no side); "Z coordinates emergency programmes in northern Burkina Faso for MSF"
for no state. Read once per report; the claim stage gives the guest's answers this
speaker, the event stage gives the guest's "we" and "our" this side."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger import sides
from claimledger.data.tables import combatant_words, name_particle_alternation, name_particle_pattern
from claimledger.extract.cues import cue_table
from claimledger.extract.events_where import theatre_country
from claimledger.extract.interview_layout import MIN_STANDFIRST_WORDS, QUESTION_AT
from claimledger.extract.speakers import word_class

# the opening of a standfirst sentence that names a person: a run of capitalised words
# ("Brigadier General Hassan Abdelrahim Idris", "Dr Yousef Abu Rish", "Abdu Saleh al-Majili")
# (a particle is a whole word: the "le" of "At least" is none)
_GLUED = r"[A-Z][\w'’-]*"  # the name word a particle's hyphen joins ("al-Majili")
NAME_WORD = rf"(?:[A-Z][\w'’.-]*|{name_particle_pattern(_GLUED)}(?![\w'’]))"
OPENING_NAME = re.compile(rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,7}}")
# what may follow a person's name in a standfirst: an apposition (", deputy commander of",
# ", 36,"), a bracket, or a verb in lower case ("commands", "is the spokesman for")
AFTER_NAME = re.compile(r"\s*(?:,|\(|[a-z])")
# the description ends where a relative clause about something else begins
# or where the sentence's verb, saying the guest spoke to the outlet, follows its apposition
# (", spoke to our reporter Laura Méndez at …": the reporter is no part of the guest)
DESCRIPTION_END = re.compile(r",\s+(?:whose|which|where|when|who\s+(?:spoke|talked|answered)"
                             r"|(?:spoke|speaks|talked|talks|told|tells|answered|answers|agreed|received|receives"
                             r"|met|joined|sat)\b)\b|[.;:?!](?:\s|$)")
# last words of an organisation's name, never a person's ("Human Rights Watch says …")
ORG_ENDS = {"watch", "forces", "force", "army", "council", "ministry", "group", "front", "movement", "alliance",
            "organization", "organisation", "agency", "mission", "office", "committee", "party", "now", "news",
            "times", "post", "radio", "television", "tv", "network", "monitor", "union", "command", "government",
            "brigade", "division", "battalion", "regiment", "corps", "police", "guard", "service", "centre", "center",
            "oblast", "region", "province", "state", "district", "county", "city"}
# a standfirst's sentence about the interview itself ("We spoke to …", "… answered our questions")
INTERVIEW_SENTENCE = re.compile(r"\b(?:spoke|speaks|talked|talks|interview(?:ed)?|answered|told\s+(?:us|me))\b", re.I)
# a force named as a group is: capitalised words before "Army", "Force(s)", "Front" ("Karenni Army")
NAMED_FORCE = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,5})(?:Army|Forces?|Front|Movement|Militia)\b")
# the opening words of a sentence about the interview itself ("Radio Dabanga spoke to …")
ABOUT_THE_INTERVIEW = re.compile(r"\s*(?:spoke|talked|speaks|talks)\s+(?:to|with)\b|\s*interviewed\b")


@dataclass(frozen=True)
class Guest:
    """The person an interview is with, as the standfirst introduces them."""

    name: str
    title: str | None
    description: str  # what the standfirst says they are or do ("commands the army's 5th …")
    side: str | None
    span: tuple[int, int]  # the name in the report's text

    def named_by(self, label: str) -> bool:
        """Whether a turn label names this guest ("MINNAWI", "Al-Majili", "Maung Khu Reh")."""
        if _initials_of(self.name, label):
            return True  # "HO" for Hiba Osman, "AYA" for Adam Yahya Abakar
        mine = {w.lower().strip(".") for w in re.split(r"[\s]+", self.name)}
        theirs = {w.lower().strip(".") for w in re.split(r"[\s]+", label)}
        surname = self.name.split()[-1].lower()
        # "OBAIDI" for Haider al-Obaidi: an Arabic surname's article left out of the label
        bare = ARABIC_ARTICLE.sub("", surname)
        if bare != surname and bare in theirs:
            return True
        # the surname anywhere in the label, or a label all of whose words are the guest's
        # ("Hassan" for Hassan Abdelrahim Idris, "Abu Rish" for Yousef Abu Rish)
        return surname in theirs or bool(theirs) and theirs <= mine


# a turn label of initials: "HO", "AYA", "H.O." (two to four capitals)
INITIALS_LABEL = re.compile(r"(?:[A-Z]\.?){2,4}")
# a name's lower-case particle has no initial of its own ("al-Sharabi" is S)
PARTICLE = re.compile(rf"^(?:{name_particle_alternation()})-?", re.I)
# the Arabic article of a surname, which a turn label may leave out ("OBAIDI" for al-Obaidi)
ARABIC_ARTICLE = re.compile(rf"^(?:{name_particle_alternation('arabic_article', 'assimilated_article')})-")


def _initials_of(name: str, label: str) -> bool:
    """Whether a label of capitals is a name's initials: of all its words ("AYA" for Adam
    Yahya Abakar), or of its first and last ("HO" for Hiba Mahmoud Osman)."""
    if not INITIALS_LABEL.fullmatch(label.strip()):
        return False
    letters = label.replace(".", "").strip()
    words = [PARTICLE.sub("", w) if not w[:1].isupper() else w for w in name.split()]
    initials = "".join(w[0].upper() for w in words if w)
    return len(initials) >= 2 and letters in {initials, initials[0] + initials[-1]}


# an office of "the country" a report is about ("the country's defence minister", "the nation's army chief")
THE_COUNTRYS = re.compile(r"\b(?:the|this)\s+(?:country|nation)['’]s\b", re.I)


def guest_side(description: str, text: str, theatre: str | None = None) -> str | None:
    """The side a guest's description gives them: a state's force or body named with its
    state ("the spokesman for Yemen's government armed forces" -> YE), or a plain "army"
    of the one state the report is about ("commands the army's 5th Infantry Division"),
    the state its text names most or, on a page whose chrome named it, the country of its
    theatre; armed groups, aid workers and monitors have none (sides.py decides)."""
    if not description or sides.names_non_state(description):
        return None
    found = sides.side_of(description)
    if found is None and _named_group(description):
        return None  # "deputy commander of the Karenni Army's 2nd Battalion": a group's army, no state's
    found = found or sides.home_side(description, text)
    if found is None and theatre and (sides.STATE_FORCE.search(description) or sides.PLAIN_FORCE.search(description)):
        return theatre
    if found is None and THE_COUNTRYS.search(description):
        # "the country's defence minister": an office of the state the report is about
        return sides.home_state(text) or theatre
    return found


def speaks_for_no_state(guest: Guest) -> bool:
    """Whether the standfirst describes the guest as someone of no state: an armed group's
    commander, an aid worker, a monitor ("deputy commander of the Karenni Nationalities
    Defence Force"). Such a guest never takes a side the report gives their name elsewhere."""
    return sides.names_non_state(guest.description) or _named_group(guest.description)


def _named_group(description: str) -> bool:
    """Whether the description names a force the way a group is named: capitalised words
    that are no state's before "Army", "Force" or "Front" ("the Karenni Army", "the
    People's Defence Force", "Ta'ang National Liberation Army")."""
    for m in NAMED_FORCE.finditer(description):
        if not any(sides.side_table().is_side_word(w) for w in m.group(1).split()):
            return True
    return False


def guest_of(ctx) -> Guest | None:
    """The guest of the interview in this report (cached on the report's memory)."""
    cached = getattr(ctx.memory, "interview_guest", False)
    if cached is not False:
        return cached
    standfirst = []
    for start, end in ctx.paragraphs:
        line = ctx.text[start:end].rstrip()
        if QUESTION_AT.match(line) or line.endswith("?"):
            break  # the interview has begun: a person named in it is someone the answers speak of
        if ctx.is_debris(start, end) or ctx.in_title(start, end) or len(line.split()) < MIN_STANDFIRST_WORDS \
                or not line.endswith((".", '"', "”", ")", ":")):
            continue  # page furniture and the headline: the standfirst is prose ("… Excerpts:") before the first turn
        standfirst.append((start, end))
    # a news intro may come before the paragraph that says who was spoken to ("Our reporter spoke
    # with the council's chairman, …"): that paragraph is read first, the others in their order
    standfirst.sort(key=lambda span: not INTERVIEW_SENTENCE.search(ctx.text, span[0], span[1]))
    found = None
    for start, end in standfirst:
        found = _opening_guest(ctx, start, end) or _described_guest(ctx, start, end) \
            or _spoken_to_who(ctx, start, end) or _named_guest(ctx, start, end) \
            or _spoken_to_with_office(ctx, start, end)
        if found is not None:
            break
    ctx.memory.interview_guest = found
    return found


def _opening_guest(ctx, start: int, end: int) -> Guest | None:
    """A standfirst sentence that opens on the guest's name ("Major Taras Melnyk, 36,
    commands …", "Marie-Claire Dufort coordinates …"): the parser's entities are not
    needed, and often wrong on such names."""
    text = ctx.text
    for sent_start in _sentence_starts(text, start, end):
        m = OPENING_NAME.match(text, sent_start)
        if m is None or not AFTER_NAME.match(text, m.end()) or ABOUT_THE_INTERVIEW.match(text, m.end()):
            continue  # no name, or the outlet that did the interview
        words = m.group().split()
        titles, name_words = _titles_and_name(words)
        if not _a_persons_name(name_words, 5) or words[0].lower() in {"the", "a"} \
                or _place_or_group(ctx, sent_start, m.end()) or _names_fighters(text, m.end()):
            continue
        name_start = sent_start + len(" ".join(titles)) + (1 if titles else 0)
        found = _guest(ctx, " ".join(name_words), " ".join(titles) or None, (name_start, m.end()), end)
        if not _outlets_own(found):
            return found
    return None


# the outlet's own people, who ask: "Kamal Idris, our correspondent in Port Sudan, interviewed …"
OUTLETS_OWN = re.compile(r"(?:our|the|a|an|its)?\s*(?:[\w-]+\s+)?(?:correspondent|reporter|presenter|host|editor"
                         r"|journalist|interviewer|anchor)s?\b", re.I)


def _outlets_own(guest: Guest) -> bool:
    """Whether the standfirst describes the person as the outlet's own reporter or host."""
    return OUTLETS_OWN.match(guest.description.strip()) is not None


# "spoke to" with the writer or the outlet as its subject ("We spoke to …", "I talked with …"):
# the one spoken to is the guest; after any other subject ("The commander … spoke to
# Frontline Dispatch") the one spoken to is the outlet
SPOKEN_TO = re.compile(r"(?:spoke|talked|speaks|talks)\s+(?:to|with)\s+$")
FIRST_PERSON_SUBJECT = re.compile(r"\b(?:[Ww]e|I)\s+(?:\w+\s+){0,2}$")
# a guest known only by a call sign or a nom de guerre ("who goes by the call sign "Lys"")
CALL_SIGN = re.compile(r"\b(?:call[- ]?sign|nom de guerre|nickname|goes by|known as)\s+[\"“‘']?"
                       r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# a described guest's name in apposition, closing the description ("…'s department, Colonel Naw Bu")
NAME_LAST = re.compile(r",\s+((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+)$")
# a standfirst sentence that opens on a description of the guest and says they spoke
DESCRIBED = re.compile(r"(?:The|A|An)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+of\b")


# "The Ledger spoke to Rakesh Netam, Inspector General of Police, Bastar Range, …": the
# person spoken to, named with an office after a comma, when the parser found no name
# the words before the one the outlet spoke to: "spoke to", "our conversation with", "an interview
# with", "we asked", "we met", "sat down with", "joining us from Goma is"
SPOKE_WITH = (r"(?:(?:spoke|talked|speaks|talks)\s+(?:to|with)|(?:conversation|interview|talk)\s+with"
              r"|(?:[Ww]e|I)\s+(?:asked|met|reached|interviewed|visited)|sat\s+down\s+with|caught\s+up\s+with"
              r"|[Jj]oining\s+(?:me|us)(?:\s+now)?(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+is)")
SPOKEN_TO_NAME = re.compile(rf"\b{SPOKE_WITH}\s+((?:[A-Z][\w'’.-]+\s+){{1,3}}[A-Z][\w'’-]+),\s+([^.;:]{{3,120}})")
# "We spoke to Maria do Carmo Teixeira, who runs …", "… to Jan van der Berg, who heads …": a
# name that may hold a family name's lower-case particles, described by a clause that only a
# person takes ("who"), where the parser often splits such a name or reads part of it as a place
NAME_PARTICLE = name_particle_pattern()
SPOKEN_TO_WHO = re.compile(rf"\b{SPOKE_WITH}\s+([A-Z][\w'’.-]+(?:\s+(?:{NAME_PARTICLE}\s+){{0,2}}[A-Z][\w'’-]+)"
                           r"{1,4}),\s+(who\s+[a-z][^.;:]{3,120})")


# "… spoke with the chairman of the local council, Hon. Bulus Audu Yakubu, on Monday": the
# office first, the name after it in apposition (the parser often takes such a name for a place)
SPOKEN_TO_OFFICE_NAME = re.compile(rf"\b{SPOKE_WITH}\s+((?:the|its|their|a|an)\s+"
                                   r"[^,.;:]{3,100}),\s+((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]+)\s*[,.]")


def _spoken_to_with_office(ctx, start: int, end: int) -> Guest | None:
    """The one a standfirst says was spoken to, named with an office set off by a comma,
    after the name or before it: a person (the office says so), where "spoke to Frontline
    Dispatch" names an outlet."""
    found = [(m.group(1), m.group(2), m.end(1)) for m in SPOKEN_TO_NAME.finditer(ctx.text, start, end)]
    found += [(m.group(2), m.group(1), m.end(2)) for m in SPOKEN_TO_OFFICE_NAME.finditer(ctx.text, start, end)]
    return _first_person(ctx, found, end)


def _spoken_to_who(ctx, start: int, end: int) -> Guest | None:
    """"We spoke to Maria do Carmo Teixeira, who runs …": read before the parser's names, which
    cut such a name at its particle ("Carmo Teixeira")."""
    found = [(m.group(1), m.group(2), m.end(1)) for m in SPOKEN_TO_WHO.finditer(ctx.text, start, end)]
    return _first_person(ctx, found, end)


def _first_person(ctx, found: list[tuple[str, str, int]], end: int) -> Guest | None:
    for named, office, name_end in found:
        titles, name_words = _titles_and_name(named.split())
        persons = [w for w in name_words if not re.fullmatch(NAME_PARTICLE, w)]
        if not _a_persons_name(persons, 4) or not (_names_an_office(office) or office.startswith("who ")):
            continue
        name = " ".join(name_words)
        return _guest(ctx, name, " ".join(titles) or None, (name_end - len(name), name_end), end)
    return None


def _spoken_to_outlet(ctx, ent) -> bool:
    """Whether a name is the outlet a described guest spoke to, not the guest."""
    sent_start = ent.sent.start_char
    before = ctx.text[sent_start:ent.start_char]
    m = SPOKEN_TO.search(before)
    return m is not None and not FIRST_PERSON_SUBJECT.search(before[:m.start()])


def _described_guest(ctx, start: int, end: int) -> Guest | None:
    """A guest the standfirst describes without a name, who spoke to the outlet ("The
    commander of a drone company in one of Ukraine's brigades, who goes by the call sign
    "Lys", spoke to …"): named by the call sign when there is one, else by the role."""
    text = ctx.text
    for sent_start in _sentence_starts(text, start, end):
        sent_end = min((i for i in (text.find(". ", sent_start), end) if i >= 0), default=end)
        m = DESCRIBED.match(text, sent_start)
        if m is None or word_class(m.group(1).split()[-1]) not in {"role", "title"}:
            continue
        said = re.search(r"\b(?:spoke|talked)\s+(?:to|with)\b", text[sent_start:sent_end])
        if said is None:
            continue
        description = text[sent_start:sent_start + said.start()].strip(" ,")
        named = NAME_LAST.search(description)
        if named is not None:
            # "The head of the KIA's foreign affairs department, Colonel Naw Bu, spoke to us": the
            # name set after the description is the guest's
            titles, name_words = _titles_and_name(named.group(1).split())
            if _a_persons_name(name_words, 4):
                name = " ".join(name_words)
                name_end = sent_start + named.end(1)
                return Guest(name=name, title=" ".join(titles) or None, description=description[:named.start()],
                             side=guest_side(description[:named.start()], text, _theatre_country(ctx)),
                             span=(name_end - len(name), name_end))
        sign = CALL_SIGN.search(description)
        if sign is not None:
            name, span = sign.group(1), (sent_start + sign.start(1), sent_start + sign.end(1))
        else:
            name, span = m.group(1), (sent_start + m.start(1), sent_start + m.end(1))
        return Guest(name=name, title=None, description=description,
                     side=guest_side(description, text, _theatre_country(ctx)), span=span)
    return None


def _named_guest(ctx, start: int, end: int) -> Guest | None:
    """The person of two or more words the parser finds in the standfirst's sentence about
    the interview ("We spoke to its spokesman, Lawrence Kanyuka"), else its first one (a
    president the standfirst mentions in passing is not the one who answers)."""
    people = [e for e in ctx.ents if start <= e.start_char < end and e.label_ == "PERSON" and len(e) >= 2]
    people.sort(key=lambda e: not INTERVIEW_SENTENCE.search(e.sent.text))  # stable: text order within each
    for ent in people:
        words = ent.text.split()
        titles = _leading_titles(words) or _titles_before(ent)
        name = " ".join(words[len(_leading_titles(words)):])
        if name and name.split()[-1].lower() not in ORG_ENDS \
                and not ABOUT_THE_INTERVIEW.match(ctx.text, ent.end_char) and not _spoken_to_outlet(ctx, ent):
            found = _guest(ctx, name, " ".join(titles) or None, (ent.end_char - len(name), ent.end_char), end)
            if not _outlets_own(found):
                return found
    return None


def _guest(ctx, name: str, title: str | None, span: tuple[int, int], para_end: int) -> Guest:
    after = ctx.text[span[1]:para_end]
    cut = DESCRIPTION_END.search(after)
    description = after[:cut.start() if cut else len(after)].strip(" ,")
    # "Lawrence Kanyuka" named last in "We spoke to its spokesman, Lawrence Kanyuka": the
    # words before the name describe them when nothing follows it
    sent_start = max(ctx.text.rfind(". ", 0, span[0]) + 2, ctx.text.rfind("\n", 0, span[0]) + 1)
    office = None
    if not re.search(r"[a-z]", description) or _predicate_follows(ctx, span[1]):
        # "Police Director Gazmend Hoxha says the group was trained abroad": what follows the
        # name is what the guest does, not who they are; the words before it describe them
        description = ctx.text[sent_start:span[0]].strip(" ,")
    else:
        # "…, the governor of Cameroon's North-West Region, Emmanuel Ebai Ndifor, received …":
        # the office set before the name describes the guest as much as what follows it
        before = ctx.text[sent_start:span[0]].rstrip()
        if title and before.endswith(title):
            before = before[:-len(title)]  # "…, the governor of X, Colonel NAME": the rank is the title
        office = _office_before(before)
        if office:
            description = f"{office}, {description}"
    # the office alone first: what the guest did next ("briefed reporters about an operation
    # against Islamic State cells") names others, who do not take the guest's side away
    side = (guest_side(office, ctx.text, _theatre_country(ctx)) if office else None) \
        or guest_side(description, ctx.text, _theatre_country(ctx))
    return Guest(name=name, title=title, description=description, side=side, span=span)


def _predicate_follows(ctx, name_end: int) -> bool:
    """Whether the word after the name is a reporting verb: then what follows is what the guest
    says ("X says the group …", "X told us …"), not who they are ("X heads Niger's forces",
    "X, the army's spokesman")."""
    name = ctx.doc.char_span(name_end - 1, name_end, alignment_mode="expand")
    if name is None or name.end >= len(ctx.tokens):
        return False
    verb = ctx.tokens[name.end]
    return verb.pos_ == "VERB" and verb.lemma_ in cue_table()


OFFICE_BEFORE = re.compile(r"\b((?:the|a|an|its|their)\s+[^,]{3,80}?),\s*$", re.I)


def _office_before(before: str) -> str | None:
    """The appositive office just before a name ("the governor of X, "), when a role word is in it."""
    m = OFFICE_BEFORE.search(before)
    return m.group(1) if m is not None and _names_an_office(m.group(1)) else None


def _names_an_office(phrase: str) -> bool:
    """Whether a role or title word is among the first four words ("Inspector General of
    Police", "the governor of X")."""
    # ("the country's defence minister": a possessive is one word with its noun)
    return any(word_class(w) in {"role", "title"} for w in re.findall(r"[\w'’-]+", phrase)[:4])


def _theatre_country(ctx) -> str | None:
    """The country of the report's theatre, from the places the place stage found."""
    places = getattr(ctx, "places", None)
    return theatre_country(ctx, places) if places else None


def _titles_before(ent) -> list[str]:
    """Capitalised words just before a name the parser found ("We spoke to Divisional
    Commissioner Jean-Robert Fils"): the rank or office it was given, no state's name."""
    doc, i = ent.doc, ent.start
    found: list[str] = []
    while i > ent.sent.start + 1 and doc[i - 1].is_title and doc[i - 1].pos_ in {"PROPN", "NOUN"} \
            and not sides.side_table().is_side_word(doc[i - 1].text) and len(found) < 3:
        i -= 1
        found.insert(0, doc[i].text)
    return found


def _titles_and_name(words: list[str]) -> tuple[list[str], list[str]]:
    """The rank and honorific words before a name, and the name's words."""
    titles = _leading_titles(words)
    return titles, words[len(titles):]


def _a_persons_name(name_words: list[str], most: int) -> bool:
    """Two to ``most`` words that end as no organisation's name does and name no state."""
    return 2 <= len(name_words) <= most and name_words[-1].lower() not in ORG_ENDS \
        and not any(sides.side_table().is_side_word(w) for w in name_words)


def _leading_titles(words: list[str]) -> list[str]:
    """Rank and honorific words before a name ("Brigadier General", "Colonel-Major", "Dr")."""
    titles = []
    for w in words:
        parts = [p for p in re.split(r"[-.]", w) if p]
        if parts and all(word_class(p) == "title" or word_class(p + ".") == "title" for p in parts):
            titles.append(w)
        else:
            break
    return titles


def _place_or_group(ctx, start: int, end: int) -> bool:
    """Whether the parser reads the opening words as a place or a people ("Burkina Faso's
    army", "Congolese officials"), not a person."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in {"GPE", "NORP", "LOC", "FAC"} for t in span)


@lru_cache(maxsize=1)
def _fighter_plurals() -> frozenset[str]:
    """The plural nouns of fighters (``data/combatant_words.tsv``): after a name they make the
    name a group's ("Boko Haram fighters raided …"), where a person's name is followed by a
    comma or a verb ("Amadou Garba commands …")."""
    return frozenset(w for w in combatant_words() if w.endswith(("s", "men")) or w == "militia")


def _names_fighters(text: str, name_end: int) -> bool:
    """Whether the word after an opening name is a plural of fighters: the name is the group
    they belong to, and the sentence tells what the group did, not who the guest is."""
    m = re.match(r"[ \t]+([a-z]+)\b", text[name_end:name_end + 40])
    return m is not None and m.group(1) in _fighter_plurals()


def _sentence_starts(text: str, start: int, end: int) -> list[int]:
    """Where the standfirst's sentences begin: a rough cut at a full stop, enough to find
    a sentence that opens on a name."""
    starts = [start]
    for m in re.finditer(r"[.!?][\"”’)]?\s+(?=[A-Z])", text[start:end]):
        starts.append(start + m.end())
    return starts


def guest_role(guest: Guest) -> str | None:
    """The guest's function as the standfirst gives it ("spokesman", "deputy commander"):
    the role words among its first words."""
    words = re.findall(r"[\w-]+", guest.description)[:8]
    found = [w for w in words if word_class(w) == "role"]
    if not found:
        return None
    first = words.index(found[0])
    run = [words[first]]
    for w in words[first + 1:]:
        if word_class(w) != "role":
            break
        run.append(w)
    return " ".join(run)


# the body a guest's function is of, in the standfirst's description ("head of the police anti-gang
# directorate in the north, about …" -> "police anti-gang directorate in the north")
ROLE_OF_BODY = re.compile(r"^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:of|for|at|in)\s+"
                          r"(?:the\s+|its\s+)?([^,;:()]{3,80}?)(?=\s+(?:who|which|that|whose|where)\b|[,;:()]|$)")


def guest_organization(guest: Guest) -> str | None:
    """The body the guest's function belongs to, as the standfirst names it right after the
    role ("spokesman for the Sudanese army" -> "Sudanese army"), so the guest's claims keep
    the organisation a speaker introduced in the text would keep. Not for a guest of no state."""
    role = guest_role(guest)
    if role is None or _named_group(guest.description):
        return None  # a group's commander: "Karenni Army" must not read as a state's army later
    # (not speaks_for_no_state: "head of the police anti-gang directorate" names a gang it fights)
    m = ROLE_OF_BODY.match(guest.description)
    if m is None or role.split()[-1] not in guest.description[:m.start(1)]:
        return None
    return m.group(1).strip()
