"""Page furniture around a pasted or saved story: what the reader cuts from the top and
the bottom of a page, and what it keeps. Pages written for these tests."""

from __future__ import annotations

import pytest

from claimledger.read import read_text
from claimledger.read.furniture import is_consent, is_furniture, is_label, tail_start

LEAD = ("Militia fighters shelled the market of a town in eastern Chad on Sunday, killing at least "
        "nine people, local officials said.")
SECOND = ("The town's mayor said the attackers came from across the border at dawn and left before "
          "soldiers arrived from the regional capital.")


@pytest.mark.parametrize("line", [
    "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept all",
    "Accept cookies? We use cookies to personalise content and ads. OK",
    "We value your privacy. We and our partners store and access information on your device. Agree",
])
def test_consent_banners(line: str) -> None:
    assert is_consent(line)


@pytest.mark.parametrize("line", [
    "Share this article", "Share on Facebook", "Facebook Twitter WhatsApp", "Copy link", "Advertisement",
    "4 Min Read", "Updated 2 hours ago", "3 hours ago | 5 Comments", "Comments (14)", "12 comments",
    "Written by Hodan Warsame", "Posted by Newsdesk | May 13, 2025 | Libya, Security | 3 comments",
    "Click to share on Twitter (Opens in new window)", "Like this:", "Like Loading...", "Leave a reply",
    "Our Standards: The Thomson Reuters Trust Principles.", "Purchase Licensing Rights", "Suggested Topics:",
    "Read more", "Read also: Mali's army says it killed a commander", "Sign up for our morning briefing",
    "Item 1 of 3 A cargo ship burns off the coast", "bur-xyz/sst", "###",
    '4 thoughts on "Militia shells market in eastern Chad town"', "12 Responses to Chad market attack",
    "The post Clashes in the capital leave nine dead appeared first on Libya Update.",
])
def test_furniture_lines(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    LEAD, "Share prices fell in Khartoum after the attack.", "Comments by the minister angered the rebels.",
    "Written statements were handed to the mediators in Doha on Friday.", "Email was the only way to reach them.",
])
def test_story_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize("line, following, label", [
    ("Africa", "Sudan: shelling drives thousands from a camp", True),
    ("LIBYA UPDATE", "Clashes in the capital leave nine dead", True),
    ("World | Asia Pacific", "Rebels say they hold a hill town after weeks of clashes", True),
    ("Press release", "Myanmar: armed group must protect civilians, rights group says", True),
    ("Horn Dispatch", "NewsSomaliaEthiopiaKenyaOpinion", True),
    ("ACP - Agence Congolaise de Presse", "Accueil | Nation | Provinces | Sport", True),
    ("Sahel Daily Monitor Online Edition", "Home | Mali | Niger | Burkina Faso", True),
    ("Rebels seize a border town after two days of shelling", "Home | Africa | Congo", False),
    ("Gaza truce collapses", LEAD, False),
    ("Rebels seize a town", LEAD, False),
])
def test_labels_above_a_headline(line: str, following: str, label: bool) -> None:
    assert is_label(line, following) is label


@pytest.mark.parametrize("top", [
    "Skip to main content\nHomeNewsWorldAfricaSport\nWe use cookies to improve your experience. By continuing to "
    "browse you agree to our use of cookies. Accept all\nAfrica",
    "CHAD MONITOR",
    "World | Africa",
    "Press release",
    "Sahel Dispatch\nNewsChadNigerMaliOpinionAbout\nAccept cookies? We use cookies to personalise content. OK",
])
def test_headline_under_mastheads_labels_and_banners_is_the_title(top: str) -> None:
    doc = read_text(f"{top}\nMilitia shells market in eastern Chad town\n{LEAD}\n{SECOND}")
    assert doc.title == "Militia shells market in eastern Chad town"
    assert doc.text.startswith("Militia fighters shelled")


def test_a_short_headline_without_chrome_stays_the_title() -> None:
    doc = read_text(f"Chad market shelled\n{LEAD}\n{SECOND}")
    assert doc.title == "Chad market shelled"


def test_furniture_after_the_headline_is_cut_before_the_lead() -> None:
    page = (f"Militia shells market in eastern Chad town\nShare this article\n4 Min Read\nUpdated 2 hours ago\n"
            f"Traders sit by burned stalls, in this undated photo released by a local aid group.\n{LEAD}\n{SECOND}")
    doc = read_text(page)
    assert doc.text.startswith("Militia fighters shelled"), doc.text[:80]


def test_parenthesised_place_dateline_is_cut() -> None:
    doc = read_text(f"Chad: armed group must stop attacks, rights group says\n(N'Djamena) – {LEAD}\n{SECOND}")
    assert doc.text.startswith("Militia fighters shelled")


def test_page_tail_is_cut_after_the_last_paragraph() -> None:
    tail = ("He gave no figures.\nShare this:\nClick to share on Facebook (Opens in new window)\nLike this:\n"
            "Like Loading...\nRelated:\nNiger: army says it killed a commander near Tillaberi\n"
            "Comments (3)\nReader from Lyon: Where is the army?\n"
            "The post Militia shells market appeared first on Chad Monitor.")
    doc = read_text(f"Militia shells market in eastern Chad town\n{LEAD}\n{SECOND}\n{tail}")
    assert doc.text.endswith("He gave no figures."), doc.text[-120:]


