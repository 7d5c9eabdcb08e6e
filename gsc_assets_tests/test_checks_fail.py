"""Every asset check can fail: each test corrupts the data a check guards, sees the check fail for that reason, then
restores the data (a refetch from Google, a lifetime rebuild, or an exact undo) and sees it pass again.

Real Dagster runs (`dg.materialize` on a test instance) against the simulator over loopback and this module's own
Postgres database. Not repeated here: `test_assets.test_a_corrupted_row_fails_its_checks_in_the_partition_and_in_the_
recent_days` already corrupts `query_daily` (clicks > impressions, and query sums over the property totals), so the
metric-range test below covers the other four daily tables and reconciliation's other inequality (query x page
over page).

Every day loaded outside the freshness test is at most FINAL_LAG_DAYS + FRESHNESS_SLACK_DAYS before the simulator's
today, so the only site the freshness check can call stale is the one the freshness test makes stale: the tests do
not depend on their order.
"""

from __future__ import annotations

import datetime as dt

import dagster as dg
import psycopg
import pytest

from gsc_assets.assets import checks as asset_checks
from gsc_assets.definitions import build_gsc_definitions
from gsc_assets.partitions import FINAL_LAG_DAYS, SITE_PARTITIONS_NAME, join_key
from gsc_assets.resources import GscResource, WarehouseResource
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets.warehouse.checks import DAY_ROW_CAP
from gsc_assets_tests.test_assets import FETCH_KEYS, evaluations, materialise

pytestmark = pytest.mark.timeout(300)

TODAY = dt.date(2026, 11, 20)
#: The newest final day, and the day before: fresh for the freshness check (see the module docstring).
LAST_FINAL = TODAY - dt.timedelta(days=FINAL_LAG_DAYS)
RECENT = LAST_FINAL - dt.timedelta(days=1)
#: HUGE: 70,000 finest-grain rows a day; on 2026-11-17 (seed 11) its web search holds about 68,000 query x page x
#: country x device rows once anonymised queries are dropped: more than Google's 50,000-row cap.
HUGE = "sc-domain:huge.example"
SMALL = "https://small.example/"
STALE = "sc-domain:stale.example"
RANGES = "https://ranges.example/shop/"
LIFE = "sc-domain:life.example"
SITES = {HUGE: 70_000, SMALL: 300, STALE: 100, RANGES: 300, LIFE: 250}
LIFETIME = {"lifetime_query_page": dg.AssetKey(["gsc", "lifetime_query_page"]),
            "lifetime_page": dg.AssetKey(["gsc", "lifetime_page"])}  # fmt: skip


@pytest.fixture(scope="module")
def stack(pg_url, tmp_path_factory):
    config = SimConfig(sites=SITES, today=TODAY, seed=11)
    with SimulatorServer(config, workdir=tmp_path_factory.mktemp("sim")) as sim:
        resources = {
            "gsc": GscResource(api_base_url=sim.base_url, credentials_file=str(sim.key_path)),
            "warehouse": WarehouseResource(database_url=pg_url, staging_dir=str(tmp_path_factory.mktemp("staging"))),
        }
        defs = build_gsc_definitions(start_date=dt.date(2026, 10, 1), resources=resources)
        with dg.instance_for_test() as instance:
            instance.add_dynamic_partitions(SITE_PARTITIONS_NAME, list(SITES))
            yield {"defs": defs, "instance": instance, "resources": resources, "sim": sim}


def one_day(stack, site: str, day: dt.date, *, refetch: bool = False, selection=None) -> dg.ExecuteInProcessResult:
    key = join_key(site, day)
    return materialise(stack, key, key, refetch=refetch, selection=selection)


def table_selection(*tables: str) -> dg.AssetSelection:
    """These tables and their checks (an asset selection brings the asset's checks)."""
    return dg.AssetSelection.assets(*(["gsc", t] for t in tables))


def daily_checks(*pairs: tuple[str, str]) -> dg.AssetSelection:
    return dg.AssetSelection.checks(*(dg.AssetCheckKey(dg.AssetKey(["gsc", t]), name) for t, name in pairs))


