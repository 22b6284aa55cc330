"""The actor registry: named persons seen in stored mentions, with their aliases, country,
role and the dates they were first and last seen in that role.

One registry row per (name, country, role); a mention that names the person without a
role counts toward the role they are most often given: "Song Il-Ho, PRK, ambassador" seen from
2014-03-30. Aliases are the other surface forms the coder resolved to the same person
("Song"). The registry is rebuilt for the touched names inside each store write, so it is
always consistent with the mentions table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import duckdb

REFRESH_SQL = """
INSERT INTO actors
SELECT md5(concat_ws('|', name, coalesce(country, ''), coalesce(role, '')))[:16],
       name, country, any_value(sector ORDER BY sector NULLS LAST),
       any_value(code ORDER BY code NULLS LAST), role,
       list_sort(list_distinct(list(surface) FILTER (WHERE surface IS DISTINCT FROM name))),
       min(seen), max(seen), count(*)
FROM (
    SELECT name, country, sector, code, surface, seen,
           coalesce(role, mode(role) OVER (PARTITION BY name, country)) AS role
    FROM (
    SELECT source_name AS name, source_country AS country, source_sector AS sector,
           source_code AS code, source_role AS role, source_text AS surface,
           coalesce(date_start, published) AS seen
    FROM mentions WHERE source_name = ?
    UNION ALL
    SELECT target_name, target_country, target_sector, target_code, target_role, target_text,
           coalesce(date_start, published)
    FROM mentions WHERE target_name = ?
    )
)
GROUP BY name, country, role
"""


@dataclass(frozen=True)
class Person:
    actor_id: str
    name: str
    country: str | None
    sector: str | None
    code: str | None
    role: str | None
    aliases: tuple[str, ...]
    first_seen: date | None
    last_seen: date | None
    mentions: int


PERSON_COLUMNS = (
    "actor_id, name, country, sector, code, role, aliases, first_seen, last_seen, n_mentions"
)


def refresh_actors(con: duckdb.DuckDBPyConnection, names: Iterable[str]) -> None:
    """Rebuild the registry rows of ``names`` from the mentions (caller holds the transaction)."""
    for name in sorted(set(names)):
        con.execute("DELETE FROM actors WHERE name = ?", [name])
        con.execute(REFRESH_SQL, [name, name])


def _person(row: tuple) -> Person:
    values = list(row)
    values[6] = tuple(values[6] or ())
    return Person(*values)


class ActorRegistry:
    """Read access to the registry of a store's connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def persons(self, country: str | None = None, name: str | None = None) -> list[Person]:
        rows = self.con.execute(
            f"""SELECT {PERSON_COLUMNS} FROM actors
                WHERE (? IS NULL OR country = ?)
                  AND (? IS NULL OR name ILIKE ? OR list_contains(aliases, ?))
                ORDER BY first_seen NULLS LAST, name""",
            [country, country, name, f"%{name}%" if name else None, name],
        ).fetchall()
        return [_person(row) for row in rows]

    def lookup(self, surface: str, on: date | None = None) -> Person | None:
        """The person a surface form ("Song", "Song Il-Ho") most likely names, preferring one
        seen in that role around ``on``; None when unknown."""
        rows = self.con.execute(
            f"""SELECT {PERSON_COLUMNS} FROM actors
                WHERE name = ? OR list_contains(aliases, ?)
                ORDER BY (name = ?) DESC,
                         CASE WHEN ? IS NULL THEN 0
                              WHEN ? BETWEEN first_seen AND last_seen THEN 0 ELSE 1 END,
                         n_mentions DESC, last_seen DESC NULLS LAST, actor_id""",
            [surface, surface, surface, on, on],
        ).fetchall()
        return _person(rows[0]) if rows else None
