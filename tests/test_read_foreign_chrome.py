"""Page chrome in other languages than English around English reports: meta lines, menus and
datelines with French, Spanish, Portuguese, Italian or German words and month names (an English
edition of a francophone state broadcaster, a lusophone news site, an NGO's menu of phrases)."""

from __future__ import annotations

import pytest

from claimledger.data import read_table
from claimledger.read.chrome import is_navigation
from claimledger.read.cleanup import read_text
from claimledger.read.dates import foreign_date, worded_date
from claimledger.read.furniture import is_furniture, meta_date

HEADLINE = "Army says it repelled jihadist raid on Djibo garrison"
LEAD = ("Soldiers repelled an attack by jihadist fighters on the garrison of Djibo in northern Burkina Faso "
        "on Sunday, the army said in a statement read on state television.")
SECOND = "Residents said the shooting lasted about two hours before the attackers withdrew toward the border."


def test_meta_words_table_has_lower_case_phrases_of_known_kinds() -> None:
    rows = read_table("meta_words.tsv")
    assert rows and all(len(row) == 2 and row[0] == row[0].lower() for row in rows)
    assert {kind for _, kind in rows} == {"stamp", "ago", "byline", "share", "related", "tags", "follow", "comment",
                                          "rights"}
    assert len({phrase for phrase, _ in rows}) == len(rows)


@pytest.mark.parametrize("text, iso", [
    ("18 novembre 2026", "2026-11-18"),
    ("1er décembre 2025", "2025-12-01"),
    ("3 de marzo de 2026", "2026-03-03"),
    ("12 de outubro de 2025", "2025-10-12"),
    ("12. März 2026", "2026-03-12"),
    ("7 agosto 2026", "2026-08-07"),
    ("Kinshasa, 17 février 2026 (ACP)", "2026-02-17"),
])
def test_month_names_in_other_languages_date(text: str, iso: str) -> None:
    assert foreign_date(text) == iso
    assert worded_date(text) == iso


@pytest.mark.parametrize("text", ["18 Tapoa 2026", "novembre 2026", "le 18 novembre", "12 hours 2026",
                                  "31 février 2026"])
def test_no_full_date_no_date(text: str) -> None:
    assert foreign_date(text) is None


@pytest.mark.parametrize("line, iso", [
    ("Sécurité | 14 mars 2026 | Rédaction AIB", "2026-03-14"),
    ("Publié le 14 mars 2026 à 09h40 | Par Awa Traoré", "2026-03-14"),
    ("Política · Publicado em 14 de março de 2026 · 3 min de leitura", "2026-03-14"),
    ("Internacional | 14 de marzo de 2026", "2026-03-14"),
])
def test_a_meta_line_in_another_language_is_furniture_and_dates_the_page(line: str, iso: str) -> None:
    assert is_furniture(line)
    assert meta_date(line) == iso


def test_a_read_more_line_gives_no_date() -> None:
    assert meta_date("Read more: Army retakes Djibo road on 3 May 2025") is None


@pytest.mark.parametrize("top", [
    "RTN - Radio Télévision Nationale\nAccueil  Actualités  Sécurité  Politique  Sport\n\n"
    "Sécurité | 14 mars 2026 | Rédaction RTN",
    "Publié le 14 mars 2026 à 09h40 | Par la Rédaction",
    "Notícias  Política  Segurança  Mundo\nMundo | 14 de março de 2026 | Redação",
])
def test_a_french_or_portuguese_meta_line_above_the_headline_keeps_headline_and_date(top: str) -> None:
    doc = read_text(f"{top}\n\n{HEADLINE}\n\n{LEAD}\n\n{SECOND}")
    assert doc.title == HEADLINE
    assert doc.published == "2026-03-14"
    assert doc.text.startswith("Soldiers repelled"), doc.text[:60]


@pytest.mark.parametrize("dateline, published, origin", [
    ("Ouagadougou, le 14 mars 2026 (AIB) - ", "2026-03-14", "AIB"),
    ("Niamey, 14 mars 2026 (ANP) – ", "2026-03-14", "ANP"),
    ("Bamako, le 14 mars 2026 - ", "2026-03-14", None),
    ("Maputo, 14 de março de 2026 – ", "2026-03-14", None),
])
def test_a_dateline_with_a_french_or_portuguese_date_dates_the_report(dateline: str, published: str,
                                                                      origin: str | None) -> None:
    doc = read_text(f"{HEADLINE}\n{dateline}{LEAD}\n{SECOND}")
    assert doc.published == published
    assert doc.declared_origin == origin
    assert doc.text.startswith("Soldiers repelled"), doc.text[:60]


def test_a_place_and_a_day_with_no_month_stay_the_story() -> None:
    doc = read_text(f"{HEADLINE}\nDjibo, 18 Tapoa 2026 - {LEAD}\n{SECOND}")
    assert doc.published is None


@pytest.mark.parametrize("line", [
    "Who we are  What we do  Where we work  News  Reports  Donate",
    "Qui sommes-nous  Nos actions  Actualités  Faire un don",
    "About us  Our work  Press room  Get involved  Donate",
])
def test_a_menu_of_short_phrases_spaced_apart_is_navigation(line: str) -> None:
    assert is_navigation(line)


