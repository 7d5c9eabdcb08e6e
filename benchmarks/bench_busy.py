"""A busy site end to end, at Google's real quota (time scale 1): is the pipeline bound by Google or by itself?

1. The whole default sync of a busy site (30,000 fine rows a day, about 100,000 rows a day over the five default
   tables; web, image, video and news; 30 days, 7 with --quick): wall time of `gsc-assets sync` against the quota
   time of the requests it made (requests / 20 per second), CPU per row of the sync process and of Postgres (the
   postmaster's reaped and live backends: everything the server spent), and bytes per row on disk (every relation
   of schema gsc over the daily tables' rows, after the lifetime refresh that follows a sync), and the Postgres
   sessions the database saw (Dagster's storage opens one per statement unless the sync pools them).
2. One busy site, 14 days of `query_page` on web (7 with --quick): `gsc-assets sync` against a plain async HTTP/2
   client (httpx, the same token, pacing and paging, rows parsed, nothing stored), both as fresh processes.

    .venv/bin/python -m benchmarks.bench_busy [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import resource
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path
from typing import Any

import psutil
import psycopg

from benchmarks.bench_client import ChildSimulator
from benchmarks.bench_sync import LATENCY_MS, QPM, _database, _drop, _last_final_day, server_url, sync_env
from gsc_assets.warehouse import Warehouse

BUSY_SITE = {"sc-domain:busy.example": 30_000}
SEARCH_TYPES = "web,image,video,news"
TARGETS = {"sync_vs_quota": 1.5, "cpu_us_per_row": 12.0, "bytes_per_row": 200.0, "query_page_vs_plain": 1.7}
PLAIN_IN_FLIGHT = 16


def postgres_cpu_s(url: str) -> float:
    """CPU seconds the Postgres server has used so far: the postmaster, its reaped children and its live ones."""
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT pg_backend_pid()").fetchone()
    assert row is not None
    postmaster = psutil.Process(row[0]).parent()
    assert postmaster is not None
    times = postmaster.cpu_times()
    total = times.user + times.system + times.children_user + times.children_system
    for child in postmaster.children():
        try:
            own = child.cpu_times()
        except psutil.Error:
            continue
        total += own.user + own.system
    return total


def _bytes_per_row(url: str) -> float:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
        size = conn.execute(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'gsc' AND c.relkind IN ('r', 'm', 'S') "
        ).fetchone()
        rows = conn.execute(
            "SELECT (SELECT count(*) FROM gsc.property_daily) + (SELECT count(*) FROM gsc.page_daily)"
            " + (SELECT count(*) FROM gsc.query_daily) + (SELECT count(*) FROM gsc.query_page_daily)"
            " + (SELECT count(*) FROM gsc.appearance_daily)"
        ).fetchone()
    assert size is not None and rows is not None
    return round(float(size[0]) / rows[0], 1) if rows[0] else 0.0


def postgres_sessions(server: str, name: str) -> int:
    """Sessions database `name` has seen (a connection each), read from another database once the ended backends
    have reported theirs: Dagster's storage opens one per stored event unless its connections are pooled."""
    with psycopg.connect(server, autocommit=True) as conn:
        query = "SELECT sessions FROM pg_stat_database WHERE datname = %s"
        last, deadline = -1, time.monotonic() + 10
        while time.monotonic() < deadline:
            row = conn.execute(query, (name,)).fetchone()
            now = int(row[0]) if row else 0
            if now == last:
                break
            last = now
            time.sleep(0.5)
    return last


def simulator_cpu_s(sim: ChildSimulator) -> float:
    """CPU seconds the simulator process has used so far (it shares this machine's cores; Google's servers do not)."""
    times = psutil.Process(sim.proc.pid).cpu_times()
    return times.user + times.system


def cpu_floor_s(*cpu_seconds: float) -> float:
    """The shortest wall time the given CPU seconds allow on this machine's cores."""
    return round(sum(cpu_seconds) / (psutil.cpu_count() or 1), 2)


def _prepare_schemas(url: str, env: dict[str, str]) -> None:
    """Create Dagster's storage and the warehouse's tables in `url`, as any sync after a deployment's first finds
    them (in another process: opening the instance sets DAGSTER_HOME)."""
    code = (
        "import sys; from gsc_assets.instance import open_instance; from gsc_assets.warehouse import Warehouse; "
        "open_instance(sys.argv[1]); Warehouse(sys.argv[1]).migrate()"
    )
    subprocess.run([sys.executable, "-c", code, url], env=env, check=True, capture_output=True, timeout=300)


