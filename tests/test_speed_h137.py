"""Speed-ups that must change no answer (issue 8, stop 28):

- ``ReportContext.sent_index`` reads a token's sentence from a table made once a report, and
  answers a token past either end as the search over the sentences' starts did;
- the token offsets ``token_range`` searches are read in one array (``Doc.to_array(IDX)``);
- ``phrases.noun_with_modifiers`` checks that a word before the noun is in its phrase by walking
  the word's heads up, not by building the noun's whole subtree.

Each is checked against the reading it replaces on reports of several wars and styles.
"""

from __future__ import annotations

from bisect import bisect_right

import pytest

from claimledger.extract.context import context_of
from claimledger.extract.phrases import noun_with_modifiers

TEXTS = [
    # wire copy, a dateline and a quotation
    "KHARTOUM (Reuters) - The Rapid Support Forces shelled a camp near El Fasher on Monday, killing "
    "at least 40 displaced people, the Sudanese army said.\n\n\"They fired on women and children,\" a "
    "camp coordinator told reporters. The paramilitary group denied the account.",
    # a ministry's statement, a long noun phrase, a list of modifiers
    "Ukraine's General Staff said its air defence units shot down 23 Russian Shahed attack drones over "
    "the Kharkiv and Sumy regions overnight. Russia's defence ministry claimed its forces had taken "
    "the village of Novomykhailivka, which Kyiv did not confirm.",
    # state media and a short headline-like line
    "Israeli strikes hit Gaza City\nThe Hamas-run health ministry said the Israeli army's overnight "
    "strikes on residential buildings killed 17 Palestinians, including six children. The Israeli "
    "military said it targeted Hamas militants operating from a command centre.",
    # an interview answer and a monitor's count
    "Q: How many fighters have you lost?\nA: We lost twelve of our best young fighters in the battle "
    "for the airport. The Syrian Observatory for Human Rights said pro-government militias lost 35 men.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(text) for text in TEXTS]


def test_sent_index_is_the_search_over_sentence_starts(docs) -> None:
    for doc in docs:
        ctx = context_of(doc)
        starts = [s.start for s in doc.sents]
        for i in [-3, -1, *range(len(doc)), len(doc), len(doc) + 5]:
            assert ctx.sent_index(i) == max(bisect_right(starts, i) - 1, 0)


def test_token_offsets_are_the_tokens_own(docs) -> None:
    for doc in docs:
        ctx = context_of(doc)
        for tok in doc:
            assert ctx.token_range(tok.idx, tok.idx + len(tok)) == (tok.i, tok.i + 1)
        span = doc[2:7]
        assert ctx.token_range(span.start_char, span.end_char) == (span.start, span.end)


def _by_subtree(noun, after: int = -1) -> list:
    """The reading noun_with_modifiers made before: the noun's whole subtree as a set."""
    inside = {t.i for t in noun.subtree}
    out, k = [noun], noun.i - 1
    while k > after and k in inside:
        t = noun.doc[k]
        if t.like_num or (t.dep_ in ("det", "predet", "nummod", "quantmod", "advmod", "cc", "punct", "prep")
                          and t.text != "-"):
            break
        out.insert(0, t)
        k -= 1
    return out


def test_noun_with_modifiers_reads_what_the_subtree_gave(docs) -> None:
    checked = 0
    for doc in docs:
        for tok in doc:
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            for after in (-1, tok.i - 2):
                assert [t.i for t in noun_with_modifiers(tok, after)] == [t.i for t in _by_subtree(tok, after)]
                checked += 1
    assert checked > 50
