"""Agency backfills from the UI (issue #14): one backfill of N sites x D days on one credential, launched over GraphQL
on a real `gsc-assets dev` (webserver + daemon on Postgres) exactly as the UI's dialog does (`launchPartitionBackfill`
with a date x site range box for every fetch table), against the simulator at time scale 2 (four search types, four
reports).

For each shape (12 sites x 10 days and 3 sites x 60 days; smaller with --quick): wall time from launch to the
backfill's COMPLETED status (its own timestamps) against the quota time of the requests it made (requests / 1,200 per
30 s window: one credential, whatever the site), the runs Dagster created and where each run's time went (from the run
records and their event logs), the gap between the last run's end and the backfill's completion, the peak RSS of all
run processes together (the code server's spawned run workers and their step workers, sampled every 0.5 s), and a
check that every partition landed once (gsc.load_ledger and Dagster's materialisations).

Each launch waits until half a loop after one of the backfill daemon's iterations (its heartbeat): a user's launch
waits 0 to one loop (5 s in our daemon, 30 s in Dagster's) for the daemon to pick it up, one made right after the
previous backfill completed would wait the whole loop. The backfill completes at the first iteration after its last
run ended, so wall times move in steps of the loop; `launch_to_last_run_end_s` / `runs_span_vs_quota` are what
changes to the runs themselves move.

Variants (`--variant`) change only configuration from outside the project: the dagster.yaml that `gsc-assets dev`
writes (patched in a wrapper before it starts), the run config of the backfill, the backfill daemon's loop (a
sitecustomize hook in the daemon process: Dagster has no setting for it), or a throwaway copy of the definitions
(date-only partitions, the sites inside the run; the multiprocess executor). `make bench` measures what the project
ships and what it shipped before issue #14.

    .venv/bin/python -m benchmarks.bench_agency [--quick] [--variant default --variant before ...]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import psutil
import psycopg

from benchmarks.bench_client import ChildSimulator
from benchmarks.bench_sync import LATENCY_MS, QPM, _database, _drop, _last_final_day, server_url
from gsc_assets.cli.daemon import DAEMON_LOOP_S

K = 2.0  # the quota-bound figures use time scale 2 (NOTES: above it the simulator, not the quota, limits a run)
WINDOW_S = 60.0 / K
SEARCH_TYPES = "web,image,video,news"
REPORTS = "property,page,query,query_page"
TABLES = ["property_daily", "page_daily", "query_daily", "query_page_daily"]
#: Twelve sites of modest size (300-1,500 fine rows a day), in the order they are added as partitions.
SITES = {f"sc-domain:client{i:02d}.example": 300 + 109 * i for i in range(12)}
#: (label, sites, days): the shapes of issue #14, and smaller ones for --quick.
SHAPES = (("sites_12_x_days_10", 12, 10), ("sites_3_x_days_60", 3, 60))
QUICK_SHAPES = (("sites_6_x_days_3", 6, 3), ("sites_2_x_days_12", 2, 12))
TARGET_WALL_VS_QUOTA = 1.5
START_WAIT_S = 180
BACKFILL_WAIT_S = 1200
SAMPLE_S = 0.5
SHIPPED_BACKFILL_LOOP_S = DAEMON_LOOP_S  # our daemon's; Dagster's own is 30 s


@dataclasses.dataclass(frozen=True)
class Variant:
    """Configuration applied from outside the project's code."""

    description: str
    dagster_yaml: dict[str, Any] = dataclasses.field(default_factory=dict)  # merged into what `gsc-assets dev` writes
    run_config: dict[str, Any] | None = None  # the backfill's runConfigData (the UI's launchpad config)
    backfill_loop_s: int | None = None  # the backfill daemon's loop (ours 5 s, Dagster's 30 s: a module constant)
    defs: str = ""  # "" = gsc_assets.definitions; "date_only" = the throwaway copy below
    env: dict[str, str] = dataclasses.field(default_factory=dict)


IN_PROCESS = {"execution": {"config": {"in_process": {}}}}
FAST_QUEUE = {"dequeue_interval_seconds": 1, "dequeue_use_threads": True, "dequeue_num_workers": 4}


def _runs(n: int) -> dict[str, Any]:
    return {"concurrency": {"runs": {"max_concurrent_runs": n}, "pools": {"default_limit": n}}}


