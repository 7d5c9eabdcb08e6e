"""A real `gsc-assets dev` (webserver + daemon on Postgres): backfills launched over GraphQL, as the UI does, and
the lifetime stats following by themselves. One `dev` instance for the module (the slowest fixture we have)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psycopg
import pytest

from gsc_assets.simulator import SimConfig, SimulatorServer

pytestmark = pytest.mark.timeout(600)

SITE_A, SITE_B = "sc-domain:uishop.example", "https://ui.example/blog/"
FETCH_ASSETS = ["property_daily", "page_daily", "query_daily", "query_page_daily", "appearance_daily"]
START_WAIT_S = 90
BACKFILL_WAIT_S = 240


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Dev:
    def __init__(self, url: str, process: subprocess.Popen, log: Path) -> None:
        self.url = url
        self.process = process
        self.log = log
        self.http = httpx.Client(timeout=60)

    def graphql(self, query: str, **variables):
        response = self.http.post(f"{self.url}/graphql", json={"query": query, "variables": variables})
        response.raise_for_status()
        body = response.json()
        assert "errors" not in body, body["errors"]
        return body["data"]


@pytest.fixture(scope="module")
def dev(pg_url, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("dev")
    config = SimConfig(sites={SITE_A: 400, SITE_B: 150}, today=dt.date(2026, 11, 20), seed=11)
    with SimulatorServer(config, workdir=workdir / "sim") as sim:
        port = free_port()
        env = {
            **os.environ,
            "GSC_API_BASE_URL": sim.base_url,
            "GOOGLE_APPLICATION_CREDENTIALS": str(sim.key_path),
            "GSC_DATABASE_URL": pg_url,
            "DAGSTER_HOME": str(workdir / "dagster_home"),
            "GSC_STAGING_DIR": str(workdir / "staging"),
            "GSC_START_DATE": "2026-09-01",
            "GSC_SITES": f"{SITE_A},{SITE_B}",
        }
        log = workdir / "dev.log"
        with log.open("w") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "gsc_assets.cli", "dev", "--port", str(port)],
                env=env, cwd=workdir, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        server = Dev(f"http://127.0.0.1:{port}", process, log)
        try:
            deadline = time.monotonic() + START_WAIT_S
            while True:
                assert process.poll() is None, log.read_text()[-3000:]
                try:
                    if server.http.get(f"{server.url}/server_info").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "dagster dev did not come up:\n" + log.read_text()[-3000:]
                time.sleep(0.5)
            wait_for_location(server)
            yield server
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            server.http.close()


LOCATION = """{ workspaceOrError { ... on Workspace { locationEntries { name
  locationOrLoadError { ... on RepositoryLocation { repositories { name } } ... on PythonError { message } } } } } }"""


def wait_for_location(dev: Dev) -> None:
    deadline = time.monotonic() + START_WAIT_S
    while time.monotonic() < deadline:
        entries = dev.graphql(LOCATION)["workspaceOrError"]["locationEntries"]
        loaded = [e for e in entries if (e["locationOrLoadError"] or {}).get("repositories")]
        if loaded:
            dev.location = loaded[0]["name"]
            dev.repository = loaded[0]["locationOrLoadError"]["repositories"][0]["name"]
            return
        time.sleep(1)
    raise AssertionError(f"code location did not load: {entries}")


ADD_PARTITION = """mutation($selector: RepositorySelector!, $key: String!) {
  addDynamicPartition(repositorySelector: $selector, partitionsDefName: "gsc_sites", partitionKey: $key) {
    __typename ... on PythonError { message } } }"""

LAUNCH = """mutation($params: LaunchBackfillParams!) { launchPartitionBackfill(backfillParams: $params) {
  __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message }
  ... on InvalidSubsetError { message } ... on PartitionSetNotFoundError { message } } }"""

BACKFILL = """query($id: String!) { partitionBackfillOrError(backfillId: $id) {
  ... on PartitionBackfill { status } ... on PythonError { message } } }"""

RUNS = """query($id: String!) { runsOrError(filter: {tags: [{key: "dagster/backfill", value: $id}]}) {
  ... on Runs { results { runId status tags { key value } } } } }"""

CHECK_EXECUTIONS = """query($path: [String!]!, $name: String!) {
  assetCheckExecutions(assetKey: {path: $path}, checkName: $name, limit: 20) {
    runId status evaluation { success metadataEntries { label ... on IntMetadataEntry { intValue } } } } }"""
#: The daily checks (specs of the fetch asset, run in its step after the loads).
DAILY_CHECKS = [(name, "metric_ranges") for name in FETCH_ASSETS] + [
    ("property_daily", "reconciliation"),
    ("page_daily", "row_cap"),
    ("query_daily", "row_cap"),
    ("query_page_daily", "row_cap"),
]

LAST_MATERIALISATION = """query($path: [String!]!) { assetOrError(assetKey: {path: $path}) {
  ... on Asset { assetMaterializations(limit: 1) { runId timestamp } } } }"""


@pytest.fixture(scope="module")
def sites_added(dev):
    selector = {"repositoryLocationName": dev.location, "repositoryName": dev.repository}
    for site in (SITE_A, SITE_B):  # the order of addition orders the site dimension
        result = dev.graphql(ADD_PARTITION, selector=selector, key=site)["addDynamicPartition"]
        assert result["__typename"] in ("AddDynamicPartitionSuccess", "DuplicateDynamicPartitionError"), result
    return selector


def launch(dev: Dev, params: dict) -> str:
    result = dev.graphql(LAUNCH, params=params)["launchPartitionBackfill"]
    assert result["__typename"] == "LaunchBackfillSuccess", result
    return result["backfillId"]


def wait_for_backfill(dev: Dev, backfill_id: str) -> list[dict]:
    deadline = time.monotonic() + BACKFILL_WAIT_S
    status = None
    while time.monotonic() < deadline:
        status = dev.graphql(BACKFILL, id=backfill_id)["partitionBackfillOrError"].get("status")
        if status in ("COMPLETED", "COMPLETED_SUCCESS", "COMPLETED_FAILED", "FAILED", "CANCELED"):
            break
        time.sleep(2)
    assert status in ("COMPLETED", "COMPLETED_SUCCESS"), (
        f"backfill {backfill_id}: {status}\n" + dev.log.read_text()[-3000:]
    )
    return dev.graphql(RUNS, id=backfill_id)["runsOrError"]["results"]


def loaded_keys(pg_url: str, start: dt.date, end: dt.date) -> set[tuple[str, dt.date]]:
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT DISTINCT site_url, date FROM gsc.load_ledger WHERE date BETWEEN %s AND %s", (start, end)
        ).fetchall()
    return set(rows)


def days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def test_box_range_backfill_over_graphql(dev, sites_added, pg_url):
    start, end = dt.date(2026, 10, 1), dt.date(2026, 10, 7)
    box = {"start": f"{start}|{SITE_A}", "end": f"{end}|{SITE_B}"}
    by_asset = [{"assetKey": {"path": ["gsc", name]}, "partitions": {"range": box}} for name in FETCH_ASSETS]
    backfill_id = launch(dev, {"partitionsByAssets": by_asset, "title": "7 days x 2 sites (box range)"})
    runs = wait_for_backfill(dev, backfill_id)
    assert runs and all(run["status"] == "SUCCESS" for run in runs)
    assert len(runs) == 2  # single_run policy: one run per site (the smaller dimension) with its 7 dates
    assert loaded_keys(pg_url, start, end) == {(site, day) for site in (SITE_A, SITE_B) for day in days(start, end)}
    # Every run of the backfill checked what it loaded (once, the check step was skipped in every backfill run).
    run_ids = {run["runId"] for run in runs}
    for table, check in DAILY_CHECKS:
        executions = dev.graphql(CHECK_EXECUTIONS, path=["gsc", table], name=check)["assetCheckExecutions"]
        mine = {e["runId"]: e for e in executions if e["runId"] in run_ids}
        assert set(mine) == run_ids, (table, check, executions)
        for execution in mine.values():
            assert execution["status"] == "SUCCEEDED" and execution["evaluation"]["success"], execution
            figures = {m["label"]: m.get("intValue") for m in execution["evaluation"]["metadataEntries"]}
            assert figures["partitions_checked"] == len(days(start, end)), (table, check, figures)


def test_explicit_partition_names_backfill_over_graphql(dev, sites_added, pg_url):
    start, end = dt.date(2026, 10, 10), dt.date(2026, 10, 16)
    names = [f"{day}|{site}" for site in (SITE_A, SITE_B) for day in days(start, end)]
    backfill_id = launch(
        dev,
        {"partitionNames": names, "assetSelection": [{"path": ["gsc", name]} for name in FETCH_ASSETS],
         "title": "explicit names"},
    )  # fmt: skip
    runs = wait_for_backfill(dev, backfill_id)
    assert runs and all(run["status"] == "SUCCESS" for run in runs)
    assert loaded_keys(pg_url, start, end) == {(site, day) for site in (SITE_A, SITE_B) for day in days(start, end)}


def test_lifetime_stats_follow_the_loads_by_themselves(dev, sites_added, pg_url):
    """The automation sensor requests the lifetime assets after loads; nobody launches them."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        found = dev.graphql(LAST_MATERIALISATION, path=["gsc", "lifetime_page"])["assetOrError"]
        if found.get("assetMaterializations"):
            break
        time.sleep(3)
    else:
        raise AssertionError("lifetime stats never materialised\n" + dev.log.read_text()[-3000:])
    with psycopg.connect(pg_url) as conn:
        (lifetime_rows,) = conn.execute("SELECT count(*) FROM gsc.lifetime_page").fetchone()
    assert lifetime_rows > 0


