"""Start bqemulator without the network: run by `.venv-bq/bin/python`, never imported by the suite.

bqemulator downloads DuckDB's spatial extension when it starts (for GEOGRAPHY, which Google's export does not
use), and the machines that run the suite reach only package registries; PyPI's duckdb-ext-spatial wheel does not
match bqemulator's DuckDB. So the loading step is skipped, and everything else is bqemulator's own `start`.
"""

import sys

from bqemulator.cli import main
from bqemulator.storage import engine

engine.DuckDBEngine._load_spatial = lambda self: None  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(main())
