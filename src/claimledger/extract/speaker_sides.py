"""Whose side a remembered speaker speaks for: the half of the report's speaker memory
(speaker_memory.py) that reads a speaker's side from what the report said before it.

"Its spokesman" takes the organisation named before; "Army spokesman X" after "Sudan's
army" takes that body's side; "the army" in a report about one state's war is that
state's (sides.home_side); "state TV" is the state whose state media spoke earlier. The
memory's name lookup (who a later mention is) stays in speaker_memory.py, whose
:class:`~claimledger.extract.speaker_memory.SpeakerMemory` reads sides through this mixin.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from claimledger.data.armyless import ARMYLESS
from claimledger.data.tables import combatant_words, leader_side
from claimledger.extract.authorities import authority_side as de_facto_state
from claimledger.extract.context import context_of, text_of
from claimledger.extract.parts import DATELINE
from claimledger.extract.regional_bodies import regional_side
from claimledger.extract.speakers import STATE_MEDIA, word_class
from claimledger.model import Speaker
from claimledger.sides import (
    FORCE_AFTER,
    FORCE_KINDS,
    STATE_FORCE,
    STATE_OFFICE,
    home_side,
    home_state,
    names_non_state,
    ruling_state,
    side_of,
    side_table,
    side_words,
    state_agency_side,
)

if TYPE_CHECKING:
    from claimledger.extract.speaker_memory import Mention

# What an armed body without a state is called once named: "the paramilitary group said".
GROUP_HEADS = {"group", "militia", "militias", "movement", "rebels", "paramilitaries", "insurgents", "jihadists",
               "faction", "alliance", "coalition"}
# "The group's military spokesman", as a name or as a person's role: a spokesman owned by someone
OWNED = re.compile(r"^(?:the\s+)?(\w+)(?:'s|’s|s'|s’)\s", re.I)


class SpeakerSides:
    """The side-reading half of :class:`~claimledger.extract.speaker_memory.SpeakerMemory`:
    it reads the memory's speakers (``seen``, ``_where``), its report and places."""

    seen: list[Speaker]
    _where: list[Mention]
    _doc: Doc | None
    _places_of: object

    def _last(self, fits: Callable[[Speaker], bool]) -> Speaker | None:
        for earlier in reversed(self.seen):
            if fits(earlier):
                return earlier
        return None

    def with_side(self, speaker: Speaker) -> Speaker:
        """The speaker with the side the report gives it, read in this order: state media,
        the body "its" stands for, a body its role names, the story's home state."""
        told = self._body_side(self._owner_side(self._state_media_side(_leader(self._region_body_side(
            self._authority_side(speaker))))))
        return self._home_side(self._regional_side(self._briefing_side(self._cabinet_side(told))))

    def _authority_side(self, speaker: Speaker) -> Speaker:
        """A de facto authority's speaker (:func:`authority_side`), read on its written phrase too."""
        written = text_of(self._doc)[speaker.span[0]:speaker.span[1]] if self._doc is not None and speaker.span \
            else ""
        return authority_side(speaker, written)

    def _owner_side(self, speaker: Speaker) -> Speaker:
        """"Its spokesman, Major General X" after "Myanmar's military government did not
        confirm the loss": the body "its" stands for is the organisation and side."""
        role = (speaker.role or "").lower()
        owned = role.startswith(("its ", "their ")) or speaker.name.lower().startswith(("its ", "their "))
        if speaker.side is not None or not owned:
            return speaker
        at = speaker.span[0] if speaker.span else None
        bodies = [(earlier, where) for earlier, where in zip(self.seen, self._where, strict=True)
                  if earlier.kind == "organization" and (at is None or where.start < at) and not where.quoted]
        if not bodies:
            return speaker
        # "Eritrea's ministry said Ethiopian forces had crossed …. Its spokesman said …": "its"
        # is the body of the latest sentence naming one, the one speaking there before the
        # one it spoke of
        sentence = bodies[-1][1].sentence
        there = [b for b in bodies if b[1].sentence == sentence]
        earlier = next((e for e, w in there if w.speaking), there[-1][0])
        return replace(speaker, side=earlier.side, organization=speaker.organization or earlier.name)

    def _body_side(self, speaker: Speaker) -> Speaker:
        """"General Staff spokesman Colonel X" after "the General Staff of Ukraine's Armed
        Forces": a speaker whose role names an earlier body speaks for that body's side."""
        if speaker.side is not None:
            return speaker
        # "A ministry spokeswoman said": an unnamed speaker's name holds the body it speaks for
        named = speaker.name if speaker.kind == "unnamed" else None
        written = " ".join(filter(None, (named, speaker.role, speaker.organization)))
        own = written.lower()
        if not own:
            return speaker
        # "Army spokesman X" is the state's army; "Arakan Army chief X" a force of its own
        plain_army = bool(ARMY.search(own)) and _plain_state_force(written) and not _group_owned(written) \
            and not names_non_state(written)  # "the militants' spokesman for military operations"
        for earlier in reversed(self.seen):
            if earlier.kind != "organization" or earlier.side is None:
                continue
            if plain_army and ARMY.search(earlier.name):
                return replace(speaker, side=earlier.side)  # "Army spokesman X" after "the Sudanese Armed Forces"
            words = earlier.name.lower().replace("'s", "").split()
            for size in (3, 2):
                if len(words) >= size and " ".join(words[:size]) in own:
                    return replace(speaker, side=earlier.side)
            # "Army spokesman X" after "Sudan's army": the body's own head word in the role;
            # "a spokeswoman for the ministry" after "the Ministry of National Defence in Phnom
            # Penh": the head before "of" is the body's
            heads = {words[-1], words[words.index("of") - 1]} if "of" in words[1:] else {words[-1]} if words else set()
            if any((word_class(h) == "organization" or STATE_OFFICE.fullmatch(h))
                   and re.search(rf"\b{re.escape(h)}\b", own) for h in heads):
                return replace(speaker, side=earlier.side)
            short = re.search(r"\(([A-Z]{2,6})\)", earlier.name)
            if short and re.search(rf"\b{short.group(1).lower()}\b", own):
                return replace(speaker, side=earlier.side)  # "HUR spokesman" after "… agency (HUR)"
        return speaker

    def _cabinet_side(self, speaker: Speaker) -> Speaker:
        """"The Bolivarian Government denounced …. Foreign Minister X said …": a minister
        whose state is not named is a member of the government the report last gave a
        voice (the latest speaking body called a government, outside quotation marks)."""
        role = " ".join(filter(None, (speaker.role, speaker.title))).lower()
        if speaker.side is not None or speaker.kind != "person" or not re.search(r"\bminister\b", role):
            return speaker
        at = speaker.span[0] if speaker.span else None
        for earlier, where in zip(reversed(self.seen), reversed(self._where), strict=True):
            if (at is None or where.start < at) and where.speaking and not where.quoted \
                    and earlier.side is not None and re.search(r"\bgovernment\b", earlier.name, re.I):
                return replace(speaker, side=earlier.side)
        return speaker

    def _briefing_side(self, speaker: Speaker) -> Speaker:
        """"Speaking at the ministry's weekly briefing, spokesperson X said": a spokesperson
        named with no body, in a sentence that names a body by its head word ("the
        ministry's", "the army's"), speaks for the latest body with that head and a side."""
        described = " ".join(filter(None, (speaker.role, speaker.name)))
        if speaker.side is not None or speaker.organization or self._doc is None or not speaker.span \
                or not SPOKESPERSON.search(described):
            return speaker
        text = text_of(self._doc)
        start = text.rfind("\n", 0, speaker.span[0]) + 1
        sentence_start = max(start, max((text.rfind(p, start, speaker.span[0]) for p in (". ", "? ", "! ")),
                                        default=-1) + 1)
        owned = re.findall(r"\bthe\s+(\w+)(?:'s|’s)\s", text[sentence_start:speaker.span[0]], re.I)
        for head in reversed(owned):
            for earlier in reversed(self.seen):
                if earlier.kind == "organization" and earlier.side is not None \
                        and re.search(rf"\b{re.escape(head)}\b", earlier.name, re.I):
                    return replace(speaker, side=earlier.side, organization=earlier.name)
        return speaker

    def _regional_side(self, speaker: Speaker) -> Speaker:
        """"Ahmed Ali, a spokesman for the Afar regional administration", "the Afar regional
        health bureau said": a region's or town's own government body, named by a place of
        the report that lies in one country, speaks for that state."""
        places = self._places_of
        if speaker.side is not None or not places:
            return speaker
        body = speaker.organization if speaker.kind == "person" else speaker.name
        if not body or not LOCAL_GOVERNMENT.search(body) or names_non_state(body):
            return speaker
        for place in places:  # type: ignore[attr-defined]
            if place.kind in {"city", "region"} and place.country:
                first = place.name.split()[0]
                if re.search(rf"\b{re.escape(first)}\b", body):
                    return replace(speaker, side=place.country)
        return speaker

    def _region_body_side(self, speaker: Speaker) -> Speaker:
        """"The Somali regional government said", "Punjab's home department said": a body of a
        region's government (regional_bodies.py) speaks for the state the region lies in, over
        the state a people's word in its name would give ("Somali" is Ethiopia's region here)."""
        body = speaker.organization if speaker.kind == "person" else speaker.name
        if not body or names_non_state(body):
            return speaker
        homes = {p.country for p in self._places_of or () if getattr(p, "country", None)}  # type: ignore[attr-defined]
        if self._doc is not None and speaker.span and re.match(r"(?:the\s+)?(?:installed|appointed)\b", body, re.I):
            # "the Russian-installed … administration", its state cut from the name: read it back
            before = text_of(self._doc)[max(0, speaker.span[0] - 30):speaker.span[0]].split()
            body = " ".join(before[-1:] + [body])
        side = regional_side(body, homes)
        return replace(speaker, side=side) if side else speaker

    def _home_side(self, speaker: Speaker) -> Speaker:
        """"Army spokesperson Colonel X" in a report about one state's war speaks for that
        state's army, as "the army" does there (sides.home_side); a force with a name of
        its own ("Arakan Army chief", "Sudan Liberation Army") is not the state's."""
        if speaker.side is not None or self._doc is None:
            return speaker
        # an unnamed speaker's name holds its force ("military source": role "source")
        # a person's role with the body it is for ("spokesman" for "the army in Ituri")
        phrase = " ".join(filter(None, (speaker.role, speaker.organization))) if speaker.kind == "person" \
            else speaker.name if speaker.kind == "unnamed" else speaker.role or speaker.name
        ctx = context_of(self._doc)
        if self._places_of is not None and getattr(ctx, "places", None) is not self._places_of:
            ctx.set_places(self._places_of)  # claims read without the pipeline: these are the story's places
        country = ctx.story_country
        head_of_state = _head_of_state(speaker)
        if head_of_state and speaker.span \
                and ctx.states_named(ctx.sent(ctx.token_at(speaker.span[0]))) - {country}:
            return speaker  # "President X said the US would intensify its strikes": whose president is open
        if phrase and not _plain_state_force(phrase) and (STATE_OFFICE.search(phrase) or head_of_state) \
                and not names_non_state(phrase):
            # "The Emergency Medicine Centre of the Health Ministry", "the prime minister's office"
            # in a report about one state's war, all of whose places lie in it
            text = text_of(self._doc)
            side = ruling_state(text, country) or filed_from_capital(text) or self._office_home(speaker, text) \
                or _only_states_forces(ctx, text, phrase)
            return replace(speaker, side=side) if side else speaker
        if not phrase or not _plain_state_force(phrase):
            return self._official_home(speaker, phrase, ctx)
        owner = next((m for f in (speaker.name, speaker.role or "") if (m := OWNED.match(f)) is not None), None)
        if owner is not None and owner.group(1).lower().rstrip("s") in {h.rstrip("s") for h in GROUP_HEADS}:
            # "The group's military spokesman": the armed group named before speaks, not the state
            body = self._last(lambda s: named_body(s))
            return replace(speaker, organization=speaker.organization or (body.name if body else None))
        text = text_of(self._doc)
        side = home_side(phrase, text, country) or _only_states_forces(ctx, text, phrase)
        if side is None and STATE_OFFICE.search(phrase) and not names_non_state(phrase):
            # "the head of the Government Communication Service, Minister X": a minister of
            # a government, as the office branch above reads one
            side = filed_from_capital(text) or self._office_home(speaker, text)
        return replace(speaker, side=side) if side else speaker

    def _official_home(self, speaker: Speaker, phrase: str | None, ctx) -> Speaker:
        """"State Security Secretary X", "the state prosecutor's office", "two security
        officials", "the municipal education department": a state's office or official
        (data/side_words.tsv, class office) with no state named, in a report whose places lie
        in one country and which names no other state's forces, is that state's."""
        if not phrase or speaker.kind not in {"person", "organization", "unnamed", "group"} \
                or OWNED_BY_IT.match(phrase) \
                or not set(re.findall(r"[a-z]+", phrase.lower())) & side_words("office") \
                or names_non_state(phrase) or _held_by_another(phrase):
            return speaker
        side = _only_states_forces(ctx, text_of(self._doc), phrase)
        return replace(speaker, side=side) if side else speaker

    def _office_home(self, speaker: Speaker, text: str) -> str | None:
        """"ANKARA (AA) - Turkish security forces have neutralised …, the Ministry of National
        Defence said": a state office named without its state, in a report about one state's
        war (sides.home_state), is that state's, as long as no other state's office has been
        named before it (then "the ministry" may be that one)."""
        home = home_state(text)
        if home is None or not speaker.span:
            return None
        before = text[:speaker.span[0]]
        for m in side_table().mentions(before):
            if m.side != home and OFFICE_AFTER.match(before, m.end):
                return None
        # "The Ministry of National Defence rejected Thai claims that …": a body rejecting the
        # home state's word is that state's opponent's
        start = max(text.rfind("\n", 0, speaker.span[0]), text.rfind(". ", 0, speaker.span[0])) + 1
        end = min((i for i in (text.find("\n", speaker.span[1]), text.find(". ", speaker.span[1])) if i >= 0),
                  default=len(text))
        for rejected in REJECTING.finditer(text, start, end):
            if any(m.side == home for m in side_table().mentions(text[rejected.end():rejected.end() + 40])):
                return None
        return home

    def _state_media_side(self, speaker: Speaker) -> Speaker:
        """"State TV said": the state is the one whose state media spoke earlier
        ("Syria's state news agency SANA"); otherwise it stays unknown."""
        if speaker.side is None and (own := state_agency_side(speaker.name)) is not None:
            return replace(speaker, side=own)  # "the state-run National News Agency (NNA)": Lebanon's
        if speaker.side is not None or not STATE_MEDIA.search(speaker.name):
            return speaker
        earlier = self._last(lambda s: s.side is not None and bool(STATE_MEDIA.search(s.name)))
        return replace(speaker, side=earlier.side) if earlier else speaker


