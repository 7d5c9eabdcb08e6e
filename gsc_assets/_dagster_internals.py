"""Every use of Dagster's private API (`dagster._*`) in one place, each with the reason it is needed.

Private names move between Dagster releases without notice: when an upgrade breaks one, this module is the only
place to look. Everything else imports Dagster's public API only.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import dagster as dg
from dagster._core.events import DagsterEvent, DagsterEventBatchMetadata, generate_event_batch_id
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

__all__ = [
    "ASSET_PARTITION_RANGE_END_TAG",
    "ASSET_PARTITION_RANGE_START_TAG",
    "FAILURE_PREFIX",
    "batch_event_writes",
    "close_storage_connections",
    "instance_without_output_capture",
    "log_materializations_in_one_write",
    "pool_storage_connections",
    "run_dagster_daemon_cli",
    "set_daemon_loop",
    "start_dev_daemon_as",
]

# ASSET_PARTITION_RANGE_START_TAG / _END_TAG: the run tags that make one run cover a range of partition keys. The
# public API sets them only through a backfill with a single-run policy, but the `sync` command, the schedule and
# the availability sensor launch such runs themselves (one run per box of sites x days).

#: How a `dg.Failure` raised in an op reads in the run's STEP_FAILURE event: the class's private module path.
FAILURE_PREFIX = "dagster._core.definitions.events.Failure: "

_BATCH_SIZE_VARIABLE = "DAGSTER_EVENT_BATCH_SIZE"
#: Events per INSERT when Dagster writes a batch (each row holds the serialised event, a few kB).
EVENT_BATCH_SIZE = 500


def batch_event_writes() -> None:
    """Let Dagster write a batch of asset events in one INSERT instead of one write per event.

    Dagster buffers events sent with batch metadata only when DAGSTER_EVENT_BATCH_SIZE is set (read at every
    event); without it `log_materializations_in_one_write` costs a write per event. Call on the main thread before
    other threads start (it sets an environment variable); a value the user set stands.
    """
    os.environ.setdefault(_BATCH_SIZE_VARIABLE, str(EVENT_BATCH_SIZE))


def log_materializations_in_one_write(
    context: dg.AssetExecutionContext, materializations: Sequence[dg.AssetMaterialization]
) -> None:
    """What `context.log_event` does for each materialisation, marked as one batch so that the instance stores
    them together (see `batch_event_writes`).

    The public `log_event` writes each event on its own: for the partitions a run finds already held (one event
    per table and partition, hundreds in a backfill) that was most of a no-op run. All must be of one asset key:
    Dagster's Postgres storage updates the asset's latest-materialisation row from the batch's last event only.
    """
    keys = {materialization.asset_key for materialization in materializations}
    if len(keys) > 1:
        raise ValueError(f"one asset key per batch, got {len(keys)}")
    step_context = context.get_step_execution_context()
    batch_id = generate_event_batch_id()
    last = len(materializations) - 1
    for index, materialization in enumerate(materializations):
        # Constructing the event logs it to the instance (buffered by batch id until the last one).
        event = DagsterEvent.asset_materialization(
            step_context, materialization, DagsterEventBatchMetadata(batch_id, index == last)
        )
        # log_event also hands the event to the step's event stream, so an in-process result lists it.
        context.op_execution_context._events.append(event)  # noqa: SLF001


#: Connections a pooled storage opens beyond the one it keeps, for a moment of concurrent writes (the event writer
#: thread and the step's own events); they are closed when given back.
STORAGE_POOL_OVERFLOW = 4
#: A kept connection older than this is replaced on its next use (as the webserver's pool does).
STORAGE_POOL_RECYCLE_S = 3600


def instance_without_output_capture(home: str) -> dg.DagsterInstance:
    """The instance of `home`'s dagster.yaml, except that its runs' stdout and stderr are not copied to files.

    A run that captures its output (Dagster's default) starts a `tail -F` per stream, and a Python watcher that ends
    the tail when the run's process dies; both hold the process's stdout and stderr. A process SIGKILLed between
    starting a tail and its watcher leaves that tail running forever, and whoever reads the process's output (a
    shell pipeline, a supervisor, a test) waits forever too. A foreground command's output is already on its
    terminal, so it needs neither. Dagster takes the override only through the private InstanceRef.
    """
    from dagster._core.instance.ref import InstanceRef

    no_capture = {"module": "dagster._core.storage.noop_compute_log_manager", "class": "NoOpComputeLogManager"}
    return dg.DagsterInstance.from_ref(InstanceRef.from_dir(home, overrides={"compute_logs": no_capture}))


def _storages(instance: dg.DagsterInstance) -> list[object]:
    return [instance.run_storage, instance.event_log_storage, instance.schedule_storage]


def pool_storage_connections(instance: dg.DagsterInstance) -> None:
    """Keep an open connection per Postgres storage (runs, events, schedules) instead of a new one per statement.

    Dagster's Postgres storage builds its SQLAlchemy engine with NullPool, so that its long-lived processes hold no
    connection: every read and write is a new Postgres session (a backend forked, authenticated, its caches cold),
    and a sync stores an event per table and partition. The engine is private (`_engine`) and no setting changes
    its pool; `optimize_for_webserver` pools it but sets a statement_timeout and never checks a kept connection.
    So the engine is replaced by one like it, pooled, that tests each connection it hands out (`pool_pre_ping`):
    a connection the server dropped (a restart) is replaced, as NullPool's fresh one was. Measured: a busy
    30-day sync went from 873 sessions to 62 (benchmarks/NOTES.md).
    """
    import sqlalchemy

    for storage in _storages(instance):
        engine = getattr(storage, "_engine", None)
        if not isinstance(engine, sqlalchemy.engine.Engine) or engine.dialect.name != "postgresql":
            continue
        if not isinstance(engine.pool, sqlalchemy.pool.NullPool):
            continue  # pooled already
        storage._engine = sqlalchemy.create_engine(  # type: ignore[attr-defined]  # noqa: SLF001
            engine.url,
            isolation_level="AUTOCOMMIT",
            pool_size=1,
            max_overflow=STORAGE_POOL_OVERFLOW,
            pool_recycle=STORAGE_POOL_RECYCLE_S,
            pool_pre_ping=True,
        )


def close_storage_connections(instance: dg.DagsterInstance) -> None:
    """Close the connections `pool_storage_connections` kept (Dagster's own `dispose` leaves engines alone)."""
    import sqlalchemy

    for storage in _storages(instance):
        engine = getattr(storage, "_engine", None)
        if isinstance(engine, sqlalchemy.engine.Engine):
            engine.dispose()


# -- the daemon and `dagster dev` ------------------------------------------------------------------------------
# Dagster's backfill daemon sleeps `dagster._daemon.controller.DEFAULT_DAEMON_INTERVAL_SECONDS` (30 s) between
# iterations and no setting changes it; `dagster dev` starts its daemon as `python -m dagster._daemon run ...`
# through `dagster._cli.dev.open_ipc_subprocess`. Both are module names read when used, so setting them before
# the daemon (or `dagster dev`) starts is enough. Each helper reports whether Dagster still has the name.


def set_daemon_loop(seconds: int) -> bool:
    """Make the backfill daemon (and the asset daemon's pre-sensor loop) iterate every `seconds`."""
    import dagster._daemon.controller as controller

    if not hasattr(controller, "DEFAULT_DAEMON_INTERVAL_SECONDS"):
        return False
    controller.DEFAULT_DAEMON_INTERVAL_SECONDS = seconds
    return True


def run_dagster_daemon_cli() -> None:
    """`dagster-daemon`'s own entry point (reads sys.argv)."""
    from dagster._daemon.cli import main

    main()


def start_dev_daemon_as(module: str) -> bool:
    """Have `dagster dev` start `python -m <module>` where it would start `python -m dagster._daemon`."""
    try:
        import dagster._cli.dev as dagster_dev
    except ImportError:
        return False
    launch = getattr(dagster_dev, "open_ipc_subprocess", None)
    if launch is None:
        return False

    def open_with_our_daemon(parts: list[str], **kwargs: object) -> object:
        return launch([module if part == "dagster._daemon" else part for part in parts], **kwargs)

    dagster_dev.open_ipc_subprocess = open_with_our_daemon
    return True
