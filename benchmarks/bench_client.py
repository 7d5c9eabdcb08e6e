"""Client benchmark against the simulator (benchmarks/NOTES.md says how to read the figures): quota utilisation,
speedup over one request in flight, requests per site-day against a naive plan, client CPU per row, batch against
plain, a 14-day busy site.

The simulator runs in a child process (HTTPS + HTTP/2 through hypercorn) so its CPU is not charged to the client
and does not contend for the client's GIL. Time scale K divides the simulated latency and multiplies the quota
(the per-window limit stays, the window is 60/K s); every figure is a ratio measured in the same run.

    .venv/bin/python -m benchmarks.bench_client [--quick]     # prints the figures as JSON
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from gsc_assets.gsc import DEFAULT_REPORTS, ClientSettings, GscClient, PartitionResult

# Time scale: 300 ms latency -> 150 ms, 1,200 qpm per 60 s -> 1,200 per 30 s (40 requests/s). At K=5 the
# simulator itself saturated on this 2-CPU machine (about 50k rows/s served; latency rose to 0.4-1.3 s whatever the
# client's in-flight limit), so the figures measured the simulator; at K=2 it keeps up.
K = 2.0
LATENCY_MS = 300.0
QPM = 1_200
SITES = {"sc-domain:example.com": 2_000, "https://www.example.org/": 500}
BUSY_SITE = "sc-domain:busy.example"
# Naive plan: every report for every search type Google accepts, every day: property, page, appearance x 6 types,
# query and query_page x 4 (Google refuses query for discover/googleNews), each paged to Google's empty last page.
NAIVE_PER_SITE_DAY = 2 * (6 + 6 + 6 + 4 + 4)

_SERVER = """
import json, pathlib, sys
from gsc_assets.simulator import SimConfig, SimulatorServer
cfg = json.loads(sys.argv[1])
with SimulatorServer(SimConfig(**cfg), workdir=pathlib.Path(sys.argv[2]), tls=True) as s:
    print(json.dumps({"base_url": s.base_url, "key": str(s.key_path), "ca": str(s.ca_pem_path)}), flush=True)
    sys.stdin.read()
"""


class ChildSimulator:
    """A SimulatorServer in a child process; /_sim endpoints over HTTPS."""

    def __init__(self, config: dict[str, Any], workdir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _SERVER, json.dumps(config), str(workdir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # hypercorn logs cancelled connections at shutdown
            text=True,
        )
        assert self.proc.stdout is not None
        info = json.loads(self.proc.stdout.readline())
        self.base_url, self.key_path, self.ca = info["base_url"], Path(info["key"]), info["ca"]
        self.http = httpx.Client(base_url=self.base_url, verify=_ssl(self.ca), timeout=60)

    def stats(self) -> dict[str, Any]:
        return self.http.get("/_sim/stats").json()

    def reset(self) -> None:
        self.http.post("/_sim/reset", json={}).raise_for_status()

    def control(self, **ops: Any) -> dict[str, Any]:
        response = self.http.post("/_sim/control", json=ops)
        response.raise_for_status()
        return response.json()

    def close(self) -> None:
        self.http.close()
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _ssl(ca: str) -> Any:
    import ssl

    return ssl.create_default_context(cafile=ca)


def _settings(sim: ChildSimulator, **overrides: Any) -> ClientSettings:
    values: dict[str, Any] = {
        "api_base_url": sim.base_url,
        "credentials_file": sim.key_path,
        "verify": sim.ca,
        "window_s": 60.0 / K,
    }
    values.update(overrides)
    return ClientSettings(**values)


def _days(n: int, back: int = 5) -> list[dt.date]:
    last = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=back)
    return [last - dt.timedelta(days=i) for i in range(n)][::-1]


def _job(sim: ChildSimulator, settings: ClientSettings, partitions: list[tuple[str, dt.date]], reports=None):
    """Run one fetch; returns wall time, client CPU (main thread, process) and the simulator's stats."""
    sim.reset()

    extra_pages = 0

    async def go() -> list[PartitionResult]:
        # Keep the stats, drop the tables as they arrive (a sync stages them), so RSS reflects the client.
        nonlocal extra_pages
        kept = []
        async with GscClient(settings) as client:
            async for r in client.fetch(partitions, reports):
                extra_pages += _extra_pages(r)
                r.tables = {}
                kept.append(r)
        return kept

    wall0, cpu0, proc0 = time.perf_counter(), time.thread_time(), time.process_time()
    results = asyncio.run(go())
    wall = time.perf_counter() - wall0
    out = {
        "wall_s": wall,
        "thread_cpu_s": time.thread_time() - cpu0,
        "process_cpu_s": time.process_time() - proc0,
        "results": results,
        "naive_requests": NAIVE_PER_SITE_DAY * len(results) + extra_pages,
        "sim": sim.stats(),
    }
    errors = [str(r.error) for r in results if r.error is not None]
    if errors:
        raise RuntimeError(f"{len(errors)} partitions failed, first: {errors[0]}")
    return out


