"""Every curated table the extractor reads: its shape (columns, no duplicates, known
values) and a few rows it must hold."""

from __future__ import annotations

import pytest

from claimledger.data import read_table
from claimledger.model import Event

EVENT_TYPES = {"deploy", "withdraw", "attack", "battle", "territory_change", "agreement", "capture", "surrender",
               "casualty_report", "acknowledge", "deny", "other"}
QUANTITIES = {"killed", "wounded", "casualties", "captured", "missing", "deserted", "deployed", "displaced",
              "civilians_killed", "equipment", "distance", "other"}


@pytest.mark.parametrize(
    ("name", "columns"),
    [("sides.tsv", 3), ("body_families.tsv", 2), ("events.tsv", 2), ("cues.tsv", 5), ("speaker_words.tsv", 2),
     ("quantities.tsv", 3), ("units.tsv", (2, 3)), ("hedges.tsv", 2), ("first_names.tsv", 2)],
)
def test_every_row_has_its_columns_and_no_key_twice(name, columns):
    rows = read_table(name)
    assert rows, name
    low, high = columns if isinstance(columns, tuple) else (columns, columns)
    assert all(low <= len(row) <= high and all(row[:low]) for row in rows), [r for r in rows if len(r) < low]
    keys = [tuple(row[:2]) if name == "quantities.tsv" else row[0] for row in rows]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


def test_sides_are_iso_codes_of_known_kinds():
    for phrase, side, kind in read_table("sides.tsv"):
        assert len(side) == 2 and side.isupper(), phrase
        assert kind in {"demonym", "country", "capital", "institution"}, phrase


@pytest.mark.parametrize(
    ("phrase", "side"),
    [("burundian", "BI"), ("chadian", "TD"), ("kenyan", "KE"), ("ugandan", "UG"), ("nigerien", "NE"),
     ("haitian", "HT"), ("south sudanese", "SS"), ("equatorial guinean", "GQ"), ("serbian", "RS"),
     ("burkinabe", "BF"), ("Tatmadaw", "MM"), ("FARDC", "CD"), ("nairobi", "KE"), ("asmara", "ER")],
)
def test_sides_hold_the_states_of_african_and_asian_wars(phrase, side):
    assert (side, phrase) in {(s, p) for p, s, _ in read_table("sides.tsv")}


def test_event_words_report_known_event_types():
    rows = read_table("events.tsv")
    assert {t for _, t in rows} <= EVENT_TYPES
    assert ("destroy", "attack") in {tuple(r) for r in rows}
    assert Event.__dataclass_fields__["type"]


def test_body_families_group_generic_names_of_bodies():
    families = dict(read_table("body_families.tsv"))
    assert families["agency"] == families["service"] == "intelligence"
    assert families["army"] == families["military"] == "force"
    assert families["brigade"] == "unit"


def test_quantities_give_known_meanings():
    rows = read_table("quantities.tsv")
    meanings = {meaning for _, _, meaning in rows}
    assert {"killed", "equipment", "displaced"} <= meanings
    assert ("motorbike", "noun", "equipment") in {tuple(r) for r in rows}


def test_cues_are_one_table_of_reporting_verbs_with_known_roles():
    from claimledger.extract.cues import ROLES, content_prepositions, cue_table, cues_with

    for lemma, hedge, polarity, roles, prepositions in read_table("cues.tsv"):
        assert hedge in {"asserted", "probable", "possible", "estimate"}, lemma
        assert polarity in {"affirmed", "denied"}, lemma
        assert roles == "-" or set(roles.split(",")) <= ROLES, lemma
        assert prepositions == "-" or all(p.isalpha() and p.islower() for p in prepositions.split(",")), lemma
    # every stage reads its verbs here: claims close on "said", figures skip speakers, towns speak
    assert {"say", "tell", "deny"} <= cues_with("closing")
    assert {"deny", "blame", "praise"} <= cues_with("object")
    assert {"say", "announce", "estimate"} <= cues_with("speaks")
    assert "indicate" not in cues_with("closing")  # "…, indicating training" is the writer's inference
    assert content_prepositions("warn") == {"of", "about", "against"}
    assert cue_table()["deny"].polarity == "denied"
    with pytest.raises(ValueError, match="unknown cue role"):
        cues_with("shouts")


