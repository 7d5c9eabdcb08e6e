"""Arrow side of a load: validate and type the rows, then encode them as a PostgreSQL binary COPY stream.

The encoder never loops over rows in Python: fixed-width fields are laid out with numpy, variable-width text is
joined element-wise by Arrow's C++ kernels, and the stream is the data buffer of the joined array.
"""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ._errors import ValidationError
from ._specs import DATA_STATES, TIMESTAMP_KEYS, TableSpec

__all__ = ["COPY_HEADER", "COPY_TRAILER", "copy_columns", "encode_copy", "prepare_table"]

COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack("!ii", 0, 0)
COPY_TRAILER = struct.pack("!h", -1)
#: Rows per encoded chunk: keeps Arrow's 32-bit binary offsets far from overflow and memory flat.
CHUNK_ROWS = 131_072

_PG_EPOCH_DAYS = 10_957  # 2000-01-01 - 1970-01-01
_PG_EPOCH_US = _PG_EPOCH_DAYS * 86_400 * 1_000_000
_METRICS_DTYPE = np.dtype(
    [
        ("n1", ">i4"),
        ("clicks", ">i8"),
        ("n2", ">i4"),
        ("impressions", ">i8"),
        ("n3", ">i4"),
        ("ctr", ">f8"),
        ("n4", ">i4"),
        ("position", ">f8"),
    ]
)
_TS_DTYPE = np.dtype([("n", ">i4"), ("value", ">i8")])
_TS_TYPE = pa.timestamp("us", tz="UTC")


def copy_columns(spec: TableSpec) -> tuple[str, ...]:
    """Columns the COPY stream carries, in order (loaded_at comes from the column default, now())."""
    return (
        "site_url",
        "date",
        "search_type",
        *spec.key_columns,
        "clicks",
        "impressions",
        "ctr",
        "position",
        "data_state",
    )


def _column_type(column: str) -> pa.DataType:
    if column in TIMESTAMP_KEYS:
        return _TS_TYPE
    return pa.string()


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
    wanted = ["search_type", *spec.key_columns, "clicks", "impressions", "ctr", "position"]
    missing = [c for c in wanted if c not in names]
    if missing:
        raise fail(f"missing columns {', '.join(missing)}")
    types = {"clicks": pa.int64(), "impressions": pa.int64(), "ctr": pa.float64(), "position": pa.float64()}
    arrays = []
    for column in wanted:
        values = table.column(column)
        target = types.get(column) or _column_type(column)
        if values.null_count:
            raise fail(f"column {column} has {values.null_count} null values")
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
    )
    for problem, bad in checks:
        count = pc.sum(pc.cast(bad, pa.int64())).as_py() or 0
        if count:
            first = pc.index(bad, True).as_py()
            row = {c: typed.column(c)[first].as_py() for c in wanted}
            raise fail(f"{problem} in {count} rows, first {row}")
    key = ["search_type", *spec.key_columns]
    groups = typed.group_by(key, use_threads=False).aggregate([([], "count_all")])
    if groups.num_rows != typed.num_rows:
        dupes = groups.filter(pc.greater(groups.column("count_all"), 1))
        example = {c: dupes.column(c)[0].as_py() for c in key}
        raise fail(f"{dupes.num_rows} duplicate keys, first {example}")
    return typed


def _text_field(value: str) -> bytes:
    raw = value.encode()
    return struct.pack("!i", len(raw)) + raw


def _fixed_binary(block: np.ndarray, width: int) -> pa.Array:
    fixed = pa.FixedSizeBinaryArray.from_buffers(pa.binary(width), len(block), [None, pa.py_buffer(block)])
    return fixed.cast(pa.binary())


def _text_parts(values: pa.Array) -> list[pa.Array]:
    lengths = pc.binary_length(values).to_numpy(zero_copy_only=False).astype(">i4")
    return [_fixed_binary(lengths, 4), values.cast(pa.binary())]


def _chunk(spec: TableSpec, typed: pa.Table, prefix: pa.Scalar, suffix: pa.Scalar) -> pa.Buffer:
    n = typed.num_rows
    parts: list[pa.Array | pa.Scalar] = [prefix]
    for column in ("search_type", *spec.key_columns):
        values = typed.column(column).combine_chunks()
        if column in TIMESTAMP_KEYS:
            micros = pc.cast(values.cast(_TS_TYPE), pa.int64()).to_numpy()
            block = np.empty(n, dtype=_TS_DTYPE)
            block["n"] = 8
            block["value"] = micros - _PG_EPOCH_US
            parts.append(_fixed_binary(block, 12))
        else:
            parts.extend(_text_parts(values))
    metrics = np.empty(n, dtype=_METRICS_DTYPE)
    metrics["n1"] = metrics["n2"] = metrics["n3"] = metrics["n4"] = 8
    for column in ("clicks", "impressions", "ctr", "position"):
        metrics[column] = typed.column(column).to_numpy()
    parts.append(_fixed_binary(metrics, _METRICS_DTYPE.itemsize))
    parts.append(suffix)
    joined = pc.binary_join_element_wise(*parts, pa.scalar(b"", pa.binary()))
    offsets = np.frombuffer(joined.buffers()[1], dtype=np.int32, count=n + 1, offset=joined.offset * 4)
    return joined.buffers()[2].slice(int(offsets[0]), int(offsets[n] - offsets[0]))


def encode_copy(
    spec: TableSpec, typed: pa.Table, *, site_url: str, date: dt.date, data_state: str
) -> Iterator[pa.Buffer | bytes]:
    """The binary COPY stream (header, rows, trailer) for ``copy_columns(spec)`` of a prepared table."""
    if data_state not in DATA_STATES:
        raise ValueError(f"data_state {data_state!r} not in {DATA_STATES}")
    ncols = len(copy_columns(spec))
    date_field = struct.pack("!ii", 4, (date - dt.date(2000, 1, 1)).days)
    prefix = pa.scalar(struct.pack("!h", ncols) + _text_field(site_url) + date_field, pa.binary())
    suffix = pa.scalar(_text_field(data_state), pa.binary())
    yield COPY_HEADER
    for start in range(0, typed.num_rows, CHUNK_ROWS):
        yield _chunk(spec, typed.slice(start, CHUNK_ROWS), prefix, suffix)
    yield COPY_TRAILER
