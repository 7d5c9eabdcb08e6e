"""Daylight saving time: Google's day is the Los Angeles day, 23 hours in spring and 25 in autumn.

The simulator's hour keys, the client's parsing, staging's dedupe and the Postgres table must all keep one row per
real hour; the end-to-end test syncs an hourly custom report for both 2026 DST days through `gsc-assets sync`.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from collections import Counter

import psycopg
import pyarrow as pa
import pytest

from gsc_assets import cli
from gsc_assets.gsc._arrow import rows_to_table
from gsc_assets.gsc._reports import ReportSpec
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets.simulator.data import DataSource
from gsc_assets.simulator.query import Engine, parse_query

pytestmark = pytest.mark.timeout(120)

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
SPRING = dt.date(2026, 3, 8)
AUTUMN = dt.date(2026, 11, 1)
#: Google's keys for the two DST days, written out by hand (not computed the way the simulator does).
SPRING_KEYS = ["2026-03-08T00:00:00-08:00", "2026-03-08T01:00:00-08:00"] + [
    f"2026-03-08T{h:02d}:00:00-07:00" for h in range(3, 24)
]
AUTUMN_KEYS = ["2026-11-01T00:00:00-07:00", "2026-11-01T01:00:00-07:00"] + [
    f"2026-11-01T{h:02d}:00:00-08:00" for h in range(1, 24)
]
ORDINARY_KEYS = [f"2026-11-02T{h:02d}:00:00-08:00" for h in range(24)]
SITE = "sc-domain:example.com"


def _answer(engine: Engine, today: dt.date, **body: object) -> list[dict]:
    query = parse_query({"dataState": "hourly_all", **body})
    answer = engine.answer(SITE, query, today)
    return engine.render(SITE, query, answer, 0, len(answer))


@pytest.mark.parametrize(
    ("day", "today", "keys"),
    [(SPRING, dt.date(2026, 3, 12), SPRING_KEYS), (AUTUMN, dt.date(2026, 11, 5), AUTUMN_KEYS),
     (dt.date(2026, 11, 2), dt.date(2026, 11, 5), ORDINARY_KEYS)],
)  # fmt: skip
def test_simulator_hour_keys_are_the_real_hours_of_the_pacific_day(day, today, keys) -> None:
    engine = Engine(DataSource({SITE: 1500}, seed=5))
    got = [
        r["keys"][1] for r in _answer(engine, today, startDate=str(day), endDate=str(day), dimensions=["date", "hour"])
    ]
    assert got == keys  # chronological, one per real hour: 23, 25 or 24
    instants = [dt.datetime.fromisoformat(k) for k in got]
    assert all(b - a == dt.timedelta(hours=1) for a, b in zip(instants, instants[1:], strict=False))
    assert all(i.astimezone(LA).isoformat() == k for i, k in zip(instants, got, strict=True))  # the real offset
    assert instants[0] == dt.datetime.combine(day, dt.time(), tzinfo=LA)
    assert instants[-1] + dt.timedelta(hours=1) == dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=LA)


@pytest.mark.parametrize("day", [SPRING, AUTUMN])
@pytest.mark.parametrize("search_type", ["web", "image"])
def test_simulator_hours_sum_to_the_day(day, search_type) -> None:
    """Per row the hours split the day exactly, so any grouping that sums pages keeps the daily totals."""
    engine = Engine(DataSource({SITE: 1500}, seed=5))
    today = day + dt.timedelta(days=4)
    window = {"startDate": str(day), "endDate": str(day), "type": search_type}
    by_page = {"aggregationType": "byPage"}
    hours = _answer(engine, today, **window, **by_page, dimensions=["date", "hour"])
    (daily,) = _answer(engine, today, **window, **by_page, dimensions=["date"])
    assert len(hours) == {SPRING: 23, AUTUMN: 25}[day]
    for metric in ("clicks", "impressions"):
        assert sum(r[metric] for r in hours) == daily[metric] > 0
    # By property too: an impression happens in one hour, so the hours of the property totals add up to the day.
    hours = _answer(engine, today, **window, dimensions=["date", "hour"])
    (daily,) = _answer(engine, today, **window, dimensions=["date"])
    for metric in ("clicks", "impressions"):
        assert sum(r[metric] for r in hours) == daily[metric] > 0


def test_client_keeps_both_one_oclock_hours_of_the_fall_back_day() -> None:
    spec = ReportSpec(name="hourly", dimensions=("date", "hour"), data_state="hourly_all")
    rows = [{"keys": [str(AUTUMN), k], "clicks": 1, "impressions": 2, "ctr": 0.5, "position": 3.0} for k in AUTUMN_KEYS]
    table = rows_to_table(rows, spec=spec, site_url=SITE, date=AUTUMN, search_type="web")
    hours = table.column("hour").to_pylist()
    assert len(set(hours)) == 25
    assert hours[1:3] == [dt.datetime(2026, 11, 1, 8, tzinfo=dt.UTC), dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC)]
    offsetless = [{**rows[0], "keys": [str(AUTUMN), "2026-11-01T01:00:00"]}]
    with pytest.raises(pa.ArrowInvalid):  # a wall clock without offset is ambiguous on this day: refused
        rows_to_table(offsetless, spec=spec, site_url=SITE, date=AUTUMN, search_type="web")


# -- end to end ---------------------------------------------------------------------------------------------------

SITES = {"sc-domain:dst.example": 300, "https://www.dst.example/": 120}
REPORT = "dst_hourly"


@pytest.fixture(scope="module")
def dst_sim(tmp_path_factory):
    with SimulatorServer(SimConfig(sites=SITES, today=dt.date(2026, 11, 5), seed=13),
                         workdir=tmp_path_factory.mktemp("dst-sim")) as sim:  # fmt: skip
        yield sim


@pytest.fixture
def dst_env(dst_sim, pg_url, tmp_path, monkeypatch):
    """`gsc-assets sync` against the simulator, with the hourly custom report as the only report besides the probe."""
    reports = tmp_path / "reports.yaml"
    reports.write_text(f"- {{name: {REPORT}, dimensions: [date, hour], dataState: hourly_all, types: [web]}}\n")
    env = {
        "GSC_API_BASE_URL": dst_sim.base_url,
        "GOOGLE_APPLICATION_CREDENTIALS": str(dst_sim.key_path),
        "GSC_DATABASE_URL": pg_url,
        "GSC_STAGING_DIR": str(tmp_path / "staging"),
        "DAGSTER_HOME": str(tmp_path / "dagster_home"),
        "GSC_START_DATE": "2026-03-01",
        "GSC_REPORTS": ",",  # no default report: only the custom file's
        "GSC_REPORTS_FILE": str(reports),
        "GSC_SEARCH_TYPES": "web",
    }
    for name in ("GSC_SITES", "GSC_DATA_STATE", "GSC_QPM_PER_SITE", "GSC_QPM_PER_USER", "GSC_QUOTA_WINDOW_S"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    return env


@pytest.mark.parametrize(
    ("day", "sim_today", "keys"),
    [(AUTUMN, dt.date(2026, 11, 5), AUTUMN_KEYS), (SPRING, dt.date(2026, 3, 12), SPRING_KEYS)],
    ids=["fall-back", "spring-forward"],
)
def test_hourly_report_synced_on_dst_days_equals_the_truth(dst_env, dst_sim, pg_url, capsys, day, sim_today, keys):
    dst_sim.control(today=sim_today.isoformat())  # hourly data reaches back 10 days from the simulator's today
    code = cli.main(["sync", "--start", str(day), "--end", str(day), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    summary = json.loads(out)
    assert summary["loaded"] == len(SITES) and summary["failed"] == []

    with psycopg.connect(pg_url) as conn:
        (kind,) = conn.execute(
            "SELECT data_type FROM information_schema.columns "
            "WHERE table_schema = 'gsc' AND table_name = %s AND column_name = 'hour'",
            [f"custom_{REPORT}"],
        ).fetchone()
        assert kind == "timestamp with time zone"
        stored = conn.execute(
            f"SELECT site_url, search_type, hour, clicks, impressions FROM gsc.custom_{REPORT} "  # noqa: S608
            "WHERE date = %s ORDER BY site_url, hour",
            [day],
        ).fetchall()
    assert Counter((site, t) for site, t, *_ in stored) == {(site, "web"): len(keys) for site in SITES}
    for site in SITES:
        # in UTC: by PEP 495 an ambiguous 01:00 in one zone never equals the same instant in another
        mine = [(hour.astimezone(dt.UTC), clicks, impr) for s, _, hour, clicks, impr in stored if s == site]
        assert [hour.astimezone(LA).isoformat() for hour, _, _ in mine] == keys
        truth = dst_sim.truth(site=site, date=str(day), type="web", dimensions="date,hour", dataState="hourly_all")
        expected = [
            (dt.datetime.fromisoformat(r["keys"][1]).astimezone(dt.UTC), r["clicks"], r["impressions"])
            for r in truth["rows"]
        ]
        assert mine == expected
        daily = dst_sim.truth(site=site, date=str(day), type="web", dimensions="date", aggregationType="byProperty")
        assert sum(clicks for _, clicks, _ in mine) == daily["rows"][0]["clicks"]
