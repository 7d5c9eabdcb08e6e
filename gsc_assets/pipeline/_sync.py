"""Fetch -> stage -> load for a set of (site, date) partitions; the body of the partitioned asset.

Kept free of Dagster so `gsc-assets sync`, the asset and the tests share one code path: the asset passes an observer
that turns each finished partition into a materialisation, and `gsc-assets sync` one that shows progress. Loads run
in worker threads while the client keeps fetching, so the load of one partition overlaps the fetching of others. A
partition that fails is reported and the others carry on; what was staged but not loaded is loaded by the next run
without asking Google again.

Memory is bounded by design, not by the range: the client holds only its open partitions, at most
a few fetched partitions wait for their load (the fetch stops handing over partitions while they do),
a partition's tables are dropped as soon as they are on disk, and the memory freed by each stage and load goes back
to the system. benchmarks/bench_memory.py measures it for 7, 30 and 180 days of a busy site.
"""

from __future__ import annotations

import os

# Arrow's default pool, mimalloc, keeps what a partition freed in per-thread pages, and a sync frees every
# partition's buffers soon after making them, on whichever thread fetched, staged or loaded it: at a busy site's
# peak mimalloc held ~150 MB more than Arrow had allocated, where malloc unmaps large buffers when they are freed
# (bench_memory: peak ~70 MB lower, no slower). Arrow reads the variable once, when pyarrow is imported: so before
# the imports below, which are the first to import it in `gsc-assets sync`. A choice made by the user stands.
_POOL_VARIABLE = "ARROW_DEFAULT_MEMORY_POOL"
os.environ.setdefault(_POOL_VARIABLE, "system")

import asyncio  # noqa: E402
import dataclasses  # noqa: E402
import datetime as dt  # noqa: E402
import time  # noqa: E402
from collections.abc import AsyncIterator, Callable, Mapping, Sequence  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import Protocol  # noqa: E402

import pyarrow as pa  # noqa: E402

from gsc_assets.export import ExportError, ExportReader, ExportSettings, serves  # noqa: E402
from gsc_assets.faults import kill_point  # noqa: E402
from gsc_assets.gsc import ClientSettings, GscClient, PartitionResult, ReportSpec  # noqa: E402
from gsc_assets.warehouse import NothingStaged, Staging, TableSpec, Warehouse, WarehouseError  # noqa: E402

from ._figures import FetchFigures  # noqa: E402
from ._sources import ExportSource, Source, failed_results  # noqa: E402

# Two loads at once. Partitions finish their fetch about together near its end (each day is a chain of pages, each
# page waiting for the one before), so the loads come after it: one at a time, a 14-day `query_page` job spent
# 0.25-0.3 s a partition; two at once (each its own Postgres backend, on the cores the fetch no longer uses) took
# it from 6.9-7.6 s to 6.5-6.6 s (benchmarks/NOTES.md). A busy site's sync, bound by the quota, is the same
# either way. Each load in flight holds its partition's tables, typed copies and encoded chunks (~30 MB for
# 100,000 rows): peak RSS 436 / 477 MB for 30 / 180 busy days, within the noise of one load (451 / 471).
MAX_CONCURRENT_LOADS = 2
# Fetched partitions not yet loaded (staged, waiting for or in their load) are at most the loads at once plus this.
# Past it the fetch loop stops taking results, the client's hand-over queue fills and it opens no new partition:
# back-pressure from loads to fetches, so a slow warehouse bounds memory (and staging disk) instead of letting
# partitions pile up.
PENDING_BEYOND_LOADS = 2

Partition = tuple[str, dt.date]


@dataclass(slots=True, kw_only=True)
class PartitionOutcome:
    """What happened to one (site, date): `source` is api, export (the BigQuery export filled some of its tables),
    staging (loaded without a fetch) or held (skipped)."""

    site_url: str
    date: dt.date
    source: str
    data_state: str | None = None
    error: str | None = None
    rows_by_report: dict[str, int] = field(default_factory=dict)
    figures: FetchFigures = field(default_factory=FetchFigures)
    load_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def rows(self) -> int:
        return sum(self.rows_by_report.values())

    @property
    def key(self) -> str:
        return f"{self.date.isoformat()}|{self.site_url}"