def site_rows(pg_url: str, table: str, site: str, day: dt.date, search_type: str) -> int:
    with psycopg.connect(pg_url) as conn:
        return conn.execute(
            f"SELECT count(*) FROM gsc.{table} WHERE site_url = %s AND date = %s AND search_type = %s",  # noqa: S608
            (site, day, search_type),
        ).fetchone()[0]


# --- row cap ------------------------------------------------------------------------------------------------------


def test_row_cap_warns_for_a_day_at_googles_50000_row_cap_and_passes_a_normal_day(stack, pg_url, monkeypatch):
    monkeypatch.setenv("GSC_SLICE_CAPPED", "off")  # what every published connector does: stop at the cap
    capped = one_day(stack, HUGE, LAST_FINAL, selection=table_selection("query_page_daily"))
    assert capped.success
    found = evaluations(capped)
    assert set(found) == {("query_page_daily", "row_cap"), ("query_page_daily", "metric_ranges")}
    # The sync paged on to Google's cap (two full pages of 25,000), no further: the tail is missing.
    truth = stack["sim"].truth(site=HUGE, date=LAST_FINAL.isoformat(), type="web",
                               dimensions="query,page,country,device", dataState="final", summary=1)  # fmt: skip
    assert truth["rows"] == DAY_ROW_CAP
    assert site_rows(pg_url, "query_page_daily", HUGE, LAST_FINAL, "web") == DAY_ROW_CAP
    assert 0 < site_rows(pg_url, "query_page_daily", HUGE, LAST_FINAL, "image") < DAY_ROW_CAP
    row_cap = found[("query_page_daily", "row_cap")]
    assert not row_cap.passed and row_cap.severity == dg.AssetCheckSeverity.WARN
    assert row_cap.metadata["capped_days"].value == 1  # web; image is below the cap
    assert f"{HUGE} {LAST_FINAL} web" in row_cap.metadata["detail"].value
    assert found[("query_page_daily", "metric_ranges")].passed  # a capped day is not an impossible one

    normal = one_day(stack, SMALL, LAST_FINAL, selection=table_selection("query_page_daily"))
    assert normal.success
    row_cap = evaluations(normal)[("query_page_daily", "row_cap")]
    assert row_cap.passed and row_cap.metadata["capped_days"].value == 0
    assert row_cap.metadata["partitions_checked"].value == 1  # the run's own partition, not the capped one


def test_a_day_read_past_the_cap_in_slices_holds_googles_uncapped_rows_and_passes_the_row_cap(stack, pg_url):
    """Slicing on (the default): the capped day is asked again per device, then per country where a device still
    stops at the cap, and holds every row of the uncapped answer; the row-cap check passes it as sliced and says
    how much of the property's impressions its rows explain."""
    selection = table_selection("page_daily", "query_page_daily")
    sliced = one_day(stack, HUGE, LAST_FINAL, refetch=True, selection=selection)
    assert sliced.success
    uncapped = stack["sim"].truth(site=HUGE, date=LAST_FINAL.isoformat(), type="web", uncapped=1, summary=1,
                                  dimensions="query,page,country,device", dataState="final")  # fmt: skip
    assert uncapped["rows"] > DAY_ROW_CAP
    with psycopg.connect(pg_url) as conn:
        held = conn.execute(
            "SELECT count(*), sum(impressions) FROM gsc.query_page_daily WHERE site_url = %s AND date = %s "
            "AND search_type = 'web'", (HUGE, LAST_FINAL)).fetchone()  # fmt: skip
    assert held == (uncapped["rows"], uncapped["impressions"])
    row_cap = evaluations(sliced)[("query_page_daily", "row_cap")]
    assert row_cap.passed, row_cap.metadata
    assert row_cap.metadata["capped_days"].value == 0 and row_cap.metadata["sliced_days"].value == 1
    assert 0.5 < row_cap.metadata["sliced_min_impressions_share"].value <= 1  # of page_daily's (by page)
    materialisation = next(m for m in sliced.asset_materializations_for_node("gsc_search_analytics")
                           if m.asset_key == dg.AssetKey(["gsc", "query_page_daily"]))  # fmt: skip
    # The partition's figures, shared by its tables: page_daily's web rows were capped and sliced too.
    assert materialisation.metadata["rows_past_cap"].value > uncapped["rows"] - DAY_ROW_CAP
    assert materialisation.metadata["slice_requests"].value > 0 and materialisation.metadata["capped_slices"].value == 0


