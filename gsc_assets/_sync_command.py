"""`gsc-assets sync`: materialise date x site partitions in-process through the Dagster assets.

Checks everything a user can get wrong before any run starts (dates, retention, database, credentials, sites), so a
failure is one line. Sites contiguous in the dynamic partition order go into one box-range run; runs execute
concurrently in threads and share the quota through the warehouse's Postgres budget store.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gsc_assets.assets import _sync
from gsc_assets.partitions import SITE_PARTITIONS_NAME, configured_start_date, join_key, pacific_today, retention_start

if TYPE_CHECKING:
    from gsc_assets.gsc import ClientSettings
    from gsc_assets.resources import GscResource


class SyncError(Exception):
    """A one-line reason the sync cannot run or did not complete."""


@dataclass(frozen=True, slots=True)
class SyncRequest:
    start: dt.date
    end: dt.date
    sites: tuple[str, ...]
    as_json: bool = False
    refetch: bool = False


def parse_date(text: str, flag: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise SyncError(f"{flag} {text!r} is not a date (YYYY-MM-DD)") from None


def check_dates(start: dt.date, end: dt.date, *, today: dt.date) -> None:
    if start > end:
        raise SyncError(f"--start {start} is after --end {end}")
    oldest = retention_start(today)
    if start < oldest:
        raise SyncError(f"--start {start} is before Google's 16-month retention (oldest day {oldest})")
    if end >= today:
        raise SyncError(f"--end {end} is not a complete day yet (today is {today} in Pacific time)")


def database_url() -> str:
    from gsc_assets.resources import resolve_database_url

    return resolve_database_url(os.environ.get("GSC_DATABASE_URL"))


def check_database(url: str) -> None:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=5):
            pass
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise SyncError(f"cannot reach the database ({_redact(url)}): {reason}") from None


def _redact(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = parts.hostname or "local socket"
    return f"{host}:{parts.port or 5432}/{parts.path.lstrip('/')}"


def resolve_sites(requested: tuple[str, ...], gsc: GscResource, settings: ClientSettings) -> tuple[str, ...]:
    """The sites to sync, each checked against what the credentials can read (sites.list)."""
    from gsc_assets.gsc import GscClient, GscError

    async def listed() -> list[str]:
        async with GscClient(settings) as client:
            return await client.list_sites()

    try:
        readable = asyncio.run(listed())
    except GscError as exc:
        raise SyncError(str(exc)) from None
    if not requested:
        requested = tuple(gsc.configured_sites()) or tuple(readable)
    unknown = [site for site in requested if site not in readable]
    if unknown:
        raise SyncError(f"unknown site {unknown[0]!r}: the credentials cannot read it (sites.list)")
    if not requested:
        raise SyncError("no sites to sync: pass --site, set GSC_SITES, or grant the credentials a property")
    return tuple(requested)


def contiguous_groups(selected: tuple[str, ...], ordered: list[str]) -> list[list[str]]:
    """Split `selected` into runs of neighbours in the dynamic partition order (each one box range)."""
    positions = sorted(ordered.index(site) for site in selected)
    groups: list[list[str]] = []
    for position in positions:
        if groups and ordered.index(groups[-1][-1]) == position - 1:
            groups[-1].append(ordered[position])
        else:
            groups.append([ordered[position]])
    return groups


def run_sync(request: SyncRequest) -> dict[str, object]:
    import dagster as dg
    from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

    from gsc_assets.definitions import build_gsc_definitions, default_resources
    from gsc_assets.gsc import GscError
    from gsc_assets.instance import open_instance
    from gsc_assets.resources import GscResource

    today = pacific_today()
    check_dates(request.start, request.end, today=today)
    url = database_url()
    check_database(url)
    try:
        gsc = GscResource()
        settings = gsc.settings()
    except GscError as exc:
        raise SyncError(str(exc)) from None
    sites = resolve_sites(request.sites, gsc, settings)
    instance = open_instance(url)
    known = instance.get_dynamic_partitions(SITE_PARTITIONS_NAME)
    new_sites = [site for site in sites if site not in known]
    if new_sites:
        instance.add_dynamic_partitions(SITE_PARTITIONS_NAME, new_sites)
    ordered = instance.get_dynamic_partitions(SITE_PARTITIONS_NAME)

    start_date = min(request.start, configured_start_date())
    try:
        defs = build_gsc_definitions(start_date=start_date, resources=default_resources(url))
    except GscError as exc:
        raise SyncError(str(exc)) from None
    assets = list(defs.assets or [])
    fetch_keys = [
        key
        for a in assets
        if isinstance(a, dg.AssetsDefinition) and a.node_def.name == "gsc_search_analytics"
        for key in a.keys
    ]
    total = len(sites) * ((request.end - request.start).days + 1)
    progress = _Progress(total, quiet=request.as_json)
    if not request.refetch and _already_done(instance, url, gsc, sites, request, fetch_keys):
        # Nothing to fetch, load or record: no run at all (creating one costs seconds of planned events).
        for site in sites:
            for day in _days(request.start, request.end):
                progress.on_outcome(_sync.PartitionOutcome(site_url=site, date=day, source="held", data_state="final"))
        summary = progress.summary(seconds=0.0, settings=settings)
        summary["runs"] = 0
        summary["failed"] = []
        return summary
    _sync.OBSERVERS.append(progress)
    run_config = {
        "loggers": {"console": {"config": {"log_level": "CRITICAL"}}},
        "ops": {"gsc_search_analytics": {"config": {"refetch": request.refetch}}},
    }
    started = time.perf_counter()
    failures: list[str] = []
    groups = contiguous_groups(sites, ordered)
    try:
        # One run per group of neighbouring sites; each run fetches all its keys concurrently. Runs go one after
        # another: Dagster's in-process execution configures logging globally and is not safe in threads.
        for group in groups:
            tags = {
                ASSET_PARTITION_RANGE_START_TAG: join_key(group[0], request.start),
                ASSET_PARTITION_RANGE_END_TAG: join_key(group[-1], request.end),
                "gsc/launched_by": "gsc-assets sync",
            }
            result = dg.materialize(
                assets,
                selection=dg.AssetSelection.assets(*fetch_keys),
                instance=instance,
                resources=defs.resources,
                tags=tags,
                run_config=run_config,
                raise_on_error=False,
            )
            if not result.success:
                failures.append(_failure_reason(result))
    finally:
        _sync.OBSERVERS.remove(progress)
    seconds = time.perf_counter() - started
    summary = progress.summary(seconds=seconds, settings=settings)
    summary["runs"] = len(groups)
    summary["failed"] = failures
    return summary


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _already_done(instance, url: str, gsc: GscResource, sites, request: SyncRequest, fetch_keys) -> bool:  # type: ignore[no-untyped-def]
    """Every partition asked for is held final in the ledger for every table, none waits in staging, and Dagster
    already records its materialisation: a run would only confirm that."""
    from pathlib import Path

    from gsc_assets.assets._tables import table_spec
    from gsc_assets.resources import DEFAULT_STAGING_DIR
    from gsc_assets.warehouse import Staging, Warehouse

    wanted = {(site, day) for site in sites for day in _days(request.start, request.end)}
    staging = Staging(Path(os.environ.get("GSC_STAGING_DIR") or DEFAULT_STAGING_DIR))
    if wanted & set(staging.pending()):
        return False
    tables = [table_spec(report) for report in gsc.report_specs()]
    with Warehouse(url) as db:
        held = db.loaded_partitions(sorted(sites), request.start, request.end, tables=tables)
    if any(held.get(partition) != "final" for partition in wanted):
        return False
    keys = {join_key(site, day) for site, day in wanted}
    return all(keys <= set(instance.get_materialized_partitions(key)) for key in fetch_keys)


def _failure_reason(result: object) -> str:
    for event in result.all_events:  # type: ignore[attr-defined]
        if event.event_type_value == "STEP_FAILURE":
            error = event.event_specific_data.error
            message = error.message.strip().splitlines()[0] if error else "step failed"
            return message.removeprefix("dagster._core.definitions.events.Failure: ")
    return "run failed"


class _Progress:
    """Counts outcomes from every run thread and prints one line per partition on a terminal."""

    def __init__(self, total: int, *, quiet: bool) -> None:
        self.total = total
        self.quiet = quiet
        self.lock = threading.Lock()
        self.outcomes: list[_sync.PartitionOutcome] = []
        self.fetch_seconds = 0.0

    def on_finished(self, summary: _sync.SyncSummary) -> None:
        with self.lock:
            self.fetch_seconds += summary.fetch_seconds

    def on_outcome(self, outcome: _sync.PartitionOutcome) -> None:
        with self.lock:
            self.outcomes.append(outcome)
            done = len(self.outcomes)
        if self.quiet:
            return
        status = f"{outcome.rows:>8} rows  {outcome.requests:>4} req  {outcome.source}"
        if not outcome.ok:
            status = f"FAILED: {outcome.error}"
        print(f"[{done:>4}/{self.total}] {outcome.key}  {status}", file=sys.stderr, flush=True)

    def summary(self, *, seconds: float, settings: ClientSettings) -> dict[str, object]:
        outcomes = self.outcomes
        requests = sum(o.requests for o in outcomes)
        qpm = min(settings.qpm_per_site, settings.qpm_per_user)
        window = settings.window_s
        ideal = requests / (qpm / window) if requests else 0.0
        return {
            "partitions": len(outcomes),
            "loaded": sum(1 for o in outcomes if o.ok and o.source != "held"),
            "held": sum(1 for o in outcomes if o.source == "held"),
            "rows": sum(o.rows for o in outcomes),
            "requests": requests,
            "retries": sum(o.retries for o in outcomes),
            "throttled_429": sum(o.throttled for o in outcomes),
            "seconds": round(seconds, 2),
            "fetch_seconds": round(self.fetch_seconds, 2),
            "quota_seconds_needed": round(ideal, 2),
            "quota_utilisation": round(ideal / self.fetch_seconds, 3) if self.fetch_seconds and requests else 0.0,
            "quota_utilisation_end_to_end": round(ideal / seconds, 3) if seconds and requests else 0.0,
        }


def format_summary(summary: dict[str, object]) -> str:
    lines = ["gsc-assets sync summary"]
    width = max(len(k) for k in summary)
    for key, value in summary.items():
        if key == "failed":
            value = "; ".join(value) or "none"  # type: ignore[arg-type]
        lines.append(f"  {key.ljust(width)}  {value}")
    return "\n".join(lines)


def main(request: SyncRequest) -> int:
    summary = run_sync(request)
    if request.as_json:
        print(json.dumps(summary, sort_keys=True))
    else:
        print(format_summary(summary))
    if summary["failed"]:
        raise SyncError(f"sync failed: {summary['failed'][0]}")  # type: ignore[index]
    return 0
