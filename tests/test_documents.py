"""Reading reports into Documents: formats, headline and credit handling, bad input.

All fixture texts are written here for the tests; none is taken from a dataset.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from claimledger.model import Document
from claimledger.read import (
    InputError,
    agency_of,
    host_of,
    normalise_date,
    read_path,
    read_text,
)

# A plain English report body used across tests: long enough for language checks.
BODY = (
    "Regional officials said on Tuesday that a drone struck a fuel depot outside the port city "
    "overnight, starting a fire that burned for several hours.\n"
    "The governor said two workers were injured and that firefighters had contained the blaze "
    "by morning. He gave no estimate of the damage."
)


def only(items: list[Document | InputError]) -> Document:
    """The single Document a one-report file yields (fails loudly on an error)."""
    assert len(items) == 1, items
    item = items[0]
    if isinstance(item, InputError):
        raise AssertionError(f"unexpected error: {item}")
    return item


def read_all(path: Path, **fields: str) -> list[Document | InputError]:
    return list(read_path(path, **fields))


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def errors(items: list[Document | InputError]) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputError)]


# ---------------------------------------------------------------- plain text and headlines


def test_plain_text_headline_becomes_title(tmp_path: Path) -> None:
    path = write(tmp_path, "report.txt", f"Drone Strike Sets Fuel Depot Ablaze\n{BODY}\n")
    doc = only(read_all(path))
    assert doc.title == "Drone Strike Sets Fuel Depot Ablaze"
    assert doc.text == BODY
    assert doc.source == str(path)
    assert doc.language == "en"
    assert doc.published is None and doc.declared_origin is None


def test_sentence_case_headline_without_period_is_a_title() -> None:
    doc = read_text(f"Drone strike sets fuel depot ablaze near the coast\n\n{BODY}")
    assert doc.title == "Drone strike sets fuel depot ablaze near the coast"
    assert doc.text == BODY


def test_first_line_that_is_a_sentence_is_not_a_title() -> None:
    text = "Officials said the bridge had been repaired after three weeks of work.\n" + BODY
    doc = read_text(text)
    assert doc.title is None
    assert doc.text == text


def test_hard_wrapped_first_line_is_not_a_title() -> None:
    text = "Officials said on Monday that the damaged bridge\nhad been repaired. " + BODY
    doc = read_text(text)
    assert doc.title is None
    assert doc.text == text


def test_headline_ending_in_period_before_a_dateline() -> None:
    text = "Mayor urges residents to leave the flooded district.\n\nRIVERTON (AP) — " + BODY
    doc = read_text(text)
    assert doc.title == "Mayor urges residents to leave the flooded district."
    assert doc.declared_origin == "AP"
    assert doc.text == BODY


def test_short_paragraph_with_period_is_a_title_unless_it_reports_words() -> None:
    headline = read_text("Ceasefire talks resume in the capital.\n\n" + BODY)
    assert headline.title == "Ceasefire talks resume in the capital."
    lead = read_text("The ministry said talks would resume.\n\n" + BODY)
    assert lead.title is None


def test_long_first_line_is_not_a_title() -> None:
    first = " ".join(["Officials"] + ["reported"] * 24)
    doc = read_text(f"{first}\n{BODY}")
    assert doc.title is None


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("Skip to main content\nWorld | Africa | Business | Sport\n", "Drone strike hits fuel depot in Port Sudan"),
        ("HomeNewsWorldAfricaSportVideo\n", "Drone strike hits fuel depot in Port Sudan"),
        # a masthead above a breadcrumb: the headline is under the navigation
        ("SUNA | Sudan News Agency\nHome > Politics > Security\n", "Army repels attack on El Obeid, kills dozens"),
        ("Menu\nHome · Myanmar · Conflict\n\n", "Resistance forces take border post near Myawaddy"),
    ],
)
def test_site_navigation_above_the_headline_is_cut(top: str, headline: str) -> None:
    doc = read_text(f"{top}{headline}\n{BODY}")
    assert doc.title == headline
    assert doc.text == BODY


def test_share_bar_under_the_headline_keeps_the_headline() -> None:
    # navigation with no headline after it: only navigation opening the page would go
    doc = read_text(f"Rebels shell Goma airport\nShare | Facebook | X | Email\n{BODY}")
    assert doc.title == "Rebels shell Goma airport"


def test_a_page_opening_with_its_story_has_no_navigation_cut() -> None:
    text = f"Talks | Truce | Aid\n{BODY}"  # a menu-like line is cut, the story stays whole
    assert read_text(text).text == BODY


def test_markdown_headline(tmp_path: Path) -> None:
    doc = only(read_all(write(tmp_path, "note.md", f"# Depot Fire Contained\n\n{BODY}")))
    assert doc.title == "Depot Fire Contained"
    assert doc.text == BODY


def test_given_title_is_kept_and_first_line_is_body() -> None:
    doc = read_text(f"Short Line Here\n{BODY}", title="Another Title")
    assert doc.title == "Another Title"
    assert doc.text.startswith("Short Line Here")


def test_inner_whitespace_is_kept_byte_for_byte() -> None:
    body = "Troops  moved\r\n  east on Monday,\tofficials said.\n\nMore fighting followed later in the week."
    doc = read_text(f"  \n{body}\n\n")
    assert doc.text == body


# ---------------------------------------------------------------- trailers, bylines, datelines


def test_original_source_trailer_keeps_the_host(tmp_path: Path) -> None:
    path = write(tmp_path, "r.txt", f"Depot Fire Contained\n{BODY}\nOriginal Source: www.cnn.com\n")
    doc = only(read_all(path))
    assert doc.declared_origin == "cnn.com"
    assert doc.text == BODY


@pytest.mark.parametrize(
    ("trailer", "origin"),
    [
        ("Source: Reuters", "Reuters"),
        ("Source: https://www.example-news.org/world/123", "example-news.org"),
        ("via AP", "AP"),
        ("(via Agence France-Presse)", "AFP"),
        ("— AP", "AP"),
        ("-- Reuters", "Reuters"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "AP"),
    ],
)
def test_trailers_fill_declared_origin_and_leave_the_body(trailer: str, origin: str) -> None:
    doc = read_text(f"{BODY}\n{trailer}")
    assert doc.declared_origin == origin
    assert doc.text == BODY


def test_dateline_with_state_and_date() -> None:
    doc = read_text("FLINT, Mich., Oct. 4 (UPI) — " + BODY)
    assert doc.declared_origin == "UPI"
    assert doc.text == BODY


def test_source_line_naming_no_agency_or_site_is_kept() -> None:
    # A bare "Source: X." at the end usually captions a chart's data, not the copy.
    text = f"{BODY}\nSource: Ministry of Defence."
    doc = read_text(text)
    assert doc.text == text
    assert doc.declared_origin is None


def test_original_source_naming_an_outlet_is_taken_as_written() -> None:
    doc = read_text(f"{BODY}\nOriginal Source: The Kyiv Independent")
    assert doc.declared_origin == "The Kyiv Independent"


def test_closing_notes_are_removed() -> None:
    doc = read_text(f"{BODY}\n\n___\n\nFollow Jane Doe on Twitter at twitter.example/janedoe")
    assert doc.text == BODY
    assert doc.declared_origin is None


def test_reporting_credit_is_removed_without_an_origin() -> None:
    doc = read_text(f"{BODY}\n(Reporting by Jane Doe; Editing by John Roe)")
    assert doc.text == BODY
    assert doc.declared_origin is None


def test_last_sentence_with_a_dash_is_not_a_trailer() -> None:
    text = f"{BODY}\n- the mayor called for calm"
    doc = read_text(text)
    assert doc.text == text
    assert doc.declared_origin is None


@pytest.mark.parametrize(
    ("lead", "origin"),
    [
        ("KYIV (Reuters) - ", "Reuters"),
        ("(Reuters) - ", "Reuters"),
        ("KYIV, Ukraine (AP) — ", "AP"),
        ("DAMASCUS (Sputnik) — ", "Sputnik"),
        ("SEOUL (Yonhap) -- ", "Yonhap"),
    ],
)
def test_datelines_fill_declared_origin(lead: str, origin: str) -> None:
    doc = read_text(lead + BODY)
    assert doc.declared_origin == origin
    assert doc.text == BODY


def test_parenthesis_that_is_not_an_agency_is_kept() -> None:
    text = "KYIV (Ukraine) - " + BODY
    assert read_text(text).text == text


def test_byline_with_agency(tmp_path: Path) -> None:
    path = write(tmp_path, "r.txt", f"Depot Fire Contained\nBy Jane Doe, Associated Press\n{BODY}")
    doc = only(read_all(path))
    assert doc.title == "Depot Fire Contained"
    assert doc.declared_origin == "AP"
    assert doc.text == BODY


def test_byline_without_agency_is_removed_with_no_origin() -> None:
    doc = read_text(f"Depot Fire Contained\nBy Jane Doe and Omar Haddad\n{BODY}")
    assert doc.text == BODY
    assert doc.declared_origin is None


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "By Monday, troops had withdrawn from the village.\n" + BODY
    assert read_text(text).text == text


def test_agency_credit_after_headline_with_date() -> None:
    # FA-KES-style copy: headline, agency and date run into the body on one line.
    body = "More than 30 fighters were killed in clashes near the border, a monitor said."
    text = f"Clashes kill dozens near border AFP Sunday 18 Sep 2016 {body}"
    doc = read_text(text, title="Clashes kill dozens near border")
    assert doc.declared_origin == "AFP"
    assert doc.published == "2016-09-18"
    assert doc.text == body


def test_report_opening_with_agency_name_keeps_it() -> None:
    text = "Reuters reported on Monday that the convoy had reached the city. " + BODY
    doc = read_text(text)
    assert doc.text == text
    assert doc.declared_origin is None


# ---------------------------------------------------------------- web-copy debris


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("Thursday 18 May 2017", "2017-05-18"),
        ("Published June 20 2016", "2016-06-20"),
        ("3 November 2016", "2016-11-03"),
        ("28-08-2016", "2016-08-28"),
        ("date 2025-01-31", "2025-01-31"),
        ("Thu Dec 1 2016", "2016-12-01"),
        ("Date of publication 5 July 2016", "2016-07-05"),
        ("07.04.2017(updated 1121 07.04.2017)", "2017-04-07"),  # dotted: day first
        ("05.12.2026", "2026-12-05"),
        ("12.25.2026", "2026-12-25"),  # no 25th month: the 25th is the day
        ("05/04/2016", None),  # slashes: the order differs by country
        ("05-04-2016", None),
    ],
)
def test_leading_date_stamp_is_removed(stamp: str, iso: str | None) -> None:
    body = "Shelling killed four people in the northern district, a monitor said. " + BODY
    doc = read_text(f"{stamp} {body}", title="Unrelated headline words here")
    assert doc.text == body
    assert doc.published == iso


def test_stamp_never_overrides_a_given_date() -> None:
    doc = read_text(f"3 November 2016 {BODY}", published="2016-11-01")
    assert doc.published == "2016-11-01"


def test_date_that_opens_a_sentence_is_kept() -> None:
    text = "3 November 2016 was the deadliest day of the month, officials said. " + BODY
    doc = read_text(text)
    assert doc.text == text
    assert doc.published is None


def test_a_count_after_the_date_is_not_taken_for_a_time() -> None:
    body = "1200 people fled the town overnight, aid workers said. " + BODY
    doc = read_text("3 May 2016 " + body, title="Families flee town")
    assert doc.text == body


def test_repeated_title_and_stamp_are_removed_with_offsets_intact() -> None:
    title = "Shelling kills four in northern district"
    body = "Shelling killed four people in the northern district on Friday, a monitor said. " + BODY
    doc = read_text(f"Friday 12 Feb 2016 {title}. {body}", title=title)
    assert doc.text == body
    assert doc.published == "2016-02-12"
    # Offsets found in Document.text point at the same words in the body.
    start = doc.text.index("a monitor said")
    assert doc.text[start:start + 14] == "a monitor said"


def test_nearly_repeated_title_is_removed() -> None:
    # The web title carries the site name and an apostrophe the copy dropped.
    title = "Rocket fire hits city's market - The Daily Example"
    body = "Rockets struck the central market on Sunday, killing three people. " + BODY
    doc = read_text(f"Rocket fire hits citys market {body}", title=title)
    assert doc.text == body


def test_title_that_is_the_start_of_a_sentence_is_kept() -> None:
    title = "Troops withdraw from the village"
    text = "Troops withdraw from the village after heavy losses, officials said. " + BODY
    assert read_text(text, title=title).text == text


def test_share_widget_debris_is_removed() -> None:
    body = "12 fighters were killed near the town, local media said. " + BODY
    doc = read_text("09.04.2017Get short URL 0 85 " + body, title="Fighters killed near town")
    assert doc.text == body


def test_topic_box_debris_is_removed() -> None:
    body = "A strike on an airfield killed five people, the governor said. " + BODY
    text = "07.04.2017(updated 1121 07.04.2017) Get short URL Topic Strike on Air Base (200) 0 38 " + body
    doc = read_text(text, title="Strike kills five")
    assert doc.text == body


# ---------------------------------------------------------------- HTML

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Drone strike hits fuel depot near port - Harbour Post</title>
<meta property="og:site_name" content="Harbour Post">
<meta property="og:url" content="https://www.harbourpost.example/news/drone-strike-depot">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="promo"><a href="/subscribe">Subscribe now for unlimited access</a></div>
<article>
<h1>Drone strike hits fuel depot near port</h1>
<p>A drone struck a fuel storage site on the outskirts of the port city overnight, regional
officials said on Tuesday, starting a fire that burned for several hours.</p>
<p>The regional governor said two workers were injured and that firefighters had contained the
blaze by morning. He gave no estimate of the damage to the site.</p>
<p>The defence ministry did not comment on the strike, which followed a week of attacks on port
facilities along the coast.</p>
<p>Source: Reuters</p>
</article>
<footer><p>Copyright 2024 Harbour Post. All rights reserved.</p>
<a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body></html>
"""


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    doc = only(read_all(write(tmp_path, "page.html", HTML_PAGE)))
    assert doc.title and doc.title.startswith("Drone strike hits fuel depot near port")
    assert doc.text.startswith("A drone struck a fuel storage site")
    assert doc.text.rstrip().endswith("along the coast.")
    for boilerplate in ("Subscribe", "Privacy policy", "Weather", "Copyright"):
        assert boilerplate not in doc.text
    assert doc.published == "2024-03-05"
    assert doc.outlet == "Harbour Post"
    assert doc.url == "https://www.harbourpost.example/news/drone-strike-depot"
    assert doc.declared_origin == "Reuters"


