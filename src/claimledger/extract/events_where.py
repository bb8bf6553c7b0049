"""Where and when an event happened: the place and date of the trigger's own clause
(not of a side clause, an appositive, the dateline or the next sentence), a place a
later "the town" points back to, and the report's theatre for events told without a
place. Split from :mod:`claimledger.extract.events`, which reads the triggers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from claimledger.data import read_table
from claimledger.data.tables import word_lists
from claimledger.extract.context import context_of, text_of
from claimledger.extract.events_clauses import goal_of_another_move, other_clause, side_clause
from claimledger.extract.events_expulsions import put_out_of
from claimledger.extract.events_memo import mention_root, per_doc, per_report
from claimledger.extract.events_regional import in_a_force_name, named_a_force
from claimledger.extract.events_view import events_view
from claimledger.extract.events_where_towns import town_before
from claimledger.extract.parts import DATELINE
from claimledger.model import Place, TimeExpr
from claimledger.sides import side_table

_WORDS = word_lists("event_words.tsv")


ANAPHORIC_NOUNS = _WORDS["anaphoric_place"]


ANAPHORIC_PLACE = re.compile(r"\b(the|this|that) (" + "|".join(sorted(ANAPHORIC_NOUNS)) + r")\b"
                             r"|\bthere\b|\bnearby\b", re.I)


# what "the town", "the camp" point back to: a settlement rather than its province
SETTLEMENT_NOUNS = {"town", "village", "city", "camp", "base", "garrison", "outpost", "compound"}


# Events that happen where the report is: a withdrawal, a deployment, a toll in a
# report about one front happen on that front unless their sentence says otherwise.
THEATRE_EVENTS = {"withdraw", "deploy", "casualty_report", "battle", "territory_change"}


@per_report  # asked for each place mention by every trigger of its sentence
def _dateline(ctx, start: int, end: int) -> bool:
    """Whether a place names where the copy was filed: the dateline part, or a name in
    capitals opening a paragraph ("MOGADISHU —", "CAIRO, Jan 19 (AFP) -") that the page
    reading did not mark."""
    if ctx.part_at(start) == "dateline":
        return True
    name = ctx.text[start:end]
    if name.isupper() and len(name) > 2 and start - ctx.paragraph(start)[0] <= 2:
        return True
    # "Kinshasa / Goma (agencies) —", "Latakia, SANA- Units ...": names, an agency and a
    # date before a dash opening the paragraph, in any case (the one dateline reader's shape,
    # parts.DATELINE, further down the report than the parts mark one)
    para = ctx.paragraph(start)[0]
    opening = DATELINE.match(ctx.text[para:para + MAX_DATELINE])
    if opening is not None and end <= para + opening.end():
        return True
    # "Port-au-Prince, 9 December 2026" on a line of its own above a release's first prose
    line = ctx.text[para:ctx.paragraph(start)[1]]
    first = _first_prose(ctx)
    return start == para and first is not None and para < first[0] and len(line.split()) <= 6 \
        and CITY_DATE_LINE.fullmatch(line.strip()) is not None


# a release's place-and-date line ("Port-au-Prince, 9 December 2026", "Bamako, 3 June 2025")
CITY_DATE_LINE = re.compile(r"[A-Z][\w'’ -]+,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\.?")


# how far into a paragraph its dateline may run: a place, a region, a date and a credit
MAX_DATELINE = 160


_UNREAD: Any = object()


def theatre_country(ctx, places: list[Place], theatre: Place | None = _UNREAD) -> str | None:
    """The country of the report's theatre: the theatre's own, else that of the first place
    of the lead, headline or dateline the gazetteer placed in a country ("near the village
    of Fambita", unknown, then "Tahoua region"). ``theatre``: what theatre_of gave for these
    places, when the caller has read it already."""
    if theatre is _UNREAD:
        theatre = theatre_of(ctx, places)
    if theatre is not None and theatre.country:
        return theatre.country
    lead_end = _lead_end(ctx)
    found = next((p.country for p in sorted(places, key=lambda p: min(p.mentions)[0] if p.mentions else 1 << 30)
                  if p.country and p.kind != "country" and p.mentions and not a_go_between(ctx, *p.mentions[0])
                  and min(p.mentions)[0] < lead_end), None)
    # else the country whose towns the whole story tells, read once for every stage
    # ("between Aitaroun and Bint Jbeil", then Khiam, Kfar Kila and Marjayoun further down)
    return found or ctx.story_country


def theatre_of(ctx, places: list[Place]) -> Place | None:
    """The report's default theatre: the first town or region its lead names, else its
    headline's, else the place of its dateline. A dateline names where the copy was filed ("MAPUTO:" over a
    lead about Macomia district): the lead's own place is where things happen."""
    lead_end = _lead_end(ctx)
    first: tuple[int, Place] | None = None
    dateline: Place | None = None
    headline: tuple[int, Place] | None = None
    for place in places:
        if place.kind == "country":
            continue
        for s, e in place.mentions:
            part = ctx.part_at(s)
            if a_go_between(ctx, s, e) or a_publication(ctx.text, s) or named_a_force(ctx.doc, s, e) \
                    or in_a_name(ctx.doc, s, e):
                # "brokered by Washington", "the newspaper La Hora", "Jalisco state police", "the
                # Jalisco New Generation Cartel": no theatre
                continue
            if _dateline(ctx, s, e):
                dateline = dateline or place
            elif part == "body" and s < lead_end and not ctx.in_title(s) and (first is None or s < first[0]):
                first = (s, place)
            elif ctx.in_title(s) and (headline is None or s < headline[0]):
                headline = (s, place)
    # "SECURITY FORCES NEUTRALISE 35 KHWARIJ IN KHYBER PAKHTUNKHWA" over a lead whose
    # places the gazetteer does not know: the headline still says where the story is,
    # which the dateline ("Rawalpindi -", where the release was filed) does not
    return first[1] if first else (headline[1] if headline else dateline)


