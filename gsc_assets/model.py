"""The table model: every column of a daily report table and every default report, defined once.

The client (`gsc_assets.gsc`), the warehouse (`gsc_assets.warehouse`) and the Dagster glue all derive their
schemas, casts, DDL and names from here; it imports only pyarrow so that neither pure package reaches the other
or Dagster through it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

import pyarrow as pa

__all__ = [
    "COLUMNS",
    "DEFAULT_REPORTS",
    "HOURLY_REPORT",
    "HOURLY_SEARCH_TYPES",
    "KEY_COLUMNS",
    "LIFETIME_KEYS",
    "METRIC_COLUMNS",
    "PARTITION_COLUMNS",
    "STATE_COLUMNS",
    "Column",
    "DefaultReport",
    "arrow_schema",
    "asset_key_path",
    "default_report",
    "key_column",
    "report_columns",
    "staged_schema",
    "table_columns",
    "table_name",
]

Role = Literal["partition", "key", "metric", "state"]

#: The Arrow type DuckDB returns for each type staging casts to (a TIMESTAMPTZ comes back in microseconds).
DUCKDB_ARROW: Mapping[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "DATE": pa.date32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "TIMESTAMPTZ": pa.timestamp("us", tz="UTC"),
}


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a report table as every layer sees it.

    ``postgres`` is its type in the view analysts read, ``arrow`` in the client's tables, ``duckdb`` the type
    staging casts to; ``dimension`` is the Search Analytics API's name for it (None: not an API dimension).
    """

    name: str
    role: Role
    postgres: str
    arrow: pa.DataType
    duckdb: str
    description: str
    dimension: str | None = None

    @property
    def staged_arrow(self) -> pa.DataType:
        """The type of the column in staged (and then prepared) tables: what DuckDB hands back."""
        return DUCKDB_ARROW[self.duckdb]


def _text_key(name: str, dimension: str | None) -> Column:
    return Column(name, "key", "text", pa.string(), "VARCHAR", f"Dimension {name}", dimension)


PARTITION_COLUMNS: tuple[Column, ...] = (
    Column("site_url", "partition", "text", pa.string(), "VARCHAR", "Search Console property"),
    Column("date", "partition", "date", pa.date32(), "DATE", "Reporting day (Pacific time)", "date"),
    Column(
        "search_type", "partition", "text", pa.string(), "VARCHAR", "web, image, video, news, discover or googleNews"
    ),
)
#: Key columns by name, in the API's dimension order. A key not listed here (a table staged by hand) is text.
KEY_COLUMNS: Mapping[str, Column] = {
    c.name: c
    for c in (
        _text_key("query", "query"),
        _text_key("page", "page"),
        _text_key("country", "country"),
        _text_key("device", "device"),
        _text_key("search_appearance", "searchAppearance"),
        # An instant, not a wall clock: the fall-back day has two 01:00 hours (Pacific).
        Column("hour", "key", "timestamptz", pa.timestamp("s", tz="UTC"), "TIMESTAMPTZ", "Dimension hour", "hour"),
    )
}
METRIC_COLUMNS: tuple[Column, ...] = (
    Column("clicks", "metric", "bigint", pa.int64(), "BIGINT", "Clicks (sum)"),
    Column("impressions", "metric", "bigint", pa.int64(), "BIGINT", "Impressions (sum)"),
    Column(
        "ctr",
        "metric",
        "double precision",
        pa.float64(),
        "DOUBLE",
        "Click-through rate as Google reports it for the row",
    ),
    Column("position", "metric", "double precision", pa.float64(), "DOUBLE", "Average position, impression-weighted"),
)
#: Facts of the load rather than of Google's rows: not in the client's tables.
STATE_COLUMNS: tuple[Column, ...] = (
    Column("data_state", "state", "text", pa.string(), "VARCHAR", "final, or fresh (re-fetched once final)"),
    Column(
        "loaded_at",
        "state",
        "timestamptz",
        pa.timestamp("us", tz="UTC"),
        "TIMESTAMPTZ",
        "When the partition was last replaced",
    ),
)
COLUMNS: tuple[Column, ...] = (*PARTITION_COLUMNS, *KEY_COLUMNS.values(), *METRIC_COLUMNS, *STATE_COLUMNS)


