"""Arrow side of a load: validate and type the rows, then encode them as a PostgreSQL binary COPY stream.

The encoder never loops over rows in Python: fixed-width fields are laid out with numpy, variable-width text is
joined element-wise by Arrow's C++ kernels, and the stream is the data buffer of the joined array.
"""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .. import model
from ._errors import ValidationError
from ._specs import LOADED_AT_COLUMN, TableSpec

__all__ = [
    "COPY_HEADER",
    "COPY_TRAILER",
    "DELTA_COLUMNS",
    "copy_columns",
    "encode_binary",
    "encode_copy",
    "encode_lifetime_delta",
    "prepare_table",
]

COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
COPY_TRAILER = struct.pack("!h", -1)
#: Rows per encoded chunk: keeps Arrow's 32-bit binary offsets far from overflow and memory flat. A chunk is a few
#: MB (about 250 bytes a row); a larger one only grows the transient copies of a load, not its speed (16k rows
#: encode as fast as 128k, measured on 200k query_page rows).
CHUNK_ROWS = 16_384

#: How far a row's ctr may be from clicks / impressions (which the view derives): rounding, not a different value.
CTR_TOLERANCE = 1e-6

_PG_EPOCH_DAYS = 10_957  # 2000-01-01 - 1970-01-01
_PG_EPOCH_US = _PG_EPOCH_DAYS * 86_400 * 1_000_000
_TS_TYPE = pa.timestamp("us", tz="UTC")


def copy_columns(spec: TableSpec) -> tuple[str, ...]:
    """Columns the COPY stream carries, in order: every column of the storage table but loaded_at (its default,
    the load transaction's start, is what the ledger records)."""
    return tuple(c for c in spec.stored_columns if c != LOADED_AT_COLUMN)


def prepare_table(spec: TableSpec, table: pa.Table, *, site_url: str, date: dt.date) -> pa.Table:
    """Check and type one report's rows for (site_url, date); raise ValidationError naming the first problem.

    Returns a table with exactly search_type, the key columns and the four metrics, typed for the encoder.
    """

    def fail(problem: str) -> ValidationError:
        return ValidationError(f"site {site_url}, date {date.isoformat()}, table {spec.name}: {problem}")

    names = set(table.column_names)
    for column, want in (("site_url", site_url), ("date", date)):
        if column in names and table.num_rows:
            values = table.column(column)
            if values.null_count or pc.any(pc.not_equal(values, pa.scalar(want))).as_py():
                raise fail(f"column {column} holds values other than {want}")
    # The report's columns but site_url and date (the same on every row: checked above, not carried).
    targets = {
        c.name: c.staged_arrow for c in model.report_columns(spec.key_columns) if c.name not in ("site_url", "date")
    }
    wanted = list(targets)
    missing = [c for c in wanted if c not in names]
    if missing:
        raise fail(f"missing columns {', '.join(missing)}")
    arrays = []
    for column, target in targets.items():
        values = table.column(column)
        if values.null_count:
            raise fail(f"column {column} has {values.null_count} null values")
        if pa.types.is_timestamp(values.type) and values.type.tz is None and pa.types.is_timestamp(target):
            # Arrow would read it as UTC; it may as well be a Pacific wall clock (two 01:00s on the fall-back day).
            raise fail(f"column {column} holds timestamps without a time zone")
        try:
            values = values.cast(target) if values.type != target else values
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
            raise fail(f"column {column} of type {values.type} does not convert to {target}") from exc
        arrays.append(values)
    typed = pa.table(arrays, names=wanted)
    if not typed.num_rows:
        return typed

    clicks, impressions = typed.column("clicks"), typed.column("impressions")
    ctr, position = typed.column("ctr"), typed.column("position")
    checks = (
        ("negative clicks", pc.less(clicks, 0)),
        ("clicks > impressions", pc.greater(clicks, impressions)),
        ("ctr outside [0, 1]", pc.invert(pc.and_(pc.greater_equal(ctr, 0.0), pc.less_equal(ctr, 1.0)))),
        ("position < 1", pc.invert(pc.greater_equal(position, 1.0))),
        # Google defines ctr as clicks / impressions and the view derives it so; a ctr further from that than
        # rounding explains is not Google's, and storing the ratio would silently change it.
        (
            "ctr other than clicks / impressions",
            pc.greater(pc.abs(pc.subtract(ctr, _ratio(clicks, impressions))), CTR_TOLERANCE),
        ),
    )
    for problem, bad in checks:
        count = pc.sum(pc.cast(bad, pa.int64())).as_py() or 0
        if count:
            first = pc.index(bad, True).as_py()
            row = {c: typed.column(c)[first].as_py() for c in wanted}
            raise fail(f"{problem} in {count} rows, first {row}")
    # Primary-key order: the B-tree then fills page by page (about 1.8x faster COPY than random order,
    # measured in benchmarks/bench_warehouse.py's set-up), and duplicates end up adjacent.
    key = ["search_type", *spec.key_columns]
    typed = typed.sort_by([(c, "ascending") for c in key])
    if typed.num_rows > 1:
        same = None
        for column in key:
            values = typed.column(column)
            equal = pc.equal(values.slice(1), values.slice(0, typed.num_rows - 1))
            same = equal if same is None else pc.and_(same, equal)
        count = pc.sum(pc.cast(same, pa.int64())).as_py() or 0
        if count:
            first = pc.index(same, True).as_py()
            example = {c: typed.column(c)[first].as_py() for c in key}
            raise fail(f"{count} duplicate keys, first {example}")
    return typed


