"""Our daemon (`gsc-assets-daemon`, and the one `gsc-assets dev` starts) runs Dagster's backfill loop every 5 s.

Dagster reads the loop from a private module constant; these tests fail when Dagster moves or stops reading it, so an
upgrade cannot silently bring back the 30 s loop (about 30 s added to every UI backfill)."""

from __future__ import annotations

import logging
import threading
import time

import dagster as dg
import dagster._daemon.controller as controller
import pytest
from dagster._core.test_utils import create_test_daemon_workspace_context
from dagster._core.workspace.load_target import EmptyWorkspaceTarget
from dagster._daemon.backfill import execute_backfill_iteration_loop
from dagster._daemon.daemon import SpanMarker

from gsc_assets.cli.daemon import DAEMON_LOOP_S, use_fast_daemon_loop

pytestmark = pytest.mark.timeout(120)


def test_dagster_still_reads_the_loop_from_the_constant_we_set(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(controller, "DEFAULT_DAEMON_INTERVAL_SECONDS", controller.DEFAULT_DAEMON_INTERVAL_SECONDS)
    assert controller.DEFAULT_DAEMON_INTERVAL_SECONDS == 30  # Dagster's own loop: if it changed, revisit ours
    use_fast_daemon_loop()
    assert controller.DEFAULT_DAEMON_INTERVAL_SECONDS == DAEMON_LOOP_S == 5
    # The loop imports the constant when it starts, so the value set before the daemon starts is the one it sleeps.
    assert "DEFAULT_DAEMON_INTERVAL_SECONDS" in execute_backfill_iteration_loop.__code__.co_names


def test_the_real_backfill_loop_iterates_every_five_seconds(monkeypatch: pytest.MonkeyPatch):
    """Dagster's own backfill loop on a real instance, for 12 s: 3 iterations at 5 s (1 at Dagster's 30 s)."""
    monkeypatch.setattr(controller, "DEFAULT_DAEMON_INTERVAL_SECONDS", controller.DEFAULT_DAEMON_INTERVAL_SECONDS)
    use_fast_daemon_loop()
    with dg.instance_for_test() as instance:
        with create_test_daemon_workspace_context(EmptyWorkspaceTarget(), instance) as context:
            loop = execute_backfill_iteration_loop(
                context, logging.getLogger("test"), threading.Event(), until=time.time() + 12
            )
            iterations = sum(1 for marker in loop if marker is SpanMarker.START_SPAN)
    assert iterations >= 2