@dataclass(slots=True, kw_only=True)
class SyncSummary:
    outcomes: list[PartitionOutcome]
    seconds: float
    fetch_seconds: float = 0.0

    @property
    def failed(self) -> list[PartitionOutcome]:
        return [o for o in self.outcomes if not o.ok]

    @property
    def rows(self) -> int:
        return sum(o.rows for o in self.outcomes)

    @property
    def requests(self) -> int:
        return sum(o.figures.requests for o in self.outcomes)

    @property
    def throttled(self) -> int:
        return sum(o.figures.throttled for o in self.outcomes)

    @property
    def retries(self) -> int:
        return sum(o.figures.retries for o in self.outcomes)


class SyncObserver(Protocol):
    """Told of each partition as it ends (from the sync's event loop: hand slow work to a thread) and of the
    summary once every partition has ended."""

    def on_outcome(self, outcome: PartitionOutcome) -> None: ...

    def on_finished(self, summary: SyncSummary) -> None: ...


async def sync_partitions(
    *,
    partitions: Sequence[Partition],
    settings: ClientSettings,
    reports: Sequence[ReportSpec],
    tables: Mapping[str, TableSpec],
    open_warehouse: Callable[[], Warehouse],
    staging: Staging,
    quota_store: object | None,
    run_id: str,
    refetch: bool = False,
    concurrent_loads: int = MAX_CONCURRENT_LOADS,
    observers: Sequence[SyncObserver] = (),
    export: ExportSettings | None = None,
) -> SyncSummary:
    """Bring every partition's tables up to date; never raises for a bad partition (see `SyncSummary.failed`).

    An answer with no row in any table for a partition whose rows are held is refused (the partition fails, its rows
    stay): for a day past what Google keeps (16 months; ten days of hours) it may answer nothing, and loading that
    would replace the stored rows with none. Where the export filled part of a partition, each source's part is
    judged alone: the API's part of a day past 16 months is empty while the export's is not.

    `tables` names the table each report loads into (by report name): the mapping belongs to the caller, so this
    layer needs neither Dagster nor the asset definitions. `open_warehouse` gives one Warehouse for each of the
    `concurrent_loads` loads at once (a Warehouse serialises its own calls). With `export`, the days an exporting
    site's BigQuery export holds are read from it (see `ExportSource`), the others from the API.
    """
    started = time.perf_counter()
    _use_system_allocator()
    missing = [report.name for report in reports if report.name not in tables]
    if missing:
        raise ValueError(f"no table given for report(s) {', '.join(missing)}")
    specs = {report.name: tables[report.name] for report in reports}
    reader = ExportReader(export) if export is not None else None  # makes no BigQuery client until it reads
    warehouses: asyncio.Queue[Warehouse] = asyncio.Queue()
    for _ in range(concurrent_loads):
        warehouses.put_nowait(open_warehouse())
    try:
        return await _sync(
            partitions=partitions,
            settings=settings,
            reports=reports,
            specs=specs,
            warehouses=warehouses,
            staging=staging,
            quota_store=quota_store,
            run_id=run_id,
            refetch=refetch,
            observers=observers,
            started=started,
            export=reader,
            concurrent_loads=concurrent_loads,
        )
    finally:
        while not warehouses.empty():
            warehouses.get_nowait().close()
        if reader is not None:
            reader.close()