@per_report
def _lead_end(ctx) -> int:
    """Where the lead ends: the first two body paragraphs of prose. A communique's number,
    its city and date on their own lines ("COMMUNIQUE No. 214", "Bogota, 3 September") are
    no lead."""
    prose = [p for p in ctx.paragraphs if not ctx.is_debris(p[0], p[1]) and not ctx.in_title(p[0], p[1])
             and len(ctx.text[p[0]:p[1]].split(None, 9)) >= 10]  # ten words or more: the first ten suffice
    return prose[min(1, len(prose) - 1)][1] if prose else ctx.lead_end()


def before_the_lead(ctx, start: int) -> bool:
    """Whether a line comes before the story's first paragraph of prose and is no
    sentence: a headline or standfirst the page reading did not mark ("General Staff:
    Ukraine hits refinery, repels 54 assaults")."""
    first = _first_prose(ctx)
    if first is None or start >= first[0]:
        return False
    para = ctx.paragraph(start)
    return not SENTENCE_END.search(ctx.text[para[0]:para[1]])


SENTENCE_END = re.compile(r"[.!?\"”’]\s*$")


# asked for every event of a report: read once per report context, kept on it (an lru_cache keyed
# by the context kept the last reports' contexts, Docs and every Token alive, for the collector's
# oldest generation to walk)
@per_report
def _first_prose(ctx) -> tuple[int, int] | None:
    """The story's first paragraph of prose: not page debris, at least 12 words, a sentence."""
    return next((p for p in ctx.paragraphs if not ctx.is_debris(p[0], p[1])
                 and len(ctx.text[p[0]:p[1]].split()) >= 12 and SENTENCE_END.search(ctx.text[p[0]:p[1]])), None)


