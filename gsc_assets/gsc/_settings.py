"""Client settings as one value object; `from_env()` is the only place environment variables are read."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ._errors import GscConfigError
from ._rules import OTHER_QPM_PER_USER

__all__ = ["ClientSettings"]

DEFAULT_API_BASE_URL = "https://searchconsole.googleapis.com"
DEFAULT_QPM = 1_200
# Google's "Usage Limits" page: 40,000 queries per minute per Cloud project.
DEFAULT_QPM_PER_PROJECT = 40_000
DEFAULT_WINDOW_S = 60.0
# Stay this fraction under Google's quota: clocks differ and arrival order jitters with latency.
DEFAULT_SAFETY_MARGIN = 0.05
# 20 requests/s x up to 3 s for a 25,000-row page; measured: 24 left a loaded run at 86% of the quota, 64 at 97%.
DEFAULT_MAX_IN_FLIGHT = 64
MAX_BATCH_SIZE = 1_000
ALL_SEARCH_TYPES: tuple[str, ...] = ("web", "image", "video", "news", "discover", "googleNews")
DATA_STATES = ("final", "all")
DEFAULT_CONNECT_TIMEOUT_S = 10.0
DEFAULT_READ_TIMEOUT_S = 60.0
DEFAULT_REQUEST_DEADLINE_S = 600.0
DEFAULT_MAX_ATTEMPTS = 8
DEFAULT_BACKOFF_BASE_S = 0.5
DEFAULT_BACKOFF_CAP_S = 32.0


@dataclass(frozen=True, slots=True, kw_only=True)
class ClientSettings:
    """Everything the client needs to run; immutable, so one instance can be shared by many runs.

    `verify` is passed to TLS: True (system CAs), False, or the path of a CA file (the simulator's).
    `window_s` is the quota window; tests against a time-scaled simulator use 60 / K with the same per-window limit,
    and scale the backoff and timeouts alike.
    """

    api_base_url: str = DEFAULT_API_BASE_URL
    credentials_file: Path | None = None
    credentials_map_file: Path | None = None
    qpm_per_site: int = DEFAULT_QPM
    qpm_per_user: int = DEFAULT_QPM
    qpm_per_project: int = DEFAULT_QPM_PER_PROJECT
    max_in_flight: int = DEFAULT_MAX_IN_FLIGHT
    batch_size: int = 0
    search_types: tuple[str, ...] = ALL_SEARCH_TYPES
    data_state: str = "final"
    reports: tuple[str, ...] | None = None
    reports_file: Path | None = None
    verify: bool | str = True
    http2: bool = True
    window_s: float = DEFAULT_WINDOW_S
    safety_margin: float = DEFAULT_SAFETY_MARGIN
    connect_timeout_s: float = DEFAULT_CONNECT_TIMEOUT_S
    read_timeout_s: float = DEFAULT_READ_TIMEOUT_S
    request_deadline_s: float = DEFAULT_REQUEST_DEADLINE_S
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    backoff_base_s: float = DEFAULT_BACKOFF_BASE_S
    backoff_cap_s: float = DEFAULT_BACKOFF_CAP_S
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    #: Re-ask a day whose detail report stopped at Google's 50,000-row cap in slices (GSC_SLICE_CAPPED, default on).
    slice_capped: bool = True
    #: Keep Google's hourly property totals in gsc.property_hourly, by their own asset and schedule (GSC_HOURLY).
    hourly: bool = False

    def __post_init__(self) -> None:
        problems = []
        problems.extend(_url_problems(self.api_base_url))
        for name, value in (
            ("GSC_QPM_PER_SITE", self.qpm_per_site),
            ("GSC_QPM_PER_USER", self.qpm_per_user),
            ("GSC_QPM_PER_PROJECT", self.qpm_per_project),
            ("GSC_MAX_IN_FLIGHT", self.max_in_flight),
        ):
            if value < 1:
                problems.append(f"{name} must be >= 1, not {value}")
        if not 0 <= self.batch_size <= MAX_BATCH_SIZE:
            problems.append(f"GSC_BATCH_SIZE must be between 0 and {MAX_BATCH_SIZE}, not {self.batch_size}")
        unknown = [t for t in self.search_types if t not in ALL_SEARCH_TYPES]
        if unknown or not self.search_types:
            problems.append(f"GSC_SEARCH_TYPES: unknown {unknown} (choose from {','.join(ALL_SEARCH_TYPES)})")
        if self.data_state not in DATA_STATES:
            problems.append(f"GSC_DATA_STATE must be 'final' or 'all', not {self.data_state!r}")
        if not (math.isfinite(self.window_s) and self.window_s > 0):
            problems.append(f"GSC_QUOTA_WINDOW_S must be a number of seconds > 0, not {self.window_s}")
        if not 0 <= self.safety_margin < 1:
            problems.append(f"safety_margin must be in [0, 1), not {self.safety_margin}")
        if problems:
            raise GscConfigError("; ".join(problems))

    def check_files(self) -> None:
        """Check that the files the settings name exist and parse (the key files as JSON objects, the credentials
        map as a mapping whose key files exist), without loading any key: a cheap check before any work starts,
        so a typo in a path fails in one line up front. The client loads them for real when it opens."""
        if self.credentials_file is not None:
            _check_key_file(self.credentials_file, f"GOOGLE_APPLICATION_CREDENTIALS={str(self.credentials_file)!r}")
        if self.credentials_map_file is not None:
            from ._auth import _read_map

            where = f"GSC_CREDENTIALS_MAP {self.credentials_map_file}"
            for site, path in _read_map(self.credentials_map_file).items():
                if not path.exists():
                    raise GscConfigError(f"{where}: the key file of {site}, {path}, does not exist")
                _check_key_file(path, f"{where}: the key file of {site}, {path},")
        if isinstance(self.verify, str) and not Path(self.verify).is_file():
            raise GscConfigError(f"GSC_CA_FILE={self.verify!r} does not exist (a PEM file of CA certificates)")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> ClientSettings:
        """Read the GSC_* variables listed in the README's "Configuration" section (and GOOGLE_APPLICATION_CREDENTIALS).

        `overrides` win over the environment (e.g. `verify=` for the simulator's CA file).
        """
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}

        def text(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        def integer(name: str, expected: str) -> int | None:
            value = text(name)
            if value is None:
                return None
            try:
                return int(value.replace("_", ""))
            except ValueError:
                raise GscConfigError(f"{name} must be an integer {expected}, not {value!r}") from None

        def csv(name: str) -> tuple[str, ...] | None:
            value = text(name)
            return None if value is None else tuple(x.strip() for x in value.split(",") if x.strip())

        if (v := text("GSC_API_BASE_URL")) is not None:
            values["api_base_url"] = v.rstrip("/")
        if (v := text("GOOGLE_APPLICATION_CREDENTIALS")) is not None:
            values["credentials_file"] = Path(v)
        if (v := text("GSC_CREDENTIALS_MAP")) is not None:
            values["credentials_map_file"] = Path(v)
        for env_name, attr, expected in (
            ("GSC_QPM_PER_SITE", "qpm_per_site", ">= 1"),
            ("GSC_QPM_PER_USER", "qpm_per_user", ">= 1"),
            ("GSC_QPM_PER_PROJECT", "qpm_per_project", ">= 1"),
            ("GSC_MAX_IN_FLIGHT", "max_in_flight", ">= 1"),
            ("GSC_BATCH_SIZE", "batch_size", f"between 0 and {MAX_BATCH_SIZE}"),
        ):
            if (n := integer(env_name, expected)) is not None:
                values[attr] = n
        if (types := csv("GSC_SEARCH_TYPES")) is not None:
            values["search_types"] = types
        if (v := text("GSC_DATA_STATE")) is not None:
            values["data_state"] = v
        if (names := csv("GSC_REPORTS")) is not None:
            values["reports"] = names
        if (v := text("GSC_REPORTS_FILE")) is not None:
            values["reports_file"] = Path(v)
        for env_name, attr in (("GSC_SLICE_CAPPED", "slice_capped"), ("GSC_HOURLY", "hourly")):
            if (v := text(env_name)) is not None:
                if v.lower() not in ("on", "off", "1", "0", "true", "false"):
                    raise GscConfigError(f"{env_name}={v!r} is neither on nor off")
                values[attr] = v.lower() in ("on", "1", "true")
        if (v := text("GSC_QUOTA_WINDOW_S")) is not None:
            try:
                window_s = float(v)
            except ValueError:
                window_s = math.nan
            if not (math.isfinite(window_s) and window_s > 0):
                raise GscConfigError(f"GSC_QUOTA_WINDOW_S={v!r} is not a number of seconds > 0")
            values["window_s"] = window_s
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]

    @property
    def effective_qpm_per_site(self) -> int:
        return max(1, int(self.qpm_per_site * (1 - self.safety_margin)))

    @property
    def effective_qpm_per_user(self) -> int:
        return max(1, int(self.qpm_per_user * (1 - self.safety_margin)))

    @property
    def effective_qpm_other_per_user(self) -> int:
        """Google's 200 per minute per user outside Search Analytics (sites, sitemaps), with the same margin."""
        return max(1, int(OTHER_QPM_PER_USER * (1 - self.safety_margin)))

    @property
    def effective_qpm_per_project(self) -> int:
        return max(1, int(self.qpm_per_project * (1 - self.safety_margin)))


def _url_problems(url: str) -> list[str]:
    """What is wrong with GSC_API_BASE_URL, if anything: it must be an http(s) URL with a host."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in url):
        return [f"GSC_API_BASE_URL={url!r} is not an http(s) URL (e.g. {DEFAULT_API_BASE_URL})"]
    return []


def _check_key_file(path: Path, where: str) -> None:
    """A key file must exist and hold a JSON object; its content is never quoted (it is a secret)."""
    if not path.exists():
        raise GscConfigError(f"{where} does not exist")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GscConfigError(f"{where} cannot be read ({exc.strerror or type(exc).__name__})") from None
    except UnicodeDecodeError:
        raise GscConfigError(f"{where} is not a JSON key file (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise GscConfigError(f"{where} is not a JSON key file ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise GscConfigError(f"{where} is not a JSON key file (not a JSON object)")
