"""Lifetime statistics: the incremental refresh always equals a full rebuild."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator

import psycopg
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gsc_assets.warehouse import DEFAULT_TABLE_SPECS, TableSpec, Warehouse

SPECS = {spec.name: spec for spec in DEFAULT_TABLE_SPECS}
QUERY_PAGE, PAGE = SPECS["query_page_daily"], SPECS["page_daily"]
SITES = ("sc-domain:a.example", "https://b.example/")
# Dates across a month boundary, so several partitions are involved.
DATES = tuple(dt.date(2026, 9, 29) + dt.timedelta(days=i) for i in range(4))
TYPES = ("web", "image")
QUERIES = ("q0", "q1", "q2")
PAGES = ("https://a.example/p0", "https://a.example/p1", "https://a.example/p2")
COUNTRIES = ("usa", "fra")
LIFETIME_COLUMNS = (
    "daily_rows, clicks, impressions, sum_position_x_impressions, ctr, position, first_seen, last_seen, days_seen"
)


@pytest.fixture(scope="module")
def wh(pg_url: str) -> Iterator[Warehouse]:
    with Warehouse(pg_url) as warehouse:
        warehouse.migrate()
        yield warehouse


def build(spec: TableSpec, site: str, day: dt.date, rows: list[tuple]) -> pa.Table:
    keys = ("search_type", *spec.key_columns)
    seen: dict[tuple, tuple] = {}
    for search_type, query, page, country, clicks, impressions, position in rows:
        values = {"search_type": search_type, "query": query, "page": page, "country": country, "device": "MOBILE"}
        seen.setdefault(tuple(values[k] for k in keys), (clicks, impressions, position))
    columns: dict[str, list] = {k: [key[i] for key in seen] for i, k in enumerate(keys)}
    metrics = list(seen.values())
    clicks = [m[0] for m in metrics]
    impressions = [m[1] for m in metrics]
    return pa.table(
        {
            "site_url": pa.array([site] * len(seen), pa.string()),
            "date": pa.array([day] * len(seen), pa.date32()),
            **{k: pa.array(v, pa.string()) for k, v in columns.items()},
            "clicks": pa.array(clicks, pa.int64()),
            "impressions": pa.array(impressions, pa.int64()),
            "ctr": pa.array([c / i for c, i in zip(clicks, impressions, strict=True)], pa.float64()),
            "position": pa.array([m[2] for m in metrics], pa.float64()),
        }
    )


def snapshot(conn: psycopg.Connection) -> dict[str, list[tuple]]:
    return {
        "query_page": conn.execute(
            f"SELECT site_url, search_type, query, page, {LIFETIME_COLUMNS} "
            "FROM gsc.lifetime_query_page ORDER BY 1, 2, 3, 4"
        ).fetchall(),
        "page": conn.execute(
            f"SELECT site_url, search_type, page, {LIFETIME_COLUMNS} FROM gsc.lifetime_page ORDER BY 1, 2, 3"
        ).fetchall(),
    }


def assert_same(incremental: dict[str, list[tuple]], full: dict[str, list[tuple]]) -> None:
    for name in full:
        assert len(incremental[name]) == len(full[name]), name
        for got, want in zip(incremental[name], full[name], strict=True):
            # Sums of floats in another order differ in the last bits; everything else is exact.
            exact = [(g, w) for g, w in zip(got, want, strict=True) if not isinstance(w, float)]
            floats = [(g, w) for g, w in zip(got, want, strict=True) if isinstance(w, float)]
            assert all(g == w for g, w in exact), (name, got, want)
            assert all(g == pytest.approx(w, rel=1e-9) for g, w in floats), (name, got, want)


def reset(conn: psycopg.Connection) -> None:
    conn.execute(
        "TRUNCATE gsc.query_page_daily_data, gsc.page_daily_data, gsc.lifetime_query_page, gsc.lifetime_page, "
        "gsc.lifetime_delta, gsc.load_ledger"
    )


row = st.tuples(
    st.sampled_from(TYPES),
    st.sampled_from(QUERIES),
    st.sampled_from(PAGES),
    st.sampled_from(COUNTRIES),
    st.integers(0, 50),
    st.integers(50, 500),
    st.floats(1.0, 80.0, allow_nan=False),
)
load = st.tuples(
    st.sampled_from(SITES),
    st.sampled_from(DATES),
    st.lists(row, max_size=12),  # empty = every key of that day deleted
    st.sampled_from(("both", "query_page", "page")),
    st.booleans(),  # refresh after this load?
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(loads=st.lists(load, min_size=1, max_size=8))
def test_incremental_equals_full(wh: Warehouse, loads: list) -> None:
    with wh.connect() as conn:
        reset(conn)
        for site, day, rows, which, refresh in loads:
            tables = {}
            if which in ("both", "query_page"):
                tables[QUERY_PAGE] = build(QUERY_PAGE, site, day, rows)
            if which in ("both", "page"):
                tables[PAGE] = build(PAGE, site, day, rows)
            wh.load_partition(site, day, tables, data_state="final", run_id="h")
            if refresh:
                wh.refresh_lifetime()
        figures = wh.refresh_lifetime()
        assert conn.execute("SELECT count(*) FROM gsc.lifetime_delta").fetchone() == (0,)
        incremental = snapshot(conn)
        rebuilt = wh.refresh_lifetime(full=True)
        assert rebuilt["full"] and not figures["full"]  # the rebuild was a rebuild, the refresh before it was not
        assert_same(incremental, snapshot(conn))


def test_loads_committing_out_of_order_are_not_missed(wh: Warehouse, pg_url: str) -> None:
    gate = TableSpec("custom_gate", ())
    wh.ensure_tables([gate])
    site, early, late = SITES[0], DATES[0], DATES[1]
    first_rows = [("web", "q0", PAGES[0], "usa", 3, 60, 2.0), ("web", "q1", PAGES[1], "fra", 1, 70, 4.0)]
    second_rows = [("web", "q0", PAGES[0], "usa", 5, 90, 3.0)]
    gate_rows = pa.table({"search_type": ["web"], "clicks": [1], "impressions": [2], "ctr": [0.5], "position": [1.0]})
    errors: list[BaseException] = []
    with wh.connect() as conn:
        reset(conn)
        wh.refresh_lifetime()
        with psycopg.connect(pg_url) as blocker, Warehouse(pg_url, application_name="slow-load") as slow:
            blocker.execute("LOCK TABLE gsc.custom_gate_data IN ACCESS EXCLUSIVE MODE")

            def run() -> None:
                try:
                    tables = {
                        QUERY_PAGE: build(QUERY_PAGE, site, early, first_rows),
                        PAGE: build(PAGE, site, early, first_rows),
                        gate: gate_rows,
                    }
                    slow.load_partition(site, early, tables, data_state="final", run_id="slow")
                except BaseException as exc:  # noqa: B036
                    errors.append(exc)

            thread = threading.Thread(target=run)
            thread.start()
            for _ in range(200):
                waiting = conn.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'slow-load' "
                    "AND wait_event_type = 'Lock'"
                ).fetchone()
                if waiting == (1,):
                    break
                time.sleep(0.05)
            # A later load (higher load id and delta ids) commits first and is consumed first.
            wh.load_partition(
                site, late, {QUERY_PAGE: build(QUERY_PAGE, site, late, second_rows)}, data_state="final", run_id="fast"
            )
            assert wh.refresh_lifetime()["deltas_consumed"] == 1
            blocker.rollback()
            thread.join(30)
        assert not errors
        assert wh.refresh_lifetime()["deltas_consumed"] == 4
        incremental = snapshot(conn)
        wh.refresh_lifetime(full=True)
        assert_same(incremental, snapshot(conn))
        q0 = [r for r in incremental["query_page"] if r[2] == "q0"][0]
        assert q0[4:7] == (2, 8, 150) and q0[10:13] == (early, late, 2)
