"""Shared fixtures: the simulator over loopback HTTP and a real Postgres database per test module."""

pytest_plugins = ["gsc_assets_tests.fixtures_sim", "gsc_assets_tests.fixtures_pg", "gsc_assets_tests.fixtures_dev"]
