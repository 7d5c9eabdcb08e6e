"""Memory benchmark: peak RSS of one `gsc-assets sync` process (and any children it starts) for a busy site over
a growing range of days, against a simulator in a child process.

The busy site has 30,000 fine (query x page x country x device) rows a day, about 96,000 rows a day over the five
default tables with search types web, image, video and news. Memory must not grow with the range: a sync streams
partitions through staging and load, so 7, 30 and 180 days should peak at about the same RSS.

RSS is sampled every 0.1 s with psutil as the sum over the sync process tree (the simulator and Postgres are not
in it); the kernel's own peak for the sync process (wait4's ru_maxrss) and RUSAGE_CHILDREN's ru_maxrss (a running
maximum over every child waited for so far) are reported as cross-checks. The time scale is high (K = 20) so the
runs are short: memory, not speed, is measured here.

    .venv/bin/python -m benchmarks.bench_memory [--quick] [--days 7 30 180]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

from benchmarks.bench_client import ChildSimulator
from benchmarks.bench_sync import _database, _drop, _last_final_day, server_url, sync_env

K = 20.0
BUSY_SITE = {"sc-domain:busy.example": 30_000}
SEARCH_TYPES = "web,image,video,news"
TARGET_MB = 500
SAMPLE_S = 0.1


class TreeSampler:
    """Peak of the summed RSS of a process and its descendants, sampled every SAMPLE_S on a thread."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak = 0
        self.peak_main = 0
        self.samples = 0
        self.most_processes = 1
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break  # the sync process is gone
            total = 0
            for proc in procs:
                try:
                    rss = proc.memory_info().rss
                except psutil.Error:
                    continue  # a child that just ended
                total += rss
                if proc is self.root:
                    self.peak_main = max(self.peak_main, rss)
            self.peak = max(self.peak, total)
            self.most_processes = max(self.most_processes, len(procs))
            self.samples += 1
            self._stop.wait(SAMPLE_S)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _mb(value: int) -> float:
    return round(value / 2**20, 1)


def run_sync(sim: ChildSimulator, *, days: int, workdir: Path) -> dict[str, Any]:
    """One `gsc-assets sync` of the busy site over `days` days on a fresh database; its peak RSS and rows."""
    url, name = _database(server_url())
    end = _last_final_day()
    start = end - dt.timedelta(days=days - 1)
    env = sync_env(sim, url=url, name=name, time_scale=K, workdir=workdir, extra_env={"GSC_SEARCH_TYPES": SEARCH_TYPES})
    command = [sys.executable, "-m", "gsc_assets.cli", "sync", "--start", str(start), "--end", str(end), "--json"]
    command += [arg for site in BUSY_SITE for arg in ("--site", site)]
    sim.reset()
    out_path, err_path = workdir / f"{name}.out", workdir / f"{name}.err"
    try:
        with open(out_path, "w") as out, open(err_path, "w") as err:
            began = time.perf_counter()
            proc = subprocess.Popen(command, env=env, stdout=out, stderr=err)
            sampler = TreeSampler(proc.pid)
            try:
                # wait4 rather than proc.wait(): it hands back this child's own rusage (its kernel-measured peak).
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                sampler.stop()
            proc.returncode = os.waitstatus_to_exitcode(status)
            wall = time.perf_counter() - began
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            tail = err_path.read_text().strip().splitlines()[-3:]
            raise RuntimeError(f"sync of {days} days failed ({proc.returncode}): {tail}")
        summary = json.loads(out_path.read_text())
        sim_rss = psutil.Process(sim.proc.pid).memory_info().rss
    finally:
        _drop(server_url(), name)
    peak = sampler.peak
    return {
        "days": days,
        "partitions": summary["partitions"],
        "loaded": summary["loaded"],
        "rows": summary["rows"],
        "rows_per_day": round(summary["rows"] / days),
        "wall_s": round(wall, 1),
        "peak_rss_mb": _mb(peak),
        "peak_rss_sync_process_mb": _mb(sampler.peak_main),
        "processes_in_tree": sampler.most_processes,
        "samples": sampler.samples,
        "ru_maxrss_sync_mb": round(usage.ru_maxrss / 1024, 1),  # KiB on Linux
        "ru_maxrss_children_mb": round(children.ru_maxrss / 1024, 1),
        "simulator_rss_mb": _mb(sim_rss),
        "under_target": peak < TARGET_MB * 2**20,
    }


def run(quick: bool = False, days: list[int] | None = None) -> dict[str, Any]:
    ranges = days or ([7, 30] if quick else [7, 30, 180])
    results: dict[str, Any] = {
        "time_scale": K,
        "site_rows_per_day": next(iter(BUSY_SITE.values())),
        "search_types": SEARCH_TYPES,
        "target_mb": TARGET_MB,
    }
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        config = {"sites": BUSY_SITE, "time_scale": K, "latency_ms": 300.0, "seed": 5}
        sim = ChildSimulator(config, workdir / "sim")
        try:
            for n in ranges:
                results[f"days_{n}"] = run_sync(sim, days=n, workdir=workdir)
        finally:
            sim.close()
    peaks = [results[f"days_{n}"]["peak_rss_mb"] for n in ranges]
    results["peak_rss_mb_max"] = max(peaks)
    results["peak_growth_ratio"] = round(peaks[-1] / peaks[0], 2)  # longest range over shortest: 1.0 is flat
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--days", type=int, nargs="*", help="ranges to measure (default 7 30, and 180 unless quick)")
    args = parser.parse_args()
    print(json.dumps(run(quick=args.quick, days=args.days), indent=2))


if __name__ == "__main__":
    main()
