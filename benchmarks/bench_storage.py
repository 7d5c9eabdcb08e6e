"""Storage layout, old against new in one run (issue 10): load time, bytes per row on disk, and analysts' queries.

The OLD layout is today's warehouse as users have it: a database built from the frozen pg_dump
``gsc_assets_tests/frozen/warehouse_0003.sql`` (text-keyed daily tables, monthly partitions), loaded with CSV COPY
per (site, date) partition sorted by primary key. The NEW layout is whatever the current code builds:
``Warehouse.migrate()`` then ``Warehouse.load_partition`` per partition. Both get the very same rows: one busy
site from the simulator's data model (30,000 fine rows a day, web and image), each day answered by the
simulator's query engine for the five default reports and turned into Arrow by the client's own code, as a sync
would. Loads alternate between the layouts day by day, so drift on the shared machine hits both alike.

Figures: load milliseconds per 100k rows (old: COPY only; new: the whole load_partition), bytes per row (every
relation of schema ``gsc`` after VACUUM ANALYZE, over the rows of the five daily tables; lifetime tables filled
on both sides) and the median time of analysts' queries written against the public names only, so the same SQL
runs on both; EXPLAIN (ANALYZE, BUFFERS) of each query goes into the JSON to explain a regression (its own
timings carry instrumentation overhead, larger on plans with more nodes: the ratios come from the plain runs).

    .venv/bin/python -m benchmarks.bench_storage [--quick] [--days N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import platform
import random
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psycopg
import pyarrow as pa
import pyarrow.csv as pa_csv
from psycopg import sql

from gsc_assets.gsc import DEFAULT_REPORTS, ReportSpec
from gsc_assets.gsc._arrow import rows_to_table
from gsc_assets.simulator.data import DataSource, DayCache
from gsc_assets.simulator.query import Engine, parse_query
from gsc_assets.warehouse import DEFAULT_TABLE_SPECS, Warehouse
from gsc_assets_tests.fixtures_pg import database_url, drop_database, find_server_url

ROOT = Path(__file__).resolve().parents[1]
FROZEN_DDL = ROOT / "gsc_assets_tests" / "frozen" / "warehouse_0003.sql"
SITE = "sc-domain:busy.example"
FINE_ROWS_PER_DAY = 30_000  # the simulator's finest-grain rows per day (query x page x country x device)
SEARCH_TYPES = ("web", "image")
LAST_DAY = dt.date(2026, 11, 15)
SPECS = {spec.name: spec for spec in DEFAULT_TABLE_SPECS}
REPORT_TABLE = {report.name: f"{report.name}_daily" for report in DEFAULT_REPORTS}
DAILY_TABLES = tuple(REPORT_TABLE.values())
BYTES_PER_ROW_TARGET = 200
EXPLAIN_LINES = 60
FAST_QUERY_S = 0.02

#: Analysts' queries, on the public names only. Parameters: site, start, end, query, page, focus_page.
QUERIES: dict[str, str] = {
    "top_pages": (
        "SELECT page, sum(clicks), sum(impressions) FROM gsc.page_daily "
        "WHERE site_url = %(site)s AND date BETWEEN %(start)s AND %(end)s GROUP BY page ORDER BY 2 DESC LIMIT 50"
    ),
    "top_queries": (
        "SELECT query, sum(clicks), sum(impressions) FROM gsc.query_daily "
        "WHERE site_url = %(site)s AND date BETWEEN %(start)s AND %(end)s GROUP BY query ORDER BY 2 DESC LIMIT 50"
    ),
    "top_query_pages": (
        "SELECT query, page, sum(clicks), sum(impressions) FROM gsc.query_page_daily "
        "WHERE site_url = %(site)s AND date BETWEEN %(start)s AND %(end)s GROUP BY query, page "
        "ORDER BY 3 DESC LIMIT 50"
    ),
    "query_trend": (
        "SELECT date, sum(clicks), sum(impressions) FROM gsc.query_daily "
        "WHERE site_url = %(site)s AND query = %(query)s GROUP BY date ORDER BY date"
    ),
    "page_trend": (
        "SELECT date, sum(clicks), sum(impressions) FROM gsc.page_daily "
        "WHERE site_url = %(site)s AND page = %(page)s GROUP BY date ORDER BY date"
    ),
    "page_queries": (
        "SELECT query, sum(clicks), sum(impressions) FROM gsc.query_page_daily "
        "WHERE site_url = %(site)s AND page = %(focus_page)s AND date BETWEEN %(start)s AND %(end)s "
        "GROUP BY query ORDER BY 2 DESC, 1"
    ),
    "page_totals_fn": "SELECT * FROM gsc.page_daily_totals(%(site)s, %(start)s, %(end)s) ORDER BY clicks DESC LIMIT 50",
}
#: Which result column to compare between the layouts (ties at a LIMIT may pick other keys, never other sums).
COMPARE_COLUMN = {"top_pages": 1, "top_queries": 1, "top_query_pages": 2, "page_totals_fn": 6}

#: The old code's full lifetime rebuild (sql/lifetime_rebuild.sql before the id-keyed layout), frozen here because
#: the old layout needs the old SQL: lifetime tables are filled on both sides so that their bytes count alike.
OLD_LIFETIME_REBUILD = """
INSERT INTO {lifetime}
    (site_url, search_type, {keys}, daily_rows, clicks, impressions, sum_position_x_impressions,
     first_seen, last_seen, days_seen, updated_at)
