"""The dead a report names in the sentence after their count: "An Israeli strike killed 9
people in Rafah. All of them were civilians" (civilians killed), "Eleven people were killed
when a drone struck a bus. They were all Russian soldiers" (Russia's dead).

Only a count of bare people ("people", "men", "persons") with no side is read again: a count
its own sentence already names ("12 militants") keeps its reading even when the next sentence
disputes it ("They were shepherds, not fighters"), a claim against a claim."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.extract.figures.meanings import noun_meaning
from claimledger.extract.figures.mentions import FiguresView, Mention
from claimledger.sides import side_of

# words that, as the subject of "were", take up the people just counted
_BACK_REFERENCES = frozenset({"they", "all", "both", "victims", "dead", "those"})


def identify_the_dead(view: FiguresView, m: Mention) -> None:
    """Give a bare count of the dead the civilians or the side the next sentence names them as."""
    if m.quantity != "killed" or m.kind != "person" or m.owner_side or m.group is not None:
        return
    doc = view.doc
    end = m.sent.end
    if end >= len(doc) or any(k in view.by_token for k in range(m.span.end, end)):
        return  # another count stands between: "they" may be those
    named = _named_as(doc[end].sent)
    if named is None:
        return
    if noun_meaning(named) == "civilian":
        m.quantity = "civilians_killed"
    elif noun_meaning(named) == "force":
        m.owner_side = side_of(" ".join(t.text for t in named.subtree if t.i <= named.i))


def _named_as(sent: Span) -> Token | None:
    """ "They were all Russian soldiers", "All of them were civilians", "The victims were
    farmers": the noun a back-reference at the sentence's head is said to be."""
    for t in sent[:4]:
        if t.dep_ == "nsubj" and t.lower_ in _BACK_REFERENCES and t.head.lemma_.lower() == "be":
            return next((c for c in t.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    return None