def test_html_sniffed_without_extension(tmp_path: Path) -> None:
    doc = only(read_all(write(tmp_path, "page", HTML_PAGE)))
    assert doc.text.startswith("A drone struck")


def test_html_without_article_text(tmp_path: Path) -> None:
    page = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    assert errors(read_all(write(tmp_path, "empty.html", page))) == [
        f"{tmp_path / 'empty.html'}: no article text found"
    ]


# ---------------------------------------------------------------- records


def test_json_object(tmp_path: Path) -> None:
    record = {"title": "Depot Fire Contained", "text": BODY, "url": "https://www.news.example/a/1",
              "published": "March 5, 2024"}
    doc = only(read_all(write(tmp_path, "one.json", json.dumps(record))))
    assert doc.title == "Depot Fire Contained"
    assert doc.text == BODY
    assert doc.published == "2024-03-05"
    assert doc.outlet == "news.example"  # derived from the URL's host
    assert doc.source == str(tmp_path / "one.json")


def test_json_array_sources_and_outlet(tmp_path: Path) -> None:
    records = [{"text": BODY, "outlet": "Harbour Post", "published": "2024-03-05T10:00:00Z"},
               {"text": BODY + " Later reports confirmed it."}]
    items = read_all(write(tmp_path, "many.json", json.dumps(records)))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.source for d in docs] == [f"{tmp_path / 'many.json'}:#0", f"{tmp_path / 'many.json'}:#1"]
    assert docs[0].outlet == "Harbour Post" and docs[0].published == "2024-03-05"
    assert docs[1].outlet is None and docs[1].published is None


