"""Denials told by description (events_dismissals.py): a speaker who calls what another
side said false, fake, a fabrication, or dismisses it as a smear, denies it; the ledger
gets a ``deny`` event of that speaker, with the speaker's side, and the claim stays the
speaker's. Sentences written for these tests, across wars and outlet styles."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.data import read_table
from claimledger.data.tables import word_lists
from claimledger.extract.claims import find_claims
from claimledger.extract.events import find_events
from claimledger.model import Document


def events_of(nlp, text):
    doc = nlp(text)
    claims = find_claims(doc)
    for n, claim in enumerate(claims, 1):
        claim.id = f"c{n}"
    return find_events(doc, claims, []), claims


def denials(nlp, text):
    events, _ = events_of(nlp, text)
    return [e for e in events if e.type == "deny"]


@pytest.mark.parametrize(("text", "side"), [
    # wire copy
    ("The Defence Ministry in Moscow called the reports \"provocative disinformation\" aimed at the talks.", "RU"),
    ("The Israeli military labelled the video fake.", "IL"),
    ("Kyiv has branded the footage a fake staged by Russian propagandists.", "UA"),
    ("Moscow called the Bucha images a \"staged provocation\".", "RU"),
    ("Ethiopia's foreign ministry described the allegations as a fabrication.", "ET"),
    ("Kenya's interior ministry called the reports of abductions by police \"false and malicious\", saying no"
     " officer had detained the activists.", "KE"),
    # state media
    ("In a statement on its Telegram channel, Myanmar's military council termed the reports of a massacre"
     " \"baseless fabrications\".", "MM"),
    ("Chinese state media described the report as fabricated.", "CN"),
    # a named spokesperson, the side given with the name
    ("Rwanda's government spokeswoman Yolande Makolo described the UN experts' findings as \"ridiculous\".", "RW"),
    ("The Iranian foreign ministry spokesman, Nasser Kanaani, called the accusations \"baseless and politically"
     " motivated\".", "IR"),
    # the verdict inside what was said
    ("Responding to the video, the Ukrainian military said it was fake.", "UA"),
    ("Sudan's army said the RSF's claims of capturing the base were lies.", "SD"),
    # the label before the thing, the thing before the verb, a speaker named a sentence earlier
    ("The Kremlin on Tuesday described as \"absurd\" the accusation that Russian troops had used chemical"
     " weapons.", "RU"),
    ("The allegations were described as \"pure fiction\" by a spokesman for Ethiopia's National Defence Force.",
     "ET"),
    ("Maria Zakharova, the Russian foreign ministry spokeswoman, spoke on Thursday. She called the reports"
     " \"a crude provocation\" staged by Kyiv.", "RU"),
    ("Israel's army called the Hamas casualty figures \"inflated and unreliable\".", "IL"),
])
def test_a_label_of_falsehood_on_what_was_said_is_a_denial_by_the_speakers_side(nlp, text, side):
    found = denials(nlp, text)
    assert len(found) == 1, [(e.text, e.actor) for e in found]
    assert found[0].actor is not None and found[0].actor.side == side


@pytest.mark.parametrize(("text", "actor"), [
    ("The M23 rebels, who the UN says are backed by Rwanda, called the allegations a smear campaign.", "M23 rebels"),
    ("Hamas described the Israeli claims as \"blatant lies\" on Sunday.", "Hamas"),
    ("A spokesman for the RSF, contacted by Reuters, called the UN figures \"exaggerated\".", "RSF"),
    ("The junta rejected the report as a fabrication by foreign agents.", "junta"),
])
def test_a_non_state_judge_denies_with_no_side_guessed(nlp, text, actor):
    (found,) = denials(nlp, text)
    assert found.actor.name == actor and found.actor.side is None


def test_the_denial_is_tied_to_the_speakers_claim_which_stays_the_speakers(nlp):
    events, claims = events_of(nlp, "Ethiopia's foreign ministry described the allegations as a fabrication.")
    (deny,) = [e for e in events if e.type == "deny"]
    (claim,) = claims
    assert deny.claims == [claim.id]
    assert claim.speaker.name == "Ethiopia's foreign ministry" and claim.speaker.side == "ET"


@pytest.mark.parametrize("text", [
    "The UN envoy called on both sides to stop spreading disinformation about the fighting.",
    "The president denounced a campaign of lies against the army.",
    "Officials called the spread of disinformation a threat to the truce.",
    "Sources described the situation as \"catastrophic\", saying hospitals had run out of fuel.",
    "The general called the offensive \"a complete success\" that had pushed the enemy back 20 km.",
    "Rights groups described the trial as a farce.",
    "The ministry did not describe the reports as false.",
    "Human Rights Watch called him a liar.",
    "The foreign minister condemned the strike as a provocation.",
    "The army said the attack was a war crime.",
    "The mayor said the shelling was \"absolutely horrific\".",
])
def test_a_label_that_judges_no_thing_said_false_is_no_denial(nlp, text):
    assert denials(nlp, text) == []


def test_a_denial_on_a_raw_page_keeps_its_speaker_and_side(nlp):
    page = ("Home | World | Africa | Opinion\n\n"
            "Sudan army rejects RSF claims over El Obeid\n\n"
            "PORT SUDAN (AFP) - Sudan's army on Thursday dismissed as \"pure propaganda\" a video posted by the"
            " paramilitary Rapid Support Forces showing fighters inside a base near El Obeid.\n\n"
            "Army spokesman Nabil Abdallah described the footage as fabricated, adding that the base remained"
            " under the control of the armed forces.\n\n"
            "A photo released by the RSF shows fighters in front of a gate. (AFP)\n\n"
            "Related: Aid convoys reach Kordofan")
    record = analyze(Document(text=page))
    deny = [e for e in record["events"] if e["type"] == "deny"]
    assert deny and all(e["actor"]["side"] == "SD" for e in deny)
    assert any("Abdallah" in (e["actor"]["name"] or "") or "footage" in e["text"] for e in deny)


def test_dismissal_words_are_a_table_of_known_lists():
    rows = read_table("dismissal_words.tsv")
    assert all(len(r) == 2 and r[0] == r[0].lower() for r in rows)
    assert len(rows) == len({tuple(r) for r in rows})
    lists = word_lists("dismissal_words.tsv")
    assert set(lists) == {"naming_verb", "as_verb", "said_thing", "false_word", "dismissive_word", "state_judge"}
    assert {"call", "label", "brand"} <= lists["naming_verb"] and {"describe", "dismiss"} <= lists["as_verb"]
    assert {"fake", "fabrication", "disinformation", "baseless"} <= lists["false_word"]
    assert {"reports", "video", "footage", "allegations"} <= lists["said_thing"]
    # a word is either untrue whatever it labels, or only dismissive of a thing said
    assert not lists["false_word"] & lists["dismissive_word"]
    assert not lists["naming_verb"] & lists["as_verb"]


def test_we_in_a_quotation_is_its_speaker(nlp):
    (found,) = denials(nlp, "\"We call these reports lies,\" Colonel Ahmed Khaled of the Sudanese army told"
                            " reporters.")
    assert found.actor.side == "SD"


def test_we_in_an_interview_answer_is_the_guest_of_no_state(nlp):
    page = ("Interview: 'We have not lost a single town,' says Fano commander\n\n"
            "Addis Standard | Interviews\n\n"
            "In an interview with our reporter, Fano commander Zemene Kassie answered questions about the fighting"
            " in Gojjam.\n\n"
            "Q: The federal army says it has retaken Debre Markos. What is your response?\n\n"
            "Zemene Kassie: We call these reports fabrications. Our fighters still hold the roads around the town.")
    deny = [e for e in analyze(Document(text=page))["events"] if e["type"] == "deny"]
    assert [(e["actor"]["name"], e["actor"]["side"]) for e in deny] == [("Zemene Kassie", None)]


def test_verdicts_and_dismissals_read_one_list_of_judging_verbs_and_state_judges():
    from claimledger.extract import events_dismissals, events_verdicts

    lists = word_lists("dismissal_words.tsv")
    assert events_verdicts.JUDGING_VERBS is events_dismissals.JUDGING_VERBS
    assert lists["naming_verb"] | lists["as_verb"] == events_dismissals.JUDGING_VERBS
    assert events_verdicts.STATE_JUDGES is events_dismissals.STATE_JUDGES == lists["state_judge"]
    # a military government's voice speaks for the state like a ministry's
    assert {"junta", "council", "ministry", "spokesman"} <= lists["state_judge"]
