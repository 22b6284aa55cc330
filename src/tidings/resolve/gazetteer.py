"""Names of countries, capitals, demonyms, organisations, sector nouns and holdings.

Loaded once from ``data/countries.tsv``, ``data/organisations.tsv``, ``data/sectors.tsv`` and
``data/holdings.tsv`` and passed to the resolvers. Lookups take surface text; acronyms and
dotted forms ("US", "U.S.", "UN") match case-sensitively so that "us" or "un-" never become
actors.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from tidings import data

INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})
V = TypeVar("V")
NATIONAL = "*"  # organisations whose country comes from the phrase ("Japanese Red Cross")
# the Arabic article joined to a surname: "al-Maliki", "el-Sisi", "ash-Shara"
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|an|ar|ul)[-\u2010]", re.IGNORECASE)


@dataclass(frozen=True)
class CountryForm:
    """One way of naming a country: its name, an alias, capital, seat, demonym or ellipsis."""

    iso3: str
    kind: str  # name | alias | capital | seat | demonym | elliptic | region
    text: str
    requires: tuple[str, ...] = ()  # elliptic forms count only after one of these was seen

    @property
    def region(self) -> bool:
        """A province, area or city of the country ("Darfur", "Chechen", "Lyon"): it tells the
        country, not that the state acts."""
        return self.kind in ("region", "city")


@dataclass(frozen=True)
class Organisation:
    """An organisation: international (country IGO/NGO/IMG) or national (an ISO3 country).

    ``org`` is the three-letter known-group code of international bodies (UNO, EUR, NAT,
    IRC ...); ``sector`` the sector of national ones (MED, PTY, SPY ...). ``national`` marks
    bodies that exist in every country ("Red Cross"): their country comes from the phrase.
    """

    name: str
    country: str | None
    org: str | None = None
    sector: str | None = None

    @property
    def national(self) -> bool:
        return self.country is None

    @property
    def international(self) -> bool:
        return self.country in INTERNATIONAL

    @property
    def actor_sector(self) -> str | None:
        """The sector slot of the actor code: the group code for international bodies."""
        return self.org if self.international else self.sector


@dataclass(frozen=True)
class SectorTerm:
    """A title or noun that tells an actor's sector; ``kind`` ranks how much it tells.

    title/person/institution/diplomatic decide the sector; weak terms ("official", "head",
    "delegation") only when nothing stronger is in the phrase.
    """

    sector: str
    kind: str
    country: str | None = None  # titles of one country only ("chief cabinet secretary")

    @property
    def weak(self) -> bool:
        return self.kind == "weak"


@dataclass(frozen=True)
class Leader:
    """A well-known head of state or government, minister or head of an international body,
    coded when a sentence names them with no country ("Putin said ...")."""

    name: str
    country: str
    sector: str


@dataclass(frozen=True)
class Holding:
    """A noun for something an actor holds or is made of, which stands for that actor.

    ``kind``: facility ("camp", "headquarters"), vehicle ("tanker"), collective ("groups",
    "coalition"), document ("report", "resolution": "a UN resolution demanded" -> IGOUNO) —
    coded from the modifier that names the holder ("an army camp" -> MIL);
    place ("town", "enclave") — coded only when the caller puts it in an actor role.
    ``sector`` is the holder's sector when the modifier names only a country ("an Iranian
    base" -> MIL, "a Yemeni school bus" -> CVL); empty leaves the country alone.
    """

    kind: str
    sector: str | None = None

    @property
    def place(self) -> bool:
        return self.kind == "place"


_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"\s*'s?$")
_LEADING_THE = re.compile(r"^(?:the|The) ")


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = _SPACES.sub(" ", text).strip()
    text = _POSSESSIVE_END.sub("", text)
    return _LEADING_THE.sub("", text)


def _case_sensitive(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return "." in text or (len(letters) <= 5 and text.isupper())


def key(text: str) -> tuple[bool, str]:
    """The lookup key of a surface form: (case-sensitive?, normalised text)."""
    cleaned = _clean(text)
    if _case_sensitive(cleaned):
        return True, cleaned
    return False, cleaned.lower()


def _rows(name: str) -> Iterator[dict[str, str]]:
    path: Path = data.path(name)
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t")


class _Index(Generic[V]):
    """Surface form -> value, with case-sensitive acronyms and case-free words."""

    def __init__(self) -> None:
        self._exact: dict[str, list[V]] = {}
        self._folded: dict[str, list[V]] = {}

    def add(self, text: str, value: V) -> None:
        sensitive, normal = key(text)
        table = self._exact if sensitive else self._folded
        table.setdefault(normal, []).append(value)

    def get(self, text: str) -> list[V]:
        cleaned = _clean(text)
        return self._exact.get(cleaned) or self._folded.get(cleaned.lower()) or []


class Gazetteer:
    """Countries, capitals, demonyms, organisations and sector nouns."""

    def __init__(
        self,
        countries: list[CountryForm],
        organisations: dict[str, Organisation],
        sectors: dict[str, SectorTerm],
        holdings: dict[str, Holding] | None = None,
        leaders: dict[str, Leader] | None = None,
    ) -> None:
        self._countries: _Index[CountryForm] = _Index()
        for form in countries:
            self._countries.add(form.text, form)
        self._organisations: _Index[Organisation] = _Index()
        for text, organisation in organisations.items():
            self._organisations.add(text, organisation)
        self._sectors = {_clean(text).lower(): term for text, term in sectors.items()}
        self._holdings = {_clean(text).lower(): held for text, held in (holdings or {}).items()}
        self._leaders = dict(leaders or {})
        forms = [form.text for form in countries] + list(organisations) + list(sectors)
        self.max_words = max(len(form.split()) for form in forms) + 2

    @classmethod
    def load(cls) -> Gazetteer:
        return cls(
            _load_countries(),
            _load_organisations(),
            _load_sectors(),
            _load_holdings(),
            _load_leaders(),
        )

    def forms(self, text: str) -> list[CountryForm]:
        """Every country form spelled ``text`` (usually one)."""
        return list(self._countries.get(text))

    def _country_of(self, text: str, kinds: frozenset[str]) -> str | None:
        for form in self._countries.get(text):
            if form.kind in kinds:
                return form.iso3
        return None

    def country(self, text: str) -> str | None:
        """ "North Korea" / "DPRK" / "N.Korea" -> "PRK"."""
        return self._country_of(text, frozenset({"name", "alias"}))

    def capital_country(self, text: str) -> str | None:
        """ "Pyongyang" -> "PRK"; also seats of government ("the Kremlin" -> "RUS")."""
        return self._country_of(text, frozenset({"capital", "seat"}))

    def demonym_country(self, text: str) -> str | None:
        """ "Japanese" -> "JPN"."""
        return self._country_of(text, frozenset({"demonym"}))

    def organisation(self, text: str) -> Organisation | None:
        """ "UN" -> IGO/UNO, "Red Cross" -> a national NGO."""
        found = self._organisations.get(text)
        return found[0] if found else None

    def sector_term(self, text: str) -> SectorTerm | None:
        cleaned = _clean(text).lower()
        term = self._sectors.get(cleaned)
        if term is None and cleaned.endswith("s"):
            term = self._sectors.get(cleaned[:-1])
        return term

    def holding(self, text: str) -> Holding | None:
        """ "camp" / "school buses" -> what the noun is and its holder's default sector."""
        return self._holdings.get(_clean(text).lower())

    def leader(self, name: str) -> Leader | None:
        """ "Vladimir Putin" / "Putin" -> RUS GOV: the full name, else the surname when the
        table lists it alone (surnames two leaders share are listed only in full), with or
        without its Arabic article ("Nuri al-Maliki" -> "Maliki": given names are spelt in
        many ways, the surname less so)."""
        words = name.replace("\u2019", "'").split()
        if not words:
            return None
        surname = words[-1]
        return (
            self._leaders.get(" ".join(words))
            or self._leaders.get(surname)
            or self._leaders.get(_ARABIC_ARTICLE.sub("", surname))
        )

    def sector(self, noun: str) -> str | None:
        """ "minister" -> GOV, "army" -> MIL, "police" -> COP."""
        term = self.sector_term(noun)
        return term.sector if term else None


