"""Export settings as one value object; `from_env()` is the only place their environment variables are read."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlsplit

from gsc_assets.gsc import GscConfigError

__all__ = ["ExportConfigError", "ExportSettings"]

# A BigQuery project id (possibly domain-scoped, "example.com:project": dots only in the domain) and a dataset id.
_DATASET = re.compile(
    r"^(?P<project>(?:[a-z0-9.-]+:)?[a-z][a-z0-9-]{4,28}[a-z0-9])\.(?P<dataset>[A-Za-z0-9_]{1,1024})$"
)


class ExportConfigError(GscConfigError):
    """GSC_EXPORT_* settings are invalid."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportSettings:
    """Which sites export and where to.

    `datasets` maps a Search Console property to its export dataset (`project.dataset`): Google's export writes one
    property per dataset (its ExportLog has no site column). `project` is where queries run and are billed (default:
    each dataset's own); `endpoint` replaces BigQuery's address, for an emulator, and then no credentials are sent.
    """

    datasets: Mapping[str, str] = field(default_factory=dict)
    project: str | None = None
    endpoint: str | None = None
    #: A service-account or user credential file (GOOGLE_APPLICATION_CREDENTIALS, the API's); None: Application
    #: Default Credentials.
    credentials_file: Path | None = None
    #: How long one query may take, retries of transient failures included (an unreachable BigQuery, a slow job).
    deadline_s: float = 120.0

    def __post_init__(self) -> None:
        for site, dataset in self.datasets.items():
            if not site:
                raise ExportConfigError("GSC_EXPORT_DATASETS: an entry has no site before '='")
            if not _DATASET.match(dataset):
                raise ExportConfigError(f"GSC_EXPORT_DATASETS: {dataset!r} (for {site}) is not 'project.dataset'")
        if self.datasets and find_spec("google.cloud.bigquery") is None:
            raise ExportConfigError("GSC_EXPORT_DATASETS needs google-cloud-bigquery: pip install 'gsc-assets[export]'")
        if self.endpoint is not None:
            parts = urlsplit(self.endpoint)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ExportConfigError(f"GSC_EXPORT_ENDPOINT: {self.endpoint!r} is not an http(s) URL")

    def dataset_for(self, site_url: str) -> str | None:
        return self.datasets.get(site_url)

    def billing_project(self, dataset: str) -> str:
        return self.project or dataset.rsplit(".", 1)[0]

    @staticmethod
    def quoted(dataset: str) -> str:
        """`project`.`dataset` for SQL: a domain-scoped project's colon and dots need the quotes."""
        project, _, name = dataset.rpartition(".")
        return f"`{project}`.`{name}`"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ExportSettings | None:
        """The settings, or None when no site exports (GSC_EXPORT_DATASETS unset or empty)."""
        env = os.environ if env is None else env
        raw = (env.get("GSC_EXPORT_DATASETS") or "").strip()
        if not raw:
            for name in ("GSC_EXPORT_PROJECT", "GSC_EXPORT_ENDPOINT"):
                if (env.get(name) or "").strip():
                    raise ExportConfigError(f"{name} is set but GSC_EXPORT_DATASETS names no site")
            return None
        datasets: dict[str, str] = {}
        for entry in (part.strip() for part in raw.split(",")):
            if not entry:
                continue
            site, equals, dataset = entry.rpartition("=")
            if not equals:
                raise ExportConfigError(f"GSC_EXPORT_DATASETS: {entry!r} is not 'site=project.dataset'")
            site = site.strip()
            if site in datasets:
                raise ExportConfigError(f"GSC_EXPORT_DATASETS: {site} is named twice")
            datasets[site] = dataset.strip()
        credentials = (env.get("GOOGLE_APPLICATION_CREDENTIALS") or "").strip()
        return cls(
            datasets=datasets,
            project=(env.get("GSC_EXPORT_PROJECT") or "").strip() or None,
            endpoint=(env.get("GSC_EXPORT_ENDPOINT") or "").strip() or None,
            credentials_file=Path(credentials) if credentials else None,
        )
