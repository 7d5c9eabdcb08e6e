"""Quota at a time-scaled simulator (K=20: 60-second windows last 3 s, same per-window limits): the client keeps
every window under the quota, almost never sees a 429, and still uses most of the budget."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from gsc_assets.gsc import GscClient, InMemoryQuotaStore
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets_tests.test_client import client_settings

K = 20.0
QPM = 60
SITES = {"sc-domain:example.com": 600, "https://www.example.org/": 300}


@pytest.fixture(scope="module")
def quota_sim(tmp_path_factory):
    config = SimConfig(sites=SITES, time_scale=K, qpm_per_site=QPM, qpm_per_user=QPM, latency_ms=100)
    with SimulatorServer(config, workdir=tmp_path_factory.mktemp("sim-quota")) as server:
        yield server


def days(n: int) -> list[dt.date]:
    today = dt.datetime.now(dt.UTC).date()
    return [today - dt.timedelta(days=5 + i) for i in range(n)]


def settings(sim, **overrides):
    return client_settings(sim, window_s=60 / K, qpm_per_site=QPM, qpm_per_user=QPM, **overrides)


async def run(clients_settings, partitions_per_client, store=None):
    async def one(s, partitions):
        async with GscClient(s, quota_store=store) as client:
            return [r async for r in client.fetch(partitions)]

    return await asyncio.gather(*[one(s, p) for s, p in zip(clients_settings, partitions_per_client, strict=True)])


def test_windows_stay_under_quota_with_few_429s(quota_sim):
    quota_sim.reset(config=True)
    partitions = [(site, d) for site in SITES for d in days(6)]
    (results,) = asyncio.run(run([settings(quota_sim)], [partitions]))
    assert all(r.error is None for r in results)
    stats = quota_sim.stats()
    total = stats["requests"]
    assert total > 2 * QPM  # the job spans several windows
    assert max(stats["max_in_window"]["user"].values()) <= QPM
    assert max(stats["max_in_window"]["site"].values()) <= QPM
    assert stats["by_status"].get("429", 0) / total < 0.005
    # utilisation: requests / (rate x elapsed) close to 1 (the 5% safety margin and the last window's tail)
    elapsed = stats["last_request"] - stats["first_request"]
    rate = QPM / (60 / K)
    assert total / (rate * elapsed) > 0.85, (total, elapsed, stats)


def test_two_runs_sharing_a_store_share_the_budget(quota_sim):
    """Two concurrent runs with one credential and one store (the Postgres store's job across processes)."""
    quota_sim.reset(config=True)
    store = InMemoryQuotaStore()
    site_a, site_b = list(SITES)
    jobs = [[(site_a, d) for d in days(3)], [(site_b, d) for d in days(3)]]
    results = asyncio.run(run([settings(quota_sim), settings(quota_sim)], jobs, store))
    assert all(r.error is None for rs in results for r in rs)
    stats = quota_sim.stats()
    assert max(stats["max_in_window"]["user"].values()) <= QPM, stats
    assert stats["by_status"].get("429", 0) / stats["requests"] < 0.005, stats
    assert sum(r.stats.requests for rs in results for r in rs) == stats["requests"]