def toll_place(ctx, sent: Span, counted: Token) -> Place | None:
    """The town or region of the toll's own clause: not the dateline's, not one a side
    clause names ("... in the fighting, which spread to the airport, forcing flights to
    be diverted to Misrata")."""
    owner = None  # "Rio de Janeiro state's Military Police said ... in Sao Goncalo": the body's land, if no other
    for s, e, place in events_view(ctx).place_mentions(sent):
        if place.kind == "country" or _dateline(ctx, s, e) or a_publication(ctx.text, s):
            continue
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and not side_clause(span.root, counted) and not other_clause(span.root, counted):
            if not _is_party(ctx.text, span, place):
                return place
            owner = owner or place
    return owner


def place_referred_to(sent: Span, places: list[Place], at: int | None = None) -> Place | None:
    """"in the region", "in the area": the last town or region named before. "The town
    of Mahaday" names its town, it points back to none; of several, the one nearest the
    trigger at ``at`` (a character offset) points back for it."""
    text = text_of(sent.doc)[sent.start_char:sent.end_char]  # Span.text joins new Tokens on each call
    matches = [m for m in ANAPHORIC_PLACE.finditer(text) if text[m.end():m.end() + 4] != " of "]
    if not matches:
        return None
    found = min(matches, key=lambda m: abs(sent.start_char + m.start() - at)) if at is not None else matches[0]
    settlement = (found.group(2) or "").lower() in SETTLEMENT_NOUNS
    before = sent.start_char + found.start()  # "a trader in Tessit ... overran the town's camp"
    doc = sent.doc
    best: tuple[int, Place] | None = None
    ctx = context_of(doc)
    for place in places:
        if place.kind == "country" or settlement and place.kind == "region":
            continue
        for s, e in place.mentions:
            if s < before and (best is None or s > best[0]) and not _goal_or_origin(doc, s, e) \
                    and not _dateline(ctx, s, e) and not in_a_name(doc, s, e) and not a_publication(ctx.text, s) \
                    and not named_a_force(doc, s, e) \
                    and (not ctx.in_speaker(s) or settlement and _speakers_home(sent, s)):
                best = (s, place)
    if best is not None and _unresolved_name_between(ctx, best[0], before):
        return None  # "shelled Mweso ... bombed the area": the area is Mweso, which no source placed
    return town_before(ctx.text, places, *best) if best else None  # "near Tillia in the Tahoua region"


PUBLICATION = re.compile(r"\b(?:newspaper|daily|weekly|paper|magazine|broadcaster|radio|television|channel|"
                         r"outlet|news\s+agency|news\s+site)\s+$", re.I)


@lru_cache(maxsize=4096)  # asked for each place mention by every trigger of its sentence
def a_publication(text: str, start: int) -> bool:
    """Whether a name follows "the newspaper", "the daily", "the broadcaster" ("told the
    newspaper La Hora"): a publication's name, never where an event happened."""
    return PUBLICATION.search(text[max(start - 30, 0):start]) is not None


def _speakers_home(sent: Span, start: int) -> bool:
    """"residents of Sanasabi said gunmen fired on the village": a speaker's own village, named
    in the same sentence after "of", is what "the village" points back to."""
    return start >= sent.start_char and text_of(sent.doc)[max(0, start - 4):start] == " of "


def _unresolved_name_between(ctx, start: int, end: int) -> bool:
    """Whether a name read as a place (by the parser, or as what was struck or where
    something happened: "shelled Kalembe", "near Kibati") that the report's places do not
    hold stands between two offsets."""
    placed = [(s, e) for place in getattr(ctx, "places", None) or [] for s, e in place.mentions]
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    for tok in span if span is not None else []:
        if tok.pos_ != "PROPN" or any(s <= tok.idx < e for s, e in placed) or ctx.in_speaker(tok.idx):
            continue
        if tok.ent_type_ in {"GPE", "LOC"} or tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVES \
                or tok.dep_ == "dobj" and tok.head.lemma_.lower() in _verb_triggers():
            return True
    return False


LOCATIVES = {"in", "near", "at", "around", "outside", "inside"}