async def _sync(
    *,
    partitions: Sequence[Partition],
    settings: ClientSettings,
    reports: Sequence[ReportSpec],
    specs: dict[str, TableSpec],
    warehouses: asyncio.Queue[Warehouse],
    staging: Staging,
    quota_store: object | None,
    run_id: str,
    refetch: bool,
    observers: Sequence[SyncObserver],
    started: float,
    export: ExportReader | None,
    concurrent_loads: int,
) -> SyncSummary:
    wanted = sorted(set(partitions), key=lambda p: (p[0], p[1]))
    outcomes: list[PartitionOutcome] = []

    def record(outcome: PartitionOutcome) -> None:
        outcomes.append(outcome)
        for observer in observers:
            observer.on_outcome(outcome)

    held: dict[Partition, str] = {}
    stored: dict[Partition, dict[tuple[str, str], int]] = {}
    warehouse = await warehouses.get()
    try:
        await asyncio.to_thread(warehouse.migrate, list(specs.values()))
        if wanted:
            span = (sorted({site for site, _ in wanted}), min(day for _, day in wanted), max(day for _, day in wanted))
            stored = await asyncio.to_thread(warehouse.partition_rows, list(specs.values()), *span)
            if not refetch:
                held = await asyncio.to_thread(warehouse.loaded_partitions, *span, tables=list(specs.values()))
                if export is not None and held and any(serves(report) for report in reports):
                    again = await _published_since_loaded(export, warehouse, list(specs.values()), *span)
                    held = {partition: state for partition, state in held.items() if partition not in again}
    finally:
        warehouses.put_nowait(warehouse)
    loads: list[asyncio.Task[None]] = []
    report_of = {spec.name: name for name, spec in specs.items()}
    names = set(report_of)
    staged = set(await asyncio.to_thread(_staged_with, staging, set(wanted), names))

    async def load(outcome: PartitionOutcome, pending: asyncio.Semaphore | None = None) -> None:
        warehouse = await warehouses.get()
        try:
            began = time.perf_counter()
            try:
                rows, staged_at, whole = await asyncio.to_thread(
                    _load_staged, staging, warehouse, outcome, names, run_id
                )
                kill_point("after_commit")  # in Postgres, staged still, not yet a Dagster materialisation
                if whole:  # a run of fewer tables leaves the others staged for the run that loads them
                    await asyncio.to_thread(staging.discard, outcome.site_url, outcome.date, staged_at=staged_at)
                outcome.rows_by_report = {report_of[name]: count for name, count in rows.items()}
            except NothingStaged as exc:
                # Listed as staged when this run began, gone now: another run over the same partition loaded it
                # from the same landing files and discarded them. Held if the ledger has every table, else failed.
                state = await asyncio.to_thread(_held_state, warehouse, outcome, list(specs.values()))
                if state is None:
                    outcome.error = f"load failed: {_one_line(exc)}"
                else:
                    outcome.source, outcome.data_state = "held", state
            except Exception as exc:  # any failure keeps the landing files: reported, loaded by the next run
                outcome.error = f"load failed: {_one_line(exc)}"
            outcome.load_seconds = time.perf_counter() - began
        finally:
            warehouses.put_nowait(warehouse)
            if pending is not None:
                pending.release()
        record(outcome)

    to_fetch: list[Partition] = []
    for site, day in wanted:
        if (site, day) in staged:
            loads.append(asyncio.create_task(load(PartitionOutcome(site_url=site, date=day, source="staging"))))
        elif held.get((site, day)) == "final":
            record(PartitionOutcome(site_url=site, date=day, source="held", data_state="final"))
        else:
            to_fetch.append((site, day))

    fetch_seconds = 0.0
    if to_fetch:
        fetch_started = time.perf_counter()
        pending = asyncio.Semaphore(concurrent_loads + PENDING_BEYOND_LOADS)
        async with GscClient(settings, quota_store=quota_store) as client:  # type: ignore[arg-type]
            unreadable = await client.unreadable_sites(site for site, _ in to_fetch)
            for site, day in to_fetch:
                if site in unreadable:
                    record(PartitionOutcome(site_url=site, date=day, source="api", error=unreadable[site]))
            to_fetch = [(site, day) for site, day in to_fetch if site not in unreadable]
            async for result, filled in _fetch_results(client, export, to_fetch, reports, settings.search_types):
                outcome = _outcome_from_fetch(result)
                if filled:
                    outcome.source = "export"
                    outcome.figures = dataclasses.replace(
                        outcome.figures, exported=tuple(f"{specs[r].name}/{t}" for r, t in filled)
                    )
                if outcome.error is None:
                    held_rows = stored.get((result.site_url, result.date), {})
                    exported = {(specs[r].name, t) for r, t in filled}
                    pairs = (key.partition("/") for key in outcome.figures.rows_by_type)  # "<report>/<search type>"
                    answered = {(specs[report].name, search_type) for report, _, search_type in pairs}
                    outcome.error = _empty_answer_refusal(result.date, held_rows, exported, answered)
                if outcome.error is not None:
                    record(outcome)
                    continue
                by_spec = {specs[name]: table for name, table in result.tables.items() if name in specs}
                # Taken before staging and given back when the load ends: while that many partitions wait
                # for the warehouse, this loop (and through its queue, the client) waits too.
                await pending.acquire()
                try:
                    await asyncio.to_thread(
                        _stage, staging, result.site_url, result.date, by_spec, result.data_state, outcome.figures
                    )
                except Exception as exc:  # the partition fails alone; the others carry on
                    pending.release()
                    outcome.error = f"staging failed: {_one_line(exc)}"
                    record(outcome)
                    continue
                finally:
                    # On disk now: the rows must not stay alive while the loop waits for the next partition.
                    del result, by_spec
                kill_point("after_staging")
                loads.append(asyncio.create_task(load(outcome, pending)))
        fetch_seconds = time.perf_counter() - fetch_started
    if loads:
        await asyncio.gather(*loads)
    outcomes.sort(key=lambda o: (o.site_url, o.date))
    summary = SyncSummary(outcomes=outcomes, seconds=time.perf_counter() - started, fetch_seconds=fetch_seconds)
    for observer in observers:
        observer.on_finished(summary)
    return summary


