"""No secret is written anywhere: a real sync against a password-protected PostgreSQL (a throwaway cluster with
scram-sha-256, started here from pgserver's PostgreSQL binaries: the shared server trusts everyone, so a test there
could not fail), then every place a secret could leak is searched for the database password, the service account's
private key, every access token the simulator issued and the alert webhook's secret path."""

from __future__ import annotations

import datetime as dt
import json
import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets.simulator._config import DEFAULT_CLIENT_EMAIL
from gsc_assets_tests.private_cluster import PrivateCluster
from gsc_assets_tests.sync_process import sync_env

pytestmark = pytest.mark.timeout(300)

READABLE, UNREADABLE = "sc-domain:secret-shop.example", "https://not-granted.example/"


@pytest.fixture(scope="module")
def scram_server() -> Iterator[tuple[str, str, Path]]:
    """(URL with the password, the password, the pg_dump binary) of a private cluster that checks passwords."""
    cluster = PrivateCluster()
    try:
        yield cluster.url, cluster.password, cluster.bin / "pg_dump"
    finally:
        cluster.close()


def test_the_private_cluster_really_checks_passwords(scram_server):
    url, password, _ = scram_server
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(url.replace(password, "wrong-" + password)).close()


def _files_text(root: Path) -> str:
    return "\n".join(p.read_bytes().decode("latin-1") for p in sorted(root.rglob("*")) if p.is_file())


def test_no_secret_is_written_by_a_sync_or_its_errors(scram_server, tmp_path):
    url, password, pg_dump = scram_server
    config = SimConfig(sites={READABLE: 120, UNREADABLE: 60}, today=dt.date(2026, 11, 20), seed=5)
    with SimulatorServer(config, workdir=tmp_path / "sim") as sim:
        sim.control(revoke={"principal": DEFAULT_CLIENT_EMAIL, "site": UNREADABLE})
        hook_secret = "T0-" + secrets.token_hex(12)
        home, staging = tmp_path / "dagster_home", tmp_path / "staging"
        env = sync_env(sim, url, tmp_path, GSC_ALERT_WEBHOOK=f"http://127.0.0.1:9/hooks/{hook_secret}")
        command = [sys.executable, "-m", "gsc_assets.cli", "sync", "--start", "2026-10-01", "--end", "2026-10-02"]
        done = subprocess.run([*command, "--site", READABLE], env=env, cwd=tmp_path, capture_output=True, text=True,
                              timeout=240)  # fmt: skip
        refused = subprocess.run([*command, "--site", UNREADABLE], env=env, cwd=tmp_path, capture_output=True,
                                 text=True, timeout=240)  # fmt: skip
        tokens = list(sim.app.authority.tokens)
    assert done.returncode == 0, done.stderr[-2000:]
    assert refused.returncode == 1 and "cannot read it" in refused.stderr and UNREADABLE in refused.stderr
    with psycopg.connect(url) as conn:
        (loaded,) = conn.execute("SELECT count(*) FROM gsc.load_ledger WHERE site_url = %s", (READABLE,)).fetchone()
    assert loaded > 0  # the site's days are in: the haystack below holds a real run's traces

    key = json.loads(Path(sim.key_path).read_text())["private_key"]
    key_body = "".join(line for line in key.splitlines() if "PRIVATE KEY" not in line)
    needles = {
        "database password": password,
        "private key": key_body[100:160],
        "webhook path": hook_secret,
        **{f"access token {n}": token for n, token in enumerate(tokens)},
    }
    assert tokens, "the simulator issued no token: nothing was tested"
    dump = subprocess.run([str(pg_dump), "--data-only", "--dbname", url], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert "event_logs" in dump and "load_ledger" in dump  # Dagster's run logs and event metadata, our ledger
    haystacks = {
        "stdout": done.stdout + refused.stdout,
        "stderr (errors)": done.stderr + refused.stderr,
        "database (run logs, event metadata, run config, ledger)": dump,
        "DAGSTER_HOME (dagster.yaml, logs)": _files_text(home),
        "staging (manifests, landing files)": _files_text(staging) if staging.exists() else "",
    }
    found = [(what, where) for what, needle in needles.items() for where, text in haystacks.items() if needle in text]
    assert found == []
    written = (home / "dagster.yaml").read_text()
    assert "password:\n        env: GSC_PG_PASSWORD" in written or "env: GSC_PG_PASSWORD" in written, written
