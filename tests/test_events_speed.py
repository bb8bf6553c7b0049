"""The event stage's shortcuts read what the slow way read: the trigger gate lets through every
word trigger_type types, the lowered lemmas are lemma_.lower(), the force chunks are the noun
chunks with a force noun at their root, and a per-report memo answers as the function does."""

from __future__ import annotations

from claimledger.extract.context import context_of
from claimledger.extract.events import find_events
from claimledger.extract.events_gate import trigger_candidates
from claimledger.extract.events_memo import per_report
from claimledger.extract.events_triggers import trigger_type
from claimledger.extract.events_view import FORCE_NOUNS, REGION_FORCES, events_view

# sentences written for these tests: phrasal verbs, split words, senses read before the table
SENTENCES = [
    "Government troops pulled back from the northern villages on Monday after heavy shelling.",
    "The rebels launched a counter-offensive near the river crossing, the army said.",
    "A suicide bomber blew himself up at a checkpoint, and hundreds of residents staged a protest.",
    "The two sides traded fire across the border before they agreed to a truce.",
    "Police arrested 14 suspects and seized weapons; the militia pulled its fighters out of the town.",
    "Coalition aircraft struck positions held by the insurgents, and the police officers withdrew.",
    "Pro-Government Forces retook the district centre. The Ministry Of Defence Denied The Report.",
    "The army dismissed the claims as propaganda. These reports are baseless, the spokesman said.",
    "Security forces and allied militias clashed with gunmen; the troops later deployed to the area.",
]


def _doc(nlp):
    return nlp(" ".join(SENTENCES))


def test_every_typed_word_is_a_candidate(nlp) -> None:
    doc = _doc(nlp)
    report = context_of(doc)
    candidates = trigger_candidates(report)
    typed = [t.i for t in report.tokens if trigger_type(t) is not None]
    assert typed, "the sentences tell events"
    assert set(typed) <= set(candidates)
    assert candidates == sorted(candidates)
    # the gate drops most words: determiners, numbers, punctuation, words of no trigger
    assert len(candidates) < len(doc) / 2
    split = next(t.i for t in report.tokens if t.text == "counter")
    assert split in candidates  # a word a hyphen joins to the next may be half a trigger


def test_lowered_lemmas_are_the_tokens_own(nlp) -> None:
    doc = _doc(nlp)
    assert events_view(context_of(doc)).lemmas == [t.lemma_.lower() for t in doc]


def test_force_chunks_are_the_noun_chunks_with_a_force_root(nlp) -> None:
    doc = _doc(nlp)
    forces = FORCE_NOUNS | REGION_FORCES
    expected = [(c.start, c.end) for c in doc.noun_chunks if c.root.lower_ in forces]
    found = [(c.start, c.end) for c in events_view(context_of(doc))._force_chunks() if c.root.lower_ in forces]
    assert expected and found == expected


def test_told_elsewhere_per_sentence(nlp) -> None:
    doc = nlp("Troops Withdraw From Border Town\nTroops withdrew from the border town on Monday, officials said.")
    report = context_of(doc)
    assert events_view(report).told_elsewhere == [report.told_elsewhere(s.start_char, s.end_char)
                                                  for s in report.sents]


def test_per_report_memo_answers_once_per_report(nlp) -> None:
    calls: list[tuple[int, int]] = []

    @per_report
    def first_word(ctx, start: int, end: int) -> str:
        calls.append((start, end))
        return ctx.text[start:end].split()[0]

    one, two = context_of(nlp("Rebels shelled the town.")), context_of(nlp("Troops withdrew overnight."))
    assert first_word(one, 0, 10) == first_word(one, 0, 10) == "Rebels"
    assert first_word(two, 0, 10) == "Troops"  # another report: asked anew
    assert calls == [(0, 10), (0, 10)]


def test_events_read_the_same_when_the_stage_runs_again(nlp) -> None:
    doc = _doc(nlp)
    first = [(e.type, e.span, e.certainty) for e in find_events(doc, [], [])]
    again = [(e.type, e.span, e.certainty) for e in find_events(doc, [], [])]
    assert first and first == again


def test_there_none_of_finds_what_the_search_found() -> None:
    import random

    from claimledger.extract.events_recall import _none_of, _there_none_of

    assert _there_none_of("truce", " Later, THERE WAS NO TRUCE at all.")
    assert _there_none_of("strike", " officials said there have been no further strikes since")
    assert not _there_none_of("truce", " there was no sign of a ceasefire")
    assert not _there_none_of("truce", " nowhere was there any truce")
    # a dotted capital I lowers to two characters: the offsets no longer line up, the search decides
    assert _there_none_of("truce", " İ: there was no truce")
    rng = random.Random(11)
    parts = ["there", "There", " was", " were", " no", " such", " truce", " truces", "x", "İ", " has been", "-", " "]
    for _ in range(20000):
        after = "".join(rng.choice(parts) for _ in range(rng.randint(0, 9)))
        expected = "there" in after.lower() and _none_of("truce").search(after) is not None
        assert _there_none_of("truce", after) == expected, after


def test_span_text_is_the_spans_text(nlp) -> None:
    from claimledger.extract.events_memo import span_text

    doc = _doc(nlp)
    for start, end in [(0, 1), (0, 5), (3, 12), (len(doc) - 4, len(doc)), (7, 7)]:
        assert span_text(doc, start, end) == doc[start:end].text