@lru_cache(maxsize=1)
def _verb_triggers() -> frozenset[str]:
    return frozenset(row[0] for row in read_table("events.tsv") if " " not in row[0])


@per_doc  # asked for each place mention by every trigger of its sentence
def in_a_name(doc: Doc, start: int, end: int) -> bool:
    """ "the Kachin Independence Army", "The Global New Light of Myanmar": a place inside
    the name of a group or an outlet is not where anything happened."""
    report = context_of(doc)
    found = report.token_range(start, end)  # char_span's tokens, without making the Span
    if found is None:
        return False
    first, stop = found
    # the entity holding the name's first word (entities never overlap), not a walk over all of them
    ent = report.ent_at(first) if stop > first else next(
        (x for x in report.ents if x.start <= first and stop <= x.end), None)
    if ent is not None and stop > ent.end:
        ent = None
    if ent is None or ent.label_ not in {"ORG", "WORK_OF_ART"} or (ent.start, ent.end) == (first, stop):
        return False
    last = ent[-1]
    # "Tsafe LGA", "Kani Township": a place named with its kind is a place, not a body
    return last.i >= stop and last.text[:1].isupper() and last.lower_ not in PLACE_PARTS


def _goal_or_origin(doc: Doc, start: int, end: int) -> bool:
    """ "withdrew towards Gao", "reinforcements from El Obeid": a place gone to or come
    from is not what a later "the camp", "the town" points back to."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in {
        "to", "towards", "toward", "from", "into"}


def place_of(tok: Token, sent: Span, places: list[Place], kind: str = "") -> Place | None:
    """The place the trigger's own phrase names, else the nearest in its sentence that
    is not told by another clause ("… rockets which were preparing to attack Turkey")."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    if tok.pos_ == "VERB":
        lo, hi = sent.start_char, hi
    best: tuple[int, Place] | None = None
    best_span: Span | None = None
    doc = tok.doc
    ctx = context_of(doc)
    for s, e, place in events_view(ctx).place_mentions(sent):
        if _dateline(ctx, s, e):
            continue  # "SANAA/DUBAI (AP) —": where the copy was filed, not where it happened
        found = mention_root(ctx, s, e)  # made once a report: Span.root walks the span, makes a new Token
        if found is None:
            continue
        span, root = found
        if _is_party(ctx.text, span, place) or other_clause(root, tok) \
                or side_clause(root, tok) or in_a_name(doc, s, e) or a_publication(ctx.text, s):
            continue
        if kind == "agreement" and _a_party_agreeing(root, tok):
            continue  # "Benin and Niger agreed to reopen their border": the parties, not the place
        if _answered(root, tok):
            continue  # "struck the port in response to attacks on shipping in the Red Sea"
        if _brokered_by(root) or BROKERED_AFTER.match(ctx.text, e):
            continue  # "under an arrangement brokered by Washington", "a US-brokered truce": the go-between
        if tok.pos_ == "VERB" and _a_coordinate_clause(root, tok):
            continue  # "bulldozers demolished houses in Kfar Kila, and troops fired toward Odaisseh"
        if goal_of_another_move(root, tok):
            continue  # "arrested nine, and the rest fled towards Arcahaie": where others went
        # "drove 40 families from their homes in Kwall": where people were put out of is the place
        came_from = (root.head.lower_ == "from" or _launched_from(root, tok)) and not put_out_of(tok)
        if kind in {"attack", "battle", "deploy"} and came_from \
                or root.head.head.lower_ == "from" and root.head.pos_ == "VERB":
            continue  # "rocket attacks from (neighbouring) Syria": where they came from
        inside = lo <= s and e <= hi
        distance = abs(s - tok.idx) + (0 if inside else 10_000) + (500 if place.kind == "country" else 0)
        distance += 5_000 if in_a_force_name(root) else 0  # "Guerrero state police clashed ... near Iguala"
        # "a police spokesman in Maputo said": where a speaker sits, the last resort; the
        # country in a speaker's name ("The Global New Light of Myanmar") none at all
        if ctx.in_speaker(s) and place.kind == "country":
            continue
        if _where_told(ctx, root):
            continue  # "..., the defence ministry said in Bangui": where the telling was made
        distance += 20_000 if ctx.in_speaker(s) else 0
        if best is None or distance < best[0]:
            best = (distance, place)
            best_span = span
    if best is not None and best[1].kind != "city":
        best = _town_it_describes(best, best_span, sent, places) or best
    if best is not None and best[1].kind == "country" and ANAPHORIC_PLACE.search(
            doc[tok.left_edge.i: tok.right_edge.i + 1].text):
        # "army units deployed in the area ... with the UN Interim Force in Lebanon": the area
        # is the town named before it, not the country a name after it holds
        return place_referred_to(sent, places, tok.idx) or best[1]
    if best is not None and best[0] >= 20_000 and ANAPHORIC_PLACE.search(ctx.text[sent.start_char:sent.end_char]):
        # "... said the army had been sent to the area": the place the area points back to
        return place_referred_to(sent, places, tok.idx) or best[1]
    return best[1] if best else None