def sync(
    sim: ChildSimulator, *, days: int, extra: dict[str, str], workdir: Path, size: bool, prepared: bool = False
) -> dict[str, Any]:
    """One `gsc-assets sync` of the busy site on a fresh database (with `prepared`, one whose schemas exist)."""
    url, name = _database(server_url())
    end = _last_final_day()
    start = end - dt.timedelta(days=days - 1)
    site = next(iter(BUSY_SITE))
    command = [sys.executable, "-m", "gsc_assets.cli", "sync", "--start", str(start), "--end", str(end), "--json"]
    command += ["--site", site]
    env = sync_env(sim, url=url, name=name, time_scale=1.0, workdir=workdir, extra_env=extra)
    if prepared:
        _prepare_schemas(url, env)
    sim.reset()
    try:
        before, pg_before = resource.getrusage(resource.RUSAGE_CHILDREN), postgres_cpu_s(url)
        sim_before = simulator_cpu_s(sim)
        began = time.perf_counter()
        done = subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            timeout=3600,
        )
        wall = time.perf_counter() - began
        after, pg_after = resource.getrusage(resource.RUSAGE_CHILDREN), postgres_cpu_s(url)
        sim_cpu = simulator_cpu_s(sim) - sim_before
        if done.returncode != 0:
            raise RuntimeError(f"sync failed: {done.stderr.strip().splitlines()[-1:]}")
        summary = json.loads(done.stdout)
        stats = sim.stats()
        sessions = postgres_sessions(server_url(), name)
        sizes = None
        if size:
            # Right after the sync the lifetime deltas are not yet consumed (the lifetime asset runs after the
            # loads, off their path); a deployment's steady state is after that refresh.
            sizes = {"bytes_per_row_before_lifetime_refresh": _bytes_per_row(url)}
            with Warehouse(url) as warehouse:
                warehouse.refresh_lifetime()
            sizes["bytes_per_row"] = _bytes_per_row(url)
    finally:
        _drop(server_url(), name)
    rows = summary["rows"]
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    pg_cpu = pg_after - pg_before
    quota_s = stats["requests"] / (QPM / 60.0)
    out = {
        "days": days,
        "rows": rows,
        "requests": stats["requests"],
        "requests_429": stats["by_status"].get("429", 0),
        "wall_s": round(wall, 2),
        "fetch_s": round(summary["fetch_seconds"], 2),
        "quota_time_s": round(quota_s, 2),
        "wall_vs_quota": round(wall / quota_s, 2),
        "sync_cpu_s": round(cpu, 2),
        "postgres_cpu_s": round(pg_cpu, 2),
        "cpu_us_per_row": round((cpu + pg_cpu) / rows * 1e6, 2),
        "sync_cpu_us_per_row": round(cpu / rows * 1e6, 2),
        "simulator_cpu_s": round(sim_cpu, 2),
        "cpu_floor_s": cpu_floor_s(cpu, pg_cpu, sim_cpu),
        "postgres_sessions": sessions,
    }
    return {**out, **(sizes or {})}


async def _plain_fetch(base_url: str, key_path: str, ca: str, site: str, days: list[str]) -> tuple[int, int]:
    """A plain async client: every day's query x page x country x device rows, paged to the empty page."""
    import httpx
    import orjson

    from gsc_assets.gsc._auth import Credential

    credential = Credential.from_file(Path(key_path), verify=ca)
    path = f"/webmasters/v3/sites/{urllib.parse.quote(site, safe='')}/searchAnalytics/query"
    gap = 60.0 / QPM
    next_slot = time.monotonic()
    gate = asyncio.Semaphore(PLAIN_IN_FLIGHT)
    rows = requests = 0

    async def post(client: httpx.AsyncClient, body: dict[str, Any]) -> list[Any]:
        nonlocal next_slot, requests
        async with gate:
            while True:
                now = time.monotonic()
                wait, next_slot = max(0.0, next_slot - now), max(next_slot, now) + gap
                await asyncio.sleep(wait)
                response = await client.post(path, content=orjson.dumps(body), headers=headers)
                requests += 1
                if response.status_code == 429:
                    await asyncio.sleep(1.0)
                    continue
                response.raise_for_status()
                found: list[Any] = orjson.loads(response.content).get("rows", [])
                return found

    async def day(client: httpx.AsyncClient, date: str) -> None:
        nonlocal rows
        start = 0
        while True:
            body = {"startDate": date, "endDate": date, "dimensions": ["query", "page", "country", "device"],
                    "type": "web", "rowLimit": 25_000, "startRow": start, "dataState": "final"}  # fmt: skip
            got = await post(client, body)
            if not got:
                return
            rows += len(got)
            start += len(got)

    headers = {**credential.headers, "authorization": f"Bearer {await credential.token()}",
               "content-type": "application/json"}  # fmt: skip
    context = ssl.create_default_context(cafile=ca)
    async with httpx.AsyncClient(base_url=base_url, http2=True, verify=context, timeout=120) as client:
        await asyncio.gather(*(day(client, d) for d in days))
    return rows, requests