SELECT site_url, search_type, {keys}, count(*), sum(clicks), sum(impressions), sum(position * impressions),
       min(date), max(date), count(DISTINCT date), now()
FROM {daily}
GROUP BY site_url, search_type, {keys}
"""
OLD_LIFETIME = {
    "lifetime_query_page": ("query_page_daily", ("query", "page")),
    "lifetime_page": ("page_daily", ("page",)),
}
OLD_LEDGER = """
INSERT INTO gsc.load_ledger (site_url, date, search_type, report, rows, clicks, impressions, data_state, run_id,
                             load_id)
VALUES (%s, %s, %s, %s, %s, %s, %s, 'final', 'bench', %s)
"""
SIZE_SQL = """
SELECT n.nspname, c.relname, pg_total_relation_size(c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'm', 'S')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\\_toast%%' AND n.nspname NOT LIKE 'pg\\_temp%%'
ORDER BY 3 DESC
"""


def _log(message: str) -> None:
    print(f"bench_storage: {message}", file=sys.stderr, flush=True)


# -- data: the simulator's answers, as the client turns them into Arrow ------------------------------------------


class BusySite:
    """One day of the five default reports for one site, per search type, as the client would have fetched it."""

    def __init__(self, site: str = SITE, fine_rows: int = FINE_ROWS_PER_DAY, today: dt.date = LAST_DAY) -> None:
        self.site = site
        self.today = today + dt.timedelta(days=3)  # every loaded day is final
        self.engine = Engine(DataSource({site: fine_rows}, seed=0, cache=DayCache(max_rows=400_000)), max_answers=8)

    def _table(self, report: ReportSpec, day: dt.date, search_type: str) -> pa.Table:
        body: dict[str, Any] = {
            "startDate": day.isoformat(),
            "endDate": day.isoformat(),
            "dimensions": list(report.request_dimensions(search_type)),
            "type": search_type,
            "rowLimit": 25_000,
            "dataState": "final",
        }
        aggregation = report.request_aggregation(search_type)
        if aggregation != "auto":
            body["aggregationType"] = aggregation
        query = parse_query(body)
        answer = self.engine.answer(self.site, query, self.today)
        rows = self.engine.render(self.site, query, answer, 0, len(answer))
        if report.by_appearance:  # one day: the appearance list is the day's (date, appearance) rows
            for row in rows:
                row["keys"] = [day.isoformat(), *row["keys"]]
        return rows_to_table(rows, spec=report, site_url=self.site, date=day, search_type=search_type)

    def day(self, day: dt.date) -> dict[str, pa.Table]:
        """Table name -> every search type's rows of that day (client Arrow schema)."""
        out = {}
        for report in DEFAULT_REPORTS:
            parts = [self._table(report, day, t) for t in SEARCH_TYPES if report.refusal_for(t) is None]
            out[REPORT_TABLE[report.name]] = pa.concat_tables(parts)
        return out


# -- databases ----------------------------------------------------------------------------------------------------


def _create_database(server: str, label: str) -> str:
    name = f"bench_storage_{label}_{secrets.token_hex(3)}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return database_url(server, name)


def _months(days: list[dt.date]) -> list[dt.date]:
    return sorted({d.replace(day=1) for d in days})