def _load_countries() -> list[CountryForm]:
    return [_country_form(row, row["kind"]) for row in _rows("countries.tsv")] + [
        _country_form(row, "region") for row in _rows("regions.tsv") if row["kind"] != "disputed"
    ]


def _country_form(row: dict[str, str], kind: str) -> CountryForm:
    """A row of countries.tsv or regions.tsv (region names and adjectives: kind region;
    disputed areas are left out, see data/SOURCES.md)."""
    return CountryForm(
        iso3=row["iso3"],
        kind=kind,
        text=row["text"],
        requires=tuple(code for code in (row.get("requires") or "").split("|") if code),
    )


def _load_organisations() -> dict[str, Organisation]:
    table: dict[str, Organisation] = {}
    for row in _rows("organisations.tsv"):
        country = row["country"] or None
        table[row["text"]] = Organisation(
            name=row["name"],
            country=None if country == NATIONAL else country,
            org=row["org"] or None,
            sector=row["sector"] or None,
        )
    return table


def _load_sectors() -> dict[str, SectorTerm]:
    return {
        row["text"]: SectorTerm(row["sector"], row["kind"], row.get("country") or None)
        for row in _rows("sectors.tsv")
    }


def _load_leaders() -> dict[str, Leader]:
    return {
        row["text"]: Leader(row["name"], row["country"], row["sector"])
        for row in _rows("persons.tsv")
    }


def _load_holdings() -> dict[str, Holding]:
    return {
        row["text"]: Holding(row["kind"], row["sector"] or None) for row in _rows("holdings.tsv")
    }


__all__ = ["CountryForm", "Gazetteer", "Holding", "Leader", "Organisation", "SectorTerm", "key"]