IN_PROGRESS = """{ runsOrError(filter: {statuses: [QUEUED, NOT_STARTED, STARTING, STARTED]}) {
  ... on Runs { results { runId } } } }"""
MATERIALISATIONS = """query($path: [String!]!) { assetOrError(assetKey: {path: $path}) {
  ... on Asset { assetMaterializations(limit: 5) { runId timestamp } } } }"""


def latest_materialisation(dev: Dev, table: str) -> dict | None:
    found = dev.graphql(MATERIALISATIONS, path=["gsc", table])["assetOrError"].get("assetMaterializations") or []
    return max(found, key=lambda m: float(m["timestamp"])) if found else None


def wait_until_quiet(dev: Dev, quiet_s: float = 40.0, limit_s: float = 240.0) -> None:
    """No run in progress and no new lifetime materialisation for longer than an automation tick."""
    deadline = time.monotonic() + limit_s
    last = None
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        busy = dev.graphql(IN_PROGRESS)["runsOrError"]["results"]
        now = (latest_materialisation(dev, "lifetime_page"), latest_materialisation(dev, "lifetime_query_page"))
        if busy or now != last:
            last, quiet_since = now, time.monotonic()
        elif time.monotonic() - quiet_since >= quiet_s:
            return
        time.sleep(3)
    raise AssertionError("runs kept starting\n" + dev.log.read_text()[-3000:])


