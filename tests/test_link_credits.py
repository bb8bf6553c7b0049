"""Credits: which outlets a stored report names as the source of its words."""

from __future__ import annotations

import re

import pytest

from claimledger.analyze import analyze
from claimledger.data import read_table
from claimledger.documents import read_text
from claimledger.link.credits import Credit, canonical_outlet, credit_matches, credited_origins, fact_keys


def record(text: str, *, outlet: str | None = None, url: str | None = None, declared: str | None = None,
           claims: list[dict] | None = None) -> dict:
    """A small record as the ledger stores it, for credits read from the text alone."""
    return {"document": {"id": "sha256:test", "text": text, "outlet": outlet, "url": url,
                         "published": None, "declared_origin": declared},
            "claims": claims or [], "figures": [], "events": [], "places": []}


def outlets_of(rec: dict) -> list[tuple[str, str]]:
    return [(c.outlet, c.how) for c in credited_origins(rec)]


# ---------------------------------------------------------------------- the table


def test_outlet_tables_are_well_formed() -> None:
    names: dict[str, str] = {}
    aliases: dict[str, str] = {}
    hosts: dict[str, str] = {}
    for table in ("agencies.tsv", "outlets.tsv"):
        for row in read_table(table):
            assert len(row) == 3, row
            name, alias_cell, host_cell = row
            assert name not in names, f"{name} is in {names.get(name)} and {table}"
            names[name] = table
            for alias in alias_cell.split("|"):
                assert alias and aliases.setdefault(alias, name) == name, f"alias {alias!r} names two outlets"
            for host in host_cell.split("|"):
                assert re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", host), host
                assert hosts.setdefault(host, name) == name, f"host {host} names two outlets"
    for expected in ("Reuters", "AFP", "AP", "BBC", "CNN", "Al Jazeera", "TASS", "RIA Novosti", "Interfax",
                     "Ukrinform", "Yonhap", "KCNA", "SANA", "Xinhua", "Anadolu", "WAFA"):
        assert expected in names


def test_canonical_outlet_reads_names_hosts_and_urls() -> None:
    assert canonical_outlet("www.cnn.com") == "CNN"
    assert canonical_outlet("https://edition.cnn.com/2025/03/03/africa/story") == "CNN"
    assert canonical_outlet("Associated Press") == "AP"
    assert canonical_outlet("al jazeera") == "Al Jazeera"
    assert canonical_outlet("Agence France-Presse") == "AFP"
    assert canonical_outlet("https://www.example.org/news/1") == "example.org"
    assert canonical_outlet("The Conversation") == "The Conversation"
    assert canonical_outlet("  ") is None


# ---------------------------------------------------------------------- credits given


@pytest.mark.parametrize(("text", "outlet", "how"), [
    ("Militias shelled the camp overnight.\nOriginal Source: www.cnn.com", "CNN", "trailer"),
    ("Fighters seized the bridge, officials said.\nSource: Al Jazeera", "Al Jazeera", "trailer"),
    ("The convoy was hit near the border.\n— AP", "AP", "trailer"),
    ("Residents fled the district.\n(via TASS)", "TASS", "trailer"),
    ("Aid groups said the town was cut off.\n\nKHARTOUM, Sudan (Reuters) - The army said it had retaken the "
     "refinery.", "Reuters", "dateline"),
    ("MOSCOW, June 10. /TASS/. The ministry said its air defences downed 12 drones.", "TASS", "dateline"),
    ("The police chief told AFP that the bodies of nine miners had been found.", "AFP", "attribution"),
    ("Eleven people died in the blast, the BBC reported.", "BBC", "attribution"),
    ("At least 40 fighters were killed, according to a Reuters report citing local sources.", "Reuters",
     "attribution"),
    ("The army denied the claim, according to Russia's RIA Novosti news agency.", "RIA Novosti", "attribution"),
    ("Syria's state news agency SANA said two soldiers were wounded.", "SANA", "attribution"),
    ("An Al-Manar TV correspondent reported heavy shelling near the border.", "Al Manar", "attribution"),
    ("A spokesman said in an interview with the Associated Press that talks had stalled.", "AP", "attribution"),
    ("Reuters could not independently verify the account.", "Reuters", "voice"),
    ("Rebels took the airport on Sunday. (c) AFP 2025", "AFP", "copyright"),
    ("Shelling resumed at dawn.\nThe post Shelling resumes near Goma appeared first on Politico.", "Politico",
     "feed"),
    ("Shelling resumed at dawn.\nThis article was originally published on The Conversation.",
     "The Conversation", "feed"),
    ("Troops regrouped south of the river. Yonhap contributed to this report.", "Yonhap", "contributed"),
])
def test_credit_in_text(text: str, outlet: str, how: str) -> None:
    assert (outlet, how) in outlets_of(record(text))


