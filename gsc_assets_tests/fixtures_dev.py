"""One real `gsc-assets dev` (webserver + daemon on Postgres) for the whole session, and the GraphQL helpers the
tests drive it with, as the UI does. The slowest fixture we have: every module that needs `dev` shares it.

Its simulator serves three sites; the credential cannot read the third (`LATE_SITE`) until a test grants it, so
the sites arrive as a user's do: the site discovery sensor adds what `sites.list` returns (no GSC_SITES).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import psycopg
import pytest

from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets_tests.fixtures_pg import create_database, drop_database

SITE_A, SITE_B = "sc-domain:uishop.example", "https://ui.example/blog/"
LATE_SITE = "https://late.example/"
SIM_TODAY = dt.date(2026, 11, 20)
FETCH_ASSETS = ["property_daily", "page_daily", "query_daily", "query_page_daily", "appearance_daily"]
START_WAIT_S = 120
BACKFILL_WAIT_S = 300
#: Sensors that start running on this instance; data_availability_sensor is started by its own test.
AUTOMATIONS = "site_discovery_sensor,gsc_automation_sensor,gsc_run_failure_alert"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Dev:
    """The running `gsc-assets dev`: its URL, log, warehouse and simulator."""

    def __init__(self, url: str, process: subprocess.Popen, log: Path, pg_url: str, sim: SimulatorServer) -> None:
        self.url = url
        self.process = process
        self.log = log
        self.pg_url = pg_url
        self.sim = sim
        self.principal = json.loads(Path(sim.key_path).read_text())["client_email"]
        self.http = httpx.Client(timeout=60)
        self.location = ""
        self.repository = ""
        self.sites: list[str] = []  # site partitions, in partition order

    def graphql(self, query: str, **variables):
        response = self.http.post(f"{self.url}/graphql", json={"query": query, "variables": variables})
        response.raise_for_status()
        body = response.json()
        assert "errors" not in body, body["errors"]
        return body["data"]

    def tail(self) -> str:
        return self.log.read_text()[-3000:]

    @property
    def selector(self) -> dict:
        return {"repositoryLocationName": self.location, "repositoryName": self.repository}


@pytest.fixture(scope="session")
def dev(pg_server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dev]:
    workdir = tmp_path_factory.mktemp("dev")
    pg_url = create_database(pg_server_url, "dev")
    config = SimConfig(sites={SITE_A: 400, SITE_B: 150, LATE_SITE: 60}, today=SIM_TODAY, seed=11)
    with SimulatorServer(config, workdir=workdir / "sim") as sim:
        principal = json.loads(Path(sim.key_path).read_text())["client_email"]
        sim.control(revoke={"principal": principal, "site": LATE_SITE})
        port = free_port()
        env = {
            **os.environ,
            "GSC_API_BASE_URL": sim.base_url,
            "GOOGLE_APPLICATION_CREDENTIALS": str(sim.key_path),
            "GSC_DATABASE_URL": pg_url,
            "DAGSTER_HOME": str(workdir / "dagster_home"),
            "GSC_STAGING_DIR": str(workdir / "staging"),
            "GSC_START_DATE": "2026-09-01",
            "GSC_DATA_STATE": "all",
            "GSC_AUTOMATIONS": AUTOMATIONS,
            "GSC_DISCOVERY_INTERVAL_S": "10",
            "GSC_AVAILABILITY_INTERVAL_S": "10",
        }
        env.pop("GSC_SITES", None)
        log = workdir / "dev.log"
        with log.open("w") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "gsc_assets.cli", "dev", "--port", str(port)],
                env=env, cwd=workdir, stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip
        server = Dev(f"http://127.0.0.1:{port}", process, log, pg_url, sim)
        try:
            wait_for_server(server)
            wait_for_location(server)
            server.sites = wait_for_sites(server, 2)
            yield server
            stop_cleanly(server)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            server.http.close()
    drop_database(pg_server_url, pg_url)


def wait_for_server(dev: Dev) -> None:
    deadline = time.monotonic() + START_WAIT_S
    while True:
        assert dev.process.poll() is None, dev.tail()
        try:
            if dev.http.get(f"{dev.url}/server_info").status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "dagster dev did not come up:\n" + dev.tail()
        time.sleep(0.5)


def stop_cleanly(dev: Dev) -> None:
    """SIGINT to `gsc-assets dev` stops the webserver, daemon and code server (checked at the session's end)."""
    children = psutil.Process(dev.process.pid).children(recursive=True)
    assert children, "dagster dev has no child processes"
    dev.process.send_signal(signal.SIGINT)
    assert dev.process.wait(timeout=60) == 0, dev.tail()
    _gone, alive = psutil.wait_procs(children, timeout=30)
    assert alive == [], alive


LOCATION = """{ workspaceOrError { ... on Workspace { locationEntries { name
  locationOrLoadError { ... on RepositoryLocation { repositories { name } } ... on PythonError { message } } } } } }"""


def wait_for_location(dev: Dev) -> None:
    deadline = time.monotonic() + START_WAIT_S
    entries = None
    while time.monotonic() < deadline:
        entries = dev.graphql(LOCATION)["workspaceOrError"]["locationEntries"]
        loaded = [e for e in entries if (e["locationOrLoadError"] or {}).get("repositories")]
        if loaded:
            dev.location = loaded[0]["name"]
            dev.repository = loaded[0]["locationOrLoadError"]["repositories"][0]["name"]
            return
        time.sleep(1)
    raise AssertionError(f"code location did not load: {entries}")


DYNAMIC = """query($path: [String!]!) { assetNodeOrError(assetKey: {path: $path}) { ... on AssetNode {
  partitionKeysByDimension { name partitionKeys } } } }"""


def site_partitions(dev: Dev) -> list[str]:
    node = dev.graphql(DYNAMIC, path=["gsc", "property_daily"])["assetNodeOrError"]
    by_name = {d["name"]: d["partitionKeys"] for d in node["partitionKeysByDimension"]}
    return by_name["site"]


def wait_for_sites(dev: Dev, count: int, limit_s: float = 120) -> list[str]:
    """The site discovery sensor's additions (it ticks every GSC_DISCOVERY_INTERVAL_S)."""
    deadline = time.monotonic() + limit_s
    while True:
        sites = site_partitions(dev)
        if len(sites) >= count:
            return sites
        assert time.monotonic() < deadline, f"sites never discovered: {sites}\n" + dev.tail()
        time.sleep(2)


LAUNCH = """mutation($params: LaunchBackfillParams!) { launchPartitionBackfill(backfillParams: $params) {
  __typename ... on LaunchBackfillSuccess { backfillId } ... on PythonError { message }
  ... on InvalidSubsetError { message } ... on PartitionSetNotFoundError { message } } }"""
BACKFILL = """query($id: String!) { partitionBackfillOrError(backfillId: $id) {
  ... on PartitionBackfill { status } ... on PythonError { message } } }"""
RUNS = """query($id: String!) { runsOrError(filter: {tags: [{key: "dagster/backfill", value: $id}]}) {
  ... on Runs { results { runId status jobName tags { key value } } } } }"""
CHECK_EXECUTIONS = """query($path: [String!]!, $name: String!) {
  assetCheckExecutions(assetKey: {path: $path}, checkName: $name, limit: 20) {
    runId status evaluation { success metadataEntries { label ... on IntMetadataEntry { intValue } } } } }"""
MATERIALISATIONS = """query($path: [String!]!) { assetOrError(assetKey: {path: $path}) {
  ... on Asset { assetMaterializations(limit: 5) { runId timestamp partition } } } }"""
IN_PROGRESS = """{ runsOrError(filter: {statuses: [QUEUED, NOT_STARTED, STARTING, STARTED]}) {
  ... on Runs { results { runId } } } }"""


def launch(dev: Dev, params: dict) -> str:
    result = dev.graphql(LAUNCH, params=params)["launchPartitionBackfill"]
    assert result["__typename"] == "LaunchBackfillSuccess", result
    return result["backfillId"]


def wait_for_backfill(dev: Dev, backfill_id: str, *, succeed: bool = True) -> list[dict]:
    """The backfill's runs once it is done; with `succeed` it must have completed without a failed run."""
    deadline = time.monotonic() + BACKFILL_WAIT_S
    status = None
    while time.monotonic() < deadline:
        status = dev.graphql(BACKFILL, id=backfill_id)["partitionBackfillOrError"].get("status")
        if status in ("COMPLETED", "COMPLETED_SUCCESS", "COMPLETED_FAILED", "FAILED", "CANCELED"):
            break
        time.sleep(2)
    if succeed:
        assert status in ("COMPLETED", "COMPLETED_SUCCESS"), f"backfill {backfill_id}: {status}\n" + dev.tail()
    else:
        assert status in ("COMPLETED_FAILED", "FAILED", "COMPLETED"), f"backfill {backfill_id}: {status}"
    return dev.graphql(RUNS, id=backfill_id)["runsOrError"]["results"]


def loaded_keys(pg_url: str, start: dt.date, end: dt.date) -> set[tuple[str, dt.date]]:
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT DISTINCT site_url, date FROM gsc.load_ledger WHERE date BETWEEN %s AND %s", (start, end)
        ).fetchall()
    return set(rows)


def days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def latest_materialisation(dev: Dev, table: str) -> dict | None:
    found = dev.graphql(MATERIALISATIONS, path=["gsc", table])["assetOrError"].get("assetMaterializations") or []
    return max(found, key=lambda m: float(m["timestamp"])) if found else None


def wait_until_quiet(dev: Dev, quiet_s: float = 40.0, limit_s: float = 300.0) -> None:
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
    raise AssertionError("runs kept starting\n" + dev.tail())
