"""Google's BigQuery bulk export as a second source: the real google-cloud-bigquery client against a local BigQuery
(bqemulator), seeded with export tables in Google's schema that hold the simulator's data.

For the same days the two sources give equal tables where the API is not capped, and the export a superset where
it is; days the export does not hold yet, and what the export cannot give, come from the API.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import dagster as dg
import psycopg
import pytest

from gsc_assets import cli
from gsc_assets.assets._tables import table_spec
from gsc_assets.definitions import build_gsc_definitions
from gsc_assets.export import EXPORT_SEARCH_TYPES, ExportConfigError, ExportReader, ExportSettings
from gsc_assets.gsc import DEFAULT_REPORTS, ClientSettings, ReportSpec
from gsc_assets.partitions import SITE_PARTITIONS_NAME, join_key
from gsc_assets.pipeline import SyncSummary, sync_partitions
from gsc_assets.resources import GscResource, WarehouseResource
from gsc_assets.simulator import SimulatorServer
from gsc_assets.simulator.cli import main as simulate
from gsc_assets.simulator.export import (
    EXPORT_LOG_FIELDS,
    SITE_IMPRESSION_FIELDS,
    URL_IMPRESSION_FIELDS,
    export_log_rows,
)
from gsc_assets.warehouse import Staging, Warehouse

from .bq_emulator import BigQueryEmulator

pytestmark = pytest.mark.timeout(300)

SITE = "sc-domain:example.com"
OTHER_SITE = "https://www.example.org/"
EXPORTED = [dt.date(2026, 11, 1), dt.date(2026, 11, 2), dt.date(2026, 11, 3)]
NOT_YET = dt.date(2026, 11, 4)  # the site table's export is logged, the URL table's not yet
BUSY_SITE = "https://busy.example/"
BUSY_DAY = dt.date(2026, 11, 2)
KEYS = {"property": (), "page": ("page", "country", "device"), "query": ("query", "country", "device"),
        "query_page": ("query", "page", "country", "device"), "appearance": ("search_appearance",)}  # fmt: skip


@pytest.fixture(scope="module")
def bq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BigQueryEmulator]:
    with BigQueryEmulator(tmp_path_factory.mktemp("bq") / "emulator.log") as emulator:
        yield emulator


@pytest.fixture(scope="module")
def dataset(bq: BigQueryEmulator, sim: SimulatorServer) -> str:
    """SITE's export: EXPORTED logged, NOT_YET written to both tables but logged for the site table only."""
    name = bq.create_export_dataset("searchconsole_example")
    bq.export_days(name, sim.truth, SITE, EXPORTED)
    bq.export_days(name, sim.truth, SITE, [NOT_YET], logged=False)
    bq.insert(f"{name}.ExportLog", [{"agenda": "SEARCHDATA", "namespace": "SEARCHDATA_SITE_IMPRESSION",
                                     "data_date": NOT_YET.isoformat(), "epoch_version": 0}])  # fmt: skip
    return name


def settings_for(sim: SimulatorServer, **overrides: Any) -> ClientSettings:
    return ClientSettings(api_base_url=sim.base_url, credentials_file=Path(sim.key_path), **overrides)


def sync(
    pg_url: str,
    staging_dir: Path,
    settings: ClientSettings,
    partitions: Sequence[tuple[str, dt.date]],
    *,
    reports: Sequence[ReportSpec] = DEFAULT_REPORTS,
    export: ExportSettings | None = None,
    refetch: bool = True,
) -> SyncSummary:
    with Staging(staging_dir) as staging:
        return asyncio.run(
            sync_partitions(
                partitions=partitions,
                settings=settings,
                reports=reports,
                tables={report.name: table_spec(report) for report in reports},
                open_warehouse=lambda: Warehouse(pg_url),
                staging=staging,
                quota_store=None,
                run_id="export-test",
                refetch=refetch,
                export=export,
            )
        )


def stored(pg_url: str, report: str, site: str, days: Sequence[dt.date]) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """(date, search type, keys...) -> (clicks, impressions, ctr, position) of a table's rows for a site's days."""
    keys = ", ".join(("date", "search_type", *KEYS[report]))
    query = f"SELECT {keys}, clicks, impressions, ctr, position FROM gsc.{report}_daily "  # noqa: S608
    query += "WHERE site_url = %s AND date = ANY(%s)"
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(query, [site, list(days)]).fetchall()
    width = 2 + len(KEYS[report])
    return {tuple(row[:width]): tuple(row[width:]) for row in rows}


