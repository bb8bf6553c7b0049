"""An editor's note speaks in the outlet's own voice (issue 8).

"Editor's note: X is a serial liar … who has repeatedly pledged to ban …" is the
outlet's standing description of someone, appended to every story about them, not a
report of what they said in this one. What a note reports others saying stays a
claim ("Editor's note: An article on Monday reported that …; the FBI director said
…"): only a cue that reports speech (a closing cue of data/cues.tsv: say, report,
tell, write …, or "according to") keeps its claim inside a note.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimledger.extract.context import ReportContext, context_of, tokens_of
from claimledger.extract.cues import cues_with
from claimledger.model import Claim

EDITORS_NOTE = re.compile(r"^[ \t*_]*editor[’']?s[’']?[ \t]+note\b", re.I | re.M)


def in_editors_note(report: ReportContext, at: int) -> bool:
    """Whether offset ``at`` lies in a paragraph (a line) opened by "Editor's note"."""
    return bool(EDITORS_NOTE.match(report.text, report.paragraph(at)[0]))


def outlets_own_word(claim: Claim, doc: Doc) -> bool:
    """Whether a claim is the outlet's own description in an editor's note: its cue sits
    in the note and reports no speech ("who has repeatedly pledged to …", "regularly
    incites …")."""
    report = context_of(doc)
    if claim.cue_span is None or not in_editors_note(report, claim.cue_span[0]):
        return False
    if claim.cue.lower() == "according to":
        return False
    cue = tokens_of(doc)[report.token_at(claim.cue_span[0])]
    return cue.lemma_.lower() not in cues_with("closing")
