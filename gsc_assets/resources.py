"""Dagster resources: GSC access (`gsc`) and the warehouse (`warehouse`).

Configuration names are the stable contract the README lists under "Configuration"; this is the one place where
they map onto the pure packages' value objects. Secrets (the database URL, credential paths) enter through `EnvVar`
and never reach metadata or logs.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from urllib.parse import urlsplit

import dagster as dg
from pydantic import Field

from gsc_assets.export import ExportSettings
from gsc_assets.gsc import ClientSettings, GscConfigError, ReportSpec, load_reports
from gsc_assets.warehouse import PostgresQuotaStore, Staging, Warehouse

DEFAULT_STAGING_DIR = ".gsc/staging"
EMBEDDED_DIR = ".gsc"


@functools.cache
def _embedded_url(base_dir: str) -> str:
    from gsc_assets.warehouse import ensure_embedded_server

    return ensure_embedded_server(base_dir)


def resolve_database_url(database_url: str | None) -> str:
    """The configured URL (checked: `check_database_url`), or the embedded server under `.gsc/` (started or joined
    on first use)."""
    if database_url:
        check_database_url(database_url)
        return database_url
    return _embedded_url(os.environ.get("GSC_HOME") or EMBEDDED_DIR)


DATABASE_URL_FORM = "postgresql://user:password@host:port/dbname"


def check_database_url(url: str, name: str = "GSC_DATABASE_URL") -> None:
    """Raise GscConfigError when `url` is neither a PostgreSQL URL nor libpq key=value settings.

    The message names the variable and what is wrong, never the URL itself: it may hold the password.
    """
    from psycopg import conninfo

    problem = None
    if "://" in url:
        parts = urlsplit(url)
        netloc = parts.netloc.rpartition("@")[2]
        if parts.scheme not in ("postgresql", "postgres"):
            problem = f"scheme {parts.scheme!r} is not postgresql"
        elif "," not in netloc:  # one host (libpq also takes host1:port1,host2:port2)
            try:
                parts.port  # noqa: B018 - raises ValueError for a port that is not a number in range
            except ValueError:
                # After an '@' it is host:port; without one, "user:password/db" would show the password as the port.
                port = f" {netloc.rpartition(']')[2].rpartition(':')[2]!r}" if "@" in parts.netloc else ""
                problem = f"the port{port} is not a number from 1 to 65535"
    if problem is None:
        try:
            conninfo.conninfo_to_dict(url)
        except Exception:  # psycopg quotes the whole string, password included: never shown
            problem = "libpq cannot parse it" if "://" in url else "neither a URL nor key=value settings"
    if problem is not None:
        raise GscConfigError(f"{name} is not a PostgreSQL URL: {problem} (expected {DATABASE_URL_FORM})")


class GscResource(dg.ConfigurableResource):
    """How to reach Google (or the simulator): base URL, credentials, quota, concurrency, reports."""

    api_base_url: str | None = Field(default=None, description="GSC_API_BASE_URL")
    credentials_file: str | None = Field(default=None, description="GOOGLE_APPLICATION_CREDENTIALS")
    credentials_map_file: str | None = Field(default=None, description="GSC_CREDENTIALS_MAP")
    sites: str | None = Field(default=None, description="GSC_SITES, comma-separated")
    search_types: str | None = Field(default=None, description="GSC_SEARCH_TYPES")
    reports: str | None = Field(default=None, description="GSC_REPORTS")
    reports_file: str | None = Field(default=None, description="GSC_REPORTS_FILE")
    data_state: str | None = Field(default=None, description="GSC_DATA_STATE: final or all")
    qpm_per_site: int | None = Field(default=None, description="GSC_QPM_PER_SITE")
    qpm_per_user: int | None = Field(default=None, description="GSC_QPM_PER_USER")
    max_in_flight: int | None = Field(default=None, description="GSC_MAX_IN_FLIGHT")
    batch_size: int | None = Field(default=None, description="GSC_BATCH_SIZE")
    ca_file: str | None = Field(default=None, description="GSC_CA_FILE: CA bundle (the simulator's --tls)")
    slice_capped: str | None = Field(default=None, description="GSC_SLICE_CAPPED: on (default) or off")
    quota_window_seconds: float | None = Field(
        default=None, description="GSC_QUOTA_WINDOW_S: the quota window (60; shorter against a time-scaled simulator)"
    )
    export_datasets: str | None = Field(
        default=None, description="GSC_EXPORT_DATASETS: site=project.dataset,... (Google's BigQuery bulk export)"
    )
    export_project: str | None = Field(default=None, description="GSC_EXPORT_PROJECT: where export queries run")
    export_endpoint: str | None = Field(default=None, description="GSC_EXPORT_ENDPOINT: a BigQuery emulator")

    def settings(self) -> ClientSettings:
        overrides = {
            "GSC_API_BASE_URL": self.api_base_url,
            "GOOGLE_APPLICATION_CREDENTIALS": self.credentials_file,
            "GSC_CREDENTIALS_MAP": self.credentials_map_file,
            "GSC_SEARCH_TYPES": self.search_types,
            "GSC_REPORTS": self.reports,
            "GSC_REPORTS_FILE": self.reports_file,
            "GSC_DATA_STATE": self.data_state,
            "GSC_QPM_PER_SITE": self.qpm_per_site,
            "GSC_QPM_PER_USER": self.qpm_per_user,
            "GSC_MAX_IN_FLIGHT": self.max_in_flight,
            "GSC_BATCH_SIZE": self.batch_size,
            "GSC_QUOTA_WINDOW_S": self.quota_window_seconds,
            "GSC_SLICE_CAPPED": self.slice_capped,
        }
        env = dict(os.environ)
        env.update({name: str(value) for name, value in overrides.items() if value is not None})
        ca_file = self.ca_file or env.get("GSC_CA_FILE")
        return ClientSettings.from_env(env, verify=ca_file) if ca_file else ClientSettings.from_env(env)

    def export_settings(self) -> ExportSettings | None:
        """The sites read from Google's BigQuery export, or None when none is."""
        overrides = {
            "GOOGLE_APPLICATION_CREDENTIALS": self.credentials_file,
            "GSC_EXPORT_DATASETS": self.export_datasets,
            "GSC_EXPORT_PROJECT": self.export_project,
            "GSC_EXPORT_ENDPOINT": self.export_endpoint,
        }
        env = dict(os.environ)
        env.update({name: value for name, value in overrides.items() if value is not None})
        return ExportSettings.from_env(env)

    def report_specs(self) -> tuple[ReportSpec, ...]:
        settings = self.settings()
        return load_reports(names=settings.reports, reports_file=settings.reports_file)

    def configured_sites(self) -> list[str]:
        raw = self.sites if self.sites is not None else os.environ.get("GSC_SITES", "")
        return [site.strip() for site in raw.split(",") if site.strip()]


class WarehouseResource(dg.ConfigurableResource):
    """The Postgres warehouse and the DuckDB staging area."""

    database_url: str | None = Field(default=None, description="GSC_DATABASE_URL; unset: the embedded server")
    staging_dir: str = Field(default=DEFAULT_STAGING_DIR, description="GSC_STAGING_DIR")

    def url(self) -> str:
        return resolve_database_url(self.database_url)

    def warehouse(self) -> Warehouse:
        return Warehouse(self.url())

    def staging(self, area: str | None = None) -> Staging:
        """The staging area; ``area`` is a subdirectory of its own (the hourly table's partitions share their keys
        with the daily tables', so they must not share their staged files)."""
        return Staging(Path(self.staging_dir) / area if area else Path(self.staging_dir))

    def quota_store(self) -> PostgresQuotaStore:
        return PostgresQuotaStore(self.url())