async def _published_since_loaded(
    reader: ExportReader, warehouse: Warehouse, tables: list[TableSpec], sites: list[str], start: dt.date, end: dt.date
) -> set[Partition]:
    """Loaded partitions of exporting sites whose day Google's export published after we loaded it: a revised day
    (exported again), or a day loaded from the API before the export had it. They are read from the export again."""
    exporting = [site for site in sites if reader.settings.dataset_for(site) is not None]
    if not exporting:
        return set()
    loaded = await asyncio.to_thread(warehouse.loaded_at, tables, exporting, start, end)
    again: set[Partition] = set()
    for site in exporting:
        try:
            published = await asyncio.to_thread(reader.exported, site, start, end)
        except ExportError:
            continue  # unknown: the held days stay held; the claim asks again and fails what it must fetch
        for day, when in published.items():
            at = loaded.get((site, day))
            if when is not None and at is not None and when > at:
                again.add((site, day))
    return again


def _empty_answer_refusal(
    date: dt.date,
    held: Mapping[tuple[str, str], int],
    exported: set[tuple[str, str]],
    answered: set[tuple[str, str]],
) -> str | None:
    """Why the answer must not replace what is held, or None: a source (the export for its (table, search type)
    pairs, the API for the others) that answered no row where rows of its part are stored. `answered` holds the
    (table, search type) pairs with rows (the fetch figures counted them)."""
    for source, in_part in (("The export", True), ("Google", False)):
        stored_rows = sum(rows for pair, rows in held.items() if (pair in exported) == in_part)
        if stored_rows and not any((pair in exported) == in_part for pair in answered):
            return f"{source} answered no rows for {date}, for which {stored_rows} are stored (past what it keeps?): they are kept"  # noqa: E501
    return None


async def _fetch_results(
    client: GscClient,
    export: ExportReader | None,
    partitions: list[Partition],
    reports: Sequence[ReportSpec],
    search_types: Sequence[str],
) -> AsyncIterator[tuple[PartitionResult, tuple[tuple[str, str], ...]]]:
    """Every partition's result from its source, with the (report, search type) pairs the export filled in it:
    first the API's partitions, then the export's (each merged with the API's answer for what it lacks)."""
    api: Source = client
    if export is None:
        async for result in api.fetch(partitions, reports):
            yield result, ()
        return
    source = ExportSource(export, api, search_types)
    claim = await source.claim(partitions, reports)
    taken = set(claim.partitions) | set(claim.failed)
    rest = [p for p in partitions if p not in taken]
    if rest:
        async for result in api.fetch(rest, reports):
            yield result, ()
    async for result in failed_results(claim.failed):
        yield result, ()
    if claim.partitions:
        async for result in source.fetch(claim.partitions, reports):
            yield result, claim.filled if result.ok else ()


def _stage(
    staging: Staging,
    site_url: str,
    date: dt.date,
    tables: dict[TableSpec, pa.Table],
    data_state: str,
    figures: FetchFigures,
) -> None:
    try:
        staging.stage(site_url, date, tables, data_state, figures.to_manifest())
    finally:
        _return_freed_memory()


def _staged_with(staging: Staging, wanted: set[Partition], names: set[str]) -> list[Partition]:
    """Wanted partitions staged with every table in `names`: those load without a fetch. One staged with fewer
    (by a run of fewer tables whose load failed) is fetched again, and its new staging replaces the old."""
    return [p for p in staging.pending() if p in wanted and names <= staging.staged_tables(*p)]