def test_jsonl_missing_text_and_bad_line_do_not_stop_the_batch(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "First", "text": BODY}),
        json.dumps({"title": "No body here"}),
        '{"title": "Broken", "text": ',
        "",
        json.dumps({"title": "Last", "text": BODY}),
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    items = read_all(path)
    assert len(items) == 4
    assert [d.title for d in items if isinstance(d, Document)] == ["First", "Last"]
    assert [d.source for d in items if isinstance(d, Document)] == [f"{path}:1", f"{path}:5"]
    assert str(items[1]) == f"{path}:2: record has no 'text'"
    assert str(items[2]).startswith(f"{path}:3: not valid JSON")


def test_custom_field_names(tmp_path: Path) -> None:
    record = {"headline": "Depot Fire Contained", "body": BODY, "site": "Harbour Post", "day": "2024-03-05"}
    path = write(tmp_path, "x.ndjson", json.dumps(record) + "\n")
    doc = only(read_all(path, text_field="body", title_field="headline", outlet_field="site",
                        published_field="day"))
    assert (doc.title, doc.outlet, doc.published) == ("Depot Fire Contained", "Harbour Post", "2024-03-05")


def test_csv_records_with_multiline_field(tmp_path: Path) -> None:
    content = (
        "title,text,published,url\n"
        f'Depot Fire Contained,"{BODY}",3/5/2024,https://www.news.example/a\n'
        "Empty one,,2024-01-01,\n"
        f'Second,"{BODY}",not a date,\n'
    )
    path = write(tmp_path, "reports.csv", content)
    items = read_all(path)
    assert len(items) == 3
    first, empty, second = items
    assert isinstance(first, Document) and first.text == BODY
    assert first.published == "2024-03-05" and first.outlet == "news.example"
    assert first.source == f"{path}:2"
    assert isinstance(empty, InputError) and str(empty) == f"{path}:4: text is empty"
    assert isinstance(second, Document) and second.published is None
    assert second.source == f"{path}:5"  # the first record spans lines 2-3


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.csv", "title,body\nA,B\n")
    assert errors(read_all(path)) == [f"{path}: no 'text' column (columns: title, body)"]


