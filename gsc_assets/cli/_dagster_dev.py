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
from typing import Any

import dagster as dg

DAGSTER_DAEMON_MODULE = "dagster._daemon"
OUR_DAEMON_MODULE = "gsc_assets.cli.daemon"


def start_our_daemon() -> None:
    """`dagster dev` starts every child through `open_ipc_subprocess`; swap the daemon's module in that command."""
    import dagster._cli.dev as dagster_dev

    launch = dagster_dev.open_ipc_subprocess

    def open_with_our_daemon(parts: list[str], **kwargs: Any) -> Any:
        return launch([OUR_DAEMON_MODULE if part == DAGSTER_DAEMON_MODULE else part for part in parts], **kwargs)

    dagster_dev.open_ipc_subprocess = open_with_our_daemon  # type: ignore[assignment]


def main() -> None:
    warnings.filterwarnings("ignore", category=dg.SupersessionWarning)
    start_our_daemon()
    script = Path(sys.executable).with_name("dagster")
    sys.argv = [str(script), *sys.argv[1:]]
    runpy.run_path(str(script), run_name="__main__")


if __name__ == "__main__":
    main()
