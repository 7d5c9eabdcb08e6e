"""A local Google Search Console API: same wire protocol, deterministic data, scriptable misbehaviour.

Tests and benchmarks run the client against it over real HTTP; production code never imports it.
"""

from ._config import DEFAULT_CLIENT_EMAIL, DEFAULT_SITES, SimConfig
from .app import SimulatorApp, create_app
from .server import SimulatorServer

__all__ = ["DEFAULT_CLIENT_EMAIL", "DEFAULT_SITES", "SimConfig", "SimulatorApp", "SimulatorServer", "create_app"]