#: What stop 17 shipped (and Dagster's defaults): 8 runs, the queue checked every 5 s from one thread, the 30 s
#: backfill loop, and the multiprocess executor (a throwaway module re-imports the definitions with it).
BEFORE_QUEUE = {"dequeue_interval_seconds": 5, "dequeue_use_threads": False}
VARIANTS: dict[str, Variant] = {
    "default": Variant("what the project ships: in-process executor, 4 runs, 1 s threaded queue, 5 s backfill loop"),
    "before": Variant("before issue #14: multiprocess executor, 8 runs, 5 s queue, Dagster's 30 s backfill loop",
                      dagster_yaml={"run_queue": BEFORE_QUEUE, **_runs(8)}, backfill_loop_s=30, defs="multiprocess"),
    "dagster_loop": Variant("the shipped settings with Dagster's own 30 s backfill loop", backfill_loop_s=30),
    "runs_8": Variant("the shipped settings with 8 runs (pool 8)", dagster_yaml=_runs(8)),
    "date_only": Variant("throwaway definitions: date partitions only, every site inside the run", defs="date_only",
                         run_config=IN_PROCESS),
}  # fmt: skip
AUTOMATION = {"GSC_AUTOMATIONS": "gsc_automation_sensor"}  # lifetime refreshes follow the loads, as in production
VARIANTS["default_automation"] = dataclasses.replace(VARIANTS["default"], env=AUTOMATION)
BENCH_VARIANTS = ("before", "default")


# --- starting `gsc-assets dev` with configuration overrides -------------------------------------------------------

#: `gsc-assets dev` rewrites $DAGSTER_HOME/dagster.yaml from `gsc_assets.instance.dagster_config` on every start, so
#: a variant patches that function (and, for another code location, the module `dagster dev` loads) in this wrapper.
_DEV_WRAPPER = r"""
import json, os, subprocess, sys
import gsc_assets.instance as instance
override = json.loads(os.environ.pop("BENCH_AGENCY_DAGSTER_YAML", "{}"))
module = os.environ.pop("BENCH_AGENCY_DEFS_MODULE", "")
base = instance.dagster_config
def merge(a, b):
    out = dict(a)
    for key, value in b.items():
        out[key] = merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out
instance.dagster_config = lambda url: merge(base(url), override)
if module:
    import gsc_assets.cli.app as app
    class Popen(subprocess.Popen):
        def __init__(self, args, *rest, **kwargs):
            super().__init__([module if a == "gsc_assets.definitions" else a for a in args], *rest, **kwargs)
    class Subprocess:
        Popen = Popen
        TimeoutExpired = subprocess.TimeoutExpired
    app.subprocess = Subprocess
from gsc_assets.cli import main
sys.exit(main(sys.argv[1:]))
"""

#: The backfill daemon sleeps DEFAULT_DAEMON_INTERVAL_SECONDS between iterations (Dagster's 30, set to 5 by our
#: daemon module from its DAEMON_LOOP_S); no setting changes it, so a variant sets both in the daemon process.
_SITECUSTOMIZE = r"""
import os
try:
    _argv = open("/proc/self/cmdline", "rb").read().split(b"\0")
except OSError:
    _argv = []
_daemon = b"dagster._daemon" in _argv or b"gsc_assets.cli.daemon" in _argv
if _daemon and os.environ.get("BENCH_AGENCY_BACKFILL_LOOP_S"):
    import dagster._daemon.controller as _controller
    import gsc_assets.cli.daemon as _ours
    _controller.DEFAULT_DAEMON_INTERVAL_SECONDS = _ours.DAEMON_LOOP_S = int(os.environ["BENCH_AGENCY_BACKFILL_LOOP_S"])
"""

#: The project's definitions with Dagster's default multiprocess executor instead of the in-process one.
_MULTIPROCESS_DEFS = r"""
import dagster as dg
dg.in_process_executor = dg.multiprocess_executor
from gsc_assets.definitions import defs
"""