def test_number_words_are_one_table_of_known_kinds_and_values():
    from claimledger.data.tables import NUMBER_KINDS, number_word_alternation, number_words

    rows = read_table("number_words.tsv")
    assert all(len(row) == 3 and row[1].isdigit() and row[2] in NUMBER_KINDS for row in rows), rows
    words = [word for word, _, _ in rows]
    assert len(words) == len(set(words)), sorted({w for w in words if words.count(w) > 1})
    assert all(word == word.lower() for word in words)
    # units and teens run zero to nineteen without a gap; tens by tens to ninety
    assert sorted(number_words("unit", "teen").values()) == list(range(20))
    assert sorted(number_words("tens").values()) == list(range(20, 100, 10))
    assert number_words("scale")["million"] == number_words("scale_abbr")["mln"] == 1_000_000
    assert number_words("dozen") == {"dozen": 12}
    assert number_words("denominator")["thirds"] == 3
    # a vague amount is the order of magnitude it names, a floor
    assert number_words("vague")["hundreds"] == 100 and number_words("vague")["scores"] == 20
    with pytest.raises(ValueError, match="unknown number-word kind"):
        number_words("ordinal")
    # the alternation takes the longest word first, and no abbreviation unless asked
    import re

    spelled = re.compile(rf"(?:{number_word_alternation()})\b")
    assert spelled.match("seventeen soldiers").group() == "seventeen"
    assert spelled.match("bn") is None
    assert re.fullmatch(number_word_alternation("scale_abbr"), "bn")


@pytest.mark.parametrize(
    ("text", "value"),
    [("Sixty-two fighters", 62.0), ("nineteen hundred", 1900.0), ("2bn", 2e9), ("scores of villagers", 20.0),
     ("two-fifths", 0.4), ("a dozen", 12.0)],
)
def test_number_readers_read_the_table(text, value):
    from claimledger.extract.numbers import find_numbers

    assert find_numbers(text)[0].value == value


def test_country_aliases_are_one_table_of_iso_codes_and_known_uses():
    from claimledger.data.tables import COUNTRY_USES, country_aliases

    rows = read_table("country_aliases.tsv")
    assert all(len(row) == 3 for row in rows), [r for r in rows if len(r) != 3]
    assert all(len(code) == 2 and code.isupper() for _, code, _ in rows)
    assert all(set(uses.split(",")) <= set(COUNTRY_USES) for _, _, uses in rows)
    folded = [alias.casefold() for alias, _, _ in rows]
    assert len(folded) == len(set(folded)), sorted({a for a in folded if folded.count(a) > 1})
    # no country name is kept in two lists any more: sides.tsv holds no country rows
    assert "country" not in {kind for _, _, kind in read_table("sides.tsv")}
    places, sides, full = country_aliases("place"), country_aliases("side"), country_aliases("full_name")
    assert places["DRC"] == places["Congo-Kinshasa"] == sides["DRC"] == "CD"
    assert places["Burma"] == "MM" and full["Burma"] == "MM"
    assert sides["US"] == "US" and "America" not in sides  # "America" names a place, not a speaker's state
    assert set(sides) <= set(places)  # a phrase that speaks for a state names it as a place too
    with pytest.raises(ValueError, match="unknown country-alias use"):
        country_aliases("demonym")


@pytest.mark.parametrize(
    ("text", "side"),
    [("the DRC's army spokesman", "CD"), ("a UAE official", "AE"), ("Türkiye's defence ministry", "TR"),
     ("officials in Britain", "GB")],
)
def test_side_table_reads_country_aliases(text, side):
    from claimledger.sides import side_of

    assert side_of(text) == side


@pytest.mark.parametrize(("alias", "code"), [("Burma", "MM"), ("DR Congo", "CD"), ("Swaziland", "SZ"), ("KSA", "SA")])
def test_gazetteer_reads_country_aliases(alias, code):
    from claimledger.extract.gazetteer import gazetteer

    assert any(h.entry.kind == "country" and h.entry.country == code for h in gazetteer().lookup(alias))


