"""A closing attribution whose speaker the parser took into the clause before it: "Early on
Sunday five smugglers crossed the frontier near the Zhana Aul post, the press service of
the Border Service reported." The small model often reads "the press service …"
as an apposition of the last noun of the clause ("post") and leaves "reported" with no
subject, so the walk up from the cue finds the clause's own subject ("five smugglers")
and makes it the speaker. A sentence-final closing cue with no subject of its own, right
after a noun phrase that opens after a comma and can speak, has that phrase as its speaker;
what stands before the comma is what it said (claims_closing.speech_head reads it so).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimledger.extract.context import context_of
from claimledger.extract.cues import cues_with
from claimledger.extract.speakers import PRONOUNS, can_speak

SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent", "expl", "csubj"})
# what may follow the cue before the sentence ends: "reported on Monday", "said in a statement"
MAX_AFTER = 6
# the word that makes an office a speaking one ("press center", "press service", "media office")
PRESS = frozenset({"press", "media"})
MAX_PHRASE = 16  # "the press office of the Border Guard Service of the National Security Council"


def appended_speaker(cue: Token) -> Token | None:
    """The head of the speaker's phrase written between the last comma and a closing cue
    that has no subject in the parse, or None."""
    if cue.lemma_.lower() not in cues_with("closing") or cue.dep_ not in {"advcl", "conj", "parataxis"} \
            or cue.head.i > cue.i or any(c.dep_ in SUBJECTS for c in cue.children):
        return None
    report = context_of(cue.doc)
    sent = report.sent(cue)
    tokens = report.tokens
    after = [t for t in tokens[cue.i + 1:sent.end] if not (t.is_punct or t.is_space)]
    if len(after) > MAX_AFTER or any(t.pos_ in {"VERB", "AUX"} for t in after):
        return None  # the sentence goes on with a clause of its own
    comma = next((i for i in range(cue.i - 1, max(sent.start, cue.i - MAX_PHRASE - 2), -1)
                  if tokens[i].text in {",", "—", "–"}), None)
    if comma is None or comma - sent.start < 4:
        return None
    phrase = tokens[comma + 1:cue.i]
    if not phrase or any(t.pos_ in {"VERB", "AUX"} or t.is_punct and t.text not in {"'s", "’s", "-"} for t in phrase):
        return None
    heads = [t for t in phrase if not (comma < t.head.i < cue.i)]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.pos_ not in {"NOUN", "PROPN"} or head.lower_ in PRONOUNS:
        return None
    # "the press center", "the media centre": an office whose work is to speak, whatever its last word
    press = any(c.dep_ == "compound" and c.lower_ in PRESS for c in head.children)
    return head if press or can_speak(head) else None
