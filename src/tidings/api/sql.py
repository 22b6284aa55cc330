"""WHERE clauses for the event filters, always with bound parameters (never formatted values)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tidings.api.params import Filters, PageRequest

NO_DATE = "0001-01-01"


@dataclass(frozen=True)
class Table:
    """How one events table names the columns the filters use."""

    name: str
    key: str
    cameo_root: str
    text_search: str
    country: str  # a clause with two parameters: the country as source or as target


REAL_EVENTS = Table(
    name="real_events",
    key="real_event_id",
    cameo_root="left(cameo, 2)",
    text_search=(
        "(sentence ILIKE ? ESCAPE '\\' OR real_event_id IN "
        "(SELECT real_event_id FROM mentions WHERE sentence ILIKE ? ESCAPE '\\'))"
    ),
    country="(actor_a = ? OR actor_b = ?)",
)
MENTIONS = Table(
    name="mentions",
    key="mention_id",
    cameo_root="cameo_root",
    text_search="sentence ILIKE ? ESCAPE '\\'",
    country="(source_country = ? OR target_country = ?)",
)


@dataclass
class Where:
    clauses: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "TRUE"


def like_pattern(text: str) -> str:
    """A case-insensitive 'contains' pattern with LIKE's wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where(table: Table, f: Filters) -> Where:
    w = Where()
    if f.dyad:
        w.add("dyad = ?", f.dyad)
    if f.country:
        w.add(table.country, f.country, f.country)
    if f.actor:
        pattern = like_pattern(f.actor)
        w.add(
            "(starts_with(source_code, ?) OR starts_with(target_code, ?)"
            " OR source_name ILIKE ? ESCAPE '\\' OR target_name ILIKE ? ESCAPE '\\')",
            f.actor.upper(),
            f.actor.upper(),
            pattern,
            pattern,
        )
    if f.cameo_root:
        w.add(f"{table.cameo_root} = ?", f.cameo_root)
    if f.plover:
        w.add("plover = ?", f.plover)
    if f.quad_class:
        w.add("quad_class = ?", f.quad_class)
    if f.since:
        w.add("coalesce(date_end, sort_date) >= ?", f.since)
    if f.until:
        w.add("sort_date <= ?", f.until)
    if f.place:
        w.add(
            "(place_name ILIKE ? ESCAPE '\\' OR place_country = ?)",
            like_pattern(f.place),
            f.place.upper(),
        )
    if f.q:
        pattern = like_pattern(f.q)
        w.add(table.text_search, *([pattern] * table.text_search.count("?")))
    return w


def paged(table: Table, w: Where, page: PageRequest) -> tuple[str, list[object]]:
    """Keyset paging on (sort_date, key): the WHERE tail and ORDER/LIMIT, with parameters."""
    clauses, params = list(w.clauses), list(w.params)
    if page.after:
        day, key = page.after
        clauses.append(f"(sort_date > ? OR (sort_date = ? AND {table.key} > ?))")
        params.extend([day, day, key])
    condition = " AND ".join(clauses) if clauses else "TRUE"
    tail = f"WHERE {condition} ORDER BY sort_date, {table.key} LIMIT ?"
    params.append(page.limit + 1)
    return tail, params
