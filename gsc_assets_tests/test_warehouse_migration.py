"""Upgrades lose nothing: a warehouse built by the text-keyed layout (a frozen pg_dump of it, never regenerated)
moves to today's layout with migration 0004, one built by the id-keyed layout (0004-0007, a frozen dump with its
rows) with migration 0008, one built by the site-URL layout (0008, a frozen dump) with migration 0009, and one built by
the state-in-rows layout (0009, a frozen dump) gets the views of migration 0010, without asking Google again, and
each reads back the same data."""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pyarrow as pa
import pytest

from gsc_assets.warehouse import DEFAULT_TABLE_SPECS, SchemaError, TableSpec, Warehouse
from gsc_assets_tests.fixtures_pg import create_database, drop_database, report_rows

FROZEN_DDL = Path(__file__).parent / "frozen" / "warehouse_0003.sql"
FROZEN_KEYED = Path(__file__).parent / "frozen" / "warehouse_0007.sql"
FROZEN_URL_ROWS = Path(__file__).parent / "frozen" / "warehouse_0008.sql.gz"
FROZEN_STATE_ROWS = Path(__file__).parent / "frozen" / "warehouse_0009.sql.gz"
#: Site URLs a user may have, kept exactly (quotes, non-ASCII, a 2,000-character URL).
SITES = ("sc-domain:example.com", "https://exämple.org/it's/", "https://long.example/" + "p" * 2000 + "/")
DAYS = (dt.date(2026, 10, 31), dt.date(2026, 11, 1))
CUSTOM = (TableSpec("custom_query_country", ("query", "country")), TableSpec("custom_hourly_page", ("hour", "page")))
LOADED_AT = dt.datetime(2026, 11, 2, 3, 4, 5, 678901, tzinfo=dt.UTC)


def _legacy_rows(spec: TableSpec, site: str, day: dt.date, seed: int) -> pa.Table:
    table = report_rows(spec, site, day, 40 if spec.key_columns else 1, seed=seed, search_types=("web", "image"))
    if "query" in spec.key_columns:  # odd but valid strings a real warehouse holds
        queries = table.column("query").to_pylist()
        queries[:3] = ['l\'été "quoted"', "emoji 🦀 ZWJ 👩‍💻", "tab\there"]
        table = table.set_column(table.column_names.index("query"), "query", pa.array(queries))
    return table


def _write_legacy(conn: psycopg.Connection[Any]) -> None:
    """Rows, ledger and unconsumed lifetime deltas as the earlier loader wrote them."""
    with conn.transaction():
        for seed, site in enumerate(SITES):
            for day in DAYS:
                state = "fresh" if day == DAYS[-1] and seed == 0 else "final"
                for spec in (*DEFAULT_TABLE_SPECS, *CUSTOM):
                    table = _legacy_rows(spec, site, day, seed)
                    columns = [*table.column_names, "data_state", "loaded_at"]
                    with conn.cursor().copy(f"COPY gsc.{spec.name} ({', '.join(columns)}) FROM STDIN") as copy:
                        for row in table.to_pylist():
                            copy.write_row([*row.values(), state, LOADED_AT])
                    if site == SITES[1] and spec.name == "page_daily":
                        continue  # a partition the ledger lacks: the migration records it from the rows
                    conn.execute(
                        "INSERT INTO gsc.load_ledger (site_url, date, search_type, report, rows, clicks, impressions,"
                        " data_state, run_id, load_id, loaded_at) SELECT site_url, date, search_type, %s, count(*),"
                        " sum(clicks), sum(impressions), %s, 'old', 1, %s FROM gsc."
                        + spec.name
                        + " WHERE site_url = %s"
                        " AND date = %s GROUP BY 1, 2, 3",
                        [spec.name, state, LOADED_AT, site, day],
                    )
        conn.execute(
            "INSERT INTO gsc.lifetime_delta (load_id, kind, site_url, search_type, query, page, date, sign, rows,"
            " clicks, impressions, position_x_impressions) SELECT 1, 'query_page', site_url, search_type, query,"
            " page, date, 1, 1, clicks, impressions, position * impressions FROM gsc.query_page_daily"
        )


