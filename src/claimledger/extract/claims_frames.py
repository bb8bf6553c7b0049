"""Attributions carried by something other than a reporting verb with its subject:

* a noun ("a denial by the ministry that …", "Kyiv's claim that …", "the army voiced
  fears that …", "reports that …");
* an adjective of belief ("residents are convinced that …", "the UN is confident that …");
* a passive with no source ("it was reported that …", "the commander is believed to have
  fled"): the contract's unnamed speaker.

The words are read from ``data/cue_frames.tsv``; the verb cues stay in claims.py.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from claimledger.data import read_table
from claimledger.extract.claims_build import make_claim, trim
from claimledger.extract.claims_folded import folded_subject_aside
from claimledger.extract.claims_names import name_read_as_noun
from claimledger.extract.cues import content_prepositions
from claimledger.extract.speakers import can_speak, is_event_noun, read_speaker
from claimledger.model import Claim, Speaker

FRAME_KINDS = frozenset({"noun", "adjective", "source", "expressed"})
NOUN_CONTENT_PREPS = {"regarding", "of", "about", "on", "concerning", "over"}
# verbs whose subject makes the statement its object names: "X voiced fears that …"
VOICING = {"make", "voice", "express", "repeat", "reiterate", "raise", "renew", "issue", "echo", "share", "air",
           "deliver", "give", "publish", "release", "stand", "hold"}
# passive cues that report without a source: "it was reported that", "X is believed to …";
# what unnamed people say or believe ("X is believed to …", "it is feared that …"); a bare forecast
# ("the death toll is expected to rise", "the economy is projected to shrink") is the writer's
# outlook, not anyone's claim: a ledger of who claims what must not credit it to a source
SOURCELESS = {"report", "say", "believe", "think", "fear", "allege", "claim", "estimate", "understand", "suspect",
              "assume", "rumour", "rumor"}
# passive cues whose subject is the one told: "were told that …" (the teller unnamed)
TOLD = {"tell", "inform", "assure", "brief", "warn"}
UNNAMED = "unnamed source"


@lru_cache(maxsize=1)
def cue_frames() -> dict[tuple[str, str], str]:
    """(word, kind) -> the reporting verb it is read as."""
    return {(word, kind): cue for word, kind, cue in read_table("cue_frames.tsv")}


def frame_cue(word: str, kind: str) -> str | None:
    if kind not in FRAME_KINDS:
        raise ValueError(f"unknown cue frame {kind!r}; known: {', '.join(sorted(FRAME_KINDS))}")
    return cue_frames().get((word.lower(), kind))


# nouns whose content may be an infinitive: "Kyiv's claim to have downed forty drones",
# "his promise to reopen the crossing", "the envoy's call to lift the siege"
INFINITIVE_NOUNS = {"claim", "promise", "pledge", "vow", "call", "threat", "demand"}


def _that_clause(tok: Token) -> Token | None:
    return next((c for c in _noun_parts(tok) if c.dep_ in {"acl", "ccomp", "appos", "relcl"} and c.i > tok.i and any(
        g.lower_ == "that" and (g.dep_ == "mark" or _that_as_object(tok, g)) for g in c.children)
        or _that_as_determiner(tok, c) or _infinitive(tok, c)), None)


def _that_as_object(noun: Token, that: Token) -> bool:
    """"Budget hawks' warnings that prices would skyrocket": the small model may hang the
    complementizer "that" (tagged IN, not the WDT of a relative pronoun) on the clause's verb
    as its object; right after the noun it still opens what the statement says, while "the
    warnings that he issued" (a relative pronoun) does not. The tag alone does not tell them
    apart ("the fears that the villagers voiced" is tagged IN too): a clause whose verb is one
    a statement is voiced with says who made it, not what it says."""
    return that.i == noun.i + 1 and that.tag_ == "IN" and that.dep_ in {"dobj", "nsubj", "advmod"} \
        and that.head.lemma_.lower() not in VOICING


def _that_as_determiner(noun: Token, clause: Token) -> bool:
    """'Aid agencies' warnings that famine is imminent': the small model may read the "that"
    opening the noun's clause as the determiner of the clause's subject; right after the
    noun, before a subject of its own, it still opens what the statement says."""
    if clause.dep_ not in {"acl", "relcl"} or noun.i + 1 >= len(noun.doc):
        return False
    that = noun.doc[noun.i + 1]
    return that.lower_ == "that" and that.dep_ == "det" and that.head.dep_ in {"nsubj", "nsubjpass"} \
        and that.head.head.i == clause.i


def _infinitive(noun: Token, clause: Token) -> bool:
    """Whether the clause is the infinitive right after a noun that takes one as its content."""
    return noun.lemma_.lower() in INFINITIVE_NOUNS and clause.dep_ in {"acl", "relcl"} \
        and clause.pos_ in {"VERB", "AUX"} and clause.left_edge.i == noun.i + 1 and noun.doc[noun.i + 1].lower_ == "to"


def _noun_parts(tok: Token) -> list[Token]:
    """The noun's own children, and the "by X" and "that …" the parser hung on the verb
    whose object the noun is, written right after it ("knocked a statement by the envoy
    that aid was diverted")."""
    parts = list(tok.children)
    if tok.dep_ != "dobj":
        return parts
    at = tok.right_edge.i + 1
    for child in sorted((c for c in tok.head.children if c.i > tok.i), key=lambda c: c.i):
        if child.left_edge.i != at or not (child.dep_ == "prep" and child.lower_ in {"by", "from"} or (
                child.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children))):
            break
        parts.append(child)
        at = child.right_edge.i + 1
    return parts