#: Throwaway definitions (not the project's): the fetch asset on date partitions only; each run syncs every site of
#: the instance's `gsc_sites` list (or config `sites`) for its dates, and records one materialisation per table and
#: date once all the date's sites are loaded. The rest (client, staging, loads, quota store, checks) is the project's.
_DATE_ONLY_DEFS = r"""
import asyncio
from concurrent.futures import ThreadPoolExecutor

import dagster as dg

import gsc_assets.definitions as project
from gsc_assets.assets._tables import asset_key, table_spec
from gsc_assets.assets.checks import daily_check_results, daily_check_specs
from gsc_assets.assets.search_analytics import GSC_POOL, SyncConfig, report_asset_spec, failure_text, outcome_metadata
from gsc_assets.gsc import ClientSettings, load_reports
from gsc_assets.partitions import SITE_PARTITIONS_NAME, build_date_partitions, configured_start_date, site_partitions
from gsc_assets.pipeline import sync_partitions
from gsc_assets.resources import GscResource, WarehouseResource
from gsc_assets.warehouse.checks import Scope
import datetime as dt

settings = ClientSettings.from_env()
reports = load_reports(names=settings.reports, reports_file=settings.reports_file)
date_partitions = build_date_partitions(start=configured_start_date(), data_state=settings.data_state)
tables = {report.name: table_spec(report) for report in reports}


class DateOnlyConfig(SyncConfig):
    sites: list[str] | None = None


class _ByDate:
    def __init__(self, context, sites, writer):
        self.context, self.sites, self.writer = context, sites, writer
        self.done = {}
        self.writes = []
        self.failed = []

    def on_outcome(self, outcome):
        if not outcome.ok:
            self.failed.append(outcome)
            self.context.log.error(f"{outcome.key}: {outcome.error}")
            return
        got = self.done.setdefault(outcome.date, [])
        got.append(outcome)
        if len(got) == len(self.sites):
            self.writes.append(self.writer.submit(self._write, outcome.date, list(got)))

    def on_finished(self, summary):
        pass

    def _write(self, day, outcomes):
        for report in reports:
            rows = sum(o.rows_by_report.get(report.name, 0) for o in outcomes)
            metadata = {**outcome_metadata(outcomes[0], report), "dagster/row_count": rows, "sites": len(outcomes)}
            self.context.log_event(
                dg.AssetMaterialization(asset_key=asset_key(report), partition=day.isoformat(), metadata=metadata)
            )


@dg.multi_asset(
    name="gsc_search_analytics",
    specs=[report_asset_spec(report) for report in reports],
    check_specs=daily_check_specs(reports),
    partitions_def=date_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
    can_subset=True,
    pool=GSC_POOL,
)
async def gsc_search_analytics(
    context: dg.AssetExecutionContext, config: DateOnlyConfig, gsc: GscResource, warehouse: WarehouseResource
):
    sites = config.sites or context.instance.get_dynamic_partitions(SITE_PARTITIONS_NAME)
    days = [dt.date.fromisoformat(key) for key in context.partition_keys]
    partitions = [(site, day) for day in days for site in sites]
    context.log.info(f"syncing {len(partitions)} partitions ({len(sites)} sites x {len(days)} days)")
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gsc-events") as writer:
        by_date = _ByDate(context, sites, writer)
        with warehouse.staging() as staging:
            async with warehouse.quota_store() as quota_store:
                summary = await sync_partitions(
                    partitions=partitions, settings=gsc.settings(), reports=reports, tables=tables,
                    open_warehouse=warehouse.warehouse, staging=staging, quota_store=quota_store,
                    run_id=context.run_id, refetch=config.refetch, observers=[by_date],
                )
    for write in by_date.writes:
        write.result()
    context.log.info(f"{len(summary.outcomes)} partitions, {summary.rows} rows, {summary.requests} requests")
    loaded = [(o.site_url, o.date) for o in summary.outcomes if o.ok and o.source != "held"]
    scope = Scope.of(loaded, label="partitions this run loaded")
    if context.selected_asset_check_keys:
        for result in await asyncio.to_thread(
            daily_check_results, warehouse, reports, context.selected_asset_check_keys, scope,
            recent_days=config.check_recent_days,
        ):
            yield result
    if summary.failed:
        raise dg.Failure(description=failure_text(summary.failed, len(summary.outcomes)))


# The site list stays a dynamic partitions definition of the instance (the UI's addDynamicPartition needs a
# definition that uses it): an unmaterialised marker asset carries it.
site_marker = dg.AssetSpec(key=dg.AssetKey(["gsc", "site_list"]), partitions_def=site_partitions, group_name="gsc")

defs = dg.Definitions(
    assets=[project.gsc_api_asset, gsc_search_analytics, site_marker],
    resources=project.default_resources(),
)
"""


