"""SIGKILL at the worst moments: named kill points (GSC_KILL_AT, `gsc_assets/faults.py`), three trials each, and
SIGKILLs of `gsc-assets sync` (which runs the Dagster run in its own process) at random times. After each: a reader
that polled the tables throughout never saw a partition whose rows disagree with the ledger, and the warehouse is
consistent; at the end a plain rerun converges to what a clean sync into a fresh database holds, with no duplicate,
and a partition that was staged when its process died is loaded without asking Google again."""

from __future__ import annotations

import datetime as dt
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

from gsc_assets.faults import KILL_POINTS
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets.warehouse import Staging, Warehouse
from gsc_assets.warehouse import checks as warehouse_checks
from gsc_assets_tests.fixtures_pg import create_database, drop_database
from gsc_assets_tests.sync_process import TABLES, digest, mismatches, sync_env

pytestmark = pytest.mark.timeout(900)

SITES = {"sc-domain:crash-a.example": 300, "https://crash-b.example/": 120}
START, END = dt.date(2026, 10, 6), dt.date(2026, 10, 7)
TRIALS = 3
RANDOM_KILLS = 10
LOG: list[str] = []  # where each trial died, printed at the end of the module (pytest -s) and kept in failures


@pytest.fixture(scope="module")
def crash_env(pg_url, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("crash")
    config = SimConfig(sites=SITES, today=dt.date(2026, 11, 20), seed=21)
    with SimulatorServer(config, workdir=workdir / "sim") as sim:
        env = sync_env(sim, pg_url, workdir)
        yield {"env": env, "sim": sim, "workdir": workdir, "pg_url": pg_url}


def sync_command(*extra: str) -> list[str]:
    return [sys.executable, "-m", "gsc_assets.cli", "sync", "--start", str(START), "--end", str(END), "--json",
            *[arg for site in SITES for arg in ("--site", site)], *extra]  # fmt: skip


class Reader(threading.Thread):
    """Polls the warehouse while a trial runs; every snapshot must be consistent."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url, self.stop, self.snapshots, self.bad = url, threading.Event(), 0, 0

    def run(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as conn:
            while not self.stop.is_set():
                self.bad += mismatches(conn)
                self.snapshots += 1
                time.sleep(0.05)


def trial(crash_env, *, kill_at: str | None = None, kill_after_s: float | None = None) -> subprocess.CompletedProcess:
    env = {**crash_env["env"], **({"GSC_KILL_AT": kill_at} if kill_at else {})}
    reader = Reader(crash_env["pg_url"])
    reader.start()
    try:
        process = subprocess.Popen(sync_command("--refetch"), env=env, cwd=crash_env["workdir"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        if kill_after_s is not None:
            try:
                process.wait(timeout=kill_after_s)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
        out, err = process.communicate(timeout=300)
    finally:
        reader.stop.set()
        reader.join()
    where = kill_at or (f"random {kill_after_s:.1f} s" if kill_after_s is not None else "no kill")
    LOG.append(f"{where}: exit {process.returncode}, reader snapshots {reader.snapshots}, inconsistent {reader.bad}")
    assert reader.snapshots > 0 and reader.bad == 0, LOG[-1]
    with psycopg.connect(crash_env["pg_url"]) as conn:
        assert mismatches(conn) == 0, LOG[-1]
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.mark.parametrize("point", [p for p in KILL_POINTS if p != "lifetime_refresh"])
def test_a_sync_killed_at_a_named_point_leaves_no_partial_partition(crash_env, point):
    for n in range(1, TRIALS + 1):
        done = trial(crash_env, kill_at=f"{point}:{n}")
        assert done.returncode == -signal.SIGKILL, (point, n, done.returncode, done.stderr[-1500:])
        assert f"killed at {point}" in done.stderr


def test_a_lifetime_refresh_killed_in_its_transaction_is_redone_by_the_next(crash_env):
    url = crash_env["pg_url"]
    trial(crash_env)  # every partition loaded: deltas waiting for the refresh
    code = f"from gsc_assets.warehouse import Warehouse; Warehouse({url!r}).refresh_lifetime()"
    for n in range(1, TRIALS + 1):
        env = {**crash_env["env"], "GSC_KILL_AT": f"lifetime_refresh:{min(n, 2)}"}
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
        LOG.append(f"lifetime_refresh:{min(n, 2)}: exit {done.returncode}")
        assert done.returncode == -signal.SIGKILL, done.stderr[-1500:]
    with Warehouse(url) as warehouse:
        warehouse.refresh_lifetime()
    with psycopg.connect(url) as conn:
        for table in ("lifetime_query_page", "lifetime_page"):
            outcome = warehouse_checks.lifetime_totals(conn, table, sample_percent=100)
            assert outcome.passed, (table, outcome)


def test_random_sigkills_of_a_sync(crash_env):
    rng = random.Random(7)
    for _ in range(RANDOM_KILLS):
        trial(crash_env, kill_after_s=rng.uniform(1.0, 9.0))


def test_a_staged_partition_is_loaded_without_asking_google_again(crash_env):
    done = trial(crash_env, kill_at="after_staging:1")
    assert done.returncode == -signal.SIGKILL
    with Staging(Path(crash_env["env"]["GSC_STAGING_DIR"])) as staging:
        staged = sorted(set(staging.pending()))
    assert staged, "nothing was staged before the kill"
    site, day = staged[0]
    before = crash_env["sim"].stats()["by_site"].get(site, 0)
    command = [sys.executable, "-m", "gsc_assets.cli", "sync", "--start", str(day), "--end", str(day), "--site", site]
    rerun = subprocess.run(command, env=crash_env["env"], cwd=crash_env["workdir"], capture_output=True, text=True,
                           timeout=300)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr[-1500:]
    assert crash_env["sim"].stats()["by_site"].get(site, 0) == before  # from the landing files, Google not asked
    with psycopg.connect(crash_env["pg_url"]) as conn:
        assert conn.execute("SELECT count(*) FROM gsc.load_ledger WHERE site_url = %s AND date = %s",
                            (site, day)).fetchone()[0] > 0  # fmt: skip


def test_after_every_crash_a_rerun_converges_to_a_clean_sync(crash_env, pg_server_url, tmp_path):
    """Runs last: the crashed warehouse, after one plain rerun, equals a clean sync into a fresh database."""
    rerun = subprocess.run(sync_command(), env=crash_env["env"], cwd=crash_env["workdir"], capture_output=True,
                           text=True, timeout=300)  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr[-1500:]
    clean_url = create_database(pg_server_url, "crash_clean")
    try:
        env = {**crash_env["env"], "GSC_DATABASE_URL": clean_url, "GSC_STAGING_DIR": str(tmp_path / "staging"),
               "DAGSTER_HOME": str(tmp_path / "home")}  # fmt: skip
        clean = subprocess.run(sync_command(), env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert clean.returncode == 0, clean.stderr[-1500:]
        crashed, expected = digest(crash_env["pg_url"], START, END), digest(clean_url, START, END)
        assert all(expected[t] for t in TABLES)
        assert crashed == expected  # every partition once: counts, clicks and impressions per site, day and type
    finally:
        drop_database(pg_server_url, clean_url)
    print("\n".join(["crash trials:", *LOG]))
