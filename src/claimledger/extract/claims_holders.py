"""Who holds a position, and whether a verb is their own act: shared by the readers of
stances toward a thing (claims_stances.py), toward a person (claims_parties.py) and of
intentions (claims_intentions.py). A holder speaks and does not fight; an act is active,
not negated, not a participle describing a noun, not a condition, and gives no help."""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.speakers import PRONOUNS, can_speak

# military senses: an operation or a force helped, not a stance held ("backed the offensive")
MILITARY = frozenset({
    "offensive", "counteroffensive", "counter-offensive", "attack", "assault", "strike", "airstrike", "operation",
    "advance", "push", "raid", "incursion", "bombardment", "shelling", "bombing", "campaign", "effort", "troop",
    "force", "army", "soldier", "fighter", "militia", "rebel", "unit", "brigade", "battalion", "regiment",
    "division", "infantry", "platoon", "company", "convoy", "column", "artillery", "drone", "tank", "aircraft",
    "jet", "helicopter", "gunship", "warplane", "navy", "fleet", "garrison", "defender", "position", "flank",
    "landing", "crossing", "breakthrough", "encirclement", "evacuation", "rescue", "manoeuvre", "maneuver",
    "fire", "barrage",
})
# subjects that fight or fire, not speak: "the brigade supported the assault"
FIGHTERS = frozenset({
    "troop", "force", "soldier", "fighter", "militia", "militiaman", "unit", "brigade", "battalion", "regiment",
    "division", "infantry", "platoon", "company", "squad", "convoy", "artillery", "drone", "tank", "aircraft",
    "jet", "helicopter", "gunship", "warplane", "navy", "fleet", "garrison", "gunman", "sniper", "paratrooper",
    "marine", "commando", "mercenary", "volunteer", "reservist", "guard", "support", "fire", "strike",
})
# a means after the object turns a stance into help: "backed the army with weapons"
MEANS = frozenset({"with", "through", "by"})
# what help is given with: "backed the army with weapons", "supported the advance with fire"
HELP = frozenset({"weapon", "arm", "training", "money", "fund", "funding", "cash", "loan", "fire", "artillery",
                  "drone", "troop", "aircraft", "jet", "equipment", "ammunition", "munition", "intelligence",
                  "logistics", "fuel", "supply", "missile", "rocket", "tank", "airstrike", "strike", "mercenary",
                  "fighter", "advisor", "adviser", "force"})
# whom or how many, in a poll: "56 percent support the plan"
POLLED = frozenset({"percent", "%", "majority", "most", "many", "some", "half", "third", "quarter", "minority",
                    "both", "several", "all", "few", "each"})


def a_speakers_act(verb: Token) -> bool:
    """Active, not negated, no particle, not a participle describing a noun."""
    kids = list(verb.children)
    if any(c.dep_ in {"nsubjpass", "auxpass", "agent", "prt", "neg"} for c in kids):
        return False  # "backed by air support", "back up the unit", "did not back the plan"
    if verb.dep_ == "pcomp" and verb.head.lower_ != "in":
        return False  # "by backing the offensive": a means; "in opposing the request" is the subject's act
    if verb.dep_ in {"amod", "acl", "compound"} or verb.tag_ == "VBN" and not any(
            c.dep_ == "aux" for c in kids):
        return False  # "Russian-backed forces", "troops supporting the offensive", "in opposing X"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in kids):
        return False  # "if the United States embraced a carbon tax": a condition, no stance held
    # "backs the militia with weapons and training" (the means hung on the verb or on its
    # object), "supported the advance by shelling the town": help given, not a view held;
    # "opposes a deal with Tehran" names a party
    preps = [c for c in kids if c.dep_ == "prep" and c.i > verb.i]
    preps += [c for obj in kids if obj.dep_ == "dobj" for c in obj.children if c.dep_ == "prep"]
    return not any(p.lower_ in MEANS and any(o.lemma_.lower() in HELP or o.tag_ == "VBG" for o in p.children)
                   for p in preps)


def stance_holder(verb: Token) -> Token | None:
    """The speaker: the verb's own subject, or that of the verb it completes ("decided to
    back", "is expected to endorse") or is conjoined to; one that can speak and does not fight."""
    head, hops = verb, 0
    while hops < 3:
        # a verb reached on the way up may be passive: "were united in supporting …"
        subjects = [c for c in head.children if c.dep_ == "nsubj" or hops and c.dep_ == "nsubjpass"]
        if subjects:
            subject = subjects[0]
            if head.dep_ == "relcl" and (subject.lower_ in {"who", "which", "that"} or any(
                    p.lower_ == "of" and any(o.lower_ in {"whom", "which"} for o in p.children)
                    for p in subject.children)):
                subject = head.head  # "Belarus, which backed the invasion", "…, both of whom opposed the deal"
            return subject if speaks(subject) else None
        if head.dep_ in {"xcomp", "conj"} and head.head.pos_ in {"VERB", "AUX"}:
            head, hops = head.head, hops + 1
            continue
        if head.dep_ == "pcomp" and head.head.head.pos_ in {"VERB", "AUX", "ADJ"}:
            head, hops = head.head.head, hops + 1  # "were united in supporting …", "In opposing X, Y said …"
            if head.pos_ == "ADJ" and head.dep_ == "acomp":
                head = head.head
            continue
        return None
    return None


def speaks(subject: Token) -> bool:
    lemma = subject.lemma_.lower()
    if lemma in FIGHTERS or subject.lower_ in FIGHTERS:
        return False
    if subject.lower_ in PRONOUNS or can_speak(subject):
        return subject.lower_ not in {"it", "this", "that", "which"}
    return lemma in POLLED or subject.like_num
