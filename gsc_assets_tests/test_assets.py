"""The code location end to end: simulator over loopback HTTP -> client -> DuckDB staging -> Postgres, run by a real
Dagster instance. One simulator and one database for the module."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import dagster as dg
import psycopg
import pytest

from gsc_assets._dagster_internals import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
from gsc_assets.definitions import build_gsc_definitions
from gsc_assets.gsc import DEFAULT_REPORTS
from gsc_assets.gsc._settings import ALL_SEARCH_TYPES
from gsc_assets.partitions import SITE_PARTITIONS_NAME, join_key
from gsc_assets.resources import GscResource, WarehouseResource
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets.warehouse import Staging

pytestmark = pytest.mark.timeout(300)

SITES = {
    "sc-domain:alpha.example": 800,
    "https://beta.example/": 300,
    "sc-domain:gamma.example": 200,
    "https://delta.example/shop/": 150,
    "sc-domain:epsilon.example": 100,
}
TODAY = dt.date(2026, 11, 20)
FIRST = dt.date(2026, 10, 1)
FETCH_KEYS = [
    ["gsc", t] for t in ("property_daily", "page_daily", "query_daily", "query_page_daily", "appearance_daily")
]
REPORT_TABLES = {
    "property": "property_daily",
    "page": "page_daily",
    "query": "query_daily",
    "query_page": "query_page_daily",
    "appearance": "appearance_daily",
}


@pytest.fixture(scope="module")
def site_sim(tmp_path_factory):
    with SimulatorServer(SimConfig(sites=SITES, today=TODAY, seed=7), workdir=tmp_path_factory.mktemp("sim")) as sim:
        yield sim


@pytest.fixture(scope="module")
def stack(site_sim, pg_url, tmp_path_factory):
    """Definitions, resources and a real (on-disk) Dagster instance with the five sites added."""
    staging = tmp_path_factory.mktemp("staging")
    resources = {
        "gsc": GscResource(api_base_url=site_sim.base_url, credentials_file=str(site_sim.key_path)),
        "warehouse": WarehouseResource(database_url=pg_url, staging_dir=str(staging)),
    }
    defs = build_gsc_definitions(start_date=FIRST, resources=resources)
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(SITE_PARTITIONS_NAME, list(SITES))
        yield {"defs": defs, "instance": instance, "resources": resources, "staging": staging}


def materialise(
    stack, first_key: str | None, last_key: str | None, *, refetch: bool = False, selection=None
) -> dg.ExecuteInProcessResult:
    """A run of the fetch asset (every table and its checks unless `selection` says otherwise) over a box range."""
    defs = stack["defs"]
    tags = {ASSET_PARTITION_RANGE_START_TAG: first_key, ASSET_PARTITION_RANGE_END_TAG: last_key} if first_key else {}
    return dg.materialize(
        list(defs.assets),
        selection=selection if selection is not None else dg.AssetSelection.assets(*FETCH_KEYS),
        instance=stack["instance"],
        resources=stack["resources"],
        tags=tags,
        run_config={"ops": {"gsc_search_analytics": {"config": {"refetch": refetch}}}},
        raise_on_error=False,
    )


def days(start: dt.date, count: int) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range(count)]


def table_digest(pg_url: str, table: str) -> list[tuple]:
    with psycopg.connect(pg_url) as conn:
        return conn.execute(
            f"SELECT site_url, date, search_type, count(*), sum(clicks), sum(impressions), "  # noqa: S608
            f"round(sum(ctr)::numeric, 9), round(sum(position)::numeric, 6) FROM gsc.{table} "
            "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
        ).fetchall()


def ledger_keys(pg_url: str) -> set[tuple[str, dt.date]]:
    with psycopg.connect(pg_url) as conn:
        return {(site, day) for site, day in conn.execute("SELECT DISTINCT site_url, date FROM gsc.load_ledger")}


def requests_by_site(sim) -> dict[str, int]:
    return dict(sim.stats().get("by_site", {}))


def test_two_sites_by_seven_days_equal_the_truth(stack, site_sim, pg_url):
    sites = list(SITES)[:2]
    start = dt.date(2026, 10, 5)
    result = materialise(stack, join_key(sites[0], start), join_key(sites[1], start + dt.timedelta(days=6)))
    assert result.success
    expected_keys = {(site, day) for site in sites for day in days(start, 7)}
    assert ledger_keys(pg_url) == expected_keys

    with psycopg.connect(pg_url) as conn:
        for report in DEFAULT_REPORTS:
            table = REPORT_TABLES[report.name]
            for site, day in sorted(expected_keys):
                for search_type in report.types_for(ALL_SEARCH_TYPES):
                    # Asked the way Google allows: appearances grouped alone for the one day, Discover's pages
                    # without device, Google News' totals with aggregation auto.
                    dims = ("searchAppearance",) if report.by_appearance else report.request_dimensions(search_type)
                    truth = site_sim.truth(
                        site=site,
                        date=day.isoformat(),
                        type=search_type,
                        dimensions=",".join(dims),
                        aggregationType=report.request_aggregation(search_type),
                        dataState="final",
                        summary=1,
                    )
                    got = conn.execute(
                        f"SELECT count(*), coalesce(sum(clicks), 0), coalesce(sum(impressions), 0) "  # noqa: S608
                        f"FROM gsc.{table} WHERE site_url = %s AND date = %s AND search_type = %s",
                        (site, day, search_type),
                    ).fetchone()
                    assert got == (truth["rows"], truth["clicks"], truth["impressions"]), (
                        table,
                        site,
                        day,
                        search_type,
                    )

    # Every partition was materialised on its own, with its figures.
    materialisations = stack["instance"].fetch_materializations(dg.AssetKey(["gsc", "query_daily"]), limit=100).records
    keys = {m.partition_key for m in materialisations}
    assert keys == {join_key(site, day) for site, day in expected_keys}
    metadata = materialisations[0].asset_materialization.metadata
    assert metadata["requests"].value > 0 and metadata["data_state"].value == "final"


def test_five_sites_by_two_days_fetch_exactly_their_keys(stack, site_sim, pg_url):
    start = dt.date(2026, 10, 20)
    before = requests_by_site(site_sim)
    result = materialise(
        stack, join_key(list(SITES)[0], start), join_key(list(SITES)[-1], start + dt.timedelta(days=1))
    )
    assert result.success
    loaded = {key for key in ledger_keys(pg_url) if key[1] >= start}
    assert loaded == {(site, day) for site in SITES for day in days(start, 2)}
    after = requests_by_site(site_sim)
    assert all(after.get(site, 0) > before.get(site, 0) for site in SITES)


def test_materialising_twice_is_idempotent_and_final_data_is_not_fetched_again(stack, site_sim, pg_url):
    sites = list(SITES)[2:4]
    start = dt.date(2026, 10, 12)
    first, last = join_key(sites[0], start), join_key(sites[1], start + dt.timedelta(days=1))
    assert materialise(stack, first, last).success
    snapshot = {t: table_digest(pg_url, t) for t in REPORT_TABLES.values()}
    requests_before = site_sim.stats()["requests"]
    assert materialise(stack, first, last).success  # final data held: no request at all
    assert site_sim.stats()["requests"] == requests_before
    assert materialise(stack, first, last, refetch=True).success
    assert site_sim.stats()["requests"] > requests_before
    assert {t: table_digest(pg_url, t) for t in REPORT_TABLES.values()} == snapshot


def test_two_overlapping_sync_processes_end_identical_without_duplicates(stack, site_sim, pg_url, tmp_path):
    """Two processes replace the same partitions at once: the advisory lock serialises each partition's load."""
    sites = list(SITES)[:2]
    start, end = dt.date(2026, 10, 25), dt.date(2026, 10, 27)
    env = {
        **os.environ,
        "GSC_API_BASE_URL": site_sim.base_url,
        "GOOGLE_APPLICATION_CREDENTIALS": str(site_sim.key_path),
        "GSC_DATABASE_URL": pg_url,
        "DAGSTER_HOME": str(tmp_path / "dagster_home"),
        "GSC_START_DATE": FIRST.isoformat(),
    }
    command = [sys.executable, "-m", "gsc_assets.cli", "sync", "--start", str(start), "--end", str(end),
               "--site", sites[0], "--site", sites[1], "--refetch", "--json"]  # fmt: skip
    processes = [
        subprocess.Popen(
            command,
            env={**env, "GSC_STAGING_DIR": str(tmp_path / f"staging{i}")},
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for i in range(2)
    ]
    try:
        errors = [process.communicate(timeout=240)[1] for process in processes]
    finally:  # a process left running would keep asking the shared simulator during the next tests
        for process in processes:
            process.kill()
            process.wait()
    for process, err in zip(processes, errors, strict=True):
        assert process.returncode == 0, err[-2000:]
    once = {t: table_digest(pg_url, t) for t in REPORT_TABLES.values()}
    with psycopg.connect(pg_url) as conn:
        for table in REPORT_TABLES.values():
            (count,) = conn.execute(
                f"SELECT count(*) FROM gsc.{table} WHERE date BETWEEN %s AND %s", (start, end)
            ).fetchone()  # noqa: S608
            assert count > 0
    first, last = join_key(sites[0], start), join_key(sites[1], end)
    assert materialise(stack, first, last, refetch=True).success
    assert {t: table_digest(pg_url, t) for t in REPORT_TABLES.values()} == once


def test_a_failed_load_keeps_previous_rows_and_the_retry_loads_from_staging(stack, site_sim, pg_url):
    site = list(SITES)[4]
    day = dt.date(2026, 10, 2)
    key = join_key(site, day)
    assert materialise(stack, key, key).success
    before = {t: table_digest(pg_url, t) for t in REPORT_TABLES.values()}
    with psycopg.connect(pg_url, autocommit=True) as conn:  # page_daily now refuses every row: the load fails midway
        conn.execute("ALTER TABLE gsc.page_daily_data ADD CONSTRAINT test_refuse CHECK (clicks < 0) NOT VALID")
    try:
        result = materialise(stack, key, key, refetch=True)
        assert not result.success
        failure = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"][0]
        assert key in failure.event_specific_data.error.message
        assert {t: table_digest(pg_url, t) for t in REPORT_TABLES.values()} == before
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("ALTER TABLE gsc.page_daily_data DROP CONSTRAINT test_refuse")
    requests_before = site_sim.stats()["requests"]
    assert materialise(stack, key, key, refetch=True).success
    assert site_sim.stats()["requests"] == requests_before  # loaded from the landing files, Google not asked again
    assert {t: table_digest(pg_url, t) for t in REPORT_TABLES.values()} == before


def test_a_bad_partition_fails_the_run_by_name_and_the_retry_fetches_only_it(stack, site_sim, pg_url):
    good, bad = list(SITES)[0], list(SITES)[1]
    start = dt.date(2026, 11, 3)
    first, last = join_key(good, start), join_key(bad, start + dt.timedelta(days=1))
    principal = "sa-default@sim.iam.gserviceaccount.com"
    site_sim.control(revoke={"principal": principal, "site": bad})
    try:
        before = requests_by_site(site_sim)
        result = materialise(stack, first, last)
        assert not result.success
        message = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"][
            0
        ].event_specific_data.error.message
        assert join_key(bad, start) in message and "permission" in message.lower()
        assert join_key(good, start) not in message
        # sites.list said no before any query: Google was never asked for the unreadable site's data.
        assert requests_by_site(site_sim).get(bad, 0) == before.get(bad, 0)
        assert "nothing was fetched" in message and "sites.list" in message
        loaded = {key for key in ledger_keys(pg_url) if key[1] >= start}
        assert loaded == {(good, start), (good, start + dt.timedelta(days=1))}
    finally:
        site_sim.control(grant={"principal": principal, "site": bad})
    before = requests_by_site(site_sim)
    assert materialise(stack, first, last).success
    after = requests_by_site(site_sim)
    assert after.get(good, 0) == before.get(good, 0)
    assert after.get(bad, 0) > before.get(bad, 0)