LAUNCHING = {"launch", "fire", "send"}


def _a_party_agreeing(token: Token, trigger: Token) -> bool:
    """Whether a name is the subject (or one of the joined subjects) of the agreeing verb."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "nsubj" and node.head.i == trigger.i


def _where_told(ctx, token: Token) -> bool:
    """Whether a place is where a cue was spoken ("the ministry said in Bangui", "told
    reporters in Goma", "said at a briefing in Belgorod"): the place of the telling, not
    of what is told."""
    node = token
    for _ in range(3):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"in", "at", "from"}:
            return False
        above = prep.head
        if above.dep_ == "dobj" and above.head.pos_ == "VERB":
            above = above.head  # "told reporters in Goma"
        if above.idx in ctx.cue_starts:
            # "agreed in Bogota to extend their ceasefire": a cue that is itself the act places it
            return above.lemma_.lower() not in ACTING_CUES
        if above.lemma_.lower() not in TELLINGS:
            return False
        node = above  # "in a statement in Bamako": the statement's place is the telling's
    return False


# cues that are acts: where they were made is where the event was
ACTING_CUES = {"agree", "sign", "announce", "accept", "admit", "acknowledge", "deny", "reject", "surrender"}
# where words are told from: a place inside them is where the telling was made
TELLINGS = {"statement", "briefing", "conference", "interview", "address", "message", "speech", "post",
            "video", "communique", "communiqué", "release", "broadcast", "meeting"}


GOAL_PREPOSITIONS = {"to", "into", "toward", "towards"}


def _launched_from(token: Token, trigger: Token) -> bool:
    """ "attacked with missiles from the directions of Bryansk and Oryol": a place deep inside
    a "from" phrase of the attack's own words is where it came from (not "withdrew from the
    villages of X after gunmen attacked": another verb's "from")."""
    node = token
    for _ in range(4):
        if node.dep_ not in {"pobj", "prep", "conj"} or node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ in GOAL_PREPOSITIONS:
            return False  # "deployed a company from the 43rd Battalion to Las Navas": where it went
        if node.lower_ == "from" and node.dep_ == "prep":
            above = node.head
            while above.i != trigger.i and above.head.i != above.i and (
                    above.pos_ not in {"VERB", "AUX"} or above.dep_ == "acl" and above.lemma_.lower() in LAUNCHING):
                above = above.head  # "attacked with 40 drones launched from ...": the weapons' way in
            return above.i == trigger.i  # not "sent units ... and pushed the militia back from X"
    return False


def _a_coordinate_clause(token: Token, trigger: Token) -> bool:
    """Whether a word sits in a clause joined to the trigger's by "and" or "but", each with a
    subject of its own ("Israeli bulldozers demolished three houses in Kfar Kila, and enemy
    troops fired toward Odaisseh"): the other act's place. One subject for both verbs ("troops
    entered Kafr Kila and fired at homes") keeps the place for both."""
    verb = token.head
    for _ in range(12):
        if verb.i == trigger.i or verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.i == trigger.i or verb.pos_ not in {"VERB", "AUX"}:
        return False
    joined = trigger.dep_ == "conj" and trigger.head.i == verb.i or verb.dep_ == "conj" and verb.head.i == trigger.i
    # "sent units to North Wollo and that they had pushed the militia back from Woldia": the
    # same force ("they") acting again is where it went
    return joined and all(any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in v.children)
                          for v in (verb, trigger))


