"""Who speaks through a cue: the token heading the speaker's phrase, read off the parse.

A cue's own subject first, then the agent of a passive, then the subject of the verb a
participle or conjoined cue hangs on ("X visited …, noting that …"), then a speaking
noun written right beside a cue the parser left unattached.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.admissions import taken_in
from claimledger.extract.claims_appended import appended_speaker
from claimledger.extract.claims_build import DOUBLE_QUOTE_MARKS
from claimledger.extract.claims_frames import frame_cue
from claimledger.extract.claims_groups import speaks_as_group
from claimledger.extract.claims_inset import opens_own_clause
from claimledger.extract.claims_names import name_read_as_noun
from claimledger.extract.claims_openers import speaker_before_quotation
from claimledger.extract.claims_quotes import in_quotation, speaker_after_quote
from claimledger.extract.claims_shares import share_speaks, share_subject
from claimledger.extract.context import context_of, tokens_of
from claimledger.extract.cues import cue_table, cues_with
from claimledger.extract.speakers import PRONOUNS, can_speak, is_event_noun, word_class

# words the small model lemmatises wrongly -> the cue they are ("hoping" -> "hop")
LEMMA_FIXES = {("hop", "hoping"): "hope", ("hop", "hopes"): "hope", ("hop", "hoped"): "hope"}


def is_cue(token: Token) -> bool:
    pos = token.pos_  # read once: each read looks the tag's name up again
    if pos == "NOUN" and _verb_read_as_noun(token):
        context_of(token.doc).edit()  # readings put off are made first, readings kept are stale
        token.pos_, token.tag_, token.lemma_ = "VERB", "VBZ", token.lower_[:-1]  # corrected once on the Doc
        pos = "VERB"
    if pos not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_  # read once, as the tag above
    fixed = LEMMA_FIXES.get((lemma, token.lower_)) if lemma == "hop" else None
    if fixed is not None:
        context_of(token.doc).edit()
        token.lemma_ = lemma = fixed  # corrected once on the Doc, so every later reader of the cue sees it
    lemma = lemma.lower()
    if lemma not in cue_table() or lemma == "admit" and taken_in(token):
        return False  # (not "were hurt and admitted to a clinic": taken in, not owned up to)
    if lemma in cues_with("quoting") and not _beside_quote_mark(token):
        return False  # "the shelling continued", "he read the names": a cue only beside a quotation
    # "say" used for a stated fact in a relative clause of its own object is still a cue;
    # an imperative or a noun-modifying participle ("reported cases") is not.
    return token.dep_ != "amod" and not _counted_participle(token)


def _counted_participle(token: Token) -> bool:
    """"60 pledged delegates and seven superdelegates were at stake", "40 reported cases":
    a participle between a number and the noun it counts modifies that noun, even where the
    small model makes the number its subject; "Smith, 60, pledged to …" (an age set off by
    commas) still speaks."""
    doc, i = token.doc, token.i
    if token.tag_ not in {"VBN", "VBD"} or i == 0 or i + 1 >= len(doc):
        return False
    number, noun = doc[i - 1], doc[i + 1]
    # "Smith, 60, pledged": a comma stands before the cue; "the UN in 2023 reported cases …": a year
    return number.like_num and number.ent_type_ not in {"DATE", "TIME"} and noun.tag_ in {"NNS", "NN"}


def _verb_read_as_noun(token: Token) -> bool:
    """"A note from the General Staff sent to ANGOP states that …": a reporting verb in its
    third-person form the tagger read as a plural noun ("states", "notes", "claims"), with a
    subject of its own and a clause opened by "that"."""
    lower = token.lower_
    return token.tag_ == "NNS" and lower.endswith("s") and lower[:-1] in cue_table() \
        and any(c.dep_ == "nsubj" for c in token.children) \
        and any(c.dep_ in {"ccomp", "acl", "relcl", "advcl"} and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                     for m in c.children) for c in token.children)


QUOTE_MARKS = DOUBLE_QUOTE_MARKS | {"''", "``"}


def _beside_quote_mark(token: Token) -> bool:
    """A quotation closes just before the cue ('“…,” she continued') or opens just after it
    ('a placard read: “…”', 'as one doctor put it, “…”'); "put" only as "put it"."""
    if token.lemma_.lower() == "put" and not any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
        return False
    if any(c.dep_ == "xcomp" for c in token.children):
        return False  # "would continue “to break barriers”": the quotation is what continues
    return _quote_mark_near(token)


def _quote_mark_near(token: Token) -> bool:
    # the report's sentences and Token objects, read once (``Token.sent`` finds the sentence
    # anew on each call, and a ``doc[a:b]`` window makes a new Token for each word)
    report = context_of(token.doc)
    sent = report.sent(token)
    window = report.tokens[max(sent.start, token.i - 6):min(sent.end, token.i + 5)]
    return any(t.text in QUOTE_MARKS for t in window)


ISSUING = {"issue", "release", "publish", "post", "send", "circulate", "put"}
# a part of a group, speaking: "Others say …", "Many in the crowd said …", "Some argue …"
SOME_OF_THEM = {"others", "some", "many", "most", "several", "few", "both"}
# beliefs a part of a group holds: "Many fear the truce will collapse", "Most think …"
HELD_BY_SOME = {"think", "believe", "fear", "worry", "doubt", "hope", "suspect", "feel", "agree", "know"}
# labels a part of a group gives: "Others call it a siege", "Some describe the vote as a sham"
LABELLED_BY_SOME = {"call", "brand", "label", "dub", "term", "describe"}
NOT_SUBJECTS = {"there", "which", "that", "others", "other", "this", "these", "those", "what", "who", "whom"}


def may_speak(head: Token, lemma: str) -> bool:
    """Speech verbs take speakers as subjects ("the billionaire magnate says", "Sixty
    percent said", "the campaign says"); other cues ("reveal", "show", "highlight")
    only when the subject is a known kind of speaker ("the changing dynamics reveal…"
    is no attribution)."""
    if is_event_noun(head):
        return False  # "the truce agreed in Doha said …": an event says nothing
    if name_read_as_noun(head):
        return True  # "Trump blamed …" tagged a common noun, named "Donald Trump" elsewhere (claims_names.py)
    if share_speaks(head, lemma):
        return True  # "a third of the displaced say …", "30 percent agree that …" (claims_shares.py)
    if head.lower_ in SOME_OF_THEM and (lemma in cues_with("closing") or lemma in cues_with("speaks")
                                        or lemma in HELD_BY_SOME or lemma in LABELLED_BY_SOME):
        return True  # "Others say …", "Many in the crowd said …", "Some accused the army of …", "Many fear …",
        # "Others call it a siege"
    if lemma in cues_with("closing"):
        if head.lower_ == "those" and any(c.dep_ in {"acl", "relcl"} for c in head.children):
            return True  # "those surveyed say …", "those who fled Kherson said …": people described
        return head.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and head.lower_ not in NOT_SUBJECTS \
            or aged(head)
    return can_speak(head) or speaks_as_group(head, lemma)  # "the rebels accused …", "both sides vowed …"


def aged(head: Token) -> bool:
    """"the 52-year-old", which the parser reads as an adjective: a person, by age."""
    return head.lower_ == "old" and head.i > 1 and head.doc[head.i - 1].text == "-" \
        and head.doc[head.i - 2].lower_ in {"year", "years"}


def speaker_head(cue: Token, hops: int = 0, said: str | None = None) -> Token | None:
    """The token heading the speaker's phrase for a cue, walking up participles.

    ``said`` is the lemma of the cue the walk started from: a verb reached on the way up
    ("began", "went on") is no cue, but its subject speaks through the speech cue below
    it ("The businessman began by …, saying that …")."""
    lemma = cue.lemma_.lower()
    if said is None:
        # only a cue with a clause of its own lends its speech to the subject above it:
        # "This pact marks …, emphasizing the alliance" is the writer's gloss
        said = lemma if any(c.dep_ in {"ccomp", "xcomp"} for c in cue.children) or _quote_mark_near(cue) else ""
    # a known kind of speaker first ("… 50 others wounded … said Rami Abdel Rahman")
    subjects = [_maker_in_apposition(_misparsed_subject(_audience_opener(c))) for c in cue.children if c.dep_ == "nsubj"
                and not (c.i < cue.i and in_quotation(c) and not in_quotation(cue))]
    if not subjects and (share := share_subject(cue)) is not None:
        subjects = [share]  # "Nearly a third say …": the parser hung the share on the cue
    if not subjects:
        # "That attitude, many argue, could …": the parser read the cue as a noun "many" qualifies
        subjects = [c for c in cue.children if c.dep_ == "amod" and c.lower_ in SOME_OF_THEM and c.i == cue.i - 1]
    if subjects and all(is_event_noun(c) for c in subjects):
        return None  # "the ceasefire, which began at dawn, said …": no speaker to look for elsewhere
    own = [c for c in subjects if c.pos_ in {"NOUN", "PROPN"}]
    subjects = [c for c in subjects if can_speak(c)] or [c for c in subjects if may_speak(c, lemma)] \
        or [c for c in subjects if hops and may_speak(c, said) and not _demonstrative(c)]
    if own and not subjects and cue.dep_ == "conj":
        return None  # '… "will not tolerate provocations" and that the incident showed …': the incident's, no one's
    if subjects:
        # the subject nearest the cue ("BAMAKO, Mali — …, Colonel X said"), but two
        # side by side are one speaker, read from the first ("Iran's state news agency
        # IRNA said"); an inverted "said X" takes the one after
        before = [c for c in subjects if c.i < cue.i]
        if not before:
            return subjects[0]
        chosen = before[-1]
        for other in reversed(before[:-1]):
            if chosen.ent_type_ == "PERSON" and other.ent_type_ != "PERSON":
                break  # a title the parser split from the name ("secretariat head Major General X"): the person
            if other.right_edge.i + 1 == chosen.left_edge.i:
                chosen = other  # side by side: one speaker, read from the first
        return chosen
    for child in cue.children:
        if child.dep_ == "nsubjpass" and (lemma in {"quote", "cite"} or _has_contracted(cue)):
            return child  # "X was quoted as saying": X is the speaker; "He's said …" is "he has said"
        if child.dep_ == "agent":
            objs = [t for t in child.children if t.dep_ == "pobj"]
            if objs:
                return objs[0]
    if cue.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in cue.children) \
            and any(c.dep_ == "nsubjpass" and c.tag_ in {"WP", "WDT"} for c in cue.children):
        return None  # "the minister, who is expected to resign": what is expected of him, by no one named
    described = _described_subject(cue)
    if described is not None:
        return described
    if hops == 0 and (appended := appended_speaker(cue)) is not None:
        return appended  # "…, the press service of the Border Service reported": read as the clause's apposition
    if hops < 3:
        found = _speaker_above(cue, said, hops)
        if found is not None:
            return found
    # 'shook his head and said, "No."': the speech verb opening a quotation (claims_openers.py)
    return speaker_before_quotation(cue) or _speaker_beside(cue)


def _has_contracted(cue: Token) -> bool:
    """"He's said …", "The army's claimed …": the parser reads the contracted "has" as a
    passive's "is"; a speech verb's subject before it is still the one who said it."""
    return cue.tag_ in {"VBN", "VBD"} and any(c.dep_ == "auxpass" and c.lower_ in {"'s", "’s"} and c.i == cue.i - 1
                                     for c in cue.children)


def _described_subject(cue: Token) -> Token | None:
    """"Residents fleeing the fighting say …", "Families sheltering in the school said …":
    the parser makes the participle the cue's clausal subject and the speaker the
    participle's subject; the people the participle describes speak."""
    for child in cue.children:
        if child.dep_ in {"csubj", "advcl"} and child.i < cue.i and child.tag_ in {"VBG", "VBN"}:
            subjects = [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i and can_speak(c)
                        and c.left_edge.i == child.left_edge.i]
            if subjects and not any(t.text == "," for t in cue.doc[child.i:cue.i]):
                return subjects[0]
    return None


def _demonstrative(noun: Token) -> bool:
    """"this pact", "that decision", "it": a thing pointed back to, not someone speaking."""
    return noun.lower_ == "it" or any(c.dep_ == "det" and c.lower_ in {"this", "that", "these", "those"}
                                      for c in noun.children)


def _misparsed_subject(subject: Token) -> Token:
    """"Sources privy to the talks say …": the small model may make the adjective after a
    speaker the cue's subject and the speaker the adjective's; the speaker is the noun."""
    if subject.pos_ not in {"VERB", "ADJ"}:
        return subject
    return next((c for c in subject.children if c.dep_ == "nsubj" and c.i < subject.i
                 and c.pos_ in {"NOUN", "PROPN"}), subject)


def _audience_opener(subject: Token) -> Token:
    """"Briefing journalists in Abuja on Monday, the Director …, Brigadier General X, said":
    the parser may glue the opening participle to its audience and make that the subject;
    the speaker is the person named after the comma (or the speaker's word there)."""
    opener = next((c for c in subject.lefts if c.dep_ in {"compound", "amod"} and c.i == subject.left_edge.i
                   and c.lower_.endswith("ing") and c.text[:1].isupper()), None)
    if opener is None or subject.pos_ != "NOUN":
        return subject
    tokens = tokens_of(subject.doc)
    comma = next((t.i for t in tokens[subject.i:subject.right_edge.i + 1] if t.text == ","), None)
    if comma is None:
        return subject
    after = tokens[comma + 1:subject.right_edge.i + 1]
    named = [t for t in after if t.pos_ == "PROPN" and t.dep_ != "compound"
             and (t.ent_type_ == "PERSON" or t.dep_ == "appos")]
    return named[-1] if named else next((t for t in after if can_speak(t) and t.pos_ in {"NOUN", "PROPN"}), subject)


def _maker_in_apposition(subject: Token) -> Token:
    """"…, a charge Ukraine denied": the parser makes the statement the subject and its
    maker an apposition; a statement noun does not deny, its maker does."""
    if frame_cue(subject.lemma_, "noun") is None:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and can_speak(c)), subject)