def test_held_partitions_are_materialised_in_one_write_per_table(stack, monkeypatch):
    site = list(SITES)[4]
    start = dt.date(2026, 10, 15)
    first, last = join_key(site, start), join_key(site, start + dt.timedelta(days=2))
    assert materialise(stack, first, last).success
    storage = stack["instance"].event_log_storage
    batches: list[list] = []
    store_event_batch = storage.store_event_batch

    def spy(events):
        batches.append(list(events))
        store_event_batch(events)

    monkeypatch.setattr(storage, "store_event_batch", spy)
    assert materialise(stack, first, last).success  # all three days held: recorded, not fetched
    held = [batch for batch in batches if batch[0].dagster_event.event_type_value == "ASSET_MATERIALIZATION"]
    assert sorted(tuple(batch[0].dagster_event.asset_key.path) for batch in held) == sorted(map(tuple, FETCH_KEYS))
    assert all(len(batch) == 3 for batch in held)
    for key in FETCH_KEYS:
        records = stack["instance"].fetch_materializations(dg.AssetKey(key), limit=3).records
        assert {r.partition_key for r in records} == {join_key(site, start + dt.timedelta(days=i)) for i in range(3)}
        assert all(r.asset_materialization.metadata["source"].value == "held" for r in records)


DAILY_CHECKS = {(table, "metric_ranges") for table in REPORT_TABLES.values()} | {
    ("property_daily", "reconciliation"),
    ("property_daily", "freshness"),
    ("page_daily", "row_cap"),
    ("query_daily", "row_cap"),
    ("query_page_daily", "row_cap"),
}


