"""`gsc-assets demo` and `gsc-assets dev`: the first five minutes of a new user.

Both run on the instance the CLI writes under `.gsc/` (or `$DAGSTER_HOME`) and on the warehouse of
`GSC_DATABASE_URL`, or the embedded PostgreSQL when it is unset, so the demo's data is what `dev` shows.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gsc_assets.partitions import FINAL_LAG_DAYS, pacific_today

DEMO_SITES = {"sc-domain:demo-shop.example": 4000, "https://blog.demo.example/": 1000}
DEMO_DAYS = 30
DEMO_LATENCY_MS = 120.0
DEV_SIM_PORT = 8765
SHUTDOWN_GRACE_S = 20


def demo_range(days: int = DEMO_DAYS) -> tuple[dt.date, dt.date]:
    """The demo's days: the last `days` final days. `demo` and `dev --simulate` start the partitions there, so the
    UI shows the loaded days filled in, not 30 days lost in Google's 16 months of empty partitions."""
    end = pacific_today() - dt.timedelta(days=FINAL_LAG_DAYS)
    return end - dt.timedelta(days=days - 1), end


@contextmanager
def simulator(*, port: int, latency_ms: float, workdir: Path) -> Iterator[object]:
    """A simulator in this process; its URL, key and sites go into the environment for the code location."""
    from gsc_assets.simulator import SimConfig, SimulatorServer

    config = SimConfig(sites=dict(DEMO_SITES), seed=1, latency_ms=latency_ms)
    with SimulatorServer(config, port=port, workdir=workdir) as server:
        names = ("GSC_API_BASE_URL", "GOOGLE_APPLICATION_CREDENTIALS", "GSC_SITES")
        previous = {name: os.environ.get(name) for name in names}
        os.environ["GSC_API_BASE_URL"] = server.base_url
        os.environ["GOOGLE_APPLICATION_CREDENTIALS"] = str(server.key_path)
        os.environ.setdefault("GSC_SITES", ",".join(DEMO_SITES))  # a user's own list wins
        try:
            yield server
        finally:
            for name, value in previous.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def demo(*, days: int = DEMO_DAYS, latency_ms: float = DEMO_LATENCY_MS) -> int:
    import dagster as dg

    from gsc_assets.cli.sync import SyncRequest, format_summary, run_sync
    from gsc_assets.definitions import build_gsc_definitions, default_resources
    from gsc_assets.resources import resolve_database_url

    started = time.perf_counter()
    start, end = demo_range(days)
    os.environ.setdefault("GSC_START_DATE", min(start, demo_range()[0]).isoformat())
    os.environ.setdefault("GSC_HOURLY", "on")
    url = resolve_database_url(os.environ.get("GSC_DATABASE_URL"))
    where = "GSC_DATABASE_URL" if os.environ.get("GSC_DATABASE_URL") else "the embedded PostgreSQL under .gsc/"
    print(f"gsc-assets demo: {len(DEMO_SITES)} sites x {days} days ({start} .. {end}) into {where}", flush=True)
    with simulator(port=0, latency_ms=latency_ms, workdir=Path(".gsc") / "demo-sim") as sim:
        print(f"  simulator: {sim.base_url} (latency ~{latency_ms:.0f} ms, Google's quota)", flush=True)  # type: ignore[attr-defined]
        os.environ["GSC_DATABASE_URL"] = url
        request = SyncRequest(start=start, end=end, sites=tuple(DEMO_SITES), refetch=True)
        summary = run_sync(request)
        print(format_summary(summary))
        if summary["failed"]:
            return 1
        print("  lifetime stats, sites and sitemaps: materialising gsc/lifetime_query_page, gsc/lifetime_page, "
              "gsc/sites and gsc/sitemaps explicitly (in `gsc-assets dev` the automation sensor does this), then "
              "every asset check", flush=True)  # fmt: skip
        defs = build_gsc_definitions(resources=default_resources())  # the URL as an EnvVar (set above)
        check_keys = defs.get_repository_def().asset_graph.asset_check_keys
        lifetime = dg.materialize(
            [*(defs.assets or []), *(defs.asset_checks or [])],
            selection=dg.AssetSelection.assets(
                ["gsc", "lifetime_query_page"], ["gsc", "lifetime_page"], ["gsc", "sites"], ["gsc", "sitemaps"]
            )
            | dg.AssetSelection.checks(*check_keys),
            instance=dg.DagsterInstance.get(),
            resources=defs.resources,
            run_config={"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}},
            raise_on_error=False,
        )
        if not lifetime.success:
            print("gsc-assets demo: the lifetime, sites or sitemaps refresh failed (see `gsc-assets dev` run logs)",
                  file=sys.stderr)  # fmt: skip
            return 1
        materialisation = lifetime.asset_materializations_for_node("gsc_lifetime_stats")[0]
        figures = {k: v.value for k, v in materialisation.metadata.items()}
        print(f"  lifetime refresh: {figures}")
        sites = lifetime.asset_materializations_for_node("gsc__sites")[0].metadata
        sitemaps = lifetime.asset_materializations_for_node("gsc__sitemaps")[0].metadata
        print(f"  sites: {sites['properties'].value} properties in gsc.sites; sitemaps: "
              f"{sitemaps['dagster/row_count'].value} in gsc.sitemaps ({sitemaps['pending'].value} pending, "
              f"{sitemaps['with_errors'].value} with errors)")  # fmt: skip
        evaluations = lifetime.get_asset_check_evaluations()
        failed = [f"{e.asset_key.to_user_string()}:{e.check_name}" for e in evaluations if not e.passed]
        print(f"  asset checks: {len(evaluations) - len(failed)} of {len(evaluations)} passed"
              + (f"; failed: {', '.join(failed)}" if failed else ""))  # fmt: skip
    print(f"done in {time.perf_counter() - started:.1f} s. Open the UI on the same data: `gsc-assets dev --simulate`"
          " (or `make dev`), then http://127.0.0.1:3000")  # fmt: skip
    return 0


def dev(*, host: str, port: int, simulate: bool) -> int:
    """`dagster dev` (webserver + daemon) on our instance; Ctrl-C stops the children, then the simulator, then the
    embedded server (last, because the others hold connections to it)."""
    from gsc_assets.instance import open_instance
    from gsc_assets.resources import resolve_database_url

    stop_requested: list[int] = []

    def on_signal(signum: int, _frame: object) -> None:
        stop_requested.append(signum)

    # Handlers first: a signal between starting a child and installing them would orphan the child.
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        url = resolve_database_url(os.environ.get("GSC_DATABASE_URL"))
        home = open_instance(url).root_directory
        os.environ["GSC_DATABASE_URL"] = url
        with _maybe_simulator(simulate):
            command = [sys.executable, "-m", "gsc_assets.cli._dagster_dev", "dev", "-m", "gsc_assets.definitions",
                       "-h", host, "-p", str(port)]  # fmt: skip
            print(f"gsc-assets dev: Dagster UI on http://{host}:{port} (instance {home})", flush=True)
            child = subprocess.Popen(command, env=dict(os.environ), start_new_session=True)
            while child.poll() is None and not stop_requested:
                time.sleep(0.2)
            if child.poll() is None:
                child.send_signal(signal.SIGINT)
                try:
                    child.wait(timeout=SHUTDOWN_GRACE_S)
                except subprocess.TimeoutExpired:
                    os.killpg(child.pid, signal.SIGKILL)
                    child.wait()
            code = child.returncode
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0 if stop_requested else code


@contextmanager
def _maybe_simulator(enabled: bool) -> Iterator[None]:
    if not enabled:
        yield
        return
    os.environ.setdefault("GSC_START_DATE", demo_range()[0].isoformat())  # the demo's days, not 16 empty months
    os.environ.setdefault("GSC_HOURLY", "on")  # the simulator serves Google's ten days of hours
    # Its first tick comes before discovery has added the sites: a minute, not half an hour, until the next one.
    os.environ.setdefault("GSC_AVAILABILITY_INTERVAL_S", "60")
    with simulator(port=DEV_SIM_PORT, latency_ms=DEMO_LATENCY_MS, workdir=Path(".gsc") / "dev-sim") as sim:
        print(f"  simulator: {sim.base_url} (sites {', '.join(DEMO_SITES)})", flush=True)  # type: ignore[attr-defined]
        yield
