"""Postgres for the tests: a real server, one fresh database per test module.

Server choice (never a silent skip): ``GSC_TEST_DATABASE_URL`` if set; else the local server on
127.0.0.1:5432 if it answers; else the embedded pgserver under a temporary directory (unix socket).
The helpers are plain functions too, for benchmarks and subprocess tests.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import numpy as np
import psycopg
import pyarrow as pa
import pytest
from psycopg import conninfo, sql

from gsc_assets.warehouse import TableSpec
from gsc_assets.warehouse.embedded import ensure_embedded_server, stop_embedded_server

LOCAL_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
SMALL_KEYS = {"country": ("usa", "fra", "deu"), "device": ("MOBILE", "DESKTOP")}


def _answers(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=2) as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.OperationalError:
        return False


def find_server_url(embedded_dir: Path | None = None, *, local_url: str = LOCAL_URL) -> tuple[str, Path | None]:
    """(server URL, embedded base dir if one was started)."""
    configured = os.environ.get("GSC_TEST_DATABASE_URL")
    if configured:
        return configured, None
    if _answers(local_url):
        return local_url, None
    base = embedded_dir or Path(tempfile.mkdtemp(prefix="gsc-pg-"))
    return ensure_embedded_server(base), base


def database_url(server_url: str, dbname: str) -> str:
    """The server URL pointed at another database (works for host=<socket dir> URLs too)."""
    parts = urlsplit(server_url)
    if parts.scheme in ("postgresql", "postgres"):
        return urlunsplit(parts._replace(path="/" + dbname))
    params = conninfo.conninfo_to_dict(server_url)
    params["dbname"] = dbname
    return conninfo.make_conninfo(**params)


def create_database(server_url: str, label: str) -> str:
    """Create a fresh database named after ``label`` plus a random suffix; return its URL."""
    stem = re.sub(r"[^a-z0-9_]", "_", label.lower())[-40:].strip("_") or "db"
    name = f"gsct_{stem}_{secrets.token_hex(3)}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return database_url(server_url, name)


def drop_database(server_url: str, url: str) -> None:
    """Terminate the database's connections, then drop it."""
    name = conninfo.conninfo_to_dict(url)["dbname"]
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        )
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    url, embedded = find_server_url()
    yield url
    if embedded is not None:
        stop_embedded_server(embedded)


@pytest.fixture(scope="module")
def pg_url(pg_server_url: str, request: pytest.FixtureRequest) -> Iterator[str]:
    url = create_database(pg_server_url, request.module.__name__.rsplit(".", 1)[-1])
    yield url
    drop_database(pg_server_url, url)


def report_rows(
    spec: TableSpec,
    site_url: str,
    date: dt.date,
    n: int,
    *,
    seed: int = 0,
    search_types: tuple[str, ...] = ("web",),
) -> pa.Table:
    """Deterministic, valid rows for ``spec`` in the client's Arrow schema (n rows per search type)."""
    rng = np.random.default_rng([seed, date.toordinal(), n])
    columns: dict[str, pa.Array] = {}
    total = n * len(search_types)
    columns["site_url"] = pa.array([site_url] * total)
    columns["date"] = pa.array([date] * total, pa.date32())
    columns["search_type"] = pa.array([t for t in search_types for _ in range(n)])
    ids = np.tile(np.arange(n), len(search_types))
    # Like Google's rows: each query/page comes in several country x device variants (a mixed radix keeps
    # every key unique).
    radix = 1
    for column in spec.key_columns:
        if column in SMALL_KEYS:
            choices = SMALL_KEYS[column]
            columns[column] = pa.array([choices[(k // radix) % len(choices)] for k in ids])
            radix *= len(choices)
    for i, column in enumerate(spec.key_columns):
        if column == "hour":
            base = dt.datetime.combine(date, dt.time(), tzinfo=dt.UTC)
            stamps = [base + dt.timedelta(hours=int(k % 24), seconds=int(k // 24)) for k in ids]
            columns[column] = pa.array(stamps, pa.timestamp("s", tz="UTC"))
        elif column not in SMALL_KEYS:
            columns[column] = pa.array([f"{column}-{((k // radix) * 7919 + i) % 1_000_003}/é" for k in ids])
    columns = {c: columns[c] for c in ("site_url", "date", "search_type", *spec.key_columns)}
    impressions = rng.integers(1, 5000, total)
    clicks = rng.integers(0, impressions + 1)
    columns["clicks"] = pa.array(clicks, pa.int64())
    columns["impressions"] = pa.array(impressions, pa.int64())
    columns["ctr"] = pa.array(clicks / impressions)
    columns["position"] = pa.array(1 + rng.random(total) * 60)
    return pa.table(columns)
