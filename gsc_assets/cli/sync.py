"""`gsc-assets sync`: materialise date x site partitions in-process through the Dagster assets.

Checks everything a user can get wrong before anything is written or started (dates, retention, every setting, the
credential files, site names, the staging directory, then the database; `sites.list` last), so a failure is one
line and leaves no trace: no embedded server, no Dagster instance, no staged file. Sites contiguous in the dynamic
partition order go into one box-range run; runs go one after another and share the quota with other processes
through the warehouse's Postgres budget store.

A range whose final data is already held and recorded starts no run and costs little more than importing Dagster:
with the sites named (`--site`, GSC_SITES) it asks Google nothing, not even sites.list; the Dagster instance is
opened only once the ledger holds the whole range; the code location is not built; and the garbage collector stays
out of the start-up (see `gsc_assets.cli.start_up_without_gc`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
import os
import stat
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

# First: sets Arrow's memory pool before anything in this process imports pyarrow (see gsc_assets.pipeline._sync).
from gsc_assets.pipeline import PartitionOutcome, SyncSummary  # isort: skip
from gsc_assets.cli import start_up_over
from gsc_assets.partitions import (
    SITE_PARTITIONS_NAME,
    configured_start_date,
    hourly_window,
    join_key,
    pacific_today,
    parse_day,
    retention_start,
)

if TYPE_CHECKING:
    import dagster as dg

    from gsc_assets.gsc import ClientSettings, ReportSpec
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
    day = parse_day(text)
    if day is None:
        raise SyncError(f"{flag} {text!r} is not a date (YYYY-MM-DD)")
    return day


def check_dates(start: dt.date, end: dt.date, *, today: dt.date) -> None:
    if start > end:
        raise SyncError(f"--start {start} is after --end {end}")
    oldest = retention_start(today)
    if start < oldest:
        raise SyncError(f"--start {start} is before Google's 16-month retention (oldest day {oldest})")
    if end >= today:
        raise SyncError(f"--end {end} is not a complete day yet (today is {today} in Pacific time)")


SITE_FORMS = "sc-domain:example.com, or a URL-prefix property with its trailing '/' such as https://www.example.com/"


def site_problem(site: str) -> str | None:
    """Why `site` cannot be a Search Console property (the API's siteUrl), or None.

    Google names a Domain property `sc-domain:<host>` and a URL-prefix property by its URL with the scheme and a
    trailing slash (`https://www.example.com/`, `https://example.com/shop/`); `sites.list` returns them so.
    """
    hint = f"({SITE_FORMS})"
    if any(c.isspace() for c in site):
        return hint
    if site.startswith("sc-domain:"):
        host = site.removeprefix("sc-domain:")
        return None if host and not any(c in host for c in "/:@?#") else hint
    try:
        parts = urlsplit(site)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return hint
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        return hint
    if not parts.path.endswith("/"):
        return f"(did you mean {site + '/'!r}?)"
    return None


def check_sites(sites: Sequence[str], where: str) -> tuple[str, ...]:
    """`sites` when each is a property name Google could know; `where` names their source (--site, GSC_SITES)."""
    separator = ": " if where.startswith("GSC_") else " "
    for site in sites:
        if (problem := site_problem(site)) is not None:
            raise SyncError(f"{where}{separator}{site!r} is not a Search Console property {problem}")
    return tuple(sites)


def staging_directory() -> Path:
    from gsc_assets.resources import DEFAULT_STAGING_DIR

    return Path(os.environ.get("GSC_STAGING_DIR") or DEFAULT_STAGING_DIR)


def check_staging_dir(path: Path) -> None:
    """The staging directory is one this process can write, or can create: checked without creating anything.

    Permission bits do not stop root, so beside `os.access` what is checked is what fails for everyone: a path
    below a regular file, or a read-only file system.
    """
    name = f"GSC_STAGING_DIR={str(path)!r}"
    probe = path.absolute()
    while True:
        try:
            mode = probe.stat().st_mode
            break
        except (FileNotFoundError, NotADirectoryError):
            if probe.parent == probe:
                raise SyncError(f"{name} is not a writable directory (nothing of it exists)") from None
            probe = probe.parent
        except OSError as exc:
            raise SyncError(f"{name} is not a writable directory ({probe}: {exc.strerror})") from None
    if not stat.S_ISDIR(mode):
        raise SyncError(f"{name} is not a writable directory ({probe} is not a directory)")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise SyncError(f"{name} is not a writable directory ({probe} is not writable)")


def database_url() -> str:
    from gsc_assets.gsc import GscError
    from gsc_assets.resources import resolve_database_url

    try:
        return resolve_database_url(os.environ.get("GSC_DATABASE_URL"))
    except GscError as exc:
        raise SyncError(str(exc)) from None


def check_database(url: str) -> None:
    import psycopg

    try:
        with psycopg.connect(url, connect_timeout=5):
            pass
    except psycopg.Error as exc:
        # libpq's own lines (it never quotes the password): "... failed: Connection refused", then a hint.
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise SyncError(f"cannot reach the database ({_redact(url)}): {reason}") from None


def _redact(url: str) -> str:
    """host:port/dbname of a URL or key=value settings (checked by `database_url`), without user or password."""
    from psycopg import conninfo

    params = conninfo.conninfo_to_dict(url)
    host = str(params.get("host") or "local socket")
    return f"{host}:{params.get('port') or 5432}/{params.get('dbname') or ''}"


def resolve_sites(
    requested: tuple[str, ...],
    gsc: GscResource,
    settings: ClientSettings,
    *,
    meanwhile: Callable[[], object] = lambda: None,
) -> tuple[str, ...]:
    """The sites to sync, each checked against what the credentials can read (sites.list).

    The listing is a few network round trips (token, connection, request): `meanwhile` runs on this thread while
    they are in flight.
    """
    from concurrent.futures import ThreadPoolExecutor

    from gsc_assets.gsc import GscClient, GscError

    async def listed() -> list[str]:
        async with GscClient(settings) as client:
            return await client.list_sites()

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gsc-sites") as listing:
        readable_soon = listing.submit(asyncio.run, listed())
        meanwhile()
    try:
        readable = readable_soon.result()
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

    from gsc_assets._dagster_internals import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
    from gsc_assets.assets._tables import asset_key
    from gsc_assets.gsc import GscError
    from gsc_assets.instance import import_storage, open_instance
    from gsc_assets.resources import GscResource

    # Everything a user can get wrong, before anything is written or started (the embedded server included).
    today = pacific_today()
    check_dates(request.start, request.end, today=today)
    try:
        gsc = GscResource()
        settings = gsc.settings()
        reports = gsc.report_specs()
        gsc.export_settings()
        settings.check_files()
    except GscError as exc:
        raise SyncError(str(exc)) from None
    try:
        start_date = min(request.start, configured_start_date())
    except ValueError as exc:
        raise SyncError(str(exc)) from None
    # With the sites named, a range already held and recorded needs nothing from Google, not even sites.list.
    named = check_sites(request.sites, "--site") or check_sites(gsc.configured_sites(), "GSC_SITES")
    check_staging_dir(staging_directory())
    url = database_url()
    check_database(url)
    fetch_keys = [asset_key(report) for report in reports]
    # Pooled (Dagster stores an event per table and partition): its connections are closed below, if it was opened.
    instance = functools.cache(functools.partial(open_instance, url, pooled=True, capture_output=False))
    try:

        def held_summary(sites: Sequence[str]) -> dict[str, object] | None:
            """The summary of a sync with nothing to do, or None when a run is needed (always with GSC_HOURLY: today's
            hours are never final)."""
            if request.refetch or settings.hourly:
                return None
            if not _already_done(instance, url, sites, request, reports, fetch_keys):
                return None
            # Nothing to fetch, load or record: no run at all (creating one costs seconds of planned events).
            progress = _Progress(len(sites) * len(_days(request.start, request.end)), quiet=request.as_json)
            for site in sites:
                for day in _days(request.start, request.end):
                    progress.on_outcome(PartitionOutcome(site_url=site, date=day, source="held", data_state="final"))
            return {**progress.summary(seconds=0.0, settings=settings), "runs": 0, "failed": []}

        if named and (summary := held_summary(named)) is not None:
            return summary
        sites = resolve_sites(request.sites, gsc, settings, meanwhile=import_storage)  # needed from here on
        if not named and (summary := held_summary(sites)) is not None:
            return summary

        known = instance().get_dynamic_partitions(SITE_PARTITIONS_NAME)
        new_sites = [site for site in sites if site not in known]
        if new_sites:
            instance().add_dynamic_partitions(SITE_PARTITIONS_NAME, new_sites)
        ordered = instance().get_dynamic_partitions(SITE_PARTITIONS_NAME)

        # Only a run needs the code location (every asset, check, sensor and schedule).
        from gsc_assets.definitions import build_gsc_definitions, default_resources

        total = len(sites) * ((request.end - request.start).days + 1)
        progress = _Progress(total, quiet=request.as_json)
        # The URL reaches the resources as an EnvVar, so the run's stored config never holds the password.
        os.environ["GSC_DATABASE_URL"] = url
        try:
            defs = build_gsc_definitions(start_date=start_date, resources=default_resources(), observers=[progress])
        except GscError as exc:
            raise SyncError(str(exc)) from None
        assets = list(defs.assets or [])
        run_config = {
            "loggers": {"console": {"config": {"log_level": "CRITICAL"}}},
            "ops": {"gsc_search_analytics": {"config": {"refetch": request.refetch}}},
        }
        start_up_over()
        started = time.perf_counter()
        failures: list[str] = []
        groups = contiguous_groups(sites, ordered)

        def materialise(keys: Sequence[dg.AssetKey], first: dt.date, last: dt.date, config: dict) -> list:
            """One run per group of neighbouring sites; each run fetches all its keys concurrently. Runs go one after
            another: Dagster's in-process execution configures logging globally and is not safe in threads."""
            results = []
            for group in groups:
                tags = {
                    ASSET_PARTITION_RANGE_START_TAG: join_key(group[0], first),
                    ASSET_PARTITION_RANGE_END_TAG: join_key(group[-1], last),
                    "gsc/launched_by": "gsc-assets sync",
                }
                result = dg.materialize(
                    assets,
                    selection=dg.AssetSelection.assets(*keys),
                    instance=instance(),
                    resources=defs.resources,
                    tags=tags,
                    run_config=config,
                    raise_on_error=False,
                )
                if not result.success:
                    failures.append(_failure_reason(result))
                results.append(result)
            return results

        materialise(fetch_keys, request.start, request.end, run_config)
        seconds = time.perf_counter() - started
        summary = progress.summary(seconds=seconds, settings=settings)
        summary["runs"] = len(groups)
        if settings.hourly:  # the hourly table too: every day of Google's window for these sites
            from gsc_assets.assets.hourly import HOURLY_KEY

            first, last = hourly_window(pacific_today())  # now: the daily runs may have crossed Pacific midnight
            config = {**run_config, "ops": {"gsc_hourly": {"config": {"refetch": request.refetch}}}}
            results = materialise([HOURLY_KEY], max(first, start_date), last, config)
            events = [event for result in results for event in result.asset_materializations_for_node("gsc_hourly")]
            summary["hourly_partitions"] = len(events)
            summary["hourly_rows"] = sum(int(event.metadata["dagster/row_count"].value) for event in events)
            summary["runs"] = 2 * len(groups)
        summary["failed"] = failures
        return summary
    finally:
        if instance.cache_info().currsize:
            from gsc_assets._dagster_internals import close_storage_connections

            close_storage_connections(instance())


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _already_done(
    instance: Callable[[], dg.DagsterInstance],
    url: str,
    sites: Sequence[str],
    request: SyncRequest,
    reports: Sequence[ReportSpec],
    fetch_keys: Sequence[dg.AssetKey],
) -> bool:
    """Every partition asked for is held final in the ledger for every table, none waits in staging, and Dagster
    already records its materialisation: a run would only confirm that. Cheapest check first: the Dagster instance
    (importing its Postgres storage and connecting is a third of a no-op's time) is opened only when the ledger holds
    the whole range."""
    from gsc_assets.assets._tables import table_spec
    from gsc_assets.warehouse import Staging, Warehouse

    wanted = {(site, day) for site in sites for day in _days(request.start, request.end)}
    staging = Staging(staging_directory())
    if wanted & set(staging.pending()):
        return False
    tables = [table_spec(report) for report in reports]
    with Warehouse(url) as db:
        held = db.loaded_partitions(sorted(sites), request.start, request.end, tables=tables)
    if any(held.get(partition) != "final" for partition in wanted):
        return False
    keys = {join_key(site, day) for site, day in wanted}
    return all(keys <= set(instance().get_materialized_partitions(key)) for key in fetch_keys)


def _failure_reason(result: object) -> str:
    from gsc_assets._dagster_internals import FAILURE_PREFIX

    for event in result.all_events:  # type: ignore[attr-defined]
        if event.event_type_value == "STEP_FAILURE":
            error = event.event_specific_data.error
            if error is None:
                return "step failed"
            if not error.message.startswith(FAILURE_PREFIX):
                while error.cause is not None:  # Dagster's wrapper says only "Error occurred while executing op"
                    error = error.cause
            lines = error.message.strip().splitlines()
            return (lines[0] if lines else "step failed").removeprefix(FAILURE_PREFIX)
    return "run failed"


class _Progress:
    """Counts outcomes from every run thread and prints one line per partition on a terminal."""

    def __init__(self, total: int, *, quiet: bool) -> None:
        self.total = total
        self.quiet = quiet
        self.lock = threading.Lock()
        self.outcomes: list[PartitionOutcome] = []
        self.fetch_seconds = 0.0

    def on_finished(self, summary: SyncSummary) -> None:
        with self.lock:
            self.fetch_seconds += summary.fetch_seconds

    def on_outcome(self, outcome: PartitionOutcome) -> None:
        with self.lock:
            self.outcomes.append(outcome)
            done = len(self.outcomes)
        if self.quiet:
            return
        status = f"{outcome.rows:>8} rows  {outcome.figures.requests:>4} req  {outcome.source}"
        if not outcome.ok:
            status = f"FAILED: {outcome.error}"
        print(f"[{done:>4}/{self.total}] {outcome.key}  {status}", file=sys.stderr, flush=True)

    def summary(self, *, seconds: float, settings: ClientSettings) -> dict[str, object]:
        outcomes = self.outcomes
        requests = sum(o.figures.requests for o in outcomes)
        qpm = min(settings.qpm_per_site, settings.qpm_per_user)
        window = settings.window_s
        ideal = requests / (qpm / window) if requests else 0.0
        return {
            "partitions": len(outcomes),
            "loaded": sum(1 for o in outcomes if o.ok and o.source != "held"),
            "held": sum(1 for o in outcomes if o.source == "held"),
            # Partitions whose tables Google's BigQuery export filled in part (GSC_EXPORT_DATASETS).
            "from_export": sum(1 for o in outcomes if o.ok and o.figures.exported),
            "rows": sum(o.rows for o in outcomes),
            "requests": requests,
            "retries": sum(o.figures.retries for o in outcomes),
            "throttled_429": sum(o.figures.throttled for o in outcomes),
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
