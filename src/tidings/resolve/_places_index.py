"""The offline place table (data/places.tsv): names to coordinates and ISO alpha-3 countries."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from tidings.data import path
from tidings.model import Place

STRIP_PREFIXES = ("the ",)
STRIP_SUFFIXES = (" city", " province", " prefecture", " region", " county")
# an alternate name beats a city's own name only when its holder is this much bigger:
# "Canton" is Guangzhou, not Canton (Ohio); "Islamabad" is Pakistan's, not a Chittagong alias
ALIAS_DOMINANCE = 10


@dataclass(frozen=True)
class _Holder:
    place: Place
    population: int
    alias: bool

    def weight(self) -> int:
        return self.population // ALIAS_DOMINANCE if self.alias else self.population


@dataclass(frozen=True)
class PlaceIndex:
    """Countries and cities by folded lower-case name; each city name keeps all its holders,
    most likely first."""

    countries: dict[str, Place]
    by_iso3: dict[str, Place]
    cities: dict[str, tuple[Place, ...]]

    @classmethod
    def load(cls, name: str = "places.tsv") -> PlaceIndex:
        countries: dict[str, Place] = {}
        holders: dict[str, list[_Holder]] = {}
        with path(name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                place = _place(row)
                key = fold(row["name"])
                if row["kind"] == "country":
                    countries[key] = place
                    continue
                holder = _Holder(place, int(row["population"] or 0), row["kind"] == "alias")
                holders.setdefault(key, []).append(holder)
        by_iso3 = {place.country: place for place in countries.values() if place.country}
        return cls(countries, by_iso3, {key: _ranked(found) for key, found in holders.items()})

    def country(self, iso3: str) -> Place | None:
        return self.by_iso3.get(iso3)

    def city(self, text: str) -> Place | None:
        """The likeliest city of exactly this name (no country names, no stripped words)."""
        found = self.cities.get(" ".join(fold(text).split()), ())
        return found[0] if found else None

    def lookup(self, text: str, prefer: Collection[str] = ()) -> Place | None:
        """The country or city a place name denotes, countries first. Of several cities so
        named, one in a ``prefer``red country (the countries the story is about) wins, else the
        likeliest ("Tripoli" is Lebanon's after "Lebanese troops", else Libya's)."""
        for key in _keys(text):
            found = self.countries.get(key) or _pick(self.cities.get(key, ()), prefer)
            if found is not None:
                return found
        return None


def _ranked(holders: list[_Holder]) -> tuple[Place, ...]:
    ordered = sorted(holders, key=lambda holder: (-holder.weight(), holder.alias))
    seen: dict[tuple, Place] = {}
    for holder in ordered:
        seen.setdefault((holder.place.country, holder.place.lat, holder.place.lon), holder.place)
    return tuple(seen.values())


def _pick(places: tuple[Place, ...], prefer: Collection[str]) -> Place | None:
    for place in places:
        if place.country in prefer:
            return place
    return places[0] if places else None


def fold(text: str) -> str:
    """Lower case without diacritics or typographic apostrophes: "Kandahār" -> "kandahar"."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _keys(text: str) -> list[str]:
    key = " ".join(fold(text).split())
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
