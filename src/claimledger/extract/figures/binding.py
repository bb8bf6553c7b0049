"""Binding a number to its noun: its own noun to the right, the group of a part ("4,000
of the 12,000 troops"), or a noun to the left ("a contingent of 12,000", "the toll
rose to 12"); and climbing from a counted phrase to the predicate said of it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimledger.extract.figures.meanings import noun_meaning, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.syntax import headline_verb, own_subject, sentence_of, subject_of
from claimledger.extract.figures.words import CALIBRES, ESTIMATE_VERBS, SIZED, lexicon


def bind(view: FiguresView, m: Mention) -> None:
    """Find the noun a number counts: its own noun to the right, the group of a part
    ("4,000 of the 12,000 troops"), or a noun to the left ("a contingent of 12,000")."""
    doc, span, root, sent = view.doc, m.span, m.root, m.sent
    after = doc[span.end] if span.end < sent.end else None
    if after is not None and after.lower_ == "of":
        pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
        pobj = pobj or _linear_noun(doc, after.i + 1, sent.end, skip_det=True)
        if pobj is not None:
            if m.num.vague:
                m.noun = pobj  # "dozens of people": the "of" belongs to the amount
            else:
                m.group = pobj  # "4,000 of the 12,000 troops", "one-third of the contingent"
            return
    if m.num.is_share:
        if after is not None and after.lower_ in ("the", "their", "its", "all"):
            m.group = _linear_noun(doc, after.i, sent.end, skip_det=True)  # "half the population"
        return
    h = root.head
    if (
        root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod")
        and span.end <= h.i <= span.end + 6
        and h.pos_ in ("NOUN", "PROPN", "NUM")
        and sentence_of(h) == sent
        and not h.like_num
        and _wordlike(h)
        and not headline_verb(h)
        and not _blocked(doc, span.end, h.i)
    ):
        while h.dep_ == "compound" and h.i < h.head.i <= span.end + 6 and h.head.pos_ in ("NOUN", "PROPN"):
            h = h.head  # "11 field artillery guns" with the number hung on the first modifier
        m.noun = _shared_noun(h) or h  # the parse's own noun, to the right and near
        return
    lin = _linear_noun(doc, span.end + 1 if _quoted_amount(doc, m) else span.end, sent.end)
    if lin is not None:
        m.noun = lin
        return
    left = _left_noun(root)
    if left is None:
        k = span.start - 1
        while k >= sent.start and doc[k].idx >= m.num.start:
            k -= 1  # back over the number's own qualifiers
        if k >= sent.start and doc[k].lower_ in ("to", "at", "of") and doc[k].dep_ == "prep":
            # a parse that hung the number elsewhere: read it as the object of the preposition
            left = _left_noun_of_prep(doc[k])
        elif k > sent.start and doc[k].text == ":" and _sized_noun(doc[k - 1]) and not _said_label(doc, k):
            # "Death toll: 27", "Casualties: 300"; not a participle ("20 were killed: 12 in ...")
            left = doc[k - 1]
    if left is None:
        left = _numbered_people(doc, m)
    if left is not None:
        m.noun, m.left_noun = left, True


def _quoted_amount(doc: Doc, m: Mention) -> bool:
    """ 'told AFP that "at least 20" people had been killed': the quotation marks hold only the
    amount, quoted from the speaker, and the noun it counts follows the closing mark."""
    end = m.span.end
    if end >= len(doc) or doc[end].tag_ != "''":
        return False
    k = m.span.start - 1
    while k >= 0 and doc[k].idx >= m.num.start:
        k -= 1  # back over the number's own qualifiers ("at least")
    return k >= 0 and doc[k].tag_ == "``"


def _said_label(doc: Doc, colon: int) -> bool:
    """A label before a colon that is a sentence: "Hotline to report kidnappings: 165" is a
    phone number's label, not a toll of kidnappings."""
    k = colon - 1
    while k > 0 and "\n" not in doc[k - 1].text and colon - k < 10:
        k -= 1
    return any(t.tag_ in ("TO", "VB", "VBP", "VBZ", "MD") for t in doc[k:colon])