@dataclasses.dataclass
class Dev:
    url: str
    process: subprocess.Popen
    log: Path
    pg_url: str
    http: httpx.Client
    location: str = ""
    repository: str = ""

    def graphql(self, query: str, **variables: Any) -> dict[str, Any]:
        response = self.http.post(f"{self.url}/graphql", json={"query": query, "variables": variables})
        response.raise_for_status()
        body = response.json()
        if "errors" in body:
            raise RuntimeError(f"GraphQL errors: {body['errors']}")
        return body["data"]

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_dev(sim: ChildSimulator, variant: Variant, *, pg_url: str, workdir: Path, start: dt.date) -> Dev:
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("GSC_", "DAGSTER_"))},
        "GSC_API_BASE_URL": sim.base_url,
        "GOOGLE_APPLICATION_CREDENTIALS": str(sim.key_path),
        "GSC_CA_FILE": sim.ca,
        "GSC_DATABASE_URL": pg_url,
        "GSC_QUOTA_WINDOW_S": str(WINDOW_S),
        "GSC_SEARCH_TYPES": SEARCH_TYPES,
        "GSC_REPORTS": REPORTS,
        "GSC_START_DATE": start.isoformat(),
        "GSC_AUTOMATIONS": "none",  # no sensor adds runs: the backfill's runs are the only ones
        "DAGSTER_HOME": str(workdir / "dagster_home"),
        "GSC_STAGING_DIR": str(workdir / "staging"),
        **variant.env,
    }
    plain = not (variant.dagster_yaml or variant.defs)
    if plain:  # exactly the user's command
        command = [sys.executable, "-m", "gsc_assets.cli", "dev", "--port", str(port)]
    else:
        command = [sys.executable, "-c", _DEV_WRAPPER, "dev", "--port", str(port)]
        env["BENCH_AGENCY_DAGSTER_YAML"] = json.dumps(variant.dagster_yaml)
    hooks = []
    if variant.defs:
        module = f"bench_agency_{variant.defs}"
        (workdir / f"{module}.py").write_text(
            {"date_only": _DATE_ONLY_DEFS, "multiprocess": _MULTIPROCESS_DEFS}[variant.defs]
        )
        env["BENCH_AGENCY_DEFS_MODULE"] = module
        hooks.append(str(workdir))
    if variant.backfill_loop_s:
        hook = workdir / "hook"
        hook.mkdir(exist_ok=True)
        (hook / "sitecustomize.py").write_text(_SITECUSTOMIZE)
        env["BENCH_AGENCY_BACKFILL_LOOP_S"] = str(variant.backfill_loop_s)
        hooks.append(str(hook))
    if hooks:
        env["PYTHONPATH"] = os.pathsep.join([*hooks, *filter(None, [env.get("PYTHONPATH")])])
    log = workdir / "dev.log"
    with log.open("w") as out:
        process = subprocess.Popen(command, env=env, cwd=workdir, stdout=out, stderr=subprocess.STDOUT)
    dev = Dev(f"http://127.0.0.1:{port}", process, log, pg_url, httpx.Client(timeout=120))
    try:
        _wait_for_location(dev)
    except BaseException:
        stop_dev(dev)
        raise
    return dev


LOCATION = """{ workspaceOrError { ... on Workspace { locationEntries { name
  locationOrLoadError { ... on RepositoryLocation { repositories { name } } ... on PythonError { message } } } } } }"""


def _wait_for_location(dev: Dev) -> None:
    deadline = time.monotonic() + START_WAIT_S
    while True:
        if dev.process.poll() is not None:
            raise RuntimeError("gsc-assets dev exited:\n" + dev.tail())
        if time.monotonic() > deadline:
            raise RuntimeError("gsc-assets dev did not come up:\n" + dev.tail())
        try:
            entries = dev.graphql(LOCATION)["workspaceOrError"]["locationEntries"]
        except (httpx.TransportError, httpx.HTTPStatusError, RuntimeError, KeyError, TypeError):
            time.sleep(0.5)
            continue
        loaded = [e for e in entries if (e["locationOrLoadError"] or {}).get("repositories")]
        if loaded:
            dev.location = loaded[0]["name"]
            dev.repository = loaded[0]["locationOrLoadError"]["repositories"][0]["name"]
            return
        time.sleep(0.5)


