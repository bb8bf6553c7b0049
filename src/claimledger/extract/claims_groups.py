"""People and groups who hold and voice a view: the parties to a war ("the rebels", "both
sides", "rival factions", "the delegation"), the interested groups of a story ("donors",
"investors", "the two camps") and people a war story hears from ("rescuers", "peacekeepers").

Any noun may speak through a cue that closes reported speech ("…, the rebels said"), but a
cue that does not ("accused", "vowed", "believe", "fear", "agree") needs a subject known to
speak. These nouns are not speaker words (data/speaker_words.tsv) because they name no
office and no body a name is read from ("rebel commander Ali", "the Wagner group"): they
only let a cue's subject speak. Cues that a thing may be the subject of as well as a
person ("the rebels showed the bodies to reporters", "militants found the convoy") are
left to the speaker words, which must know the subject speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

# lemmas: armed and political parties to a conflict, and groups with a stake in a story
GROUPS = frozenset({
    # parties to the fighting and to talks
    "side", "camp", "faction", "rebel", "militant", "insurgent", "militia", "jihadist", "guerrilla",
    "paramilitary", "separatist", "loyalist", "delegation", "bloc", "belligerent", "combatant",
    # groups with a stake
    "donor", "investor", "creditor", "lender", "contender", "rival", "lobbyist", "operative",
    "associate", "proponent", "developer", "humanitarian", "parent", "insider", "strategist",
    "backer", "sympathizer", "sympathiser", "delegate", "nominee", "incumbent", "challenger",
    # people a war story hears from, whom the speaker words do not name ("rescuers fear …")
    "rescuer", "evacuee", "peacekeeper", "herder", "local", "captive", "deserter", "veteran",
    "conscript", "recruit", "mercenary", "contractor", "sailor", "crew", "passenger", "traveller",
    "traveler", "pilgrim", "worshipper", "monk", "nun", "academic", "blogger", "editor", "photographer",
})

# cues whose subject may as well be a thing or an act: a group as their subject is no speaker
# unless the speaker words know it ("militants showed the hostages", "the rebels found arms")
NOT_FOR_GROUPS = frozenset({
    "show", "reveal", "indicate", "highlight", "document", "demonstrate", "find", "underline",
    "underscore", "signal", "imply", "echo", "learn", "read", "put", "continue", "see", "view",
    "post", "publish", "mention", "recognize", "recognise", "welcome", "thank", "answer",
})


# texts that set out terms: they speak only by what they call for, urge or demand ("the
# plan calls on both sides to pull back heavy weapons", "the proposal calls for a phased
# release of hostages"), as a resolution does; a truce or a ceasefire is an event and says nothing
PROPOSALS = frozenset({
    "plan", "proposal", "deal", "agreement", "accord", "initiative", "petition", "framework", "roadmap",
    "bill", "draft", "motion", "plank", "treaty", "pact", "memorandum", "ultimatum", "offer", "blueprint",
    "charter", "decree", "amendment", "legislation",
})
DEMANDS = frozenset({"call", "urge", "demand", "propose", "recommend"})


def speaks_as_group(head: Token, lemma: str) -> bool:
    """Whether a cue's subject noun is a group that speaks or holds a view through the cue
    ("the rebels accused the army of …", "both sides vowed …", "investors fear …"), or a
    text that calls for its terms ("the plan calls for a ceasefire")."""
    if head.pos_ != "NOUN":
        return False
    if head.lemma_.lower() in PROPOSALS:
        return head.dep_ == "nsubj" and calls_for(head.head, lemma)
    return head.lemma_.lower() in GROUPS and lemma not in NOT_FOR_GROUPS


def calls_for(cue: Token, lemma: str) -> bool:
    """"calls for a truce", "calls on Israel to …", "urges the parties to …", "demands that …":
    a demand, not "calls into question" nor a call that reaches someone."""
    if lemma not in DEMANDS or cue.lemma_.lower() != lemma:
        return False
    if lemma == "call":
        return any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in cue.children)
    return True
