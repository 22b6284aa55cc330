"""CAMEO and PLOVER: event codes, Goldstein weights, quad classes and the mapping between them.

Loaded once from ``data/cameo.tsv``, ``data/plover.tsv`` and ``data/plover_types.tsv`` and
passed to the stages that need it. Unknown codes fall back to their nearest known parent
("1839" -> "183" -> "18").
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tidings.data import path
from tidings.model import Action

# 5-way classes used by evaluation sets (and CAMEO's quad classes 1-4 plus statements).
STATEMENT, VERBAL_COOP, MATERIAL_COOP, VERBAL_CONFLICT, MATERIAL_CONFLICT = range(5)
YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})


class UnknownCode(KeyError):
    """A CAMEO code or PLOVER type the ontology does not know, even through its parents."""


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover: str
    plover_mode: str | None


@dataclass(frozen=True)
class PloverType:
    name: str
    penta: int
    default_cameo: str
    gloss: str


def _rows(file: Path) -> Iterator[dict[str, str]]:
    with file.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _quad_of_root(root: int) -> int:
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


class Ontology:
    """CAMEO codes (2-, 3- and 4-digit) with names and weights, and their PLOVER type and mode."""

    def __init__(self, codes: dict[str, CameoCode], types: dict[str, PloverType]) -> None:
        self._codes = codes
        self._types = types

    @classmethod
    def load(cls) -> Ontology:
        plover = {row["cameo"]: row for row in _rows(path("plover.tsv"))}
        codes: dict[str, CameoCode] = {}
        for row in _rows(path("cameo.tsv")):
            code = row["code"]
            mapped = plover.get(code) or plover[code[:2]]
            codes[code] = CameoCode(
                code=code,
                name=row["name"],
                goldstein=float(row["goldstein"]),
                plover=mapped["plover"],
                plover_mode=mapped["mode"] or None,
            )
        types = {
            row["plover"]: PloverType(
                row["plover"], int(row["penta"]), row["default_cameo"], row["gloss"]
            )
            for row in _rows(path("plover_types.tsv"))
        }
        return cls(codes, types)

    # --- CAMEO -------------------------------------------------------------------------
    def is_code(self, cameo: str) -> bool:
        """True for a code CAMEO defines exactly (no fallback to a parent)."""
        return cameo in self._codes

    def resolve(self, cameo: str) -> str:
        """The nearest known code: the code itself or its closest parent."""
        code = cameo.strip()
        while code and code not in self._codes:
            code = code[:-1]
        if len(code) < 2:
            raise UnknownCode(cameo)
        return code

    def entry(self, cameo: str) -> CameoCode:
        return self._codes[self.resolve(cameo)]

    def codes(self) -> list[str]:
        return list(self._codes)

    def cameo_name(self, cameo: str) -> str:
        return self.entry(cameo).name

    def goldstein(self, cameo: str) -> float:
        return self.entry(cameo).goldstein

    def quad_class(self, cameo: str) -> int:
        """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
        return _quad_of_root(int(self.resolve(cameo)[:2]))

    def penta(self, cameo: str) -> int:
        """5-way class: 0 statement (CAMEO 01), otherwise the class of the code's PLOVER type.

        Differs from ``quad_class`` only where PLOVER regroups CAMEO: appeals (02) are
        REQUEST, verbal conflict; violent repression (175) is ASSAULT, as before.
        """
        code = self.resolve(cameo)
        if code.startswith("01") and self.entry(code).plover == "STATEMENT":
            return STATEMENT
        return self.type_penta(self.entry(code).plover)

    # --- PLOVER ------------------------------------------------------------------------
    def plover_of(self, cameo: str) -> tuple[str, str | None]:
        entry = self.entry(cameo)
        return entry.plover, entry.plover_mode

    def plover_types(self) -> list[str]:
        """PLOVER types proper (without STATEMENT and the YIELD union)."""
        return [name for name in self._types if name not in {"STATEMENT", "YIELD"}]

    def is_plover(self, plover: str) -> bool:
        return plover.upper() in self._types

    def default_cameo(self, plover: str) -> str:
        """The CAMEO code used when only the PLOVER type is known: "CONSULT" -> "040"."""
        try:
            return self._types[plover.upper()].default_cameo
        except KeyError:
            raise UnknownCode(plover) from None

    def type_penta(self, plover: str) -> int:
        try:
            return self._types[plover.upper()].penta
        except KeyError:
            raise UnknownCode(plover) from None

    def cameo_for(self, plover: str, cameo: str | None = None) -> str:
        """``cameo`` if it maps to ``plover`` (YIELD: CONCEDE/RETREAT), else the default code."""
        if cameo is not None:
            have = self.plover_of(cameo)[0]
            if have == plover or (plover == "YIELD" and have in YIELD_TYPES):
                return self.resolve(cameo)
        return self.default_cameo(plover)

    # --- Actions -----------------------------------------------------------------------
    def action(self, cameo: str, plover_mode: str | None = None) -> Action:
        """The full coded action for a CAMEO code; ``plover_mode`` overrides the code's mode.

        A bare root ("04") is coded as its residual 3-digit code ("040").
        """
        code = self.resolve(cameo)
        if len(code) == 2 and code + "0" in self._codes:
            code += "0"
        entry = self._codes[code]
        return Action(
            cameo=entry.code,
            plover=entry.plover,
            plover_mode=plover_mode if plover_mode is not None else entry.plover_mode,
            goldstein=entry.goldstein,
            quad_class=self.quad_class(entry.code),
        )

    def action_for_type(self, plover: str, cameo: str | None = None) -> Action:
        """An action of PLOVER type ``plover``, keeping ``cameo`` when it is consistent with it."""
        return self.action(self.cameo_for(plover, cameo))


def yield_type(plover: str) -> str:
    """Collapse CONCEDE and RETREAT into YIELD, as the PLOVER pairs evaluation set does."""
    return "YIELD" if plover in YIELD_TYPES else plover


__all__ = ["CameoCode", "Ontology", "PloverType", "UnknownCode", "yield_type"]