def stop_dev(dev: Dev) -> None:
    """SIGINT as Ctrl-C; whatever it started is killed by pid if it outlives the grace period."""
    try:
        children = psutil.Process(dev.process.pid).children(recursive=True)
    except psutil.Error:
        children = []
    if dev.process.poll() is None:
        dev.process.send_signal(signal.SIGINT)
        try:
            dev.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            dev.process.kill()
            dev.process.wait()
    _gone, alive = psutil.wait_procs(children, timeout=30)
    for proc in alive:
        try:
            proc.kill()
        except psutil.Error:
            pass
    dev.http.close()


ADD_PARTITION = """mutation($selector: RepositorySelector!, $key: String!) {
  addDynamicPartition(repositorySelector: $selector, partitionsDefName: "gsc_sites", partitionKey: $key) {
    __typename ... on PythonError { message } } }"""
LAUNCH = """mutation($params: LaunchBackfillParams!) { launchPartitionBackfill(backfillParams: $params) {
  __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message }
  ... on InvalidSubsetError { message } ... on PartitionSetNotFoundError { message } } }"""
BACKFILL = """query($id: String!) { partitionBackfillOrError(backfillId: $id) {
  ... on PartitionBackfill { status timestamp endTimestamp } ... on PythonError { message } } }"""
RUNS = """query($id: String!) { runsOrError(filter: {tags: [{key: "dagster/backfill", value: $id}]}) {
  ... on Runs { results { runId status creationTime startTime endTime tags { key value } } } } }"""
DAEMON = """{ instance { daemonHealth { daemonStatus(daemonType: "BACKFILL") { lastHeartbeatTime } } } }"""
DONE = ("COMPLETED", "COMPLETED_SUCCESS", "COMPLETED_FAILED", "FAILED", "CANCELED")


def align_with_backfill_loop(dev: Dev, loop_s: float) -> None:
    """Sleep until half a loop after one of the backfill daemon's iterations: a user's launch waits 0 to loop_s for
    the daemon to pick it up (loop_s / 2 on average), a benchmark's launch right after the last one's completion
    (an iteration) would wait the whole loop every time. The daemon's heartbeat is posted at an iteration's start."""
    beat = dev.graphql(DAEMON)["instance"]["daemonHealth"]["daemonStatus"]["lastHeartbeatTime"]
    if not beat:
        return
    now = time.time()
    target = beat + loop_s / 2
    while target < now + 0.2:
        target += loop_s
    time.sleep(target - now)


def add_sites(dev: Dev, sites: list[str]) -> None:
    selector = {"repositoryLocationName": dev.location, "repositoryName": dev.repository}
    for site in sites:
        added = dev.graphql(ADD_PARTITION, selector=selector, key=site)["addDynamicPartition"]
        if added["__typename"] != "AddDynamicPartitionSuccess":
            raise RuntimeError(f"addDynamicPartition {site}: {added}")


# --- what the run processes hold ----------------------------------------------------------------------------------


def _is_run_worker(proc: psutil.Process) -> bool:
    """A run worker: a `spawn` child of the code server's gRPC process (`dagster api grpc`), which starts one per run
    (`StartRun`); its own children (the multiprocess executor's step workers) count with it."""
    try:
        cmd = " ".join(proc.cmdline())
        if "spawn_main" not in cmd or "resource_tracker" in cmd:
            return False
        parent = proc.parent()
        return parent is not None and "api grpc" in " ".join(parent.cmdline())
    except psutil.Error:
        return False


class RunMemory:
    """Samples the RSS of every run worker and its descendants (sum over processes) every SAMPLE_S."""

    def __init__(self, root_pid: int) -> None:
        self.root = psutil.Process(root_pid)
        self.peak_rss = 0
        self.peak_processes = 0
        self.peak_runs = 0
        self.peak_single_run = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> RunMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(SAMPLE_S)

    def sample(self) -> None:
        try:
            tree = self.root.children(recursive=True)
        except psutil.Error:
            return
        total = processes = runs = 0
        for proc in tree:
            if not _is_run_worker(proc):
                continue
            run_rss = 0
            try:
                family = [proc, *proc.children(recursive=True)]
            except psutil.Error:
                continue
            for member in family:
                try:
                    run_rss += member.memory_info().rss
                    processes += 1
                except psutil.Error:
                    pass
            runs += 1
            total += run_rss
            self.peak_single_run = max(self.peak_single_run, run_rss)
        self.samples += 1
        self.peak_rss = max(self.peak_rss, total)
        self.peak_processes = max(self.peak_processes, processes)
        self.peak_runs = max(self.peak_runs, runs)


