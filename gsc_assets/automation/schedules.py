"""The schedules: every morning (Pacific time) the newest days for every site; with GSC_HOURLY, every hour the days
of Google's hourly window."""

import datetime as dt
import zoneinfo

import dagster as dg

from gsc_assets._dagster_internals import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
from gsc_assets.automation.settings import schedule_status
from gsc_assets.partitions import (
    FINAL_LAG_DAYS,
    GSC_TIMEZONE,
    HOURLY_DAYS,
    SITE_PARTITIONS_NAME,
    hourly_window,
    join_key,
)

DAILY_CRON = "0 9 * * *"
DAYS_PER_TICK = 3
#: Every hour, 20 minutes past (Google's hourly data is a few hours late): today's hours as they come, and every
#: day of the window that is not final yet until it is.
HOURLY_CRON = "20 * * * *"


def box_request(run_key: str, sites: list[str], oldest: dt.date, newest: dt.date) -> dg.RunRequest:
    """One run over every site x every day from `oldest` to `newest` (the fetch assets sync a run's keys at once)."""
    return dg.RunRequest(
        run_key=run_key,
        tags={
            ASSET_PARTITION_RANGE_START_TAG: join_key(sites[0], oldest),
            ASSET_PARTITION_RANGE_END_TAG: join_key(sites[-1], newest),
        },
    )


def build_daily_schedule(job_name: str, data_state: str) -> dg.ScheduleDefinition:
    @dg.schedule(
        name="gsc_daily_schedule",
        cron_schedule=DAILY_CRON,
        execution_timezone=GSC_TIMEZONE,
        job_name=job_name,
        default_status=schedule_status("gsc_daily_schedule"),
        description=f"At 09:00 Pacific, one run over every site for the newest {DAYS_PER_TICK} days (final data "
        "already held is skipped). The alternative to data_availability_sensor for a fixed hour: off by default.",
    )
    def gsc_daily_schedule(context: dg.ScheduleEvaluationContext):
        """One run over all sites for the newest days (final data already held is skipped, not re-fetched)."""
        sites = context.instance.get_dynamic_partitions(SITE_PARTITIONS_NAME)
        if not sites:
            return dg.SkipReason("no sites yet (see site_discovery_sensor)")
        today = context.scheduled_execution_time.date()
        newest = today - dt.timedelta(days=1 if data_state == "all" else FINAL_LAG_DAYS)
        oldest = newest - dt.timedelta(days=DAYS_PER_TICK - 1)
        return box_request(f"daily:{newest}", sites, oldest, newest)

    return gsc_daily_schedule


def build_hourly_schedule(job_name: str, partitions_def: dg.MultiPartitionsDefinition) -> dg.ScheduleDefinition:
    date_partitions = partitions_def.get_partitions_def_for_dimension("date")
    start = date_partitions.start.date()  # type: ignore[attr-defined]

    @dg.schedule(
        name="gsc_hourly_schedule",
        cron_schedule=HOURLY_CRON,
        execution_timezone=GSC_TIMEZONE,
        job_name=job_name,
        default_status=schedule_status("gsc_hourly_schedule"),
        description=f"Every hour at :20 Pacific, one run over every site and each of the last {HOURLY_DAYS} days "
        "(Google's hourly window): today's hours so far, and every day not final yet (final days held are skipped).",
    )
    def gsc_hourly_schedule(context: dg.ScheduleEvaluationContext):
        sites = context.instance.get_dynamic_partitions(SITE_PARTITIONS_NAME)
        if not sites:
            return dg.SkipReason("no sites yet (see site_discovery_sensor)")
        today = context.scheduled_execution_time.astimezone(zoneinfo.ZoneInfo(GSC_TIMEZONE)).date()
        first, last = hourly_window(today)
        return box_request(f"hourly:{context.scheduled_execution_time.isoformat()}", sites, max(first, start), last)

    return gsc_hourly_schedule