def evaluations(result: dg.ExecuteInProcessResult) -> dict[tuple[str, str], dg.AssetCheckEvaluation]:
    return {(e.asset_key.path[-1], e.check_name): e for e in result.get_asset_check_evaluations()}


def rows_in(pg_url: str, table: str, partitions: list[tuple[str, dt.date]]) -> int:
    with psycopg.connect(pg_url) as conn:
        return sum(
            conn.execute(
                f"SELECT count(*) FROM gsc.{table} WHERE site_url = %s AND date = %s",
                partition,  # noqa: S608
            ).fetchone()[0]
            for partition in partitions
        )


ONE_DAY = dt.timedelta(days=1)


def materialise_while_unreadable(
    stack, site_sim, site: str, first_key: str, last_key: str
) -> dg.ExecuteInProcessResult:
    """A run during which the credentials cannot read `site` (its partitions fail, the others load)."""
    principal = "sa-default@sim.iam.gserviceaccount.com"
    site_sim.control(revoke={"principal": principal, "site": site})
    try:
        return materialise(stack, first_key, last_key)
    finally:
        site_sim.control(grant={"principal": principal, "site": site})


def test_a_backfill_of_old_days_runs_the_daily_checks_on_exactly_what_it_loaded(stack, pg_url):
    """The checks once scanned the last 35 days and ran in a step a backfill skipped; now they run in the fetch
    step on the partitions it loaded, however old."""
    site, start = list(SITES)[2], dt.date(2026, 10, 3)
    result = materialise(stack, join_key(site, start), join_key(site, start + dt.timedelta(days=1)))
    assert result.success
    found = evaluations(result)
    assert set(found) == DAILY_CHECKS
    loaded = [(site, start), (site, start + dt.timedelta(days=1))]
    for (table, name), evaluation in found.items():
        if name == "freshness":  # about every site's newest day, not about this run
            continue
        assert evaluation.passed, (table, name, evaluation.metadata)
        assert evaluation.metadata["partitions_checked"].value == 2
        assert evaluation.metadata["dates_checked"].value == "2026-10-03..2026-10-04"
    for table in REPORT_TABLES.values():
        assert found[(table, "metric_ranges")].metadata["rows_checked"].value == rows_in(pg_url, table, loaded)
    assert found[("property_daily", "reconciliation")].metadata["days_checked"].value == rows_in(
        pg_url, "property_daily", loaded
    )