def test_malformed_json_file(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.json", '{"text": "unterminated')
    (message,) = errors(read_all(path))
    assert message.startswith(f"{path}: not valid JSON (line 1")


def test_json_lines_saved_as_json(tmp_path: Path) -> None:
    line = json.dumps({"text": BODY})
    path = write(tmp_path, "lines.json", f"{line}\n{line}\n")
    assert [d.source for d in read_all(path)] == [f"{path}:1", f"{path}:2"]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(json.dumps([{"text": BODY}]).encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stream)
    doc = only(list(read_path("-")))
    assert doc.text == BODY and doc.source == "-:#0"


# ---------------------------------------------------------------- bad input


def test_missing_file(tmp_path: Path) -> None:
    assert errors(read_all(tmp_path / "nope.txt")) == [f"{tmp_path / 'nope.txt'}: no such file"]


def test_directory_is_read_as_its_files(tmp_path: Path) -> None:
    write(tmp_path, "one.txt", BODY)
    (tmp_path / "empty").mkdir()
    assert len(read_all(tmp_path)) == 1
    assert read_all(tmp_path / "empty") == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", BODY)
    path.chmod(0)
    assert errors(read_all(path)) == [f"{path}: cannot read: permission denied"]


def test_permission_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root reads any file, so simulate the refusal the OS gives an ordinary user.
    path = write(tmp_path, "locked.txt", BODY)

    real_open = open

    def refuse(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    assert errors(read_all(path)) == [f"{path}: cannot read: permission denied"]


def test_stdin_errors_name_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two objects on two lines: sniffed as JSON, read as JSON Lines.
    lines = json.dumps({"text": BODY}) + "\n" + json.dumps({"title": "x"}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode("utf-8"))))
    items = list(read_path("-"))
    assert isinstance(items[0], Document) and items[0].source == "-:1"
    assert errors(items) == ["<stdin>:2: record has no 'text'"]


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert errors(read_all(path)) == [f"{path}: binary file (NUL bytes), not text"]


