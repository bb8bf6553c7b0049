"""Where a cue's content clause starts and ends: the complement the parser found, the
clause's subject it made an object ("told AFP the incident … was under review"), a second
complement that is the rest of the first, and the contrasts, refusals and the speaker's
next acts that end it ("…, while the group's own channel put the number at 40", "… but
did not give further comment"). Read by claims_content.content_span."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.claims_closing import SUBORDINATORS
from claimledger.extract.claims_frames import frame_cue
from claimledger.extract.claims_speaker import is_cue
from claimledger.extract.cues import cue_table, cues_with
from claimledger.extract.speakers import word_class

SUBJECTS = {"nsubj", "nsubjpass"}


def complement(cue: Token, speaker: Token | None) -> Token | None:
    """The cue's complement clause. With the speaker before the cue ("X said Y") the
    content follows the cue, so a clause after it wins over one the parser hung on the cue
    from before ("In a statement released after X withdrew, Y said Z"); a clause opened by
    "after", "because" … is a circumstance, not the content."""
    found = [c for c in cue.children if c.dep_ in {"ccomp", "xcomp"}
             and not (speaker is not None and c.i < speaker.i < c.right_edge.i and c.i > cue.i)
             and not subordinate(c) and not _across_semicolon(c, cue)]
    clauses = [c for c in found if c.pos_ in {"VERB", "AUX"}]
    if clauses and len(clauses) < len(found):
        # "tells Mexico Live by phone that …": the parser took the outlet's second word for
        # a complement; a clause with a verb is what was told
        found = [c for c in found if c.pos_ in {"VERB", "AUX"} or c.dep_ == "ccomp"]
    if speaker is not None and speaker.i < cue.i:
        after = [c for c in found if c.i > cue.i]
        if any(c.i < cue.i for c in found):
            # "A were killed, police said, as B arrived, RNZ reports": an outlet's closing cue the
            # parser hung on this one attributes the whole sentence; the content is the clause before
            after = [c for c in after if not _outlet_trailer(c)]
        if after:
            return after[0]
        if any(c.dep_ == "oprd" and c.i > cue.i for c in cue.children):
            return None  # 'For that she drew his ire - he called her "weak"': the label is what he said
    return found[0] if found else None


def expressed_act(verb: Token) -> bool:
    """"… lauded the forces and paid tribute to the martyred soldiers": a verb conjoined to
    an object cue, with no subject of its own, whose object is a noun of expression
    (data/cue_frames.tsv, kind expressed): said with the cue's content, not a deed."""
    return verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children) and any(
        c.dep_ == "dobj" and frame_cue(c.lower_, "expressed") is not None for c in verb.children)


def stated_clause(cue: Token) -> Token | None:
    """The that-clause the parser hung on the cue's document ("said in a statement that the
    assault began …": acl of "statement"), or None."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < cue.i:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and word_class(noun) == "document":
                return next((c for c in noun.children if c.dep_ == "acl" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    return None


def _across_semicolon(clause: Token, cue: Token) -> bool:
    """"Army blames BRN insurgents; peace talks facilitator urges calm": a clause before the
    cue and ended by a semicolon is a statement of its own (two headlines of a key-points
    list, two sentences of a wire), not what the later speaker says."""
    return clause.i < cue.i and any(t.text == ";" for t in clause.doc[clause.i + 1:cue.i])


def credits_a_report(cue: Token) -> bool:
    """Whether a cue is an outlet's closing credit hung on another cue that has its clause
    before it ("A were killed, police said, as B arrived, RNZ Pacific reports"): the page's
    credited origin, not a claim of its own (its content is the other speaker's)."""
    head = cue.head
    return cue.dep_ == "ccomp" and head.i < cue.i and is_cue(head) and _outlet_trailer(cue) \
        and any(c.dep_ == "ccomp" and c.i < head.i for c in head.children)


def _outlet_trailer(clause: Token) -> bool:
    """Whether a clause is a closing "…, X reports" after a comma: a cue in the present with its
    own subject and nothing said after it."""
    doc = clause.doc
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    return clause.lemma_.lower() in cues_with("closing") and clause.tag_ == "VBZ" and subject is not None \
        and subject.left_edge.i > 0 and doc[subject.left_edge.i - 1].text == "," \
        and not any(c.dep_ in {"ccomp", "dobj"} and c.i > clause.i for c in clause.children)


# words that open an approximate count: "about 3,100", "around 300", "over 40"
ABOUT_A_NUMBER = frozenset({"about", "around", "over", "some", "nearly", "almost", "roughly"})
# cues whose object is whom it is said to ("told the minister the road was closed")
TOLD_SOMEONE = frozenset({"tell", "inform", "warn", "assure", "reassure", "remind", "notify", "brief", "urge",
                          "ask", "advise", "caution", "promise", "persuade", "convince", "show", "teach"})


def addressee_start(cue: Token, clause: Token) -> int:
    """Where an infinitive's content starts: "called on displaced families to return
    home", "urged all parties to respect the truce" say who is to act, not only the act."""
    if clause.i < cue.i:
        return clause.left_edge.i
    objects = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < clause.left_edge.i]
    if clause.dep_ == "ccomp" and len(objects) == 2 and objects[1].right_edge.i + 1 == clause.left_edge.i \
            and not any(c.dep_ in SUBJECTS | {"expl"} for c in clause.children):
        # "told AFP the incident involving the boy was under review": the parser made the
        # clause's subject a second object of the cue; the content starts there
        return objects[1].left_edge.i
    # "said the days when the nation had one story are gone": a subject read as a time adverb
    objects = objects or [c for c in cue.children if c.dep_ == "npadvmod" and cue.i < c.i < clause.left_edge.i]
    # "said about 3,100 of those counted are under five": a subject opened by "about" read as the cue's preposition
    objects = objects or [c for c in cue.children if c.dep_ == "prep" and c.lower_ in ABOUT_A_NUMBER
                          and cue.i < c.i < clause.left_edge.i and any(g.dep_ == "pobj" and g.like_num
                                                                        for g in c.children)]
    if clause.dep_ == "ccomp" and len(objects) == 1 and cue.lemma_.lower() not in TOLD_SOMEONE \
            and clause.left_edge.i - objects[0].right_edge.i in {1, 2} \
            and not any(c.dep_ in SUBJECTS | {"expl"} for c in clause.children):
        # "said six people with gunshot wounds, including a girl, had been taken to …": the
        # parser made the clause's subject the cue's object; the content starts there
        return objects[0].left_edge.i
    if clause.dep_ != "xcomp":
        return clause.left_edge.i
    told = [c for c in objects if c.pos_ != "PRON"]  # "asked us not to disclose": the act alone
    told += [o for c in cue.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and cue.i < c.i < clause.i
             for o in c.children if o.dep_ == "pobj" and o.pos_ != "PRON"]  # "called on the UN envoy to name …"
    return min(t.left_edge.i for t in told) if told else clause.left_edge.i