# --- freshness ----------------------------------------------------------------------------------------------------


def test_freshness_warns_naming_a_site_whose_newest_day_is_too_old_and_passes_once_a_recent_day_loads(
    stack, monkeypatch
):
    # The check compares the ledger with the real Pacific date; the simulator's Google lives on TODAY: pin the clock.
    monkeypatch.setattr(asset_checks, "pacific_today", lambda: TODAY)
    lag = FINAL_LAG_DAYS + asset_checks.FRESHNESS_SLACK_DAYS
    stale_day, fresh_day = TODAY - dt.timedelta(days=lag + 1), TODAY - dt.timedelta(days=lag)
    freshness_only = daily_checks(("property_daily", "freshness"))

    # The site's newest (only) day is one day older than the check allows: the load's own run warns.
    loaded = one_day(stack, STALE, stale_day)
    assert loaded.success  # a warning, not a failed run
    freshness = evaluations(loaded)[("property_daily", "freshness")]
    assert not freshness.passed and freshness.severity == dg.AssetCheckSeverity.WARN
    assert freshness.metadata["stale_sites"].value == 1
    assert freshness.metadata["detail"].value == f"no day newer than {lag} days for: {STALE}"
    assert freshness.metadata["oldest_newest_day"].value == stale_day.isoformat()
    # A run of the check alone (no partition, nothing fetched) says the same.
    alone = materialise(stack, None, None, selection=freshness_only)
    assert alone.success and not alone.asset_materializations_for_node("gsc_search_analytics")
    assert evaluations(alone)[("property_daily", "freshness")].metadata["detail"].value.endswith(STALE)
    assert not evaluations(alone)[("property_daily", "freshness")].passed

    # The newest day exactly `lag` days back is fresh enough: the check passes.
    loaded = one_day(stack, STALE, fresh_day)
    assert loaded.success and evaluations(loaded)[("property_daily", "freshness")].passed
    freshness = evaluations(materialise(stack, None, None, selection=freshness_only))[("property_daily", "freshness")]
    assert freshness.passed and freshness.metadata["stale_sites"].value == 0, freshness.metadata


# --- metric ranges and reconciliation on the tables test_assets does not corrupt ----------------------------------

#: daily table -> (the check_scan.sql figure counting the broken row, the SET clause breaking one row)
CORRUPTIONS = {
    "property_daily": ("clicks_over_impressions", "clicks = impressions + 1"),
    "page_daily": ("position_below_one", "position = 0.5"),
    "query_page_daily": ("negative_counts", "impressions = -1"),
    "appearance_daily": ("negative_counts", "clicks = -1"),
}


def corrupt_one_row(conn: psycopg.Connection, table: str, site: str, day: dt.date, assignment: str) -> None:
    row = conn.execute(
        f"SELECT ctid FROM gsc.{table}_data WHERE date = %s AND search_type = 'web' AND site_url = %s "  # noqa: S608
        "ORDER BY impressions DESC LIMIT 1",
        (day, site),
    ).fetchone()
    assert row is not None, (table, site, day)
    conn.execute(f"UPDATE gsc.{table}_data SET {assignment} WHERE ctid = %s", row)  # noqa: S608


