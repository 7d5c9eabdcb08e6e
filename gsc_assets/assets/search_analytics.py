"""The partitioned fetch: one `@multi_asset` yielding a table asset per enabled report.

A run may hold any shape of date x site keys (a site's dates, a date's sites); it reads `context.partition_keys`
and fetches them all concurrently. Each partition is materialised on its own as soon as it is loaded, with its own
figures, so one bad partition fails the run (naming it) without discarding the good ones, and a retry fetches only
what is missing. Partitions whose final data is already held are materialised too (so a backfill over them shows
done), all of a table's in one write.
"""

import asyncio
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

import dagster as dg
import sqlalchemy.exc

from gsc_assets._dagster_internals import batch_event_writes, log_materializations_in_one_write
from gsc_assets.gsc import ReportSpec
from gsc_assets.partitions import split_key
from gsc_assets.pipeline import PartitionOutcome, SyncObserver, SyncSummary, sync_partitions
from gsc_assets.resources import GscResource, WarehouseResource
from gsc_assets.warehouse import while_the_server_comes_back
from gsc_assets.warehouse.checks import Scope

from ._tables import asset_key, column_schema, describe, table_name, table_spec
from .checks import RECENT_DAYS, daily_check_results, daily_check_specs

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
    check_recent_days: int = RECENT_DAYS
    """Days of loaded partitions a run of the daily checks alone examines (a run that loads examines what it loaded)."""


def report_asset_spec(report: ReportSpec) -> dg.AssetSpec:
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


def per_site_label(site_url: str) -> str:
    return f"rows · {site_url}"


def outcome_metadata(outcome: PartitionOutcome, report: ReportSpec) -> dict[str, object]:
    """One partition's materialisation of one table. Row counts are this table's in this partition; the times are
    the partition's wall times (its requests overlap, so they are not sums), shared by its tables."""
    figures = outcome.figures
    rows = outcome.rows_by_report.get(report.name, 0)
    metadata: dict[str, object] = {
        "dagster/row_count": rows,
        # The Plots tab draws one chart per label over every (date, site) key, so sites zigzag on shared labels;
        # this label exists only on its site's partitions: one chart per site, its days in order.
        per_site_label(outcome.site_url): rows,
        "requests": figures.requests,
        "retries": figures.retries,
        "throttled_429": figures.throttled,
        "fetch_seconds": round(figures.api_seconds, 3),
        "quota_wait_seconds": round(figures.quota_wait_seconds, 3),
        "load_seconds": round(outcome.load_seconds, 3),
        "load_rows_per_second": round(outcome.rows / outcome.load_seconds) if outcome.load_seconds else 0,
        "data_state": outcome.data_state or "final",
        "source": outcome.source,
    }
    if figures.slice_requests:  # the partition was read past Google's 50,000-row cap (all its tables' figures)
        metadata |= {"rows_past_cap": figures.rows_past_cap, "slice_requests": figures.slice_requests,
                     "capped_slices": figures.capped_slices}  # fmt: skip
    exported = sorted(
        pair.partition("/")[2] for pair in figures.exported if pair.partition("/")[0] == table_name(report)
    )
    if exported:  # Google's BigQuery export filled these types of this table (loaded now or from staging)
        metadata["exported_types"] = ", ".join(exported)
    prefix = f"{report.name}/"
    for key, count in sorted(figures.rows_by_type.items()):
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


class Materialisations:
    """Turns each partition's outcome into a materialisation per table.

    Each event is a synchronous write to the instance's storage (milliseconds, a connection each): on the event loop
    they would stall every request in flight, so one thread writes them, in order. Held partitions come all at once
    when the sync starts and carry nothing new: they are written when it ends, one batch per table.
    """

    def __init__(
        self, context: dg.AssetExecutionContext, reports: Sequence[ReportSpec], writer: ThreadPoolExecutor
    ) -> None:
        self._context = context
        self._reports = reports
        self._writer = writer
        self._held: list[PartitionOutcome] = []
        self._writes: list[Future[None]] = []

    def on_outcome(self, outcome: PartitionOutcome) -> None:
        if outcome.source == "held" and outcome.ok:
            self._held.append(outcome)
        else:
            self._write(self._materialise, outcome)

    def on_finished(self, summary: SyncSummary) -> None:
        if self._held:
            self._write(self._materialise_held, list(self._held))

    def wait(self) -> None:
        """Surfaces a failed write, in one line: the rows are loaded (Postgres and the ledger hold them), only
        Dagster's record of them is missing, and the next run of those partitions writes it without a fetch."""
        for write in self._writes:
            try:
                write.result()
            except Exception as exc:
                reason = " ".join(str(exc).split("\n")[0].split())[:300]
                raise dg.Failure(
                    description="the data is loaded, but recording its materialisations in Dagster's storage failed "
                    f"(the next run records them without asking Google): {type(exc).__name__}: {reason}",
                    allow_retries=True,
                ) from exc

    def _write(self, write: Callable[..., None], *args: object) -> None:
        self._writes.append(self._writer.submit(write, *args))

    def _materialise(self, outcome: PartitionOutcome) -> None:
        if not outcome.ok:
            through_a_restart(self._context.log.error, f"{outcome.key}: {outcome.error}")
            return
        through_a_restart(self._context.log.info, f"{outcome.key}: {outcome.rows} rows ({outcome.source})")
        for report in self._reports:
            event = dg.AssetMaterialization(
                asset_key=asset_key(report), partition=outcome.key, metadata=outcome_metadata(outcome, report)
            )
            through_a_restart(self._context.log_event, event)

    def _materialise_held(self, held: list[PartitionOutcome]) -> None:
        message = f"{len(held)} partitions already held final: recorded, one write per table"
        through_a_restart(self._context.log.info, message)
        for report in self._reports:
            events = [
                dg.AssetMaterialization(
                    asset_key=asset_key(report), partition=outcome.key, metadata=outcome_metadata(outcome, report)
                )
                for outcome in held
            ]
            through_a_restart(log_materializations_in_one_write, self._context, events)