@pytest.mark.parametrize("text", [
    "A Reuters photographer was injured when the shell landed near the hospital.",
    "CNN's offices in the city were shelled overnight, the station's staff were unhurt.",
    "The guardian of the shrine reported that looters had come twice.",
    "Drones struck targets in Fars province, the Iranian army said.",
    "Source: NATO estimates, 2024",
    "The men were taken to Sanaa, where the rebels hold the airport.",
    "A BBC documentary on the siege aired last year.",
    "A Reuters report last year found that the camp had no clinic.",
    "Survivors rest inside a mosque in Douma. REUTERS/Hassan Ammar",
    "The minister said in an interview with state television that the offensive would go on.",
])
def test_outlet_merely_mentioned_is_no_credit(text: str) -> None:
    assert credited_origins(record(text)) == []


def test_own_outlet_does_not_credit_itself() -> None:
    wire = "KYIV (Reuters) - Russian drones hit a power plant, officials told Reuters."
    assert outlets_of(record(wire, outlet="reuters.com")) == []
    assert outlets_of(record(wire, url="https://www.reuters.com/world/europe/x")) == []
    assert outlets_of(record(wire, outlet="cnn.com")) == [("Reuters", "dateline")]
    assert outlets_of(record("A medic told AFP the toll would rise.", outlet="AFP")) == []


def test_declared_origin_from_the_reader() -> None:
    document = read_text("Rebels Take Town in Eastern Congo\nM23 rebels took the town of Masisi on Saturday, "
                         "residents said.\nOriginal Source: www.aljazeera.com")
    rec = record(document.text, declared=document.declared_origin)
    assert outlets_of(rec)[0] == ("Al Jazeera", "declared")


def test_one_credit_per_outlet_strongest_first() -> None:
    rec = record("The governor told AFP that 12 people died.\n(c) AFP 2025", declared="AFP")
    assert outlets_of(rec) == [("AFP", "declared")]


def test_credit_from_a_claim_by_an_outlet() -> None:
    def speakers(*pairs: tuple[str, str]) -> list[tuple[str, str]]:
        claims = [{"speaker": {"name": name, "kind": "organization"}, "cue": cue} for name, cue in pairs]
        return outlets_of(record("Words without credits.", claims=claims))

    assert speakers(("Ukrinform", "reported"), ("CNN", "denied")) == [("Ukrinform", "attribution")]
    assert speakers(("Syria's state news agency SANA", "said")) == [("SANA", "attribution")]
    assert speakers(("an AFP correspondent", "said")) == [("AFP", "attribution")]
    # The outlet's managers speak for the company, a photo credit is no speaker.
    assert speakers(("CNN management", "said"), ("REUTERS Rodi", "Said")) == []


def test_credit_found_in_an_analysed_report(nlp) -> None:
    document = read_text("Yemen's state news agency Saba reported that coalition aircraft struck a fuel depot "
                         "in Hodeidah, killing three workers. Houthi officials said the depot held civilian "
                         "supplies. A company spokesman told Reuters the fire was put out by evening.",
                         outlet="yemenpress.example")
    outlets = [c.outlet for c in credited_origins(analyze(document, nlp))]
    assert "Saba" in outlets and "Reuters" in outlets


# ---------------------------------------------------------------------- matching a credit to a report