def test_binary_mostly_control_characters(tmp_path: Path) -> None:
    path = write(tmp_path, "blob.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 50 + b"text")
    (message,) = errors(read_all(path))
    assert message.startswith(f"{path}: binary file")


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "blank.txt", "  \n\t\n")
    assert errors(read_all(path)) == [f"{path}: empty file"]


def test_empty_text_after_credits() -> None:
    with pytest.raises(InputError, match="text is empty"):
        read_text("   ", source="x.txt")


def test_undecodable_garbage(tmp_path: Path) -> None:
    # High bytes with no structure: not UTF-8, and no encoding makes sense of them.
    garbage = bytes((i * 97 + 131) % 128 + 128 for i in range(600))
    path = write(tmp_path, "garbage.txt", garbage)
    (message,) = errors(read_all(path))
    assert message == f"{path}: cannot decode: not UTF-8, and no convincing text encoding was found"


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = ("The café near the station was shut after the attack, the mayor’s office said on "
            "Monday, and residents were told to stay indoors until the evening.")
    path = write(tmp_path, "legacy.txt", text.encode("cp1252"))
    doc = only(read_all(path))
    assert "the mayor’s office said" in doc.text


def test_utf8_with_bom_and_utf16(tmp_path: Path) -> None:
    assert only(read_all(write(tmp_path, "bom.txt", "\ufeff" + BODY))).text == BODY
    utf16 = write(tmp_path, "wide.txt", BODY.encode("utf-16"))
    assert only(read_all(utf16)).text == BODY


