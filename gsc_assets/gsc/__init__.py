"""Pure async client for the Google Search Console Search Analytics API (no Dagster import).

    async with GscClient(ClientSettings.from_env()) as client:
        async for result in client.fetch([(site_url, date), ...], client.reports):
            result.tables  # report name -> pyarrow.Table

The configuration names are in the README, the API rules the client relies on (each with its source) in
docs/GOOGLE_API.md, and how the client keeps the quota busy in docs/ARCHITECTURE.md and benchmarks/NOTES.md.
"""

from ._client import Availability, FetchStats, GscClient, PartitionResult
from ._errors import (
    GscApiError,
    GscAuthError,
    GscBadRequestError,
    GscConfigError,
    GscDataNotReadyError,
    GscError,
    GscLoadQuotaError,
    GscNotFoundError,
    GscPermissionError,
    GscQuotaError,
    GscResponseError,
    GscServerError,
    GscTransportError,
)
from ._inventory import SiteEntry, Sitemap, SitemapContent
from ._quota import InMemoryQuotaStore, QuotaStore
from ._reports import DEFAULT_REPORTS, HOURLY_REPORT, DimensionFilter, ReportSpec, load_reports
from ._settings import ClientSettings

__all__ = [
    "Availability",
    "DEFAULT_REPORTS",
    "HOURLY_REPORT",
    "ClientSettings",
    "DimensionFilter",
    "FetchStats",
    "GscApiError",
    "GscAuthError",
    "GscBadRequestError",
    "GscClient",
    "GscConfigError",
    "GscDataNotReadyError",
    "GscError",
    "GscLoadQuotaError",
    "GscNotFoundError",
    "GscPermissionError",
    "GscQuotaError",
    "GscResponseError",
    "GscServerError",
    "GscTransportError",
    "InMemoryQuotaStore",
    "PartitionResult",
    "QuotaStore",
    "ReportSpec",
    "SiteEntry",
    "Sitemap",
    "SitemapContent",
    "load_reports",
]
