"""The one list of a person's name particles (data/name_particles.tsv) and the readers of
names that share it: transcript labels, an interview guest's name and initials, a foreign
byline, the place reader's persons. Names of many lands: Arabic, Sahelian, Portuguese,
Spanish, Dutch, German, Italian, French."""

from __future__ import annotations

import re

import pytest

from claimledger.data import read_table
from claimledger.data.tables import (
    NAME_PARTICLE_KINDS,
    STANDALONE_PARTICLE_KINDS,
    name_particle_alternation,
    name_particle_pattern,
    name_particles,
)


def test_the_table_has_two_columns_known_kinds_and_each_word_once():
    rows = read_table("name_particles.tsv")
    assert rows and all(len(row) == 2 for row in rows)
    words = [word for word, _ in rows]
    assert len(words) == len(set(words)), sorted({w for w in words if words.count(w) > 1})
    assert all(word == word.lower() and word.isalpha() for word in words)
    assert {kind for _, kind in rows} == set(NAME_PARTICLE_KINDS)


def test_the_table_holds_the_particles_of_many_lands():
    assert {"al", "el"} == name_particles("arabic_article")
    assert {"ash", "as", "ad"} <= name_particles("assimilated_article")
    assert {"bin", "ibn", "bint", "ould", "ag", "ben"} <= name_particles("kin")
    assert {"de", "do", "dos", "della", "van", "von"} <= name_particles("of")
    assert {"la", "der", "den"} <= name_particles("article")
    assert name_particles() == name_particles(*NAME_PARTICLE_KINDS)


def test_english_words_stand_as_particles_only_glued():
    # "as", "at", "an" alone are English; "ash-Sharif", "as-Sayed" are names
    alone = name_particles(*STANDALONE_PARTICLE_KINDS)
    assert not {"as", "at", "an", "ad"} & alone
    glued = re.compile(name_particle_pattern(r"[A-Z][a-z]+"))
    assert glued.fullmatch("ash-Sharif") and glued.fullmatch("as-Sayed") and glued.fullmatch("al-Burhan")
    assert not glued.fullmatch("as") and not glued.fullmatch("at")
    assert glued.fullmatch("bin") and glued.fullmatch("van")


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown name-particle kind"):
        name_particles("prefix")


def test_the_alternation_puts_the_longer_word_first():
    words = name_particle_alternation().split("|")
    assert words.index("binti") < words.index("bin") and words.index("dos") < words.index("do")


@pytest.mark.parametrize("line", [
    "Abdulrahman al-Sharabi: We did not leave the town.",
    "Luz Dary de la Cruz: They came at night.",
    "Mohamed ould Cheikh: The convoy was stopped at the border.",
    "Jan van der Berg: The mission has no mandate there.",
    "Maria do Carmo Teixeira: Nobody has come back to the village.",
    "Iyad ag Ghali: We will not negotiate.",
    "Khalid ash-Shami: The checkpoint was abandoned.",
])
def test_transcript_labels_keep_a_name_with_its_particles(line):
    from claimledger.extract.quotes import TRANSCRIPT_LABEL

    m = TRANSCRIPT_LABEL.match(line)
    assert m is not None and m.group(2) == line.split(":")[0]


@pytest.mark.parametrize("line", ["Speaking at Davos: the minister said", "Fighting as Usual: a diary"])
def test_a_line_whose_small_word_is_english_is_no_speakers_label(line):
    from claimledger.extract.quotes import TRANSCRIPT_LABEL

    assert TRANSCRIPT_LABEL.match(line) is None


@pytest.mark.parametrize(("name", "label"), [
    ("Aminata bint Sidi", "AS"), ("Mohamed ould Abdel Aziz", "MAA"), ("Hiba al-Mahdi Osman", "HMO"),
    ("Ana dos Santos", "AS"), ("Pieter van den Broek", "PB"), ("Salma binti Yusof", "SY"),
])
def test_a_particle_gives_no_initial(name, label):
    from claimledger.extract.interview_guest import _initials_of

    assert _initials_of(name, label)


@pytest.mark.parametrize(("name", "label"), [("Haider al-Obaidi", "OBAIDI"), ("Fahd ash-Shammari", "SHAMMARI")])
def test_a_label_may_leave_out_the_arabic_article(name, label):
    from claimledger.extract.interview_guest import Guest

    assert Guest(name, None, "", None, (0, len(name))).named_by(label)


@pytest.mark.parametrize(("text", "name"), [
    ("Abdu Saleh al-Majili commands the brigade in Marib", "Abdu Saleh al-Majili"),
    ("Mohamed ould Sidi runs the clinic in Timbuktu", "Mohamed ould Sidi"),
    ("Luisa de la Vega coordinates aid in Cucuta", "Luisa de la Vega"),
])
def test_a_standfirst_name_runs_through_its_particles(text, name):
    from claimledger.extract.interview_guest import OPENING_NAME

    assert OPENING_NAME.match(text).group(0) == name


@pytest.mark.parametrize(("line", "byline"), [
    ("Por Ana María de los Ríos", "Por Ana María de los Ríos"),
    ("Par Karim ben Salah", "Par Karim ben Salah"),
    ("Por Juan de la Cruz", "Por Juan de la Cruz"),
    ("Von Jan van der Berg", "Von Jan van der Berg"),
])
def test_a_foreign_byline_keeps_the_particles_of_the_name(line, byline):
    from claimledger.read.foreign import _patterns

    m = _patterns()[0].fullmatch(line)
    assert (m.group(0) if m else None) == byline


def test_a_place_name_opens_on_the_same_arabic_articles_a_person_name_holds():
    from claimledger.extract.places.words import OPENING_PARTICLES

    assert name_particles("arabic_article", "assimilated_article") == OPENING_PARTICLES
    assert {"al", "el", "ez", "ash"} <= OPENING_PARTICLES