def split_clause(cue: Token, clause: Token) -> Token:
    """"speculated that the men detained could be part of the militia": the parser may make
    a subject's participle ("detained") one complement of the cue and the verb after it
    another ("the fighters captured near Kidal" + "were foreigners"); the content runs on to
    the end of that next one."""
    nxt = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > clause.i), None)
    if nxt is not None and nxt.left_edge.i == clause.right_edge.i + 1 and not is_cue(nxt) \
            and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in nxt.children):
        return nxt  # the verb with no subject of its own is the rest of the clause before it
    if nxt is not None and nxt.left_edge.i == clause.right_edge.i + 1 and not is_cue(nxt) \
            and nxt.pos_ not in {"VERB", "AUX"} and nxt.left_edge.text == ",":
        # "said at least 26 people had died, three of them residents …, and that relatives
        # had carried …": a verbless aside the parser made a second complement, and all
        # that is conjoined to it, is still what was said
        return nxt
    return clause


def contrast_start(clause: Token) -> int:
    """Where the clause ends before a contrast set off by a comma ("12 policemen were
    killed, while the group's own channel put the number at 40"): the writer's
    juxtaposition, not the speaker's words; and before a subjectless cue the parser
    conjoined to it, which is the speaker's own next act."""
    end = subtree_end(clause)
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ == "without" and child.i > clause.i \
                and any(c.dep_ == "pcomp" and is_cue(c) for c in child.children):
            end = min(end, child.i)  # "…, without saying who had used it": the writer's note on what went unsaid
        if child.dep_ == "conj" and is_cue(child) and not _perceived(child) and not modal_conjunct(child) \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} or c.dep_ == "mark" and c.lower_ == "that"
                            for c in child.children):
            end = min(end, child.left_edge.i)  # "… died in the strike but did not say when": the speaker's
        if child.dep_ == "conj" and child.i > clause.i and _refusal(child):
            end = min(end, child.left_edge.i)  # "… into the encounter but did not give further comment"
        if child.dep_ == "advcl" and child.i > clause.i and child.left_edge.i > 0 \
                and child.doc[child.left_edge.i - 1].text == "," and (any(
                    m.dep_ == "mark" and m.lower_ in {"while", "whereas"} for m in child.children)
                    and _another_voice(child)
                    or is_cue(child) and (child.tag_ == "VBG" or any(c.dep_ == "nsubj" for c in child.children))
                    or _speaker_aside(child)):
            # ", though they cautioned that …", ", rejecting X's claim …": a second attribution, a claim of its own
            end = min(end, child.left_edge.i)
        if child.dep_ == "conj" and child.i > clause.i and child.pos_ in {"VERB", "AUX"}:
            # "… were arrested and that police seized 38 rifles, describing the haul as …": the
            # speaker's participle the parser hung on the last conjunct, not on the clause
            end = min(end, _closing_participle(child) or end)
    return end