def tree_cpu_s(pid: int) -> float:
    """CPU seconds of a process tree: live processes and the children they reaped (the run workers, once done)."""
    total = 0.0
    try:
        procs = [psutil.Process(pid)]
        procs += procs[0].children(recursive=True)
    except psutil.Error:
        return total
    for proc in procs:
        try:
            t = proc.cpu_times()
        except psutil.Error:
            continue
        total += t.user + t.system + t.children_user + t.children_system
    return total


def machine_busy_s() -> float:
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


# --- one backfill -------------------------------------------------------------------------------------------------


def _ms(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


EVENT_TIMES = """
SELECT run_id,
       min(ts) FILTER (WHERE dagster_event_type = 'PIPELINE_STARTING') AS launched,
       min(ts) FILTER (WHERE dagster_event_type = 'PIPELINE_START') AS started,
       min(ts) FILTER (WHERE dagster_event_type = 'STEP_WORKER_STARTING') AS step_worker,
       min(ts) FILTER (WHERE dagster_event_type = 'STEP_START') AS step_start,
       min(ts) FILTER (WHERE dagster_event_type IS NULL AND event LIKE '%%"syncing %%') AS syncing,
       min(ts) FILTER (WHERE dagster_event_type = 'ASSET_MATERIALIZATION') AS first_mat,
       max(ts) FILTER (WHERE dagster_event_type = 'ASSET_MATERIALIZATION') AS last_mat,
       max(ts) FILTER (WHERE dagster_event_type IN ('STEP_SUCCESS', 'STEP_FAILURE')) AS step_end,
       max(ts) FILTER (WHERE dagster_event_type IN ('PIPELINE_SUCCESS', 'PIPELINE_FAILURE')) AS ended
FROM (SELECT run_id, dagster_event_type, event, extract(epoch FROM timestamp)::float8 AS ts
      FROM event_logs WHERE run_id = ANY(%(runs)s)) e
GROUP BY run_id
"""
EVENT_NAMES = tuple("launched started step_worker step_start syncing first_mat last_mat step_end ended".split())
MATERIALISATIONS = """
SELECT asset_key, partition, count(*) FROM event_logs
WHERE dagster_event_type = 'ASSET_MATERIALIZATION' AND run_id = ANY(%(runs)s) GROUP BY asset_key, partition
"""
LEDGER = """
SELECT site_url, date, count(DISTINCT run_id), count(DISTINCT report) FROM gsc.load_ledger
WHERE date BETWEEN %(start)s AND %(end)s GROUP BY site_url, date
"""


def _phases(runs: list[dict[str, Any]], events: dict[str, dict[str, float | None]]) -> dict[str, Any]:
    """Per run: seconds in each phase, then their medians (and the slowest run's total)."""
    phases: dict[str, list[float]] = {}

    def add(name: str, a: float | None, b: float | None) -> None:
        if a is not None and b is not None:
            phases.setdefault(name, []).append(b - a)

    for run in runs:
        e = events.get(run["runId"], {})
        add("queued_s", run["creationTime"], e.get("launched"))  # created -> dequeued and launched
        add("launch_to_run_start_s", e.get("launched"), e.get("started"))  # process spawn, imports, job load
        add("run_start_to_step_start_s", e.get("started"), e.get("step_start"))  # incl. a step worker's start-up
        add("step_start_to_first_request_s", e.get("step_start"), e.get("syncing"))  # resources, settings
        add("first_request_to_first_load_s", e.get("syncing"), e.get("first_mat"))
        add("first_request_to_last_load_s", e.get("syncing"), e.get("last_mat"))
        add("last_load_to_run_end_s", e.get("last_mat"), e.get("ended"))  # checks, step and run teardown
        add("run_wall_s", run["creationTime"], run["endTime"])
        add("launch_to_first_request_s", e.get("launched"), e.get("syncing"))
    return {
        name: {"median": round(statistics.median(values), 2), "max": round(max(values), 2)}
        for name, values in phases.items()
    }


def run_backfill(
    dev: Dev, sim: ChildSimulator, variant: Variant, *, sites: list[str], start: dt.date, end: dt.date
) -> dict[str, Any]:
    if variant.defs == "date_only":
        box = {"start": start.isoformat(), "end": end.isoformat()}
    else:
        box = {"start": f"{start}|{sites[0]}", "end": f"{end}|{sites[-1]}"}
    params: dict[str, Any] = {
        "partitionsByAssets": [{"assetKey": {"path": ["gsc", t]}, "partitions": {"range": box}} for t in TABLES],
        "title": f"agency {len(sites)} sites x {(end - start).days + 1} days",
    }
    run_config = dict(variant.run_config or {})
    if variant.defs == "date_only":
        op_config = {"ops": {"gsc_search_analytics": {"config": {"sites": sites}}}}
        run_config = {**run_config, **op_config}
    if run_config:
        params["runConfigData"] = run_config
    align_with_backfill_loop(dev, variant.backfill_loop_s or SHIPPED_BACKFILL_LOOP_S)
    sim.reset()
    cpu_before = (tree_cpu_s(dev.process.pid), tree_cpu_s(sim.proc.pid), machine_busy_s())
    with RunMemory(dev.process.pid) as memory:
        launched = time.time()
        result = dev.graphql(LAUNCH, params=params)["launchPartitionBackfill"]
        if result["__typename"] != "LaunchBackfillSuccess":
            raise RuntimeError(f"launchPartitionBackfill: {result}")
        backfill_id = result["backfillId"]
        deadline = time.monotonic() + BACKFILL_WAIT_S
        while True:
            backfill = dev.graphql(BACKFILL, id=backfill_id)["partitionBackfillOrError"]
            if backfill.get("status") in DONE:
                seen = time.time()
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"backfill {backfill_id} still {backfill.get('status')}:\n" + dev.tail())
            time.sleep(SAMPLE_S)
    cpu_after = (tree_cpu_s(dev.process.pid), tree_cpu_s(sim.proc.pid), machine_busy_s())
    dev_cpu, sim_cpu, busy = (after - before for after, before in zip(cpu_after, cpu_before, strict=True))
    stats = sim.stats()
    runs = dev.graphql(RUNS, id=backfill_id)["runsOrError"]["results"]
    run_ids = [run["runId"] for run in runs]
    with psycopg.connect(dev.pg_url) as conn:
        rows = conn.execute(EVENT_TIMES, {"runs": run_ids}).fetchall()
        events = {row[0]: dict(zip(EVENT_NAMES, row[1:], strict=True)) for row in rows}
        materialised = conn.execute(MATERIALISATIONS, {"runs": run_ids}).fetchall()
        ledger = conn.execute(LEDGER, {"start": start, "end": end}).fetchall()
    requests = stats["requests"]
    quota_s = requests / QPM * WINDOW_S
    wall_s = backfill["endTimestamp"] - backfill["timestamp"]
    created = sorted(run["creationTime"] for run in runs)
    starts = sorted(run["startTime"] for run in runs if run["startTime"])
    ends = sorted(run["endTime"] for run in runs if run["endTime"])
    expected = {(site, start + dt.timedelta(days=n)) for site in sites for n in range((end - start).days + 1)}
    landed = {(site, day) for site, day, _runs, _reports in ledger}
    per_partition = [count for _key, _partition, count in materialised]
    return {
        "status": backfill["status"],
        "partitions": len(expected),
        "requests": requests,
        "requests_429": stats["by_status"].get("429", 0),
        "quota_s": round(quota_s, 1),
        "wall_s": round(wall_s, 1),
        "wall_vs_quota": round(wall_s / quota_s, 2) if quota_s else None,
        "launch_to_seen_completed_s": round(seen - launched, 1),
        "runs": len(runs),
        "runs_succeeded": sum(run["status"] == "SUCCESS" for run in runs),
        "launch_to_first_run_created_s": _ms(created[0] - backfill["timestamp"]) if created else None,
        "first_to_last_run_created_s": _ms(created[-1] - created[0]) if created else None,
        "first_to_last_run_started_s": _ms(starts[-1] - starts[0]) if starts else None,
        "last_run_end_to_completed_s": _ms(backfill["endTimestamp"] - ends[-1]) if ends else None,
        # The backfill completes at the daemon's first iteration after its last run ended (every 30 s): wall times
        # move in steps of the loop. The runs' own span is what the runs' design and settings change.
        "launch_to_last_run_end_s": _ms(ends[-1] - backfill["timestamp"]) if ends else None,
        "runs_span_vs_quota": round((ends[-1] - backfill["timestamp"]) / quota_s, 2) if ends and quota_s else None,
        "per_run": _phases(runs, events),
        # CPU over the backfill: `gsc-assets dev` and its runs, the simulator, and the whole machine's busy time
        # over its cores (the rest is Postgres and anything else running on the machine).
        "cpu_dev_s": round(dev_cpu, 1),
        "cpu_simulator_s": round(sim_cpu, 1),
        "cpu_machine_busy_fraction": round(busy / (seen - launched) / (os.cpu_count() or 1), 2),
        "peak_rss_runs_mb": round(memory.peak_rss / 2**20),
        "peak_rss_one_run_mb": round(memory.peak_single_run / 2**20),
        "peak_run_processes": memory.peak_processes,
        "peak_concurrent_runs": memory.peak_runs,
        "every_partition_landed": landed == expected,
        "partitions_loaded_by_two_runs": sum(runs_ > 1 for _s, _d, runs_, _r in ledger),
        "materialisations": sum(per_partition),
        "materialised_more_than_once": sum(count > 1 for count in per_partition),
    }


