"""Attributed claims: who says what, through which cue, in quotes or paraphrase.

Cues are read off the dependency parse, not just the sentence root: "X said that …",
"…, X said.", "according to X, …", participles ("noting that …", "citing …"),
passives ("it was reported by X that …", "X was quoted as saying …"), object cues
("X pointed to …", "X praised …") and direct quotes in straight and curly quotes,
including quotes that run on over sentences with no cue of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from claimledger.extract import claims_bounds as bounds
from claimledger.extract.claims_according import (
    SOURCE_PREPOSITIONS,
    according_to,
    held_view,
    made_clear,
    relayed_by_person,
    source_phrase,
    speaks_for_itself,
)
from claimledger.extract.claims_answers import conjoined_report
from claimledger.extract.claims_backshift import with_backshifted_conjunct
from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_clauses import (
    credits_a_report,
    modal_conjunct,
)
from claimledger.extract.claims_content import content_span
from claimledger.extract.claims_empty import REPORTED_THING, empty_content
from claimledger.extract.claims_frames import (
    REPORTING_ADVERBS,
    UNNAMED,
    adjective_claim,
    adverb_claim,
    noun_claim,
    passive_charge,
    sourceless_claim,
)
from claimledger.extract.claims_gaps import subject_before_speaker
from claimledger.extract.claims_labels import referred_as
from claimledger.extract.claims_lead import lead_before_attribution
from claimledger.extract.claims_notes import outlets_own_word
from claimledger.extract.claims_objects import only_a_source
from claimledger.extract.claims_phrasal import phrasal_claim, phrasal_verb
from claimledger.extract.claims_polls import poll_cue, poll_share_claim
from claimledger.extract.claims_pronouns import fronted_referent, nobody_speaks, with_clause_owner
from claimledger.extract.claims_quotes import (
    adjacent_quote,
    in_quotation,
    run_on_quote,
    said_first,
)
from claimledger.extract.claims_rebuttals import before_rebuttal, rebuts_what_came_before, rebuttal_label
from claimledger.extract.claims_replies import reply_claim
from claimledger.extract.claims_resumed import resumed_quotes
from claimledger.extract.claims_shapes import (
    colon_quote,
    relative_report,
    said_within,
    what_was_said,
)
from claimledger.extract.claims_speaker import is_cue, may_speak, speaker_head
from claimledger.extract.claims_stances import noun_stance, stance_claim
from claimledger.extract.claims_tails import terms_of_speaking
from claimledger.extract.claims_tolls import toll_claim
from claimledger.extract.claims_turns import PageTurns, answer_turn, labelled_turn
from claimledger.extract.claims_unsaid import filed_from, says_nothing, tally_row
from claimledger.extract.claims_views import foreseen, held_opinion
from claimledger.extract.context import context_of, text_of, tokens_of
from claimledger.extract.cues import cues_with
from claimledger.extract.described_bodies import name_described_bodies
from claimledger.extract.quote_pairs import quotations
from claimledger.extract.quotes import transcript_labels
from claimledger.extract.speaker_memory import SpeakerMemory
from claimledger.extract.speakers import PRONOUNS, can_speak, read_speaker
from claimledger.model import Claim, Place
from claimledger.sides import side_table

# Words that never speak, even when parsed as a cue's subject ("the attack showed …").
NON_SPEAKER_DEPS = {"expl"}
SUBJECTS = {"nsubj", "nsubjpass"}
# what a cut content must not end on: "…, while the", "… which", "…, according to"
DANGLING_END = re.compile(r"(?:[\s,;:–—-]|\b(?:while|and|but|as|whereas|although|though|with|the|a|an|which"
                          r"|who|that|according\s+to)\b)+$", re.I)


def find_claims(doc: Doc, places: list[Place] | None = None) -> list[Claim]:
    """Every attributed claim in the document, in text order."""
    quotes = quotations(text_of(doc))  # mixed marks paired by place (quote_pairs.py)
    ctx = context_of(doc)
    # the report's one discourse memory: the claims stage assigns its actors (STAGES)
    ctx.memory.actors = []
    memory = ctx.memory.speakers = SpeakerMemory(ctx.memory)
    claims: list[Claim] = []
    previous: Claim | None = None
    labels = transcript_labels(text_of(doc))
    turns = PageTurns(text_of(doc), labels)
    answered: set[int] = set()
    for sent in ctx.sents:
        if ctx.is_debris(sent.start_char, sent.end_char):
            continue  # a caption, a byline, a footer: no claim of the story
        _remember_people(ctx.ents_in(sent), sent, memory, places)
        if turns.is_silent(sent.start_char):
            previous = None  # an interviewer's question, an "About X:" block: nobody's claim, nothing runs on
            if turns.is_asking(sent.start_char):
                claims.extend(turns.reported_in_question(sent, _sentence_claims(sent, quotes, places, memory)))
            continue
        label = labels.get(sent.start_char)
        if label and (ctx.part_at(sent.start_char) == "dateline" or _place_label(label[0], places)
                      or filed_from(label[0], labels, _line_after(text_of(doc), label[1]))
                      or tally_row(_line_after(text_of(doc), label[1]))):
            # "NAIROBI: …" is where the copy was filed, "Mali: Army …" what a headline is about,
            # "Pledged: 781." a tally's row
            label = None
        found = [labelled_turn(label, sent, quotes, memory)] if label else []
        answers = turns.answers_in(sent)
        if answers is not None:
            # each statement of an answer is one claim, made once (the parser may split "A:" from it);
            # a courtesy ("Thank you.") is none
            found = [answer_turn(a, sent, quotes, memory) for a in answers if a not in answered]
            answered.update(answers)
        found += turns.without_echoes(_sentence_claims(sent, quotes, places, memory), sent)
        # a sentence run across a page line (a caption, a related headline) keeps
        # only the claims whose cue and speaker are in the story
        found = [c for c in found if not _from_the_page(ctx, c)]
        # "Editor's note: X … who has pledged to …": the outlet's standing description (claims_notes.py)
        found = [c for c in found if not outlets_own_word(c, doc)]
        if previous is not None and previous.span[0] <= sent.start_char and sent.end_char <= previous.span[1] + 2 \
                and previous.span[0] >= previous.sentence_span[1]:
            continue  # a paragraph introduced by "… said:", already the previous claim's content
        if not found:
            found = run_on_quote(sent, quotes, previous)
        found += resumed_quotes(sent, quotes, found)  # '"A," she said, "and B."' (claims_resumed.py)
        found = lead_before_attribution(sent, quotes, found)  # "A, X said, warning B" (claims_lead.py)
        claims.extend(found)
        if found:
            previous = found[-1]
    name_described_bodies(claims, text_of(doc))
    return claims


def _line_after(text: str, start: int) -> str:
    """The rest of the line from ``start`` (what follows a line's label)."""
    end = text.find("\n", start)
    return text[start:len(text) if end < 0 else end]


def _place_label(label: str, places: list[Place] | None) -> bool:
    """Whether a line's "X:" label is a place: a country (a rights group's "Mali: Army
    Executed Villagers", an outlet's "Gaza: …") or a place of the report, in ordinary
    case; a delegate's "RUSSIA:" in a transcript is written in capitals."""
    if label.isupper():
        return False
    if side_table().kind_of.get(label.lower(), ("", ""))[1] == "country":
        return True
    return any(p.name.lower() == label.lower() for p in places or ())


def _from_the_page(ctx, claim: Claim) -> bool:
    """Whether the claim's cue or speaker lies in the page around the story."""
    cue = claim.cue_span or claim.span
    speaker = claim.speaker.span
    return ctx.is_debris(cue[0], cue[1]) or (speaker is not None and ctx.is_debris(speaker[0], speaker[1]))


def _remember_people(ents: list[Span], sent: Span, memory: SpeakerMemory, places: list[Place] | None) -> None:
    """Named people and sided bodies in the sentence, spoken or not, become candidates
    for later "he", "she", "the agency" or a bare surname (speaker_memory.py)."""
    memory.note_people(ents, sent, places)


_CUE_TAGS = frozenset({"VERB", "AUX", "NOUN"})  # the tags is_cue can take a word of


def _sentence_claims(sent: Span, quotes, places, memory: SpeakerMemory) -> list[Claim]:
    claims: list[Claim] = []
    # the report's Token objects: iterating the Span or indexing the Doc makes new ones
    report = context_of(sent.doc)
    tokens = report.tokens
    words = tokens[sent.start:sent.end]
    # only a verb, an auxiliary or a noun (a verb the tagger read as one) is a cue: the others are
    # passed over on the report's array of tags (a correction turns a noun into a verb, never out of these)
    tags = report.poss[sent.start:sent.end]
    cues = sorted([t for t, pos in zip(words, tags, strict=True) if pos in _CUE_TAGS and is_cue(t)], key=_depth)
    for cue in cues:
        claim = _claim_for_cue(cue, sent, quotes, places, memory, claims)
        if claim is None and not _inside(cue.idx, claims):
            claim = sourceless_claim(cue, sent, quotes) or passive_charge(cue, sent, quotes, places, memory)
        if claim is not None:
            claims.append(claim)
    adverbs: list[Token] = []  # "reportedly", "allegedly"
    phrases: list[Token] = []  # "in", "by", "to" that may open a source phrase
    # stances toward a thing ("backs the plan") yield to every other reading: a poll's
    # "60 percent opposed X" is the poll's claim, and no stance inside a claim is a second one
    stances: list[Claim] = []
    lowers = report.lowers  # each word's lower case, read once a report
    for tok, lower in zip(words, lowers[sent.start:sent.end], strict=True):
        # each read of a word's tag looks it up again: read once, before anything runs on it (not
        # from the report's array: a reading below may correct a later word's tag)
        pos = tok.pos_
        if lower == "according" and tok.i + 1 < len(tokens) and lowers[tok.i + 1] == "to":
            claim = according_to(tok, sent, quotes, places, memory, claims)
        elif poll_cue(tok) \
                and (claim := poll_share_claim(tok, sent, quotes, places, memory, claims)) is not None:
            pass  # "One in five say …": the parser breaks "N in M" (claims_polls.py)
        elif pos == "NOUN":
            claim = noun_claim(tok, sent, quotes, places, memory) or (None if _inside(tok.idx, claims) else
                                                                      held_opinion(tok, sent, quotes, places, memory))
            if claim is None and (held := noun_stance(tok, sent, quotes, places, memory, claims)) is not None:
                stances.append(held)  # "China's support for the plan"
        elif pos in {"ADJ", "VERB"} and not _inside(tok.idx, claims):
            claim = adjective_claim(tok, sent, quotes, places, memory) \
                or made_clear(tok, sent, quotes, places, memory) \
                or toll_claim(tok, sent, quotes, places, memory) \
                or referred_as(tok, sent, quotes, places, memory) \
                or reply_claim(tok, sent, quotes, places, memory) \
                or (None if not phrasal_verb(tok) or says_nothing(tok) or terms_of_speaking(tok)  # not "declined to …"
                    else phrasal_claim(tok, sent, quotes, places, memory, claims))
            if claim is None and (held := stance_claim(tok, sent, quotes, places, memory, claims)) is not None:
                stances.append(held)  # "Turkey backs the truce plan"
        else:
            if lower in REPORTING_ADVERBS:
                adverbs.append(tok)
            elif lower in PHRASE_OPENERS and pos == "ADP":
                phrases.append(tok)
            continue
        if claim is not None:
            claims.append(claim)
    # "reportedly" last: within a claim told by a cue or "according to", it is that speaker's hedge
    claims += [c for tok in adverbs if not _inside(tok.idx, claims)
               and (c := adverb_claim(tok, sent, quotes)) is not None]
    # "… was told that …, according to an email": the named source's claim holds the unnamed one
    claims = [c for c in claims if c.speaker.name != UNNAMED or not any(
        o.speaker.name != UNNAMED and o.span[0] <= c.span[0] and c.span[1] <= o.span[1] for o in claims)]
    if not claims:
        claims = _phrase_claims(phrases, sent, quotes, places, memory) or [
            c for c in [colon_quote(sent, quotes, places, memory)] if c is not None]
    claims += [c for c in stances if not any(o.span[0] <= c.span[0] and c.span[1] <= o.span[1]
                                             or o.span[0] <= (c.cue_span or c.span)[0] < o.span[1] for o in claims)]
    _cut_nested(claims, text_of(sent.doc))
    return _distinct(sorted(claims, key=lambda c: c.span[0]), sent.doc)


PHRASE_OPENERS = SOURCE_PREPOSITIONS | {"to"}


def _phrase_claims(openers: list[Token], sent: Span, quotes, places, memory: SpeakerMemory) -> list[Claim]:
    """A sentence no cue attributes may still be attributed by a phrase: "In a survey
    released on Monday, …", "By the monitor's count, …", "To many in Goma, …"."""
    for tok in openers:
        claim = source_phrase(tok, sent, quotes, places, memory, []) or held_view(tok, sent, quotes, places,
                                                                                 memory, [])
        if claim is not None:
            return [claim]
    return []


def _inside(at: int, claims: list[Claim]) -> bool:
    # asked of most words, mostly while the sentence has no claim yet: no generator made then
    return bool(claims) and any(c.span[0] <= at < c.span[1] for c in claims)


def _distinct(claims: list[Claim], doc: Doc) -> list[Claim]:
    """"X was quoted as saying '…'": two cues, one claim. Same speaker, same words: keep one."""
    kept: list[Claim] = []
    for claim in claims:
        if not any(k.speaker.name == claim.speaker.name and k.span == claim.span for k in kept):
            kept.append(claim)
    # '… was quoted as saying that Baku "will not tolerate provocations" and that …': the
    # quotation the passive cue points at is already inside what "saying" reports
    kept = [c for c in kept if c.cue.lower() != "quoted" or not any(
        o is not c and o.speaker.name == c.speaker.name and o.span[0] <= c.span[0] and c.span[1] <= o.span[1]
        and o.span != c.span for o in kept)]
    return [c for c in kept if not said_within(c, kept, doc) and not bounds.echoes_quotation(c, kept, doc)]


def _cut_nested(claims: list[Claim], text: str) -> None:
    """A content that runs on into another speaker's claim ("… has gained ground, while
    the ministry announced …") ends where the other speaker begins."""
    for outer in claims:
        for inner in claims:
            sp = inner.speaker.span
            if inner is outer or sp is None or not (outer.span[0] < sp[0] < outer.span[1]):
                continue
            if inner.speaker.name == outer.speaker.name or bounds.subordinate_speaker(text, outer.span[0], sp[0]):
                continue  # "… only because Mr. Lynch agreed to take part": the second speaker's clause is said too
            if outer.cue_span is not None and outer.cue_span[0] >= inner.span[1]:
                # "At dawn, the commander met his officers and told them …, according to one who was
                # there": an attribution closing the sentence holds the claim inside it whole
                continue
            cut = text[outer.span[0]:sp[0]]
            cut = DANGLING_END.sub("", cut)
            if cut:
                outer.span = (outer.span[0], outer.span[0] + len(cut))
                outer.text = cut


def _depth(token: Token) -> int:
    depth = 0
    head = token.head  # read once a step: every ``.head`` makes a new Token
    while head.i != token.i and depth < 50:
        token, depth = head, depth + 1
        head = token.head
    return depth


# "…, as the elders had asked / demanded": what was done at someone's request
AS_REQUESTED = frozenset({"ask", "request", "demand", "want", "wish", "urge", "instruct", "order", "require",
                          "recommend", "propose", "suggest", "plan", "agree", "promise", "pledge", "expect"})

# cues of belief only with "as": "views the incursion as a terrorist act"
AS_CUES = {"view", "see", "cast", "paint", "frame", "depict"}  # "cast the rebels as terrorists" (h107)
# how a thing is viewed, in polls: "view the army favourably"
JUDGED = frozenset({"favorably", "favourably", "unfavorably", "unfavourably", "positively", "negatively"})


def _claim_for_cue(cue: Token, sent: Span, quotes, places, memory, earlier: list[Claim]) -> Claim | None:
    if cue.lemma_.lower() in AS_CUES and not any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advmod"
                                                 and c.lower_ in JUDGED for c in cue.children) \
            and not _that_clause(cue) and not foreseen(cue):
        # "officials viewed the damage" is no belief; "Moscow views X as Y", "saw that …" and a
        # poll's "61 percent view the army favourably" are
        return None
    if says_nothing(cue) or credits_a_report(cue):
        return None  # unsaid, refused, asked about, or no speech at all (claims_unsaid.py); "…, RNZ reports"
    if cue.lemma_.lower() in AS_REQUESTED and cue.dep_ == "advcl" \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        return None  # "we withdrew the soldiers, as the communities asked": done on request, not said by them
    if cue.dep_ == "xcomp" and is_cue(cue.head) and cue.head.i < cue.i \
            and not any(c.dep_ in {"ccomp", "xcomp", "dobj", "prep"} for c in cue.children):
        return None  # "vowed to respond": what the first cue reports, with nothing of its own to say
    if cue.dep_ == "acl" and cue.head.pos_ == "PROPN" and in_quotation(cue.head) and not in_quotation(cue):
        return None  # 'operation "Euphrates Shield" in Syria blaming …': a quoted name says nothing
    speaker_tok = speaker_head(cue)
    speaker_tok = bounds.inverted_speaker(cue) if speaker_tok is None else speaker_tok  # "…, wrote a pastor, X"
    if speaker_tok is not None and _line_label(speaker_tok, cue):
        # "Q: The Rapid Support Forces say …": the cue's own subject after the label speaks
        label = speaker_tok
        speaker_tok = next((c for c in [*cue.children, *label.children] if c.dep_ in {"nsubj", "appos"}
                            and label.i + 1 < c.i < cue.i), None)
    if speaker_tok is None or not (may_speak(speaker_tok, cue.lemma_.lower()) or can_speak(speaker_tok)):
        return None
    if speaker_tok.i >= sent.end:
        return None  # "… no ceasefire had been announced. Pakistan has not confirmed …": not this sentence's speaker
    if nobody_speaks(speaker_tok):
        return None  # "No resident reported seeing …": nobody said it
    # who the pronoun is ("When the team met the police chief, he said"); the pronoun still bounds the content
    said_by = fronted_referent(speaker_tok, cue) or _labeller(cue, speaker_tok)
    if any(qs <= cue.idx < qe and qe - qs < 1500 for qs, qe in quotes):
        return None  # '"I think we can win," he said': the quotation is his, cues and all
    if cue.lemma_.lower() in {"respond", "reply", "answer"} and not _beside_quote(cue, quotes) \
            and any(c.dep_ == "prep" and c.lower_ in {"to", "with", "by"} for c in cue.children) \
            and not any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children):
        return None  # "his group would respond to airstrikes", "replied with artillery fire": an act, no words
    if cue.dep_ in {"pcomp", "advcl"} and (cue.head.lower_ == "without" or any(
            c.lower_ == "without" and c.dep_ in {"mark", "prep"} and c.i < cue.i for c in cue.children)):
        # "…, without saying which party had used it": what was not said ("claiming without
        # evidence that …" is said, without its proof)
        return None
    if cue.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in cue.children) \
            and not any(c.dep_ == "nsubj" for c in cue.children):
        return None  # "said A but that no truce had been announced": a second clause of what was said
    if modal_conjunct(cue):
        return None  # "… should look inward rather than blame others": what ought to be done, inside the content
    if cue.lemma_.lower() == "quote" and cue.dep_ == "acl" and cue.tag_ == "VBN":
        return None  # "a military source quoted by local media put …": the source speaks, by its own verb
    if cue.lemma_.lower() in cues_with("quoting") and adjacent_quote(cue, sent, quotes, speaker_tok) is None:
        return None  # "he continued" reports only the quotation beside it
    inside = [c for c in earlier if c.span[0] <= cue.idx < c.span[1]]
    if inside and (not speaks_for_itself(speaker_tok) or relayed_by_person(cue, inside)) \
            and not relative_report(cue) and not conjoined_report(cue, speaker_tok):
        return None  # "… with estimates indicating that …" inside another speaker's claim
    if rebuts_what_came_before(cue):
        label = rebuttal_label(cue)  # "a claim the army dismissed as 'lies'": its label, no quote of the claim
        span = trim(sent.doc, *label) if label is not None else None
    else:
        span = content_span(cue, sent, quotes, speaker_tok)
        span = before_rebuttal(sent, span) if span is not None else None
        span = with_backshifted_conjunct(cue, span) if span is not None else None  # "… and had sent a team"
    if span is None or only_a_source(cue):
        return None
    content = text_of(sent.doc)[span[0]:span[1]]
    if _subject_left_out(cue, sent, span, quotes):
        return None
    if empty_content(content, said_first(text_of(sent.doc), sent.start_char, *span)) \
            or cue.lemma_.lower() == "report" and REPORTED_THING.match(content.strip(" .,")) \
            or what_was_said(cue, span):
        return None
    # a speaker found beside an unattached cue has only its nearest words
    max_left = 4 if said_by.head.i == cue.i or said_by.dep_ == "pobj" else 1
    speaker = memory.speaker_at(said_by, places, span, sent.start_char, max_left)
    owner = with_clause_owner(cue, said_by)
    if owner is not None and speaker.kind == "unnamed" and not speaker.organization and speaker.side is None:
        # "India's foreign ministry rejected …, with a spokesman saying …": the ministry's spokesman
        body = memory.resolve(read_speaker(owner, places))
        if body.kind == "organization":
            speaker = replace(speaker, organization=body.name, side=body.side)
    return make_claim(speaker, cue.text, cue.lemma_.lower(), span, sent, quotes, (cue.idx, cue.idx + len(cue)))


