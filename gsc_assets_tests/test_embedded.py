"""The embedded PostgreSQL: the demo on a machine without a server, several processes sharing one server, and
recovery after a holder is SIGKILLed."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(400)

HOLDER = """
import sys, time, psycopg
from gsc_assets.warehouse import ensure_embedded_server
url = ensure_embedded_server(sys.argv[1])
with psycopg.connect(url) as conn:
    conn.execute("SELECT 1")
print(url, flush=True)
if sys.argv[2] == "hold":
    time.sleep(600)
"""


def holder(base: Path, mode: str) -> subprocess.Popen:
    # A parent started in the background may ignore SIGTERM, and children inherit that: restore the default so
    # terminate() ends the holder instead of leaving it asleep.
    return subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(base), mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGTERM, signal.SIG_DFL),
    )  # fmt: skip


def postmaster_running(base: Path) -> bool:
    pid_file = base / "pgdata" / "postmaster.pid"
    if not pid_file.exists():
        return False
    pid = int(pid_file.read_text().split()[0])
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_until(predicate, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


def test_processes_share_one_server_and_recover_after_a_sigkill(tmp_path):
    base = tmp_path / "gsc"
    first, second = holder(base, "hold"), holder(base, "hold")
    urls = [first.stdout.readline().strip(), second.stdout.readline().strip()]
    assert urls[0] and urls[0] == urls[1], [first.stderr.read() if not urls[0] else "", urls]
    assert postmaster_running(base)

    first.send_signal(signal.SIGKILL)  # dies without releasing its handle
    first.wait()
    check = holder(base, "once")  # the server still answers the others
    out, err = check.communicate(timeout=60)
    assert check.returncode == 0 and out.strip() == urls[0], err
    second.terminate()
    second.wait()

    # A new process cleans the dead handle on start; when it exits the server stops instead of running forever.
    last = holder(base, "once")
    out, err = last.communicate(timeout=60)
    assert last.returncode == 0, err
    assert wait_until(lambda: not postmaster_running(base)), "embedded server left running"


def test_demo_runs_on_the_embedded_server(tmp_path):
    """What `make demo` runs, on a machine where GSC_DATABASE_URL is unset: embedded server, real backfill,
    lifetime stats, sites and sitemaps, hourly totals, summary; the server stops when the demo exits."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GSC_", "DAGSTER_"))}
    done = subprocess.run(
        [sys.executable, "-m", "gsc_assets.cli", "demo", "--days", "7"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "the embedded PostgreSQL under .gsc/" in done.stdout
    summary = dict(
        line.split(None, 1) for line in done.stdout.splitlines() if line.startswith("  ") and len(line.split()) >= 2
    )
    assert summary["failed"].strip() == "none", done.stdout[-1500:]  # format_summary: failures joined, or "none"
    assert summary["partitions"].strip() == "14" and summary["loaded"].strip() == "14"
    assert int(summary["rows"]) > 0 and int(summary["requests"]) > 0
    assert "lifetime refresh:" in done.stdout
    listed = re.search(r"sites: (\d+) properties in gsc.sites; sitemaps: (\d+) in gsc.sitemaps", done.stdout)
    assert listed and int(listed[1]) == 2 and int(listed[2]) > 0, done.stdout[-1500:]  # the demo's two sites
    assert summary["hourly_partitions"].strip() == "20" and int(summary["hourly_rows"]) > 0  # ten days, both sites
    assert re.search(r"asset checks: (\d+) of \1 passed$", done.stdout, re.MULTILINE), done.stdout[-1500:]
    assert (tmp_path / ".gsc" / "pgdata").is_dir()
    assert wait_until(lambda: not postmaster_running(tmp_path / ".gsc"))