def _rounded(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Sums of floats depend on the order rows are read in; 12 significant digits do not."""
    rounded = [tuple(float(f"{v:.12g}") if isinstance(v, float) else v for v in row) for row in rows]
    return sorted(rounded, key=repr)


def _snapshot(conn: psycopg.Connection[Any]) -> dict[str, list[tuple[Any, ...]]]:
    seen: dict[str, list[tuple[Any, ...]]] = {}
    for spec in (*DEFAULT_TABLE_SPECS, *CUSTOM):
        for relation in (spec.name, f"{spec.name}_summary"):
            seen[relation] = _rounded(
                conn.execute(f"SELECT * FROM gsc.{relation} ORDER BY 1, 2, 3, 4, 5, 6").fetchall()
            )
        seen[f"{spec.name}_totals"] = _rounded(
            conn.execute(
                f"SELECT * FROM gsc.{spec.name}_totals(%s, %s, %s) ORDER BY 1, 2, 3, 4, 5", [SITES[1], *DAYS]
            ).fetchall()
        )
    for table in ("lifetime_delta", "lifetime_query_page", "lifetime_page"):
        seen[table] = conn.execute(f"SELECT * FROM gsc.{table} ORDER BY 1, 2, 3, 4, 5").fetchall()
    return seen


@pytest.fixture
def legacy_url(pg_server_url: str) -> Iterator[str]:
    url = create_database(pg_server_url, "legacy_warehouse")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(FROZEN_DDL.read_text())
    with psycopg.connect(url) as conn:
        _write_legacy(conn)
    yield url
    drop_database(pg_server_url, url)


def test_frozen_warehouse_migrates_with_every_row(legacy_url: str) -> None:
    with psycopg.connect(legacy_url) as conn:
        before = _snapshot(conn)
        ledger_before = conn.execute("SELECT count(*) FROM gsc.load_ledger").fetchone()
    assert all(before[spec.name] for spec in (*DEFAULT_TABLE_SPECS, *CUSTOM))
    with Warehouse(legacy_url) as wh:
        assert wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM)) == ["0004", "0005", "0006", "0007", "0008", "0009", "0010"]
        assert wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM)) == []
    with psycopg.connect(legacy_url) as conn:
        after = _snapshot(conn)
        kinds = dict(conn.execute("SELECT relname, relkind FROM pg_class WHERE relname LIKE '%%_daily'").fetchall())
        ledger_after = conn.execute("SELECT count(*) FROM gsc.load_ledger").fetchone()
        migrated = conn.execute("SELECT count(*) FROM gsc.load_ledger WHERE run_id = 'migration-0004'").fetchone()
    for name, rows in before.items():
        assert after[name] == rows, name
    assert set(kinds.values()) == {"v"}
    assert ledger_before is not None and ledger_after is not None and migrated is not None
    assert ledger_after[0] == ledger_before[0] + migrated[0] and migrated[0] == 4  # 2 days x 2 types


def test_migrated_warehouse_loads_and_refreshes(legacy_url: str) -> None:
    """After the move: a reload replaces a migrated partition, and the unconsumed deltas carried over keep the
    lifetime statistics exact (incremental equals a full rebuild)."""
    with Warehouse(legacy_url) as wh:
        wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM))
        with wh.connect() as conn:
            conn.execute("TRUNCATE gsc.lifetime_delta")  # the deltas above were made up; rebuild from the rows
        wh.refresh_lifetime(full=True)
        spec = next(s for s in DEFAULT_TABLE_SPECS if s.name == "query_page_daily")
        fresh = _legacy_rows(spec, SITES[0], DAYS[-1], seed=7)
        wh.load_partition(SITES[0], DAYS[-1], {spec: fresh}, data_state="final", run_id="new")
        wh.refresh_lifetime()
        with wh.connect() as conn:
            incremental = conn.execute("SELECT * FROM gsc.lifetime_query_page ORDER BY 1, 2, 3, 4").fetchall()
            got = conn.execute(
                "SELECT count(*), min(data_state) FROM gsc.query_page_daily WHERE site_url = %s AND date = %s",
                [SITES[0], DAYS[-1]],
            ).fetchone()
        wh.refresh_lifetime(full=True)
        with wh.connect() as conn:
            full = conn.execute("SELECT * FROM gsc.lifetime_query_page ORDER BY 1, 2, 3, 4").fetchall()
    assert got == (fresh.num_rows, "final")
    assert _rounded([row[:-1] for row in incremental]) == _rounded([row[:-1] for row in full])  # not updated_at


def test_a_row_the_new_layout_would_change_stops_the_migration(legacy_url: str) -> None:
    with psycopg.connect(legacy_url) as conn:
        conn.execute(
            "UPDATE gsc.page_daily SET ctr = ctr / 2 + 0.001 "
            "WHERE ctid = (SELECT min(ctid) FROM gsc.page_daily_default)"
        )
        conn.commit()
    with Warehouse(legacy_url) as wh, pytest.raises(SchemaError, match="1 rows have a ctr other than"):
        wh.migrate()
    with psycopg.connect(legacy_url) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM gsc.schema_migrations ORDER BY 1")]
        kind = conn.execute("SELECT relkind FROM pg_class WHERE relname = 'page_daily'").fetchone()
    assert versions == ["0001", "0002", "0003"] and kind == ("p",)


@pytest.fixture
def keyed_url(pg_server_url: str) -> Iterator[str]:
    """The id-keyed warehouse of the frozen dump: rows of three sites (one URL of 2,000 characters), two days, the
    default and two custom tables, ledger, lifetime tables and unconsumed deltas of a reload."""
    url = create_database(pg_server_url, "keyed_warehouse")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(FROZEN_KEYED.read_text())
    yield url
    drop_database(pg_server_url, url)


def test_the_id_keyed_warehouse_moves_to_site_urls_in_rows_with_every_row(keyed_url: str) -> None:
    with psycopg.connect(keyed_url) as conn:
        before = _snapshot(conn)
        ledger_before = conn.execute("SELECT * FROM gsc.load_ledger ORDER BY 1, 2, 3, 4").fetchall()
    assert all(before[spec.name] for spec in (*DEFAULT_TABLE_SPECS, *CUSTOM)) and before["lifetime_delta"]
    with Warehouse(keyed_url) as wh:
        assert wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM)) == ["0008", "0009", "0010"]
        assert wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM)) == []
    with psycopg.connect(keyed_url) as conn:
        after = _snapshot(conn)
        ledger_after = conn.execute("SELECT * FROM gsc.load_ledger ORDER BY 1, 2, 3, 4").fetchall()
        site_columns = conn.execute(
            "SELECT DISTINCT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'gsc' AND c.relname LIKE '%%\\_data' "
            "AND a.attname IN ('site_id', 'site_url') AND NOT a.attisdropped"
        ).fetchall()
        site_key = conn.execute("SELECT to_regclass('gsc.site_key')").fetchone()
    for name, rows in before.items():
        assert after[name] == rows, name
    assert ledger_after == ledger_before
    assert site_columns == [("site_url",)] and site_key == (None,)


def test_the_moved_warehouse_reloads_and_its_lifetime_stays_exact(keyed_url: str) -> None:
    """The deltas the frozen reload left unconsumed are consumed after the move; a reload then replaces a moved
    partition; the incremental lifetime statistics equal a full rebuild."""
    spec = next(s for s in DEFAULT_TABLE_SPECS if s.name == "query_page_daily")
    with Warehouse(keyed_url) as wh:
        wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM))
        wh.refresh_lifetime()
        fresh = _legacy_rows(spec, SITES[2], DAYS[0], seed=11)
        wh.load_partition(SITES[2], DAYS[0], {spec: fresh}, data_state="final", run_id="after-0008")
        wh.refresh_lifetime()
        with wh.connect() as conn:
            incremental = conn.execute("SELECT * FROM gsc.lifetime_query_page ORDER BY 1, 2, 3, 4").fetchall()
            got = conn.execute(
                "SELECT count(*) FROM gsc.query_page_daily WHERE site_url = %s AND date = %s", [SITES[2], DAYS[0]]
            ).fetchone()
        wh.refresh_lifetime(full=True)
        with wh.connect() as conn:
            full = conn.execute("SELECT * FROM gsc.lifetime_query_page ORDER BY 1, 2, 3, 4").fetchall()
    assert got == (fresh.num_rows,)
    assert _rounded([row[:-1] for row in incremental]) == _rounded([row[:-1] for row in full])  # not updated_at


def test_a_row_whose_site_id_is_unknown_stops_the_move(keyed_url: str) -> None:
    with psycopg.connect(keyed_url) as conn:
        conn.execute(
            "INSERT INTO gsc.page_daily_data VALUES (999, '2026-10-31', 'web', '/x', 'usa', 'MOBILE', 1, 2, 3.0)"
        )
        conn.commit()
    with Warehouse(keyed_url) as wh, pytest.raises(SchemaError, match="1 rows have a site_id gsc.site_key does not"):
        wh.migrate()
    with psycopg.connect(keyed_url) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM gsc.schema_migrations ORDER BY 1")]
        still = conn.execute("SELECT count(*) FROM gsc.page_daily_data WHERE site_id = 999").fetchone()
    assert versions[-1] == "0007" and still == (1,)


@pytest.fixture
def url_rows_url(pg_server_url: str) -> Iterator[str]:
    """The site-URL warehouse of the frozen dump (built by migrations 0001-0008): the same sites, days and tables as
    above, one site's last day fresh, lifetime tables, and the unconsumed deltas of a reload."""
    url = create_database(pg_server_url, "url_rows_warehouse")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(gzip.decompress(FROZEN_URL_ROWS.read_bytes()).decode())
    yield url
    drop_database(pg_server_url, url)


def _row_states(conn: psycopg.Connection[Any]) -> list[tuple[Any, ...]]:
    """Each table's (site, date, type, data_state, loaded_at) as its rows give them, one line per distinct value."""
    found = []
    for spec in (*DEFAULT_TABLE_SPECS, *CUSTOM):
        found += conn.execute(
            f"SELECT DISTINCT %s, site_url, date, search_type, data_state, loaded_at FROM gsc.{spec.name}", [spec.name]
        ).fetchall()
    return sorted(found)


def _ledger_states(conn: psycopg.Connection[Any]) -> list[tuple[Any, ...]]:
    """The same from the ledger, for the partitions that have rows."""
    found = []
    for spec in (*DEFAULT_TABLE_SPECS, *CUSTOM):
        found += conn.execute(
            "SELECT report, site_url, date, search_type, data_state, loaded_at FROM gsc.load_ledger l "
            f"WHERE report = %s AND EXISTS (SELECT 1 FROM gsc.{spec.storage} d WHERE d.site_url = l.site_url "
            "AND d.date = l.date AND d.search_type = l.search_type)",
            [spec.name],
        ).fetchall()
    return sorted(found)


def test_the_site_url_warehouse_keeps_the_state_in_its_rows_with_every_row(url_rows_url: str) -> None:
    with psycopg.connect(url_rows_url) as conn:
        before = _snapshot(conn)
        ledger_before = conn.execute("SELECT * FROM gsc.load_ledger ORDER BY 1, 2, 3, 4").fetchall()
        states_before = _row_states(conn)
    assert all(before[spec.name] for spec in (*DEFAULT_TABLE_SPECS, *CUSTOM)) and before["lifetime_delta"]
    assert {state for *_, state, _ in states_before} == {"final", "fresh"}
    with Warehouse(url_rows_url) as wh:
        assert wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM)) == ["0009", "0010"]
        assert wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM)) == []
    with psycopg.connect(url_rows_url) as conn:
        after = _snapshot(conn)
        ledger_after = conn.execute("SELECT * FROM gsc.load_ledger ORDER BY 1, 2, 3, 4").fetchall()
        stored = conn.execute(
            "SELECT count(DISTINCT c.relname) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'gsc' AND c.relname LIKE '%%\\_data' "
            "AND a.attname IN ('final', 'loaded_at') AND NOT a.attisdropped"
        ).fetchone()
        joins = conn.execute(
            "SELECT count(*) FROM pg_views WHERE schemaname = 'gsc' AND definition LIKE '%%load_ledger%%' "
            "AND viewname LIKE '%%\\_daily'"
        ).fetchone()
        delta_key = conn.execute(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = 'gsc.lifetime_delta'::regclass AND contype = 'p'"
        ).fetchone()
        assert _row_states(conn) == states_before == _ledger_states(conn)
    for name, rows in before.items():
        assert after[name] == rows, name
    assert ledger_after == ledger_before
    assert stored == (len(DEFAULT_TABLE_SPECS) + len(CUSTOM),) and joins == (0,) and delta_key == (0,)


