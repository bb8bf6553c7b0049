"""Readings the claims stage makes once a report, or only when asked (issue 8): a speaker's
phrase read once by its head (speakers.read_speaker), the interview's guest read only when an
answer asks for it, and a correction of the Doc (claims_speaker.is_cue) that makes both
readings again on the words as they then stand (ReportContext.edit). Sentences written for
these tests."""

from __future__ import annotations

from claimledger.extract.claims import find_claims
from claimledger.extract.claims_speaker import is_cue
from claimledger.extract.context import context_of
from claimledger.extract.speakers import read_speaker


def _token(doc, word):
    return next(t for t in context_of(doc).tokens if t.text == word)


def test_a_speaker_is_read_once_and_each_caller_gets_its_own_copy(nlp):
    doc = nlp("Sudan's health ministry said on Monday that 40 people were killed in El Fasher.")
    head = _token(doc, "ministry")
    first, second = read_speaker(head), read_speaker(head)
    assert first == second and first is not second  # a caller may replace its copy's fields freely
    assert first.name == "Sudan's health ministry" and first.side == "SD"
    assert len(context_of(doc).speaker_reads) == 1


def test_a_speaker_read_with_other_places_or_a_shorter_reach_is_read_anew(nlp):
    doc = nlp("The spokesman of the Kenyan army, Colonel Zipporah Kioko, said the camp was retaken.")
    head = _token(doc, "spokesman")
    places: list = []
    plain, placed, near = read_speaker(head), read_speaker(head, places), read_speaker(head, places, 1)
    assert plain == placed  # no place of the report changes this speaker
    assert near.span[0] >= plain.span[0]  # a reach of one word left may cut the phrase shorter
    reads = context_of(doc).speaker_reads
    assert len(reads) == 2 and all(kept[0] is places for kept in reads.values())


def test_a_correction_of_the_doc_makes_readings_again(nlp):
    # "states" the tagger may read as a plural noun; is_cue corrects it to the verb on the Doc
    doc = nlp("A note from the General Staff sent to ANGOP states that the road to Luena is open.")
    report = context_of(doc)
    head = _token(doc, "note")
    read_speaker(head)
    edits = report.edits
    report.edit()
    assert report.edits == edits + 1
    read_speaker(head)
    assert len(report.speaker_reads) == 2  # the reading from before the correction is not reused
    states = _token(doc, "states")
    if states.pos_ == "NOUN":  # the model's reading: is_cue corrects it and marks the Doc edited
        assert is_cue(states) and states.pos_ == "VERB" and report.edits == edits + 2


def test_edit_makes_the_readings_put_off_first_and_once(nlp):
    doc = nlp("Residents said the bridge was shelled overnight.")
    report = context_of(doc)
    seen: list[int] = []
    report.before_edit.append(lambda r: seen.append(r.edits))
    report.edit()
    report.edit()
    assert seen == [0]  # made before the correction counted, and not again
    assert report.before_edit == []


def test_a_page_with_no_interview_leaves_its_guest_unread_until_a_correction(nlp):
    doc = nlp("Colonel Amadou Diallo, a spokesman for the Malian army, said on Tuesday that troops had "
              "retaken the town of Ber.\n\nHe said the operation went on for two days.")
    claims = find_claims(doc)
    assert [c.speaker.name for c in claims] == ["Amadou Diallo", "Amadou Diallo"]
    report = context_of(doc)
    if report.edits == 0:
        assert getattr(report.memory, "interview_guest", False) is False  # not read: no answer asked
        assert len(report.before_edit) == 1
        report.edit()
    assert getattr(report.memory, "interview_guest", False) is not False  # read before the Doc changed
    assert report.before_edit == []


def test_an_interview_reads_its_guest_for_the_answers(nlp):
    text = ("Major Taras Melnyk, 36, commands a drone battalion of Ukraine's 68th brigade near Pokrovsk. "
            "He spoke to us by phone on Friday.\n\n"
            "Q: How many attacks did you repel this week?\n\n"
            "A: We repelled eleven assaults, and we have asked for more shells.\n")
    doc = nlp(text)
    find_claims(doc)
    guest = context_of(doc).memory.interview_guest
    assert guest is not None and guest.name == "Taras Melnyk"
