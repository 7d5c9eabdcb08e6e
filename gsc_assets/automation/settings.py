"""Which automations a fresh instance runs, and how often the sensors tick (GSC_AUTOMATIONS, GSC_*_INTERVAL_S).

The defaults are what a production deployment should run: sites are discovered, days are loaded when Google has
them (and again once final), lifetime stats follow the loads, failed runs are reported. The daily schedule is the
alternative to the availability sensor for teams that want one run at a fixed hour, so it starts stopped. A toggle
in the UI wins over these defaults for as long as the instance keeps its state.
"""

from __future__ import annotations

import os

import dagster as dg

DEFAULT_AUTOMATIONS = (
    "site_discovery_sensor",
    "data_availability_sensor",
    "gsc_automation_sensor",
    "gsc_run_failure_alert",
    "gsc_hourly_schedule",  # exists only with GSC_HOURLY=on, which asks for it
)
ALL_AUTOMATIONS = (*DEFAULT_AUTOMATIONS, "gsc_daily_schedule")


def running_automations() -> frozenset[str]:
    """GSC_AUTOMATIONS: a comma-separated list of the automations that start running ("none" for none)."""
    raw = os.environ.get("GSC_AUTOMATIONS")
    if raw is None or not raw.strip():
        return frozenset(DEFAULT_AUTOMATIONS)
    names = {name.strip() for name in raw.split(",") if name.strip()} - {"none"}
    unknown = sorted(names - set(ALL_AUTOMATIONS))
    if unknown:
        raise ValueError(f"GSC_AUTOMATIONS names unknown automation(s) {unknown}; known: {list(ALL_AUTOMATIONS)}")
    return frozenset(names)


def sensor_status(name: str) -> dg.DefaultSensorStatus:
    running = name in running_automations()
    return dg.DefaultSensorStatus.RUNNING if running else dg.DefaultSensorStatus.STOPPED


def schedule_status(name: str) -> dg.DefaultScheduleStatus:
    running = name in running_automations()
    return dg.DefaultScheduleStatus.RUNNING if running else dg.DefaultScheduleStatus.STOPPED


def interval_s(variable: str, default: int) -> int:
    """A sensor's minimum interval from the environment (whole seconds, at least 1)."""
    raw = os.environ.get(variable)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise ValueError(f"{variable}={raw!r} is not a whole number of seconds >= 1")
    return value