def test_credit_matches_outlet_or_url() -> None:
    assert credit_matches(Credit("CNN", "Original Source: www.cnn.com", "trailer"), record("x", outlet="cnn.com"))
    assert credit_matches(Credit("CNN", "x", "trailer"), record("x", url="https://edition.cnn.com/a/b"))
    assert credit_matches(Credit("AP", "x", "dateline"), record("x", outlet="Associated Press"))
    assert credit_matches(Credit("example.org", "x", "trailer"), record("x", url="https://news.example.org/1"))
    assert not credit_matches(Credit("Reuters", "x", "dateline"), record("x", outlet="afp.com"))
    assert not credit_matches(Credit("example.org", "x", "trailer"), record("x", url="https://example.com/1"))
    assert not credit_matches(Credit("Reuters", "x", "dateline"), record("x"))


# ---------------------------------------------------------------------- fact keys


def test_fact_keys_are_few_and_specific() -> None:
    rec = record('The army said 120 fighters were killed. "We pushed them back from the river," Colonel '
                 'Min Aung said.')
    rec["claims"] = [
        {"speaker": {"name": "army", "kind": "organization"}, "cue": "said", "span": [0, 30]},
        {"speaker": {"name": "Min Aung", "kind": "person"}, "cue": "said", "span": [40, 80]},
    ]
    rec["figures"] = [
        {"value": 120, "low": None, "high": None, "quantity": "killed", "side": "MM", "span": [14, 26]},
        {"value": 2, "low": None, "high": None, "quantity": "wounded", "side": None, "span": [30, 31]},
    ]
    rec["places"] = [
        {"name": "Myanmar", "kind": "country", "geonames_id": 1327865, "mentions": [[0, 3]]},
        {"name": "Lashio", "kind": "city", "geonames_id": 1312609, "mentions": [[50, 56]]},
    ]
    keys = fact_keys(rec)
    assert {"fig:killed|120", "person:aung", "place:lashio"} <= keys
    assert not any(k.startswith(("fig:wounded", "body:", "claim:")) for k in keys)  # small or common
    assert "place:myanmar" not in keys and "place:1312609" not in keys  # countries name no event; one key a town
    assert sum(k.startswith("quote:") for k in keys) == 1


def test_a_sites_own_feed_footer_is_no_credit_even_when_named_by_its_title() -> None:
    text = ("Two villages were shelled overnight, residents said.\n\n"
            "The post Villages shelled overnight appeared first on Kivu Morning Post.")
    own = {"document": {"id": "x", "text": text, "outlet": "kivumorningpost.net",
                        "url": "https://kivumorningpost.net/villages-shelled", "declared_origin": None}}
    assert credited_origins(own) == []
    relay = {"document": {**own["document"], "outlet": "aggregator.example",
                          "url": "https://aggregator.example/kivu"}}
    assert [c.outlet for c in credited_origins(relay)] == ["Kivu Morning Post"]


def test_a_feed_note_cut_by_the_reader_still_credits_its_site() -> None:
    # a Sahel news aggregator's page: the note goes with the page's furniture, its site stays
    body = ("Gunmen killed 11 villagers in Seytenga, a local official said on Sunday.\n"
            "The attackers came on motorbikes at dawn, residents said.\n"
            "The post Gunmen kill 11 in northern Burkina Faso village appeared first on Sahel Intelligence.")
    document = read_text(body, title="Eleven villagers killed in Seytenga", outlet="sahelfeed.net")
    assert "appeared first" not in document.text
    assert document.declared_origin == "Sahel Intelligence"
    # on the site itself, its own feed note credits nobody
    own = read_text(body.replace("Sahel Intelligence", "Sahel Feed"), title="Eleven villagers killed",
                    outlet="sahelfeed.net")
    mine = {"document": {"text": own.text, "outlet": own.outlet, "url": None,
                         "declared_origin": own.declared_origin}, "claims": []}
    # (the reader already drops a note naming the copy's own site: read/credits.others)
    assert own.declared_origin is None and credited_origins(mine) == []
