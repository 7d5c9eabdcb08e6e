"""Load throughput (Warehouse.load_partition and its binary COPY against ``psql \\copy`` of the same rows) and
the cost of an incremental lifetime refresh with a short and a long history.

Run: ``.venv/bin/python benchmarks/bench_warehouse.py [--quick]`` (prints JSON). Every figure is measured in the
same run on the same freshly truncated partition, alternating the methods, and reported as a median.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg

from gsc_assets.warehouse import DEFAULT_TABLE_SPECS, Warehouse
from gsc_assets.warehouse._arrow import copy_columns, encode_copy, prepare_table
from gsc_assets_tests.fixtures_pg import create_database, drop_database, find_server_url, report_rows

SITE = "sc-domain:example.com"
DAY = dt.date(2026, 10, 5)
SPEC = next(s for s in DEFAULT_TABLE_SPECS if s.name == "query_page_daily")
PAGE_SPEC = next(s for s in DEFAULT_TABLE_SPECS if s.name == "page_daily")
SEARCH_TYPES = ("web", "image", "video", "news")


def _psql(url: str, command: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", command], check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def _copy_figures(server: str, quick: bool) -> dict[str, Any]:
    rows_per_type = 25_000 if quick else 50_000  # Google's cap is 50,000 rows per day and search type
    repeats = 3 if quick else 5
    url = create_database(server, "bench_warehouse")
    workdir = Path(tempfile.mkdtemp(prefix="bench-wh-"))
    try:
        table = report_rows(SPEC, SITE, DAY, rows_per_type, search_types=SEARCH_TYPES)
        n = table.num_rows
        started = time.perf_counter()
        typed = prepare_table(SPEC, table, site_url=SITE, date=DAY)
        validate_s = time.perf_counter() - started
        started = time.perf_counter()
        with Warehouse(url) as wh:
            wh.migrate()
        blocks = [bytes(memoryview(b)) for b in encode_copy(SPEC, typed, site_url=SITE, date=DAY, final=True)]
        encode_s = time.perf_counter() - started
        # psql gets the very rows (and order) our loader sends.
        binary_path = workdir / "rows.bin"
        binary_path.write_bytes(b"".join(blocks))
        csv_path = workdir / "rows.csv"
        columns = copy_columns(SPEC)
        with open(csv_path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            for record in typed.to_pylist():
                writer.writerow([SITE, DAY.isoformat(), *(record[c] for c in columns[2:])])
        column_list = ", ".join(columns)
        times: dict[str, list[float]] = {
            k: [] for k in ("load_partition", "load_copy_only", "psql_binary", "psql_csv", "reload")
        }
        with Warehouse(url) as wh, psycopg.connect(url, autocommit=True) as admin:
            wh.migrate()
            wh.ensure_partitions(SPEC, [DAY])
            server_version = admin.execute("SHOW server_version").fetchone()
            psql_startup = statistics.median(_psql(url, "SELECT 1") for _ in range(3))

            def clean() -> None:
                admin.execute(f"TRUNCATE gsc.{SPEC.storage}, gsc.lifetime_delta, gsc.load_ledger")
                admin.execute("CHECKPOINT")

            for _ in range(repeats):
                clean()
                result = wh.load_partition(SITE, DAY, {SPEC: table}, data_state="final", run_id="bench")
                times["load_partition"].append(result.seconds)
                times["load_copy_only"].append(result.copy_seconds)
                result = wh.load_partition(SITE, DAY, {SPEC: table}, data_state="final", run_id="bench")
                times["reload"].append(result.seconds)
                clean()
                times["psql_binary"].append(
                    _psql(url, f"\\copy gsc.{SPEC.storage} ({column_list}) FROM '{binary_path}' (FORMAT BINARY)")
                )
                clean()
                times["psql_csv"].append(
                    _psql(url, f"\\copy gsc.{SPEC.storage} ({column_list}) FROM '{csv_path}' (FORMAT CSV)")
                )
        median = {k: statistics.median(v) for k, v in times.items()}
        psql_net = median["psql_binary"] - psql_startup
        return {
            "rows": n,
            "repeats": repeats,
            "server": server_version[0] if server_version else "?",
            "seconds_median": {k: round(v, 4) for k, v in median.items()},
            **{f"{k}_rows_per_s": round(n / v) for k, v in median.items()},
            "validate_rows_per_s": round(n / validate_s),
            "encode_rows_per_s": round(n / encode_s),
            "psql_startup_s": round(psql_startup, 4),
            "copy_vs_psql_binary": round(median["psql_binary"] / median["load_copy_only"], 3),
            "copy_vs_psql_binary_minus_startup": round(psql_net / median["load_copy_only"], 3),
            "load_vs_psql_binary": round(median["psql_binary"] / median["load_partition"], 3),
            "load_vs_psql_csv": round(median["psql_csv"] / median["load_partition"], 3),
        }
    finally:
        drop_database(server, url)
        for path in workdir.iterdir():
            path.unlink()
        workdir.rmdir()


def _seed_history(wh: Warehouse, days: list[dt.date], rows_per_day: int) -> None:
    """History straight through COPY (no ledger, no deltas), then one full lifetime rebuild."""
    specs = [SPEC, PAGE_SPEC]
    for spec in specs:
        wh.ensure_partitions(spec, days)
    with wh.connect() as conn:
        for day in days:
            for spec in specs:
                table = report_rows(spec, SITE, day, rows_per_day, search_types=("web",))
                typed = prepare_table(spec, table, site_url=SITE, date=day)
                stream = encode_copy(spec, typed, site_url=SITE, date=day, final=True)
                with (
                    conn.cursor() as cur,
                    cur.copy(
                        f"COPY gsc.{spec.storage} ({', '.join(copy_columns(spec))}) FROM STDIN (FORMAT BINARY)"
                    ) as copy,
                ):
                    for block in stream:
                        copy.write(memoryview(block))
        conn.execute(f"VACUUM ANALYZE gsc.{SPEC.storage}")
        conn.execute(f"VACUUM ANALYZE gsc.{PAGE_SPEC.storage}")
    wh.refresh_lifetime(full=True)


def _lifetime_figures(server: str, quick: bool) -> dict[str, Any]:
    """Incremental refresh after one new day, with a short and a long history (same rows per day)."""
    rows_per_day = 1_000 if quick else 4_000
    histories = {"3_months": 90, "16_months": 480} if not quick else {"1_month": 30, "4_months": 120}
    out: dict[str, Any] = {"rows_per_day_and_table": rows_per_day}
    for label, length in histories.items():
        url = create_database(server, f"bench_lifetime_{label}")
        try:
            with Warehouse(url) as wh:
                wh.migrate([SPEC, PAGE_SPEC])
                last = dt.date(2026, 11, 20)
                days = [last - dt.timedelta(days=i) for i in range(length, 0, -1)]
                started = time.perf_counter()
                _seed_history(wh, days, rows_per_day)
                seed_s = time.perf_counter() - started
                refresh_s = []
                for extra in range(5):
                    day = last + dt.timedelta(days=extra)
                    tables = {
                        spec: report_rows(spec, SITE, day, rows_per_day, search_types=("web",))
                        for spec in (SPEC, PAGE_SPEC)
                    }
                    wh.load_partition(SITE, day, tables, data_state="final", run_id="bench")
                    refresh_s.append(wh.refresh_lifetime()["seconds"])
                started = time.perf_counter()
                wh.refresh_lifetime(full=True)
                full_s = time.perf_counter() - started
            out[label] = {
                "days": length,
                "daily_rows": length * rows_per_day,
                "seed_seconds": round(seed_s, 2),
                "incremental_refresh_s": round(statistics.median(refresh_s), 4),
                "full_rebuild_s": round(full_s, 4),
            }
        finally:
            drop_database(server, url)
    short, long = (out[k]["incremental_refresh_s"] for k in histories)
    out["long_vs_short_incremental"] = round(long / short, 3)
    return out


def run(quick: bool = False) -> dict[str, Any]:
    server, embedded = find_server_url()
    return {
        "machine": f"{platform.machine()} {os.cpu_count()} cpu, Python {platform.python_version()}",
        "embedded_server": embedded is not None,
        "copy": _copy_figures(server, quick),
        "lifetime": _lifetime_figures(server, quick),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    print(json.dumps(run(quick=args.quick), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
