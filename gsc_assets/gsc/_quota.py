"""Keeping under Google's quota: a shared store of request slots, and the adaptive limiter on top of it.

Two layers, because they answer different questions:
- the `QuotaStore` is the hard guarantee: a sliding window per bucket ("site:<url>", "user:<principal>") that
  never hands out more than the limit, shared across processes when backed by Postgres;
- the `Limiter` decides *when* to ask: it paces requests evenly (GCRA, a small burst allowed) so they are spread
  across the window instead of bursting at its start, lowers its rate when Google still pushes back, honours
  Retry-After by pausing the buckets in the store, and recovers additively. Waiters released after a pause are
  spread with jitter and re-paced, so a pause never ends in a thundering herd.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import deque
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from ._rules import OTHER_QPM_PER_USER

__all__ = ["InMemoryQuotaStore", "Limiter", "LoadQuotaGuard", "QuotaStore"]

# Lowest fraction of the configured rate the adaptive limiter falls to after repeated pushback.
MIN_RATE_FACTOR = 0.2
DECREASE_FACTOR = 0.7
# After a window's worth of successful requests the rate regains this fraction of the quota.
RECOVERY_PER_WINDOW = 0.1
# Requests allowed back to back before pacing applies (as a fraction of the per-window limit).
BURST_FRACTION = 0.02
SATURATED_GUARD = 0.01


@runtime_checkable
class QuotaStore(Protocol):
    """Where request slots are counted. Implementations: InMemoryQuotaStore, the warehouse's Postgres store."""

    async def take(self, buckets: Sequence[tuple[str, int]], want: int, window_s: float) -> tuple[int, float]:
        """Atomically reserve up to `want` request slots in every bucket (key, limit per window); returns
        (granted, wait_s): granted >= 0 slots usable now; if 0, seconds until one frees."""
        ...

    async def pause(self, buckets: Sequence[str], seconds: float) -> None:
        """Hold every taker of these buckets off for `seconds` (Google pushed back)."""
        ...


class InMemoryQuotaStore:
    """Exact sliding window per bucket, for one process (one event loop at a time)."""

    def __init__(self) -> None:
        self._slots: dict[str, deque[float]] = {}
        self._paused_until: dict[str, float] = {}
        self._clock = time.monotonic

    async def take(self, buckets: Sequence[tuple[str, int]], want: int, window_s: float) -> tuple[int, float]:
        now = self._clock()
        horizon = now - window_s
        pause_wait = max((self._paused_until.get(key, 0.0) - now for key, _ in buckets), default=0.0)
        if pause_wait > 0:
            return 0, pause_wait
        granted = want
        wait = 0.0
        for key, limit in buckets:
            slots = self._slots.setdefault(key, deque())
            while slots and slots[0] <= horizon:
                slots.popleft()
            free = limit - len(slots)
            if free <= 0:
                wait = max(wait, slots[-limit] + window_s - now if limit > 0 else window_s)
            granted = min(granted, max(0, free))
        if granted <= 0:
            return 0, max(wait, 1e-3)
        for key, _ in buckets:
            self._slots[key].extend([now] * granted)
        return granted, 0.0

    async def pause(self, buckets: Sequence[str], seconds: float) -> None:
        until = self._clock() + seconds
        for key in buckets:
            self._paused_until[key] = max(self._paused_until.get(key, 0.0), until)


@dataclass(slots=True)
class _Pacer:
    """GCRA pacing for one bucket with an adaptive rate factor."""

    limit: int
    window_s: float
    tat: float = 0.0
    factor: float = 1.0
    last_decrease: float = float("-inf")

    @property
    def interval(self) -> float:
        return self.window_s / (self.limit * self.factor)

    @property
    def tolerance(self) -> float:
        return max(1.0, self.limit * BURST_FRACTION) * self.window_s / self.limit