def run_variant(sim: ChildSimulator, name: str, shapes: tuple[tuple[str, int, int], ...]) -> dict[str, Any]:
    variant = VARIANTS[name]
    last = _last_final_day()
    blocks = []  # each shape on its own dates, newest first, so no partition is held before its backfill
    end = last
    for label, n_sites, n_days in shapes:
        start = end - dt.timedelta(days=n_days - 1)
        blocks.append((label, list(SITES)[:n_sites], start, end))
        end = start - dt.timedelta(days=1)
    url, db_name = _database(server_url())
    results: dict[str, Any] = {"description": variant.description}
    try:
        with tempfile.TemporaryDirectory(prefix="gsc-bench-agency-") as tmp:
            began = time.perf_counter()
            dev = start_dev(sim, variant, pg_url=url, workdir=Path(tmp), start=end - dt.timedelta(days=5))
            results["dev_start_s"] = round(time.perf_counter() - began, 1)
            try:
                add_sites(dev, list(SITES))
                for label, sites, start, stop in blocks:
                    results[label] = run_backfill(dev, sim, variant, sites=sites, start=start, end=stop)
                    print(f"bench_agency: {name} {label}: {json.dumps(results[label])}", file=sys.stderr, flush=True)
            finally:
                stop_dev(dev)
    finally:
        _drop(server_url(), db_name)
    return results


