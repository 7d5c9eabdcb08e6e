"""What Google's rules cost in requests: requests per site-day of the default plan (all six search types, all five
default reports), split by what they are for, for a busy and a small site over 1, 7 and 30-day runs.

Counts, not timings: they do not depend on the machine. "Empty last pages" are the requests that only confirm an
answer has ended (Google's guide pages until a response with 0 rows); the "appearance" requests are Google's
two-step plan for searchAppearance, which must be the only grouping dimension.

    .venv/bin/python -m benchmarks.bench_requests     # prints the figures as JSON
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

import httpx

from gsc_assets.gsc import ClientSettings, GscClient
from gsc_assets.simulator import SimConfig, SimulatorServer

TODAY = dt.date(2026, 11, 20)
SITES = {"sc-domain:busy.example": 2_000, "https://small.example/": 50}
# Every report for every type Google accepts, every day, each answer paged to its empty end.
NAIVE_PER_SITE_DAY = 2 * (6 + 6 + 6 + 4 + 4)


def _kind(body: dict[str, Any]) -> str:
    dims = body["dimensions"]
    filters = [f["dimension"] for g in body.get("dimensionFilterGroups", []) for f in g["filters"]]
    if dims == ["searchAppearance"] or "searchAppearance" in filters:
        return "appearance"
    return "probe" if dims == ["date"] else "detail"


async def _count(settings: ClientSettings, site: str, days: list[dt.date]) -> dict[str, Any]:
    by_kind: dict[str, int] = {}
    empty_last_pages = 0
    rows = 0

    async def on_response(response: httpx.Response) -> None:
        nonlocal empty_last_pages
        await response.aread()
        body = json.loads(response.request.content)
        kind = _kind(body)
        by_kind[kind] = by_kind.get(kind, 0) + 1
        if body["startRow"] > 0 and not response.json().get("rows"):
            empty_last_pages += 1

    async with GscClient(settings) as client:
        client._http.event_hooks = {"request": [], "response": [on_response]}  # type: ignore[union-attr]
        async for result in client.fetch([(site, d) for d in days]):
            if result.error is not None:
                raise result.error
            rows += sum(t.num_rows for t in result.tables.values())
    total = sum(by_kind.values())
    return {
        "requests": total,
        "requests_per_site_day": round(total / len(days), 2),
        "by_kind": by_kind,
        "empty_last_pages": empty_last_pages,
        "requests_per_site_day_without_empty_last_pages": round((total - empty_last_pages) / len(days), 2),
        "rows": rows,
    }


def run(quick: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {"naive_requests_per_site_day": NAIVE_PER_SITE_DAY}
    lengths = (1, 7) if quick else (1, 7, 30)
    with tempfile.TemporaryDirectory() as tmp:
        config = SimConfig(sites=dict(SITES), today=TODAY, seed=7)
        with SimulatorServer(config, workdir=Path(tmp)) as sim:
            settings = ClientSettings(api_base_url=sim.base_url, credentials_file=Path(sim.key_path))
            for site, rows_per_day in SITES.items():
                for n in lengths:
                    days = [TODAY - dt.timedelta(days=5 + i) for i in range(n)][::-1]
                    label = f"{'busy' if rows_per_day > 100 else 'small'}_{n}d"
                    out[label] = asyncio.run(_count(settings, site, days))
    return out


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
