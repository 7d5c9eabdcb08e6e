"""Search Analytics quotas, as Google's Usage Limits page (developers.google.com/webmaster-tools/limits) lists them.

QPM: sliding one-minute windows per site (1,200), per user (1,200) and per project (40,000), the project being
the Cloud project behind the credential.

Load: Google charges each query for the "internal resources" it consumes and refuses an expensive query once a
budget is spent, with the same "quota exceeded" answer as QPM but no hint when it frees up. The page names the
cost drivers (grouping or filtering by page and/or query; page AND query the most; longer date ranges) and two
budgets: a short-term one "measured in 10 minute chunks" (wait 15 minutes, retry) and a long-term one "measured
in 1 day chunks". Google publishes no numbers, so the model here is ours and deterministic:

- cost of a query = days of data it reads x (1 if it groups or filters by page or by query, 2 if by both);
  anything else costs 0 and is never refused for load. Every request is charged, pages of one answer included
  ("avoid requerying the same data").
- per site, a short window of 600 s and a long window of 86,400 s (both divided by the time scale, like the QPM
  windows), each with a budget (0 = unlimited). A costly query is refused while the site has already spent a
  budget within its window; an admitted query is charged in full, so one query may overshoot the budget.
"""

from __future__ import annotations

from collections import Counter, deque

SHORT_LOAD_WINDOW_S = 600.0
LONG_LOAD_WINDOW_S = 86_400.0


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


#: Google's Usage Limits page: "All other resources" (sites, sitemaps) allow 200 queries per minute per user.
OTHER_QPM_PER_USER = 200


class QuotaBook:
    """The three QPM budgets a searchAnalytics.query draws on (its site's, its caller's and its project's), and the
    per-user budget of every other call (sites.list, sites.get, sitemaps.list)."""

    def __init__(
        self,
        *,
        window_s: float,
        per_site: int,
        per_user: int,
        per_project: int,
        other_per_user: int = OTHER_QPM_PER_USER,
    ) -> None:
        self.site = SlidingWindowQuota(window_s, per_site)
        self.user = SlidingWindowQuota(window_s, per_user)
        self.project = SlidingWindowQuota(window_s, per_project)
        self.other = SlidingWindowQuota(window_s, other_per_user)

    @property
    def window_s(self) -> float:
        return self.site.window_s

    def set_window(self, window_s: float) -> None:
        for quota in (self.site, self.user, self.project, self.other):
            quota.window_s = window_s

    def acquire(self, site: str | None, principal: str, project: str, now: float) -> float | None:
        """Record the request and return None, or return the seconds to wait (nothing recorded)."""
        keyed = [(self.user, principal), (self.project, project)] + ([(self.site, site)] if site is not None else [])
        blocked = [w for quota, key in keyed if (w := quota.retry_after(key, now)) is not None]
        if blocked:
            return max(max(blocked), 0.001)
        for quota, key in keyed:
            quota.record(key, now)
        return None

    def acquire_other(self, principal: str, now: float) -> float | None:
        """A call outside Search Analytics: None (recorded), or the seconds to wait."""
        wait = self.other.retry_after(principal, now)
        if wait is not None:
            return max(wait, 0.001)
        self.other.record(principal, now)
        return None

    def set_limits(
        self, *, per_site: int | None = None, per_user: int | None = None, per_project: int | None = None
    ) -> None:
        if per_site is not None:
            self.site.limit = per_site
        if per_user is not None:
            self.user.limit = per_user
        if per_project is not None:
            self.project.limit = per_project

    def reset(self) -> None:
        self.site.reset()
        self.user.reset()
        self.project.reset()
        self.other.reset()


class CostWindow:
    """Cost spent per key within a sliding window of ``window_s`` seconds, against a budget (0 = unlimited)."""

    def __init__(self, window_s: float, budget: float) -> None:
        self.window_s = window_s
        self.budget = budget
        self._events: dict[str, deque[tuple[float, float]]] = {}
        self._spent: dict[str, float] = {}

    def spent(self, key: str, now: float) -> float:
        events = self._events.setdefault(key, deque())
        horizon = now - self.window_s
        while events and events[0][0] <= horizon:
            self._spent[key] -= events.popleft()[1]
        return self._spent.get(key, 0.0)

    def exhausted(self, key: str, now: float) -> bool:
        return self.budget > 0 and self.spent(key, now) >= self.budget

    def record(self, key: str, now: float, cost: float) -> None:
        self.spent(key, now)
        self._events[key].append((now, cost))
        self._spent[key] = self._spent.get(key, 0.0) + cost

    def snapshot(self, now: float) -> dict[str, float]:
        return {key: spent for key in list(self._events) if (spent := self.spent(key, now)) > 0}

    def reset(self) -> None:
        self._events.clear()
        self._spent.clear()


class LoadQuota:
    """Per-site short- and long-term load budgets (see the module docstring for the cost model)."""

    def __init__(self, *, time_scale: float, short_budget: float, long_budget: float) -> None:
        self.short = CostWindow(SHORT_LOAD_WINDOW_S / time_scale, short_budget)
        self.long = CostWindow(LONG_LOAD_WINDOW_S / time_scale, long_budget)
        self.refused: dict[str, Counter[str]] = {"short": Counter(), "long": Counter()}

    def set_time_scale(self, time_scale: float) -> None:
        self.short.window_s = SHORT_LOAD_WINDOW_S / time_scale
        self.long.window_s = LONG_LOAD_WINDOW_S / time_scale

    def charge(self, site: str, cost: float, now: float) -> str | None:
        """Charge ``cost`` to the site and return None, or return "long"/"short" for a refusal (nothing charged).

        The long-term budget is named first when both are spent: waiting out the short window would not help.
        """
        if cost <= 0:
            return None
        for name, window in (("long", self.long), ("short", self.short)):
            if window.exhausted(site, now):
                self.refused[name][site] += 1
                return name
        self.short.record(site, now, cost)
        self.long.record(site, now, cost)
        return None

    def stats(self, now: float) -> dict[str, object]:
        return {
            "budget": {"short": self.short.budget, "long": self.long.budget},
            "window_seconds": {"short": self.short.window_s, "long": self.long.window_s},
            "spent": {"short": self.short.snapshot(now), "long": self.long.snapshot(now)},
            "refused": {name: dict(counter) for name, counter in self.refused.items()},
        }

    def reset(self) -> None:
        self.short.reset()
        self.long.reset()
        for counter in self.refused.values():
            counter.clear()