def _speaker_above(cue: Token, lemma: str, hops: int) -> Token | None:
    """Participles and conjoined cues share the subject of the verb they hang on:
    "X visited …, noting that …"; "quoted the source as saying …"; "X was quick to point
    out that …" (through the adjective)."""
    head = cue.head
    if head.i == cue.i:
        return None
    if hops == 0 and cue.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" \
            and head.head.pos_ in {"VERB", "AUX"} and not any(c.dep_ == "expl" or c.dep_ == "nsubj" and c.lower_ == "it"
                                                           for c in head.head.children):
        cue, head = head, head.head  # "was quick to point out", "is right to note": the adjective's subject
    if cue.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"}:
        head = head.head
    elif cue.dep_ == "conj" and head.dep_ in {"oprd", "acomp"} and is_cue(head.head):
        # 'He called it "shameful" and called on leaders …': the parser conjoined the second
        # cue to the first one's label; both are the first cue's subject's
        return speaker_head(head.head, hops + 1, lemma)
    elif cue.dep_ == "relcl" and any(t.dep_ == "advmod" and t.lower_ in {"where", "when"} and t.i < cue.i
                                     for t in cue.subtree):
        return None  # "the hospital in Parakou, where their state is said to be stable": a place says nothing
    elif cue.dep_ in {"acl", "relcl"} and (head.pos_ in {"NOUN", "PROPN"} or cue.dep_ == "relcl" and (
            head.pos_ == "NUM" or head.lower_ in SOME_OF_THEM | {"those"})):
        # "four in 10 who said …", "those who said …": the people the relative clause is about
        if word_class(head) == "document" and head.dep_ == "dobj" and head.head.lemma_.lower() in ISSUING:
            issuers = [c for c in head.head.children if c.dep_ == "nsubj"]
            if issuers:
                return issuers[0]  # "X issued a statement denouncing …": X speaks
        return head  # "a source telling Sputnik that …", "the army, which said …"
    elif cue.dep_ not in {"advcl", "xcomp", "conj", "acomp"} or head.pos_ not in {"VERB", "AUX"}:
        return None
    if cue.lemma_.lower() == "say" and head.lemma_.lower() == "quote":
        objs = [t for t in head.children if t.dep_ == "dobj"]
        if objs:
            return objs[0]
    if _gloss_on_content(cue, head):
        # "X insisted that Ukrainian forces held the roads, rejecting Moscow's claim …": the
        # participle the parser hangs on the content clause is X's own next act; so on the
        # clause's conjunct ("said 27 were arrested and that police seized 38 rifles,
        # describing the haul as …")
        return speaker_head(_content_clause(head).head, hops + 1, lemma)
    if head.lemma_.lower() in cue_table() or cue.dep_ != "conj":
        return speaker_head(head, hops + 1, lemma)
    outer = head.head if head.dep_ == "ccomp" else stated_in(head)
    if outer is not None and is_cue(outer) and outer.i < head.i \
            and (any(c.dep_ == "ccomp" for c in cue.children) or _quoted_label(cue) or _next_act(cue, head)):
        # "X said the air force had targeted a camp and denied that civilians were killed": a
        # cue with a clause of its own, conjoined to what X said, is X's next statement (as the
        # content reader ends X's content before it: claims_clauses.contrast_start)
        return speaker_head(outer, hops + 1, lemma)
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in cue.children):
        # "The judge rubbed his chin, and then said …": the judge, who can speak; up a
        # chain of conjoined verbs ("they reversed, rushed … and said") to its subject
        while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
            head = head.head
        inside_content = head.dep_ == "ccomp" and is_cue(head.head) and head.head.i < head.i
        if inside_content and _quote_closes_before(cue):
            # 'it said the police were "terrorising the population" and called on NATO to …':
            # the quoted words end before the second cue, which is the first speaker's next act
            return speaker_head(head.head, hops + 1, lemma)
        subjects = [c for c in head.children if c.dep_ == "nsubj"
                    and (can_speak(c) or may_speak(c, lemma) and not _demonstrative(c))
                    and not (in_quotation(c) and not in_quotation(cue))]
        if not subjects and inside_content:
            # "X claimed that 20 soldiers had been injured and accused the government of …":
            # a passive's subject inside what X said is no speaker; X goes on
            return speaker_head(head.head, hops + 1, lemma)
        # "UN officials were alarmed by the attack and warned that …": the passive's
        # subject, when it is someone who can speak, then speaks
        subjects = subjects or [c for c in head.children if c.dep_ == "nsubjpass" and can_speak(c)
                                and not in_quotation(c)]
        if subjects:
            return subjects[0]
        # "X hit the campaign trail, trashing Y and accusing him of …": a participle
        # chain has the subject of the verb it hangs on
        if head.dep_ == "ccomp" and is_cue(head.head):
            # "He said A and said that B", the second cue parsed as conjoined to A: his
            return speaker_head(head.head, hops + 1, lemma)
        return speaker_head(head, hops + 1, lemma) if head.dep_ in {"advcl", "xcomp"} else None
    return None  # "… were killed and …, the army said": the killed are not the speaker


