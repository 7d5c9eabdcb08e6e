"""Named kill points for the crash tests: `GSC_KILL_AT=<point>[:<n>]` makes this process SIGKILL itself the n-th
time (default: the first) it reaches that point, the way a machine losing power would stop it there.

Unset, which is always the case outside the crash tests, a point costs one dictionary lookup. The points sit where a
crash is worst: a partition staged but not loaded, a COPY half done, a load written but not committed, a load
committed but not yet recorded in Dagster, and a lifetime refresh in its transaction.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

KILL_POINTS = ("after_staging", "mid_copy", "before_commit", "after_commit", "lifetime_refresh")
_reached: dict[str, int] = {}
_counting = threading.Lock()  # two loads reach the same points from two threads


def kill_point(name: str) -> None:
    wanted = os.environ.get("GSC_KILL_AT")
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    with _counting:
        _reached[name] = count = _reached.get(name, 0) + 1
    if count == int(nth or 1):
        print(f"gsc-assets: killed at {name} (GSC_KILL_AT)", file=sys.stderr, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