def _ratio(clicks: pa.ChunkedArray, impressions: pa.ChunkedArray) -> pa.ChunkedArray:
    """clicks / impressions as the view computes it (0 where there are no impressions)."""
    shown = pc.cast(impressions, pa.float64())
    ratio = pc.divide(pc.cast(clicks, pa.float64()), pc.if_else(pc.equal(shown, 0.0), 1.0, shown))
    return pc.if_else(pc.equal(shown, 0.0), 0.0, ratio)


def _fixed_binary(block: np.ndarray, width: int) -> pa.Array:
    fixed = pa.FixedSizeBinaryArray.from_buffers(pa.binary(width), len(block), [None, pa.py_buffer(block)])
    return fixed.cast(pa.binary())


_FIXED = {
    "bool": ("?", 1),
    "int2": (">i2", 2),
    "int4": (">i4", 4),
    "int8": (">i8", 8),
    "float8": (">f8", 8),
    "date": (">i4", 4),
    "timestamptz": (">i8", 8),
}


def _constant(kind: str, value: Any) -> bytes:
    """One field (length + bytes) of a value repeated on every row."""
    if value is None:
        return struct.pack("!i", -1)
    if kind == "text":
        raw = str(value).encode()
        return struct.pack("!i", len(raw)) + raw
    if kind == "date":
        value = (value - dt.date(2000, 1, 1)).days
    code, width = _FIXED[kind]
    return struct.pack("!i", width) + np.array([value], dtype=code).tobytes()


def _array_parts(kind: str, values: Any) -> list[pa.Array]:
    if kind == "text":
        values = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
        lengths = pc.binary_length(values).to_numpy(zero_copy_only=False).astype(">i4")
        return [_fixed_binary(lengths, 4), values.cast(pa.binary())]
    code, width = _FIXED[kind]
    block = np.empty(len(values), dtype=np.dtype([("n", ">i4"), ("v", code)]))
    block["n"] = width
    block["v"] = values
    return [_fixed_binary(block, 4 + width)]