def sources(pg_url: str, site: str) -> dict[tuple[dt.date, str, str], str]:
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute(
            "SELECT date, report, search_type, source FROM gsc.load_ledger WHERE site_url = %s", [site]
        ).fetchall()
    return {(day, report, search_type): source for day, report, search_type, source in rows}


def assert_same_rows(api: dict[Any, Any], export: dict[Any, Any], label: str) -> None:
    """Equal keys, clicks, impressions and ctr; positions within half a place (the export's position sums are
    integers, the simulator's positions are not: each sum rounds by at most half an impression's place)."""
    assert export.keys() == api.keys(), label
    for key, (clicks, impressions, ctr, position) in api.items():
        e_clicks, e_impressions, e_ctr, e_position = export[key]
        assert (e_clicks, e_impressions) == (clicks, impressions), (label, key)
        assert e_ctr == pytest.approx(ctr, rel=1e-12), (label, key)
        assert abs(e_position - position) <= 0.5, (label, key, position, e_position)


def test_export_and_api_agree_where_the_api_is_uncapped(sim, dataset, bq, pg_url, tmp_path):
    days = [*EXPORTED, NOT_YET]
    partitions = [(SITE, day) for day in days]
    settings = settings_for(sim)
    sim.reset()
    by_api = sync(pg_url, tmp_path / "api", settings, partitions)
    api_requests = sim.stats()["requests"]
    assert not by_api.failed and {o.source for o in by_api.outcomes} == {"api"}
    api_tables = {report: stored(pg_url, report, SITE, days) for report in KEYS}
    assert all(api_tables.values())

    sim.reset()
    export = ExportSettings(datasets={SITE: dataset}, endpoint=bq.endpoint)
    by_export = sync(pg_url, tmp_path / "export", settings, partitions, export=export)
    export_requests = sim.stats()["requests"]
    assert not by_export.failed, by_export.failed
    assert [o.source for o in by_export.outcomes] == ["export"] * len(EXPORTED) + ["api"]
    for report in KEYS:
        assert_same_rows(api_tables[report], stored(pg_url, report, SITE, days), report)
    # The export stood in for the detail reports of three of four days: Google was asked far less.
    assert export_requests < api_requests

    ledger = sources(pg_url, SITE)
    for (day, report, search_type), source in ledger.items():
        exported = day in EXPORTED and report != "appearance_daily" and search_type in EXPORT_SEARCH_TYPES
        assert source == ("export" if exported else "api"), (day, report, search_type)
    assert {"discover", "googleNews"} & {t for (_, _, t) in ledger}  # those types were fetched, from the API
    with psycopg.connect(pg_url) as conn:
        listed = dict(conn.execute("SELECT date, sources FROM gsc.v_loaded_partitions WHERE site_url = %s", [SITE]))
    assert listed == {**{day: ["api", "export"] for day in EXPORTED}, NOT_YET: ["api"]}


def test_a_day_the_export_published_again_is_read_again(sim, dataset, bq, pg_url, tmp_path):
    """Google revises an exported day by exporting it again (ExportLog: a later epoch_version and publish_time).
    A run that holds the day reads it again when the export published it after our load; the others stay held."""
    day = EXPORTED[2]
    revised = {"data_date": day.isoformat(), "site_url": SITE, "query": "a revised query", "is_anonymized_query": False,
               "country": "usa", "search_type": "WEB", "device": "MOBILE", "impressions": 7, "clicks": 1,
               "sum_top_position": 14}  # fmt: skip
    bq.insert(f"{dataset}.searchdata_site_impression", [revised])
    later = dt.datetime.now(dt.UTC)  # after the first test loaded the day, before this sync reloads it
    bq.insert(f"{dataset}.ExportLog", [{**row, "epoch_version": 1} for row in export_log_rows([day], later)])
    export = ExportSettings(datasets={SITE: dataset}, endpoint=bq.endpoint)
    summary = sync(pg_url, tmp_path / "again", settings_for(sim), [(SITE, d) for d in EXPORTED], export=export,
                   refetch=False)  # fmt: skip
    assert not summary.failed
    assert [(o.date, o.source) for o in summary.outcomes] == [(EXPORTED[0], "held"), (EXPORTED[1], "held"),
                                                              (day, "export")]  # fmt: skip
    rows = stored(pg_url, "query", SITE, [day])
    assert rows[(day, "web", "a revised query", "usa", "MOBILE")][:2] == (1, 7)
    again = sync(pg_url, tmp_path / "again2", settings_for(sim), [(SITE, day)], export=export, refetch=False)
    assert [o.source for o in again.outcomes] == ["held"]  # loaded after that publication now


