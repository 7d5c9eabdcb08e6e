"""The Dagster instance the CLI runs on: `$DAGSTER_HOME/dagster.yaml` written from the database URL.

Dagster's storage shares the warehouse's Postgres (its own tables in `public`, ours in `gsc`). The storage block
uses `postgres_db` with the psycopg2 scheme: `postgres_url` lets SQLAlchemy 2.1 pick psycopg3, which breaks
Dagster's `NOTIFY run_events, $1` (a syntax error under psycopg3). A unix-socket server (the embedded one) goes in
`params.host`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import yaml

DEFAULT_HOME = Path(".gsc") / "dagster_home"
#: Runs at once. One run can use a credential's whole quota (64 requests in flight); more runs only hide each
#: other's start-up, and on 2 cores 8 were slower than 4 (benchmarks/NOTES.md, "Agency backfills").
MAX_CONCURRENT_RUNS = 4
GSC_POOL_LIMIT = 4
#: Queued runs are checked every second and started side by side (starting one blocks while its worker imports).
RUN_QUEUE = {"dequeue_interval_seconds": 1, "dequeue_use_threads": True, "dequeue_num_workers": 4}
PASSWORD_VARIABLE = "GSC_PG_PASSWORD"


def postgres_db_block(database_url: str) -> dict[str, object]:
    parts = urlsplit(database_url)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    block: dict[str, object] = {
        "username": unquote(parts.username or "postgres"),
        # Never the password itself: the file names the variable every Dagster process reads it from.
        "password": {"env": PASSWORD_VARIABLE} if parts.password else "",
        "hostname": parts.hostname or "",
        "db_name": (parts.path or "/postgres").lstrip("/") or "postgres",
        "port": parts.port or 5432,
        "scheme": "postgresql+psycopg2",
    }
    socket_dir = query.pop("host", None)
    if socket_dir:
        query["host"] = socket_dir
        block["hostname"] = ""
    if query:
        block["params"] = query
    return block


def dagster_config(database_url: str) -> dict[str, object]:
    storage = {"postgres": {"postgres_db": postgres_db_block(database_url)}}
    return {
        "storage": storage,
        "concurrency": {
            "runs": {"max_concurrent_runs": MAX_CONCURRENT_RUNS},
            "pools": {"default_limit": GSC_POOL_LIMIT, "granularity": "run"},
        },
        "run_queue": RUN_QUEUE,
        "run_monitoring": {"enabled": True, "free_slots_after_run_end_seconds": 30},
        # A run whose worker died is retried (staged partitions load without a new fetch); a run that failed on
        # Google's or the data's account is not: its failure says which partitions to look at.
        "run_retries": {"enabled": True, "max_retries": 2, "retry_on_asset_or_op_failure": False},
        "telemetry": {"enabled": False},
    }


def ensure_dagster_home(database_url: str, home: Path | None = None) -> Path:
    """Write dagster.yaml for `database_url` under `home` (default `$DAGSTER_HOME` or `.gsc/dagster_home`).

    The database password goes into this process's environment (GSC_PG_PASSWORD, inherited by the webserver,
    daemon and run workers it starts), not into the file.
    """
    password = urlsplit(database_url).password
    if password:
        os.environ[PASSWORD_VARIABLE] = unquote(password)
    home = (home or Path(os.environ.get("DAGSTER_HOME") or DEFAULT_HOME)).resolve()
    home.mkdir(parents=True, exist_ok=True)
    config = dagster_config(database_url)
    text = yaml.safe_dump(config, sort_keys=False)
    target = home / "dagster.yaml"
    if not target.exists() or target.read_text() != text:
        fd, name = tempfile.mkstemp(prefix=".dagster.yaml.", suffix=".tmp", dir=home)  # two CLIs may start at once
        with os.fdopen(fd, "w") as tmp:
            tmp.write(text)
        Path(name).replace(target)
    os.environ["DAGSTER_HOME"] = str(home)
    return home


STORAGE_LOCK = "gsc-assets:dagster-storage"


def import_storage() -> None:
    """Import the storage `open_instance` configures (Dagster's Postgres storage: ~0.3 s of imports, a third of a
    `sync` with nothing to do) ahead of time, e.g. while the network is busy."""
    import dagster_postgres  # noqa: F401


def open_instance(
    database_url: str, home: Path | None = None, *, pooled: bool = False, capture_output: bool = True
):  # -> dg.DagsterInstance
    """The CLI's Dagster instance, its storage created or migrated by one process at a time.

    Dagster creates its tables on first use without a lock, so two `gsc-assets` processes starting on a fresh
    database would race (duplicate table errors); a Postgres advisory lock around the first touch serialises them.
    `pooled`: its storage keeps its connections open (see `pool_storage_connections`), for a process that stores
    many events and ends soon (`sync`); `close_storage_connections` when done. `capture_output=False`: its runs do
    not copy their stdout and stderr to files (see `instance_without_output_capture`), for a foreground command.
    """
    import dagster as dg
    import psycopg

    home = ensure_dagster_home(database_url, home)
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(hashtext(%s))", (STORAGE_LOCK,))
        try:
            if capture_output:
                instance = dg.DagsterInstance.get()
            else:
                from gsc_assets._dagster_internals import instance_without_output_capture

                instance = instance_without_output_capture(str(home))
            if pooled:
                from gsc_assets._dagster_internals import pool_storage_connections

                pool_storage_connections(instance)
            # Touch every storage so its schema exists before the lock is released.
            instance.get_runs_count()
            instance.get_dynamic_partitions("gsc_sites")
            instance.all_instigator_state()
        finally:
            conn.execute("SELECT pg_advisory_unlock(hashtext(%s))", (STORAGE_LOCK,))
    return instance