class Limiter:
    """Paces and admits requests for (site, principal) pairs; see the module docstring for the why.

    `slot()` is an async context manager: it returns once the store granted the slots and an in-flight slot is
    free, and holds the in-flight slot for the duration of the exchange.
    """

    def __init__(
        self,
        *,
        store: QuotaStore,
        qpm_per_site: int,
        qpm_per_user: int,
        window_s: float,
        max_in_flight: int,
        qpm_per_project: int,
        qpm_other_per_user: int = OTHER_QPM_PER_USER,
    ) -> None:
        self._store = store
        # "other:<principal>": the per-user budget of the calls outside Search Analytics (sites, sitemaps).
        self._limits = {"site": qpm_per_site, "user": qpm_per_user, "project": qpm_per_project,
                        "other": qpm_other_per_user}  # fmt: skip
        self._window_s = window_s
        self._in_flight = asyncio.Semaphore(max_in_flight)
        self._pacers: dict[str, _Pacer] = {}
        self.throttle_events = 0

    def _pacer(self, bucket: str) -> _Pacer:
        pacer = self._pacers.get(bucket)
        if pacer is None:
            limit = self._limits.get(bucket.partition(":")[0], self._limits["user"])
            pacer = self._pacers[bucket] = _Pacer(limit=limit, window_s=self._window_s)
        return pacer

    def _reserve(self, buckets: Sequence[str], n: int) -> float:
        """Reserve the next conforming send time for `n` requests in every bucket; returns seconds to wait."""
        now = time.monotonic()
        pacers = [self._pacer(b) for b in buckets]
        at = max([now] + [p.tat - p.tolerance for p in pacers])
        for p in pacers:
            p.tat = max(p.tat, at) + n * p.interval
        return at - now

    @asynccontextmanager
    async def slot(self, buckets: Sequence[str], want: int = 1) -> AsyncIterator[tuple[int, float]]:
        """Wait for up to `want` slots in all `buckets`; yields (granted, seconds waited)."""
        started = time.monotonic()
        limits = [(b, self._pacer(b).limit) for b in buckets]
        while True:
            delay = self._reserve(buckets, want)
            if delay > 0:
                await asyncio.sleep(delay)
            await self._in_flight.acquire()
            try:
                granted, wait = await self._store.take(limits, want, self._window_s)
            except BaseException:
                self._in_flight.release()
                raise
            if granted > 0:
                break
            self._in_flight.release()
            # The store is saturated: Google stamps arrival, not our take(), so leave a guard of SATURATED_GUARD
            # of the window; the jitter spreads the waiters a pause or a full window releases at one instant.
            guard = self._window_s * SATURATED_GUARD
            await asyncio.sleep(wait + guard + random.uniform(0, min(wait, self._window_s / 20) * 0.5 + 1e-3))
        try:
            yield granted, time.monotonic() - started
        finally:
            self._in_flight.release()

    async def pushback(self, buckets: Sequence[str], retry_after_s: float | None) -> None:
        """Google answered 429 / quota 403: slow down, and pause the buckets for Retry-After if given."""
        self.throttle_events += 1
        now = time.monotonic()
        pause = retry_after_s if retry_after_s is not None else self._window_s / 60
        pause = min(max(pause, 0.0), self._window_s)
        for bucket in buckets:
            pacer = self._pacer(bucket)
            # One decrease per burst of pushback: the answers of requests already in flight arrive together.
            if now - pacer.last_decrease > pacer.interval * 4:
                pacer.factor = max(MIN_RATE_FACTOR, pacer.factor * DECREASE_FACTOR)
                pacer.last_decrease = now
            pacer.tat = max(pacer.tat, now + pause)
        if pause > 0:
            await self._store.pause(buckets, pause)

    async def hold(self, buckets: Sequence[str], seconds: float) -> None:
        """Pause these buckets for `seconds`, however long (a load-quota pause, not per-minute pushback)."""
        now = time.monotonic()
        for bucket in buckets:
            pacer = self._pacer(bucket)
            pacer.tat = max(pacer.tat, now + seconds)
        await self._store.pause(buckets, seconds)

    def success(self, buckets: Sequence[str], n: int = 1) -> None:
        """Additive increase: each success wins back a little of the rate lost to pushback."""
        for bucket in buckets:
            pacer = self._pacers.get(bucket)
            if pacer is not None and pacer.factor < 1.0:
                pacer.factor = min(1.0, pacer.factor + n * RECOVERY_PER_WINDOW / pacer.limit)

    def rate_factor(self, bucket: str) -> float:
        return self._pacer(bucket).factor