def test_the_asset_reads_the_export_named_by_its_resource(sim, dataset, bq, pg_url, tmp_path):
    """Through Dagster: GscResource's export fields (GSC_EXPORT_* in the environment) reach the pipeline, and each
    table's materialisation says which source filled the partition."""
    resources = {
        "gsc": GscResource(
            api_base_url=sim.base_url,
            credentials_file=str(sim.key_path),
            export_datasets=f"{SITE}={dataset}",
            export_endpoint=bq.endpoint,
        ),  # fmt: skip
        "warehouse": WarehouseResource(database_url=pg_url, staging_dir=str(tmp_path / "staging")),
    }
    defs = build_gsc_definitions(start_date=dt.date(2026, 1, 1), resources=resources)
    with dg.instance_for_test() as instance:
        instance.add_dynamic_partitions(SITE_PARTITIONS_NAME, [SITE])
        for day, source in ((EXPORTED[0], "export"), (NOT_YET, "api")):
            result = dg.materialize(
                list(defs.assets),
                selection=dg.AssetSelection.groups("gsc") - dg.AssetSelection.keys(["gsc", "search_console_api"]),
                partition_key=join_key(SITE, day),
                instance=instance,
                resources=resources,
                run_config={"ops": {"gsc_search_analytics": {"config": {"refetch": True}}}},
            )
            (event,) = [e for e in result.get_asset_materialization_events()
                        if e.asset_key == dg.AssetKey(["gsc", "query_page_daily"])]  # fmt: skip
            metadata = event.materialization.metadata
            assert metadata["source"].value == source
            exported = "image, news, video, web" if source == "export" else None
            assert (metadata["exported_types"].value if "exported_types" in metadata else None) == exported


def test_gsc_assets_sync_reads_the_export_and_says_so(sim, dataset, bq, pg_url, tmp_path, monkeypatch, capsys):
    env = {
        "GSC_API_BASE_URL": sim.base_url,
        "GOOGLE_APPLICATION_CREDENTIALS": str(sim.key_path),
        "GSC_DATABASE_URL": pg_url,
        "GSC_STAGING_DIR": str(tmp_path / "staging"),
        "DAGSTER_HOME": str(tmp_path / "dagster_home"),
        "GSC_START_DATE": "2026-01-01",
        "GSC_EXPORT_DATASETS": f"{SITE}={dataset}",
        "GSC_EXPORT_ENDPOINT": bq.endpoint,
    }
    for name in ("GSC_SITES", "GSC_REPORTS", "GSC_QPM_PER_SITE", "GSC_QPM_PER_USER", "GSC_QUOTA_WINDOW_S"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    days = ["--start", EXPORTED[1].isoformat(), "--end", NOT_YET.isoformat()]
    code = cli.main(["sync", *days, "--site", SITE, "--json", "--refetch"])
    out, err = capsys.readouterr()
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["loaded"], summary["from_export"], summary["failed"]) == (3, 2, [])


def test_the_simulator_writes_an_export_a_user_can_load(sim, bq, tmp_path, capsys):
    """`gsc-assets simulate --export-to` writes each site's export as NDJSON with bq schemas: loaded into BigQuery
    (here the emulator), it agrees with the simulator's API for the same site, seed and day."""
    day = dt.date(2026, 11, 5)
    common = ["--site", f"{SITE}=2000", "--seed", "7", "--today", "2026-11-20", "--export-to", str(tmp_path)]
    assert simulate([*common, "--export-start", day.isoformat(), "--export-end", day.isoformat()]) == 0
    directory = tmp_path / "sc-domain_example.com"
    dataset_name = bq.create_export_dataset("searchconsole_written")
    tables = {
        "searchdata_site_impression": SITE_IMPRESSION_FIELDS,
        "searchdata_url_impression": URL_IMPRESSION_FIELDS,
        "ExportLog": EXPORT_LOG_FIELDS,
    }
    for table, fields in tables.items():
        schema = json.loads((directory / f"{table}.schema.json").read_text())
        assert [(field["name"], field["type"]) for field in schema] == list(fields)
        rows = [json.loads(line) for line in (directory / f"{table}.ndjson").read_text().splitlines()]
        assert rows and all(set(row) <= {name for name, _ in fields} for row in rows)
        bq.insert(f"{dataset_name}.{table}", rows)
    reader = ExportReader(ExportSettings(datasets={SITE: dataset_name}, endpoint=bq.endpoint))
    try:
        assert set(reader.exported(SITE, day - dt.timedelta(days=3), day)) == {day}
        (report,) = [r for r in DEFAULT_REPORTS if r.name == "property"]
        (row,) = reader.read(SITE, day, [report], ["web"])["property"].to_pylist()
    finally:
        reader.close()
    (api,) = sim.truth(site=SITE, date=day.isoformat(), dimensions="", type="web", aggregationType="byProperty")["rows"]
    assert (row["clicks"], row["impressions"]) == (api["clicks"], api["impressions"])
    assert abs(row["position"] - api["position"]) <= 0.5
    capsys.readouterr()
    assert simulate([*common, "--export-end", "2026-11-19"]) == 2  # not final yet: Google has not exported it
    assert "export days must be final" in capsys.readouterr().err


