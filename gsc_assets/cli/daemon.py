"""`gsc-assets-daemon run ...`: Dagster's `dagster-daemon`, with its backfill loop every 5 s instead of every 30 s.

Dagster's backfill daemon sleeps `DEFAULT_DAEMON_INTERVAL_SECONDS` (30 s) between iterations, and no `dagster.yaml`
key or environment variable changes it. A backfill launched from the UI waits for the next iteration before its
first run is created (15 s on average) and is reported complete at the first iteration after its last run ended
(15 s more): about 30 s of every UI backfill, whatever its size (benchmarks/NOTES.md, "Agency backfills"). An idle
iteration costs a few queries. The constant is private: `test_daemon_loop.py` fails when Dagster moves it.
"""

from __future__ import annotations

import sys

#: Seconds between iterations of Dagster's backfill daemon (and the asset daemon's pre-sensor loop) in our daemon.
DAEMON_LOOP_S = 5


def use_fast_daemon_loop() -> None:
    from gsc_assets._dagster_internals import set_daemon_loop

    if not set_daemon_loop(DAEMON_LOOP_S):  # Dagster moved it: run as Dagster would
        print("gsc-assets-daemon: this Dagster has no daemon loop constant; using its default", file=sys.stderr)


def main() -> None:
    use_fast_daemon_loop()
    from gsc_assets._dagster_internals import run_dagster_daemon_cli

    sys.argv[0] = "dagster-daemon"
    run_dagster_daemon_cli()


if __name__ == "__main__":  # `python -m`: run the package's module, whose DAEMON_LOOP_S a deployment may set
    from gsc_assets.cli.daemon import main as package_main

    package_main()