def test_the_loaded_partitions_are_checked_when_another_partition_of_the_run_fails(stack, site_sim):
    good, bad = list(SITES)[0], list(SITES)[1]
    start = dt.date(2026, 10, 29)
    result = materialise_while_unreadable(stack, site_sim, bad, join_key(good, start), join_key(bad, start + ONE_DAY))
    assert not result.success
    found = evaluations(result)
    assert set(found) == DAILY_CHECKS
    for table in REPORT_TABLES.values():
        metric = found[(table, "metric_ranges")]
        assert metric.passed and metric.metadata["partitions_checked"].value == 2
        assert metric.metadata["sites_checked"].value == 1


def test_a_corrupted_row_fails_its_checks_in_the_partition_and_in_the_recent_days(stack, pg_url):
    site, day = list(SITES)[3], dt.date(2026, 11, 6)
    key = join_key(site, day)
    assert materialise(stack, key, key).success
    only_checks = dg.AssetSelection.checks(
        *(dg.AssetCheckKey(dg.AssetKey(["gsc", t]), name) for t, name in DAILY_CHECKS)
    )
    pick = "SELECT ctid FROM gsc.query_daily_data WHERE date = %s AND site_url = %s ORDER BY clicks DESC LIMIT 1"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        (ctid,) = conn.execute(pick, (day, site)).fetchone()
        # More clicks than impressions on one row; a huge count on another breaks Google's query <= property rule.
        conn.execute("UPDATE gsc.query_daily_data SET clicks = impressions + 1 WHERE ctid = %s", (ctid,))
        conn.execute(
            "UPDATE gsc.query_daily_data SET clicks = clicks + 1000000000, impressions = impressions + 1000000000 "
            "WHERE ctid = (SELECT ctid FROM gsc.query_daily_data WHERE date = %s AND ctid <> %s LIMIT 1)",
            (day, ctid),
        )
    for first, last in ((key, key), (None, None)):  # the partition chosen, then the checks alone on recent days
        result = materialise(stack, first, last, selection=only_checks)
        assert result.success  # a failed check is not a failed run; nothing was fetched
        assert not result.asset_materializations_for_node("gsc_search_analytics")
        found = evaluations(result)
        metric = found[("query_daily", "metric_ranges")]
        assert not metric.passed and metric.severity == dg.AssetCheckSeverity.ERROR
        assert metric.metadata["clicks_over_impressions"].value == 1
        reconciliation = found[("property_daily", "reconciliation")]
        assert not reconciliation.passed and reconciliation.metadata["query_over_property"].value >= 1
        assert found[("query_page_daily", "metric_ranges")].passed
    assert materialise(stack, key, key, refetch=True).success  # Google's rows again: the checks pass
    assert all(e.passed for (t, n), e in evaluations(materialise(stack, key, key, selection=only_checks)).items()
               if n != "freshness")  # fmt: skip