def test_metric_ranges_and_query_page_reconciliation_fail_on_corrupted_rows_and_pass_after_a_refetch(stack, pg_url):
    key = join_key(RANGES, RECENT)
    assert materialise(stack, key, key).success
    checked = daily_checks(*((t, "metric_ranges") for t in CORRUPTIONS), ("query_daily", "metric_ranges"),
                           ("property_daily", "reconciliation"))  # fmt: skip
    before = evaluations(materialise(stack, key, key, selection=checked))
    assert before and all(e.passed for e in before.values()), {k: e.metadata for k, e in before.items()}

    with psycopg.connect(pg_url, autocommit=True) as conn:
        for table, (_, assignment) in CORRUPTIONS.items():
            corrupt_one_row(conn, table, RANGES, RECENT, assignment)
        # A query x page row with more clicks and impressions than its whole page report: Google's second inequality.
        conn.execute(
            "UPDATE gsc.query_page_daily_data SET clicks = clicks + 1000000000, impressions = impressions + 1000000000 "
            "WHERE ctid = (SELECT ctid FROM gsc.query_page_daily_data WHERE date = %s AND impressions > 0 AND site_url "
            "= %s ORDER BY impressions LIMIT 1)",
            (RECENT, RANGES),
        )
    result = materialise(stack, key, key, selection=checked)
    assert result.success  # a failed check is not a failed run
    found = evaluations(result)
    for table, (figure, _) in CORRUPTIONS.items():
        metric = found[(table, "metric_ranges")]
        assert not metric.passed and metric.severity == dg.AssetCheckSeverity.ERROR, table
        assert metric.metadata[figure].value == 1, (table, metric.metadata)
        assert figure in metric.metadata["detail"].value
    assert found[("query_daily", "metric_ranges")].passed  # the untouched table
    reconciliation = found[("property_daily", "reconciliation")]
    assert not reconciliation.passed and reconciliation.severity == dg.AssetCheckSeverity.ERROR
    assert reconciliation.metadata["query_page_over_page"].value == 1
    assert reconciliation.metadata["query_over_property"].value == 0

    assert materialise(stack, key, key, refetch=True).success  # Google's rows again
    after = evaluations(materialise(stack, key, key, selection=checked))
    assert set(after) == set(found) and all(e.passed for e in after.values()), {k: e.metadata for k, e in after.items()}


# --- lifetime ------------------------------------------------------------------------------------------------------


def lifetime_ready(stack) -> None:
    """Two days of LIFE in every daily table, and lifetime tables rebuilt from the daily ones.

    A full rebuild, not the incremental refresh: the metric-range test edits daily rows behind the loads' backs, and
    its refetch then records deltas that subtract the corrupted rows, so the deltas alone would leave those keys off
    (which totals_match_daily reports, rightly)."""
    first, last = join_key(LIFE, RECENT), join_key(LIFE, LAST_FINAL)
    assert materialise(stack, first, last, selection=dg.AssetSelection.assets(*FETCH_KEYS)).success
    assert refresh_lifetime(stack, full=True).success


def refresh_lifetime(stack, *, full: bool = False) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        list(stack["defs"].assets),
        selection=dg.AssetSelection.assets(*LIFETIME.values()),
        instance=stack["instance"],
        resources=stack["resources"],
        run_config={"ops": {"gsc_lifetime_stats": {"config": {"full_refresh": full}}}},
    )


def run_lifetime_checks(stack, name: str, *, sample_percent: float = 100.0) -> dict[str, dg.AssetCheckEvaluation]:
    """Only the lifetime checks called `name`, on both tables: lifetime table -> its evaluation."""
    defs = stack["defs"]
    result = dg.materialize(
        [*defs.assets, *defs.asset_checks],
        selection=dg.AssetSelection.checks(*(dg.AssetCheckKey(key, name) for key in LIFETIME.values())),
        instance=stack["instance"],
        resources=stack["resources"],
        run_config={"ops": {"gsc_lifetime_checks": {"config": {"sample_percent": sample_percent}}}},
    )
    assert result.success and not result.get_asset_materialization_events()
    found = {e.asset_key.path[-1]: e for e in result.get_asset_check_evaluations()}
    assert set(found) == set(LIFETIME) and {e.check_name for e in found.values()} == {name}
    return found