def plain(sim: ChildSimulator, *, days: int) -> dict[str, Any]:
    """The plain client in a fresh process (it pays interpreter start-up, like the sync)."""
    end = _last_final_day()
    dates = [str(end - dt.timedelta(days=i)) for i in range(days)]
    sim.reset()
    before, sim_before = resource.getrusage(resource.RUSAGE_CHILDREN), simulator_cpu_s(sim)
    began = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.bench_busy",
            "--plain",
            json.dumps(
                {
                    "base_url": sim.base_url,
                    "key": str(sim.key_path),
                    "ca": sim.ca,
                    "site": next(iter(BUSY_SITE)),
                    "days": dates,
                }
            ),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=1800,
    )
    wall = time.perf_counter() - began
    after, sim_cpu = resource.getrusage(resource.RUSAGE_CHILDREN), simulator_cpu_s(sim) - sim_before
    if done.returncode != 0:
        raise RuntimeError(f"plain client failed: {done.stderr.strip().splitlines()[-1:]}")
    rows, requests = json.loads(done.stdout)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {
        "rows": rows,
        "requests": requests,
        "wall_s": round(wall, 2),
        "client_cpu_s": round(cpu, 2),
        "simulator_cpu_s": round(sim_cpu, 2),
        "cpu_floor_s": cpu_floor_s(cpu, sim_cpu),
    }


def run(quick: bool = False) -> dict[str, Any]:
    days = 7 if quick else 30
    qp_days = 7 if quick else 14
    results: dict[str, Any] = {"latency_ms": LATENCY_MS, "qpm": QPM, "time_scale": 1.0, "targets": TARGETS}
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        config = {"sites": BUSY_SITE, "latency_ms": LATENCY_MS, "time_scale": 1.0, "seed": 2,
                  "qpm_per_site": QPM, "qpm_per_user": QPM}  # fmt: skip
        sim = ChildSimulator(config, workdir / "sim")
        try:
            whole = sync(sim, days=days, extra={"GSC_SEARCH_TYPES": SEARCH_TYPES}, workdir=workdir, size=True)
            results["busy_default_sync"] = whole
            qp_extra = {"GSC_REPORTS": "query_page", "GSC_SEARCH_TYPES": "web"}
            ours = sync(sim, days=qp_days, extra=qp_extra, workdir=workdir, size=False)
            theirs = plain(sim, days=qp_days)
            ours_prepared = sync(sim, days=qp_days, extra=qp_extra, workdir=workdir, size=False, prepared=True)
        finally:
            sim.close()
    results["query_page_job"] = {
        "days": qp_days,
        "sync": ours,
        "plain_client": theirs,
        "same_rows": ours["rows"] == theirs["rows"],
        "sync_vs_plain": round(ours["wall_s"] / theirs["wall_s"], 2),
        # The same job where Dagster's storage and the warehouse's tables already exist (every sync after a
        # deployment's first): the fresh database above also pays for creating them.
        "sync_with_schemas": ours_prepared,
        "sync_with_schemas_vs_plain": round(ours_prepared["wall_s"] / theirs["wall_s"], 2),
        # What the cores allow: the sync's CPU (its process, Postgres, the simulator) over this machine's cores,
        # against the plain client's wall time. Above the target, the job is bound by CPU on these cores.
        "sync_cpu_floor_vs_plain": round(ours["cpu_floor_s"] / theirs["wall_s"], 2),
    }
    results["summary"] = {
        "sync_vs_quota": whole["wall_vs_quota"],
        "cpu_us_per_row": whole["cpu_us_per_row"],
        "bytes_per_row": whole["bytes_per_row"],
        "query_page_vs_plain": results["query_page_job"]["sync_vs_plain"],
    }
    results["meets_targets"] = {k: results["summary"][k] <= v for k, v in TARGETS.items()}
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--plain", help="internal: run the plain client with this JSON job and print rows, requests")
    args = parser.parse_args()
    if args.plain:
        job = json.loads(args.plain)
        print(json.dumps(asyncio.run(_plain_fetch(job["base_url"], job["key"], job["ca"], job["site"], job["days"]))))
        return
    print(json.dumps(run(quick=args.quick), indent=2))


if __name__ == "__main__":
    main()
