"""Google's BigQuery bulk export against the API (issue #13): a busy site (150,000 finest-grain rows a day), several
final days of web search, every default report, synced into Postgres by the pipeline twice on one database: from the
API at Google's real quota (slicing on, the default) and from the export (a local BigQuery emulator seeded with the
simulator's data in Google's schema; the API still gives search appearance). For each: wall time, API requests,
BigQuery queries, and the rows and impressions stored per detail table against the simulator's uncapped answer.

The export side runs against bqemulator (DuckDB on this machine), not BigQuery: its query times say nothing about
BigQuery's (a job there takes about a second or more, whatever its size), only the API side's are like Google's.

    .venv/bin/python -m benchmarks.bench_export [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg

from benchmarks.bench_sync import _database, _drop, server_url
from gsc_assets.assets._tables import table_spec
from gsc_assets.export import ExportSettings
from gsc_assets.gsc import DEFAULT_REPORTS, ClientSettings
from gsc_assets.pipeline import sync_partitions
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets.warehouse import Staging, Warehouse
from gsc_assets_tests.bq_emulator import BigQueryEmulator

SITE = "sc-domain:busy.example"
ROWS_PER_DAY = 150_000
TODAY = dt.date(2026, 11, 20)
DETAIL = {"page": "page,country,device", "query": "query,country,device", "query_page": "query,page,country,device"}


def _sync(url: str, sim: SimulatorServer, days: list[dt.date], staging: Path, export: ExportSettings | None) -> dict:
    settings = ClientSettings(api_base_url=sim.base_url, credentials_file=Path(sim.key_path), search_types=("web",))
    sim.reset()
    began = time.perf_counter()
    with Staging(staging) as stage:
        summary = asyncio.run(
            sync_partitions(
                partitions=[(SITE, day) for day in days],
                settings=settings,
                reports=DEFAULT_REPORTS,
                tables={report.name: table_spec(report) for report in DEFAULT_REPORTS},
                open_warehouse=lambda: Warehouse(url),
                staging=stage,
                quota_store=None,
                run_id="bench-export",
                refetch=True,
                export=export,
            )
        )
    seconds = time.perf_counter() - began
    if summary.failed:
        raise RuntimeError(summary.failed[0].error)
    stored: dict[str, dict[str, int]] = {}
    with psycopg.connect(url) as conn:
        for name in DETAIL:
            rows, impressions = conn.execute(
                f"SELECT count(*), coalesce(sum(impressions), 0) FROM gsc.{name}_daily WHERE site_url = %s",  # noqa: S608
                [SITE],
            ).fetchone()
            stored[name] = {"rows": int(rows), "impressions": int(impressions)}
    return {
        "seconds": round(seconds, 1),
        "api_requests": sim.stats()["requests"],
        "sources": sorted({o.source for o in summary.outcomes}),
        "stored": stored,
    }


def run(quick: bool = False) -> dict[str, Any]:
    days = [TODAY - dt.timedelta(days=n) for n in range(5, 5 + (1 if quick else 3))]
    config = SimConfig(sites={SITE: ROWS_PER_DAY}, today=TODAY, seed=5)
    pg_server = server_url()
    url, name = _database(pg_server)
    try:
        with (
            tempfile.TemporaryDirectory() as workdir,
            SimulatorServer(config, workdir=Path(workdir) / "sim") as sim,
            BigQueryEmulator(Path(workdir) / "bq.log") as bq,
        ):
            truth = {
                report: {
                    key: sum(
                        sim.truth(
                            site=SITE,
                            date=day.isoformat(),
                            type="web",
                            dimensions=dims,
                            summary=1,
                            uncapped=1,
                            aggregationType="byPage" if report == "page" else None,
                        )[key]  # fmt: skip
                        for day in days
                    )
                    for key in ("rows", "impressions")
                }
                for report, dims in DETAIL.items()
            }
            seeding = time.perf_counter()
            dataset = bq.create_export_dataset("searchconsole_busy")
            written = bq.export_days(dataset, sim.truth, SITE, days, search_types=["web"])
            seeded = time.perf_counter() - seeding
            api = _sync(url, sim, days, Path(workdir) / "staging-api", None)
            export = ExportSettings(datasets={SITE: dataset}, endpoint=bq.endpoint)
            from_export = _sync(url, sim, days, Path(workdir) / "staging-export", export)
            for got in (api, from_export):
                got["recall"] = {
                    report: {k: round(got["stored"][report][k] / truth[report][k], 4) for k in ("rows", "impressions")}
                    for report in DETAIL
                }
            return {
                "site_rows_per_day": ROWS_PER_DAY,
                "days": len(days),
                "uncapped_truth": truth,
                "export_rows_seeded": written,
                "export_seeding_seconds": round(seeded, 1),
                "api": api,
                "export": from_export,
                "api_requests_export_vs_api": round(from_export["api_requests"] / max(api["api_requests"], 1), 3),
            }
    finally:
        _drop(pg_server, name)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(quick=parser.parse_args().quick), indent=2))
