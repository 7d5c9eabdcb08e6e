"""The partition sensors on the session's real `gsc-assets dev`: the daemon ticks them, launches what they ask for,
and the warehouse ends with Google's data. The availability sensor learns from Google itself (the simulator's
"today" moves; the machine's clock does not matter) which days arrived and which became final."""

from __future__ import annotations

import datetime as dt
import time

import psycopg
import pytest

from gsc_assets_tests.fixtures_dev import (
    FETCH_ASSETS,
    LATE_SITE,
    SIM_TODAY,
    Dev,
    days,
    launch,
    wait_for_backfill,
    wait_for_sites,
    wait_until_quiet,
)

pytestmark = pytest.mark.timeout(600)

SENSOR = "data_availability_sensor"
RUN_WAIT_S = 300

START_SENSOR = """mutation($selector: SensorSelector!) { startSensor(sensorSelector: $selector) {
  __typename ... on Sensor { sensorState { status } } ... on PythonError { message } } }"""
STOP_SENSOR = """mutation($id: String!) { stopSensor(id: $id) { __typename } }"""
SENSOR_STATE = """query($selector: SensorSelector!) { sensorOrError(sensorSelector: $selector) {
  ... on Sensor { id sensorState { id status } } } }"""
SENSOR_RUNS = """query($name: String!) { runsOrError(filter: {tags: [{key: "dagster/sensor_name", value: $name}]}) {
  ... on Runs { results { runId status jobName tags { key value } } } } }"""
ADD_PARTITION = """mutation($selector: RepositorySelector!, $key: String!) {
  addDynamicPartition(repositorySelector: $selector, partitionsDefName: "gsc_sites", partitionKey: $key) {
    __typename ... on PythonError { message } } }"""
RUN_FAILURE = """query($id: ID!) { logsForRun(runId: $id) { ... on EventConnection { events {
  __typename ... on ExecutionStepFailureEvent { error { message } } } } } }"""


def sensor_runs(dev: Dev) -> dict[str, dict]:
    return {run["runId"]: run for run in dev.graphql(SENSOR_RUNS, name=SENSOR)["runsOrError"]["results"]}


def wait_for_runs(dev: Dev, count: int) -> dict[str, dict]:
    """Until the sensor has launched `count` runs and none of them is still going."""
    deadline = time.monotonic() + RUN_WAIT_S
    while True:
        runs = sensor_runs(dev)
        done = [r for r in runs.values() if r["status"] in ("SUCCESS", "FAILURE", "CANCELED")]
        if len(runs) >= count and len(done) == len(runs):
            return runs
        assert time.monotonic() < deadline, f"sensor runs: {runs}\n" + dev.tail()
        time.sleep(3)


def requested(runs: list[dict]) -> set[tuple[str, str, dt.date]]:
    """(reason, site, day) of every partition the given sensor runs covered."""
    found = set()
    for run in runs:
        tags = {t["key"]: t["value"] for t in run["tags"]}
        first_day, site = tags["dagster/asset_partition_range_start"].split("|", 1)
        last_day, last_site = tags["dagster/asset_partition_range_end"].split("|", 1)
        assert site == last_site, tags
        for day in days(dt.date.fromisoformat(first_day), dt.date.fromisoformat(last_day)):
            found.add((tags["gsc/reason"], site, day))
    return found


def ledger_states(pg_url: str, sites: list[str], start: dt.date, end: dt.date) -> dict[tuple[str, dt.date], set]:
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT site_url, date, data_state FROM gsc.load_ledger WHERE site_url = ANY(%s) AND date BETWEEN %s "
            "AND %s",
            (sites, start, end),
        ).fetchall()
    states: dict[tuple[str, dt.date], set] = {}
    for site, day, state in rows:
        states.setdefault((site, day), set()).add(state)
    return states


