"""Backfills launched over GraphQL on the session's real `gsc-assets dev` (webserver + daemon on Postgres), as the
UI does, and the lifetime stats following by themselves."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import psutil
import psycopg
import pytest

from gsc_assets_tests.fixtures_dev import (
    CHECK_EXECUTIONS,
    FETCH_ASSETS,
    Dev,
    days,
    latest_materialisation,
    launch,
    loaded_keys,
    wait_for_backfill,
    wait_until_quiet,
)

pytestmark = pytest.mark.timeout(600)

#: The daily checks (specs of the fetch asset, run in its step after the loads).
DAILY_CHECKS = [(name, "metric_ranges") for name in FETCH_ASSETS] + [
    ("property_daily", "reconciliation"),
    ("page_daily", "row_cap"),
    ("query_daily", "row_cap"),
    ("query_page_daily", "row_cap"),
]
PARTITION_MATERIALISATIONS = """query($path: [String!]!, $keys: [String!]!) { assetOrError(assetKey: {path: $path}) {
  ... on Asset { assetMaterializations(partitions: $keys) { partition runId } } } }"""
LAST_MATERIALISATION = """query($path: [String!]!) { assetOrError(assetKey: {path: $path}) {
  ... on Asset { assetMaterializations(limit: 1) { runId timestamp } } } }"""


def test_box_range_backfill_over_graphql(dev: Dev):
    start, end = dt.date(2026, 10, 1), dt.date(2026, 10, 7)
    first, last = dev.sites[0], dev.sites[-1]
    box = {"start": f"{start}|{first}", "end": f"{end}|{last}"}
    by_asset = [{"assetKey": {"path": ["gsc", name]}, "partitions": {"range": box}} for name in FETCH_ASSETS]
    backfill_id = launch(dev, {"partitionsByAssets": by_asset, "title": "7 days x 2 sites (box range)"})
    runs = wait_for_backfill(dev, backfill_id)
    assert runs and all(run["status"] == "SUCCESS" for run in runs)
    assert len(runs) == 2  # single_run policy: one run per site (the smaller dimension) with its 7 dates
    assert loaded_keys(dev.pg_url, start, end) == {(site, day) for site in dev.sites for day in days(start, end)}
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


def test_each_shape_of_box_runs_as_few_runs_as_dagster_allows_and_materialises_each_partition_once(dev: Dev):
    """Dagster makes min(sites, days) runs of a date x site box: one site over many days is one run, many sites on
    one day is one run (the 2 x 7 box above is 2). Both launched at once, as a user launching two backfills."""
    wait_until_quiet(dev)
    long_days, wide_day = days(dt.date(2026, 9, 22), dt.date(2026, 9, 27)), dt.date(2026, 9, 29)
    shapes = {  # name: (first site, last site, first day, last day)
        "1 site x 6 days": (dev.sites[0], dev.sites[0], long_days[0], long_days[-1]),
        "2 sites x 1 day": (dev.sites[0], dev.sites[-1], wide_day, wide_day),
    }
    launched = {}
    for title, (first, last, start, end) in shapes.items():
        box = {"start": f"{start}|{first}", "end": f"{end}|{last}"}
        by_asset = [{"assetKey": {"path": ["gsc", n]}, "partitions": {"range": box}} for n in FETCH_ASSETS]
        launched[title] = launch(dev, {"partitionsByAssets": by_asset, "title": title})
    for title, backfill_id in launched.items():
        runs = wait_for_backfill(dev, backfill_id)
        assert len(runs) == 1 and runs[0]["status"] == "SUCCESS", (title, runs)
    keys = [f"{day}|{dev.sites[0]}" for day in long_days] + [f"{wide_day}|{site}" for site in dev.sites]
    for table in FETCH_ASSETS:
        found = dev.graphql(PARTITION_MATERIALISATIONS, path=["gsc", table], keys=keys)["assetOrError"]
        partitions = [m["partition"] for m in found["assetMaterializations"]]
        assert sorted(partitions) == sorted(keys), table  # each partition once, none twice


def test_explicit_partition_names_backfill_over_graphql(dev: Dev):
    start, end = dt.date(2026, 10, 10), dt.date(2026, 10, 16)
    names = [f"{day}|{site}" for site in dev.sites for day in days(start, end)]
    backfill_id = launch(
        dev,
        {"partitionNames": names, "assetSelection": [{"path": ["gsc", name]} for name in FETCH_ASSETS],
         "title": "explicit names"},
    )  # fmt: skip
    runs = wait_for_backfill(dev, backfill_id)
    assert runs and all(run["status"] == "SUCCESS" for run in runs)
    assert loaded_keys(dev.pg_url, start, end) == {(site, day) for site in dev.sites for day in days(start, end)}


def test_lifetime_stats_follow_the_loads_by_themselves(dev: Dev):
    """The automation sensor requests the lifetime assets after loads; nobody launches them."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        found = dev.graphql(LAST_MATERIALISATION, path=["gsc", "lifetime_page"])["assetOrError"]
        if found.get("assetMaterializations"):
            break
        time.sleep(3)
    else:
        raise AssertionError("lifetime stats never materialised\n" + dev.tail())
    with psycopg.connect(dev.pg_url) as conn:
        (lifetime_rows,) = conn.execute("SELECT count(*) FROM gsc.lifetime_page").fetchone()
    assert lifetime_rows > 0


def test_a_one_table_backfill_fetches_only_its_reports_and_refreshes_only_its_lifetime_table(dev: Dev):
    """The UI's "Materialize..." on query_page_daily alone: no "additional assets" (the fetch can be subset)."""
    wait_until_quiet(dev)
    before_page = latest_materialisation(dev, "lifetime_page")
    before_query_page = latest_materialisation(dev, "lifetime_query_page")
    start, end = dt.date(2026, 10, 20), dt.date(2026, 10, 21)
    site = dev.sites[-1]
    box = {"start": f"{start}|{site}", "end": f"{end}|{site}"}
    by_asset = [{"assetKey": {"path": ["gsc", "query_page_daily"]}, "partitions": {"range": box}}]
    backfill_id = launch(dev, {"partitionsByAssets": by_asset, "title": "one table"})
    runs = wait_for_backfill(dev, backfill_id)
    assert len(runs) == 1 and runs[0]["status"] == "SUCCESS"
    with psycopg.connect(dev.pg_url) as conn:
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
        assert time.monotonic() < deadline, "lifetime_query_page did not refresh\n" + dev.tail()
        time.sleep(3)
    assert latest_materialisation(dev, "lifetime_page") == before_page  # its parent did not change


def test_dev_starts_without_warnings(dev: Dev):
    """A new user's first screen: no superseded-command warning, no `dagster.yaml` beside another DAGSTER_HOME
    (the production template lives in deploy/, not at the repository root where `make dev` runs)."""
    log = dev.log.read_text()
    assert "dg dev" not in log and "SupersessionWarning" not in log, log[:3000]
    assert "Found a dagster instance configuration" not in log
    assert not (Path(__file__).resolve().parents[1] / "dagster.yaml").exists()
    assert (Path(__file__).resolve().parents[1] / "deploy" / "dagster.yaml").is_file()


def test_dev_runs_our_daemon_with_its_5_s_backfill_loop(dev: Dev):
    commands = []
    for process in psutil.Process(dev.process.pid).children(recursive=True):
        try:
            commands.append(" ".join(process.cmdline()))
        except psutil.NoSuchProcess:  # a run worker that just ended
            continue
    assert any("-m gsc_assets.cli.daemon run" in command for command in commands), commands
    assert not any("-m dagster._daemon" in command for command in commands), commands