def _wordlike(tok: Token) -> bool:
    """A token with a letter: a table's "|" the parser tags as a noun counts nothing."""
    return any(ch.isalpha() for ch in tok.text)


def _numbered_people(doc: Doc, m: Mention) -> Token | None:
    """ "Rwandan troops, who ... now number about 4,000", "Nhamussua, the attackers, numbering
    about 40": the people a form of "number" right before the count is said of, found up
    the parse (a relative clause, a participle on a name whose apposition they are)."""
    k = m.span.start - 1
    while k >= m.sent.start and doc[k].idx >= m.num.start:
        k -= 1  # back over the number's own qualifiers
    if k < m.sent.start or doc[k].lower_ not in ("number", "numbers", "numbering", "numbered"):
        return None
    tok = doc[k]
    for _ in range(4):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        for cand in (tok, *(c for c in tok.children if c.dep_ == "appos")):
            if noun_meaning(cand) in ("force", "armed", "person", "national"):
                return cand
    return None


def _shared_noun(h: Token) -> Token | None:
    """ "about 200 PDF and TNLA terrorists", "40 KNU and PDF soldiers": two groups' short names
    sharing one noun, the first parsed as the counted noun; the shared noun is counted."""
    if not (h.text.isupper() and len(h.text) > 1 and noun_meaning(h) is None):
        return None
    return next((c for c in h.children if c.dep_ == "conj" and c.i - h.i <= 4
                 and noun_meaning(c) in _PEOPLE_NOUNS), None)


# what a shared noun after two groups' names counts: people under arms or people at large
_PEOPLE_NOUNS = frozenset({"person", "civilian", "force", "armed"})


def _sized_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and noun_meaning(tok) in SIZED


def _blocked(doc: Doc, start: int, end: int) -> bool:
    """A verb, an article or a clause boundary between a number and its noun;
    participles that modify the noun ("government-held villages") do not block."""
    for t in doc[start:end]:
        if t.dep_ in ("amod", "compound", "npadvmod", "nmod") and t.pos_ != "AUX":
            continue
        if _in_hyphenated_word(doc, t):
            continue  # "3 pick-up trucks", "12 all-terrain vehicles": one word the tokenizer split
        if t.dep_ in ("cc", "conj") and t.head.dep_ == "amod" and start <= t.head.i < end:
            continue  # "9 ballistic and winged missiles": adjectives joined before the noun
        if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "DET") or t.text in (",", ";", ":", "(", ")"):
            return True  # "3214 An airstrike": an article starts a new phrase
    return False


def _in_hyphenated_word(doc: Doc, t: Token) -> bool:
    """A hyphen, or a piece written against one ("pick-up"), is inside one word."""
    if t.text == "-":
        return t.i > 0 and t.i + 1 < len(doc) and not t.whitespace_ and not doc[t.i - 1].whitespace_
    before = t.i > 0 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_
    after = t.i + 1 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_
    return before or after


def _linear_noun(doc: Doc, start: int, end: int, skip_det: bool = False) -> Token | None:
    """The head of the noun phrase starting at ``start``, by word order: the last noun
    of a run of modifiers and nouns ("27 pro-government fighters", "59 Tomahawk cruise
    missiles"), stopping after a plural and at anything that is not part of a phrase."""
    head = None
    k = start
    while k < end and k - start < 6:
        t = doc[k]
        if t.pos_ == "DET" and k == start:
            if not skip_det:
                return None  # "548 A human rights group": a count does not precede an article
        elif t.like_num and k + 1 < end and doc[k + 1].lower_ in CALIBRES:
            k += 2  # "two 60mm mortars", "40 155mm howitzers": the calibre is a modifier
            continue
        elif t.text == "-":
            head = None  # "government-held": what came before the hyphen is a modifier
        elif t.pos_ == "ADJ" or (t.tag_ in ("JJ", "VBN") and t.dep_ in ("amod", "compound")):
            if head is not None and t.pos_ != "ADJ":
                break
        elif (t.pos_ in ("NOUN", "PROPN") or t.tag_ in ("NN", "NNS", "NNP", "NNPS")) and _wordlike(t):
            if headline_verb(t):
                break  # headline case: "Kills Five Injures Seven"
            if head is not None and (
                t.pos_ == "PROPN" and head.pos_ == "NOUN" or t.ent_type_ in ("DATE", "TIME")
            ):
                break
            head = t
            if t.tag_ in ("NNS", "NNPS"):
                break
        else:
            break
        k += 1
    return head