def test_credit_lines_before_licensing_furniture_are_cut() -> None:
    tail = ("(Reporting by Jane Roe in Abeche; Editing by John Doe)\nOur Standards: The Thomson Reuters Trust "
            "Principles., opens new tab\nSuggested Topics:\nAfrica\nPurchase Licensing Rights")
    doc = read_text(f"Militia shells market in eastern Chad town\n{LEAD}\n{SECOND}\n{tail}")
    assert doc.text.endswith("regional capital."), doc.text[-120:]


def test_a_read_more_between_paragraphs_stays() -> None:
    body = f"{LEAD}\nRead more: Chad closes its border\n{SECOND}"
    lines = body.split("\n")
    assert tail_start(lines) is None
    doc = read_text(f"Militia shells market in eastern Chad town\n{body}")
    assert SECOND in doc.text


def test_a_source_line_inside_the_tail_still_declares_the_origin() -> None:
    doc = read_text(f"Militia shells market in eastern Chad town\n{LEAD}\n{SECOND}\nShare this:\n"
                    "Original Source: www.example-news.com")
    assert doc.declared_origin == "example-news.com"
    assert doc.text.endswith("regional capital.")


def test_photo_line_and_audio_widget_above_an_agency_dateline_are_cut() -> None:
    doc = read_text("Militia shells market in eastern Chad town\nPhoto: Traders sit by burned stalls. (Courtesy)\n"
                    f"Listen to this article\nABECHE, Chad (AP) — {LEAD}\n{SECOND}")
    assert doc.text.startswith("Militia fighters shelled") and doc.declared_origin is not None


def test_place_dateline_with_a_long_country_name_is_kept_whole() -> None:
    # kept for the extractor, which marks it (extract/parts.py), country and all
    doc = read_text(f"Rebels enter a lakeside town\nBUKAVU, Democratic Republic of the Congo — {LEAD}\n{SECOND}")
    assert doc.text.startswith("BUKAVU, Democratic Republic of the Congo — Militia fighters shelled")


