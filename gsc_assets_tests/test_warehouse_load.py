"""Warehouse loads against a real Postgres: migrations, replace semantics, atomicity, concurrency, validation."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import psycopg
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from gsc_assets.warehouse import (
    DEFAULT_TABLE_SPECS,
    DatabaseError,
    SchemaError,
    TableSpec,
    ValidationError,
    Warehouse,
)
from gsc_assets.warehouse._errors import RECONNECT_S, reconnect_waits
from gsc_assets_tests.fixtures_pg import report_rows

SITE = "sc-domain:example.com"
DAY = dt.date(2026, 10, 5)
SPECS = {spec.name: spec for spec in DEFAULT_TABLE_SPECS}
PAGE, QUERY_PAGE, PROPERTY = SPECS["page_daily"], SPECS["query_page_daily"], SPECS["property_daily"]


@pytest.fixture(scope="module")
def wh(pg_url: str) -> Iterator[Warehouse]:
    with Warehouse(pg_url) as warehouse:
        warehouse.migrate()
        yield warehouse


def partition_tables(day: dt.date = DAY, n: int = 300, seed: int = 0) -> dict[TableSpec, pa.Table]:
    return {
        spec: report_rows(spec, SITE, day, n if spec.key_columns else 1, seed=seed, search_types=("web", "image"))
        for spec in DEFAULT_TABLE_SPECS
    }


def table_rows(conn: psycopg.Connection, spec: TableSpec, day: dt.date = DAY) -> list[tuple]:
    cols = ", ".join(("search_type", *spec.key_columns, "clicks", "impressions", "ctr", "position", "data_state"))
    return conn.execute(
        f"SELECT {cols} FROM gsc.{spec.name} WHERE site_url = %s AND date = %s ORDER BY {cols}", [SITE, day]
    ).fetchall()


def arrow_rows(spec: TableSpec, table: pa.Table, data_state: str = "final") -> list[tuple]:
    cols = ("search_type", *spec.key_columns, "clicks", "impressions", "ctr", "position")
    return sorted(tuple(r[c] for c in cols) + (data_state,) for r in table.select(cols).to_pylist())


def test_migrate_is_idempotent(wh: Warehouse) -> None:
    assert wh.migrate() == []
    with wh.connect() as conn:
        versions = [r[0] for r in conn.execute("SELECT version FROM gsc.schema_migrations ORDER BY 1")]
        assert versions == ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010"]
        kinds = dict(
            conn.execute(
                "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'gsc' AND (c.relname LIKE '%%_daily' OR c.relname LIKE '%%_daily_data')"
            ).fetchall()
        )
    # Readers see views with the report names; rows live in id-keyed storage, the big tables by month.
    assert kinds == {
        "property_daily": "v",
        "appearance_daily": "v",
        "page_daily": "v",
        "query_daily": "v",
        "query_page_daily": "v",
        "property_daily_data": "r",
        "appearance_daily_data": "r",
        "page_daily_data": "p",
        "query_daily_data": "p",
        "query_page_daily_data": "p",
    }


def test_concurrent_migrate_from_processes(pg_server_url: str) -> None:
    from gsc_assets_tests.fixtures_pg import create_database, drop_database

    url = create_database(pg_server_url, "concurrent_migrate")
    try:
        code = "import sys; from gsc_assets.warehouse import Warehouse; print(Warehouse(sys.argv[1]).migrate())"
        procs = [
            subprocess.Popen([sys.executable, "-c", code, url], stdout=subprocess.PIPE, text=True) for _ in range(4)
        ]
        outputs = [p.communicate(timeout=60)[0].strip() for p in procs]
        assert all(p.returncode == 0 for p in procs)
        assert (
            sorted(outputs)
            == ["[" + "'0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008', '0009', '0010']"] + ["[]"] * 3
        )
    finally:
        drop_database(pg_server_url, url)


def test_load_then_reload_is_identical(wh: Warehouse) -> None:
    tables = partition_tables()
    first = wh.load_partition(SITE, DAY, tables, data_state="final", run_id="r1", figures={"requests": 7})
    assert first.rows["query_page_daily"] == 600 and first.deleted["query_page_daily"] == 0
    with wh.connect() as conn:
        before = {spec.name: table_rows(conn, spec) for spec in tables}
        second = wh.load_partition(SITE, DAY, tables, data_state="final", run_id="r2", figures={"requests": 7})
        after = {spec.name: table_rows(conn, spec) for spec in tables}
        ledger = conn.execute(
            "SELECT report, search_type, rows, requests, run_id FROM gsc.load_ledger "
            "WHERE site_url = %s AND date = %s ORDER BY 1, 2",
            [SITE, DAY],
        ).fetchall()
    assert second.deleted == first.rows
    assert before == after
    # What reached Postgres is exactly what was sent (binary COPY round trip, floats bit-exact).
    for spec, table in tables.items():
        assert after[spec.name] == arrow_rows(spec, table), spec.name
    assert len(ledger) == 10 and {r[4] for r in ledger} == {"r2"}
    assert ("query_page_daily", "web", 300, 7, "r2") in ledger
    assert wh.loaded_partitions([SITE], DAY, DAY) == {(SITE, DAY): "final"}


def test_reload_with_fewer_search_types_replaces_ledger(wh: Warehouse) -> None:
    day = DAY + dt.timedelta(days=1)
    wh.load_partition(SITE, day, partition_tables(day), data_state="fresh", run_id="a")
    only_web = {PAGE: report_rows(PAGE, SITE, day, 50)}
    wh.load_partition(SITE, day, only_web, data_state="final", run_id="b", figures={"search_types": ["web", "news"]})
    with wh.connect() as conn:
        ledger = conn.execute(
            "SELECT report, search_type, rows, data_state FROM gsc.load_ledger WHERE date = %s AND report = %s "
            "ORDER BY 2",
            [day, "page_daily"],
        ).fetchall()
        assert conn.execute("SELECT count(*) FROM gsc.page_daily WHERE date = %s", [day]).fetchone() == (50,)
    assert ledger == [("page_daily", "news", 0, "final"), ("page_daily", "web", 50, "final")]
    # query_daily etc. are still fresh, so the partition as a whole is fresh
    assert wh.loaded_partitions([SITE], day, day) == {(SITE, day): "fresh"}
    assert wh.loaded_partitions([SITE], day, day, tables=[PAGE]) == {(SITE, day): "final"}
    assert wh.loaded_partitions([SITE], day, day, tables=[PAGE, TableSpec("custom_x", ())]) == {}


def test_validation_error_in_second_table_writes_nothing(wh: Warehouse) -> None:
    day = DAY + dt.timedelta(days=2)
    good = partition_tables(day)
    wh.load_partition(SITE, day, good, data_state="final", run_id="good")
    bad = partition_tables(day, seed=1)
    qp = bad[QUERY_PAGE]
    bad[QUERY_PAGE] = qp.set_column(
        qp.column_names.index("clicks"), "clicks", pa.compute.add(qp.column("impressions"), 1)
    )
    with pytest.raises(ValidationError) as info:
        wh.load_partition(SITE, day, bad, data_state="final", run_id="bad")
    message = str(info.value)
    assert "\n" not in message
    assert SITE in message and "2026-10-07" in message and "query_page_daily" in message
    assert "clicks > impressions" in message
    with wh.connect() as conn:
        for spec, table in good.items():
            assert table_rows(conn, spec, day) == arrow_rows(spec, table)
        run_ids = {r[0] for r in conn.execute("SELECT run_id FROM gsc.load_ledger WHERE date = %s", [day])}
    assert run_ids == {"good"}


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda t: t.set_column(t.column_names.index("ctr"), "ctr", pa.array([1.5] * t.num_rows)), "ctr outside"),
        (
            # The views derive ctr from clicks and impressions: a ctr that is not their ratio would be lost.
            lambda t: t.set_column(
                t.column_names.index("ctr"),
                "ctr",
                pc.add(t.column("ctr"), pc.if_else(pc.less(t.column("ctr"), 0.5), 0.01, -0.01)),
            ),
            "ctr other than clicks / impressions",
        ),
        (
            lambda t: t.set_column(t.column_names.index("position"), "position", pa.array([0.5] * t.num_rows)),
            "position < 1",
        ),
        (
            lambda t: t.set_column(t.column_names.index("page"), "page", pa.array([None] * t.num_rows, pa.string())),
            "column page has",
        ),
        (lambda t: pa.concat_tables([t, t.slice(0, 2)]), "duplicate keys"),
        (lambda t: t.drop_columns(["device"]), "missing columns device"),
        (lambda t: t.set_column(0, "site_url", pa.array(["https://other.example/"] * t.num_rows)), "site_url"),
        (
            lambda t: t.set_column(t.column_names.index("clicks"), "clicks", pa.array(["x"] * t.num_rows)),
            "does not convert",
        ),
    ],
)
def test_bad_input_rejected(wh: Warehouse, mutate, problem: str) -> None:
    day = DAY + dt.timedelta(days=3)
    with pytest.raises(ValidationError) as info:
        wh.load_partition(SITE, day, {PAGE: mutate(report_rows(PAGE, SITE, day, 20))}, data_state="final", run_id="x")
    assert problem in str(info.value) and "\n" not in str(info.value) and "page_daily" in str(info.value)
    with wh.connect() as conn:
        assert conn.execute("SELECT count(*) FROM gsc.page_daily WHERE date = %s", [day]).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM gsc.load_ledger WHERE date = %s", [day]).fetchone() == (0,)


def test_a_connection_killed_mid_load_rolls_back_and_the_load_is_done_again(wh: Warehouse, pg_url: str) -> None:
    """The server cuts the load's connection after some tables were replaced (pg_terminate_backend, as a restart
    does): the transaction rolls back, readers keep seeing the previous rows, and the load waits for a connection
    and runs again from the start (RECONNECT_S), leaving exactly the new rows and one set of lifetime deltas."""
    day = DAY + dt.timedelta(days=4)
    good, new = partition_tables(day), partition_tables(day, seed=9)
    wh.load_partition(SITE, day, good, data_state="final", run_id="good")
    errors: list[BaseException] = []
    with psycopg.connect(pg_url) as blocker, Warehouse(pg_url, application_name="doomed-load") as doomed:
        # Hold query_page_daily so the load has replaced the earlier tables when it stops to wait.
        blocker.execute("LOCK TABLE gsc.query_page_daily_data IN ACCESS EXCLUSIVE MODE")

        def run() -> None:
            try:
                doomed.load_partition(SITE, day, new, data_state="final", run_id="again")
            except BaseException as exc:  # noqa: B036 - the thread reports whatever ended the load
                errors.append(exc)

        def waiting_load(other_than: int = 0) -> int | None:
            for _ in range(200):
                row = admin.execute(
                    "SELECT pid FROM pg_stat_activity WHERE application_name = 'doomed-load' "
                    "AND wait_event_type = 'Lock' AND pid <> %s",
                    [other_than],
                ).fetchone()
                if row:
                    return row[0]
                time.sleep(0.05)
            return None

        thread = threading.Thread(target=run)
        thread.start()
        with psycopg.connect(pg_url, autocommit=True) as admin:
            first = waiting_load()
            assert first is not None, "load never reached the locked table"
            # pg_terminate_backend only signals: the backend can still be listed, waiting, for a moment after.
            admin.execute("SELECT pg_terminate_backend(%s)", [first])
            second = waiting_load(other_than=first)  # the same load, again from the start, on a new connection
            assert second is not None
            with wh.connect() as conn:
                for spec, table in good.items():
                    if spec.name != "query_page_daily":  # locked by the blocker: not readable now
                        assert table_rows(conn, spec, day) == arrow_rows(spec, table), spec.name
        blocker.rollback()
        thread.join(30)
        assert not thread.is_alive() and errors == []
    with wh.connect() as conn:
        for spec, table in new.items():
            assert table_rows(conn, spec, day) == arrow_rows(spec, table), spec.name
        runs = conn.execute("SELECT DISTINCT run_id FROM gsc.load_ledger WHERE site_url = %s AND date = %s",
                            (SITE, day)).fetchall()  # fmt: skip
        assert runs == [("again",)]


def test_a_statement_error_is_not_retried(wh: Warehouse) -> None:
    """Only a lost connection is waited for: a load the server refuses fails at once, in one line."""
    day = DAY + dt.timedelta(days=5)
    with wh.connect() as conn:
        conn.execute("ALTER TABLE gsc.load_ledger ADD CONSTRAINT no_loads_today CHECK (run_id <> 'refused')")
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseError, match="no_loads_today") as refused:
            wh.load_partition(SITE, day, partition_tables(day), data_state="final", run_id="refused")
        assert "\n" not in str(refused.value) and time.monotonic() - started < RECONNECT_S / 2
    finally:
        with wh.connect() as conn:
            conn.execute("ALTER TABLE gsc.load_ledger DROP CONSTRAINT no_loads_today")


def test_concurrent_loads_create_a_new_month_once(pg_url: str) -> None:
    days = [dt.date(2027, 1, 1) + dt.timedelta(days=i) for i in range(4)]
    errors: list[BaseException] = []

    def run(day: dt.date) -> None:
        try:
            with Warehouse(pg_url) as own:
                own.load_partition(SITE, day, partition_tables(day, n=50), data_state="final", run_id="m")
        except BaseException as exc:  # noqa: B036
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(day,)) for day in days]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    with psycopg.connect(pg_url) as conn:
        parts = conn.execute(
            "SELECT tableoid::regclass::text, count(*) FROM gsc.query_page_daily_data WHERE date >= '2027-01-01' "
            "GROUP BY 1"
        ).fetchall()
    assert parts == [("gsc.query_page_daily_data_p202701", 4 * 100)]


def test_concurrent_loads_of_one_partition(pg_url: str) -> None:
    day = DAY + dt.timedelta(days=5)
    variants = [partition_tables(day, n=400, seed=s) for s in range(4)]
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            with Warehouse(pg_url) as own:
                for _ in range(3):
                    own.load_partition(SITE, day, variants[i], data_state="final", run_id=f"t{i}")
        except BaseException as exc:  # noqa: B036
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    with psycopg.connect(pg_url) as conn:
        winner = conn.execute(
            "SELECT DISTINCT run_id FROM gsc.load_ledger WHERE site_url = %s AND date = %s", [SITE, day]
        ).fetchall()
        assert len(winner) == 1
        expected = variants[int(winner[0][0][1:])]
        for spec, table in expected.items():
            assert table_rows(conn, spec, day) == arrow_rows(spec, table), spec.name


def test_hourly_and_custom_tables(wh: Warehouse) -> None:
    hourly = TableSpec("hourly", ("hour", "page"))
    custom = TableSpec("custom_brand", ("query", "country"))
    wh.ensure_tables([hourly, custom])
    tables = {hourly: report_rows(hourly, SITE, DAY, 48), custom: report_rows(custom, SITE, DAY, 30)}
    wh.load_partition(SITE, DAY, tables, data_state="fresh", run_id="h")
    with wh.connect() as conn:
        got = conn.execute("SELECT hour, page FROM gsc.hourly ORDER BY hour, page").fetchall()
        assert conn.execute(
            "SELECT data_type FROM information_schema.columns WHERE table_schema = 'gsc' "
            "AND table_name = 'hourly' AND column_name = 'hour'"
        ).fetchone() == ("timestamp with time zone",)
        summary = conn.execute(
            "SELECT sum(clicks), sum(impressions), min(position), max(days) FROM gsc.custom_brand_summary"
        ).fetchone()
    want = sorted((r["hour"], r["page"]) for r in tables[hourly].to_pylist())
    assert got == want
    assert summary[0] == pa.compute.sum(tables[custom].column("clicks")).as_py()
    assert summary[3] == 1
    with pytest.raises(SchemaError, match="custom_brand"):
        wh.ensure_tables([TableSpec("custom_brand", ("query", "device"))])


def test_summary_view_rederives_ctr_and_position(wh: Warehouse) -> None:
    with wh.connect() as conn:
        got = conn.execute(
            "SELECT s.clicks, s.impressions, s.ctr, s.position, "
            "       sum(d.clicks)::float8 / sum(d.impressions), sum(d.position * d.impressions) / sum(d.impressions) "
            "FROM gsc.page_daily_summary s JOIN gsc.page_daily d USING (site_url, search_type, page, country, device) "
            "GROUP BY 1, 2, 3, 4 LIMIT 20"
        ).fetchall()
    assert got
    for clicks, impressions, ctr, position, ctr_want, position_want in got:
        assert ctr == pytest.approx(ctr_want) and ctr == pytest.approx(clicks / impressions)
        assert position == pytest.approx(position_want)


def test_unreachable_database_is_a_database_error() -> None:
    with Warehouse("postgresql://postgres@127.0.0.1:1/none", connect_timeout=1) as broken:
        with pytest.raises(DatabaseError, match="cannot connect"):
            broken.migrate()


def test_migrate_does_not_wait_for_running_loads(wh: Warehouse, pg_url: str) -> None:
    # Another run is mid-load on every daily table; a new run's migrate() must neither wait nor deadlock.
    with psycopg.connect(pg_url) as other:
        names = ", ".join(f"gsc.{spec.storage}" for spec in DEFAULT_TABLE_SPECS)
        other.execute(f"LOCK TABLE {names} IN ROW EXCLUSIVE MODE")
        done: list[object] = []

        def migrate() -> None:
            with Warehouse(pg_url) as fresh:
                done.append(fresh.migrate())

        thread = threading.Thread(target=migrate, daemon=True)
        thread.start()
        thread.join(10)
        other.rollback()
    assert done == [[]]


def test_totals_function_over_a_date_range(wh: Warehouse) -> None:
    days = [DAY + dt.timedelta(days=10 + i) for i in range(3)]
    loaded = {day: report_rows(PAGE, SITE, day, 40) for day in days}
    for day, table in loaded.items():
        wh.load_partition(SITE, day, {PAGE: table}, data_state="final", run_id="totals")
    with wh.connect() as conn:
        got = conn.execute(
            "SELECT search_type, page, country, device, days, clicks, impressions, ctr, position "
            "FROM gsc.page_daily_totals(%s, %s, %s) ORDER BY 1, 2, 3, 4",
            [SITE, days[0], days[1]],
        ).fetchall()
    rows = [r for day in days[:2] for r in loaded[day].to_pylist()]
    want: dict[tuple, list[float]] = {}
    for r in rows:
        acc = want.setdefault((r["search_type"], r["page"], r["country"], r["device"]), [0, 0, 0, 0.0])
        acc[0] += 1
        acc[1] += r["clicks"]
        acc[2] += r["impressions"]
        acc[3] += r["position"] * r["impressions"]
    assert len(got) == len(want)
    for search_type, page, country, device, n_days, clicks, impressions, ctr, position in got:
        n, c, i, pxi = want[(search_type, page, country, device)]
        assert (n_days, clicks, impressions) == (n, c, i)
        assert ctr == pytest.approx(c / i) and position == pytest.approx(pxi / i)


def test_a_site_url_too_long_to_index_fails_its_load_in_one_line(wh: Warehouse, pg_url: str) -> None:
    """The site URL is in the daily tables' B-tree indexes, whose entries stop at about 2.7 kB after compression:
    a property URL of 3,000 random characters (no real one is near that) fails its load with Postgres's reason,
    and nothing of it is written."""
    import random

    rng = random.Random(5)
    site = "https://long.example/" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(3000))
    spec = SPECS["page_daily"]
    with pytest.raises(DatabaseError, match="load rolled back: index row size") as raised:
        wh.load_partition(site, DAY, {spec: report_rows(spec, site, DAY, 5)}, data_state="final", run_id="long")
    assert "\n" not in str(raised.value)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM gsc.load_ledger WHERE site_url = %s", [site]).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM gsc.page_daily WHERE site_url = %s", [site]).fetchone() == (0,)


def test_reconnect_waits_double_to_five_seconds_and_stop_at_the_budget():
    """The pauses the warehouse and the quota store share while a server comes back (no time passes here)."""
    waits = reconnect_waits(3.0)
    assert [next(waits) for _ in range(5)] == [0.5, 1.0, 2.0, None, None]  # 4 s would end past the budget
    assert list(itertools.islice(reconnect_waits(60.0), 6)) == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0]
    late = reconnect_waits(0.6)  # the budget runs from the call, before the first attempt, not from its failure
    time.sleep(0.2)
    assert next(late) is None