def _town_it_describes(best: tuple[int, Place], span: Span, sent: Span,
                       places: list[Place]) -> tuple[int, Place] | None:
    """ "Residents of Sittwe, the Rakhine state capital, say jets bombed ...": a region
    named only to say where a town lies is the town's description; the town is the place."""
    doc = sent.doc
    for s, e, place in events_view(context_of(doc)).place_mentions(sent):
        if place.kind != "country" and place.id != best[1].id and OWNING.fullmatch(text_of(doc)[span.end_char:s]):
            return (best[0], place)  # "Balochistan's Panjgur district", "Zamfara's Tsafe LGA": the region's part
        if place.kind != "city" or place.country != best[1].country:
            continue
        if DESCRIBING.fullmatch(text_of(doc)[e:span.start_char]):
            return (best[0], place)  # "Kadugli, the South Kordofan state capital", "Beni, a town in North Kivu"
        town = doc.char_span(s, e, alignment_mode="expand")
        if town is not None and town.root.is_ancestor(span.root) and _described(span.root, town.root):
            return (best[0], place)
    return None


# what stands between a region and the town it owns ("Balochistan's Panjgur")
OWNING = re.compile(r"['’]s\s+")
# what stands between a town and the region that says where it lies
DESCRIBING = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,3}")


RESPONSE_WORDS = word_lists("event_extra_words.tsv")["response_word"]


def _answered(root: Token, trigger: Token) -> bool:
    """Whether a place is told inside what the event answers ("in response to missile
    attacks on shipping in the Red Sea", "in retaliation for a raid on X"): that earlier
    event's place, not this one's."""
    node = root
    for _ in range(12):
        head = node.head  # read once a step: every ``.head`` makes a new Token
        if node.i == trigger.i or head.i == node.i:
            return False
        if node.pos_ == "NOUN" and node.lower_ in RESPONSE_WORDS and trigger.is_ancestor(node):
            return True
        node = head
    return False


def _described(region: Token, town: Token) -> bool:
    """Whether the region hangs on the town through an apposition or an "of"/"in" of its
    noun phrase ("Sittwe, the Rakhine state capital"; "Kadugli, capital of South Kordofan")."""
    node = region
    while node.i != town.i:
        if node.dep_ in {"relcl", "acl", "advcl", "ccomp", "conj"} or node.head.i == node.i:
            return False
        if node.dep_ == "appos":
            return node.head.i == town.i
        node = node.head
    return False


# bodies a country owns when named after them with "of": the country is a party, not a place
_OWNED_BODIES = {"forces", "army", "military", "ministry", "defense", "defence", "government", "navy", "troops",
                 "units", "command", "guard"}


