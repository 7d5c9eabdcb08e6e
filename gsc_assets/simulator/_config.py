"""Simulator configuration: one frozen value object, defaults as module constants."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass, field

DEFAULT_SITES: dict[str, int] = {"sc-domain:example.com": 2000, "https://www.example.org/": 500}
DEFAULT_QPM = 1_200
DEFAULT_QPM_PER_PROJECT = 40_000  # Google's Usage Limits page: 40,000 QPM per project
DEFAULT_TOKEN_TTL = 3_600
ROW_LIMIT_MAX = 25_000
ROW_LIMIT_DEFAULT = 1_000
DAY_ROW_CAP = 50_000
FINAL_LAG_DAYS = 3
HOURLY_DAYS = 10
RETENTION_MONTHS = 16
DEFAULT_CLIENT_EMAIL = "sa-default@sim.iam.gserviceaccount.com"
#: The Cloud project of the default key; OAuth (refresh-token) clients belong to it unless minted for another.
DEFAULT_PROJECT = "sim"
PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
FAULT_NAMES = ("5xx", "429", "reset", "slow", "malformed", "truncated", "content_type")


@dataclass(frozen=True, kw_only=True)
class SimConfig:
    """What the simulator serves and how it misbehaves; runtime changes go through /_sim/control."""

    sites: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_SITES))
    today: dt.date | None = None
    seed: int = 0
    time_scale: float = 1.0
    qpm_per_site: int = DEFAULT_QPM
    qpm_per_user: int = DEFAULT_QPM
    qpm_per_project: int = DEFAULT_QPM_PER_PROJECT
    load_quota_short: float = 0.0  # per-site load budget per 10-minute window; 0 = unlimited
    load_quota_long: float = 0.0  # per-site load budget per 1-day window; 0 = unlimited
    latency_ms: float = 0.0
    fault_5xx: float = 0.0
    fault_429: float = 0.0
    fault_reset: float = 0.0
    fault_slow: float = 0.0
    fault_malformed: float = 0.0
    fault_truncated: float = 0.0
    fault_content_type: float = 0.0
    quota_403: bool = False
    token_ttl: int = DEFAULT_TOKEN_TTL

    def __post_init__(self) -> None:
        if self.time_scale <= 0:
            raise ValueError("time_scale must be positive")
        if not self.sites:
            raise ValueError("at least one site is required")
        if self.load_quota_short < 0 or self.load_quota_long < 0:
            raise ValueError("load quota budgets must be >= 0 (0 = unlimited)")
        for url, rows in self.sites.items():
            if rows < 0:
                raise ValueError(f"rows per day for {url} must be >= 0")
            if not url.startswith(("sc-domain:", "http://", "https://")):
                raise ValueError(f"site URL {url!r} must be sc-domain:HOST or an http(s) URL prefix")

    def faults(self) -> dict[str, float]:
        return {
            "5xx": self.fault_5xx,
            "429": self.fault_429,
            "reset": self.fault_reset,
            "slow": self.fault_slow,
            "malformed": self.fault_malformed,
            "truncated": self.fault_truncated,
            "content_type": self.fault_content_type,
        }


def real_today(now: dt.datetime | None = None) -> dt.date:
    """The real date in Google's reporting time zone (Pacific): from 16:00 or 17:00 Pacific the UTC date is
    already tomorrow, a day Google has no data for yet. ``now`` (aware) stands in for the clock."""
    return (now or dt.datetime.now(dt.UTC)).astimezone(PACIFIC).date()


def resolve_today(today: dt.date | None, *, now: dt.datetime | None = None) -> dt.date:
    """The simulator's 'today': the configured date, else the real Pacific date; never later than the real one."""
    real = real_today(now)
    if today is None:
        return real
    if today > real:
        raise ValueError(f"today {today} is later than the real date {real} (America/Los_Angeles)")
    return today
