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

from claimledger.extract.context import context_of, text_of
from claimledger.extract.speakers import STATE_MEDIA, word_class
from claimledger.model import Speaker
from claimledger.sides import (
    STATE_FORCE,
    STATE_OFFICE,
    home_side,
    names_non_state,
    ruling_state,
    side_table,
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
        return self._home_side(self._body_side(self._owner_side(self._state_media_side(speaker))))

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
        if phrase and not _plain_state_force(phrase) and STATE_OFFICE.search(phrase) and not names_non_state(phrase):
            # "The Emergency Medicine Centre of the Health Ministry", "the prime minister's office"
            # in a report about one state's war, all of whose places lie in it
            side = ruling_state(text_of(self._doc), country)
            return replace(speaker, side=side) if side else speaker
        if not phrase or not _plain_state_force(phrase):
            return speaker
        owner = next((m for f in (speaker.name, speaker.role or "") if (m := OWNED.match(f)) is not None), None)
        if owner is not None and owner.group(1).lower().rstrip("s") in {h.rstrip("s") for h in GROUP_HEADS}:
            # "The group's military spokesman": the armed group named before speaks, not the state
            body = self._last(lambda s: named_body(s))
            return replace(speaker, organization=speaker.organization or (body.name if body else None))
        side = home_side(phrase, text_of(self._doc), country)
        return replace(speaker, side=side) if side else speaker

    def _state_media_side(self, speaker: Speaker) -> Speaker:
        """"State TV said": the state is the one whose state media spoke earlier
        ("Syria's state news agency SANA"); otherwise it stays unknown."""
        if speaker.side is None and (own := state_agency_side(speaker.name)) is not None:
            return replace(speaker, side=own)  # "the state-run National News Agency (NNA)": Lebanon's
        if speaker.side is not None or not STATE_MEDIA.search(speaker.name):
            return speaker
        earlier = self._last(lambda s: s.side is not None and bool(STATE_MEDIA.search(s.name)))
        return replace(speaker, side=earlier.side) if earlier else speaker


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
