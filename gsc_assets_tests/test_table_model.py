"""Every layer agrees with the table model (gsc_assets.model): the client's Arrow tables, staging's DuckDB casts,
the warehouse's prepared tables, the views in a real Postgres and the Dagster column schema, for every default
table and a custom hourly one. Each test reads what a layer actually produces, so a layer that spells a column
its own way again fails here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pyarrow as pa
import pytest

from gsc_assets import model
from gsc_assets.gsc import DEFAULT_REPORTS, ReportSpec
from gsc_assets.gsc._arrow import report_schema, rows_to_table
from gsc_assets.warehouse import DEFAULT_TABLE_SPECS, Staging, TableSpec, Warehouse
from gsc_assets.warehouse._arrow import prepare_table
from gsc_assets.warehouse._specs import LIFETIME_SOURCES

SITE = "sc-domain:example.com"
DAY = dt.date(2026, 11, 1)  # the fall-back day: two 01:00 hours in Pacific time
HOURLY = ReportSpec(name="hourly", dimensions=("date", "hour", "page"), data_state="hourly_all")
REPORTS = (*DEFAULT_REPORTS, HOURLY)
IDS = [r.name for r in REPORTS]


def _table_spec(report: ReportSpec) -> TableSpec:
    return TableSpec(model.table_name(report.name), report.column_names)


def _api_rows(report: ReportSpec, n: int = 6, search_type: str = "web") -> list[dict[str, Any]]:
    """Rows as Google answers them for one day: keys in the order the client sent the dimensions."""
    rows = []
    for i in range(n if report.key_dimensions else 1):
        keys = []
        for dim in report.row_dimensions(search_type):
            if dim == "date":
                keys.append(DAY.isoformat())
            elif dim == "hour":
                keys.append(f"{DAY.isoformat()}T{i % 3:02}:00:00-0{7 + i // 3}:00")
            else:
                keys.append(f"{dim}-{i}/é")
        clicks, impressions = i, 10 * (i + 1)
        rows.append(
            {"keys": keys, "clicks": clicks, "impressions": impressions, "ctr": clicks / impressions, "position": 1.5}
        )
    return rows


def _client_table(report: ReportSpec) -> pa.Table:
    return rows_to_table(_api_rows(report), spec=report, site_url=SITE, date=DAY, search_type="web")


def _names_and_types(schema: pa.Schema) -> list[tuple[str, pa.DataType]]:
    return [(f.name, f.type) for f in schema]


@pytest.mark.parametrize("report", REPORTS, ids=IDS)
def test_client_tables_have_the_model_schema(report: ReportSpec) -> None:
    table = _client_table(report)
    assert table.num_rows
    assert table.schema == model.arrow_schema(report.column_names)  # names, order, types, no nulls
    assert report_schema(report) == table.schema
    assert [c.name for c in model.report_columns(report.column_names)] == table.column_names


@pytest.mark.parametrize("report", REPORTS, ids=IDS)
def test_staged_and_prepared_tables_have_the_model_types(report: ReportSpec, tmp_path: Path) -> None:
    spec = _table_spec(report)
    with Staging(tmp_path) as staging:
        staging.stage(SITE, DAY, {spec: _client_table(report)}, "final")
        (staged,) = staging.read(SITE, DAY).tables.values()
    want = [(c.name, c.staged_arrow) for c in model.report_columns(spec.key_columns)]
    assert _names_and_types(staged.schema) == want
    assert _names_and_types(model.staged_schema(spec.key_columns)) == want
    prepared = prepare_table(spec, staged, site_url=SITE, date=DAY)
    assert _names_and_types(prepared.schema) == [w for w in want if w[0] not in ("site_url", "date")]
    # The client's own table prepares to the same types (a load may skip staging).
    assert prepare_table(spec, _client_table(report), site_url=SITE, date=DAY).schema == prepared.schema


@pytest.mark.parametrize("report", REPORTS, ids=IDS)
def test_dagster_column_schema_is_the_model(report: ReportSpec) -> None:
    from gsc_assets.assets._tables import asset_key, column_schema, table_spec

    got = [(c.name, c.type, c.description) for c in column_schema(report).columns]
    assert got == [(c.name, c.postgres, c.description) for c in model.table_columns(report.column_names)]
    assert table_spec(report) == _table_spec(report)
    assert tuple(asset_key(report).path) == model.asset_key_path(report.name)


# -- Postgres ----------------------------------------------------------------------------------------------------


SPECS = {report.name: _table_spec(report) for report in REPORTS}


@pytest.fixture(scope="module")
def wh(pg_url: str) -> Iterator[Warehouse]:
    with Warehouse(pg_url) as warehouse:
        warehouse.migrate(SPECS.values())
        yield warehouse


@pytest.fixture(scope="module")
def conn(wh: Warehouse) -> Iterator[psycopg.Connection[Any]]:
    with wh.connect() as connection:
        yield connection


@pytest.fixture(scope="module")
def loaded(
    wh: Warehouse, conn: psycopg.Connection[Any], tmp_path_factory: pytest.TempPathFactory
) -> psycopg.Connection[Any]:
    """Every report's rows taken the whole way: client table, staging, load."""
    with Staging(tmp_path_factory.mktemp("staging")) as staging:
        staging.stage(SITE, DAY, {SPECS[r.name]: _client_table(r) for r in REPORTS}, "final")
        wh.load_partition(SITE, DAY, staging.read(SITE, DAY).tables, data_state="final", run_id="model")
    return conn


