"""A lifetime refresh running while loads commit: loads never wait on it beyond a short lock timeout, and no
refresh ever applies part of a partition (lifetime + pending deltas equal the daily rows in every snapshot)."""

from __future__ import annotations

import datetime as dt
import math
import threading

import psycopg
import pytest

from gsc_assets.warehouse import DEFAULT_TABLE_SPECS, Warehouse, checks
from gsc_assets_tests.fixtures_pg import report_rows

pytestmark = pytest.mark.timeout(240)

SPECS = {spec.name: spec for spec in DEFAULT_TABLE_SPECS}
SITE = "sc-domain:busy-refresh.example"
FIRST = dt.date(2026, 9, 1)
ROWS = 1_500
LOCK_TIMEOUT_MS = 500
MIN_LOADS, MAX_LOADS = 12, 200


def with_lock_timeout(url: str) -> str:
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-c%20lock_timeout%3D{LOCK_TIMEOUT_MS}"


def partition(day: dt.date, seed: int) -> dict:
    return {
        SPECS[name]: report_rows(SPECS[name], SITE, day, ROWS, seed=seed, search_types=("web", "image"))
        for name in ("query_page_daily", "page_daily")
    }


def test_loads_are_not_blocked_by_refreshes_and_refreshes_never_see_half_a_partition(pg_url):
    with Warehouse(pg_url) as setup:
        setup.migrate()
        for n in range(4):
            day = FIRST + dt.timedelta(days=n)
            setup.load_partition(SITE, day, partition(day, 0), data_state="final", run_id="seed")
        setup.refresh_lifetime()

    stop = threading.Event()
    problems: list[str] = []
    refreshes = checked = 0

    def refresher() -> None:
        nonlocal refreshes
        with Warehouse(pg_url) as wh:
            while not stop.is_set():
                wh.refresh_lifetime()
                refreshes += 1

    def checker() -> None:
        nonlocal checked
        with psycopg.connect(pg_url, autocommit=True) as conn:
            while not stop.is_set():
                for table in ("lifetime_query_page", "lifetime_page"):
                    outcome = checks.lifetime_totals(conn, table, sample_percent=100.0)
                    if not outcome.passed:
                        problems.append(outcome.description)
                checked += 1

    workers = [threading.Thread(target=refresher), threading.Thread(target=checker)]
    for worker in workers:
        worker.start()
    try:
        # Loads under a lock timeout: waiting longer than that for any lock the refresh holds raises.
        with Warehouse(with_lock_timeout(pg_url)) as loader:
            for n in range(MAX_LOADS):  # until every worker has overlapped several loads
                day = FIRST + dt.timedelta(days=n % 6)  # new days and reloads of old ones with changed data
                loader.load_partition(SITE, day, partition(day, seed=n + 1), data_state="final", run_id=f"r{n}")
                if n >= MIN_LOADS and refreshes >= 3 and checked >= 3:
                    break
    finally:
        stop.set()
        for worker in workers:
            worker.join(timeout=120)
    assert refreshes >= 3 and checked >= 3, (refreshes, checked)
    assert problems == []

    state = (
        "SELECT site_url, search_type, query, page, daily_rows, clicks, impressions, "
        "first_seen, last_seen, days_seen, sum_position_x_impressions "
        "FROM gsc.lifetime_query_page ORDER BY 1, 2, 3, 4"
    )
    with Warehouse(pg_url) as wh:
        wh.refresh_lifetime()
        with wh.connect() as conn:
            incremental = conn.execute(state).fetchall()
        wh.refresh_lifetime(full=True)
        with wh.connect() as conn:
            full = conn.execute(state).fetchall()
    assert incremental and [row[:-1] for row in incremental] == [row[:-1] for row in full]
    # Sums of floats in another order: equal to the last few bits.
    assert all(math.isclose(a[-1], b[-1], rel_tol=1e-9) for a, b in zip(incremental, full, strict=True))
