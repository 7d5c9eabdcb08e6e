"""The staging disk fills up or turns read-only: a tmpfs this module mounts (64 KB, or read-only) under the test's
directory. A full disk fails the partitions that could not be staged in one line naming the path, loads nothing
half, and the next sync on a disk with room converges; a read-only one is refused before anything starts."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets_tests.sync_process import mismatches, sync_env

pytestmark = pytest.mark.timeout(300)

SITES = {"sc-domain:disk-a.example": 3000, "https://disk-b.example/": 40}  # a partition of A: over 64 KB
START, END = dt.date(2026, 10, 12), dt.date(2026, 10, 13)


def _mount(target: Path, options: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True,
                          text=True)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not root'}): the disk tests need one")


@pytest.fixture
def disk(tmp_path, pg_url):
    mounts: list[Path] = []

    def mount(name: str, options: str) -> Path:
        target = tmp_path / name
        _mount(target, options)
        mounts.append(target)
        return target

    config = SimConfig(sites=SITES, today=dt.date(2026, 11, 20), seed=8)
    try:
        with SimulatorServer(config, workdir=tmp_path / "sim") as sim:
            env = sync_env(sim, pg_url, tmp_path)  # GSC_STAGING_DIR: each sync names its own
            yield mount, env, tmp_path
    finally:
        for target in mounts:
            subprocess.run(["umount", "-l", str(target)], capture_output=True)


def sync(env: dict, staging: Path, cwd: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "gsc_assets.cli", "sync", "--start", str(START), "--end", str(END), "--json",
               *[arg for site in SITES for arg in ("--site", site)]]  # fmt: skip
    return subprocess.run(command, env={**env, "GSC_STAGING_DIR": str(staging)}, cwd=cwd, capture_output=True,
                          text=True, timeout=240)  # fmt: skip


def loaded(pg_url: str) -> set[tuple[str, dt.date]]:
    with psycopg.connect(pg_url) as conn:
        return set(conn.execute("SELECT DISTINCT site_url, date FROM gsc.load_ledger WHERE site_url = ANY(%s)",
                                (list(SITES),)).fetchall())  # fmt: skip


def test_a_full_staging_disk_fails_in_one_line_and_the_next_sync_converges(disk, pg_url):
    mount, env, tmp_path = disk
    full = mount("full", "size=64k")
    done = sync(env, full / "staging", tmp_path)
    assert done.returncode == 1, done.stderr[-2000:]
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("gsc-assets sync: sync failed:") and "No space left on device" in last, last
    assert str(full) in last  # the path that filled up
    with psycopg.connect(pg_url, autocommit=True) as conn:
        assert mismatches(conn) == 0  # what loaded, loaded whole
    every = {(site, START + dt.timedelta(days=n)) for site in SITES for n in range((END - START).days + 1)}
    assert loaded(pg_url) < every  # at least one partition could not be staged
    rerun = sync(env, tmp_path / "roomy", tmp_path)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert loaded(pg_url) == every


def test_a_read_only_staging_disk_is_refused_before_anything_starts(disk, pg_url):
    mount, env, tmp_path = disk
    read_only = mount("ro", "ro,size=64k")
    before = loaded(pg_url)
    done = sync(env, read_only / "staging", tmp_path)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "GSC_STAGING_DIR" in done.stderr and str(read_only) in done.stderr
    assert loaded(pg_url) == before