FRENCH = (
    "Les autorités régionales ont déclaré mardi qu'un drone avait frappé un dépôt de carburant "
    "près du port pendant la nuit, provoquant un incendie qui a duré plusieurs heures. Le gouverneur "
    "a indiqué que deux ouvriers avaient été blessés."
)
GERMAN = (
    "Die regionalen Behörden teilten am Dienstag mit, dass eine Drohne in der Nacht ein Treibstofflager "
    "in der Nähe des Hafens getroffen habe. Das Feuer brannte mehrere Stunden lang, zwei Arbeiter "
    "wurden verletzt, sagte der Gouverneur."
)


def test_french_text_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "report.txt", FRENCH)
    assert errors(read_all(path)) == [f"{path}: text is in French (fr), not English; skipped"]


def test_german_record_is_refused_and_others_go_on(tmp_path: Path) -> None:
    path = write(tmp_path, "mixed.jsonl", json.dumps({"text": GERMAN}) + "\n" + json.dumps({"text": BODY}))
    items = read_all(path)
    assert str(items[0]) == f"{path}:1: text is in German (de), not English; skipped"
    assert isinstance(items[1], Document)


def test_short_foreign_text_is_not_refused() -> None:
    # Too few words to judge: a headline-length text full of names passes.
    assert read_text("Zaporizhzhia, Donetsk: Kramatorsk evacuated").text


def test_english_report_dense_in_foreign_names_is_kept() -> None:
    text = ("Colonel Oleksandr Kindratenko said units near Kurakhove and Velyka Novosilka held their "
            "positions, while Volodymyr Zelensky met Andriy Yermak and Kyrylo Budanov in Kyiv to "
            "discuss the situation in Zaporizhzhia and Kharkiv.")
    assert read_text(text).text == text


# ---------------------------------------------------------------- helpers


def test_normalise_date() -> None:
    assert normalise_date("2016-09-12") == "2016-09-12"
    assert normalise_date("2016-09-12T23:10:00+02:00") == "2016-09-12"
    assert normalise_date("September 12, 2016") == "2016-09-12"
    assert normalise_date("September 2016") is None  # no day: not guessed
    assert normalise_date("soon") is None
    assert normalise_date(None) is None


def test_agency_and_host_helpers() -> None:
    assert agency_of("Associated Press") == "AP"
    assert agency_of("REUTERS") == "Reuters"
    assert agency_of("https://www.reuters.com/world/") == "Reuters"
    assert agency_of("ap") is None  # short credits are case-sensitive
    assert host_of("https://www.cnn.com/2025/x") == "cnn.com"
    assert host_of("www.cnn.com") == "cnn.com"
    assert host_of(None) is None


def test_headline_ending_in_an_attribution_is_a_title():
    from claimledger.documents import read_text

    document = read_text("Junta losing ground in the west, rebel leader says\nFighters took two towns on Friday.\n")
    assert document.title == "Junta losing ground in the west, rebel leader says"
    assert document.text == "Fighters took two towns on Friday."


def test_place_only_dateline_is_kept_for_the_extractor_and_a_bracketed_one_cut():
    from claimledger.documents import read_text

    # the extractor marks it as the dateline part and reads its place (extract/parts.py)
    document = read_text("Army says border quiet\nGAO, Mali — The army said the border was quiet on Sunday.\n")
    assert document.text == "GAO, Mali — The army said the border was quiet on Sunday."
    assert document.declared_origin is None
    document = read_text("KHARKIV — Shelling resumed at dawn, officials said.")
    assert document.text == "KHARKIV — Shelling resumed at dawn, officials said."
    document = read_text("Rights group condemns raids\n(Beirut) – Security forces raided two camps, the group said.\n")
    assert document.text == "Security forces raided two camps, the group said."


def test_a_url_no_host_can_be_read_from_gives_no_outlet() -> None:
    from claimledger.read.agencies import host_of

    assert host_of("http://[") is None and host_of("[::1") is None
    assert host_of("https://www.example-news.com/a") == "example-news.com"