def test_after_the_move_a_reload_makes_a_fresh_day_final_and_lifetime_stays_exact(url_rows_url: str) -> None:
    """The frozen warehouse's fresh partition is reloaded as final: its rows say so, with the ledger's loaded_at;
    the deltas the frozen reload left unconsumed are consumed; incremental lifetime equals a full rebuild."""
    specs = {s.name: s for s in DEFAULT_TABLE_SPECS}
    with Warehouse(url_rows_url) as wh:
        wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM))
        wh.refresh_lifetime()
        tables = {
            specs[n]: _legacy_rows(specs[n], SITES[0], DAYS[-1], seed=13) for n in ("query_page_daily", "page_daily")
        }
        result = wh.load_partition(SITES[0], DAYS[-1], tables, data_state="final", run_id="after-0009")
        wh.refresh_lifetime()
        with wh.connect() as conn:
            incremental = conn.execute("SELECT * FROM gsc.lifetime_query_page ORDER BY 1, 2, 3, 4").fetchall()
            got = conn.execute(
                "SELECT count(*), min(d.data_state), max(d.data_state), bool_and(d.loaded_at = l.loaded_at) "
                "FROM gsc.page_daily d JOIN gsc.load_ledger l ON l.site_url = d.site_url AND l.date = d.date "
                "AND l.search_type = d.search_type AND l.report = 'page_daily' WHERE d.site_url = %s AND d.date = %s",
                [SITES[0], DAYS[-1]],
            ).fetchone()
            still_fresh = conn.execute(
                "SELECT count(*) FROM gsc.query_daily WHERE site_url = %s AND date = %s AND data_state = 'fresh'",
                [SITES[0], DAYS[-1]],
            ).fetchone()
        wh.refresh_lifetime(full=True)
        with wh.connect() as conn:
            full = conn.execute("SELECT * FROM gsc.lifetime_query_page ORDER BY 1, 2, 3, 4").fetchall()
    assert got == (result.rows["page_daily"], "final", "final", True)
    assert still_fresh is not None and still_fresh[0] > 0  # a table the reload did not touch keeps its state
    assert _rounded([row[:-1] for row in incremental]) == _rounded([row[:-1] for row in full])  # not updated_at


