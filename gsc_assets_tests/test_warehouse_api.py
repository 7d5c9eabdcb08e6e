"""The warehouse package's public surface, its layering, and the embedded-server fallback of the fixtures."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import gsc_assets.warehouse as warehouse
from gsc_assets.warehouse import DEFAULT_TABLE_SPECS, TableSpec, Warehouse
from gsc_assets.warehouse.embedded import stop_embedded_server
from gsc_assets_tests.fixtures_pg import create_database, drop_database, find_server_url, report_rows


def test_public_names() -> None:
    assert sorted(warehouse.__all__) == sorted(
        [
            "DEFAULT_TABLE_SPECS",
            "DatabaseError",
            "LoadResult",
            "NothingStaged",
            "PostgresQuotaStore",
            "SchemaError",
            "StagedPartition",
            "Staging",
            "StagingError",
            "TableSpec",
            "ValidationError",
            "Warehouse",
            "WarehouseError",
            "ensure_embedded_server",
            "while_the_server_comes_back",
        ]
    )
    # Every name listed is really there (a name in __all__ the package does not define fails `from ... import *`).
    assert [name for name in warehouse.__all__ if not hasattr(warehouse, name)] == []


def test_error_tree() -> None:
    for name in ("DatabaseError", "SchemaError", "StagingError", "ValidationError"):
        assert issubclass(getattr(warehouse, name), warehouse.WarehouseError)


def test_imports_neither_dagster_nor_the_client() -> None:
    code = (
        "import sys, gsc_assets.warehouse, gsc_assets.warehouse.embedded\n"
        "bad = [m for m in sys.modules if m.split('.')[0] == 'dagster' or m.startswith('gsc_assets.gsc')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_table_spec_rules() -> None:
    assert TableSpec("query_daily", ("query", "country", "device")).is_partitioned
    assert not TableSpec("appearance_daily", ("search_appearance",)).is_partitioned
    assert not TableSpec("custom_x", ("query",), partitioned=False).is_partitioned
    assert TableSpec("a", ("query",)) == TableSpec("a", ("query",), partitioned=True)  # hash/eq by name and keys
    for bad in (("Bad", ()), ("x; drop", ()), ("t", ("clicks",)), ("t", ("q", "q")), ("x" * 41, ())):
        with pytest.raises(ValueError):
            TableSpec(*bad)


def test_embedded_fallback_runs_the_warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GSC_TEST_DATABASE_URL", raising=False)
    url, embedded = find_server_url(tmp_path / "pg", local_url="postgresql://postgres@127.0.0.1:1/postgres")
    assert embedded is not None and "host=" in url
    try:
        db = create_database(url, "embedded")
        try:
            spec = next(s for s in DEFAULT_TABLE_SPECS if s.name == "query_page_daily")
            day = dt.date(2026, 10, 1)
            with Warehouse(db) as wh:
                assert wh.migrate() == ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010"]
                result = wh.load_partition(
                    "sc-domain:x.example",
                    day,
                    {spec: report_rows(spec, "sc-domain:x.example", day, 100)},
                    data_state="final",
                    run_id="e",
                )
                assert result.rows == {"query_page_daily": 100}
                assert wh.refresh_lifetime()["keys_touched"]["lifetime_query_page"] > 0
        finally:
            drop_database(url, db)
    finally:
        stop_embedded_server(embedded)