@pytest.mark.parametrize(
    ("name", "lists"),
    [("place_words.tsv", {"particle", "region", "settlement", "settlement_list", "direction",
                          "locative", "compass", "title", "media", "media_before", "disease", "local_body", "soft",
                          "attribute_suffix", "name_head", "target_verb", "place_noun", "name_tail", "feature",
                          "route", "english_particle", "occasion", "unit", "unit_list", "force", "arabic_head",
                          "departure", "arabic_qualifier", "site_head", "owned_office", "currency",
                          "colloquial_area", "settlement_head"}),
     ("event_words.tsv", {"place_object", "weapon", "seized", "people_object", "light_verb", "force_noun",
                          "title_word", "modal", "hit_verb", "anaphoric_place", "thing_noun", "state_body"})],
)
def test_word_list_tables_hold_known_lists_of_lower_case_words(name, lists):
    from claimledger.data.tables import word_lists

    rows = read_table(name)
    assert all(len(row) == 2 and row[0] == row[0].lower() for row in rows), [r for r in rows if len(r) != 2]
    pairs = [tuple(row) for row in rows]
    assert len(pairs) == len(set(pairs)), sorted({p for p in pairs if pairs.count(p) > 1})
    assert set(word_lists(name)) == lists


def test_place_and_event_words_hold_what_their_readers_need():
    from claimledger.data.tables import word_lists

    place, event = word_lists("place_words.tsv"), word_lists("event_words.tsv")
    assert {"governorate", "oblast", "prefecture"} <= place["region"]
    assert {"camp", "village"} <= place["settlement"]
    assert {"ez", "al", "bani"} <= place["particle"]
    assert {"leave", "head", "depart"} <= place["departure"]
    assert {"general", "sheikh", "imam"} <= place["title"]
    assert "times of" in place["media_before"] and "backed" in place["attribute_suffix"]
    assert {"tanker", "hostages"} <= event["seized"] and {"drones", "mortars"} <= event["weapon"]
    assert {"conscripts", "mercenaries"} <= event["people_object"] and "launch" in event["light_verb"]
    assert {"militia", "brigade"} <= event["force_noun"] and "would" in event["modal"]


def test_never_places_are_words_and_seats_of_government():
    rows = read_table("never_places.tsv")
    whys = {"word", "seat", "people", "language", "town"}
    assert all(len(row) == 2 and row[1] in whys for row in rows), [r for r in rows if len(r) != 2]
    names = [name.casefold() for name, _ in rows]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    by_why = {why: {name for name, w in rows if w == why} for why in ("word", "seat")}
    assert {"police", "hope", "hamas", "march"} <= by_why["word"]
    assert {"Kremlin", "White House"} <= by_why["seat"]


def test_curated_areas_have_kinds_codes_and_points_on_the_globe():
    from claimledger.extract.gazetteer import CURATED_AREAS, gazetteer

    rows = read_table("curated_areas.tsv")
    assert all(len(row) == 6 for row in rows), [r for r in rows if len(r) != 6]
    names = [row[0] for row in rows]
    assert len(names) == len(set(names))
    for name, kind, cc, lat, lon, aliases in rows:
        assert kind in {"region", "other"}, name
        assert cc == "-" or (len(cc) == 2 and cc.isupper()), name
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, name
        assert aliases == "-" or all(aliases.split("|")), name
    assert ("Darfur", "region", "SD") in {a[:3] for a in CURATED_AREAS}
    assert ("Red Sea", "other", "") in {a[:3] for a in CURATED_AREAS}  # '-' is read as no country
    hits = gazetteer().lookup("Kurdufan")  # an alias
    assert any(h.entry.name == "Kordofan" for h in hits)


def test_number_qualifiers_hedge_or_bound_a_number():
    from claimledger.data.tables import number_qualifiers
    from claimledger.extract.numbers import parse

    rows = read_table("number_qualifiers.tsv")
    assert all(len(row) == 3 and row[1] in {"hedge", "neutral"} and row[2] in {"min", "max", "-"} for row in rows)
    assert all(row[2] == "-" for row in rows if row[1] == "neutral")  # a neutral word bounds nothing
    phrases = [row[0] for row in rows]
    assert len(phrases) == len(set(phrases)) and all(p == p.lower() for p in phrases)
    hedges = number_qualifiers("hedge")
    assert hedges["at least"] == "min" and hedges["up to"] == "max" and hedges["around"] is None
    assert "a total of" in number_qualifiers("neutral")
    with pytest.raises(ValueError, match="unknown number-qualifier role"):
        number_qualifiers("after")
    # the reader takes them from the table: bound, hedge and a neutral lead-in
    assert parse("no fewer than 1,200").bound == "min"
    assert parse("as many as 300").bound == "max" and parse("as many as 300").approximate
    assert parse("a further 15").approximate is False and parse("a further 15").qualifier == "a further"