def test_a_one_table_backfill_fetches_only_its_reports_and_refreshes_only_its_lifetime_table(dev, sites_added, pg_url):
    """The UI's "Materialize..." on query_page_daily alone: no "additional assets" (the fetch can be subset)."""
    wait_until_quiet(dev)
    before_page = latest_materialisation(dev, "lifetime_page")
    before_query_page = latest_materialisation(dev, "lifetime_query_page")
    start, end = dt.date(2026, 10, 20), dt.date(2026, 10, 21)
    box = {"start": f"{start}|{SITE_A}", "end": f"{end}|{SITE_A}"}
    by_asset = [{"assetKey": {"path": ["gsc", "query_page_daily"]}, "partitions": {"range": box}}]
    backfill_id = launch(dev, {"partitionsByAssets": by_asset, "title": "one table"})
    runs = wait_for_backfill(dev, backfill_id)
    assert len(runs) == 1 and runs[0]["status"] == "SUCCESS"
    with psycopg.connect(pg_url) as conn:
        reports = {r for (r,) in conn.execute(
            "SELECT DISTINCT report FROM gsc.load_ledger WHERE date BETWEEN %s AND %s", (start, end))}  # fmt: skip
    assert reports == {"query_page_daily"}
    for check in ("metric_ranges", "row_cap"):
        executions = dev.graphql(CHECK_EXECUTIONS, path=["gsc", "query_page_daily"], name=check)
        assert runs[0]["runId"] in {e["runId"] for e in executions["assetCheckExecutions"]}, check
    executions = dev.graphql(CHECK_EXECUTIONS, path=["gsc", "page_daily"], name="metric_ranges")
    assert runs[0]["runId"] not in {e["runId"] for e in executions["assetCheckExecutions"]}
    deadline = time.monotonic() + 180
    while latest_materialisation(dev, "lifetime_query_page") == before_query_page:
        assert time.monotonic() < deadline, "lifetime_query_page did not refresh\n" + dev.log.read_text()[-3000:]
        time.sleep(3)
    assert latest_materialisation(dev, "lifetime_page") == before_page  # its parent did not change


def test_ctrl_c_stops_every_process_cleanly(dev):
    """Runs last in the module: SIGINT to `gsc-assets dev` stops the webserver, daemon and code server."""
    import psutil

    children = psutil.Process(dev.process.pid).children(recursive=True)
    assert children, "dagster dev has no child processes"
    dev.process.send_signal(signal.SIGINT)
    assert dev.process.wait(timeout=60) == 0
    gone, alive = psutil.wait_procs(children, timeout=30)
    assert alive == [], [p.info if hasattr(p, "info") else p for p in alive]