def test_one_table_backfill_asks_google_only_for_its_reports(stack, site_sim, pg_url):
    site, day = list(SITES)[3], dt.date(2026, 11, 8)
    key = join_key(site, day)
    before = site_sim.stats()["requests"]
    one = materialise(stack, key, key, selection=dg.AssetSelection.assets(["gsc", "query_page_daily"]))
    assert one.success
    one_requests = site_sim.stats()["requests"] - before
    materialised = {m.asset_key.path[-1] for m in one.asset_materializations_for_node("gsc_search_analytics")}
    assert materialised == {"query_page_daily"}
    assert set(evaluations(one)) == {("query_page_daily", "metric_ranges"), ("query_page_daily", "row_cap")}
    with psycopg.connect(pg_url) as conn:
        reports = {r for (r,) in conn.execute(
            "SELECT DISTINCT report FROM gsc.load_ledger WHERE site_url = %s AND date = %s", (site, day))}  # fmt: skip
    assert reports == {"query_page_daily"}
    before = site_sim.stats()["requests"]
    assert materialise(stack, key, key).success  # the other four tables are not held yet: fetched, all loaded
    all_requests = site_sim.stats()["requests"] - before
    assert 0 < one_requests < all_requests, (one_requests, all_requests)
    assert {t: rows_in(pg_url, t, [(site, day)]) > 0 for t in ("page_daily", "query_daily", "property_daily")} == {
        "page_daily": True, "query_daily": True, "property_daily": True}  # fmt: skip


def test_a_partition_staged_by_a_one_table_run_is_fetched_again_by_a_full_run(stack, site_sim, pg_url):
    site, day = list(SITES)[4], dt.date(2026, 11, 10)
    key = join_key(site, day)
    with psycopg.connect(pg_url, autocommit=True) as conn:  # the one-table load fails: its fetch stays staged
        conn.execute("ALTER TABLE gsc.query_page_daily_data ADD CONSTRAINT test_refuse CHECK (clicks < 0) NOT VALID")
    try:
        one = materialise(stack, key, key, selection=dg.AssetSelection.assets(["gsc", "query_page_daily"]))
        assert not one.success
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("ALTER TABLE gsc.query_page_daily_data DROP CONSTRAINT test_refuse")
    by_site = site_sim.stats()["by_site"].get(site, 0)
    assert materialise(stack, key, key).success  # staged with one table of five: not enough, fetched again
    assert site_sim.stats()["by_site"].get(site, 0) > by_site
    for table in REPORT_TABLES.values():
        assert rows_in(pg_url, table, [(site, day)]) > 0, table
    with Staging(stack["staging"]) as staging:
        assert (site, day) not in set(staging.pending())


