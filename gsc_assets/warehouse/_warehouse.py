"""Postgres side of the warehouse: migrations, report tables, partition loads, the ledger and lifetime stats."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Collection, Iterable, Mapping, Sequence
from types import TracebackType
from typing import Any

import psycopg
import pyarrow as pa
from psycopg import sql
from psycopg.types.json import Jsonb

from gsc_assets.faults import kill_point

from . import _layout, _lifetime, _sql
from ._arrow import DELTA_COLUMNS, copy_columns, encode_copy, encode_lifetime_delta, prepare_table
from ._errors import (
    DatabaseError,
    SchemaError,
    ValidationError,
    WarehouseError,
    one_line,
    while_the_server_comes_back,
)
from ._specs import (
    DATA_STATES,
    DEFAULT_TABLE_SPECS,
    HOURLY_TABLES,
    LIFETIME_SOURCES,
    SCHEMA,
    LoadResult,
    TableSpec,
)

__all__ = ["Warehouse"]

#: Advisory lock key serialising migrate() across processes.
MIGRATION_LOCK_KEY = 0x6773635F6D6967  # "gsc_mig"
#: Figures copied from ``figures`` into every ledger row of a partition (per-partition fetch figures).
LEDGER_FIGURES = ("requests", "retries", "throttled", "api_seconds")
#: The migration after whose SQL the tables of the earlier, text-keyed layout are converted.
LAYOUT_MIGRATION = "0004"
#: The migration after whose SQL the id-keyed storage tables get their site URLs back (gsc.site_key goes).
SITE_URL_MIGRATION = "0008"
#: The migration after whose SQL the storage tables get their partitions' state in every row.
STATE_MIGRATION = "0009"
#: The migration after whose SQL every table's summary view and totals function are composed again.
SUMMARIES_MIGRATION = "0010"


def _ident(*names: str) -> sql.Identifier:
    return sql.Identifier(*names)


def _table(name: str) -> sql.Identifier:
    return sql.Identifier(SCHEMA, name)


def _month(day: dt.date) -> dt.date:
    return day.replace(day=1)


class Warehouse:
    """The warehouse in Postgres (schema ``gsc``).

    ``Warehouse(dsn)`` opens one connection lazily and keeps it until :meth:`close` (or the end of a ``with``
    block); calls from several threads on one instance are serialised. For parallel loads use one instance per
    thread or process: loads of different partitions run concurrently, loads of the same partition queue on its
    advisory lock.
    """

    def __init__(self, dsn: str, *, connect_timeout: float = 10.0, application_name: str = "gsc-assets") -> None:
        self._dsn = dsn
        self._connect_kwargs: dict[str, Any] = {
            "connect_timeout": max(1, int(connect_timeout)),
            "application_name": application_name,
        }
        self._conn: psycopg.Connection[Any] | None = None
        self._lock = threading.RLock()
        self._known_partitions: set[tuple[str, dt.date]] = set()
        self._known_tables: dict[str, TableSpec] = {}
        self._closed = False

    # -- lifetime of the connection -------------------------------------------------------------------------

    def __enter__(self) -> Warehouse:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; the instance cannot be used afterwards."""
        with self._lock:
            self._closed = True
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _connection(self) -> psycopg.Connection[Any]:
        if self._closed:
            raise WarehouseError("warehouse is closed")
        if self._conn is None or self._conn.closed or self._conn.broken:
            if self._conn is not None:
                self._conn.close()
            try:
                self._conn = psycopg.connect(self._dsn, autocommit=True, **self._connect_kwargs)
            except psycopg.Error as exc:
                raise DatabaseError(f"cannot connect to the warehouse: {one_line(exc)}") from exc
        return self._conn

    def connect(self) -> psycopg.Connection[Any]:
        """A new autocommit connection to the same database (the caller closes it)."""
        try:
            return psycopg.connect(self._dsn, autocommit=True, **self._connect_kwargs)
        except psycopg.Error as exc:
            raise DatabaseError(f"cannot connect to the warehouse: {one_line(exc)}") from exc

    # -- schema ------------------------------------------------------------------------------------------------

    def migrate(self, table_specs: Iterable[TableSpec] = DEFAULT_TABLE_SPECS) -> list[str]:
        """Apply the numbered migrations not yet applied, then create the report tables; return applied versions.

        Idempotent and safe to call from several processes at once (one advisory lock serialises them; each
        migration runs in the same transaction as its record in gsc.schema_migrations).
        """
        specs = tuple(table_specs)
        applied: list[str] = []
        with self._lock:
            conn = self._connection()
            try:
                with conn.transaction():
                    conn.execute(_sql.query("migration_lock"), [MIGRATION_LOCK_KEY])
                    conn.execute(_sql.text("bootstrap"))
                    done = dict(conn.execute(_sql.query("migration_applied")).fetchall())
                    for migration in _sql.migrations():
                        if migration.version in done:
                            if done[migration.version] != migration.checksum:
                                raise SchemaError(
                                    f"migration {migration.version}_{migration.name} changed after it was applied"
                                )
                            continue
                        conn.execute(migration.text)
                        if migration.version == LAYOUT_MIGRATION:
                            _layout.convert_legacy_tables(conn)
                        elif migration.version == SITE_URL_MIGRATION:
                            _layout.put_site_urls_in_rows(conn)
                        elif migration.version == STATE_MIGRATION:
                            _layout.keep_state_in_rows(conn)
                        elif migration.version == SUMMARIES_MIGRATION:
                            _layout.recompose_summaries(conn)
                        conn.execute(
                            _sql.query("migration_record"),
                            [migration.version, migration.name, migration.checksum],
                        )
                        applied.append(migration.version)
                    self._ensure_tables(conn, specs)
            except psycopg.Error as exc:
                raise DatabaseError(f"migration failed: {one_line(exc)}") from exc
        return applied

    def ensure_tables(self, table_specs: Iterable[TableSpec]) -> None:
        """Create the report tables (and their default partition, indexes and summary view) if missing.

        Raises SchemaError if a table exists with other key columns than its spec.
        """
        specs = tuple(table_specs)
        with self._lock:
            conn = self._connection()
            try:
                with conn.transaction():
                    conn.execute(_sql.query("migration_lock"), [MIGRATION_LOCK_KEY])
                    self._ensure_tables(conn, specs)
            except psycopg.Error as exc:
                names = ", ".join(s.name for s in specs)
                raise DatabaseError(f"creating tables {names} failed: {one_line(exc)}") from exc

    def _ensure_tables(self, conn: psycopg.Connection[Any], specs: Sequence[TableSpec]) -> None:
        for spec in specs:
            # A table that exists is only checked: DDL on it (even IF NOT EXISTS) would lock it against the
            # loads of other runs, and lock order against a load's could deadlock.
            if not conn.execute(_sql.query("table_columns"), {"schema": SCHEMA, "table": spec.name}).fetchone():
                _layout.create_table(conn, spec)
            self._check_columns(conn, spec)
            self._known_tables[spec.name] = spec

    def _ensure_known(self, spec: TableSpec) -> None:
        """Create the table on first use; a table that exists is only checked (no DDL, no table lock)."""
        if self._known_tables.get(spec.name) == spec:
            return
        conn = self._connection()
        try:
            exists = conn.execute(_sql.query("table_columns"), {"schema": SCHEMA, "table": spec.name}).fetchall()
            if exists:
                self._check_columns(conn, spec)
                self._known_tables[spec.name] = spec
                return
        except psycopg.Error as exc:
            raise DatabaseError(f"table {spec.name}: reading its columns failed: {one_line(exc)}") from exc
        self.ensure_tables([spec])

    def _check_columns(self, conn: psycopg.Connection[Any], spec: TableSpec) -> None:
        """The view must have the spec's columns and the storage table its stored columns."""
        for name, want in ((spec.name, spec.columns), (spec.storage, spec.stored_columns)):
            rows = conn.execute(_sql.query("table_columns"), {"schema": SCHEMA, "table": name}).fetchall()
            have = tuple(r[0] for r in rows)
            if have != want:
                raise SchemaError(
                    f"table {SCHEMA}.{name} has columns ({', '.join(have)}), spec wants ({', '.join(want)})"
                )

    def ensure_partitions(self, spec: TableSpec, dates: Iterable[dt.date]) -> int:
        """Create the monthly partitions of ``spec`` that hold ``dates``; return how many were created.

        Runs in its own short transactions (creating a partition locks the parent table), serialised per
        table by an advisory lock, so concurrent callers never collide.
        """
        if not spec.is_partitioned:
            return 0
        created = 0
        with self._lock:
            conn = self._connection()
            for month in sorted({_month(d) for d in dates}):
                if (spec.name, month) in self._known_partitions:
                    continue
                name = _layout.month_partition(spec, month)
                try:
                    with conn.transaction():
                        conn.execute(_sql.query("partition_lock"), [spec.name])
                        exists = conn.execute(_sql.query("partition_exists"), [f"{SCHEMA}.{name}"]).fetchone()
                        if exists is None or exists[0] is None:
                            _layout.create_month_partition(conn, spec, month)
                            created += 1
                except psycopg.Error as exc:
                    raise DatabaseError(
                        f"table {spec.name}: creating partition {name} failed: {one_line(exc)}"
                    ) from exc
                self._known_partitions.add((spec.name, month))
        return created

    # -- loads ---------------------------------------------------------------------------------------------------

    def load_partition(
        self,
        site_url: str,
        date: dt.date,
        tables: Mapping[TableSpec, pa.Table],
        *,
        data_state: str,
        run_id: str,
        figures: Mapping[str, Any] | None = None,
    ) -> LoadResult:
        """Replace the (site_url, date) partition of every given table, in one transaction.

        Every table is validated first (ValidationError, nothing written). Then, holding the partition's
        advisory lock: each table's rows for (site_url, date) are deleted and the new rows copied in (binary
        COPY), the lifetime deltas of query_page_daily and page_daily are recorded, and gsc.load_ledger gets
        one row per (search type, report). Loading the same data twice leaves identical tables.

        ``figures`` (per-partition fetch figures) may hold requests, retries, throttled, api_seconds,
        ``search_types``: the types that were fetched, so that types without rows are still recorded, and
        ``exported``: the ``<table>/<search type>`` pairs Google's BigQuery export filled (the ledger's source).
        """
        if data_state not in DATA_STATES:
            raise ValidationError(f"site {site_url}, date {date}: data_state {data_state!r} not in {DATA_STATES}")
        figures = dict(figures or {})
        started = time.perf_counter()
        prepared = {spec: prepare_table(spec, table, site_url=site_url, date=date) for spec, table in tables.items()}
        # A server that went away (restart, failover) is waited for: the transaction rolled back, so the load is
        # simply done again (a load whose COMMIT was lost in flight and is repeated leaves the same rows).
        return while_the_server_comes_back(
            lambda: self._load_once(site_url, date, prepared, data_state, run_id, figures, started)
        )

    def _load_once(
        self,
        site_url: str,
        date: dt.date,
        prepared: dict[TableSpec, pa.Table],
        data_state: str,
        run_id: str,
        figures: dict[str, Any],
        started: float,
    ) -> LoadResult:
        where = f"site {site_url}, date {date.isoformat()}"
        with self._lock:
            for spec in prepared:
                self._ensure_known(spec)
                self.ensure_partitions(spec, [date])
            conn = self._connection()
            rows: dict[str, int] = {}
            deleted: dict[str, int] = {}
            copy_seconds = 0.0
            current = "the partition lock"
            try:
                with conn.transaction():
                    params: dict[str, Any] = {"site_url": site_url, "date": date}
                    lock_row = conn.execute(_sql.query("load_lock"), params).fetchone()
                    assert lock_row is not None
                    params["load_id"] = load_id = int(lock_row[1])
                    for index, (spec, typed) in enumerate(prepared.items()):
                        current = spec.name
                        if index:
                            kill_point("mid_copy")  # some tables replaced, others not yet
                        deleted[spec.name] = self._delete(conn, spec, params)
                        copy_started = time.perf_counter()
                        self._copy(conn, spec, typed, site_url=site_url, date=date, data_state=data_state)
                        copy_seconds += time.perf_counter() - copy_started
                        rows[spec.name] = typed.num_rows
                        source = LIFETIME_SOURCES.get(spec.name)
                        if source is not None and typed.num_rows:
                            # Positive deltas summed in Arrow from the rows in hand: no re-read of the table.
                            _, stream = encode_lifetime_delta(
                                typed, source[1], load_id=load_id, kind=source[0], site_url=site_url, date=date
                            )
                            self._copy_stream(conn, "lifetime_delta", DELTA_COLUMNS, stream)
                    current = "gsc.load_ledger"
                    self._write_ledger(
                        conn,
                        prepared,
                        params,
                        figures=figures,
                        data_state=data_state,
                        run_id=run_id,
                        load_seconds=time.perf_counter() - started,
                    )
                    kill_point("before_commit")
            except psycopg.Error as exc:
                raise DatabaseError(f"{where}, table {current}: load rolled back: {one_line(exc)}") from exc
        return LoadResult(
            site_url=site_url,
            date=date,
            data_state=data_state,
            run_id=run_id,
            load_id=load_id,
            rows=rows,
            deleted=deleted,
            seconds=time.perf_counter() - started,
            copy_seconds=copy_seconds,
        )

    @staticmethod
    def _delete(conn: psycopg.Connection[Any], spec: TableSpec, params: Mapping[str, Any]) -> int:
        source = LIFETIME_SOURCES.get(spec.name)
        if source is None:
            cur = conn.execute(_sql.template("load_delete", table=_table(spec.storage)), params)
            return cur.rowcount
        got = conn.execute(
            _sql.template("load_delete_with_delta", **_delta_parts(spec, source[1])), {**params, "kind": source[0]}
        ).fetchone()
        return int(got[0]) if got else 0

    @staticmethod
    def _copy(
        conn: psycopg.Connection[Any],
        spec: TableSpec,
        typed: pa.Table,
        *,
        site_url: str,
        date: dt.date,
        data_state: str,
    ) -> None:
        if not typed.num_rows:
            return
        Warehouse._copy_stream(
            conn,
            spec.storage,
            copy_columns(spec),
            encode_copy(spec, typed, site_url=site_url, date=date, final=data_state == "final"),
        )

    @staticmethod
    def _copy_stream(
        conn: psycopg.Connection[Any], table: str, columns: Sequence[str], stream: Iterable[pa.Buffer | bytes]
    ) -> None:
        statement = _sql.template("copy_binary", table=_table(table), columns=sql.SQL(", ").join(map(_ident, columns)))
        with conn.cursor() as cur, cur.copy(statement) as copy:
            for block in stream:
                copy.write(memoryview(block))

    @staticmethod
    def _write_ledger(
        conn: psycopg.Connection[Any],
        prepared: Mapping[TableSpec, pa.Table],
        params: Mapping[str, Any],
        *,
        figures: Mapping[str, Any],
        data_state: str,
        run_id: str,
        load_seconds: float,
    ) -> None:
        conn.execute(_sql.query("ledger_delete"), {**params, "reports": [s.name for s in prepared]})
        declared = tuple(figures.get("search_types") or ())
        exported = set(figures.get("exported") or ())
        base = {
            **params,
            **{k: figures.get(k, 0) or 0 for k in LEDGER_FIGURES},
            "load_seconds": load_seconds,
            "data_state": data_state,
            "run_id": run_id,
        }
        records = []
        for spec, typed in prepared.items():
            per_type: dict[str, tuple[int, int, int]] = {t: (0, 0, 0) for t in declared}
            if typed.num_rows:
                sums = typed.group_by("search_type", use_threads=False).aggregate(
                    [([], "count_all"), ("clicks", "sum"), ("impressions", "sum")]
                )
                for search_type, count, clicks, impressions in zip(
                    sums.column("search_type").to_pylist(),
                    sums.column("count_all").to_pylist(),
                    sums.column("clicks_sum").to_pylist(),
                    sums.column("impressions_sum").to_pylist(),
                    strict=True,
                ):
                    per_type[search_type] = (count, clicks, impressions)
            if not per_type:
                # Nothing fetched and no types declared: still record that the partition was loaded.
                per_type["*"] = (0, 0, 0)
            for search_type, (count, clicks, impressions) in sorted(per_type.items()):
                records.append(
                    {
                        **base,
                        "search_type": search_type,
                        "report": spec.name,
                        "source": "export" if f"{spec.name}/{search_type}" in exported else "api",
                        "rows": count,
                        "clicks": clicks,
                        "impressions": impressions,
                    }
                )
        with conn.cursor() as cur:
            # A handful of rows per partition (reports x search types), not the data path.
            cur.executemany(_sql.query("ledger_upsert"), records)

    def loaded_partitions(
        self,
        site_urls: Sequence[str],
        start: dt.date,
        end: dt.date,
        *,
        tables: Sequence[TableSpec | str] | None = None,
    ) -> dict[tuple[str, dt.date], str]:
        """Partitions held in the ledger for these sites between start and end (inclusive).

        Returns {(site_url, date): data_state}; membership tests work as on a set. A partition is 'fresh' if
        any of its reports was loaded fresh. With ``tables``, only partitions where every one of them was loaded.
        """
        reports = None if tables is None else sorted({t if isinstance(t, str) else t.name for t in tables})
        with self._lock:
            conn = self._connection()
            try:
                found = conn.execute(
                    _sql.query("loaded_partitions"),
                    {
                        "site_urls": list(site_urls),
                        "start": start,
                        "end": end,
                        "reports": reports,
                        "hourly": list(HOURLY_TABLES),
                    },  # fmt: skip
                ).fetchall()
            except psycopg.errors.UndefinedTable:
                return {}
            except psycopg.Error as exc:
                raise DatabaseError(f"reading the load ledger failed: {one_line(exc)}") from exc
        return {(site, day): state for site, day, state in found}

    def table_rows(self, tables: Sequence[str]) -> dict[str, int]:
        """Rows held in each named daily table, as the ledger counts them (exact; no scan of the table)."""
        return self._counts("ledger_table_rows", tables)

    def partition_rows(
        self, tables: Sequence[TableSpec | str], site_urls: Sequence[str], start: dt.date, end: dt.date
    ) -> dict[tuple[str, dt.date], dict[tuple[str, str], int]]:
        """Rows held in `tables` per loaded (site, date) between start and end, per (table, search type), as the
        ledger counts them; a partition holding no row is absent."""
        found = self._ledger_range("ledger_partition_rows", tables, site_urls, start, end)
        held: dict[tuple[str, dt.date], dict[tuple[str, str], int]] = {}
        for site, day, table, search_type, rows in found:
            held.setdefault((site, day), {})[(table, search_type)] = int(rows)
        return held

    def loaded_at(
        self, tables: Sequence[TableSpec | str], site_urls: Sequence[str], start: dt.date, end: dt.date
    ) -> dict[tuple[str, dt.date], dt.datetime]:
        """When each loaded (site, date) of `tables` between start and end was last replaced (its oldest table's
        load): a source that published the day later has something newer."""
        found = self._ledger_range("ledger_loaded_at", tables, site_urls, start, end)
        return {(site, day): loaded for site, day, loaded in found}

    def _ledger_range(
        self, query: str, tables: Sequence[TableSpec | str], site_urls: Sequence[str], start: dt.date, end: dt.date
    ) -> list[tuple[Any, ...]]:
        """Rows of a ledger query over some tables, sites and days."""
        names = sorted({t if isinstance(t, str) else t.name for t in tables})
        params = {"tables": names, "site_urls": list(site_urls), "start": start, "end": end}
        with self._lock:
            try:
                return self._connection().execute(_sql.query(query), params).fetchall()
            except psycopg.Error as exc:
                raise DatabaseError(f"reading the load ledger failed: {one_line(exc)}") from exc

    def live_rows_estimate(self, tables: Sequence[str]) -> dict[str, int]:
        """Postgres's live-row statistic for each named table: for tables no ledger counts (the lifetime ones),
        where an exact count would cost a scan of the whole history on every incremental refresh."""
        return self._counts("table_live_rows", tables)

    def _counts(self, query: str, tables: Sequence[str]) -> dict[str, int]:
        with self._lock:
            try:
                found = dict(self._connection().execute(_sql.query(query), {"tables": list(tables)}).fetchall())
            except psycopg.Error as exc:
                raise DatabaseError(f"counting rows failed: {one_line(exc)}") from exc
        return {name: int(found.get(name) or 0) for name in tables}

    # -- properties and sitemaps -------------------------------------------------------------------------------

    def replace_sites(self, rows: Iterable[tuple[str, str, str]], listed_at: dt.datetime) -> int:
        """Replace gsc.sites with (site_url, principal, permission_level) rows in one transaction; return the count."""
        values = [(site, principal, level, listed_at) for site, principal, level in rows]
        self._replace("sites", [(_sql.query("inventory_sites_delete"), [], _sql.query("inventory_sites_insert"),
                                 values)])  # fmt: skip
        return len(values)

    def replace_sitemaps(
        self, by_site: Mapping[str, Sequence[Mapping[str, Any]]], listed_at: dt.datetime, *, kept: Collection[str] = ()
    ) -> int:
        """Make gsc.sitemaps hold exactly `by_site` (columns of gsc.sitemaps, `contents` a list), in one transaction:
        the sites in `kept` (their listing failed) keep their rows; every other site's rows go."""
        columns = ("path", "sitemap_index", "type", "is_pending", "is_sitemaps_index", "last_submitted",
                   "last_downloaded", "warnings", "errors")  # fmt: skip
        listed = [*by_site, *kept]
        steps: list[tuple[sql.SQL, list[Any], sql.SQL | None, list[tuple[Any, ...]]]] = [
            (_sql.query("inventory_sitemaps_delete_others"), [listed], None, [])
        ]
        for site, sitemaps in by_site.items():
            values = [(site, *(m[c] for c in columns), Jsonb(list(m["contents"])), listed_at) for m in sitemaps]
            steps.append((_sql.query("inventory_sitemaps_delete"), [site], _sql.query("inventory_sitemaps_insert"),
                          values))  # fmt: skip
        self._replace("sitemaps", steps)
        return sum(len(values) for *_, values in steps)

    def _replace(
        self, what: str, steps: Sequence[tuple[sql.SQL, list[Any], sql.SQL | None, list[tuple[Any, ...]]]]
    ) -> None:
        """Delete-and-insert steps in one transaction, behind a table lock so that two refreshes take turns."""
        lock = _sql.template("inventory_lock", table=sql.Identifier("gsc", what))
        with self._lock:
            try:
                conn = self._connection()
                with conn.transaction(), conn.cursor() as cursor:
                    cursor.execute(lock)
                    for delete, delete_args, insert, values in steps:
                        cursor.execute(delete, delete_args)
                        if insert is not None and values:
                            cursor.executemany(insert, values)
            except psycopg.Error as exc:
                raise DatabaseError(f"replacing gsc.{what} failed, nothing changed: {one_line(exc)}") from exc

    # -- lifetime statistics -----------------------------------------------------------------------------------

    def refresh_lifetime(self, *, full: bool = False, tables: Collection[str] | None = None) -> dict[str, Any]:
        """Bring gsc.lifetime_query_page and gsc.lifetime_page (or only the `tables` named) up to date with the
        loads committed so far.

        Incremental by default (consumes gsc.lifetime_delta); ``full=True`` rebuilds from the daily tables.
        Returns figures: deltas consumed, keys touched per table, seconds.
        """
        with self._lock:
            # A dedicated connection: the refresh holds a session lock and runs at REPEATABLE READ.
            with self.connect() as conn:
                try:
                    return _lifetime.refresh(conn, full=full, tables=tables)
                except psycopg.Error as exc:
                    raise DatabaseError(f"lifetime refresh rolled back: {one_line(exc)}") from exc


def _delta_parts(spec: TableSpec, lifetime_keys: tuple[str, ...]) -> dict[str, sql.Composable]:
    return {
        "table": _table(spec.storage),
        "key_columns": sql.SQL(", ").join(map(_ident, lifetime_keys)),
        "query": _ident("query") if "query" in lifetime_keys else sql.SQL("NULL::text"),
    }