def _held_state(warehouse: Warehouse, outcome: PartitionOutcome, specs: list[TableSpec]) -> str | None:
    """The partition's data_state if the ledger holds every one of `specs` for it, else None."""
    held = warehouse.loaded_partitions([outcome.site_url], outcome.date, outcome.date, tables=specs)
    return held.get((outcome.site_url, outcome.date))


def _load_staged(
    staging: Staging, warehouse: Warehouse, outcome: PartitionOutcome, names: set[str], run_id: str
) -> tuple[dict[str, int], str, bool]:
    """Read one staged partition and load its tables in `names` (in a worker thread); rows per table, when it was
    staged, and whether that was every staged table (only then may the staged partition go).

    The tables live only inside this call, so they are freed (and handed back to the system) as soon as the load
    ends, not when the coroutine that awaited it is done with the outcome.
    """
    try:
        landed = staging.read(outcome.site_url, outcome.date)
        outcome.data_state = landed.data_state
        if outcome.source == "staging":  # fetched by an earlier run: its figures travel in the manifest
            outcome.figures = FetchFigures.from_manifest(landed.figures)
        tables = {spec: table for spec, table in landed.tables.items() if spec.name in names}
        warehouse.load_partition(
            outcome.site_url,
            outcome.date,
            tables,
            data_state=landed.data_state,
            run_id=run_id,
            figures=outcome.figures.to_ledger(source=outcome.source),
        )
        rows = {spec.name: table.num_rows for spec, table in tables.items()}
        staged_at = landed.staged_at
        whole = len(tables) == len(landed.tables)
        del landed, tables
    finally:
        _return_freed_memory()
    return rows, staged_at, whole


def _use_system_allocator() -> None:
    """Arrow buffers from here on come from malloc, where ARROW_DEFAULT_MEMORY_POOL (see the top) came too late.

    That is a process that imported pyarrow before this module (a test run, a Dagster code location that loaded
    other modules first): pyarrow's own calls then switch, while Arrow's C++ internals (Acero, Parquet's I/O) keep
    the pool they started with. Buffers allocated before keep their pool and are freed into it.
    """
    if os.environ.get(_POOL_VARIABLE) == "system" and pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


def _return_freed_memory() -> None:
    """Hand what a stage or load freed back to the system, so the next partition starts from the same floor.

    With malloc as Arrow's pool this is malloc_trim (glibc keeps freed memory in its per-thread heaps, and stages
    and loads run on whichever worker thread is free); with mimalloc it collects freed pages. Well under a
    millisecond, once per partition.
    """
    pa.default_memory_pool().release_unused()


def _outcome_from_fetch(result: PartitionResult) -> PartitionOutcome:
    stats = result.stats
    outcome = PartitionOutcome(site_url=result.site_url, date=result.date, source="api", data_state=result.data_state)
    rows_by_type: dict[str, int] = {}
    if result.error is not None:
        outcome.error = str(result.error)
    else:
        for name, table in result.tables.items():
            outcome.rows_by_report[name] = table.num_rows
            if table.num_rows:
                for search_type, count in _count_by_type(table).items():
                    rows_by_type[f"{name}/{search_type}"] = count
    outcome.figures = FetchFigures(
        requests=stats.requests,
        retries=stats.retries,
        throttled=stats.throttled,
        api_seconds=stats.wall_s(),
        quota_wait_seconds=stats.quota_wait_wall_s(),
        search_types=tuple(result.search_types),
        rows_by_type=rows_by_type,
        rows_past_cap=stats.rows_past_cap,
        slice_requests=stats.slice_requests,
        capped_slices=stats.capped_slices,
    )
    return outcome


def _count_by_type(table) -> dict[str, int]:  # type: ignore[no-untyped-def]
    counts = table.group_by("search_type").aggregate([([], "count_all")])
    return dict(zip(counts["search_type"].to_pylist(), counts["count_all"].to_pylist(), strict=True))


def _one_line(exc: BaseException) -> str:
    """Our own errors already read as one line; anything else is named by its class."""
    first = (str(exc).strip().splitlines() or [""])[0]
    return first if isinstance(exc, WarehouseError) else f"{type(exc).__name__}: {first}"


__all__ = ["PartitionOutcome", "SyncObserver", "SyncSummary", "sync_partitions"]