def test_materialisation_metadata_says_what_each_number_is(stack, pg_url):
    site, start = list(SITES)[1], dt.date(2026, 11, 12)
    result = materialise(stack, join_key(site, start), join_key(site, start + dt.timedelta(days=1)))
    assert result.success
    step = [e for e in result.all_events if e.event_type_value == "STEP_SUCCESS"][0]
    step_seconds = step.event_specific_data.duration_ms / 1000
    for materialisation in result.asset_materializations_for_node("gsc_search_analytics"):
        table = materialisation.asset_key.path[-1]
        day_text, site_url = materialisation.partition.split("|", 1)
        day = dt.date.fromisoformat(day_text)
        figures = {key: value.value for key, value in materialisation.metadata.items()}
        assert figures["dagster/row_count"] == rows_in(pg_url, table, [(site_url, day)])  # this table's rows only
        # The per-site plot label is this site's only: the Plots tab draws each site as its own series.
        site_labels = [key for key in figures if key.startswith("rows · ")]
        assert site_labels == [f"rows · {site_url}"] and figures[site_labels[0]] == figures["dagster/row_count"]
        assert "partition_rows" not in figures and "api_seconds" not in figures
        assert 0 < figures["fetch_seconds"] <= step_seconds  # wall time, not a sum of overlapping requests
        assert 0 <= figures["quota_wait_seconds"] <= figures["fetch_seconds"]
    observed = {
        e.asset_observation_data.asset_observation.asset_key.path[-1]: e.asset_observation_data.asset_observation
        for e in result.all_events
        if e.event_type_value == "ASSET_OBSERVATION"
    }
    assert set(observed) == set(REPORT_TABLES.values())
    with psycopg.connect(pg_url) as conn:
        for table, observation in observed.items():
            (count,) = conn.execute(f"SELECT count(*) FROM gsc.{table}").fetchone()  # noqa: S608
            assert observation.metadata["table_rows"].value == count


class _Receiver:
    """A local webhook: records each POSTed JSON body and answers `status`."""

    def __init__(self, status: int = 200) -> None:
        import http.server
        import json
        import threading

        received = self.received = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - the http.server API
                received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/services/T000/B000/secret-part"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_a_failed_run_posts_one_alert_naming_its_bad_partitions_and_reasons(stack, site_sim):
    from gsc_assets.automation.alerts import AlertResource, gsc_run_failure_alert

    good, bad = list(SITES)[0], list(SITES)[1]
    start = dt.date(2026, 11, 14)
    result = materialise_while_unreadable(stack, site_sim, bad, join_key(good, start), join_key(bad, start + ONE_DAY))
    assert not result.success
    instance = stack["instance"]
    run = instance.get_run_by_id(result.run_id)
    (failure,) = instance.all_logs(result.run_id, of_type=dg.DagsterEventType.RUN_FAILURE)

    def alert(url: str | None):
        context = dg.build_run_status_sensor_context(
            sensor_name="gsc_run_failure_alert",
            dagster_event=failure.dagster_event,
            dagster_instance=instance,
            dagster_run=run,
            resources={"alerts": AlertResource(webhook_url=url)},
        ).for_run_failure()
        return gsc_run_failure_alert(context)

    receiver = _Receiver()
    try:
        assert alert(receiver.url) is None
    finally:
        receiver.close()
    assert len(receiver.received) == 1
    text = receiver.received[0]["text"]
    assert join_key(bad, start) in text and join_key(bad, start + dt.timedelta(days=1)) in text
    assert join_key(good, start) not in text and "permission" in text.lower() and result.run_id[:8] in text
    assert isinstance(alert(None), dg.SkipReason)  # no webhook configured: skipped, saying why
    refusing = _Receiver(status=500)
    try:
        with pytest.raises(dg.Failure) as failed:
            alert(refusing.url)
    finally:
        refusing.close()
    assert "secret-part" not in str(failed.value) and "127.0.0.1" in str(failed.value)