def test_the_availability_sensor_loads_new_days_and_refetches_the_ones_google_made_final(dev: Dev):
    sites = list(dev.sites[:2])
    wait_until_quiet(dev)
    selector = {**dev.selector, "sensorName": SENSOR}
    started = dev.graphql(START_SENSOR, selector=selector)["startSensor"]
    assert started["__typename"] == "Sensor", started
    try:
        # The simulator's today is 2026-11-20: rows up to today (fresh), Google calls days before 11-18 final.
        # GSC_DATA_STATE=all: the 10 newest days are loaded, fresh ones too, one run per site.
        first = wait_for_runs(dev, len(sites))
        assert all(run["status"] == "SUCCESS" and run["jobName"] == "gsc_daily_job" for run in first.values())
        window = days(SIM_TODAY - dt.timedelta(days=9), SIM_TODAY)
        assert requested(list(first.values())) == {("missing", site, day) for site in sites for day in window}
        states = ledger_states(dev.pg_url, sites, window[0], window[-1])
        final_before = SIM_TODAY - dt.timedelta(days=2)
        assert {key: state for key, state in states.items()} == {
            (site, day): {"final" if day < final_before else "fresh"} for site in sites for day in window
        }

        # Two days later: two new days, and the two days that were fresh and are final now are fetched again.
        dev.sim.control(today=(SIM_TODAY + dt.timedelta(days=2)).isoformat())
        later = wait_for_runs(dev, 3 * len(sites))
        new_runs = [run for run_id, run in later.items() if run_id not in first]
        assert all(run["status"] == "SUCCESS" for run in new_runs), new_runs
        new_days = [SIM_TODAY + dt.timedelta(days=1), SIM_TODAY + dt.timedelta(days=2)]
        promoted = [SIM_TODAY - dt.timedelta(days=2), SIM_TODAY - dt.timedelta(days=1)]
        assert requested(new_runs) == {("missing", site, day) for site in sites for day in new_days} | {
            ("final", site, day) for site in sites for day in promoted
        }
        states = ledger_states(dev.pg_url, sites, window[0], new_days[-1])
        final_now = SIM_TODAY
        assert states == {
            (site, day): {"final" if day < final_now else "fresh"} for site in sites for day in [*window, *new_days]
        }
        # The re-fetched day holds Google's final numbers now, not the fresh ones it was loaded with.
        with psycopg.connect(dev.pg_url) as conn:
            for site in sites:
                for day in promoted:
                    truth = dev.sim.truth(site=site, date=day.isoformat(), dimensions="date", dataState="final",
                                          summary=1)  # fmt: skip
                    (clicks,) = conn.execute(
                        "SELECT sum(clicks) FROM gsc.property_daily WHERE site_url = %s AND date = %s "
                        "AND search_type = 'web'",
                        (site, day),
                    ).fetchone()
                    assert clicks == truth["clicks"], (site, day)
    finally:
        state = dev.graphql(SENSOR_STATE, selector=selector)["sensorOrError"]
        dev.graphql(STOP_SENSOR, id=state["sensorState"]["id"])
        dev.sim.control(today=SIM_TODAY.isoformat())


def test_a_site_granted_later_is_discovered_and_can_be_backfilled(dev: Dev):
    assert LATE_SITE not in dev.sites
    dev.sim.control(grant={"principal": dev.principal, "site": LATE_SITE})
    sites = wait_for_sites(dev, len(dev.sites) + 1)
    assert LATE_SITE in sites
    day = dt.date(2026, 10, 2)
    backfill_id = launch(
        dev,
        {"partitionNames": [f"{day}|{LATE_SITE}"], "assetSelection": [{"path": ["gsc", n]} for n in FETCH_ASSETS],
         "title": "late site"},
    )  # fmt: skip
    runs = wait_for_backfill(dev, backfill_id)
    assert [run["status"] for run in runs] == ["SUCCESS"]
    assert ledger_states(dev.pg_url, [LATE_SITE], day, day) == {(LATE_SITE, day): {"final"}}


def test_a_hand_added_site_nobody_can_read_fails_in_one_line_and_is_never_fetched(dev: Dev):
    site = "https://hand-added.example/"
    added = dev.graphql(ADD_PARTITION, selector=dev.selector, key=site)["addDynamicPartition"]
    assert added["__typename"] == "AddDynamicPartitionSuccess", added
    day = dt.date(2026, 10, 3)
    before = dev.sim.stats()
    backfill_id = launch(
        dev,
        {"partitionNames": [f"{day}|{site}"], "assetSelection": [{"path": ["gsc", n]} for n in FETCH_ASSETS],
         "title": "hand-added"},
    )  # fmt: skip
    runs = wait_for_backfill(dev, backfill_id, succeed=False)
    assert [run["status"] for run in runs] == ["FAILURE"]
    events = dev.graphql(RUN_FAILURE, id=runs[0]["runId"])["logsForRun"]["events"]
    messages = [e["error"]["message"] for e in events if e["__typename"] == "ExecutionStepFailureEvent"]
    assert len(messages) == 1, messages
    reason = messages[0].strip()
    assert "\n" not in reason and f"{day}|{site}" in reason and "no permission" in reason, reason
    after = dev.sim.stats()
    assert after["by_site"].get(site, 0) == before["by_site"].get(site, 0) == 0
    assert ledger_states(dev.pg_url, [site], day, day) == {}
