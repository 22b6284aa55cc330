"""The gazetteer: countries, capitals, demonyms, organisations and sector nouns."""

from __future__ import annotations

import csv

import pytest

from tidings import data
from tidings.resolve.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("N.Korea", "PRK"),
        ("South Korea", "KOR"),
        ("ROK", "KOR"),
        ("US", "USA"),
        ("U.S.", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("Russia", "RUS"),
        ("Burma", "MMR"),
        ("Ivory Coast", "CIV"),
        ("Taiwan", "TWN"),
        ("Kosovo", "XKX"),
        ("Palestine", "PSE"),
        ("Hong Kong", "HKG"),
        ("the Netherlands", "NLD"),
    ],
)
def test_country_names_and_short_forms(gazetteer: Gazetteer, text: str, iso3: str) -> None:
    assert gazetteer.country(text) == iso3


def test_acronyms_are_case_sensitive(gazetteer: Gazetteer) -> None:
    assert gazetteer.country("us") is None
    assert gazetteer.organisation("un") is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Pyongyang", "PRK"),
        ("Tokyo", "JPN"),
        ("Seoul", "KOR"),
        ("Washington", "USA"),
        ("Moscow", "RUS"),
        ("the Kremlin", "RUS"),
        ("Beijing", "CHN"),
        ("Whitehall", "GBR"),
        ("Downing Street", "GBR"),
        ("Cairo", "EGY"),
    ],
)
def test_capitals_and_seats(gazetteer: Gazetteer, text: str, iso3: str) -> None:
    assert gazetteer.capital_country(text) == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [("Japanese", "JPN"), ("North Korean", "PRK"), ("American", "USA"), ("Filipino", "PHL")],
)
def test_demonyms(gazetteer: Gazetteer, text: str, iso3: str) -> None:
    assert gazetteer.demonym_country(text) == iso3


def test_organisations(gazetteer: Gazetteer) -> None:
    un = gazetteer.organisation("UN")
    assert un is not None and (un.country, un.org) == ("IGO", "UNO")
    assert gazetteer.organisation("NATO").org == "NAT"
    assert gazetteer.organisation("ICRC").country == "NGO"
    red_cross = gazetteer.organisation("Red Cross")
    assert red_cross is not None and red_cross.national and red_cross.sector == "NGO"


@pytest.mark.parametrize(
    ("noun", "sector"),
    [
        ("minister", "GOV"),
        ("Vice Foreign Minister", "GOV"),
        ("army", "MIL"),
        ("troops", "MIL"),
        ("police", "COP"),
        ("rebels", "REB"),
        ("opposition", "OPP"),
        ("court", "JUD"),
        ("lawmakers", "LEG"),
        ("protesters", "CVL"),
        ("journalists", "MED"),
        ("company", "BUS"),
        ("spies", "SPY"),
        ("abductees", "CVL"),
        ("refugees", "REF"),
        ("elephant", None),
    ],
)
def test_sector_nouns(gazetteer: Gazetteer, noun: str, sector: str | None) -> None:
    assert gazetteer.sector(noun) == sector


def test_every_un_member_has_a_name_and_capital() -> None:
    with data.path("countries.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    kinds: dict[str, set[str]] = {}
    for row in rows:
        kinds.setdefault(row["iso3"], set()).add(row["kind"])
    assert len([iso3 for iso3, seen in kinds.items() if "name" in seen]) >= 193
    for iso3 in ("JPN", "PRK", "KOR", "USA", "CHN", "RUS", "EGY", "BRA", "NGA", "FJI"):
        assert {"name", "capital", "demonym"} <= kinds[iso3], iso3
