"""Datelines as the world's wires and state agencies file them, each marked as the
dateline part that opens the story (parts.DATELINE, parts.report_parts): AFP's and dpa's
title-case place with the agency in brackets ("Niamey (AFP) -"), EFE's "(EFE).-", ANI's
region in square brackets, the Gulf agencies' ordinal day, accented capitals, and the places
joined by a slash of Reuters' and NGOs' copy ("CAIRO/GAZA, Oct 3 (Reuters) -", "Kinshasa/Bunia
–"), whose first place is where the copy was filed. Lines written for these tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.extract.parts import DATELINE, dateline_credit, report_parts


def datelines(text: str) -> list[str]:
    return [text[p.start:p.end].strip() for p in report_parts(text) if p.kind == "dateline"]


def page(line: str) -> str:
    return f"Army says attack repelled\n\n{line}\n\nThe statement gave no further detail.\n"


@pytest.mark.parametrize(
    ("line", "dateline", "credit"),
    [
        # a title-case place the gazetteer knows, with the agency in brackets and no date
        ("Niamey (AFP) - Gunmen killed 12 soldiers near the border with Mali, the army said.", "Niamey (AFP) -",
         "AFP"),
        ("Kyiv (dpa) – Russian drones hit an energy facility overnight, the governor said.", "Kyiv (dpa) –", "dpa"),
        ("Goma (Reuters) - M23 rebels said they had taken a town north of the city.", "Goma (Reuters) -", "Reuters"),
        ("Khartoum (AFP) — The paramilitary RSF shelled a market in Omdurman, medics said.", "Khartoum (AFP) —",
         "AFP"),
        # EFE's credit closes with a full stop before its dash; an accented place in capitals
        ("Bogota, March 4 (EFE).- Dissidents of the FARC killed two soldiers in Cauca, the army said.",
         "Bogota, March 4 (EFE).-", "EFE"),
        ("BOGOTÁ, 4 March (EFE).- The ELN freed six hostages in Arauca, the church said.",
         "BOGOTÁ, 4 March (EFE).-", "EFE"),
        ("Asunción, 12 May (EFE).- Police said they had seized 3 tonnes of cocaine.", "Asunción, 12 May (EFE).-",
         "EFE"),
        # ANI's region in square brackets
        ("New Delhi [India], December 3 (ANI): Security forces killed two militants in Kupwara, police said.",
         "New Delhi [India], December 3 (ANI):", "ANI"),
        ("Imphal [Manipur], Dec 4 (ANI): Gunmen torched houses in Jiribam district, officials said.",
         "Imphal [Manipur], Dec 4 (ANI):", "ANI"),
        # an ordinal day, as the Gulf agencies write it
        ("ABU DHABI, 3rd December, 2026 (WAM) -- The UAE condemned the attack in Port Sudan.",
         "ABU DHABI, 3rd December, 2026 (WAM) --", "WAM"),
        ("KUWAIT, Dec 3 (KUNA) -- Kuwait condemned the shelling of Zamzam camp.", "KUWAIT, Dec 3 (KUNA) --", "KUNA"),
        ("BEIJING, Dec. 3 (Xinhua) -- China urged restraint along the Thai-Cambodian border.",
         "BEIJING, Dec. 3 (Xinhua) --", "Xinhua"),
        # AP's place and country, Anadolu's and ENA's credits
        ("Kyiv, Ukraine (AP) — Russian drones hit Kharkiv overnight, the mayor said.", "Kyiv, Ukraine (AP) —", "AP"),
        ("Port-au-Prince, Haiti (AP) — Gangs attacked two police stations overnight.",
         "Port-au-Prince, Haiti (AP) —", "AP"),
        ("ANKARA (AA) - Turkish drones struck targets in northern Iraq, the ministry said.", "ANKARA (AA) -", "AA"),
        ("Addis Ababa, Dec 3 (ENA) - The army said it had retaken Lalibela.", "Addis Ababa, Dec 3 (ENA) -", "ENA"),
        # PTI's and Interfax's credit after a date, with no dash
        ("Imphal, Dec 4 (PTI) Security forces killed two militants in Tengnoupal district, police said.",
         "Imphal, Dec 4 (PTI)", "PTI"),
        ("Moscow, Dec 6 (Interfax) Russian forces took control of a village in Donetsk region.",
         "Moscow, Dec 6 (Interfax)", "Interfax"),
    ],
)
def test_a_wire_or_agency_dateline_is_marked_and_credits_its_agency(line, dateline, credit):
    text = page(line)
    assert datelines(text) == [dateline]
    part = next(p for p in report_parts(text) if p.kind == "dateline")
    assert dateline_credit(text, part) == credit


@pytest.mark.parametrize(
    "line",
    [
        "Ouagadougou - The army said it had killed 20 fighters.",  # a title-case word and a dash: no credit
        "Fighting (which began in April) - has killed hundreds.",  # no place
        "Wagner (now Africa Corps) - the group's fighters left Mali.",
        "Sudan (and the region) - What the war has cost.",
        "Goma (AFP) The army said it had retaken the town.",  # a credit with no date needs its dash
        "Wagner (now Africa Corps) - The group's fighters left Mali.",
    ],
)
def test_a_bracket_after_no_known_place_or_with_no_place_opens_no_dateline(line):
    assert datelines(page(line)) == []


def test_the_region_in_square_brackets_is_read_as_a_region():
    m = DATELINE.match("New Delhi [India], December 3 (ANI): The army said.")
    assert m is not None and m.group("place") == "New Delhi" and m.group("region").strip() == "[India]"
    assert m.group("date") and m.group("credit") == "ANI"


@pytest.mark.parametrize(
    ("line", "first", "theatre"),
    [
        ("CAIRO/GAZA, Oct 3 (Reuters) - Israeli strikes killed 17 people.", "CAIRO", "GAZA"),
        ("KYIV/MOSCOW - Drones hit a refinery in Ryazan, officials said.", "KYIV", "MOSCOW"),
        ("Kinshasa / Goma (agencies) — The M23 said it had taken Walikale.", "Kinshasa", "Goma"),
        ("NAIROBI/AMSTERDAM - MSF teams in North Darfur say the camp was stormed.", "NAIROBI", "AMSTERDAM"),
    ],
)
def test_a_dateline_of_places_joined_by_a_slash_reads_the_filing_place_first(line, first, theatre):
    m = DATELINE.match(line)
    assert m is not None
    assert [p.strip() for p in m.group("place").split("/")] == [first, theatre]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Soldiers killed in Tillaberi\n\nNiamey (AFP) - Gunmen killed 12 soldiers in an ambush near Tillaberi, "
         "the defence ministry said on Tuesday.", "Niamey"),
        ("Soldiers killed in Cauca\n\nBogota, March 4 (EFE).- FARC dissidents killed two soldiers in an attack on "
         "a patrol in Cauca, the army said on Monday.", "Bogota"),
        ("Militants killed in Kupwara\n\nNew Delhi [India], December 3 (ANI): Security forces killed two militants "
         "in an encounter in Kupwara district, police said.", "New Delhi"),
        ("Militants killed in Manipur\n\nImphal, Dec 4 (PTI) Security forces killed two militants in an "
         "encounter in Tengnoupal district, police said on Thursday.", "Imphal"),
    ],
)
def test_the_dateline_is_no_part_of_the_leads_claim(nlp, text, place):
    from claimledger.analyze import analyze
    from claimledger.model import Document

    rec = analyze(Document(text=text), nlp)
    assert rec["claims"], rec["claims"]
    assert not any(c["text"].startswith(place) for c in rec["claims"]), [c["text"] for c in rec["claims"]]
    assert not any(place in (e["text"] or "") for e in rec["events"]), [e["text"] for e in rec["events"]]


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("CAIRO/GAZA, Oct 3 (Reuters) - Israeli strikes killed 17 people in Khan Younis, medics said.",
         "CAIRO/GAZA, Oct 3 (Reuters) -"),
        ("KYIV/MOSCOW - Drones hit a refinery in Ryazan overnight, officials said.", "KYIV/MOSCOW -"),
        ("ADEN/DUBAI, Sept 3 (Reuters) - The Houthis launched an offensive on Marib.",
         "ADEN/DUBAI, Sept 3 (Reuters) -"),
        ("Kinshasa / Goma (agencies) — The M23 said it had taken Walikale.", "Kinshasa / Goma (agencies) —"),
        ("KINSHASA / GOMA — The M23 said it had taken Walikale.", "KINSHASA / GOMA —"),
        ("Kinshasa/Bunia – MSF has suspended its activities in Komanda after an attack.", "Kinshasa/Bunia –"),
        ("Nairobi/Geneva, 22 September 2026 – MSF teams in Tawila have treated 600 wounded.",
         "Nairobi/Geneva, 22 September 2026 –"),
        ("BANGKOK/YANGON, Jan 5 (Reuters) - Myanmar's junta said it had retaken Lashio.",
         "BANGKOK/YANGON, Jan 5 (Reuters) -"),
        ("Dakar/Bamako (AFP) - Jihadists attacked an army camp near Boulkessi, sources said.",
         "Dakar/Bamako (AFP) -"),
    ],
)
def test_a_dateline_of_places_joined_by_a_slash_is_marked(line, dateline):
    assert datelines(page(line)) == [dateline]


@pytest.mark.parametrize(
    "line",
    [
        "Press/Media - The army said it had taken the town.",
        "Hamas/Israel - What the truce says, point by point.",  # a topic line: not places of the gazetteer
        "Either/Or - The minister said nothing more.",
    ],
)
def test_a_slash_between_words_that_are_no_known_places_opens_no_dateline(line):
    assert datelines(page(line)) == []


@pytest.mark.parametrize(
    ("text", "filed", "theatre_town"),
    [
        ("Strikes hit Khan Younis\n\nCAIRO/GAZA, Aug 12 (Reuters) - Israeli air strikes killed at least 17 "
         "Palestinians in Khan Younis overnight, health officials said on Tuesday.", "CAIRO", "Khan Younis"),
        ("Rebels take Walikale\n\nKinshasa / Goma (agencies) — The AFC/M23 rebel alliance said on Wednesday that its "
         "fighters had entered Walikale, a mining hub in North Kivu province.", "Kinshasa", "Walikale"),
    ],
)
def test_a_slash_dateline_is_no_part_of_the_lead_and_no_speaker(nlp, text, filed, theatre_town):
    from claimledger.analyze import analyze
    from claimledger.model import Document

    rec = analyze(Document(text=text), nlp)
    assert rec["claims"], rec["claims"]
    assert not any(c["text"].startswith(filed) for c in rec["claims"]), [c["text"] for c in rec["claims"]]
    assert not any("/" in (c["speaker"]["name"] or "") and filed in (c["speaker"]["name"] or "")
                   for c in rec["claims"]), [c["speaker"] for c in rec["claims"]]
    assert any(p["name"] == theatre_town for p in rec["places"]), rec["places"]