def test_the_export_is_a_superset_where_the_api_is_capped(sim_factory, bq, pg_url, tmp_path):
    """A busy day: the API stops at 50,000 rows (slicing off), the export has every row, those 50,000 included."""
    busy = sim_factory(sites={BUSY_SITE: 60_000})
    name = bq.create_export_dataset("searchconsole_busy")
    bq.export_days(name, busy.truth, BUSY_SITE, [BUSY_DAY], search_types=["web"])
    settings = settings_for(busy, search_types=("web",), slice_capped=False)
    reports = [r for r in DEFAULT_REPORTS if r.name in ("page", "query_page")]
    partition = [(BUSY_SITE, BUSY_DAY)]
    assert not sync(pg_url, tmp_path / "api", settings, partition, reports=reports).failed
    capped = {report.name: stored(pg_url, report.name, BUSY_SITE, [BUSY_DAY]) for report in reports}
    export = ExportSettings(datasets={BUSY_SITE: name}, endpoint=bq.endpoint)
    summary = sync(pg_url, tmp_path / "export", settings, partition, reports=reports, export=export)
    assert not summary.failed and summary.outcomes[0].source == "export"
    for report in reports:
        rows = stored(pg_url, report.name, BUSY_SITE, [BUSY_DAY])
        assert len(capped[report.name]) == 50_000 < len(rows)
        dims = ("query," if "query" in KEYS[report.name] else "") + "page,country,device"
        truth = busy.truth(site=BUSY_SITE, date=BUSY_DAY.isoformat(), dimensions=dims, type="web", uncapped=1,
                           summary=True)  # fmt: skip
        assert len(rows) == truth["rows"]
        assert sum(impressions for _, impressions, *_ in rows.values()) == truth["impressions"]
        assert_same_rows(capped[report.name], {key: rows[key] for key in capped[report.name]}, report.name)


def test_a_dataset_of_another_site_fails_its_partitions_and_writes_nothing(sim, dataset, bq, pg_url, tmp_path):
    export = ExportSettings(datasets={OTHER_SITE: dataset}, endpoint=bq.endpoint)
    summary = sync(pg_url, tmp_path / "wrong", settings_for(sim), [(OTHER_SITE, d) for d in EXPORTED], export=export)
    assert len(summary.failed) == len(EXPORTED)
    assert all(o.error.startswith(f"export dataset {dataset} holds rows of {SITE}, not of {OTHER_SITE}")
               for o in summary.failed)  # fmt: skip
    assert stored(pg_url, "property", OTHER_SITE, EXPORTED) == {}


def test_an_unreachable_bigquery_fails_the_export_partitions_by_name(sim, pg_url, tmp_path):
    export = ExportSettings(
        datasets={OTHER_SITE: "proj-123.searchconsole"}, endpoint="http://127.0.0.1:1", deadline_s=2
    )
    summary = sync(pg_url, tmp_path / "down", settings_for(sim), [(OTHER_SITE, EXPORTED[0])], export=export)
    (failed,) = summary.failed
    assert failed.error.startswith("BigQuery export proj-123.searchconsole: RetryError: Timeout of 2.0s exceeded")
    assert stored(pg_url, "property", OTHER_SITE, EXPORTED) == {}