def _columns(conn: psycopg.Connection[Any], query: str) -> list[tuple[str, int]]:
    cur = conn.execute(query)
    assert cur.description is not None
    return [(c.name, c.type_code) for c in cur.description]


def _oid(conn: psycopg.Connection[Any], type_name: str) -> int:
    row = conn.execute("SELECT %s::regtype::oid", [type_name]).fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize("report", REPORTS, ids=IDS)
def test_postgres_view_storage_and_totals_follow_the_model(conn: psycopg.Connection[Any], report: ReportSpec) -> None:
    spec = SPECS[report.name]
    view = _columns(conn, f"SELECT * FROM gsc.{spec.name} LIMIT 0")
    assert view == [(c.name, _oid(conn, c.postgres)) for c in model.table_columns(spec.key_columns)]
    storage = _columns(conn, f"SELECT * FROM gsc.{spec.storage} LIMIT 0")
    by_name = {c.name: c.postgres for c in model.table_columns(spec.key_columns)} | {"final": "boolean"}
    # Every stored column as the model types it (no ctr: the view derives it; data_state is stored as final).
    assert storage == [(c, _oid(conn, by_name[c])) for c in spec.stored_columns]
    assert [c for c, _ in storage] == [*spec.primary_key, "final", "clicks", "impressions", "position", "loaded_at"]
    totals = _columns(conn, f"SELECT * FROM gsc.{spec.name}_totals('x', '2026-01-01', '2026-01-02')")
    keys = [(c.name, _oid(conn, c.postgres)) for c in model.table_columns(spec.key_columns) if c.role == "key"]
    assert totals[2 : 2 + len(keys)] == keys
    summary = _columns(conn, f"SELECT * FROM gsc.{spec.name}_summary LIMIT 0")
    assert summary[2 : 2 + len(keys)] == keys


@pytest.mark.parametrize("report", REPORTS, ids=IDS)
def test_rows_read_back_as_the_client_built_them(loaded: psycopg.Connection[Any], report: ReportSpec) -> None:
    spec = SPECS[report.name]
    names = [c.name for c in model.report_columns(spec.key_columns)]
    got = sorted(loaded.execute(f"SELECT {', '.join(names)} FROM gsc.{spec.name}").fetchall())
    want = sorted(tuple(row.values()) for row in _client_table(report).to_pylist())
    assert got == want
    states = loaded.execute(f"SELECT DISTINCT data_state, loaded_at IS NOT NULL FROM gsc.{spec.name}").fetchall()
    assert states == [("final", True)]


# -- the registry --------------------------------------------------------------------------------------------------


def test_default_reports_tables_and_lifetime_sources_come_from_the_registry() -> None:
    registry = model.DEFAULT_REPORTS
    assert [(r.name, r.dimensions, r.aggregation_type) for r in DEFAULT_REPORTS] == [
        (r.name, r.dimensions, r.aggregation_type) for r in registry
    ]
    assert [(s.name, s.key_columns) for s in DEFAULT_TABLE_SPECS] == [(r.table, r.key_columns) for r in registry]
    assert all(s.is_partitioned != r.small for s, r in zip(DEFAULT_TABLE_SPECS, registry, strict=True))
    assert [model.table_name(r.name) for r in DEFAULT_REPORTS] == [r.table for r in registry]
    assert model.table_name("brand") == "custom_brand"
    sources = {r.table: (r.lifetime, model.LIFETIME_KEYS[r.lifetime]) for r in registry if r.lifetime}
    assert dict(LIFETIME_SOURCES) == sources
    for report in registry:
        if report.lifetime:
            assert set(model.LIFETIME_KEYS[report.lifetime]) <= set(report.key_columns)


def test_model_imports_nothing_but_pyarrow() -> None:
    import ast

    tree = ast.parse(Path(model.__file__).read_text())
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert {m.split(".")[0] for m in imported} <= {"__future__", "collections", "dataclasses", "typing", "pyarrow"}