def test_a_row_of_no_loaded_partition_stops_the_move(url_rows_url: str) -> None:
    with psycopg.connect(url_rows_url) as conn:
        conn.execute(
            "INSERT INTO gsc.page_daily_data VALUES ('sc-domain:nobody.example', '2026-10-31', 'web', '/x', 'usa', "
            "'MOBILE', 1, 2, 3.0)"
        )
        conn.commit()
    with Warehouse(url_rows_url) as wh, pytest.raises(SchemaError, match="1 rows belong to no partition"):
        wh.migrate()
    with psycopg.connect(url_rows_url) as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM gsc.schema_migrations ORDER BY 1")]
        columns = [r[0] for r in conn.execute("SELECT * FROM gsc.page_daily_data LIMIT 0").description or ()]
        key = conn.execute(
            "SELECT count(*) FROM pg_constraint WHERE conrelid = 'gsc.lifetime_delta'::regclass AND contype = 'p'"
        ).fetchone()
    assert versions[-1] == "0008" and "final" not in columns and key == (1,)


@pytest.fixture
def state_rows_url(pg_server_url: str) -> Iterator[str]:
    """The warehouse of the frozen dump built by migrations 0001-0009: the same sites, days and tables as above
    (a custom hourly table among them), whose summary views and totals functions count distinct dates."""
    url = create_database(pg_server_url, "state_rows_warehouse")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(gzip.decompress(FROZEN_STATE_ROWS.read_bytes()).decode())
    yield url
    drop_database(pg_server_url, url)