# a state's office right after its name: "Iraq's Ministry of Foreign Affairs", "the Venezuelan foreign ministry"
OFFICE_AFTER = re.compile(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,3}?(?:ministry|ministries|minister|government|presidency)\b",
                          re.I)
# a region's or town's own government: "the Afar regional administration", "Duhok governorate"
LOCAL_GOVERNMENT = re.compile(r"\b(?:regional|provincial|governorate|administration|municipality|municipal"
                              r"|county\s+government|state\s+government|district\s+authorities)\b", re.I)
SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.I)
# verbs by which a body rejects another's account: "rejected Thai claims", "dismissed Kyiv's report"
REJECTING = re.compile(r"\b(?:reject|den[iy]|dismiss|refut|deny|contest|disput|condemn|accus)\w*\b", re.I)
# "Its National Secretary", "their spokesman": owned by a body named before, whose side it takes
OWNED_BY_IT = re.compile(r"(?:its|their)\s", re.I)
# an office filled or held by whoever is named before the hyphen: "KIA-appointed", "Russian-installed"
HELD_BY = re.compile(r"([\w.]+)-(?:appointed|installed|named|run|controlled|held|backed|aligned|allied|led)\b", re.I)
# a UN office or a Commonwealth state's envoy, never the home state's own office
HIGH_COMMISSIONER = re.compile(r"\bhigh\s+commissioner", re.I)
# a state's army by any of its names: "Army spokesman" speaks for "the Sudanese Armed Forces"
ARMY = re.compile(r"\b(?:army|military|armed\s+forces)\b", re.I)


