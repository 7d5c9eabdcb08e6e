"""Report -> warehouse table and Dagster asset: names, keys and column schema, all from `gsc_assets.model`."""

from __future__ import annotations

import dagster as dg

from gsc_assets import model
from gsc_assets.gsc import ReportSpec
from gsc_assets.warehouse import TableSpec


def table_name(report: ReportSpec) -> str:
    return model.table_name(report.name)


def table_spec(report: ReportSpec) -> TableSpec:
    return TableSpec(table_name(report), report.column_names)


def asset_key(report: ReportSpec) -> dg.AssetKey:
    return dg.AssetKey(list(model.asset_key_path(report.name)))


def column_schema(report: ReportSpec) -> dg.TableSchema:
    """The columns of the view ``gsc.<table>`` with their Postgres types."""
    columns = model.table_columns(report.column_names)
    return dg.TableSchema(columns=[dg.TableColumn(c.name, c.postgres, description=c.description) for c in columns])


def describe(report: ReportSpec) -> str:
    dims = ", ".join(report.dimensions)
    return (
        f"GSC Search Analytics `{report.name}` report (dimensions {dims}; aggregation {report.aggregation_type}) "
        f"in table gsc.{table_name(report)}, one atomic replace per (date, site) partition."
    )