def _days_counted(conn: psycopg.Connection[Any]) -> dict[str, str]:
    """How each summary view and totals function counts a key's days: 'rows' or 'distinct dates'."""
    found = {}
    for spec in (*DEFAULT_TABLE_SPECS, *CUSTOM):
        (view,) = conn.execute("SELECT pg_get_viewdef(%s::regclass)", [f"gsc.{spec.name}_summary"]).fetchone() or ("",)
        (function,) = conn.execute(
            "SELECT pg_get_functiondef(%s::regprocedure)", [f"gsc.{spec.name}_totals(text, date, date)"]
        ).fetchone() or ("",)
        for name, text in ((f"{spec.name}_summary", view), (f"{spec.name}_totals", function)):
            found[name] = "distinct dates" if "count(DISTINCT" in text else "rows" if "count(*)" in text else text
    return found


def test_the_views_count_days_by_rows_after_0010_and_read_the_same(state_rows_url: str) -> None:
    """A key has one row per day it appears on, so its rows are counted (Postgres hashes instead of sorting every
    row), the custom hourly table's too; every view and function reads as before."""
    with psycopg.connect(state_rows_url) as conn:
        before, counted_before = _snapshot(conn), _days_counted(conn)
    assert set(counted_before.values()) == {"distinct dates"}
    with Warehouse(state_rows_url) as wh:
        assert wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM)) == ["0010"]
        assert wh.migrate((*DEFAULT_TABLE_SPECS, *CUSTOM)) == []
    with psycopg.connect(state_rows_url) as conn:
        after, counted = _snapshot(conn), _days_counted(conn)
    assert set(counted.values()) == {"rows"} and len(counted) == 2 * len((*DEFAULT_TABLE_SPECS, *CUSTOM))
    for name, rows in before.items():
        assert after[name] == rows, name