def _next_act(cue: Token, head: Token) -> bool:
    """"X denied that the group had carried out any strike and accused the army of …", "X
    said the state government would open two shelters and called on aid agencies to …": a
    speaking cue with its own object or call, conjoined with no subject to the content
    clause, is X's next act, not the act of the clause's subject."""
    told = cue_table().get(cue.lemma_.lower())
    return told is not None and told.hedge == "asserted" and head.dep_ == "ccomp" \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children) \
        and any(c.dep_ in {"dobj", "prep", "xcomp"} and c.i > cue.i for c in cue.children)


def stated_in(clause: Token) -> Token | None:
    """The cue of "said in a statement that …" when the parser hangs the that-clause on
    "statement" (acl): the clause is what the cue said."""
    if clause.dep_ != "acl" or not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return None
    noun = clause.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or word_class(noun) != "document":
        return None
    return noun.head.head


def _quote_closes_before(cue: Token) -> bool:
    """'… "terrorising the population" and called …': a closing quotation mark right before
    the conjunction that joins the cue."""
    doc = cue.doc
    return cue.i >= 2 and doc[cue.i - 1].lower_ in {"and", "but"} and doc[cue.i - 2].text in {'"', "”"} \
        and in_quotation(doc[cue.i - 3])


def _quoted_label(cue: Token) -> bool:
    """'… and called the reports "fabrications"': a cue whose object carries a quoted label,
    with no subject of its own, is the speaker's next word, not the content's subject's."""
    return any(c.dep_ == "dobj" for c in cue.children) and not any(c.dep_ == "nsubj" for c in cue.children) \
        and any(t.text in {'"', "“", "”"} for t in cue.subtree)


