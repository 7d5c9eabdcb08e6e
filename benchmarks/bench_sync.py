"""End-to-end benchmark: `gsc-assets sync` (Dagster run, client, DuckDB staging, COPY into Postgres) against a
simulator in a child process over HTTPS/HTTP/2 with Google's latency and quota.

Scenarios, each measured in one run on this machine:
- two sites x 30 days, every default report, at time scale K (quota utilisation, sequential baseline, speedup);
- a busy site: 14 days of web date+query+page+country+device (~380,000 rows), 300 ms latency, Google's real quota
  (K = 1), against the 85 s of the published singer tap and the 157 s of the Airbyte connector on the same sync;
- start-up: a `sync` of 14 partitions whose final data is already held (no run, no request), against
  `python -c "import dagster"` measured alternately in the same run (target: at most 2x).

    .venv/bin/python -m benchmarks.bench_sync [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg

from benchmarks.bench_client import ChildSimulator

LATENCY_MS = 300.0
QPM = 1_200
K = 2.0  # the simulator shares these 2 cores: above K=2 it, not the quota, limits the run (see NOTES)
TWO_SITES = {"sc-domain:shop.example": 4_000, "https://blog.example/": 1_000}
BUSY_SITE = {"sc-domain:busy.example": 27_200}
NOOP_SITE = {"sc-domain:held.example": 300}
NOOP_DAYS = 14
NOOP_TARGET = 2.0
NOOP_TIME_SCALE = 10.0  # only the first sync fetches: the quota need not be real


def _database(server_url: str) -> tuple[str, str]:
    name = f"gsc_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = server_url.rpartition("/")
    return f"{base}/{name}", name


def _drop(server_url: str, name: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_url() -> str:
    url = os.environ.get("GSC_BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    try:
        with psycopg.connect(url, connect_timeout=3):
            return url
    except psycopg.Error:
        from gsc_assets.warehouse import ensure_embedded_server

        return ensure_embedded_server(Path(tempfile.gettempdir()) / "gsc-bench-pg")


def _last_final_day() -> dt.date:
    from gsc_assets.partitions import FINAL_LAG_DAYS, pacific_today

    return pacific_today() - dt.timedelta(days=FINAL_LAG_DAYS)


def run_sync(
    sim: ChildSimulator, *, sites: list[str], days: int, time_scale: float, extra_env: dict[str, str], workdir: Path
) -> dict[str, Any]:
    """One `gsc-assets sync` process on a fresh database; wall and CPU seconds, the simulator's view of quota."""
    url, name = _database(server_url())
    end = _last_final_day()
    start = end - dt.timedelta(days=days - 1)
    env = sync_env(sim, url=url, name=name, time_scale=time_scale, workdir=workdir, extra_env=extra_env)
    command = [sys.executable, "-m", "gsc_assets.cli", "sync", "--start", str(start), "--end", str(end), "--json"]
    for site in sites:
        command += ["--site", site]
    sim.reset()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=1800)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        if done.returncode != 0:
            raise RuntimeError(f"sync failed: {done.stderr.strip().splitlines()[-1:]}")
        summary = json.loads(done.stdout)
        stats = sim.stats()
    finally:
        _drop(server_url(), name)
    requests = stats["requests"]
    # The sync's own fetch window: the simulator's first request is the sites.list check made before Dagster starts.
    span = summary["fetch_seconds"]
    per_second = QPM * time_scale / 60.0
    ideal = requests / per_second
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {
        "partitions": summary["partitions"],
        "rows": summary["rows"],
        "requests": requests,
        "requests_429": stats["by_status"].get("429", 0),
        "wall_s": round(wall, 2),
        "sync_cpu_s": round(cpu, 2),
        "cpu_us_per_row": round(cpu / summary["rows"] * 1e6, 1) if summary["rows"] else None,
        "fetch_seconds": round(span, 2),
        "quota_time_s": round(ideal, 2),
        "quota_utilisation_requests": round(ideal / span, 3) if span else None,
        "quota_utilisation_end_to_end": round(ideal / wall, 3),
    }


def sync_env(
    sim: ChildSimulator, *, url: str, name: str, time_scale: float, workdir: Path, extra_env: dict[str, str]
) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("GSC_")},
        "GSC_API_BASE_URL": sim.base_url,
        "GOOGLE_APPLICATION_CREDENTIALS": str(sim.key_path),
        "GSC_CA_FILE": sim.ca,
        "GSC_DATABASE_URL": url,
        "GSC_QUOTA_WINDOW_S": str(60.0 / time_scale),
        "GSC_STAGING_DIR": str(workdir / f"staging-{name}"),
        "DAGSTER_HOME": str(workdir / f"home-{name}"),
        **extra_env,
    }


