"""`python -m gsc_assets.cli._dagster_dev dev ...`: Dagster's own `dagster` command, minus one warning.

`dagster dev` warns on every start that it is superseded by `dg dev`. `dg dev` needs a `dg` project layout and
starts the same webserver and daemon, so `gsc-assets dev` keeps `dagster dev` with our module, and a new user's
first screen does not open with a warning about a command they never typed.
"""

from __future__ import annotations

import runpy
import sys
import warnings
from pathlib import Path

import dagster as dg


def main() -> None:
    warnings.filterwarnings("ignore", category=dg.SupersessionWarning)
    script = Path(sys.executable).with_name("dagster")
    sys.argv = [str(script), *sys.argv[1:]]
    runpy.run_path(str(script), run_name="__main__")


if __name__ == "__main__":
    main()