def _left_noun_of_prep(prep: Token) -> Token | None:
    """ "a contingent of 12,000", "the toll rose to 12": only a force or a tally gives
    its size this way, not "people" ("10 people ... rose to 10" in merged headlines)."""
    h = prep.head
    if prep.lower_ == "of" and h.pos_ in ("NOUN", "PROPN"):
        return h if noun_meaning(h) in SIZED and h.lemma_.lower() != "life" else None
    if prep.lower_ == "at" and h.lemma_.lower() in ESTIMATE_VERBS and h.dep_ == "acl" and h.head.pos_ == "NOUN" \
            and noun_meaning(h.head) in ("force", "armed"):
        return h.head  # "the assailants, estimated at about 300": the force's estimated size
    if h.pos_ in ("VERB", "AUX") and _tallies(h):
        return _tallied(h)
    if prep.lower_ == "to" and h.pos_ == "VERB":
        # "bringing the death toll since the war began to 51,000", "bringing the number of civilians
        # killed in Sumy to 85": the parse hangs "to" on a verb inside the tally's own phrase
        tally_verb = next((a for a in list(h.ancestors)[:4] if a.pos_ == "VERB" and _tallies(a)), None)
        tallied = _tallied(tally_verb) if tally_verb is not None else None
        if tallied is None or tallied.dep_ != "dobj" or tallied.i > h.i:
            return None
        if tallied.is_ancestor(h) or (h.head == tally_verb and h.dep_ == "advcl"):
            return tallied
    return None


# verbs that move a toll only when a toll is their object ("taking the toll to 31", "pushing
# the number of dead to 40"); "took 40 prisoners" is no tally
_TOLL_MOVERS = frozenset({"take", "push", "lift", "send", "drive"})
_TOLL_NOUNS = frozenset({"toll", "tally", "total", "number"})


def _tallies(verb: Token) -> bool:
    """Whether a verb gives a tally its number: a tally verb ("bringing", "raised"), or a verb
    that moves a toll named as its object ("taking the toll to 31")."""
    if verb_meaning(verb) == "tally":
        return True
    return verb.lemma_.lower() in _TOLL_MOVERS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _TOLL_NOUNS for c in verb.children)


def _tallied(verb: Token) -> Token | None:
    """What a tally verb counts: its subject or object that a number sizes ("the toll rose to
    12", "bringing the death toll to 51,000")."""
    return next(
        (c for c in verb.children
         if c.dep_ in ("nsubj", "nsubjpass", "dobj") and (noun_meaning(c) in SIZED or bare_tally(c))),
        None,
    )


def bare_tally(noun: Token) -> bool:
    """ "the total", "the tally" with nothing to say what they count: "bringing the total
    to 719,000" continues the count told before it."""
    return noun.pos_ == "NOUN" and lexicon().nouns.get(noun.lemma_.lower()) == "tally" and noun_meaning(noun) is None


def _left_noun(root: Token) -> Token | None:
    """ "a contingent of 12,000", "a toll of 20", "casualties numbered 4,000", "the toll
    rose to 12", "troops numbering 12,000"."""
    dep, h = root.dep_, root.head
    if dep == "pobj" and h.lower_ in ("of", "to", "at"):
        return _left_noun_of_prep(h)
    if dep in ("dobj", "attr", "npadvmod") and h.pos_ in ("VERB", "AUX") and verb_meaning(h) == "tally":
        if h.dep_ == "acl" and h.head.pos_ == "NOUN":
            return h.head  # "troops numbering 12,000"
        subj = subject_of(h)
        if subj is not None and noun_meaning(subj) not in (None, "other"):
            return subj  # "casualties numbered 4,000"
    return None


