"""The daily schedule: every morning (Pacific time) fetch the newest days for every site."""

import datetime as dt

import dagster as dg

from gsc_assets._dagster_internals import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
from gsc_assets.automation.settings import schedule_status
from gsc_assets.partitions import FINAL_LAG_DAYS, GSC_TIMEZONE, SITE_PARTITIONS_NAME, join_key

DAILY_CRON = "0 9 * * *"
DAYS_PER_TICK = 3


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
        return dg.RunRequest(
            run_key=f"daily:{newest}",
            tags={
                ASSET_PARTITION_RANGE_START_TAG: join_key(sites[0], oldest),
                ASSET_PARTITION_RANGE_END_TAG: join_key(sites[-1], newest),
            },
        )

    return gsc_daily_schedule
