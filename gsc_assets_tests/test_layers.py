"""House rule 1: the client and the warehouse never import Dagster (nor each other); production never imports the
simulator."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "gsc_assets"


@pytest.mark.parametrize("module", ["gsc_assets.gsc", "gsc_assets.warehouse", "gsc_assets.simulator"])
def test_pure_packages_import_without_dagster(module):
    code = f"import sys, {module}; bad = [m for m in sys.modules if m.split('.')[0] == 'dagster']; print(bad)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("gsc", ("dagster", "gsc_assets.warehouse", "gsc_assets.simulator")),
        ("warehouse", ("dagster", "gsc_assets.gsc", "gsc_assets.simulator")),
        ("assets", ("gsc_assets.simulator",)),
        ("automation", ("gsc_assets.simulator",)),
    ],
)
def test_imports_run_one_way(package, forbidden):
    offenders = []
    for path in sorted((PACKAGE / package).rglob("*.py")):
        for name in _imports(path):
            if any(name == bad or name.startswith(bad + ".") for bad in forbidden):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []
