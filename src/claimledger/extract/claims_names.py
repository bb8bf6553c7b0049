"""Names the small parser reads as common nouns (issue 8).

At the head of a sentence a surname that is also an English word ("Trump blamed …",
"Wagner said …", "Bishop told …") is often tagged a common noun with no entity, so no
speaker table knows it. The report names that same word as a person or a body elsewhere
("Donald Trump", "the Wagner group"): there it is a name, and here it speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

NAME_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


def name_read_as_noun(head: Token) -> bool:
    """Whether a capitalised common noun is a name the report gives a person or a body
    elsewhere: the same word inside an entity of theirs."""
    text = head.text
    if head.pos_ != "NOUN" or len(text) < 3 or not text[0].isupper() or not text[1:].islower():
        return False
    return any(e.label_ in NAME_ENTITIES and e.start != head.i and any(t.text == text for t in e)
               for e in head.doc.ents)
