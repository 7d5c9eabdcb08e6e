"""Lifetime statistics per (site, search type, query, page) and per page: incremental, off the critical path.

A load records what it replaced and what it added (the deltas); this asset consumes them in its own runs,
triggered by automation after loads, so a load never waits for it. Cost follows what changed, not the history.
"""

import dagster as dg

from gsc_assets import model
from gsc_assets.resources import WarehouseResource

#: The default reports whose tables feed lifetime statistics (the model's registry says which).
LIFETIME_REPORTS = tuple(r for r in model.DEFAULT_REPORTS if r.lifetime and r.lifetime_table)
LIFETIME_ASSET_KEYS = {r.lifetime: dg.AssetKey(["gsc", str(r.lifetime_table)]) for r in LIFETIME_REPORTS}
LIFETIME_QUERY_PAGE = LIFETIME_ASSET_KEYS["query_page"]
LIFETIME_PAGE = LIFETIME_ASSET_KEYS["page"]

# Eager, but not blocked by missing upstream partitions (a daily table is never complete) nor by upstream runs in
# progress: deltas are consumed with SKIP LOCKED, so the stats move during long backfills and never see a partial
# partition. `~in_progress` (inside eager) keeps one refresh at a time.
LIFETIME_AUTOMATION = (
    dg.AutomationCondition.eager()
    .without(~dg.AutomationCondition.any_deps_missing())
    .without(~dg.AutomationCondition.any_deps_in_progress())
)


class LifetimeConfig(dg.Config):
    full_refresh: bool = False
    """Rebuild from the daily tables instead of consuming deltas (same result, cost of the whole history)."""


def _lineage(daily: str, keys: tuple[str, ...]) -> dg.TableColumnLineage:
    source = dg.AssetKey(["gsc", daily])
    deps = {
        "site_url": [dg.TableColumnDep(source, "site_url")],
        "search_type": [dg.TableColumnDep(source, "search_type")],
        **{key: [dg.TableColumnDep(source, key)] for key in keys},
        "clicks": [dg.TableColumnDep(source, "clicks")],
        "impressions": [dg.TableColumnDep(source, "impressions")],
        "ctr": [dg.TableColumnDep(source, "clicks"), dg.TableColumnDep(source, "impressions")],
        "position": [dg.TableColumnDep(source, "position"), dg.TableColumnDep(source, "impressions")],
        "first_seen": [dg.TableColumnDep(source, "date")],
        "last_seen": [dg.TableColumnDep(source, "date")],
        "days_seen": [dg.TableColumnDep(source, "date")],
    }
    return dg.TableColumnLineage(deps_by_column=deps)


def _schema(keys: tuple[str, ...]) -> dg.TableSchema:
    columns = [
        dg.TableColumn("site_url", "text", description="Search Console property"),
        dg.TableColumn("search_type", "text", description="web, image, video, news, discover or googleNews"),
    ]
    columns += [dg.TableColumn(key, "text", description=f"The {key}, as Google reports it") for key in keys]
    columns += [
        dg.TableColumn("clicks", "bigint", description="Clicks over every loaded day"),
        dg.TableColumn("impressions", "bigint", description="Impressions over every loaded day"),
        dg.TableColumn("ctr", "double precision", description="clicks / impressions (null without impressions)"),
        dg.TableColumn("position", "double precision", description="Average position, weighted by impressions"),
        dg.TableColumn("first_seen", "date", description="First day with a row for this key"),
        dg.TableColumn("last_seen", "date", description="Last day with a row for this key"),
        dg.TableColumn("days_seen", "integer", description="Days with a row for this key"),
    ]
    return dg.TableSchema(columns=columns)


def _spec(key: dg.AssetKey, daily: dg.AssetKey, keys: tuple[str, ...], what: str) -> dg.AssetSpec:
    return dg.AssetSpec(
        key=key,
        group_name="gsc",
        kinds={"postgres"},
        deps=[daily],
        automation_condition=LIFETIME_AUTOMATION,
        description=f"Lifetime totals per {what}, updated incrementally from the loads' deltas.",
        metadata={
            "dagster/table_name": f"gsc.{key.path[-1]}",
            "dagster/column_schema": _schema(keys),
            "dagster/column_lineage": _lineage(daily.path[-1], keys),
        },
    )


@dg.multi_asset(
    name="gsc_lifetime_stats",
    specs=[
        _spec(
            LIFETIME_ASSET_KEYS[str(r.lifetime)],
            dg.AssetKey(list(r.asset_key)),
            model.LIFETIME_KEYS[str(r.lifetime)],
            "site, search type, " + " and ".join(model.LIFETIME_KEYS[str(r.lifetime)]),
        )
        for r in LIFETIME_REPORTS
    ],
    can_subset=True,
)
def gsc_lifetime_stats(context: dg.AssetExecutionContext, config: LifetimeConfig, warehouse: WarehouseResource):
    """Each lifetime table can refresh alone (automation refreshes the one whose daily table changed)."""
    selected = [key for key in LIFETIME_ASSET_KEYS.values() if key in context.selected_asset_keys]
    tables = [key.path[-1] for key in selected]
    with warehouse.warehouse() as wh:
        figures = wh.refresh_lifetime(full=config.full_refresh, tables=tables)
        rows = wh.live_rows_estimate(tables)
    context.log.info(f"lifetime refresh ({'full' if config.full_refresh else 'incremental'}): {figures}")
    common = {
        "mode": "full" if config.full_refresh else "incremental",
        "deltas_consumed": figures["deltas_consumed"],
        "seconds": round(figures["seconds"], 3),
    }
    for key, table in zip(selected, tables, strict=True):
        metadata = {**common, "keys_touched": figures["keys_touched"].get(table, 0), "rows_estimate": rows[table]}
        yield dg.MaterializeResult(asset_key=key, metadata=metadata)