def _gloss_on_content(cue: Token, head: Token) -> bool:
    """Whether a participial cue set off by a comma ("…, rejecting …", "…, denying …")
    hangs on the content clause of another cue rather than on a main clause."""
    clause = _content_clause(head)
    return cue.tag_ == "VBG" and cue.dep_ == "advcl" and clause.dep_ == "ccomp" and is_cue(clause.head) \
        and clause.head.i < clause.i and cue.i > 0 and cue.doc[cue.i - 1].text == "," \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children)


def _content_clause(verb: Token) -> Token:
    """The first of the clauses conjoined to a verb ("27 were arrested and that police
    seized …" -> "arrested"): the one a cue's complement arc reaches."""
    hops = 0
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and hops < 4:
        verb, hops = verb.head, hops + 1
    return verb


def _speaker_beside(cue: Token) -> Token | None:
    """Comma-less copy leaves the speaker unattached: "… injured including a
    photographer SANA reporter said", "… said the statement adding …". Take the
    speaking noun right before the cue, or the subject right after it."""
    doc = cue.doc
    before = _before_auxiliaries(cue)
    if before is not None and before.pos_ in {"NOUN", "PROPN"} and can_speak(before) \
            and before.lower_ not in PRONOUNS:
        if not _in_subjects_modifier(before, cue):
            return before
        # "Tests carried out in Kharkiv showed …": the evidence the subject names shows it
        return next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"), None)
    named = _name_with_age(cue)
    if named is not None:
        return named
    opened = _name_before_an_aside(cue)
    if opened is not None:
        return opened
    for tok in doc[cue.i + 1: min(cue.i + 5, len(doc))]:
        if opens_own_clause(tok):
            break  # "… shows how weak the army has become": the army is the clause's (claims_inset.py)
        if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"nsubj", "nsubjpass"} and can_speak(tok):
            return tok
    if cue.i > 0 and doc[cue.i - 1].text in QUOTE_MARKS and (
            cue.lemma_.lower() in cues_with("quoting") or cue.lemma_.lower() in cues_with("closing")):
        # '“No more war,” read one placard', '“The road is closed,” added a farmer': inverted,
        # the parser takes the subject for an object
        quoting = cue.lemma_.lower() in cues_with("quoting")
        for tok in doc[cue.i + 1: min(cue.i + 5, len(doc))]:
            if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "attr", "npadvmod"} \
                    and (quoting or can_speak(tok) or tok.ent_type_ == "PERSON"):
                return tok
    return speaker_after_quote(cue)


