"""Turns and named fighters on raw pages, written for these tests across wars:

- a press conference's label names the office and, in brackets, who holds it ("SPOKESMAN (Col.
  Abdoulaye Maiga):"); the bare label later ("SPOKESMAN:") is the same person, and a bracket
  naming an outlet ("JOURNALIST (RFI):") names no one;
- a rank cut short is a title with its full stop split off ("Col. Thanawat Srisuk");
- fighters under their group's name ("Al-Shabaab militants have claimed …") are the group a
  later "the group said" is.
"""

from __future__ import annotations

import pytest
from claim_checks import claims_in, speaker_holding

from claimledger.extract.quotes import transcript_labels

BAMAKO = """Transcript: Press briefing by the government spokesman
Bamako, 9 September 2026
SPOKESMAN (Col. Abdoulaye Maiga): Good afternoon. On Sunday, terrorist armed groups attacked the camp at \
Boulkessi. Our forces repelled the attack and neutralised more than 60 terrorists.
JOURNALIST (RFI): JNIM says it killed more than 40 soldiers. What is your response?
SPOKESMAN: These are the usual lies of the terrorists. The camp is under our control.
JOURNALIST (AFP): Were foreign instructors involved in the fighting?
SPOKESMAN: The operations are conducted by the Malian Armed Forces alone.
"""

KHARTOUM = """Press conference of the Sovereignty Council spokesman, Port Sudan
SPOKESPERSON (Dr. Amina Yusuf): The militia shelled the Abu Shouk camp on Friday, killing 19 displaced people.
REPORTER (Al Jazeera): The RSF says its forces only targeted army positions. Is that true?
SPOKESPERSON: That is false. There are no army positions inside the camp.
REPORTER (Sudan Tribune): How many people have fled El Fasher this month?
SPOKESPERSON: More than 30,000 people have reached Tawila since the first of the month.
"""


@pytest.mark.parametrize(("text", "name"), [(BAMAKO, "Abdoulaye Maiga"), (KHARTOUM, "Amina Yusuf")])
def test_an_office_labelled_with_its_holder_speaks_as_that_person_in_every_turn(nlp, text, name):
    claims = [c for c in claims_in(nlp, text) if c.cue == ":"]
    assert claims and all(c.speaker.name == name for c in claims), [(c.speaker.name, c.text) for c in claims]
    assert len(claims) >= 4


@pytest.mark.parametrize("text", [BAMAKO, KHARTOUM])
def test_a_bracket_naming_an_outlet_names_no_one(text):
    labels = [label for label, _ in transcript_labels(text).values()]
    assert not any(label in {"RFI", "AFP", "Al Jazeera", "Sudan Tribune"} for label in labels), labels


@pytest.mark.parametrize(("text", "words", "name", "title"), [
    ("Fourth Army Region spokesman Col. Thanawat Srisuk said troops had arrested two suspects in Yala.",
     "two suspects", "Thanawat Srisuk", "Col"),
    ("Army spokesman Maj. Ruel Dacanay said six rebels were killed in Las Navas.", "six rebels",
     "Ruel Dacanay", "Maj"),
    ("Sector commander Lt. Gen. Oleksandr Tarnavskyi said Russian forces had lost 400 men near Avdiivka.",
     "400 men", "Oleksandr Tarnavskyi", "Lt"),
])
def test_a_rank_cut_short_is_a_title_not_part_of_the_name(nlp, text, words, name, title):
    speaker = speaker_holding(claims_in(nlp, text), words)
    assert speaker.name == name and title in (speaker.title or ""), speaker


@pytest.mark.parametrize(("text", "words", "group"), [
    ("Al-Shabaab militants have claimed responsibility for an attack on an army base, according to Garowe "
     "Online. The group said on its radio that its fighters had killed 27 soldiers.", "27 soldiers", "Al-Shabaab"),
    ("M23 rebels took control of the town of Masisi on Saturday, residents said. The group said in a statement "
     "that it had acted to protect civilians.", "protect civilians", "M23"),
    ("Houthi fighters shelled the eastern districts of Taiz overnight, local officials said. The group said "
     "it had responded to an attack by government forces.", "responded to an attack", "Houthi"),
])
def test_fighters_under_their_groups_name_are_the_group_said_later(nlp, text, words, group):
    assert group in speaker_holding(claims_in(nlp, text), words).name
