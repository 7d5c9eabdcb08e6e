"""Date x site partitions of the GSC tables.

Dates are Pacific-time days (Google's reporting day). With `GSC_DATA_STATE=final` the last partition is the last day
Google calls final (three days back), so a partition never exists before its data does; with `all` the partitions
reach yesterday and fresh days are re-fetched once final. Sites are dynamic partitions, added by the site discovery
sensor or by `gsc-assets sync`.
"""

from __future__ import annotations

import datetime as dt
import os
import re

import dagster as dg

GSC_TIMEZONE = "America/Los_Angeles"
SITE_PARTITIONS_NAME = "gsc_sites"
RETENTION_MONTHS = 16
FINAL_LAG_DAYS = 3
#: Google answers hourly rows for up to the last ten days (its April 2025 announcement); we count today as one.
HOURLY_DAYS = 10

site_partitions = dg.DynamicPartitionsDefinition(name=SITE_PARTITIONS_NAME)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str) -> dt.date | None:
    """A YYYY-MM-DD day, or None. Stricter than `date.fromisoformat`, which also takes 20261001 and 2026-W40-4."""
    if not _ISO_DAY.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def pacific_today() -> dt.date:
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo(GSC_TIMEZONE)).date()


def retention_start(today: dt.date) -> dt.date:
    """The first day Google still holds: 16 months back (clamped to the month's length)."""
    month_index = today.year * 12 + today.month - 1 - RETENTION_MONTHS
    year, month = divmod(month_index, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def configured_start_date() -> dt.date:
    """GSC_START_DATE, the first date partition; unset: the first day Google still holds.

    Raises ValueError naming the variable and its value when it is not a YYYY-MM-DD date."""
    raw = os.environ.get("GSC_START_DATE", "").strip()
    if raw:
        day = parse_day(raw)
        if day is None:
            raise ValueError(f"GSC_START_DATE={raw!r} is not a date (YYYY-MM-DD)")
        return day
    return retention_start(pacific_today())


def build_date_partitions(*, start: dt.date, data_state: str) -> dg.DailyPartitionsDefinition:
    # end_offset=0 ends at yesterday; -(FINAL_LAG_DAYS - 1) ends at the last day that is final.
    end_offset = 0 if data_state == "all" else -(FINAL_LAG_DAYS - 1)
    return dg.DailyPartitionsDefinition(start_date=start.isoformat(), timezone=GSC_TIMEZONE, end_offset=end_offset)


def build_partitions(*, start: dt.date, data_state: str) -> dg.MultiPartitionsDefinition:
    return dg.MultiPartitionsDefinition(
        {"date": build_date_partitions(start=start, data_state=data_state), "site": site_partitions}
    )


def hourly_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day Google still has hourly rows for."""
    return today - dt.timedelta(days=HOURLY_DAYS - 1), today


def build_hourly_partitions(*, start: dt.date) -> dg.MultiPartitionsDefinition:
    """Pacific day x site, from `start` (as the daily tables) to today (end_offset=1: its hours so far).

    The start is fixed, not Google's window: every process that loads the code location (a run worker, a code
    server up for days) must agree on the partitions, or a run whose range began before a later start fails. Days
    older than the window are partitions Google can no longer fill; the asset refuses to ask for them.
    """
    days = dg.DailyPartitionsDefinition(start_date=start.isoformat(), timezone=GSC_TIMEZONE, end_offset=1)
    return dg.MultiPartitionsDefinition({"date": days, "site": site_partitions})


def split_key(key: str | dg.MultiPartitionKey) -> tuple[str, dt.date]:
    """`2026-10-01|sc-domain:a.example` -> (site, date)."""
    if isinstance(key, dg.MultiPartitionKey):
        dims = key.keys_by_dimension
        return dims["site"], dt.date.fromisoformat(dims["date"])
    date_part, _, site = str(key).partition("|")
    return site, dt.date.fromisoformat(date_part)


def join_key(site_url: str, day: dt.date) -> str:
    return f"{day.isoformat()}|{site_url}"
