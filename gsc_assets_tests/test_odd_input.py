"""Odd but valid input is kept exactly: site URLs with quotes, `..`, non-ASCII and 2,000 characters, and queries
and pages with the Unicode Google can return (combining marks, right-to-left overrides, zero-width joiners, emoji
outside the BMP, byte-order marks, line separators, tabs and newlines, backslashes, quotes, percent signs), through
the simulator's URLs, DuckDB staging, the staging folders and Postgres, and back equal."""

from __future__ import annotations

import datetime as dt

import psycopg
import pyarrow as pa
import pytest

from gsc_assets import cli
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets.warehouse import DEFAULT_TABLE_SPECS, Staging, Warehouse
from gsc_assets_tests.fixtures_pg import report_rows

pytestmark = pytest.mark.timeout(300)

LONG = "https://long.example/" + "segment-" * 247 + "end/"
ODD_SITES = [
    'https://quotes.example/it\'s/"quoted"/',
    "https://dots.example/a/../b/./c/",
    "https://bücher.example/straße/ünïcödé/",
    "sc-domain:例え.jp",
    LONG,
]
ODD_TEXTS = [
    "e\u0301cole",  # combining acute accent
    "\u202eevil\u202c",  # right-to-left override
    "👩\u200d💻 developer",  # zero-width joiner, emoji outside the BMP
    "\ufeffbom first",  # byte-order mark
    "line\u2028separator\u2029paragraph",
    "tab\there\nnewline\r\nwindows",
    "back\\slash \"double\" 'single' `tick`",
    "100% %00 %zz",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \U0010fffd \ufffe",
    "  leading and trailing spaces  ",
    "null-looking \\N NULL",
]
DAY = dt.date(2026, 10, 9)
SPECS = {spec.name: spec for spec in DEFAULT_TABLE_SPECS}


def test_long_site_urls_fit_the_file_system():
    assert len(LONG) >= 2000


def odd_table(spec, site: str) -> pa.Table:
    """Valid rows whose query and page values are the odd texts (unique per row)."""
    table = report_rows(spec, site, DAY, len(ODD_TEXTS))
    for column in ("query", "page"):
        if column in spec.key_columns:
            index = table.schema.get_field_index(column)
            values = [f"{text} #{i}" if column == "query" else f"https://x.example/{text}/{i}"
                      for i, text in enumerate(ODD_TEXTS)]  # fmt: skip
            table = table.set_column(index, column, pa.array(values))
    return table


@pytest.mark.parametrize("site", ODD_SITES, ids=["quotes", "dots", "non-ascii", "idn-domain", "2000-chars"])
def test_odd_sites_and_texts_go_through_staging_and_postgres_unchanged(site, pg_url, tmp_path):
    tables = {SPECS[name]: odd_table(SPECS[name], site) for name in ("query_daily", "page_daily", "query_page_daily")}
    with Staging(tmp_path / "staging") as staging, Warehouse(pg_url) as warehouse:
        staging.stage(site, DAY, tables, "final")
        assert staging.pending() == [(site, DAY)]  # the folder name leads back to the exact URL
        landed = staging.read(site, DAY)
        warehouse.migrate(list(tables))
        warehouse.load_partition(site, DAY, landed.tables, data_state="final", run_id="odd")
        staging.discard(site, DAY, staged_at=landed.staged_at)
        assert staging.pending() == []
    with psycopg.connect(pg_url) as conn:
        for spec, table in tables.items():
            keys = [c for c in ("query", "page") if c in spec.key_columns]
            got = conn.execute(
                f"SELECT {', '.join(keys)}, clicks FROM gsc.{spec.name} WHERE site_url = %s AND date = %s",  # noqa: S608
                (site, DAY),
            ).fetchall()
            expected = list(zip(*(table.column(k).to_pylist() for k in keys), table.column("clicks").to_pylist(),
                                strict=True))  # fmt: skip
            assert sorted(got) == sorted(expected), spec.name
            sites = conn.execute(f"SELECT DISTINCT site_url FROM gsc.{spec.name} WHERE date = %s AND site_url = %s",  # noqa: S608
                                 (DAY, site)).fetchall()  # fmt: skip
            assert sites == [(site,)]


def test_odd_site_urls_sync_end_to_end_from_the_simulator(pg_url, tmp_path, monkeypatch, capsys):
    """The site URL goes into Google's request path percent-encoded and comes back exact in every table."""
    config = SimConfig(sites={site: 80 for site in ODD_SITES}, today=dt.date(2026, 11, 20), seed=4)
    with SimulatorServer(config, workdir=tmp_path / "sim") as sim:
        for name, value in {
            "GSC_API_BASE_URL": sim.base_url,
            "GOOGLE_APPLICATION_CREDENTIALS": str(sim.key_path),
            "GSC_DATABASE_URL": pg_url,
            "GSC_STAGING_DIR": str(tmp_path / "staging"),
            "DAGSTER_HOME": str(tmp_path / "home"),
            "GSC_START_DATE": "2026-10-01",
            "GSC_REPORTS": "property,query_page",
        }.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("GSC_SITES", raising=False)
        monkeypatch.chdir(tmp_path)
        args = ["sync", "--start", str(DAY), "--end", str(DAY), "--json"]
        code = cli.main([*args, *[a for site in ODD_SITES for a in ("--site", site)]])
        _out, err = capsys.readouterr()
        assert code == 0, err
        by_site = sim.stats()["by_site"]
        assert set(ODD_SITES) <= set(by_site)  # Google was asked for each site, under its exact URL
        with psycopg.connect(pg_url) as conn:
            for site in ODD_SITES:
                truth = sim.truth(site=site, date=DAY.isoformat(), type="web", dimensions="query,page,country,device",
                                  dataState="final", summary=1)  # fmt: skip
                (rows,) = conn.execute(
                    "SELECT count(*) FROM gsc.query_page_daily "
                    "WHERE site_url = %s AND date = %s AND search_type = 'web'",
                    (site, DAY),
                ).fetchone()
                assert rows == truth["rows"] > 0, site