def _line_label(speaker: Token, cue: Token) -> bool:
    """Whether the speaker found is a line's "Erbil:" label before the cue's own clause
    ("Erbil: Peshmerga ministry says …" parsed with the place as subject)."""
    doc = speaker.doc
    if speaker.i >= cue.i or not (speaker.i == 0 or "\n" in doc[speaker.i - 1].text_with_ws
                                  or doc[speaker.i - 1].is_space):
        return False
    # the label may carry a bracket ("Q (BBC Somali):")
    return any(t.is_punct and ":" in t.text for t in doc[speaker.i + 1:min(cue.i, speaker.i + 6)])


def _labeller(cue: Token, speaker: Token) -> Token:
    """"The presidency condemned what it called a deliberate escalation", "The junta
    blamed the AA for the attack, which it said killed 11 soldiers": the "it" of a
    clause inside the sentence is the subject of the verb that clause hangs on, not
    whoever the report named last."""
    if speaker.lower_ not in {"it", "they"} or not (cue.dep_ == "relcl" or any(
            c.lower_ == "what" and c.i < cue.i for c in cue.children)):
        return speaker
    head, hops = cue.head, 0
    while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i and hops < 4:
        head, hops = head.head, hops + 1  # "… for the attack, which it said …": up to "blamed"
    while head.dep_ == "xcomp" and not any(c.dep_ in SUBJECTS for c in head.children) and hops < 6:
        head, hops = head.head, hops + 1  # "Israel continues to carry out strikes it says …": up to "continues"
    subjects = [c for c in head.children if c.dep_ in SUBJECTS and c.i < cue.i and c.lower_ not in PRONOUNS
                and c.pos_ in {"NOUN", "PROPN"}]
    if head.i == cue.i or not subjects:
        return speaker
    plural = subjects[0].tag_ in {"NNS", "NNPS"}
    return subjects[0] if plural == (speaker.lower_ == "they") else speaker