@pytest.mark.parametrize("line", [
    "WORLD NEWS | Tue Sep 8, 2026 6:14am EDT",
    "Middle East | Monday, 3 March 2025 14:02 GMT",
    "Africa • March 3, 2025 at 2:15 p.m.",
    "Published: 14 March 2026 - 09:42 GMT | Updated: 14 March 2026 - 11:05 GMT",
    "Updated on 2 June 2025",
    "Posted: Jan. 9, 2025 10:31 a.m. ET",
    "Share   Comments (0)",
    "Menu  Search  Sign in",
])
def test_meta_lines_with_written_dates_and_spaced_widgets(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Rebels say they took Bunia on Monday, March 3, 2025",
    "Army retakes town | Sudan",
    "Updated casualty figures from the ministry show 40 dead.",
])
def test_a_headline_or_sentence_with_a_date_is_not_meta(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize("top", [
    "WORLD NEWS | Tue Sep 8, 2026 6:14am EDT",
    "LIVE | Sahel security updates\nMenu  Search  Sign in",
    "Asia | Monday, 3 March 2025 14:02 GMT\nSkip to content",
])
def test_headline_under_a_section_and_date_line_is_the_title(top: str) -> None:
    doc = read_text(f"{top}\nMilitia shells market in eastern Chad town\n{LEAD}\n{SECOND}")
    assert doc.title == "Militia shells market in eastern Chad town"
    assert doc.text.startswith("Militia fighters shelled")
    if top.startswith("WORLD NEWS"):
        assert doc.published == "2026-09-08"  # the page's stamp beside the section label
    if top.startswith("LIVE"):
        assert doc.published is None


def test_a_published_and_updated_line_under_the_headline_is_cut_whole() -> None:
    doc = read_text("Militia shells market in eastern Chad town\n"
                    f"Published: 14 March 2026 - 09:42 GMT | Updated: 14 March 2026 - 11:05 GMT\n\n{LEAD}\n{SECOND}")
    assert doc.text.startswith("Militia fighters shelled"), doc.text[:80]
    assert doc.published == "2026-03-14"


@pytest.mark.parametrize("dateline, origin", [
    ("YEREVAN/BAKU (Reuters) - ", "Reuters"),
    ("GAZA/CAIRO (Reuters) - ", "Reuters"),
    ("KYIV/MOSCOW, March 3 (Reuters) - ", "Reuters"),
    ("KHARTOUM/NAIROBI — ", None),
])
def test_a_dateline_from_two_cities_is_cut_and_credits_its_agency(dateline: str, origin: str | None) -> None:
    doc = read_text(f"Militia shells market in eastern Chad town\n{dateline}{LEAD}\n{SECOND}")
    assert doc.text.startswith("Militia fighters shelled"), doc.text[:60]
    assert doc.declared_origin == origin


@pytest.mark.parametrize("path", ["Interview | Amhara conflict", "News > Africa > Sudan", "Analysis | Sahel"])
def test_a_row_of_section_names_under_the_headline_is_cut(path: str) -> None:
    doc = read_text(f"Militia shells market in eastern Chad town\n{path}\n{LEAD}\n{SECOND}")
    assert doc.title == "Militia shells market in eastern Chad town"
    assert doc.text.startswith("Militia fighters shelled"), doc.text[:60]


@pytest.mark.parametrize("line", ["Army retakes the town | residents flee north.", "Talks in Doha | 3 dead",
                                  "Sudan"])
def test_sentences_and_single_names_are_no_section_path(line: str) -> None:
    from claimledger.read.furniture import is_section_path

    assert not is_section_path(line)


@pytest.mark.parametrize("stamp, published", [
    ("Updated: May 9, 2025 14:32 IST", "2025-05-09"),
    ("Published: 3 March 2025 10:02 EAT", "2025-03-03"),
    ("Posted 18 June 2025, 09:15 WAT", "2025-06-18"),
])
def test_a_stamp_with_a_local_time_zone_is_cut_whole(stamp: str, published: str) -> None:
    doc = read_text(f"Militia shells market in eastern Chad town\n{stamp}\n{LEAD}\n{SECOND}")
    assert doc.text.startswith("Militia fighters shelled"), doc.text[:60]
    assert doc.published == published


@pytest.mark.parametrize("trailer, origin", [
    ("This article was originally published by Al Jazeera and is republished here via RSS.", "Al Jazeera"),
    ("This story first appeared on Reuters.", "Reuters"),
    ("This article first appeared on Middle East Eye.", "Middle East Eye"),
    ("Originally published at www.example-news.org", "example-news.org"),
    ("Source: Al Jazeera", "Al Jazeera"),
])
def test_a_republishers_note_is_cut_and_declares_the_origin(trailer: str, origin: str) -> None:
    doc = read_text(f"Militia shells market in eastern Chad town\n{LEAD}\n{SECOND}\n{trailer}")
    assert doc.text.endswith("regional capital."), doc.text[-60:]
    assert doc.declared_origin == origin


def test_a_last_sentence_about_a_first_appearance_stays() -> None:
    last = "The claim first appeared on a militia's channel in March and was repeated by the governor."
    doc = read_text(f"Militia shells market in eastern Chad town\n{LEAD}\n{SECOND}\n{last}")
    assert doc.text.endswith(last) and doc.declared_origin is None


@pytest.mark.parametrize("top", [
    "SahelWire | Agence de Presse\nAccueil  Politique  Sécurité  Économie  Sport",
    "Ministry of Defence - Chad\nPRESS RELEASE",
    "Horn Daily  \nHome  World  Africa  Opinion  Sport",
])
def test_a_masthead_over_a_spaced_menu_or_a_label_is_cut(top: str) -> None:
    doc = read_text(f"{top}\nMilitia shells market in eastern Chad town\n{LEAD}\n{SECOND}")
    assert doc.title == "Militia shells market in eastern Chad town"
    assert doc.text.startswith("Militia fighters shelled"), doc.text[:60]


def test_a_place_and_date_alone_on_a_line_date_the_report() -> None:
    doc = read_text(f"MILITIA SHELLS MARKET IN EASTERN CHAD TOWN\nAbeche, 13 May 2025\n{LEAD}\n{SECOND}")
    assert doc.published == "2025-05-13"
    assert doc.text.startswith("Militia fighters shelled"), doc.text[:60]


@pytest.mark.parametrize("line", ["Home  World  Africa", "Accueil  Politique  Sécurité  Économie  Sport"])
def test_spaced_menus_are_navigation(line: str) -> None:
    from claimledger.read.chrome import is_navigation

    assert is_navigation(line)
    assert not is_navigation("The army said.  Rebels denied it.  Talks go on.")


def test_a_sites_tagline_over_its_menu_is_no_headline() -> None:
    page = ("Skip to main content\n"
            "Trusted reporting and data for energy traders since 1998\n"
            "World  Africa  Americas  Asia Pacific  Europe  Middle East\n\n"
            "Somali forces retake port town of Harardhere from al Shabaab, officials say\n"
            "By Hamza Ali\n"
            "March 3, 2026 9:40 AM GMT\n\n"
            "MOGADISHU, March 3 (Reuters) - Somali government forces and allied clan militias retook the port "
            "town of Harardhere from al Shabaab on Tuesday after two days of fighting, officials said.\n")
    doc = read_text(page)
    assert doc.published == "2026-03-03" and doc.declared_origin == "Reuters"
    assert doc.title == "Somali forces retake port town of Harardhere from al Shabaab, officials say"
    assert "energy traders" not in doc.text


def test_a_blog_stamp_signed_on_its_line_dates_the_report_and_is_cut() -> None:
    page = ("Houthis claim strike on a tanker off Mokha\n"
            "Posted on 4 March 2026 by Desk Editor\n\n"
            "Yemen's Houthi rebels said on Tuesday they had struck a tanker off the port of Mokha.\n")
    doc = read_text(page)
    assert doc.published == "2026-03-04"
    assert doc.text.startswith("Yemen's Houthi rebels said")