def _wall(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    began = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(f"{command[2:4]} failed: {done.stderr.strip().splitlines()[-1:]}")
    return wall, done.stdout


def run_noop(sim: ChildSimulator, *, repeats: int, workdir: Path) -> dict[str, Any]:
    """Start-up: `sync` of a range already held and recorded, alternating with `python -c "import dagster"`.

    `named` passes --site (no request at all); `listed` leaves the sites to sites.list (one request)."""
    url, name = _database(server_url())
    end = _last_final_day()
    start = end - dt.timedelta(days=NOOP_DAYS - 1)
    env = sync_env(sim, url=url, name=name, time_scale=NOOP_TIME_SCALE, workdir=workdir, extra_env={})
    sync = [sys.executable, "-m", "gsc_assets.cli", "sync", "--start", str(start), "--end", str(end), "--json"]
    named = [*sync, *(arg for site in NOOP_SITE for arg in ("--site", site))]
    walls: dict[str, list[float]] = {"import_dagster": [], "named": [], "listed": []}
    try:
        first, _ = _wall(named, env)  # fetches and loads the range, and Dagster records it
        for _ in range(repeats):
            walls["import_dagster"].append(_wall([sys.executable, "-c", "import dagster"], env)[0])
            for variant, command in (("named", named), ("listed", sync)):
                sim.reset()
                wall, out = _wall(command, env)
                summary = json.loads(out)
                if summary["runs"] or summary["requests"] or summary["held"] != NOOP_DAYS * len(NOOP_SITE):
                    raise RuntimeError(f"not a no-op: {summary}")
                if variant == "named" and sim.stats()["requests"]:
                    raise RuntimeError("a no-op sync of named sites sent a request")
                walls[variant].append(wall)
    finally:
        _drop(server_url(), name)
    median = {key: statistics.median(values) for key, values in walls.items()}
    return {
        "partitions": NOOP_DAYS * len(NOOP_SITE),
        "repeats": repeats,
        "first_sync_s": round(first, 2),
        "import_dagster_s": round(median["import_dagster"], 2),
        "noop_sync_s": round(median["named"], 2),
        "noop_sync_per_import_dagster": round(median["named"] / median["import_dagster"], 2),
        "noop_sync_per_import_dagster_target": NOOP_TARGET,
        "noop_sync_with_sites_list_s": round(median["listed"], 2),
        "noop_sync_with_sites_list_per_import_dagster": round(median["listed"] / median["import_dagster"], 2),
    }


def run(quick: bool = False) -> dict[str, Any]:
    results: dict[str, Any] = {"time_scale": K, "latency_ms": LATENCY_MS, "qpm": QPM}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        days = 8 if quick else 30
        config = {"sites": TWO_SITES, "latency_ms": LATENCY_MS, "time_scale": K, "seed": 1,
                  "qpm_per_site": QPM, "qpm_per_user": QPM}  # fmt: skip
        sim = ChildSimulator(config, workdir / "sim")
        try:
            concurrent = run_sync(sim, sites=list(TWO_SITES), days=days, time_scale=K, extra_env={}, workdir=workdir)
            sequential = run_sync(
                sim, sites=list(TWO_SITES), days=days, time_scale=K, extra_env={"GSC_MAX_IN_FLIGHT": "1"},
                workdir=workdir,
            )  # fmt: skip
        finally:
            sim.close()
        latency_s = LATENCY_MS / 1000 / K
        ceiling = min(24, QPM * K / 60 * latency_s)
        speedup = sequential["fetch_seconds"] / concurrent["fetch_seconds"]
        results["two_sites"] = {
            "days": days,
            "concurrent": concurrent,
            "sequential_max_in_flight_1": sequential,
            "speedup_fetch": round(speedup, 2),
            "speedup_end_to_end": round(sequential["wall_s"] / concurrent["wall_s"], 2),
            "speedup_ceiling": round(ceiling, 2),
            "speedup_vs_ceiling": round(speedup / ceiling, 2),
        }
        busy_config = {"sites": BUSY_SITE, "latency_ms": LATENCY_MS, "time_scale": 1.0, "seed": 2,
                       "qpm_per_site": QPM, "qpm_per_user": QPM}  # fmt: skip
        sim = ChildSimulator(busy_config, workdir / "busy-sim")
        try:
            busy = run_sync(
                sim, sites=list(BUSY_SITE), days=7 if quick else 14, time_scale=1.0,
                extra_env={"GSC_REPORTS": "query_page", "GSC_SEARCH_TYPES": "web"}, workdir=workdir,
            )  # fmt: skip
        finally:
            sim.close()
        results["busy_site"] = busy
        noop_config = {"sites": NOOP_SITE, "latency_ms": LATENCY_MS, "time_scale": NOOP_TIME_SCALE, "seed": 3}
        sim = ChildSimulator(noop_config, workdir / "noop-sim")
        try:
            results["start_up"] = run_noop(sim, repeats=3 if quick else 7, workdir=workdir)
        finally:
            sim.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print(json.dumps(run(quick=args.quick), indent=2))


if __name__ == "__main__":
    main()