def _next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _old_setup(url: str, days: list[dt.date]) -> None:
    """The frozen DDL, then the monthly partitions the old code would have created for these days."""
    subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", str(FROZEN_DDL)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with psycopg.connect(url, autocommit=True) as conn:
        partitioned = {
            name
            for (name,) in conn.execute(
                "SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'gsc' AND c.relname = ANY(%s)",
                [list(DAILY_TABLES)],
            )
        }
        for table in sorted(partitioned):
            for month in _months(days):
                conn.execute(
                    sql.SQL(
                        "CREATE TABLE IF NOT EXISTS {} PARTITION OF {} FOR VALUES FROM ({}) TO ({}) "
                        "WITH (autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.05)"
                    ).format(
                        sql.Identifier("gsc", f"{table}_p{month:%Y%m}"),
                        sql.Identifier("gsc", table),
                        sql.Literal(month),
                        sql.Literal(_next_month(month)),
                    )
                )


def _old_csv(table_name: str, table: pa.Table) -> tuple[sql.Composed, bytes]:
    """The COPY statement and CSV body of one table's rows, sorted by primary key, data_state 'final'."""
    spec = SPECS[table_name]
    keys = ("search_type", *spec.key_columns)
    ordered = table.sort_by([(c, "ascending") for c in keys]) if table.num_rows else table
    columns = ("site_url", "date", *keys, "clicks", "impressions", "ctr", "position")
    out = ordered.select(list(columns)).append_column("data_state", pa.repeat(pa.scalar("final"), ordered.num_rows))
    buffer = io.BytesIO()
    pa_csv.write_csv(out, buffer, pa_csv.WriteOptions(include_header=False))
    statement = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT CSV)").format(
        sql.Identifier("gsc", table_name), sql.SQL(", ").join(map(sql.Identifier, out.column_names))
    )
    return statement, buffer.getvalue()


def _old_load(conn: psycopg.Connection[Any], tables: dict[str, pa.Table]) -> float:
    """COPY of one (site, date) partition in one transaction; returns its seconds (the CSV is built before)."""
    prepared = [_old_csv(name, table) for name, table in tables.items() if table.num_rows]
    started = time.perf_counter()
    with conn.transaction(), conn.cursor() as cur:
        for statement, body in prepared:
            with cur.copy(statement) as copy:
                copy.write(body)
    return time.perf_counter() - started


def _old_ledger(conn: psycopg.Connection[Any], day: dt.date, tables: dict[str, pa.Table]) -> None:
    """The ledger rows the old load wrote (not timed: the old figure is COPY only)."""
    row = conn.execute("SELECT nextval('gsc.load_seq')").fetchone()
    load_id = row[0] if row else 0
    records = []
    for name, table in tables.items():
        sums = table.group_by("search_type").aggregate([([], "count_all"), ("clicks", "sum"), ("impressions", "sum")])
        columns = ("search_type", "count_all", "clicks_sum", "impressions_sum")
        for search_type, count, clicks, impressions in zip(*(sums[c].to_pylist() for c in columns), strict=True):
            records.append((SITE, day, search_type, name, count, clicks, impressions, load_id))
    with conn.transaction(), conn.cursor() as cur:
        cur.executemany(OLD_LEDGER, records)


def _old_lifetime(conn: psycopg.Connection[Any]) -> float:
    started = time.perf_counter()
    with conn.transaction():
        for lifetime, (daily, keys) in OLD_LIFETIME.items():
            conn.execute(
                sql.SQL(OLD_LIFETIME_REBUILD).format(
                    lifetime=sql.Identifier("gsc", lifetime),
                    daily=sql.Identifier("gsc", daily),
                    keys=sql.SQL(", ").join(map(sql.Identifier, keys)),
                )
            )
    return time.perf_counter() - started


# -- figures --------------------------------------------------------------------------------------------------------


def _sizes(url: str) -> dict[str, Any]:
    """Bytes of every relation with storage (tables and partitions with their indexes and TOAST, sequences)."""
    with psycopg.connect(url, autocommit=True) as conn:
        rows = conn.execute(SIZE_SQL).fetchall()
    gsc = [(name, size) for schema, name, size in rows if schema == "gsc"]
    return {
        "gsc_bytes": sum(size for _, size in gsc),
        "all_schemas_bytes": sum(size for _, _, size in rows),
        "lifetime_bytes": sum(size for name, size in gsc if name.startswith("lifetime")),
        "relations": [[f"{schema}.{name}", size] for schema, name, size in rows[:20]],
    }