def key_column(name: str) -> Column:
    return KEY_COLUMNS.get(name) or _text_key(name, None)


def report_columns(key_columns: Iterable[str]) -> tuple[Column, ...]:
    """The columns of a report's rows, as fetched and staged: partition, keys, metrics."""
    return (*PARTITION_COLUMNS, *map(key_column, key_columns), *METRIC_COLUMNS)


def table_columns(key_columns: Iterable[str]) -> tuple[Column, ...]:
    """The columns analysts read in ``gsc.<table>``: a report's columns, then the load's state."""
    return (*report_columns(key_columns), *STATE_COLUMNS)


def arrow_schema(key_columns: Iterable[str]) -> pa.Schema:
    """The client's table schema (no nulls anywhere)."""
    return pa.schema([pa.field(c.name, c.arrow, nullable=False) for c in report_columns(key_columns)])


def staged_schema(key_columns: Iterable[str]) -> pa.Schema:
    """The schema staging writes (DuckDB's types for the casts) and the warehouse types its input to."""
    return pa.schema([pa.field(c.name, c.staged_arrow) for c in report_columns(key_columns)])


#: Lifetime statistics kind -> its key columns (besides site_url and search_type).
LIFETIME_KEYS: Mapping[str, tuple[str, ...]] = {"query_page": ("query", "page"), "page": ("page",)}


@dataclass(frozen=True, slots=True, kw_only=True)
class DefaultReport:
    """A default report (a `GSC_REPORTS` name): what Google is asked and where its rows go.

    ``lifetime`` names the lifetime statistics fed by its table (a key of LIFETIME_KEYS); ``small`` tables hold a
    few rows per site and day and stay unpartitioned; an ``hourly`` report's table is named after the report itself
    and is fetched by its own asset, never by the daily one.
    """

    name: str
    dimensions: tuple[str, ...]
    aggregation_type: str = "auto"
    lifetime: str | None = None
    small: bool = False
    hourly: bool = False

    @property
    def table(self) -> str:
        return self.name if self.hourly else f"{self.name}_daily"

    @property
    def asset_key(self) -> tuple[str, ...]:
        return ("gsc", self.table)

    @property
    def key_columns(self) -> tuple[str, ...]:
        return tuple(_COLUMN_BY_DIMENSION[d].name for d in self.dimensions if d != "date")

    @property
    def lifetime_table(self) -> str | None:
        return f"lifetime_{self.lifetime}" if self.lifetime else None


_COLUMN_BY_DIMENSION = {c.dimension: c for c in COLUMNS if c.dimension}

#: Adding a default report is adding a line here (the client builds its ReportSpec from it).
DEFAULT_REPORTS: tuple[DefaultReport, ...] = (
    DefaultReport(name="property", dimensions=("date",), aggregation_type="byProperty", small=True),
    DefaultReport(
        name="page", dimensions=("date", "page", "country", "device"), aggregation_type="byPage", lifetime="page"
    ),
    DefaultReport(name="query", dimensions=("date", "query", "country", "device")),
    DefaultReport(name="query_page", dimensions=("date", "query", "page", "country", "device"), lifetime="query_page"),
    DefaultReport(name="appearance", dimensions=("date", "searchAppearance"), small=True),
)
#: Property totals per hour (GSC_HOURLY): Google keeps them about ten days. Not a GSC_REPORTS name; its own asset.
HOURLY_REPORT = DefaultReport(
    name="property_hourly", dimensions=("date", "hour"), aggregation_type="byProperty", small=True, hourly=True
)
#: The types of Search results, where Search Console shows its "24 hours" view; Discover and Google News have no
#: hourly view, so no hourly request is sent for them.
HOURLY_SEARCH_TYPES = ("web", "image", "video", "news")
_BY_NAME = {r.name: r for r in (*DEFAULT_REPORTS, HOURLY_REPORT)}


def default_report(name: str) -> DefaultReport | None:
    return _BY_NAME.get(name)


def table_name(report_name: str) -> str:
    """``<name>_daily`` for a default report; a custom report's table is ``custom_<name>`` (no clash possible)."""
    report = _BY_NAME.get(report_name)
    return report.table if report else f"custom_{report_name}"


def asset_key_path(report_name: str) -> tuple[str, ...]:
    return ("gsc", table_name(report_name))
