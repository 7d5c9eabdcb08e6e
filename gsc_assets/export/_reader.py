"""Read one (site, day) of the daily tables from a site's bulk-export dataset, aggregated to the API's grain.

Google's export keeps rows finer than any report (query x URL x country x device x search appearance, with
repeated keys), so every read groups: the site table gives the property-aggregated reports (property, query),
the URL table the page-aggregated ones (page, query_page). Positions follow Google's guideline for each table,
SUM(sum_top_position or sum_position) / SUM(impressions) + 1. Synchronous: the pipeline runs it in threads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from gsc_assets import model
from gsc_assets.gsc import GscError, ReportSpec

from ._settings import ExportSettings

__all__ = ["EXPORT_REPORTS", "EXPORT_SEARCH_TYPES", "ExportError", "ExportReader", "serves"]


@dataclass(frozen=True, slots=True)
class ExportTable:
    """How a default report is read from the export: which of its two tables, and how that table states position.

    The site table is aggregated by property (a query counted once however many of the site's URLs showed), as the
    API aggregates reports without a page key; the URL table by page. Google's guideline for each: average position
    = SUM(sum_top_position) / SUM(impressions) + 1 for the site table, SUM(sum_position) / SUM(impressions) + 1 for
    the URL table (both sums are zero-based).
    """

    table: str
    position_sum: str


SITE_TABLE = ExportTable("searchdata_site_impression", "sum_top_position")
URL_TABLE = ExportTable("searchdata_url_impression", "sum_position")
#: Default report -> the export table it is read from. Other reports (appearance, custom, hourly) are the API's.
EXPORT_REPORTS: dict[str, ExportTable] = {
    "property": SITE_TABLE,
    "query": SITE_TABLE,
    "page": URL_TABLE,
    "query_page": URL_TABLE,
}
#: The export's name for a key column (its rows carry the page as `url`).
_EXPORT_COLUMN = {"page": "url"}
#: Search results only. Discover and Google News rows exist in the URL table alone, without a device for Discover
#: and without positions (practitioners' schemas): the API's answers for them cannot be rebuilt, so it keeps them.
EXPORT_SEARCH_TYPES: tuple[str, ...] = ("web", "image", "video", "news")
_SCOPE = "https://www.googleapis.com/auth/bigquery"


class ExportError(GscError):
    """BigQuery refused or failed a read of the export, or the dataset is not the site's."""


@cache
def _sql(name: str) -> str:
    return resources.files("gsc_assets.export").joinpath("sql", f"{name}.sql").read_text(encoding="utf-8")


def serves(report: ReportSpec) -> bool:
    """Whether the export can stand in for this report: a default report as the API is asked for it."""
    if report.name not in EXPORT_REPORTS:
        return False
    default = next(r for r in model.DEFAULT_REPORTS if r.name == report.name)
    return (
        report.dimensions == default.dimensions
        and report.aggregation_type == default.aggregation_type
        and not report.filters
        and report.data_state is None
    )


class ExportReader:
    """One BigQuery client per billing project, made on first use (a run without export sites makes none)."""

    def __init__(self, settings: ExportSettings) -> None:
        self.settings = settings
        self._clients: dict[str, Any] = {}
        self._published: dict[str, tuple[dt.date, dt.date, dict[dt.date, dt.datetime | None]]] = {}

    # -- what the export holds ---------------------------------------------------------------------------------
    def exported(self, site_url: str, start: dt.date, end: dt.date) -> dict[dt.date, dt.datetime | None]:
        """Days in [start, end] whose two tables Google has exported for the site, each with when it was last
        published (None if the log does not say); empty if the site does not export. The log is read once per
        site for the widest range asked: a run asks again for a part of it."""
        dataset = self.settings.dataset_for(site_url)
        if dataset is None:
            return {}
        known = self._published.get(site_url)
        if known is None or not (known[0] <= start and end <= known[1]):
            table = self._query(dataset, _sql("exported_days"), {"first_day": start, "last_day": end})
            days = dict(zip(table.column("data_date").to_pylist(), table.column("published").to_pylist(), strict=True))
            known = self._published[site_url] = (start, end, days)
        return {day: when for day, when in known[2].items() if start <= day <= end}

    def check_dataset(self, site_url: str, day: dt.date) -> None:
        """Raise ExportError unless the dataset's rows for `day` are the site's (or it has none)."""
        dataset = self.settings.dataset_for(site_url)
        if dataset is None:
            return
        sites = self._query(dataset, _sql("dataset_sites"), {"day": day}).column("site_url").to_pylist()
        others = sorted(str(s) for s in sites if s != site_url)
        if others:
            raise ExportError(f"export dataset {dataset} holds rows of {', '.join(others)}, not of {site_url}")

    # -- one partition -----------------------------------------------------------------------------------------
    def read(
        self, site_url: str, day: dt.date, reports: Iterable[ReportSpec], search_types: Sequence[str]
    ) -> dict[str, pa.Table]:
        """Every served report's table for one partition, in the client's schema (report name -> table)."""
        dataset = self.settings.dataset_for(site_url)
        if dataset is None:
            raise ExportError(f"{site_url} has no export dataset (GSC_EXPORT_DATASETS)")
        tables: dict[str, pa.Table] = {}
        for report in reports:
            types = [t for t in report.types_for(search_types) if t in EXPORT_SEARCH_TYPES]
            raw = self._query(dataset, _report_sql(report), {"day": day, "types": types}) if types else None
            tables[report.name] = _to_report_table(raw, report, site_url, day)
        return tables

    # -- BigQuery ----------------------------------------------------------------------------------------------
    def _query(self, dataset: str, sql: str, params: dict[str, Any]) -> pa.Table:
        """Run `sql` (a query of sql/, `{dataset}` filled in here) with its parameters, as an Arrow table; any
        failure (BigQuery's answer, the network, a timeout, the credentials) is an ExportError naming the dataset.

        The SQL files' comments never name a parameter: bqemulator counts such a mention as one."""
        try:
            return self._run(dataset, sql, params)
        except Exception as exc:  # the partition fails by name whatever went wrong; the run goes on
            first = (str(exc).strip().splitlines() or [""])[0]
            raise ExportError(f"BigQuery export {dataset}: {type(exc).__name__}: {first}") from exc

    def _run(self, dataset: str, sql: str, params: dict[str, Any]) -> pa.Table:
        from google.cloud import bigquery

        parameters: list[Any] = []
        for key, value in params.items():
            if isinstance(value, list):
                parameters.append(bigquery.ArrayQueryParameter(key, "STRING", value))
            else:
                parameters.append(bigquery.ScalarQueryParameter(key, "DATE", value))
        client = self._client(self.settings.billing_project(dataset))
        deadline = self.settings.deadline_s
        # The defaults retry a request, and a failed job, for ten minutes each; whatever insertion of a job does
        # when its retry is set ignores that setting's deadline. So: requests retried within the deadline, a failed
        # job not retried (the partition fails and the next run asks again).
        retry = bigquery.DEFAULT_RETRY.with_deadline(deadline)
        job = client.query(
            sql.replace("{dataset}", self.settings.quoted(dataset)),
            job_config=bigquery.QueryJobConfig(query_parameters=parameters),
            retry=retry,
            job_retry=None,
            timeout=deadline,
        )
        rows = job.result(retry=retry, job_retry=None, timeout=deadline)
        return rows.to_arrow(create_bqstorage_client=False)

    def _client(self, project: str) -> Any:
        client = self._clients.get(project)
        if client is None:
            client = self._clients[project] = _make_client(self.settings, project)
        return client

    def close(self) -> None:
        for client in self._clients.values():
            client.close()
        self._clients.clear()


def _report_sql(report: ReportSpec) -> str:
    """report.sql for one served report: its keys (in the export's names), its table and position column, and
    anonymised queries left out of reports keyed by query, as the API leaves them out of any answer grouped by
    query. The flag is tested, not the query text: Google calls the anonymised query both null and empty."""
    source = EXPORT_REPORTS[report.name]
    keys = [f"{_EXPORT_COLUMN.get(name, name)} AS {name}" for name in report.column_names]
    return _sql("report").format(
        keys="".join(f"{key},\n       " for key in keys),
        position_sum=source.position_sum,
        dataset="{dataset}",
        table=source.table,
        named_queries_only=" AND NOT is_anonymized_query" if "query" in report.column_names else "",
        group_by=", ".join(str(i) for i in range(1, len(keys) + 2)),
    )


def _make_client(settings: ExportSettings, project: str) -> Any:
    from google.cloud import bigquery

    if settings.endpoint is not None:
        from google.api_core.client_options import ClientOptions
        from google.auth.credentials import AnonymousCredentials

        return bigquery.Client(
            project=project,
            credentials=AnonymousCredentials(),  # type: ignore[no-untyped-call]
            client_options=ClientOptions(api_endpoint=settings.endpoint),
        )
    import google.auth

    if settings.credentials_file is not None:  # the key the API client uses (GOOGLE_APPLICATION_CREDENTIALS)
        credentials, _ = google.auth.load_credentials_from_file(str(settings.credentials_file), scopes=[_SCOPE])
    else:
        credentials, _ = google.auth.default(scopes=[_SCOPE])  # type: ignore[no-untyped-call]
    return bigquery.Client(project=project, credentials=credentials)


def _to_report_table(raw: pa.Table | None, report: ReportSpec, site_url: str, day: dt.date) -> pa.Table:
    """The aggregated rows as the client's table for `report`: partition columns, keys, clicks, impressions, the
    row's ctr and its position (position_sum / impressions + 1)."""
    schema = model.arrow_schema(report.column_names)
    if raw is None or raw.num_rows == 0:
        return schema.empty_table()
    n = raw.num_rows
    clicks = pc.cast(raw.column("clicks"), pa.int64())
    impressions = pc.cast(raw.column("impressions"), pa.int64())
    shown = pc.cast(impressions, pa.float64())
    columns = {
        "site_url": pa.array([site_url] * n, pa.string()),
        "date": pa.array([day] * n, pa.date32()),
        "search_type": raw.column("search_type"),
        **{name: raw.column(name) for name in report.column_names},
        "clicks": clicks,
        "impressions": impressions,
        "ctr": pc.divide(pc.cast(clicks, pa.float64()), shown),
        "position": pc.add(pc.divide(pc.cast(raw.column("position_sum"), pa.float64()), shown), 1.0),
    }
    for name in report.column_names:
        if raw.column(name).null_count:
            raise ExportError(f"export rows for {site_url} {day} have no {name} (null): not a report's rows")
    if pc.any(pc.less_equal(impressions, 0)).as_py():
        raise ExportError(f"export rows for {site_url} {day} with no impressions: not a report's rows")
    return pa.table({field.name: pc.cast(columns[field.name], field.type) for field in schema}, schema=schema)
