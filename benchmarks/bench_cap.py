"""Past Google's 50,000-row cap (issue #13): a busy site (150,000 finest-grain rows a day), several final days of web
search, the three detail reports (page, query, query x page), fetched by the real client from the simulator with
slicing off (what every published connector stores) and on (the default). For each report: rows and impressions
stored against the simulator's uncapped answer (anonymised queries excluded, as Google excludes them), and the
requests each setting took.

    .venv/bin/python -m benchmarks.bench_cap [--quick]
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

import pyarrow.compute as pc

from gsc_assets.gsc import ClientSettings, GscClient, load_reports
from gsc_assets.simulator import SimConfig, SimulatorServer

SITE = "sc-domain:busy.example"
ROWS_PER_DAY = 150_000
TODAY = dt.date(2026, 11, 20)
K = 20.0  # requests are what is counted here, not quota time
REPORTS = ("page", "query", "query_page")


def _fetch(sim: SimulatorServer, days: list[dt.date], slice_capped: bool) -> dict[str, Any]:
    settings = ClientSettings(api_base_url=sim.base_url, credentials_file=Path(sim.key_path), search_types=("web",),
                              window_s=60.0 / K, slice_capped=slice_capped)  # fmt: skip
    specs = load_reports(names=list(REPORTS))
    stored: dict[str, dict[str, int]] = {r: {"rows": 0, "impressions": 0} for r in REPORTS}
    figures = {"requests": 0, "slice_requests": 0, "rows_past_cap": 0, "capped_slices": 0}

    async def go() -> None:
        async with GscClient(settings) as client:
            async for result in client.fetch([(SITE, day) for day in days], specs):
                if result.error is not None:
                    raise RuntimeError(str(result.error))
                for name in REPORTS:
                    table = result.tables[name]
                    stored[name]["rows"] += table.num_rows
                    stored[name]["impressions"] += int(pc.sum(table["impressions"]).as_py() or 0)
                for key in figures:
                    figures[key] += getattr(result.stats, key)

    began = time.perf_counter()
    asyncio.run(go())
    return {"stored": stored, **figures, "seconds": round(time.perf_counter() - began, 1)}


def run(quick: bool = False) -> dict[str, Any]:
    days = [TODAY - dt.timedelta(days=n) for n in range(5, 5 + (1 if quick else 3))]
    config = SimConfig(sites={SITE: ROWS_PER_DAY}, today=TODAY, seed=5, time_scale=K)
    with tempfile.TemporaryDirectory() as workdir, SimulatorServer(config, workdir=Path(workdir)) as sim:
        dims = {"page": "page,country,device", "query": "query,country,device",
                "query_page": "query,page,country,device"}  # fmt: skip
        truth: dict[str, dict[str, int]] = {}
        for name in REPORTS:
            answers = [sim.truth(site=SITE, date=day.isoformat(), type="web", dimensions=dims[name],
                                 dataState="final", summary=1, uncapped=1,
                                 aggregationType="byPage" if name == "page" else None) for day in days]  # fmt: skip
            truth[name] = {
                "rows": sum(a["rows"] for a in answers),
                "impressions": sum(a["impressions"] for a in answers),
            }
        results: dict[str, Any] = {"site_rows_per_day": ROWS_PER_DAY, "days": len(days), "uncapped_truth": truth}
        for label, on in (("capped", False), ("sliced", True)):
            sim.reset()
            got = _fetch(sim, days, on)
            got["recall"] = {
                name: {key: round(got["stored"][name][key] / truth[name][key], 4) for key in ("rows", "impressions")}
                for name in REPORTS
            }
            results[label] = got
        return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(quick=parser.parse_args().quick), indent=2))