def _totals(results: list[PartitionResult]) -> dict[str, float]:
    keys = ("requests", "retries", "throttled", "rows", "network_s", "cpu_s", "limiter_wait_s")
    return {k: sum(getattr(r.stats, k) for r in results) for k in keys}


def _utilisation(sim_stats: dict[str, Any]) -> float:
    rate = QPM * K / 60.0
    elapsed = sim_stats["last_request"] - sim_stats["first_request"]
    return (sim_stats["requests"] / rate) / elapsed if elapsed > 0 else float("nan")


def _extra_pages(result: PartitionResult) -> int:
    """Pages past the first that a naive plan needs for this partition (days with 25,000+ rows in a type)."""
    extra = 0
    for table in result.tables.values():
        if table.num_rows:
            counts = table.group_by("search_type").aggregate([("search_type", "count")])
            extra += sum(min(1, c // 25_000) for c in counts.column("search_type_count").to_pylist())
    return extra


def run(quick: bool = False) -> dict[str, Any]:
    """Run every scenario; returns the figures (also printed by __main__)."""
    figures: dict[str, Any] = {
        "machine": f"{platform.machine()} {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "time_scale_K": K,
        "latency_ms_simulated": LATENCY_MS,
        "quota": f"{QPM} per {60 / K:.0f} s window per site and per user ({QPM * K / 60:.0f} requests/s)",
        "quick": quick,
        "load_average_before": os.getloadavg()[0],
    }
    sites = dict(SITES)
    sites[BUSY_SITE] = 30_000
    config = {"sites": sites, "time_scale": K, "latency_ms": LATENCY_MS, "qpm_per_site": QPM, "qpm_per_user": QPM}
    with tempfile.TemporaryDirectory() as workdir:
        sim = ChildSimulator(config, Path(workdir))
        try:
            figures.update(_scenarios(sim, quick))
        finally:
            sim.close()
    figures["load_average_after"] = os.getloadavg()[0]
    figures["client_max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # tables not kept
    return figures


def _scenarios(sim: ChildSimulator, quick: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    main_site = "sc-domain:example.com"

    # 1. Quota utilisation and requests per site-day: a backfill of both default sites, R / rate of about 20 s.
    n_days = 10 if quick else 40
    partitions = [(site, d) for site in SITES for d in _days(n_days)]
    job = _job(sim, _settings(sim), partitions)
    totals = _totals(job["results"])
    naive = job["naive_requests"]
    out["backfill"] = {
        "site_days": len(partitions),
        "requests": job["sim"]["requests"],
        "requests_per_site_day": job["sim"]["requests"] / len(partitions),
        "naive_requests_per_site_day": naive / len(partitions),
        "quota_seconds_R_over_rate": job["sim"]["requests"] / (QPM * K / 60),
        "first_to_last_request_s": job["sim"]["last_request"] - job["sim"]["first_request"],
        "quota_utilisation": _utilisation(job["sim"]),
        "status_429_share": job["sim"]["by_status"].get("429", 0) / max(1, job["sim"]["requests"]),
        "max_in_window": job["sim"]["max_in_window"],
        "wall_s": job["wall_s"],
        "rows": totals["rows"],
        "client_process_cpu_us_per_row": 1e6 * job["process_cpu_s"] / max(1, totals["rows"]),
        "parse_and_arrow_cpu_us_per_row": 1e6 * totals["cpu_s"] / max(1, totals["rows"]),
        "mean_latency_ms": 1000 * totals["network_s"] / max(1, totals["requests"]),
    }

    # 2. One site over 90 days (14 in quick mode): R / rate of about 20 s.
    n_days = 14 if quick else 90
    partitions = [(main_site, d) for d in _days(n_days)]
    job = _job(sim, _settings(sim), partitions)
    totals = _totals(job["results"])
    out["one_site_long_range"] = {
        "days": n_days,
        "requests": job["sim"]["requests"],
        "requests_per_site_day": job["sim"]["requests"] / n_days,
        "naive_requests_per_site_day": job["naive_requests"] / n_days,
        "quota_seconds_R_over_rate": job["sim"]["requests"] / (QPM * K / 60),
        "wall_s": job["wall_s"],
        "quota_utilisation": _utilisation(job["sim"]),
        "status_429_share": job["sim"]["by_status"].get("429", 0) / max(1, job["sim"]["requests"]),
        "rows": totals["rows"],
        "mean_latency_ms": 1000 * totals["network_s"] / max(1, totals["requests"]),
        "client_process_cpu_us_per_row": 1e6 * job["process_cpu_s"] / max(1, totals["rows"]),
    }

    # 3. Speedup over one request in flight, on the same job.
    n_days = 4 if quick else 10
    partitions = [("https://www.example.org/", d) for d in _days(n_days, back=200)]
    seq = _job(sim, _settings(sim, max_in_flight=1), partitions)
    par = _job(sim, _settings(sim), partitions)
    seq_totals = _totals(seq["results"])
    mean_latency = seq_totals["network_s"] / max(1, seq_totals["requests"])
    rate = QPM * K / 60
    ceiling = min(ClientSettings().max_in_flight, rate * mean_latency)
    speedup = seq["wall_s"] / par["wall_s"]
    out["speedup"] = {
        "requests": seq["sim"]["requests"],
        "sequential_wall_s": seq["wall_s"],
        "concurrent_wall_s": par["wall_s"],
        "mean_latency_ms": 1000 * mean_latency,
        "speedup": speedup,
        "ceiling_min_inflight_rate_x_latency": ceiling,
        "speedup_over_ceiling": speedup / ceiling,
        "concurrent_quota_utilisation": _utilisation(par["sim"]),
    }

    # 4. Batch against plain, same job as 3.
    batch = _job(sim, _settings(sim, batch_size=10), partitions)
    out["batch_vs_plain"] = {
        "plain_wall_s": par["wall_s"],
        "batch_wall_s": batch["wall_s"],
        "plain_http_requests": par["sim"]["requests"],
        "batch_http_posts": batch["sim"]["batch_requests"],
        "batch_parts": batch["sim"]["requests"],
        "same_rows": _totals(batch["results"])["rows"] == _totals(par["results"])["rows"],
    }

    # 5. The scale point of a busy site: 14 days, query_page on web (about 25k rows a day).
    n_days = 3 if quick else 14
    spec = [r for r in DEFAULT_REPORTS if r.name == "query_page"]
    partitions = [(BUSY_SITE, d) for d in _days(n_days)]
    job = _job(sim, _settings(sim, search_types=("web",)), partitions, spec)
    totals = _totals(job["results"])
    out["busy_site_14_days"] = {
        "days": n_days,
        "rows": totals["rows"],
        "requests": job["sim"]["requests"],
        "wall_s": job["wall_s"],
        "client_process_cpu_s": job["process_cpu_s"],
        "client_process_cpu_us_per_row": 1e6 * job["process_cpu_s"] / max(1, totals["rows"]),
        "parse_and_arrow_cpu_us_per_row": 1e6 * totals["cpu_s"] / max(1, totals["rows"]),
        "mean_latency_ms": 1000 * totals["network_s"] / max(1, totals["requests"]),
    }
    return out


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 3) if math.isfinite(value) else value
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller jobs (about a minute)")
    args = parser.parse_args(argv)
    print(json.dumps(_round(run(quick=args.quick)), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
