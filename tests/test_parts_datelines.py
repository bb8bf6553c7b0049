"""Datelines as pages file them, with or without a wire's credit: "NAY PYI TAW, 3 March -",
"JUBA, Feb 12 —", "Nay Pyi Taw, 3 March -", "PORT-AU-PRINCE, Haiti, March 9 —", and a state
agency's "(KCNA) --" or "Daraa, SANA –". parts.DATELINE is the one reader of them: the page
part it marks is kept out of the story's claims and actors, and the figure stage reads a state
outlet's credit from it (figures/outlet_voice.py). Lines written for these tests."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.extract.parts import dateline_credit, report_parts
from claimledger.model import Document


def datelines(text: str) -> list[str]:
    return [text[p.start:p.end].strip() for p in report_parts(text) if p.kind == "dateline"]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        # no agency: a place and a date before a dash
        ("NAY PYI TAW, 3 March - The military council said its troops had retaken the town.",
         "NAY PYI TAW, 3 March -"),
        ("JUBA, Feb 12 — South Sudan's army said it had repelled an attack on Nasir.", "JUBA, Feb 12 —"),
        ("Nay Pyi Taw, 3 March - Security forces killed 12 members of a resistance group, the council said.",
         "Nay Pyi Taw, 3 March -"),
        ("JUBA, 12 Feb. — The army said it had lost four soldiers.", "JUBA, 12 Feb. —"),
        ("DAR ES SALAAM, 4 May - Police said they had arrested 30 people.", "DAR ES SALAAM, 4 May -"),
        ("PORT-AU-PRINCE, Haiti, March 9 — Gangs attacked two police stations overnight.",
         "PORT-AU-PRINCE, Haiti, March 9 —"),
        ("EL FASHER, 3 March - The RSF shelled the city's last hospital, doctors said.", "EL FASHER, 3 March -"),
        ("SANA'A, Jan 5 -- The Houthis said they had fired two missiles.", "SANA'A, Jan 5 --"),
        ("GAO, Mali, March 3 -- The army said it had killed 20 fighters.", "GAO, Mali, March 3 --"),
        # a wire's or a state agency's credit, with a double dash
        ("PYONGYANG, June 3 (KCNA) -- The ministry said the drills had ended.", "PYONGYANG, June 3 (KCNA) --"),
        ("DAMASCUS, May 4 (SANA) -- Two army personnel were martyred.", "DAMASCUS, May 4 (SANA) --"),
        ("NAYPYITAW, March 3 (Xinhua) -- Myanmar's military said.", "NAYPYITAW, March 3 (Xinhua) --"),
        ("Daraa, SANA – Two army personnel were martyred in the countryside.", "Daraa, SANA –"),
        # a place only, in capitals before a long dash, as the page reader now leaves it in the text;
        # a town the gazetteer lacks all the same, and a country named in full
        ("JOS, Nigeria — Gunmen attacked a farming village overnight, police said.", "JOS, Nigeria —"),
        ("BOKKOS, Nigeria — Gunmen attacked a farming village overnight, police said.", "BOKKOS, Nigeria —"),
        ("KINSHASA, Democratic Republic of the Congo — The army said it had retaken Rutshuru.",
         "KINSHASA, Democratic Republic of the Congo —"),
        ("IMPHAL, Dec 4: Security forces killed two militants in Tengnoupal district.", "IMPHAL, Dec 4:"),
        # an agency between slashes closes the dateline with no dash, after a date in words or in figures
        ("MOSCOW, December 6. /TASS/. Russian forces took control of a village, the ministry said.",
         "MOSCOW, December 6. /TASS/."),
        ('DUSHANBE, 10.03.2026 /NIAT "Khovar"/. In the night armed men crossed the border, the committee said.',
         'DUSHANBE, 10.03.2026 /NIAT "Khovar"/.'),
    ],
)
def test_a_dateline_with_or_without_an_agency_is_marked(line, dateline):
    text = f"Army says town retaken\n\n{line}\n\nThe statement gave no further detail.\n"
    assert datelines(text) == [dateline]


@pytest.mark.parametrize(
    "line",
    [
        "Fighting - which began in April - has killed hundreds, the agency said.",
        "FIGHTING - which began in April - has killed hundreds.",
        "Ouagadougou - The army said it had killed 20 fighters.",  # a title-case word and a dash: no date
        "On Monday, 3 March - a day after the attack - the army left.",
        # a slash between words that are no places (slash datelines: test_parts_wire_datelines.py)
        "Press/Media - The army said it had taken the town.",
        "Human Rights Watch said 40 people had been killed.",
    ],
)
def test_sentences_with_a_dash_are_not_datelines(line):
    assert datelines(f"Army says town retaken\n\n{line}\n") == []


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("PYONGYANG, June 3 (KCNA) -- The drills ended.", "KCNA"),
        ("Daraa, SANA – Two army personnel were martyred.", "SANA"),
        ("TEHRAN, Jan 5 (IRNA) -- Two border guards were killed.", "IRNA"),
        ("NAY PYI TAW, 3 March - The council said.", None),
        ("KHARTOUM, Sudan: The army said.", "Sudan"),  # a region, which no outlet's table knows
        ('DUSHANBE, 10.03.2026 /NIAT "Khovar"/. The committee said.', 'NIAT "Khovar"'),
        ("MOSCOW, December 6. /TASS/. The ministry said.", "TASS"),
    ],
)
def test_the_credit_is_read_from_the_dateline_part(line, credit):
    text = f"Headline of the page\n\n{line}\n"
    part = next(p for p in report_parts(text) if p.kind == "dateline")
    assert dateline_credit(text, part) == credit


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Junta says 12 fighters killed in Sagaing\n\nNay Pyi Taw, 3 March - Security forces killed 12 fighters "
         "of a resistance force near Kani on Sunday, the information team said.", "Nay Pyi Taw"),
        ("South Sudan army repels attack\n\nJUBA, Feb 12 — Army spokesman Lul Ruai Koang said on Wednesday "
         "that troops had repelled an attack on Nasir.", "JUBA"),
        # a state agency's dateline is no part of the first claim, nor of its speaker
        ("Border guards repel incursion\n\nDUSHANBE, 10.03.2026 /NIAT \"Khovar\"/. In the night of March 9, armed "
         "men crossed the border in Shamsiddin Shohin district and opened fire on a border post, the State "
         "Committee for National Security said.", "DUSHANBE"),
    ],
)
def test_the_dateline_is_no_part_of_a_claim_or_an_actor(nlp, text, place):
    rec = analyze(Document(text=text), nlp)
    assert rec["claims"], rec["claims"]
    assert not any(c["text"].startswith(place) for c in rec["claims"]), [c["text"] for c in rec["claims"]]
    assert not any((e["actor"] or {}).get("name") == place for e in rec["events"]), rec["events"]
    assert not any("/" in c["text"] or "Khovar" in (c["speaker"]["name"] or "") for c in rec["claims"]), rec["claims"]


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        # the credit below the page's headline still opens the story
        ("Two soldiers martyred in Daraa\n\nDaraa, SANA – Two army personnel were martyred when terrorists "
         "attacked a checkpoint in the countryside of Daraa province.", 2, "SY"),
        ("Border guards killed\n\nTEHRAN, Jan 5 (IRNA) -- Two border guards were killed in a clash with bandits "
         "in Sistan-Baluchestan province.", 2, "IR"),
    ],
)
def test_a_state_outlets_credit_under_a_headline_gives_its_states_toll(nlp, text, value, side):
    rec = analyze(Document(text=text), nlp)
    assert {(f["value"], f["side"]) for f in rec["figures"]} >= {(value, side)}, rec["figures"]



@pytest.mark.parametrize(
    ("page", "town", "country"),
    [
        # the lead names no place the gazetteer knows: the dateline's is the report's theatre, where a
        # clash or a withdrawal told without a place happened
        ("Clashes on the border\n\nKHOROG, Tajikistan — Border guards clashed with an armed group that had "
         "crossed the river overnight, the committee said.\n\nThe group withdrew, the committee said.\n",
         "KHOROG", "TJ"),
        ("Troops pull back\n\nMAIDUGURI, Nigeria — Soldiers withdrew from a base after an overnight attack by "
         "insurgents, military sources said on Sunday.\n", "MAIDUGURI", "NG"),
        ("Gangs and police fight\n\nCAP-HAITIEN, Haiti — Police and gang members clashed for hours overnight, "
         "residents said.\n", "CAP-HAITIEN", "HT"),
    ],
)
def test_a_place_only_dateline_stays_in_the_text_and_gives_its_country(nlp, page, town, country):
    from claimledger.documents import read_text

    document = read_text(page)
    assert document.text.startswith(town)  # the page reader keeps it, and parts marks it
    assert datelines(document.text) and datelines(document.text)[0].startswith(town)
    rec = analyze(document, nlp)
    filed = [p for p in rec["places"] if any(s == 0 for s, _ in p["mentions"])]
    assert filed and filed[0]["country"] == country, rec["places"]
    assert not any(c["text"].startswith(town) for c in rec["claims"]), rec["claims"]
    theatre = [e for e in rec["events"] if e["type"] in {"battle", "withdraw"}]
    assert theatre and all(e["place"] == filed[0]["id"] for e in theatre), rec["events"]


def test_the_theatre_and_the_capital_filed_from_read_a_dateline_of_two_places():
    from claimledger.extract.parts import DATELINE
    from claimledger.extract.speaker_sides import filed_from_capital

    m = DATELINE.match("Kinshasa / Goma (agencies) — The M23 said it had taken Walikale.")
    assert m is not None and m.group("place") == "Kinshasa / Goma" and m.group("credit") == "agencies"
    assert DATELINE.match("N'Djamena (AFP) - Chad's army said it had killed 96 fighters.").group("place") == "N'Djamena"
    # a release's place and date, for the theatre's reader: the place is where it was filed
    assert DATELINE.match("Rawalpindi – 3 September 2026").group("place") == "Rawalpindi"
    assert filed_from_capital("Kinshasa / Goma (agencies) — The M23 said it had taken Walikale.") == "CD"
    assert filed_from_capital("Addis Abeba - Ethiopian and Eritrean troops clashed near Badme.") == "ET"
    # a capital named in a sentence opens no dateline
    assert filed_from_capital("Kyiv, the capital, was hit by drones overnight, officials said.") is None
