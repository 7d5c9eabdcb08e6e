"""Lifetime stats: refresh cost after one new day, with a short history against a long one (the cost must follow
what changed, not the length of the history), and incremental against a full rebuild.

History is seeded with COPY straight into the daily tables (not through the API), then the lifetime tables are
built once with a full refresh; one new day is then loaded through `Warehouse.load_partition` (which records its
deltas) and the incremental refresh is timed. About 25,000 query x page rows a day, as a mid-size site.

    .venv/bin/python -m benchmarks.bench_lifetime [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import duckdb
import psycopg

from benchmarks.bench_sync import _database, _drop, server_url
from gsc_assets.warehouse import DEFAULT_TABLE_SPECS, Warehouse
from gsc_assets.warehouse._arrow import copy_columns

SITE = "sc-domain:history.example"
ROWS_PER_DAY = 25_000
PAGES_PER_DAY = 2_000
KEY_SPACE = 400_000  # distinct (query, page) pairs over the history
LAST_DAY = dt.date(2026, 11, 1)
SPECS = {spec.name: spec for spec in DEFAULT_TABLE_SPECS}

QUERY_PAGE_SQL = """
SELECT '{site}' AS site_url, d::DATE AS date, 'web' AS search_type,
       'query ' || (k // 40) AS query, 'https://history.example/p/' || (k % 40) || '/' || (k // 4000) AS page,
       'usa' AS country, 'DESKTOP' AS device, c AS clicks, c + 1 + (h % 90) AS impressions,
       c / (c + 1 + (h % 90))::DOUBLE AS ctr, 1 + (h % 40) / 3.0 AS position, 'final' AS data_state, now() AS loaded_at
FROM (
    SELECT d, k, hash(k, d) AS h, (hash(k, d) % 7)::BIGINT AS c
    FROM (SELECT d, (i * 7919 + datediff('day', DATE '2020-01-01', d) * 31) % {keys} AS k
          FROM range(DATE '{first}', DATE '{last}' + INTERVAL 1 DAY, INTERVAL 1 DAY) AS days(d),
               range({rows}) AS r(i))
)
"""

PAGE_SQL = """
SELECT '{site}' AS site_url, d::DATE AS date, 'web' AS search_type,
       'https://history.example/p/' || (i % 40) || '/' || (i // 40) AS page, 'usa' AS country, 'DESKTOP' AS device,
       (hash(i, d) % 20)::BIGINT AS clicks, (hash(i, d) % 20)::BIGINT + 5 + (hash(i, d) % 300) AS impressions,
       (hash(i, d) % 20) / ((hash(i, d) % 20) + 5 + (hash(i, d) % 300))::DOUBLE AS ctr, 4.5 AS position,
       'final' AS data_state, now() AS loaded_at
FROM range(DATE '{first}', DATE '{last}' + INTERVAL 1 DAY, INTERVAL 1 DAY) AS days(d), range({pages}) AS r(i)
"""


def _csv(query: str, path: Path) -> None:
    with duckdb.connect() as db:
        db.execute(f"COPY ({query}) TO '{path}' (FORMAT csv, HEADER false)")


def _copy(url: str, table: str, columns: tuple[str, ...], path: Path) -> None:
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        names = ", ".join(columns)
        with cur.copy(f"COPY gsc.{table} ({names}) FROM STDIN (FORMAT csv)") as copy, path.open("rb") as source:
            while block := source.read(1 << 20):
                copy.write(block)


def _day_tables(day: dt.date, tmp: Path) -> dict[Any, Any]:
    """The new day as Arrow tables, shaped like the client's output."""
    tables = {}
    with duckdb.connect() as db:
        for name, query in (("query_page_daily", QUERY_PAGE_SQL), ("page_daily", PAGE_SQL)):
            text = query.format(site=SITE, first=day, last=day, rows=ROWS_PER_DAY, keys=KEY_SPACE, pages=PAGES_PER_DAY)
            spec = SPECS[name]
            columns = ", ".join(["site_url", "date", "search_type", *spec.key_columns, "clicks", "impressions", "ctr",
                                 "position"])  # fmt: skip
            tables[spec] = db.sql(f"SELECT {columns} FROM ({text})").to_arrow_table()
    return tables


def measure(days: int, tmp: Path) -> dict[str, Any]:
    url, name = _database(server_url())
    try:
        first = LAST_DAY - dt.timedelta(days=days - 1)
        with Warehouse(url) as warehouse:
            warehouse.migrate()
            for spec_name in ("query_page_daily", "page_daily"):
                warehouse.ensure_partitions(SPECS[spec_name], [first + dt.timedelta(days=n) for n in range(days + 1)])
        seeded = time.perf_counter()
        for spec_name, query in (("query_page_daily", QUERY_PAGE_SQL), ("page_daily", PAGE_SQL)):
            spec = SPECS[spec_name]
            path = tmp / f"{name}-{spec_name}.csv"
            history = query.format(site=SITE, first=first, last=LAST_DAY, rows=ROWS_PER_DAY, keys=KEY_SPACE,
                                   pages=PAGES_PER_DAY)  # fmt: skip
            # Straight into the storage behind the view: no derived column; final data, loaded_at by default.
            columns = copy_columns(spec)
            stored = ", ".join("true AS final" if c == "final" else c for c in columns)
            _csv(f"SELECT {stored} FROM ({history})", path)
            _copy(url, spec.storage, columns, path)
            path.unlink()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("ANALYZE")
            (history_rows,) = conn.execute("SELECT count(*) FROM gsc.query_page_daily").fetchone()
        seed_s = time.perf_counter() - seeded
        with Warehouse(url) as warehouse:
            began = time.perf_counter()
            warehouse.refresh_lifetime(full=True)
            first_build_s = time.perf_counter() - began
            new_day = LAST_DAY + dt.timedelta(days=1)
            load = warehouse.load_partition(
                SITE, new_day, _day_tables(new_day, tmp), data_state="final", run_id="bench"
            )
            began = time.perf_counter()
            incremental = warehouse.refresh_lifetime()
            incremental_s = time.perf_counter() - began
            began = time.perf_counter()
            warehouse.refresh_lifetime(full=True)
            full_s = time.perf_counter() - began
        with psycopg.connect(url) as conn:
            (lifetime_keys,) = conn.execute("SELECT count(*) FROM gsc.lifetime_query_page").fetchone()
        return {
            "days": days,
            "history_rows_query_page": history_rows,
            "lifetime_keys_query_page": lifetime_keys,
            "seed_s": round(seed_s, 1),
            "new_day_rows": load.total_rows,
            "new_day_load_s": round(load.seconds, 2),
            "incremental_refresh_s": round(incremental_s, 3),
            "deltas_consumed": incremental.get("deltas_consumed"),
            "full_refresh_s": round(full_s, 2),
            "first_full_build_s": round(first_build_s, 2),
            "full_over_incremental": round(full_s / incremental_s, 1),
        }
    finally:
        _drop(server_url(), name)


def run(quick: bool = False) -> dict[str, Any]:
    short, long = (30, 90) if quick else (90, 480)
    with tempfile.TemporaryDirectory() as tmp:
        short_history = measure(short, Path(tmp))
        long_history = measure(long, Path(tmp))
    return {
        "short_history": short_history,
        "long_history": long_history,
        "incremental_long_over_short": round(
            long_history["incremental_refresh_s"] / short_history["incremental_refresh_s"], 2
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(json.dumps(run(quick=args.quick), indent=2))


if __name__ == "__main__":
    main()