def test_lifetime_totals_fail_on_a_corrupted_lifetime_row_and_pass_after_a_full_rebuild(stack, pg_url):
    lifetime_ready(stack)
    before = run_lifetime_checks(stack, "totals_match_daily")
    assert all(e.passed for e in before.values()), {t: e.metadata for t, e in before.items()}
    assert before["lifetime_query_page"].metadata["checked"].value > 0

    pick = ("SELECT query, page FROM gsc.lifetime_query_page WHERE site_url = %s AND search_type = 'web' "
            "ORDER BY impressions DESC, query, page LIMIT 1")  # fmt: skip
    where = "site_url = %s AND search_type = 'web' AND query = %s AND page = %s"
    read = f"SELECT clicks FROM gsc.lifetime_query_page WHERE {where}"  # noqa: S608
    with psycopg.connect(pg_url, autocommit=True) as conn:
        key = (LIFE, *conn.execute(pick, (LIFE,)).fetchone())
        (clicks,) = conn.execute(read, key).fetchone()
        conn.execute(f"UPDATE gsc.lifetime_query_page SET clicks = clicks + 1 WHERE {where}", key)  # noqa: S608
    # Every key sampled (sample_percent=100), so the one bad key is found for sure (the default samples 5%).
    found = run_lifetime_checks(stack, "totals_match_daily")
    totals = found["lifetime_query_page"]
    assert not totals.passed and totals.severity == dg.AssetCheckSeverity.ERROR
    assert totals.metadata["mismatched"].value == 1 and totals.metadata["missing"].value == 0
    assert "disagrees with gsc.query_page_daily" in totals.metadata["detail"].value
    assert found["lifetime_page"].passed  # the other table is untouched

    assert refresh_lifetime(stack, full=True).success  # rebuilt from the daily rows
    with psycopg.connect(pg_url) as conn:
        assert conn.execute(read, key).fetchone() == (clicks,)
    after = run_lifetime_checks(stack, "totals_match_daily")
    assert all(e.passed for e in after.values()), {t: e.metadata for t, e in after.items()}


#: lifetime table -> [(the SET clause making one row impossible, the check_lifetime_ranges.sql figure counting it)]
IMPOSSIBLE = {
    "lifetime_page": [
        ("clicks = impressions + 1", "impossible_counts"),
        ("days_seen = 0", "impossible_days"),
        ("sum_position_x_impressions = 0.5 * impressions", "position_below_one"),
    ],
    "lifetime_query_page": [("impressions = -1", "impossible_counts")],
}
KEYS = {"lifetime_page": "site_url, search_type, page", "lifetime_query_page": "site_url, search_type, query, page"}
METRICS = "clicks, impressions, days_seen, sum_position_x_impressions"


def key_is(keys: str) -> str:
    return f"({keys}) = ({', '.join(['%s'] * (keys.count(',') + 1))})"


def test_no_impossible_values_fails_on_impossible_lifetime_rows_and_passes_once_they_are_undone(stack, pg_url):
    lifetime_ready(stack)
    before = run_lifetime_checks(stack, "no_impossible_values")
    assert all(e.passed for e in before.values()), {t: e.metadata for t, e in before.items()}

    saved: list[tuple[str, tuple, tuple]] = []  # (table, key, the metrics before)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        try:
            for table, corruptions in IMPOSSIBLE.items():
                keys = KEYS[table]
                rows = conn.execute(
                    f"SELECT {keys}, {METRICS} FROM gsc.{table} WHERE site_url = %s AND clicks > 0 "  # noqa: S608
                    f"ORDER BY impressions DESC, {keys} LIMIT %s",
                    (LIFE, len(corruptions)),
                ).fetchall()
                assert len(rows) == len(corruptions), table
                width = keys.count(",") + 1
                # No CHECK constraint on the lifetime tables (0003_lifetime.sql): the database takes all of these.
                for row, (assignment, _) in zip(rows, corruptions, strict=True):
                    key, values = row[:width], row[width:]
                    saved.append((table, key, values))
                    conn.execute(f"UPDATE gsc.{table} SET {assignment} WHERE {key_is(keys)}", key)  # noqa: S608
            found = run_lifetime_checks(stack, "no_impossible_values")
        finally:
            for table, key, values in saved:
                keys = KEYS[table]
                conn.execute(
                    f"UPDATE gsc.{table} SET ({METRICS}) = (%s, %s, %s, %s) "  # noqa: S608
                    f"WHERE {key_is(keys)}",
                    (*values, *key),
                )
    for table, corruptions in IMPOSSIBLE.items():
        check = found[table]
        assert not check.passed and check.severity == dg.AssetCheckSeverity.ERROR, table
        expected = dict.fromkeys(("impossible_counts", "impossible_days", "position_below_one"), 0)
        expected |= {figure: 1 for _, figure in corruptions}
        assert {f: check.metadata[f].value for f in expected} == expected, (table, check.metadata)
        assert check.metadata["rows_checked"].value > len(corruptions)
    after = run_lifetime_checks(stack, "no_impossible_values")
    assert all(e.passed for e in after.values()), {t: e.metadata for t, e in after.items()}


