"""Sensors and the schedule, evaluated against a real instance (and the simulator for sites.list)."""

from __future__ import annotations

import asyncio
import datetime as dt

import dagster as dg
import pytest

from gsc_assets._dagster_internals import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
from gsc_assets.automation.schedules import build_daily_schedule
from gsc_assets.automation.sensors import availability_requests, contiguous_ranges, site_discovery_sensor
from gsc_assets.automation.settings import (
    DEFAULT_AUTOMATIONS,
    interval_s,
    running_automations,
    schedule_status,
    sensor_status,
)
from gsc_assets.gsc import Availability, GscClient
from gsc_assets.partitions import SITE_PARTITIONS_NAME
from gsc_assets.resources import GscResource

pytestmark = pytest.mark.timeout(120)

TODAY = dt.date(2026, 11, 20)
SITE = "sc-domain:example.com"


def test_site_discovery_adds_the_sites_the_credentials_can_read(sim):
    gsc = GscResource(api_base_url=sim.base_url, credentials_file=str(sim.key_path), sites="")
    with dg.instance_for_test() as instance:
        with dg.build_sensor_context(instance=instance, resources={"gsc": gsc}) as context:
            result = site_discovery_sensor(context)
        requested = [key for request in result.dynamic_partitions_requests for key in request.partition_keys]
        assert sorted(requested) == sorted(["sc-domain:example.com", "https://www.example.org/"])
        instance.add_dynamic_partitions(SITE_PARTITIONS_NAME, requested)
        with dg.build_sensor_context(instance=instance, resources={"gsc": gsc}) as context:
            again = site_discovery_sensor(context)
        assert not again.dynamic_partitions_requests and "no new sites" in again.skip_reason.skip_message


def test_configured_sites_win_over_discovery():
    gsc = GscResource(sites="sc-domain:only.example", api_base_url="http://127.0.0.1:1")
    with dg.instance_for_test() as instance:
        with dg.build_sensor_context(instance=instance, resources={"gsc": gsc}) as context:
            result = site_discovery_sensor(context)
        assert result.dynamic_partitions_requests[0].partition_keys == ["sc-domain:only.example"]


def test_contiguous_ranges():
    days = [dt.date(2026, 11, d) for d in (1, 2, 3, 5, 7, 8)]
    assert contiguous_ranges(days) == [
        (dt.date(2026, 11, 1), dt.date(2026, 11, 3)),
        (dt.date(2026, 11, 5), dt.date(2026, 11, 5)),
        (dt.date(2026, 11, 7), dt.date(2026, 11, 8)),
    ]


def test_availability_requests_missing_days_and_promotes_fresh_ones():
    newest = TODAY - dt.timedelta(days=1)
    google = Availability(
        days_with_rows=frozenset(newest - dt.timedelta(days=n) for n in range(20)),
        first_incomplete=TODAY - dt.timedelta(days=3),
    )
    held = {(SITE, TODAY - dt.timedelta(days=n)): "final" for n in range(3, 13)}
    del held[(SITE, TODAY - dt.timedelta(days=5))]  # a hole
    held[(SITE, TODAY - dt.timedelta(days=4))] = "fresh"  # loaded early, final now
    last = TODAY - dt.timedelta(days=3)
    requests = availability_requests(available={SITE: google}, held=held, data_state="final", last_partition=last)
    by_reason = {r.tags["gsc/reason"]: r for r in requests}
    assert by_reason["missing"].tags[ASSET_PARTITION_RANGE_START_TAG] == f"{TODAY - dt.timedelta(days=5)}|{SITE}"
    assert by_reason["final"].tags[ASSET_PARTITION_RANGE_END_TAG] == f"{TODAY - dt.timedelta(days=4)}|{SITE}"
    assert by_reason["final"].run_config["ops"]["gsc_search_analytics"]["config"]["refetch"] is True
    assert len(requests) == 2

    early = availability_requests(available={SITE: google}, held=held, data_state="all", last_partition=newest)
    missing = sorted(r.tags[ASSET_PARTITION_RANGE_END_TAG] for r in early if r.tags["gsc/reason"] == "missing")
    assert missing[-1] == f"{newest}|{SITE}"  # fresh days are fetched early in `all` mode

    # A day Google has no rows for is requested only once it is final (an empty day to record), never while fresh.
    sparse = Availability(days_with_rows=frozenset({newest - dt.timedelta(days=9)}), first_incomplete=newest)
    only = availability_requests(available={SITE: sparse}, held={}, data_state="all", last_partition=newest)
    (request,) = only
    assert request.tags[ASSET_PARTITION_RANGE_START_TAG] == f"{newest - dt.timedelta(days=10)}|{SITE}"
    assert request.tags[ASSET_PARTITION_RANGE_END_TAG] == f"{newest - dt.timedelta(days=1)}|{SITE}"


