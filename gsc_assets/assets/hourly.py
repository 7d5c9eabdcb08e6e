"""`gsc/property_hourly` (GSC_HOURLY): Google's hourly property totals, kept after Google drops them.

Google answers hourly rows for about ten days only, so a day nobody fetched in time is lost for good. The table is
partitioned like the daily ones (Pacific day x site; a day holds its 23, 24 or 25 hours) but kept apart from them:
its own asset, job, schedule, staging area and ledger rows (they share the run pool and the per-(site, day) load
lock). A day that has left Google's window is never asked again (and the pipeline refuses an empty answer for a day
whose rows it holds, so hours we keep are never replaced with nothing).
"""

import asyncio
import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import dagster as dg

from gsc_assets.gsc import HOURLY_REPORT
from gsc_assets.partitions import HOURLY_DAYS, hourly_window, pacific_today, split_key
from gsc_assets.pipeline import PartitionOutcome, sync_partitions
from gsc_assets.resources import GscResource, WarehouseResource
from gsc_assets.warehouse.checks import Scope

from ._tables import asset_key, table_spec
from .checks import hourly_check_results, hourly_check_specs
from .search_analytics import GSC_POOL, Materialisations, failure_text, report_asset_spec

HOURLY_KEY = asset_key(HOURLY_REPORT)
HOURLY_STAGING_AREA = "hourly"


class HourlyConfig(dg.Config):
    refetch: bool = False
    """Ask Google again even for days whose final hours are already loaded (inside its window only)."""


def past_window(day: dt.date, held: dict[tuple[str, dt.date], str], site: str) -> PartitionOutcome:
    """A day Google no longer has hourly rows for: recorded if we hold it, else failed with the reason."""
    if (site, day) in held:
        return PartitionOutcome(site_url=site, date=day, source="held", data_state=held[(site, day)])
    return PartitionOutcome(
        site_url=site,
        date=day,
        source="api",
        error=f"Google keeps hourly data for about {HOURLY_DAYS} days and {day} is past that window: "
        "it was never fetched in time and cannot be any more",
    )


async def _fetch(
    context: dg.AssetExecutionContext, refetch: bool, gsc: GscResource, warehouse: WarehouseResource
) -> list[PartitionOutcome]:
    """Every partition of the run, each materialised as it ends: fetched and loaded inside Google's window;
    recorded if held, else failed, past it."""
    table = table_spec(HOURLY_REPORT)
    first, _last = hourly_window(pacific_today())
    partitions = [split_key(key) for key in context.partition_keys]
    inside = [(site, day) for site, day in partitions if day >= first]
    outside = [(site, day) for site, day in partitions if day < first]
    context.log.info(f"{len(inside)} partitions inside Google's hourly window, {len(outside)} past it")
    outcomes: list[PartitionOutcome] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gsc-events") as writer:
        materialisations = Materialisations(context, (HOURLY_REPORT,), writer)
        with warehouse.warehouse() as wh:
            wh.migrate([table])
            held: dict[tuple[str, dt.date], str] = {}
            if outside:
                days = [day for _, day in outside]
                held = await asyncio.to_thread(
                    wh.loaded_partitions, sorted({s for s, _ in outside}), min(days), max(days), tables=[table]
                )
        for site, day in outside:
            outcomes.append(past_window(day, held, site))
            materialisations.on_outcome(outcomes[-1])
        with warehouse.staging(HOURLY_STAGING_AREA) as staging:
            async with warehouse.quota_store() as quota_store:
                summary = await sync_partitions(
                    partitions=inside,
                    settings=gsc.settings(),
                    reports=(HOURLY_REPORT,),
                    tables={HOURLY_REPORT.name: table},
                    open_warehouse=warehouse.warehouse,
                    staging=staging,
                    quota_store=quota_store,
                    run_id=context.run_id,
                    refetch=refetch,
                    observers=[materialisations],
                )
    materialisations.wait()
    context.log.info(f"{len(outcomes) + len(summary.outcomes)} partitions, {summary.rows} rows, "
                     f"{summary.requests} requests")  # fmt: skip
    return outcomes + summary.outcomes


def build_hourly_asset(partitions_def: dg.MultiPartitionsDefinition) -> dg.AssetsDefinition:
    spec = report_asset_spec(HOURLY_REPORT)

    @dg.multi_asset(
        name="gsc_hourly",
        specs=[spec],
        check_specs=hourly_check_specs(),
        partitions_def=partitions_def,
        backfill_policy=dg.BackfillPolicy.single_run(),
        can_subset=True,
        pool=GSC_POOL,
    )
    async def gsc_hourly(
        context: dg.AssetExecutionContext, config: HourlyConfig, gsc: GscResource, warehouse: WarehouseResource
    ):
        """Fetches the run's days still inside Google's hourly window (final ones already held are skipped), then
        checks what it loaded; a run of the checks alone checks its partitions, or else Google's window."""
        outcomes: list[PartitionOutcome] = []
        scope: Scope | None = None
        if HOURLY_KEY in context.selected_asset_keys:
            outcomes = await _fetch(context, config.refetch, gsc, warehouse)
            loaded = [(o.site_url, o.date) for o in outcomes if o.ok and o.source != "held"]
            scope = Scope.of(loaded, label="partitions this run loaded")
        elif context.has_partition_key or context.has_partition_key_range:
            # Such a run has no partitioned asset, so Dagster leaves its keys to us.
            chosen = partitions_def.get_partition_keys_in_range(
                context.partition_key_range, dynamic_partitions_store=context.instance
            )
            scope = Scope.of((split_key(key) for key in chosen), label="partitions of this run")
        if context.selected_asset_check_keys and (scope is None or scope):
            for result in await asyncio.to_thread(
                hourly_check_results, warehouse, context.selected_asset_check_keys, scope
            ):
                yield result
        failed = [o for o in outcomes if not o.ok]
        if failed:
            raise dg.Failure(description=failure_text(failed, len(outcomes)), allow_retries=True)

    return gsc_hourly
