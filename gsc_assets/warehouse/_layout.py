"""DDL of a daily report table, and the conversion of tables from the layouts before it.

A report table ``gsc.<name>`` is a view over ``gsc.<name>_data``. Storage holds no ctr (the view derives it), the
load's state as a one-byte ``final`` and ``loaded_at``, and has no primary key on long text columns: about half the
bytes per row of the text-keyed layout, and loads that no longer maintain a seven-column text index. Its indexes
repeat their keys, so Postgres deduplicates them. benchmarks/bench_storage.py measures both layouts and the
analysts' queries on each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import psycopg
from psycopg import sql

from .. import model
from . import _sql
from ._errors import SchemaError
from ._specs import FINAL_COLUMN, LOADED_AT_COLUMN, PREFIX_COLUMNS, SCHEMA, STORED_METRICS, TableSpec

__all__ = [
    "convert_legacy_tables",
    "create_month_partition",
    "create_table",
    "keep_state_in_rows",
    "month_partition",
    "put_site_urls_in_rows",
    "storage_indexes",
]


def _table(name: str) -> sql.Identifier:
    return sql.Identifier(SCHEMA, name)


def _list(columns: tuple[str, ...] | list[str]) -> sql.Composable:
    return sql.SQL(", ").join(map(sql.Identifier, columns))


def storage_indexes(spec: TableSpec) -> list[tuple[str, tuple[str, ...]]]:
    """(suffix, columns) of the storage table's indexes: a load's delete and a date range scan use (site, date);
    one query's or page's trend uses (site, query or page). None is unique, so B-tree deduplication stores each
    repeated key once with its rows' addresses: a site URL costs a few bytes per row, not its length (measured in
    benchmarks/NOTES.md; with the date in the trend indexes no key repeats and they were 10% bigger and slower)."""
    indexes: list[tuple[str, tuple[str, ...]]] = [("site_date", ("site_url", "date"))]
    for column, suffix in (("query", "site_query"), ("page", "site_page")):
        if column in spec.key_columns:
            indexes.append((suffix, ("site_url", column)))
    return indexes


def _typed_keys(spec: TableSpec, constraint: str = "") -> sql.Composable:
    """The key columns with their model types, one per line (for DDL and function signatures)."""
    return sql.SQL("").join(
        sql.SQL("{} {}{},\n    ").format(sql.Identifier(c), sql.SQL(model.key_column(c).postgres), sql.SQL(constraint))
        for c in spec.key_columns
    )


def create_table(conn: psycopg.Connection[Any], spec: TableSpec) -> None:
    """Create the storage table (default partition, indexes) and the views of ``spec``, in the caller's
    transaction."""
    create_storage(conn, spec)
    create_views(conn, spec)


def create_storage(conn: psycopg.Connection[Any], spec: TableSpec, months: Iterable[dt.date] = ()) -> None:
    """The storage table, its default partition, a partition for each of ``months`` and its indexes."""
    storage = _table(spec.storage)
    conn.execute(
        _sql.template(
            "table_create",
            table=storage,
            key_columns=_typed_keys(spec, " NOT NULL"),
            partitioning=sql.SQL("PARTITION BY RANGE (date)" if spec.is_partitioned else ""),
        )
    )
    if spec.is_partitioned:
        conn.execute(
            _sql.template("table_default_partition", table=storage, partition=_table(f"{spec.storage}_default"))
        )
        for month in months:
            create_month_partition(conn, spec, month)
    for suffix, columns in storage_indexes(spec):
        conn.execute(
            _sql.template(
                "table_index",
                index=sql.Identifier(f"{spec.storage}_{suffix}_idx"),
                table=storage,
                columns=_list(columns),
            )
        )


def month_partition(spec: TableSpec, month: dt.date) -> str:
    return f"{spec.storage}_p{month:%Y%m}"


def create_month_partition(conn: psycopg.Connection[Any], spec: TableSpec, month: dt.date) -> None:
    following = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    conn.execute(
        _sql.template(
            "table_month_partition",
            partition=_table(month_partition(spec, month)),
            table=_table(spec.storage),
            start=sql.Literal(month),
            end=sql.Literal(following),
        )
    )


def create_views(conn: psycopg.Connection[Any], spec: TableSpec) -> None:
    """The view ``gsc.<name>`` over the storage table, its summary view and its totals function."""
    view = _table(spec.name)
    conn.execute(
        _sql.template(
            "table_view",
            view=view,
            table=_table(spec.storage),
            key_columns=sql.SQL("").join(sql.SQL("d.{},\n       ").format(sql.Identifier(c)) for c in spec.key_columns),
        )
    )
    create_summaries(conn, spec)


def create_summaries(conn: psycopg.Connection[Any], spec: TableSpec) -> None:
    """The totals function and the summary view over the view ``gsc.<name>``."""
    view = _table(spec.name)
    conn.execute(
        _sql.template(
            "table_totals_function",
            function=_table(f"{spec.name}_totals"),
            table=view,
            key_columns_typed=_typed_keys(spec),
            t_keys=sql.SQL("").join(sql.SQL("{}, ").format(sql.Identifier("t", c)) for c in spec.key_columns),
            t_group=sql.SQL(", ").join(sql.Identifier("t", c) for c in ("site_url", "search_type", *spec.key_columns)),
        )
    )
    conn.execute(
        _sql.template(
            "table_summary_view",
            view=_table(f"{spec.name}_summary"),
            table=view,
            key_columns=sql.SQL("").join(sql.SQL("{}, ").format(sql.Identifier(c)) for c in spec.key_columns),
            group_columns=_list(("site_url", "search_type", *spec.key_columns)),
        )
    )


def recompose_summaries(conn: psycopg.Connection[Any]) -> list[str]:
    """Migration 0010: compose again the summary view and totals function of every storage table of today's layout
    (defaults and custom reports), so that they count a key's days by its rows (see table_summary_view.sql);
    return the tables' names. The table's own view is left alone (unchanged, and replacing it would lock it)."""
    recomposed = []
    current = conn.execute(_sql.query("storage_tables"), {"has": FINAL_COLUMN, "lacks": "site_id"}).fetchall()
    for storage_name, partitioned in current:
        spec = _spec_of(conn, storage_name, partitioned, first="site_url", state_in_rows=True)
        create_summaries(conn, spec)
        recomposed.append(spec.name)
    return recomposed


def convert_legacy_tables(conn: psycopg.Connection[Any]) -> list[str]:
    """Move every daily table of the text-keyed layout (defaults and custom reports) into today's storage layout,
    keeping every row, and return their names. Runs inside migration 0004's transaction: all or nothing.

    Nothing is fetched again: rows go into storage, each partition's data_state and loaded_at into the ledger; the
    old table, its summary view and totals function are then replaced.
    """
    converted = []
    for name, partitioned in conn.execute(_sql.query("legacy_tables")).fetchall():
        columns = [r[0] for r in conn.execute(_sql.query("table_columns"), {"schema": SCHEMA, "table": name})]
        keys = tuple(columns[columns.index("search_type") + 1 : columns.index("clicks")])
        spec = TableSpec(name, keys, partitioned=partitioned)
        if tuple(columns) != spec.columns:
            raise SchemaError(f"table {SCHEMA}.{name}: columns ({', '.join(columns)}) are not a report table's")
        legacy = _table(name)
        mismatched = conn.execute(_sql.template("legacy_ctr_mismatch", table=legacy)).fetchone()
        if mismatched and mismatched[0]:
            raise SchemaError(
                f"table {SCHEMA}.{name}: {mismatched[0]} rows have a ctr other than clicks / impressions, which the "
                "new layout derives; migration stopped, nothing changed"
            )
        conn.execute(_sql.template("legacy_ledger", table=legacy, report=sql.Literal(name)))
        months = conn.execute(_sql.template("legacy_months", table=legacy)).fetchall()
        create_storage(conn, spec, [m for (m,) in months] if spec.is_partitioned else ())
        conn.execute(
            _sql.template(
                "legacy_copy",
                storage=_table(spec.storage),
                columns=_list(spec.stored_columns),
                values=_stored_values("t", spec, state="t"),
                table=legacy,
            )
        )
        conn.execute(
            _sql.template(
                "legacy_drop",
                summary=_table(f"{name}_summary"),
                totals=_table(f"{name}_totals"),
                table=legacy,
            )
        )
        create_views(conn, spec)
        converted.append(name)
    return converted


def put_site_urls_in_rows(conn: psycopg.Connection[Any]) -> list[str]:
    """Migration 0008: rebuild every id-keyed storage table (defaults and custom reports) in today's layout, with
    the site URL (and the load's state) in its rows, keeping every row, then drop gsc.site_key; return the tables'
    names. Runs inside the migration's transaction: all or nothing."""
    moved = []
    earlier = conn.execute(_sql.query("storage_tables"), {"has": "site_id", "lacks": "site_url"}).fetchall()
    for storage_name, partitioned in earlier:
        spec = _spec_of(conn, storage_name, partitioned, first="site_id")
        values = _stored_values("d", spec, site_url=False)
        _rebuild(conn, spec, "keyed_stash", values, unknown="have a site_id gsc.site_key does not know")
        moved.append(spec.name)
    conn.execute("DROP TABLE IF EXISTS gsc.site_key")
    return moved


def keep_state_in_rows(conn: psycopg.Connection[Any]) -> list[str]:
    """Migration 0009: rebuild every storage table of the 0008 layout (defaults and custom reports) with its
    partitions' data_state and loaded_at from the ledger in its rows, keeping every row; return the tables' names.
    Runs inside the migration's transaction: all or nothing."""
    moved = []
    earlier = conn.execute(_sql.query("storage_tables"), {"has": "site_url", "lacks": "final"}).fetchall()
    for storage_name, partitioned in earlier:
        spec = _spec_of(conn, storage_name, partitioned, first="site_url")
        _rebuild(conn, spec, "state_stash", _stored_values("d", spec))
        moved.append(spec.name)
    return moved


def _spec_of(
    conn: psycopg.Connection[Any], storage_name: str, partitioned: bool, *, first: str, state_in_rows: bool = False
) -> TableSpec:
    """The spec of a storage table, from its columns (stops the migration if they are not a report's): ``first`` is
    its site column; ``state_in_rows``: the layout of migration 0009 on (``final`` after the keys, ``loaded_at``
    last)."""
    columns = [r[0] for r in conn.execute(_sql.query("table_columns"), {"schema": SCHEMA, "table": storage_name})]
    after_keys = FINAL_COLUMN if state_in_rows else "clicks"
    try:
        keys = tuple(columns[columns.index("search_type") + 1 : columns.index(after_keys)])
        spec = TableSpec(storage_name.removesuffix("_data"), keys, partitioned=partitioned)
    except ValueError:  # no search_type, or a key column no report may have
        keys, spec = (), None
    want = spec.stored_columns if spec and state_in_rows else (first, *PREFIX_COLUMNS[1:], *keys, *STORED_METRICS)
    if spec is None or tuple(columns) != want:
        raise SchemaError(f"table {SCHEMA}.{storage_name}: columns ({', '.join(columns)}) are not a report's")
    return spec


def _stored_values(alias: str, spec: TableSpec, *, state: str = "l", site_url: bool = True) -> sql.Composable:
    """The select list that fills ``spec.stored_columns`` from an earlier layout's table ``alias``, with the load's
    state from relation ``state`` (the ledger ``l``, or a legacy table's own columns); no site_url if not
    ``site_url``."""
    parts: list[sql.Composable] = []
    for column in spec.stored_columns:
        if column == FINAL_COLUMN:
            parts.append(sql.SQL("{}.data_state = 'final' AS {}").format(sql.Identifier(state), sql.Identifier(column)))
        elif column == LOADED_AT_COLUMN:
            parts.append(sql.Identifier(state, column))
        elif column != "site_url" or site_url:
            parts.append(sql.Identifier(alias, column))
    return sql.SQL(", ").join(parts)


def _rebuild(
    conn: psycopg.Connection[Any], spec: TableSpec, stash_query: str, values: sql.Composable, unknown: str = ""
) -> None:
    """Set the rows of ``spec``'s storage aside (``stash_query`` with ``values``), rebuild the storage, its
    partitions, indexes and views in today's layout, and put the rows back in (site, date) order. The rows are
    copied twice, so the database needs room for about twice the table while the migration runs."""
    storage, stash = _table(spec.storage), sql.Identifier(f"moving_{spec.storage}")
    (before,) = conn.execute(sql.SQL("SELECT count(*) FROM {}").format(storage)).fetchone() or (0,)
    months = [m for (m,) in conn.execute(_sql.template("legacy_months", table=storage)).fetchall()]
    kept = conn.execute(
        _sql.template(stash_query, stash=stash, values=values, storage=storage, report=sql.Literal(spec.name))
    ).rowcount
    if kept != before:
        raise SchemaError(
            f"table {SCHEMA}.{spec.storage}: {before - kept} rows {unknown}; migration stopped, nothing changed"
        )
    (stateless,) = conn.execute(sql.SQL("SELECT count(*) FROM {} WHERE final IS NULL").format(stash)).fetchone() or (0,)
    if stateless:
        raise SchemaError(
            f"table {SCHEMA}.{spec.storage}: {stateless} rows belong to no partition in gsc.load_ledger; migration "
            "stopped, nothing changed"
        )
    conn.execute(_sql.template("storage_drop", totals=_table(f"{spec.name}_totals"), storage=storage))
    create_storage(conn, spec, months if spec.is_partitioned else ())
    conn.execute(_sql.template("storage_restore", storage=storage, columns=_list(spec.stored_columns), stash=stash))
    conn.execute(sql.SQL("DROP TABLE {}").format(stash))
    create_views(conn, spec)