@pytest.mark.parametrize("line", [
    "The army said.  Rebels denied it.  Talks go on.  Nobody knows.",
    "Soldiers repelled an attack  on the garrison of Djibo  in northern Burkina Faso  on Sunday",
])
def test_spaced_sentences_are_no_menu(line: str) -> None:
    assert not is_navigation(line)


def test_an_ngos_masthead_over_a_phrase_menu_is_no_headline() -> None:
    page = ("Sahel Relief Alliance\n"
            "Who we are  What we do  Where we work  News  Donate\n"
            "Home > News > 2026 > March\n\n"
            "Press release\n"
            "Published 14. Mar 2026 | Last updated 14. Mar 2026\n\n"
            f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}")
    doc = read_text(page)
    assert doc.title == HEADLINE
    assert doc.published == "2026-03-14"


# ---------------------------------------------------------------------- the page's other furniture


@pytest.mark.parametrize("line", [
    "Partager : Facebook  X  WhatsApp  Telegram",
    "Partilhe esta notícia: Facebook  WhatsApp  X  E-mail",
    "Compartir en: Facebook  X",
    "Lire aussi : Niamey : les écoles rouvrent après les pluies",
    "Mots-clés : FDS  Tillabéri  Terrorisme",
    "Etiquetas: Ejército  Frontera  Venezuela",
    "Síguenos en WhatsApp | Suscríbete a nuestro boletín",
    "Laisser un commentaire",
    "Deixe um comentário",
    "© 2026 Le Courrier du Sahel. Tous droits réservés.",
    "Por Redacción Regiones",
    "Par la Rédaction",
    "Publicado el 2 de marzo de 2026 | Actualizado hace 3 horas",
    "il y a 2 heures",
])
def test_furniture_lines_in_other_languages(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Por la noche, los soldados llegaron al pueblo.",
    "Par for the course, the army denied any involvement.",
    "Com a ajuda de todos",
    "Temas como la seguridad dominaron la reunión del consejo regional.",
])
def test_sentences_are_no_foreign_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize("header", ["Te puede interesar:", "Leia também:", "Lire aussi", "Noticias relacionadas"])
def test_headers_over_other_stories_in_other_languages(header: str) -> None:
    from claimledger.read.furniture import is_tail_header

    assert is_tail_header(header)


@pytest.mark.parametrize("path", ["Sécurité  ›  Nord du Niger", "Segurança · Niassa", "Conflicto armado | Arauca"])
def test_a_section_path_above_the_headline_is_chrome(path: str) -> None:
    top = f"Le Courrier du Sahel\nAccueil | Actualité | Sécurité | Sport\n{path}"
    doc = read_text(f"{top}\n\n{HEADLINE}\n\n{LEAD}\n{SECOND}")
    assert doc.title == HEADLINE
    assert doc.text.startswith("Soldiers repelled"), doc.text[:60]


def test_a_spanish_page_keeps_headline_date_and_wire_credit_and_loses_its_tail() -> None:
    page = ("Inicio  Nacional  Conflicto  Regiones  Opinión\n"
            "Conflicto armado | Arauca\n"
            "Publicado el 9 de marzo de 2026 | Actualizado hace 3 horas\n"
            "Por Redacción Regiones\n\n"
            "Army says it repelled guerrilla raid on Arauca oil pipeline post\n\n"
            "Soldiers guard the pipeline near Saravena. (Foto: Ejército Nacional)\n\n"
            "ARAUCA, Colombia, 8 mar (EFE).- Soldiers repelled an attack by guerrilla fighters on a post guarding "
            "the Caño Limón pipeline on Sunday, the army said, adding that two attackers were killed.\n\n"
            "The army said the attackers had used drones and rifles, and that no soldier was wounded in the clash.\n\n"
            "Te puede interesar:\nPetro viaja a Caracas para nueva ronda de diálogos\n\n"
            "Síguenos en WhatsApp | Suscríbete a nuestro boletín\n\n"
            "Etiquetas: ELN  Arauca  Ejército  Cauca")
    doc = read_text(page)
    assert doc.title == "Army says it repelled guerrilla raid on Arauca oil pipeline post"
    assert doc.published == "2026-03-09"
    assert doc.declared_origin == "EFE"
    assert doc.text.startswith("Soldiers repelled an attack"), doc.text[:60]
    assert doc.text.endswith("in the clash."), doc.text[-60:]


@pytest.mark.parametrize("note, origin", [
    ("Este artigo foi publicado originalmente pela Lusa.", "Lusa"),
    ("Cet article a été publié initialement par Jeune Afrique.", "Jeune Afrique"),
    ("Este artículo fue publicado originalmente por EFE. Ha sido editado por extensión.", "EFE"),
    ("(Avec AFP)", "AFP"),
    ("Con información de EFE", "EFE"),
])
def test_a_republishers_note_or_credit_in_another_language_declares_the_origin(note: str, origin: str) -> None:
    doc = read_text(f"{HEADLINE}\n{LEAD}\n{SECOND}\n\nPartilhe: Facebook  WhatsApp\n\n{note}")
    assert doc.declared_origin == origin
    assert doc.text.endswith("toward the border."), doc.text[-60:]
