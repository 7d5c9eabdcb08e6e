"""Faults under the daemon, on the session's real `gsc-assets dev`: a run worker killed mid-run (the code server
notices the dead process and marks the run failed, the daemon's run retries, on in the instance configuration the
CLI writes, launch it again, and the retry completes the partitions with nothing half-written), and two backfills
over overlapping partitions at once, sharing one staging directory (both complete, every partition once, equal to
Google's numbers, no deadlock)."""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import time

import psycopg
import pytest

from gsc_assets_tests.fixtures_dev import FETCH_ASSETS, Dev, days, launch, wait_for_backfill, wait_until_quiet
from gsc_assets_tests.sync_process import mismatches

pytestmark = pytest.mark.timeout(600)

RUN_LOGS = """query($id: ID!) { logsForRun(runId: $id) { ... on EventConnection { events {
  __typename ... on MessageEvent { message } } } } }"""
RUN = """query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }"""
CHILDREN = """query($id: String!) { runsOrError(filter: {tags: [{key: "dagster/parent_run_id", value: $id}]}) {
  ... on Runs { results { runId status tags { key value } } } } }"""
BACKFILL_RUNS = """query($id: String!) { runsOrError(filter: {tags: [{key: "dagster/backfill", value: $id}]}) {
  ... on Runs { results { runId status } } } }"""


def box_backfill(site: str, start: dt.date, end: dt.date, title: str) -> dict:
    """Every fetched table over one site's days, as the UI's dialog launches it."""
    box = {"start": f"{start}|{site}", "end": f"{end}|{site}"}
    return {"partitionsByAssets": [{"assetKey": {"path": ["gsc", n]}, "partitions": {"range": box}}
                                   for n in FETCH_ASSETS], "title": title}  # fmt: skip


def messages(dev: Dev, run_id: str) -> list[str]:
    events = dev.graphql(RUN_LOGS, id=run_id)["logsForRun"]["events"]
    return [e.get("message") or "" for e in events]


def wait_for(predicate, what: str, dev: Dev, limit_s: float = 240, run_id: str | None = None):
    """Poll until `predicate` holds; on time-out say what the dev server and the run's own log last said."""
    deadline = time.monotonic() + limit_s
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            run_log = "\n".join(messages(dev, run_id)[-30:]) if run_id else ""
            raise AssertionError(f"{what}\nrun log:\n{run_log}\ndev:\n{dev.tail()}")
        time.sleep(1)


def test_a_killed_run_worker_is_marked_failed_and_its_retry_completes(dev: Dev):
    wait_until_quiet(dev)
    site, start, end = dev.sites[-1], dt.date(2026, 9, 10), dt.date(2026, 9, 13)
    # Every answer takes 3 s while the first run works, so the kill lands while its step is still fetching (killed
    # after its step finished, the run would fail with nothing left for a retry to do).
    dev.sim.control(faults={"slow": 1.0}, slow_seconds=3)
    try:
        backfill_id = launch(dev, box_backfill(site, start, end, "killed worker"))
        runs = wait_for(lambda: dev.graphql(BACKFILL_RUNS, id=backfill_id)["runsOrError"]["results"], "no run", dev)
        run_id = runs[0]["runId"]

        def worker_pid() -> int | None:
            found = [re.search(r"Started process for run \(pid: (\d+)\)", m) for m in messages(dev, run_id)]
            step_started = any("Started execution of step" in m for m in messages(dev, run_id))
            pids = [int(f.group(1)) for f in found if f]
            return pids[0] if pids and step_started else None

        # The in-process executor runs the step in the run worker itself: killing the worker kills the step.
        os.kill(wait_for(worker_pid, "the run's step never started", dev, run_id=run_id), signal.SIGKILL)
    finally:
        dev.sim.control(faults={"slow": 0.0})

    status = wait_for(lambda: dev.graphql(RUN, id=run_id)["runOrError"]["status"] in ("FAILURE", "SUCCESS")
                      and dev.graphql(RUN, id=run_id)["runOrError"]["status"], "never marked", dev)  # fmt: skip
    assert status == "FAILURE"  # the code server saw its worker die
    retry = wait_for(
        lambda: dev.graphql(CHILDREN, id=run_id)["runsOrError"]["results"], "no retry launched", dev, run_id=run_id
    )
    assert len(retry) == 1
    retry_id = retry[0]["runId"]
    final = wait_for(
        lambda: (s := dev.graphql(RUN, id=retry_id)["runOrError"]["status"]) in ("SUCCESS", "FAILURE") and s,
        "the retry did not finish", dev,
    )  # fmt: skip
    assert final == "SUCCESS"
    with psycopg.connect(dev.pg_url, autocommit=True) as conn:
        held = {day for (day,) in conn.execute(
            "SELECT DISTINCT date FROM gsc.load_ledger WHERE site_url = %s AND date BETWEEN %s AND %s",
            (site, start, end))}  # fmt: skip
        assert held == set(days(start, end))
        assert mismatches(conn) == 0


def test_two_overlapping_backfills_at_once_end_equal_to_the_truth(dev: Dev):
    wait_until_quiet(dev)
    site = dev.sites[0]
    first, second = (dt.date(2026, 9, 15), dt.date(2026, 9, 18)), (dt.date(2026, 9, 17), dt.date(2026, 9, 20))
    ids = []
    for start, end in (first, second):  # both queued before either runs: their runs overlap on 09-17 and 09-18
        ids.append(launch(dev, box_backfill(site, start, end, f"overlap {start}")))
    for backfill_id in ids:
        runs = wait_for_backfill(dev, backfill_id)
        assert runs and all(run["status"] == "SUCCESS" for run in runs)
    start, end = first[0], second[1]
    with psycopg.connect(dev.pg_url, autocommit=True) as conn:
        assert mismatches(conn) == 0
        ledger = conn.execute(
            "SELECT date, count(*) FROM gsc.load_ledger WHERE site_url = %s AND date BETWEEN %s AND %s "
            "AND report = 'property_daily' AND search_type = 'web' GROUP BY date ORDER BY date",
            (site, start, end),
        ).fetchall()
        assert ledger == [(day, 1) for day in days(start, end)]  # every day once
        for day in days(start, end):
            truth = dev.sim.truth(site=site, date=day.isoformat(), type="web", dimensions="date", dataState="final",
                                  summary=1)  # fmt: skip
            got = conn.execute(
                "SELECT count(*), sum(clicks), sum(impressions) FROM gsc.property_daily "
                "WHERE site_url = %s AND date = %s AND search_type = 'web'",
                (site, day),
            ).fetchone()
            assert got == (truth["rows"], truth["clicks"], truth["impressions"]), day
