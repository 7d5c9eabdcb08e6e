"""Report -> warehouse table mapping: the one place where GSC dimension names become column names."""

from __future__ import annotations

import dagster as dg

from gsc_assets.gsc import ReportSpec
from gsc_assets.warehouse import TableSpec

DEFAULT_REPORT_NAMES = ("property", "page", "query", "query_page", "appearance")
METRIC_COLUMNS = (
    ("clicks", "bigint", "Clicks (sum)"),
    ("impressions", "bigint", "Impressions (sum)"),
    ("ctr", "double precision", "Click-through rate as Google reports it for the row"),
    ("position", "double precision", "Average position, impression-weighted"),
)


def table_name(report: ReportSpec) -> str:
    if report.name in DEFAULT_REPORT_NAMES:
        return f"{report.name}_daily"
    return f"custom_{report.name}"


def table_spec(report: ReportSpec) -> TableSpec:
    return TableSpec(table_name(report), report.column_names)


def asset_key(report: ReportSpec) -> dg.AssetKey:
    return dg.AssetKey(["gsc", table_name(report)])


def column_schema(report: ReportSpec) -> dg.TableSchema:
    columns = [
        dg.TableColumn("site_url", "text", description="Search Console property"),
        dg.TableColumn("date", "date", description="Reporting day (Pacific time)"),
        dg.TableColumn("search_type", "text", description="web, image, video, news, discover or googleNews"),
    ]
    for key in table_spec(report).key_columns:
        kind = "timestamptz" if key == "hour" else "text"
        columns.append(dg.TableColumn(key, kind, description=f"Dimension {key}"))
    columns += [dg.TableColumn(name, kind, description=text) for name, kind, text in METRIC_COLUMNS]
    columns += [
        dg.TableColumn("data_state", "text", description="final, or fresh (re-fetched once final)"),
        dg.TableColumn("loaded_at", "timestamptz", description="When the partition was last replaced"),
    ]
    return dg.TableSchema(columns=columns)


def describe(report: ReportSpec) -> str:
    dims = ", ".join(report.dimensions)
    return (
        f"GSC Search Analytics `{report.name}` report (dimensions {dims}; aggregation {report.aggregation_type}) "
        f"in table gsc.{table_name(report)}, one atomic replace per (date, site) partition."
    )
