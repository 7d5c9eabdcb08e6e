"""`gsc/sites` and `gsc/sitemaps` end to end: the simulator over loopback HTTP -> client -> Postgres, run by a real
Dagster instance whose site partitions include one no credential can read."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

import dagster as dg
import google.auth.transport.requests
import httpx
import psycopg
import pytest
from google.oauth2 import service_account

from gsc_assets.assets.inventory import SITEMAPS_SCHEMA, SITES_SCHEMA
from gsc_assets.definitions import build_gsc_definitions
from gsc_assets.gsc import ClientSettings, GscClient
from gsc_assets.partitions import SITE_PARTITIONS_NAME
from gsc_assets.resources import GscResource, WarehouseResource
from gsc_assets.simulator import SimConfig, SimulatorServer
from gsc_assets.simulator.sitemaps import sitemap_entries
from gsc_assets.warehouse import DatabaseError, Warehouse

pytestmark = pytest.mark.timeout(120)

SITES = {"sc-domain:alpha.example": 50, "https://beta.example/shop/": 40, "https://hidden.example/": 30}
HIDDEN = "https://hidden.example/"
TODAY = dt.date(2026, 11, 20)
SCOPES = ["https://www.googleapis.com/auth/webmasters.readonly"]
INVENTORY = [dg.AssetKey(["gsc", "sites"]), dg.AssetKey(["gsc", "sitemaps"])]


@pytest.fixture(scope="module")
def stack(pg_url, tmp_path_factory):
    with SimulatorServer(SimConfig(sites=SITES, today=TODAY, seed=3), workdir=tmp_path_factory.mktemp("sim")) as sim:
        ours = json.loads(Path(sim.key_path).read_text())["client_email"]
        sim.control(revoke={"principal": ours, "site": HIDDEN})
        resources = {
            "gsc": GscResource(api_base_url=sim.base_url, credentials_file=str(sim.key_path)),
            "warehouse": WarehouseResource(database_url=pg_url, staging_dir=str(tmp_path_factory.mktemp("staging"))),
        }
        defs = build_gsc_definitions(start_date=dt.date(2026, 10, 1), resources=resources)
        with dg.instance_for_test() as instance:
            instance.add_dynamic_partitions(SITE_PARTITIONS_NAME, list(SITES))
            yield {"defs": defs, "instance": instance, "resources": resources, "sim": sim, "principal": ours}


def materialise(stack) -> dg.ExecuteInProcessResult:
    return dg.materialize(list(stack["defs"].assets), selection=dg.AssetSelection.assets(*INVENTORY),
                          instance=stack["instance"], resources=stack["resources"], raise_on_error=False)  # fmt: skip


def test_sites_and_sitemaps_load_what_google_lists_and_a_refresh_replaces_them(stack, pg_url):
    first = materialise(stack)
    assert first.success
    with psycopg.connect(pg_url) as conn:
        sites = conn.execute("SELECT site_url, principal, permission_level FROM gsc.sites ORDER BY 1").fetchall()
        assert sites == sorted((s, stack["principal"], "siteFullUser") for s in SITES if s != HIDDEN)
        rows = conn.execute(
            "SELECT site_url, path, sitemap_index, is_pending, warnings, errors, contents FROM gsc.sitemaps"
        ).fetchall()
    # Every sitemap of each readable site once, children of the index included; the hidden site is skipped.
    expected = {(site, e["entry"]["path"]) for site in SITES if site != HIDDEN for e in sitemap_entries(site, 3, TODAY)}
    assert {(site, path) for site, path, *_ in rows} == expected and len(rows) == len(expected)
    for site, path, index, pending, warnings, errors, contents in rows:
        truth = next(e for e in sitemap_entries(site, 3, TODAY) if e["entry"]["path"] == path)
        assert index == truth["index"] and pending == truth["entry"]["isPending"]
        counts = [truth["entry"].get(name) for name in ("warnings", "errors")]  # a pending sitemap has none
        assert (warnings, errors) == tuple(None if n is None else int(n) for n in counts)
        assert contents == [{"type": c["type"], "submitted": int(c["submitted"])}
                            for c in truth["entry"].get("contents", [])]  # fmt: skip
    materialisation = first.asset_materializations_for_node("gsc__sitemaps")[0]
    assert materialisation.metadata["sites_skipped"].value == 1
    assert materialisation.metadata["dagster/row_count"].value == len(expected)

    again = materialise(stack)  # the same snapshot again: replaced, not appended
    assert again.success
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM gsc.sitemaps").fetchone() == (len(expected),)
        assert conn.execute("SELECT count(*) FROM gsc.sites").fetchone() == (len(sites),)
        (listings,) = conn.execute("SELECT count(DISTINCT listed_at) FROM gsc.sitemaps").fetchone()
    assert listings == 1


def test_a_site_that_can_no_longer_be_read_loses_its_rows(stack, pg_url):
    assert materialise(stack).success
    beta = "https://beta.example/shop/"
    stack["sim"].control(revoke={"principal": stack["principal"], "site": beta})
    try:
        result = materialise(stack)
    finally:
        stack["sim"].control(grant={"principal": stack["principal"], "site": beta})
    assert result.success
    with psycopg.connect(pg_url) as conn:
        assert {s for (s,) in conn.execute("SELECT DISTINCT site_url FROM gsc.sitemaps")} == {"sc-domain:alpha.example"}
        assert {s for (s,) in conn.execute("SELECT site_url FROM gsc.sites")} == {"sc-domain:alpha.example"}


def test_a_refused_replacement_keeps_the_previous_sitemaps(stack, pg_url):
    """One transaction per refresh: a row Postgres refuses (negative errors) leaves every site's rows as they were."""
    assert materialise(stack).success
    with psycopg.connect(pg_url) as conn:
        before = conn.execute("SELECT * FROM gsc.sitemaps ORDER BY site_url, path").fetchall()
    good = {"path": "https://alpha.example/x.xml", "sitemap_index": None, "type": "sitemap", "is_pending": False,
            "is_sitemaps_index": False, "last_submitted": None, "last_downloaded": None, "warnings": 0, "errors": 0,
            "contents": []}  # fmt: skip
    bad = {**good, "path": "https://beta.example/shop/y.xml", "errors": -1}
    with Warehouse(pg_url) as wh, pytest.raises(DatabaseError, match="nothing changed"):
        wh.replace_sitemaps({"sc-domain:alpha.example": [good], "https://beta.example/shop/": [bad]},
                            dt.datetime.now(dt.UTC))  # fmt: skip
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT * FROM gsc.sitemaps ORDER BY site_url, path").fetchall() == before