#: Quota refusals of one site's expensive queries in a row, with no expensive success between them, lasting at least
#: LOAD_QUOTA_SPAN of the quota window, that mean its load quota is spent: our limiter keeps every request inside the
#: per-minute budget, so Google's "quota exceeded" then is the load quota (Google's "Usage Limits" page: the same
#: error as the QPS quota; page and query groupings are what it charges). Per-minute pushback is short and mixed with
#: successes; a spent load quota refuses every expensive query, for minutes.
LOAD_QUOTA_STRIKES = 6
LOAD_QUOTA_SPAN = 0.25
#: Google's "Usage Limits" page: the short-term load quota is measured in 10-minute chunks; "wait 15 minutes".
SHORT_TERM_PAUSE_MINUTES = 15
#: ... and the long-term load quota in 1-day chunks.
LONG_TERM_MINUTES = 24 * 60


@dataclass(slots=True)
class _SiteLoad:
    strikes: int = 0
    streak_began: float = 0.0
    paused: bool = False
    pauses: list[tuple[float, float]] = field(default_factory=list)  # (start, end), monotonic
    counting_from: float = float("-inf")  # answers to requests sent earlier belong to the previous phase
    spent_until: float | None = None  # wall-clock time after which a retry may succeed


class LoadQuotaGuard:
    """Tells a site's load-quota exhaustion apart from per-minute pushback, and what to do about it.

    First LOAD_QUOTA_STRIKES consecutive refusals: pause that site for the short-term window (15 minutes, scaled
    with the quota window for a time-scaled simulator). The same again after the pause: the daily part is spent,
    so the site stops for this run with a message saying when to retry; other sites go on. Only the success of an
    expensive request (grouped or filtered by page or query, what the load quota charges) sent after the last pause
    began ends a streak: cheap requests keep succeeding while the load quota is spent.
    """

    def __init__(self, *, window_s: float, strikes: int = LOAD_QUOTA_STRIKES) -> None:
        scale = window_s / 60.0  # minutes of Google's clock in our (possibly time-scaled) seconds
        self.short_pause_s = SHORT_TERM_PAUSE_MINUTES * 60 * scale
        self.long_term_s = LONG_TERM_MINUTES * 60 * scale
        self.min_streak_s = LOAD_QUOTA_SPAN * window_s
        self.strikes = strikes
        self._sites: dict[str, _SiteLoad] = {}

    def spent_until(self, site: str) -> float | None:
        """Wall-clock (time.time) after which the site's load quota may have recovered, if it is spent."""
        state = self._sites.get(site)
        return state.spent_until if state is not None else None

    def in_streak(self, site: str) -> bool:
        """Whether the site's last answer was already a quota refusal (then it is the site, not the user, that
        Google is holding back)."""
        state = self._sites.get(site)
        return state is not None and state.strikes > 0

    def paused_between(self, site: str, since: float, now: float) -> float:
        """Seconds of the site's short-term pauses within [since, now]: a request waiting through one is not stuck,
        so they do not count against its deadline."""
        state = self._sites.get(site)
        if state is None:
            return 0.0
        return sum(max(0.0, min(end, now) - max(start, since)) for start, end in state.pauses)

    def refused(self, site: str, sent_at: float, *, expensive: bool) -> float | None:
        """Record a quota refusal of a request sent at `sent_at` (monotonic). Returns seconds to pause the site
        for the short-term window, or None; `spent_until` tells when the site is to stop. Refusals of cheap
        requests are per-minute pushback: the load quota does not charge them."""
        state = self._sites.setdefault(site, _SiteLoad())
        if not expensive or state.spent_until is not None or sent_at < state.counting_from:
            return None
        now = time.monotonic()
        if state.strikes == 0:
            state.streak_began = now
        state.strikes += 1
        if state.strikes < self.strikes or now - state.streak_began < self.min_streak_s:
            return None
        state.strikes = 0
        if not state.paused:
            state.paused = True
            state.pauses.append((now, now + self.short_pause_s))
            state.counting_from = now + self.short_pause_s
            return self.short_pause_s
        state.spent_until = time.time() + self.long_term_s
        return None

    def succeeded(self, site: str, sent_at: float, *, expensive: bool) -> None:
        state = self._sites.get(site)
        if state is None or state.spent_until is not None or sent_at < state.counting_from:
            return
        if expensive:
            state.strikes = 0
            state.paused = False
