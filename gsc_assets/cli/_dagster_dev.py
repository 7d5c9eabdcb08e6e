"""`python -m gsc_assets.cli._dagster_dev dev ...`: Dagster's own `dagster` command, minus one warning, with our
daemon.

`dagster dev` warns on every start that it is superseded by `dg dev`. `dg dev` needs a `dg` project layout and
starts the same webserver and daemon, so `gsc-assets dev` keeps `dagster dev` with our module, and a new user's
first screen does not open with a warning about a command they never typed.

The daemon `dagster dev` starts (`python -m dagster._daemon run ...`) becomes `gsc_assets.cli.daemon`, the same
daemon with a 5 s backfill loop, as production runs it (`gsc-assets-daemon`).
"""

from __future__ import annotations

import runpy
import sys
import warnings
from pathlib import Path

import dagster as dg

OUR_DAEMON_MODULE = "gsc_assets.cli.daemon"


def main() -> None:
    warnings.filterwarnings("ignore", category=dg.SupersessionWarning)
    from gsc_assets._dagster_internals import start_dev_daemon_as

    if not start_dev_daemon_as(OUR_DAEMON_MODULE):  # Dagster moved it: its own daemon, with its 30 s loop
        print("gsc-assets dev: cannot start our daemon with this Dagster; using Dagster's", file=sys.stderr)
    script = Path(sys.executable).with_name("dagster")
    sys.argv = [str(script), *sys.argv[1:]]
    runpy.run_path(str(script), run_name="__main__")


if __name__ == "__main__":
    main()