def test_calls_outside_search_analytics_keep_to_their_own_200_per_minute(tmp_path):
    """Google's Usage Limits: sites and sitemaps calls allow 200 queries per minute per user. The simulator refuses
    the 201st in a window; our client paces 300 such calls under it (no refusal), on a budget apart from Search
    Analytics' 1,200. Time scale 20: a 3 s window."""
    config = SimConfig(sites={"sc-domain:alpha.example": 10}, today=TODAY, seed=3, time_scale=20)
    with SimulatorServer(config, workdir=tmp_path / "sim") as sim:
        creds = service_account.Credentials.from_service_account_file(str(sim.key_path), scopes=SCOPES)
        creds.refresh(google.auth.transport.requests.Request())
        with httpx.Client(base_url=sim.base_url, headers={"Authorization": f"Bearer {creds.token}"}) as http:
            statuses = [http.get("/webmasters/v3/sites").status_code for _ in range(201)]
        assert statuses[:200] == [200] * 200 and statuses[200] == 429
        sim.reset()
        settings = ClientSettings(api_base_url=sim.base_url, credentials_file=Path(sim.key_path), window_s=3.0)

        async def many() -> list:
            async with GscClient(settings) as client:
                return await asyncio.gather(*(client.sitemaps("sc-domain:alpha.example") for _ in range(150)))

        answers = asyncio.run(many())
        assert all(len(found) == 5 for found in answers)
        stats = sim.stats()
        assert stats["requests"] == 300 and stats["by_status"] == {"200": 300}, stats


def test_the_tables_have_the_columns_the_ui_describes(stack, pg_url):
    """gsc.sites and gsc.sitemaps are defined in SQL and described to Dagster separately: they must agree."""
    assert materialise(stack).success
    with psycopg.connect(pg_url) as conn:
        for table, schema in (("sites", SITES_SCHEMA), ("sitemaps", SITEMAPS_SCHEMA)):
            columns = [name for (name,) in conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'gsc' AND table_name = %s "
                "ORDER BY ordinal_position", (table,))]  # fmt: skip
            assert columns == [c.name for c in schema.columns], table