def _subject_in_disguise(arg: Token) -> bool:
    """An "apposition" right before a verb that has no subject of its own is that verb's
    subject: "after the assassination of Galan, the 4,015 judges of the country decided
    ..." (not "the killing of Ellacuria, five other Jesuits and two women")."""
    end = max(t.i for t in arg.subtree) + 1
    doc = arg.doc
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.tag_ in ("VBD", "VBZ", "VBP") and nxt.pos_ == "VERB" and not own_subject(nxt)


def _first_argument(verb: Token, not_this: Token) -> Token:
    """The counted argument of a verb (its passive subject or object), for a phrase
    attached to the verb rather than to that argument."""
    kids = [c for c in verb.children if c.pos_ in ("NOUN", "PROPN", "NUM") and c != not_this]
    return next((c for dep in ("nsubjpass", "dobj", "nsubj") for c in kids if c.dep_ == dep), not_this)


def climb(m: Mention, arg: Token) -> Token:
    """From a conjunct, an apposition or an "including" phrase up to the phrase that
    the verb governs ("killed 15 civilians and 27 fighters": "fighters" -> "civilians"),
    noting the total a part belongs to."""
    for _ in range(8):
        h = arg.head
        if arg.dep_ == "conj" and h.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and h != arg:
            arg = h
            continue
        if (
            arg.dep_ == "conj"
            and h.pos_ == "VERB"
            and arg.pos_ in ("NOUN", "PROPN")
            and not own_subject(arg)
        ):
            # a flattened list: "lost 1,150 troops, 9 tanks and ..." with "tanks" hung on the verb
            obj = next((c for c in h.children if c.dep_ in ("dobj", "obj") and c.i < arg.i), None)
            if obj is not None:
                arg = obj
                continue
        if h.pos_ == "VERB" and any(
            c.dep_ == "prep"
            and c.lower_ == "among"
            and c.i < arg.i
            and any(p.pos_ == "PRON" for p in c.children)
            for c in arg.children
        ):
            # "killed 165 people, among them 20 children" (not "11 civilians among them ...")
            total = next(
                (
                    c
                    for c in h.children
                    if c.dep_ in ("dobj", "nsubjpass") and c != arg and c.pos_ in ("NOUN", "PROPN")
                ),
                None,
            )
            if total is not None:
                if m.parent is None:
                    m.parent, m.part_how = total, "including"
                arg = total
                continue
        if (
            arg.dep_ == "pobj"
            and h.lower_ == "with"
            and h.i > 0
            and h.nbor(-1).lower_ in ("along", "together")
        ):
            # "22 children had been killed along with six teachers": the same fate
            g = h.head if h.head.lower_ not in ("along", "together") else h.head.head
            nxt = g if g.pos_ in ("NOUN", "PROPN", "NUM") else _first_argument(g, arg)
            if nxt != arg:
                arg = nxt
                continue
        if arg.dep_ == "appos" and h.pos_ in ("NOUN", "PROPN", "NUM") and not _subject_in_disguise(arg):
            if m.parent is None:
                m.parent, m.part_how = h, "list"  # "killed 50 people: 15 civilians and ..."
            arg = h
            continue
        if arg.dep_ == "pobj" and h.lower_ in ("including", "among", "like"):
            total = h.head
            for _ in range(3):
                if total.pos_ not in ("VERB", "AUX"):
                    break
                # "20 were killed including 13 civilians"; "8.6 million have fled since fighting
                # erupted, including 1.8 million": up the clauses to the counted argument
                counted = next(
                    (
                        c
                        for c in total.children
                        if c.dep_ in ("nsubjpass", "dobj", "nsubj")
                        and c != arg
                        # "12 were wounded, including 3 policemen": a bare number is counted too
                        and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
                    ),
                    None,
                )
                if counted is not None:
                    total = counted
                elif total.dep_ in ("advcl", "conj", "ccomp", "xcomp") and total.head != total:
                    total = total.head
                else:
                    total = _first_argument(total, arg)
            if total.pos_ in ("NOUN", "PROPN", "NUM") and total != arg:
                if m.parent is None:
                    m.parent, m.part_how = total, "including"
                arg = total
                continue
        break
    return arg
