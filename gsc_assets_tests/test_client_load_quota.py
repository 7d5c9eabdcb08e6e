"""The client against Google's load quota (simulated with time-scaled windows): "quota exceeded" while inside the
per-minute budget pauses that site for the short-term window; refused again after the pause, the site stops with a
one-line error saying the daily load quota is spent and when to retry, while the other sites go on."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from pathlib import Path

from gsc_assets.gsc import DEFAULT_REPORTS, ClientSettings, GscClient, GscLoadQuotaError

K = 100.0  # Google's 15-minute pause becomes 9 s; the simulator's 10-minute chunk 6 s, its day 864 s
BUSY = "sc-domain:busy.example"
OTHER = "https://other.example/"


def test_load_quota_pauses_then_stops_one_site_while_others_go_on(sim_factory):
    # One site-day of web page/query/query_page costs 8 units (days x 1 per page or query grouping, 2 for both, every
    # page): the short-term budget breaks the busy site's 6 days first, then the long-term one.
    sim = sim_factory(sites={BUSY: 300, OTHER: 300}, time_scale=K, load_quota_short=20, load_quota_long=30)
    reports = [r for r in DEFAULT_REPORTS if r.name in ("property", "page", "query", "query_page")]
    settings = ClientSettings(api_base_url=sim.base_url, credentials_file=Path(sim.key_path), search_types=("web",),
                              window_s=60.0 / K, backoff_base_s=0.01, backoff_cap_s=0.05)  # fmt: skip
    today = sim.config.today
    busy_days = [today - dt.timedelta(days=5 + i) for i in range(6)]
    partitions = [(BUSY, d) for d in busy_days] + [(OTHER, busy_days[0])]

    async def go():
        async with GscClient(settings) as client:
            return [r async for r in client.fetch(partitions, reports)]

    started = time.monotonic()
    results = asyncio.run(go())
    elapsed = time.monotonic() - started

    other = [r for r in results if r.site_url == OTHER]
    assert other and all(r.error is None for r in other), [str(r.error) for r in other]
    failed = [r for r in results if r.site_url == BUSY and r.error is not None]
    assert failed, "the busy site's load quota never stopped it"
    assert all(isinstance(r.error, GscLoadQuotaError) for r in failed), [repr(r.error) for r in failed]
    message = str(failed[0].error)
    assert "\n" not in message and "daily load quota" in message and "retry after" in message
    assert BUSY in message and not failed[0].error.retryable
    refused = sim.stats()["load_quota"]["refused"]
    assert refused["short"].get(BUSY, 0) >= 1 and refused["long"].get(BUSY, 0) >= 1
    assert OTHER not in refused["short"] and OTHER not in refused["long"]
    assert elapsed >= 15 * 60 / K  # the short-term pause was honoured
    # Once spent, the site's other partitions stopped without asking Google again and again: the refusals are the
    # streak (a quarter of a quota window of them) plus the requests already in flight, not a retry loop that runs
    # to the request deadline (thousands at this time scale).
    assert sum(refused["long"].values()) < 200