def test_google_tells_the_sensor_which_days_it_has_and_which_are_final(sim):
    """One request per search type; the window follows the simulator's today, not the machine's clock."""
    gsc = GscResource(api_base_url=sim.base_url, credentials_file=str(sim.key_path), sites="")
    settings = gsc.settings()

    async def ask() -> Availability:
        async with GscClient(settings) as client:
            return await client.availability(SITE, TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=3))

    before = sim.stats()["requests"]
    found = asyncio.run(ask())
    assert sim.stats()["requests"] - before == len(settings.search_types)
    assert TODAY - dt.timedelta(days=1) <= max(found.days_with_rows) <= TODAY  # the sensor stops at yesterday
    assert TODAY - dt.timedelta(days=4) < found.first_incomplete <= TODAY - dt.timedelta(days=1)
    assert found.final(found.first_incomplete - dt.timedelta(days=1)) and not found.final(found.first_incomplete)


def test_daily_schedule_requests_the_newest_final_days_for_all_sites():
    schedule = build_daily_schedule("gsc_daily_job", "final")
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(SITE_PARTITIONS_NAME, ["sc-domain:a.example", "https://b.example/"])
        when = dt.datetime(2026, 11, 20, 9, tzinfo=dt.UTC)
        with dg.build_schedule_context(instance=instance, scheduled_execution_time=when) as context:
            request = schedule.evaluate_tick(context).run_requests[0]
        assert request.tags[ASSET_PARTITION_RANGE_START_TAG] == "2026-11-15|sc-domain:a.example"
        assert request.tags[ASSET_PARTITION_RANGE_END_TAG] == "2026-11-17|https://b.example/"


def test_which_automations_start_running_is_configurable(monkeypatch):
    monkeypatch.delenv("GSC_AUTOMATIONS", raising=False)
    assert running_automations() == set(DEFAULT_AUTOMATIONS) and "gsc_daily_schedule" not in running_automations()
    assert sensor_status("data_availability_sensor") == dg.DefaultSensorStatus.RUNNING
    assert schedule_status("gsc_daily_schedule") == dg.DefaultScheduleStatus.STOPPED
    monkeypatch.setenv("GSC_AUTOMATIONS", "site_discovery_sensor, gsc_daily_schedule")
    assert running_automations() == {"site_discovery_sensor", "gsc_daily_schedule"}
    assert sensor_status("data_availability_sensor") == dg.DefaultSensorStatus.STOPPED
    assert schedule_status("gsc_daily_schedule") == dg.DefaultScheduleStatus.RUNNING
    monkeypatch.setenv("GSC_AUTOMATIONS", "none")
    assert running_automations() == set()
    monkeypatch.setenv("GSC_AUTOMATIONS", "site_discovery_sensr")
    with pytest.raises(ValueError, match=r"unknown automation\(s\) \['site_discovery_sensr'\]"):
        running_automations()
    monkeypatch.setenv("GSC_AVAILABILITY_INTERVAL_S", "0")
    with pytest.raises(ValueError, match="GSC_AVAILABILITY_INTERVAL_S='0' is not a whole number of seconds >= 1"):
        interval_s("GSC_AVAILABILITY_INTERVAL_S", 1800)
    monkeypatch.setenv("GSC_AVAILABILITY_INTERVAL_S", "45")
    assert interval_s("GSC_AVAILABILITY_INTERVAL_S", 1800) == 45
