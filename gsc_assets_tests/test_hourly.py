"""GSC_HOURLY end to end: `gsc/property_hourly` from the simulator over loopback HTTP into Postgres, run by a real
Dagster instance; its own partitions (Google's ten days), schedule and staging area; days past the window."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import zoneinfo
from collections import Counter

import dagster as dg
import psycopg
import pyarrow as pa
import pytest

from gsc_assets import cli, model
from gsc_assets._dagster_internals import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
from gsc_assets.assets._tables import table_spec
from gsc_assets.assets.hourly import HOURLY_KEY, HOURLY_STAGING_AREA
from gsc_assets.definitions import build_gsc_definitions
from gsc_assets.gsc import DEFAULT_REPORTS, ClientSettings, GscConfigError, load_reports
from gsc_assets.partitions import (
    HOURLY_DAYS,
    SITE_PARTITIONS_NAME,
    build_hourly_partitions,
    hourly_window,
    join_key,
    pacific_today,
)
from gsc_assets.pipeline import sync_partitions
from gsc_assets.resources import GscResource, WarehouseResource
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets.warehouse import Staging, TableSpec, Warehouse, checks

pytestmark = pytest.mark.timeout(180)

SITES = {"sc-domain:hours.example": 200, "https://news.hours.example/": 80}
START = dt.date(2026, 1, 1)


@pytest.fixture(scope="module")
def stack(pg_url, tmp_path_factory):
    """The simulator's today is the real Pacific date, as Google's is: the hourly window is computed from it."""
    with (
        SimulatorServer(SimConfig(sites=SITES, seed=11), workdir=tmp_path_factory.mktemp("sim")) as sim,
        pytest.MonkeyPatch.context() as env,
        dg.instance_for_test() as instance,
    ):
        env.setenv("GSC_HOURLY", "on")
        env.setenv("GSC_SEARCH_TYPES", "web,image,discover")
        staging = tmp_path_factory.mktemp("staging")
        resources = {
            "gsc": GscResource(api_base_url=sim.base_url, credentials_file=str(sim.key_path)),
            "warehouse": WarehouseResource(database_url=pg_url, staging_dir=str(staging)),
        }
        defs = build_gsc_definitions(start_date=START, resources=resources)
        instance.add_dynamic_partitions(SITE_PARTITIONS_NAME, sorted(SITES))
        yield {"defs": defs, "instance": instance, "resources": resources, "sim": sim, "staging": staging}


def box(first: dt.date, last: dt.date) -> dict[str, str]:
    """The run tags of every site x every day from `first` to `last`."""
    sites = sorted(SITES)
    return {
        ASSET_PARTITION_RANGE_START_TAG: join_key(sites[0], first),
        ASSET_PARTITION_RANGE_END_TAG: join_key(sites[-1], last),
    }


def run_hourly(stack, first: dt.date, last: dt.date, assets=None, refetch: bool = False) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        assets or list(stack["defs"].assets),
        selection=dg.AssetSelection.assets(HOURLY_KEY),
        instance=stack["instance"],
        resources=stack["resources"],
        tags=box(first, last),
        run_config={"ops": {"gsc_hourly": {"config": {"refetch": refetch}}}},
        raise_on_error=False,
    )


def stored(pg_url: str) -> list[tuple]:
    with psycopg.connect(pg_url) as conn:
        return conn.execute(
            "SELECT site_url, date, search_type, hour, clicks, impressions, data_state FROM gsc.property_hourly "
            "ORDER BY site_url, search_type, hour"
        ).fetchall()


def by_source(result: dg.ExecuteInProcessResult) -> Counter:
    return Counter(m.metadata["source"].value for m in result.asset_materializations_for_node("gsc_hourly"))


def test_the_window_is_loaded_hour_for_hour_and_final_days_are_not_asked_again(stack, pg_url):
    first, last = hourly_window(pacific_today())
    result = run_hourly(stack, first, last)
    assert result.success
    assert by_source(result) == {"api": len(SITES) * HOURLY_DAYS}
    rows = stored(pg_url)
    assert {(site, day) for site, day, *_ in rows} <= {(s, first + dt.timedelta(days=i)) for s in SITES
                                                      for i in range(HOURLY_DAYS)}  # fmt: skip
    assert {t for _, _, t, *_ in rows} <= {"web", "image"}  # Discover has no hourly view: never asked
    sim = stack["sim"]
    checked = 0
    for site in SITES:
        for offset in range(HOURLY_DAYS):
            day = first + dt.timedelta(days=offset)
            for search_type in ("web", "image"):
                truth = sim.truth(site=site, date=str(day), type=search_type, dimensions="date,hour",
                                  dataState="hourly_all", aggregationType="byProperty")  # fmt: skip
                expected = [(dt.datetime.fromisoformat(r["keys"][1]), r["clicks"], r["impressions"])
                            for r in truth["rows"]]  # fmt: skip
                mine = [(hour, clicks, impressions) for s, d, t, hour, clicks, impressions, _ in rows
                        if (s, d, t) == (site, day, search_type)]  # fmt: skip
                assert mine == expected, (site, day, search_type)
                checked += len(expected)
    assert checked > 0
    states = {day: state for _, day, _, _, _, _, state in rows}
    fresh = {day for day, state in states.items() if state == "fresh"}
    assert fresh and max(fresh) == max(states) and len(fresh) < HOURLY_DAYS  # the newest days, not the final ones
    checks = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert checks["metric_ranges"].passed and checks["hours_match_daily"].passed
    assert checks["hours_match_daily"].metadata["days_compared"].value == 0  # no property_daily loaded yet

    again = run_hourly(stack, first, last)
    assert again.success
    sources = by_source(again)
    assert sources["held"] == len(SITES) * (HOURLY_DAYS - len(fresh))  # final days: recorded, not fetched
    assert sources["api"] == len(SITES) * len(fresh)
    assert stored(pg_url) == rows  # the fresh days' answer has not changed within the simulator's hour
    assert (stack["staging"] / HOURLY_STAGING_AREA).is_dir()  # apart from the daily tables' staged partitions


def test_the_hours_of_a_final_day_add_up_to_the_daily_totals(stack):
    first, _ = hourly_window(pacific_today())
    days = (first, first + dt.timedelta(days=1))  # final: the oldest days of the window
    daily = dg.materialize(
        list(stack["defs"].assets),
        selection=dg.AssetSelection.assets(dg.AssetKey(["gsc", "property_daily"])),
        instance=stack["instance"],
        resources=stack["resources"],
        tags=box(*days),
        raise_on_error=False,
    )
    assert daily.success
    again = run_hourly(stack, *days, refetch=True)
    assert again.success
    (check,) = [e for e in again.get_asset_check_evaluations() if e.check_name == "hours_match_daily"]
    assert check.passed, check.metadata["detail"].value
    assert check.metadata["days_compared"].value >= 2 * len(SITES)  # web and image of both days, where they had traffic


def test_hours_that_do_not_add_up_are_named():
    day = dt.date(2026, 11, 20)
    hourly = [checks.DayFigures("sc-domain:a.example", day, "web", 24, 10, 100, {}),
              checks.DayFigures("sc-domain:a.example", day, "image", 24, 1, 10, {})]  # fmt: skip
    daily = [checks.DayFigures("sc-domain:a.example", day, "web", 1, 10, 103, {}),
             checks.DayFigures("sc-domain:a.example", day, "image", 1, 1, 10, {})]  # fmt: skip
    outcome = checks.hours_match_daily(hourly, daily, {("sc-domain:a.example", day)})
    assert not outcome.passed and outcome.figures == {"days_compared": 2, "days_differing": 1,
                                                      "max_impressions_difference": 3}  # fmt: skip
    assert outcome.description.endswith("whose hours do not add up to the day: sc-domain:a.example 2026-11-20 web")
    assert checks.hours_match_daily(hourly, daily, set()).figures["days_compared"] == 0  # a fresh day is not compared


def test_a_day_past_googles_window_is_never_asked_and_what_we_hold_is_kept(stack, pg_url):
    """The partitions start where the daily tables do: days Google can no longer fill are refused, not asked."""
    today = pacific_today()
    lost, kept = today - dt.timedelta(days=HOURLY_DAYS + 3), today - dt.timedelta(days=HOURLY_DAYS + 2)
    site = sorted(SITES)[0]
    spec = TableSpec(model.HOURLY_REPORT.table, model.HOURLY_REPORT.key_columns)
    hour = dt.datetime.combine(kept, dt.time(), tzinfo=dt.UTC)
    held = pa.table({"site_url": [site], "date": [kept], "search_type": ["web"], "hour": [hour], "clicks": [3],
                     "impressions": [30], "ctr": [0.1], "position": [2.0]})  # fmt: skip
    with Warehouse(pg_url) as wh:
        wh.migrate([spec])
        wh.load_partition(site, kept, {spec: held}, data_state="final", run_id="earlier", figures={})
    before = stack["sim"].stats()["requests"]
    result = run_hourly(stack, lost, kept)
    assert not result.success
    failure = result.failure_data_for_node("gsc_hourly").error.message
    unheld = sorted(join_key(s, d) for s in SITES for d in (lost, kept) if (s, d) != (site, kept))
    assert f"3 of 4 partitions failed: {', '.join(unheld)}." in failure
    assert f"{join_key(site, kept)}:" not in failure and f"{lost} is past that window" in failure
    assert stack["sim"].stats()["requests"] == before  # nothing asked of Google
    materialised = stack["instance"].get_materialized_partitions(HOURLY_KEY)
    assert join_key(site, kept) in materialised and join_key(site, lost) not in materialised  # recorded as held
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute("SELECT date, clicks FROM gsc.property_hourly WHERE date < %s", [lost + dt.timedelta(3)])
        assert rows.fetchall() == [(kept, 3)]


def test_an_empty_answer_never_replaces_the_hours_we_hold(stack, pg_url):
    """Google answers no hour for a day that left its window. Here the simulator's clock is set two days back, so
    yesterday (inside our window, its hours stored by the first test) answers empty: refused, the hours kept."""
    today = pacific_today()
    yesterday = today - dt.timedelta(days=1)
    assert run_hourly(stack, yesterday, yesterday).success  # its hours are held (fetched now if not yet)
    before = stored(pg_url)
    assert any(day == yesterday for _, day, *_ in before)
    sim = stack["sim"]
    sim.control(today=str(today - dt.timedelta(days=2)))
    try:
        result = run_hourly(stack, yesterday, yesterday, refetch=True)
    finally:
        sim.control(today=str(today))
    assert not result.success
    failure = result.failure_data_for_node("gsc_hourly").error.message
    assert f"Google answered no rows for {yesterday}, for which" in failure and "they are kept" in failure
    assert stored(pg_url) == before


def test_the_schedule_asks_for_every_site_and_day_of_the_window(stack):
    (schedule,) = [s for s in stack["defs"].schedules if s.name == "gsc_hourly_schedule"]
    today = pacific_today()
    when = dt.datetime.combine(today, dt.time(0, 20), tzinfo=zoneinfo.ZoneInfo("America/Los_Angeles"))
    with dg.build_schedule_context(instance=stack["instance"], scheduled_execution_time=when) as context:
        (request,) = schedule.evaluate_tick(context).run_requests
    sites = sorted(SITES)
    assert request.tags[ASSET_PARTITION_RANGE_START_TAG] == join_key(sites[0], today - dt.timedelta(HOURLY_DAYS - 1))
    assert request.tags[ASSET_PARTITION_RANGE_END_TAG] == join_key(sites[-1], today)
    assert schedule.cron_schedule == "20 * * * *" and schedule.execution_timezone == "America/Los_Angeles"
    with dg.instance_for_test() as empty, dg.build_schedule_context(instance=empty, scheduled_execution_time=when) as c:
        assert schedule.evaluate_tick(c).skip_message.startswith("no sites yet")


def test_hourly_is_off_by_default_and_its_switch_is_checked(monkeypatch, tmp_path):
    monkeypatch.delenv("GSC_HOURLY", raising=False)
    defs = build_gsc_definitions(start_date=START)
    keys = defs.get_repository_def().asset_graph.get_all_asset_keys()
    assert HOURLY_KEY not in keys and dg.AssetKey(["gsc", "property_daily"]) in keys
    assert [s.name for s in defs.schedules] == ["gsc_daily_schedule"]
    with pytest.raises(GscConfigError, match=r"^GSC_HOURLY='hourly' is neither on nor off$"):
        ClientSettings.from_env({"GSC_HOURLY": "hourly"})
    assert ClientSettings.from_env({"GSC_HOURLY": "on"}).hourly
    clash = tmp_path / "reports.yaml"  # a custom report of that name would load into the hourly table
    clash.write_text("- {name: property_hourly, dimensions: [date]}\n")
    with pytest.raises(GscConfigError, match="report 'property_hourly': duplicate name"):
        load_reports(names=(), reports_file=clash)
    partitions = build_hourly_partitions(start=START)
    days = partitions.get_partitions_def_for_dimension("date").get_partition_keys(
        current_time=dt.datetime(2026, 3, 10, 20, tzinfo=dt.UTC)  # noon in Los Angeles
    )
    assert days[0] == str(START) and days[-1] == "2026-03-10"  # fixed start, today included


def test_sync_keeps_the_hourly_table_too(stack, pg_url, tmp_path, monkeypatch, capsys):
    """`gsc-assets sync` with GSC_HOURLY=on: the daily range asked for, then every day of Google's hourly window."""
    sim = stack["sim"]
    env = {"GSC_API_BASE_URL": sim.base_url, "GOOGLE_APPLICATION_CREDENTIALS": str(sim.key_path),
           "GSC_DATABASE_URL": pg_url, "GSC_STAGING_DIR": str(tmp_path / "staging"),
           "DAGSTER_HOME": str(tmp_path / "dagster_home"), "GSC_HOURLY": "on", "GSC_REPORTS": "property"}  # fmt: skip
    for name in ("GSC_SITES", "GSC_START_DATE", "GSC_DATA_STATE", "GSC_QPM_PER_SITE", "GSC_QPM_PER_USER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    day = hourly_window(pacific_today())[0]  # final, and inside the window
    code = cli.main(["sync", "--start", str(day), "--end", str(day), "--json", *[f"--site={s}" for s in SITES]])
    out, err = capsys.readouterr()
    assert code == 0, err
    summary = json.loads(out)
    assert summary["loaded"] + summary["held"] == len(SITES) and summary["failed"] == []  # earlier tests loaded some
    assert summary["hourly_partitions"] == len(SITES) * HOURLY_DAYS and summary["hourly_rows"] > 0
    assert summary["runs"] == 2
    with psycopg.connect(pg_url) as conn:
        (days,) = conn.execute(
            "SELECT count(DISTINCT (site_url, date)) FROM gsc.property_hourly WHERE date >= %s", [day]
        ).fetchone()
    assert days == len(SITES) * HOURLY_DAYS


def test_the_hourly_checks_run_alone_on_googles_window(stack):
    """As the UI's "Execute checks" and the demo run them: no partition, no fetch; the window's loaded days."""
    result = dg.materialize(
        list(stack["defs"].assets),
        selection=dg.AssetSelection.checks_for_assets(HOURLY_KEY),
        instance=stack["instance"],
        resources=stack["resources"],
    )
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert set(evaluations) == {"metric_ranges", "hours_match_daily"}
    assert all(e.passed for e in evaluations.values())
    assert evaluations["metric_ranges"].metadata["rows_checked"].value > 0
    assert not result.asset_materializations_for_node("gsc_hourly")


def test_hourly_loads_never_count_as_daily_partitions(stack, pg_url):
    """The availability sensor, the freshness check and v_loaded_partitions read the ledger: an hourly load of a day
    must not make that day look loaded in the daily tables (the sensor would never ask for it)."""
    today = pacific_today()
    first, _ = hourly_window(today)
    assert run_hourly(stack, first, today).success
    hourly_days = {(site, day) for site, day, *_ in stored(pg_url) if day >= first}
    with Warehouse(pg_url) as wh, psycopg.connect(pg_url) as conn:
        daily = set(wh.loaded_partitions(sorted(SITES), first, today))
        hourly = set(wh.loaded_partitions(sorted(SITES), first, today, tables=[model.HOURLY_REPORT.table]))
        listed = conn.execute("SELECT DISTINCT unnest(reports) FROM gsc.v_loaded_partitions").fetchall()
        newest = dict(conn.execute("SELECT site_url, max(date) FROM gsc.load_ledger WHERE report <> 'property_hourly' "
                                   "GROUP BY 1").fetchall())  # fmt: skip
        fresh = checks.freshness(conn, today=today, max_lag_days=0)
    assert hourly == hourly_days and today in {day for _, day in hourly}
    assert all(day < today for _, day in daily)  # only what the daily job loaded (earlier tests: property_daily)
    assert ("property_hourly",) not in listed
    assert fresh.figures["oldest_newest_day"] == min(newest.values()).isoformat()  # not today, the hourly tables'


def test_an_empty_daily_answer_never_replaces_held_rows(stack, pg_url, tmp_path):
    """The same rule for every table, through the pipeline itself: with the simulator's clock moved before a day
    whose property totals are held, Google (with dataState all) answers that day with no row: refused, rows kept."""
    first, _ = hourly_window(pacific_today())
    box_run = dg.materialize(
        list(stack["defs"].assets),
        selection=dg.AssetSelection.assets(dg.AssetKey(["gsc", "property_daily"])),
        instance=stack["instance"],
        resources=stack["resources"],
        tags=box(first, first),
    )
    assert box_run.success
    report = next(r for r in DEFAULT_REPORTS if r.name == "property")
    settings = dataclasses.replace(stack["resources"]["gsc"].settings(), data_state="all")
    with psycopg.connect(pg_url) as conn:
        query = "SELECT site_url, search_type, clicks FROM gsc.property_daily WHERE date = %s ORDER BY 1, 2"
        before = conn.execute(query, [first]).fetchall()
    assert before
    sim = stack["sim"]
    sim.control(today=str(first - dt.timedelta(days=1)))
    try:
        with Staging(tmp_path / "staging") as staging:
            summary = asyncio.run(
                sync_partitions(
                    partitions=[(site, first) for site in SITES],
                    settings=settings,
                    reports=(report,),
                    tables={"property": table_spec(report)},
                    open_warehouse=lambda: Warehouse(pg_url),
                    staging=staging,
                    quota_store=None,
                    run_id="empty-answer",
                    refetch=True,
                )  # fmt: skip
            )
    finally:
        sim.control(today=str(pacific_today()))
    assert len(summary.failed) == len(SITES)
    assert all(f"Google answered no rows for {first}, for which" in o.error for o in summary.failed)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute(query, [first]).fetchall() == before
