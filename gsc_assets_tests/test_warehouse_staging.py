"""Staging: landing Parquet files per partition survive a failed load; nothing needs to be fetched again."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pyarrow as pa
import pytest

from gsc_assets.assets._tables import table_spec
from gsc_assets.gsc import DEFAULT_REPORTS, ClientSettings
from gsc_assets.pipeline import sync_partitions
from gsc_assets.warehouse import (
    DEFAULT_TABLE_SPECS,
    DatabaseError,
    Staging,
    StagingError,
    TableSpec,
    ValidationError,
    Warehouse,
)
from gsc_assets_tests.fixtures_pg import report_rows

SITE = "https://www.example.org/"
DAY = dt.date(2026, 9, 30)
SPECS = {spec.name: spec for spec in DEFAULT_TABLE_SPECS}


def tables(day: dt.date = DAY, n: int = 200) -> dict[TableSpec, pa.Table]:
    return {spec: report_rows(spec, SITE, day, n if spec.key_columns else 1) for spec in DEFAULT_TABLE_SPECS}


def test_round_trip_types_and_manifest(tmp_path: Path) -> None:
    hourly = TableSpec("hourly", ("hour", "page"))
    given = {**tables(), hourly: report_rows(hourly, SITE, DAY, 30)}
    with Staging(tmp_path) as staging:
        where = staging.stage(SITE, DAY, given, "fresh", {"requests": 12, "search_types": ["web"]})
        assert staging.pending() == [(SITE, DAY)]
        staged = staging.read(SITE, DAY)
    assert sorted(p.name for p in where.iterdir() if not p.name.endswith(".parquet")) == ["manifest.json"]
    assert not [p for p in where.iterdir() if p.name.endswith(".tmp")]
    assert staged.data_state == "fresh" and staged.figures == {"requests": 12, "search_types": ["web"]}
    assert staged.site_url == SITE and staged.date == DAY
    assert set(staged.tables) == set(given)
    for spec, table in given.items():
        got = staged.tables[spec]
        assert got.schema.field("date").type == pa.date32()
        assert got.schema.field("clicks").type == pa.int64()
        key = [(c, "ascending") for c in ("search_type", *spec.key_columns)]
        assert got.sort_by(key).to_pylist() == table.sort_by(key).to_pylist()
    assert staged.tables[hourly].schema.field("hour").type.tz is not None


def test_duplicates_dropped_deterministically(tmp_path: Path) -> None:
    page = SPECS["page_daily"]
    rows = report_rows(page, SITE, DAY, 50)
    worse = rows.slice(0, 5).set_column(
        rows.column_names.index("impressions"), "impressions", pa.array([10**9] * 5, pa.int64())
    )
    with Staging(tmp_path) as staging:
        staging.stage(SITE, DAY, {page: pa.concat_tables([rows, rows.slice(0, 10), worse])}, "final")
        got = staging.read(SITE, DAY).tables[page]
    assert got.num_rows == 50
    assert sorted(got.column("impressions").to_pylist()).count(10**9) == 5


def test_restage_replaces_atomically_and_discard(tmp_path: Path) -> None:
    page = SPECS["page_daily"]
    with Staging(tmp_path) as staging:
        staging.stage(SITE, DAY, tables(), "fresh")
        staging.stage(SITE, DAY, {page: report_rows(page, SITE, DAY, 7)}, "final")
        staged = staging.read(SITE, DAY)
        assert list(staged.tables) == [page] and staged.tables[page].num_rows == 7
        assert len(list(staging.partition_dir(SITE, DAY).glob("*.parquet"))) == 1
        staging.discard(SITE, DAY)
        assert staging.pending() == []
        with pytest.raises(StagingError, match="nothing staged"):
            staging.read(SITE, DAY)


def test_half_written_partition_is_not_pending(tmp_path: Path) -> None:
    with Staging(tmp_path) as staging:
        folder = staging.partition_dir(SITE, DAY)
        folder.mkdir(parents=True)
        (folder / "page_daily-0000.parquet").write_bytes(b"partial")
        assert staging.pending() == []


def test_failed_load_stays_pending_and_loads_later(tmp_path: Path, pg_url: str) -> None:
    given = tables(n=100)
    with Staging(tmp_path / "staging") as staging:
        for day in (DAY, DAY + dt.timedelta(days=1)):
            staging.stage(SITE, day, given if day == DAY else tables(day, 80), "final", {"requests": 3})
        # The warehouse is unreachable: the load fails, the landing files stay.
        with Warehouse("postgresql://postgres@127.0.0.1:1/none", connect_timeout=1) as down:
            staged = staging.read(SITE, DAY)
            with pytest.raises(DatabaseError):
                down.load_partition(
                    SITE, DAY, staged.tables, data_state=staged.data_state, run_id="r", figures=staged.figures
                )
        assert staging.pending() == [(SITE, DAY), (SITE, DAY + dt.timedelta(days=1))]
        # Later, from disk only.
        with Warehouse(pg_url) as wh:
            wh.migrate()
            for site, day in staging.pending():
                staged = staging.read(site, day)
                wh.load_partition(
                    site, day, staged.tables, data_state=staged.data_state, run_id="retry", figures=staged.figures
                )
                staging.discard(site, day)
            assert staging.pending() == []
            with wh.connect() as conn:
                count = conn.execute("SELECT count(*) FROM gsc.query_page_daily WHERE date = %s", [DAY]).fetchone()
                assert count == (given[SPECS["query_page_daily"]].num_rows,)
            assert set(wh.loaded_partitions([SITE], DAY, DAY + dt.timedelta(days=1))) == {
                (SITE, DAY),
                (SITE, DAY + dt.timedelta(days=1)),
            }


def test_discard_keeps_a_partition_staged_again_meanwhile(tmp_path: Path) -> None:
    page = SPECS["page_daily"]
    with Staging(tmp_path) as staging:
        staging.stage(SITE, DAY, {page: report_rows(page, SITE, DAY, 5)}, "fresh")
        loaded = staging.read(SITE, DAY)
        staging.stage(SITE, DAY, {page: report_rows(page, SITE, DAY, 6)}, "final")  # a newer fetch lands
        assert staging.discard(SITE, DAY, staged_at=loaded.staged_at) is False
        assert staging.read(SITE, DAY).data_state == "final"
        newer = staging.read(SITE, DAY)
        assert staging.discard(SITE, DAY, staged_at=newer.staged_at) is True
        assert staging.pending() == []


FALL_BACK = dt.date(2026, 11, 1)


def fall_back_hours(hour: pa.Array) -> pa.Table:
    """One row per given hour of the fall-back day, impressions rising so a dedupe keeps the last of equal keys."""
    n = len(hour)
    return pa.table({"search_type": ["web"] * n, "hour": hour, "clicks": [1] * n,
                     "impressions": list(range(10, 10 + n)), "ctr": [1 / i for i in range(10, 10 + n)],
                     "position": [2.0] * n})  # fmt: skip


def test_fall_back_day_keeps_25_hours_through_staging_and_postgres(tmp_path: Path, pg_url: str) -> None:
    """Both 01:00 hours survive; the dedupe merges only keys that are the same instant, however written."""
    hourly = TableSpec("dst_hourly", ("hour",))
    start = dt.datetime(2026, 11, 1, 7, tzinfo=dt.UTC)  # Pacific midnight, still on daylight time
    instants = [start + dt.timedelta(hours=h) for h in range(25)]
    keys = [i.astimezone(zoneinfo.ZoneInfo("America/Los_Angeles")).isoformat() for i in instants]
    assert keys[1:3] == ["2026-11-01T01:00:00-07:00", "2026-11-01T01:00:00-08:00"]
    # the second 01:00 once more, written in UTC, with fewer impressions: the one duplicate to drop
    table = fall_back_hours(pa.array([*keys, "2026-11-01T09:00:00Z"]))
    table = table.set_column(3, "impressions", pa.array([*range(10, 35), 1]))
    with Staging(tmp_path) as staging:
        staging.stage(SITE, FALL_BACK, {hourly: table}, "final")
        staged = staging.read(SITE, FALL_BACK)
        (entry,) = json.loads((staging.partition_dir(SITE, FALL_BACK) / "manifest.json").read_text())["tables"]
    got = staged.tables[hourly]
    assert got.schema.field("hour").type == pa.timestamp("us", tz="UTC") and entry["duplicates_dropped"] == 1
    assert sorted(got.column("hour").to_pylist()) == instants
    assert (
        dict(zip(got.column("hour").to_pylist(), got.column("impressions").to_pylist(), strict=True))[instants[2]] == 12
    )  # the -08:00 row itself, not its lesser UTC twin
    with Warehouse(pg_url) as wh:
        wh.migrate()
        wh.ensure_tables([hourly])
        wh.load_partition(SITE, FALL_BACK, staged.tables, data_state="final", run_id="dst")
        with wh.connect() as conn:
            conn.execute("SET TimeZone = 'America/Los_Angeles'")
            rows = conn.execute(
                "SELECT hour, to_char(hour, 'HH24:MI TZH'), impressions FROM gsc.dst_hourly WHERE date = %s "
                "ORDER BY hour",
                [FALL_BACK],
            ).fetchall()
    assert [r[0].astimezone(dt.UTC) for r in rows] == instants  # PEP 495: ambiguous times never equal across zones
    assert [r[1] for r in rows][:4] == ["00:00 -07", "01:00 -07", "01:00 -08", "02:00 -08"]
    assert [r[2] for r in rows] == list(range(10, 35))


@pytest.mark.parametrize(
    ("hour", "problem"),
    [
        (
            pa.array([dt.datetime(2026, 11, 1, 1), dt.datetime(2026, 11, 1, 2)], pa.timestamp("s")),
            "without a time zone",
        ),
        (pa.array(["2026-11-01T01:00:00", "2026-11-01T02:00:00"]), "not a time with a UTC offset"),
    ],
)
def test_hours_without_an_offset_are_refused(tmp_path: Path, hour: pa.Array, problem: str) -> None:
    """A wall-clock hour is ambiguous on the fall-back day (and DuckDB would read it in the host's zone)."""
    with Staging(tmp_path) as staging, pytest.raises(StagingError, match=problem):
        staging.stage(SITE, FALL_BACK, {TableSpec("dst_hourly", ("hour",)): fall_back_hours(hour)}, "final")
    assert staging.pending() == []


def test_load_refuses_hours_without_a_time_zone(pg_url: str) -> None:
    hourly = TableSpec("dst_naive", ("hour",))
    naive = fall_back_hours(pa.array([dt.datetime(2026, 11, 1, 1)], pa.timestamp("us")))
    with Warehouse(pg_url) as wh:
        wh.migrate()
        wh.ensure_tables([hourly])
        with pytest.raises(ValidationError, match="column hour holds timestamps without a time zone"):
            wh.load_partition(SITE, FALL_BACK, {hourly: naive}, data_state="final", run_id="naive")


class _OtherRun:
    """Acts as a second run over the same partitions: once this run reports `after`, `act` runs."""

    def __init__(self, after: dt.date, act) -> None:
        self.after, self.act = after, act

    def on_outcome(self, outcome) -> None:
        if outcome.date == self.after:
            self.act()

    def on_finished(self, summary) -> None:
        pass


def _sync_staged(staging: Staging, pg_url: str, site: str, days: list[dt.date], names: tuple[str, ...], observer):
    """Run the pipeline over staged partitions only (no fetch: the client is never opened)."""
    reports = [r for r in DEFAULT_REPORTS if r.name in names]
    for day in days:
        rows = {spec: report_rows(spec, site, day, 40 if spec.key_columns else 1) for spec in map(table_spec, reports)}
        staging.stage(site, day, rows, "final")
    return asyncio.run(
        sync_partitions(
            partitions=[(site, day) for day in days],
            settings=ClientSettings(),
            reports=reports,
            tables={r.name: table_spec(r) for r in reports},
            open_warehouse=lambda: Warehouse(pg_url),
            staging=staging,
            quota_store=None,
            run_id="this-run",
            concurrent_loads=1,  # the observer of one outcome acts before the next load reads its files
            observers=[observer],
        )  # fmt: skip
    )


def test_a_partition_another_run_loaded_meanwhile_counts_as_held(tmp_path: Path, pg_url: str) -> None:
    """Two runs over the same staged partitions: both list them staged, one loads one and discards its landing files,
    the other then finds nothing to read. The ledger holds the partition, so that run reports it held, not failed.

    Loads go one at a time (`concurrent_loads=1`), and an observer sees each outcome before the next load reads its
    files: the "other run" loads and discards the second partition there, between this run's listing and its read.
    """
    site, days = "https://race.example/", [dt.date(2026, 9, 1), dt.date(2026, 9, 2)]
    with Staging(tmp_path / "staging") as staging, Warehouse(pg_url) as other:

        def load_and_discard() -> None:
            landed = staging.read(site, days[1])
            other.load_partition(site, days[1], landed.tables, data_state="final", run_id="other-run")
            assert staging.discard(site, days[1], staged_at=landed.staged_at)

        summary = _sync_staged(staging, pg_url, site, days, ("property", "page"), _OtherRun(days[0], load_and_discard))
        assert staging.pending() == []
    assert not summary.failed, [o.error for o in summary.failed]
    assert [(o.date, o.source, o.data_state) for o in summary.outcomes] == [
        (days[0], "staging", "final"),
        (days[1], "held", "final"),
    ]


def test_a_partition_gone_from_staging_and_not_in_the_ledger_fails(tmp_path: Path, pg_url: str) -> None:
    """The same race, but the other run's load did not commit: nothing staged, nothing held, so the partition fails
    with the reason in one line and the next run fetches it."""
    site, days = "https://race-lost.example/", [dt.date(2026, 9, 1), dt.date(2026, 9, 2)]
    with Staging(tmp_path / "staging") as staging:
        summary = _sync_staged(
            staging, pg_url, site, days, ("property",), _OtherRun(days[0], lambda: staging.discard(site, days[1]))
        )
    assert [o.date for o in summary.failed] == [days[1]]
    assert "nothing staged" in summary.failed[0].error
