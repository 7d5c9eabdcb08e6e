"""The partitioned fetch: one `@multi_asset` yielding a table asset per enabled report.

A run may hold any shape of date x site keys (a site's dates, a date's sites); it reads `context.partition_keys`
and fetches them all concurrently. Each partition is materialised on its own as soon as it is loaded, with its own
figures, so one bad partition fails the run (naming it) without discarding the good ones, and a retry fetches only
what is missing.
"""

from concurrent.futures import Future, ThreadPoolExecutor

import dagster as dg

from gsc_assets.gsc import ReportSpec
from gsc_assets.partitions import split_key
from gsc_assets.resources import GscResource, WarehouseResource

from ._sync import PartitionOutcome, sync_partitions
from ._tables import asset_key, column_schema, describe, table_name

GSC_API_ASSET_KEY = dg.AssetKey(["gsc", "search_console_api"])
GSC_POOL = "gsc"

gsc_api_asset = dg.AssetSpec(
    key=GSC_API_ASSET_KEY,
    group_name="gsc",
    kinds={"api"},
    description="The Google Search Console Search Analytics API (external: the source of every gsc table).",
)


class SyncConfig(dg.Config):
    refetch: bool = False
    """Ask Google again even for partitions whose final data is already loaded."""


def _report_spec(report: ReportSpec) -> dg.AssetSpec:
    return dg.AssetSpec(
        key=asset_key(report),
        group_name="gsc",
        kinds={"postgres", "duckdb"},
        deps=[GSC_API_ASSET_KEY],
        skippable=True,
        description=describe(report),
        metadata={
            "dagster/table_name": f"gsc.{table_name(report)}",
            "dagster/column_schema": column_schema(report),
            "gsc/dimensions": ", ".join(report.dimensions),
            "gsc/aggregation_type": report.aggregation_type,
        },
    )


def outcome_metadata(outcome: PartitionOutcome, report: ReportSpec) -> dict[str, object]:
    rows = outcome.rows_by_report.get(report.name, 0)
    metadata: dict[str, object] = {
        "dagster/row_count": rows,
        "partition_rows": outcome.rows,
        "requests": outcome.requests,
        "retries": outcome.retries,
        "throttled_429": outcome.throttled,
        "api_seconds": round(outcome.api_seconds, 3),
        "load_seconds": round(outcome.load_seconds, 3),
        "rows_per_second": round(outcome.rows / outcome.load_seconds, 1) if outcome.load_seconds else 0.0,
        "data_state": outcome.data_state or "final",
        "source": outcome.source,
    }
    prefix = f"{report.name}/"
    for key, count in sorted(outcome.rows_by_type.items()):
        if key.startswith(prefix):
            metadata[f"rows_{key[len(prefix) :]}"] = count
    return metadata


MAX_NAMED_FAILURES = 10


def failure_text(failed: list[PartitionOutcome], total: int) -> str:
    """Names every bad key (the first reasons in full); a retry of the run fetches only these."""
    keys = ", ".join(o.key for o in failed)
    reasons = "; ".join(f"{o.key}: {o.error}" for o in failed[:MAX_NAMED_FAILURES])
    more = f" (+{len(failed) - MAX_NAMED_FAILURES} more)" if len(failed) > MAX_NAMED_FAILURES else ""
    return f"{len(failed)} of {total} partitions failed: {keys}. Reasons: {reasons}{more}"


def build_search_analytics_asset(
    reports: tuple[ReportSpec, ...], partitions_def: dg.MultiPartitionsDefinition
) -> dg.AssetsDefinition:
    @dg.multi_asset(
        name="gsc_search_analytics",
        specs=[_report_spec(report) for report in reports],
        partitions_def=partitions_def,
        backfill_policy=dg.BackfillPolicy.single_run(),
        can_subset=False,
        pool=GSC_POOL,
    )
    async def gsc_search_analytics(
        context: dg.AssetExecutionContext,
        config: SyncConfig,
        gsc: GscResource,
        warehouse: WarehouseResource,
    ):
        partitions = [split_key(key) for key in context.partition_keys]
        context.log.info(f"syncing {len(partitions)} partitions: {context.partition_keys[:3]}...")

        def report_outcome(outcome: PartitionOutcome) -> None:
            if not outcome.ok:
                context.log.error(f"{outcome.key}: {outcome.error}")
                return
            # Held partitions (final data already loaded) are materialised too, so a backfill over them shows done.
            context.log.info(f"{outcome.key}: {outcome.rows} rows ({outcome.source})")
            for report in reports:
                context.log_event(
                    dg.AssetMaterialization(
                        asset_key=asset_key(report),
                        partition=outcome.key,
                        metadata=outcome_metadata(outcome, report),
                    )
                )

        # Each event is a synchronous write to the instance's storage (milliseconds, a connection each): on the
        # event loop they would stall every request in flight, so one thread writes them, in order.
        reported: list[Future[None]] = []
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gsc-events") as events:
            with warehouse.staging() as staging:
                async with warehouse.quota_store() as quota_store:
                    summary = await sync_partitions(
                        partitions=partitions,
                        settings=gsc.settings(),
                        reports=reports,
                        open_warehouse=warehouse.warehouse,
                        staging=staging,
                        quota_store=quota_store,
                        run_id=context.run_id,
                        refetch=config.refetch,
                        on_outcome=lambda outcome: reported.append(events.submit(report_outcome, outcome)),
                    )
        for future in reported:
            future.result()  # surface a failed event write
        context.log.info(
            f"{len(summary.outcomes)} partitions, {summary.rows} rows, {summary.requests} requests, "
            f"{summary.throttled} throttled, {summary.seconds:.1f} s"
        )
        if summary.failed:
            raise dg.Failure(description=failure_text(summary.failed, len(summary.outcomes)), allow_retries=True)
        return
        yield  # an async generator with skippable outputs: materialisations are logged per partition above

    return gsc_search_analytics
