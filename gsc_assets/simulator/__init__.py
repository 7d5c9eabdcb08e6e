"""A local Google Search Console API: same wire protocol, deterministic data, scriptable misbehaviour.

Tests and benchmarks run the client against it over real HTTP; production code never imports it.

    with SimulatorServer(SimConfig(today=date(2026, 11, 20)), workdir=tmp) as sim:
        sim.base_url            # GSC_API_BASE_URL
        sim.key_path            # GOOGLE_APPLICATION_CREDENTIALS (token_uri points at sim.base_url + "/token")
        sim.truth(site=..., date=..., dimensions=["query"])   # the complete expected answer
        sim.control(faults={"429": 0.2}, revoke={"principal": ..., "site": ...})

Modules: data (synthetic days), aggregate (pure grouping/cap), query (validation, answers), auth (OAuth),
quota (sliding windows), batch (multipart), transport (faults on the wire), app (ASGI), server (threads),
cli (``gsc-assets simulate``), bench (``python -m gsc_assets.simulator.bench``).
"""

from ._config import DEFAULT_CLIENT_EMAIL, DEFAULT_SITES, SimConfig
from .app import SimulatorApp, create_app
from .server import SimulatorServer

__all__ = ["DEFAULT_CLIENT_EMAIL", "DEFAULT_SITES", "SimConfig", "SimulatorApp", "SimulatorServer", "create_app"]
