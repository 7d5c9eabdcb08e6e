"""Value objects shared by the warehouse modules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "DATA_STATES",
    "DEFAULT_TABLE_SPECS",
    "LIFETIME_SOURCES",
    "LoadResult",
    "METRIC_COLUMNS",
    "TableSpec",
]

SCHEMA = "gsc"
DATA_STATES = ("final", "fresh")
METRIC_COLUMNS = ("clicks", "impressions", "ctr", "position")
PREFIX_COLUMNS = ("site_url", "date", "search_type")
RESERVED_COLUMNS = frozenset(PREFIX_COLUMNS + METRIC_COLUMNS + ("data_state", "loaded_at"))
#: Key columns stored as timestamptz; every other key column is text.
TIMESTAMP_KEYS = frozenset({"hour"})
#: Tables small enough to stay unpartitioned (one row per site, day and type, or per appearance).
SMALL_TABLES = frozenset({"property_daily", "appearance_daily"})
#: Daily tables feeding the lifetime statistics: table name -> (delta kind, lifetime key columns).
LIFETIME_SOURCES: Mapping[str, tuple[str, tuple[str, ...]]] = {
    "query_page_daily": ("query_page", ("query", "page")),
    "page_daily": ("page", ("page",)),
}
#: Longest table name, so that partition and index names stay within Postgres' 63 bytes.
MAX_TABLE_NAME = 40

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class TableSpec:
    """A daily report table ``gsc.<name>``: site_url, date, search_type, the key columns, then the metrics.

    The primary key is (site_url, date, search_type, *key_columns). Big tables are range-partitioned by month;
    ``partitioned`` defaults to True except for property_daily, appearance_daily and tables whose only key is
    search_appearance.
    """

    name: str
    key_columns: tuple[str, ...]
    partitioned: bool | None = field(default=None, kw_only=True, compare=False)

    def __post_init__(self) -> None:
        if not _NAME.match(self.name) or len(self.name) > MAX_TABLE_NAME:
            raise ValueError(f"table name {self.name!r}: want [a-z][a-z0-9_]*, at most {MAX_TABLE_NAME} chars")
        object.__setattr__(self, "key_columns", tuple(self.key_columns))
        for column in self.key_columns:
            if not _NAME.match(column) or column in RESERVED_COLUMNS:
                raise ValueError(f"table {self.name}: bad key column {column!r}")
        if len(set(self.key_columns)) != len(self.key_columns):
            raise ValueError(f"table {self.name}: duplicate key columns {self.key_columns}")

    @property
    def is_partitioned(self) -> bool:
        if self.partitioned is not None:
            return self.partitioned
        return self.name not in SMALL_TABLES and not set(self.key_columns) <= {"search_appearance"}

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column in table order."""
        return PREFIX_COLUMNS + self.key_columns + METRIC_COLUMNS + ("data_state", "loaded_at")

    @property
    def primary_key(self) -> tuple[str, ...]:
        return PREFIX_COLUMNS + self.key_columns


DEFAULT_TABLE_SPECS: tuple[TableSpec, ...] = (
    TableSpec("property_daily", ()),
    TableSpec("page_daily", ("page", "country", "device")),
    TableSpec("query_daily", ("query", "country", "device")),
    TableSpec("query_page_daily", ("query", "page", "country", "device")),
    TableSpec("appearance_daily", ("search_appearance",)),
)


@dataclass(frozen=True, kw_only=True)
class LoadResult:
    """What one ``Warehouse.load_partition`` call wrote (all in one committed transaction)."""

    site_url: str
    date: dt.date
    data_state: str
    run_id: str
    load_id: int
    rows: Mapping[str, int]
    """rows written per table name"""
    deleted: Mapping[str, int]
    """rows replaced per table name"""
    seconds: float
    copy_seconds: float

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())