def test_a_source_that_answers_nothing_never_replaces_its_stored_part(sim, dataset, bq, pg_url, tmp_path):
    """Each source's part of an export partition is judged alone. The API answers nothing for a day past what it
    keeps (here: the simulator's clock moved before the day) while the export still has it; an export dataset whose
    log lists a day its tables no longer hold (expired) answers nothing while the API does. Both are refused, and
    the rows stored by the first test stay."""
    day = EXPORTED[0]
    before = {report: stored(pg_url, report, SITE, [day]) for report in KEYS}
    assert all(before.values())
    expired = bq.create_export_dataset("searchconsole_expired")
    bq.insert(f"{expired}.ExportLog", export_log_rows([day], dt.datetime(2026, 1, 1, tzinfo=dt.UTC)))
    export = ExportSettings(datasets={SITE: expired}, endpoint=bq.endpoint)
    summary = sync(pg_url, tmp_path / "expired", settings_for(sim), [(SITE, day)], export=export)
    (failed,) = summary.failed
    assert failed.error.startswith(f"The export answered no rows for {day}, for which ") and "kept" in failed.error

    export = ExportSettings(datasets={SITE: dataset}, endpoint=bq.endpoint)
    sim.control(today=str(day - dt.timedelta(days=1)))
    try:
        summary = sync(pg_url, tmp_path / "past", settings_for(sim, data_state="all"), [(SITE, day)], export=export)
    finally:
        sim.reset(config=True)
    (failed,) = summary.failed
    assert failed.error.startswith(f"Google answered no rows for {day}, for which ") and "kept" in failed.error
    assert {report: stored(pg_url, report, SITE, [day]) for report in KEYS} == before


def test_a_query_past_its_deadline_and_unusable_credentials_fail_partitions_by_name(sim, dataset, bq, pg_url, tmp_path):
    slow = ExportSettings(datasets={OTHER_SITE: dataset}, endpoint=bq.endpoint, deadline_s=0.001)
    summary = sync(pg_url, tmp_path / "slow", settings_for(sim), [(OTHER_SITE, EXPORTED[0])], export=slow)
    (failed,) = summary.failed
    assert failed.error.startswith(f"BigQuery export {dataset}: ")
    key = tmp_path / "key.json"
    key.write_text("not a credential")
    unusable = ExportSettings(datasets={OTHER_SITE: "proj-123.searchconsole"}, credentials_file=key)
    summary = sync(pg_url, tmp_path / "key", settings_for(sim), [(OTHER_SITE, EXPORTED[0])], export=unusable)
    (failed,) = summary.failed
    assert failed.error.startswith("BigQuery export proj-123.searchconsole: DefaultCredentialsError: ")
    assert stored(pg_url, "property", OTHER_SITE, EXPORTED) == {}


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"GSC_EXPORT_DATASETS": "sc-domain:a.com"}, "'sc-domain:a.com' is not 'site=project.dataset'"),
        ({"GSC_EXPORT_DATASETS": "sc-domain:a.com=dataset"}, "'dataset' (for sc-domain:a.com) is not 'project."),
        ({"GSC_EXPORT_DATASETS": "=proj-1.d"}, "an entry has no site before '='"),
        ({"GSC_EXPORT_DATASETS": "a=my-project.searchconsole.ExportLog"}, "is not 'project.dataset'"),
        ({"GSC_EXPORT_DATASETS": "a=proj-1.d, a=proj-1.e"}, "a is named twice"),
        ({"GSC_EXPORT_DATASETS": "a=proj-1.d", "GSC_EXPORT_ENDPOINT": "localhost:9050"}, "is not an http(s) URL"),
        ({"GSC_EXPORT_PROJECT": "p"}, "GSC_EXPORT_PROJECT is set but GSC_EXPORT_DATASETS names no site"),
    ],
)
def test_bad_export_settings_are_one_line_errors(env, message):
    with pytest.raises(ExportConfigError) as raised:
        ExportSettings.from_env(env)
    assert message in str(raised.value) and "\n" not in str(raised.value)


def test_export_settings_read_from_the_environment():
    assert ExportSettings.from_env({}) is None
    settings = ExportSettings.from_env(
        {"GSC_EXPORT_DATASETS": "sc-domain:a.com=example.com:proj-a.searchconsole_a, https://b/=proj-b.sc_b"}
    )
    assert settings is not None
    assert dict(settings.datasets) == {
        "sc-domain:a.com": "example.com:proj-a.searchconsole_a",
        "https://b/": "proj-b.sc_b",
    }
    assert settings.billing_project("example.com:proj-a.searchconsole_a") == "example.com:proj-a"
    assert settings.quoted("example.com:proj-a.searchconsole_a") == "`example.com:proj-a`.`searchconsole_a`"
    assert dataclasses.replace(settings, project="billing").billing_project("proj-b.sc_b") == "billing"
