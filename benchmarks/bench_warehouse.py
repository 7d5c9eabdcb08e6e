"""Load throughput: Warehouse.load_partition and its binary COPY against ``psql \\copy`` of the same rows.

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
SEARCH_TYPES = ("web", "image", "video", "news")


def _psql(url: str, command: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", command], check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def run(quick: bool = False) -> dict[str, Any]:
    rows_per_type = 25_000 if quick else 50_000  # Google's cap is 50,000 rows per day and search type
    repeats = 3 if quick else 5
    server, embedded = find_server_url()
    url = create_database(server, "bench_warehouse")
    workdir = Path(tempfile.mkdtemp(prefix="bench-wh-"))
    try:
        table = report_rows(SPEC, SITE, DAY, rows_per_type, search_types=SEARCH_TYPES)
        n = table.num_rows
        started = time.perf_counter()
        typed = prepare_table(SPEC, table, site_url=SITE, date=DAY)
        validate_s = time.perf_counter() - started
        started = time.perf_counter()
        blocks = [bytes(memoryview(b)) for b in encode_copy(SPEC, typed, site_url=SITE, date=DAY, data_state="final")]
        encode_s = time.perf_counter() - started
        binary_path = workdir / "rows.bin"
        binary_path.write_bytes(b"".join(blocks))
        csv_path = workdir / "rows.csv"
        columns = copy_columns(SPEC)
        with open(csv_path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            for record in typed.to_pylist():
                writer.writerow([SITE, DAY.isoformat(), *(record[c] for c in columns[2:-1]), "final"])
        column_list = ", ".join(columns)
        times: dict[str, list[float]] = {
            k: [] for k in ("load_partition", "load_copy_only", "psql_binary", "psql_csv", "reload")
        }
        with Warehouse(url) as wh, psycopg.connect(url, autocommit=True) as admin:
            wh.migrate()
            wh.ensure_partitions(SPEC, [DAY])
            psql_startup = statistics.median(_psql(url, "SELECT 1") for _ in range(3))

            def clean() -> None:
                admin.execute("TRUNCATE gsc.query_page_daily, gsc.lifetime_delta, gsc.load_ledger")
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
                    _psql(url, f"\\copy gsc.query_page_daily ({column_list}) FROM '{binary_path}' (FORMAT BINARY)")
                )
                clean()
                times["psql_csv"].append(
                    _psql(url, f"\\copy gsc.query_page_daily ({column_list}) FROM '{csv_path}' (FORMAT CSV)")
                )
        median = {k: statistics.median(v) for k, v in times.items()}
        rates = {f"{k}_rows_per_s": round(n / v) for k, v in median.items()}
        return {
            "rows": n,
            "repeats": repeats,
            "machine": f"{platform.machine()} {os.cpu_count()} cpu, {platform.python_version()}",
            "server": psycopg.connect(url).execute("SHOW server_version").fetchone()[0],  # type: ignore[index]
            "seconds_median": {k: round(v, 4) for k, v in median.items()},
            **rates,
            "validate_rows_per_s": round(n / validate_s),
            "encode_rows_per_s": round(n / encode_s),
            "psql_startup_s": round(psql_startup, 4),
            "copy_vs_psql_binary": round(median["psql_binary"] / median["load_copy_only"], 3),
            "load_vs_psql_binary": round(median["psql_binary"] / median["load_partition"], 3),
            "load_vs_psql_csv": round(median["psql_csv"] / median["load_partition"], 3),
            "embedded_server": embedded is not None,
        }
    finally:
        drop_database(server, url)
        for path in workdir.iterdir():
            path.unlink()
        workdir.rmdir()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    print(json.dumps(run(quick=args.quick), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