def through_a_restart(write: Callable[..., None], *args: object) -> None:
    """One write to Dagster's storage, done again while its database server comes back (a restart, a failover), as
    long as the warehouse's loads wait for it. A write cut off after its event row committed (the asset index update
    failed) is stored twice: a repeated materialisation of the same rows, which is better than none."""
    while_the_server_comes_back(lambda: write(*args), lost=_storage_went_away)


def _storage_went_away(exc: BaseException) -> bool:
    """Whether Dagster's storage failed because its server went away (SQLAlchemy's OperationalError around a DBAPI
    error with no SQLSTATE, or class 08 connection exception, or class 57 shut down), not because of the statement."""
    while exc is not None and not isinstance(exc, sqlalchemy.exc.OperationalError):
        exc = exc.__cause__
    if exc is None:
        return False
    state = getattr(exc.orig, "pgcode", None)  # psycopg2's SQLSTATE; None when the connection broke
    return state is None or str(state)[:2] in ("08", "57")


def build_search_analytics_asset(
    reports: tuple[ReportSpec, ...],
    partitions_def: dg.MultiPartitionsDefinition,
    observers: Sequence[SyncObserver] = (),
) -> dg.AssetsDefinition:
    """`observers` are told of every partition the asset syncs, beside its own materialisations (the `sync`
    command's progress: the asset runs in the command's process)."""
    tables = {report.name: table_spec(report) for report in reports}
    batch_event_writes()  # held partitions: one write per table, not one per partition and table

    @dg.multi_asset(
        name="gsc_search_analytics",
        specs=[report_asset_spec(report) for report in reports],
        check_specs=daily_check_specs(reports),
        partitions_def=partitions_def,
        backfill_policy=dg.BackfillPolicy.single_run(),
        can_subset=True,
        pool=GSC_POOL,
    )
    async def gsc_search_analytics(
        context: dg.AssetExecutionContext,
        config: SyncConfig,
        gsc: GscResource,
        warehouse: WarehouseResource,
    ):
        # A subset (one table, say) asks Google only for the reports its tables need.
        selected = tuple(r for r in reports if asset_key(r) in context.selected_asset_keys)
        summary = None
        scope = None
        if selected:
            partitions = [split_key(key) for key in context.partition_keys]
            names = ", ".join(r.name for r in selected) if len(selected) < len(reports) else "all reports"
            context.log.info(f"syncing {len(partitions)} partitions ({names}): {context.partition_keys[:3]}...")
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gsc-events") as writer:
                materialisations = Materialisations(context, selected, writer)
                with warehouse.staging() as staging:
                    async with warehouse.quota_store() as quota_store:
                        summary = await sync_partitions(
                            partitions=partitions,
                            settings=gsc.settings(),
                            reports=selected,
                            tables={report.name: tables[report.name] for report in selected},
                            open_warehouse=warehouse.warehouse,
                            staging=staging,
                            quota_store=quota_store,
                            run_id=context.run_id,
                            refetch=config.refetch,
                            observers=[materialisations, *observers],
                            export=gsc.export_settings(),
                        )
            materialisations.wait()
            context.log.info(
                f"{len(summary.outcomes)} partitions, {summary.rows} rows, {summary.requests} requests, "
                f"{summary.throttled} throttled, {summary.seconds:.1f} s"
            )
            loaded = [(o.site_url, o.date) for o in summary.outcomes if o.ok and o.source != "held"]
            still_capped = [(o.site_url, o.date) for o in summary.outcomes if o.figures.capped_slices]
            scope = Scope.of(loaded, label="partitions this run loaded", still_capped=still_capped)
            if loaded:  # each table's size after this run, beside the per-partition figures
                names = [table_name(report) for report in selected]
                with warehouse.warehouse() as wh:
                    sizes = await asyncio.to_thread(wh.table_rows, names)
                for report, name in zip(selected, names, strict=True):
                    context.log_event(
                        dg.AssetObservation(asset_key=asset_key(report), metadata={"table_rows": sizes[name]})
                    )
        elif context.has_partition_key or context.has_partition_key_range:  # the checks alone, on chosen partitions
            # Such a run has no partitioned asset, so Dagster leaves its keys to us.
            chosen = partitions_def.get_partition_keys_in_range(
                context.partition_key_range, dynamic_partitions_store=context.instance
            )
            scope = Scope.of((split_key(key) for key in chosen), label="partitions of this run")
        if context.selected_asset_check_keys:
            for result in await asyncio.to_thread(
                daily_check_results,
                warehouse,
                reports,
                context.selected_asset_check_keys,
                scope,
                recent_days=config.check_recent_days,
            ):
                yield result
        if summary is not None and summary.failed:
            raise dg.Failure(description=failure_text(summary.failed, len(summary.outcomes)), allow_retries=True)

    return gsc_search_analytics