def _in_subjects_modifier(word: Token, cue: Token) -> bool:
    """"Tests carried out in Kharkiv showed …", "Results released on Friday show …": the word
    before the cue is a place or a day in the words that describe the cue's subject, not a
    speaker the comma-less copy left unattached (a day never speaks)."""
    if word.ent_type_ in {"DATE", "TIME"}:
        return True
    subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # where or when the subject was made ("carried out in Kharkiv"), not whose it is ("61 percent of Ukrainians")
    return subject is not None and word.dep_ == "pobj" and word.head.lower_ in {"in", "at", "on", "near", "during"} \
        and subject.left_edge.i <= word.i <= subject.right_edge.i


def _name_before_an_aside(cue: Token) -> Token | None:
    """"Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said …",
    "Sanders, who sits at zero such endorsements, said …": a long aside between a name and
    its cue can make the parser read the aside as a clause and leave the cue with no
    subject; the name that opens the sentence, set off by a comma, speaks."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != "," or any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children):
        return None
    start = cue.sent.start
    name = start
    while name + 1 < cue.i and doc[name + 1].pos_ == "PROPN":
        name += 1  # the last word of the opening name ("Jeffrey Salkin")
    opening = doc[name]
    if name + 1 >= cue.i - 1 or doc[name + 1].text != "," or opening.pos_ not in {"PROPN", "NOUN"} \
            or opening.ent_type_ not in {"PERSON", "ORG", ""} \
            or not (can_speak(opening) or opening.ent_type_ == "PERSON"):
        return None
    if any(t.lemma_.lower() in cue_table() and t.pos_ == "VERB" for t in doc[name + 1:cue.i]):
        return None  # another cue in between is the aside's own speech
    return opening


def _before_auxiliaries(cue: Token) -> Token | None:
    """The word before the cue, past its auxiliaries ("…, Ileana Ros-Lehtinen and Carlos
    Curbelo, have said they will not …": the parser hung the names on the phrase before,
    leaving "have said" without a subject). A comma is passed only after an auxiliary: in
    "…, said the army" the word before the comma is the content's."""
    doc = cue.doc
    i, skipped = cue.i - 1, 0
    while i >= cue.sent.start and doc[i].dep_ in {"aux", "neg", "advmod"} and doc[i].head.i == cue.i:
        i, skipped = i - 1, skipped + 1
    comma = bool(skipped and i > cue.sent.start and doc[i].text == ",")
    i -= comma
    if i < cue.sent.start or doc[i].ent_type_ in {"DATE", "TIME"} or comma and doc[i].ent_type_ in {"GPE", "LOC"}:
        return None  # "late Tuesday to thank …"; "…, in Washington, D.C., had expressed": a place set off
    return doc[i]


def _name_with_age(cue: Token) -> Token | None:
    """"As part of his plea, Marcel Lazar, 44, said that …": the parser may hang the name
    on the phrase before it; the name right before the cue, its age set off by commas,
    is the speaker."""
    doc = cue.doc
    i = cue.i - 1
    if i < 3 or doc[i].text != "," or not doc[i - 1].like_num or doc[i - 2].text != ",":
        return None
    name = doc[i - 3]
    if name.pos_ == "PROPN" and name.ent_type_ in {"PERSON", ""} and name.sent == cue.sent:
        return name
    return None