def _that_clause(cue: Token) -> bool:
    return any(c.dep_ == "ccomp" and c.i > cue.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in cue.children)





def _subject_left_out(cue: Token, sent: Span, span: tuple[int, int], quotes) -> bool:
    """"The figures reported could not be reconciled", "which party it thought had used it":
    paraphrase that opens on an auxiliary whose clause has no subject in it (nor a relative
    pronoun standing for one: "the village, which the army says was shelled") shows nothing."""
    if any(qs <= span[0] + 1 and span[1] <= qe + 1 for qs, qe in quotes):
        return False  # '"Will be back," he said': quoted words are the speaker's as they are
    if span[1] <= cue.idx:
        return False  # "… have seized 3 kilometres …, the Pentagon said": a closing cue's clause, cut short
    first = tokens_of(sent.doc)[context_of(sent.doc).token_at(span[0])]  # the content's first word
    if not (first.tag_ == "MD" or first.pos_ == "AUX") or first.head.i == first.i:
        return False
    # the auxiliary's verb, or the auxiliary itself when it is the clause's verb ("was necessary")
    verb = first if first.dep_ not in {"aux", "auxpass"} else first.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}]
    if subject_before_speaker(cue, verb):
        return False  # "20 drones it says were supplied by Iran": the noun before the speaker (claims_gaps.py)
    return not any(span[0] <= c.idx < span[1] or c.tag_ in {"WDT", "WP"} for c in subjects)



def _beside_quote(cue: Token, quotes) -> bool:
    """Whether a quotation closes just before the cue or opens just after it."""
    return any(0 <= cue.idx - qe <= 4 or 0 <= qs - (cue.idx + len(cue)) <= 4 for qs, qe in quotes)
