"""Simulator configuration: one frozen value object, defaults as module constants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

DEFAULT_SITES: dict[str, int] = {"sc-domain:example.com": 2000, "https://www.example.org/": 500}
DEFAULT_QPM = 1_200
DEFAULT_TOKEN_TTL = 3_600
ROW_LIMIT_MAX = 25_000
ROW_LIMIT_DEFAULT = 1_000
DAY_ROW_CAP = 50_000
FINAL_LAG_DAYS = 3
HOURLY_DAYS = 10
RETENTION_MONTHS = 16
DEFAULT_CLIENT_EMAIL = "sa-default@sim.iam.gserviceaccount.com"
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


def real_today() -> dt.date:
    """The real calendar date in UTC; a configured today may never be later."""
    return dt.datetime.now(dt.UTC).date()


def resolve_today(today: dt.date | None) -> dt.date:
    real = real_today()
    if today is None:
        return real
    if today > real:
        raise ValueError(f"today {today} is later than the real date {real}")
    return today
