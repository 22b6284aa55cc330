"""The offline place table (data/places.tsv): names to coordinates and ISO alpha-3 countries."""

from __future__ import annotations

import csv
from dataclasses import dataclass

from tidings.data import path
from tidings.model import Place

STRIP_PREFIXES = ("the ",)
STRIP_SUFFIXES = (" city", " province", " prefecture", " region", " county")


@dataclass(frozen=True)
class PlaceIndex:
    """Countries and cities by lower-cased name; cities keep only the most populous holder."""

    countries: dict[str, Place]
    by_iso3: dict[str, Place]
    cities: dict[str, Place]

    @classmethod
    def load(cls, name: str = "places.tsv") -> PlaceIndex:
        countries: dict[str, Place] = {}
        cities: dict[str, tuple[int, Place]] = {}
        with path(name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                place = _place(row)
                key = row["name"].lower()
                if row["kind"] == "country":
                    countries[key] = place
                elif key not in cities or cities[key][0] < int(row["population"] or 0):
                    cities[key] = (int(row["population"] or 0), place)
        by_iso3 = {place.country: place for place in countries.values() if place.country}
        return cls(countries, by_iso3, {key: value[1] for key, value in cities.items()})

    def country(self, iso3: str) -> Place | None:
        return self.by_iso3.get(iso3)

    def lookup(self, text: str) -> Place | None:
        """The country or city a place name denotes, countries first."""
        for key in _keys(text):
            found = self.countries.get(key) or self.cities.get(key)
            if found is not None:
                return found
        return None


def _keys(text: str) -> list[str]:
    key = " ".join(text.lower().replace("’", "'").split())
    keys = [key]
    for prefix in STRIP_PREFIXES:
        if key.startswith(prefix):
            keys.append(key[len(prefix) :])
    for suffix in STRIP_SUFFIXES:
        keys.extend(
            candidate[: -len(suffix)] for candidate in list(keys) if candidate.endswith(suffix)
        )
    return keys


def _place(row: dict[str, str]) -> Place:
    lat = float(row["lat"]) if row["lat"] else None
    lon = float(row["lon"]) if row["lon"] else None
    return Place(name=row["name"], country=row["country"] or None, lat=lat, lon=lon)
