"""Simulator fixtures shared by every test module (registered in conftest.py via pytest_plugins).

- ``sim``: one plain-HTTP simulator for the whole session (small sites, fixed today). Tests that change its
  runtime state (faults, access, today, quota) must undo it; ``sim_fresh`` does that for them.
- ``sim_tls``: the same over HTTPS with HTTP/2 (hypercorn); trust ``sim_tls.ca_pem_path``.
- ``sim_factory``: start a private simulator with any SimConfig fields, stopped after the test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gsc_assets.simulator import SimConfig, SimulatorServer

SIM_TODAY = dt.date(2026, 11, 20)
SIM_SITES = {"sc-domain:example.com": 2000, "https://www.example.org/": 500}
SIM_SEED = 7


def sim_config(**overrides: Any) -> SimConfig:
    """The test default SimConfig with some fields replaced."""
    fields: dict[str, Any] = {"sites": dict(SIM_SITES), "today": SIM_TODAY, "seed": SIM_SEED}
    fields.update(overrides)
    return SimConfig(**fields)


@pytest.fixture(scope="session")
def sim(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimulatorServer]:
    with SimulatorServer(sim_config(), workdir=tmp_path_factory.mktemp("sim")) as server:
        yield server


@pytest.fixture
def sim_fresh(sim: SimulatorServer) -> Iterator[SimulatorServer]:
    """The session simulator with stats, quota windows and every runtime knob restored before and after."""
    sim.reset(config=True)
    yield sim
    sim.reset(config=True)


@pytest.fixture(scope="session")
def sim_tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimulatorServer]:
    with SimulatorServer(sim_config(), workdir=tmp_path_factory.mktemp("sim-tls"), tls=True) as server:
        yield server


@pytest.fixture
def sim_factory(tmp_path: Path) -> Iterator[Callable[..., SimulatorServer]]:
    """``sim_factory(tls=False, **SimConfig fields)`` -> a started private simulator."""
    started: list[SimulatorServer] = []

    def start(*, tls: bool = False, **overrides: Any) -> SimulatorServer:
        server = SimulatorServer(sim_config(**overrides), workdir=tmp_path / f"sim{len(started)}", tls=tls)
        server.start()
        started.append(server)
        return server

    yield start
    for server in reversed(started):
        server.stop()
