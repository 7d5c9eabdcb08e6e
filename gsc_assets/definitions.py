"""The code location: `Definitions` for the GSC assets, built by `build_gsc_definitions`."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence

import dagster as dg

from gsc_assets.assets.checks import gsc_lifetime_checks
from gsc_assets.assets.hourly import build_hourly_asset
from gsc_assets.assets.inventory import gsc_sitemaps, gsc_sites
from gsc_assets.assets.lifetime_stats import gsc_lifetime_stats
from gsc_assets.assets.search_analytics import build_search_analytics_asset, gsc_api_asset
from gsc_assets.automation.alerts import AlertResource, gsc_run_failure_alert
from gsc_assets.automation.schedules import build_daily_schedule, build_hourly_schedule
from gsc_assets.automation.sensors import build_availability_sensor, site_discovery_sensor
from gsc_assets.automation.settings import sensor_status
from gsc_assets.export import ExportSettings
from gsc_assets.gsc import ClientSettings, load_reports
from gsc_assets.partitions import build_hourly_partitions, build_partitions, configured_start_date
from gsc_assets.pipeline import SyncObserver
from gsc_assets.resources import DEFAULT_STAGING_DIR, GscResource, WarehouseResource

# Lifetime stats move within half a minute of a load (the automation sensor's tick).
AUTOMATION_INTERVAL_S = 30


def _env(name: str, default: str | None = None) -> str | dg.EnvVar | None:
    """An `EnvVar` when the variable is set (resolved at run time, never stored), else the default."""
    return dg.EnvVar(name) if os.environ.get(name) else default


def alert_resource() -> AlertResource:
    return AlertResource(webhook_url=_env("GSC_ALERT_WEBHOOK"))


def default_resources(database_url: str | None = None) -> dict[str, dg.ConfigurableResource]:
    url = database_url or _env("GSC_DATABASE_URL")
    return {
        "alerts": alert_resource(),
        "gsc": GscResource(
            api_base_url=_env("GSC_API_BASE_URL"),
            credentials_file=_env("GOOGLE_APPLICATION_CREDENTIALS"),
            credentials_map_file=_env("GSC_CREDENTIALS_MAP"),
            sites=_env("GSC_SITES"),
        ),
        "warehouse": WarehouseResource(
            database_url=url,
            staging_dir=_env("GSC_STAGING_DIR", DEFAULT_STAGING_DIR),
        ),
    }


def build_gsc_definitions(
    *,
    start_date: dt.date | None = None,
    resources: dict[str, dg.ConfigurableResource] | None = None,
    observers: Sequence[SyncObserver] = (),
    executor: dg.ExecutorDefinition | None = dg.in_process_executor,
) -> dg.Definitions:
    """Our assets, checks, sensors and resources, ready to merge into another code location.

    `resources` replaces the defaults read from the environment (keys `gsc` and `warehouse`; `alerts`, else
    GSC_ALERT_WEBHOOK). `observers` see every partition the fetch asset syncs when its runs execute in this process
    (`gsc-assets sync`). `executor` is the code location's (Dagster allows one per merged location): in-process,
    since every fetch run is one step and a second interpreter for it costs 3 s and 240 MB per run; pass None to
    merge into a location that sets its own.
    """
    # The asset graph (which reports, which data state) is fixed when the code location loads, from the environment.
    settings = ClientSettings.from_env()
    ExportSettings.from_env()  # a bad GSC_EXPORT_DATASETS fails the code location's load, not each run
    reports = load_reports(names=settings.reports, reports_file=settings.reports_file)
    start = start_date or configured_start_date()
    partitions_def = build_partitions(start=start, data_state=settings.data_state)
    fetch = build_search_analytics_asset(reports, partitions_def, observers)
    # Named, so the runs the sensor and the schedule start say what they are (UI launches keep Dagster's own name).
    daily_job = dg.define_asset_job(
        "gsc_daily_job",
        selection=dg.AssetSelection.assets(*fetch.keys),
        partitions_def=partitions_def,
        description="Fetch the selected (date, site) partitions from Google, stage, load into Postgres, check.",
    )
    assets: list[dg.AssetsDefinition | dg.AssetSpec] = [gsc_api_asset, fetch, gsc_sites, gsc_sitemaps]
    checks: list[dg.AssetChecksDefinition] = []  # the daily checks are the fetch asset's own (check_specs)
    if {"page", "query_page"} <= {report.name for report in reports}:
        assets.append(gsc_lifetime_stats)
        checks.append(gsc_lifetime_checks)
    jobs = [daily_job]
    schedules = [build_daily_schedule(daily_job.name, settings.data_state)]
    if settings.hourly:  # its own asset, job and schedule (over Google's ten days), apart from the daily tables
        hourly_partitions = build_hourly_partitions(start=start)
        hourly = build_hourly_asset(hourly_partitions)
        hourly_job = dg.define_asset_job(
            "gsc_hourly_job",
            selection=dg.AssetSelection.assets(*hourly.keys),
            partitions_def=hourly_partitions,
            description="Fetch Google's hourly property totals for the selected (date, site) partitions.",
        )
        assets.append(hourly)
        jobs.append(hourly_job)
        schedules.append(build_hourly_schedule(hourly_job.name, hourly_partitions))
    return dg.Definitions(
        assets=assets,
        asset_checks=checks,
        sensors=[
            site_discovery_sensor,
            gsc_run_failure_alert,
            build_availability_sensor(daily_job.name),
            dg.AutomationConditionSensorDefinition(
                "gsc_automation_sensor",
                target=dg.AssetSelection.all(),
                default_status=sensor_status("gsc_automation_sensor"),
                minimum_interval_seconds=AUTOMATION_INTERVAL_S,
                run_tags={"gsc/trigger": "automation"},
                description="Refreshes each lifetime table after loads changed its daily table, and the sites and "
                "sitemaps tables once a day (automation conditions, evaluated every 30 s); loads never wait for it.",
            ),
        ],
        schedules=schedules,
        jobs=jobs,
        resources={"alerts": alert_resource(), **(resources if resources is not None else default_resources())},
        executor=executor,
    )


defs = build_gsc_definitions()