def _only_states_forces(ctx, text: str, phrase: str) -> str | None:
    """"Police said", "the military's media wing said" in a report whose places lie in one
    country (told at least twice) and which names no other state's forces: that state's, as
    the figure stage reads a sideless count of soldiers there; a land with no army of its own
    (Gaza) gives none. The country's name may be too rare for sides.home_state to tell."""
    country = ctx.story_country
    if country is None or ctx.story_country_told < 2 or country in ARMYLESS or side_of(phrase) is not None:
        return None
    for m in side_table().mentions(text):
        if m.side != country and (m.kind in FORCE_KINDS or FORCE_AFTER.match(text, m.end, m.end + 30)):
            return None  # another state's forces in the story: whose "the army" is stays open
    return country


def _held_by_another(phrase: str) -> bool:
    """"The KIA-appointed mayor", "a Russian-installed governor", "the British High Commissioner":
    an office someone named beside it holds or fills, or a foreign envoy's or a UN office
    (a high commissioner), is not the home state's office however one-state the report; a
    state's own ("the government-appointed administrator") still is."""
    held = HELD_BY.search(phrase)
    if held is not None and held.group(1).lower() not in side_words("office") | {"state"}:
        return True
    return HIGH_COMMISSIONER.search(phrase) is not None


def filed_from_capital(text: str) -> str | None:
    """The state whose capital opens the report's first lines as a dateline ("Addis Abeba -
    Ethiopian and Eritrean troops clashed …"): copy filed from a capital calls that state's
    ministries "the ministry"."""
    for line in [ln for ln in text[:1500].split("\n") if ln.strip()][:3]:
        # a dateline left in the text ("ADDIS ABEBA -", "Caracas (AFP) -", "Kyiv, 3 May -"), as the
        # one dateline reader reads it (parts.DATELINE); of places joined by slashes, the first
        m = DATELINE.match(line)
        if m is None:
            continue
        place = m.group("place").split("/")[0].strip()
        found = side_table().mentions(place.title() if place.isupper() else place)
        if len(found) == 1 and found[0].kind == "capital" and found[0].end - found[0].start == len(place):
            return found[0].side
    return None


