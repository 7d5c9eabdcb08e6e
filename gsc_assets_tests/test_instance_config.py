"""Both instance configurations, the one the CLI writes and the production template in deploy/, load into a real
Dagster instance on Postgres with run monitoring, run retries and the run queue benchmarks/NOTES.md chose, and neither
holds the database password."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dagster as dg
import pytest
from dagster._core.run_coordinator import QueuedRunCoordinator

from gsc_assets.instance import ensure_dagster_home

pytestmark = pytest.mark.timeout(120)

TEMPLATE = Path(__file__).resolve().parents[1] / "deploy" / "dagster.yaml"


def _check(home: Path) -> None:
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert instance.run_monitoring_enabled
        assert instance.run_retries_enabled and instance.run_retries_max_retries == 2
        assert not instance.run_retries_retry_on_asset_or_op_failure
        # What the queued-run daemon reads: 4 runs and 4 pool slots, queued runs started each second side by side.
        concurrency = instance.get_concurrency_config()
        assert concurrency.run_queue_config.max_concurrent_runs == 4
        assert concurrency.pool_config.default_pool_limit == 4
        coordinator = instance.run_coordinator
        assert isinstance(coordinator, QueuedRunCoordinator)
        assert (coordinator.dequeue_interval_seconds, coordinator.dequeue_use_threads) == (1, True)
        assert coordinator.dequeue_num_workers == 4
        assert instance.get_runs_count() == 0  # the storage answers: the password reached it through the env


def test_the_cli_written_configuration(pg_url, tmp_path, monkeypatch):
    monkeypatch.delenv("GSC_PG_PASSWORD", raising=False)
    parts = urlsplit(pg_url)
    url = pg_url
    if parts.hostname:  # a TCP server (the embedded one has a socket and no password)
        netloc = f"{parts.username or 'postgres'}:s3cret-pw@{parts.hostname}:{parts.port or 5432}"
        url = urlunsplit(parts._replace(netloc=netloc))
    home = ensure_dagster_home(url, tmp_path / "home")
    assert "s3cret-pw" not in (home / "dagster.yaml").read_text()
    if parts.hostname:
        assert "GSC_PG_PASSWORD" in (home / "dagster.yaml").read_text()
        monkeypatch.setenv("GSC_PG_PASSWORD", "")  # the local server trusts: any password connects
    _check(home)


def test_the_production_template(pg_url, tmp_path, monkeypatch):
    parts = urlsplit(pg_url)
    monkeypatch.setenv("GSC_PG_USER", parts.username or "postgres")
    monkeypatch.setenv("GSC_PG_PASSWORD", parts.password or "")
    monkeypatch.setenv("GSC_PG_HOST", parts.hostname or dict(p.split("=") for p in parts.query.split("&"))["host"])
    monkeypatch.setenv("GSC_PG_DB", parts.path.lstrip("/"))
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(TEMPLATE, home / "dagster.yaml")
    _check(home)
