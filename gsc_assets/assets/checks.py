"""Asset checks on the daily and lifetime tables: metric ranges, reconciliation inequalities, the 50,000-row cap,
freshness, and lifetime totals against the daily rows."""

import datetime as dt

import dagster as dg

from gsc_assets import model
from gsc_assets.gsc import ReportSpec
from gsc_assets.partitions import FINAL_LAG_DAYS, pacific_today
from gsc_assets.resources import WarehouseResource
from gsc_assets.warehouse import checks

from ._tables import asset_key, table_name
from .lifetime_stats import LIFETIME_PAGE, LIFETIME_QUERY_PAGE

RECENT_DAYS = 35
FRESHNESS_SLACK_DAYS = 2
#: Reports whose tables can reach Google's daily row cap (the model's large tables).
DETAIL_REPORTS = tuple(r.name for r in model.DEFAULT_REPORTS if not r.small)


class DailyCheckConfig(dg.Config):
    recent_days: int = RECENT_DAYS
    """How many recent days the range and reconciliation checks scan."""


class LifetimeCheckConfig(dg.Config):
    sample_percent: float = 5.0
    """Share of lifetime keys compared with the daily rows (100 compares all of them)."""


def _result(key: dg.AssetKey, name: str, outcome: checks.CheckOutcome, *, severity=dg.AssetCheckSeverity.ERROR):
    metadata = {k: (v if isinstance(v, int | float | str) else str(v)) for k, v in outcome.figures.items()}
    metadata["detail"] = outcome.description
    return dg.AssetCheckResult(
        asset_key=key, check_name=name, passed=outcome.passed, severity=severity, metadata=metadata
    )


def build_daily_checks(reports: tuple[ReportSpec, ...]) -> list[dg.AssetChecksDefinition]:
    by_name = {report.name: report for report in reports}
    specs = [
        dg.AssetCheckSpec("metric_ranges", asset=asset_key(r), description="clicks <= impressions, 0 <= ctr <= 1, "
                          "position >= 1 over the recent days", blocking=False)
        for r in reports
    ]  # fmt: skip
    if {"property", "query"} <= by_name.keys() or {"page", "query_page"} <= by_name.keys():
        specs.append(
            dg.AssetCheckSpec(
                "reconciliation",
                asset=asset_key(by_name["property"] if "property" in by_name else by_name["page"]),
                description="query sums <= property totals; query x page sums <= page sums (Google's inequalities)",
            )
        )
    specs += [
        dg.AssetCheckSpec("row_cap", asset=asset_key(by_name[n]), description="days that hit the 50,000-row cap")
        for n in DETAIL_REPORTS
        if n in by_name
    ]
    first = asset_key(reports[0])
    specs.append(dg.AssetCheckSpec("freshness", asset=first, description="every site has a recent final day"))

    @dg.multi_asset_check(specs=specs, name="gsc_daily_checks", can_subset=True)
    def gsc_daily_checks(
        context: dg.AssetCheckExecutionContext, config: DailyCheckConfig, warehouse: WarehouseResource
    ):
        since = pacific_today() - dt.timedelta(days=config.recent_days)
        selected = context.selected_asset_check_keys
        with warehouse.warehouse() as wh, wh.connect() as conn:
            for report in reports:
                key = asset_key(report)
                if dg.AssetCheckKey(key, "metric_ranges") in selected:
                    yield _result(key, "metric_ranges", checks.metric_ranges(conn, table_name(report), since=since))
                if report.name in DETAIL_REPORTS and dg.AssetCheckKey(key, "row_cap") in selected:
                    outcome = checks.row_cap(conn, table_name(report), since=since)
                    yield _result(key, "row_cap", outcome, severity=dg.AssetCheckSeverity.WARN)
            for spec in specs:
                if spec.key not in selected:
                    continue
                if spec.name == "reconciliation":
                    yield _result(spec.asset_key, spec.name, checks.reconciliation(conn, since=since))
                elif spec.name == "freshness":
                    outcome = checks.freshness(
                        conn, today=pacific_today(), max_lag_days=FINAL_LAG_DAYS + FRESHNESS_SLACK_DAYS
                    )
                    yield _result(spec.asset_key, spec.name, outcome, severity=dg.AssetCheckSeverity.WARN)

    return [gsc_daily_checks]


@dg.multi_asset_check(
    specs=[
        spec
        for key in (LIFETIME_QUERY_PAGE, LIFETIME_PAGE)
        for spec in (
            dg.AssetCheckSpec(
                "totals_match_daily",
                asset=key,
                description="lifetime totals == sum of the daily "
                "rows (plus deltas not yet consumed), on a sample of keys",
            ),
            dg.AssetCheckSpec("no_impossible_values", asset=key, description="no negative or impossible values"),
        )
    ],  # fmt: skip
    name="gsc_lifetime_checks",
)
def gsc_lifetime_checks(config: LifetimeCheckConfig, warehouse: WarehouseResource):
    with warehouse.warehouse() as wh, wh.connect() as conn:
        for key in (LIFETIME_QUERY_PAGE, LIFETIME_PAGE):
            table = key.path[-1]
            yield _result(
                key, "totals_match_daily", checks.lifetime_totals(conn, table, sample_percent=config.sample_percent)
            )
            yield _result(key, "no_impossible_values", checks.lifetime_ranges(conn, table))