def modal_conjunct(verb: Token) -> bool:
    """"Pakistan should look inward rather than blame others", "the council must act instead
    of accuse both sides", "Israel should stop the strikes and not deny …": a bare verb
    conjoined to one under a modal (or "to") shares it; it is what ought to be done, inside
    what was said, and reports nothing of its own."""
    if verb.tag_ != "VB" or verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.tag_ in {"MD", "TO"} for c in verb.head.children)


def _perceived(verb: Token) -> bool:
    """"told the team they heard firing and saw police carrying bodies": a verb of seeing or
    belief (a cue that neither closes reported speech nor speaks, and does not assert)
    conjoined inside the content is what the content's subject did, not the speaker's next act."""
    cue = cue_table().get(verb.lemma_.lower())
    return cue is not None and cue.hedge != "asserted" and not cue.roles & {"closing", "speaks"}


def _closing_participle(verb: Token) -> int | None:
    """Where a conjunct's words end before a participial cue set off by a comma at its end
    (", describing …", ", adding that …"); None when it has none."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.i > verb.i and child.tag_ == "VBG" and is_cue(child) \
                and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == "," \
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children):
            return child.left_edge.i
    return None


def subtree_end(clause: Token) -> int:
    """One past the clause's last word. The parser's arcs may cross ("four others were
    wounded, one of them seriously, during gunfights …": the aside hangs on "others", past
    the verb "wounded"), and then spaCy's ``right_edge`` stops short at the crossing; the
    clause's own words, read through its children, do not."""
    end = clause.right_edge.i + 1
    last = clause.doc[end - 1] if end < len(clause.doc) else None
    if last is None or not last.is_punct:
        return end  # the common case: nothing cut off at a comma, no walk
    return max(end, max(t.i for t in clause.subtree) + 1)


def _refusal(verb: Token) -> bool:
    """"but did not give further comment", "but declined to elaborate": the speaker's own
    refusal, conjoined with no subject of its own to what they said."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and verb.lemma_.lower() in {"give", "offer", "provide", "say", "elaborate", "comment", "specify"} \
        or verb.lemma_.lower() in {"decline", "refuse"}


def _another_voice(clause: Token) -> bool:
    """", while the group's own channel put the number at 40": a contrast that is another
    source's word (a cue, or a named party as subject) is the writer's juxtaposition; ",
    while US advisers had withdrawn from the centre" goes on with what the speaker said."""
    return is_cue(clause) or any(c.dep_ in {"nsubj", "nsubjpass"} and (
        c.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"} or word_class(c) in {"organization", "document"})
        for c in clause.children)


def _speaker_aside(clause: Token) -> bool:
    """", though he declined to give details", ", although she would not say where": the
    writer's note on the speaker (a person's pronoun after a concession), not what was said."""
    return any(m.dep_ == "mark" and m.lower_ in {"though", "although"} for m in clause.children) \
        and any(c.dep_ == "nsubj" and c.lower_ in {"he", "she"} for c in clause.children)


def subordinate(clause: Token) -> bool:
    """Whether a clause is opened by "after", "because" …; a clause opened by "that" is
    the content even when the parser hangs an aside's "as" on it too ("insisted that
    civilians who stayed - as many did - were safe")."""
    marks = sorted((c for c in clause.children if c.dep_ == "mark"), key=lambda c: c.i)
    if marks and marks[0].lower_ == "that" and marks[0].i < clause.left_edge.i + 2:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in {"when", "whenever", "where", "wherever"} and c.i == clause.left_edge.i
           for c in clause.children):
        return True  # "When the moderator pointed out …, the candidate said …": a time, not what was said
    return any(c.lower_ in SUBORDINATORS for c in marks)


def finite_content(clause: Token) -> bool:
    """"Two soldiers died in the ambush, the army said" (parsed as advcl) is content; a
    participle about the speaker ("Courted by every candidate, X said …") or a clause of
    time or cause is not."""
    return not subordinate(clause) and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children)


def before_conjoined_cue(token: Token) -> int:
    """Where a phrase ends before a cue the parser conjoined to it (and its "and")."""
    cues = [c for c in token.children if c.dep_ == "conj" and is_cue(c)]
    if not cues:
        return token.right_edge.i + 1
    end = cues[0].left_edge.i
    while end > token.i + 1 and (token.doc[end - 1].dep_ == "cc" or token.doc[end - 1].is_punct
                                 and token.doc[end - 1].text not in {'"', "”", "'"}):
        end -= 1
    return end


def has_cue(token: Token) -> bool:
    """Whether a phrase is itself a reporting cue ("…, citing X"), not merely holds one
    deep inside ("of striking homes, which Ukraine denies")."""
    return any(is_cue(t) for t in [token, *token.children])
