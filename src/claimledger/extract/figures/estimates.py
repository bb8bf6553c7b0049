"""Counts given as the value of an estimate: "the bulletins put the number of terrorists
neutralised at more than 900 and the army's own losses at 138 dead", "Zelensky put the
number of soldiers killed at 46,000 and the number of wounded at about 380,000".

What is counted stands before the count, in the estimate's object ("the number of X
[fate]", "the army's losses"), not around the number, and the small model hangs the
"at" phrase on whatever verb is near. So the frame is read by word order from the "at"
back to its tally noun (data/quantities.tsv's "tally" nouns and "losses"), under a verb
of estimating (figure_words.tsv's estimate_verb list)."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.figures.labels import word_fate
from claimledger.extract.figures.meanings import noun_meaning, verb_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.extract.figures.words import ESTIMATE_VERBS, HARMS, PEOPLE_FATES, lexicon
from claimledger.sides import GOVERNMENT_WORDS, side_of

_REACH = 14  # tokens back from "at" to the tally noun: "the number of Ukrainian soldiers killed since 2022"
_LOSSES = frozenset({"loss", "losses"})
_FATES = PEOPLE_FATES | {"displaced", "deserted"}  # what an estimate of people may count


def estimated_count(view: FiguresView, m: Mention) -> bool:
    """Give a count that is an estimate's value the fate and people its frame names.
    True when the count stands in such a frame."""
    doc = view.doc
    at = _at_before(view, m)
    if at is None:
        return _tally_verb_frame(view, m)
    frame = _tally_noun(view, at)
    if frame is None:
        return _fate_before_at(view, m, at)
    if not _estimated(frame):
        return False
    after = doc[frame.i + 1] if frame.i + 1 < at.i else None
    if after is not None and after.lower_ == "of":
        return _counted_of(view, m, after, at)
    if _tallied_by_frame(view, m, frame, at):
        return True
    if frame.lemma_.lower() in _LOSSES or frame.lower_ in _LOSSES:
        # "the army's own losses at 138 dead": the word after the count tells the fate, else losses
        if m.quantity not in HARMS:  # "at 8 soldiers killed": the count's own reading stands
            own = word_fate(doc[m.span.end]) if m.span.end < m.sent.end else None
            m.quantity = own if own in PEOPLE_FATES else "casualties"
            m.noun, m.left_noun, m.kind = frame, True, None
            m.subject = " ".join(t.text for t in frame.subtree if t.i <= frame.i and t.dep_ != "det")
        m.owner_side = _possessor_side(view, frame)
        return True
    return False


def _tallied_by_frame(view: FiguresView, m: Mention, frame: Token, at: Token) -> bool:
    """ "volunteers put the toll at seven", "put the casualty figure at 400": a tally noun that
    says what it counts (a bare toll is a death toll) gives the bare count beside "at" its fate;
    a bare "figure" or "number" takes the fate word between it and "at" ("the number killed at 12")
    or after the count ("put the figure at 31 dead");
    a count with a harm of its own keeps it."""
    doc = frame.doc
    meaning = noun_meaning(frame)
    if meaning is None:  # "the number killed at 12", "the figure for the dead at 40"
        meaning = next((f for f in (word_fate(t) for t in doc[frame.i + 1:at.i]) if f in _FATES), None)
    if meaning is None and m.span.end < m.sent.end:
        meaning = word_fate(doc[m.span.end])  # "put the figure at 31 dead"
    if meaning not in _FATES and meaning != "casualties":
        return False
    if m.quantity not in HARMS:
        m.quantity = meaning
        m.noun, m.left_noun, m.kind = frame, True, None
    m.owner_side = _possessor_side(view, frame) or m.owner_side  # "the army's death toll at 12"
    return True


def _tally_verb_frame(view: FiguresView, m: Mention) -> bool:
    """ "the number of displaced people who arrived in Tawila reached 3,400 families, about
    17,000 people": the count a tally verb gives "the number of X" counts X, and so does the
    count in apposition to it."""
    node = m.noun if m.noun is not None else m.root
    if node.dep_ == "appos" and node.head != node:
        node = node.head
    verb = node.head
    if node.dep_ not in ("dobj", "attr") or verb.pos_ not in ("VERB", "AUX") or verb_meaning(verb) != "tally":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or lexicon().nouns.get(subject.lemma_.lower()) != "tally":
        return False
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and _counted_of(view, m, of, verb)


def _fate_before_at(view: FiguresView, m: Mention, at: Token) -> bool:
    """ "Armenia puts its own military dead at 3,825", "put the wounded at about 900": a
    fate word right before the "at" of an estimate is what the count counts; a possessive
    in its phrase says whose ("its": the estimating subject's)."""
    if at.i == at.sent.start:
        return False
    word = view.doc[at.i - 1]
    fate = word_fate(word)
    if fate not in _FATES or word.pos_ not in ("ADJ", "NOUN") or not _estimated(word):
        return False
    m.quantity, m.kind, m.noun, m.group = fate, None, None, None
    owner = next((t for t in view.doc[max(at.sent.start, at.i - 5):at.i] if t.dep_ == "poss"), None)
    if owner is not None:
        if owner.pos_ == "PRON":
            verb = next((t for t in owner.ancestors if t.lemma_.lower() in ESTIMATE_VERBS), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            m.owner_side = side_of(" ".join(t.text for t in subject.subtree)) if subject is not None else None
        else:
            m.owner_side = side_of(" ".join(t.text for t in owner.subtree if t.dep_ != "case"))
    return True


def _at_before(view: FiguresView, m: Mention) -> Token | None:
    """The "at" right before the count, over its qualifiers ("at more than 900")."""
    doc, k = view.doc, m.span.start - 1
    while k >= m.sent.start and doc[k].idx >= m.num.start:
        k -= 1
    return doc[k] if k >= m.sent.start and doc[k].lower_ == "at" else None


def _tally_noun(view: FiguresView, at: Token) -> Token | None:
    """The nearest tally noun before the "at", not past another count or another "at"."""
    doc = view.doc
    start = max(at.sent.start, at.i - _REACH)
    for k in range(at.i - 1, start - 1, -1):
        t = doc[k]
        if k in view.by_token or t.lower_ == "at" or t.text in (";", ":"):
            return None
        if t.pos_ == "NOUN" and (lexicon().nouns.get(t.lemma_.lower()) == "tally" or t.lower_ in _LOSSES):
            return t
    return None


def _estimated(frame: Token) -> bool:
    """Whether a verb of estimating comes before the frame in its sentence ("put", "estimated")."""
    return any(
        t.lemma_.lower() in ESTIMATE_VERBS and t.tag_.startswith("VB")
        for t in frame.doc[frame.sent.start:frame.i]
    )


def _counted_of(view: FiguresView, m: Mention, of: Token, at: Token) -> bool:
    """ "the number of terrorists neutralised", "the number of wounded": the counted word
    after "of", and the fate a participle after it or the word itself tells."""
    doc = view.doc
    counted = next((t for t in doc[of.i + 1:at.i] if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
                    and (noun_meaning(t) is not None or word_fate(t) in _FATES)), None)
    if counted is None:
        return False
    fate = next((f for f in (word_fate(t) for t in doc[counted.i + 1:at.i]) if f in _FATES), None)
    own = word_fate(counted)
    if fate is None and own in _FATES:
        # "the number of wounded": the word is the fate, and the people are those counted before
        m.quantity, m.kind, m.noun, m.group = own, None, None, None
        return True
    if fate is None:
        return False
    kind = noun_meaning(counted)
    m.noun, m.left_noun, m.kind = counted, True, kind
    m.quantity = "civilians_killed" if fate == "killed" and kind == "civilian" else fate
    return True


def _possessor_side(view: FiguresView, frame: Token) -> str | None:
    """Whose losses: a state's name ("Russia's losses") or its forces ("the army's own losses")."""
    owner = next((c for c in frame.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    words = " ".join(t.text for t in owner.subtree if t.dep_ != "case")
    side = side_of(words)
    if side:
        return side
    return view.home if owner.lower_ in GOVERNMENT_WORDS else None