def _maker(tok: Token) -> Token | None:
    """Who made the statement a noun names: "by/from X", "X's claim", "X voiced fears"."""
    for prep in _noun_parts(tok):
        if prep.dep_ == "prep" and prep.lower_ in {"by", "from"}:
            objs = [o for o in prep.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    voicer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "dobj" else None
    if poss is not None and poss.pos_ == "PRON" and voicer is not None:
        return voicer  # "the ministry repeated its claim that …": the ministry
    if poss is not None:
        return poss
    return voicer if voicer is not None and tok.head.lemma_.lower() in VOICING else None


# a possessive pronoun is the speaker a later "he", "she", "it" or "they" would be
POSSESSIVE = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we", "my": "i"}


def _read_maker(maker: Token, places, memory, span: tuple[int, int]) -> Speaker:
    speaker = read_speaker(maker, places)
    if maker.lower_ in POSSESSIVE:
        kind = {"its": "organization", "their": "group", "our": "group"}.get(maker.lower_, "person")
        speaker = Speaker(name=POSSESSIVE[maker.lower_], kind=kind, span=speaker.span)
    return memory.resolve(speaker, span)


# what a noun asks for, where its verb takes an object ("demanded an inquiry"): "their demands for an inquiry"
ASKING_FOR = {"demand": {"for"}, "appeal": {"for"}}


def noun_claim(tok: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """A statement named by a noun, with its content (a "that" clause, or "of/about …"
    when its maker is named with "by/from"). "No acknowledgment by X" denies. A plural
    noun with a "that" clause and no maker ("reports that …", "fears that …") is said
    by an unnamed source."""
    if tok.lower_ in MISTAGGED_VERBS:
        claim = verb_read_as_noun(tok, sent, quotes, places, memory)
        if claim is not None:
            return claim  # otherwise "reports that …" may still be a noun of its own
    cue = frame_cue(tok.lemma_, "noun")
    if cue is None or tok.pos_ != "NOUN":
        return None
    doc = tok.doc
    maker = _maker(tok)
    content = _that_clause(tok)
    if content is None:
        if maker is None:
            return None
        # "a denial by X regarding …"; with a possessor or a voicing verb only the
        # verb's own content prepositions: "renewed his call for a ceasefire"
        by = maker.head.dep_ == "prep"
        allowed = (NOUN_CONTENT_PREPS if by else set()) | content_prepositions(cue) | ASKING_FOR.get(cue, set())
        # "regarding …" may hang on the noun or, in the small model's parse, on the verb
        preps = [p for p in list(tok.children) + (list(tok.head.children) if by else [])
                 if p.dep_ == "prep" and p.lower_ in allowed and p.i > maker.i]
        if not preps and tok.dep_ == "dobj":
            # "renewed their calls for an inquiry": the parser hangs the noun's "for" on the verb
            preps = [p for p in tok.head.children if p.dep_ == "prep" and p.i == tok.right_edge.i + 1
                     and p.lower_ in allowed]
        objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        if not by:
            # "Fatima Bello's testimony about the killings": with a possessor, a topic talked
            # about is no statement ("his warning about troops massing" holds one); what a
            # call or demand is "for" is what it asks
            objs = [o for o in objs if o.head.lower_ not in NOUN_CONTENT_PREPS
                    or any(t.pos_ in {"VERB", "AUX"} for t in o.subtree)]
        if not objs:
            return None
        span = trim(doc, objs[0].left_edge.i, objs[0].right_edge.i + 1)
    else:
        span = trim(doc, content.left_edge.i, content.right_edge.i + 1)
    if span is None:
        return None
    # "the militia's claim that it downed a jet": a statement noun with its clause makes its
    # possessor a speaker, even a fighting one that cannot speak as a verb's subject
    if maker is not None and (can_speak(maker) or maker.pos_ == "PRON" or content is not None
                              and maker.pos_ == "NOUN" and not is_event_noun(maker)):
        speaker = _read_maker(maker, places, memory, span)
        memory.remember(speaker, sent.start_char)
    elif maker is None and tok.tag_ == "NNS" and content is not None:
        speaker = Speaker(name=UNNAMED, kind="unnamed")
    else:
        return None
    claim = make_claim(speaker, tok.text, cue, span, sent, quotes, (tok.idx, tok.idx + len(tok)))
    if any(c.lower_ in {"no", "never"} for c in tok.lefts) or any(c.dep_ == "neg" for c in tok.head.children):
        claim.polarity = "denied"
    return claim


def adjective_claim(tok: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """"Residents are convinced that the drones came from across the border": the
    copula's subject believes the clause. Also a passive view (:func:`passive_view`)."""
    cue = frame_cue(tok.lower_, "adjective")
    if cue is None or tok.pos_ not in {"ADJ", "VERB"}:
        return passive_view(tok, sent, quotes, places, memory) if tok.lemma_ in VIEWED else None
    holder = tok.head if tok.dep_ == "acomp" else tok
    clause = next((c for c in list(tok.children) + list(holder.children)
                   if c.dep_ == "ccomp" and c.i > tok.i), None)
    subject = next((c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if clause is None or subject is None or not (can_speak(subject) or subject.pos_ == "PRON") \
            or subject.lower_ in {"it", "this", "that"}:
        return None
    if any(qs <= subject.idx and tok.idx < qe for qs, qe in quotes):
        return None  # '"… I am sure the city will hold."': the quoted speaker's words, as a quoted "I think"
    span = trim(tok.doc, clause.left_edge.i, clause.right_edge.i + 1)
    if span is None:
        return None
    speaker = memory.speaker_at(subject, places, span, sent.start_char)
    return make_claim(speaker, tok.text, cue, span, sent, quotes, (tok.idx, tok.idx + len(tok)))


def sourceless_claim(cue: Token, sent: Span, quotes) -> Claim | None:
    """"It was reported that …", "It is believed that …": the clause, said by no one
    named. "The commander is believed to have fled": the subject and what it is said
    to have done. "Residents were told that the militia would return": the clause, told
    by no one named to the subject."""
    if not any(c.dep_ == "auxpass" for c in cue.children) or any(c.dep_ == "agent" for c in cue.children):
        return None
    doc = cue.doc
    if cue.lemma_.lower() in TOLD:
        if any(qs <= cue.idx < qe for qs, qe in quotes):
            return None  # '"… we can be assured that …," she said': the quoted speaker's words
        clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        span = trim(doc, clause.left_edge.i, clause.right_edge.i + 1) if clause is not None else None
        return None if span is None else make_claim(Speaker(name=UNNAMED, kind="unnamed"), cue.text,
                                                    cue.lemma_.lower(), span, sent, quotes,
                                                    (cue.idx, cue.idx + len(cue)))
    if cue.lemma_.lower() not in SOURCELESS:
        return None
    subject = next((c for c in cue.children if c.dep_ in {"nsubjpass", "expl"}), None)
    if subject is None:
        return None
    if subject.lower_ == "it":
        clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
        span = trim(doc, clause.left_edge.i, clause.right_edge.i + 1) if clause is not None else None
    else:
        clause = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
        span = trim(doc, subject.left_edge.i, clause.right_edge.i + 1) if clause is not None else None
    if span is None:
        return None
    speaker = Speaker(name=UNNAMED, kind="unnamed")
    return make_claim(speaker, cue.text, cue.lemma_.lower(), span, sent, quotes, (cue.idx, cue.idx + len(cue)))


# adverbs that attribute their clause to sources left unnamed: "was reportedly killed"
REPORTING_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly"}


def adverb_claim(tok: Token, sent: Span, quotes) -> Claim | None:
    """"The militia's commander was reportedly killed near Kidal": the clause the adverb
    modifies, said by no one named (as "it was reported that …" is). Only a clause with a
    subject of its own: "an incursion allegedly against ISIL" names, it does not state."""
    head = tok.head
    if tok.lower_ not in REPORTING_ADVERBS or tok.dep_ != "advmod" or head.pos_ not in {"VERB", "AUX"} \
            or head.dep_ in {"relcl", "acl", "amod", "advcl", "pcomp"} or any(qs <= tok.idx < qe for qs, qe in quotes):
        return None
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.lower_ in {"who", "which", "that"}:
        return None
    span = trim(tok.doc, min(subject.left_edge.i, head.left_edge.i), head.right_edge.i + 1)
    if span is None:
        return None
    return make_claim(Speaker(name=UNNAMED, kind="unnamed"), tok.text, "report", span, sent, quotes,
                      (tok.idx, tok.idx + len(tok)))


# passive cues of blame and the preposition their charge follows: "was accused of …"
CHARGES = {"accuse": {"of"}, "charge": {"with"}, "suspect": {"of"}, "blame": {"for"}, "criticize": {"for"},
           "criticise": {"for"}, "condemn": {"for"}}


def passive_charge(cue: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """"The RSF has been accused by the UN of besieging El Fasher", "two officers were
    charged with selling fuel": what the subject is charged with is the claim of the agent,
    or of no one named. Not a relative clause ("…, who is accused of …"): its subject is
    told elsewhere."""
    preps = CHARGES.get(cue.lemma_.lower())
    if preps is None or not any(c.dep_ == "auxpass" for c in cue.children) \
            or any(qs <= cue.idx < qe for qs, qe in quotes):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    charge = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ in preps and c.i > cue.i
                   and any(g.dep_ in {"pcomp", "pobj"} for g in c.children)), None)
    if subject is None or charge is None or subject.lower_ in {"who", "which", "that"} or subject.pos_ == "PRON" \
            and subject.lower_ not in {"he", "she", "they", "it", "we", "i"}:
        return None
    span = trim(cue.doc, subject.left_edge.i, charge.right_edge.i + 1)
    if span is None:
        return None
    agent = next((g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and can_speak(agent):
        speaker = memory.speaker_at(agent, places, span, sent.start_char)
    else:
        speaker = Speaker(name=UNNAMED, kind="unnamed")
    return make_claim(speaker, cue.text, cue.lemma_.lower(), span, sent, quotes, (cue.idx, cue.idx + len(cue)))


# verbs of holding a view, read in the passive with what the thing is held to be: "the town
# is seen as the key to Kherson"; "consider" and "deem" also without "as" ("is considered a
# stronghold")
VIEWED = {"see", "view", "regard", "perceive", "consider", "deem"}
WITHOUT_AS = {"consider", "deem"}


def passive_view(tok: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """"El Fasher is widely seen as the army's last stronghold in Darfur", "the truce was
    viewed by many in Aden as a trap", "a road considered too dangerous": a view of the
    subject held by the agent, or by no one named (as "is believed to" is). The content is
    the subject with what it is held to be; a view without a label ("was seen near the
    border") is no claim."""
    if tok.tag_ != "VBN" or any(qs <= tok.idx < qe for qs, qe in quotes):
        return None
    label = next((c for c in tok.children if c.i > tok.i and (
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ in {"pobj", "amod", "acomp", "pcomp"} for g in c.children)
        or tok.lemma_ in WITHOUT_AS and c.dep_ in {"oprd", "attr", "xcomp", "acomp"})), None)
    if label is None:
        return None
    if any(c.tag_ == "MD" for c in tok.children):
        return None  # "could be seen as a victory", "must be considered": the writer's judgement, no view held
    if any(c.dep_ == "auxpass" for c in tok.children):
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.lower_ in {"it", "this", "that"} and subject.dep_ == "nsubjpass" \
                and tok.dep_ != "relcl":
            return None
        # "the council, which is seen as close to the army": the noun the pronoun stands for
        start = tok.head.left_edge.i if subject.lower_ in {"which", "who", "that"} and tok.dep_ == "relcl" \
            else subject.left_edge.i
    elif tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
        start = tok.head.left_edge.i  # "a road considered too dangerous to use"
    else:
        return None
    span = trim(tok.doc, start, label.right_edge.i + 1)
    if span is None:
        return None
    agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None and (can_speak(agent) or agent.lower_ in {"many", "some", "most", "others"}):
        speaker = memory.speaker_at(agent, places, span, sent.start_char)
    else:
        speaker = Speaker(name=UNNAMED, kind="unnamed")
    return make_claim(speaker, tok.text, "believe", span, sent, quotes, (tok.idx, tok.idx + len(tok)))


# reporting verbs in the third person that the small model may tag as nouns ("records show
# that …", "…, the newspaper Radio Okapi reports."), with the verb each is
MISTAGGED_VERBS = {"says": "say", "shows": "show", "show": "show", "reports": "report", "warns": "warn",
                   "insists": "insist", "notes": "note", "adds": "add", "argues": "argue", "claims": "claim"}
# a subject that opens the reported clause right after a verb read as a noun: "Trump claims he's worth …"
CLAUSE_SUBJECTS = {"he", "she", "it", "they", "we", "i"}


def verb_read_as_noun(tok: Token, sent: Span, quotes, places, memory) -> Claim | None:
    """"Hospital records in Al-Fashir show that 40 patients died", "…, the Congolese
    newspaper Radio Okapi reports.": a reporting verb tagged as a noun, with no article or
    modifier of its own, right after who speaks; it reports the "that" clause after it, or,
    closing the sentence, what precedes the comma before the speaker."""
    if tok.pos_ != "NOUN" or tok.i == sent.start or any(qs <= tok.idx < qe for qs, qe in quotes) \
            or any(c.dep_ in {"det", "poss", "amod", "nummod", "prep"} for c in tok.children):
        return None
    doc = tok.doc
    owner = tok.head.head
    if owner.dep_ == "acl" and owner.pos_ == "VERB":
        owner = owner.head  # "Results released on Friday show": the results the participle describes
    if tok.dep_ == "pobj" and owner.pos_ in {"NOUN", "PROPN"} and can_speak(owner) and tok.head.i < tok.i:
        speaker_tok = owner  # "records in Al-Fashir show": the records, not the town
    else:
        speaker_tok = doc[tok.i - 1]
    if speaker_tok.ent_type_ in {"DATE", "TIME"}:
        return None  # a day never speaks
    if speaker_tok.pos_ not in {"NOUN", "PROPN"} or not (can_speak(speaker_tok) or name_read_as_noun(speaker_tok)
                                                        or speaker_tok.ent_type_ in {"PERSON", "ORG"}):
        return None
    after = doc[tok.i + 1] if tok.i + 1 < sent.end else None
    if after is not None and after.lower_ == "that":
        span = trim(doc, tok.i + 2, sent.end)
    elif after is not None and after.lower_ in CLAUSE_SUBJECTS and after.dep_ == "nsubj" \
            and after.head.pos_ in {"VERB", "AUX"} and after.head.i > after.i:
        span = trim(doc, after.i, sent.end)  # "Trump claims he's worth $10 billion"
    elif after is None or after.is_punct and after.i == sent.end - 1 or after.is_space:
        start = speaker_tok.i
        while start > sent.start and doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ", "DET"}:
            start -= 1
        if start - sent.start < 4 or doc[start - 1].text not in {",", "—", "–"}:
            return None
        span = trim(doc, sent.start, start - 1)
    elif after.text in {",", "—", "–"}:
        span = folded_subject_aside(tok, sent, speaker_tok)  # "…, records show, and …"
    else:
        return None
    if span is None:
        return None
    speaker = memory.speaker_at(speaker_tok, places, span, sent.start_char)
    return make_claim(speaker, tok.text, MISTAGGED_VERBS[tok.lower_], span, sent, quotes,
                      (tok.idx, tok.idx + len(tok)))
