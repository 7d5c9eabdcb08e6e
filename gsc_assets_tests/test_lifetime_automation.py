"""The lifetime stats follow loads by automation: requested after a load of a partition whose neighbours are
missing, not again without new loads; the refresh (incremental) equals a full rebuild and passes its checks."""

from __future__ import annotations

import datetime as dt
import time

import dagster as dg
import psycopg
import pytest
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

from gsc_assets.definitions import build_gsc_definitions
from gsc_assets.partitions import SITE_PARTITIONS_NAME, join_key
from gsc_assets.resources import GscResource, WarehouseResource
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets.warehouse import Warehouse

pytestmark = pytest.mark.timeout(300)

SITES = {"sc-domain:life.example": 400, "https://life.example/blog/": 120}
LIFETIME = [dg.AssetKey(["gsc", "lifetime_query_page"]), dg.AssetKey(["gsc", "lifetime_page"])]
FETCH = [dg.AssetKey(["gsc", t]) for t in ("property_daily", "page_daily", "query_daily", "query_page_daily",
                                           "appearance_daily")]  # fmt: skip


@pytest.fixture(scope="module")
def stack(pg_url, tmp_path_factory):
    config = SimConfig(sites=SITES, today=dt.date(2026, 11, 20), seed=5)
    with SimulatorServer(config, workdir=tmp_path_factory.mktemp("sim")) as sim:
        resources = {
            "gsc": GscResource(api_base_url=sim.base_url, credentials_file=str(sim.key_path)),
            "warehouse": WarehouseResource(database_url=pg_url, staging_dir=str(tmp_path_factory.mktemp("staging"))),
        }
        defs = build_gsc_definitions(start_date=dt.date(2026, 9, 1), resources=resources)
        with dg.instance_for_test() as instance:
            instance.add_dynamic_partitions(SITE_PARTITIONS_NAME, list(SITES))
            yield defs, instance, resources


def load(stack, site: str, first: dt.date, last: dt.date, *, refetch: bool = False) -> None:
    defs, instance, resources = stack
    result = dg.materialize(
        list(defs.assets),
        selection=dg.AssetSelection.assets(*FETCH),
        instance=instance,
        resources=resources,
        tags={
            ASSET_PARTITION_RANGE_START_TAG: join_key(site, first),
            ASSET_PARTITION_RANGE_END_TAG: join_key(site, last),
        },
        run_config={"ops": {"gsc_search_analytics": {"config": {"refetch": refetch}}}},
    )
    assert result.success


def refresh(stack, *, full: bool = False) -> dg.ExecuteInProcessResult:
    defs, instance, resources = stack
    checks = [key for key in defs.get_repository_def().asset_graph.asset_check_keys if key.asset_key in LIFETIME]
    return dg.materialize(
        [*defs.assets, *defs.asset_checks],
        selection=dg.AssetSelection.assets(*LIFETIME) | dg.AssetSelection.checks(*checks),
        instance=instance,
        resources=resources,
        run_config={
            "ops": {
                "gsc_lifetime_stats": {"config": {"full_refresh": full}},
                "gsc_lifetime_checks": {"config": {"sample_percent": 100.0}},
            }
        },
    )


def requested(result) -> set[dg.AssetKey]:
    return {key for key in LIFETIME if result.get_num_requested(key)}


def lifetime_tables(pg_url: str) -> dict[str, list[tuple]]:
    with psycopg.connect(pg_url) as conn:
        return {
            table: conn.execute(
                f"SELECT site_url, search_type, {keys}, clicks, impressions, round(position::numeric, 9), "  # noqa: S608
                f"first_seen, last_seen, days_seen FROM gsc.{table} ORDER BY site_url, search_type, {keys}"
            ).fetchall()
            for table, keys in (("lifetime_page", "page"), ("lifetime_query_page", "query, page"))
        }