def _is_party(text: str, span: Span, place: Place) -> bool:
    """"Russia's Defense Ministry", "US-led", "Ukraine has gained": a state acting, not a place."""
    if text[span.end_char:span.end_char + 1] == "-" or span.text.endswith("-"):
        return True  # "US-led", "US- and French-brokered"
    if text[span.end_char:span.end_char + 2] in {"'s", "’s"}:
        # "Russia's Defense Ministry" acts; "Beirut's southern suburbs" is where it happened
        owned = re.match(r"['’]s\s+(?:[a-z-]+\s+)?([a-z]+)", text[span.end_char:span.end_char + 40])
        # "Israel's Ben Gurion airport": a named part of the country, past its name
        named = re.match(r"['’]s\s+(?:[A-Z][\w-]*\s+){1,3}([a-z]+)", text[span.end_char:span.end_char + 60])
        # "Sagaing Region's Wetlet Township": a part of the region named with its capitalised kind
        titled = re.match(r"['’]s\s+((?:[A-Z][\w-]*[\s,.;:]+){1,3})", text[span.end_char:span.end_char + 60])
        # ("Zamfara's Tsafe LGA, destroying": the kind may end the clause)
        if titled and any(w.lower() in PLACE_PARTS for w in re.findall(r"[A-Z][\w-]*", titled.group(1))[1:]):
            return False
        return not any(m and m.group(1) in PLACE_PARTS for m in (owned, named))
    root = span.root  # found once: each read walks the span for it and makes a new Token
    if root.head.lemma_.lower() in {"accuse", "blame", "say", "condemn", "urge", "warn", "tell"}:
        return True  # "accused Moscow of …": spoken of, not a place where it happened
    listed = root
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head  # "between Armenia and Azerbaijan": the second party too
    if listed.dep_ == "pobj" and listed.head.lower_ in {"between", "with"} \
            and listed.head.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "a ceasefire between Israel and Hamas", "a deal with Russia": a party
    owner = root.head
    if place.kind == "country" and root.dep_ == "pobj" and owner.lower_ == "of" \
            and owner.head.lower_ in _OWNED_BODIES:
        return True  # "units of the Armed Forces of Armenia", "the Ministry of Defense of Azerbaijan": whose
    if root.dep_ not in {"nsubj", "nsubjpass", "poss", "agent", "compound"}:
        return False
    # a country, or a capital standing for its government ("the Kyiv regime", "Moscow said")
    return place.kind == "country" or side_table().kind_of.get(span.text.lower(), ("", ""))[1] == "capital"


# parts of a town or country that a possessive names as a place ("Beirut's southern suburbs")
PLACE_PARTS = {"suburbs", "suburb", "outskirts", "centre", "center", "districts", "district", "neighbourhoods",
               "neighborhoods", "neighbourhood", "neighborhood", "airport", "port", "north", "south", "east", "west",
               "countryside", "border", "borders", "coast", "outskirt", "streets", "old", "camps", "camp",
               "market", "markets", "hospital", "hospitals", "mosque", "harbour", "harbor", "refinery", "hills",
               "township", "townships", "province", "region", "governorate", "county", "municipality", "village",
               "villages", "area", "areas", "town", "towns", "quarter", "locality", "valley", "zone", "state",
               "lga", "lgas", "upazila", "tehsil", "woreda", "barangay", "commune", "prefecture", "oblast", "raion"}


def a_go_between(ctx, start: int, end: int) -> bool:
    """Whether a place's mention names who brokered something ("brokered by Doha", "US-mediated")."""
    if BROKERED_AFTER.match(ctx.text, end):
        return True
    root = ctx.root_of(start, end)  # char_span's root, without the Span for a one-word name
    return root is not None and _brokered_by(root)


def _brokered_by(token: Token) -> bool:
    """Whether the word is who brokered, mediated or hosted something ("brokered by Washington")."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "by" and head.head.lower_ in BROKER_WORDS


# a place's name glued to a go-between's word ("US-brokered", "Qatar-mediated")
BROKERED_AFTER = re.compile(r"\s?-\s?(?:" + "|".join(sorted(word_lists("event_extra_words.tsv")["broker_word"]))
                            + r")\b", re.I)
BROKER_WORDS = word_lists("event_extra_words.tsv")["broker_word"]


def when_of(tok: Token, sent: Span, times: list[TimeExpr]) -> TimeExpr | None:
    report = context_of(tok.doc)
    inside = []
    for t in report.times_in(sent):
        root = report.root_of(t.span[0], t.span[1])  # char_span's root, without the Span for one word
        if root is None or not side_clause(root, tok):
            inside.append(t)
    if not inside:
        return None
    return min(inside, key=lambda t: abs(t.span[0] - tok.idx))
