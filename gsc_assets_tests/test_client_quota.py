"""Quota at a time-scaled simulator (K=20: 60-second windows last 3 s, same per-window limits).

What the client guarantees, checked on its own quota store (whose timestamps are the ones its bound is kept on):
no window of any bucket is granted more than the client's share of the quota; every request the simulator saw
was granted a slot, so nothing bypasses the limiter; and every 429 the simulator sent reached the client's
figures. How much of the budget a run uses, and how rare 429s are (they depend on how long a request takes from
its slot to Google's clock, which a busy machine stretches), are benchmark figures: benchmarks/bench_client.py
reports quota_utilisation and status_429_share.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import defaultdict
from collections.abc import Sequence

import pytest

from gsc_assets.gsc import GscClient, InMemoryQuotaStore
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets_tests.test_client import client_settings

K = 20.0
QPM = 60
WINDOW_S = 60 / K
SITES = {"sc-domain:example.com": 600, "https://www.example.org/": 300}


class RecordingStore(InMemoryQuotaStore):
    """The client's in-memory store, keeping each grant with the timestamp the store itself stamped it with."""

    def __init__(self) -> None:
        super().__init__()
        self.grants: list[tuple[float, int, tuple[str, ...]]] = []
        self.windows: set[float] = set()
        self._now = 0.0
        self._clock = self._tick  # the store's only clock read: the grant's own timestamp

    def _tick(self) -> float:
        self._now = time.monotonic()
        return self._now

    async def take(self, buckets: Sequence[tuple[str, int]], want: int, window_s: float) -> tuple[int, float]:
        self.windows.add(window_s)
        granted, wait = await super().take(buckets, want, window_s)
        if granted:
            self.grants.append((self._now, granted, tuple(key for key, _ in buckets)))
        return granted, wait

    def worst_windows(self) -> dict[str, tuple[int, int]]:
        """Per bucket: (most slots granted within any window, total slots granted)."""
        by_bucket: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for at, granted, keys in self.grants:
            for key in keys:
                by_bucket[key].append((at, granted))
        out = {}
        for key, grants in by_bucket.items():
            grants.sort()
            worst = in_window = first = 0
            for at, granted in grants:
                in_window += granted
                while grants[first][0] <= at - WINDOW_S:  # gone from the window, as the store prunes
                    in_window -= grants[first][1]
                    first += 1
                worst = max(worst, in_window)
            out[key] = (worst, sum(granted for _, granted in grants))
        return out


@pytest.fixture(scope="module")
def quota_sim(tmp_path_factory):
    config = SimConfig(sites=SITES, time_scale=K, qpm_per_site=QPM, qpm_per_user=QPM, latency_ms=100)
    with SimulatorServer(config, workdir=tmp_path_factory.mktemp("sim-quota")) as server:
        yield server


def days(n: int) -> list[dt.date]:
    today = dt.datetime.now(dt.UTC).date()
    return [today - dt.timedelta(days=5 + i) for i in range(n)]


def settings(sim, **overrides):
    return client_settings(sim, window_s=WINDOW_S, qpm_per_site=QPM, qpm_per_user=QPM, **overrides)


async def run(clients_settings, partitions_per_client, store):
    async def one(s, partitions):
        async with GscClient(s, quota_store=store) as client:
            return [r async for r in client.fetch(partitions)]

    return await asyncio.gather(*[one(s, p) for s, p in zip(clients_settings, partitions_per_client, strict=True)])


def assert_inside_the_quota(store: RecordingStore, results, sim_stats, client_settings) -> None:
    share = client_settings.effective_qpm_per_user
    assert share == client_settings.effective_qpm_per_site < QPM  # the client keeps a safety margin
    assert store.windows == {WINDOW_S}  # the quota's window, as the client was told
    windows = store.worst_windows()
    user = [key for key in windows if key.startswith("user:")]
    assert len(user) == 1 and {key for key in windows if key.startswith("site:")} <= {f"site:{s}" for s in SITES}
    assert all(worst <= share for worst, _ in windows.values()), windows
    # Every request the simulator answered (its 429s included) went through the store: nothing bypassed it.
    assert windows[user[0]][1] == sim_stats["requests"] == sum(r.stats.requests for rs in results for r in rs)
    assert sum(r.stats.throttled for rs in results for r in rs) == sim_stats["by_status"].get("429", 0)


def test_windows_stay_under_quota(quota_sim):
    quota_sim.reset(config=True)
    store = RecordingStore()
    partitions = [(site, d) for site in SITES for d in days(6)]
    s = settings(quota_sim)
    (results,) = asyncio.run(run([s], [partitions], store))
    assert all(r.error is None for r in results)
    assert len(results) == len(partitions)
    stats = quota_sim.stats()
    assert stats["requests"] > 2 * QPM  # the job spans several windows
    assert_inside_the_quota(store, [results], stats, s)


def test_two_runs_sharing_a_store_share_the_budget(quota_sim):
    """Two concurrent runs with one credential and one store (the Postgres store's job across processes)."""
    quota_sim.reset(config=True)
    store = RecordingStore()
    site_a, site_b = list(SITES)
    jobs = [[(site_a, d) for d in days(3)], [(site_b, d) for d in days(3)]]
    s = settings(quota_sim)
    results = asyncio.run(run([s, s], jobs, store))
    assert all(r.error is None for rs in results for r in rs)
    stats = quota_sim.stats()
    assert all(stats["by_site"][site] > 0 for site in SITES)  # both runs drew on the one user bucket
    assert_inside_the_quota(store, results, stats, s)
