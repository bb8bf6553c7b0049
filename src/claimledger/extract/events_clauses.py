"""Which clause a word sits in, seen from an event's trigger: the trigger's own phrase,
or a clause of its own (a relative or complement clause with its own verb, a side clause
on another noun, the goal of another move). A place or time in a clause of its own is not
the event's. Split from :mod:`claimledger.extract.events_where`, which asks these tests of
each place and time mention.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.events_view import HIT_VERBS, LIGHT_VERBS

MOVES = {"flee", "escape", "run", "head", "retreat", "withdraw", "move", "go", "fall"}


def goal_of_another_move(root: Token, trigger: Token) -> bool:
    """Whether a place is where some other verb of motion went ("the rest fled towards X")."""
    prep = root.head
    verb = prep.head
    return root.dep_ == "pobj" and prep.lower_ in {"to", "towards", "toward", "into"} and verb.pos_ == "VERB" \
        and verb.i != trigger.i and verb.lemma_.lower() in MOVES and trigger.i not in {a.i for a in verb.ancestors}


# "the ceasefire signed in Geneva": where an agreement was made is its place
AGREEING_VERBS = {"sign", "reach", "broker", "conclude", "seal", "initial"}
# participles that say where a thing lies, not what else happened ("hills overlooking X")
LOCATING_VERBS = {"overlook", "border", "surround", "face", "line", "straddle", "adjoin", "neighbour", "neighbor",
                  "link", "connect", "join"}  # "the road linking Petion-Ville to Kenscoff": where the road runs


# verbs of a clause that only names what the trigger hit ("raided what officials described as a
# hideout in Nangarhar", "struck what the army called a depot near Izium"): its place is the act's
# "bombed suspected TTP hideouts in Khost", where the small model reads "suspected" as a verb
NAMING_VERBS = {"describe", "call", "term", "identify", "label", "believe", "say", "claim", "suspect", "allege"}


def other_clause(token: Token, trigger: Token) -> bool:
    """Whether a word sits in a clause of its own below the trigger (a relative or
    complement clause with its own verb), rather than in the trigger's phrase."""
    if _object_read_as_subject(token, trigger):
        return False
    node = token
    for _ in range(12):
        head = node.head  # read once a step: every ``.head`` makes a new Token
        if node.i == trigger.i or head.i == node.i:
            return False
        if node.dep_ == "acl" and node.lemma_.lower() in LOCATING_VERBS:
            return False  # "retook two hilltops overlooking the Al-Kassara area": where they are
        if _doing_when_struck(node, trigger):
            return False  # "detained a farmer who was grazing cattle near X": where it happened
        if node.dep_ in {"relcl", "ccomp", "advcl", "acl"} and node.pos_ in {"VERB", "AUX"} \
                and any(a.i == trigger.i for a in node.ancestors):
            # "air strikes killed 19 people in northern Gaza": what the attack did, where; "an
            # attack launched by the militia on positions in Raghwan": the attack itself
            return node.lemma_.lower() not in HIT_VERBS | LIGHT_VERBS | AGREEING_VERBS | NAMING_VERBS
        node = head
    return False


def _doing_when_struck(node: Token, trigger: Token) -> bool:
    """Whether a relative clause on the trigger's own object or subject tells what the
    victim was doing when it happened ("seized a fisherman who was casting nets off X",
    "a bus that was travelling near X was ambushed"): its place is the event's. A clause
    of another tense ("a man who lived in X", "who had fled X") tells other times."""
    if node.dep_ != "relcl" or node.tag_ != "VBG" or node.head.head.i != trigger.i:
        return False
    if node.head.dep_ not in {"dobj", "nsubjpass", "obj"}:
        return False
    return any(c.dep_ == "aux" and c.lower_ in {"was", "were"} for c in node.children)


def _object_read_as_subject(token: Token, trigger: Token) -> bool:
    """ "We retook Macomia and the insurgents withdrew": the parser makes "Macomia and the
    insurgents" the next clause's subject and leaves the verb of taking with no object;
    the first name of that pair is what was taken."""
    return token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and token.head.head.i == trigger.i \
        and trigger.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in trigger.children) \
        and any(c.dep_ == "conj" for c in token.children) and token.i == trigger.i + 1


def side_clause(token: Token, trigger: Token) -> bool:
    """Whether a word sits in a clause that modifies something else than the trigger's
    own phrase: "Rwandan troops, deployed in the province since 2021,
    said they killed 18 in a counter-attack" - the province and 2021 are the
    deployment's, not the counter-attack's."""
    above = {a.i for a in trigger.ancestors} | {trigger.i}
    node = token
    for _ in range(12):
        head = node.head  # read once a step: every ``.head`` makes a new Token
        if node.i in above or head.i == node.i:
            return False
        if node.dep_ in {"relcl", "acl", "advcl"} and node.pos_ in {"VERB", "AUX"}:
            # a clause below the trigger ("the strike, which came on Monday") is its own
            return not any(a.i == trigger.i for a in node.ancestors)
        node = head
    return False
