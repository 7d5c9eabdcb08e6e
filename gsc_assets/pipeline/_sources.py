"""Where a partition's rows come from: the `Source` seam, with the API (`GscClient`) and Google's BigQuery bulk
export (`ExportSource`) as its two implementations.

The export has no row cap, so for the days it holds it stands in for the API's detail reports; the reports and
search types it cannot give (search appearance, custom reports, Discover and Google News) still come from the API
for the same partition, and the two answers are merged into one result before staging, so a partition stays one
atomic load.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator, Sequence
from typing import Protocol

import pyarrow as pa

from gsc_assets.export import EXPORT_SEARCH_TYPES, ExportError, ExportReader, serves
from gsc_assets.gsc import FetchStats, GscError, PartitionResult, ReportSpec

Partition = tuple[str, dt.date]
#: Export reads running at once (each a partition's few BigQuery jobs, in a worker thread).
READS_IN_FLIGHT = 3


class Source(Protocol):
    """Yields one PartitionResult per partition given, each as soon as it is complete (any order); a partition
    that fails carries its error and the others carry on."""

    def fetch(
        self, partitions: Sequence[Partition], reports: Sequence[ReportSpec]
    ) -> AsyncIterator[PartitionResult]: ...


@dataclasses.dataclass(frozen=True, slots=True)
class ExportClaim:
    """The partitions the export fills, those it must fail (its dataset is another site's), and what it gives."""

    partitions: tuple[Partition, ...]
    failed: dict[Partition, str]
    #: (report name, search type) pairs the export fills for each claimed partition.
    filled: tuple[tuple[str, str], ...]


class ExportSource:
    """The export for the days its ExportLog lists, the API (`fallback`) for whatever the export cannot give."""

    def __init__(self, reader: ExportReader, fallback: Source, search_types: Sequence[str]) -> None:
        self.reader = reader
        self.fallback = fallback
        self.search_types = tuple(search_types)

    def filled(self, reports: Sequence[ReportSpec]) -> tuple[tuple[str, str], ...]:
        return tuple(
            (report.name, search_type)
            for report in reports
            if serves(report)
            for search_type in report.types_for(self.search_types)
            if search_type in EXPORT_SEARCH_TYPES
        )

    async def claim(self, partitions: Sequence[Partition], reports: Sequence[ReportSpec]) -> ExportClaim:
        """Which of `partitions` the export fills: those of exporting sites on days both its tables were exported."""
        filled = self.filled(reports)
        by_site: dict[str, list[dt.date]] = {}
        for site, day in partitions:
            if filled and self.reader.settings.dataset_for(site) is not None:
                by_site.setdefault(site, []).append(day)
        claimed: list[Partition] = []
        failed: dict[Partition, str] = {}
        for site, days in by_site.items():
            try:
                exported = await asyncio.to_thread(self.reader.exported, site, min(days), max(days))
                mine = sorted(day for day in days if day in exported)
                if mine:
                    await asyncio.to_thread(self.reader.check_dataset, site, mine[-1])
            except ExportError as exc:  # the site's export is unusable: its partitions fail, by name, unfetched
                failed.update({(site, day): str(exc) for day in days})
                continue
            claimed += [(site, day) for day in mine]
        return ExportClaim(tuple(claimed), failed, filled)

    def remainder(self, reports: Sequence[ReportSpec]) -> tuple[ReportSpec, ...]:
        """What the API still fetches for a claimed partition: every report the export does not serve, and the
        search types it does not give of those it serves."""
        rest: list[ReportSpec] = []
        for report in reports:
            if not serves(report):
                rest.append(report)
                continue
            types = tuple(t for t in report.types_for(self.search_types) if t not in EXPORT_SEARCH_TYPES)
            if types:
                rest.append(dataclasses.replace(report, search_types=types))
        return tuple(rest)

    async def fetch(
        self, partitions: Sequence[Partition], reports: Sequence[ReportSpec]
    ) -> AsyncIterator[PartitionResult]:
        """Each partition's export read, merged with the API's answer for the rest: up to READS_IN_FLIGHT reads at
        once (a BigQuery job takes a second or more whatever its size, so one at a time would leave a long
        backfill waiting on job latency; more at once would hold more partitions' rows in memory)."""
        exported = [report for report in reports if serves(report)]
        reading: set[asyncio.Task[PartitionResult]] = set()
        try:
            async for base in self._api_parts(partitions, self.remainder(reports)):
                if not base.ok:
                    yield base
                    continue
                reading.add(asyncio.create_task(asyncio.to_thread(self._merged, base, exported)))
                while len(reading) >= READS_IN_FLIGHT:
                    done, reading = await asyncio.wait(reading, return_when=asyncio.FIRST_COMPLETED)
                    for task in done:
                        yield task.result()
            while reading:
                done, reading = await asyncio.wait(reading, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    yield task.result()
        finally:
            for task in reading:
                task.cancel()

    async def _api_parts(
        self, partitions: Sequence[Partition], rest: Sequence[ReportSpec]
    ) -> AsyncIterator[PartitionResult]:
        """The API's answer for what the export cannot give, or an empty final result where that is nothing."""
        if rest:
            async for result in self.fallback.fetch(partitions, rest):
                yield result
            return
        for site, day in partitions:
            yield PartitionResult(site_url=site, date=day, tables={}, data_state="final", stats=FetchStats())

    def _merged(self, result: PartitionResult, exported: Sequence[ReportSpec]) -> PartitionResult:
        """The API's result with the export's tables added (a report both gave: the two sets of search types).
        Export days are final; a partition is as final as the API's part of it."""
        try:
            tables = self.reader.read(result.site_url, result.date, exported, self.search_types)
        except GscError as exc:
            return dataclasses.replace(result, tables={}, error=exc)
        merged = dict(result.tables)
        for name, table in tables.items():
            merged[name] = pa.concat_tables([table, merged[name]]) if name in merged else table
        types = set(result.search_types)
        for table in tables.values():
            types.update(table.column("search_type").unique().to_pylist())
        return dataclasses.replace(result, tables=merged, search_types=tuple(sorted(types)))


async def failed_results(failed: dict[Partition, str]) -> AsyncIterator[PartitionResult]:
    for (site, day), message in failed.items():
        yield PartitionResult(
            site_url=site, date=day, tables={}, data_state="final", stats=FetchStats(), error=ExportError(message)
        )
