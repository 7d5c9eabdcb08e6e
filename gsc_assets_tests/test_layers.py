"""House rule 1: the client and the warehouse never import Dagster (nor each other); the pipeline joins them without
Dagster; production never imports the simulator; Dagster's private API is reached through one helper module."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "gsc_assets"
DAGSTER_INTERNALS = "gsc_assets._dagster_internals"


@pytest.mark.parametrize(
    "module",
    [
        "gsc_assets.model",
        "gsc_assets.gsc",
        "gsc_assets.export",
        "gsc_assets.warehouse",
        "gsc_assets.pipeline",
        "gsc_assets.simulator",
    ],
)
def test_pure_packages_import_without_dagster(module):
    code = f"import sys, {module}; bad = [m for m in sys.modules if m.split('.')[0] == 'dagster']; print(bad)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    return _imports_in(path.read_text(), _module_name(path), is_package=path.name == "__init__.py")


def _imports_in(source: str, module: str, *, is_package: bool) -> set[str]:
    """Every module `source` imports, anywhere in it, relative imports resolved against `module`.

    `from a import b` counts as importing both `a` and `a.b` (b may be a module: `from gsc_assets import cli`).
    """
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            source_module = ".".join(part for part in (base, node.module) if part)
            names.add(source_module)
            names.update(f"{source_module}.{alias.name}" for alias in node.names)
    return names


def test_relative_imports_resolve_to_their_modules():
    code = "from ._figures import FetchFigures\nfrom ..gsc import GscClient\nfrom .. import simulator\n"
    assert _imports_in(code, "gsc_assets.pipeline._sync", is_package=False) >= {
        "gsc_assets.pipeline._figures",
        "gsc_assets.gsc",
        "gsc_assets.simulator",
    }
    assert "gsc_assets.pipeline._sync" in _imports_in("from ._sync import x\n", "gsc_assets.pipeline", is_package=True)
    assert "gsc_assets.assets._tables" in _imports(PACKAGE / "assets" / "search_analytics.py")


# Everything that imports Dagster, from its glue modules up to the command line.
DAGSTER_SIDE = (
    "gsc_assets.assets",
    "gsc_assets.automation",
    "gsc_assets.cli",
    "gsc_assets.definitions",
    "gsc_assets.instance",
    "gsc_assets.partitions",
    "gsc_assets.resources",
    DAGSTER_INTERNALS,
)


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        (
            "gsc",
            (
                "dagster",
                "gsc_assets.warehouse",
                "gsc_assets.export",
                "gsc_assets.pipeline",
                "gsc_assets.simulator",
                *DAGSTER_SIDE,
            ),
        ),  # fmt: skip
        # The export source reads BigQuery and hands the pipeline the client's tables: it knows the client's types.
        ("export", ("dagster", "gsc_assets.warehouse", "gsc_assets.pipeline", "gsc_assets.simulator", *DAGSTER_SIDE)),
        (
            "warehouse",
            (
                "dagster",
                "gsc_assets.gsc",
                "gsc_assets.export",
                "gsc_assets.pipeline",
                "gsc_assets.simulator",
                *DAGSTER_SIDE,
            ),
        ),  # fmt: skip
        ("pipeline", ("dagster", "gsc_assets.simulator", *DAGSTER_SIDE)),
        ("assets", ("gsc_assets.simulator", "gsc_assets.cli")),
        ("automation", ("gsc_assets.simulator", "gsc_assets.cli")),
        # The command line may run the simulator (`simulate`, `demo`); it uses the pure packages' public API only.
        ("cli", ("gsc_assets.gsc._", "gsc_assets.export._", "gsc_assets.warehouse._", "gsc_assets.pipeline._")),
    ],
)
def test_imports_run_one_way(package, forbidden):
    offenders = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad if bad.endswith("_") else bad + ".") for bad in forbidden):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_table_model_is_the_bottom_layer():
    """The client and the warehouse both derive their tables from the model: it may import neither, nor Dagster."""
    found = {n for n in _imports(PACKAGE / "model.py") if n.split(".")[0] in ("gsc_assets", "dagster")}
    assert found == set()
    assert "gsc_assets.model" in _imports(PACKAGE / "warehouse" / "_specs.py")
    assert "gsc_assets.model" in _imports(PACKAGE / "gsc" / "_reports.py")


def test_dagster_private_api_only_through_the_helper():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if _module_name(path) == DAGSTER_INTERNALS:
            continue
        offenders += [f"{path.relative_to(PACKAGE)} imports {name}" for name in _imports(path)
                      if name.startswith("dagster._")]  # fmt: skip
    assert offenders == []
