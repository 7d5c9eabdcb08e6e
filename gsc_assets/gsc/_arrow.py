"""API rows to typed Arrow tables, column by column (no per-row objects beyond what orjson already made).

Measured on this machine (25,000-row pages of query_page): orjson parse about 2 us per row, table build about
1 us per row; benchmarks/bench_client.py reports the figure for whole runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from .. import model
from ._reports import ReportSpec
from ._rules import ALL_DEVICES

__all__ = ["empty_table", "report_schema", "rows_by_date", "rows_to_table"]

HOUR_TYPE = model.KEY_COLUMNS["hour"].arrow
_SCHEMAS: dict[tuple[str, ...], pa.Schema] = {}


def report_schema(spec: ReportSpec) -> pa.Schema:
    """The model's columns of the report: site_url, date, search_type, its key columns, then the metrics."""
    schema = _SCHEMAS.get(spec.column_names)
    if schema is None:
        schema = _SCHEMAS[spec.column_names] = model.arrow_schema(spec.column_names)
    return schema


def empty_table(spec: ReportSpec) -> pa.Table:
    return report_schema(spec).empty_table()


def _hour_instants(keys: pa.Array) -> pa.Array:
    """Hour keys (2026-11-01T01:00:00-07:00) as UTC instants: each key's own offset decides, so the fall-back
    day's two 01:00 hours stay 25 distinct hours. A key without an offset raises pa.ArrowInvalid rather than
    being guessed as some local time."""
    return keys.cast(HOUR_TYPE)


def _counts(values: list[Any]) -> pa.Array:
    # orjson gives ints for "3" and floats for "3.0"; both are whole numbers of clicks/impressions.
    try:
        return pa.array(values, pa.int64())
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        return pa.array([round(v) for v in values], pa.int64())


def rows_to_table(
    rows: Sequence[dict[str, Any]], *, spec: ReportSpec, site_url: str, date: dt.date, search_type: str
) -> pa.Table:
    """One day's API rows (keys in the order of `spec.row_dimensions`) as a table of `report_schema(spec)`.

    Raises KeyError/IndexError/TypeError/pa.ArrowInvalid on rows of the wrong shape (the caller maps those).
    """
    n = len(rows)
    schema = report_schema(spec)
    if n == 0:
        return schema.empty_table()
    constants = (site_url, date, search_type)
    columns: list[pa.Array] = [
        pa.repeat(pa.scalar(value, column.arrow), n)
        for column, value in zip(model.PARTITION_COLUMNS, constants, strict=True)
    ]
    sent = spec.row_dimensions(search_type)
    key_dims = [d for d in spec.dimensions if d != "date"]
    if key_dims:
        keys = [r["keys"] for r in rows]
        width = len(sent)
        if any(len(k) != width for k in keys):
            raise ValueError(f"rows carry keys of the wrong length (expected {width})")
        for dim in key_dims:
            if dim not in sent:  # a dimension Google refuses for this type (Discover's device): see _rules
                columns.append(pa.repeat(pa.scalar(ALL_DEVICES, pa.string()), n))
                continue
            i = sent.index(dim)
            values = pa.array([k[i] for k in keys], pa.string())
            if dim == "hour":
                values = _hour_instants(values)
            columns.append(values)
    for column in model.METRIC_COLUMNS:  # the API's row fields carry the metrics' column names
        values = [r[column.name] for r in rows]
        columns.append(_counts(values) if pa.types.is_integer(column.arrow) else pa.array(values, column.arrow))
    return pa.Table.from_arrays(columns, schema=schema)


def rows_by_date(rows: Sequence[dict[str, Any]], *, date_index: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Group the rows of a multi-day answer by their date key (windowed reports have few rows per day)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row["keys"][date_index], []).append(row)
    return out