def _contents(url: str) -> dict[str, tuple[int, int, int, float]]:
    """Per daily table (public name): rows, clicks, impressions, sum(position * impressions)."""
    out = {}
    with psycopg.connect(url, autocommit=True) as conn:
        for table in DAILY_TABLES:
            row = conn.execute(
                sql.SQL(
                    "SELECT count(*), coalesce(sum(clicks), 0), coalesce(sum(impressions), 0), "
                    "coalesce(sum(position * impressions), 0) FROM {}"
                ).format(sql.Identifier("gsc", table))
            ).fetchone()
            assert row is not None
            out[table] = (int(row[0]), int(row[1]), int(row[2]), float(row[3]))
    return out


def _same_contents(old: dict[str, tuple[int, int, int, float]], new: dict[str, tuple[int, int, int, float]]) -> bool:
    for table in DAILY_TABLES:
        (rows, clicks, impressions, pxi), (rows2, clicks2, impressions2, pxi2) = old[table], new[table]
        if (rows, clicks, impressions) != (rows2, clicks2, impressions2) or abs(pxi - pxi2) > 1e-6 * max(abs(pxi), 1):
            return False
    return True


def _vacuum(url: str) -> float:
    started = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    return time.perf_counter() - started


def _pick_keys(url: str, days: int) -> dict[str, str]:
    """A mid-popularity query and page (median of those seen on at least half the days) for the trends, and the
    page with the most distinct queries for a page's queries."""
    with psycopg.connect(url, autocommit=True) as conn:

        def mid(table: str, column: str) -> str:
            found = conn.execute(
                sql.SQL(
                    "SELECT {c} FROM {t} WHERE site_url = %s GROUP BY {c} HAVING count(DISTINCT date) >= %s "
                    "ORDER BY sum(impressions) DESC, {c}"
                ).format(c=sql.Identifier(column), t=sql.Identifier("gsc", table)),
                [SITE, max(1, days // 2)],
            ).fetchall()
            return found[len(found) // 2][0]

        top = conn.execute(
            "SELECT page FROM gsc.query_page_daily WHERE site_url = %s GROUP BY page "
            "ORDER BY count(DISTINCT query) DESC, page LIMIT 1",
            [SITE],
        ).fetchone()
        assert top is not None
        return {"query": mid("query_daily", "query"), "page": mid("page_daily", "page"), "focus_page": top[0]}


def _signature(name: str, rows: list[tuple[Any, ...]]) -> list[Any]:
    column = COMPARE_COLUMN.get(name)
    if column is not None:
        return [row[column] for row in rows]
    return [tuple(row) for row in rows]


def _run_query(conn: psycopg.Connection[Any], text: str, params: dict[str, Any]) -> tuple[float, list[Any]]:
    """Seconds of one execution, rows fetched."""
    started = time.perf_counter()
    with psycopg.ClientCursor(conn) as cur:  # literals in the SQL, as an analyst's psql session sends it
        cur.execute(text, params)
        rows = cur.fetchall()
    return time.perf_counter() - started, rows


def _explain(conn: psycopg.Connection[Any], text: str, params: dict[str, Any]) -> list[str]:
    with psycopg.ClientCursor(conn) as cur:
        cur.execute("EXPLAIN (ANALYZE, BUFFERS) " + text, params)
        lines = [row[0] for row in cur.fetchall()]
    return lines if len(lines) <= EXPLAIN_LINES else [*lines[:EXPLAIN_LINES], f"... ({len(lines)} lines)"]


def _queries(
    old_url: str, new_url: str, params: dict[str, Any], repeats: int, fast_samples: int = 1001
) -> dict[str, Any]:
    """Median wall time per query, warm (one untimed run first), the sides taking turns on every execution;
    ``repeats`` executions per side, or ``fast_samples`` for a query faster than FAST_QUERY_S.

    A third side times the old layout again on a second connection: old against old is the noise of this machine
    for that query (both sides run the very same plan). A query counts as slower only where new/old is above 1.0
    by more than the largest old/old spread of the run.
    """
    out: dict[str, Any] = {}
    explain: dict[str, dict[str, list[str]]] = {"new": {}, "old": {}}
    with (
        psycopg.connect(old_url, autocommit=True, prepare_threshold=None) as old,
        psycopg.connect(old_url, autocommit=True, prepare_threshold=None) as old_again,
        psycopg.connect(new_url, autocommit=True, prepare_threshold=None) as new,
    ):
        sides = (("old", old), ("new", new), ("old_again", old_again))
        for name, text in QUERIES.items():
            warm_old, old_rows = _run_query(old, text, params)
            warm_new, new_rows = _run_query(new, text, params)
            _run_query(old_again, text, params)
            # A fast query is timed one execution at a time, in a fresh random order of the sides every sample, many
            # times: means of back-to-back batches in a fixed rotation put old/old up to 21% apart.
            fast = min(warm_old, warm_new) < FAST_QUERY_S
            samples = max(repeats, fast_samples) if fast else repeats
            times: dict[str, list[float]] = {side: [] for side, _ in sides}
            order = random.Random(name)
            for _ in range(samples):
                for side, conn in order.sample(sides, len(sides)):
                    times[side].append(_run_query(conn, text, params)[0])
            medians = {side: statistics.median(found) * 1000 for side, found in times.items()}
            out[name] = {
                "old_ms": round(medians["old"], 3),
                "new_ms": round(medians["new"], 3),
                "new_vs_old": round(medians["new"] / medians["old"], 3),
                "old_vs_old": round(medians["old_again"] / medians["old"], 3),
                "rows": len(new_rows),
                "samples": samples,
                "same_result": _signature(name, old_rows) == _signature(name, new_rows),
            }
            explain["new"][name] = _explain(new, text, params)
            explain["old"][name] = _explain(old, text, params)
    noise = max(abs(out[name]["old_vs_old"] - 1.0) for name in QUERIES)
    slower = [name for name in QUERIES if out[name]["new_vs_old"] > 1.0 + noise]
    out["noise"] = round(noise, 3)
    out["slower"] = ", ".join(f"{name} ({out[name]['new_vs_old']}x)" for name in slower) or "none"
    out["none_slower"] = not slower
    out["target"] = "none slower (new/old <= 1.0 + the run's largest old/old spread, medians of the same run)"
    out["explain"] = explain
    return out


def _git(*args: str) -> str:
    done = subprocess.run(["git", "--no-optional-locks", *args], cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def _warehouse_code() -> str:
    """Which warehouse code the NEW side ran: HEAD plus uncommitted changes under gsc_assets/warehouse (read-only)."""
    try:
        head = _git("rev-parse", "--short", "HEAD")
        changed = _git("diff", "--shortstat", "HEAD", "--", "gsc_assets/warehouse")
        untracked = _git("ls-files", "--others", "--exclude-standard", "--", "gsc_assets/warehouse").splitlines()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"HEAD {head}, {changed or 'no tracked changes'}, {len(untracked)} untracked files"


def _server(url: str) -> dict[str, str]:
    with psycopg.connect(url, autocommit=True) as conn:
        return {
            name: str(row[0])
            for name in ("server_version", "shared_buffers", "work_mem", "jit", "max_parallel_workers_per_gather")
            if (row := conn.execute(sql.SQL("SHOW {}").format(sql.Identifier(name))).fetchone())
        }


def _days(count: int) -> list[dt.date]:
    return [LAST_DAY - dt.timedelta(days=i) for i in range(count - 1, -1, -1)]


def run(quick: bool = False, days: int | None = None) -> dict[str, Any]:
    n_days = days or (5 if quick else 30)
    repeats = 3 if quick else 11
    dates = _days(n_days)
    server, _ = find_server_url()
    old_url = _create_database(server, "old")
    new_url = _create_database(server, "new")
    try:
        _old_setup(old_url, dates)
        with Warehouse(new_url) as wh, psycopg.connect(old_url, autocommit=True) as old:
            migrations = wh.migrate()
            empty = {"old": _sizes(old_url)["gsc_bytes"], "new": _sizes(new_url)["gsc_bytes"]}
            site = BusySite()
            rows: dict[str, int] = dict.fromkeys(DAILY_TABLES, 0)
            seconds = {"old": 0.0, "new": 0.0, "new_copy": 0.0, "generate": 0.0}
            for i, day in enumerate(dates):
                started = time.perf_counter()
                tables = site.day(day)
                seconds["generate"] += time.perf_counter() - started
                for name, table in tables.items():
                    rows[name] += table.num_rows
                for side in ("old", "new") if i % 2 == 0 else ("new", "old"):
                    if side == "old":
                        seconds["old"] += _old_load(old, tables)
                        _old_ledger(old, day, tables)
                    else:
                        started = time.perf_counter()
                        result = wh.load_partition(
                            SITE,
                            day,
                            {SPECS[name]: table for name, table in tables.items()},
                            data_state="final",
                            run_id="bench",
                            figures={},
                        )
                        seconds["new"] += time.perf_counter() - started
                        seconds["new_copy"] += result.copy_seconds
                _log(f"{day}: {sum(t.num_rows for t in tables.values())} rows loaded into both layouts")
            lifetime_old = _old_lifetime(old)
            lifetime_new = wh.refresh_lifetime()["seconds"]
        vacuum = {"old": _vacuum(old_url), "new": _vacuum(new_url)}
        total = sum(rows.values())
        contents = {"old": _contents(old_url), "new": _contents(new_url)}
        sizes = {"old": _sizes(old_url), "new": _sizes(new_url)}
        _log("loads done, timing the analysts' queries")
        params = {"site": SITE, "start": max(dates[0], dates[-1] - dt.timedelta(days=89)), "end": dates[-1]}
        params.update(_pick_keys(old_url, n_days))
        queries = _queries(old_url, new_url, params, repeats, 101 if quick else 1001)
        settings = _server(old_url)
    finally:
        drop_database(server, old_url)
        drop_database(server, new_url)

    def per_100k(s: float) -> float:
        return round(s / total * 100_000 * 1000, 1)

    def size_figures(side: str) -> dict[str, Any]:
        found = sizes[side]
        return {
            "bytes_per_row": round(found["gsc_bytes"] / total, 1),
            "gsc_mb": round(found["gsc_bytes"] / 2**20, 1),
            "without_lifetime_bytes_per_row": round((found["gsc_bytes"] - found["lifetime_bytes"]) / total, 1),
            "lifetime_bytes_per_row": round(found["lifetime_bytes"] / total, 1),
            "empty_schema_kb": round(empty[side] / 1024),
            "all_schemas_mb": round(found["all_schemas_bytes"] / 2**20, 1),
            "vacuum_analyze_s": round(vacuum[side], 2),
        }

    old_bpr = sizes["old"]["gsc_bytes"] / total
    new_bpr = sizes["new"]["gsc_bytes"] / total
    return {
        "machine": f"{platform.machine()} {os.cpu_count()} cpu, Python {platform.python_version()}",
        "server": settings,
        "new_layout": {
            "warehouse_code": _warehouse_code(),
            "migrations_applied": ", ".join(migrations) or "none",
        },
        "data": {
            "site": SITE,
            "fine_rows_per_day": FINE_ROWS_PER_DAY,
            "search_types": ", ".join(SEARCH_TYPES),
            "days": n_days,
            "first_day": dates[0].isoformat(),
            "last_day": dates[-1].isoformat(),
            "rows": rows,
            "daily_rows": total,
            "generate_s": round(seconds["generate"], 1),
            "same_contents": _same_contents(contents["old"], contents["new"]),
        },
        "load": {
            "old_copy_only_ms_per_100k": per_100k(seconds["old"]),
            "new_load_partition_ms_per_100k": per_100k(seconds["new"]),
            "new_copy_part_ms_per_100k": per_100k(seconds["new_copy"]),
            "new_vs_old": round(seconds["new"] / seconds["old"], 3),
            "old_s": round(seconds["old"], 2),
            "new_s": round(seconds["new"], 2),
            "note": (
                "old = CSV COPY only (rows pre-sorted by primary key, CSV built before the clock; no validation, "
                "delete, ledger or lifetime deltas); new = the whole Warehouse.load_partition call"
            ),
            "old_lifetime_rebuild_s": round(lifetime_old, 2),
            "new_lifetime_refresh_s": round(lifetime_new, 2),
        },
        "size": {
            "old": size_figures("old"),
            "new": size_figures("new"),
            "new_vs_old": round(new_bpr / old_bpr, 3),
            "target_bytes_per_row": f"<= {BYTES_PER_ROW_TARGET}",
            "new_meets_target": new_bpr <= BYTES_PER_ROW_TARGET,
            "note": "every relation of schema gsc (tables, partitions, indexes, TOAST, sequences) / daily rows",
            "relations": {"old": sizes["old"]["relations"], "new": sizes["new"]["relations"]},
        },
        "queries": {
            "range": f"{params['start']} .. {params['end']}",
            "query": params["query"],
            "page": params["page"],
            "focus_page": params["focus_page"],
            "repeats": repeats,
            **queries,
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="5 days, 3 repeats per query")
    parser.add_argument("--days", type=int, default=None, help="days of data (default 30, --quick 5)")
    args = parser.parse_args(argv)
    print(json.dumps(run(quick=args.quick, days=args.days), indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
