"""`gsc/sites` and `gsc/sitemaps`: what the credentials can see and the sitemaps submitted for each site.

Small snapshots from `sites.list` and `sitemaps.list`, replaced whole on each refresh; the automation sensor
refreshes them once a day (07:00 Pacific), and they can be materialised from the UI at any time. They cost a few
requests and none of Search Analytics' quota.
"""

import asyncio
import dataclasses
import datetime as dt
from typing import Any

import dagster as dg

from gsc_assets.assets.search_analytics import gsc_api_asset
from gsc_assets.gsc import GscClient, GscError, Sitemap
from gsc_assets.partitions import SITE_PARTITIONS_NAME
from gsc_assets.resources import GscResource, WarehouseResource

SITES_KEY = dg.AssetKey(["gsc", "sites"])
SITEMAPS_KEY = dg.AssetKey(["gsc", "sitemaps"])
#: Once a day, whatever else ran (neither table follows the daily loads), and at once on a fresh instance; a tick
#: that passes while a refresh runs is handled when it ends.
DAILY_REFRESH = (
    dg.AutomationCondition.missing() | dg.AutomationCondition.cron_tick_passed("0 7 * * *", "America/Los_Angeles")
).since_last_handled() & ~dg.AutomationCondition.in_progress()


def _column(name: str, kind: str, description: str) -> dg.TableColumn:
    return dg.TableColumn(name, kind, description=description)


SITES_SCHEMA = dg.TableSchema(
    columns=[
        _column("site_url", "text", "Search Console property (URL prefix or sc-domain:)"),
        _column("principal", "text", "The credential (service account or user) that sees it"),
        _column("permission_level", "text", "siteOwner, siteFullUser, siteRestrictedUser or siteUnverifiedUser"),
        _column("listed_at", "timestamptz", "When sites.list gave this row"),
    ]
)
SITEMAPS_SCHEMA = dg.TableSchema(
    columns=[
        _column("site_url", "text", "Search Console property"),
        _column("path", "text", "URL of the sitemap"),
        _column("sitemap_index", "text", "The sitemap index listing it; null when submitted to Search Console"),
        _column("type", "text", "sitemap, rssFeed, atomFeed, urlList, patternSitemap or notSitemap"),
        _column("is_pending", "boolean", "Google has not processed it yet"),
        _column("is_sitemaps_index", "boolean", "A collection of sitemaps"),
        _column("last_submitted", "timestamptz", "When it was submitted"),
        _column("last_downloaded", "timestamptz", "When Google last downloaded it (null while pending)"),
        _column("warnings", "bigint", "Warnings Google reports for it"),
        _column("errors", "bigint", "Errors Google reports for it"),
        _column("contents", "jsonb", "URLs submitted per content type: [{type, submitted}]"),
        _column("listed_at", "timestamptz", "When sitemaps.list gave this row"),
    ]
)


def _metadata(table: str, schema: dg.TableSchema) -> dict[str, Any]:
    return {"dagster/table_name": f"gsc.{table}", "dagster/column_schema": schema}


@dg.asset(
    key=SITES_KEY,
    group_name="gsc",
    kinds={"postgres"},
    deps=[gsc_api_asset],
    automation_condition=DAILY_REFRESH,
    description="Every Search Console property each credential sees, with its permission level (sites.list).",
    metadata=_metadata("sites", SITES_SCHEMA),
)
def gsc_sites(gsc: GscResource, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """One sites.list per credential, on the per-user budget outside Search Analytics shared by every process."""

    async def listed() -> list[tuple[str, str, str]]:
        async with warehouse.quota_store() as store, GscClient(gsc.settings(), quota_store=store) as client:
            return [(e.site_url, e.principal, e.permission_level) for e in await client.site_entries()]

    with warehouse.warehouse() as wh:
        wh.migrate()  # the quota store's functions too
        rows = sorted(set(asyncio.run(listed())))
        count = wh.replace_sites(rows, dt.datetime.now(dt.UTC))
    levels: dict[str, int] = {}
    for _site, _principal, level in rows:
        levels[level] = levels.get(level, 0) + 1
    return dg.MaterializeResult(metadata={"dagster/row_count": count, "properties": len({r[0] for r in rows}),
                                          **{f"level · {name}": n for name, n in sorted(levels.items())}})  # fmt: skip


def sitemap_row(sitemap: Sitemap) -> dict[str, Any]:
    """A gsc.sitemaps row (the client's field names are Google's meaning; the table's are SQL's)."""
    row = dataclasses.asdict(sitemap)
    row["sitemap_index"] = row.pop("index")
    row["contents"] = [{"type": c.type, "submitted": c.submitted} for c in sitemap.contents]
    return row


@dg.asset(
    key=SITEMAPS_KEY,
    group_name="gsc",
    kinds={"postgres"},
    deps=[gsc_api_asset],
    automation_condition=DAILY_REFRESH,
    description="The sitemaps submitted for each site partition and those their sitemap indexes list "
    "(sitemaps.list): type, processing state, last download, warnings, errors and URLs per content type.",
    metadata=_metadata("sitemaps", SITEMAPS_SCHEMA),
)
def gsc_sitemaps(
    context: dg.AssetExecutionContext, gsc: GscResource, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """The sites are the site partitions (else GSC_SITES, else every site the credentials read). A site no credential
    can read is skipped and named, and loses its rows (as does a site no longer wanted); a site whose listing failed
    keeps its previous rows and fails the run."""
    sites = context.instance.get_dynamic_partitions(SITE_PARTITIONS_NAME) or gsc.configured_sites()

    async def listed() -> tuple[dict[str, list[dict[str, Any]]], dict[str, str], dict[str, str]]:
        async with warehouse.quota_store() as store, GscClient(gsc.settings(), quota_store=store) as client:
            wanted = sites or await client.list_sites()
            skipped = await client.unreadable_sites(wanted) if sites else {}  # list_sites() only gives readable
            found: dict[str, list[dict[str, Any]]] = {}
            failed: dict[str, str] = {}
            for site in wanted:
                if site in skipped:
                    continue
                try:
                    found[site] = [sitemap_row(s) for s in await client.sitemaps(site)]
                except GscError as exc:
                    failed[site] = str(exc)
            return found, skipped, failed

    with warehouse.warehouse() as wh:
        wh.migrate()  # the quota store's functions too
        found, skipped, failed = asyncio.run(listed())
        count = wh.replace_sitemaps(found, dt.datetime.now(dt.UTC), kept=list(failed))
    for site, reason in skipped.items():
        context.log.warning(f"{site}: {reason}")
    if failed:
        lines = "; ".join(f"{site}: {reason}" for site, reason in failed.items())
        raise dg.Failure(description=f"sitemaps.list failed for {len(failed)} site(s), their rows kept: {lines}")
    rows = [row for site_rows in found.values() for row in site_rows]
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": count,
            "sites": len(found),
            "sites_skipped": len(skipped),
            "pending": sum(row["is_pending"] for row in rows),
            "with_errors": sum((row["errors"] or 0) > 0 for row in rows),
            "with_warnings": sum((row["warnings"] or 0) > 0 for row in rows),
        }
    )
