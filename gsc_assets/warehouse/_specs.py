"""Value objects shared by the warehouse modules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .. import model

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
METRIC_COLUMNS = tuple(c.name for c in model.METRIC_COLUMNS)
PREFIX_COLUMNS = tuple(c.name for c in model.PARTITION_COLUMNS)
STATE_COLUMNS = tuple(c.name for c in model.STATE_COLUMNS)
RESERVED_COLUMNS = frozenset(PREFIX_COLUMNS + METRIC_COLUMNS + STATE_COLUMNS)
#: Key columns stored as timestamptz; every other key column is text.
TIMESTAMP_KEYS = frozenset(c.name for c in model.KEY_COLUMNS.values() if c.postgres == "timestamptz")
#: Tables small enough to stay unpartitioned (one row per site, day and type, or per appearance).
SMALL_TABLES = frozenset(r.table for r in (*model.DEFAULT_REPORTS, model.HOURLY_REPORT) if r.small)
#: Tables of hourly rows: loaded by fetches of their own, so they never count as a daily partition being loaded.
HOURLY_TABLES = frozenset({model.HOURLY_REPORT.table})
#: Daily tables feeding the lifetime statistics: table name -> (delta kind, lifetime key columns).
LIFETIME_SOURCES: Mapping[str, tuple[str, tuple[str, ...]]] = {
    r.table: (r.lifetime, model.LIFETIME_KEYS[r.lifetime]) for r in model.DEFAULT_REPORTS if r.lifetime
}
#: Daily table -> the lifetime table it feeds.
LIFETIME_TABLES: Mapping[str, str] = {r.table: r.lifetime_table for r in model.DEFAULT_REPORTS if r.lifetime_table}
#: Metrics the view derives instead of storing (ctr is clicks / impressions).
DERIVED_COLUMNS = frozenset({"ctr"})
#: The metrics storage keeps, in order.
STORED_METRICS = tuple(m for m in METRIC_COLUMNS if m not in DERIVED_COLUMNS)
#: The load's state as storage keeps it in every row: ``final`` (data_state = 'final'; one byte, placed before the
#: metrics where alignment padding would be) and ``loaded_at`` (the load transaction's start, as in the ledger).
#: In the rows, not joined from the ledger: that join cost every analyst query its planning (benchmarks/NOTES.md).
FINAL_COLUMN = "final"
LOADED_AT_COLUMN = "loaded_at"
#: Longest table name, so that partition and index names stay within Postgres' 63 bytes.
MAX_TABLE_NAME = 40

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class TableSpec:
    """A daily report table ``gsc.<name>``: site_url, date, search_type, the key columns, then the metrics.

    Rows are unique on ``primary_key`` (checked before every load; the storage has no such index). Big tables are
    range-partitioned by month;
    ``partitioned`` defaults to True except for the model's small tables and tables whose only key is
    search_appearance. Column names and types come from `gsc_assets.model`.
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
        """Every column of the view ``gsc.<name>``, in order."""
        return tuple(c.name for c in model.table_columns(self.key_columns))

    @property
    def primary_key(self) -> tuple[str, ...]:
        """The columns that identify a row (unique per table; checked before every load)."""
        return PREFIX_COLUMNS + self.key_columns

    @property
    def storage(self) -> str:
        """The table holding the rows; ``gsc.<name>`` is the view over it that readers use."""
        return f"{self.name}_data"

    @property
    def stored_columns(self) -> tuple[str, ...]:
        """Every column of the storage table, in order: the report's columns without derived metrics, ``final``
        before the metrics, ``loaded_at`` last."""
        return (*PREFIX_COLUMNS, *self.key_columns, FINAL_COLUMN, *STORED_METRICS, LOADED_AT_COLUMN)


DEFAULT_TABLE_SPECS: tuple[TableSpec, ...] = tuple(TableSpec(r.table, r.key_columns) for r in model.DEFAULT_REPORTS)


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