def _group_owned(phrase: str) -> bool:
    """"The group's military spokesman": a force owned by an armed group, not the state's."""
    owner = OWNED.match(phrase)
    return owner is not None and owner.group(1).lower().rstrip("s") in {h.rstrip("s") for h in GROUP_HEADS}


def named_body(speaker: Speaker) -> bool:
    """A body with a proper name ("Sudan's Rapid Support Forces", "Islamic State group"),
    not a description ("local activists") nor a state's side."""
    return speaker.kind in {"organization", "group"} and speaker.side is None and any(
        w[:1].isupper() for w in re.findall(r"[\w'-]+", speaker.name))


def _plain_state_force(phrase: str) -> bool:
    """Whether the phrase names a state's force by a common noun ("Army spokesperson",
    "junta spokesman", "police chief"), not a force with a name of its own ("Arakan
    Army chief", "Free Syrian Army commander", "Hamas government media office")."""
    match = STATE_FORCE.search(phrase)
    if match is None:
        return False
    before = phrase[:match.start()].split()
    return not any(w[:1].isupper() and not side_table().is_side_word(w) and word_class(w) not in {"title", "role"}
                   for w in before)


def _head_of_state(speaker: Speaker) -> bool:
    """"President Bernardo Arevalo" with no state or body named: a head of state or
    government whose state the report's own story gives (sides.ruling_state), as a
    minister's is; "the president of the Red Cross" names its body and is not one."""
    office = " ".join(filter(None, (speaker.title, speaker.role))).strip().lower()
    return speaker.kind == "person" and not speaker.organization \
        and re.fullmatch(r"(?:vice[- ])?president|prime minister|premier", office) is not None


def authority_side(speaker: Speaker, written: str = "") -> Speaker:
    """"The Taliban say the raid never happened", "Qari X, the Taliban's provincial police
    spokesman": a movement that rules a state (extract/authorities.py) speaks for it, unless
    the phrase names its fighters ("Taliban fighters"). ``written`` is the speaker's phrase
    as the report wrote it."""
    if speaker.side is not None:
        return speaker
    phrase = " ".join(filter(None, (speaker.name, speaker.role, speaker.organization, written)))
    side = de_facto_state(phrase)
    if side is None:
        return speaker
    fighters = set(re.findall(r"[a-z]+", phrase.lower())) & (side_words("group") | combatant_words())
    return speaker if fighters else replace(speaker, side=side)


def _leader(speaker: Speaker) -> Speaker:
    """"Zelensky said", "President William Ruto told reporters": a leader of a state
    (data/state_leaders.tsv) speaks for the state they serve, named or not; a leader's name
    the tagger read as a body's ("Burhan vowed") is a person's."""
    if speaker.side is not None or speaker.kind not in {"person", "organization"}:
        return speaker
    side = leader_side(speaker.name)
    return replace(speaker, side=side, kind="person") if side else speaker

