"""Where a cue's content lies: its clause, its object, a quotation beside it, or the clause
the cue itself hangs on ("… were killed, the army said"), as a character span. The claim
reader (claims.py) finds cues and speakers; this module reads what each cue reports.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract import claims_bounds as bounds
from claimledger.extract.claims_answers import after_opening_cue, yes_or_no
from claimledger.extract.claims_build import trim
from claimledger.extract.claims_clauses import (
    addressee_start,
    before_conjoined_cue,
    complement,
    contrast_start,
    expressed_act,
    finite_content,
    has_cue,
    split_clause,
    stated_clause,
)
from claimledger.extract.claims_closing import (
    addressee,
    before_final_attribution,
    before_speaker,
    next_paragraph,
    own_object,
    runs_on_past,
    speech_head,
    stray_clause,
)
from claimledger.extract.claims_folded import folded_subject_aside
from claimledger.extract.claims_gaps import gap_clause
from claimledger.extract.claims_labels import charge_occasion, headline_charge, label_end, labelled_pronoun
from claimledger.extract.claims_objects import bare_object, idiom
from claimledger.extract.claims_quotes import (
    adjacent_quote,
    names_only,
    quote_before,
)
from claimledger.extract.claims_shapes import (
    set_off_inside,
)
from claimledger.extract.claims_speaker import is_cue
from claimledger.extract.claims_tails import said_how, said_how_after
from claimledger.extract.context import text_of
from claimledger.extract.cues import content_prepositions, cues_with

# Words that never speak, even when parsed as a cue's subject ("the attack showed …").

# cues whose object may be the one asked: "asked the minister …"
ASKING = {"ask", "question", "query"}


def content_span(cue: Token, sent: Span, quotes, speaker: Token | None = None) -> tuple[int, int] | None:
    """Character span of what the cue reports: its clause, its object, a quote, or the
    clause the cue itself hangs on ("… were killed, the army said")."""
    doc = cue.doc
    adjacent = adjacent_quote(cue, sent, quotes, speaker)
    if adjacent is not None:
        return adjacent
    answer = yes_or_no(cue)
    if answer is not None:
        to = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == answer.right_edge.i + 1),
                  None)  # "said no to the proposal"
        return trim(doc, answer.i, (to or answer).right_edge.i + 1)
    if said_how_after(cue) and (told := speech_head(cue)) is not None and told.i < cue.i:
        return before_speaker(doc, told.left_edge.i, cue.i, speaker)  # "…, he said, on condition of anonymity …"
    clause = complement(cue, speaker)
    if clause is None and cue.lemma_.lower() == "say" and stray_clause(cue) is None:
        clause = next((c for c in cue.children if c.dep_ == "advcl" and c.lemma_.lower() != "say"
                       and c.i < cue.i and finite_content(c)), None)
    if clause is None:
        # "called for the army to withdraw", "warned of the dam bursting": a clause opened
        # by the cue's own content preposition, which the parser hangs on the cue as advcl
        clause = next((c for c in cue.children if c.dep_ == "advcl" and c.i > cue.i and any(
            m.dep_ == "mark" and m.lower_ in content_prepositions(cue.lemma_.lower()) for m in c.children)), None)
    if clause is None:
        clause = stray_clause(cue)
    if clause is None and (gap := gap_clause(cue)) is not None:
        return gap  # "a strike the ministry said killed 11 civilians", the clause hung on the sentence's verb
    stated = stated_clause(cue) if clause is not None and clause.i > cue.i else None
    if stated is not None and stated.i < clause.left_edge.i:
        # "said in a statement that the assault began shortly after midnight when a vehicle …
        # was rammed into the wall": the parser hung the that-clause on "statement" and made a
        # later verb the cue's complement; what was said runs from "that" to that verb's end
        return before_speaker(doc, stated.left_edge.i, contrast_start(clause), speaker)
    if clause is not None:
        if speaker is not None and clause.i < speaker.i < cue.i and cue.dep_ == "conj" \
                and cue.head.i < clause.left_edge.i and not is_cue(cue.head):
            # "Seven soldiers were martyred and 12 terrorists were killed when …, the media wing
            # said": the parser conjoined the closing cue to the first clause; all of it is said
            return before_speaker(doc, cue.head.left_edge.i, cue.i, speaker)
        if speaker is not None and clause.left_edge.i < speaker.i < cue.i < clause.i:
            # "the village, which the army says was shelled overnight": the relative pronoun
            # opens the clause before the speaker; what is said follows the cue
            return trim(doc, cue.i + 1, contrast_start(clause))
        return before_speaker(doc, addressee_start(cue, clause), contrast_start(split_clause(cue, clause)), speaker)
    head = speech_head(cue)
    if head is not None and head.i < cue.i and not any(c.dep_ == "mark" or c.dep_ == "dobj" and not addressee(c)
                                                       for c in cue.children) \
            and not bounds.inside_report(cue, head):
        # "Russia has lost 1,230 troops …, the General Staff reported on Telegram": the
        # clause before the cue, not what follows "reported on"; "It is his job, he said, to
        # brief Congress": a set-off cue's clause goes on after it
        if runs_on_past(cue, head) and not said_how(cue):  # not ", he said, on condition of anonymity"
            return trim(doc, head.left_edge.i, head.right_edge.i + 1)
        return before_speaker(doc, head.left_edge.i, cue.i, speaker)
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if len(objects) == 2 and (addressee(objects[0]) or objects[0].pos_ == "PROPN") \
            and objects[1].left_edge.i == objects[0].right_edge.i + 1 and objects[1].i - cue.i <= 8:
        # "told ANGOP that 43 families, totalling 215 people, … have been received": the
        # parser made the clause after "that" a second object (and its verb a conjunct of
        # the cue); the first object is whom it was told to
        told = objects[1]
        if told.left_edge.lower_ == "that" and told.left_edge.dep_ != "mark":
            return trim(doc, told.left_edge.i + 1, sent.end - 1 if sent[-1].is_punct else sent.end)
        if any(t.pos_ in {"VERB", "AUX"} for t in told.subtree):
            return trim(doc, told.left_edge.i, told.right_edge.i + 1)
    if cue.lemma_.lower() in cues_with("object"):
        for child in cue.children:
            if child.dep_ == "dobj" and not (child.pos_ == "PRON" and child.lower_ in {"this", "that", "it"}
                                             and not labelled_pronoun(cue, child)) \
                    and child.ent_type_ not in {"DATE", "TIME"} and not idiom(cue, child):
                end = label_end(cue, child) or child.right_edge.i + 1  # "branded them terrorists"
                for sibling in cue.children:
                    # "accused X of Y", "cited proficiency in hitting drones", ", particularly regarding Z",
                    # "called the strike a war crime"
                    if sibling.i > child.i and not has_cue(sibling) and (
                            sibling.dep_ in {"prep", "advmod", "npadvmod", "oprd"} or expressed_act(sibling)
                            or charge_occasion(cue, sibling)
                            or sibling.dep_ == "advcl" and not any(g.dep_ == "nsubj" for g in sibling.children)):
                        end = max(end, sibling.right_edge.i + 1)
                    elif sibling.i > child.i and sibling.dep_ == "oprd":
                        # 'called it "shameful" and called on leaders to …': the label, not the next cue
                        end = max(end, before_conjoined_cue(sibling))
                if end == child.right_edge.i + 1 and cue.lemma_.lower() in ASKING and addressee(child):
                    continue  # '"…?" Todd asked the minister': whom a question is put to is not what it asks
                if headline_charge(cue, child, end):
                    return trim(doc, cue.i, end)  # "Army blames BRN insurgents": the headline's whole charge
                if end == child.right_edge.i + 1 and bare_object(child, cue):
                    return None  # "blamed the RSF", "condemned the strike": whom or what, no statement
                return trim(doc, child.left_edge.i, end)
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in content_prepositions(cue.lemma_.lower()):
            # "warned of famine", "joked about retiring to the coast" (a gerund: pcomp)
            objs = [t for t in child.children if t.dep_ in {"pobj", "pcomp"} and t.ent_type_ not in {"DATE", "TIME"}]
            if objs:
                return trim(doc, objs[0].left_edge.i, objs[0].right_edge.i + 1)
    if head is not None and head.i > cue.i and set_off_inside(cue) and not own_object(cue):
        # "In Kharkiv, the mayor said, the city is 'a fortress'": a cue set off inside the
        # clause reports all of that clause, not only the quoted words in it
        return trim(doc, after_opening_cue(cue, head), head.right_edge.i + 1)
    # "'…' the army said": a quote in the sentence that the cue is outside of
    text = text_of(doc)
    final = before_final_attribution(cue, sent, speaker)
    final = None if final is None or bounds.fronted_frame(cue, sent, final) else final  # "In her post, …"
    for qs, qe in quotes:
        if qe <= cue.idx and cue.dep_ == "conj" and cue.head.i < cue.i and (
                is_cue(cue.head) or cue.head.dep_ == "ccomp" and is_cue(cue.head.head)):
            continue  # 'said it was "alarmed" … and urged restraint': the quotation is the first cue's
        if sent.start_char <= qs < sent.end_char and not (qs <= cue.idx < qe) and not names_only(text, qs, qe) \
                and len(text[min(qe, cue.idx):max(qs, cue.idx)].split()) <= MAX_WORDS_QUOTE_TO_CUE:
            # a quoted label far from the cue, mid-clause ('killed 152 members of the "extremist
            # force" and captured 47 others …, the command post announced'), is not what is said;
            # nor is a scare-quoted word inside the clause before "…, he said": the clause is
            if final is not None and final[0] < qs and qe <= final[1] + 1:
                return final
            return qs, qe
    if final is not None:
        return final
    if head is not None and not own_object(cue):
        if head.i < cue.i:
            return before_speaker(doc, head.left_edge.i, cue.i, speaker)
        if cue.dep_ in {"parataxis", "advcl", "ccomp"} and head.right_edge.i > cue.right_edge.i:
            # "This campaign, he says, is different": the clause around the cue
            return trim(doc, after_opening_cue(cue, head), head.right_edge.i + 1)
    return folded_subject_aside(cue, sent, speaker) or quote_before(cue, sent, quotes) or next_paragraph(cue, sent)


MAX_WORDS_QUOTE_TO_CUE = 16  # '"…," Colonel X, spokesman of the army's 3rd Division in Y, said'
