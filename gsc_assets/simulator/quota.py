"""Sliding-window quota per site and per principal, as Google enforces queries per minute."""

from __future__ import annotations

from collections import deque


class SlidingWindowQuota:
    """At most ``limit`` accepted requests per key in any window of ``window_s`` seconds.

    Rejected requests are not recorded, so a client that backs off is not punished twice. The most requests
    ever seen in one window is tracked per key: it is the number a well-behaved client keeps under its limit.
    """

    def __init__(self, window_s: float, limit: int) -> None:
        self.window_s = window_s
        self.limit = limit
        self._events: dict[str, deque[float]] = {}
        self.max_in_window: dict[str, int] = {}

    def _prune(self, key: str, now: float) -> deque[float]:
        events = self._events.setdefault(key, deque())
        horizon = now - self.window_s
        while events and events[0] <= horizon:
            events.popleft()
        return events

    def retry_after(self, key: str, now: float) -> float | None:
        """None if a request may be accepted now, else seconds until the oldest one leaves the window."""
        events = self._prune(key, now)
        if len(events) < self.limit:
            return None
        return events[len(events) - self.limit] + self.window_s - now

    def record(self, key: str, now: float) -> None:
        events = self._prune(key, now)
        events.append(now)
        if len(events) > self.max_in_window.get(key, 0):
            self.max_in_window[key] = len(events)

    def reset(self) -> None:
        self._events.clear()
        self.max_in_window.clear()


class QuotaBook:
    """Both budgets a searchAnalytics.query draws on: its site's and its caller's."""

    def __init__(self, *, window_s: float, per_site: int, per_user: int) -> None:
        self.site = SlidingWindowQuota(window_s, per_site)
        self.user = SlidingWindowQuota(window_s, per_user)

    @property
    def window_s(self) -> float:
        return self.site.window_s

    def acquire(self, site: str | None, principal: str, now: float) -> float | None:
        """Record the request and return None, or return the seconds to wait (nothing recorded)."""
        waits = [self.user.retry_after(principal, now)]
        if site is not None:
            waits.append(self.site.retry_after(site, now))
        blocked = [w for w in waits if w is not None]
        if blocked:
            return max(max(blocked), 0.001)
        self.user.record(principal, now)
        if site is not None:
            self.site.record(site, now)
        return None

    def set_limits(self, *, per_site: int | None = None, per_user: int | None = None) -> None:
        if per_site is not None:
            self.site.limit = per_site
        if per_user is not None:
            self.user.limit = per_user

    def reset(self) -> None:
        self.site.reset()
        self.user.reset()