def run(quick: bool = False, variants: tuple[str, ...] = BENCH_VARIANTS) -> dict[str, Any]:
    shapes = QUICK_SHAPES if quick else SHAPES
    results: dict[str, Any] = {
        "setup": f"{len(SITES)} sites ({min(SITES.values())}-{max(SITES.values())} rows/day), time scale {K:g}, "
        f"types {SEARCH_TYPES}, reports {REPORTS}, one credential (1,200 requests per {WINDOW_S:g} s)",
        "target_wall_vs_quota": TARGET_WALL_VS_QUOTA,
    }
    with tempfile.TemporaryDirectory(prefix="gsc-bench-agency-sim-") as simdir:
        config = {"sites": SITES, "seed": 14, "time_scale": K, "latency_ms": LATENCY_MS}
        sim = ChildSimulator(config, Path(simdir))
        try:
            for name in variants:
                results[name] = run_variant(sim, name, shapes)
        finally:
            sim.close()
    measured = [(name, label) for name in variants for label, _s, _d in shapes if label in results[name]]
    results["summary"] = {f"{name}.{label}": results[name][label]["wall_vs_quota"] for name, label in measured}
    results["meets_target"] = {
        name: all(results[name][label]["wall_vs_quota"] <= TARGET_WALL_VS_QUOTA for n, label in measured if n == name)
        for name in variants
    }
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument(
        "--variant", action="append", choices=sorted(VARIANTS), help="repeatable; default: before, default"
    )
    parser.add_argument("--shape", action="append", help="e.g. 12x10 (sites x days); default: the suite's shapes")
    args = parser.parse_args()
    global SHAPES, QUICK_SHAPES
    if args.shape:
        chosen = tuple((f"sites_{s}_x_days_{d}", int(s), int(d)) for s, d in (x.split("x") for x in args.shape))
        SHAPES = QUICK_SHAPES = chosen
    print(json.dumps(run(quick=args.quick, variants=tuple(args.variant or BENCH_VARIANTS)), indent=2))


if __name__ == "__main__":
    main()
