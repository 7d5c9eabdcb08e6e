"""Snapshot of the asset graph (house rule 10): any change to keys, groups, partitions, checks, sensors or
schedules shows up as a diff of snapshots/definitions.json. Regenerate with UPDATE_SNAPSHOTS=1."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest

from gsc_assets.definitions import build_gsc_definitions
from gsc_assets.resources import GscResource, WarehouseResource

SNAPSHOT = Path(__file__).parent / "snapshots" / "definitions.json"


def describe(defs: dg.Definitions) -> dict:
    repo = defs.get_repository_def()
    graph = repo.asset_graph
    assets = {}
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        partitions = node.partitions_def
        assets[key.to_user_string()] = {
            "group": node.group_name,
            "kinds": sorted(node.kinds),
            "partitions": None
            if partitions is None
            else {
                "type": type(partitions).__name__,
                "dimensions": [
                    {"name": d.name, "type": type(d.partitions_def).__name__} for d in partitions.partitions_defs
                ]
                if isinstance(partitions, dg.MultiPartitionsDefinition)
                else None,
            },
            "deps": sorted(k.to_user_string() for k in node.parent_keys),
            "automation": node.automation_condition is not None,
            "table_name": (node.metadata or {}).get("dagster/table_name"),
        }
    return {
        "assets": assets,
        "checks": sorted(key.to_user_string() for key in graph.asset_check_keys),
        "sensors": sorted(sensor.name for sensor in repo.sensor_defs),
        "schedules": sorted(schedule.name for schedule in repo.schedule_defs),
        "resources": sorted(repo.get_top_level_resources()),
    }


@pytest.fixture
def default_env(monkeypatch):
    for name in list(os.environ):
        if name.startswith("GSC_"):
            monkeypatch.delenv(name)


def test_definitions_match_the_snapshot(default_env):
    defs = build_gsc_definitions(
        start_date=dt.date(2025, 8, 1),
        resources={"gsc": GscResource(), "warehouse": WarehouseResource(database_url="postgresql://unused/db")},
    )
    current = describe(defs)
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(json.dumps(current, indent=2, sort_keys=True) + "\n")
    assert current == json.loads(SNAPSHOT.read_text())


def test_the_code_location_module_loads_without_starting_anything(tmp_path):
    """Importing the code location (what `dagster dev` does) neither starts the embedded server nor touches Google."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GSC_", "DAGSTER_"))}
    code = (
        "import sys, dagster as dg, gsc_assets.definitions as m; "
        "assert isinstance(m.defs, dg.Definitions); "
        "print('pgserver' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False"
    assert not (tmp_path / ".gsc").exists()


def test_reports_selection_shapes_the_graph(default_env, monkeypatch):
    monkeypatch.setenv("GSC_REPORTS", "property,query")
    defs = build_gsc_definitions(start_date=dt.date(2025, 8, 1))
    keys = {key.to_user_string() for key in defs.get_repository_def().asset_graph.get_all_asset_keys()}
    assert keys == {"gsc/search_console_api", "gsc/property_daily", "gsc/query_daily", "gsc/sites", "gsc/sitemaps"}


def test_runs_execute_in_process_and_a_location_with_its_own_executor_can_merge_ours(default_env):
    """Every fetch run is one step: the in-process executor spares it a second interpreter. Dagster refuses two
    executors in one merged location, so `executor=None` leaves the choice to the user's own definitions."""
    ours = build_gsc_definitions(start_date=dt.date(2025, 8, 1))
    assert ours.resolve_job_def("gsc_daily_job").executor_def is dg.in_process_executor
    assert ours.resolve_implicit_global_asset_job_def().executor_def is dg.in_process_executor
    with pytest.raises(dg.DagsterInvariantViolationError, match="executor"):
        dg.Definitions.merge(ours, dg.Definitions(executor=dg.multiprocess_executor))
    merged = dg.Definitions.merge(
        build_gsc_definitions(start_date=dt.date(2025, 8, 1), executor=None),
        dg.Definitions(executor=dg.multiprocess_executor),
    )
    assert merged.resolve_job_def("gsc_daily_job").executor_def is dg.multiprocess_executor