def encode_binary(columns: Sequence[tuple[str, Any]], num_rows: int) -> Iterator[pa.Buffer | bytes]:
    """A binary COPY stream for ``columns``: (pg kind, numpy/Arrow array of num_rows values, or a constant).

    Kinds: text, bool, int2, int4, int8, float8, date, timestamptz (int64 microseconds since 2000-01-01 UTC). Arrays
    hold no nulls (validated before); a constant may be None (NULL on every row).
    """
    yield COPY_HEADER
    for start in range(0, num_rows, CHUNK_ROWS):
        n = min(CHUNK_ROWS, num_rows - start)
        parts: list[pa.Array | pa.Scalar] = []
        pending = struct.pack("!h", len(columns))
        for kind, values in columns:
            if isinstance(values, (pa.Array, pa.ChunkedArray, np.ndarray)):
                if pending:
                    parts.append(pa.scalar(pending, pa.binary()))
                    pending = b""
                parts.extend(_array_parts(kind, values[start : start + n]))
            else:
                pending += _constant(kind, values)
        if pending:
            parts.append(pa.scalar(pending, pa.binary()))
        joined = pc.binary_join_element_wise(*parts, pa.scalar(b"", pa.binary()))
        offsets = np.frombuffer(joined.buffers()[1], dtype=np.int32, count=n + 1, offset=joined.offset * 4)
        yield joined.buffers()[2].slice(int(offsets[0]), int(offsets[n] - offsets[0]))
    yield COPY_TRAILER


def _numpy(values: pa.ChunkedArray | pa.Array) -> np.ndarray:
    array: np.ndarray = values.to_numpy()
    return array


def encode_copy(
    spec: TableSpec, typed: pa.Table, *, site_url: str, date: dt.date, final: bool
) -> Iterator[pa.Buffer | bytes]:
    """The binary COPY stream (header, rows, trailer) for ``copy_columns(spec)`` of a prepared table; ``final``
    is the load's data_state, the same on every row."""
    columns: list[tuple[str, Any]] = [("text", site_url), ("date", date), ("text", typed.column("search_type"))]
    for column in spec.key_columns:
        values = typed.column(column)
        if pa.types.is_timestamp(values.type):
            micros = pc.cast(values.cast(_TS_TYPE), pa.int64()).to_numpy()
            columns.append(("timestamptz", micros - _PG_EPOCH_US))
        else:
            columns.append(("text", values))
    columns += [
        ("bool", final),
        ("int8", _numpy(typed.column("clicks"))),
        ("int8", _numpy(typed.column("impressions"))),
        ("float8", _numpy(typed.column("position"))),
    ]
    return encode_binary(columns, typed.num_rows)


DELTA_COLUMNS = (
    "load_id",
    "kind",
    "site_url",
    "search_type",
    "query",
    "page",
    "date",
    "sign",
    "rows",
    "clicks",
    "impressions",
    "position_x_impressions",
)


def encode_lifetime_delta(
    typed: pa.Table, lifetime_keys: tuple[str, ...], *, load_id: int, kind: str, site_url: str, date: dt.date
) -> tuple[int, Iterator[pa.Buffer | bytes]]:
    """Positive lifetime deltas of freshly loaded rows, summed per (search type, lifetime key), for COPY."""
    group = ["search_type", *lifetime_keys]
    weighted = pc.multiply(typed.column("position"), pc.cast(typed.column("impressions"), pa.float64()))
    sums = (
        typed.select([*group, "clicks", "impressions"])
        .append_column("pxi", weighted)
        .group_by(group, use_threads=False)
        .aggregate([([], "count_all"), ("clicks", "sum"), ("impressions", "sum"), ("pxi", "sum")])
    )
    columns: list[tuple[str, Any]] = [
        ("int8", load_id),
        ("text", kind),
        ("text", site_url),
        ("text", sums.column("search_type")),
        ("text", sums.column("query")) if "query" in lifetime_keys else ("text", None),
        ("text", sums.column("page")),
        ("date", date),
        ("int2", 1),
        ("int8", _numpy(sums.column("count_all"))),
        ("int8", _numpy(sums.column("clicks_sum"))),
        ("int8", _numpy(sums.column("impressions_sum"))),
        ("float8", _numpy(sums.column("pxi_sum"))),
    ]
    return sums.num_rows, encode_binary(columns, sums.num_rows)