def test_a_first_run_of_property_daily_alone_reconciles_against_tables_not_created_yet(stack, pg_server_url, tmp_path):
    """On a new database only property_daily exists after this run; its reconciliation check once failed the step
    with UndefinedTable for the detail tables no load had created."""
    from gsc_assets_tests.fixtures_pg import create_database, drop_database

    url = create_database(pg_server_url, "first_property_run")
    try:
        resources = {
            **stack["resources"],
            "warehouse": WarehouseResource(database_url=url, staging_dir=str(tmp_path / "staging")),
        }
        defs = build_gsc_definitions(start_date=dt.date(2026, 10, 1), resources=resources)
        key = join_key(SMALL, RECENT)
        own = {**stack, "defs": defs, "resources": resources}
        result = materialise(own, key, key, selection=table_selection("property_daily"))
        assert result.success
        found = evaluations(result)
        assert found[("property_daily", "reconciliation")].passed and found[("property_daily", "metric_ranges")].passed
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT to_regclass('gsc.page_daily')").fetchone() == (None,)  # really not created
    finally:
        drop_database(pg_server_url, url)


def test_row_cap_fails_a_sliced_day_whose_slicing_left_a_slice_at_the_cap():
    """Past the cap with a slice still at it (known to the run that fetched): part of the day is missing."""
    from gsc_assets.warehouse import checks

    def day(site: str, rows: int) -> checks.DayFigures:
        return checks.DayFigures(site, LAST_FINAL, "web", rows, 10, 1_000, dict.fromkeys(checks.IMPOSSIBLE, 0))

    days = [day(HUGE, 80_000), day(SMALL, 70_000), day(RANGES, DAY_ROW_CAP)]
    outcome = checks.row_cap(days, None, still_capped={(HUGE, LAST_FINAL)})
    assert not outcome.passed
    assert outcome.figures["capped_days"] == 2 and outcome.figures["sliced_days"] == 1
    assert HUGE in outcome.description and RANGES in outcome.description and SMALL not in outcome.description
    assert checks.row_cap([day(SMALL, 70_000)]).passed


def test_row_cap_passes_a_day_of_exactly_50000_rows_that_the_export_filled(pg_server_url):
    """The cap is the API's: the same 50,000 rows fail the check when the API filled them and pass when Google's
    BigQuery export did (the ledger's source, which the check's scan reads)."""
    from gsc_assets.warehouse import DEFAULT_TABLE_SPECS, Warehouse, checks
    from gsc_assets_tests.fixtures_pg import create_database, drop_database, report_rows

    spec = next(s for s in DEFAULT_TABLE_SPECS if s.name == "query_daily")
    url = create_database(pg_server_url, "row_cap_export")
    try:
        with Warehouse(url) as wh:
            wh.migrate([spec])
            for site, exported in ((SMALL, ["query_daily/web"]), (RANGES, [])):
                rows = report_rows(spec, site, LAST_FINAL, DAY_ROW_CAP, search_types=("web",))
                assert rows.num_rows == DAY_ROW_CAP
                figures = {"search_types": ["web"], "exported": exported}
                wh.load_partition(site, LAST_FINAL, {spec: rows}, data_state="final", run_id="cap", figures=figures)
            with wh.connect() as conn:
                scope = checks.Scope.of([(SMALL, LAST_FINAL), (RANGES, LAST_FINAL)], label="test")
                days = checks.scan(conn, spec.name, scope=scope)
        assert sorted((d.site_url, d.source, d.rows) for d in days) == sorted(
            [(SMALL, "export", DAY_ROW_CAP), (RANGES, "api", DAY_ROW_CAP)]
        )
        outcome = checks.row_cap(days)
        assert not outcome.passed and outcome.figures["capped_days"] == 1
        assert RANGES in outcome.description and SMALL not in outcome.description
    finally:
        drop_database(pg_server_url, url)
