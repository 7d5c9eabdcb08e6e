"""The database goes away in the middle of a sync, on a private cluster this module starts (the shared server on
5432 is never restarted): a restart is waited for and the sync completes; a longer stop fails the sync in one line;
either way nothing is half-written and the next run converges."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time

import psycopg
import pytest

from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets_tests.private_cluster import PrivateCluster
from gsc_assets_tests.sync_process import digest, mismatches, sync_env

pytestmark = pytest.mark.timeout(600)

SITES = {"sc-domain:outage-a.example": 300, "https://outage-b.example/": 200}
START = dt.date(2026, 10, 6)
DAYS = 6


@pytest.fixture
def outage(tmp_path):
    cluster = PrivateCluster()
    config = SimConfig(sites=SITES, today=dt.date(2026, 11, 20), seed=3, latency_ms=150)  # a run of ~25 s
    try:
        with SimulatorServer(config, workdir=tmp_path / "sim") as sim:
            env = sync_env(sim, cluster.url, tmp_path)
            yield cluster, sim, env, tmp_path
    finally:
        cluster.close()


def command(start: dt.date = START) -> list[str]:
    end = start + dt.timedelta(days=DAYS - 1)
    return [sys.executable, "-m", "gsc_assets.cli", "sync", "--start", str(start), "--end", str(end),
            *[arg for site in SITES for arg in ("--site", site)]]  # fmt: skip


def loaded(url: str) -> int:
    try:
        with psycopg.connect(url) as conn:
            return conn.execute("SELECT count(DISTINCT (site_url, date)) FROM gsc.load_ledger").fetchone()[0]
    except psycopg.Error:
        return 0


def sync_with_a_fault(cluster: PrivateCluster, env: dict, cwd, fault) -> subprocess.CompletedProcess:
    """Start a sync; once two partitions are loaded, apply `fault` to the server; wait for the sync."""
    process = subprocess.Popen(command(), env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)  # fmt: skip
    deadline = time.monotonic() + 120
    while loaded(cluster.url) < 2:
        assert process.poll() is None, process.communicate()[1][-2000:]
        assert time.monotonic() < deadline, "no partition loaded"
        time.sleep(0.2)
    fault()
    out, err = process.communicate(timeout=300)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_a_restart_in_the_middle_of_a_sync_is_waited_for_and_the_sync_completes(outage, pg_server_url):
    cluster, sim, env, cwd = outage
    done = sync_with_a_fault(cluster, env, cwd, cluster.restart)
    assert done.returncode == 0, done.stderr[-2000:]  # the loads and the quota store waited for the server
    assert loaded(cluster.url) == len(SITES) * DAYS
    with psycopg.connect(cluster.url) as conn:
        assert mismatches(conn) == 0
    # Equal to a clean sync of the same days on the shared server: nothing lost, nothing twice.
    from gsc_assets_tests.fixtures_pg import create_database, drop_database

    clean_url = create_database(pg_server_url, "outage_clean")
    try:
        clean_env = {**env, "GSC_DATABASE_URL": clean_url, "GSC_STAGING_DIR": str(cwd / "clean-staging"),
                     "DAGSTER_HOME": str(cwd / "clean-home")}  # fmt: skip
        clean = subprocess.run(command(), env=clean_env, cwd=cwd, capture_output=True, text=True, timeout=300)
        assert clean.returncode == 0, clean.stderr[-2000:]
        assert digest_of(cluster.url) == digest_of(clean_url)
    finally:
        drop_database(pg_server_url, clean_url)


def digest_of(url: str) -> dict:
    return digest(url, START, START + dt.timedelta(days=DAYS - 1))


def test_a_longer_stop_fails_the_sync_in_one_line_and_the_next_run_converges(outage):
    cluster, sim, env, cwd = outage

    def stop_for_a_while() -> None:
        cluster.stop()
        time.sleep(8)  # longer than Dagster's own storage tolerates, shorter than our loads' patience
        cluster.start()

    done = sync_with_a_fault(cluster, env, cwd, stop_for_a_while)
    if done.returncode != 0:  # failing is allowed; failing unclearly is not
        last = done.stderr.strip().splitlines()[-1]
        assert last.startswith("gsc-assets sync: sync failed:") and "Traceback" not in last, done.stderr[-3000:]
    with psycopg.connect(cluster.url) as conn:
        assert mismatches(conn) == 0  # nothing half-written
    held_before = loaded(cluster.url)
    queries_before = site_requests(sim)
    rerun = subprocess.run(command(), env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert loaded(cluster.url) == len(SITES) * DAYS
    with psycopg.connect(cluster.url) as conn:
        assert mismatches(conn) == 0
    missing = len(SITES) * DAYS - held_before
    # Only what was not loaded is fetched. sites.list may be asked even then: when the outage kept Dagster from
    # recording every load, the sync cannot skip its run and resolves its sites first.
    assert (site_requests(sim) - queries_before > 0) == (missing > 0)


def site_requests(sim) -> int:
    """Requests about one site (Search Analytics queries and the like), not the credential's sites.list."""
    return sum(sim.stats()["by_site"].values())


@pytest.mark.parametrize("pooled", [False, True], ids=["connection-per-write", "pooled"])
def test_a_materialisation_written_while_the_server_restarts_waits_for_it(outage, monkeypatch, pooled):
    """Dagster's storage retries a new connection for about a second; a restart takes longer. The sync's writer
    waits for the server as the loads do (deterministic: the server is down when the write starts). Pooled, as the
    sync's instance is, the kept connection dies with the server: the write still waits and lands."""
    import threading

    import dagster as dg

    from gsc_assets._dagster_internals import close_storage_connections
    from gsc_assets.assets.search_analytics import through_a_restart
    from gsc_assets.instance import PASSWORD_VARIABLE, open_instance

    cluster, _, _, cwd = outage
    monkeypatch.setenv("DAGSTER_HOME", str(cwd / "restart-home"))  # open_instance sets both: restored after
    monkeypatch.setenv(PASSWORD_VARIABLE, cluster.password)
    instance = open_instance(cluster.url, cwd / "restart-home", pooled=pooled)
    key = dg.AssetKey(["restart_probe", "pooled" if pooled else "per_write"])
    instance.report_runless_asset_event(dg.AssetMaterialization(dg.AssetKey(["before_the_restart"])))
    cluster.stop()
    back = threading.Timer(3.0, cluster.start)
    back.start()
    try:
        began = time.monotonic()
        through_a_restart(instance.report_runless_asset_event, dg.AssetMaterialization(key))
        waited = time.monotonic() - began
    finally:
        back.join()
    assert waited >= 2.5  # it did meet the stopped server
    assert instance.get_latest_materialization_event(key) is not None
    assert len(instance.fetch_materializations(key, limit=10).records) == 1
    close_storage_connections(instance)


def test_a_statement_error_in_dagsters_storage_is_not_retried():
    """Only a lost server is waited for: a statement Postgres refuses fails at once."""
    import sqlalchemy.exc

    from gsc_assets.assets.search_analytics import through_a_restart

    class Refused(Exception):
        pgcode = "42P01"  # undefined_table, as psycopg2 reports it

    calls = []

    def write() -> None:
        calls.append(1)
        raise sqlalchemy.exc.OperationalError("INSERT ...", {}, Refused("relation does not exist"))

    with pytest.raises(sqlalchemy.exc.OperationalError):
        through_a_restart(write)
    assert len(calls) == 1