def test_automation_requests_lifetime_after_loads_and_not_again(stack, pg_url):
    defs, instance, _ = stack
    selection = dg.AssetSelection.assets(*LIFETIME)
    first = dg.evaluate_automation_conditions(defs=defs, instance=instance, asset_selection=selection)
    assert requested(first) == set()  # no cursor yet: the first evaluation never fires

    site = list(SITES)[0]
    load(stack, site, dt.date(2026, 10, 14), dt.date(2026, 10, 14))  # neighbours on every side are missing
    second = dg.evaluate_automation_conditions(
        defs=defs, instance=instance, asset_selection=selection, cursor=first.cursor
    )
    assert requested(second) == set(LIFETIME)

    result = refresh(stack)
    checks = {(c.asset_key, c.check_name): c.passed for c in result.get_asset_check_evaluations()}
    assert checks and all(checks.values()), checks
    third = dg.evaluate_automation_conditions(
        defs=defs, instance=instance, asset_selection=selection, cursor=second.cursor
    )
    assert requested(third) == set()  # nothing new was loaded

    load(stack, list(SITES)[1], dt.date(2026, 10, 20), dt.date(2026, 10, 21))
    fourth = dg.evaluate_automation_conditions(
        defs=defs, instance=instance, asset_selection=selection, cursor=third.cursor
    )
    assert requested(fourth) == set(LIFETIME)


def test_incremental_refresh_after_reloads_equals_a_full_rebuild(stack, pg_url):
    site = list(SITES)[0]
    load(stack, site, dt.date(2026, 10, 1), dt.date(2026, 10, 5))
    refresh(stack)
    load(stack, site, dt.date(2026, 10, 3), dt.date(2026, 10, 8), refetch=True)  # reloads and new days
    incremental = refresh(stack)
    assert all(c.passed for c in incremental.get_asset_check_evaluations())
    after_incremental = lifetime_tables(pg_url)
    assert all(after_incremental.values())
    refresh(stack, full=True)
    assert lifetime_tables(pg_url) == after_incremental


def pending_deltas(pg_url: str) -> dict[str, int]:
    with psycopg.connect(pg_url) as conn:
        return dict(conn.execute("SELECT kind, count(*) FROM gsc.lifetime_delta GROUP BY kind").fetchall())


def test_each_lifetime_table_refreshes_alone_and_a_one_table_load_requests_only_its_own(stack, pg_url):
    defs, instance, resources = stack
    selection = dg.AssetSelection.assets(*LIFETIME)
    base = dg.evaluate_automation_conditions(defs=defs, instance=instance, asset_selection=selection)
    site, day = list(SITES)[1], dt.date(2026, 10, 26)
    one_table = dg.materialize(
        list(defs.assets),
        selection=dg.AssetSelection.assets(["gsc", "query_page_daily"]),
        instance=instance,
        resources=resources,
        tags={ASSET_PARTITION_RANGE_START_TAG: join_key(site, day), ASSET_PARTITION_RANGE_END_TAG: join_key(site, day)},
    )
    assert one_table.success
    after = dg.evaluate_automation_conditions(
        defs=defs, instance=instance, asset_selection=selection, cursor=base.cursor
    )
    assert requested(after) == {LIFETIME[0]}  # lifetime_page's parent did not change

    load(stack, site, day + dt.timedelta(days=1), day + dt.timedelta(days=1))  # deltas of both kinds
    before = lifetime_tables(pg_url)
    assert pending_deltas(pg_url).keys() >= {"query_page", "page"}
    alone = dg.materialize([*defs.assets], selection=dg.AssetSelection.assets(LIFETIME[0]), instance=instance,
                           resources=resources)  # fmt: skip
    assert alone.success
    assert {event.asset_key for event in alone.get_asset_materialization_events()} == {LIFETIME[0]}
    left = pending_deltas(pg_url)
    assert "query_page" not in left and left.get("page", 0) > 0
    assert lifetime_tables(pg_url)["lifetime_page"] == before["lifetime_page"]  # untouched until its own refresh
    assert lifetime_tables(pg_url)["lifetime_query_page"] != before["lifetime_query_page"]
    assert dg.materialize([*defs.assets], selection=dg.AssetSelection.assets(LIFETIME[1]), instance=instance,
                          resources=resources).success  # fmt: skip
    assert pending_deltas(pg_url) == {}
    incremental = lifetime_tables(pg_url)
    refresh(stack, full=True)
    assert lifetime_tables(pg_url) == incremental
    # The lifetime assets' size is Postgres's live-row statistic (no scan): it settles on the exact count.
    exact = {table: len(rows) for table, rows in incremental.items()}
    with Warehouse(pg_url) as warehouse:
        deadline = time.monotonic() + 10
        while (estimate := warehouse.live_rows_estimate(list(exact))) != exact and time.monotonic() < deadline:
            time.sleep(0.2)
    assert estimate == exact
